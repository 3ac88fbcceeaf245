"""Seed text -> ParsedDocument, one module per source family.

``parse_text`` reads the optional provenance line (``source: <url>``), picks
the parser whose layout the text shows, and falls back to the generic parser
for unknown layouts, so every readable seed becomes a document.
"""

from __future__ import annotations

import re

from pipeline.normalize.language import detect_language
from pipeline.parse import book_page, generic, wcda
from pipeline.parse.model import Block, ParsedDocument

__all__ = ["Block", "ParsedDocument", "parse_text", "PARSERS"]

PARSERS = (wcda, book_page)
_PROVENANCE = re.compile(r"\A\ufeff?[ \t]*source:[ \t]*(?P<url>\S+)[ \t]*\r?\n")


def read_provenance(text: str) -> tuple[str | None, int]:
    """The URL of a leading ``source: <url>`` line and the offset where the page text starts."""
    m = _PROVENANCE.match(text)
    return (m["url"], m.end()) if m else (None, 0)


def parse_text(text: str) -> ParsedDocument:
    url, offset = read_provenance(text)
    body = text[offset:]
    module = next((p for p in PARSERS if p.looks_like(body)), generic)
    doc = module.parse(text, offset)
    if url and not doc.url:
        doc.url = url
    for block in doc.blocks:
        if block.language is None:
            block.language = detect_language(block.text)
    return doc
