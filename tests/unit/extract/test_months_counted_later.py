"""Months and years counted from the last date a narrative gave: "a month later", "two years earlier", "the following
month" (pipeline/normalize/dates.py find_relative, pipeline/extract/events/relative_date.py)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text


def _rows(body: str) -> list[tuple[date | None, date | None, str | None]]:
    doc = parse_text("source: https://example.org/history/12\nA history, p. 88\n\n" + body + "\n")
    return [(e.start_date, e.end_date, e.precision) for e in extract_events(doc) if e.method == "relative_date"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In June 1975 the officers returned to their barracks. A month later the colonels dissolved the assembly.",
         (date(1975, 7, 1), date(1975, 7, 31), "month")),
        ("On 20 November 1975 the regent died. Three months afterwards the council named a new premier.",
         (date(1976, 2, 1), date(1976, 2, 29), "month")),
        ("In May 1968 the generals arrested the president. A year earlier the army had crushed a mutiny in the north.",
         (date(1967, 1, 1), date(1967, 12, 31), "year")),
        ("On 4 December 1981 the junta banned the unions. The following month the bishops condemned the arrests.",
         (date(1982, 1, 1), date(1982, 1, 31), "month")),
    ],
)
def test_a_count_of_months_lands_in_its_month(body, expected):
    assert expected in _rows(body)


def test_a_count_from_a_month_in_the_same_sentence():
    rows = _rows("In March 1980 the students were back on the campuses, and a month later the general took over the police.")
    assert (date(1980, 4, 1), date(1980, 4, 30), "month") in rows


def test_a_span_of_the_next_month_is_no_count():
    assert _rows("On 2 May 1958 the rebels took the port. They expect to take the capital within the next month.") == []
