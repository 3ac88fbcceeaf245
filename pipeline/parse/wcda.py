"""Wilson Center Digital Archive records.

The archive's export opens with the date and title on one line, then labelled
blocks (``Citation:``, ``Summary:``, ``Credits:``, ``Original Language:``,
``Contents:``) and the text: the original-language transcript first, the
English translation after, each opened by an archive elision mark ``[...]``.
The site page variant opens with "Skip to content", puts the date and title
on their own lines, and closes with a ``Document Information`` block
(Source, Rights, Original Uploaded Date, Type, Language, Record ID).

Quirks: the English translation of a Soviet cable carries a header (directorate,
cable number, copies, "from [BEIJING] received 1500 13 July 1951", a stamp,
the series) and a trailer (deciphered, printed, copies, verified) that the
transcript lacks; the addressee line and the salutation may share one line
("to Cde. FILIPPOV Cde. Filippov!"); list items lose their dash at random; a
page break splits a paragraph with a blank line.
"""

from __future__ import annotations

import re

from pipeline.normalize.dates import parse_date
from pipeline.normalize.language import detect_language, language_name_to_code
from pipeline.normalize.names import canonical_name
from pipeline.normalize.text import Line, normalize_space, split_lines
from pipeline.parse.citation import parse_citations
from pipeline.parse.model import (
    Block,
    ParsedDocument,
    block_of_lines,
    ends_sentence,
    is_elision,
    is_list_item,
    starts_lowercase,
)

PARSER = "wcda/1"
LABELS = {
    "citation": "citation",
    "summary": "summary",
    "credits": "credits",
    "original language": "original_language",
    "contents": "contents",
    "author(s)": "authors",
    "document information": "document_information",
    "source": "source",
    "rights": "rights",
    "original uploaded date": "uploaded",
    "type": "type",
    "language": "language",
    "record id": "record_id",
    "subjects discussed": "subjects",
    "associated people & organizations": "people",
    "associated places": "places",
    "keywords": "keywords",
}
_LEADING_DATE = re.compile(
    r"^(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2},)?\s+\d{4}|\d{4})\s+(?P<title>\S.*)$"
)
_DATE_LINE = re.compile(
    r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},)?\s+\d{4}|\d{4})$"
)
_TITLE_PARTS = re.compile(
    r"^(?P<type>[^,]*?)(?:\s+(?:No\.|Nº|#)\s*(?P<number>[\w/-]+))?(?:\s+from\s+(?P<from>[^,]+))?,\s*"
    r"(?P<sender>.+?)\s+to\s+(?P<recipient>.+?)(?:,\s*(?:for|via)\s+(?P<final>.+))?$"
)
_TYPES = (
    ("ciphered telegram", "telegram"),
    ("telegram", "telegram"),
    ("cable", "cable"),
    ("letter", "letter"),
    ("memorandum of conversation", "record_of_conversation"),
    ("record of conversation", "record_of_conversation"),
    ("conversation", "record_of_conversation"),
    ("minutes", "minutes"),
    ("memorandum", "memorandum"),
    ("report", "report"),
    ("resolution", "resolution"),
    ("briefing", "briefing"),
)
_RECORD_URL = re.compile(r"https?://\S*?(?:digitalarchive\.wilsoncenter\.org|wilson-center-digital-archive\.\S+?)/(?:document|node)/(?P<id>[\w-]+)")
_HEADER = re.compile(
    r"^(?:\[?Stamp|Copy\b|Copies\b|from\s|From\s|SERIES|Series|to\s+(?:Cde\.|Comrade)|TO\s|CABLE|CIPHERED|TOP PRIORITY|SPECIAL|"
    r"SECRET|Top Secret|No\.\s*\d|Nº|Incoming|Outgoing|Received|Transmit|For Comrade|BEIJING|MOSCOW|PYONGYANG)",
)
_TRAILER = re.compile(
    r"^(?:Deciphered|Printed|Typed|Verified|Copies? No|\w+ copies printed|Four copies|Three copies|Two copies|COLONEL|"
    r"Confirm receipt|Telegraph the fulfillment|Dispatched|Sent|No\.\s*\d+/|\(?\[?signature)",
    re.IGNORECASE,
)
_STAMP = re.compile(r"^\[Stamp", re.IGNORECASE)
_SALUTATION_SPLIT = re.compile(r"^(?P<address>to\s+(?:Cde\.|Comrade)\s+[A-ZА-Я][A-ZА-Я .\[\]]+?)\s+(?P<salutation>(?:Cde\.|Comrade|Dear)\s+[^!]+!)$")
_SALUTATION = re.compile(r"^(?:(?:To\s+)?(?:Cde\.|Comrade|Товарищу?|Тов\.|Dear|Уважаемый)\s*[^.!:]{0,60}[!:.]|[^.!:]{1,40}!)\s*[\"“]?$")


def looks_like(text: str) -> bool:
    head = text[:4000]
    return ("Digital Archive" in head or "digitalarchive.wilsoncenter" in head or "wilson-center-digital-archive" in head) and (
        re.search(r"^(?:Citation|Summary|Document Information|Original Language)\s*:?\s*$", text, re.MULTILINE) is not None
    )


def parse(text: str, offset: int) -> ParsedDocument:
    doc = ParsedDocument(parser=PARSER, source_type="archival_record", collection="Wilson Center Digital Archive")
    lines = [ln for ln in split_lines(text[offset:], offset) if not ln.blank and ln.text != "Skip to content"]
    title_lines = _read_title(doc, lines)
    fields, body = _read_fields([ln for ln in lines if ln not in title_lines])
    _read_metadata(doc, fields)
    doc.blocks = _title_blocks(text, title_lines, doc) + _contents_elision(fields) + _read_text(text, body)
    _assign_sections(doc)
    doc.sent_from = doc.sent_from or _sent_from(doc.blocks)
    return doc


def _read_fields(lines: list[Line]) -> tuple[dict[str, list[Line]], list[Line]]:
    """Labelled fields and the lines of the record's text.

    A label stands alone on its line (with or without a colon); its value runs
    to the next label. The text starts after the ``Contents`` value line, or is
    whatever is not a field when there is no ``Contents`` label.
    """
    fields: dict[str, list[Line]] = {}
    body: list[Line] = []
    current: str | None = None
    for line in lines:
        label = LABELS.get(line.text.rstrip(":").strip().lower())
        if label and (line.text.endswith(":") or label in _BARE_LABELS):
            current = label
            fields.setdefault(label, [])
            continue
        if current == "contents" and fields["contents"]:
            current = None
        if current is None or (current == "document_information"):
            body.append(line)
        else:
            fields[current].append(line)
            if current in _ONE_LINE_FIELDS:
                current = None
    return fields, body


_BARE_LABELS = {"document_information", "source", "rights", "uploaded", "type", "language", "record_id", "authors", "summary", "citation"}
_ONE_LINE_FIELDS = {"original_language", "contents", "uploaded", "type", "record_id", "language"}


def _read_title(doc: ParsedDocument, lines: list[Line]) -> list[Line]:
    """Reads the date and title at the top of the record; returns the lines they took."""
    taken: list[Line] = []
    first = lines[0] if lines else None
    if first is not None and (m := _LEADING_DATE.match(first.text)):
        doc.title, doc.document_date_text = m["title"], m["date"]
        taken = [first]
    else:
        date_line = next((ln for ln in lines[:4] if _DATE_LINE.match(ln.text)), None)
        if date_line is not None:
            doc.document_date_text = date_line.text
            position = lines.index(date_line)
            taken = lines[position: position + 2]
            doc.title = taken[1].text if len(taken) > 1 and not LABELS.get(taken[1].text.rstrip(":").lower()) else None
            taken = taken if doc.title else taken[:1]
    if doc.document_date_text and (parsed := parse_date(doc.document_date_text)):
        doc.document_date, doc.document_date_precision = parsed
    if doc.title:
        _read_title_parts(doc, doc.title)
    return taken


def _read_title_parts(doc: ParsedDocument, title: str) -> None:
    lowered = title.lower()
    doc.document_type = next((kind for word, kind in _TYPES if word in lowered), "other")
    if m := _TITLE_PARTS.match(title):
        doc.sender_names = [canonical_name(m["sender"])]
        doc.recipient_names = [canonical_name(m["final"] or m["recipient"])]
        if m["from"]:
            doc.sent_from = canonical_name(m["from"])


def _value(fields: dict[str, list[Line]], name: str) -> str | None:
    lines = fields.get(name)
    return normalize_space(" ".join(ln.text for ln in lines)) if lines else None


def _read_metadata(doc: ParsedDocument, fields: dict[str, list[Line]]) -> None:
    citation = _value(fields, "citation")
    source = _value(fields, "source")
    doc.citation_text = citation or source
    doc.citations = parse_citations(" ".join(filter(None, (citation, source))))
    doc.summary = _value(fields, "summary")
    doc.rights = _value(fields, "credits") or _value(fields, "rights")
    language = _value(fields, "original_language") or _value(fields, "language")
    doc.original_language = language_name_to_code(language) if language else None
    doc.record_id = _value(fields, "record_id")
    if citation:
        if m := re.search(r"Translated (?:by|for \S+ by)\s+(?P<who>[^.]+?)\.", citation):
            doc.translator = m["who"].strip()
        if m := _RECORD_URL.search(citation):
            doc.url = m.group().rstrip(".")
            doc.record_id = doc.record_id or (m["id"] if m["id"].isdigit() else None)
    if doc.document_type == "other" and (kind := _value(fields, "type")):
        doc.document_type = next((k for word, k in _TYPES if word in kind.lower()), "other")


def _title_blocks(text: str, title_lines: list[Line], doc: ParsedDocument) -> list[Block]:
    """The date and title as one title passage: the document's own event cites it."""
    if not doc.title:
        return []
    doc.title_block = 0
    return [block_of_lines(text, title_lines, "title", section_type="header")]


def _contents_elision(fields: dict[str, list[Line]]) -> list[Block]:
    """An elision mark the export glues to the Contents line ("Translation - English [...]")."""
    line = (fields.get("contents") or [None])[-1]
    if line is None:
        return []
    last = line.text.split()[-1]
    if not is_elision(last):
        return []
    return [Block("elision", line.end - len(last), line.end, last)]


def _sent_from(blocks: list[Block]) -> str | None:
    for block in blocks:
        if block.section_type == "header" and (m := re.search(r"\b[Ff]rom\s+\[?(?P<place>[A-Z][A-Za-z]+)\]?", block.text)):
            return canonical_name(m["place"])
    return None


def _read_text(text: str, body: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    for line in body:
        content = line.text
        if blocks and _continues(blocks[-1], content):
            blocks[-1].end = line.end
            blocks[-1].text = normalize_space(text[blocks[-1].start:line.end])
            continue
        if m := _SALUTATION_SPLIT.match(content):
            split = line.start + m.start("salutation")
            blocks.append(Block("header", line.start, line.start + len(m["address"]), m["address"]))
            blocks.append(Block("salutation", split, line.end, m["salutation"]))
            continue
        blocks.append(block_of_lines(text, [line], _kind(content)))
    return blocks


def _continues(previous: Block, content: str) -> bool:
    """A paragraph split by a page break: long prose that stops mid-sentence, resumed in lowercase."""
    return (
        previous.passage_type in ("paragraph", "list_item")
        and len(previous.text) >= 80
        and not _is_header_line(previous.text)
        and not _HEADER.match(content)
        and not ends_sentence(previous.text)
        and starts_lowercase(content)
        and not is_list_item(content)
    )


def _kind(content: str) -> str:
    if is_elision(content):
        return "elision"
    if _STAMP.match(content):
        return "stamp"
    if is_list_item(content):
        return "list_item"
    return "paragraph"


def _assign_sections(doc: ParsedDocument) -> None:
    """Languages, then sections: original text, translation, and the cable's header and trailer."""
    for block in doc.blocks:
        block.language = detect_language(block.text)
    languages = [b.language for b in doc.blocks if b.language and b.passage_type != "title"]
    bilingual = len(set(languages)) > 1
    original = doc.original_language or (languages[0] if languages else None)
    runs = _language_runs(doc.blocks)
    for run in runs:
        _mark_header_and_trailer(run)
        for block in run:
            if block.section_type in ("header", "trailer"):
                continue
            if not bilingual:
                block.section_type = "body"
            else:
                block.section_type = "original" if block.language == original else "translation"
    _mark_signatures(doc.blocks)
    _place_elisions(doc.blocks)


def _place_elisions(blocks: list[Block]) -> None:
    """An elision mark opens (or closes) the part it stands in: it takes the section of its neighbour."""
    for i, block in enumerate(blocks):
        if block.passage_type != "elision":
            continue
        neighbours = [b for b in blocks[i + 1:] if b.passage_type != "elision"][:1] or [b for b in reversed(blocks[:i]) if b.passage_type != "elision"][:1]
        if neighbours:
            side = neighbours[0]
            block.section_type = "translation" if side.section_type in ("header", "trailer") and _is_bilingual(blocks) else side.section_type
            block.section_type = "body" if block.section_type in ("header", "trailer") else block.section_type


def _is_bilingual(blocks: list[Block]) -> bool:
    return len({b.language for b in blocks if b.language and b.passage_type != "title"}) > 1


def _language_runs(blocks: list[Block]) -> list[list[Block]]:
    """Consecutive blocks of one language (blocks without words join the run they sit in)."""
    runs: list[list[Block]] = []
    language = None
    for block in blocks:
        if block.passage_type == "title":
            continue
        if block.language and block.language != language and not _is_name_line(block):
            runs.append([])
            language = block.language
        if not runs:
            runs.append([])
        runs[-1].append(block)
    return runs


def _is_name_line(block: Block) -> bool:
    words = block.text.split()
    return len(words) <= 3 and block.text.isupper() and bool(runs_language_neutral(block.text))


def runs_language_neutral(text: str) -> bool:
    return not any(c.islower() for c in text)


def _mark_header_and_trailer(run: list[Block]) -> None:
    """Header lines open a run until its first salutation or paragraph; trailer lines close it."""
    for block in run:
        if block.passage_type == "elision":
            continue
        if block.passage_type in ("salutation", "paragraph", "list_item") and not _is_header_line(block.text):
            break
        if block.passage_type == "salutation":
            break
        block.section_type = "header"
        if block.passage_type == "paragraph":
            block.passage_type = "header"
    for block in reversed(run):
        if block.passage_type == "elision":
            continue
        if not _TRAILER.match(block.text):
            break
        block.section_type = "trailer"
        block.passage_type = "trailer"


def _is_header_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / max(1, len(letters))
    return bool(_HEADER.match(text)) or (upper > 0.6 and len(text) < 120)


def _mark_signatures(blocks: list[Block]) -> None:
    for block in blocks:
        if block.passage_type != "paragraph":
            continue
        if _SALUTATION.match(block.text) and len(block.text) < 60:
            block.passage_type = "salutation"
        elif len(block.text.split()) <= 4 and runs_language_neutral(block.text) and not ends_sentence(block.text):
            block.passage_type = "signature"
