"""A day a report's story states in a sentence's opening dates the simple past told after it, until another date is
written or a relative day is told; each clause of such a sentence with its own subject and past verb is a row of its own
on that day; two peoples named before one group noun are one group (sentences written for these tests, not copied from
a probe page)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import subject_phrase
from pipeline.parse import parse_text

REPORT = """source: https://example.org/document/information-embassy-army-rising
March 9, 1968
Information from the Embassy on the Army Rising

Skip to content

The embassy reports the rising in the capital.

Embassy in Port Town
Port Town, 9 March 1968

Information on the army rising

In the morning of 4 March the paratroopers occupied the broadcasting house and the airport.

At 6 p.m. an officer read a proclamation on the radio. The police withdrew from the centre of the city, and some Hausa and Fulani soldiers were robbed.

Later the army had promised elections.

Ambassador
"""


def _rows(text: str) -> list[tuple[str, date | None, date | None, list[str]]]:
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end].strip(), e.start_date, e.end_date, e.sources)
            for e in extract_events(doc)]


def _row(rows, opening: str):
    return next(r for r in rows if r[0].startswith(opening))


def test_the_simple_past_after_a_stated_day_is_of_that_day():
    rows = _rows(REPORT)
    assert _row(rows, "The police withdrew")[1:3] == (date(1968, 3, 4), date(1968, 3, 4)), rows


def test_each_clause_with_its_own_subject_is_a_row_of_the_stated_day():
    rows = _rows(REPORT)
    police, traders = _row(rows, "The police withdrew"), _row(rows, "some Hausa and Fulani soldiers")
    assert not police[0].endswith("robbed."), rows
    assert traders[1:3] == (date(1968, 3, 4), date(1968, 3, 4)), rows
    assert traders[3] == ["Hausa and Fulani soldiers"], rows


def test_a_pluperfect_after_the_stated_day_is_not_moved_to_it():
    rows = _rows(REPORT)
    assert _row(rows, "Later the army had promised")[1] != date(1968, 3, 4), rows


def test_after_a_relative_day_the_simple_past_runs_from_the_storys_day_to_the_writing():
    text = REPORT.replace("Later the army had promised elections.",
                          "On Wednesday the colonel spoke to the press.\n\nThe prime minister, who had hidden in the palace, fled to the north.")
    rows = _rows(text)
    assert _row(rows, "The prime minister")[1:3] == (date(1968, 3, 4), date(1968, 3, 9)), rows


@pytest.mark.parametrize("before, expected", [
    ("and some Hausa and Fulani soldiers ", ["Hausa and Fulani soldiers"]),
    ("Several Soviet advisers ", ["Soviet advisers"]),
    ("Some 1,700 Marines ", ["Marines"]),
])
def test_peoples_joined_before_a_group_noun_are_one_group(before, expected):
    assert subject_phrase(before) == expected


CABLE = """source: https://example.org/historicaldocuments/telegram-embassy-port-town
Telegram From the Embassy in Port Town to the Department of State

Port Town, March 9, 1968, 1200Z.

240. 1. Colonel Daouda received me yesterday for half an hour. He said the officers had moved only to stop the looting and would hand power to civilians within a year.

2. He told me that the curfew will be lifted on Monday.

Smith
"""


def test_a_turn_that_tells_what_was_done_before_its_plan_is_the_saying_on_the_talk_day():
    rows = _rows(CABLE)
    said = _row(rows, "He said the officers")
    assert said[1:3] == (date(1968, 3, 8), date(1968, 3, 8)), rows


def test_a_turn_that_tells_only_a_plan_is_still_read_as_the_plan():
    rows = _rows(CABLE)
    assert all(r[1] != date(1968, 3, 8) for r in rows if r[0].startswith("He told me that the curfew")), rows


def test_a_weekday_right_after_a_past_verb_dates_the_act_not_the_day_a_plan_is_set_for():
    text = CABLE.replace("2. He told me that the curfew will be lifted on Monday.",
                         "2. Riots began Saturday when students called a march for Monday; on Monday the police fired on them.")
    rows = _rows(text)
    assert _row(rows, "Riots began Saturday")[1:3] == (date(1968, 3, 2), date(1968, 3, 2)), rows
    assert _row(rows, "on Monday the police")[1:3] == (date(1968, 3, 4), date(1968, 3, 4)), rows
