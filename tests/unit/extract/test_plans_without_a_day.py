"""A plan told with a season or a part of the year to come ("next summer", "in the spring"), a weekday or a part of today
("on Friday", "this afternoon"), or an intention in the present ("I intend to see him tomorrow"): a row without a date,
its words the plan's clause, beside the dated act of the same sentence; an intention denied or a condition is none."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper

# Tuesday 12 May 1970
WRITTEN = date(1970, 5, 12)


def _rows(texts: list[str], kind: str = "record_of_conversation") -> list[tuple[str, date | None, date | None, list[str]]]:
    doc = paper(texts, kind=kind, day=WRITTEN, title="Record of conversation", senders=["Jan Kowalski"])
    return [(texts[e.block][e.evidence_start: e.evidence_end], e.start_date, e.end_date, list(e.sources))
            for e in extract_events(doc)]


@pytest.mark.parametrize(("texts", "plan"), [
    (["Nyerere received me at State House on 12 May.", "Nyerere asked me to convey his greetings to the Prime Minister. "
      "He himself would like to visit Warsaw next summer."], "He himself would like to visit Warsaw next summer"),
    (["I thanked the Minister for the wreath laid on 8 May and informed him that the Ambassador would speak at the "
      "memorial meeting on Friday."], "the Ambassador would speak at the memorial meeting on Friday"),
    (["The strike committee met yesterday. I intend to see the Minister of Labour tomorrow and to ask whether the "
      "wage agreement still holds."], "I intend to see the Minister of Labour tomorrow"),
])
def test_a_plan_without_a_readable_day_is_an_undated_row(texts, plan):
    rows = _rows(texts)
    assert any(evidence.startswith(plan) and start is None and end is None for evidence, start, end, _ in rows), rows


def test_he_after_a_named_subject_is_that_ones_plan():
    rows = _rows(["Nyerere asked me to convey his greetings to the Prime Minister. He himself would like to visit Warsaw "
                  "next summer."])
    assert [sources for evidence, start, _, sources in rows if evidence.startswith("He himself") and start is None] == [["Nyerere"]]


def test_no_plan_row_for_a_denied_intention():
    rows = _rows(["The President does not intend to receive the delegation in the spring."])
    assert not any(start is None and end is None for _, start, end, _ in rows)


def test_a_plan_with_its_time_and_a_condition_after_it_is_kept():
    # the golds keep a conditional plan: the condition told after the plan's verb and time leaves the plan a plan
    rows = _rows(["He said that the army would withdraw in the new year if the talks succeed."])
    assert any(start is None and end is None and "withdraw in the new year" in evidence for evidence, start, end, _ in rows)
