"""A "He" or "She" opening a sentence of a record of conversation carries on the subject of the sentence before (the
speaker goes on), not the person that sentence named last as its object, in a relative clause or in the words it
reported."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import carried_subject
from pipeline.parse.model import Block, ParsedDocument


def _memcon(*paragraphs: str) -> ParsedDocument:
    blocks, at = [], 0
    for text in paragraphs:
        blocks.append(Block("paragraph", at, at + len(text), text, language="en"))
        at += len(text) + 2
    return ParsedDocument(parser="test/1", source_type="archival_record", document_type="memorandum of conversation",
                          document_date=date(1961, 5, 12), document_date_precision="day", blocks=blocks)


def _sources(doc: ParsedDocument, words: str) -> list[list[str]]:
    return [e.sources for e in extract_events(doc) if words in doc.blocks[e.block].text[e.evidence_start: e.evidence_end]]


def test_he_after_a_speaker_who_named_another_is_the_speaker():
    doc = _memcon("Nehru welcomed the Ambassador and recalled the visit that President Eisenhower had paid to Delhi in "
                  "December 1959. He asked on 11 May for more wheat.")
    asked = _sources(doc, "He asked on 11 May")
    assert asked and all(s[:1] == ["Jawaharlal Nehru"] for s in asked), asked


def test_he_after_a_report_of_another_persons_act_is_the_reporter():
    doc = _memcon("Comrade Tito replied that President Nasser had visited Moscow in April 1958.",
                  "He added on 11 May that the frontier talks should begin soon.")
    added = _sources(doc, "He added")
    assert added and all(s[:1] == ["Josip Broz Tito"] for s in added), added


def test_the_subject_of_a_sentence():
    assert carried_subject("Comrade Tito replied that Belgrade would wait.", "en", None) == "Josip Broz Tito"
    assert carried_subject("This morning President Nasser received the ambassadors.", "en", None) == "Gamal Abdel Nasser"
    assert carried_subject("He asked whether the wheat would come.", "en", "Gamal Abdel Nasser") == "Gamal Abdel Nasser"
    assert carried_subject("The talks with President Nasser were useful.", "en", None) is None  # named in a phrase, no subject
    assert carried_subject("Он сказал, что приедет.", "ru", "Gamal Abdel Nasser") is None  # Russian keeps its own reading


def test_a_subject_the_gazetteer_does_not_know_or_a_bare_office():
    assert carried_subject("Tupuola said that the Samoan people still spoke of it.", "en", "Walter Mondale") == "Tupuola"
    assert carried_subject("The President asked for help in training geologists.", "en", "János Kádár") == "The President"


def test_he_after_the_writer_was_received_is_the_one_who_received_him():
    doc = _memcon("This morning I was received by the new Minister of Foreign Affairs, Luis María Argaña, who assured me "
                  "that Paraguay wished to establish relations. He asked that Poland send a trade delegation in the spring.")
    doc.sender_names = ["Pietraszek"]
    asked = _sources(doc, "He asked that")
    assert asked and all(s[:1] == ["Luis María Argaña"] for s in asked), asked
