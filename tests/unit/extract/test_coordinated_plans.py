"""A past act and, joined to it by "and", an act to come with a subject of its own or a plan the subject expects or
intends: the second clause is a planned row without a date, beside the dated act."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument

# Wednesday 11 March 1970
WRITTEN = date(1970, 3, 11)


def _rows(text: str, kind: str) -> list[tuple[str, str | None, date | None, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=kind, document_date=WRITTEN,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.date_kind, e.start_date, e.end_date)
            for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "kind", "plan"), [
    ("Peking denounced the landing yesterday, and the Security Council will meet on Friday at the request of Laos.",
     "minutes", "the Security Council will meet on Friday"),
    ("I have asked for an audience with the Emir and expect to see him this evening.", "telegram", "expect to see him this evening"),
    ("The trade mission arrived in Accra on Monday and intends to visit the cocoa ports in the spring.", "letter",
     "intends to visit the cocoa ports"),
])
def test_a_plan_joined_to_a_past_act_is_an_undated_row(text, kind, plan):
    rows = _rows(text, kind)
    assert any(plan in evidence and not evidence.startswith(text[:12]) and dated == "undated" and start is None and end is None
               for evidence, dated, start, end in rows), rows


def test_a_future_inside_reported_words_is_no_second_plan():
    rows = _rows("The minister told me that the strikers had gone back to work and will be paid in April.", "telegram")
    assert not any(evidence.startswith("will be paid") for evidence, *_ in rows)


def test_the_writer_who_expects_to_see_someone_is_the_plans_actor_with_the_one_he_named():
    text = "I have asked for an audience with King Hassan and expect to see him this evening."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=WRITTEN,
                         document_date_precision="day", sender_names=["Dean Rusk"],
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    plan = [e for e in extract_events(doc) if text[e.evidence_start: e.evidence_end].startswith("expect to see him")]
    assert plan and plan[0].sources == ["Dean Rusk"] and plan[0].targets and "Hassan" in plan[0].targets[0]


def test_a_plan_before_a_semicolon_and_an_act_done_after_it_is_an_undated_row_of_its_own():
    rows = _rows("The Emir intends to visit Cairo before the end of the year; he sent a message to Nasser yesterday.", "telegram")
    assert ("The Emir intends to visit Cairo before the end of the year", "undated", None, None) in rows, rows


def test_a_plan_before_a_semicolon_and_another_plan_after_it_is_no_row_of_its_own():
    rows = _rows("The Emir intends to visit Cairo before the end of the year; he will send a message to Nasser first.", "telegram")
    assert not any(evidence == "The Emir intends to visit Cairo before the end of the year" for evidence, *_ in rows), rows
