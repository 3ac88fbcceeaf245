"""Seed text -> ParsedDocument, one module per source family.

``parse_text`` reads the optional provenance line (``source: <url>``), picks
the parser that claims the URL (a module's ``URL`` pattern), else the one
whose layout the text shows (``looks_like``), and falls back to the generic parser for
unknown layouts, so every readable seed becomes a document. A page the generic
parser reads is a book excerpt when its URL is a book site's, else when it has a
book page's shape (``book_shape``: prose calling numbered notes, the notes under
it, a book platform's lines), whatever site it came from. Passages a
parser left untagged get their language in one pass over the document, so
that a short line can take the language of the text around it.
"""

from __future__ import annotations

import re

from pipeline.normalize.dates import find_dates, lines_read_once, page_slash_day_first, slashes_read
from pipeline.normalize.language import detect_languages
from pipeline.normalize.lexicon import page_language, reading
from pipeline.normalize.page_memo import page_read_once
from pipeline.normalize.text import readable
from pipeline.parse import book_page, cia_crest, frus, generic, wcda
from pipeline.parse.book_shape import is_book_page, is_chapter_number, read_book_page
from pipeline.parse.catalogue_record import read_catalogue_record
from pipeline.parse.headings import (
    blanked_interface,
    capture_is_cut,
    drop_publishing_sites,
    read_addressee_line,
    read_closing_date,
    read_diary_day,
    read_diary_over_record,
    read_diary_record,
    read_diary_talk,
    read_numbered_heading,
    read_record_day,
    read_self_designation,
    read_signed_date,
    reading_site_part,
    unwrap_title,
)
from pipeline.parse.model import Block, ParsedDocument, closes_on_signer_or_day, join_broken_paragraphs
from pipeline.parse.parties import (
    read_address_line,
    read_diary_heading,
    read_memo_header,
    read_record_writer,
    read_telegram_head,
    read_title_parties,
    read_wire_parties,
)
from pipeline.parse.signal_head import read_signal_head
from pipeline.parse.signature import read_closing_signature, read_foot_signer
from pipeline.parse.source_note import read_source_notes
from pipeline.parse.speaking_day import read_speaking_day

__all__ = ["Block", "ParsedDocument", "parse_text", "PARSERS"]

PARSERS = (wcda, frus, cia_crest, book_page)
# Sites that publish pages of books: a page read from them is a book excerpt whatever its layout.
_BOOK_SITES = re.compile(r"muse\.jhu\.edu/(?:books|chapter|book)/|muse\.jhu\.edu/pub/\d+/oa_monograph/|books\.openedition\.org/|books\.google\.|onlinekniga\.|litmir\.|bookz?\.|/read(?:er)?/|/books?/\d")
_PROVENANCE = re.compile(r"\A\ufeff?[ \t]*source:[ \t]*(?P<url>\S+)[ \t]*\r?\n")


def read_provenance(text: str) -> tuple[str | None, int]:
    """The URL of a leading ``source: <url>`` line and the offset where the page text starts."""
    m = _PROVENANCE.match(text)
    return (m["url"], m.end()) if m else (None, 0)


def _claims_url(parser, url: str | None) -> bool:
    pattern = getattr(parser, "URL", None)
    return bool(url and pattern and pattern.search(url))


def choose_parser(url: str | None, body: str):
    """The parser whose URL pattern matches, else the first whose layout the text shows, else generic."""
    by_url = next((p for p in PARSERS if _claims_url(p, url)), None)
    return by_url or next((p for p in PARSERS if p.looks_like(body)), generic)


def parse_text(text: str) -> ParsedDocument:
    """The seed's text read by the parser that claims it; offsets count the seed's characters.

    The parsers read the text as a reader sees the page (``readable``): without its invisible characters (a site's
    soft hyphens inside words, zero-width spaces, direction marks), with its HTML character references ("&amp;",
    "&#8217;") read as their characters and its HTML tags and Markdown escapes as the page shows them, so that
    labels, names and dates are found whatever a capture slipped into them; the blocks' offsets are then moved back
    onto the seed, whose characters are never rewritten."""
    visible = readable(text)
    day_first = page_slash_day_first(visible.text)  # "6/3/61" beside "13/3/61": the page's slash dates read day first
    with slashes_read(day_first):
        doc = _parse_read(text, visible)
    doc.slash_day_first = day_first  # told once for the page: its events read its slash dates so too
    return doc


def _parse_read(text: str, visible) -> ParsedDocument:
    with lines_read_once(), page_read_once():  # a head's or a foot's line is read for its dates, its kind, once, whichever readers ask
        doc = _parse_visible(visible.text)
    if (language := page_language((b.language, len(b.text)) for b in doc.blocks)) is not None:
        # a page in a language with no file of its own (Danish, Bulgarian, Finnish ...): read again with the months its
        # language borrows from dateparser's locale data in the date grammar (lexicon.reading), which the first reading
        # could not know before the passages' languages were told
        with reading(language), lines_read_once(), page_read_once():
            doc = _parse_visible(visible.text)
    if visible.at:
        for block in doc.blocks:
            block.start, block.end = visible.seed_start(block.start), visible.seed_end(block.end)
            block.cuts = [(visible.seed_start(s), visible.seed_end(e)) for s, e in block.cuts]
    return doc


def _parse_visible(text: str) -> ParsedDocument:
    head = _head_lines(text)  # the page's head as captured, under its source line: the catalogue's name is read there
    text, blanked = blanked_interface(text)
    url, offset = read_provenance(text)
    body = text[offset:]
    module = choose_parser(url, body)
    doc = module.parse(text, offset)
    if module is not generic and not doc.title:
        # The site's URL, but none of its layout: the bare text of the document (a title, its date line, the
        # text), read by its shape as any page is; the site's collection is kept. A date line the site's reader
        # found under a title it did not read (the archive's older page: its title, the date, the archive's name,
        # the language label, the summary, where other pages of the site give no date) is that shape too.
        bare = generic.parse(text, offset)
        if bare.title or (doc.document_date is None and bare.document_date is not None):
            bare.source_type, bare.collection = doc.source_type, doc.collection or bare.collection
            doc, module = bare, generic
    if url and not doc.url:
        doc.url = url
    doc.blocks = join_broken_paragraphs(text, doc.blocks)  # a page break's number and running head inside a paragraph
    if module is generic:
        read_numbered_heading(doc)
        generic.read_subject_title(doc)  # "MEMORANDUM FOR THE SECRETARY OF DEFENSE" / "Subject: ...": the subject
        generic.read_title_sender(doc)  # the heading under an archive's line ("外交部档案馆 · 开放档案") names the sender
        generic.read_carrying_day(doc)  # "Carried unanimously, Monday 14 November." under a congress's resolution
    if module is generic and ((url and _BOOK_SITES.search(url)) or is_book_page(doc.blocks)):
        doc.source_type, doc.document_type = "book_excerpt", "book_pages"  # the site's URL first, else the page's shape
        read_book_page(doc)
        doc.title = chapter_title(doc.title)
        if doc.sender_names and any(generic.news_byline(b.text) == doc.sender_names[0] for b in doc.blocks[:_BOOK_HEAD_BLOCKS]):
            doc.sender_names = []  # "Streets of Fire: ..." / "By Lydia Tan Hwee Lin" / "NUS Press, 2014": the book's author
            # under its title on the platform's head, who sends no paper (a book's page has no sender)
    doc.title = unwrap_title(doc.title)
    if module is generic and doc.title:
        doc.title = generic.without_note_marks(doc.title)  # "对罗瑞卿关于中印边境情况报告〔1〕的批示": the editors' note call is no part of it
        generic.title_beside_column(doc, text)  # "DAILY LOG - JULY 1973 <spaces> Observer: ...": the heading alone
    if capture_is_cut(text) and not closes_on_signer_or_day(text.rstrip().rsplit("\n", 1)[-1], doc.document_date_text):
        doc.has_cut_end = True  # (not where the page closes on its signer or on its own date line: "თბილისი, 1989 წლის 18
        # ოქტომბერი", whose last word is in a script whose letters are all small)
    read_self_designation(doc)
    read_source_notes(doc, head)
    read_title_parties(doc)
    if module is generic:
        generic.read_titled_parties(doc)  # "Letter of X to Y, July 12, 1963": a title read late, under a site's name
    read_record_writer(doc)
    read_telegram_head(doc)
    read_signal_head(doc)  # "FM NUKUALOFA 140430Z MAY 76" / "TO IMMEDIATE FCO" / ... / "FAIRCLOUGH"
    read_catalogue_record(doc)  # "Draft Date: 08 OCT 1976" / "From: SECSTATE WASHDC" / "To: ..." / "Subject: ..." / "Message Text:"
    read_memo_header(doc, text)
    read_address_line(doc)
    read_diary_heading(doc)
    read_addressee_line(doc)
    read_signed_date(doc)
    read_closing_date(doc)
    read_closing_signature(doc)
    generic.read_log_keeper(doc, text)  # "DAILY LOG - JULY 1973 <spaces> Observer: T. Fa'alogo": the log's keeper
    read_foot_signer(doc, text)  # "Рэктар універсітэта <spaces> М. Р. Шаўчук", "T. W. Lomax, Governor": a report's, a form's signer
    read_record_day(doc)
    read_diary_record(doc)
    read_diary_over_record(doc)
    read_diary_day(doc)
    read_diary_talk(doc)
    read_wire_parties(doc)
    read_speaking_day(doc)  # last: the day no layout's reader found, from the head, handling lines, foot or opening
    drop_publishing_sites(doc)
    _leave_out(doc.blocks, blanked)
    if doc.source_type == "book_excerpt" and doc.document_date_text and doc.document_date_text not in (doc.title or "") \
            and not printed_document_day(doc):
        doc.date_is_story = True  # a page of a book tells of many days; a document it prints dates it in its heading,
        # or on its date line
    untagged = [b for b in doc.blocks if b.language is None]
    for block, language in zip(untagged, detect_languages([b.text for b in untagged]), strict=True):
        block.language = language
    return doc


_HEAD_CHARS = 2000  # enough for the head's lines of most pages
_BOOK_HEAD_BLOCKS = 6  # a book platform's head over the page: its name, the book's title, the author, the imprint, the page

_DATE_LINE_CHARS = 60  # a date line of its own, never a paragraph
_PLACE_BEFORE_DAY = re.compile(r"^(?:[^\W\d_][\w.' -]{0,40},\s*)?$")  # "Berlin, ": a place-and-date line's place


def printed_document_day(doc: ParsedDocument) -> bool:
    """Whether the day the page was read for is the date line of the one document a book's page prints ("Berlin, 24
    January 1986" under its heading; "1 August, 1959" over a letter; "26 июля 1956 г."): the day alone on its line, or
    after its place, the year written in full, and no other such line on the page (a diary's entries, "8.II.48" /
    "9.II.48", tell of many days)."""
    lines = [b.text.strip() for b in doc.blocks if len(b.text.strip()) <= _DATE_LINE_CHARS]
    day_lines = [t for t in lines if (dates := find_dates(t)) and len(dates) == 1
                 and _PLACE_BEFORE_DAY.match(t[:dates[0].start]) and not t[dates[0].end:].strip(" .,")]
    return len(day_lines) == 1 and doc.document_date_text in day_lines[0] and re.search(r"(?:1[89]|20)\d\d", day_lines[0]) is not None



def _head_lines(text: str) -> list[str]:
    """The page's second to fifth lines (``splitlines``), split from its first characters only where they hold a sixth
    line: the lines before a break are the same however far the text is split."""
    lines = text[:_HEAD_CHARS].splitlines()
    return (lines if len(lines) > 5 else text.splitlines())[1:5]


def chapter_title(title: str | None) -> str | None:
    """A book page's title as a reader names it: the chapter, without the book and the publisher a site's page
    title adds after it ("Chapter 3. The Summer of Strikes - Poland 1980–1981 - Central European University Press");
    a title of two parts ("Book - Author") is kept whole."""
    parts = title.split(" - ") if title else []
    while len(parts) > 1 and reading_site_part(parts[-1]):
        parts.pop()  # "... - Читать онлайн - Страница 57": the reading site's words, not the book's
    if len(parts) >= 3 and parts[0].strip():
        return parts[0].strip()
    if len(parts) == 2 and parts[0].strip() and is_chapter_number(" ".join(parts[1].split()[:2])):
        return parts[0].strip()  # "Generals and Cocaine: ... - Chapter 5. The Seventeenth of July": the book, whose chapter
        # the page is, as when the publisher's name closes the title
    return " - ".join(parts).strip() if parts else title


def _leave_out(blocks: list[Block], blanked: list[tuple[int, int]]) -> None:
    """A passage that runs over a blanked line of the site's interface leaves it out (its ``excluded_spans``)."""
    if not blanked:
        return
    for block in blocks:
        inside = [(s, e) for s, e in blanked if block.start <= s and e <= block.end]
        if inside:
            block.cuts = sorted({*block.cuts, *inside})
