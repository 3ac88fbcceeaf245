"""A clause inside a noun phrase, with no comma before it, that tells its own act of the week before ("the plan he
presented last week", "the strikers who seized the docks last week") while the sentence's main clause tells another
time ("yesterday", a written date): the clause's act is a row of its own over the week before the writing, not dated
by the main clause. Sentences of the kind, in dailies and letters of other places and years than the pages it was
found on."""

from datetime import date

import pytest

from tests.unit.extract.papers import daily_summary_rows


def _daily(body: str, day: date) -> list[dict]:
    return daily_summary_rows(body, day)


def _days(rows: list[dict]) -> set[tuple]:
    return {(r["start_date"], r["end_date"]) for r in rows}


@pytest.mark.parametrize("body", [
    "ZANZIBAR: Yesterday the opposition leader rejected the constitution he drafted last week with the Sultan.",
    "KENYA: Dock workers who seized the harbour at Mombasa last week marched on the governor's house yesterday.",
])
def test_the_clause_is_of_the_week_before_and_the_main_act_of_its_day(body):
    days = _days(_daily(body, date(1963, 6, 12)))  # a Wednesday: the week before runs from 3 to 9 June
    assert (date(1963, 6, 3), date(1963, 6, 9)) in days
    assert (date(1963, 6, 11), date(1963, 6, 11)) in days


def test_a_week_to_come_in_such_a_clause_is_no_week_before():
    days = _days(_daily("ZANZIBAR: Yesterday the Sultan approved the plan they will present next week.", date(1963, 6, 12)))
    assert (date(1963, 6, 3), date(1963, 6, 9)) not in days


def test_a_clause_whose_week_is_the_sentences_only_time_keeps_one_row():
    rows = _daily("KENYA: The strikers who seized the harbour at Mombasa last week have been dispersed.", date(1963, 6, 12))
    assert len([r for r in rows if (r["start_date"], r["end_date"]) == (date(1963, 6, 3), date(1963, 6, 9))]) <= 1
