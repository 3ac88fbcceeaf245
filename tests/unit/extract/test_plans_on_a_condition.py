"""A plan a record's speaker ties to a condition with no time to come ("would establish relations when the foreign
troops have left"): nothing decided, no row of its own; the saying that tells it stays a row, and a plan with its
time stays one. Sentences written for this rule, in English and Russian."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper

_DAY = date(1977, 3, 14)


def _rows(texts: list[str], language: str) -> list[tuple[str | None, str]]:
    doc = paper(texts, kind="record_of_conversation", day=_DAY, language=language, title="Record of conversation", gap=1)
    return [(e.date_kind, texts[e.block][e.evidence_start: e.evidence_end]) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "language"), [
    ("The President told me that Togo would open an embassy in Accra when the border dispute has been settled.", "en"),
    ("The Foreign Minister replied that the Navy would keep its ships in the bay as long as the rebels held the port.", "en"),
    ("Министр сказал, что Гвинея будет закупать советские тракторы по мере своих возможностей.", "ru"),
])
def test_a_plan_that_waits_on_a_condition_is_no_row_but_its_saying_is(text, language):
    rows = _rows([text], language)
    assert not [words for kind, words in rows if kind == "undated"]
    assert [words for kind, words in rows if kind == "exact"]  # the saying, on the day of the talk


def test_a_plan_with_its_time_and_a_condition_stays_a_plan():
    text = "The President told me that Togo would open an embassy in Accra in June, as soon as the building is ready."
    rows = _rows([text], "en")
    assert [words for kind, words in rows if kind == "undated"]
