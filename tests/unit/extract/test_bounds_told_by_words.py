"""Bounds and spans told by words, not by a date of their own: "by the 9th" (a day of the month with its article: on or
before it), "earlier in the week" (the week's Monday to the day before the day spoken from), the Chinese "X日起，" (from
that day to the day the report is written). Sentences of the kind written for these tests."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, day: date | None, language: str = "en", kind: str = "memorandum", source: str = "archival_record"):
    doc = ParsedDocument(parser="test/1", source_type=source, document_type=kind, document_date=day,
                         document_date_precision="day" if day else None,
                         blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, e.date_kind) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "end"), [
    ("The garrison was besieged from 3 May, and by the 11th the defenders had surrendered.", date(1958, 5, 11)),
    ("The strike began on 2 March; by the 9th the ports were closed.", date(1958, 3, 9)),
])
def test_a_day_of_the_month_after_by_and_its_article_bounds_the_clause(text, end):
    rows = _rows(text, date(1958, 6, 1))
    assert any((start, stop, kind) == (None, end, "upper_bound") for _, start, stop, kind in rows), rows


def test_a_plan_due_by_the_day_of_the_month_is_no_bound():
    rows = _rows("The talks opened on 2 March; the delegations will agree on a text by the 9th.", date(1958, 3, 3))
    assert not any(kind == "upper_bound" and stop == date(1958, 3, 9) for _, _, stop, kind in rows), rows


@pytest.mark.parametrize(("text", "day", "first", "last"), [
    ("The minister said that the envoy had called on the premier earlier in the week.", date(1962, 10, 27),
     date(1962, 10, 22), date(1962, 10, 26)),
    ("The rebels shelled the port earlier this week.", date(1962, 10, 25), date(1962, 10, 22), date(1962, 10, 24)),
])
def test_earlier_in_the_week_runs_from_its_monday_to_the_day_before(text, day, first, last):
    rows = _rows(text, day, kind="record")
    assert any((start, stop) == (first, last) for _, start, stop, _ in rows), rows


def test_a_chinese_day_with_qi_and_a_comma_runs_to_the_day_written():
    text = "四月十二日起，首都各商店已陆续开门营业。"
    rows = _rows(text, date(1971, 4, 20), language="zh", kind="report")
    assert any((start, stop) == (date(1971, 4, 12), date(1971, 4, 20)) for _, start, stop, _ in rows), rows


def test_a_chinese_uprising_on_a_day_is_no_course():
    text = "四月十二日起义军攻占了省城。"
    rows = _rows(text, date(1971, 4, 20), language="zh", kind="report")
    assert not any((start, stop) == (date(1971, 4, 12), date(1971, 4, 20)) for _, start, stop, _ in rows), rows


@pytest.mark.parametrize(("text", "day", "end"), [
    ("Yesterday the radio announced that the junta had dissolved the assembly.", date(1967, 4, 22), date(1967, 4, 21)),
    ("On Friday the ministry stated that the border talks had broken down.", date(1967, 4, 24), date(1967, 4, 21)),
])
def test_a_pluperfect_a_saying_on_a_relative_day_reports_is_bounded_by_that_day(text, day, end):
    rows = _rows(text, day, kind="report")
    said = [(start, stop, kind) for _, start, stop, kind in rows]
    assert (end, end, "exact") in said, rows  # the saying on its day
    assert (None, end, "upper_bound") in said, rows  # what it reports, by then
