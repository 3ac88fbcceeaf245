"""An editorial note tells a dated happening, looks back from it ("had returned two days earlier") and goes on ("In a
memorandum the next day, ..."): the count forward runs from the happening's day, not from the day the look back told."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _days(text: str) -> dict[str, date]:
    doc = ParsedDocument(parser="test/1", source_type="edited_collection", document_type="editorial_note",
                         document_date=None, document_date_precision=None,
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return {text[e.evidence_start: e.evidence_start + 12]: e.start_date for e in extract_events(doc) if e.start_date}


def test_the_next_day_after_a_look_back_counts_from_the_story_day():
    text = ("On June 12, 1964, the army deposed the Prime Minister in a bloodless coup. The opposition leader had flown "
            "home from exile three days earlier. In a cable to the Secretary the next day, the Ambassador wrote that the "
            "coup was popular.")
    days = _days(text)
    assert days["In a cable t"] == date(1964, 6, 13)
    assert days["The oppositi"] == date(1964, 6, 9)


def test_the_next_day_after_a_day_counted_forward_goes_on_from_it():
    text = ("On June 12, 1964, the army deposed the Prime Minister. Two days later the junta closed the borders. "
            "The next day the Ambassador called on the new Premier.")
    assert _days(text)["The next day"] == date(1964, 6, 15)
