"""The writer's own act told in the present perfect, its sentence's day that of a thing it names in a clause of its own
("I have also read the statement you made in Parliament on 23rd February"): the thing keeps its day, the writer's act
is a row of its own on or before the day he writes. A day that names the thing itself ("I have received your letter of
14th March") gives no second row. Pages of our own making."""

from __future__ import annotations

from pipeline.seed import process_seed

_LETTER = """Karachi, 18th March, 1950

My dear Prime Minister,

I have received your letter of 14th March. I have also read the statement you made in Parliament on 23rd February.

Yours sincerely,
Liaquat Ali Khan
"""


def _rows(page: str) -> list[dict]:
    return process_seed("x.txt", page.encode()).events.to_pylist()


def test_the_writers_reading_is_bounded_by_the_letter_and_the_statement_keeps_its_day():
    rows = [r for r in _rows(_LETTER) if r["evidence_text"].startswith("I have also read")]
    kinds = {(r["date_kind"], str(r["start_date"]), str(r["end_date"])) for r in rows}
    assert ("upper_bound", "None", "1950-03-18") in kinds
    assert ("exact", "1950-02-23", "1950-02-23") in kinds


def test_a_letter_named_by_its_day_gives_no_second_row():
    rows = [r for r in _rows(_LETTER) if r["evidence_text"].startswith("I have received")]
    assert rows and not [r for r in rows if r["date_kind"] == "upper_bound"]
