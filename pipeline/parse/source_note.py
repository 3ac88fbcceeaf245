"""Source notes: where a published document's text comes from, in a line of its own.

Documentary editions close a document (or open its first footnote) with the
archive it was printed from: FRUS's "1. Source: National Archives, Nixon
Presidential Materials, ..., Box 23.", the National Security Archive's
"[Source: Archive of the Gorbachev Foundation, Fond 1. Opis 1. ...]". A
parser that read no citation of its own gets them from such a note: the
archives of ``parse_citations`` where the note names one, else the note's
first phrase where it names an archive, library or collection (a file number
of the State Department's central files is a file, not an archive, and is
left to the citation string). A later note that cites "Ibid., <file>" cites
another file of the same archive; a bare "(Ibid.)" adds nothing.
A Russian edition prints the archive's abbreviation and the parts alone on the line under the document ("АП РФ.
Ф. 3. Оп. 65. Д. 904. Л. 89–95."): such a line is the citation. Chinese editions close a document with the line it
was printed from instead
("根据中央档案馆保存的手稿刊印。"): the archive it names is the citation.
The labels and the words that make a phrase an archive's name are data, per
language, in ``pipeline/reference/lang/*.yaml`` (``source_labels``,
``archive_words``, ``printed_from``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache

from pipeline.normalize.dates import find_dates
from pipeline.normalize.doctypes import names_a_kind
from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, alternation, lexicon, trie_pattern, words
from pipeline.normalize.page_memo import once_per_page
from pipeline.normalize.text import one_case_letter, writes_capitals
from pipeline.parse.citation import (
    _CITATION_END,
    _FOLIO_LABEL,
    ARCHIVES,
    SERIES_ARCHIVES,
    SERIES_MARK,
    _acronym,
    _names_repository,
    catalogue_header,
    folios_alone,
    fond_closes_mark,
    named_archive_citation,
    opens_with_archive,
    parse_citations,
    parse_parts,
    repository_citation,
    shelf_line_citation,
    worded_parts,
)
from pipeline.parse.model import ParsedDocument, ends_sentence

# The languages whose catalogue labels are read: those with a file, and those that borrow their calendar words and
# write a few labels in a supplement ("شناسه سند", "अभिलेख संख्या", "حوالہ").
_LABEL_LANGUAGES = (*LANGUAGES, *SUPPLEMENTED)


@cache
def _labels() -> tuple[str, ...]:
    """The labels in lower case, less those that hold a shorter one ("sources" holds "source"): a text holds
    a label when it holds one of these."""
    labels = {w.lower() for w in words("source_labels")}
    return tuple(sorted(label for label in labels if not any(other != label and other in label for other in labels)))


def is_source_note(line: str) -> bool:
    """A line that is an edition's source note, numbered or not ("Source: Eisenhower Library, Whitman File, ...")."""
    return names_a_source(line[:30]) and _note().match(line.strip()) is not None


def names_a_source(text: str) -> bool:
    """A label's words anywhere in the passage (most passages name none), found at one scan of its lower case."""
    return _any_label().search(text.lower()) is not None


@cache
def _any_label() -> re.Pattern:
    """The labels as one trie (``trie_pattern``): a scan that skips to their first letters, where a substring test per
    label read the text once for each."""
    return re.compile(trie_pattern(_labels()))


@cache
def _note() -> re.Pattern:
    labels = alternation(words("source_labels"))
    return re.compile(r"^(?:(?:\d{1,3}\.?|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})\s*)?\[?\s*(?:" + labels + r")\s*[:：]\s*(?P<body>.+?)\s*\]?\s*$", re.IGNORECASE)


@cache
def _bracketed_note() -> re.Pattern:
    """A note in square brackets, which bounds itself wherever it stands in a passage."""
    labels = alternation(words("source_labels"))
    return re.compile(r"\[\s*(?:" + labels + r")\s*[:：]\s*(?P<body>[^\[\]]+?)\s*\]", re.IGNORECASE)


@cache
def _bracketed_source() -> re.Pattern:
    """A source label opening a note that stood in parentheses, its bracket already stripped ("档案来源：...")."""
    return re.compile(r"^(?:" + alternation(words("source_labels")) + r")\s*[:：]\s*(?P<body>\S.*)$", re.IGNORECASE)


@cache
def _archive_word() -> re.Pattern:
    return re.compile(r"(?<![A-Za-z])(?:" + alternation(words("archive_words")) + r")")  # Han words have no spaces to bound them


_FIRST_PHRASE = re.compile(r"^(?P<name>[^,.;]+)[,.;]?\s*(?P<rest>.*)$", re.DOTALL)
_NUMBERED = re.compile(r"^\s*(\d{1,3})\.\s")
# A department's lot files ("Department of State, Policy Planning Staff Files, Lot 64 D 563", "S/S Files: Lot 66 D 95"):
# retired files a department kept by the lot, which the note cites at the department, its first phrase.
_LOT_FILE = re.compile(r"\bLot \d{2}\s?[A-Z]\s?\d{1,4}\b")
_IBID = re.compile(r"\bIbid\.,\s*(?P<ref>[^)]+)")


@cache
def _printed_from() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(words('printed_from'))})(?P<body>.{{2,60}}?)(?:{alternation(words('printed_closing'))})[。.]?$")


@cache
def _printed_openings() -> tuple[str, ...]:
    return tuple(words("printed_from")) or ("",)  # no words: every line is tried


def printed_from(line: str) -> dict | None:
    """A documentary edition's closing line "printed from <what the archive keeps>" as a citation of the archive it
    names ("根据中央档案馆保存的手稿刊印。"); None when the line is not one or names no archive ("根据手稿刊印。")."""
    m = _printed_from().match(line.strip())
    archive = _archive_word().search(m["body"]) if m else None
    return {"archive": m["body"][: archive.end()], "text": line.strip()} if archive else None


# A site's trail of pages ("National Archives Access to Archival Databases / Central Foreign Policy Files, 1970-73 / POL
# 23-9 MALAG", "National Archives of Australia | RecordSearch | A1209, 1985/312 PART 1"): the catalogue's navigation,
# no citation line, though it names an archive and a file.
_BREADCRUMB = re.compile(r"\S\s[/>»|\u203a]\s\S.*\S\s[/>»|\u203a]\s\S")  # a site's trail of two steps and more


# A catalogue's line at the head that sets its fields in columns, a wide gap between them, its first field labelled
# ("Reference: HO 376/214, f. 36 <spaces> Held by: The National Archives, Kew <spaces> Closed until 2019; open", "Cite:
# Cambridge University Library, RGO 80/412, p. 38 <spaces> Download image · IIIF manifest", "Signatura: AMCA, leg. 1213,
# exp. 4 <spaces> Descargar imagen (JPG)"): each column a field of its own, as the middle dot parts a site's fields.
_HEAD_COLUMN_GAP = re.compile(r"(?<=\S)[ \t]{3,}(?=\S)")
_LABELLED_FIELD = re.compile(r"^[^\W\d_][^:\uff1a\n]{0,30}[:\uff1a]\s")
_FIELD_SEPARATOR = " \u00b7 "


def _columned_head(head: list[str]) -> dict[str, str]:
    """The head's labelled lines set in columns, each as the page's reader joins it (its spaces folded), to its fields
    parted by a middle dot."""
    columned = {}
    for line in head:
        line = line.strip()
        if "|" in line or not _LABELLED_FIELD.match(line) or len(columns := _HEAD_COLUMN_GAP.split(line)) < 2:
            continue
        columned[" ".join(line.split())] = _FIELD_SEPARATOR.join(" ".join(c.split()) for c in columns)
    return columned


def read_source_notes(doc: ParsedDocument, head: list[str] = ()) -> None:
    """The document's citations from its source note, for a parser that found none. ``head``: the page's first lines
    as captured, its interface lines kept (the catalogue's name over an item's description, "National Archives
    Catalog"). A catalogue's line set in columns is read field by field (``_columned_head``); a line joined to it in
    its passage is a field after it."""
    if doc.citations:
        return
    columned = _columned_head(list(head))
    if not columned:
        _read_source_notes(doc, head)
        if not doc.citations:
            doc.citations = _catalogue_citation(doc, head, any_label=True)  # "Niżżel il-PDF | Ikkwota: Arkivju tal-UĠĦ,
            # Fajl BS/1958/3, f. 7": the site's line of actions, its label to cite the record in a language no list has
        if not doc.citations:
            doc.citations = trail_mark_citation(list(head))  # "Laharana: FLM/SFA/1971/3, pejy 2-3" under the trail
        return
    blocks = doc.blocks
    doc.blocks = [replace(block, text=_FIELD_SEPARATOR.join(filter(None, (columned[line], block.text[len(line):].strip()))))
                  if (line := next((ln for ln in columned if block.text.startswith(ln)), None)) else block for block in blocks]
    try:
        _read_source_notes(doc, head)
    finally:
        doc.blocks = blocks


def _read_source_notes(doc: ParsedDocument, head: list[str] = ()) -> None:
    openings = _printed_openings()  # the line opens with the words (stripped): most passages are turned away at one test
    doc.citations = [c for block in doc.blocks
                     if len(block.text) < 80 and block.text.lstrip().startswith(openings) and (c := printed_from(block.text))][:1]
    if doc.citations:
        return
    # the first short line that is a citation, told by the kept answers (which the page's other readers share); only that
    # line's citations copied for the document. A trail of pages is told after: most lines are no citation, and are
    # turned away without the trail's search.
    doc.citations = head_mark_citation(list(head))  # "The National Archives, Kew" / "FCO 32/2143": the archive over the mark
    if doc.citations:
        return
    cited = next((block.text for block in doc.blocks if len(block.text) < 200 and is_citation_line(block.text)
                  and not _BREADCRUMB.search(block.text)), None)
    doc.citations = citation_line(without_description(cited)) if cited is not None else []
    if doc.citations:
        return
    doc.citations = _quoted_citation_field(doc)  # 'Citation: "Ciphered Telegram ...," August 21, 1981, Wilson Center
    if doc.citations:  # Digital Archive, Archive of the Ministry of ... (AMZV), ...': the site's citation string on one line
        return
    doc.citations = _catalogue_citation(doc, head)  # "Reference: FCO 63/1095": the catalogue's mark
    if doc.citations:
        return
    doc.citations = _abbreviated_shelf(doc)  # "Y.D.I.A., Embassy in Sofia, 1989, File 4/7, ..." under the head's "(Y.D.I.A.)"
    if doc.citations:
        return
    if doc.source_type == "book_excerpt":
        doc.citations = book_footnote_citations([block.text for block in doc.blocks if len(block.text) < 400])
        if doc.citations:
            return
    if not names_a_source("\n".join(block.text for block in doc.blocks)):
        doc.citations = _trail_citation(doc, head)  # "National Archives of Malta · Cabinet Office series CAB · Box 1971/4"
        return  # most pages: tested once over the whole text, not passage by passage
    first = next((i for i, block in enumerate(doc.blocks) if names_a_source(block.text)), None)
    if first is None:
        doc.citations = _trail_citation(doc, head)
        return  # most pages: no passage names a source, and none is read line by line
    archive = None
    for line in (note for block in doc.blocks[first:] for note in _notes(block.text)):
        if archive is None and (m := _note().match(line.strip()) or _bracketed_note().search(line)):
            body = m["body"]
            if (credit := _CITATION_END.search(body)) is not None and credit.start():
                body = body[:credit.start()].strip()  # "Source: BA-MA, DVM 10/48913, fols. 2-7. Translated by the PHP
                # editors from German.": the editors' credit after the shelf line is none of it
            doc.citations = parse_citations(body) or _fonds_citation(body) or _named_archive(body) or _repository_note(body) \
                or citation_line(body)  # "Source: BStU, MfS, HA XVIII, Nr. 6021, Bl. 44-45.": a shelf line after the label
            archive = doc.citations[0]["archive"] if doc.citations else None
        elif archive is not None:
            doc.citations += [{"archive": archive, **parse_parts(ref["ref"]), "text": "Ibid., " + ref["ref"].strip()}
                              for ref in _IBID.finditer(line)]
    if not doc.citations:
        doc.citations = _trail_citation(doc, head)  # the archive's trail at the head, where no note names the source


_CATALOGUE_HEAD = 12  # the catalogue's entry stands over the item it describes


def catalogue_reference(line: str) -> str | None:
    """The shelf mark an archive's catalogue entry gives its item on a line of its own ("Reference: FCO 63/1095",
    "Reference: NAI, G 2/18, pp. 211-214"), where it is a citation; else None ("Reference: your telegram No. 87")."""
    m = _catalogue_mark().match(site_action_mark(line) or line.strip())
    return m["mark"].strip() if m and is_citation_line(m["mark"].strip()) else None


_CATALOGUE_FOOT = 4  # an archive's reading room may print the item's catalogue reference under its text


def _has_colon(text: str) -> bool:
    """A label's colon, plain or full-width ("Reference:", "档号："): a line without one holds no catalogue mark."""
    return ":" in text or "\uff1a" in text
_SITE_HEAD = 3  # the archive's name heads the page, over the trail of its catalogue
_OWN_ARCHIVE = re.compile(r"^(?P<archive>[A-Z][A-Z.]{1,9}|[A-Z]{1,5}-[A-Z]{1,5})(?::\s+|#(?=\S*\d))(?P<rest>\S.*)$")  # "NAA: A1838,
# 169/10/1 PART 14"; a signature whose pieces a hash parts, the archive's abbreviation first ("CH-BAR#E1003#1994/26#73*")


# A reference code that opens with its archive's abbreviation and a full stop, the fond's series and number after it
# ("ERA.R-1961.2.418, l. 22–23": the Estonian archives' codes, archive.fond.inventory.file)
_DOTTED_OWN_ARCHIVE = re.compile(r"^(?P<archive>[A-Z]{2,5})\.(?P<rest>(?:[A-Z]{1,3}-)?\d[\w.-]*(?:,\s.*)?)$")
# The archive's initials in capitals of any script and a full stop, then the record's series by its keeper's name and
# its number ("ÞÍ. Vitamálastofnun 1990-B/47, örk 10": the Icelandic National Archives, the lighthouse service's series).
_INITIALS_OVER_SERIES = re.compile(r"^(?P<archive>[^\W\d_]{2,5})\.\s+(?P<rest>[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+){0,3}\s\d[\w/.-]*(?:,\s.*)?)$")


@cache
def _closing_archive() -> re.Pattern:
    return re.compile(r",\s+(?P<archive>(?:[A-Z][\w.&'’-]*\s+){1,3}(?:" + alternation(words("closing_archive_words") or ["(?!)"])
                      + r"))\.?\s*$")


def closing_archive(mark: str) -> str | None:
    """The archive a catalogue's citation names after the item, last ("..., Box 3, LBJ Library."): closing_archive_words."""
    m = _closing_archive().search(mark)
    return m["archive"] if m else None


_LEADING_INITIALS = re.compile(r"^(?P<initials>[A-Z]{2,9})(?:,?\s+\S*\d|,\s+[^\W\d_])")  # "JARD 1B/31, ...", "AMV, Libro de Actas ..."


def _holder_initials(mark: str, holder: str) -> str | None:
    """The initials a catalogue's mark opens with where they are those of the archive the page names ("JARD 1B/31, ..."
    under "Jamaica Archives and Records Department"), a number after them; None for a department's series ("FCO 45/2367"
    under "The National Archives")."""
    m = _LEADING_INITIALS.match(mark)
    if m is None:
        return None
    return m["initials"] if "".join(w[0] for w in holder.split() if w[:1].isupper()) == m["initials"] else None


_QUOTE_OPENINGS = ('"', "\u201c")  # the citation string opens with the quoted title


def quoted_citation_value(line: str) -> str | None:
    """The citation string after its label on one line, where it opens with the quoted title ('Citation: "Record of
    Conversation ...," June 11, 1971, ...'; the labels of furniture.yaml quoted_title_labels); None for any other line."""
    label, colon, value = line.partition(":")
    if not colon or len(label) > 20 or label.strip().casefold() not in quoted_title_labels():
        return None
    value = value.strip()
    return value if value.startswith(_QUOTE_OPENINGS) else None


@cache
def quoted_title_labels() -> frozenset[str]:
    from importlib import resources

    from pipeline.normalize.lexicon import load_yaml
    furniture = load_yaml(resources.files("pipeline.reference").joinpath("layouts/furniture.yaml").read_text("utf-8"))
    return frozenset(w.casefold() for w in furniture["quoted_title_labels"])


_CITATION_FIELD_BLOCKS = 16  # the site's fields over the text


def _quoted_citation_field(doc: ParsedDocument) -> list[dict]:
    """The archive a site's one-line citation field cites after the quoted title, its date and the site's collection
    ('Citation: "Record of a Conversation between Mehmet Shehu and ...," September 14, 1964, History and Public Policy
    Program Digital Archive, AQSH, F. 14/AP, ...'), read as the Wilson Center's reader reads its citation string."""
    from pipeline.parse import wcda  # (that reader reads this module's lines: imported when asked)

    for block in doc.blocks[:_CITATION_FIELD_BLOCKS]:
        if len(block.text) < 600 and (value := quoted_citation_value(block.text)) is not None:
            return wcda.citations(value)
    return []


_NEXT_FIELD_OF_LINE = re.compile(r"\s+[|\u00b7]\s+(?=[^|:\u00b7]{1,30}:)")


def _catalogue_citation(doc: ParsedDocument, head: list[str] = (), any_label: bool = False) -> list[dict]:
    """``_catalogue_entry_citation``, with the folios the line under the mark gives alone ("档号：107-01102-05" / "第1—3页")
    where the mark gives none."""
    cited = _catalogue_entry_citation(doc, head, any_label)
    if len(cited) != 1 or cited[0].get("folios"):
        return cited
    at = next((i for i, block in enumerate(doc.blocks[:_CATALOGUE_HEAD]) if cited[0]["text"] in block.text and _has_colon(block.text)), None)
    if at is not None and at + 1 < len(doc.blocks) and (folios := folios_alone(doc.blocks[at + 1].text)) is not None:
        cited[0]["folios"] = folios
    return cited


def _catalogue_entry_citation(doc: ParsedDocument, head: list[str] = (), any_label: bool = False) -> list[dict]:
    """The citation of an archive's catalogue entry ("Reference: PREM 15/735"), in the page's head or at its foot. Its
    archive is the one the entry says holds the item ("Held by: The National Archives, Kew"), else the one the page
    names at its head ("Rigsarkivet - Danish National Archives", "The National Archives › Discovery › ..."), as the
    page writes it, before the series' keeper a bare mark is read by (TNA for "PREM"); a mark that opens with its own
    archive ("NAI, G 2/18") keeps it. Without an archive named on the page, only a mark that is a citation is read."""
    count = len(doc.blocks)
    head_and_foot = doc.blocks[:_CATALOGUE_HEAD] + doc.blocks[max(_CATALOGUE_HEAD, count - _CATALOGUE_FOOT):]  # the middle of a
    # long page is never read: sliced off, not walked past
    marks = ((block.text, _catalogue_mark().match(site_action_mark(block.text, any_label) or _unbracketed_note(block.text.strip())))
             for block in head_and_foot  # ("Download (PDF, 3 pages) | Catalogue reference: G4/188, pp. 201-203 | ...")
             if len(block.text) < 200 and _has_colon(block.text))
    found = [(text, m["mark"].strip()) for text, m in marks if m]
    page_archive = (holder_line(doc) or site_archive(doc) or _head_archive(head) or _trail_head(doc)) if found else None
    # the line whose mark opens with the archive's name is the form to cite the item, read before a bare mark the page's
    # archive would be given ("Reference: MO/OWS/WR/1963/2, pp. 18–19" over "Citation: National Meteorological Library
    # and Archive, MO/OWS/WR/1963/2, pp. 18–19.")
    marked = next(((text, mark) for text, mark in found if opening_archive(mark, page_archive) is not None), found[0] if found else None)
    mark = marked[1] if marked else None
    inline_holder = None
    if mark is not None and (beside := _holder_beside().search(mark)) is not None:
        mark, inline_holder = mark[:beside.start()].strip().rstrip(" \u00b7"), beside["archive"].split(_FIELD_SEPARATOR)[0].strip().rstrip(".")  # "Reference: PREM 13/541
        # Held by: The National Archives, Kew": the entry's fields on one line, the holder beside the mark
    if mark is not None:
        mark = _NEXT_FIELD_OF_LINE.split(mark, maxsplit=1)[0]  # "۲۹۳/۴۵۱۸ | تاریخ سند: ...", "FO 366/3317/41 | Description: ...":
        # the catalogue's next field on the line after a bar, no part of the mark
    if mark is None and (quoted := _quoted_item_mark(doc)) is not None:
        return [{**dict.fromkeys(("fond", "opis", "delo", "papka")), "archive": quoted[1], "folios": _mark_folios(quoted[0]),
                 "text": quoted[0]}]
    if mark is None and (quoted_head := _quoted_head_citation(doc)):
        return quoted_head
    if mark is None:
        return _head_shelf(doc, head) or _catalogue_levels(doc, head)
    label = marked[0].strip().partition(":")[0].strip()
    if label.casefold() in _PART_LABELS and (worded := worded_parts(f"{label} {mark}")) is not None \
            and (holder := inline_holder or holder_line(doc) or site_archive(doc) or _head_archive(head)) is not None:
        return [{**worded, "archive": holder, "text": mark}]  # "Fond: ZO KSS VSŽ, šk. 14, inv. č. 233, fol. 17–18" under
        # "Štátny archív v Košiciach – ...": the line's label is its first part's, the archive the page's head names
    if (held := _HELD_IN_BRACKETS.search(mark)) is not None and (held_cited := citation_line(held["held"])):
        return held_cited  # "CPGB, Resolutions of the 35th National Congress, London 1977, p. 31 (People's History Museum,
        # CP/CENT/CONG/21/04)": a printed paper cited, the archive that keeps it in brackets after
    cited = citation_line(mark)
    if (opening := opening_archive(mark, page_archive)) is not None \
            and (not (cited and mark.startswith(cited[0]["archive"]))
                 or (_parts_of(named := _opening_archive_citation(*opening, mark)), len(named["archive"]))
                 > (_parts_of(cited[0]), len(cited[0]["archive"]))):  # the place after the archive's name: "Archives jésuites,
        # Vanves", as the page's trail names it
        return [_opening_archive_citation(*opening, mark)]  # "Tilvísing: Føroya Landsskjalasavn, Tórshavn Radio, TR-1/1962-3,
        # s. 41-42.", "Sitat: ARDA, f. 3154, siy. 1, iş 88, vv. 14–15.": the archive the form names first, then its parts
    if not cited and (own := _OWN_ARCHIVE.match(mark) or _DOTTED_OWN_ARCHIVE.match(mark)
                      or (m := _INITIALS_OVER_SERIES.match(mark)) and m["archive"].isupper() and m) \
            and any(c.isdigit() for c in own["rest"]):
        # "Citation: NAA: A1838, 169/10/1 PART 14": a mark that opens with its archive's short name and a colon names
        # the archive itself, a series and file with no folios after it
        return [{**dict.fromkeys(("fond", "opis", "delo", "papka")), "archive": own["archive"], "folios": _mark_folios(mark), "text": mark}]
    if not cited and site_action_mark(marked[0], any_label) is not None and (opening := _cite_form_archive(mark)):
        # "Sitering: NASA, SAP 11/3/44, vol. 2, ff. 118-119": the site's form to cite the record names its archive first
        return [{**dict.fromkeys(("fond", "opis", "delo", "papka")), "archive": opening, "folios": _mark_folios(mark), "text": mark}]
    if not cited and (closing := closing_archive(mark)):  # "President's Daily Diary, Box 3, LBJ Library.": the mark's own
        return [{**dict.fromkeys(("fond", "opis", "delo", "papka")), "archive": closing, "folios": _mark_folios(mark), "text": mark}]
    holder = inline_holder or holder_line(doc) or site_archive(doc) or _head_archive(head)  # (the archive the page names,
    # as it writes it, before the series' keeper a bare mark is read by: "The National Archives" over "Reference: FCO
    # 45/2367", not "TNA")
    if holder is None or (cited and mark.startswith(cited[0]["archive"])):
        return cited
    if not cited and (initials := _holder_initials(mark, holder) or _holder_initials(mark, _head_archive(head) or "")):
        # "Reference: JARD 1B/31, Cabinet Minutes 1968, ..." under "Jamaica Archives and Records Department": the mark
        # opens with the archive's own initials (of the holder, or of the archive the page's head names over the
        # collection's name), the archive as the mark writes it
        return [{**dict.fromkeys(("fond", "opis", "delo", "papka")), "archive": initials, "folios": _mark_folios(mark), "text": mark}]
    if not cited and not any(c.isdigit() for c in mark):
        return []
    parts = cited[0] if cited else {**dict.fromkeys(("fond", "opis", "delo", "papka")), "folios": _mark_folios(mark)}
    return [{**parts, "archive": holder, "text": mark}]


_PART_LABELS = frozenset(label.casefold() for label, part in (lexicon("en").get("citation_word_labels") or {}).items() if part == "fond")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_OPENING_ARCHIVE_WORDS = 8  # an archive's name: a few words ("National Meteorological Library and Archive")
_INITIALS_CHARS = (2, 6)  # an archive's short name in capitals ("ARDA", "ДАРМ", "ÖStA")


def _archive_initials_name(piece: str) -> bool:
    """An archive's short name: in capitals ("ARDA", "ДАРМ", "ÖStA"), or in an alphabet written in one case ("სეა", the
    Georgian archives' short name: Mkhedruli has capitals in Unicode that no short name is written in); no word of an
    abjad or of Han, which write no short name so ("وزارة", "档案")."""
    if not (piece.isalpha() and _INITIALS_CHARS[0] <= len(piece) <= _INITIALS_CHARS[1]):
        return False
    if not any(writes_capitals(c) for c in piece):
        return all(one_case_letter(c) for c in piece)
    return piece[0].isupper() and sum(map(str.isupper, piece)) >= 2


def _words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


_MARK_COMMA = re.compile("[,\u060c]")  # the comma between a form's parts, the Arabic script's too ("أرشيف بلدية إربد، ...")


def opening_archive(mark: str, page_archive: str | None = None) -> tuple[str, str] | None:
    """The archive a catalogue's form to cite the item names first, and the rest of the form ("Merseyside Maritime Museum
    Archives, B/HAF/7/31/4, ...", "ARDA, f. 3154, siy. 1, iş 88", "ДАРМ, Одделение Струмица, ф. 412, ..."): a name with
    no figure that names a repository, or its short name in capitals, or the archive the page's head names, and a mark
    with a figure after it, not a day; the place after the name where the page's archive names it too ("Archives
    jésuites, Vanves, TCH/M/4/2" under "Archives jésuites de la Province de France (Vanves)"). None for any other mark."""
    pieces = [piece.strip() for piece in _MARK_COMMA.split(mark.strip().rstrip("."))]
    first = pieces[0]
    if len(pieces) < 2 or not first or ":" in first or any(map(str.isdigit, first)) or len(first.split()) > _OPENING_ARCHIVE_WORDS:
        return None
    if not (_names_repository(first) or _archive_initials_name(first) or (page_archive and first in page_archive)):
        return None
    named = _words_of(page_archive or "")
    at = 1
    while at < len(pieces) - 1 and named and not any(map(str.isdigit, pieces[at])) and _words_of(pieces[at]) <= named:
        at += 1
    marked = next((piece for piece in pieces[at:] if any(map(str.isdigit, piece))), None)
    if marked is None or _YEAR.fullmatch(marked) or any(d.end - d.start >= len(marked) - 2 for d in find_dates(marked)):
        return None  # "Raab an Bulganin, 20.4.1955, ÖStA, ...": a letter's day, no mark; "PHRG, Report of the Observer
        # Delegation ..., London, 1983, pp. 1-3": a printed report's year, no archive's mark
    return ", ".join(pieces[:at]), ", ".join(pieces[at:])


def _parts_of(cited: dict) -> int:
    return sum(1 for part in ("fond", "opis", "delo", "papka", "folios") if cited.get(part))


def _trail_head(doc: ParsedDocument) -> str | None:
    """The first page of the site's trail on the page's first line ("Archives jésuites de la Province de France (Vanves)
    › Fonds Mission du Tchad › ..."), whatever it names."""
    first = doc.blocks[0].text.strip() if doc.blocks else ""
    steps = _trail_separator().split(first, maxsplit=1)
    return steps[0] if len(steps) > 1 and len(first) <= 200 else None


def _opening_archive_citation(archive: str, rest: str, mark: str) -> dict:
    """The citation of a form that names its archive first: the parts where every piece of the rest is labelled
    ("f. 3154, siy. 1, iş 88, vv. 14–15") or its fond is ("Одделение Струмица, ф. 412, к. 17, а.е. 212, л. 3–4"), else the
    mark in the reference and only its folios (the settled row on shelf marks written without labels)."""
    parts = worded_parts(rest)
    if parts is None:
        parts = parse_parts(rest)
    if parts is None or not parts["fond"] or fond_closes_mark(rest, parts):
        parts = {**dict.fromkeys(("fond", "opis", "delo", "papka")), "folios": _mark_folios(rest)}
    return {**parts, "archive": archive, "text": mark}


def _cite_form_archive(mark: str) -> str | None:
    """The archive a site's form to cite its record opens with, before the item's mark ("NASA, SAP 11/3/44, vol. 2, ff.
    118-119", "Fons Diari Avui, FA-CR 3/19, f. 1-2"): a name without figures, the mark with a figure right after it;
    None where the words after the first comma are no mark ("Pan American World Airways, Inc. Records, ASM0341, ...":
    the collection's name, held by the archive the page names)."""
    pieces = [piece.strip() for piece in mark.split(",")]
    if len(pieces) < 2 or not pieces[0] or any(c.isdigit() for c in pieces[0]) or len(pieces[0].split()) > 6:
        return None
    return pieces[0] if ":" not in pieces[1] and _JOINED_FIGURES.search(pieces[1]) else None


_JOINED_FIGURES = re.compile(r"\d\s?[/.-]\s?\d")  # a shelf mark's figures joined by a slash, a dash or a stop ("11/3/44",
# "FA-CR 3/19", "ג-5432/11", "151-004"), not an ordinal's or a year's ("2282nd meeting", "Päiväkirjat 1970–1975")


@cache
def _catalogue_level() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(words('catalogue_level_labels')) or '(?!)'})(?:\s+\d+)?\s*:\s*\S")


def is_catalogue_level(line: str) -> bool:
    """A level of a catalogue's description over the item ("Record Group 59: General Records of ...", "Series: ...")."""
    return ":" in line and _catalogue_level().match(line.strip()) is not None  # the level's label and its colon


def _catalogue_levels(doc: ParsedDocument, head: list[str] = ()) -> list[dict]:
    """The National Archives Catalog's description of an item in its levels over it ("Record Group 59: ..." /
    "Series: ..." / "File Unit: ..."), under the archive the page's head names ("National Archives Catalog"): one
    citation, its lines joined, under that archive; [] without two levels or without the archive."""
    levels = [block.text.strip() for block in doc.blocks[:_CATALOGUE_HEAD] if len(block.text) < 200 and is_catalogue_level(block.text)]
    if len(levels) < 2:
        return []
    holder = holder_line(doc) or site_archive(doc) or _head_archive(head)
    if holder is None:
        return []
    return [{**dict.fromkeys(("fond", "opis", "delo", "papka", "folios")), "archive": holder, "text": " ".join(levels)}]


_NAMED_ABBREVIATION = re.compile(r"^(?P<name>[^()]{8,100}?)\s*\((?P<short>[^\W\d][^()\s]{1,14})\)$")


def _abbreviated_shelf(doc: ParsedDocument) -> list[dict]:
    """A shelf mark on a line of its own under the text that opens with the abbreviation the page's head gives the
    archive it names ("Diplomatic and Historical Archive of the Ministry of Foreign Affairs (Y.D.I.A.)" over "Y.D.I.A.,
    Embassy in Sofia, 1989, File 4/7, sub-file 2, ff. 31-33"), whatever archive it is: the archive as the line writes
    it, and the folios closing the line."""
    heads = (_NAMED_ABBREVIATION.match(block.text.strip()) for block in doc.blocks[:_SITE_HEAD] if len(block.text) < 120)
    short = next((m["short"] for m in heads if m and _names_repository(m["name"])), None)
    if short is None:
        return []
    for block in doc.blocks[-_CATALOGUE_FOOT:]:
        line = block.text.strip().rstrip(".")
        if len(line) < 200 and line.startswith(short + ",") and any(c.isdigit() for c in line):
            mark = line[len(short) + 1:].strip()
            block.passage_type, block.section_type = "trailer", "trailer"  # the edition's furniture, under the signature
            return [{**dict.fromkeys(("fond", "opis", "delo", "papka")), "archive": short, "folios": _mark_folios(mark), "text": line}]
    return []


_FILE_MARK = re.compile(r"[^\W_][/-]\d|\d[/-][^\W_]")  # "HI/1011/24/70", "108-01287-03": a file's number, not a date's
# A box or a folder numbered in one of the line's pieces ("Ann Whitman File, International Series, Box 9, Costa Rica
# (1)": a presidential library's collection, series, box and folder): the line is a shelf line, whatever its last piece.
_CONTAINER_PIECE = re.compile(rf",\s*(?:{alternation(words('container_labels')) or '(?!)'})\s+[A-Z]{{0,2}}-?\d+[A-Za-z]?(?=,|$)")


@cache
def _shelf_labels() -> re.Pattern:
    return re.compile(r"^(?:" + (alternation(words("shelf_line_labels")) or "(?!)") + r")\s*:\s*", re.IGNORECASE)


def _shelf_line(text: str) -> str:
    """A shelf line as its mark: its first field where the catalogue sets several on the line ("Collection: National
    Security File, ..., Box 37 · Date: 1968-02-06 · Type: Letter"), without the label a library's item page puts before
    the collection and its box (en.yaml shelf_line_labels: "Collection: NSF, Country File, ..., Box 278, Folder 2")."""
    line = text.strip().split(_FIELD_SEPARATOR, 1)[0].rstrip(".")
    return _shelf_labels().sub("", line, count=1)


def _head_shelf(doc: ParsedDocument, head: list[str] = ()) -> list[dict]:
    """A catalogue entry's shelf line with no label, under the archive the page's head names and over the text
    ("National Archives of India" / ... / "Ministry of External Affairs, UN-II Section, File No. HI/1011/24/70"): the
    head's archive, the line as the mark, when the line reads as that archive's citation and closes on a file's number."""
    lines = [line for block in doc.blocks[:_CATALOGUE_HEAD] if block.text != doc.title
             and len(line := _shelf_line(block.text)) <= 160 and ":" not in line.partition(",")[0] and "," in line
             and (_FILE_MARK.search(line.rpartition(",")[2]) or _CONTAINER_PIECE.search(line))]
    holder = (holder_line(doc) or site_archive(doc) or _head_archive(head)) if lines else None  # most pages have no such
    # line: no archive sought; a library's name alone on the page's first line is the head's ("Dwight D. Eisenhower
    # Presidential Library" over "Ann Whitman File, International Series, Box 49, Tunisia (2)")
    if holder is None:
        return []
    for line in lines:
        cited = repository_citation(f"{holder}, {line}", leading=True)
        if cited is not None and cited["archive"] == holder:
            return [{**cited, "text": line}]
    return []


def _unbracketed_note(text: str) -> str:
    """A foot line in full-width brackets without them ("（館藏號：11-01-02-10-01-045，第93頁）"): the catalogue's mark; a
    site's line of actions on the record closing with the form to cite it, without the actions (``site_action_mark``)."""
    if (cited := site_action_mark(text)) is not None:
        return cited
    return text[1:-1].strip() if text.startswith("\uff08") and text.endswith("\uff09") else text


_SITE_ACTION = 40  # a site's action is a few words ("Lataa PDF", "Belgeyi indir (PDF, 3 s.)", "View page image")


_SITE_NOTE_CHARS = 40
_SITE_NOTE_WORDS = 3


def _site_note(piece: str) -> bool:
    """The site's short note beside its actions, a phrase of a few words with no label ("Released under the 30-year
    rule"); not a label's field ("Catalogue: BBCM/DL/1971/178") nor a language's name ("Français")."""
    return len(piece) <= _SITE_NOTE_CHARS and len(piece.split()) >= _SITE_NOTE_WORDS and ":" not in piece


def site_action_mark(line: str, any_label: bool = False) -> str | None:
    """A site's line of actions on the record it shows, parted by bars, that closes with the form to cite the record
    after its label ("Lataa PDF | Viittaa: Kangasniemi, Eino: Päiväkirjat ...", "Visa originaltelegram (PDF) | Ladda ner
    text | Citera: TT-telegram 0417, ...", "View page image | Reference: GB 1847 STUC/1/1/80, pp. 412-413"): the label
    and the form to cite (a catalogue's mark line), the actions left out; None for any other line. The actions are the
    site's, never a title. ``any_label``: a mark after a label of no list too (``_any_labelled_mark``), the readers'
    last try."""
    if " | " in line or " \u00b7 " in line:
        pieces = [piece.strip() for piece in _ACTION_SEPARATOR.split(line.strip())]
    else:
        from pipeline.parse.headings import bracketed_actions  # the page's readers build on the notes' reader

        if (pieces := bracketed_actions(line)) is None:  # "[Download image] [Cite this item: ...]": the site's buttons,
            return None  # each in brackets
    marked = [i for i, piece in enumerate(pieces) if _catalogue_mark().match(piece)]
    if not marked:
        return _any_labelled_mark(pieces) if any_label else None
    cited = marked[-1]  # the form to cite the record, which closes the line's labelled marks ("Verwysing: SAP 11/3/44 |
    # Aflaai (PDF) | Sitering: NASA, SAP 11/3/44, vol. 2, ff. 118-119")
    if not all(i in marked or _site_action(piece) or _site_note(piece) for i, piece in enumerate(pieces) if i != cited):
        return None
    return pieces[cited]


# A piece of a site's line of actions that gives a mark after a label of a few words in any language and script, its
# colon plain, full-width or the Armenian one ("Ikkwota: Arkivju tal-UĠĦ, Fajl BS/1958/3, f. 7", "Tagairt: CNÉ,
# AG1/1967/F.212, ll. 44-45", "Հղում՝ ՀԱԱ, ֆ. 1213, ց. 7, ..."): the label is no figure and no mark of a field.
_ANY_LABEL_MARK = re.compile(r"^(?P<label>[^\W\d_][^\d:\uff1a\u055d|·()\[\]]{0,29}?)\s*[:\uff1a\u055d]\s*(?P<mark>[^\W_].*)$")
_ANY_LABEL_WORDS = 3
# The label the readers of a catalogue's mark know, under which a mark read after a label of no list is handed on.
_NEUTRAL_LABEL = "Cite"


def _any_labelled_mark(pieces: list[str]) -> str | None:
    """The layout of a site's line of actions whatever its language: one piece gives a mark with a figure after a label
    of a few words, every other piece is the site's action on the record ("Niżżel il-PDF | Ikkwota: Arkivju tal-UĠĦ,
    Fajl BS/1958/3, f. 7", "ดาวน์โหลด PDF | อ้างอิง: หจช. สธ. 0201/2511/14 แผ่นที่ 3"): the mark under the label the
    readers of a catalogue's mark know (``_NEUTRAL_LABEL``); None for any other line (two labelled fields, no action)."""
    labelled = [(i, m) for i, piece in enumerate(pieces) if (m := _ANY_LABEL_MARK.match(piece))]
    if len(labelled) != 1 or len(pieces) < 2:
        return None
    at, m = labelled[0]
    if len(m["label"].split()) > _ANY_LABEL_WORDS or not any(c.isdigit() for c in m["mark"]):
        return None
    if any(d.precision == "day" for d in find_dates(m["mark"])):
        return None  # "Citēt: PBLA Informācijas birojs, Paziņojums presei Nr. 41/83 (1983. g. 22. decembris)": a printed
        # paper cited by its day, no archive's shelf mark
    others = [piece for i, piece in enumerate(pieces) if i != at]
    if not all(_site_action(piece) for piece in others) or not any(_FILE_FORMAT.search(piece) for piece in others):
        return None  # an action that fetches the record's file ("Niżżel il-PDF"), not a publisher's name after a book's
        # title and subtitle ("Ceylon after Independence: Politics and the Armed Forces, 1948-1972 | Cambridge University Press")
    return f"{_NEUTRAL_LABEL}: {m['mark'].strip()}"


def _file_format_words() -> list[str]:
    from importlib import resources

    from schemas import load_yaml

    return load_yaml(resources.files("pipeline.reference").joinpath("layouts/furniture.yaml").read_text("utf-8")).get("file_format_words") or []


# The name of a file's format in a site's action on the record ("Niżżel il-PDF", "Íoslódáil (PDF)", "Descargar imagen
# (JPG)"; layouts/furniture.yaml file_format_words), whatever the language of the action's verb.
_FILE_FORMAT = re.compile(rf"(?<![^\W\d_])(?:{alternation(_file_format_words()) or '(?!)'})(?![^\W\d_])")


# The separator of a site's line of actions: a bar, or a middle dot between spaces ("Item 12 of 31 · Download (PDF, 2
# pp.) · Citation: ..."); a dot between words alone is no separator.
_ACTION_SEPARATOR = re.compile(r"\s+\|\s+|\s+\u00b7\s+")
def _site_action(piece: str) -> bool:
    """A site's action on the record, a few words ("Lataa PDF", "Download (PDF, 2 pp.)"), or its place in a series
    ("Item 12 of 31"): no label, no figure but a count."""
    head = piece.split("(")[0]
    return 0 < len(piece) <= _SITE_ACTION and ":" not in piece and (not any(c.isdigit() for c in head) or _ITEM_OF.fullmatch(head.strip()) is not None)


_ITEM_OF = re.compile(r"[^\W\d_]+\s+\d+\s+[^\W\d_]{1,3}\s+\d+")  # "Item 12 of 31", "Stück 3 von 9"


def _mark_folios(mark: str) -> str | None:
    """The folios closing a catalogue's mark after a comma ("PMO 1968/0112, ff. 14-16": "14-16"; "11-01-02-10-01-045，第93頁":
    "第93頁", as written); None without them."""
    if " \u00b7 " in mark:  # "CO6/5/12/3 · Sandbank Public School Log Book, 1952-1973 · pp. 214-215 · Download image": the
        # catalogue's fields parted by middle dots, the site's actions after them
        pieces = [piece.strip() for piece in mark.split(" \u00b7 ")]
        while len(pieces) > 1 and _site_action(pieces[-1]):
            pieces.pop()
        mark = ", ".join(pieces)
    if "\uff0c" in mark and (pages := folios_alone(mark.rpartition("\uff0c")[2])) is not None:
        return pages
    head, comma, last = mark.rpartition(",")
    folio = _FOLIO_LABEL.match(last.strip()) if comma and head.strip() else None
    pages = "".join(last.strip()[folio.end():].split()).replace("\u2013", "-") if folio else None
    return pages[:-1] if pages and pages.endswith(")") and "(" not in pages else pages  # "(extracto, fls. 31-33)": the
    # bracket closing the description the folios end


def labelled_mark_line(line: str) -> bool:
    """A catalogue's line that gives the item's shelf mark after its label, the mark with a figure ("Signatura: ZAMU,
    Senat, t.e. 31, a.e. 7", "Viide: ERA.R-1961.2.418, l. 22–23"): the catalogue's, never the document's title."""
    return _has_colon(line) and (m := _catalogue_mark().match(line.strip())) is not None and any(c.isdigit() for c in m["mark"])


def is_catalogue_mark_line(line: str) -> bool:
    """A catalogue's line that gives the item's shelf mark after its label ("Reference: FCO 63/1095", "Citation: NAA:
    A1838, 69/1/3/13 PART 4, pp. 87-88", 'Citation: "Memorandum for the Record, April 30, 1965," ..., Box 1, LBJ
    Presidential Library.'): its figures are the mark's, not a day's."""
    return site_action_mark(line) is not None or _catalogue_mark().match(line.strip()) is not None \
        or _quoted_catalogue_mark().match(line.strip()) is not None


def _quoted_item_mark(doc: ParsedDocument) -> tuple[str, str] | None:
    """A catalogue's form to cite the item that opens with the item's title in quotation marks and closes with the
    archive ('Citation: "Memorandum for the Record, April 30, 1965," National Security File, Meeting Notes File, Box 1,
    LBJ Presidential Library.'), at the page's foot: the mark after the title and the archive it names last; else None."""
    count = len(doc.blocks)
    for block in doc.blocks[max(0, count - _CATALOGUE_FOOT):]:
        m = _quoted_catalogue_mark().match(block.text.strip()) if len(block.text) < 300 else None
        if m and (archive := closing_archive(m["mark"])):
            return m["mark"].strip(), archive
    return None


# The archive that keeps a printed paper, and its shelf mark, in brackets closing the paper's citation.
_HELD_IN_BRACKETS = re.compile(r"\((?P<held>[^()]{4,160})\)\s*\.?$")


def _quoted_head_citation(doc: ParsedDocument) -> list[dict]:
    """The archive's citation a catalogue's form to cite the item gives in the page's head, after the item's quoted title
    and its day ('Citation: "Information on the Interkit Meeting in Prague, 9-11 November 1976," November 15, 1976,
    SAPMO-BArch, DY 30/IV B 2/20/126, Bl. 41-45. Translated by ...'): the first archive it cites, as ``parse_citations``
    reads it; [] without one."""
    from pipeline.parse.wcda import cited_after_collection  # the site's own reader of its citation strings

    for block in doc.blocks[:_CATALOGUE_HEAD]:
        m = _quoted_catalogue_mark().match(block.text.strip()) if len(block.text) < 400 else None
        if m and (cited := parse_citations(m["mark"]) or cited_after_collection(block.text.strip().partition(":")[2].strip())):
            return cited[:1]  # (an archive no list names, read after the site's collection: "..., History and Public Policy
            # Program Digital Archive, Diplomatic Archive of the Ministry of Foreign Affairs of Serbia (DA MSP RS), PA, ...")
    return []


@cache
def _quoted_catalogue_mark() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(words('catalogue_reference_labels', _LABEL_LANGUAGES)) or '(?!)'})\s*[:：]\s*[\"“][^\"“”]{{1,200}}[\"”]\s*,?\s*"
                      r"(?P<mark>[^\W\d_].*)$")


@cache
def _catalogue_mark() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(words('catalogue_reference_labels', _LABEL_LANGUAGES)) or '(?!)'})\s*[:：]\s*(?P<mark>[^\W_].*)$")


@cache
def _holder_beside() -> re.Pattern:
    """The holder's label and archive after the mark on the entry's one line ("PREM 13/541    Held by: The National
    Archives, Kew")."""
    return re.compile(rf"\s+(?:{alternation(words('catalogue_holder_labels')) or '(?!)'})\s*:\s*(?P<archive>\S.*)$")


@cache
def _holder_label() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(words('catalogue_holder_labels')) or '(?!)'})\s*:\s*(?P<archive>\S.*)$")


def holder_of(line: str) -> str | None:
    """The archive a catalogue entry's line says holds the item ("Held by: The National Archives, Kew"); else None."""
    m = _holder_label().match(line.strip())
    return m["archive"].strip().rstrip(".") if m else None


def holder_line(doc: ParsedDocument) -> str | None:
    return next((held for block in doc.blocks[:_CATALOGUE_HEAD] if len(block.text) < 120 and (held := holder_of(block.text))), None)


@cache
def _trail_separator() -> re.Pattern:
    return re.compile("|".join(rf"\s+{re.escape(s)}\s+" for s in words("site_trail_separators")) or "(?!)")


@cache
def _trail_marks() -> tuple[str, ...]:
    """The separators' marks, which every separator of a trail holds ("›", "·")."""
    return tuple(s.strip() or s for s in words("site_trail_separators"))


@cache
def _portal_words() -> frozenset[str]:
    return frozenset(words("site_portal_words"))


def _portal_compound(piece: str) -> bool:
    """A one-word name of a portal, its portal word compounded in the languages that join words ("Arkivportalen",
    "Arkivportal", "Archivportal-D"): the site, not an archive."""
    words_ = piece.split()
    return len(words_) == 1 and any(word.casefold() in words_[0].casefold() for word in _portal_words())


@once_per_page  # the head's lines, asked by the interface's blanking, the notes' reader and the title's
def site_archive_of(line: str) -> str | None:
    """The archive a page's head line names before its trail ("The National Archives › Discovery › FCO 9/2280": "The
    National Archives"; "Rigsarkivet - Danish National Archives" whole; "The National Archives - Discovery": the
    catalogue's name left off); None for a line that names no repository or is a label's line."""
    line = line.strip()
    first = _trail_separator().split(line, maxsplit=1)[0]
    if len(line) > 120 or ":" in line or ends_sentence(first if first != line else line):
        return None  # (a trail closing on its file's years in brackets, "› G4/188 (1965-1966)", tells no sentence)
    dash = " – " if " – " in first and " - " not in first else " - "  # ("Štátny archív v Košiciach – Digitálne fondy")
    pieces = first.split(dash)
    portal = _portal_words()
    while pieces and (pieces[-1].split() or [""])[-1] in portal or len(pieces) > 1 and (not _names_repository(pieces[-1])
                                                                                     or pieces[-1].strip() in words("site_section_names")):
        pieces.pop()  # "Abhilekh Patal - Indian Archives Portal": the portal is the site, not the archive it serves
    while len(pieces) > 1 and _portal_compound(pieces[0]) and _names_repository(pieces[1]):
        pieces.pop(0)  # "Arkivportalen – Statsarkivet i Tromsø": the portal's name before the archive it serves
    if not pieces:
        return None
    name = dash.join(pieces).strip()
    name = next((name[:-len(other)].strip() for other in words("archive_names_after_name") if name.endswith(f" {other}")), name)
    # ("Archives New Zealand Te Rua Mahara o te Kāwanatanga": the archive's name in its country's other language after it)
    if len(name.split()) > 1 and name.split()[-1] in words("site_catalogue_words"):
        name = name.rsplit(None, 1)[0]  # "National Archives Catalog": the archive's catalogue, named by the archive
    han = (word := _archive_word().search(name)) is not None and word.end() == len(name)  # "外交部档案馆 · 开放档案"
    return name if (_names_repository(name) or han) and not any(map(str.isdigit, name)) else None


# The item's level closing an archive's trail: a mark, by a label and its number ("Box 7", "дело 4", "Series A1838";
# a year is no number of a box), by numbers joined with a slash or a dash ("General, 5/62", "档号：113-00821-05"), or a
# file named and dated after a comma ("Sudan, 1971"); a year alone or a month's name and year is a page of the site's
# browsing ("Selected Documents > 1967", "Documents > January 1971"), no file.
_TRAIL_MARK = re.compile(r"\d\s*[/\-\u2013\u2011]\s*\d|[^\W\d_]\.?\s*(?!(?:1[89]|20)\d\d(?!\d))\d+|,\s*(?:1[89]|20)\d\d$")


def trail_citation_of(line: str) -> dict | None:
    """The citation an archive's trail on a line of its own gives the item, from the archive down to its file
    ("National Archives of Malta · Cabinet Office series CAB · Box 1971/4", "JFK Library > National Security Files >
    Countries > Laos > General, 5/62", "Архив ... · Фонд 0593, опись 18, ... листы 56–58"): the trail's first page,
    where it names a repository, as the archive; the line as the citation, its labelled parts read where every piece
    has its label, else the folios closing it; None for a trail that stops short of a file (the site's own pages)."""
    line = line.strip()
    if len(line) > 200 or not any(map(line.__contains__, _trail_marks())) or ends_sentence(line):
        return None  # (most lines hold no separator's mark: turned away at a few substring tests, before the split)
    pieces = [p.strip() for p in _trail_separator().split(line)]
    if len(pieces) < 2 or not all(pieces):
        return None
    first = pieces[0]
    archive = site_archive_of(first) if ":" not in first else None  # (the archive's word alone, "Collections", names
    # a section of the site, no archive)
    if archive is None and (shelf := _shelf_step(pieces[1:])) is not None:
        return shelf  # "Hungaricana · MNL OL M-KS 288. f. 5. cs. 468. ő. e. · Az MSZMP Politikai Bizottságának ülései
        # 1968": a library's trail, one of its steps the archive's shelf mark of the item
    if archive is None and ":" not in first and (word := _archive_word().match(first)) is not None and word.end() < len(first):
        archive = first  # "Архив внешней политики Российской Федерации": the archive's word opens its name (a label's line,
        # "Collection: National Security File, ...", names none)
    if archive is None or archive != _catalogue_named(first) or first in words("archive_words") or _publishes(archive) \
            or not any(_TRAIL_MARK.search(p) for p in pieces[1:]):
        return None  # (the file's mark closes the trail, or the record group's over its series: "National Archives Catalog ·
        # RG 24, Records of the Bureau of Naval Personnel · Logbooks of U.S. Navy Ships"; a site that publishes the pages of
        # books and periodicals, "Internet Archive · Newsweek, Vol. XCV, No. 11 · ...", holds no archive's file)
    rest = ", ".join(pieces[1:])
    parts = worded_parts(rest) or {**dict.fromkeys(("fond", "opis", "delo", "papka")), "folios": _mark_folios(rest)}
    return {**dict.fromkeys(("fond", "opis", "delo", "papka", "folios")), **parts, "archive": archive, "text": line}


def _shelf_step(steps: list[str]) -> dict | None:
    """The citation one step of a site's trail gives, the step an archive's shelf mark with its labelled parts and
    nothing else ("MNL OL M-KS 288. f. 5. cs. 468. ő. e."); else None."""
    for step in steps:
        cited = parse_citations(step) if opens_with_archive(step) else []
        if len(cited) == 1 and step.startswith(cited[0]["archive"]) and (cited[0]["fond"] or cited[0]["delo"]):
            return {**cited[0], "text": step}
    return None


def _publishes(name: str) -> bool:
    from pipeline.parse.headings import is_publishing_site  # the page's readers build on the notes' reader

    return is_publishing_site(name)


def _catalogue_named(first: str) -> str:
    """A trail's first page without the word naming it the archive's catalogue ("National Archives Catalog": the
    archive), as site_archive_of names it; any other first page as it stands."""
    name, _, last = first.rpartition(" ")
    return name if name and last in words("site_catalogue_words") else first


@once_per_page  # the head's lines, asked by the interface's blanking and the notes' reader
def head_archive_name(line: str) -> str | None:
    """The archive a catalogue's entry names on a line of its own at the page's head, as the page writes it ("The
    National Archives, Kew", "ICRC Archives", "Diplomatic Archives of the Ministry of Foreign Affairs of Japan",
    "中华人民共和国外交部档案馆"; "Архив внешней политики Российской Федерации": its archive's word opens it); None for a
    publishing site's name ("Wilson Center Digital Archive") or any other line."""
    from pipeline.parse.headings import is_publishing_site  # the page's readers build on the notes' reader

    line = line.strip()
    if not line or len(line) > 120 or any(map(str.isdigit, line)):
        return None
    named = site_archive_of(line)
    if named is None and ":" not in line and not ends_sentence(line) and (word := _archive_word().match(line)) is not None \
            and word.end() < len(line) and line not in words("archive_words"):
        named = line
    return named if named == line and _head_archive_word().search(named) and not is_publishing_site(named) else None


@cache
def _head_archive_word() -> re.Pattern:
    return re.compile(r"(?<![^\W\d_])(?:" + (alternation(words("catalogue_head_archive_words")) or "(?!)") + r")(?![^\W\d_])"
                      + "|" + "|".join(re.escape(w) for w in words("catalogue_head_archive_words") if not w.isascii() and not w[:1].isupper()))


HEAD_MARK_CHARS = 100  # an item's shelf mark: a short line of few words, no sentence
HEAD_MARK_WORDS = 10
_TRAIL_MARKS_IN = re.compile(r"\s[|>\u203a\u00b7\u2014\u2013]\s")


# A ministry's or an office's initials opening a shelf mark ("BMfAA", "PA AA" is two words and no such mark): capitals
# and small letters, two capitals at least, no space.
_ABBREVIATED_OFFICE = re.compile(r"^(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,7}$")


def head_mark(line: str) -> str | None:
    """The item's shelf mark on the line under the archive's name at the page's head, with no label or a catalogue's
    ("FCO 32/2143", "B AG 225 002-011", "Ф. 0573, оп. 18, п. 41, д. 6, л. 22-24", "File 2013-1745, Record of Talk
    (English translation)"): no label, a figure in its first piece, a few words, no day; None for any other line."""
    line = line.strip()
    if ":" in line or "\uff1a" in line:
        return None  # "Reference: FCO 9/1414", "档号：108-00645-03": a catalogue's labelled mark, read by its label
    if _TRAIL_MARKS_IN.search(line):
        return None  # "Ministry of External Affairs | Bangladesh Division | 1977", "S/PV.988 — ...": a trail, a site's title
    first = line.partition(",")[0]
    if _ABBREVIATED_OFFICE.match(first) and any(c.isdigit() for c in line) and "," in line:
        first = line  # "BMfAA, II-Pol, Libanon 1975, Zl. 166.02/41": the ministry's files by its initials, the number after
    if not line or len(line) > HEAD_MARK_CHARS or len(line.split()) > HEAD_MARK_WORDS or not any(map(str.isdigit, first)):
        return None
    dates = find_dates(line)
    return None if any(d.end - d.start >= len(first) - 2 for d in dates) else line


def head_mark_citation(head: list[str]) -> list[dict]:
    """A catalogue's entry in two lines at the page's head, the archive's name over the item's shelf mark ("The National
    Archives, Kew" / "FCO 32/2143"; "Botswana National Archives and Records Services" / "Cabinet Office series OP 27";
    "Архив внешней политики Российской Федерации" / "Ф. 0573, оп. 18, п. 41, д. 6, л. 22-24"), as a trail split over two
    lines: the archive as the page writes it; a Russian shelf's parts where its fond is labelled, else the mark in the
    reference and only its folios (the settled row on shelf marks written without labels)."""
    lines = [line.strip() for line in head if line.strip()]
    at = next((i for i, line in enumerate(lines) if head_archive_name(line) is not None), None)
    if at is None or at + 1 >= len(lines) or (mark := head_mark(lines[at + 1])) is None:
        return []  # the first archive the head names, over no mark: the site's sections may follow ("Virtual Vietnam Archive")
    parts = parse_parts(mark)
    if not parts["fond"]:
        parts = {**dict.fromkeys(("fond", "opis", "delo", "papka")), "folios": _mark_folios(mark)}
    return [{**parts, "archive": lines[at], "text": mark}]


def _trail_citation(doc: ParsedDocument, head: list[str] = ()) -> list[dict]:
    """An archive's trail down to the item at the page's head (trail_citation_of), as the catalogue's entry."""
    lines = [block.text for block in doc.blocks[:_SITE_HEAD]] + list(head[:_SITE_HEAD + 1])
    return next(([cited] for line in lines if (cited := trail_citation_of(line))), [])


def _head_archive(head: list[str]) -> str | None:
    """The archive the page's head names as captured, its interface lines kept ("United Nations Archives and Records
    Management Section" over "Search › Peacekeeping › UNEF › ..."; "National Archives Catalog")."""
    from pipeline.parse.headings import is_publishing_site  # the page's readers build on the notes' reader

    return next((named for line in head[:_SITE_HEAD + 1] if (named := site_archive_of(line)) and not is_publishing_site(named)), None)


def site_archive(doc: ParsedDocument) -> str | None:
    return next((named for block in doc.blocks[:_SITE_HEAD] if block.text != doc.title and (named := site_archive_of(block.text))), None)


# A department's series and piece at a national archive, alone on its line ("FO 371/107832"): archive_series.

_SERIES = re.compile(r"(?P<code>" + (alternation(SERIES_ARCHIVES) or "(?!)") + r")\s+\d{1,4}/\d{1,6}[.]?")
# The registry's number of the paper inside the piece, after it ("FO 371/70495, C 4991."; "FO 371/123, N 1234/1/38"):
# the Foreign Office department's letter and the paper's number, part of the piece's shelf mark.
_REGISTRY_PAPER = re.compile(r",\s*[A-Z]{1,2}\s?\d{1,6}(?:/\d{1,4}){0,3}\.?$")


def citation_line(line: str) -> list[dict]:
    """The archives a line cites when the line is a citation and nothing else, as a documentary edition prints one
    under each document ("АП РФ. Ф. 3. Оп. 65. Д. 904. Л. 89–95.", "RGANI, f. 3, op. 12, d. 1005, ll. 54-63.").

    The readers of a page's foot (its source notes, its signature, whether its capture was cut) ask it of the same
    closing lines: the last answers are kept, and each caller gets its own copy of the citations."""
    return [dict(cited) for cited in _line_citations(line)]


def is_citation_line(line: str) -> bool:
    """Whether ``citation_line`` reads citations in the line, told from the kept answers without copying them."""
    return bool(_line_citations(line))


@lru_cache(maxsize=256)
def _line_citations(line: str) -> tuple[dict, ...]:
    return tuple(_citation_line(line))


def _citation_line(line: str) -> list[dict]:
    opened = line
    line = line.strip().rstrip("\u3002").lstrip("[(\uff08").rstrip(")]\uff09").rstrip("\u3002")  # "(...)", "（...）": a note
    # in parentheses, full-width too; the full stop closing it, outside the bracket or in it ("外交部档案馆，档号：109-03021-05。",
    # "（外交部档案馆，档号108-00741-02。）")
    if line != opened and opened.lstrip()[:1] in "(\uff08" and (bracketed := _bracketed_source().match(line)) is not None:  # "（档案来源：外交部档案馆，档号：108-01287-03）": the
        line = bracketed["body"]  # note in parentheses names itself the source before the archive
    if "/" in line and (series := _SERIES.fullmatch(line)) is not None:  # "FO 371/107832": the series' archive
        return [{"archive": SERIES_ARCHIVES[series["code"]], "text": line}]
    if line.startswith(_printed_openings()):  # "根据外交部档案整理，档号105-01912-03": compiled from the archive's file
        compiled = _compiled_from(line)
        cited = parse_citations(compiled) if compiled != line else []
        return [{**cited[0], "text": line}] if cited and compiled.startswith(cited[0]["archive"]) else []
    labelled = _bracketed_source().match(line)  # "资料来源：中国人民解放军档案馆藏，…" (its square brackets stripped): the
    if (kept := kept_at_citation(labelled["body"] if labelled else line)) is not None:  # label names the source, no archive
        return [{**kept, "text": line}]
    if not opens_with_archive(line):  # the line opens with the archive it cites: most lines are turned away here
        # "NA, KSČ-ÚV-02/1, sv. 170, a.j. 168.": a shelf line opens with a capital and holds a comma (its own first
        # tests, told here without the call: most short lines have no comma)
        shelf = shelf_line_citation(line) if "," in line and line[:1].isupper() else None
        if shelf is None and "," in line and line[:1].isupper():
            shelf = repository_citation(line, leading=True)  # "National Archives of India, MEA, HI/1012/14/66, p. 12."
        if shelf is None and ": " in line and line[:1].isupper():
            shelf = catalogue_header(line)  # "Archives New Zealand: Cabinet Minutes CM (85) 27, 15 July 1985"
        if shelf and _publishes(_SITE_STEP.split(shelf["archive"], maxsplit=1)[0]):
            return []  # "Internet Archive · Newsweek, Vol. XCV, No. 11 · ...": a library of printed pages, no archive's shelf
        return [shelf] if shelf else []
    cited = parse_citations(line) or [shelf for shelf in [shelf_line_citation(line) or _shelf_after_space(line)] if shelf]
    # "NARA, RG 59, POL 32-1 ..."; "MNL OL XIX-J-1-j Angola 1981, 34. doboz, 00317/2/1981."
    return cited if cited and line.startswith(cited[0]["archive"]) else []


_SITE_STEP = re.compile(r"\s[·|›>»]\s")  # a step of a site's trail


def _shelf_after_space(line: str) -> dict | None:
    """A shelf line whose archive's abbreviation is followed by a space, not a comma ("MNL OL XIX-J-1-j Angola 1981, 34.
    doboz, 00317/2/1981."): read as the shelf line it is, its text as written."""
    archive = max((a for a in ARCHIVES if line.startswith(a)), key=len, default="")
    if not archive or line[len(archive):len(archive) + 1] != " " or "," not in line:
        return None
    shelf = shelf_line_citation(f"{archive},{line[len(archive):]}")
    return {**shelf, "text": line.rstrip(".")} if shelf else None


_FULL_COMMA = "\uff0c"
_KEPT_HEAD_CHARS = 16  # the archive's name and the word "kept"


@cache
def _keeps_words() -> tuple[str, ...]:
    """The words of ``archive_keeps``, longest first: sorted once, not at every line asked."""
    return tuple(sorted(words("archive_keeps"), key=len, reverse=True))


def kept_at_citation(line: str) -> dict | None:
    """A line that cites the archive keeping the papers, the word "kept" after its name, then the collection, the file
    and the pages parted by full-width commas ("中央档案馆藏，师哲档案，卷宗12，第3—7页。"): the archive, and the pages
    as written; None for any other line (a sentence that tells what an archive keeps goes on without the commas' parts)."""
    if _FULL_COMMA not in line:
        return None  # most lines: no full-width comma, so no parts to read, told before the line is split
    head, comma, rest = line.strip().rstrip("\u3002").partition(_FULL_COMMA)
    if not comma or len(head) > _KEPT_HEAD_CHARS:
        return None
    keeps = next((w for w in _keeps_words() if head.endswith(w)), None)
    if keeps is None:
        return None
    archive = head[: -len(keeps)]
    word = _archive_word().search(archive)
    pieces = [p.strip() for p in rest.split(_FULL_COMMA)]
    if word is None or word.end() != len(archive) or not all(pieces) or not any(c.isdigit() for c in rest):
        return None
    opening, closing = (words("page_marks") + ["", ""])[:2]
    last = pieces[-1]
    pages = last if opening and last.startswith(opening) and last.endswith(closing) and any(c.isdigit() for c in last) else None
    return {"archive": archive, "fond": None, "opis": None, "delo": None, "papka": None, "folios": pages, "text": line.strip()}


def _ending_archive(rest: str) -> str | None:
    """The archive's name that opens ``rest`` and closes with an archive's word (citation_archive_endings), the papers
    it keeps or the closing word right after it ("外交部档案馆所藏谈话记录整理，..."): the longest such name; None else."""
    found = None
    for ending in words("citation_archive_endings"):
        at = rest.find(ending, 0, _KEPT_HEAD_CHARS + len(ending))
        while at >= 0:
            name, after = rest[:at + len(ending)], rest[at + len(ending):]
            if after.startswith((*words("printed_papers"), *words("printed_closing"))) and (found is None or len(name) > len(found)):
                found = name
            at = rest.find(ending, at + 1, _KEPT_HEAD_CHARS + len(ending))
    return found


def _compiled_from(line: str) -> str:
    """A line "printed (compiled) from <archive>, <its file number>" as the archive and the number alone
    ("根据外交部档案整理，档号105-01912-03" reads as "外交部档案，档号105-01912-03", and so does "根据外交部档案所藏文件整理，
    档号105-01912-03"); the line as it is otherwise."""
    rest = line[next(len(w) for w in _printed_openings() if line.startswith(w)):]
    archive = max((a for a in ARCHIVES if rest.startswith(a)), key=len, default=None)
    if archive is None:
        archive = _ending_archive(rest)  # an archive the lists do not name, by the word its name closes with
    if archive is None:
        return line
    after = rest[len(archive):]
    papers = max((w for w in words("printed_papers") if after.startswith(w)), key=len, default="")
    after = after[len(papers):]  # "……档案馆所藏文件整理": the papers it keeps, then the closing word
    closing = next((w for w in words("printed_closing") if after.startswith(w)), "")
    return archive + after[len(closing):] if closing and after[len(closing):][:1] in (",", "\uff0c") else line


# A footnote under a book's page: its number (or superscript number) and a space, then the note.
_FOOTNOTE = re.compile(r"^\s*(?:\d{1,3}|\(\d{1,3}\)|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})\.?\s+(?=\S)")  # "(15) ...": in brackets


def footnote_citations(line: str) -> list[dict]:
    """The archives a book's footnote cites, wherever in the note they stand ("12 Sokolovsky to Molotov, 1 April
    1948, AVPRF, f. 07, op. 21, p. 28, d. 414, l. 3."; "¹ РГАНИ. Ф. 5. Оп. 30. Д. 116. Л. 12."), several of them
    when the note cites several (its sources parted by semicolons, a newspaper's among them); [] when the line is no
    footnote or cites no archive ("³ Там же. Оп. 53. ...")."""
    m = _FOOTNOTE.match(line)
    if m is None:
        return []
    if cited := parse_citations(line[m.end():]):
        return cited
    found = []
    for note in line[m.end():].split(";"):  # "12 Zëri i Popullit, 2 July 1948; AJ, 507, CK SKJ, IX, 1/I-25.": each source
        note = note.strip()
        shelf = shelf_line_citation(note)  # "3 TNA, DEFE 25/170, Walker to Chief of Defence Staff, ..."
        shelf = shelf or repository_citation(note, leading=False)  # "2 Ayub Khan Papers, Hoover Institution Archives, box 2, ..."
        shelf = shelf or _cited_after_letter(note)  # "4 Castro to Honecker, 3 April 1977, SAPMO-BArch, DY 30 JIV 2/201/1292."
        shelf = shelf or _closing_acronym(note)  # "Watson to Stewart, 12 March 1969, FCO 63/302, TNA.": the archive last
        found += [shelf] if shelf else []
    return found


@cache
def _ibid_note() -> re.Pattern:
    return re.compile(r"^(?:" + alternation(words("cited_ibid_openers") or ["(?!)"]) + r")\.?(?:[,.]?\s+(?P<rest>.*))?$", re.IGNORECASE)


def book_footnote_citations(lines: list[str]) -> list[dict]:
    """The archives a book's footnotes cite (``footnote_citations``), and the notes that cite the archive of the note
    before them again ("16 Ibid., tel. 236, 30 May 1978."; "42 Ibid., ll. 18-21 (Striganov to Gromyko, 18 May 1982)."):
    that archive, its parts as the note before gave them save those the note labels anew (its folios)."""
    found: list[dict] = []
    for line in lines:
        if (cited := footnote_citations(line)):
            found += cited
            continue
        m = _FOOTNOTE.match(line)
        if m is None or not found or (again := _ibid_note().match(line[m.end():].strip())) is None \
                or not any(c.isdigit() for c in again["rest"] or ""):
            continue  # a bare "Ibid." adds nothing
        parts = _ibid_parts(again["rest"])
        found.append({**found[-1], **{k: v for k, v in parts.items() if v}, "text": line[m.end():].strip().rstrip(".")})
    return found


def _ibid_parts(rest: str) -> dict:
    """The parts an ibid note labels anew ("ll. 77-80"; "Оп. 53. П. 454. Д. 8. Л. 101."; "dokument 2, 28 August 1980":
    the pieces labelled in words before the paper's day)."""
    parts = parse_parts(rest)
    if any(parts.values()):
        return parts
    pieces = [p.strip() for p in rest.split(";")[0].rstrip(" .").split(",")]
    return next((worded for k in range(len(pieces), 0, -1) if (worded := worded_parts(", ".join(pieces[:k]))) is not None), parts)


def _closing_acronym(note: str) -> dict | None:
    """A note that closes with the archive's abbreviation after the shelf mark it cites ("Watson to Stewart, 12 March
    1969, FCO 63/302, TNA."; "CAB 128/44, CC(69)13th Conclusions, 16 March 1969, TNA."): the archive, and the note from
    the mark on as its text; None unless a piece before the abbreviation is a series' shelf mark."""
    pieces = [p.strip() for p in note.strip().rstrip(".").split(",")]
    if len(pieces) < 2 or not _acronym(pieces[-1]) or pieces[-1] in words("initials_not_archives"):
        return None
    mark = next((i for i, p in enumerate(pieces[:-1]) if SERIES_MARK.fullmatch(p)), None)
    if mark is None:
        return None
    return {**dict.fromkeys(("fond", "opis", "delo", "papka", "folios")), "archive": pieces[-1], "text": ", ".join(pieces[mark:])}


_PIECE_OPENING = re.compile(r", |\bin (?=[A-Z])")


def _cited_after_letter(note: str) -> dict | None:
    """A note that names the paper it cites and its day, then the archive's abbreviation and the shelf mark ("Record of
    conversation between Castro and Honecker, 3 April 1977, SAPMO-BArch, DY 30 JIV 2/201/1292."): the archive's
    citation from the abbreviation on; None when no piece after the first is an archive the lists know."""
    starts = sorted({m.end() for m in _PIECE_OPENING.finditer(note)})  # after a comma, or "in" ("Zahedi's own account is in
    # TNA, FO 371/104570, EP 1015/212."): where an archive's name may open the citation
    for at in starts:
        if (note.startswith(ARCHIVES, at) or _acronym(note[at:].partition(",")[0].strip())
                and SERIES_MARK.fullmatch(note[at:].partition(",")[2].strip().rstrip("."))) \
                and (shelf := shelf_line_citation(note[at:])) is not None:  # (an abbreviation the lists do not
            # name cites when a series' shelf mark alone closes the note: "..., TNA, FCO 8/1422.")
            return shelf
        if (series := series_citation(note[at:])) is not None:
            return series
    return None


def series_citation(rest: str) -> dict | None:
    """The national archive's abbreviation and one of its departments' series and piece, closing a note ("TNA, FCO
    8/1422."; "TNA, DEFE 25/186"): the archive the series belongs to (archive_series); None otherwise."""
    archive, comma, piece = rest.partition(", ")
    series = _SERIES.fullmatch(_REGISTRY_PAPER.sub("", piece.strip())) if comma else None
    if series is None or SERIES_ARCHIVES[series["code"]] != archive:
        return None
    return {"archive": archive, "fond": None, "opis": None, "delo": None, "papka": None, "folios": None,
            "text": rest.strip().rstrip(".")}


def _notes(text: str) -> Iterator[str]:
    """The lines of a passage, and the numbered notes run together on one line ("1. Source: ... 2. At 11:10 ...")
    cut where the next number follows."""
    for line in text.splitlines():
        m = _NUMBERED.match(line)
        number, start = (int(m[1]), 0) if m else (None, 0)
        while number is not None and (following := re.search(rf"\s{number + 1}\.\s", line[start + 1:])):
            end = start + 1 + following.start()
            yield line[start:end]
            start, number = end + 1, number + 1
        yield line[start:]


# An archive named by its initials alone, joined by a slash or a hyphen when it is a centre of a foundation
# ("CPDOC/FGV", "AGN", "AMRE"): capitals, maybe a digit; "initials_not_archives" are editions and agencies so named.
_INITIALS = re.compile(r"^[A-Z][A-Z0-9]{1,7}(?:[/-][A-Z][A-Z0-9]{1,7})*$")
_NUMBERED_REST = re.compile(r"\d")


def _archive_initials(name: str, rest: str) -> bool:
    """A note that opens with an archive's initials, then the collection and the record's number ("Source: CPDOC/FGV,
    Arquivo Humberto Castello Branco, HCB pr 1965.05.14, doc. 3."): the initials name the archive, when no edition or
    agency is so named ("Source: FRUS, 1964-68, vol. XXXI, doc. 12": a published volume, no archive)."""
    return (_INITIALS.match(name) is not None and name not in words("initials_not_archives")
            and _NUMBERED_REST.search(rest.split(". ", 1)[0]) is not None)


@cache
def _file_reference() -> re.Pattern:
    return re.compile(r"(?<![\w/])(?:" + alternation(words("file_reference_words")) + r")\.?\s+[\w/.-]*\d", re.IGNORECASE)


def _keeper_s_file(name: str, rest: str) -> bool:
    """A body's own file the note cites by its number and folio ("Ministry of Foreign Affairs, Dacca, file FM/China/3/78,
    folio 41"): a capitalised first phrase, then a file, box or folio with its number (file_reference_words)."""
    return name.strip()[:1].isupper() and _file_reference().search(rest) is not None


def _repository_note(body: str) -> list[dict]:
    """A note whose first phrase names its repository in the repository's own language, then the record's shelf mark
    ("Source: Bundesarchiv, B 136/36157.", "[Source: Magyar Nemzeti Levéltár Országos Levéltára (MNL OL), XIX-J-1-j,
    ...]"): the repository as the archive (repository_words), when a piece after it is numbered as a shelf mark is."""
    cited = repository_citation(body, leading=True)
    return [cited] if cited is not None else []


def _fonds_citation(body: str) -> list[dict]:
    """A note citing an archive named in words, its city after it, then the fond, the opis and the file labelled
    ("[Source: Central State Archive, Sofia, Fond 1B, Opis 66, a.e. 1824, pp. 1-4. Translated by ...]", as the same
    archive's line under the text of 2401, 2703 reads): the archive with its city, the parts, the translator's credit
    left out; [] when the note labels no fond, opis or file (a FRUS note's "National Archives, RG 59, ...")."""
    cited = named_archive_citation(body)
    return cited if cited and any(cited[0].get(part) for part in ("fond", "opis", "delo")) else []


def _named_archive(body: str) -> list[dict]:
    """The note's first phrase as the archive, when it names one ("National Archives, Nixon Presidential Materials")
    or is the department whose lot files the note cites ("Department of State, S/P Files: Lot 64 D 563") or whose
    offices' own files it cites ("Department of State, Office of the Secretariat Staff, Memcons, 1977")."""
    m = _FIRST_PHRASE.match(body)
    if m is not None and _archive_initials(m["name"].strip(), m["rest"]):
        parts = parse_parts(m["rest"])
        if not any(parts.values()):
            parts["folios"] = _mark_folios(m["rest"].strip().rstrip("."))  # "BA-MA, DVM 10/48913, fols. 2-7": an
            # unlabelled shelf mark, the folios closing it
        return [{"archive": m["name"].strip(), **parts, "text": body.strip()}]
    if m is None or not (_archive_word().search(m["name"]) or _LOT_FILE.search(body.split(". ", 1)[0])
                         or m["name"].strip() in words("departments_keeping_files") or _keeper_s_file(m["name"], m["rest"])):
        return []
    if not _archive_word().search(m["name"]) and not m["rest"].strip(" .;,"):
        return []  # "Source: Department of State" (a catalogue's field naming the agency the paper came from): a keeper
        # named alone cites none of its files
    if not _archive_word().search(m["name"]) and _names_repository(m["name"].strip()) and (cited := _repository_note(body)):
        return cited  # "Archivo del Ministerio de Relaciones Exteriores de Cuba, Grenada 1979, file 12, pp. 3-5": a repository
        # in the language of its country, its name the first phrase (the file's series and year no part of it)
    if not _archive_word().search(m["name"]) and (ref := _file_reference().search(body)) and _keeper_s_file(m["name"], m["rest"]):
        # "Ministry of Foreign Affairs, Dacca, file FM/China/3/78, folio 41": the keeper and its seat, then the file's parts
        return [{"archive": body[:ref.start()].strip(" ,;"), **parse_parts(body[ref.start():]), "text": body.strip()}]
    if not _archive_word().search(m["name"]) and any(series in body.split(". ", 1)[0] for series in words("file_series_words")):
        return []  # "Department of State, Central Files, 761.00/10-3162": the Department's own file, a file number; the
        # same files cited where the National Archives keeps them ("National Archives, RG 59, Central Files 1967–69, POL
        # 23–9 GREECE") cite that archive
    if not _archive_word().search(m["name"]):
        return [{"archive": m["name"].strip(), "text": body.strip()}]  # a lot's number ("Lot 64 D 563") is no fond or delo
    return [{"archive": m["name"].strip(), **parse_parts(m["rest"]), "text": body.strip()}]


# The edition's line that says where the document was printed before, its label then a colon ("Опубликовано: СССР и
# Африка. 1961–1970. ...", "Published in: ..."): apparatus_labels, under the archive's line.
_PUBLISHED_LINE = re.compile(r"^\W{0,3}(?:" + alternation([w for language in LANGUAGES for w in lexicon(language).get("apparatus_labels") or []])
                             + r")\.?\s*:\s*\S", re.IGNORECASE)


# The edition's bracketed note of the agency's wire it printed the document from ("（据新华社北京六月二十九日电）"):
# wire_source_openings, then a wire agency (wire_agencies), closing with its bracket.
_WIRE_SOURCE = re.compile(r"^[（(](?:" + alternation(words("wire_source_openings") or ["(?!)"]) + r")(?:"
                          + alternation(words("wire_agencies") or ["(?!)"]) + r")[^()（）]{0,30}[)）]$")


def published_line(text: str) -> bool:
    """The edition's line that says where the document was printed before ("Опубл.: Советско-непальские отношения. ...",
    "（据新华社北京六月二十九日电）")."""
    return bool(_PUBLISHED_LINE.match(text) or _WIRE_SOURCE.match(text.strip()))


# An archive's catalogue page in three lines over the item: the archive's (or its site's) name, the trail of the
# catalogue's pages down to the file, and the item's mark, labelled in the page's language or not ("Arisivan'ny
# Fiangonana Loterana Malagasy — Tahiry nomerika" / "Fandraisana › Synoda › ... › 1971" / "Laharana: FLM/SFA/1971/3,
# pejy 2-3"; "পশ্চিমবঙ্গ রাজ্য লেখ্যাগার · ডিজিটাল সংগ্রহ" / "... › সাপ্তাহিক প্রতিবেদন, ১৯৭১" / "ফাইল নং
# আর.আর./ক্যাম্প/এস.এল./৭১/২৫, পৃ. ৪১-৪২"). The layout tells the mark, whatever the words of its label: the line under
# the trail, a figure in it and no day alone. The archive is the short name the mark opens with ("த.நா.ஆ.கா.,
# சுங்கம்/தடுப்பு/1968/214"), else the site's name over the trail without the site's own part after a dash ("— Digital
# collection"), kept where that part names the archive ("South African Weather Service - Heritage Collection"); the
# folios the mark's last piece, a label and a page's number or range ("pejy 2-3", "पाना ३", "p. 23").
_MARK_PIECES = re.compile("[,\u060c\u1363]")  # the comma between a mark's pieces: Latin, Arabic, Ethiopic ("፣")
_SITE_PARTS = re.compile(r"\s+[\u2014\u2013\u00b7-]\s+")  # "Archive — Digital collection", "Archive · Site", "Archive - Site"
_SHORT_NAME = re.compile(r"^[^\W\d_][^\s\d,]{0,14}$")  # "NAZ", "த.நா.ஆ.கா.": one word, no figure
_PAGE_PIECE = re.compile(r"^(?:[^\W\d_][^\s\d]{0,12}\.?\s*\d|\d+\s*[\u2013-]\s*\d+-?[^\W\d_])")  # any script's figures
_MARK_LABEL_CHARS = 40
# A shelf mark's token: a figure joined to letters or figures by a slash or a hyphen ("FLM/SFA/1971/3", "Р-1704",
# "S/CM 10/1973", "INF/SH/MR/1964/11"), not a span of years ("1958-1960").
_SHELF_TOKEN = re.compile(r"(?<![^\s,(])(?!(?:1[89]|20)\d\d-(?:1[89]|20)?\d\d\b)(?:[^\s,/-]*\d[^\s,/-]*[/-][^\s,]|[^\s,/-]+[/-][^\s,]*\d)")


def trail_mark_citation(head: list[str]) -> list[dict]:
    """The citation a catalogue page's head gives in three lines, the site's name, the trail and the item's mark (the
    layout above), or [] where the head is not so laid out."""
    lines = [line.strip() for line in head[:_SITE_HEAD + 3]]
    at = next((i for i in range(len(lines) - 1) if _is_trail(lines[i]) and lines[i + 1] and (i == 0 or lines[i - 1])), None)
    if at is None:
        return []
    site = lines[at - 1] if at else _trail_separator().split(lines[at], maxsplit=1)[0].strip()
    if any(map(str.isdigit, site)) or ":" in site or len(site) > 120 or not at and (len(site.split()) < 2 or _publishes(site)):
        return []  # (the trail's first page names the archive where no line over it does: "National Archives of Guyana ›
        # Walter Rodney Archives › ...", not "Home ›" nor a publishing site's name)
    cited = _mark_under_trail(site, lines[at + 1], heads_page=not at)
    if cited is None and at + 2 < len(lines) and _MARK_LABEL.match(lines[at + 2]) and not _MARK_LABEL.match(lines[at + 1]):
        cited = _mark_under_trail(site, lines[at + 2], heads_page=not at)  # "Radio › Noriichten › 1970 › September" /
        # "Manuskript vum Mëttesjournal, Dënschdeg, 29. September 1970" / "Archivnummer: RTL-R/NO/1970/0929-2": the item's
        # name in the catalogue between the trail and its labelled mark (not a field of its own: "Title: ..." / "Reference: ...")
    return [cited] if cited is not None else []


# A mark's label, a few words and no figure before a colon ("Archivnummer:", "Kode:", "Laharana:").
_MARK_LABEL = re.compile(r"^[^\W\d_][^\d:|\u00b7]{0,38}:\s*\S")
# The catalogue's description of the item after its mark, each part after a middle dot ("HBR/2/7, ff. 41-42 · manuscript
# register", "Archiwum ŻIH, TSKŻ, sygn. 1048, k. 14–15 · jidysz · maszynopis", "... · 3 Säiten, Schreifmaschinn"): the
# item's form, language or count of sheets, no part of the mark; a part that is a page's place ("· kaca 9–10") is.
_ITEM_FIELDS = re.compile(r"\s+\u00b7\s+")
_COUNT_OPENING = re.compile(r"^\d+\s+[^\W\d_]")  # "3 Säiten": a count of sheets, no page's number


def _description_piece(piece: str) -> bool:
    return _site_action(piece) or not any(map(str.isdigit, piece)) or _COUNT_OPENING.match(piece) is not None


def without_description(line: str) -> str:
    """A catalogue's mark line without the item's description after it ("Archiwum ŻIH, TSKŻ, sygn. 1048, k. 14–15 ·
    jidysz · maszynopis": the mark alone)."""
    if " \u00b7 " not in line:
        return line
    fields = _ITEM_FIELDS.split(line)
    while len(fields) > 1 and _description_piece(fields[-1].strip()):
        fields.pop()  # the item's description after its mark
    return " \u00b7 ".join(field.strip() for field in fields)


def _mark_under_trail(site: str, whole: str, heads_page: bool = False) -> dict | None:
    """The citation a catalogue's mark line under the trail gives (``trail_mark_citation``), or None; ``heads_page`` where
    the trail is the page's first line."""
    line = without_description(_without_actions(whole))
    label, colon, rest = line.partition(":")
    labelled_line = bool(colon) and len(label) <= _MARK_LABEL_CHARS and not any(map(str.isdigit, label))
    mark = rest.strip() if labelled_line else line
    fields = [field.strip() for field in _ITEM_FIELDS.split(mark)]
    if all(_PAGE_PIECE.match(field) or _WORDED_PAGES.match(field) for field in fields[1:]):
        mark = ", ".join(fields)  # "ALR-KRG/1964/02 · kaca 9–10": the mark, then its pages after a dot
    days = [(d.start, d.end) for d in find_dates(mark)]
    parts = parse_parts(mark)
    labelled = sum(1 for part in ("fond", "opis", "delo") if parts[part]) >= _LABELLED_PARTS  # "Ф. 1880, оп. 1, д. 74, л.
    # 31–32": the archive's parts after their labels, a shelf mark though no piece joins figures by a slash
    shelf_tokens = [t for t in _SHELF_TOKEN.finditer(mark) if all(t.end() <= start or t.start() >= end for start, end in days)]
    if heads_page:  # the mark under a trail that heads the page: the item's own mark, parted by strokes ("KBS/4/12",
        # "TNA/TANU/KGM/17/14"), or after a label; no line that holds other fields ("URN: ... | Published 9 May 2023") or
        # names the paper's kind ("ĐIỆN SỐ 07/PR", the telegram's own heading)
        if _TRAIL_MARKS_IN.search(line) or names_a_kind(line):
            return None
        shelf_tokens = [t for t in shelf_tokens if "/" in t.group(0)]
        if labelled_line and not shelf_tokens and line == whole and mark[:1].isalpha() and any(
                all(t.end() <= start or t.start() >= end for start, end in days) for t in _FIGURED_TOKEN.finditer(mark)):
            labelled = True  # "Ref.: CM (62) 6th Meeting": a labelled mark of letters and figures alone on its line, opening
            # with letters (not a count, "Extent: 4 folios")
    if not (labelled or shelf_tokens) or len(mark) > 160 or _TRAIL_MARKS_IN.search(mark):
        return None  # "Download PDF (3 pages)", "Letter of ... to President Macapagal, July 12, 1963", "..., 1958–1960, China,
        # Volume XIX", "Uploaded on 12/3/2024": a site's action, a paper's description, a volume's title, a day (the
        # catalogue's date of the item, of its upload or print), no shelf mark beside it
    pieces = [piece.strip() for piece in _MARK_PIECES.split(mark.rstrip("."))]
    first = pieces[0]
    if len(pieces) > 1 and _SHORT_NAME.match(first) and any(map(str.isdigit, pieces[1])) and first != first.lower() or (
            len(pieces) > 1 and _SHORT_NAME.match(first) and not first.isascii() and first.endswith(".")):
        archive = first  # "NAZ, S/CM 10/1973", "த.நா.ஆ.கா., சுங்கம்/...": the mark opens with the archive's short name
    elif len(pieces) > 1 and not any(map(str.isdigit, first)) and _names_repository(first):
        archive = first  # "Archiwum ŻIH, TSKŻ, sygn. 1048, k. 14–15": the mark opens with the archive's name
    else:
        named = _SITE_PARTS.split(site)
        archive = site if len(named) > 1 and _names_repository(named[-1]) else named[0]
    folios = pieces[-1] if len(pieces) > 1 and (_PAGE_PIECE.match(pieces[-1]) or _WORDED_PAGES.match(pieces[-1])) else None
    kept = {part: parts[part] for part in ("fond", "opis", "delo", "papka")} if labelled else dict.fromkeys(("fond", "opis", "delo", "papka"))
    return {**kept, "archive": archive.strip(), "folios": folios, "text": line}


_LABELLED_PARTS = 2
# A page's place in two words before its range ("takarda ta 7–8", "page no. 3-4"): a label of words in any script.
_WORDED_PAGES = re.compile(r"^[^\W\d_][^\s\d]{0,12}\s+[^\W\d_][^\s\d]{0,12}\.?\s*\d+\s*[\u2013-]\s*\d+$")


def is_trail(line: str) -> bool:
    """A site's trail of pages, two steps and more ("Home › Collections › 1971", "Station Journals > Marion Island")."""
    return _is_trail(line)


_FIGURED_TOKEN = re.compile(r"\S*\d\S*")  # a token holding a figure


def _without_actions(line: str) -> str:
    """The line without the site's actions after the mark, parted by bars or middle dots ("Item ID: KBS/4/12 | Request
    this item | Download image (JPEG)", "Kumb. Na. TNA/TANU/KGM/17/14 · Pakua PDF (3 kurasa)"): the mark alone; the line
    whole where any other piece follows it."""
    pieces = [piece.strip() for piece in _ACTION_SEPARATOR.split(line)]
    return pieces[0] if len(pieces) > 1 and all(_site_action(piece) for piece in pieces[1:]) else line


def _is_trail(line: str) -> bool:
    return len(line) <= 200 and len([piece for piece in _trail_separator().split(line) if piece.strip()]) >= 3

