"""Wilson Center Digital Archive records: metadata from whichever layout the page was captured in.

``wcda_layout`` reads the page's layout (export, site page, bare page, old
site, new site, docslib PDF rendering) into fields, title and text lines;
``wcda_text`` turns the text into passages. Here the fields become the
document's metadata.

Quirks: the title may be on the date line, on its own line, in capitals, or
only inside the quoted citation string; the citation may hold the summary
before the quotation; one citation string may cite several archives; the
summary may sit before or after the text, and on some pages belongs to
another record (kept, flagged, never used for the text); the page title's
number may differ from the number the text gives ("No. 2950" against
"CIPHERED TELEGRAM No. 3950"), and both are kept with a warning; the
``Language`` field of the site page may be empty.
"""

from __future__ import annotations

import re

from pipeline.extract.mentions import find_mentions
from pipeline.normalize.dates import iter_dates, parse_date
from pipeline.normalize.doctypes import document_type_of
from pipeline.normalize.language import language_name_to_code
from pipeline.normalize.lexicon import LANGUAGES, alternation, lexicon
from pipeline.normalize.names import canonical_name, lookup
from pipeline.normalize.text import Line, normalize_space, split_lines
from pipeline.parse.citation import named_archive_citation, parse_citations, repository_citation
from pipeline.parse.headings import unwrap_title
from pipeline.parse.model import Block, ParsedDocument, block_of_lines
from pipeline.parse.parties import own_bodies, party, places_named, without_place, without_translation_note
from pipeline.parse.source_note import citation_line, is_citation_line
from pipeline.parse.wcda_layout import CREDITS_LINE, DATE, DATE_LINE, LEADING_DATE, Layout, read_layout
from pipeline.parse.wcda_text import assign_sections, is_cut_end, is_header_line, read_text

PARSER = "wcda/1"
_TITLE_PARTS = re.compile(
    r"^(?P<type>[^,]*?)(?:\s+(?:No\.|Nº|#)\s*(?P<number>[\w/-]+))?(?:\s+from\s+(?P<from>[^,]+))?,\s*"
    r"(?P<sender>.+?)\s+to\s+(?P<recipient>.+?)(?:,\s*(?:for|via)\s+(?P<final>.+))?$"
)
URL = re.compile(r"digitalarchive\.wilsoncenter\.org|wilson-center[\w.-]*\.(?:org|com)/(?:document|node)/")
_RECORD_URL = re.compile(r"https?://\S*?(?:digitalarchive\.wilsoncenter\.org|wilson-center-digital-archive\.\S+?)/document/(?P<id>[\w-]+)")
_FROM_TO = re.compile(
    r"^(?P<type>.+?)\s+from\s+(?P<sender>.+?)\s+to\s+(?P<recipient>.+?)"
    r"(?:\s+(?:[Cc]onveying|[Rr]egarding|[Cc]oncerning|[Aa]bout|on|with)\s.*)?$"
)
_QUOTED_CITATION = re.compile(rf"[\"“](?P<title>[^\"“”]+?),?[\"”],?\s+(?P<date>{DATE}|\d{{4}})")
# A telegram's heading and its number sign, in the same language ("CIPHERED TELEGRAM No. 3950").
_TEXT_NUMBER = re.compile(
    "(?:"
    + "|".join(
        rf"\b(?:{alternation(lexicon(lang)['telegram_headings'])})\s*(?:{alternation(lexicon(lang)['number_signs'])})"
        for lang in LANGUAGES
        if "telegram_headings" in lexicon(lang)
    )
    + r")\s*(?P<number>\d+)"
)
_TRANSLATOR = re.compile(r"Translated (?:for [^.]+? )?by\s+(?P<who>[^.]+?)\.")
# The archive's cues, one pattern each: any one settles it, and a single pattern with
# every cue in it scans a page of curly quotes and NBSP slowly without case.
_SITE_CUES = tuple(
    re.compile(cue, re.MULTILINE | re.IGNORECASE)
    for cue in (
        r"Digital Archive", r"digitalarchive\.wilsoncenter", r"wilson-center-digital-archive",
        r"^CITATION SHARE DOWNLOAD", r"^VIEW DOCUMENT IN$", r"^\s*•?\s*get citation$",
    )
)
_LABELLED_FOOT = re.compile(r"^\s*(?:•\s*Citation\s*:?|Citation:.*|Source)\s*$", re.MULTILINE)
_LABEL_LINE = re.compile(r"^\s*•?\s*(?:Citation|Summary|Document Information|Original Language)\s*:?\s*$", re.MULTILINE)


# The archive's block of the record's fields under the text: "Document Information", then "Source" and the shelf.
_RECORD_FIELDS = re.compile(r"^[ \t]*Document Information[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*Source[ \t]*\r?$", re.MULTILINE)
_CUE_WORDS = ("digital archive", "digitalarchive.wilsoncenter", "wilson-center-digital-archive", "citation share download", "view document in", "get citation")


def looks_like(text: str) -> bool:
    """A WCDA page: the archive's own cues, or its shape (a date line, then a "Type, Sender to Recipient" title)."""
    head = text[:4000]
    lowered = head.lower()
    cued = any(cue in lowered for cue in _CUE_WORDS) and any(cue.search(head) for cue in _SITE_CUES)
    if cued and ("Citation:" in head or _LABEL_LINE.search(head)):
        return True
    if head.lstrip().startswith("Skip to content") and ("Document Information" in text or "Author(s):" in text) and re.search(
        r"^(?:Document Information|Author\(s\):)$", text, re.MULTILINE
    ):
        return True
    lines = [" ".join(ln.split()) for ln in head.split("\n", 12)[:12]]
    lines = [ln for ln in lines if ln and ln != "Skip to content"][:3]
    if "Document Information" in text and any(DATE_LINE.match(ln) or _type_of(ln) != "other" for ln in lines[:2]) and _RECORD_FIELDS.search(text):
        return True  # the archive's date line or the record's title at the head, its fields under the text ("Document Information" / "Source")
    if len(lines) >= 3 and DATE_LINE.match(lines[0]) and CREDITS_LINE.match(lines[2]):
        return True  # the date, the title, then the archive's credit line ("This document was made possible with support from ...")
    if (at := next((i for i, ln in enumerate(lines[:2]) if DATE_LINE.match(ln)), None)) is not None and at + 1 < len(lines) and _LABELLED_FOOT.search(text):
        return True  # the page's shape without the archive's address: the date line, the title under it, the archive's labelled block under the text ("• Citation", "Citation:", "Source")
    if len(lines) >= 2 and DATE_LINE.match(lines[0]):
        return _is_record_title(lines[1])
    if lines and (m := LEADING_DATE.match(lines[0])):
        return bool(_title_parts(m["title"])) and _type_of(m["title"]) != "other" and "Citation:" in head
    return False


def _title_parts(title: str) -> re.Match | None:
    """``_TITLE_PARTS`` matched against a title, which it can only match when the title holds a comma (after the
    kind): a title without one is turned away by a substring test, where the pattern would try every length of
    the kind before failing."""
    return _TITLE_PARTS.match(title) if "," in title else None


def _is_record_title(line: str) -> bool:
    """"Ciphered Telegram No. 2950, Filippov [Stalin] to Krasovsky", "Letter from Kim Il Sung to Stalin"."""
    return _type_of(line) != "other" and not line.endswith(".") and bool(_title_parts(line) or _FROM_TO.match(line))


def parse(text: str, offset: int) -> ParsedDocument:
    doc = ParsedDocument(parser=PARSER, source_type="archival_record", collection="Wilson Center Digital Archive")
    lines = [ln for ln in split_lines(text[offset:], offset) if ln.text]  # not ln.blank, without a call per line
    layout = read_layout(text, lines)
    _read_metadata(doc, layout, text[:offset])
    doc.blocks = _title_blocks(text, layout, doc) + read_text(text, layout.body, layout.flattened)
    assign_sections(doc.blocks, doc.original_language)
    doc.original_language = doc.original_language or _original_language(doc.blocks)
    doc.sent_from = doc.sent_from or _sent_from(doc.blocks)
    doc.has_cut_end = is_cut_end(doc.blocks)
    _source_shelf_line(doc, _value(layout.fields, "source"))
    _fuller_line_under_text(doc)
    doc.warnings += _number_conflicts(doc) + _foreign_summary(doc)
    return doc


def _value(fields: dict[str, list[Line]], name: str) -> str | None:
    lines = fields.get(name)
    return normalize_space(" ".join(ln.text for ln in lines)) if lines else None


def _read_metadata(doc: ParsedDocument, layout: Layout, provenance: str) -> None:
    fields = layout.fields
    summary, citation, quoted = _split_citation(_value(fields, "citation"))
    source = _value(fields, "source")
    doc.citation_text = citation or source
    doc.citations = citations(citation, source)
    if not doc.citations and citation is None and (on_label_line := _value(fields, "citation_on_label_line")):
        doc.citations = citations(_split_citation(on_label_line)[1], source)  # 'Citation: "Record of Conversation ...,"
        # July 14, 1960, ..., Diplomatic Archive of the Ministry of Foreign Affairs of Serbia (DA MSP RS), PA, ...'
    doc.summary = _value(fields, "summary") or summary
    doc.rights = _value(fields, "credits") or _value(fields, "rights")
    doc.record_id = _value(fields, "record_id")
    doc.original_language = _language_of(layout)
    _read_citation(doc, citation or source, provenance)
    _read_title(doc, layout, citation, quoted)
    if doc.document_type == "other" and (kind := _value(fields, "type")):
        doc.document_type = _type_of(kind)


def citations(citation: str | None, source: str | None = None) -> list[dict]:
    """The archives the citation string and the Source field cite: by their abbreviations, else named in words."""
    return (parse_citations(" ".join(filter(None, (citation, source))))
            or named_archive_citation(source or "") or named_archive_citation(citation or "")
            or cited_after_collection(citation or ""))


def _source_shelf_line(doc: ParsedDocument, source: str | None) -> None:
    """A Source field that is the shelf line an edition prints under a document ("AMSZ, Depesze, Léopoldville 1965, z. 6/68,
    w. 2.", "MNL OL XIX-J-1-j Mali 1968, 4. doboz, 001873/1968.": source_note.citation_line), its translator's credit
    after it left aside: the citation, where no other was read and no line under the text cites the archive itself (that
    line, read with the page's source notes, may give the folios the field leaves out)."""
    if doc.citations or not source or any(len(b.text) < 200 and is_citation_line(b.text) for b in doc.blocks):
        return
    doc.citations = citation_line(_CREDIT_AFTER.sub("", source))


def _fuller_line_under_text(doc: ParsedDocument) -> None:
    """The archive's line under the text that cites the file the Source field cites, and its folios too ("Central State
    Archive, Sofia, Fond 1-B, Opis 35, a.e. 2177, l. 41-44." over a field without the "l. 41-44"): the fuller citation.
    The line may name the archive in full before the abbreviation the field gives ("Central State Archive, Sofia (TsDA),
    fond 1-B, ..." under a field "TsDA, f. 1-B, ..."): the line, as it names it."""
    if len(doc.citations) != 1 or doc.citations[0].get("folios"):
        return
    ours = doc.citations[0]
    named = f"({ours['archive']})"
    for block in doc.blocks:
        if len(block.text) >= 200 or not (block.text.startswith(ours["archive"]) or named in block.text):
            continue
        fuller = citations(None, block.text)
        if len(fuller) == 1 and (fuller[0]["archive"] == ours["archive"] or fuller[0]["archive"].endswith(named)) and fuller[0].get("folios") \
                and all(fuller[0].get(part) == ours.get(part) for part in ("fond", "opis", "delo", "papka") if ours.get(part)):
            doc.citations = fuller
            return


# The translator's credit closing a Source field ("... w. 2. Translated by Jerzy Giebułtowski."): no part of the shelf line.
_CREDIT_AFTER = re.compile(r"(?<=\.)\s+(?:Translated|Obtained|Contributed|Donated)\b.*$", re.DOTALL)


# The citation string names the site's collection before the archive it cites ('"Letter ...," July 28, 1958, History
# and Public Policy Program Digital Archive, Archives of Yugoslavia, KPR I-3-a/UAR, box 4, pp. 112-113.').
_COLLECTION = re.compile(r"Digital Archive,\s*")


def cited_after_collection(citation: str) -> list[dict]:
    """The archive named in words after the collection, with the shelf mark and parts that follow it; where the string
    names no collection, the archive right after the quoted title and its date ('"Record of Conversation ...," March 07,
    1979, Archivo Central del Ministerio de Relaciones Exteriores (MINREX), Havana, Fondo Laos, 1979, Caja 2.'), or the
    shelf line an edition prints there ('..., June 29, 1973, MNL OL XIX-J-1-j Uruguay, 1973, 4. doboz, 00214/1973.')."""
    ends = [m.end() for m in _COLLECTION.finditer(citation)]
    if ends:
        cited = repository_citation(citation[ends[-1]:], leading=True, archive_first=True)
        return [cited] if cited else []
    if (quoted := _QUOTED_CITATION.match(citation.strip())) is None:
        return []
    rest = citation.strip()[quoted.end():].lstrip(" ,")
    cited = repository_citation(rest, leading=True, archive_first=True)
    return [cited] if cited else citation_line(_CREDIT_AFTER.sub("", rest))


def _split_citation(value: str | None) -> tuple[str | None, str | None, re.Match | None]:
    """The summary the old and new site put before the quoted citation string, the citation, and its quoted title
    and date (``_QUOTED_CITATION``, found once: the citation opens where it was found)."""
    if not value:
        return None, None, None
    m = _QUOTED_CITATION.search(value)
    if not m or m.start() == 0:
        return None, value, m
    return value[:m.start()].strip() or None, value[m.start():], m


_LANGUAGE_NAMES_SPLIT = re.compile(r"[,;/]|\band\b")  # "Russian, Chinese", "Russian and English": compiled once


def _language_of(layout: Layout) -> str | None:
    """From the Original Language / Language field, else from a "RUSSIAN (TRANSCRIPTION) HTML" marker."""
    name = _value(layout.fields, "original_language") or _value(layout.fields, "language")
    codes = [language_name_to_code(part) for part in _LANGUAGE_NAMES_SPLIT.split(name) if part.strip()] if name else []
    if any(codes):
        return next(c for c in codes if c)
    for language, kind in layout.markers:
        if kind and ("transcri" in kind or "original" in kind):
            return language_name_to_code(language.capitalize())
    return None


def _read_citation(doc: ParsedDocument, citation: str | None, provenance: str) -> None:
    """Translator and record URL from the citation; the record number from the page's own URL when it has one."""
    if m := _TRANSLATOR.search(citation or ""):
        doc.translator = m["who"].strip()
    if m := _RECORD_URL.search(citation or ""):
        doc.url = None if provenance else m.group().rstrip(".")
        doc.record_id = doc.record_id or (m["id"] if m["id"].isdigit() else None)
    if (m := _RECORD_URL.search(provenance)) and m["id"].isdigit():
        doc.record_id = doc.record_id or m["id"]


def _read_title(doc: ParsedDocument, layout: Layout, citation: str | None, quoted: re.Match | None) -> None:
    """The page's title, else the citation's quoted title (``quoted``: its match, read by ``_split_citation``); the
    date likewise."""
    doc.title = unwrap_title(layout.page_title) or (quoted["title"] if quoted else None)  # without a site's name after it
    if quoted and doc.title.isupper() and doc.title.casefold() != quoted["title"].casefold():
        doc.title = quoted["title"]  # a line in capitals that is not the record's title
    doc.document_date_text = layout.date_text or (quoted["date"] if quoted else None)
    if doc.document_date_text and (parsed := parse_date(doc.document_date_text)):
        doc.document_date, doc.document_date_precision = parsed
        _year_slip(doc)
    if doc.title:
        _read_title_parts(doc, quoted["title"] if quoted else doc.title)


def _year_slip(doc: ParsedDocument) -> None:
    """A page date one digit off the title's ("September 5, 1985" over "... held on 5 September 1989"): the title's year."""
    day = doc.document_date
    if doc.document_date_precision != "day":
        return  # only a day's date can slip a year against the title's
    title = doc.title or ""
    if day is None or (title.isascii() and str(day.day) not in title):
        return  # no date of the page's day in the title: an ASCII title writes a day in digits (not in Chinese numerals)
    title_date = next((d for d in iter_dates(title) if d.year_written and d.precision == "day"), None)
    same_day = day and title_date and (title_date.start_date.month, title_date.start_date.day) == (day.month, day.day)
    if same_day and doc.document_date_precision == "day" and title_date.start_date != day:
        doc.warnings.append(f"the page dates the record {day.isoformat()}, its title {title_date.start_date.isoformat()}: the title's year is taken")
        doc.document_date = title_date.start_date


def _type_of(title: str) -> str:
    """The kind the title names, the words before its first comma first ("Resolution, ... with draft letters").

    A diary is only the container: "From the Diary of N.V. Roshchin, Memorandum of Conversation ..." is a
    memorandum of conversation, read from the rest of the title.
    """
    head = title.split(",")[0]
    first = document_type_of(head)
    if first not in ("other", "diary_entry"):
        return first  # the whole title is read only when its first words name no kind
    whole = first if head == title else document_type_of(title)
    if whole not in ("other", "diary_entry"):
        return whole
    return next((k for k in (first, whole) if k != "other"), "other")


def _read_title_parts(doc: ParsedDocument, title: str) -> None:
    """"Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong": the final recipient wins."""
    doc.document_type = _type_of(title)
    title = _QUOTED_SUBJECT.sub("", title)  # "Cable from X to Y, 'Report on ...'": the quoted subject names no party
    title = without_translation_note(title)  # "... to the Ministry of Foreign Affairs (English translation from the
    # Polish)": the edition's note on the language closing the title names no party
    m = _title_parts(title)
    if diary := _DIARY.search(title):
        doc.sender_names = [party(diary["who"] or diary["who2"])]  # an ambassador's diary: he wrote the record (his office left out)
    elif m and doc.document_type == "resolution" and _WITH_PAPER.match(m["sender"]):
        pass  # "Politburo Decision on ..., with Draft Instructions to the Soviet Ambassador": the body's paper attached, no sender
    elif m:
        recipient = m["final"] or _before_comma(m["recipient"])
        doc.sender_names, doc.recipient_names = _parties(m["sender"], recipient)
        if m["from"]:
            doc.sent_from = canonical_name(m["from"])
    elif m := _FROM_TO.match(title):  # "Letter from X to Y, 14 June 1967", "Telegram from X to Y, No. 76.017, Urgent": Y alone
        doc.sender_names, doc.recipient_names = _parties(m["sender"], _before_comma(m["recipient"]))
    doc.sender_names, doc.recipient_names = (own_bodies(doc.sender_names, doc.recipient_names),  # "... to the Foreign Ministry":
                                             own_bodies(doc.recipient_names, doc.sender_names))  # the mission's state's
    if (cities := places_named(doc.sender_names)) is not None:  # "Telegram from Pyongyang to Bucharest": places, no parties
        doc.sent_from, doc.sender_names = doc.sent_from or cities[0], []
    if places_named(doc.recipient_names) is not None:
        doc.recipient_names = []


def _before_comma(words: str) -> str:
    """The party before the title's first comma, with the capital after it where the two name one body ("the Ministry of
    Foreign Affairs, Warsaw": the Polish one); a date, number or subject after the comma is no part of it."""
    pieces = _COMMA.split(words, maxsplit=2)
    if len(pieces) > 1 and lookup(f"{pieces[0]}, {pieces[1]}") is not None and lookup(pieces[0]) is None:
        return f"{pieces[0]}, {pieces[1]}"
    return pieces[0]


# The patterns a title's parties are cut by, compiled once rather than looked up in re's cache on every title.
_COMMA = re.compile(r",\s*")
_WITH = re.compile(r"\s+with\s+")
_WITH_PAPER = re.compile(r"with\s")
_AND = re.compile(r"\s+and\s+")
_SENT_TO = re.compile(r"^\w+\s+to\s+")
_DIARY = re.compile(r"^(?:From the (?:Diary|Journal) of\s+(?P<who>[^,:]+?)(?:\s*[,:]|\s+for\s|\s*$)|Excerpts? from (?P<who2>[^,:]+?)['’]s (?:diary|journal)\b)", re.IGNORECASE)
_QUOTED_SUBJECT = re.compile(r",\s*['\"“‘«].*$")


def _parties(sender: str, recipient: str) -> tuple[list[str], list[str]]:
    """"USSR Council of Ministers with draft letters ..." sends; "Mao Zedong and Kim Il Sung and directive to X" receive."""
    sender = without_place(_WITH.split(sender)[0])  # "Ambassador N. Fedorenko in Tokyo": the ambassador
    recipients = _AND.split(recipient)
    return [canonical_name(sender)], [canonical_name(_SENT_TO.sub("", r)) for r in recipients]


def _title_blocks(text: str, layout: Layout, doc: ParsedDocument) -> list[Block]:
    """The date and title as one title passage: the document's own event cites it."""
    if not layout.title_lines:
        return []
    doc.title_block = 0
    return [block_of_lines(text, layout.title_lines, "title", section_type="header")]


def _original_language(blocks: list[Block]) -> str | None:
    sections = {b.language for b in blocks if b.section_type == "original" and b.language}
    return sections.pop() if len(sections) == 1 else None


_FROM_PLACE = re.compile(r"\b[Ff]rom\s+\[?(?P<place>[A-Z][A-Za-z]+)\]?")


def _sent_from(blocks: list[Block]) -> str | None:
    for block in blocks:
        if block.section_type == "header" and block.passage_type != "title" and (m := _FROM_PLACE.search(block.text)):
            return canonical_name(m["place"])
    return None


def _has_number_sign(title: str) -> bool:
    """A sign ``_TITLE_PARTS`` reads a number after: without one its ``number`` group stays empty."""
    return "No." in title or "Nº" in title or "#" in title


def _number_conflicts(doc: ParsedDocument) -> list[str]:
    """The title's number against the number the text's header gives; both kept, flagged."""
    if not _has_number_sign(doc.title or ""):
        return []  # no number to conflict with, told without matching the title's pattern again
    m = _title_parts(doc.title or "")
    if not m or not m["number"]:
        return []
    warnings = []
    for block in doc.blocks:
        if block.passage_type == "title" or not is_header_line(block.text):
            continue
        for found in _TEXT_NUMBER.finditer(block.text):
            if found["number"] != m["number"]:
                warnings.append(f"number conflict: the title says No. {m['number']}, the text says \"{found.group()}\" (both kept)")
    return warnings


def _foreign_summary(doc: ParsedDocument) -> list[str]:
    """A summary that belongs to another record: it names people none of whom sends or receives this
    one, or it gives the record another number than the title's. Kept, flagged, never used as text."""
    if not doc.summary:
        return []
    reasons = []
    parties = set(doc.sender_names) | set(doc.recipient_names)
    named = {m.entity.name for m in find_mentions(doc.summary) if m.entity.kind == "person"} if parties else set()
    if parties and named and not named & parties:
        reasons.append(f"it names {sorted(named)} but not the sender or recipients")
    title = _title_parts(doc.title) if _has_number_sign(doc.title or "") else None
    numbers = set(re.findall(r"\b(?:No\.|Nº|#)\s*(\d+)", doc.summary))
    if title and title["number"] and numbers and title["number"] not in numbers:
        reasons.append(f"it speaks of No. {', '.join(sorted(numbers))}, the title of No. {title['number']}")
    if not reasons:
        return []
    return [f"the summary may belong to another record ({'; '.join(reasons)}): kept, not used for the text"]
