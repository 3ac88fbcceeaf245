"""A person named with a possessive ("Ambassador Whitcombe's talks with the Prime Minister") acts as himself: the
actor is his name, never the name with its "'s"."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def test_an_owner_is_named_without_his_possessive():
    text = "On 3 March 1965 Ambassador Whitcombe's talks with the rebels in Nairobi produced no result."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="memorandum",
                         document_date=date(1965, 3, 5), document_date_precision="day",
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    names = [n for e in extract_events(doc) for n in e.sources + e.targets]
    assert names and not any(n.endswith(("'s", "’s")) for n in names), names
