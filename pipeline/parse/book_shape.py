"""A page of a book known by its shape, whatever site it was captured from.

A historian's page is running prose: paragraphs of several sentences each, with the numbers of notes set where a
sentence or a clause closes ("...followed the next day.48 Tito answered"), and under the text the notes those
numbers call, each on its line with its number first ("48 AJ, f. 507, CK SKJ, III/31, 18 March 1948."), maybe a
page number or a running head alone on a line. A record has a different shape: a heading that names its kind
("Record of Conversation ...", "Telegram ..."), an addressee, a signature, handling lines. A page read from a
publisher's book platform or a reading site also shows the platform's lines ("In lieu of an abstract, here is a
brief excerpt of the content:", a reader's "Шрифт:" / "Закладка:" controls).

``is_book_page`` tells such a page from the generic parser's passages; ``read_book_page`` then reads it as a book
excerpt: its notes carry their numbers and are never its title, its title is a heading above the prose or none, so
that a note's citation is never taken for the page's title or its date. The patterns are data:
``pipeline/reference/layouts/book_shape.yaml``.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pipeline.normalize.dates import find_dates
from pipeline.normalize.doctypes import document_type_of
from pipeline.normalize.lexicon import alternation
from pipeline.normalize.page_memo import once_per_page
from pipeline.parse.model import Block, ParsedDocument, ends_sentence
from pipeline.parse.source_note import is_citation_line, series_citation
from schemas import load_yaml

PROSE_CHARS = 200  # a paragraph of running text is longer than this
RUN_OF_NOTES = 3  # notes called one after another in the order of their numbers, without the notes under the page
_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019\u00bb)]?(?:[0-9]{1,3}|\([0-9]{1,3}\))?\s+\S")  # a sentence closes (maybe
# calling its note, "sea.(14) In") and another follows


@cache
def shape_data() -> dict:
    return load_yaml(resources.files("pipeline.reference").joinpath("layouts/book_shape.yaml").read_text("utf-8"))


@cache
def _note_line() -> re.Pattern:
    return re.compile(shape_data()["note_line"])


@cache
def _markers() -> list[re.Pattern]:
    return [re.compile(p, re.MULTILINE) for p in shape_data()["note_markers"]]


@cache
def _platform_line() -> re.Pattern:
    return re.compile("(?:" + "|".join(shape_data()["book_platform_lines"]) + ")", re.IGNORECASE)


@cache
def _page_number_line() -> re.Pattern:
    return re.compile(shape_data()["page_number_line"], re.IGNORECASE)


_SUPERSCRIPTS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")


def _number(text: str) -> int:
    return int(text.translate(_SUPERSCRIPTS))


def note_number(line: str) -> int | None:
    """The number a note opens with ("48 AJ, f. 507, ..." gives 48), None for a line that is no note."""
    m = _note_line().match(line)
    return _number(m["n"]) if m and not is_page_number(line) else None


_ANY_YEAR = 1970  # the year a day without one is read in, only to tell where the day is written


def note_markers(text: str) -> list[int]:
    """The numbers of the notes a passage of running text calls, in order. A number that is a day's, its month after
    it or before it, is none ("Tues. 27 Sept. Wind W 4": a register's entry under its weekday's short name)."""
    found = {m.start("n"): _number(m["n"]) for pattern in _markers() for m in pattern.finditer(text)}
    if found:
        days = {d.start for d in find_dates(text, context_year=_ANY_YEAR)}  # where a day opens, its year written or not
        found = {at: n for at, n in found.items() if at not in days}
    return [found[at] for at in sorted(found)]


_TO_SUPERSCRIPTS = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


def calls_note(text: str, n: int) -> bool:
    """Whether a passage calls note ``n`` (``note_markers``): a marker's digits stand in the passage, as figures or as
    superscripts, so a passage without them is turned away before the markers are read (most passages above a foot)."""
    digits = str(n)
    return (digits in text or digits.translate(_TO_SUPERSCRIPTS) in text) and n in _called_notes(text)


@once_per_page  # the passages over a foot, asked for each numbered line of the foot (the signature's reader asks of each)
def _called_notes(text: str) -> frozenset[int]:
    """The numbers of the notes a passage calls, read once while its page is read."""
    return frozenset(note_markers(text))


def is_platform_line(line: str) -> bool:
    """A line that a publisher's book platform or a reading site puts around a page of a book."""
    return _platform_line().fullmatch(line.strip()) is not None


# The number and the name may stand apart by a bar or a dot, as a digital edition sets them ("188 | The Pueblo Crisis and
# the Socialist Camp", "Cold War Africa · 57").
_BAR = r"\s*[|\u2022\u00b7]\s*"
# A journal's head in capitals may number its issue after a comma, the page's number after it ("COLD WAR
# INTERNATIONAL HISTORY PROJECT BULLETIN, ISSUE 17/18        512").
_RUNNING_HEAD = re.compile(r"^(?:[0-9]{1,4}(?:(?P<bar_after>" + _BAR + r")|\s+)(?P<after>[^0-9|\u2022\u00b7]{4,80})"
                           r"|(?P<before>[^0-9|\u2022\u00b7]{4,80}?)(?:(?P<bar_before>" + _BAR + r")|\s+)[0-9]{1,4}"
                           r"|(?P<issue>[^|\u2022\u00b7,]{4,80},\s[^|\u2022\u00b7,]{2,30}?)\s+[0-9]{1,4})$")


def is_running_head(line: str) -> bool:
    """A book's running head: the page number and the book's or the chapter's name on one line ("214   COLD WAR ON THE
    NILE", "THE EXPULSION   215", "The Cold Peace 97"), printed over every page, never its title."""
    return running_head_words(line) is not None


_SITE_TITLE_PARTS = re.compile(r"\s[-\u2013\u2014|]\s")


def running_head_words(line: str) -> str | None:
    """The name a running head prints beside the page number: in capitals with the number on either side; in mixed case
    with a page number of up to three figures after a capitalised last word ("The Cold Peace 97"), not a chapter's
    number ("Chapter 5") nor a year or a number that goes on from the words ("..., 1958", "6 The Break"). Else None."""
    m = _RUNNING_HEAD.match(line.strip())
    if m and m["issue"]:
        words = m["issue"].strip()
        issue = words.rpartition(",")[2]  # "ISSUE 17/18": the issue's number, no day ("MOSCOW, 12 MAY 1968" is a date line)
        return words if words.isupper() and any(c.isdigit() for c in issue) and not find_dates(line) \
            and document_type_of(words) == "other" else None
    words = (m["after"] or m["before"] or "").strip() if m else ""
    if not any(c.isalpha() for c in words):
        return None
    if words.isupper():
        return words
    if (m["bar_after"] or m["bar_before"]) and words[:1].isupper() and not _SITE_TITLE_PARTS.search(words):
        return words  # the bar sets a page's number apart from its head: no chapter's number, no count in a sentence
    number = line.strip()[len(words):].strip() if m["before"] else ""
    last = words.split()[-1]
    if len(number) <= 3 and number and last[:1].isupper() and last[-1:].isalpha() and not is_chapter_number(line) \
            and not _SITE_TITLE_PARTS.search(words):  # "Book - Author - Читать онлайн - Страница 57": a site's page title
        return words
    return None


def is_page_number(line: str) -> bool:
    return _page_number_line().match(line.strip()) is not None


def is_prose(text: str) -> bool:
    """A paragraph of running text: long, of more than one sentence."""
    return len(text) > PROSE_CHARS and _SENTENCE.search(text) is not None


def _notes_block(blocks: list[Block]) -> list[int]:
    """The indices of the notes under the page's last paragraph of prose: lines that open with a number, page numbers
    and running heads between them left aside. [] when the page closes on its prose."""
    last = max((i for i, b in enumerate(blocks) if is_prose(b.text) and note_number(b.text) is None), default=None)
    if last is None:
        return []
    notes = []
    for i in range(last + 1, len(blocks)):
        text = blocks[i].text.strip()
        if is_page_number(text):
            continue
        if note_number(text) is not None and len(text) < 600:
            notes.append(i)
        elif notes:
            break  # the notes are over: what follows is the site's
    return notes


def is_book_page(blocks: list[Block]) -> bool:
    """A page of a book by its shape: a platform's lines around it, or paragraphs of prose that call notes by number
    and the notes under them that answer to those numbers, with no heading that names a record's kind above it."""
    texts = [b.text.strip() for b in blocks]
    if any(len(t) < 120 and is_platform_line(t) for t in texts[:8]):
        return True
    prose = [i for i, t in enumerate(texts) if is_prose(t) and note_number(t) is None]
    if not prose:
        return False
    if sum(1 for t in texts[: prose[-1]] if entry_day(t)) >= DIARY_ENTRIES:
        return False  # "Tiistai 16.1.1973" / "Keskiviikko 17.1.1973": a diary's entries, each headed by its day, as an
        # edition prints the record (its editor's notes and page numbers round it), no historian's prose
    if any(document_type_of(t) != "other" for t in texts[: prose[0]] if len(t) <= 300 and not is_running_head(t)):
        return False  # "Record of Conversation ...", "Telegram ...": a record's heading, not a chapter's (a running
        # head that names one, "156   THE MOSCOW MEMORANDUM", is the book's, printed over its page)
    if _memoir_page(texts, prose):
        return True
    notes = _notes_block(blocks)
    running = [i for i, t in enumerate(texts) if prose[0] <= i < (notes[0] if notes else len(texts)) and _runs_on(t)]
    calls = [n for i in running for n in note_markers(texts[i])]  # a short paragraph between long ones calls notes too
    answered = {note_number(texts[i]) for i in notes}
    keyed = set(calls) & answered
    return len(keyed) >= 2 or (len(keyed) == 1 and len(answered) == 1 and len(prose) >= 2) or _counts_on(calls)


DIARY_ENTRIES = 2  # a diary's page prints two entries or more, each under its day
ENTRY_DAY_CHARS = 40  # "Keskiviikko 17.1.1973", "Monday, 3 March 1975": the day alone, its weekday maybe before it


def entry_day(text: str) -> bool:
    """A line that is a day alone, its year written, maybe after its weekday ("Tiistai 16.1.1973", "Monday, 3 March
    1975", "16.1.1973"): the heading of a diary's entry."""
    if len(text) > ENTRY_DAY_CHARS or not any(map(str.isdigit, text)):
        return False
    day = next((d for d in find_dates(text) if d.year_written and d.precision == "day"), None)
    if day is None or text[day.end:].strip(" .,"):
        return False
    before = text[: day.start].strip(" ,")
    return not before or (len(before.split()) == 1 and before.isalpha())


MEMOIR_PARAGRAPHS = 2  # paragraphs of the story told in the first person


@cache
def _first_person() -> re.Pattern:
    return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in shape_data()["first_person_words"]) + r")(?![\w'’])")


def _memoir_page(texts: list[str], prose: list[int]) -> bool:
    """A memoir's page by its structure: a running head with the page number over the text, the first line of the page
    under the site's lines ("186   A WINDOW ON WENCESLAS SQUARE"), then paragraphs of a story told in the first person
    (book_shape.yaml first_person_words), though the page is cut before its notes."""
    head = next((i for i, t in enumerate(texts[: prose[0]]) if is_running_head(t)), None)
    if head is None:
        return False
    told = [i for i in prose if _first_person().search(texts[i])]
    return len(told) >= MEMOIR_PARAGRAPHS


RUNNING_CHARS = 60  # a short paragraph of the story ("Mindszenty himself was not consulted. He protested ...")


def _runs_on(text: str) -> bool:
    """A paragraph of the page's story, long or short: a sentence that closes, no note nor page number."""
    return (is_prose(text) or len(text) > RUNNING_CHARS and _SENTENCE.search(text) is not None) \
        and note_number(text) is None and not is_page_number(text)


def _counts_on(calls: list[int]) -> bool:
    """Notes called in the order of their numbers, one after another ("...day.48", "...parties.49", "...afterwards.50"):
    a book's pages whose notes stand at the end of the chapter, not under the page."""
    runs = [1]
    for before, after in zip(calls, calls[1:], strict=False):
        runs.append(runs[-1] + 1 if after == before + 1 else 1)
    return max(runs) >= RUN_OF_NOTES


def read_book_page(doc: ParsedDocument) -> None:
    """A page of a book the generic parser read: each note carries its number, the title is the heading above its
    prose or none (never a note, a paragraph of its story, a page number or a platform's line)."""
    blocks = doc.blocks
    notes = _notes_block(blocks)
    for i in notes:
        blocks[i].footnote_numbers = [note_number(blocks[i].text.strip())]
        if cites_only(blocks[i].text):
            blocks[i].passage_type, blocks[i].section_type = "trailer", "trailer"
    first_prose = next((i for i, b in enumerate(blocks) if is_prose(b.text) and i not in notes), None)
    if doc.title_block is None or first_prose is None:
        return
    title = blocks[doc.title_block].text.strip()
    if doc.title_block in notes or doc.title_block > first_prose or is_page_number(title) or is_platform_line(title) \
            or is_running_head(title):
        for i, block in enumerate(blocks):
            if i >= first_prose and block.section_type == "header" and not is_page_number(block.text.strip()):
                block.section_type, block.passage_type = "body", "paragraph"
        heading = next((i for i in range(first_prose) if _heads_the_page(blocks[i].text.strip())), None)
        if heading is None and (words := running_head_words(title)) is not None and doc.title_block < first_prose:
            doc.title = words[:300]  # no heading over the prose: the book's or the chapter's name its running head prints
        elif heading is None:
            doc.title, doc.title_block = None, None
        else:
            blocks[heading].passage_type, blocks[heading].section_type = "title", "header"
            doc.title, doc.title_block = blocks[heading].text.strip()[:300], heading
    named_chapter(doc, first_prose)
    for block in blocks:
        if not block.footnote_numbers and is_page_number(block.text.strip()):
            block.section_type, block.passage_type = "header", "header"


def named_chapter(doc: ParsedDocument, first_prose: int) -> None:
    """A title that is a chapter's number alone ("Chapter 5", "Глава 3", "第五章") over the heading that names the chapter
    ("The Break of 1948"): the name is the page's title, the number its label."""
    at = doc.title_block
    if at is None or not is_chapter_number(doc.blocks[at].text.strip()) or at + 1 >= first_prose:
        return
    name = doc.blocks[at + 1].text.strip()
    if not name or len(name) > 160 or ends_sentence(name) or is_prose(name) or is_page_number(name):
        return
    doc.blocks[at].passage_type, doc.blocks[at].section_type = "header", "header"
    doc.blocks[at + 1].passage_type, doc.blocks[at + 1].section_type = "title", "header"
    doc.title, doc.title_block = name[:300], at + 1


@cache
def _chapter_number_line() -> re.Pattern:
    return re.compile(shape_data()["chapter_number_line"], re.IGNORECASE)


def is_chapter_number(line: str) -> bool:
    """A chapter's or a part's number alone on its line (chapter_number_line)."""
    return _chapter_number_line().match(line.strip()) is not None


@cache
def _document_number_head() -> re.Pattern:
    return re.compile(shape_data()["document_number_head"])


def is_document_number_head(line: str) -> bool:
    """The heading of one of the numbered documents a collection's page holds ("№ 46. Телеграмма ...", "No. 12.
    Memorandum of Conversation"): document_number_head."""
    return _document_number_head().match(line.strip()) is not None


@cache
def _document_number_alone() -> re.Pattern:
    return re.compile(shape_data()["document_number_alone"])


def is_document_number_alone(line: str) -> bool:
    """A posted document's number alone on its line on an editor's page ("Document 4"), its describing line under it:
    document_number_alone."""
    return _document_number_alone().match(line.strip()) is not None


def cites_only(note: str) -> bool:
    """A note that is nothing but archives' references ("48 AJ, f. 507, CK SKJ, III/31, 18 March 1948."; "13 RGANI, f. 5,
    op. 30, d. 233; AVPRF, f. 06, op. 10") or the dated papers they keep ("Kasatonov to Malinovskii, 2 June 1961, RGAVMF,
    ..."): where the page's sources are kept, no story of its own."""
    m = _note_line().match(note)
    pieces = [p.strip() for p in note[m.end():].split(";")] if m else []
    return bool(pieces) and all(_cites(p) or _cited_elsewhere(p) or i > 0 and _paper_after_archive(p) for i, p in enumerate(pieces))


def _cites(piece: str, turned: bool = False) -> bool:
    """A reference as one of the note's kinds, or as one once its archive named last is put first (turned once only:
    "USSR, USA, UK." would turn for ever)."""
    return is_citation_line(piece) or _cited_paper(piece) or _cited_issue(piece) or _cited_interview(piece) \
        or _cited_in_bracketed_archive(piece) or (not turned and bool(first := _archive_first(piece)) and _cites(first, turned=True))


_ARCHIVE_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,6}(?: [A-Z]{2,4})?")  # "TNA", "NARA", "PRO", "AVP RF"


def _archive_first(piece: str) -> str | None:
    """A reference that names its archive last ("FCO 63/302, TNA.", "Watson to Stewart, 12 March 1969, FCO 63/302,
    TNA.", "CAB 128/44, CC(69)13th Conclusions, 16 March 1969, TNA."), written as the notes that name it first are
    ("TNA, FCO 63/302."); None when the last piece is no archive's name."""
    head, comma, last = piece.strip().rstrip(".").rpartition(", ")
    if not comma or not head or _ARCHIVE_ABBREVIATION.fullmatch(last.strip()) is None:
        return None
    dates = find_dates(head)
    if dates and head[:dates[0].start].endswith(", ") and head[dates[0].end:].strip(" ,") and not is_citation_line(head[:dates[0].start]):
        return f"{head[:dates[0].end]}, {last.strip()}, {head[dates[0].end:].lstrip(' ,')}."  # the paper, then its archive
    return f"{last.strip()}, {head}."


@cache
def _see_opener() -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(shape_data().get("cited_see_openers") or ["(?!)"]) + r")\s+", re.IGNORECASE)


_BOOK_PAGES = re.compile(r",\s*pp?\.\s*\d+(?:\s*[-\u2013]\s*\d+)?\.?$")
_BOOK_PAGES_HEAD = 80  # "Urquhart, Hammarskjold": an author and a short title


def _cited_elsewhere(piece: str) -> bool:
    """A piece that sends the reader to another source ("cf. Urquhart, Hammarskjold, pp. 528-31"; "see also Le Monde, 11
    April 1977"): its opener (``cited_see_openers``), then a reference as the note's other pieces cite, or a book's
    author, title and pages."""
    if (m := _see_opener().match(piece)) is None:
        return False
    rest = piece[m.end():].strip()
    if _cites(rest):
        return True
    pages = _BOOK_PAGES.search(rest)
    head = rest[: pages.start()] if pages else ""
    return bool(head) and len(head) <= _BOOK_PAGES_HEAD and _names_and_paper_words(head)


def _paper_after_archive(piece: str) -> bool:
    """A dated paper that closes a note after the archive's reference it is kept under ("TNA, FCO 36/3126, ...; record of
    conversation, Carrington-Mugabe, 18 May 1982."; "ANRI, Kabinet Presiden, no. 1024; Sukarno, Amanat Presiden, 13
    February 1963."): names and a paper's words, a comma, its day at the end."""
    piece = piece.strip().rstrip(".")
    dates = find_dates(piece)
    if not dates or dates[-1].end != len(piece) or not piece[: dates[-1].start].endswith(", "):
        return False
    head = piece[: dates[-1].start].rstrip(", ")
    return 0 < len(head) <= 120 and not any(c.isdigit() for c in head) and _names_and_paper_words(head)


def _names_and_paper_words(head: str) -> bool:
    words = _WORD.findall(head)
    return bool(words) and any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w.lower().rstrip(".") in _paper_words() or w.lower() in _name_particles() for w in words)


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(shape_data().get("cited_name_particles") or [])


@cache
def _ibid() -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in shape_data().get("cited_ibid") or ["(?!)"]) + r")\.?(?:,|$)", re.IGNORECASE)


@cache
def _bracketed_archive() -> re.Pattern:
    archives = "|".join(shape_data().get("cited_archive_brackets") or ["(?!)"])
    return re.compile(r"^(?P<abbr>[A-Z][A-Za-z]{1,7})\s*\((?:" + archives + r")\)\s*,\s*", re.IGNORECASE)


def _cited_in_bracketed_archive(piece: str) -> bool:
    """A piece that names its archive by an abbreviation spelled out in brackets, then the file and the dated paper it
    keeps ("UM (Ministry for Foreign Affairs Archive, Helsinki), 7 D Moskova, Wuori to Helsinki, 30 October 1961."):
    names, numbers and a paper's words alone (``cited_paper_words``) up to the day it closes on."""
    if (m := _bracketed_archive().match(piece)) is None or not m["abbr"][:1].isupper():
        return False
    rest = piece[m.end():].rstrip(" .")
    dates = find_dates(rest)
    if not dates or dates[-1].end != len(rest) or not rest[:dates[-1].start].endswith(", "):
        return False
    head = rest[:dates[-1].start]
    return all(w[:1].isupper() or w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") in _paper_words()
               for w in _WORD.findall(head))


@cache
def _kind_before_day() -> re.Pattern:
    data = shape_data()
    return re.compile(r",\s+(?:" + (alternation(data.get("cited_paper_kinds_before_day") or []) or "(?!)") + r")\s+(?:"
                      + (alternation(data.get("cited_paper_day_joiners") or []) or "(?!)") + r")\s+$", re.IGNORECASE)


@cache
def _paper_words() -> frozenset[str]:
    return frozenset(shape_data().get("cited_paper_words") or [])


_WORD = re.compile(r"[^\W\d_][\w.'-]*")


def _cited_paper(piece: str) -> bool:
    """A dated paper a note names before the archive that keeps it ("Ponomarev to the CC CPSU, 16 May 1977, RGANI, f. 5,
    ..."; "Political Officer, Gangtok, to MEA, 6 July 1974, NAI, ..."; "Kano to Lagos, savingram 12, 3 June 1966, TNA,
    DO 195/371."): its names, posts and the words of a paper's heading alone (``cited_paper_words``) and its numbers, no
    verb that tells what happened, a comma, its day, and the archive's reference after."""
    dates = find_dates(piece)
    if dates and (kind := _kind_before_day().search(piece, 0, dates[0].start)) is not None:
        piece = piece[:kind.start()] + ", " + piece[dates[0].start:]  # "..., relatório de 9 de Dezembro de 1961, AHU, ...":
        dates = find_dates(piece)  # the paper's kind and its joiner before its day, read as the day after the comma
    if not dates or not piece[:dates[0].start].endswith(", "):
        return False
    head = piece[:dates[0].start].rstrip(", ")
    if not 0 < len(head) <= 120 or not any(w[:1].isupper() for w in _WORD.findall(head)):
        return False
    if any(not w[:1].isupper() and w.lower().rstrip(".") not in _paper_words() and w.lower() not in _name_particles()
           for w in _WORD.findall(head)):
        return False  # "tel. no. 212": an abbreviation is its word; "Bourguiba to de Gaulle": a name's particle
    after = piece[dates[0].end:].lstrip(" ,")
    return bool(after) and bool(is_citation_line(after) or series_citation(after) or _ibid().match(after))


# What may follow a newspaper's day in a note: its page ("p. 3", "pp. 1-2"), or nothing.
_ISSUE_PAGE = re.compile(r"(?:pp?\.\s*\d+(?:\s*[-\u2013]\s*\d+)?)?")


def _cited_issue(piece: str) -> bool:
    """A newspaper's issue a note cites ("Sierra Leone Daily Mail, 24 March 1967."; "The Times, 3 June 1961, p. 5"):
    a title of capitalised words (and the small words of a paper's heading), a comma, its day and at most its page."""
    dates = find_dates(piece)
    if len(dates) != 1 or not piece[:dates[0].start].endswith(", ") or dates[0].precision != "day":
        return False
    head = piece[:dates[0].start].rstrip(", ")
    words = _WORD.findall(head)
    if not 0 < len(head) <= 60 or not words or "," in head or any(c.isdigit() for c in head):
        return False
    if any(not w[:1].isupper() and w.lower() not in _paper_words() for w in words):
        return False
    return _ISSUE_PAGE.fullmatch(piece[dates[0].end:].strip(" ,.")) is not None


@cache
def _interview_opener() -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(shape_data().get("cited_interview_openers") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE)


_CLOSING_YEAR = re.compile(r",\s(?:1[89]|20)[0-9]{2}$")
_INTERVIEW_CHARS = 160  # "Interview with a former officer of the 4th Armoured Brigade, Moscow, 1994": whom, where and when


def _cited_interview(piece: str) -> bool:
    """The author's interview a note cites ("Interview with Óscar Monteiro, Maputo, 14 June 2004"; "interview with a
    former aide of Ulusu, Istanbul, May 1991"): the words that open it (``cited_interview_openers``), whom and where, no
    sentence, and the piece closes on its day, month or year after a comma."""
    piece = piece.strip().rstrip(".")
    if len(piece) > _INTERVIEW_CHARS or not _interview_opener().match(piece) or _SENTENCE.search(piece):
        return False
    if _CLOSING_YEAR.search(piece):
        return True  # "..., Moscow, 1994": a year alone is no date the reader finds
    dates = find_dates(piece)
    return bool(dates) and dates[-1].end == len(piece) and piece[: dates[-1].start].endswith(", ")


def _heads_the_page(text: str) -> bool:
    """A line above the prose that may name the page: a chapter's heading, not a platform's line or a page number."""
    return 0 < len(text) <= 300 and not ends_sentence(text) and not is_platform_line(text) and not is_page_number(text) \
        and not is_running_head(text) and (note_number(text) is None or _numbered_chapter(text))


NUMBERED_CHAPTER_CHARS = 100  # "6 The Break with Moscow": a chapter's number and its name


_CHAPTER_NUMBER_SPACED = re.compile(r"^[0-9]{1,2}\s+[^\W\d_]")


def _numbered_chapter(text: str) -> bool:
    """A chapter's heading that opens with its number set apart by a space ("6 The Break with Moscow") above the prose,
    where no note of the page stands: short, no sentence, no archive's reference in it. A number with a full stop
    ("5. Operation Carlota") is written as the page's notes are, and is left to them."""
    return len(text) <= NUMBERED_CHAPTER_CHARS and _CHAPTER_NUMBER_SPACED.match(text) is not None and not cites_only(text) \
        and not is_citation_line(text)
