"""The development documents of the non-Wilson families, read against their reference annotations
(tests/fixtures/gold/dev.md): the facts a historian recorded, and every quoted event sentence found
whole in one passage."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipeline.normalize.text import decode
from pipeline.parse import parse_text
from pipeline.parse.model import block_text_matches
from tests.conftest import FIXTURES

DEV = FIXTURES / "dev"
GOLD = (FIXTURES / "gold" / "dev.md").read_text(encoding="utf-8")


def _read(prefix: str):
    path = next(DEV.glob(f"{prefix}_*.txt"))
    text, _ = decode(path.read_bytes())
    return text, parse_text(text)


def _gold_sentences(prefix: str) -> list[str]:
    section = GOLD.split(f"## {prefix}_", 1)[1].split("\n## ", 1)[0]
    return [m.strip() for m in re.findall(r"^\s+> (.+)$", section, re.MULTILINE)]


EXPECTED = {
    "019": dict(parser="frus/1", document_type="telegram", record_id="frus1951v07p1/d468",
                sender_names=["Matthew B. Ridgway"], recipient_names=["Joint Chiefs of Staff"]),
    "022": dict(parser="cia_crest/1", document_type="briefing", record_id="CIA-RDP79R00890A000100060005-5",
                document_date=date(1953, 7, 1), title="CURRENT COMMUNIST POSITION ON A KOREAN ARMISTICE"),
    "006": dict(parser="generic/1", document_type="record_of_conversation", document_date=date(1949, 12, 16)),
    "007": dict(parser="generic/1", document_type="record_of_conversation", document_date=date(1949, 12, 16)),
    "010": dict(parser="generic/1", document_type="telegram", document_date=date(1951, 11, 14),
                title="MZD關於停戰談判和國內情況等問題致斯大林電", sender_names=["Mao Zedong"], recipient_names=["Joseph Stalin"]),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_document_facts_match_the_reference(prefix):
    _, doc = _read(prefix)
    assert {name: getattr(doc, name) for name in EXPECTED[prefix]} == EXPECTED[prefix]
    assert doc.has_cut_end, "every one of these pages was captured only in part"


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_every_reference_event_sentence_lies_whole_in_one_passage(prefix):
    _, doc = _read(prefix)
    for sentence in _gold_sentences(prefix):
        assert any(sentence in block.text for block in doc.blocks), sentence


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_offsets_hold_on_the_real_page(prefix):
    text, doc = _read(prefix)
    assert all(block_text_matches(text, b) for b in doc.blocks)


def test_frus_page_marker_is_out_of_the_text_and_the_page_kept():
    _, doc = _read("019")
    marked = next(b for b in doc.blocks if "general framework within which" in b.text)
    assert marked.book_page == 724
    assert doc.blocks[-1].book_page == 725
