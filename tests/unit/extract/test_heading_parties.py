"""A record's heading names who talked: "the conversation of X with Y" is X's talk with Y, whoever sent the note (a
ministry's letterhead is no party), and "the Ambassador of Z, Comrade Y" is one man, the office and its holder."""

from datetime import date

from pipeline.extract.events.context import participants_named
from pipeline.parse.model import Block, ParsedDocument


def _doc(heading: str, sender: list[str]) -> ParsedDocument:
    text = "The Ambassador came at his own request."
    return ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                          document_date=date(1971, 6, 9), document_date_precision="day", title=heading, sender_names=sender,
                          blocks=[Block("paragraph", 0, len(text), text, language="en")])


def test_the_one_whose_conversation_it_is_and_the_office_holder_named_after_it():
    heading = "Note on the conversation of Comrade Deputy Minister Tadeusz Olszak with the Ambassador of Laos, Comrade Khamphan Vong, on 9 June 1971"
    assert participants_named(_doc(heading, ["Ministry of Foreign Affairs"]), "") == ["Tadeusz Olszak", "Khamphan Vong"]


def test_a_heading_with_no_one_before_its_with_keeps_the_writer():
    heading = "Memorandum of conversation with the Ambassador of Laos, Mr. Khamphan Vong"
    assert participants_named(_doc(heading, ["Jan Berg"]), "") == ["Jan Berg", "Khamphan Vong"]
