"""Foreign Relations of the United States (history.state.gov).

A FRUS document page opens with the file line ("Lot 55D128: Black Book, Tab
107: Telegram", or a decimal file "795.00/7–2551: Telegram") naming the
document's kind, then the heading "The Commander in Chief, Far East (Ridgway)
to the Joint Chiefs of Staff" (the person's surname in brackets, a footnote
number glued to it: "Ridgway)1"), an optional place-and-date line ("Tokyo, 25
July 1951—9 p.m."), classification and precedence lines ("secret", "flash"),
and the message number with its subject ("CX–67670. Subject: …").

Quirks: the printed volume's page breaks survive as inline markers "[Page
725]" in mid-sentence (text before the first marker sits on the page before);
footnote numbers are glued to the word they annotate and the footnotes follow
the text as lines opening with their number; the record id lives only in the
URL (frus1951v07p1/d468).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import islice

from pipeline.normalize.capitals import heading_case, in_capitals
from pipeline.normalize.dates import find_dates
from pipeline.normalize.doctypes import document_type_of
from pipeline.normalize.names import canonical_name
from pipeline.normalize.text import Line, normalize_space, split_lines
from pipeline.parse.headings import NO_DATE_LINE, is_interface_line, is_site_breadcrumb_line, unwrap_title
from pipeline.parse.model import (
    Block,
    ParsedDocument,
    ends_sentence,
    flag_cut_text,
    is_list_item,
    kept_text,
    run_widths,
    wrap_width,
    wrapped_onto,
)
from pipeline.parse.parties import home_missions, is_mission_or_home_office, party
from pipeline.parse.signature import is_signed_name

PARSER = "frus/1"
COLLECTION = "Foreign Relations of the United States"
URL = re.compile(r"history\.state\.gov/historicaldocuments/(?P<volume>frus[\w-]+)/(?P<doc>d\d+)")
KINDS = {
    "telegram": "telegram", "memorandum of conversation": "record_of_conversation", "memorandum": "memorandum",
    "letter": "letter", "despatch": "report", "airgram": "cable", "minutes": "minutes", "report": "report",
}
_FILE_LINE = re.compile(r"^(?P<file>.+?):\s*(?P<kind>" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\s*$", re.IGNORECASE)
# The volume's numbered heading of a document: "152. Memorandum of Discussion at the 302d Meeting ..., 9–10:55 a.m.1"
# A footnote's mark is its number or the superscript digits a page set it in ("262. Airgram ... State¹", "¹ Source: ..."); after
# the year a heading closes with, only superscript digits are a mark ("..., Thursday, August 27, 1953¹").
_SUP = "[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]"
_SUP_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")
# The volume's source note under the text: "1. Source:", "¹ Source:"; a copy that lost the mark's full stop or the mark
# ("1 Source: ...", "Source: ...") keeps the holdings the edition draws on (the Department's files, the National
# Archives, a presidential library).
_SOURCE_NOTE = re.compile(
    r"^\s*(?:(?:1\.\s+|\u00b9\s*)Source:|(?:1\s+)?Source:\s+(?:Department of State|National Archives|Washington National Records Center"
    r"|Central Intelligence Agency|(?:[A-Z][a-z]+ )+Library\b))",
    re.MULTILINE,
)
_KIND_WORD = re.compile(r"\b(?:" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)  # "Airgram From the Embassy"
_NUMBERED_START = re.compile(r"^\d{1,4}\.\s+[A-Z]")
# A copy that set the mark apart keeps it after a space ("812. Paper Prepared by the Policy Planning Staff 1"): after a
# word, a number of one or two digits closing the heading is its mark (a month's day is not: see ``_heading_title``).
_NUMBERED_HEADING = re.compile(r"^(?P<number>\d{1,4})\.\s+(?P<title>[A-Z].{5,}?)(?:(?<=[A-Za-z.)”])(?P<note>\d{1,2}|" + _SUP + r"{1,3})?|(?<=, \d{4})" + _SUP + r"{0,3}|(?<=[A-Za-z)”])\s(?P<spaced>[1-9]\d?))$")
# "Paper Prepared by the Policy Planning Staff", "Memorandum Prepared in the Central Intelligence Agency": the body
# that wrote the paper is its sender.
_PREPARED_BY = re.compile(r"\b[Pp]repared (?:by|in) (?:the )?(?P<sender>[A-Z][\w .,'’&-]+?)\s*$")
_MONTH_END = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$")
# The sender's words run to the first "to" after the bracketed surname that closes his office where the heading has one
# ("the Deputy Assistant to the President for National Security Affairs (Scowcroft) to President Ford": the "to" of the
# office is no cut), else to the first "to".
_FROM_TO = re.compile(r"\b[Ff]rom\s+(?P<sender>(?:[^()]+?\([^()]+\))|.+?)\s+to\s+(?P<recipient>(?:the\s+)?[A-Z].+)$")
_BRACKETED_SENDER = r"[^()]+?\([^()]+\)"  # "the Secretary of State (Rusk)"
_TO_RECIPIENT = r"\s+to\s+(?P<recipient>(?:the\s+)?[A-Z].+)$"
_HEADING = re.compile(r"^(?P<sender>(?:" + _BRACKETED_SENDER + r")|.+?)" + _TO_RECIPIENT)
_OLD_HEADING = re.compile(r"^(?P<sender>" + _BRACKETED_SENDER + r")" + _TO_RECIPIENT)  # the sender's surname bracketed
# The hour a telegram's place and date line carries ("Rome, July 15, 1948—2 p.m."): under a heading that names no kind of
# paper, only its parties, the older volumes' telegram (their letters and despatches are dated by the day alone).
_SENT_HOUR = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.\s?m\.|\b(?:noon|midnight)\b", re.IGNORECASE)
# Marks set side by side on one line are one line of marks ("SECRET   PRIORITY", "Top Secret Niact").
_MARK = r"(?:top secret|secret|confidential|restricted|unclassified|flash|priority|niact|operational immediate|emergency|routine|eyes only|official use only)"
_CLASSIFICATION = re.compile(r"^" + _MARK + r"(?:\s*[;,]\s*\w[\w ]*|(?:\s+" + _MARK + r")+)?$", re.IGNORECASE)
# A message's number on its own line ("Telegram 1234.", "A–612" over an airgram's place and date, "No. 45"); a number alone
# needs its full stop (a year alone is no message number).
# A paper's number in its series stands there too ("PPS 37", "NSC 68", "NSC 5412/2", "NIE 11-4-57").
_MESSAGE = re.compile(r"^(?:(?:[A-Z]{1,6}\s?[–-]\s?\d+|No\.\s*\d+)\.?|\d{2,6}\.)(?:\s+Subject:.*)?$|^Subject:|^[A-Z]{2,5}\s\d{1,5}(?:[-–/]\d{1,4})*$")
_PLACE_DATE = re.compile(r"^(?P<place>[A-Z][A-Za-z .]+),\s+(?P<rest>.*\d{4}.*)$")
_PAGE_MARK = re.compile(r"\s*\[Page (?P<page>\d+)\]")
# A note's first digit is matched first, so that a search skips to the digits of a paragraph at once; the character
# before it is then looked back at over that digit (a letter, a bracket or a punctuation mark). "11:10" is a time,
# and "8.0", "12.5" a decimal (a number of one to three digits before the point; a note after a year, "in 1956.2",
# is still a note).
_GLUED_NOTE = re.compile(r"(?P<n>\d(?<=[A-Za-z\)\.,;:”\"’]\d)(?<!\d:\d)(?<!\b\d\.\d)(?<!\b\d\d\.\d)(?<!\b\d\d\d\.\d)\d?)(?=[\s,.;:]|$)")
_NOTE_LINE = re.compile(r"^(?:\d{1,2}\.\s+|" + _SUP + r"{1,3}\s*)\S")
_TURN = re.compile(r"^(?:[A-Z]|[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+\S")  # "K: Hello Anatol.", "Kissinger: ..."
_FOOTNOTE = re.compile(r"^(?P<n>\d{1,2})\.?\s+\S|^(?P<sup>" + _SUP + r"{1,3})\s*\S")
# A superscript mark glued to the word it annotates ("State¹", "1966.²").
_GLUED_SUPERSCRIPT = re.compile(r"(?<=[^\W\d_]|[.,;:)”\"’])(?P<n>" + _SUP + r"{1,3})")
_SIGNATURE = re.compile(r"^\[?(?:[A-Z][a-z]*['’]?[A-Z]?[a-z]+|[A-Z]{3,})\]?$")  # "Jones", "McClintock", "O'Shaughnessy", "[Zellerbach]", "TOON"


def looks_like(text: str) -> bool:
    """A FRUS file line first, then the 'X to Y' heading or a '[Page N]' marker; or the volume's numbered heading
    ("152. Memorandum of Discussion ...") over a text with the volume's page markers or its "1. Source:" note."""
    lines = list(islice(filter(None, map(str.strip, text[:3000].splitlines())), _SITE_LINES + 1))  # the lines that hold text
    head = lines[:3]
    if head and _NUMBERED_START.match(head[0]) and (document_type_of(head[0]) != "other" or _KIND_WORD.search(head[0])):
        return "[Page " in text[:200_000] or bool(_SOURCE_NOTE.search(text[:200_000]))
    if head and _FILE_LINE.match(head[0]):
        return "[Page " in text[:200_000] or any(_HEADING.match(ln) for ln in head[1:])
    return _under_edition_lines(lines) or _numbered_over_place_date(lines)


def _numbered_over_place_date(lines: list[str]) -> bool:
    """The volume's numbered heading ("183. Memorandum of Discussion ...", "812. Paper Prepared by ...", "147. Editorial
    Note"), under the edition site's lines at most, and over the volume's place-and-date line ("Washington, June 30,
    1960.") within three lines, or itself the volume's editorial note: the page of a new address or of none (a volume's
    documents copied without their page markers or source note)."""
    at = next((i for i, ln in enumerate(lines) if not (is_site_breadcrumb_line(ln) or _site_titled(ln) or _VOLUME_LINE.search(ln))), len(lines))
    if at >= len(lines) or not _NUMBERED_START.match(lines[at]):
        return False
    if _EDITORIAL_NOTE.match(lines[at]):
        return True
    return any(len(ln) <= _PLACE_DATE_CHARS and (m := _PLACE_DATE.match(ln)) and len(m["place"].split()) <= 3 and find_dates(m["rest"])
               for ln in lines[at + 1:at + 4])


_PLACE_DATE_CHARS = 60  # "Washington, October 22, 1983, 9 a.m.": a line of its own, never a paragraph's opening ("Moscow was not consulted. Brezhnev, ...")


_EDITORIAL_NOTE = re.compile(r"^\d{1,4}\.\s+Editorial Note$")


_SITE_LINES = 6  # the edition site's lines over a heading: its name, its section, the volume, the document's number, the page's title


def _under_edition_lines(lines: list[str]) -> bool:
    """A numbered heading under the edition's own lines only, the volume's title among them ("Foreign Relations of the
    United States, 1964–1968, Volume XXXI, ..." / "Document 412" / "412. Telegram From ..."): the page copied from the
    site without its address."""
    crumbs = next((i for i, ln in enumerate(lines) if not is_site_breadcrumb_line(ln) and not _site_titled(ln)), len(lines))
    return (
        0 < crumbs < len(lines)
        and any(_VOLUME_LINE.match(ln) for ln in lines[:crumbs])
        and _NUMBERED_HEADING.match(lines[crumbs]) is not None
    )


_VOLUME_LINE = re.compile(r"(?:Historical Documents\s*[|]\s*)?Foreign Relations of the United States,\s+\d{4}")


def parse(text: str, offset: int) -> ParsedDocument:
    doc = ParsedDocument(parser=PARSER, source_type="archival_record", collection=COLLECTION)
    lines = split_lines(text[offset:], offset)
    filled = _unwrapped_heading(text, [ln for ln in lines if not ln.blank])
    # The site's own lines above the document's heading ("Historical Documents - Office of the Historian", the volume's
    # title): furniture of the page, kept as header passages, the heading read from its own line.
    # The site's breadcrumb set line by line ("Office of the Historian", "Historical Documents", the volume, "Document
    # 412") pushes the heading down by as many lines, and so does the page's own title over them when it closes on the
    # site's name ("Memorandum From ... to President Johnson - Historical Documents - Office of the Historian").
    crumbs = next((i for i, ln in enumerate(filled) if not is_site_breadcrumb_line(ln.text) and not _site_titled(ln.text)
                   and not (i == 0 and _repeats_heading(ln.text, filled[1:_SITE_LINES + 2]))), len(filled))
    lead = next((i for i, ln in enumerate(filled[:4 + crumbs]) if _NUMBERED_HEADING.match(ln.text) or _FILE_LINE.match(ln.text)), 0)
    for line in filled[:lead]:
        doc.blocks.append(Block("header", line.start, line.end, line.text, section_type="header"))
    header, body = _split_header(filled[lead:])
    for line in header:
        doc.blocks.append(_header_block(doc, text, line))
    notes = {n for b in doc.blocks for n in b.footnote_numbers}
    doc.blocks += _read_body(text, lines, body, notes)
    _signer_sends(doc)
    _read_url(doc, text[:offset])
    flag_cut_text(doc)
    if doc.document_date is None:
        _date_from_volume(doc)
    return doc


def _repeats_heading(line: str, below: list[Line]) -> bool:
    """The page's title over the site's lines that repeats the document's numbered heading under them without its
    number and note mark ("Telegram From the Embassy in Jordan to the Department of State" over "231. Telegram From
    the Embassy in Jordan to the Department of State1"): the page's title, not a heading of its own."""
    heading = next((m for ln in below if (m := _NUMBERED_HEADING.match(ln.text))), None)
    return heading is not None and normalize_space(heading["title"]).casefold() == normalize_space(line).casefold()


def _site_titled(line: str) -> bool:
    """The page's title as the site sets it, its own name after it ("... - Office of the Historian")."""
    return not _NUMBERED_HEADING.match(line) and unwrap_title(line) != line.strip()


def _unwrapped_heading(text: str, filled: list[Line]) -> list[Line]:
    """A page wrapped at a width wraps a long heading too ("152. Memorandum of ... of the National" / "Security
    Council, Washington, November 1, 1956"): its lines are read as the one line they were."""
    width = wrap_width(filled)
    if not filled or width is None or not _NUMBERED_START.match(filled[0].text):
        return filled
    end = 0
    while end + 1 < len(filled) and not ends_sentence(filled[end].text) and wrapped_onto(filled[end], filled[end + 1], width):
        end += 1
    if end == 0:
        return filled
    first, last = filled[0], filled[end]
    return [Line(normalize_space(text[first.start:last.end]), first.start, last.end, last.number), *filled[end + 1:]]


def _split_header(filled: list[Line]) -> tuple[list[Line], list[Line]]:
    """The header lines (file line, heading, place/date, classification, message number) and the rest."""
    header: list[Line] = []
    marks = 0  # classification and precedence lines ("secret", "priority") stand between the heading and the date line
    for i, line in enumerate(filled[:8]):
        if i == 0 and (_FILE_LINE.match(line.text) or _NUMBERED_HEADING.match(line.text)) or _is_header_line(line.text, i - marks):
            header.append(line)
            marks += bool(_CLASSIFICATION.match(line.text))
        else:
            return header, filled[i:]
    return header, filled[len(header):]


def _is_header_line(text: str, index: int) -> bool:
    """Classification and message lines anywhere in the header; the heading and place/date line near its top."""
    if _CLASSIFICATION.match(text) or _MESSAGE.match(text):
        return True
    heading = index <= 1 and bool(_HEADING.match(text)) and len(text) < 200
    return heading or 1 <= index <= 3 and bool(_PLACE_DATE.match(text))


def _header_block(doc: ParsedDocument, text: str, line: Line) -> Block:
    block = Block("header", line.start, line.end, line.text, section_type="header")
    _strip_glued_notes(text, block)
    if (m := _FILE_LINE.match(line.text)) and doc.citation_text is None:
        doc.citation_text = m["file"]
        doc.document_type = KINDS[m["kind"].lower()]
    elif doc.title is None and (m := _NUMBERED_HEADING.match(line.text)):
        _read_numbered_heading(doc, block, m)
    elif _CLASSIFICATION.match(line.text) or _MESSAGE.match(line.text):
        pass  # classification, precedence and message-number lines: header passages as they are
    elif (m := _PLACE_DATE.match(line.text)) and (dates := find_dates(m["rest"])):
        doc.sent_from = canonical_name(m["place"])
        doc.document_date, doc.document_date_text = dates[0].start_date, dates[0].text
        doc.document_date_precision = "day" if dates[0].precision in ("day", "minute") else dates[0].precision
        if doc.document_type == "other" and doc.sender_names and _SENT_HOUR.search(m["rest"]):
            doc.document_type = "telegram"
    elif m := _HEADING.match(block.text):
        _read_heading(doc, block, m)
    return block


def _read_heading(doc: ParsedDocument, block: Block, m: re.Match) -> None:
    """'The Commander in Chief, Far East (Ridgway) to the Joint Chiefs of Staff': the page's title."""
    block.passage_type = "title"
    doc.title, doc.title_block = block.text, len(doc.blocks)
    if in_capitals(block.text) and (cased := _HEADING.match(heading_case(block.text))):
        m = cased  # a heading copied in capitals: its parties as the edition prints them
    doc.sender_names, doc.recipient_names = home_missions([party(m["sender"])], [party(m["recipient"])])


def _as_printed(heading: str) -> str:
    """A heading copied in capitals in the case the edition prints it ("TELEGRAM FROM THE EMBASSY IN ITALY TO THE
    DEPARTMENT OF STATE": "Telegram From the Embassy in Italy to the Department of State"), for its parties."""
    return heading_case(heading) if in_capitals(heading) else heading


def _read_numbered_heading(doc: ParsedDocument, block: Block, m: re.Match) -> None:
    """The volume's heading names the document's kind, often its parties and its date ("... Washington, November 1, 1956")."""
    block.passage_type = "title"
    doc.title, doc.title_block = _heading_title(m), len(doc.blocks)
    doc.document_type = document_type_of(doc.title)
    printed = _as_printed(doc.title)
    if parties := _FROM_TO.search(printed):
        doc.sender_names, doc.recipient_names = home_missions([party(parties["sender"])], [party(parties["recipient"])])
    elif doc.document_type == "other" and (parties := _OLD_HEADING.match(printed)):
        # the older volumes' heading names no kind, only its parties ("512. The Ambassador in Italy (Dunn) to the
        # Secretary of State"), as the unnumbered heading under a file line does (``_read_heading``)
        doc.sender_names, doc.recipient_names = home_missions([party(parties["sender"])], [party(parties["recipient"])])
    elif prepared := _PREPARED_BY.search(printed):
        doc.sender_names = [party(prepared["sender"])]
    dates = [d for d in find_dates(doc.title) if d.year_written]
    if dates and doc.document_date is None:
        doc.document_date, doc.document_date_text = dates[0].start_date, dates[0].text
        doc.document_date_precision = "day" if dates[0].precision in ("day", "minute") else dates[0].precision


def _heading_title(m: re.Match) -> str:
    """The heading without its footnote mark; a number set apart after a month is the month's day, not a mark
    ("..., Washington, October 1")."""
    title = m["title"].strip()
    return f"{title} {m['spaced']}" if m["spaced"] and _MONTH_END.search(title) else title


def _read_body(text: str, lines: list[Line], body: list[Line], notes_seen: set[int]) -> list[Block]:
    """Paragraphs, with page markers and glued footnote numbers cut out. A blank line parts two paragraphs; where
    none does, a page (or a typed run of lines) wrapped at a width goes on to the next line only where its first
    word would not have fitted; on a page of long lines each line is a paragraph (a copy that lost its blank lines)."""
    wanted = {ln.number for ln in body}
    filled = [ln for ln in body if not ln.blank]
    width = wrap_width(filled)
    widths = run_widths(filled) if width is None else {}
    groups: list[list[Line]] = [[]]
    for line in lines:
        if line.number not in wanted or line.blank:
            if groups[-1]:
                groups.append([])
            continue
        if groups[-1] and (_NOTE_LINE.match(line.text) or _TURN.match(line.text) or is_list_item(line.text)):
            groups.append([])  # a note, a speaker's turn or a list item starts a paragraph even where no blank line parts it
        elif groups[-1] and not wrapped_onto(groups[-1][-1], line, width or widths.get(line.number)):
            groups.append([])
        groups[-1].append(line)
    page = _first_page(text, body)
    blocks: list[Block] = []
    kinds: dict[int, str] = {}  # a block marked a footnote: the kind of passage it was read as before
    for group in filter(None, groups):
        block, page = _paragraph(text, group, page)
        if not block.text:
            continue  # a page marker on a line of its own: it only turns the page
        if (m := _FOOTNOTE.match(block.text)) and _note_number(m) in notes_seen:
            kinds[id(block)] = block.passage_type
            block.passage_type, block.section_type, block.footnote_numbers = "trailer", "trailer", [_note_number(m)]
        notes_seen.update(block.footnote_numbers)
        blocks.append(block)
    _unmark_numbered_paragraphs(blocks, kinds)
    _mark_signature(blocks)
    return blocks


def _unmark_numbered_paragraphs(blocks: list[Block], kinds: dict[int, str]) -> None:
    """A cable's first numbered paragraph ("1. Khrushchev ... left Warsaw by air at 6:45 this morning") whose number
    the title's footnote mark took ("Telegram From the Embassy in Poland to the Department of State1"): a paragraph
    of the message, not a footnote, where the paragraph after it goes on with the next number ("2. Central Committee
    plenum ...") in the body."""
    for block, after in zip(blocks, blocks[1:], strict=False):
        if id(block) not in kinds or after.section_type != "body":
            continue
        if (m := _NUMBERED.match(block.text)) and (n := _NUMBERED.match(after.text)) and int(n["n"]) == int(m["n"]) + 1:
            block.passage_type, block.section_type, block.footnote_numbers = kinds[id(block)], "body", []


_NUMBERED = re.compile(r"^(?P<n>\d{1,2})\.\s+\S")


def _first_page(text: str, body: list[Line]) -> int | None:
    """Text before the first '[Page N]' marker is printed on page N-1."""
    m = next(_page_marks(text, body[0].start, body[-1].end), None) if body else None
    return int(m["page"]) - 1 if m else None


def _paragraph(text: str, group: list[Line], page: int | None) -> tuple[Block, int | None]:
    """One paragraph starting on ``page``, and the page the next one starts on."""
    start, end = group[0].start, group[-1].end
    kind = "heading" if len(group) == 1 and _is_heading(group[0].text) else "list_item" if is_list_item(group[0].text) else "paragraph"
    block = Block(kind, start, end, "", book_page=page)
    for m in _page_marks(text, start, end):
        block.cuts.append((m.start(), m.end()))
        page = int(m["page"])
    _strip_glued_notes(text, block)
    return block, page


def _page_marks(text: str, start: int, end: int) -> Iterator[re.Match]:
    """``_PAGE_MARK.finditer(text, start, end)``, each marker found by its words ("[Page ", a substring search) and
    matched from the white space before it, where the pattern (which opens with that white space) would be tried at
    every character of the passage: the same matches, spans and pages."""
    after = start  # where the last marker ended: the next one's white space starts there at the soonest
    at = text.find(_PAGE_WORD, start, end)
    while at >= 0:
        space = at
        while space > after and text[space - 1].isspace():
            space -= 1
        m = _PAGE_MARK.match(text, space, end)
        if m is None:
            at = text.find(_PAGE_WORD, at + 1, end)
            continue
        yield m
        after = m.end()
        at = text.find(_PAGE_WORD, after, end)


_PAGE_WORD = "[Page "


def _strip_glued_notes(text: str, block: Block) -> None:
    """Footnote numbers glued to a word ('Ridgway)1') go to footnote_numbers and out of the text."""
    segment = text[block.start:block.end]
    # Superscript digits are no ASCII: an ASCII passage (most) is told at once, another one without building a set of it
    superscript = not segment.isascii() and not _SUP_CHARS.isdisjoint(segment)
    glued = [*_GLUED_NOTE.finditer(segment), *_GLUED_SUPERSCRIPT.finditer(segment)] if superscript else _GLUED_NOTE.finditer(segment)
    for m in glued:
        at = block.start + m.start()
        if any(s <= at < e for s, e in block.cuts):
            continue
        block.cuts.append((at, at + len(m["n"])))
        block.footnote_numbers.append(int(m["n"].translate(_SUP_DIGITS)))
    block.cuts.sort()
    block.text = kept_text(text, block.start, block.end, block.cuts)


_SUP_CHARS = frozenset("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")


def _note_number(m: re.Match) -> int:
    """The number of a footnote line, written in digits or in superscript digits."""
    return int(m["n"] or m["sup"].translate(_SUP_DIGITS))


def _is_heading(text: str) -> bool:
    """'Part 1:' and other short lines that introduce what follows."""
    return len(text) <= 40 and text.endswith(":") and len(text.split()) <= 5


def _mark_signature(blocks: list[Block]) -> None:
    """The surname under the text ("Jones"): the last body paragraph, or the last above what a page sets after the
    text without marking it a note ("Source: National Archives, ..." with no number, a note numbered without a full
    stop, the rule over the notes, the site's "Previous" and "Next")."""
    body = [b for b in blocks if b.section_type == "body"]
    end = len(body)
    while end > 1 and (_AFTER_TEXT.match(body[end - 1].text) or is_interface_line(body[end - 1].text)):
        end -= 1
    if end > 1 and (_SIGNATURE.match(body[end - 1].text) or is_signed_name(body[end - 1].text, plain=True)):
        body[end - 1].passage_type = "signature"


_AFTER_TEXT = re.compile(r"^(?:Source:|\d{1,2}\s+[A-Z]|[_\u2013\u2014-]{5,}$)")


def _signer_sends(doc: ParsedDocument) -> None:
    """A cable the heading sends from an office ("Telegram From the Embassy in Peru to the Department of State") and
    the head of post signs with his surname under the text ("Jones"): the signer is its sender, as a signed message's
    writer is; the office stays the sender where no one signs."""
    signed = next((b for b in doc.blocks if b.passage_type == "signature"), None)
    if signed is None or len(doc.sender_names) != 1 or not is_mission_or_home_office(doc.sender_names[0]):
        return
    name = signed.text.strip("[]")
    doc.sending_office = doc.sender_names[0]
    doc.sender_names = [name.title() if name.isupper() else name]


def _date_from_volume(doc: ParsedDocument) -> None:
    """No date line: the year of the FRUS volume (frus1951…) is the document's year, and a warning says so."""
    m = re.match(r"frus(?P<year>1[89]\d\d)(?P<span>-\d\d)?", doc.record_id or "")
    if m is None or m["span"]:
        doc.warnings.append(f"{NO_DATE_LINE}, and the volume's URL names no single year: document date unknown")
        return
    doc.document_date, doc.document_date_precision = date(int(m["year"]), 1, 1), "year"
    doc.document_date_text = doc.record_id.split("/")[0]
    doc.warnings.append(f"{NO_DATE_LINE}: the year {m['year']} is the FRUS volume's, read from the URL")


def _read_url(doc: ParsedDocument, provenance: str) -> None:
    if m := URL.search(provenance):
        doc.record_id = f"{m['volume']}/{m['doc']}"
