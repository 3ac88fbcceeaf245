"""Spoken English in transcripts and records: a day of the week told of as past ("I talked to Bundy on Sunday") is the
last such day before the document's, exact; a part of a month with its year ("in mid-August 1980") is its ten days.
Each with paraphrases in other names, dates and word orders than the pages they were found on (tests/fixtures/probes_events2,
probes_events3)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, day: date) -> list[tuple[str, date | None, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="memorandum", document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("I talked to Bundy on Sunday about a resolution.", date(1964, 8, 4), date(1964, 8, 2)),
    ("Last Thursday the Soviet ambassador called on the Secretary.", date(1961, 4, 14), date(1961, 4, 13)),
    ("The Foreign Minister saw Thompson on Friday and raised the access question.", date(1961, 8, 17), date(1961, 8, 11)),
])
def test_a_past_act_on_a_day_of_the_week_is_on_the_last_such_day(text, day, expected):
    assert any(start == end == expected for _, start, end in _rows(text, day)), _rows(text, day)


def test_a_plan_for_a_day_of_the_week_is_no_past_day():
    rows = _rows("The delegation will meet the minister on Sunday.", date(1964, 8, 4))
    assert all(start != date(1964, 8, 2) for _, start, _ in rows), rows


@pytest.mark.parametrize(("text", "first", "last"), [
    ("The wave of strikes reached the Baltic coast in mid-August 1980.", date(1980, 8, 11), date(1980, 8, 20)),
    ("Stoessel approached a Chinese diplomat in early December 1969.", date(1969, 12, 1), date(1969, 12, 10)),
    ("The Soviet troops left the city in late February 1962.", date(1962, 2, 21), date(1962, 2, 28)),
])
def test_a_part_of_a_month_with_its_year_is_its_ten_days(text, first, last):
    assert any((start, end) == (first, last) for _, start, end in _rows(text, date(1981, 1, 5))), _rows(text, date(1981, 1, 5))


@pytest.mark.parametrize(("text", "day", "first", "last"), [
    ("A group of signatories of the Charter had been arrested in the spring.", date(1977, 9, 13), date(1977, 3, 1), date(1977, 5, 31)),
    ("Last summer the Yugoslav delegation toured the Urals.", date(1962, 10, 2), date(1962, 6, 1), date(1962, 8, 31)),
    ("The mission reported last winter that the harbour froze.", date(1959, 5, 22), date(1958, 12, 1), date(1959, 2, 28)),
])
def test_a_season_told_of_as_past_is_its_months(text, day, first, last):
    assert any((start, end) == (first, last) for _, start, end in _rows(text, day)), _rows(text, day)


def test_a_season_of_a_plan_is_no_past_season():
    rows = _rows("The minister will visit Warsaw in the spring.", date(1977, 9, 13))
    assert all(start != date(1977, 3, 1) for _, start, _ in rows), rows


def test_a_day_of_the_week_in_a_report_is_counted_from_its_writing_not_from_a_day_it_named_before():
    text = "The new bridge, which opened on 2 May, was closed to traffic on Tuesday."
    rows = _rows(text, date(1961, 5, 20))  # a Saturday: the Tuesday before is 16 May, not the one before 2 May
    assert any(start == end == date(1961, 5, 16) and "Tuesday" in evidence for evidence, start, end in rows), rows


@pytest.mark.parametrize(("text", "day", "first", "last"), [
    ("In March the army shelled the villages twice, and last week its aircraft bombed the dam at Kariba.",
     date(1977, 4, 20), date(1977, 4, 11), date(1977, 4, 17)),
    ("We sent a note to the Swiss last week, and our envoy saw the minister in May.",
     date(1965, 6, 9), date(1965, 5, 31), date(1965, 6, 6)),
    ("We have followed the fighting since the fourth of May, and the shelling of the port which began on Friday evening.",
     date(1965, 5, 12), date(1965, 5, 7), date(1965, 5, 7)),
])
def test_a_clause_beside_a_dated_one_keeps_its_own_week_or_day_of_the_week(text, day, first, last):
    assert any((start, end) == (first, last) for _, start, end in _rows(text, day)), _rows(text, day)


@pytest.mark.parametrize(("text", "day", "aside", "first", "last"), [
    ("Comrade Nujoma, who arrived in Prague from Luanda on Monday evening, thanked the party for the statement it issued on 2 March.",
     date(1977, 3, 10), "who arrived", date(1977, 3, 7), date(1977, 3, 7)),
    ("Sheikh Karume, whose militia was disbanded last week, flew to Nairobi yesterday.",
     date(1965, 2, 17), "whose militia", date(1965, 2, 8), date(1965, 2, 14)),
])
def test_an_aside_that_names_its_own_week_or_day_of_the_week_has_its_own_row(text, day, aside, first, last):
    rows = _rows(text, day)
    assert any(evidence.startswith(aside) and (start, end) == (first, last) for evidence, start, end in rows), rows


@pytest.mark.parametrize(("text", "day", "joined", "expected"), [
    # a weekly summary of Friday 7 June 1968: Wednesday is the 5th, not the day written before it
    ("The Security Council met in closed session on 3 June and on Wednesday sent an observer mission to the border.",
     date(1968, 6, 7), "on Wednesday sent", date(1968, 6, 5)),
    ("The rebels seized the airport at Kindu on 12 June but last Sunday lost it to the mercenaries.",
     date(1964, 6, 19), "last Sunday lost", date(1964, 6, 14)),
])
def test_a_clause_joined_to_a_dated_one_on_its_own_weekday_is_on_that_day(text, day, joined, expected):
    rows = _rows(text, day)
    assert any(evidence.startswith(joined) and start == end == expected for evidence, start, end in rows), rows
