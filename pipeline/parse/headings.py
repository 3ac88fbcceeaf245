"""Headings that name one document inside a page, and whether the page's capture was cut.

A book page or a collection prints its documents under numbered headings
that give each one's kind, parties and date ("Document No. 56: Record of
Conversation between Mikhail Gorbachev and Margaret Thatcher April 6, 1989",
"VIII. Record of Conversation, X and Y, September 19, 1952", "236、…致毛泽东电
(1951年8月29日)"); such a heading is the document's title, wherever the page's
lines were run together. Site boilerplate ("In lieu of an abstract, here is a
brief excerpt of the content:", "内容摘要:") is never a title, and a line of the site's interface ("Menu",
"Home › Documents", a cookie banner) is read as a blank line. The words are data:
``pipeline/reference/layouts/furniture.yaml``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from pipeline.normalize.dates import DateMention, find_dates, iter_dates
from pipeline.normalize.doctypes import document_type_of, names_a_kind
from pipeline.normalize.lexicon import LANGUAGES, alternation, lexicon, words
from pipeline.normalize.names import Entity, canonical_name, lookup
from pipeline.normalize.openings import required_words, with_opening
from pipeline.normalize.page_memo import once_per_page
from pipeline.parse.model import (
    ANNOTATION_LABELS,
    END_MARK_LINES,
    Block,
    ParsedDocument,
    catalogue_field,
    closing_phrases,
    dated_foot_line,
    dated_line,
    ends_sentence,
    handling_kind,
    is_closing_label,
    is_date_line,
    is_dated_closing,
    is_recorder_line,
    is_signer_line,
    is_text_end_mark,
)
from pipeline.parse.source_note import (
    head_archive_name,
    head_mark,
    is_citation_line,
    labelled_mark_line,
    names_a_source,
    published_line,
    site_action_mark,
)
from schemas import load_yaml


@cache
def _furniture() -> dict:
    return load_yaml(resources.files("pipeline.reference").joinpath("layouts/furniture.yaml").read_text("utf-8"))


@cache
def _never_title() -> re.Pattern:
    return re.compile("^(?:" + "|".join(_phrases_with_openings("never_titles")) + ")", re.IGNORECASE)  # (asked only whether
    # a line opens so)


@cache
def _reading_site_part() -> re.Pattern:
    return re.compile("(?:" + "|".join(_furniture()["reading_site_parts"]) + ")", re.IGNORECASE)


def reading_site_part(text: str) -> bool:
    """A part of a book page's title that is the reading site's ("Читать онлайн", "Страница 57"), not the book's."""
    return _reading_site_part().fullmatch(text.strip()) is not None


@cache
def _title_wrappers() -> list[tuple[re.Pattern, tuple[str, ...] | None]]:
    """Each wrapper with the strings one of which it must hold (``required_words``: the bar, the site's name): most
    titles hold none of them and are not matched."""
    return [(pattern, required_words(pattern)) for pattern in map(re.compile, _furniture()["title_wrappers"])]


@once_per_page  # the title and its parts, asked by the page's parser and again over the document's title
def unwrap_title(title: str | None) -> str | None:
    """A page's title without a site's words around it ("Читать онлайн «...» – Страница 112", "... | CIA FOIA
    (foia.cia.gov)"): the title the wrapper holds, else the title as it is."""
    if not title:
        return title
    if (m := _title_label().match(title)) and (labelled := (m["quoted"] or _plain_title(m) or "").strip(" ,")):
        return labelled  # "Title: ...", "Citation: \"Letter from ...,\" 1961, ...": the title the label gives
    stripped = title.strip()
    for wrapper, needed in _title_wrappers():
        if needed is not None and not any(map(stripped.__contains__, needed)):  # (no generator's frame per word)
            continue
        if (m := wrapper.fullmatch(stripped)) and m["title"].strip():
            return m["title"].strip()
    title = _without_pages(title)
    parts = [p.strip() for p in _title_separator().split(title.strip()) if p.strip()]
    if len(parts) >= 3:  # a breadcrumb, or a title with the site's sections: the part that names a kind, else the longest
        kinds = [p for p in parts if document_type_of(p) != "other"]
        return max(kinds or parts, key=len)
    return _without_site_name(title)


@cache
def _page_marks() -> tuple[str, str]:
    return tuple((words("page_marks") + ["", ""])[:2])


def _without_pages(title: str) -> str:
    """A book's title without the pages of the excerpt after it ("刘少奇年谱（1898—1969）下卷，第二〇一—二〇六页": the pages
    between the marks of ``page_marks``, after a full-width comma), the title as it is otherwise."""
    if "\uff0c" not in title:
        return title  # most titles: no full-width comma, no pages after one
    opening, closing = _page_marks()
    head, comma, last = title.rstrip().rpartition("\uff0c")
    if comma and head.strip() and opening and last.startswith(opening) and last.endswith(closing) and len(last) <= 20:
        return head.rstrip()
    return title


def _without_site_name(title: str) -> str:
    """The title without a site's name closing it after a dash or a bar ("... | Wilson Center Digital Archive"), nor
    the site's section standing just before that name ("... - Historical Documents - Office of the Historian")."""
    while (m := _site_name().search(title)) and m.start() > 0:
        title = title[: m.start()].rstrip()
        while (s := _site_section().search(title)) and s.start() > 0 and is_site_breadcrumb_line(s["part"]):
            title = title[: s.start()].rstrip()
    return title


@cache
def site_name_separator() -> re.Pattern:
    """The marks that part a site's name from a page's title or section (" | ", " — ", furniture.yaml)."""
    return re.compile("|".join(re.escape(s) for s in _furniture()["site_name_separators"]))


@cache
def _site_section() -> re.Pattern:
    marks = site_name_separator().pattern
    return re.compile(rf"(?:{marks})(?P<part>(?:(?!{marks}).){{2,60}})$")


@cache
def _site_name() -> re.Pattern:
    marks = site_name_separator().pattern
    names = "|".join(re.escape(w) for w in _furniture()["site_name_words"])
    host = r"(?i:(?:[a-z0-9-]+\.)+[a-z]{2,})"
    # the last part: short, no further mark in it, naming a site by one of its words, by its host, or by a name with its
    # host in brackets ("CIA FOIA (foia.cia.gov)")
    return re.compile(
        rf"(?:{marks})(?=[^|\u2014\u2013]{{2,60}}$)(?:(?:(?!{marks}).)*?\b(?:{names})\b(?:(?!{marks}).)*|{host}|[^()|]{{1,40}}\({host}\))$"
    )


_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,6}")
SITE_PART_CHARS = 80


def is_site_banner(text: str) -> bool:
    """A site's banner over its pages: two parts or more after a bar, each a site's name ("Stasi-Mediathek | BStU", "East
    View Information Services | Universal Database of Russian Central Newspapers"), by one of ``site_name_words`` or as
    an acronym of capitals ("BStU")."""
    if " | " not in text:
        return False
    names = _site_name_word()
    parts = [p.strip() for p in text.strip().split(" | ")]
    return all(len(p) <= SITE_PART_CHARS and (names.search(p) or (_ACRONYM.fullmatch(p) and sum(c.isupper() for c in p) >= 2))
               for p in parts)


HOST_LINE_WORDS = 8  # the site's name heading its pages: a few words, never a sentence


def names_the_host(text: str, host: str | None) -> bool:
    """A page's first line that names the site serving it by the site's host name ("ProQuest Historical Newspapers: The
    New York Times" on proquest.com, "United Nations" on digitallibrary.un.org, "Gale | U.S. Declassified Documents
    Online" on go.gale.com): by its initials, or by its first word where that is a host's name of four letters or more;
    the site's banner over the document, never its title. A line that names a kind of paper is the document's."""
    if not host or len(text) > SITE_PART_CHARS * 2 or text.rstrip().endswith((".", "!", "?")) or names_a_kind(text):
        return False
    names = [w for w in re.split(r"[^\w]+", text) if w]
    if not names or len(names) > HOST_LINE_WORDS:
        return False
    labels = set(host.casefold().split(".")[:-1])
    initials = "".join(w[0] for w in names if w[0].isupper()).casefold()
    return (len(initials) >= 2 and initials in labels and len(initials) == sum(w[0].isupper() for w in names)
            and all(w[0].isupper() or len(w) <= 3 for w in names)) or (len(names[0]) >= 4 and names[0].casefold() in labels
                                                                             and any(c in text for c in ":|"))  # "ProQuest ...: ..." 


def is_site_name(text: str) -> bool:
    """A short line that names a site by one of ``site_name_words`` ("Parallel History Project on Cooperative Security")."""
    return len(text) <= SITE_PART_CHARS and not text.rstrip().endswith((".", "!", "?")) and _site_name_word().search(text) is not None


def is_site_trail(text: str) -> bool:
    """A site's trail of its collection, its steps parted by middle dots, one naming a site or an archive ("Government
    Offices of Iceland · Archive · Cabinet minutes"): at the page's head, the site's line over the document's heading
    (layouts/furniture.yaml site_trail_separators)."""
    marks = _furniture()["site_trail_separators"]
    parts = [text.strip()]
    for mark in marks:
        parts = [q.strip() for p in parts for q in p.split(mark)]
    return len(parts) >= 2 and all(0 < len(p) <= SITE_PART_CHARS for p in parts) \
        and not text.rstrip().endswith((".", "!", "?")) and any(is_site_name(p) or _names_site_part(p) for p in parts)


SITE_HEAD_WORDS = 4  # a site's name alone on the page's first line: a few words ("Google Books", "Исторические материалы")


def _names_site_part(text: str) -> bool:
    """A part of a site's line that names the site by one of ``site_name_words``, in any case, or ends in one written in
    a script without spaces ("中国档案资讯网", "外務省外交史料館")."""
    text = text.strip()
    return is_site_name(text) or is_site_name(text.title()) or any(
        text.endswith(w) for w in _furniture()["site_name_words"] if ord(w[0]) >= 0x3000) \
        or is_web_host(text)  # "CIA FOIA (foia.cia.gov)": the site named by its host


# A site's host name written in its banner, in brackets or alone ("(foia.cia.gov)", "history.state.gov", "dodis.ch"): two
# or more labels of small letters parted by dots, the last a top-level domain's (see ``is_web_host``).
_WEB_HOST = re.compile(r"(?:^|[\s(])(?P<host>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?P<end>[a-z]{2,6}))(?=$|[\s)])")


@cache
def _host_endings() -> tuple[frozenset[str], frozenset[str]]:
    furniture = _furniture()
    return frozenset(furniture["web_host_generic_domains"]), frozenset(furniture["web_host_country_domains"])


def is_web_host(text: str) -> bool:
    """Whether ``text`` names a site by its host (layouts/furniture.yaml web_host_*): the last label a generic domain
    ("foia.cia.gov"), or two letters that are a known country's domain ("dodis.ch") or close a name of three labels or more
    ("www.archiv.xy"); a two-letter ending alone after one dot is an abbreviation ("fig.ab", "st.ly"), no host."""
    generic, countries = _host_endings()
    for m in _WEB_HOST.finditer(text):
        end = m["end"]
        if end in generic or len(end) == 2 and (end in countries or m["host"].count(".") >= 2):
            return True
    return False


def is_site_head(text: str) -> bool:
    """A page's first line that is the site's alone (layouts/furniture.yaml site_head_separators): its name in a few
    words, naming no kind of paper and no year ("Google Books"); its trail of middle dots (is_site_trail); or its trail
    of arrows, its first step naming the site and its last no kind of paper ("Документы › Кипр, 1974")."""
    text = text.strip()
    if is_site_trail(text):
        return True
    if not text or len(text) > SITE_PART_CHARS * 2 or text.endswith((".", "!", "?")) or names_a_kind(text):
        return False
    steps = [text]
    for mark in _furniture()["site_head_separators"]:
        steps = [q.strip() for p in steps for q in p.split(mark)]
    if len(steps) >= 2:
        return all(0 < len(p) <= SITE_PART_CHARS for p in steps) and _names_site_part(steps[0]) \
            and document_type_of(steps[-1]) == "other"
    return len(text.split()) <= SITE_HEAD_WORDS and not any(map(str.isdigit, text)) and _names_site_part(text)


@cache
def _site_name_word() -> re.Pattern:
    return re.compile(r"(?:\b|(?<=-))(?:" + "|".join(re.escape(w) for w in _furniture()["site_name_words"]) + r")\b")


@cache
def _title_separator() -> re.Pattern:
    return re.compile("|".join(re.escape(s) for s in _furniture()["title_separators"]))


def is_title_label_line(text: str) -> bool:
    """A line that gives a title after its label ("Title: ...", "HEADLINE: ..."), the title not empty."""
    return (m := _title_label().match(text)) is not None and bool((m["quoted"] or _plain_title(m) or "").strip(" ,"))


def _plain_title(m: re.Match) -> str | None:
    """The unquoted title after a label that gives one so; None after a label that gives a title only in quotes
    ("Citation: NAA: A1838, 169/10/1 PART 14": the item's shelf mark)."""
    return None if m["label"].casefold() in {w.casefold() for w in _furniture()["quoted_title_labels"]} else m["plain"]


@cache
def _title_label() -> re.Pattern:
    labels = "|".join(re.escape(w) for w in sorted(_furniture()["title_labels"], key=len, reverse=True))
    quote = "\"\u201c\u00ab"
    # a form's field may be numbered ("3. TITLE: ...") and its value open with its portion marking ("(U) ATTACHE ...")
    return re.compile(rf"^\s*(?:\d{{1,2}}\.\s+)?(?P<label>{labels})\s*[:：]\s*(?:\([A-Z]{{1,2}}(?:/[A-Z]{{2,5}})?\)\s+)?(?:[{quote}](?P<quoted>[^\"\u201d\u00bb]+?)[,.]?[\"\u201d\u00bb]|(?P<plain>.+))", re.IGNORECASE)


@cache
def _numbered() -> re.Pattern:
    return re.compile(r"(?:^|(?<=\s))(?:" + "|".join(_furniture()["numbered_headings"]) + ")")


@cache
def _interface_line() -> re.Pattern:
    """Behind a lookahead for the characters an interface line may open with (``with_opening``): most lines of a
    page are turned away at their first character rather than tried against every phrase of the interface."""
    return with_opening(re.compile(r"[ \t]*(?:" + "|".join(_phrases_with_openings("interface_lines")) + r")[ \t]*\r?", re.IGNORECASE))


@cache
def _cookie_banner() -> re.Pattern:
    return re.compile("|".join(_furniture()["cookie_banners"]), re.IGNORECASE)


def blanked_interface(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The page with every line of the web site's interface ("Menu", "Home › Documents", a cookie banner) blanked:
    each of its characters a space, so that parsers read a blank line and every offset into the seed holds. A page
    captured as Markdown loses its heading marks ("# Title"), rules ("---") and a lone line's emphasis ("**Source**")
    the same way. Also the spans blanked: a passage that runs over one leaves it out (``excluded_spans``).

    Only the lines that may be blanked are read (``_lines_to_read``): most pages have none, and none is split off."""
    pattern = _interface_line()
    spans: list[tuple[int, int]] = []
    blanked_lines: dict[int, str] = {}  # by where each starts: the page's lines as they are left
    for start in _lines_to_read(text):  # in order: a line reads the one before it as it was left (_stands_alone)
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:end]
        if len(line) > _LONGEST_COOKIE_BANNER or not line.strip():
            continue  # a paragraph of the text: the interface's lines are short
        if (len(line) <= _LONGEST_INTERFACE_LINE and pattern.fullmatch(line)) or (
            "ookie" in line and _cookie_banner().search(line)
        ):
            blanked = " " * len(line)
        elif "#" in line and (m := _MARKDOWN_HEADING.match(line)):
            blanked = " " * m.end() + line[m.end():]
        elif ("*" in line or "_" in line) and _stands_alone(text, start, end, blanked_lines):
            blanked = _unemphasized(line)
        else:
            continue
        spans += _changed(line, blanked, start)
        blanked_lines[start] = blanked
    for start, end in _repository_head_lines(text, blanked_lines):
        spans += _changed(text[start:end], " " * (end - start), start)
        blanked_lines[start] = " " * (end - start)
    blanked_lines = dict(sorted(blanked_lines.items()))
    if not spans:
        return text, spans
    pieces, at = [], 0
    for start, blanked in blanked_lines.items():  # as long as the lines they stand for
        pieces += (text[at:start], blanked)
        at = start + len(blanked)
    pieces.append(text[at:])
    return "".join(pieces), spans


_HEAD_LINES = 8  # the lines of a page's head a repository's name may stand on, the provenance line and blank lines aside


def _repository_head_lines(text: str, blanked_lines: dict[int, str]) -> list[tuple[int, int]]:
    """Where the lines of the page's head that name only a repository or a publishing site ("National Archives of
    Australia", "Archives diplomatiques") start and end: from the top, past the provenance line, blank lines and the
    interface's lines, up to the first line that is the document's. A line naming a document's kind is the
    document's ("Letter from the National Archives ...")."""
    found: list[tuple[int, int]] = []
    start, read, archive = 0, 0, None
    while read < _HEAD_LINES and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = blanked_lines.get(start, text[start:end]).strip()
        if line and not (start == 0 and line.lstrip("\ufeff").startswith("source:")):
            if archive is not None:
                if head_mark(line) is not None:  # "FCO 32/2143" under "The National Archives, Kew": the entry's name and
                    found += [archive, (start, end)]  # mark, read from the page's head as captured (source_note.py,
                break  # head_mark_citation), never its title
            if is_repository_line(line):
                found.append((start, end))
            elif not found and head_archive_name(line) is not None:
                archive = (start, end)  # the archive's name as a catalogue's entry writes it ("The National Archives,
                # Kew"): the repository's line only over the item's mark
            else:
                break
            read += 1
        start = end + 1
    return found


@cache
def _repository_line() -> re.Pattern:
    return re.compile("|".join(_furniture()["repository_lines"]), re.IGNORECASE)


def is_repository_line(line: str) -> bool:
    """A line that names only a repository or a publishing site (layouts/furniture.yaml ``repository_lines``): a name
    of two words at least ("Archive" alone is a site's section)."""
    line = line.strip()
    return " " in line and len(line) <= 120 and _repository_line().fullmatch(line) is not None and document_type_of(line) == "other"


def _lines_to_read(text: str) -> list[int]:
    """Where the lines ``blanked_interface`` may change start, in order: a line that opens with a phrase of the
    interface (found by a lookahead after each line break, which never takes the next line's characters from
    it), and a line holding "ookie", "#", "*" or "_". Every other line is left as it is."""
    starts = {m.end() for m in _interface_opening().finditer(text)}
    if _interface_opening_at_start().match(text):
        starts.add(0)
    for mark in _MARKS_TO_READ:
        at = text.find(mark)
        while at != -1:
            starts.add(text.rfind("\n", 0, at) + 1)
            end = text.find("\n", at)
            at = -1 if end == -1 else text.find(mark, end)
    return sorted(starts)


_MARKS_TO_READ = ("ookie", "#", "*", "_")  # a cookie banner's word, a Markdown heading's mark, emphasis


@cache
def _interface_opening() -> re.Pattern:
    """A line break followed by a line that opens as an interface line does: every line ``_interface_line`` matches
    whole opens so, and most lines of a page do not, most of them told at their first character (``with_opening``)."""
    return re.compile(r"\n(?=" + _interface_opening_at_start().pattern + ")", re.IGNORECASE)


@cache
def _interface_opening_at_start() -> re.Pattern:
    return with_opening(re.compile(r"[ \t]*(?:" + "|".join(_phrases_with_openings("interface_lines")) + ")", re.IGNORECASE))


@cache
def _phrases_with_openings(key: str) -> tuple[str, ...]:
    """The phrases of furniture.yaml ``key``, each behind a lookahead for the characters it may open with
    (``with_opening``): a line is tried against the few phrases that can open as it does, not against every phrase of
    every language. For the patterns asked only whether a line opens so, or is one (the interface's lines, the lines
    never a title), which the phrases' order and these guards do not change."""
    return tuple(with_opening(re.compile(phrase, re.IGNORECASE)).pattern for phrase in _furniture()[key])


def _changed(line: str, blanked: str, start: int) -> list[tuple[int, int]]:
    """The runs of ``line`` (at offset ``start`` in the seed) that ``blanked`` turned to spaces."""
    runs: list[tuple[int, int]] = []
    for j, (was, now) in enumerate(zip(line, blanked, strict=True)):
        if was != now:
            if runs and runs[-1][1] == start + j:
                runs[-1] = (runs[-1][0], start + j + 1)
            else:
                runs.append((start + j, start + j + 1))
    return runs


_LONGEST_COOKIE_BANNER = 520  # a sentence or two
_LONGEST_INTERFACE_LINE = 160  # "Home › Documents › ...": a breadcrumb is the longest


_MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(?=\S)")
_EMPHASIS = re.compile(r"(?P<lead>[ \t]*)(?P<mark>\*\*|__|\*|_)(?P<text>\S(?:.*\S)?)(?P=mark)(?P<trail>[ \t\r]*)")


def _stands_alone(text: str, start: int, end: int, blanked_lines: dict[int, str]) -> bool:
    """The line ``text[start:end]`` has a blank line (or the page's edge) before it, as the lines before it were
    left, and after it."""
    if start:
        before = text.rfind("\n", 0, start - 1) + 1
        if blanked_lines.get(before, text[before:start - 1]).strip():
            return False
    if end == len(text):
        return True
    after = text.find("\n", end + 1)
    return not text[end + 1:len(text) if after == -1 else after].strip()


def _unemphasized(line: str) -> str:
    """A line set in bold or italics as a whole ("**Source**"), its marks blanked: only a line standing alone, so that
    no passage runs over the blanks."""
    m = _EMPHASIS.fullmatch(line)
    if not m or m["mark"] in m["text"]:
        return line
    mark = " " * len(m["mark"])
    return m["lead"] + mark + m["text"] + mark + m["trail"]


@cache
def _licence_notice() -> re.Pattern:
    return re.compile("^(?:" + "|".join(_furniture()["licence_notices"]) + ")", re.IGNORECASE)


@cache
def _site_breadcrumb_line() -> re.Pattern:
    return re.compile("(?:" + "|".join(_furniture()["site_breadcrumb_lines"]) + ")", re.IGNORECASE)


def is_site_breadcrumb_line(text: str) -> bool:
    """An edition site's line above a document's heading: its name, its section, the volume's title, the document's
    number in the volume ("Office of the Historian", "Foreign Relations of the United States, 1964–1968, Volume XXXI",
    "Document 412")."""
    return bool(_site_breadcrumb_line().fullmatch(text.strip()))


@cache
def _catalogue_series_line() -> re.Pattern:
    return re.compile("(?:" + "|".join(_furniture()["catalogue_series_lines"]) + ")", re.IGNORECASE)


def is_catalogue_series_line(text: str) -> bool:
    """An archive's catalogue line naming the series an item is filed in, over the item's own title ("Recordings of
    Telephone Conversations - White House Series"; "Central Foreign Policy Files, created 7/1/1973 - 12/31/1979, ...")."""
    return len(text) <= 320 and any(_catalogue_series_line().fullmatch(part.strip()) for part in _catalogue_segments(text))


def _catalogue_segments(text: str) -> list[str]:
    """The line, and the parts of an archive's trail it joins with bars ("National Archives | Access to Archival
    Databases (AAD) | Central Foreign Policy Files, created 7/1/1973 - 12/31/1979"), the series its last part."""
    parts = [part for part in text.split(" | ") if part.strip()]
    return [text] + (parts if len(parts) > 1 else [])


@cache
def _postal_address_line() -> re.Pattern:
    return re.compile("(?:" + "|".join(_furniture()["postal_address_lines"]) + ")")


def is_postal_address_line(text: str) -> bool:
    """A letterhead's postal address on a line of its own: a town and its post code ("Washington, D.C. 20505")."""
    return bool(_postal_address_line().fullmatch(text.strip()))


def is_interface_line(text: str) -> bool:
    """A web site's interface on a line of its own ("Previous", "Next", "Back to top")."""
    return bool(_interface_line().fullmatch(text))


def is_licence_notice(text: str) -> bool:
    """A publisher's licence notice ("Le texte seul est utilisable sous licence …", "All rights reserved.")."""
    return bool(_licence_notice().match(text.strip()))


def is_never_title(text: str) -> bool:
    return is_furniture_line(text) or text.rstrip().endswith((":", "："))


def is_furniture_line(text: str) -> bool:
    """A line of the page's or the archive's boilerplate (furniture.yaml never_titles: "Skip to content", "THIS DOCUMENT
    IS THE PROPERTY OF ...", "Released in part, 2009"); a label's line ending in a colon is not one, it may head a letter
    ("彭〔1〕,并告高邓〔2〕:"); a site's line of actions on the record closing with the form to cite it ("Lataa PDF |
    Viittaa: ...": source_note.site_action_mark), or on a file ("Laadi alla (PDF, 2 lk)": site_actions_line); a catalogue's
    labelled shelf mark ("Signatura: ZAMU, Senat, t.e. 31, a.e. 7": source_note.labelled_mark_line)."""
    return bool(_never_title().match(text.strip())) or site_action_mark(text, any_label=True) is not None or catalogue_fields_line(text) \
        or site_actions_line(text) or labelled_mark_line(text)


@cache
def _site_file_action() -> re.Pattern:
    formats = "|".join(re.escape(f) for f in _furniture()["site_file_formats"])
    return re.compile("(?:" + "|".join(p.replace("{formats}", formats) for p in _furniture()["site_file_actions"]) + ")",
                      re.IGNORECASE)


@cache
def _site_item_action() -> re.Pattern:
    return re.compile("(?:" + "|".join(_furniture()["site_item_actions"]) + ")", re.IGNORECASE)


_ACTION_PARTS = re.compile(r"\s+\|\s+|\s+\u00b7\s+")  # the parts of a site's line of actions: bars or middle dots
_SITE_ACTION_PART = 40  # a site's action or a short field ("Request this item", "Published 9 May 2023")
_LABELLED_PART = re.compile(r"^[^\W\d][\w .'’-]{0,24}:\s+\S")  # "Cite as: ...", "Item ID: KBS/4/12", "Citēt: ..."


def site_actions_line(text: str) -> bool:
    """A site's line of actions on the item it shows, parted by bars, one of them an action on a file told by its
    shape in any language ("Vaata digikoopiat | Laadi alla (PDF, 2 lk)", "Item ID: KBS/4/12 | Request this item |
    Download image (JPEG)": furniture.yaml site_file_actions); its other parts short or a label's field. The site's,
    never the document's title nor its date."""
    if " | " not in text and " \u00b7 " not in text and (parts := bracketed_actions(text)) is None:
        return False  # most lines: no bar, no middle dot between spaces ("Report No. 7/1983 · Download PDF (12 pp.) · Cite: ..."),
        # no row of buttons in brackets ("[Print] [Download PDF] [Add to enquiry]")
    parts = parts if " | " not in text and " \u00b7 " not in text else [part.strip() for part in _ACTION_PARTS.split(text.strip())]
    return any(_site_file_action().fullmatch(part) or _site_item_action().fullmatch(part) for part in parts) and all(
        0 < len(part) <= _SITE_ACTION_PART or _LABELLED_PART.match(part) for part in parts)


_BUTTONS = re.compile(r"^\s*(?:\[[^\[\]\n]{1,120}\]\s*){2,}$")
_BUTTON = re.compile(r"\[([^\[\]\n]{1,120})\]")


def bracketed_actions(text: str) -> list[str] | None:
    """The parts of a site's row of buttons, each in square brackets ("[Print] [Download PDF] [Add to enquiry]",
    "[Download image] [Cite this item: Shetland Archives, D.1/LHT/2/1/41, f. 88]"), else None."""
    return [part.strip() for part in _BUTTON.findall(text)] if _BUTTONS.match(text) else None


SITE_ACTION_WORDS = 3  # a site's one action alone on its line: a verb and its object, a file's format ("Sækja PDF")


def site_action_alone(text: str) -> bool:
    """A site's one action on the item alone on its line, told by its shape ("Sækja PDF", "Stiahnuť (PDF)", "Order a
    copy", "Download"): a few words, one action on a file or on the item (furniture.yaml site_file_actions,
    site_item_actions)."""
    text = text.strip()
    return 0 < len(text.split()) <= SITE_ACTION_WORDS and bool(_site_file_action().fullmatch(text) or _site_item_action().fullmatch(text))


_FIELD_PART = re.compile(r"^[^\W\d_][\w .'’()-]{1,30}:\s+\S")  # "Index Number: ASA 38/013/1979", "Film Number: P750186-0611"


_MARK_PART = re.compile(r"^[^\W\d_][\w.]{0,6}(?:\s[\w.]{1,6})?\s+\S*\d\S*/\S+(?:,\s*[^\W\d_]{1,8}\.?\s*\d[\w-]*)?$")  # "Ref. no. D.1/LHT/2/1/41, folio 88"


def catalogue_fields_line(text: str) -> bool:
    """A catalogue's line of the item's fields, each its label and value, parted by bars ("Index Number: ASA
    38/013/1979 | Date Published: 14 December 1979 | Categories: Taiwan", "Record Group 59: General Records of the
    Department of State | Document Number: 1975CA006012 | Film Number: P750186-0611"): the catalogue's, never a
    title."""
    parts = text.strip().split(" | ")
    if len(parts) >= 3 and _MARK_PART.match(parts[0].strip()) and all(_FIELD_PART.match(part.strip()) for part in parts[1:]):
        return True  # "Ref. no. D.1/LHT/2/1/41, folio 88 | Date range: Sep 1977 | Extent: 1 folio | Access: open": the item's
        # mark first, its label without a colon, the labelled fields after it
    return len(parts) >= 2 and all(_FIELD_PART.match(part.strip()) for part in parts)


# A book page's footnote ("31 Brezhnev's letter of 3 September called the agreement …."): its number, then a sentence.
_FOOTNOTE = re.compile(r"^\d{1,3}\s+\S.*[.。]$")


# A sentence of a script written without spaces, closed by its full stop ("。"): the text, never a heading.
_SENTENCE_STOPS = ("\u3002", "\uff01", "\uff1f")


@cache
def catalogue_entry_line() -> re.Pattern:
    """A line of an archive's catalogue entry over the item ("Description: Record of a conversation ...", en.yaml
    catalogue_entry_labels): the catalogue's words, never the item's own heading."""
    return re.compile(rf"^(?:{alternation(words('catalogue_entry_labels')) or '(?!)'})\s*:\s+\S")


def trail_book(text: str) -> str | None:
    """The book a site's trail names in the step before the page it closes on ("Google Books › The Last Nizam's War: ...
    › Page 173": "The Last Nizam's War: ..."); None for any other line (furniture.yaml trail_page_words)."""
    steps = [text.strip()]
    for mark in _furniture()["site_head_separators"]:
        steps = [q.strip() for p in steps for q in p.split(mark)]
    if len(steps) < 3 or not _trail_page().match(steps[-1]) or not _names_site_part(steps[0]):
        return None
    return steps[-2] or None


@cache
def _trail_page() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(_furniture()['trail_page_words'])})\s*\d+$", re.IGNORECASE)


# A book's imprint line under its site's trail: its author, its publisher and year, its ISBN, parted by middle dots
# ("Shahid Ahmed Naqvi · Oxford University Press, 2019 · ISBN 9780199487651").
_BOOK_IMPRINT = re.compile(r"^[^\W\d_][^·]{1,60}\s·\s[^·]{2,80}?,\s(?:1[5-9]|20)\d{2}(?:\s·\s(?:ISBN[\s:]*)?[\dX-]{10,17})?$")


def book_imprint(text: str) -> bool:
    """A book's imprint line (``_BOOK_IMPRINT``), never its title."""
    return _BOOK_IMPRINT.match(text.strip()) is not None


IMPRINT_CHARS = 160
# A printed periodical's imprint over its page: the issue's or the page's number after its mark (en.yaml imprint_marks:
# "Vol. XXIX, No. 47", "pages 8-9", "№ 56", "Стр. 1"), the page's number closing a running head in capitals
# ("CONGRESSIONAL RECORD — SENATE 23671"), or a daily report's serial ("FBIS-SAS-78-084").
_IMPRINT_MARK = re.compile(rf"(?:^|,\s*)(?:{alternation(words('imprint_marks')) or '(?!)'})\s*(?:\d|[IVXLC]+\b)")  # ("Выписка из
# протокола № 71 ..." is a heading: its number's mark opens no imprint)
_PAGE_CLOSING_CAPITALS = re.compile(r"[A-Z]{3,}\s+\d{3,6}$")
_REPORT_SERIAL = re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{2,6})?-\d{2}-\d{2,4}\b")


def imprint_line(text: str) -> bool:
    """A periodical's imprint or running head over the page it prints, dated ("September 12, 1983 CONGRESSIONAL RECORD —
    SENATE 23671", "FBIS-SAS-78-084 MONDAY, 1 MAY 1978 DAILY REPORT: SOUTH ASIA", "The Current Digest of the Soviet
    Press, Vol. XXIX, No. 47, December 21, 1977, pages 8-9", "№ 56 (16107) Суббота, 8 марта 1969 г."): the day or month
    of the issue and its mark, no sentence; never the title of the article under it."""
    text = text.strip()
    if not text or len(text) > IMPRINT_CHARS or text.endswith(("?", "!")) or len(text.split()) > 24:
        return False
    if not (_IMPRINT_MARK.search(text) or _PAGE_CLOSING_CAPITALS.search(text) or _REPORT_SERIAL.match(text)):
        return False
    dates = list(iter_dates(text))
    if not (_IMPRINT_MARK.search(text) or _REPORT_SERIAL.match(text)) and any(d.end >= len(text) for d in dates):
        return False  # "REPORT OF THE OBSERVER DELEGATION TO THE REFERENDUM IN SRI LANKA, 22 DECEMBER 1982": the capitals
        # close on the day's year, a heading's, not on the page's number
    return any(d.precision in ("day", "month") for d in dates)



def _may_name_the_document(text: str) -> bool:
    return (len(text) < 200 and not is_never_title(text) and not catalogue_entry_line().match(text) and not text.rstrip().endswith(_SENTENCE_STOPS)
            and not _FOOTNOTE.match(text) and names_a_kind(text)
            and not _participant_line().match(text) and not is_catalogue_series_line(text) and not is_masthead(text)
            and not imprint_line(text))  # ("Recordings of Telephone
    # Conversations - White House Series" names the series' kind, not the item's)


@cache
def _participant_line() -> re.Pattern:
    """The list of those present after its label ("Present: Chancellor Schmidt; Ministers Genscher, ... Minutes:
    Ministerialrat Kühn."): the meeting's head, never the document's title, whatever kind its words name
    (participant_labels)."""
    labels = [w for language in LANGUAGES for w in lexicon(language).get("participant_labels") or []]
    return re.compile(r"^\W*(?:" + (alternation(labels) or "(?!)") + r")\s*[:：]\s*\S")


@cache
def _interviewer_head() -> re.Pattern:
    return re.compile(r"^\s*(?:" + alternation(words("interviewer_heads")) + r")\s*[:：]?\s+\S", re.IGNORECASE)


@cache
def _interview_place_head() -> re.Pattern:
    return re.compile(r"^\s*(?:" + alternation(words("interview_place_heads")) + r")\s+\S", re.IGNORECASE)


def interview_place_line(texts: list[str]) -> int | None:
    """The line of an interview's head that tells where and when it was held ("Interviewed in Moscow, February 1997"),
    among the head's first lines; None when there is none."""
    return next((i for i, text in enumerate(texts[1:8], 1) if len(text) <= 120 and _interview_place_head().match(text)), None)


def _names_a_person(text: str) -> bool:
    """A short line of a few capitalised words, no digit and no comma: a name ("Georgi Arbatov"), not the office or
    the years under it ("Director, Institute of the USA and Canada, 1967-1995")."""
    parts = text.split()
    return 1 < len(parts) <= 5 and not any(c.isdigit() or c in ",;:" for c in text) and all(p[:1].isupper() for p in parts)


# A catalogue's field line ("Creator: Maurice M. Bernbaum", "Narrator: ..."): one capitalised word and a colon.
_FIELD_LABEL = re.compile(r"^\s*[A-Z][a-z]+[:：]\s")


def interviewee_line(texts: list[str]) -> int | None:
    """An oral history's title: the line that names the person interviewed, over the "Interviewed by: ..." line of its
    head ("AMBASSADOR HOWARD R. TEMPLETON" under the project's name), or over the line that tells where and when it was
    held ("Georgi Arbatov" / "Director, Institute of ..." / "Interviewed in Moscow, February 1997"), his office between
    them; None when the head has no such pair."""
    for index, text in enumerate(texts[1:8], 1):
        if _interviewer_head().match(text):
            named = texts[index - 1].strip()
            if (field := _FIELD_LABEL.match(named)) is not None:  # a catalogue's fields ("Creator: Maurice M. Bernbaum" over
                # "Interviewer: ..."): the title is the head's line over them that names the one the field names
                person = named[field.end():].strip()
                return next((i for i in range(index - 1) if person and texts[i].strip().startswith(person)), None)
            return index - 1 if 0 < len(named) <= 80 and not ends_sentence(named) and not _interviewer_head().match(named) \
                and not is_never_title(named) else None  # (a catalogue's field over it, "Creator: ...", names no one's title)
    if (place := interview_place_line(texts)) is not None:
        return next((i for i in range(place - 1, max(place - 3, -1), -1) if _names_a_person(texts[i].strip())), None)
    return None


_FORM_TITLE = re.compile(r"^\d{1,2}\.\s")  # a form's numbered field


_ADDRESS_JOINER = re.compile(rf"\S\s+(?:{alternation(words('address_joiners')) or '(?!)'})\s+\S")
_KIND_NUMBER = re.compile(r"^\S+(?:\s+\S+)?\s+(?:[Nn][or]\.?\s*)?\d[\d./-]*$")  # "TELEGRAM 1127", "Fernschreiben Nr. 418"
ADDRESSED_HEADING_BLOCKS = 3
ADDRESSED_HEADING_CHARS = 200  # the heading over the kind's line, a registry line between them


def is_addressed_heading(text: str) -> bool:
    """An edition's heading that names a sender and an addressee ("Permanent Representative to United Nations to
    Secretary of State for External Affairs"): a short line without a figure or a sentence's end, joined by a word of
    ``address_joiners``."""
    text = text.strip()
    return len(text) <= ADDRESSED_HEADING_CHARS and not any(c.isdigit() for c in text) and not ends_sentence(text) \
        and _ADDRESS_JOINER.search(text) is not None


def addressed_heading_over(blocks: list[Block], index: int) -> int | None:
    """The heading naming a message's sender and addressee over the line taken for the title that names only the
    message's kind and number ("Permanent Representative ... to Secretary of State ..." / "TELEGRAM 1127"); else None."""
    text = blocks[index].text.strip()
    if not _KIND_NUMBER.match(text) or names_a_kind(text) is False or document_type_of(text) == "other":
        return None
    return next((j for j in range(index - 1, max(index - ADDRESSED_HEADING_BLOCKS, 0) - 1, -1)
                 if blocks[j].passage_type == "paragraph" and is_addressed_heading(blocks[j].text)), None)


# A paper's kind and its number alone on a line ("Issue Brief Number IB80006", "Report No. 12/75"; en.yaml issue_labels)
_NUMBERED_KIND = re.compile(rf"^[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}\s+(?:{alternation(words('issue_labels')) or '(?!)'})\s*[A-Z]{{0,4}}-?\d[\w/.-]*$")


def read_numbered_heading(doc: ParsedDocument) -> None:
    """The title of a page whose own title is boilerplate, a label, a series name or a run of joined lines."""
    title = doc.title or ""
    if doc.title_block is not None and interviewee_line([b.text for b in doc.blocks[:9]]) == doc.title_block:
        return  # the person an oral history interviews names it
    if title and _FORM_TITLE.match(title) and is_title_label_line(title):
        return  # a form's numbered title field ("3. TITLE: (U) ATTACHE OBSERVATIONS ..."): the item's own title
    if title and not is_never_title(title) and document_type_of(title) != "other" and len(title) < 200:
        return
    if title and edition_heading(title) is not None:
        return  # "L'AMBASCIATORE AL CAIRO, FORNARI, AL MINISTRO DEGLI ESTERI, MARTINO": the edition's heading of its parties
    if title.strip().casefold() in {w.casefold() for w in words("form_kind_heads")}:
        return  # "FOREIGN SERVICE DESPATCH": a despatch's form, its subject line the title (generic.py read_subject_title)
    for index, block in enumerate(doc.blocks[:8]):
        heading = _heading_in(block.text[:600])
        if heading and index == 0 and is_site_trail(block.text) and doc.title_block:
            continue  # "United Nations Digital Library · General Assembly · ... · Resolutions adopted ...": the site's trail
            # over the heading read, whatever kind of paper its steps name
        if heading:
            doc.title, doc.title_block = heading, index
            doc.document_type = document_type_of(heading)
            _date_from_heading(doc, heading)
            return
    if title and is_never_title(title):
        named = next((b.text for b in doc.blocks[:6] if _may_name_the_document(b.text)), None)
        doc.title = named
        doc.document_type = document_type_of(named) if named else doc.document_type
    elif title and document_type_of(title) == "other":
        at = next((i for i, b in enumerate(doc.blocks[:6]) if _may_name_the_document(b.text)
                   and not (i == 0 and doc.title_block and is_site_trail(b.text))), None)  # (the site's trail over the heading)
        named = doc.blocks[at].text if at is not None else None
        if named and _is_kind_label(named):  # "Transcript" under "... | Cold War | Tito's visit to London, 1953": the kind, not a title
            doc.document_type = document_type_of(named)
        elif named and doc.title_block is not None and at > doc.title_block and _NUMBERED_KIND.match(named.strip()) \
                and not _names_site_part(title):  # (under a site's name, "Turkish Diplomatic Archive - Selected Documents",
            # the kind and its number are the title: "Ciphered telegram No. 412")
            doc.document_type = document_type_of(named)  # "Afghanistan: Soviet Intervention and U.S. Response" / "Issue Brief
            # Number IB80006": the paper's kind and its number under its title, which the title keeps
        elif named:  # "The Cuban Missile Crisis" is the series; "Telegram From the Embassy ..." the document
            if (addressed := addressed_heading_over(doc.blocks, at)) is not None:  # "... to ..." over "TELEGRAM 1127"
                kind = document_type_of(named)
                at, named = addressed, doc.blocks[addressed].text.strip()
                doc.title, doc.title_block = named, at  # the heading names the sender and addressee; its kind the line under
                doc.document_type = kind if document_type_of(named) == "other" else document_type_of(named)
                return
            doc.title, doc.document_type, doc.title_block = named, document_type_of(named), at  # the block it stands in: a
            # book's note ("14. Minutes of the meeting ..., AQSh, f. 14") is then known for one and never the page's title
        elif doc.document_type == "other":  # "Description: Conclusions of a Meeting of the Cabinet held on 28 January
            doc.document_type = next((kind for b in doc.blocks[:6] if catalogue_entry_line().match(b.text)  # 1964":
                                      and (kind := document_type_of(b.text)) != "other"), "other")  # the catalogue's
            # description names the item's kind, though never its title


def _is_kind_label(text: str) -> bool:
    """A line that names the document's kind and nothing more ("Transcript", "TELEGRAM"), a label over the text."""
    words = text.strip(" .:").split()
    han = sum(_HAN_FIRST <= ord(c) <= _HAN_LAST for c in text)
    return 0 < len(words) <= 2 and len(text.strip()) <= KIND_LABEL_CHARS and not any(c.isdigit() for c in text) \
        and han <= KIND_LABEL_HAN  # (a sentence of a script written without spaces is one "word": "布干达议会通过决议，
    # 要求..." is no label, nor a heading that names its kind last, "外交部关于周总理会见...谈话情况的通报"; "电报",
    # "会谈纪要" are)


KIND_LABEL_CHARS = 30
KIND_LABEL_HAN = 6  # a kind's label in Han characters: "电报", "会谈纪要", "谈话记录"
_HAN_FIRST, _HAN_LAST = 0x3400, 0x9FFF  # the Han characters, a script written without spaces between its words


def _date_from_heading(doc: ParsedDocument, heading: str) -> None:
    """The date a document's heading closes with ("…, January 23, 1989") is the document's, when it has none yet."""
    dated = next((d for d in iter_dates(heading) if d.year_written and d.precision in ("day", "minute")), None)
    if dated is not None and doc.document_date is None:
        doc.document_date, doc.document_date_precision, doc.document_date_text = dated.start_date, "day", dated.text


def _heading_in(text: str) -> str | None:
    m = _numbered().search(text)
    if not m:
        return None
    rest = text[m.start():]
    for date in iter_dates(rest):
        if date.year_written:
            heading = rest[: date.end].strip(" ,")
            return heading if document_type_of(heading) != "other" else None
        break
    line = rest.split("\n", 1)[0]
    return line.strip() if len(line) < 200 and document_type_of(line) != "other" else None


_CLOSERS = {"(": ")", "[": "]", "“": "”", "«": "»"}


def capture_is_cut(text: str) -> bool:
    """The page was captured only in part: its last line stops mid-word or mid-bracket ("2011-11-",
    "subject to copyrig", "(Ibid., Kissinger Office Files, Box", "周恩")."""
    end = text[-4000:].rstrip()  # the page's end without copying the whole page: enough unless it closes on blank space
    tail = (end if len(end) >= 2000 or len(text) <= 4000 else text.rstrip())[-2000:]
    last = tail.rsplit("\n", 1)[-1].strip()
    if not last:
        return False
    if any(is_text_end_mark(line) for line in tail.rstrip().splitlines()[-END_MARK_LINES - 1:-1]):
        return False  # "（了）" / "昭和四十八年十月十日　北東アジア課にて配布": the text's end mark over the office's foot
    if last.endswith(("-", "–", ",")) or _CUT_ISO_DATE.match(last):
        return True  # (a catalogue field's ISO date cut short: "2020-06-1", "2019-0")
    for opening, closing in _CLOSERS.items():
        if opening in last and last.count(opening) > last.count(closing):
            return True
    if 0x4E00 <= ord(last[-1]) <= 0x9FFF:  # a Han character: cut, unless the line is a date ("1951年7月3日" under a signature),
        return len(last) > 1 and not _is_date_line(last) and not is_date_line(last) and not is_signer_line(last) \
            and not _edition_line(last) and not catalogue_field(last) and not is_closing_label(last) \
            and not _page_number(last)  # "第四二三页": the edition's page under the text; its year left out too ("四月十九日"); the body that signs it ("外交部"); the edition's
        # line of the archive's file and pages under the text ("根据外交部档案馆所藏文件整理，档号108-00521-03，第1—2页"); the
        # copies' line closing a cable ("抄送：总理、陈副总理、中联部")
    # "... subject to copyrig"; a name may close a text. The last word and whether there are four or more are read
    # without splitting the whole of what may be a long paragraph.
    word = last.rsplit(None, 1)[-1]
    return word.isalpha() and word.islower() and len(last.split(None, 3)) > 3 and not is_closing_label(last) \
        and handling_kind(last) is None and not dated_foot_line(last)  # "Distributed: T. Zhivkov, P. Mladenov, Politburo members": the cable's distribution
    # line closes it; so does the office's handling line under it ("Printed in 6 copies", "Received in the Ministry
    # 23.X.1963 by diplomatic pouch")


def _page_number(line: str) -> bool:
    """The edition's page number alone on the page's last line ("第四二三页", book_shape.yaml page_number_line)."""
    from pipeline.parse.book_shape import is_page_number  # (the book's shapes build on this module)

    return is_page_number(line)


# An ISO date (a site's "Original Uploaded Date" field) that stops before its month's or day's second digit: no complete
# ISO date has one digit there.
_CUT_ISO_DATE = re.compile(r"^\d{4}-(?:\d|\d{2}-\d)$")


def _edition_line(line: str) -> bool:
    """A line that cites the archive the text was printed from and nothing else (source_note.citation_line)."""
    from pipeline.parse.source_note import is_citation_line  # the notes' reader builds on the page's readers

    return is_citation_line(line)


def _is_date_line(line: str) -> bool:
    """A line that is one date and nothing else, as a message's closing date line is."""
    return any(d.start == 0 and d.end == len(line) for d in iter_dates(line))


NO_DATE_LINE = "no date line in the text"


def _closings() -> str:
    return "|".join(re.escape(w) for w in sorted(closing_phrases(), key=len, reverse=True))


@cache
def _signed() -> re.Pattern:
    return re.compile(r"\b(?:" + _closings() + r")\b[^\n]{0,60}$")  # capitalised: "of yours, dated ..." closes nothing


@cache
def _closing_word() -> re.Pattern:
    return re.compile(_closings())


def signed_dates(doc: ParsedDocument) -> Iterator[DateMention]:
    """Day dates written on a signed closing line ("Sincerely, L. Brezhnev, October 19, 1973"), in text order.

    Only a passage with a closing word in it can hold one: the others are turned away by one search for
    the closing words, some twenty times quicker than reading their dates."""
    for block in doc.blocks:
        if not _closing_word().search(block.text):
            continue
        for mention in iter_dates(block.text):
            if mention.year_written and mention.precision in ("day", "minute") and _signed().search(block.text[max(0, mention.start - 80): mention.start]):
                yield mention


def read_signed_date(doc: ParsedDocument) -> None:
    """A document with no date of its own (or only its volume's year) takes the date of a signed closing in it
    ("Sincerely, L. Brezhnev, October 19, 1973"): the message it is, or the one it reads out or forwards."""
    if doc.document_date is not None and doc.document_date_precision != "year":
        return
    year = doc.document_date.year if doc.document_date is not None else None
    mention = next((m for m in signed_dates(doc) if year is None or m.start_date.year == year), None)
    if mention is not None:
        doc.document_date, doc.document_date_precision, doc.document_date_text = mention.start_date, "day", mention.text
        doc.warnings = [w for w in doc.warnings if not w.startswith(NO_DATE_LINE)]
        doc.warnings.append(f"{NO_DATE_LINE}: the date is the signed closing's, {mention.text!r}")


def read_closing_date(doc: ParsedDocument) -> None:
    """A document dated only at its foot, by its day and month on the line under the signature, alone or after the
    place or office it was signed at ("Pyongyang, 3 July", "驻埃及使馆" over "十一月二日", "Москва, 5 мая"): that day,
    in the year its title writes ("Letter from Kim Il Sung to Mao Zedong, 1951", "（1956年）") or the year it is dated to;
    a closing line that writes its year needs neither ("Dar es Salaam, 14th December, 1965" under "Yours sincerely,")."""
    if doc.document_date is not None and doc.document_date_precision != "year":
        return
    year = doc.document_date.year if doc.document_date is not None else _title_year(doc.title or "")
    for text in _closing_lines(doc):
        days = [d for d in find_dates(text, year) if d.precision == "day"] if is_dated_closing(text) else []
        if len(days) == 1 and (year is not None or days[0].year_written):  # a day with no year needs the title's
            doc.document_date, doc.document_date_precision, doc.document_date_text = days[0].start_date, "day", days[0].text
            doc.warnings.append(f"{NO_DATE_LINE}: the date is the closing line's, {text!r}, in {days[0].start_date.year}")
            return


# The records of a meeting or a talk: their heading dates the meeting, the line that closes them the record.
RECORD_KINDS = frozenset({"minutes", "record_of_conversation"})
_RECORD_LAG_DAYS = 31  # a record is drawn up within the month after the meeting it records


def read_record_day(doc: ParsedDocument) -> None:
    """A record whose heading dates the meeting ("Minutes of the Meeting of the Secretariat ..., Monday, 26 February
    1979") and whose text closes on its own place-and-date line, a day or some days later, above the line of the one who
    recorded it ("Budapest, 27.II.1979." over "Recorded by: ..."): the document is the record, of the day it was drawn
    up, as a record dated by a place-and-date line at its head is; the meeting's day stays in the title. A day under
    the recorder's or the signer's name ("Minutes taken by: D. Marković" over "Belgrade, 22.VIII.1968") is the day he
    wrote it up or signed, and leaves the record the meeting's."""
    if doc.document_type not in RECORD_KINDS or doc.document_date is None or doc.document_date_precision != "day":
        return
    if not doc.document_date_text or doc.document_date_text not in (doc.title or ""):
        return
    day, under = None, None
    for text in _closing_lines(doc):  # last first: ``under`` is the line under ``text``
        if under is not None and is_recorder_line(under) and (day := dated_line(text)) is not None and day.year_written:
            break
        day, under = None, text
    if day is None or not 0 < (day.start_date - doc.document_date).days <= _RECORD_LAG_DAYS:
        return
    doc.warnings.append(f"the meeting of {doc.document_date_text} recorded on {day.text}: the date is the record's")
    doc.document_date, doc.document_date_text = day.start_date, day.text


DIARY_HEAD_PASSAGES = 12  # the head of a record from a diary: its heading, the diarist, marks, the entry's date
DIARY_HEAD_LINE_CHARS = 120  # a longer passage is the text itself


def read_diary_record(doc: ParsedDocument) -> None:
    """A record of a talk whose title dates the talk ("Запись беседы посла ... с ..., 4 ноября 1975 г.") on a page
    headed as from a diary ("Из дневника" over the diarist's name), whose head holds the diary's own date line over the
    record's heading ("6 ноября 1975 г." over "ЗАПИСЬ БЕСЕДЫ"), a day or some days after the talk: the document is the
    record of that one talk, of the day it was entered in the diary, as a page titled from the diary is. A date line under the record's
    heading is the talk's ("ЗАПИСЬ БЕСЕДЫ" over "3 мая 1965 г."), and a diary's date line over the text with no record's
    heading under it leaves the record the talk's."""
    if doc.document_type not in RECORD_KINDS or doc.document_date is None or doc.document_date_precision != "day":
        return
    if not doc.document_date_text or doc.document_date_text not in (doc.title or "") or doc.title_block is None:
        return
    head = [b.text.strip() for b in doc.blocks[doc.title_block + 1: doc.title_block + 1 + DIARY_HEAD_PASSAGES]]
    diary = next((i for i, text in enumerate(head) if len(text) <= 80 and document_type_of(text) == "diary_entry"), None)
    if diary is None:
        return
    for before, after in itertools.pairwise(head[diary + 1:]):
        if len(before) > DIARY_HEAD_LINE_CHARS:
            return  # the text has begun
        day = dated_line(before)
        if day is None or not day.year_written or not 0 < (day.start_date - doc.document_date).days <= _RECORD_LAG_DAYS:
            continue
        if len(after) <= 60 and document_type_of(after) in RECORD_KINDS:
            doc.warnings.append(f"the talk of {doc.document_date_text} entered in the diary on {day.text}: the date is the entry's")
            doc.document_date, doc.document_date_text = day.start_date, day.text
        return


def read_diary_over_record(doc: ParsedDocument) -> None:
    """A record of a talk dated by the day line under its heading ("ЗАПИСЬ БЕСЕДЫ" / "с первым вице-премьером ..." /
    "19 сентября 1963 г.") on a page whose head, over that heading, is a diary's ("Из дневника посла СССР в Индонезии
    Н.А. Михайлова" / "20 сентября 1963 г." / "Секретно. Экз. № 3"), the diary's own day a day or some days after the
    talk: the document is the record of that talk, of the day it was entered, titled by the diary's heading, as a page whose
    title dates the talk and whose head holds the diary's day is (read_diary_record, read_diary_day). A diary's heading
    with no day of its own over the record leaves the record the talk's."""
    if doc.document_type not in RECORD_KINDS or doc.document_date is None or doc.document_date_precision != "day":
        return
    if doc.title_block is None or not doc.document_date_text or doc.document_date_text in (doc.title or ""):
        return
    head = [b.text.strip() for b in doc.blocks[:doc.title_block]]
    diary = next((i for i, text in enumerate(head) if len(text) <= 80 and document_type_of(text) == "diary_entry"), None)
    if diary is None:
        return
    for text in head[diary + 1:]:
        day = dated_line(text)
        if day is None or not day.year_written or day.precision != "day":
            continue
        if 0 < (day.start_date - doc.document_date).days <= _RECORD_LAG_DAYS:
            doc.warnings.append(f"the talk of {doc.document_date_text} entered in the diary on {day.text}: the date is the entry's")
            doc.title, doc.title_block = head[diary], diary
            doc.document_date, doc.document_date_text = day.start_date, day.text
        return


def read_diary_talk(doc: ParsedDocument) -> None:
    """A page headed as from a diary ("Из дневника посла ... Р. Н. Никифорова", "From the Diary of X") whose head holds
    one record's heading ("Запись беседы с министром ...", "Memorandum of Conversation with ...", under the day the
    entry was written or not: "12 марта 1959 г." over "ЗАПИСЬ БЕСЕДЫ"): the document is the record of that one talk, as
    a diary's record of a conversation is typed. A diary whose pages record several talks (the heading's first word
    again) stays the diary's entry, and so does a diary of days with no record's heading ("Из дневника посла ..." /
    "20 марта 1948 г." / "Сегодня утром меня принял ...")."""
    if doc.document_type != "diary_entry":
        return
    start = doc.title_block + 1 if doc.title_block is not None else 0
    for index, block in enumerate(doc.blocks[start: start + DIARY_HEAD_PASSAGES], start):
        text = block.text.strip()
        if len(text) > DIARY_HEAD_LINE_CHARS:
            return  # the text has begun
        if document_type_of(text) != "record_of_conversation":
            continue
        if heads_several_talks(text):
            return  # "From the diary of A. I. ALEKSEEV" / "RECORD OF CONVERSATIONS" / "2 June. ...", "5 June. ...": a diary's
            # pages of several talks
        opening = text.split(maxsplit=1)[0].casefold()
        if any(b.text.strip().casefold().startswith(opening) and len(b.text) <= DIARY_HEAD_LINE_CHARS
               and document_type_of(b.text) == "record_of_conversation" for b in doc.blocks[index + 1:]):
            return  # a second record: the diary's pages of several talks
        doc.warnings.append(f"a diary's record of one talk, headed {text!r}: the document is the record")
        doc.document_type = "record_of_conversation"
        return


@cache
def _several_talks() -> re.Pattern:
    return re.compile(r"^\W*(?:" + alternation(words("several_talks_headings") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE)


def heads_several_talks(text: str) -> bool:
    """A record's heading in the plural ("RECORD OF CONVERSATIONS with Fidel Castro, Ernesto Guevara and Osvaldo
    Dorticós", "ЗАПИСИ БЕСЕД"): the records of several talks (several_talks_headings in the language files)."""
    return _several_talks().match(text) is not None


def read_diary_day(doc: ParsedDocument) -> None:
    """A record from a diary whose title dates the talk it records ("Из дневника посла ... Запись беседы с ..., 9 марта
    1959 г.") and whose head, over the text, holds the diary's own date line ("Секретно" / "12 марта 1959 г."), a day
    or some days later: the document is the diary's entry, of the day it was written; the talk's day stays in the
    title. A date line the same day as the title's, or before it, leaves the title's day."""
    if doc.document_type != "diary_entry" or doc.document_date is None or doc.document_date_precision != "day":
        return
    if not doc.document_date_text or doc.document_date_text not in (doc.title or ""):
        return
    start = doc.title_block + 1 if doc.title_block is not None else 0
    for block in doc.blocks[start: start + DIARY_HEAD_PASSAGES]:
        if block.passage_type == "title":
            continue
        if block.section_type != "header" and len(block.text.strip()) > DIARY_HEAD_LINE_CHARS:
            break  # the text has begun: a day in it is a day it tells of (the short lines over it, the archive's and the
            # registry's marks among them, are the head: "СЕКРЕТНО" / "Экз. № 2" / "20 июня 1975 г." / "Исх. № 117")
        day = dated_line(block.text)
        if day is not None and day.year_written and 0 < (day.start_date - doc.document_date).days <= _RECORD_LAG_DAYS:
            doc.warnings.append(f"the talk of {doc.document_date_text} entered in the diary on {day.text}: the date is the entry's")
            doc.document_date, doc.document_date_text = day.start_date, day.text
            return


def closing_day(doc: ParsedDocument) -> DateMention | None:
    """The day, with its year, of the date line that closes the text under its signature ("Berlin, 24 May 1980" over
    "Trappen"), read by the line's shape; None when no closing line is one."""
    for text in _closing_lines(doc):
        if (day := dated_line(text)) is not None and day.year_written:
            return day
    return None


_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20[0-4]\d)(?!\d)")
_CLOSING_LINES = 6  # the formula, the signer, his office, the place and day; two signers and their offices under a
# joint paper's place and day ("Peking, April 22, 1973" / "Chi Peng-fei" / "Minister of ..." / "Emilio O. Rabasa" / ...)


def _title_year(title: str) -> int | None:
    """The one year a title writes ("…, 1951", "（1956年）"); None for none or several."""
    years = {int(y) for y in _YEAR.findall(title)}
    return years.pop() if len(years) == 1 else None


_APPARATUS_LINE = re.compile(r"^\W{0,3}(?:" + (alternation(words("apparatus_labels")) or "(?!)") + r")\.?\s*:\s*\S", re.IGNORECASE)


def _closing_lines(doc: ParsedDocument) -> Iterator[str]:
    """The short lines that close the text, last first, under its last sentence and above the edition's furniture."""
    seen = 0
    for block in reversed(doc.blocks):
        text = block.text.strip()
        if block.section_type in ("header", "trailer") or block.passage_type in ("trailer", "stamp", "elision", "title"):
            continue
        if is_citation_line(text) or names_a_source(text) or published_line(text) or _APPARATUS_LINE.match(text):
            continue  # (the edition's line of where it printed the paper before: "Опубл.: ...", "Published in: ...")
        if _NOTE_LINE.match(text):  # "Shënim me dorë: Dorëzuar në Ambasadë më 14.VI.1974, ...", "Handwritten note: Seen
            continue  # 12/8": a hand's note on the paper under its foot, no line of the text's close (annotation_labels)
        seen += 1
        if seen > _CLOSING_LINES or len(text) >= 80:
            return
        yield text


# The label of a mark on the paper opening a line with its colon, bracketed or not ("Handwritten note: ...", "[Stamp:]
# ...", "Shënim me dorë: ..."; en.yaml annotation_labels, of every language's file and supplement).
_NOTE_LABELS = alternation(ANNOTATION_LABELS) or "(?!)"
_NOTE_LINE = re.compile(rf"^(?:\[(?:{_NOTE_LABELS})(?![^\W\d_])[^\]]{{0,60}}\]|(?:{_NOTE_LABELS})[ \t]*:)", re.IGNORECASE)
_LETTER_SPACED = re.compile(r"^(?:\w ){2,}\w$")  # a typist's emphasis: "M i n u t e s", "S e c r e t"
HEAD_BLOCKS = 12  # a record names itself in its heading, before the body runs on
WIRES = ("telegram", "cable")


def _head_lines(doc: ParsedDocument) -> list[str]:
    """The lines of the first blocks, up to the first long paragraph: where a record's heading stands."""
    lines = []
    for block in doc.blocks[:HEAD_BLOCKS]:
        if len(block.text) > 300:
            break
        lines += filter(None, map(str.strip, block.text.splitlines()))  # each line stripped once, the blank ones left out
    return lines


def is_letter_spaced(line: str) -> bool:
    """A word spaced out letter by letter, as a typist emphasised a heading ("R e c o r d", "M i n u t e s")."""
    return line[1:2] == " " and _LETTER_SPACED.match(line) is not None


def _kind_word(line: str) -> str | None:
    """The kind a heading line of one word in capitals or spaced out names ("TELEGRAM", "M i n u t e s")."""
    word = line.replace(" ", "") if line[1:2] == " " and _LETTER_SPACED.match(line) else line if line.isupper() else ""
    kind = document_type_of(word) if word.isalpha() else "other"
    return None if kind == "other" else kind


NOTE_KINDS = frozenset({"memorandum"})  # the kind of a heading's word "NOTE" alone, which the line under it tells better


def self_designation(doc: ParsedDocument) -> str | None:
    """The kind a record gives itself in its heading: a line of one word in capitals or spaced out ("TELEGRAM",
    "M i n u t e s", "ПРОТОКОЛ") among the first blocks, before the first long paragraph; None when there is none. A
    word whose heading goes on on the next line in lower case ("NOTE" / "on the conversation of ...", "TRANSCRIPT" /
    "of the conversation between ...") names the kind the two lines name together."""
    lines = _head_lines(doc)
    for i, line in enumerate(lines):
        if (kind := _kind_word(line)) is None:
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if kind in NOTE_KINDS and following[:1].islower() and (whole := document_type_of(f"{line} {following}")) != "other":
            return whole  # a note on a conversation records it; "MINUTES" / "of the conversation ..." are minutes still
        return kind
    return None


def receiving_office(doc: ParsedDocument) -> str | None:
    """The office a received telegram's heading names above its kind ("SECRETARY OF STATE FOR EXTERNAL RELATIONS /
    TELEGRAM / RECEIVED"): the ministry's copy is headed by the office it came to."""
    lines = _head_lines(doc)
    marks = {w.casefold() for w in lexicon("en").get("receipt_marks", [])}
    for i, line in enumerate(lines):
        if (home := _cipher_office_of().match(line)) is not None and i + 1 < len(lines) \
                and lines[i + 1].split(maxsplit=1)[:1] and lines[i + 1].split(maxsplit=1)[0].casefold() in marks:
            office = home["office"]  # "CIPHER DEPARTMENT OF THE MFA" / "Incoming No. 4418": the home ministry's own form
            office = office.title() if office.isupper() and len(office) > 6 else office
            sent_by = _MISSION_OF_STATE.search(doc.title or "")
            return f"{sent_by['adjective']} {office}" if sent_by else office
        if _kind_word(line) in WIRES and i and any(after.casefold() in marks for after in lines[i + 1:i + 3]):
            office = lines[i - 1]
            if office.isupper() and len(office.split()) >= 2 and not any(map(str.isdigit, office)) and _kind_word(office) is None:
                return office
        kind = _WIRE_NUMBER.sub("", line)  # "CIPHERED TELEGRAM No. 61": the kind with the wire's number after it
        if len(kind.split()) <= 2 and _kind_word(kind.split()[-1]) in WIRES and (m := _cipher_office_beside(lines, i)) is not None:
            sent_by = _MISSION_OF_STATE.search(doc.title or "")  # "Telegram from the Yugoslav Embassy in Buenos Aires"
            return f"{sent_by['adjective']} {m['office']}" if sent_by else m["office"]  # the ministry of the mission's state
    return next((body for line in lines if (body := _received_at_body(line)) is not None), None)


def _received_at_body(line: str) -> str | None:
    """The body a telegram's receipt line says it came to ("Поступила в МИД СССР 24.XI.70 в 14 час. 05 мин.",
    "Поступило в ЦК КПСС 3.12.75 в 13.05"): the words between the line's word of receipt with its preposition
    (receipt_body_openers) and the day, when the gazetteer knows them as a body ("Получена в Москве" names a city)."""
    if (m := _receipt_line().match(line.strip())) is None:
        return None
    body = m["body"].strip(" ,.:")
    return body if (found := lookup(body)) is not None and found.kind == "organisation" else None


@cache
def _receipt_line() -> re.Pattern:
    verbs = [v for language in LANGUAGES for v, kind in (lexicon(language).get("handling_verbs") or {}).items() if kind == "message_received"]
    openers = [w for language in LANGUAGES for w in lexicon(language).get("receipt_body_openers") or []]
    if not verbs or not openers:
        return re.compile(r"(?!)")
    return re.compile(rf"^(?:{alternation(verbs)})\s+(?:{alternation(openers)})\s+(?P<body>[^\W\d_][^\d]{{1,60}}?)\s*(?=\d)", re.IGNORECASE)


# A wire's number after its kind on the heading line ("CIPHERED TELEGRAM No. 61", "TELEGRAM Nr. 642/1975").
_WIRE_NUMBER = re.compile(r"\s+(?:No|Nr|N°|№|#)\.?\s*\d[\w/.-]*$", re.IGNORECASE)


def _cipher_office_beside(lines: list[str], at: int) -> re.Match | None:
    """The cipher office's line next to a wire's kind: under it ("CIPHERED TELEGRAM" / "... - Cipher Department"), else
    over it, as the heading's first line ("Ministry of Foreign Affairs - Cipher Service" / "CIPHERED TELEGRAM No. 61")."""
    for near in (at + 1, at - 1):
        if 0 <= near < len(lines) and (m := _cipher_office().match(lines[near])) is not None:
            return m
    return None


@cache
def _cipher_office() -> re.Pattern:
    """The line under a deciphered telegram's kind that names the ministry whose cipher office deciphered it ("State
    Secretariat for Foreign Affairs - Cipher Department", "Ministry of Foreign Affairs - Cipher Service"): cipher_offices."""
    return re.compile(r"^(?P<office>[^\W\d_][^-\u2013:]{5,80}?)\s+[-\u2013]\s+(?:" + alternation(words("cipher_offices") or ["(?!)"]) + r")$", re.IGNORECASE)


@cache
def _cipher_office_of() -> re.Pattern:
    """The heading of the home ministry's form for its missions' incoming telegrams, its cipher office of the ministry
    ("CIPHER DEPARTMENT OF THE MFA" over "Incoming No. 4418", "CIPHER DEPARTMENT OF THE FMFA" over "Incoming telegram
    No. 3307"): cipher_offices, the ministry after "of"."""
    return re.compile(r"^(?:" + alternation(words("cipher_offices") or ["(?!)"]) + r")\s+of\s+(?:the\s+)?(?P<office>[^\W\d_][^\W\d_ .&-]*(?:[ .&-]+[^\W\d_]+){0,6})\s*$",
                      re.IGNORECASE)


_MISSION_OF_STATE = re.compile(r"\bfrom\s+the\s+(?P<adjective>[A-Z][a-z]+)\s+(?:Embassy|Legation|Mission|Consulate)\b")


def read_self_designation(doc: ParsedDocument) -> None:
    """A record that names its own kind in its heading is of that kind, whatever its catalogue title calls it
    ("Polish Record of Meeting of Soviet-bloc leaders" over a heading "M i n u t e s" is minutes); a received
    telegram with no addressee of its own went to the office its heading names."""
    if doc.source_type == "book_excerpt":
        return
    kind = self_designation(doc)
    if kind is not None:
        doc.document_type = kind
    if (kind or doc.document_type) in WIRES and not doc.recipient_names and (office := receiving_office(doc)):
        doc.recipient_names = [office]


MESSAGES = frozenset({"telegram", "cable", "letter", "memorandum", "report"})


def _is_body_line(line: str) -> bool:
    """A short line of a heading, no sentence, opening with a capital: where an addressee's body is named."""
    line = line.strip()
    return 0 < len(line) <= 80 and line[:1].isupper() and not ends_sentence(line)


@cache
def _dative_addressee_line() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(words('addressee_line')) or '(?!)'})\s+\S", re.IGNORECASE)


def _dative_addressee(line: str) -> bool:
    """A line addressing a person by the word before his name ("товарищу Л. Лонго"; addressee_line in the language files)."""
    return _dative_addressee_line().match(line.strip()) is not None


def _addressed_person(line: str) -> str | None:
    """The person an addressee's second line names under his ministry ("МИД СССР" over "тов. ГРОМЫКО А.А."): the
    message is addressed to him; None when the line is no short name the gazetteer knows as a person."""
    line = line.strip(" :,")
    if not line or len(line) > 40 or len(line.split()) > 5:
        return None
    entity = lookup(canonical_name(line))
    return entity.name if entity is not None and entity.kind == "person" else None


# A word that addresses a paper on a line of its own, the addressee's lines under it ("An das" / "Bundesministerium für
# Inneres" / "Abteilung II/13" / "Wien"; ``addressee_block_openers`` in the language files).
_ADDRESSEE_OPENER = re.compile(r"(?:" + (alternation([w for language in LANGUAGES for w in lexicon(language).get("addressee_block_openers") or []])
                                         or "(?!)") + r")\s*:?", re.IGNORECASE)
ADDRESSEE_BLOCK_LINES = 3  # the body, its department, the unit under it


def addressee_block(lines: list[str]) -> str | None:
    """The addressee the lines under a bare addressing word name, its body and its department joined with a comma, the
    city under them left ("An das" / "Bundesministerium für Inneres" / "Abteilung II/13" / "Wien"); else None."""
    for index, line in enumerate(lines):
        if not _ADDRESSEE_OPENER.fullmatch(line.strip()):
            continue
        parts = []
        for under in lines[index + 1:index + 1 + ADDRESSEE_BLOCK_LINES]:
            text = under.strip()
            place = lookup(text.strip(" .,"))
            if not text or len(text) > 80 or ends_sentence(text) or ":" in text or place is not None and place.kind == "place":
                break
            parts.append(text)
        return ", ".join(parts) or None
    return None


def _addressee_block(blocks: list[Block]) -> str | None:
    return addressee_block([b.text for b in blocks])


def _addressed_holder(line: str) -> str | None:
    """The person a line names under the office addressed, his rank before his name ("Army General Heinz Hoffmann"):
    as the gazetteer knows him, else as a name is signed (initials and a surname, two or three capitalised words); None
    for any other line."""
    # (imported here: the signature's reader reads the head's furniture from this module)
    from pipeline.parse.signature import name_after_rank

    tokens = line.strip(" :,").split()
    if len(tokens) > 6:
        return None
    known = next((person for n in (4, 3, 2) if len(tokens) >= n and (person := _addressed_person(" ".join(tokens[-n:])))), None)
    return known or ((named := name_after_rank(line, plain=True)) and canonical_name(named))


@cache
def _letterhead_unit() -> re.Pattern:
    return re.compile(r"^\s*(?:" + alternation(words("letterhead_units")) + r")\b", re.IGNORECASE)


def is_letterhead_unit(line: str) -> bool:
    """A line that names a branch of the body named over it, as a letterhead does ("Directorate of Intelligence")."""
    return _letterhead_unit().match(line) is not None


def _addressed_body(line: str) -> Entity | None:
    """The body a line addresses with the word a title sends a message to ("To the Politburo of the CC of the SED",
    "В ЦК КПСС": the ``to`` words of title_parties in every language file); None for any other line."""
    m = _ADDRESSING.match(line.strip()) if len(line) <= 120 else None
    found = lookup(m["body"].strip(" .:,")) if m else None
    return found if found is not None and found.kind == "organisation" else None


_ADDRESSING = re.compile(r"^(?:" + alternation([w for language in LANGUAGES for w in (lexicon(language).get("title_parties") or {}).get("to") or []])
                         + r")\s+(?P<body>\S.*)$", re.IGNORECASE)


@cache
def _never_parties() -> tuple[frozenset[str], frozenset[str]]:
    names = _furniture()["never_parties"]
    return frozenset(" ".join(n.split()).casefold() for n in names), frozenset(e.id for n in names if (e := lookup(n)) is not None)


def is_publishing_site(name: str) -> bool:
    """A site that publishes records or a funder its pages credit ("Wilson Center Digital Archive", "Office of the
    Historian"), by its name or any the gazetteer knows it by: the page's, never a party to the record it prints."""
    folded, ids = _never_parties()
    name = " ".join(name.strip(" .:,|").split())
    if name.casefold() in folded:
        return True
    found = lookup(name) if name else None
    return found is not None and found.id in ids


def drop_publishing_sites(doc: ParsedDocument) -> None:
    """No sender or recipient is the site that prints the record or a funder it credits, whichever reader took it from
    the page's furniture."""
    if any(map(is_publishing_site, doc.sender_names)):
        doc.sender_names = [n for n in doc.sender_names if not is_publishing_site(n)]
    if any(map(is_publishing_site, doc.recipient_names)):
        doc.recipient_names = [n for n in doc.recipient_names if not is_publishing_site(n)]


def read_addressee_line(doc: ParsedDocument) -> None:
    """A message with no addressee yet is addressed to the body its heading names on a line of its own before the
    text begins ("TOP SECRET / CC CPSU / On 18 October ...", "ЦК КПСС"): an organisation the gazetteer knows."""
    if doc.recipient_names or doc.document_type not in MESSAGES or doc.source_type == "book_excerpt":
        return
    senders = {lookup(name).id for name in doc.sender_names if lookup(name)}
    for block, under in itertools.pairwise(doc.blocks[:HEAD_BLOCKS]):
        if len(block.text) <= 80 and not ends_sentence(block.text) and _ADDRESSING.match(block.text.strip()) \
                and lookup(block.text.strip(" .:,")) is None and (person := _addressed_holder(under.text)) is not None:
            doc.recipient_names = [person]  # "To the Minister of National Defence" / "Army General Heinz Hoffmann": the
            return  # office addressed, then its holder by his rank and name on the line under it (a note of the source
            # above them aside)
    if (addressee := _addressee_block(doc.blocks[:HEAD_BLOCKS])) is not None:
        doc.recipient_names = [addressee]
        return
    for index, block in enumerate(doc.blocks[:HEAD_BLOCKS]):
        if index == doc.title_block:
            continue
        if len(block.text) > 40 and ends_sentence(block.text):
            return  # the text has begun
        if is_publishing_site(block.text):
            continue  # "Wilson Center Digital Archive" under the title: the site's name, not the addressee
        entity = lookup(block.text.strip(" .:,")) or _addressed_body(block.text)
        around = [doc.blocks[i].text for i in (index - 1, index + 1) if 0 <= i < len(doc.blocks)]
        following = doc.blocks[index + 1].text if index + 1 < len(doc.blocks) else ""
        if entity is not None and any(map(is_letterhead_unit, around)):
            continue  # "CENTRAL INTELLIGENCE AGENCY / Directorate of Intelligence": the letterhead of the body that wrote it
        if entity is not None and entity.kind == "organisation" and entity.id not in senders:
            doc.recipient_names = [_addressed_person(following) or entity.name]
            return
        if entity is None and _is_body_line(block.text) and (person := _addressed_person(following)) is not None \
                and _dative_addressee(following):
            doc.recipient_names = [person]  # "ЦК Итальянской коммунистической партии" / "товарищу Л. Лонго": a body the
            return  # gazetteer does not know, then the person addressed in it on the line under it
        if entity is None and (person := _routed_person(block.text)) is not None:
            doc.recipient_names = [person]
            return
        if entity is None and (bodies := _bodies_listed(block.text)) and not senders & {b.id for b in bodies}:
            doc.recipient_names = [b.name for b in bodies]  # "ЦК КПСС, МИД СССР": a cable to the Central Committee and the
            return  # ministry, on the line over its text


def _bodies_listed(line: str) -> list[Entity]:
    """The bodies a short line lists between commas, each an organisation the gazetteer knows ("ЦК КПСС, МИД СССР",
    "CC CPSU, MFA USSR"); empty for any other line (a place among them, "Moscow, MFA USSR", is an address_line's)."""
    parts = [p.strip(" .:") for p in line.split(",")] if len(line) <= 80 and "," in line else []
    bodies = [lookup(p) for p in parts if p]
    return bodies if len(bodies) >= 2 and len(bodies) == len(parts) and all(b is not None and b.kind == "organisation" for b in bodies) else []


# A cable's address on one line: the ministry or capital it goes to, a dash or a full stop, and the man it is for
# ("МИД СССР — т. Громыко А. А.", "Москва. Громыко").
_ROUTED = re.compile(r"^(?P<to>[^.,:;—–]{2,40}?)\s*(?:[—–]|\s-|\.)\s+(?P<name>\S.{1,40})$")


def _routed_person(line: str) -> str | None:
    """The person a one-line cable address names after the ministry or the capital it is sent to; None for any other line."""
    m = _ROUTED.match(" ".join(line.split()))
    to = lookup(m["to"]) if m else None
    if to is None or to.kind not in ("organisation", "place"):
        return None
    return _addressed_person(m["name"])


@cache
def _zh() -> dict:
    return lexicon("zh")


# A bulletin's masthead: parts joined by a middle dot or a bar, one the issue's number ("内部参考 · 第一九六八期 · 一九六六年
# 五月二十七日", "Information Bulletin · No. 12 · 5 May 1966"): zh.yaml issue_number, en.yaml issue_number_labels.
_ISSUE_MARKS = [re.escape(mark) for mark in _zh().get("issue_number") or []]
_ISSUE_NUMBER = re.compile(
    (rf"^(?:{_ISSUE_MARKS[0]}\w{{1,8}}{_ISSUE_MARKS[1]}|" if len(_ISSUE_MARKS) == 2 else "^(?:")
    + rf"(?:{alternation(words('issue_number_labels')) or '(?!)'})\s*\d{{1,5}})$")
_MASTHEAD_SPLIT = re.compile(r"\s[·・|]\s")


def is_masthead(text: str) -> bool:
    """A bulletin's masthead over its item, never the item's title."""
    parts = [p.strip() for p in _MASTHEAD_SPLIT.split(text.strip())]
    return len(parts) >= 2 and any(_ISSUE_NUMBER.match(p) for p in parts)


# --- an edition's heading of sender and addressee ----------------------------------------------------------------------

EDITION_HEADING_CHARS = 250  # two offices and two names, parted by commas
EDITION_NAME_WORDS = 4  # a name: a surname, maybe a given name or a particle ("COUVE DE MURVILLE")
EDITION_HEADING_BLOCKS = 6  # the heading under the edition's series line and the document's number


@cache
def _edition_words() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {"joiners": set(), "articles": set(), "honorifics": set(), "offices": set()}
    for language in LANGUAGES:
        for key, values in ((lexicon(language).get("edition_heading") or {}).items()):
            found[key] |= {v.casefold() for v in values or []}
    return {k: frozenset(v) for k, v in found.items()}


def _edition_part(part: str) -> tuple[str, str] | None:
    """One comma-parted piece of an edition's heading: ("office", piece) where its first word, past an article, is an
    office's; ("name", the name past its honorific) where it is a few capitalised words; else None."""
    w = _edition_words()
    tokens = part.split()
    if not tokens:
        return None
    first = tokens[0].casefold()
    article = next((a for a in w["articles"] if first.startswith(a) and (first == a or a.endswith(("'", "’")))), None)
    if article is not None:
        first = first[len(article):] or (tokens[1].casefold() if len(tokens) > 1 else "")
    if first in w["offices"]:
        return "office", part
    if first in w["honorifics"]:
        tokens = tokens[1:]
    if not tokens or len(tokens) > EDITION_NAME_WORDS or not tokens[0][:1].isupper() or not all(t[:1].isalpha() for t in tokens):
        return None
    if any(t.casefold() in w["offices"] or t.casefold() in w["joiners"] for t in tokens):
        return None
    return "name", part


def edition_heading(text: str) -> tuple[str, str] | None:
    """An edition's heading that names the sender and the addressee by office and name, parted by commas, the addressee
    after a joining word ("L'AMBASCIATORE AL CAIRO, FORNARI, AL MINISTRO DEGLI ESTERI, MARTINO"; "M. FALAIZE, AMBASSADEUR
    DE FRANCE À VIENTIANE, À M. COUVE DE MURVILLE, MINISTRE DES AFFAIRES ÉTRANGÈRES."): the sender's name and the
    addressee's, as written with their honorifics; else None. Each side holds one name and its offices, nothing else
    (the language files' edition_heading)."""
    text = text.strip().rstrip(".").strip()
    if len(text) > EDITION_HEADING_CHARS or any(map(str.isdigit, text)) \
            or any(m["word"].casefold() + "." not in _edition_words()["honorifics"] for m in _SENTENCE_INSIDE.finditer(text)):
        return None
    parts = [p.strip() for p in text.split(",")]
    joiners = _edition_words()["joiners"]

    def joined(part: str) -> str | None:
        first = part.split()[0].casefold() if part.split() else ""
        glued = next((j for j in joiners if j.endswith(("'", "’")) and first.startswith(j) and len(first) > len(j)), None)
        if glued is not None:
            return part[len(glued):].strip()
        return part.split(None, 1)[1] if first in joiners and len(part.split()) > 1 else None

    at = next((k for k in range(1, len(parts)) if joined(parts[k]) is not None), None)
    if at is None:
        return None
    sides = [parts[:at], [joined(parts[at]), *parts[at + 1:]]]
    names = []
    for side in sides:
        read = [_edition_part(p) for p in side]
        if any(r is None for r in read) or [k for k, _ in read].count("name") != 1:
            return None
        names.append(next(p for k, p in read if k == "name"))
    if not any(k == "office" for side in sides for k, _ in map(_edition_part, side)):
        return None
    return names[0], names[1]


_SENTENCE_INSIDE = re.compile(r"(?P<word>\w*)[.!?;:]\s+\S")  # a sentence's end inside the line: prose, no heading (an
# honorific's full stop, "M. FALAIZE", ends none)


def edition_person(name: str) -> str:
    """The person an edition's heading names ("M. COUVE DE MURVILLE": Maurice Couve de Murville, "FORNARI": Fornari)."""
    tokens = name.split()
    if tokens and tokens[0].casefold() in _edition_words()["honorifics"]:
        tokens = tokens[1:]
    bare = " ".join(tokens)
    found = lookup(bare)
    if found is not None and found.kind == "person":
        return found.name
    return " ".join(t if not t.isupper() else t.capitalize() if t.casefold() not in _NAME_PARTICLES else t.lower() for t in tokens)


_NAME_PARTICLES = frozenset({"de", "di", "da", "del", "della", "du", "des", "la", "le", "von", "van"})
