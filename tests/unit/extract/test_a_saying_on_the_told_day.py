"""A saying told in the simple past with no day of its own, after a cable opened a sentence on the day it is written
("This morning the army took power. The minister spoke on the radio."): said on that day, as any simple past told after
it; one told as done by then ("уже заявили", "have already declared") keeps its bound (tense_sentence.py,
_says_on_the_told_day)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.cables import frus_cable_events


def _row(body: str, evidence: str) -> dict:
    rows = frus_cable_events(412, "Turkey", "Ankara, September 12, 1980, 1400Z.", body, volume="frus1977-80v21", volume_title=None)
    return next(r for r in rows if evidence in r["evidence_text"])


@pytest.mark.parametrize("saying", [
    "The minister spoke on the radio.",
    "Radio Ankara announced martial law.",
    "The minister proposed that the two sides meet every day until agreement is reached.",
])
def test_a_saying_after_the_writing_day_is_of_that_day(saying):
    row = _row(f"This morning the army took power. {saying}", saying[:20])
    assert (row["start_date"], row["end_date"]) == (date(1980, 9, 12), date(1980, 9, 12))


def test_a_saying_with_no_day_told_before_keeps_its_bound():
    row = _row("The minister spoke on the radio.", "The minister spoke")
    assert row["start_date"] is None


@pytest.mark.parametrize("saying", [
    "Demirel often said that the army would never intervene.",
    "For years the generals told visitors that they respected the constitution.",
])
def test_a_saying_told_as_a_habit_is_not_of_the_writing_day(saying):
    rows = frus_cable_events(412, "Turkey", "Ankara, September 12, 1980, 1400Z.", f"This morning the army took power. {saying}",
                             volume="frus1977-80v21", volume_title=None)
    assert not [r for r in rows if saying[:15] in r["evidence_text"] and r["start_date"] == date(1980, 9, 12)]
