"""A telegram under an archive's catalogue record (the National Archives' AAD): its examples in
pipeline/reference/layouts/catalogue_records.yaml."""

from __future__ import annotations

from importlib import resources

import pytest

from pipeline.parse.catalogue_record import read_catalogue_record
from pipeline.parse.model import Block, ParsedDocument
from schemas import load_yaml

_EXAMPLES = load_yaml(resources.files("pipeline.reference").joinpath("layouts/catalogue_records.yaml").read_text("utf-8"))["examples"]


@pytest.mark.parametrize(("text", "expected"), list(_EXAMPLES.items()))
def test_a_catalogue_records_fields_title_date_and_address_the_telegram(text, expected):
    doc = ParsedDocument(parser="generic/1", source_type="archival_record")
    at = 0
    for line in text.split("\n"):
        doc.blocks.append(Block("paragraph", at, at + len(line), line))
        at += len(line) + 1
    read_catalogue_record(doc)
    if expected is None:
        assert doc.title is None and doc.document_date is None and not doc.sender_names, text
        return
    assert doc.title == expected["title"]
    assert doc.document_date.isoformat() == expected["date"]
    assert doc.sender_names == expected["sender"]
    assert doc.recipient_names == expected["recipients"]
