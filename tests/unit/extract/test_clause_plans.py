"""A plan stated inside a turn or a statement ("Comrade Zhou Enlai: Chairman Mao will receive you this evening",
"Chen Yi — In December our government will send a trade delegation to Hanoi"): an undated row of its own, beside the
turn's row, its actor the clause's subject; none for a condition, a wish, a negation or an undertaking with no time."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.annotate import Sentence
from pipeline.extract.events.clause_plans import clause_plans
from pipeline.extract.events.common import EventDraft
from pipeline.parse.model import Block, ParsedDocument

WRITTEN = date(1971, 6, 3)


def test_a_clause_read_as_a_plan_already_gets_no_second_row():
    text = "Chen Yi — In December our government will send a trade delegation to Hanoi."
    plan = EventDraft(0, "statement", 10, len(text) - 1, "tense_sentence", 0.35)
    assert clause_plans(0, Sentence(0, len(text), text, []), [plan], "en") == []


def test_a_turn_in_a_record_gives_its_row_and_the_plan_it_states():
    text = "Comrade Zhou Enlai: Chairman Mao will receive you this evening, and Comrade Lin Biao will also be present."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="minutes", document_date=WRITTEN,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    rows = [(text[e.evidence_start: e.evidence_end], e.date_kind, e.start_date, e.sources) for e in extract_events(doc)]
    assert ("Chairman Mao will receive you this evening", "undated", None, ["Mao Zedong"]) in rows, rows


def test_a_decision_point_whose_number_stands_before_the_sentence_sets_a_plan_without_a_time():
    lead, text = "3. ", "The Vice-President to seek UNHCR assistance for the camps."
    rows = clause_plans(0, Sentence(len(lead), len(lead) + len(text), text, []), [], "en", lead=lead)
    assert [(text[e.evidence_start - len(lead): e.evidence_end - len(lead)], e.date_kind) for e in rows] == [
        ("The Vice-President to seek UNHCR assistance for the camps", "undated")]


def test_a_point_whose_subject_holds_a_verb_or_that_defers_the_matter_sets_no_plan():
    for text in ("2. To instruct the Ministry of Defence to strengthen the border guard.",
                 "4. The Ministry of National Defence is to keep the border troops on alert.",
                 "3. The question of sending advisers to Damascus to be decided after consultations."):
        assert clause_plans(0, Sentence(0, len(text), text, []), [], "en") == [], text


def test_a_future_opening_its_sentence_with_its_capital_sets_a_plan():
    text = "Llegará a Pudahuel el sábado 15 la delegación."
    rows = clause_plans(0, Sentence(0, len(text), text, []), [], "es")
    assert [(text[e.evidence_start: e.evidence_end], e.date_kind) for e in rows] == [
        ("Llegará a Pudahuel el sábado 15 la delegación", "undated")]
