"""The last date in scope governs the partial and counted dates after it: a season with its year ("in the spring of
1961") sets the story's year as "In June 1961" does; a weekday with its part of the day before it ("In the early hours
of Friday") is that weekday, and the days counted after it count from it (sentences written for these tests, not copied
from a probe page)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.annotate import annotate
from pipeline.parse import parse_text


def _days(text: str, year: int, **kw) -> list[date]:
    sentences, _ = annotate(text, year, language="en", **kw)
    return [d.start_date for s in sentences for d in s.dates]


@pytest.mark.parametrize("text, expected", [
    ("We had opened the mission in the spring of 1958, and the envoy left in the summer. On 12 August the talks resumed.",
     date(1958, 8, 12)),
    ("The talks opened in Geneva in the autumn of 1962 and went on. On 3 November they broke down.", date(1962, 11, 3)),
    ("At the end of March 1951 the talks broke down. On 12 August they resumed.", date(1951, 8, 12)),
])
def test_a_season_with_its_year_sets_the_storys_year(text, expected):
    assert _days(text, 1990)[-1] == expected


def test_a_season_since_which_a_course_runs_leaves_the_story_in_its_year():
    assert _days("Talks have dragged on since the autumn of 1962. On 12 August the envoy left.", 1964)[-1] == date(1964, 8, 12)


def test_a_recollection_keeps_the_season_year_for_the_days_its_next_answer_names():
    sentences, year = annotate("I had opened the consulate in the spring of 1958, and on June 19 the treaty lapsed.", 1994,
                               (1994, 5), (1994, 5), "en", (1994, 5), recalls=True)
    assert year == 1958
    later, _ = annotate("He asked for help on the 30th. Then in September the force left.", year, (1994, 5), (1994, 5), "en",
                        (1994, 5), recalls=True, carried=6)
    assert [d.start_date for s in later for d in s.dates] == [date(1958, 6, 30), date(1958, 9, 1)]


REPORT = """source: https://example.org/document/information-embassy-military-takeover
June 11, 1973
Information from the Embassy on the Military Takeover

Skip to content

The embassy reports the army's seizure of power.

Embassy in Port Town
Port Town, 11 June 1973

Information on the takeover

In the early hours of Saturday the army seized the presidential palace. At 5 a.m. the first statement of the officers was read over the radio. The same morning the parliament was dissolved.

Three days ago the police closed the university.

At 10 a.m. I met the dean of the faculty of law.

Ambassador
"""


def _rows(text: str) -> dict[str, tuple[date | None, date | None, list[str], list[str]]]:
    doc = parse_text(text)
    return {doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:14]: (e.start_date, e.end_date, e.sources, e.targets)
            for e in extract_events(doc)}


def test_a_weekday_after_a_part_of_the_day_is_that_weekday_before_the_writing():
    assert _rows(REPORT)["In the early h"][:2] == (date(1973, 6, 9), date(1973, 6, 9))


def test_the_hours_and_the_same_morning_after_an_opening_weekday_are_of_its_day():
    rows = _rows(REPORT)
    assert rows["At 5 a.m. the "][:2] == (date(1973, 6, 9), date(1973, 6, 9)), rows
    assert rows["The same morni"][:2] == (date(1973, 6, 9), date(1973, 6, 9)), rows


def test_a_day_opened_in_one_passage_dates_no_hour_of_the_next():
    assert _rows(REPORT)["At 10 a.m. I m"][:2] == (date(1973, 6, 11), date(1973, 6, 11))


def test_a_paper_of_a_group_read_over_the_radio_is_the_groups_act_not_the_radios():
    assert _rows(REPORT)["At 5 a.m. the "][2:] == (["officers"], [])


RECORD = """source: https://example.org/document/record-of-conversation-ambassador-foreign-minister
March 14, 1966
Record of Conversation between the Ambassador and the Foreign Minister

Skip to content

The minister speaks of his talks in London.

Embassy in Dublin
Dublin, 14 March 1966

Record of conversation with the Foreign Minister held on 12 March 1966

On 12 March I called on the Foreign Minister at his ministry.

Asked about the border, the minister said that two days ago he had met the British ambassador.

Ambassador
"""


def test_a_speakers_own_act_counted_back_in_a_record_is_told_on_the_talk_day():
    doc = parse_text(RECORD)
    rows = [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date) for e in extract_events(doc)]
    assert any(text.startswith("Asked about") and day == date(1966, 3, 12) for text, day in rows), rows
    assert any(text.startswith("two days ago he had met") and day == date(1966, 3, 10) for text, day in rows), rows
