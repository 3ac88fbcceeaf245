"""A record's own parties named by their offices: a title's office set off by a comma from its holder ("Letter from the
Prime Minister of Trinidad and Tobago, Eric Williams, to ...") names the holder; a title's talk "between" two offices
over a list of those present names the listed people; and "the President" alone in a record is the president the page
set off by commas first (its own party), not another president it names later in passing."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.context import participants_named
from pipeline.parse.model import Block, ParsedDocument
from pipeline.parse.parties import parties_named


@pytest.mark.parametrize(("words", "parties"), [
    ("the Prime Minister of Trinidad and Tobago, Eric Williams, to the Prime Minister, Harold Wilson",
     (["Eric Williams"], ["Harold Wilson"])),
    ("the President of the Republic, Dr. Aristide Mbeki-Ngoye, to Harold Wilson", (["Aristide Mbeki-Ngoye"], ["Harold Wilson"])),
    ("the Soviet Embassy to the Foreign Ministry, Phnom Penh", (["Soviet Embassy"], ["Foreign Ministry, Phnom Penh"])),  # a place
])
def test_an_office_set_off_by_a_comma_in_a_title_is_its_holder(words, parties):
    assert parties_named(words) == parties


def _record(title: str, lines: list[str]) -> ParsedDocument:
    blocks, at = [Block("title", 0, len(title), title, language="en")], len(title) + 2
    for line in lines:
        blocks.append(Block("paragraph", at, at + len(line), line, language="en"))
        at += len(line) + 2
    return ParsedDocument(parser="test/1", source_type="archive", document_type="record_of_conversation", title=title,
                          document_date=date(1977, 6, 9), document_date_precision="day", blocks=blocks)


def test_offices_a_title_sets_between_are_the_people_listed_present():
    doc = _record("Record of a Meeting between the Foreign and Commonwealth Secretary and the Prime Minister of New Zealand",
                  ["Present:", "Dr David Owen", "Mr Robert Muldoon", "1. Dr Owen welcomed Mr Muldoon."])
    named = participants_named(doc, doc.title)
    assert "David Owen" in named and not any("Secretary" in n or "Prime Minister" in n for n in named)


def test_a_title_naming_a_person_between_keeps_him():
    doc = _record("Record of Conversation between the Soviet Ambassador and Prime Minister Siaka Stevens",
                  ["Present:", "Mr A. Ivanov", "1. The Prime Minister said that he was glad."])
    assert "Siaka Stevens" in participants_named(doc, doc.title)


def test_the_office_alone_is_the_holder_the_record_sets_off_first():
    doc = _record("Record of Conversation with the President of the Republic, Amadou Sissoko Kane",
                  ["On 15 March 1978 the President received me at the palace.",
                   "He said that he had written to President Julius Nyerere in January.",
                   "On 16 March 1978 the President thanked me for the visit."])
    sources = [e.sources for e in extract_events(doc) if e.sources]
    assert sources and all("Julius Nyerere" not in s for s in sources[-1:])
    assert any("Amadou Sissoko Kane" in s for s in sources)
