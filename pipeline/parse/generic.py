"""Any other text: a document of plain, language-tagged paragraphs.

Used for pages of unknown layout. Blank lines separate paragraphs; where the
text is hard-wrapped (OCR output, mail archives), consecutive lines are joined
until a blank line or a short line that ends a sentence. The first line is
taken as the title and the first full date near the top as the document date.
"""

from __future__ import annotations

import statistics

from pipeline.normalize.dates import find_dates
from pipeline.normalize.language import detect_language
from pipeline.normalize.text import Line, split_lines
from pipeline.parse.model import (
    Block,
    ParsedDocument,
    block_of_lines,
    ends_sentence,
    is_elision,
    is_list_item,
)

PARSER = "generic/1"


def parse(text: str, offset: int) -> ParsedDocument:
    doc = ParsedDocument(parser=PARSER, source_type="web_page")
    lines = split_lines(text[offset:], offset)
    doc.blocks = [_block(text, group) for group in _paragraphs(lines)]
    if doc.blocks:
        doc.title = doc.blocks[0].text[:300]
        doc.blocks[0].passage_type = "title"
        doc.blocks[0].section_type = "header"
        doc.title_block = 0
    for block in doc.blocks[:12]:
        dates = [d for d in find_dates(block.text) if d.year_written and d.precision in ("day", "minute")]
        if dates:
            doc.document_date, doc.document_date_precision, doc.document_date_text = dates[0].start_date, "day", dates[0].text
            break
    for block in doc.blocks:
        block.language = detect_language(block.text)
    return doc


def _block(text: str, group: list[Line]) -> Block:
    first = group[0].text
    kind = "elision" if is_elision(first) else "list_item" if is_list_item(first) else "paragraph"
    return block_of_lines(text, group, kind)


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    filled = [ln for ln in lines if not ln.blank]
    if not filled:
        return []
    wrapped = _is_hard_wrapped(filled)
    groups: list[list[Line]] = [[]]
    for line in lines:
        if line.blank:
            if groups[-1]:
                groups.append([])
            continue
        if groups[-1] and not wrapped:
            groups.append([])
        groups[-1].append(line)
        if wrapped and ends_sentence(line.text) and len(line.text) < 0.7 * _median_length(filled):
            groups.append([])
    return [g for g in groups if g]


def _median_length(lines: list[Line]) -> float:
    return statistics.median(len(ln.text) for ln in lines)


def _is_hard_wrapped(lines: list[Line]) -> bool:
    """Most lines are of similar, modest length and stop mid-sentence."""
    if len(lines) < 6:
        return False
    open_ended = sum(not ends_sentence(ln.text) for ln in lines) / len(lines)
    return _median_length(lines) < 90 and open_ended > 0.6
