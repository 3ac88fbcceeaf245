"""The year the story is at: a month told in a relative clause does not move it; a pluperfect's later month is of the
year before the month the story is at (sentences written for these tests, not copied from a probe page)."""

from datetime import date

import pytest

from pipeline.extract.events.annotate import annotate


def _days(text: str, year: int, **kw) -> list[date]:
    sentences, _ = annotate(text, year, language="en", **kw)
    return [d.start_date for s in sentences for d in s.dates]


@pytest.mark.parametrize("text", [
    "They attacked the treaty which the two governments signed in June 1954. Our envoy was instructed on 1 August to protest.",
    "He praised the programme which Nehru and you proclaimed together in March 1951. On 12 August the talks resumed.",
    "The minister, who had taken office in May 1953, resigned. On 3 September the cabinet met.",
])
def test_a_month_in_a_relative_clause_leaves_the_story_in_its_year(text):
    assert _days(text, 1956)[-1].year == 1956


@pytest.mark.parametrize("text", [
    "In June 1954 the two governments signed the treaty. On 1 August our envoy protested.",
    "At the end of March 1951 the talks broke down. On 12 August they resumed.",
])
def test_a_month_told_as_the_storys_time_moves_its_year(text):
    assert _days(text, 1956)[-1].year in (1954, 1951)


@pytest.mark.parametrize("text, expected", [
    ("It was not until January 1976 that the airlift began. By then the army had taken the port on 11 November.", date(1975, 11, 11)),
    ("In February 1962 the mission returned. It had already left the capital on 20 October.", date(1961, 10, 20)),
    ("On 3 January 1969 the envoy arrived. The ministers had met on 15 December to prepare the visit.", date(1968, 12, 15)),
])
def test_a_pluperfect_day_far_after_the_storys_month_is_of_the_year_before(text, expected):
    assert _days(text, 1950)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("It was not until January 1976 that the airlift began. The army will take the port on 11 November.", date(1976, 11, 11)),
    ("In March 1962 the mission returned. It had left the capital on 20 February.", date(1962, 2, 20)),
    ("In March 1962 the mission returned. It left the capital again on 20 October.", date(1962, 10, 20)),
])
def test_other_days_keep_the_storys_year(text, expected):
    assert _days(text, 1950)[-1] == expected



@pytest.mark.parametrize("text, expected", [
    ("He recalled his visit to Warsaw in October 1957. He said the last ships had sailed on 2 March.", date(1963, 3, 2)),
    ("The minister recalled the treaty signed in Lima in May 1958. In mid-April the first credits were paid.", date(1963, 4, 11)),
])
def test_a_record_reads_days_in_its_own_year_after_a_year_it_looks_back_to(text, expected):
    assert _days(text, 1963, speaks_from=(1963, 6))[-1] == expected


def test_a_story_of_an_earlier_year_keeps_it_where_the_year_spoken_from_would_put_a_month_after_it():
    sentences, year = annotate("In September 1958 I arrived in the capital.", 1990, speaks_from=(1990, 3), language="en")
    sentences, _ = annotate("In December the army took over. The next day the king left.", year, speaks_from=(1990, 3), language="en")
    assert sentences[0].dates[0].start_date == date(1958, 12, 1)


LETTER = """source: http://example.org/letter-1962
Letter from Prime Minister Nehru to Premier Chou En-lai

New Delhi, 14 November 1962

Dear Mr. Prime Minister,

I write to you about the situation on the border. Our troops withdrew from the pass on 12 November.

Yours sincerely,
Jawaharlal Nehru
"""

RECORD = """source: http://example.org/record-1975
Record of a Conversation between Comrade Husák and President Tito

[Belgrade, 15 October 1975]

On 14 October 1975 Comrade Husák was received by President Tito. The President said that Yugoslavia supported the talks.

Recorded by: J. Novák
"""


@pytest.mark.parametrize("text, line", [(LETTER, "New Delhi, 14 November 1962"), (RECORD, "Recorded by: J. Novák")])
def test_a_line_read_as_the_documents_own_gives_one_row(text, line):
    from pipeline.extract.events import extract_events
    from pipeline.parse import parse_text

    doc = parse_text(text)
    rows = [doc.blocks[e.block].text[e.evidence_start: e.evidence_end].strip() for e in extract_events(doc)]
    assert rows.count(line) <= 1, rows
    assert any(r.startswith("Our troops withdrew") or r.startswith("Yugoslavia supported") for r in rows), rows  # the
    # sentences of a paragraph a line reader read the meeting from keep their rows


ZH_TELEGRAM = """source: http://example.org/telegram-1962
驻缅甸使馆关于边界谈判情况的电报

（1962年3月10日）

外交部：

一、八日缅方代表团抵达仰光。昨日双方举行预备会谈，气氛友好。

二、今晨十时，奈温主席召见耿飚大使，介绍了缅方立场。大使表示将立即报告国内。

驻缅甸使馆
三月十日
"""


def test_a_points_mark_before_today_moves_the_story_back_to_the_telegrams_day():
    from pipeline.extract.events import extract_events
    from pipeline.parse import parse_text

    doc = parse_text(ZH_TELEGRAM)
    rows = {doc.blocks[e.block].text[e.evidence_start: e.evidence_end]: e.start_date for e in extract_events(doc)}
    assert rows.get("大使表示将立即报告国内。") == date(1962, 3, 10), rows
    assert doc.sender_names == ["驻缅甸使馆"]


@pytest.mark.parametrize("text, expected", [
    ("The envoy left for Cairo on 4 May 1956, where he served until his death in 1969. On 12 June the talks resumed.", date(1956, 6, 12)),
    ("In March 1961 the old king abdicated and lived in Rome until his death on 2 April 1974. The new cabinet met on 9 April.", date(1961, 4, 9)),
    ("The council, which he chaired until its dissolution in 1975, voted on 3 October 1958. On 20 October it met again.", date(1958, 10, 20)),
])
def test_a_year_that_closes_an_aside_on_a_later_life_leaves_the_story_in_its_year(text, expected):
    assert _days(text, 1950)[-1] == expected


def test_a_year_the_story_moves_to_still_moves_it():
    assert _days("The talks went on until June 1962. On 12 August the ministers met.", 1950)[-1] == date(1962, 8, 12)


@pytest.mark.parametrize("text", [
    "The minister complained that the Trade Act of 1974 still barred his country from the preferences.",
    "He said the Foreign Assistance Act of 1961 forbade such credits.",
])
def test_the_year_of_a_statutes_name_dates_no_act(text):
    assert _days(text, 1976) == []


def test_a_year_after_an_act_that_is_no_name_is_a_date():
    assert _days("The act was passed in 1974 after long debate.", 1976) == [date(1974, 1, 1)]


@pytest.mark.parametrize("text, expected", [
    ("Since the Geneva accord of July 1962 the mission has doubled its staff; the new consulate opened in mid-March.", date(1964, 3, 11)),
    ("Since the abortive coup of October 1965 the army has purged the unions; the last trials began in February.", date(1964, 2, 1)),
])
def test_a_month_past_the_clause_of_a_year_named_in_passing_is_of_the_storys_year(text, expected):
    assert _days(text, 1964, speaks_from=(1964, 6))[-1] == expected


def test_a_month_in_the_clause_of_a_year_named_in_passing_keeps_that_year():
    text = "Since the Geneva accord of July 1962 the mission opened offices in March; the staff has doubled."
    assert _days(text, 1964, speaks_from=(1964, 6))[-1] == date(1962, 3, 1)


@pytest.mark.parametrize("text, expected", [
    ("On 19th June the minister told Parliament that the colony would become independent on 9th January, 1968. "
     "The rebels seized the town on 22nd June.", date(1967, 6, 22)),
    ("The council decided that the treaty will enter into force on 1 March 1968. On 2 July the envoy left.", date(1967, 7, 2)),
])
def test_a_day_to_come_in_a_later_year_leaves_the_story_in_the_papers_year(text, expected):
    assert _days(text, 1967, this_month=(1967, 7))[-1] == expected


def test_a_day_done_before_the_plan_moves_the_story_to_its_year():
    text = "A seven-year agreement was signed on 26 March 1972: the allies would pay. On 2 July the envoy left."
    assert _days(text, 1971, this_month=(1971, 9))[-1] == date(1972, 7, 2)


def test_a_year_after_the_paper_is_written_leaves_the_story_in_the_papers_year():
    text = ("The junta has annulled the elections of 10 June and has promised new elections in June 1963. "
            "The United States suspended diplomatic relations on 18 July.")
    assert _days(text, 1962, this_month=(1962, 7), own_month=(1962, 7))[-1] == date(1962, 7, 18)
    assert _days(text, 1962, this_month=(1962, 7))[-1] == date(1963, 7, 18)  # a page with no day of its own (a book): the year its story wrote last


@pytest.mark.parametrize("text", [
    "On 12 May the envoy said that relations were warmer than they had been in 1949. On 3 June the talks resumed.",
    "On 2 March the premier recalled the strikes of the winter, worse than in 1950. The cabinet fell on 9 March.",
])
def test_an_earlier_year_named_after_the_storys_day_leaves_the_story_in_its_year(text):
    assert [d.year for d in _days(text, 1956) if d.month in (3, 5, 6) or d.day in (2, 3, 9, 12)] == [1956, 1956]


def test_a_year_told_before_the_day_still_moves_the_story():
    assert _days("In 1949 the envoy arrived on 12 May. On 3 June the talks resumed.", 1956)[-1].year == 1949
