"""A part of a month the text names by its place, not its name ("at the end of last month", "early this month", "in
the middle of the month"): the part's days of that month, a range (pipeline/normalize/dates.py find_month_parts, read
by pipeline/extract/events/annotate.py)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events.annotate import annotate


def _parts(text: str, story: tuple[int, int] | None = None, now: tuple[int, int] | None = None) -> list[tuple[date, date, str]]:
    s = annotate(text, (story or now)[0], story, now, "en", now)[0][0]
    return [(d.start_date, d.end_date, d.kind) for d in s.dates if "month" in d.text]


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # counted from the month the text speaks from
        ("The minister had announced at the end of last month that the talks were over.", (1979, 2),
         [(date(1979, 1, 21), date(1979, 1, 31), "range")]),
        ("The rebels took the town early this month.", (1961, 4), [(date(1961, 4, 1), date(1961, 4, 10), "range")]),
        # a plan told after the part leaves it the announcing's; a plan before it makes it the plan's time
        ("The Dutch had announced early this month that they would set up a council.", (1961, 4),
         [(date(1961, 4, 1), date(1961, 4, 10), "range")]),
        ("The Bundestag will debate the treaty at the end of the month.", (1961, 4), []),
        # a deadline bounds a time, no part of it
        ("The talks are to be concluded by the end of the month.", (1961, 4), []),
    ],
)
def test_a_part_of_a_month_spoken_from(text, now, expected):
    assert _parts(text, now=now) == expected


def test_the_month_a_date_before_it_in_the_sentence_names():
    text = "On 12 February the embassy reported the talks, and the ambassador was recalled in the middle of the month."
    assert _parts(text, story=(1968, 1)) == [(date(1968, 2, 11), date(1968, 2, 20), "range")]
