"""A head of government's or minister's letter speaks for his state: its "we" is the state (the gazetteer's side of the
writer, else the state whose capital its place-and-date line names), its "I" still the writer; another's letter keeps
its "we" as the writer."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.context import document_context
from pipeline.parse.model import Block, ParsedDocument


def _letter(title: str, sender: str, lines: list[str]) -> ParsedDocument:
    blocks, offset = [], 0
    for i, text in enumerate(lines):
        blocks.append(Block("header" if i == 0 else "paragraph", offset, offset + len(text), text, language="en"))
        offset += len(text) + 2
    return ParsedDocument(parser="test/1", source_type="archive_record", document_type="letter", title=title,
                          document_date=date(1958, 9, 14), document_date_precision="day", sender_names=[sender],
                          recipient_names=["Dwight D. Eisenhower"], blocks=blocks)


_LINES = [
    "Ottawa, 14th September, 1958.",
    "Dear Mr. President,",
    "As you know, we sent a second destroyer squadron to the Atlantic in March of this year.",
    "I met your Ambassador on 2 September and told him of our decision.",
]


def test_a_prime_ministers_we_is_his_state_by_the_capital_of_his_date_line():
    doc = _letter("Letter From Prime Minister Tadwell to President Eisenhower", "Tadwell", _LINES)
    assert document_context(doc).writer_state == "Canada"
    rows = extract_events(doc)
    sent = [e for e in rows if e.start_date and e.start_date.month == 3 and e.method == "dated_sentence"]
    assert sent and sent[0].sources == ["Canada"], [(e.method, e.sources) for e in rows]


def test_an_ambassadors_letter_keeps_its_we_as_the_writer():
    doc = _letter("Letter From Ambassador Tadwell to President Eisenhower", "Tadwell", _LINES)
    assert document_context(doc).writer_state is None
    sent = [e for e in extract_events(doc) if e.start_date and e.start_date.month == 3 and e.method == "dated_sentence"]
    assert sent and sent[0].sources == ["Tadwell"]


def test_the_writers_side_in_the_gazetteer_names_his_state():
    doc = _letter("Letter From Premier Zhou Enlai to Prime Minister Nehru", "Zhou Enlai", _LINES[1:])
    assert document_context(doc).writer_state == "China"


def test_we_in_a_state_names_the_state_for_any_writer():
    from pipeline.extract.events.dated_sentence import we_in_state

    assert we_in_state("We in India have followed the fighting since the first of May") == "India"
    assert we_in_state("we in the Soviet Union have always held this view") == "Soviet Union"
    assert we_in_state("we in Moscow were told of it the same day") is None  # a city is where, not the state
    doc = _letter("Letter from Jawharan Tadwell to Dwight D. Eisenhower", "Jawharan Tadwell",
                  ["Dear Mr. President,", "We in India have followed the fighting since the 3rd of May 1958 with grief."])
    followed = [e for e in extract_events(doc) if e.method == "dated_sentence" and e.start_date == date(1958, 5, 3)]
    assert followed and followed[0].sources == ["India"], [(e.method, e.sources, e.start_date) for e in extract_events(doc)]
