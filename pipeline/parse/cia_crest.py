"""CIA CREST records from the CIA reading room (cia.gov/readingroom).

The page opens with the title, then a metadata block of labels each on its
own line ("Document Number (FOIA) /ESDN (CREST):", "Publication Date:",
"Content Type:", ...) followed by the value on the next line, or by nothing
when the field is empty (the next label follows at once); an attachment
table ("Attachment | Size |"); and "Body:", after which comes the OCR text of
the scanned document.

Quirks of the OCR body: hard line breaks every 60-70 characters; words
hyphenated across lines ("pro-" / "gram"); OCR misreadings kept as written
("a? reement"); and declassification stamps read as text in mid-page
("Approved For Release …", "DOCUMENT NO.", "N' GHANGE IN CLASS. ^", "DAT . 0
86 REVIEWER: …", runs of CIA-RDP numbers). Stamps become ``stamp`` passages
of their own; a paragraph interrupted by a stamp is split there.
"""

from __future__ import annotations

import re

from pipeline.normalize.dates import parse_date
from pipeline.normalize.doctypes import document_type_of
from pipeline.normalize.lexicon import lexicon
from pipeline.normalize.text import Line, split_lines
from pipeline.parse.model import (
    Block,
    ParsedDocument,
    ends_sentence,
    flag_cut_text,
    kept_text,
    line_end_hyphens,
)

PARSER = "cia_crest/1"
COLLECTION = "CIA Records Search Tool (CREST), CIA Reading Room"
URL = re.compile(r"cia\.gov/readingroom/")
LABELS = {
    "document type": "document_type", "collection": "collection", "document number (foia) /esdn (crest)": "record_id",
    "release decision": "release_decision", "original classification": "classification",
    "document page count": "page_count", "document creation date": "created", "document release date": "released",
    "sequence number": "sequence", "case number": "case", "publication date": "published",
    "content type": "content_type", "file": "file", "body": "body",
}
_TABLE_ROW = re.compile(r"^(?:[^|]*\|)+\s*$|^-{3}\|")
_STAMP_WORDS = (
    r"approved\s+for\s+release|document\s+no\b|change\s+in\s+class|ghange|reviewer|declassified|class\.\s+changed|"
    r"rdp\d{2}|^\W*[a-z0-9]{0,3}\W*$|auth:\s*hr|next\s+review"
)
_STAMP = re.compile(_STAMP_WORDS, re.IGNORECASE)
_STAMP_LOWERED = re.compile(_STAMP_WORDS)  # for an ASCII line in lower case: the same test, without case folding
_WORD = re.compile(r"[\"“(]?[A-Za-z][a-z'’]+[,.;:)”\"]?")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]*[,.:]?")
_BRIEFING = re.compile(r"^NSC BRIEFING\b")
_TITLED_BRIEFING = re.compile(r"^(?:(?P<dci>DCI)\s+)?BRIEFING\s+(?:FOR|AT|TO)\b.*\bNSC\b")
# The classification printed at the head and foot of each page ("SECRET", "TOP SECRET NOFORN"): a mark, not the text.
_CLASSIFICATION_LINE = re.compile(
    r"^\W*(?:top secret|secret|confidential|restricted|unclassified)(?:[\s/-]+(?:noforn|no foreign dissem|sensitive|eyes only|codeword))*\W*$",
    re.IGNORECASE,
)


def looks_like(text: str) -> bool:
    head = text[:3000]
    return "(CREST):" in head and re.search(r"^Body:\s*$", text, re.MULTILINE) is not None


def parse(text: str, offset: int) -> ParsedDocument:
    doc = ParsedDocument(parser=PARSER, source_type="archival_record", collection=COLLECTION)
    lines = [ln for ln in split_lines(text[offset:], offset) if not ln.blank]
    title, fields, body = _read_metadata(lines)
    doc.blocks = [Block("title", title.start, title.end, title.text, section_type="header")] if title else []
    doc.title, doc.title_block = (title.text, 0) if title else (None, None)
    _apply_fields(doc, fields)
    doc.blocks += _read_body(text, body)
    if title is None:
        _head_title(doc, body, text)
    if doc.document_date is None:
        _date_from_head(doc, body)
    _read_briefing(doc)
    _read_periodical(doc)
    flag_cut_text(doc)
    return doc


def _label(line: Line) -> str | None:
    return LABELS.get(line.text[:-1].strip().lower()) if line.text.endswith(":") else None


def _read_metadata(lines: list[Line]) -> tuple[Line | None, dict[str, str], list[Line]]:
    """Title line, label -> value (empty labels left out), and the body lines after 'Body:' (all the lines
    after the title on a capture of the scanned text alone, with no metadata block)."""
    title = lines[0] if lines and _label(lines[0]) is None and not _is_stamp(lines[0].text) else None  # a scan opening on its
    # release stamp ("Approved For Release 2002/06/18 : CIA-RDP86T00608R000600170021-7") is titled in its head (``_head_title``)
    fields: dict[str, str] = {}
    rest = lines[1:] if title else lines
    for i, line in enumerate(rest):
        name = _label(line)
        if name == "body":
            return title, fields, rest[i + 1:]
        following = rest[i + 1] if i + 1 < len(rest) else None
        if name and following and _label(following) is None and not _TABLE_ROW.match(following.text):
            fields[name] = following.text
    return title, fields, [] if any(map(_label, rest)) else rest


def _apply_fields(doc: ParsedDocument, fields: dict[str, str]) -> None:
    doc.record_id = fields.get("record_id")
    if decision := fields.get("release_decision"):
        doc.rights = f"Release Decision: {decision}"  # RIFPUB, RIPPUB: released in full / in part, public
    doc.citation_text = f"CREST {doc.record_id}" if doc.record_id else None
    if (published := fields.get("published")) and (parsed := parse_date(published)):
        doc.document_date, doc.document_date_precision = parsed
        doc.document_date_text = published
    content = fields.get("content_type", "").lower()
    doc.document_type = document_type_of(content)
    if doc.document_type == "other" and doc.title:
        doc.document_type = document_type_of(doc.title)  # a content type of the reading room's own ("MFR"): the title's kind


_HEAD_LINES = 16  # the stamps, the classification, the agency and its office, the date, the kind, the title


def _head_title(doc: ParsedDocument, body: list[Line], page: str) -> None:
    """A scan with no title line of the reading room's: the line under the paper's own kind in its head ("INTELLIGENCE
    MEMORANDUM" over "Angola: The Situation on the Eve of Independence"), that is no stamp, classification or date and
    ends no sentence; its block becomes the title's."""
    head = body[:_HEAD_LINES]
    kind_at = next((i for i, ln in enumerate(head) if _is_heading(ln.text) and document_type_of(ln.text) != "other"), None)
    if kind_at is None:
        return
    for line in head[kind_at + 1:]:
        text = line.text.strip()
        if _CLASSIFICATION_LINE.match(text) or _is_stamp(text) or parse_date(text.strip(" .")):
            continue
        if ends_sentence(text) or len(text) > 120 or text[:1].isdigit():
            return  # the text has begun ("1. Fighting around Luanda in-"): no title under the kind
        doc.title = text
        doc.document_type = doc.document_type if doc.document_type != "other" else document_type_of(head[kind_at].text)
        for index, block in enumerate(doc.blocks):
            if block.start != line.start:
                continue
            if block.end > line.end:  # the title run on into the text's first paragraph: a block of its own
                rest = next(i for i, ln in enumerate(body) if ln.start == line.start) + 1
                if rest < len(body):
                    start = body[rest].start
                    cuts = line_end_hyphens(page, start, block.end)
                    doc.blocks.insert(index + 1, Block("paragraph", start, block.end, kept_text(page, start, block.end, cuts), cuts=cuts))
                    block.end, block.text, block.cuts = line.end, line.text, []
            if block.text.strip() == text:
                block.passage_type, block.section_type = "title", "header"
                doc.title_block = index
        return


def _date_from_head(doc: ParsedDocument, body: list[Line]) -> None:
    """With no Publication Date field: a line of the scan's head that is a date alone ("3 March 1967")."""
    for line in body[:12]:
        if len(line.text) <= 20 and any(c.isdigit() for c in line.text) and (parsed := parse_date(line.text.strip(" ."))):
            doc.document_date, doc.document_date_precision = parsed
            doc.document_date_text = line.text
            return


def _read_body(text: str, body: list[Line]) -> list[Block]:
    """OCR lines joined into paragraphs; stamps (a stamp line and the noise after it) on their own."""
    blocks: list[Block] = []
    paragraph: list[Line] = []
    median = _median_length(body)
    in_stamp = False
    for line in body:
        if _CLASSIFICATION_LINE.match(line.text):
            _close(text, paragraph, blocks)
            blocks.append(Block("stamp", line.start, line.end, line.text, section_type="header"))
            in_stamp = False
            continue
        heading = _is_heading(line.text)
        in_stamp = _is_stamp(line.text) or in_stamp and not _is_prose(line.text) and not heading
        if in_stamp or heading or _BRIEFING.match(line.text):
            _close(text, paragraph, blocks)
            kind = "stamp" if in_stamp else "header" if _BRIEFING.match(line.text) else "heading"
            blocks.append(Block(kind, line.start, line.end, line.text, section_type="body" if kind == "heading" else "header"))
            continue
        paragraph.append(line)
        if ends_sentence(line.text) and len(line.text) < 0.75 * median:
            _close(text, paragraph, blocks)
    _close(text, paragraph, blocks)
    return blocks


def _is_stamp(text: str) -> bool:
    return _has_stamp_words(text) and not _is_prose(text)


def _has_stamp_words(text: str) -> bool:
    """The stamp's words in any case. Most OCR lines are ASCII: lowered first, they are searched
    without the regex's case folding, which costs more than the search itself."""
    if text.isascii():
        return _STAMP_LOWERED.search(text.lower()) is not None
    return _STAMP.search(text) is not None


def _is_prose(text: str) -> bool:
    """Mostly ordinary lowercase words: the OCR'd text, not stamp noise ('0 fo', 'LY', '9R00890A…')."""
    words = text.split()
    plain = [w for w in words if _WORD.fullmatch(w)]
    return len(plain) >= 4 and len(plain) >= 0.6 * len(words)


def _is_heading(text: str) -> bool:
    """An upper-case line of real words ('CURRENT COMMUNIST POSITION ON A KOREAN ARMISTICE')."""
    words = text.split()
    return len(words) >= 2 and all(_CAPS_WORD.fullmatch(w) for w in words) and sum(len(w) >= 4 for w in words) >= 2


def _close(text: str, paragraph: list[Line], blocks: list[Block]) -> None:
    """The lines gathered so far become one paragraph; a word hyphenated across lines is joined."""
    if not paragraph:
        return
    start, end = paragraph[0].start, paragraph[-1].end
    cuts = line_end_hyphens(text, start, end)
    blocks.append(Block("paragraph", start, end, kept_text(text, start, end, cuts), cuts=cuts))
    paragraph.clear()


def _median_length(lines: list[Line]) -> float:
    lengths = sorted(len(ln.text) for ln in lines)
    return lengths[len(lengths) // 2] if lengths else 0.0


_PERIODICALS = {title.casefold(): sender for title, sender in (lexicon("en").get("agency_periodicals") or {}).items()}


def _read_periodical(doc: ParsedDocument) -> None:
    """A periodical of the Agency's own ("CURRENT INTELLIGENCE WEEKLY SUMMARY"): the Agency is its sender."""
    title = (doc.title or "").casefold()
    sender = next((s for opening, s in _PERIODICALS.items() if title.startswith(opening)), None)
    if sender is not None and not doc.sender_names:
        doc.sender_names = [sender]


def _read_briefing(doc: ParsedDocument) -> None:
    """'NSC BRIEFING 1 July 1953' opening the body: a briefing for the National Security Council. A title of the
    Director's series ("DCI BRIEFING FOR 27 JUNE NSC MEETING ANGOLA") says so too, and names the Director its giver."""
    if doc.title and (m := _TITLED_BRIEFING.match(doc.title)):
        doc.document_type = "briefing"
        doc.recipient_names = ["National Security Council"]
        doc.sender_names = doc.sender_names or (["Director of Central Intelligence"] if m["dci"] else [])
    first = next((b for b in doc.blocks if _BRIEFING.match(b.text)), None)
    if first is None:
        return
    doc.document_type = "briefing"
    doc.recipient_names = ["National Security Council"]
    if doc.document_date is None and (parsed := parse_date(first.text)):
        doc.document_date, doc.document_date_precision = parsed
        doc.document_date_text = first.text[len("NSC BRIEFING"):].strip()
