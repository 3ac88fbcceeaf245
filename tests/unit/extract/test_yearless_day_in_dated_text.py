"""A day a dated letter or record names without its year, in a paragraph of its own: the year the text speaks from,
not the one a paragraph above recalled. Pages written for these tests."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(paragraphs: list[str], document_type: str, day: date) -> list[tuple[str, date | None]]:
    blocks, at = [], 0
    for text in paragraphs:
        blocks.append(Block("paragraph", at, at + len(text), text, language="en"))
        at += len(text) + 2
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=document_type, document_date=day,
                         document_date_precision="day", blocks=blocks, title="Record of the conversation of the minister with the envoy",
                         sender_names=["Ministry of Foreign Affairs"], recipient_names=["Embassy in Lagos"])
    text = "\n\n".join(paragraphs)
    return [(text[e.evidence_start: e.evidence_end], e.start_date) for e in extract_events(doc)]


def test_a_yearless_day_in_a_new_paragraph_takes_the_year_the_record_speaks_from():
    rows = _rows([
        "The minister recalled that the two countries had opened their first trade office in March 1975.",
        "The envoy then described the fighting in the north. On 12 June the Nigerian army crossed the river and took Onitsha.",
    ], "record_of_conversation", date(1977, 9, 20))
    starts = {start for _, start in rows}
    assert date(1977, 6, 12) in starts
    assert date(1975, 6, 12) not in starts
