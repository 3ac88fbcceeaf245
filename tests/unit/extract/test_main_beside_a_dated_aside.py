"""A sentence whose only written date stands in an aside between commas (", suspended since the riots of 9 April,", ",
which began on 2 May,") and whose main clause names a day counted from the writing ("reconvened yesterday"): the main
clause's act is of that day, counted from the day the daily summary or cable is written, not from the aside's date.
Sentences of the kind, in dailies and cables of other places and years than the held-out page the rule was found on."""

from datetime import date

import pytest

from tests.unit.extract.papers import daily_summary_rows


def _daily(body: str, day: date) -> list[dict]:
    return daily_summary_rows(body, day)


def _days(rows: list[dict]) -> set[tuple]:
    return {(r["start_date"], r["end_date"]) for r in rows}


@pytest.mark.parametrize(("body", "aside_day", "told_day"), [
    ("GREECE: Talks resume--The Balkan commission at Salonika, suspended since the shooting of 3 June, reconvened yesterday in the town hall.",
     date(1949, 6, 3), date(1949, 6, 11)),
    ("INDIA: The Kashmir talks, which broke down on 2 June, resumed this morning at the residency.",
     date(1949, 6, 2), date(1949, 6, 12)),
])
def test_the_main_clause_is_counted_from_the_writing_not_from_the_asides_date(body, aside_day, told_day):
    days = _days(_daily(body, date(1949, 6, 12)))
    assert (aside_day, aside_day) in days
    assert (told_day, told_day) in days


def test_a_date_in_the_main_clause_itself_is_not_an_aside():
    days = _days(_daily("CHINA: The Communist armies crossed the river on 3 June and took the town.", date(1949, 6, 12)))
    assert (date(1949, 6, 11), date(1949, 6, 11)) not in days
