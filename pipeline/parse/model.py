"""What a parser returns: the document's metadata and its text as blocks with offsets."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate, compress, pairwise
from operator import methodcaller, not_

from pipeline.normalize.dates import (
    DateMention,
    iter_dates,
    opens_with_date,
    reads_slash_day_first,
    writes_date_in_words,
)
from pipeline.normalize.lexicon import (
    LANGUAGES,
    LETTER_OR_MARK,
    SUPPLEMENTED,
    alternation,
    lexicon,
    reading_language,
    words,
)
from pipeline.normalize.names import lookup
from pipeline.normalize.openings import with_opening
from pipeline.normalize.page_memo import once_per_page
from pipeline.normalize.text import Line, capitalised, normalize_space, read_text

TERMINAL = tuple('.!?:;"”»…)]。！？；：」』')
_ENDS_SENTENCE = methodcaller("endswith", TERMINAL)
_LIST_ITEM = re.compile(r"^(?:(?:[-•*–]\s*)?(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)]\s+\S|[•▪◦●‣]\s+\S)")  # "1. ", "a) ", "• "
_ELISION = re.compile(r"^\[(?:\.\.\.|…|\. \. \.)\]$")


@dataclass
class Block:
    """One passage-to-be: what it is, where it sits in the seed, and its text."""

    passage_type: str
    start: int
    end: int
    text: str
    section_type: str = "body"
    language: str | None = None
    book_page: int | None = None
    footnote_numbers: list[int] = field(default_factory=list)
    aligned_to: int | None = None
    cuts: list[tuple[int, int]] = field(default_factory=list)  # seed spans inside start..end left out of text


@dataclass
class ParsedDocument:
    """A seed read by a parser: metadata named after the documents table's columns, and blocks."""

    parser: str
    source_type: str
    document_type: str = "other"
    blocks: list[Block] = field(default_factory=list)
    collection: str | None = None
    title: str | None = None
    document_date: date | None = None
    document_date_precision: str | None = None
    document_date_text: str | None = None
    sender_names: list[str] = field(default_factory=list)
    recipient_names: list[str] = field(default_factory=list)
    sent_from: str | None = None
    # the office a signed cable is sent from where its signer is the sender ("US Embassy in Peru", signed "Jones")
    sending_office: str | None = None
    citation_text: str | None = None
    citations: list[dict] = field(default_factory=list)
    record_id: str | None = None
    url: str | None = None
    translator: str | None = None
    original_language: str | None = None
    summary: str | None = None
    rights: str | None = None
    book_title: str | None = None
    book_authors: list[str] = field(default_factory=list)
    book_tags: list[str] = field(default_factory=list)
    site_page: int | None = None
    has_cut_start: bool = False
    has_cut_end: bool = False
    warnings: list[str] = field(default_factory=list)
    title_block: int | None = None  # index of the block holding the title, when the title is part of the text
    subdocuments: list = field(default_factory=list)  # messages the text quotes or forwards (read with its events)
    # A book page's story: the first date its text tells, which anchors the story's relative dates ("the next
    # morning") but is not the page's date; the documents table leaves such a page undated.
    date_is_story: bool = False
    signature: object | None = None  # the signature block closing the document (pipeline.parse.signature.Signature)
    # The page writes its slash dates day first ("13/3/61" beside "6/3/61"), told once from the whole page as read
    # (``pipeline.normalize.dates.slash_day_first``): its events read its slash dates in the same order.
    slash_day_first: bool = False


# A word an OCR page breaks across lines with a hyphen ("gov-" / "ernment"): the hyphen, the line end and the
# indent are left out of a passage's text (a cut), so the passage reads the word whole. The scorers locate a
# row's evidence in a seed through the same rule (pipeline.quality.corpus.Locator).
LINE_END_HYPHEN = re.compile(r"(?<=[a-z])-\s*\n\s*(?=[a-z])")


def line_end_hyphens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The seed spans of ``text[start:end]`` that ``LINE_END_HYPHEN`` leaves out."""
    return [(m.start(), m.end()) for m in LINE_END_HYPHEN.finditer(text, start, len(text) if end is None else end)]


def kept_text(text: str, start: int, end: int, cuts: list[tuple[int, int]] = ()) -> str:
    """The normalized text of ``text[start:end]`` with the ``cuts`` (page markers, footnote marks, line-end
    hyphens, in order) left out: how a parser makes a passage's text from the text it reads."""
    return normalize_space("".join(_kept(text, start, end, cuts)))


def visible_text(seed: str, start: int, end: int, cuts: list[tuple[int, int]] = ()) -> str:
    """What a passage's ``text`` must equal: ``kept_text`` of the seed, each piece kept read as the parsers read
    the seed (``readable``: invisible characters out, HTML character references, tags and Markdown escapes read
    as the page shows them)."""
    return normalize_space("".join(map(read_text, _kept(seed, start, end, cuts))))


def _kept(text: str, start: int, end: int, cuts: list[tuple[int, int]]) -> list[str]:
    pieces, at = [], start
    for cut_start, cut_end in sorted(cuts):
        pieces.append(text[at:cut_start])
        at = max(at, cut_end)
    pieces.append(text[at:end])
    return pieces


def block_text_matches(seed: str, block: Block) -> bool:
    """The offset invariant every parser keeps (the property tests check it)."""
    return visible_text(seed, block.start, block.end, block.cuts) == block.text


def block_of_lines(text: str, lines: list[Line], passage_type: str, **kwargs) -> Block:
    """A block spanning ``lines`` of the seed ``text`` (blank lines between them included).

    One line's text is already normalized as the passage's would be.
    """
    start, end = lines[0].start, lines[-1].end
    content = lines[0].text if len(lines) == 1 else normalize_space(text[start:end])
    return Block(passage_type, start, end, content, **kwargs)


ANNOTATION_LABELS = words("annotation_labels", (*LANGUAGES, *SUPPLEMENTED))  # every language's file and supplement
_ANNOTATION_LINE = re.compile(rf"^\[(?:{alternation(ANNOTATION_LABELS) or '(?!)'})\b[^\]]{{0,60}}\]", re.IGNORECASE)


def is_annotation_line(text: str) -> bool:
    """An edition's line rendering a mark on the paper under its bracketed label ("[Handwritten:] To be circulated ...",
    "[Stamp: SECRET]"): the paper's annotation, no line of its text (en.yaml annotation_labels)."""
    return bool(_ANNOTATION_LINE.match(text.strip()) or _LABELLED_MARK.match(text.strip()))


# Any mark an edition renders under a bracketed label of a few words and a colon, told by its shape whatever it names
# ("[Registry stamp:] FCO – FAR EASTERN DEPT. RECEIVED 15 JAN 1973", "[Minute:] Mr. Wilford — A useful review ..."):
# the paper's annotation, as the labels annotation_labels name are.
_LABELLED_MARK = re.compile(r"^\[[^\W\d_][^\]\d:]{0,30}:\]\s*\S")


def flag_cut_text(doc: ParsedDocument) -> None:
    """has_cut_start / has_cut_end from the first and last running text (a page captured only in part)."""
    running = [b for b in doc.blocks if b.section_type == "body" and b.passage_type in _RUNNING_TEXT]
    if running:
        doc.has_cut_start = starts_lowercase(running[0].text)
        from pipeline.parse.book_shape import is_page_number  # (the book's shapes build on this module)
        from pipeline.parse.signature import copies_line, reader_mark, signed_name  # (builds on this module)

        while len(running) > 1 and (is_text_end_mark(running[-1].text) or site_bar_line(running[-1].text)
                                    or is_page_number(running[-1].text)):
            running = running[:-1]  # "###" under a press release; "Previous section | Next section" under the site's page;
            # the edition's page number under the text ("第四二三页")
        while len(running) > 1 and (reader_mark(running[-1].text) or copies_line(running[-1].text)):
            running = running[:-1]  # "देखा — मुख्य अग्निशमन अधिकारी, 6.12.71" / "प्रतिलिपि: ...": a reader's minute and the copies'
            # line under the signature, whole lines that close no sentence
        doc.has_cut_end = _cut_end(running) and not any(is_text_end_mark(b.text) for b in running[-END_MARK_LINES:]) \
            and signed_name(running[-1].text.strip()) is None  # ("हस्ताक्षर: हरबंस लाल, स्टेशन अफ़सर, 5.12.71, 23.30 बजे")
        # "（了）" / "昭和四十八年十月十日 北東アジア課にて配布": the text's end mark, the office's date and distribution under it
        if doc.has_cut_end and len(running) > 1 and is_annotation_line(running[-1].text):
            doc.has_cut_end = _cut_end(running[:-1])  # "Your sincere friend," / "Saud" / "[Handwritten note:] Rec'd 11/7/55
            # from Saudi Amb. — ACW": a reader's mark on the paper under its text, which came to its end over it
        if doc.has_cut_end and len(running) > 1 and closes_on_signer_or_day(running[-1].text, doc.document_date_text):
            doc.has_cut_end = False  # "... Дэкан П. Бародзіч", "Ikusia, 1968-VIII-10. J. U., Gardianoa", "თბილისი, 1989 წლის
            # 18 ოქტომბერი": the paper closes on a name or on its own date line, whatever its script


# A line that closes on an initialled name, a post after it or not ("Дэкан П. Бародзіч", "J. U., Gardianoa", "J. Carrillo"):
# a signature or a visa under the text, where a capture cut at its length stops mid-sentence on a word.
# A name written with one to three initials before the surname, in any script ("J. P. Joensen", "М. Р. Шаўчук", "ნ.
# გოგიბერიძე"): the signature's readers' (signature.py, parties.py).
INITIALLED_NAME = r"(?:[^\W\d_]\.\s?){1,3}[^\W\d_][^\W\d_'’-]+"
# The name set where a signature stands: the line's start, after a stop, a comma or a wide gap, or after a post of a few
# capitalised words ("Дэкан"); not inside a sentence ("the U.S. Government", "10 a.m. yesterday").
_CLOSING_INITIALLED = re.compile(r"(?:^|\s)(?P<name>(?:[^\W\d_]\.\s?){1,3},?\s?[^\W\d_][^\W\d_'’-]+)\.?$")
_CLOSING_LEAD = re.compile(r"(?:^|[.,;:]|\s{2,})(?P<post>[^.,;:]*?)\s*$")
CLOSING_POST_WORDS = 3
DATE_LINE_CLOSING_CHARS = 60  # a place and a day on a line of their own


def closes_on_signer_or_day(text: str, document_day: str | None) -> bool:
    """The last line of a paper's text is its signer's initialled name (a post after it or not), or its own date line
    (the day the paper is dated by, a place before it): the text came to its end there."""
    text = text.strip()
    if (m := _CLOSING_INITIALLED.search(text)) is not None and text[-1:] != "-" and capitalised(m["name"]):
        lead = _CLOSING_LEAD.search(text[: m.start("name")])
        post = lead["post"].split()
        if len(post) <= CLOSING_POST_WORDS and (capitalised(" ".join(post)) or text[: lead.start("post")].rstrip().endswith(":")):
            return True  # (a post in small letters after a label's colon: "Бо акт шинос шудам: раиси колхоз Р. Назаров", the
            # acknowledgment under an act, its signer's post and name)
    return bool(document_day) and len(text) <= DATE_LINE_CLOSING_CHARS and text.rstrip(" .").endswith(document_day)


def _cut_end(running: list[Block]) -> bool:
    last = running[-1].text.rstrip()
    cut = not ends_sentence(last) and not ends_sentence(last.rstrip(_FULL_WIDTH_CLOSERS)) and not last[-1:].isdigit() and not closes_message([b.text for b in running]) \
        and not (len(running) > 1 and (_foot_note(last) or catalogue_field(last)))  # a colophon ends with a year or a page; the edition's line under
    # the text ("（外交部档案馆，档号106-01583-02）") follows a text that came to its end
    if cut and (above := _text_over_foot([b.text for b in running])) is not None \
            and (ends_sentence(above) or closes_on_foot_field(above)):
        cut = False  # "... before the vote." / "KISSINGER" / "Drafted: IO/UNP:..." / "Cleared: ...": the
        # text came to its end, the signer and the office's handling lines under it
    return cut


FOOT_UNDER_CLOSING = 6  # the signer's mark, name and office, the addressee's lines or the receipt under a closing formula
FOOT_UNDER_CLOSING_CHARS = 80
CLOSING_SHAPE_CHARS = 40


def _under_closing(texts: list[str]) -> bool:
    """The page ends a few short lines under a letter's closing formula ("Yours sincerely," / "Pierre Elliott Trudeau" /
    "The Right Honourable Indira Gandhi, ..."; "With my warmest brotherly regards," / the signer / "His Excellency ..." /
    "Belgrade"): the text came to its end, its signer and addressee under it. A formula in a language the project has
    no words for is told by its shape: a short line closing on a comma under a finished sentence, the lines under it
    short ("Wako katika kujenga Taifa," / "(sgd.)" / "J. K. Ntahondi" / the office / the receipt). A word alone on the
    last line is a whole name only where it is a known place or name, or in capitals ("Belgrade"; "Berl" is cut)."""
    last = texts[-1].strip() if texts else ""
    if len(last.split()) == 1 and not last.isupper() and not last[-1:].isdigit() and lookup(last.rstrip(".,")) is None:
        return False
    for k in range(1, min(FOOT_UNDER_CLOSING, len(texts) - 1) + 1):
        if len(texts[-k].strip()) > FOOT_UNDER_CLOSING_CHARS or texts[-k].strip()[:1].islower():
            return False  # a long line, or one going on in small letters, is the text's, not the foot's
        formula = texts[-1 - k].strip()
        if closes_letter(formula):
            return True
        if len(formula) <= CLOSING_SHAPE_CHARS and formula.endswith(",") and formula[:1].isupper() \
                and not any(c.isdigit() for c in formula) and k + 1 < len(texts) and ends_sentence(texts[-2 - k]):
            return True
    return False


@cache
def _text_end_mark() -> re.Pattern:
    from importlib import resources

    from schemas import load_yaml

    furniture = load_yaml(resources.files("pipeline.reference").joinpath("layouts/furniture.yaml").read_text("utf-8"))
    return re.compile("(?:" + "|".join(furniture["text_end_marks"]) + ")", re.IGNORECASE)


def is_text_end_mark(text: str) -> bool:
    """A mark on a line of its own that closes a press release or a news item ("###", "-30-", "- END -"): the text came
    to its end (furniture.yaml text_end_marks)."""
    return len(text) <= 20 and _text_end_mark().fullmatch(text.strip()) is not None


_BAR_PART = 40  # a site's link or a short field: "Previous section", "Search Hansard"
_LABELLED_BAR_PART = re.compile(r"^[^\W\d][\w .'’-]{0,24}:\s+\S")  # "Citing this page: HC Deb 04 March 1981 vol 1000 cc141-2W"


def site_bar_line(text: str) -> bool:
    """A site's line of links under the page, its parts parted by bars, each a few words or a labelled field and none a
    sentence ("Previous section | Next section", "Index | Search Hansard | Citing this page: HC Deb ..."): the site's,
    never the document's last words."""
    if " | " not in text or len(text) > 240:
        return False
    parts = [part.strip() for part in text.strip().split(" | ")]
    return all(part and any(c.isalpha() for c in part) and not part.endswith((".", "!", "?"))
               and (len(part) <= _BAR_PART or _LABELLED_BAR_PART.match(part)) for part in parts)


# A passage closing its last sentence and then a labelled field of the paper's foot on the same line ("Log closed 1400.
# Duty Editor: J. M. Petrie"): the field's label a word or two after the sentence's stop, its value without a colon.
_CLOSING_FIELD = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_][^\W\d_ .]{0,20}(?: [^\W\d_]{1,12})?\s*:\s+[^:]{1,60}$)")


def closes_on_foot_field(text: str) -> bool:
    """The passage ends a sentence and then gives a labelled field of the paper's foot ("Log closed 1400. Duty Editor: J.
    M. Petrie"): the text came to its end, the signer after it."""
    m = _CLOSING_FIELD.search(text.rstrip())
    return m is not None and ends_sentence(text[:m.start()]) and _foot_line(text[m.end():])


END_MARK_LINES = 3  # the end mark over the foot's date, distribution or receipt lines
FOOT_LINE_CHARS = 160  # a handling line at the foot: its label and a short value
# A foot's labelled line of a few words more, its value dated (distributed, received, sent: "Diedarkan kepada Bernama dan
# akhbar-akhbar: 18.6.79, jam 1.00 petang"): the value after the colon, never a sentence's quotation ("He said: ...").
_DATED_FOOT_LABEL = re.compile(r"^[^\W\d_][^\W\d_]*(?: [^\W\d_][\w-]*){2,5}\s*:\s+\S.{0,80}$")
_FOOT_LABEL = re.compile(r"^[^\W\d_][^\W\d_ .]{0,20}(?: [^\W\d_]{1,12})?\.?\s*:(?:\s+\S.*)?$")  # "Drafted: ...", "ΔΙΑΝΟΜΗ: ...", "DISTRIBUTION:"


def _foot_line(text: str) -> bool:
    """A line of a paper's foot under its text: a labelled handling line ("Drafted: IO/UNP:JMcCaffrey:11/13/75",
    "ΚΟΙΝ.: Υπουργείον Εθνικής Αμύνης", "DISTRIBUTION:"), or a short line in capitals (the signer "KISSINGER", his
    office "Ο ΑΡΧΗΓΟΣ ΤΟΥ ΓΕΝΙΚΟΥ ΕΠΙΤΕΛΕΙΟΥ ΝΑΥΤΙΚΟΥ", a mark "(Τ.Σ.Υ.)", a distribution's "NENAD")."""
    text = text.strip()
    if len(text) > FOOT_LINE_CHARS:
        return False
    if _FOOT_LABEL.match(text):
        return True
    if dated_foot_line(text):
        return True  # "Diedarkan kepada Bernama dan akhbar-akhbar: 18.6.79, jam 1.00 petang": the office's line of whom it
        # went to and when, its label a few words, its value dated
    letters_of = [c for c in text if c.isalpha()]
    return len(text) <= 60 and len(letters_of) >= 2 and all(c.isupper() for c in letters_of)


def dated_foot_line(text: str) -> bool:
    """A foot's labelled line of a few words, its value dated ("Diedarkan kepada Bernama dan akhbar-akhbar: 18.6.79,
    jam 1.00 petang"): the office's line of whom the paper went to and when, never the text's."""
    text = text.strip()
    return bool(_DATED_FOOT_LABEL.match(text)) and any(True for _ in iter_dates(text[text.index(":"):]))


def _text_over_foot(texts: list[str]) -> str | None:
    """The last passage of the text over the paper's foot (its signer and handling lines: ``_foot_line``), where the
    page closes on such a foot; None where it does not, or where nothing stands over it."""
    at = len(texts)
    while at > 0 and _foot_line(texts[at - 1]):
        at -= 1
    return texts[at - 1].rstrip() if 0 < at < len(texts) else None


_RUNNING_TEXT = ("paragraph", "quotation", "list_item")
# A sentence closed inside full-width brackets or corner quotes at the page's end ("（...，第437—439页。）"): it ends.
_FULL_WIDTH_CLOSERS = "\uff09\u300d\u300f\u3011"


@cache
def _catalogue_field() -> re.Pattern | None:
    labels = [w for language in LANGUAGES for w in lexicon(language).get("catalogue_fields") or []]
    return re.compile(rf"^(?:{alternation(labels)})\s*[:：]\s*\S.{{0,40}}$") if labels else None


def catalogue_field(line: str) -> bool:
    """A field of the archive's catalogue under the document ("语言：中文", "类型：报告"): a whole line, its label and a
    short value (``catalogue_fields`` in the language YAML), never a sentence the capture cut."""
    pattern = _catalogue_field()
    return pattern is not None and pattern.match(line.strip()) is not None
_BRACKETS = {"(": ")", "（": "）", "[": "]", "【": "】"}


def _foot_note(text: str) -> bool:
    """A short line under the text that is the edition's, not the text's: wholly in brackets ("（外交部档案馆，档号
    106-01583-02）", "[Translated from the Russian]"), or a citation and nothing else ("RGANI, f. 5, op. 30, d. 116.")."""
    line = text.strip()
    if len(line) > 200 or "\n" in line:
        return False
    if line[:1] in _BRACKETS and line.endswith(_BRACKETS[line[:1]]) and line.count(line[:1]) == 1:
        return True
    from pipeline.parse.source_note import is_citation_line  # the notes' reader builds on this module

    return is_citation_line(line)


# A short note in brackets closing a line ("（印发四十份）", "(3 copies)"): the office's note after the date line.
_TRAILING_NOTE = re.compile(r"\s*[(\uff08][^()\uff08\uff09]{1,20}[)\uff09]$")
_TRAILING_NOTE_ENDS = (")", "\uff09")  # a line that closes on no bracket is not searched: the search tries every place of it


def closes_message(texts: list[str]) -> bool:
    """The text ends as a message closes, not cut: on its date line alone ("20 August", "14 October 1950"), on a
    short signature under a closing formula ("Sincerely," over "JFK"), on a signer's name (and office) in short
    lines of capitalised words under a finished sentence ("Dean Rusk", "SHERMAN KENT / Assistant Director"), or a few
    short lines under a letter's closing formula (``_under_closing``: "Yours sincerely," / the signer / the addressee)."""
    return _closes_on_signature(texts) or _under_closing(texts)


def _closes_on_signature(texts: list[str]) -> bool:
    """``closes_message`` but for the lines under a letter's closing formula: the foot's own lines, read again over a
    receipt under them."""
    last = texts[-1].strip() if texts else ""
    if not last:
        return False
    if is_dated_closing(last) or is_recorder_line(last) or _closing_label().match(last):
        return True
    if len(texts) > 1 and _typist_line(last):
        return True  # "Distribution: Comrade Várkonyi, ..." / "Typed in 5 copies by: Pálné": the cipher office's typing line
    if _signs_off(last):
        return True  # "... WILL REPORT DAILY. RGDS HADDAD": a telex closing on its formula and the sender's name
    if len(texts) > 1 and _receipt_line(last):
        above = texts[:-1]
        while len(above) > 1 and (_receipt_line(above[-1]) or _closing_label().match(above[-1].strip())):
            above = above[:-1]  # "Copies: 1. Minister Rapacki, 2. Dept. V" over it
        return ends_sentence(above[-1].strip()) or _closes_on_signature(above)  # "(-) J. Kowalczyk" / "Copies: ..." /
        # "Received in the Ministry 23.X.1963 by diplomatic pouch": the ministry's receipt under the signed record
    if last.endswith(_TRAILING_NOTE_ENDS) and (bare := _TRAILING_NOTE.sub("", last)) != last and is_dated_closing(bare):
        return True  # "一九七〇年七月十四日（印发四十份）": the date line with the copies printed in brackets after it
    if len(texts) > 1 and is_signer_line(last) and ends_sentence(texts[-2]):
        return True  # "外交部" under the last sentence: the body that signs the telegram
    if len(texts) > 1 and issuer(last) is not None and ends_sentence(texts[-2]):
        return True  # "Issued by the Department of Information and Publicity" under the last sentence
    if len(texts) > 1 and len(last.split(None, 4)) <= 4 and closes_letter(texts[-2]):
        return True
    if len(texts) > 2 and _signed_under_date_line(texts):
        return True
    if len(texts) > 1 and (_signed_with_office(last) or _signed_after_office(last)) and ends_sentence(texts[-2]):
        return True  # "József Takács, ambassador", "Chargé d'affaires: G. Petkov" under the last sentence: the signer and
        # his office on one line
    if len(texts) > _FOOT_LINES[0] and _addressed_under_signature(texts):
        return True
    if len(texts) > 2 and _signed_label().match(texts[-2].strip()) and _is_name_line(texts[-2].strip()) and len(last) <= 80 \
            and last[:1].isupper() and not ends_sentence(last) and ends_sentence(texts[-3]):
        return True  # "(Signed) Paul J. F. LUSAKA" / "Permanent Representative of Zambia to the United Nations" under the last
        # sentence: the labelled signature vouches for the office under it, however long
    if len(texts) > 2 and _is_name_line(last) and is_signing_for(texts[-2]) and ends_sentence(texts[-3]):
        return True  # "On behalf of the Secretariat" / "Le Van Luong" under the last sentence
    names = 0
    while names < min(3, len(texts) - 1) and _is_name_line(texts[-1 - names]):
        names += 1
    above = texts[-1 - names].strip() if names else ""
    if names > 1 and len(last.split()) > 1 and closes_letter(above):
        return True  # the signer and his office under "With fraternal greetings," (a word alone under his name may be cut: "Berl")
    return names > 0 and ends_sentence(above)


_FOOT_LINES = (4, 6)  # the signer's name (and office), then the addressee's name, office and city
# The line closing a communiqué or a statement with the body that issues it ("Issued by the Department of Information and
# Publicity"; en.yaml issued_by_openers): the body, no cut.
_ISSUED_BY = re.compile(rf"^(?:{alternation(words('issued_by_openers')) or '(?!)'})\s+(?:the\s+)?(?P<body>[A-Z][^.;:!?]{{2,80}})$")


def issuer(line: str) -> str | None:
    """The body a closing line says issues the paper ("Issued by the Department of Information and Publicity"), else None."""
    m = _ISSUED_BY.match(line.strip())
    return m["body"].strip() if m else None


@cache
def _signed_label() -> re.Pattern:
    """A signature's label before the name ("(Signed)", "Sgd.": signed_labels in the language files)."""
    return re.compile(rf"^(?:{alternation(words('signed_labels')) or '(?!)'})\s*\S")


def is_signing_for(text: str) -> bool:
    """A line over a signer's name saying for whom he signs ("On behalf of the Secretariat"; en.yaml signing_for_openers):
    short, no sentence."""
    line = text.strip()
    return len(line) <= 80 and not ends_sentence(line) and _signing_for().match(line) is not None


@cache
def _signing_for() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(words('signing_for_openers')) or '(?!)'})\s+\S", re.IGNORECASE)


def _addressed_under_signature(texts: list[str]) -> bool:
    """A letter's foot that names its addressee under the signature ("Yours sincerely," / "Errol W. Barrow" / "Prime
    Minister" / "Dr. Fidel Castro Ruz" / "Prime Minister of the Revolutionary Government" / "Havana"): four to six short
    lines of capitalised words under the closing formula, the last of them the addressee's city ("Lusaka")."""
    # the gazetteer builds on the text helpers of this module's imports
    from pipeline.normalize.names import lookup

    most = min(_FOOT_LINES[1], len(texts) - 1)
    if most < _FOOT_LINES[0] or not all(map(_is_name_line, texts[-_FOOT_LINES[0]:-1])):
        return False  # the short lines above the last told first: most texts close on a paragraph, no place looked up
    lines = 0
    while lines < most and (
        _is_name_line(texts[-1 - lines]) or (lines == 0 and (place := lookup(texts[-1].strip())) is not None and place.kind == "place")
    ):
        lines += 1
    return lines >= _FOOT_LINES[0] and closes_letter(texts[-1 - lines])


@cache
def _office_line_reader():
    """The signature reader's test for an office line, imported once: the signature's reader builds on this module, and
    an import statement in the readers below cost a lookup at every line they were asked of."""
    from pipeline.parse.signature import is_office_line

    return is_office_line


def _signed_with_office(line: str) -> bool:
    """A signer's name and his office after a comma on one line, the office in lower case as a translation may keep it
    ("József Takács, ambassador", "Olszewski, chargé d'affaires a.i.", "Ivan Petrov, First Secretary of the Embassy")."""
    is_office_line = _office_line_reader()

    name, comma, office = line.partition(",")
    return bool(comma) and len(line) <= 80 and _is_name_line(name) and is_office_line(office.strip())


def _signed_after_office(line: str) -> bool:
    """A signer's office, a colon and his name on one line, as a mission's report signs ("Chargé d'affaires: G. Petkov",
    "Ambassador: Petar Panchevski")."""
    is_office_line = _office_line_reader()

    office, colon, name = line.partition(":")
    return bool(colon) and len(line) <= 80 and bool(name.strip()) and is_office_line(office.strip()) and _is_name_line(name.strip())


def _signed_under_date_line(texts: list[str]) -> bool:
    """The text closes on the place and day it was written at ("Bamako, 1968. november 23.", "Sofia, 11 March 1968"), its
    signer's name and his office under it, the office in lower case as a translation may keep it ("Ferenc Bartha" /
    "ambassador"): one or two such lines under the date line, under a finished sentence."""
    is_office_line = _office_line_reader()

    # The short name and office lines told first, the last line once for both readings: most texts close on a
    # paragraph, and no date line is asked.
    if len(texts) < 3 or not (_is_name_line(texts[-1]) or is_office_line(texts[-1].strip()) or _office_under_name(texts[-1], texts[-2])):
        return False
    if is_dated_closing(texts[-2]) and ends_sentence(texts[-3]):
        return True  # one line under the date line
    lines = 1  # two lines under it, the name and the office; four under a joint paper's date line, two signers and their
    # offices ("Peking, April 22, 1973" / "Chi Peng-fei" / "Minister of Foreign Affairs of ..." / "Emilio O. Rabasa" / ...)
    while lines < _SIGNERS_LINES and len(texts) >= lines + 3 and (
        _is_name_line(texts[-1 - lines]) or is_office_line(texts[-1 - lines].strip()) or _office_under_name(texts[-1 - lines], texts[-2 - lines])
    ):
        lines += 1
        if is_dated_closing(texts[-1 - lines]) and ends_sentence(texts[-2 - lines]):
            return True
    return False


_SIGNERS_LINES = 4  # two signers under one date line, each with his office


def _office_under_name(line: str, above: str) -> bool:
    """A signer's office written out, as long as it takes, under his name ("Emilio O. Rabasa" / "Secretary of Foreign
    Relations of the United Mexican States")."""
    from pipeline.parse.signature import _office_written_out  # the signature's reader builds on this module

    if not _is_name_line(above) or any(c.isdigit() for c in above) or not _office_written_out(line.strip()):
        return False
    joiners = _office_joiners()  # its words capitalised but the small ones between them ("of the")
    words = line.split()
    return words[-1].lower() not in joiners and all(w[0].isupper() for w in words if w.lower() not in joiners)


@cache
def _closing_label() -> re.Pattern:
    """A record's closing apparatus, a label and its value ("Distribution: ...", "Разослано: ..."): closing_labels."""
    return re.compile(rf"^\s*(?:{alternation(words('closing_labels'))})(?:\s*(?:[:：]|\s\d{{1,3}}\s*[,:])|(?<=\.)\s)\s*\S")  # "Enclosure 1, Despatch
    # 312, Kabul: ...": an enclosure listed by its number; a label closing on its abbreviation's stop, "Journalnr. 5.D.30"


@cache
def handling_opening() -> re.Pattern:
    """A handling line's opening verb (handling_verbs), case ignored."""
    verbs = [v for language in LANGUAGES for v in (lexicon(language).get("handling_verbs") or {})]
    return re.compile(r"^(?:" + alternation(verbs) + r")\b", re.IGNORECASE)


def handling_kind(text: str, chars: int = 120) -> str | None:
    """The act a handling line records ("Sent from Vientiane 11.V.61 at 19.40": message_sent; "Deciphered by Lebedev
    12.V.61": deciphered; handling_verbs), None for any other line. ``chars``: the longest line read as one (a line
    that tells every act in one sentence, "Dispatched from Hanoi on ... at 14.10 hours, received in Warsaw at 19.35
    hours, decoded at 21.00 hours and typed in 6 copies.", runs longer than a line of one act)."""
    m = handling_opening().match(text.strip()) if len(text) <= chars else None
    return _HANDLING_KINDS.get(m[0].lower()) if m else None


_HANDLING_KINDS = {v.lower(): k for language in LANGUAGES for v, k in (lexicon(language).get("handling_verbs") or {}).items()}


_TYPIST_LINE_CHARS = 80


def _typist_line(line: str) -> bool:
    """A cable's handling line of its typing or deciphering under its text ("Typed in 5 copies by: Pálné", "Deciphered
    by Morozov on 10/14/50 at 7:45 a.m."): the copy's close (en.yaml handling_verbs)."""
    return len(line) <= _TYPIST_LINE_CHARS and handling_kind(line, _TYPIST_LINE_CHARS) in ("printed", "deciphered")


# The last sentence's stop and what follows it in a paragraph: a telex's or a short message's sign-off on its last line.
_AFTER_LAST_STOP = re.compile(r"(?<=[.!?])\s+(?P<tail>[^.!?]{2,60})$")
_SIGN_OFF_NAME_WORDS = 5


def _signs_off(text: str) -> bool:
    """A message whose last sentence is followed, on its own line, by a closing formula and the sender's name ("... WILL
    REPORT DAILY. RGDS HADDAD", "... ON BOARD FOR PRESENT. BRGDS J R TURNBULL"): it came to its end (closings)."""
    text = text.rstrip()
    stop = max(map(text.rfind, ".!?"))  # the tail holds no stop: it follows the text's last one, where alone it is tried
    m = _AFTER_LAST_STOP.match(text, stop + 1) if stop >= 0 else None  # (not at every character of a long paragraph)
    if m is None or (formula := closing_formula().match(m["tail"])) is None:
        return False
    name = m["tail"][formula.end():].strip(" ,")
    words_of = name.split()
    return 0 < len(words_of) <= _SIGN_OFF_NAME_WORDS and formula.end() < len(m["tail"]) and m["tail"][formula.end()] in " ," \
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words_of)


_RECEIPT_LINE_CHARS = 120


def _receipt_line(line: str) -> bool:
    """A handling line the office that received the paper wrote under its foot ("Received in the Ministry 23.X.1963 by
    diplomatic pouch", "Received in the State Secretariat 19 VII 1960"): its receipt, after the text came to its end
    (handling_verbs)."""
    return handling_kind(line, _RECEIPT_LINE_CHARS) == "message_received"


def is_closing_label(line: str) -> bool:
    return _closing_label().match(line) is not None


@cache
def _recorder() -> re.Pattern:
    return re.compile(rf"^\s*(?:{alternation(words('recorder_labels'))})(?!\w)\s*[:：]?\s*")


def is_recorder_line(line: str) -> bool:
    """The line that names who took a record down or translated it ("Recorded: Bruno Mahlow", "Записал: В. Иванов"),
    as a record closes: the label, then a name of a few capitalised words or initials (in a script without capitals,
    a few characters)."""
    m = _recorder().match(line)
    name = line[m.end():].strip().rstrip(".") if m else ""
    if not name:
        return False
    if not any(map(str.isupper, name)):
        return any(c in m.group() for c in ":：") and len(name) <= 6 and not any(c in name for c in "，。,.;；")  # "记录：王力"
    names = name.split()
    return len(names) <= 5 and all(w[0].isupper() or not w[0].isalpha() for w in names)


SIGNER_LINE_CHARS = 16  # a body's name or a person's in a script without spaces, alone on its line


def is_signer_line(text: str) -> bool:
    """A line in a script without capitals or spaces that names the body signing the text above it ("外交部",
    "驻坦桑尼亚大使馆"): short, no punctuation, ending with a word of ``signing_bodies``."""
    line = text.strip()
    if not line or len(line) > SIGNER_LINE_CHARS or not all(c.isalpha() and not (c.isupper() or c.islower()) for c in line):
        return False
    return any(line.endswith(w) for w in _uncased_signing_bodies())


@cache
def _uncased_signing_bodies() -> tuple[str, ...]:
    """The signing bodies' words of the scripts without capitals (a cased word, "Ministry", signs in a line of its own)."""
    return tuple(w for w in words("signing_bodies") if not any(c.isupper() or c.islower() for c in w))


_LETTERS_WITH_STOPS = re.compile(r"^(?:[A-Z]\.){1,4},?$")  # "R.", "C.H.,", "M.P.,"


def _is_name_line(text: str) -> bool:
    """A short line of capitalised words or initials, as a signature and its office are written ("McG. B.")."""
    if len(text) > 50:
        return False  # told before the words are split: a paragraph asked is no name line whatever its words
    words = text.split()
    if not words or not words[0][0].isupper() and words[0][0].isalpha():
        return False
    joiners = _office_joiners()  # "Ambassador of the USSR in the DRV": an office's small words between its capitals
    capitals = [w for w in words if w.lower() not in joiners and not _LETTERS_WITH_STOPS.match(w)]  # the initials and the
    # letters after a name ("The Right Honourable R. D. Muldoon, C.H., M.P.,") count as no word of it
    if words[-1].lower() in joiners:
        return False  # "Naturally, the": a sentence cut off, not an office
    return 0 < len(capitals) <= 5 and all(w[0].isupper() or not w[0].isalpha() for w in capitals) and not ends_sentence(text.rstrip("."))


@cache
def _office_joiners() -> frozenset[str]:
    return frozenset(w.lower() for w in words("office_joiners"))


@once_per_page
def is_date_line(line: str) -> bool:
    """A line that is one date and nothing more (the day and month of a closing need no year: "20 August", "十月十一日")."""
    line = line.strip().strip("()（）[].,")
    return opens_with_date(line) and any(d.start == 0 and d.end == len(line) for d in iter_dates(line, 2000))


# The place (and the building or office) a closing date line names before its day: "Sofia, ", "Moscow, the Kremlin, "
# (no figure: "May 4, 1965" is the date).
_PLACE_BEFORE = re.compile(r"^(?:[^\W\d][^,\d]{1,30},\s*){1,3}")


@once_per_page  # the foot's last lines, asked by the signature's, the cut end's and the closing day's readers
def is_dated_closing(line: str) -> bool:
    """A closing date line: the date alone ("20 August", "(十一月二日)") or after the place it was signed at ("Sofia, 11
    March 1968", "Moscow, the Kremlin, 17 September 1965"), in brackets or with its hour (``dated_line``)."""
    line = line.strip()
    if is_date_line(line):
        return True
    after_place = _PLACE_BEFORE.sub("", line)  # a line naming no place is not read twice
    return (after_place != line and is_date_line(after_place)) or dated_line(line) is not None


DATED_LINE_CHARS = 90  # a date line is short: its place, number, marks, day and hour
_BRACKET_PAIRS = {"(": ")", "[": "]", "\uff08": "\uff09", "\u3010": "\u3011", "\u00ab": "\u00bb", "\u201c": "\u201d"}  # and quotes
# What stands between the pieces of a date line: a comma, a slash, a bar, a semicolon (in either script's form), a dash
# with spaces around it.
_PIECE_SEPARATOR = r"(?:\s*[,/|;\uff0c\u3001\uff1b]\s*|\s+[\u2013\u2014-]\s+|\s*\u2014\s*)"
# Before the day: the place, the building or office, the paper's number and its classification, each a short piece of
# at most four words ("Dar es Salaam, ", "No. 0145 / Secret / ", "A-612, "), each closed by a separator.
_SEPARATOR = re.compile(_PIECE_SEPARATOR)
_NOT_IN_PIECE = frozenset(",/|;\uff0c\u3001\uff1b\n")
_SEPARATOR_SIGNS = frozenset(",/|;\uff0c\u3001\uff1b\u2013\u2014-")
_PIECE_CHARS = 40
_DASHES = ("\u2013", "\u2014", "-")
# ``_pieces_before`` of a text without a dash: only a comma, slash, bar or semicolon (with the spaces around it) closes
# a piece then, so the pieces are read in one pass with no choice to go back on.
_UNDASHED_PIECES = re.compile(rf"(?:[^,/|;\uff0c\u3001\uff1b\n]{{1,{_PIECE_CHARS}}}\s*[,/|;\uff0c\u3001\uff1b]\s*)*")


def _pieces_before(text: str) -> bool:
    """``text`` is all short pieces, each closed by a separator (a trailing line end aside). Without a dash a piece and
    its separator meet at one sign, and one pattern reads it ("Dar es Salaam, ", "No. 0145 / Secret / "); with one, a
    dash may be inside a piece or between two, and the line is read position by position rather than by a backtracking
    pattern, whose time doubles with every dash in a long line before a day."""
    if not any(map(text.__contains__, _DASHES)):
        return _UNDASHED_PIECES.fullmatch(text[:-1] if text.endswith("\n") else text) is not None
    n = len(text)
    reach = [True] + [False] * n  # the positions a run of whole pieces can end at
    for start in range(n):
        if not reach[start]:
            continue
        for end in range(start + 1, min(n, start + _PIECE_CHARS) + 1):
            if text[end - 1] in _NOT_IN_PIECE:
                break
            for after in range(end + 1, n + 1):
                sign = text[after - 1]
                if not (sign.isspace() or sign in _SEPARATOR_SIGNS):
                    break
                if not reach[after] and _SEPARATOR.fullmatch(text, end, after):
                    reach[after] = True
    return reach[n] or (text.endswith("\n") and reach[n - 1])
_PIECE = re.compile(r"[^,/|;\uff0c\u3001\uff1b]+")
# A paper's number: "No. 0145", "Nr. 12", "\u2116 45/sh", "#123", "A-612", "OCI No. 0279/67".
# The paper's number after the day of its date line, its sign before it ("№ 214", "No. 117-A/ov"): the line's last piece.
_NUMBER_SIGN = r"(?:No\.?|Nr\.?|N\u00b0|\u2116|#)"
_NUMBER_AFTER = re.compile(rf"\s+{_NUMBER_SIGN}\s*\d[\w/.\u2013-]*\s*$")
_NUMBER_PIECE = re.compile(rf"^(?:[^\W\d_]{{1,6}}\.?\s*)?{_NUMBER_SIGN}?\s*[^\W\d_]{{0,6}}\s?[\u2013-]?\s?\d[\w.\u2013-]*$")
# After the day: its hour ("18:00", "6 p.m.", "1317Z", "10 h"), the Russian year's mark ("14.IV.61 г."), or after a separator the place ("[1960年3月14日，北京]", "14
# March 1972, Prague"); words with no separator before them go on a sentence ("20 August the delegation arrived").
_PIECES_AFTER = re.compile(
    r"^(?:" + _PIECE_SEPARATOR + r"?\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.\s?m\.?|[ap]m|hrs?|h))?|\d{1,2}\s*(?:[ap]\.\s?m\.?|[ap]m)|\d{4}\s*Z|\u0433\.?)"
    r"|" + _PIECE_SEPARATOR + r"\s*[^\W\d_][^\W\d_'\u2019-]*(?:[ '\u2019-][^\W\d_]+){0,3})*\s*$"
)


@cache
def _month_marks() -> tuple[str, ...]:
    return tuple(lexicon("zh")["date_marks"]["month"])  # a Chinese date of numerals alone: "十一月二日"


def dated_line(line: str, year: int | None = None) -> DateMention | None:
    """The one day a date line writes (``_dated_line``), read in the months of the page's language where it borrows them
    (``lexicon.reading``): a page in such a language is read twice, and its foot's line ("Київ, 14 жовтня 1976 р.") has
    no day in the first reading, before the passages' languages are told."""
    return _dated_line(line, year, reading_language(), reads_slash_day_first())


@lru_cache(maxsize=128)  # a page's foot is asked by several readers (its closing, its signature, its day): the last answers kept
def _dated_line(line: str, year: int | None, language: str | None, day_first: bool) -> DateMention | None:
    """The one day a date line writes, read by the line's shape: the day alone or with the place, the building or office
    it was written at, the paper's number and classification before it and its hour or place after it, all in brackets
    or none ("19 April 1971", "Dar es Salaam, 14th December, 1965", "[Prague, 14 March 1972]", "No. 0145 / Secret / 12
    June 1971", "Moscow, 5 May 1965, 18:00", "[1960年3月14日，北京]", "[Москва, 14 марта 1972 г.]"). A day without
    its year takes ``year`` (else it is read in 2000, and ``year_written`` tells). None for any other line: a sentence
    that names a day, a release stamp ("Approved For Release 2004/03/17 : CIA-RDP..."), a line of two days."""
    text = line.strip()
    if not text or len(text) > DATED_LINE_CHARS or not (any(map(str.isdigit, text)) or any(map(text.__contains__, _month_marks()))
                                                       or writes_date_in_words(text)):
        return None  # every date writes a digit, the Chinese month's mark, or its words ("the twentieth of January, ...")
    if text[0] in _BRACKET_PAIRS and text.rstrip(".").endswith(_BRACKET_PAIRS[text[0]]):
        text = text.rstrip(".")[1:-1].strip()
    text = text.rstrip(".\u3002 ")
    if not text:
        return None
    days = [d for d in iter_dates(text, year or 2000)]
    if len(days) != 1 or days[0].precision not in ("day", "minute"):
        return None
    day = days[0]
    before, after = text[: day.start], text[day.end:]
    if before in _DAY_QUOTES:
        before = ""  # "«25» января 1977 г.": an official paper's day in quote marks
    if (weekday := _weekday_before().search(before)) is not None:
        before = before[: weekday.start()]  # "Friday 28 December 1979", an intelligence daily's dateline: the day's own
    if (article := _day_article().search(before)) is not None:
        before = before[: article.start()]  # "Moskau, den 8. März 1969", "Paris, le 3 mars 1962": the day's article
    if language and _DAY_LABEL.fullmatch(before) is not None:
        before = ""  # "তারিখ: ১৯.৬.১৯৭১", "मिति: सन् १९६४ डिसेम्बर २": a word or two before a colon, in a line whose
        # language is read (any language, filed or not: its label's word need be in no file), taken for the label of the
        # day, as a form's foot writes it; a place so written ("Washington: 3 March 1962") is dropped with it
    if before and not _pieces_before(before):
        before = _place_without_comma(before)  # "Warszawa 17.VI.1976": a known place, no comma before the day
        if before is None:
            return None
    for piece in _PIECE.findall(before):
        piece = piece.strip(" .\u2013\u2014-")
        if len(piece.split()) > 4 or any(c.isdigit() for c in piece) and not _NUMBER_PIECE.match(piece):
            return None  # "The conversation took place on": a sentence, not a place
    if after and day.year_written and (number := _NUMBER_AFTER.search(after)) is not None:
        after = after[: number.start()]  # "г. Мінск, 12 мая 1986 г.      № 214", "21.09.79 № 312": an order's or a
        # telegram's number after its day, as its head line sets it at the right
    if after and day.year_written and language and (mark := _borrowed_year_mark(language)) is not None \
            and (m := mark.match(after)) is not None:
        after = after[m.end():]  # "Київ, 14 жовтня 1976 р.": the word of year a language with no file writes after it
    if after and not _PIECES_AFTER.match(after) and not _written_at(after) and not _hour_after(after):
        return None
    return day


@cache
def _borrowed_year_mark(language: str) -> re.Pattern | None:
    """The word of year a language with no file writes after a year, whole or cut short with its full stop ("р.",
    "рік", "m."; borrowed year_words), None where it has none."""
    listed = lexicon(language).get("year_words") or []
    return re.compile(r"\s*(?:" + alternation(listed) + r")\.?(?![^\W\d_])", re.IGNORECASE) if listed else None


_DAY_QUOTES = ("\u00ab", '"', "\u201c")
# A label of one or two words and its colon before a date line's day ("তারিখ: ", "मिति: ", "Daty: "): the words' letters
# and their marks (a vowel sign, a virama), no figure.
_DAY_LABEL = re.compile(rf"\s*{LETTER_OR_MARK}+(?:\s{LETTER_OR_MARK}+)?\s*:\s*")
_LAST_PIECE = re.compile(r"(?:^|(?<=[,/|;\uff0c\u3001\uff1b]))\s*(?P<place>[^,/|;\uff0c\u3001\uff1b]+?)\s+$")


def _place_without_comma(before: str) -> str | None:
    """The words before a date line's day when its last piece is a place the gazetteer knows, set before the day with
    no comma ("Warszawa 17.VI.1976", "Secret / Lusaka 8 April 1976"): the words with that piece closed as by a comma;
    None for any other words ("Signed 17 June 1976")."""
    m = _LAST_PIECE.search(before)
    if m is None or (m.start("place") > 0 and not _pieces_before(before[:m.start("place")])):
        return None
    found = lookup(m["place"].strip())
    return f"{before[:m.end('place')]}, " if found is not None and found.kind == "place" else None


@cache
def _day_article() -> re.Pattern:
    """The article a date line sets before its day after the place ("Moskau, den 8. März 1969", "Paris, le 3 mars 1962",
    "La Habana, el 5 de mayo de 1961", "Tiranë, më 14 qershor 1974"): ``dateline_day_articles`` of every language's file
    and supplement, after the line's opening or a separator."""
    listed = words("dateline_day_articles", (*LANGUAGES, *SUPPLEMENTED))
    return re.compile(r"(?:^|(?<=[,/|;]\s)|(?<=[,/|;]))\s*(?:" + (alternation(listed) or "(?!)") + r")\s+$", re.IGNORECASE)


@cache
def _weekday_before() -> re.Pattern:
    """A day of the week right before the day a date line writes, with no comma ("Friday 28 December 1979")."""
    names = [w for lang in ("en", "ru", "zh") for w in (lexicon(lang).get("entry_heading_words") or []) if w in (lexicon(lang).get("weekdays") or {})
             or lang == "ru"]
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(names) + r")\s*$", re.IGNORECASE)


@cache
def _time_marks() -> re.Pattern:
    marks = sorted({m for lang in LANGUAGES for m in (lexicon(lang).get("dateline_time_marks") or [])}, key=len, reverse=True)
    edge = r"(?<![^\W\d_]){}(?![^\W\d_])"  # a mark's last point may be the line's own, read away with it: "12:15 p.m."
    forms = [re.escape(m[:-1]) + r"\.?" if m.endswith(".") else re.escape(m) for m in marks]
    return re.compile("|".join(f if m[:1] >= "\u2e80" else edge.format(f) for m, f in zip(marks, forms, strict=True)), re.IGNORECASE)


# What is left of an hour or a span of hours once its marks are read away ("11:00 a.m.\u201312:15 p.m.", "11.00\u201312.15 \u0447.",
# "\u4e0a\u534811\u65f6\u81f312\u65f615\u5206"): numbers of at most four digits, their colons and points, dashes between them.
_HOUR_LEFT = re.compile(r"^(?:\s*[,;\uff0c]\s*|\s*)(?=[^\d]*\d)(?:\d{1,4}(?:[:.]\d{2})?[\s.]*(?:[\u2013\u2014-][\s.]*)?)+$")


def _hour_after(after: str) -> bool:
    """The hour a date line gives after its day, or the span of the talk it dates, in any of the three languages
    ("Washington, October 25, 1970, 11:00 a.m.\u201312:15 p.m.", "25.10.1970, 11.00\u201312.15 \u0447.", "1970\u5e7410\u670825\u65e5\u4e0a\u534811\u65f6")."""
    if not any(c.isdigit() for c in after) or len(after) > 40:
        return False
    return _HOUR_LEFT.match(_time_marks().sub(" ", after)) is not None


@cache
def _place_marks() -> tuple[str, ...]:
    return tuple(lexicon("zh").get("dateline_place_marks") or ())


def _written_at(after: str) -> bool:
    """The place a Chinese date line names after the day with its mark, no separator ("1962年7月18日于北京"): a place of
    a few letters, no digit."""
    after = after.strip()
    mark = next((m for m in _place_marks() if after.startswith(m)), None)
    place = after[len(mark):].strip() if mark else ""
    return 0 < len(place) <= 12 and not any(c.isdigit() or c in "\uff0c\u3002,." for c in place)


@cache
def closing_phrases() -> tuple[str, ...]:
    """The closing formulas of letters in every language (``closings``), and each of several words with a writer's own
    word after its first ("With my warmest regards", ``closing_possessives``)."""
    phrases = list(words("closings"))
    for possessive in words("closing_possessives"):
        phrases += [f"{first} {possessive} {rest}" for first, _, rest in (p.partition(" ") for p in words("closings")) if rest]
    return tuple(phrases)


@cache
def closing_formula() -> re.Pattern:
    """The closing formulas of letters in every language (closings: "With fraternal greetings", "С коммунистическим
    приветом"), one pattern, case ignored; behind the lookahead for their first letters (``with_opening``), so that
    a line that opens with none of them is turned away at one test rather than tried against every formula."""
    return with_opening(re.compile(alternation(closing_phrases()), re.IGNORECASE))


def closes_letter(text: str) -> bool:
    """A letter's closing formula alone on its line ("With fraternal greetings,", "Sincerely yours,", "С коммунистическим
    приветом", "此致敬礼"): the formula and its comma or full stop, nothing more; or the formula going on with a wish, up
    to the comma over the name ("With warm greetings and the hope of seeing you again soon in Djakarta,"): a formula of
    two words or more, one clause, no sentence."""
    line = text.strip().rstrip(",.!\uff0c\u3002\uff01 ")
    m = closing_formula().match(line) if 0 < len(line) <= 40 else None
    if m is not None and m.end() == len(line):
        return True
    m = closing_formula().match(line) if len(line) <= WISH_CHARS and text.strip().endswith((",", "\uff0c")) else None
    return m is not None and " " in m.group() and line[m.end():m.end() + 1] in (" ", ",") and not any(c in line for c in ".!?;:")


WISH_CHARS = 120  # a closing formula with its wish is one line of a letter's foot


def is_list_item(text: str) -> bool:
    """``_LIST_ITEM`` at the start of ``text``, asked only of a text that opens with a character a list item may open
    with (a dash or bullet, a digit, a lower-case letter, a Roman numeral's): most lines are told without the call."""
    first = text[:1]
    return (first in _LIST_ITEM_OPENERS or first.isdecimal()) and _LIST_ITEM.match(text) is not None


_LIST_ITEM_OPENERS = frozenset("-•*–abcdefghijklmnopqrstuvwxyzIVX▪◦●‣")  # and a digit (``\d``: str.isdecimal)


def is_elision(text: str) -> bool:
    return bool(_ELISION.match(text))


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


MAX_WRAP = 100  # no page is wrapped wider than this: longer lines are paragraphs of their own
WRAP_MIN = 60  # nor narrower than this


def is_hard_wrapped(lines: list) -> bool:
    """Most lines are of similar, modest length and stop mid-sentence: the page was wrapped at a width."""
    return wrap_width(lines) is not None


def wrap_width(lines: list) -> int | None:
    """The width a hard-wrapped page was wrapped at, else None. The width is the length most lines that stop
    mid-sentence reach (their 90th percentile, so that a few unwrapped lines, a title or a header, do not widen it);
    a page is wrapped when few lines run past it and many come close to it."""
    if len(lines) < 6:
        return None
    texts = [ln.text for ln in lines]
    open_lengths = sorted(compress(map(len, texts), map(not_, map(_ENDS_SENTENCE, map(str.rstrip, texts)))))  # ends_sentence,
    # told of every line in C loops, without a Python step per line
    if not open_lengths:
        return None
    percentile = open_lengths[int(0.9 * (len(open_lengths) - 1))]
    if percentile - 3 > MAX_WRAP:
        return None  # long lines: no width near them is a wrapped page's
    # The lines past the width and those close to it, counted by bisection in the sorted lengths rather than
    # by a comparison per line.
    lengths = sorted(map(len, texts))
    if (len(lengths) - bisect_right(lengths, percentile + _WIDEST_PAST + 5)) / len(lengths) > 0.1:
        return None  # too many lines run past the widest width that can explain the breaks: told before it is sought
    width = _explaining_width(lines, percentile)
    over = (len(lengths) - bisect_right(lengths, width + 5)) / len(lengths)
    near = (bisect_right(lengths, width) - bisect_left(lengths, 0.7 * width)) / len(lengths)
    return width if width <= MAX_WRAP and over <= 0.1 and near >= 0.25 else None


_WIDEST_PAST = 5  # columns past the percentile a page's width may be found at (``_explaining_width``)


def _explaining_width(lines: list, near: int) -> int:
    """Of the widths around ``near``, the one that best explains where the lines stopping mid-sentence broke: each
    reaches no further than it and the next line's first word would have taken it past it (a page wrapped at 72
    columns has few lines of exactly 72, so the percentile alone falls a column or two short)."""
    low, high = near - 3, near + _WIDEST_PAST
    starts = [0] * (high - low + 2)  # a line of n characters whose next line opens with a word of f explains n..n+f
    for line, following in pairwise(lines):
        n = len(line.text)  # a line longer than every width explains none: told before its words are read
        if n <= high and following.number == line.number + 1 and following.text.strip() and not line.text.rstrip().endswith(TERMINAL):
            first, last = max(n, low), min(n + len(following.text.split(maxsplit=1)[0]), high)
            if first <= last:
                starts[first - low] += 1
                starts[last - low + 1] -= 1
    explained = list(accumulate(starts))
    return low + max(range(high - low + 1), key=lambda i: (explained[i], -abs(low + i - near)))


def run_widths(lines: list) -> dict[int, int]:
    """For a page not wrapped as a whole, the width of each run of adjacent lines (no blank line between) whose
    lines are all of a wrapped page's length: a typed heading or paragraph inside a page of long lines. A run where a
    line before its last stops short of half the longest is a list, one item a line (a memorandum's participants: "Central
    African Republic" over "General André Kolingba, Chairman of the Military Committee ..." over "Foreign Minister
    ..."), no paragraph wrapped at a width: each of its lines before the last reaches close to it."""
    widths, run = {}, []
    for line in [*lines, None]:
        if run and (line is None or line.number != run[-1].number + 1):
            if len(run) >= 2 and WRAP_MIN <= (longest := max(len(ln.text) for ln in run)) <= MAX_WRAP \
                    and all(2 * len(ln.text) >= longest for ln in run[:-1]):  # a lone line is no run, nor a list
                widths.update((ln.number, longest) for ln in run)
            run = []
        if line is not None:
            run.append(line)
    return widths


def wrapped_onto(line, following, width: int | None) -> bool:
    """``following`` (the next line of the seed) holds the rest of ``line``: the page is wrapped at ``width`` and the
    next line's first word would not have fitted on ``line``."""
    if width is None or following is None or following.number != line.number + 1 or len(line.text) > width:
        return False
    first_word = following.text.split(maxsplit=1)[0] if following.text.strip() else ""
    return bool(first_word) and len(line.text) + 1 + len(first_word) > width


def starts_lowercase(text: str) -> bool:
    first = next(filter(str.isalpha, text), "")
    return first.islower()


# A line of page furniture a page break sets inside a paragraph: its number ("12", "- 3 -", "Page 3 of 7"), a
# classification or running head in capitals ("SECRET", "TOP SECRET - EYES ONLY", "THE HUNGARIAN CRISIS 87"): a
# short line without a small letter, or a page's number in words.
_PAGE_NUMBER = re.compile(r"(?i)[-–—\s]*page\s+\d{1,4}(?:\s+of\s+\d{1,4})?[-–—\s]*")
_FURNITURE_BLOCKS = 3  # no more lines than a running head, a classification and a page number between two halves


def join_broken_paragraphs(text: str, blocks: list[Block]) -> list[Block]:
    """Blocks with a paragraph a page break cut in two made whole again: a paragraph that stops mid-sentence ("...
    the Soviet side had") and, after no more than a page's furniture (a page number, a classification, a running
    head in capitals: ``_is_page_furniture``), one that goes on in small letters ("agreed to withdraw ...") are one
    paragraph, the furniture between them left out of its text (a cut), a word hyphenated across the break
    ("govern-" / "ment") joined. Only blocks whose text is their seed span's text are joined, so every passage
    keeps to the seed's characters."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        joined = _join_after(text, blocks, i) if _broken_off(block) else None
        if joined is None:
            out.append(block)
            i += 1
            continue
        blocks = [*blocks[:i], joined[0], *blocks[joined[1] + 1 :]]  # the whole paragraph may go on past another break
    return out


def _broken_off(block: Block) -> bool:
    """A paragraph of prose (eight words or more, not a dateline's or a heading's few, not in capitals) that stops
    mid-sentence."""
    text = block.text
    return block.passage_type == "paragraph" and not ends_sentence(text) and len(text.split(None, 8)) > 8 and text.upper() != text


def _join_after(text: str, blocks: list[Block], i: int) -> tuple[Block, int] | None:
    first = blocks[i]
    for j in range(i + 1, min(i + 2 + _FURNITURE_BLOCKS, len(blocks))):
        rest = blocks[j]
        if rest.passage_type == "paragraph" and rest.text[:1].islower() and rest.section_type == first.section_type:
            break
        if rest.start < first.end or not _is_page_furniture(rest.text):
            return None
    else:
        return None
    between = blocks[i + 1 : j]
    gap = text[first.end : rest.start]
    if not between:
        return None  # a blank line alone parts a head's lines ("of the 58th meeting ..." / "on 29 June 1954") as often as a paragraph
    if rest.start < first.end or len(gap) > 200 or not gap[:1].isspace() or any(not (first.end <= b.start and b.end <= rest.start) for b in between):
        return None
    if any(c.strip() for c in _outside(gap, [(b.start - first.end, b.end - first.end) for b in between])):
        return None  # text no block holds lies between them
    if kept_text(text, first.start, first.end, first.cuts) != first.text or kept_text(text, rest.start, rest.end, rest.cuts) != rest.text:
        return None
    hyphen = first.text.endswith("-") and first.text[-2:-1].isalpha()
    cut = (first.end - 1 if hyphen else first.end + 1, rest.start)
    cuts = [*first.cuts, cut, *rest.cuts]
    merged = Block(
        "paragraph", first.start, rest.end, kept_text(text, first.start, rest.end, cuts), section_type=first.section_type,
        language=first.language, book_page=first.book_page, footnote_numbers=[*first.footnote_numbers, *rest.footnote_numbers],
        aligned_to=first.aligned_to, cuts=cuts,
    )
    return merged, j


def _is_page_furniture(text: str) -> bool:
    return 0 < len(text) <= 60 and (text.upper() == text or _PAGE_NUMBER.fullmatch(text) is not None)


def _outside(gap: str, spans: list[tuple[int, int]]) -> list[str]:
    pieces, at = [], 0
    for s, e in sorted(spans):
        pieces.append(gap[at:s])
        at = max(at, e)
    pieces.append(gap[at:])
    return pieces
