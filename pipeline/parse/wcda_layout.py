"""The page layouts of Wilson Center Digital Archive records, read into one shape.

The same record reaches us in several captures, and each puts the same parts
(date, title, citation, summary, credits, original language, text, document
information) in a different place:

- export: "July 13, 1951 Cable No. ..." on the first line, then ``Citation:``,
  ``Summary:``, ``Credits:``, ``Original Language:``, ``Contents:`` labels;
- site page: "Skip to content", the date and the title on their own lines, the
  text, the summary as the line just before ``Author(s):`` (after the text),
  then a ``Document Information`` block that may be cut off anywhere, whose
  ``Language`` value may be empty and whose ``Source`` label may be missing;
- bare page: only the date line and the title line above the text;
- old site: "Search in / Digital Archive International History Declassified",
  the date, a "• Citation / get citation" bullet holding the summary and then
  the quoted citation string, "• share document", "English HTML";
- new site: the title in capitals, "CITATION SHARE DOWNLOAD-", the summary run
  into the citation with no separator (``…North Korea"Cable, …``), "- Share /
  - Download / VIEW DOCUMENT IN / English HTML", each language's text
  flattened onto one line behind a marker such as "RUSSIAN (TRANSCRIPTION) HTML";
- docslib PDF rendering: the docslib title, "Total Page:16 / File Type:pdf",
  and then everything (``Citation: … Summary: … Original Language: …
  Contents: …`` and the text) run together on one line.

``read_layout`` turns any of them into labelled field lines, the title lines
and the body lines, all as ``Line`` spans of the seed so offsets stay exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter

from pipeline.normalize.dates import iter_dates
from pipeline.normalize.lexicon import alphabet, letters
from pipeline.normalize.text import Line, normalize_space
from pipeline.parse.model import wrap_width, wrapped_onto

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
    "associated topics": "topics",
    "original archive": "original_archive",
    "donors": "donors",
    "funders": "donors",
    "related documents": "related",
}
_LONGEST_LABEL = max(map(len, LABELS))
BARE_LABELS = {
    "document_information", "source", "rights", "uploaded", "type", "language", "record_id", "authors", "summary", "citation",
    "people", "places", "topics", "original_archive", "donors", "related", "subjects", "keywords",
}
ONE_LINE_FIELDS = {"original_language", "contents", "uploaded", "type", "record_id", "language"}
MONTH = r"(?i:January|February|March|April|May|June|July|August|September|October|November|December)"  # "MARCH 9, 1960": a site may print the date line in capitals
DATE = rf"(?:(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}},)?\s+\d{{4}})"  # "October 19, 1956", "19 October 1956", "October 1956"
CIRCA = r"(?:(?:c|ca|circa)\.?\s+)?"
LEADING_DATE = re.compile(rf"^(?P<date>{CIRCA}(?:{DATE}|\d{{4}}))\s+(?P<title>\S.*)$")
DATE_LINE = re.compile(rf"^{CIRCA}(?:{DATE}|\d{{4}})$")
FURNITURE = re.compile(
    r"^(?:skip to content|search in|digital archive international history declassified|get citation|•?\s*share document|"
    r"citation share download-?|-\s*share|-\s*download|view document in|total page:\s*\d+|file type:.*)$",
    re.IGNORECASE,
)
FURNITURE_PREFIX = re.compile(r"Digital Archive\s+(?:digitalarchive\.wilsoncenter\.org\s+)?International History Declassified\s+")
MARKER = re.compile(
    r"^(?P<language>[A-Za-z]+)(?:\s*\((?P<kind>[A-Za-z ]+)\))?(?:\s+(?:Scan|Original|Transcription|Translation))?\s+(?:HTML|PDF)$",
    re.IGNORECASE,
)
INLINE_LABEL = re.compile(r"(?<!\S)(?P<label>Citation|Summary|Credits|Original Language|Contents):(?=\s)")
_MARKER_ENDS = ("html", "pdf")  # how every MARKER line ends: no other line is matched against it
CONTENTS_VALUE = re.compile(
    r"^(?:(?:(?:Transcript|Translation|Transcription|Original)\s*-\s*[A-Z][a-z]+\s*)+"
    r"|(?:[A-Z][a-z]+\s+(?:Translation|Transcription|Transcript|Original)\s*)+)"
)
CREDITS_LINE = re.compile(r"^This document was made possible with support from\b")
TRAILING_SHARE = re.compile(r"\s+-\s+Share$")
_NOT_LOWER = letters(alphabet(), but=True)
ALL_CAPS_TITLE = re.compile(rf"^{_NOT_LOWER}*[A-Z]{{2,}}(?:{_NOT_LOWER}*\s){{2,}}{_NOT_LOWER}*$")


@dataclass
class Layout:
    """A record's parts as spans of the seed."""

    fields: dict[str, list[Line]] = field(default_factory=dict)
    title_lines: list[Line] = field(default_factory=list)
    date_text: str | None = None
    page_title: str | None = None
    body: list[Line] = field(default_factory=list)
    markers: list[tuple[str, str | None]] = field(default_factory=list)
    flattened: bool = False  # each language's text run onto one line (new site, docslib), to be cut apart


def sub_line(text: str, line: Line, start: int, end: int) -> Line | None:
    """The part ``text[start:end]`` of a line, whitespace trimmed, or None when it is empty."""
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    trimmed = raw.strip()
    if not trimmed:
        return None
    return Line(normalize_space(trimmed), start + lead, start + lead + len(trimmed), line.number)


def explode_line(text: str, line: Line) -> list[Line]:
    """A docslib line holding several ``Label:`` fields and the text, cut into label and value lines."""
    if line.text.count(":") < 2:
        return [line]
    labels = list(INLINE_LABEL.finditer(text, line.start, line.end))
    if len({m["label"] for m in labels}) < 2:
        return [line]
    pieces: list[Line | None] = []
    start = line.start
    for m in labels:
        pieces.append(sub_line(text, line, start, m.start()))
        pieces.append(Line(m.group(), m.start(), m.end(), line.number))
        start = m.end()
    pieces.append(sub_line(text, line, start, line.end))
    return [p for p in pieces if p]


def split_contents(text: str, line: Line) -> list[Line]:
    """``Contents`` value: "Transcript - Russian Translation - English [...]" / "English Translation COUNCIL ...".

    The descriptor stays the field's value; whatever follows it on the line
    (an elision mark, or the text itself when the page is flattened) is text.
    """
    raw = text[line.start:line.end]
    m = CONTENTS_VALUE.match(raw)
    if not m or m.end() >= len(raw.rstrip()):
        return [line]
    head = sub_line(text, line, line.start, line.start + m.end())
    rest = sub_line(text, line, line.start + m.end(), line.end)
    return [p for p in (head, rest) if p]


def clean_lines(text: str, lines: list[Line]) -> tuple[list[Line], str | None]:
    """Site furniture dropped, flattened lines exploded; says how the text may be flattened.

    "pdf": a docslib rendering, every line is a run of flattened text;
    "new_site": each language's text may sit on one line.
    """
    # Lowering never shortens a text (one capital, U+0130, lengthens it): only the lines as long as the words are lowered.
    lengths = list(map(len, map(itemgetter(0), lines)))  # the lines' lengths, told without a Python step per line
    flattened = "new_site" if 16 in lengths and any(len(ln.text) == 16 and ln.text.lower() == "view document in" for ln in lines) else None
    docslib = next((i for i, ln in enumerate(lines) if ln.text[:11].lower() == "total page:"), None)
    if docslib is not None:
        lines, flattened = lines[docslib + 1:], "pdf"
    out: list[Line] = []
    for line in lines:
        if line.text.startswith("Digital") and (cut := FURNITURE_PREFIX.match(text, line.start, line.end)):  # its first word
            line = sub_line(text, line, cut.end(), line.end)
        if line is None or FURNITURE.match(line.text):
            continue
        if text.endswith("Share", line.start, line.end) and (m := TRAILING_SHARE.search(text, line.start, line.end)) and m.end() == line.end:
            line = sub_line(text, line, line.start, m.start())
        if line.text.startswith("• "):
            line = sub_line(text, line, line.start + 1, line.end) or line
        if line.text.count(":") < 2:  # explode_line's own first test, without the call and its list
            out.append(line)
            continue
        pieces = explode_line(text, line)
        flattened = "pdf" if len(pieces) > 1 else flattened
        out.extend(pieces)
    return out, flattened


def label_of(line: Line) -> str | None:
    key = line.text.rstrip(":").strip()
    if len(key) > _LONGEST_LABEL:
        return None  # a line of text: lowering never shortens it to a label
    label = LABELS.get(key.lower())
    if label and (line.text.endswith(":") or label in BARE_LABELS):
        return label
    return None


def read_title(lines: list[Line], layout: Layout) -> list[Line]:
    """The date and the page title at the top (one line, two lines, or a title in capitals); the rest."""
    head = lines[:4]
    if head and (m := LEADING_DATE.match(head[0].text)) and not label_of(head[0]):
        layout.date_text, layout.page_title, layout.title_lines = m["date"], m["title"], [head[0]]
        return lines[1:]
    date_line = next((ln for ln in head if DATE_LINE.match(ln.text)), None)
    if date_line is not None:
        at = lines.index(date_line)
        layout.date_text = date_line.text
        if at == 1 and _looks_like_title(lines[0].text) and not label_of(lines[0]) and not MARKER.match(lines[0].text):
            # the record's title over the date line ("Record of Conversation between ..." / "December 4, 1981"), the
            # paper's letterhead under it ("Embassy of the Socialist Republic of Viet Nam, Antananarivo"): the title
            layout.page_title, layout.title_lines = lines[0].text, [lines[0], date_line]
            return lines[2:]
        after = lines[at + 1] if at + 1 < len(lines) else None
        if after is not None and not label_of(after) and not MARKER.match(after.text) and _looks_like_title(after.text, at == 0):
            title = [after, *wrapped_on(after, lines[at + 2:at + 4], lines)]
            layout.page_title, layout.title_lines = " ".join(ln.text for ln in title), [date_line, *title]
            return lines[:at] + lines[at + 1 + len(title):]
        return lines[:at] + lines[at + 1:]
    if head and ALL_CAPS_TITLE.match(head[0].text) and ("," in head[0].text or _opens_citation(head[1:2])):
        layout.page_title, layout.title_lines = head[0].text, [head[0]]
        return lines[1:]
    return lines


def wrapped_on(first: Line, following: list[Line], page: list[Line]) -> list[Line]:
    """The lines a title wrapped onto on a page wrapped at a width (``page``'s lines tell it): each next line whose
    first word would not have fitted, while the title stops mid-phrase and the next line is no label, heading in
    capitals or credit line. The width is read only for a title that may go on onto the very next line."""
    taken, last, width = [], first, _UNREAD
    for line in following:
        if line.number != last.number + 1 or last.text.endswith((".", ":", "!", "?")) or _closes_with_date(last.text):
            break
        if width is _UNREAD:
            width = wrap_width(page)
        if not wrapped_onto(last, line, width):
            break
        if label_of(line) or MARKER.match(line.text) or CREDITS_LINE.match(line.text) or line.text.isupper():
            break
        taken.append(line)
        last = line
    return taken


_UNREAD = object()


def _closes_with_date(text: str) -> bool:
    """A title that closes with its date ("... held on 5 September 1989") is complete."""
    return any(d.year_written and d.end >= len(text.rstrip()) - 1 for d in iter_dates(text))


def _opens_citation(lines: list[Line]) -> bool:
    return bool(lines) and label_of(lines[0]) == "citation"


def _looks_like_title(text: str, right_under_the_date: bool = False) -> bool:
    """"Cable No. 21756, Mao Zedong to ...", "Letter from Kim Il Sung to ...", "Record of Conversation between ...".

    The line right under a page's opening date line is its title whatever its
    words ("Report on the Situation in Korea"), unless it reads as a sentence.
    """
    if len(text) >= 300 or text.endswith((".", ":", "!")) or text.startswith(("[", "•")) or CREDITS_LINE.match(text):
        return False  # a sentence, a bullet, or the site's credit line ("This document was made possible ...")
    if right_under_the_date and len(text) < 200:
        return True
    return bool(
        ("," in text and re.search(r"\b(?:to|with|of)\b", text, re.IGNORECASE))
        or re.search(r"\bfrom\b.+\bto\b|^(?:Record|Memorandum|Minutes) of (?:a |the )?(?:Conversation|Meeting|Session)\b", text)
    )


def read_fields(text: str, lines: list[Line], layout: Layout) -> None:
    """Labelled fields and the text lines.

    A label stands alone on its line (with or without a colon); its value runs
    to the next label or language marker. Nothing after ``Document
    Information`` is text: a value with no label there is the Source
    citation. The line just before ``Author(s):`` is the summary on the site
    page, which prints it after the text.
    """
    fields, body = layout.fields, layout.body
    current: str | None = None
    for line in lines:
        label = label_of(line)
        if label:
            if _summary_before(label, fields, body):
                fields["summary"] = [body.pop()]
            current = label
            fields.setdefault(label, [])
            continue
        if (inline := _inline_field(text, line)) is not None:
            fields[inline[0]] = [inline[1]]  # "Original Language: Vietnamese" on one line closes the field before it
            current = None
            continue
        if line.text[-4:].lower().endswith(_MARKER_ENDS) and (m := MARKER.match(line.text)):
            layout.markers.append((m["language"].lower(), (m["kind"] or "").lower() or None))
            current = None
            continue
        if current is None and CREDITS_LINE.match(line.text):
            fields.setdefault("credits", []).append(line)
            continue
        if current == "contents":
            head, *rest = split_contents(text, line)
            fields["contents"].append(head)
            body.extend(rest)
            current = None
            continue
        if current == "document_information":
            current = "source"  # the Source label may be missing: the citation follows directly
            fields.setdefault("source", [])
        if current is None:
            body.append(line)
            continue
        fields[current].append(line)
        if current in ONE_LINE_FIELDS:
            current = None


def _inline_field(text: str, line: Line) -> tuple[str, Line] | None:
    """A one-line field and its value on the same line ("Original Language: Vietnamese")."""
    key, colon, value = line.text.partition(":")
    if colon and len(key) <= _LONGEST_LABEL and value.lstrip()[:1] in _QUOTES_OPENING \
            and LABELS.get(key.strip().lower()) == "citation":  # 'Citation: "Record of Conversation ...," July 14, 1960,
        sub = sub_line(text, line, text.index(":", line.start) + 1, line.end)  # History and Public Policy Program ...':
        return ("citation_on_label_line", sub) if sub is not None else None  # the site's citation string on its
        # label's line: read for the archive it cites (the page's own title lines name the document)
    if colon and LABELS.get(key.lower()) == "summary" and _reads_as_summary(value.strip()):
        sub = sub_line(text, line, text.index(":", line.start) + 1, line.end)  # "Summary: The East German ambassador
        return ("summary", sub) if sub is not None else None  # finds Bouterse defensive ...": the site's summary on its
        # label's line, the archive's words over the record, not its opening
    if not colon or len(value) > 40 or not value.strip():
        return None  # the cheap tests first: most lines have no colon, or run on past it
    label = LABELS.get(key.strip().lower())
    if label not in ONE_LINE_FIELDS:
        return None
    sub = sub_line(text, line, text.index(":", line.start) + 1, line.end)
    return (label, sub) if sub is not None else None


_QUOTES_OPENING = ("\"", "“", "«", "„")


def _summary_before(label: str, fields: dict[str, list[Line]], body: list[Line]) -> bool:
    """The site page prints the summary after the text: the line before ``Author(s):``, or, with that
    label cut away, the line between the closing elision mark and ``Document Information``."""
    if "summary" in fields or not body or _is_mark(body[-1].text):
        return False
    after_mark = len(body) > 1 and _is_mark(body[-2].text)
    if label == "authors":
        return after_mark or _reads_as_summary(body[-1].text)
    return label == "document_information" and after_mark


def _reads_as_summary(text: str) -> bool:
    """Prose of a sentence or more, not a signature or a closing line of the text."""
    letters = list(filter(str.isalpha, text))
    mostly_lower = sum(map(str.islower, letters)) > 0.6 * max(1, len(letters))
    return len(text) >= 60 and text.endswith(".") and mostly_lower and not text.startswith(("\"", "“", "«"))


def _summary_first(body: list[Line]) -> bool:
    """A site page may print the summary between the title and the text: before the text's opening elision mark,
    or before the document's own head (its heading, classification or sender's line: "RECORD OF A CONVERSATION",
    "SECRET!", "Embassy of the Polish People's Republic"), a short line that is no sentence. The text itself never
    opens on a paragraph of prose set above its own head."""
    if len(body) < 3 or not (_is_mark(body[1].text) or _is_head(body[1].text)):
        return False
    return _reads_as_summary(body[0].text) and not CREDITS_LINE.match(body[0].text)


def reads_as_summary(text: str) -> bool:
    """A site's summary by its shape (``_reads_as_summary``), for the readers of other layouts."""
    return _reads_as_summary(text)


def is_head_line(text: str) -> bool:
    """A document's head line (``_is_head``), for the readers of other layouts."""
    return bool(text) and _is_head(text)


def _is_head(text: str) -> bool:
    """A document's head line: short, and not a sentence or a salutation ("Dear Comrade Brezhnev,", "Chairman Mao:")."""
    return len(text) < 80 and not text.endswith((".", ",", ":", ";"))


# A line that opens on a label of a word or three ("Present:", "Those taking part:"): the text's, never the site's summary.
_LABELLED = re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*:")


def _is_mark(text: str) -> bool:
    return text.startswith("[") and text.endswith("]") and len(text) < 8


def _title_over_summary(rest: list[Line], layout: Layout) -> list[Line]:
    """A capture of a page without its date line: the record's title ("Letter from ... to ...") over the site's summary
    and the document's own head is the page title. A labelled line under the title ("Present: ...") is the text's own.
    (The same page without a summary is read by ``_undated_site_title``, once its particulars are.)"""
    if layout.page_title is None and rest and _looks_like_title(rest[0].text) and _summary_first(rest[1:]) \
            and not _LABELLED.match(rest[1].text):
        layout.page_title, layout.title_lines = rest[0].text, [rest[0]]
        return rest[1:]
    return rest


def _undated_site_title(layout: Layout) -> None:
    """A site page of a record the archive leaves undated (its paper dated only at its foot) prints no date line: its
    first line, a record's title ("Letter from Ibrahim Abboud to Josip Broz Tito", "Record of Conversation between
    ..."), is the page title, where the page's own ``Document Information`` block shows the layout."""
    if layout.page_title or layout.date_text or "document_information" not in layout.fields or not layout.body:
        return
    first = layout.body[0]
    if _looks_like_title(first.text) and not _reads_as_summary(first.text):
        layout.page_title, layout.title_lines = first.text, [first]
        layout.body.pop(0)


def read_layout(text: str, lines: list[Line]) -> Layout:
    layout = Layout()
    lines, flattened = clean_lines(text, lines)
    rest = read_title(lines, layout)
    rest = _title_over_summary(rest, layout)
    read_fields(text, rest, layout)
    _undated_site_title(layout)
    if "summary" not in layout.fields and _summary_first(layout.body):
        layout.fields["summary"] = [layout.body.pop(0)]
    prose = [ln for ln in layout.body if not _is_mark(ln.text)]
    one_line_each = len(prose) <= 2 * max(1, len(layout.markers))
    layout.flattened = flattened == "pdf" or (flattened == "new_site" and one_line_each)
    return layout
