"""A history's narrative time: the day "the next morning" counts from."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text


def _rows(text: str):
    doc = parse_text("source: https://example.org/history/12\nA history of the coup, p. 88\n\n" + text + "\n")
    return [e for e in extract_events(doc) if e.start_date is not None]


def _row(rows, words: str):
    return next(e for e in rows if e.date_text and e.date_text.lower() == words)


def test_the_next_morning_closes_the_night_a_span_told_and_skips_a_span_of_days():
    rows = _rows(
        "In the night of 20 to 21 August 1968 the colonels seized the ministry of defence. Within days their "
        "officers held every barracks in the capital. The British ambassador called on the minister the next morning."
    )
    morning = _row(rows, "the next morning")
    assert (morning.start_date, morning.end_date) == (date(1968, 8, 21), date(1968, 8, 21))


def test_a_korean_name_written_family_name_first_is_read_by_its_family_name_later():
    rows = _rows(
        "On 4 May 1961 Prime Minister Paik Too-chin opened the session. The American ambassador called on Paik the "
        "next day."
    )
    day = _row(rows, "the next day")
    assert day.targets == ["Paik Too-chin"]
