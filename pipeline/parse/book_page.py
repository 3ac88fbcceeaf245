"""Book pages from read-online sites.

The page opens with ``Title (N page)`` (N is the site's page index, not the
book's), ``Read Title Online``, ``Authors:`` and ``Tags:`` lines; each book page
starts with ``page_N<br/>`` and ``Page N``; every paragraph is one line; a
footnote number stands alone on the line after the text it belongs to; block
quotations of archival documents follow an introducing clause ("he informed
the chairman on August 28 that", "Stalin replied:"); the page may start
mid-sentence and stop mid-word, and ends with an "Other books" list that is
site furniture.

Variants: a paragraph broken by a page break continues on the next page in
lower case (one passage; the marker lines inside it are left out of its
text); a "Notes" heading closes the chapter with numbered notes ("12. Ibid.",
"12 Ibid."), each a trailer passage carrying its number; a footnote number may
also be glued to the end of its sentence ("…in Kaesong.”43").
"""

from __future__ import annotations

import re

from pipeline.normalize.language import detect_language
from pipeline.normalize.text import Line, split_lines
from pipeline.parse.model import (
    Block,
    ParsedDocument,
    block_of_lines,
    ends_sentence,
    is_elision,
    is_list_item,
    kept_text,
    starts_lowercase,
)

PARSER = "book_page/1"
_TITLE = re.compile(r"^(?P<title>.+?)\s*\((?P<page>\d+)\s+page\)$")
_READ_ONLINE = re.compile(r"^Read\s+.+\s+Online$", re.IGNORECASE)
_PAGE_TAG = re.compile(r"^page_(?P<page>\d+)(?:<br\s*/?>)?$", re.IGNORECASE)
_PAGE_LINE = re.compile(r"^Page\s+(?P<page>\d+)$")
_FOOTNOTE = re.compile(r"^\d{1,3}$")
_FURNITURE_END = re.compile(r"^(?:Other books|Similar books|Books by .+|More books)$", re.IGNORECASE)
_QUOTE_OPENING = re.compile(r"^(?:\[[A-Z]\]|\.{3}|…)")
_NOTES_HEADING = re.compile(r"^(?:Notes|Endnotes|Footnotes|Notes and References)$", re.IGNORECASE)
_GLUED_NOTE = re.compile(r"(?:(?<=[a-z][.,;:!?”\"’)])|(?<=[a-z][.,;:!?][”\"’)]))(?P<n>\d{1,3})[ \t]*$", re.MULTILINE)  # "…in Kaesong.”43"
_NOTE = re.compile(r"^(?P<n>\d{1,3})[.)]?\s+\S")


def is_notes_heading(text: str) -> bool:
    """The heading of a book's list of notes ("Notes", "Endnotes")."""
    return _NOTES_HEADING.match(text.strip()) is not None


def looks_like(text: str) -> bool:
    head = text[:3000]
    return bool(
        ("page_" in head and re.search(r"^page_\d+<br", head, re.MULTILINE))
        or (" Online" in head and re.search(r"^Read .+ Online$", head, re.MULTILINE))
    )


def parse(text: str, offset: int) -> ParsedDocument:
    doc = ParsedDocument(parser=PARSER, source_type="book_excerpt", document_type="book_pages")
    lines = [ln for ln in split_lines(text[offset:], offset) if not ln.blank]
    body = _read_header(doc, lines)
    doc.blocks = _read_body(text, body)
    _classify(doc.blocks)
    for block in doc.blocks:
        block.language = detect_language(block.text)
    pages = [b.book_page for b in doc.blocks if b.book_page is not None]
    if doc.blocks:
        doc.has_cut_start = starts_lowercase(doc.blocks[0].text)
        last = doc.blocks[-1]
        doc.has_cut_end = last.section_type != "trailer" and not ends_sentence(last.text) and not last.footnote_numbers
    doc.warnings += [] if pages else ["no page markers found: book pages unknown"]
    return doc


def _read_header(doc: ParsedDocument, lines: list[Line]) -> list[Line]:
    """Reads the site's header lines into ``doc`` and returns the lines after it."""
    rest = list(lines)
    while rest and not _PAGE_TAG.match(rest[0].text):
        line = rest.pop(0).text
        if m := _TITLE.match(line):
            doc.book_title, doc.site_page = m["title"], int(m["page"])
        elif _READ_ONLINE.match(line):
            continue
        elif line.startswith("Authors:"):
            doc.book_authors = [a.strip() for a in re.split(r",|\band\b", line[8:]) if a.strip()]
        elif line.startswith("Tags:"):
            doc.book_tags = [t.strip(" #") for t in line[5:].split(",") if t.strip(" #")]
        else:
            rest.insert(0, lines[len(lines) - len(rest) - 1])
            break
    doc.title = doc.book_title
    return rest


def _read_body(text: str, lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    page: int | None = None
    markers: list[Line] = []  # page-marker lines since the last text line
    in_notes = False
    for line in lines:
        if _FURNITURE_END.match(line.text):
            break
        if m := _PAGE_TAG.match(line.text):
            page = int(m["page"])
            markers.append(line)
            continue
        if (m := _PAGE_LINE.match(line.text)) and page is not None and int(m["page"]) == page:
            markers.append(line)
            continue
        if _FOOTNOTE.match(line.text) and blocks and not in_notes:
            blocks[-1].footnote_numbers.append(int(line.text))
            continue
        previous = blocks[-1] if blocks else None
        if markers and previous and not in_notes and _continues(previous, line.text):
            _extend(text, previous, line, markers)
        else:
            blocks.append(_new_block(text, line, page, in_notes))
            in_notes = in_notes or _NOTES_HEADING.match(line.text) is not None
        markers = []
    return blocks


def _extend(text: str, block: Block, line: Line, markers: list[Line]) -> None:
    """A paragraph continued after a page break: the marker lines between stay out of its text."""
    block.cuts += [(m.start, m.end) for m in markers]
    block.end = line.end
    block.text = kept_text(text, block.start, block.end, block.cuts)


def _new_block(text: str, line: Line, page: int | None, in_notes: bool) -> Block:
    if in_notes and (m := _NOTE.match(line.text)):
        return block_of_lines(text, [line], "trailer", section_type="trailer", book_page=page, footnote_numbers=[int(m["n"])])
    if _NOTES_HEADING.match(line.text):
        return block_of_lines(text, [line], "heading", section_type="trailer", book_page=page)
    kind = "elision" if is_elision(line.text) else "list_item" if is_list_item(line.text) else "paragraph"
    block = block_of_lines(text, [line], kind, section_type="trailer" if in_notes else "body", book_page=page)
    if not in_notes and (m := _GLUED_NOTE.search(text, line.start, line.end)):
        block.cuts.append((m.start("n"), m.end("n")))
        block.footnote_numbers.append(int(m["n"]))
        block.text = kept_text(text, block.start, block.end, block.cuts)
    return block


def _continues(previous: Block, text: str) -> bool:
    """A paragraph broken by a page break: no footnote, no sentence end, and lowercase on the next page."""
    return not previous.footnote_numbers and not ends_sentence(previous.text) and starts_lowercase(text)


def _is_heading(block: Block, following: Block | None) -> bool:
    words = block.text.split()
    return (
        block.passage_type == "paragraph"
        and not block.footnote_numbers
        and 1 <= len(words) <= 12
        and not ends_sentence(block.text)
        and block.text[0].isupper()
        and sum(w[0].isupper() for w in words if w[0].isalpha() and len(w) > 3) >= max(1, len([w for w in words if len(w) > 3]) - 1)
        and following is not None
        and not starts_lowercase(following.text)
    )


def _classify(blocks: list[Block]) -> None:
    """Headings, then block quotations: text introduced by a clause that does not end its sentence."""
    for i, block in enumerate(blocks):
        if block.section_type == "body" and _is_heading(block, blocks[i + 1] if i + 1 < len(blocks) else None):
            block.passage_type = "heading"
    for i, block in enumerate(blocks):
        if block.passage_type != "paragraph" or block.section_type != "body":
            continue
        previous = blocks[i - 1] if i else None
        if previous is None:
            quoted = starts_lowercase(block.text) and bool(block.footnote_numbers)
        else:
            introduced = previous.passage_type in ("paragraph",) and not previous.footnote_numbers and (
                previous.text.endswith(":") or not ends_sentence(previous.text)
            )
            quoted = introduced and (starts_lowercase(block.text) or bool(_QUOTE_OPENING.match(block.text)))
        if quoted:
            block.passage_type = "quotation"
