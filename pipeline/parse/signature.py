"""A signature block that closes a document: the writer's office, his name, the day he signed.

Memoranda, notes and letters end with the writer's signature on lines of their own, after the last sentence and
before the edition's furniture (the archive's citation, the source note, the release stamp): "Зав. Отделом
скандинавских стран МИД СССР" / "В. Соболев" / "10 февраля 1962 г." / "АВП РФ. Ф. 0135. ..."; "Председатель ГКЭС" /
"С. СКАЧКОВ" / "21 мая 1964 г." / "№ 1205/с"; a FRUS memorandum's "S. Everett Gleason" above its source note; a CIA
memorandum's "JOHN A. BROSS" above the release line. The name signed is the writer (the sender, where the document
names none); a day on the line under the name (or under its office) is the day he signed, the document's own day when
the document had none or only a day its text tells of. A name is initials and a surname, or two to four capitalised
words of which one is an initial or all in capitals; the lines after it are all furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.normalize.dates import DateMention, iter_dates
from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, alternation, lexicon, words
from pipeline.normalize.names import canonical_name, lookup, signed_person
from pipeline.normalize.text import capitalised
from pipeline.parse.book_shape import calls_note, note_number
from pipeline.parse.headings import is_furniture_line
from pipeline.parse.model import (
    DATED_LINE_CHARS,
    INITIALLED_NAME,
    ParsedDocument,
    closes_letter,
    dated_line,
    ends_sentence,
    handling_kind,
    is_annotation_line,
    is_closing_label,
    is_dated_closing,
    issuer,
)
from pipeline.parse.source_note import (
    is_catalogue_mark_line,
    is_citation_line,
    is_source_note,
    names_a_source,
    published_line,
)

_LAST_BLOCKS = 6  # a signature block stands among the last lines: the office, the name, the day, the number, the citation
_INITIAL = re.compile(rf"^(?:(?:{alternation(words('transliterated_initials')) or '(?!)'}|[^\W\d_])\.-?){{1,3}}(?<!-)$")  # "В.", "С.А.", "A.",
# "Yu." (en.yaml transliterated_initials), and the French given names joined by a hyphen ("J.-P.")
# A title or degree the signer writes before his name with a full stop ("Ing. Jiří Kučera", "Dr. Hans Weber"): no part of
# the name (the titles of the language files).
_TITLE_BEFORE = re.compile(r"^(?:" + alternation([t for language in LANGUAGES for t in lexicon(language).get("titles") or []])
                           + r")\.\s+(?=[^\W\d_])")


def _without_title(text: str) -> str:
    """The name without the titles before it, a rank of two words too ("Lt. Col. M. Kříž": M. Kříž)."""
    while (bare := _TITLE_BEFORE.sub("", text, count=1)) != text:
        text = bare
    return text
_NUMBER_LINE = re.compile(r"^(?:№|No\.?)\s*\S+$")  # "№ 1205/с": the registry number under a signature
_CODE_LINE = re.compile(r"^\w{1,6}$", re.ASCII)  # "25X1": a release's excision code (in Latin letters: "外交部" is a body)
_DECIMAL = re.compile(r"\d")  # a decimal digit of any script: the characters str.isdecimal takes (Unicode's Nd), in one scan
_NOTE_LINE = re.compile(r"^\d{1,3}\s+\S")  # "1 Source: Eisenhower Library, ...": an edition's footnote


SIGNED_LABEL = r"(?:" + (alternation(words("signed_labels")) or "(?!)") + r")"  # "Signed", "Sgd." (en.yaml signed_labels)
# "Signed: Aurel Mălnășan, ambassador": the signer named after a label (``signed_labels`` in en.yaml), his office after
# a comma.
# A particle may stand between the name's words ("(a) Artur de Vasconcelos Lobo, Capitão-tenente"); the signer's own
# hand may be marked after the name instead ("Ing. Ferdinand Stöckl e.h.": eigenhändig, ``signed_after_marks``).
_SIGNED_NAME = (r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:(?:" + alternation(words("name_particles")) + r")\s+)?[A-Z][\w.'’-]*){1,3})")
# The one who signs for a firm or a body writes it before his labelled name on the same line ("For Bolton & Pye, agents
# for the Member: (sgd.) H. L. Pye"; ``signed_for_firm_openers``), and a form's signature may close on the day after his
# office ("Signed: A. Prichard, Team Leader, 18.2.74").
_SIGNING_FOR = r"(?:(?:" + (alternation(words("signed_for_firm_openers")) or "(?!)") + r")\s[^:\n]{1,80}:\s*)?"
_SIGNED_LINE = re.compile(
    _SIGNING_FOR + SIGNED_LABEL + r"\s*:?\s*" + _SIGNED_NAME + r"\s*(?:,\s*[^,]{1,60}){0,2}"
)
_SIGNED_AFTER = re.compile(
    r"(?:(?:" + alternation(words("titles")) + r")\.?\s+)?" + _SIGNED_NAME + r"\s+(?:" + (alternation(words("signed_after_marks")) or "(?!)") + r")"
)


# A signature's label alone on its line, the signer's name on the line under it ("(sgd.)" / "J. K. Ntahondi"), or the
# label of one who signs for a body, the body named before the colon ("Signed on behalf of the delegation:" / "J. MILNE";
# ``signed_for_labels`` in the language files).
_BARE_SIGNED_LABEL = re.compile(SIGNED_LABEL + r"\s*:?"
                                + r"|(?:" + (alternation(words("signed_for_labels")) or "(?!)") + r")\b[^:\n]{0,60}:", re.IGNORECASE)
# The writer's mark under his name that he submits his report to the officer who signs under it ("Detective Sergeant
# A. J. Foulkes" / "Submitted." / "Detective Inspector R. Bramley"; ``submitted_marks`` in the language files): the
# name over the mark is the report's writer.
_SUBMITTED_MARK = re.compile(r"(?:" + (alternation(words("submitted_marks")) or "(?!)") + r")\.?", re.IGNORECASE)


def name_after_rank(line: str, plain: bool = False) -> str | None:
    """The signed name that ends a line, a rank or a post before it ("Detective Sergeant A. J. Foulkes", "Army General
    Heinz Hoffmann"), else None: the longest run of its last words that is a name and opens with no title or rank."""
    tokens = line.strip(" :,").split()
    if len(tokens) > 6:
        return None
    initialled = next((" ".join(tokens[-n:]) for n in (4, 3, 2) if len(tokens) >= n
                       and all(re.fullmatch(r"[^\W\d_]\.", t) for t in tokens[-n:-1]) and is_signed_name(" ".join(tokens[-n:]))), None)
    return initialled or next((" ".join(tokens[-n:]) for n in (4, 3, 2) if len(tokens) >= n and tokens[-n][:1].isupper()
                 and tokens[-n].rstrip(".").casefold() not in _RANK_WORDS and is_signed_name(" ".join(tokens[-n:]), plain=plain)), None)


_RANK_WORDS = frozenset(w.casefold() for w in words("titles"))


def foot_signer(blocks: list) -> tuple[str, int] | None:
    """The signer a foot names under a bare signature label or over the mark that he submits the report, and his
    line, else None."""
    for index in range(len(blocks) - 1, max(0, len(blocks) - 1 - _LAST_BLOCKS), -1):
        text = blocks[index].text.strip()
        if _BARE_SIGNED_LABEL.fullmatch(blocks[index - 1].text.strip()) and is_signed_name(text, plain=True):
            return canonical_name(text), index  # "(sgd.)" / "J. K. Ntahondi" (/ his office, the registry's stamp)
        if _SUBMITTED_MARK.fullmatch(text) and (name := name_after_rank(blocks[index - 1].text.strip())) is not None:
            return canonical_name(name), index - 1  # "Detective Sergeant A. J. Foulkes" / "Submitted."
    return None


def signed_name(line: str) -> str | None:
    """The person a labelled signature line names ("Signed: Aurel Mălnășan, ambassador"), as the gazetteer knows him."""
    if len(line) >= 120:
        return None
    m = _SIGNED_LINE.fullmatch(line) or _SIGNED_AFTER.fullmatch(line)
    return canonical_name(m["name"]) if m else caseless_signed_name(line)


# A signature's label in a script without capitals, then the name, in brackets or not, up to the comma, the dash or the
# bracket that closes it ("امضا: اکبر نخجوانی — ۲۱/۹/۲۵", "हस्ताक्षर: हरबंस लाल, स्टेशन अफ़सर, 5.12.71", "دستخط: (ظفر اقبال
# قریشی)"; the supplements' signed_labels): the name is told by its words alone, no capital marks it.
_CASELESS_SIGNED = re.compile(r"^\s*(?:" + (alternation([w for language in SUPPLEMENTED for w in lexicon(language).get("signed_labels") or []
                                                           if not any(c.isupper() or c.islower() for c in w)]) or "(?!)")
                              + r")\s*[:：]\s*\(?(?P<name>[^\s\d,\u060c;:()\[\]—–-]+(?:\s[^\s\d,\u060c;:()\[\]—–-]+){0,3})\)?\s*(?:$|[,\u060c—–-]\s*\S)")
CASELESS_NAME_WORDS = 4


def caseless_signed_name(line: str) -> str | None:
    """The signer a labelled signature names in a script without capitals ("امضا: اکبر نخجوانی — ۲۱/۹/۲۵"): his name, its
    words of letters that have no case; else None."""
    m = _CASELESS_SIGNED.match(line)
    if m is None:
        return None
    name = m["name"].strip()
    letters_ = [c for c in name if c.isalpha()]
    return name if letters_ and not any(c.isupper() or c.islower() for c in letters_) and len(name.split()) <= CASELESS_NAME_WORDS else None


def foot_caseless_signer(doc: ParsedDocument) -> str | None:
    """The signer a labelled signature names, in a script without capitals, among the last lines of the page, under
    which its readers' and its registry's notes may stand ("امضا: ..." / "دیده شد. ...", "دستخط: (...)" / its office /
    "نقل: ..." / "موصول ہوا: ...")."""
    return next((name for block in reversed(doc.blocks[-_LAST_BLOCKS:]) if (name := caseless_signed_name(block.text.strip()))), None)


@dataclass
class Signature:
    name: str
    name_block: int
    office_block: int | None  # the line of the signer's office above the name
    date: DateMention | None
    date_block: int | None


def is_signed_name(text: str, plain: bool = False) -> bool:
    """Initials and a surname ("В. Соболев", "С. СКАЧКОВ"), or two to four capitalised words of which one is an
    initial or which are all in capitals ("S. Everett Gleason", "JOHN A. BROSS"); with ``plain``, also two or three
    capitalised words ("Marshall Green"), as an edition prints a memorandum's writer under it."""
    if len(text) > 40:  # told before the words are split: most lines asked are paragraphs
        return False
    text = _without_title(text)
    tokens = text.replace(".", ". ").replace(". -", ".-").split()  # ("J.-P. Tremblay": the hyphened initials one token)
    if not 2 <= len(tokens) <= 4:
        return False
    initials = [t for t in tokens if _INITIAL.match(t)]
    words = [t for t in tokens if not _INITIAL.match(t)]
    parts = [part for w in words for part in w.split("-")]  # "Ionescu-Vlad": a double surname's parts, each a word
    if not words or _INITIAL.match(tokens[-1]) or not all(w.isalpha() and w[0].isupper() for w in parts):
        return False
    if not all(w.isupper() or w[1:].islower() for w in parts):
        return False
    known = lookup(text)
    if known is not None and known.kind != "person":
        return False  # "ЦК КПСС": a body signs in capitals too, and is no name
    return bool(initials) or (len(words) >= 2 and all(w.isupper() for w in words)) or (plain and 2 <= len(words) <= 3)


def is_office_line(text: str) -> bool:
    """A signer's office alone on a line ("Ambassador", "Посол СССР в КНР"), as :func:`_is_office_under` tells it."""
    return _is_office_under(text)


def _is_office_under(text: str) -> bool:
    """A signer's office on the line under his name ("Ambassador", "Bulgarian Ambassador", "Chargé d'Affaires a.i.",
    "First Secretary of the Embassy", "Посол СССР в КНР"): a few words opening with a title of the language files, or
    with a state's adjective and such a title; no sentence, no figure."""
    office = _AD_INTERIM.sub("", text) if text.endswith(_AD_INTERIM_ENDS) else text  # "a.i." closes the line ("$": or its break)
    office = _BRACKETED_BRANCH.sub("", office) if office.endswith(")") else office  # "Assistant Deputy Director (Plans)"
    if len(office) > 60 or len(words := office.split()) > 6 or ends_sentence(office) or any(map(str.isdigit, office)):
        return False
    return _OFFICE_OPENING.match(office) is not None \
        or (len(words) > 1 and words[0][:1].isupper() and _OFFICE_OPENING.match(office, len(words[0]) + 1) is not None)


def _office_under_label(text: str) -> bool:
    """A line that may be the office under a labelled signature: short, capitalised, no sentence and no figure."""
    return len(text) <= _OFFICE_LINE_CHARS and text[:1].isupper() and not ends_sentence(text) and not any(map(str.isdigit, text))


# The branch an office serves in brackets closing it ("Assistant Deputy Director (Plans)", "Deputy Director
# (Intelligence)"): the office is the words before it.
_BRACKETED_BRANCH = re.compile(r"\s+\([^\W\d_][^()\d]{1,30}\)$")
_AD_INTERIM = re.compile(r"\s+a\.\s?i\.$", re.IGNORECASE)  # "Chargé d'Affaires a.i.": ad interim, no sentence's end
# The endings _AD_INTERIM may match ("i" ignoring case is also U+0130 and U+0131), told before it scans a line that
# ends a sentence: most paragraphs end with another letter before their full stop.
_AD_INTERIM_ENDS = tuple(f"{i}.{end}" for i in "iI\u0130\u0131" for end in ("", "\n"))
# The titles, the offices written after a state's adjective ("counsellor", "chargé") and the prefixes of a participant's
# office ("Deputy", "Assistant"), in every language file.
_OFFICE_OPENING = re.compile(r"(?:" + alternation([t for language in LANGUAGES for key in ("titles", "appositive_offices", "participant_name_prefixes", "signer_offices")
                                                   for t in lexicon(language).get(key) or []]) + r")\b", re.IGNORECASE)


# A surname alone on its line ("Trappen"), under the place and day the text was written at.
_SURNAME_ALONE = re.compile(r"^[^\W\d_][^\W\d_'’-]{2,19}$")
# A rank or a title before the surname alone, the officer signing his report under its last sentence ("Rear-Admiral
# Hesse", "Colonel Nowak"): the surname signs (the language files' titles, a hyphen or a space between their words).
_RANK_THEN_SURNAME = re.compile(r"^(?:" + "|".join(sorted((re.escape(t).replace(r"\ ", "[ -]").replace("\\-", "[ -]")
                                                            for language in LANGUAGES for t in lexicon(language).get("titles") or []),
                                                           key=len, reverse=True)) + r")\.?\s+(?P<surname>[^\W\d_][^\W\d_'’-]{2,19})$")
# The signer's office and his initialled name on one line ("Посол СССР в ЙАР Д. Солод", "Ambassador J. Vodička").
_OFFICE_THEN_NAME = re.compile(r"^(?P<office>\S.{1,70}?)\s+(?P<name>" + INITIALLED_NAME + ")$")


# A department or an office of a ministry or a party that signs a paper and dates it under its text ("Отдел стран Африки
# МИД СССР" over "8 января 1962 г."): a line naming one of the signing_bodies of the language files.
# A Han character stands next to a word of its own: "驻索马里使馆" names an embassy (no boundary in a script without spaces).
_SIGNING_BODY = re.compile(r"(?<![^\W\u3400-\u9fff])(?:" + alternation([w for language in LANGUAGES for w in lexicon(language).get("signing_bodies") or []])
                           + r")(?![^\W\u3400-\u9fff])")


def signing_body(text: str) -> bool:
    """A line naming a department ("Отдел стран Африки МИД СССР", "Far Eastern Department, Ministry of Foreign Affairs"):
    a word of signing_bodies in a short line that is no sentence and holds no figure."""
    return len(text) <= 80 and not ends_sentence(text) and not any(map(str.isdigit, text)) and _SIGNING_BODY.search(text) is not None


# The signer's office, his title or degree with its full stop, and his name in plain words ("Ambassador Dr. Karel
# Vrba"): the title marks where the name begins.
_OFFICE_TITLE_NAME = re.compile(r"^(?P<office>\S.{1,70}?)\s+(?:" + alternation([t for language in LANGUAGES for t in lexicon(language).get("titles") or []])
                                + r")\.\s+(?P<name>[^\W\d_][^\W\d_'’-]+(?:\s+[^\W\d_][^\W\d_'’-]+){1,2})$")


def office_then_name(text: str) -> str | None:
    """The plain name after the signer's office on one short line ("Ambassador Nguyen Dinh Phuong"): two or three
    capitalised words that are no office themselves ("Deputy Foreign Minister" is an office); None otherwise."""
    m = _OFFICE_OPENING.match(text) if len(text) <= 60 else None
    if m is None or m.end() >= len(text) or text[m.end()] != " ":
        return None
    rest = text[m.end():].strip()
    known = lookup(rest)
    return rest if is_signed_name(rest, plain=True) and not _is_office_under(rest) and (known is None or known.kind == "person") else None


# The signer's office and his name on one line, parted by a colon or a comma ("Ambassador: Georgi Petkov", "József
# Takács, ambassador", "Vladimír Koucký, Ambassador"), as an envoy signs the record of the talk he held under its last
# sentence.
_OFFICE_COLON_NAME = re.compile(r"^(?P<office>[^:,\d]{2,60}):\s*(?P<name>[^:,\d]{3,40})$")
_NAME_COMMA_OFFICE = re.compile(r"^(?P<name>[^:,\d]{3,40}),\s*(?P<office>[^:,\d]{2,60})$")


def office_with_name(text: str) -> str | None:
    """The name a short line gives with the signer's office before it after a colon ("Ambassador: Georgi Petkov") or
    after it behind a comma ("József Takács, ambassador"): a name of plain words that is no office, the office one of
    ``_is_office_under``; None for any other line (a typist's or a distribution line names no office: «Отпечатано 2
    экз.», "Verteiler: 1x Gen. Winzer")."""
    if len(text) > 90 or (m := _OFFICE_COLON_NAME.match(text) or _NAME_COMMA_OFFICE.match(text)) is None:
        return None
    name, office = m["name"].strip(), m["office"].strip()
    if not _is_office_under(office) or _is_office_under(name) or not is_signed_name(name, plain=True):
        return None
    known = lookup(name)
    return _without_title(name) if known is None or known.kind == "person" else None


def office_and_name(text: str) -> str | None:
    """The initialled name closing a line that opens with the signer's office (``_is_office_under``: "Ambassador J.
    Vodička", "AMBASSADOR A. SHUKOV"), or the name after the office and a title ("Ambassador Dr. Karel Vrba"); None
    otherwise."""
    if len(text) > 90:
        return None
    if (m := _OFFICE_THEN_NAME.match(text) or _OFFICE_TITLE_NAME.match(text)) is None \
            or not all(w[:1].isupper() for w in m["name"].split()[-1 if m.re is _OFFICE_THEN_NAME else 0:]):
        return None
    return m["name"] if _is_office_under(m["office"]) else None


_NUMBER_AFTER_DAY = re.compile(r"(?<=\d)\s+(?:№|No\.?)\s*\d[\w/-]*\s*$")


def _date_line(text: str, year: int | None) -> DateMention | None:
    """A line that is a day and nothing more ("10 февраля 1962 г.", "17 August 1961"). A date line is short
    (``DATED_LINE_CHARS``, as ``dated_line`` reads one): a closing paragraph is turned away before its days are read.
    The outgoing number after the day is no more ("21.09.79 № 312", a cable's foot under its signer)."""
    text = _NUMBER_AFTER_DAY.sub("", text)
    if len(text) > DATED_LINE_CHARS and len(text.strip(" .")) > DATED_LINE_CHARS:
        return None
    found = None
    for d in iter_dates(text, year):  # read as far as the answer needs: a long paragraph is turned away at its first day
        if d.precision not in ("day", "minute") or not d.year_written:
            continue
        if found is not None or len(text.strip(" .")) > len(d.text) + 3:
            return None  # a second day, or more than the day on the line
        found = d
    return found


_SIGNED_AT = re.compile(r"^(?:" + alternation(words("signed_at_joiners") or ["(?!)"]) + r")[^\W\d_]{1,8}$")
# The same place closing a line, read in its last characters (the longest joiner and eight letters): a line that does
# not close so cannot be a day and its place, and its days are not read for it (most lines of a page's foot are prose).
_SIGNED_AT_CLOSE = re.compile(r"(?:" + alternation(words("signed_at_joiners") or ["(?!)"]) + r")[^\W\d_]{1,8}$")
_SIGNED_AT_CHARS = max(map(len, words("signed_at_joiners")), default=0) + 8


def _document_day_line(text: str, doc: ParsedDocument) -> DateMention | None:
    """A line that is the document's own day and nothing more, its year left unwritten ("十一月二十一日" under
    "驻马里使馆", a cable of 21 November 1968): the day the signer signed, as a date line with its year is."""
    if doc.document_date is None or len(text) > DATED_LINE_CHARS:
        return None
    found = [d for d in iter_dates(text, doc.document_date.year) if d.precision == "day"]
    if len(found) != 1 or found[0].year_written or found[0].start_date != doc.document_date \
            or len(text.strip(" .。")) > len(found[0].text) + 1:
        return None
    return found[0]


def _placed_date_line(text: str, year: int | None) -> DateMention | None:
    """A line that is the place the paper was signed at and its day ("La Paz, 24.VIII.1971", "Fort-Lamy, 10 September
    1968", "一九六七年六月二十九日于北京"), under the signer's name: the day, its year written."""
    if _SIGNED_AT_CLOSE.search(text.rstrip()[-_SIGNED_AT_CHARS:]) \
            and (first := next(iter_dates(text, year), None)) is not None and first.start == 0 and first.year_written \
            and first.precision in ("day", "minute") and _SIGNED_AT.match(text[first.end:].strip()):
        return first  # "一九六七年六月二十九日于北京": the day, then where it was signed
    if "," not in text or not text[:1].isupper():
        return None
    mention = dated_line(text, year)
    return mention if mention is not None and mention.year_written and mention.precision in ("day", "minute") else None


def _furniture(doc: ParsedDocument, index: int, known: dict[int, bool]) -> bool:
    """``_is_furniture``, its answers kept in ``known`` over one reading of a document's foot, which asks it of the same
    closing lines up to three times (how far the furniture reaches, then each line read, then under a closing formula)."""
    found = known.get(index)
    if found is None:
        found = known[index] = _is_furniture(doc, index)
    return found


DISTRIBUTION_ITEMS = 12  # the departments or posts a cable's distribution list names, one a line
DISTRIBUTION_ITEM_CHARS = 40


def _in_distribution_list(doc: ParsedDocument, index: int) -> bool:
    """A line of a distribution list under its label alone ("DISTRIBUTION:" / "MED" / "NENAD" / "DEFENCE D" / "PUSD"):
    a department the cable went to, never its signer."""
    for j in range(index - 1, max(-1, index - DISTRIBUTION_ITEMS - 1), -1):
        text = doc.blocks[j].text.strip()
        if _DISTRIBUTION_LINE.match(text) or _DISTRIBUTION_ALONE.match(text):
            return text.endswith((":", "-")) or _DISTRIBUTION_ALONE.match(text) is not None  # "DISTRIBUTION" alone on its
            # line, no colon, over the departments it names
        if len(text) > DISTRIBUTION_ITEM_CHARS:
            return False
    return False


def _is_furniture(doc: ParsedDocument, index: int) -> bool:
    block = doc.blocks[index]
    text = block.text.strip()
    return (
        block.section_type in ("header", "trailer") and block.passage_type in ("stamp", "trailer", "header")
        or bool(_NUMBER_LINE.match(text) or _CODE_LINE.match(text) and not (_sent_by_wire(doc) and _wire_surname(text))
                and not (index > 0 and closes_letter(doc.blocks[index - 1].text)))  # ("Your sincere friend," / "Saud": the signer)
        or bool((_NOTE_LINE.match(text) or text.startswith("[")) and names_a_source(text[:30]))  # "[Source: Archive of ...]"
        or is_citation_line(text)
        or _called_note(doc, index)  # "1 See No. 24, note 3. ..." under "... without concession.1": the editors' note
        or receipt_stamp(text) or endorsement(text)  # "Eingelangt BMI 9. FEB. 1982", "Visto. Lourenço Marques, ...":
        # the registry's stamp of receipt, a superior's visa
        or office_use_box(text)  # "MANAGERS' USE: Recd. 11 JAN 1972 · ...": the receiving office's box of a form
        or reader_mark(text)  # "Seen. P.N.H. 12/8", "P.M. / F.M. / Shri P. N. Haksar": a reader's minute, the routing
        or is_catalogue_mark_line(text)  # 'Citation: "Memorandum for the Record, ..." ..., LBJ Presidential Library.'
        or (text[:1].isupper() and is_source_note(text))  # "Source: Eisenhower Library, ...": a FRUS note left unnumbered
        or handling_kind(text, HANDLING_LINE_CHARS) is not None  # "Deciphered 10.8.67, 18.40 hrs. by ...":
        or bool(_DISTRIBUTION_LINE.match(text))  # a cable's handling and distribution lines under its signature
        or _in_distribution_list(doc, index)  # "DISTRIBUTION:" / "MED" / "NENAD" / "PUSD": the departments it went to
        or bool(_CLEARANCE_LINE.match(text))  # "Drafted: ARA:JCDreier:mh 4/30/65", "Cleared: ...": its drafting and clearance
        or bool(_DRAFTING_SYMBOLS.match(text))  # "NEA:SOA:BBMatthews:rf  4/14/55": the offices' symbols and the drafter's
        or is_closing_label(text)  # "Enclosure 1, Despatch 312, Kabul: ...", "Copies: ...": the paper's apparatus
        or published_line(text)  # "Опубликовано: СССР и Африка. ...": where the edition printed it before
        or is_annotation_line(text)  # "[Handwritten:] To be circulated ... K. Chernenko. 19.I.79": a mark on the paper
        or is_furniture_line(text)  # "Download: English Translation (PDF)": the site's line under the paper
        or release_stamp_line([b.text for b in doc.blocks[max(0, index - _STAMP_LINES):index + 1]])  # "DECLASSIFIED" /
        # "Authority NLJ 96-212" / "By cbm, NARA, Date 3-11-97": the archive's stamp typed over lines of its own
    )


def _called_note(doc: ParsedDocument, index: int) -> bool:
    """An editors' note at the foot, under the signature, whose number the text above calls ("... without concession.1" /
    ... / "CURTIS KEEBLE" / "1 See No. 24, note 3. The text was broadcast ..."): the edition's, not the writer's."""
    n = note_number(doc.blocks[index].text.strip())
    return n is not None and any(calls_note(b.text, n) for b in doc.blocks[:index] if b.section_type != "header")


# The words that open a reader's minute (``reader_minute_openers``: "Seen", "Noted", "Entered in") and the day he wrote
# beside it ("12/3", "22.9", "30/10/71"), shared by the minutes' forms below.
MINUTE_OPENERS = alternation(words("reader_minute_openers")) or "(?!)"
_MINUTE_DAY = r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?"
_READER_MINUTE = re.compile(rf"^(?:{MINUTE_OPENERS})\.?\s+(?:[A-Z]\.\s?){{1,4}}\s*{_MINUTE_DAY}\.?$")
# A reader's minute of a sentence, signed with his initialled name, his grade's initials and the day ("Seen and forwarded to
# Investigation Division. A. Crane, S.E.O. 12/3"): the reader's, under the paper's own signature.
_SIGNED_MINUTE = re.compile(rf"^(?:{MINUTE_OPENERS})\b[^\n]{{0,120}}?\.\s+(?:[A-Z]\.\s?){{1,3}}[A-Z][a-z'’-]+"
                            rf"(?:,\s*(?:[A-Z]\.){{1,4}})?\s+{_MINUTE_DAY}\.?$")
# A clerk's minute initialled beside its day, a dash between ("Entered in dues ledger 22/9 — A.W.", "Copy of para. 3 to
# D.R.B. and R.C.A.F. — Y.O.F. 7/8").
_INITIALLED_MINUTE = re.compile(rf"^(?:{MINUTE_OPENERS})\b[^\n]{{0,120}}?\s(?:{_MINUTE_DAY}\s*[\u2014\u2013-]\s*(?:[A-Z]\.){{1,4}}"
                                rf"|[\u2014\u2013-]\s*(?:[A-Z]\.){{1,4}}\s+{_MINUTE_DAY})$")
# A reader's minute that names the reader by his office after a dash and closes on the day ("Seen — Superintendent, Q.M.
# Service, 30/10"): the reader's, under the paper's own signature.
_OFFICE_MINUTE = re.compile(rf"^(?:{MINUTE_OPENERS})\.?\s+[—–-]\s+[^\n]{{1,80}}?,?\s+{_MINUTE_DAY}\.?$")
# A reader's minute in a script without capitals, its opening word then a stop, a dash or a colon, then his office and the
# day ("دیده شد. رئیس اداره تبلیغات آذربایجان — ۲۳ آذر", "देखा — मुख्य अग्निशमन अधिकारी, 6.12.71"; the supplements'
# reader_minute_openers of letters that have no case, as _CASELESS_SIGNED reads their signed_labels).
_CASELESS_MINUTE = re.compile(r"^(?:" + (alternation([w for language in SUPPLEMENTED for w in lexicon(language).get("reader_minute_openers") or []
                                                      if not any(c.isupper() or c.islower() for c in w)])
                                         or "(?!)") + r")\s*[.:—–-]\s*\S[^\n]{0,100}$")
# The writer's initialled name, his grade's initials and the day he signed, on one line under his paper's last paragraph
# ("D. J. Marsh, P.O.   12.3.82"): the signer.
_NAME_GRADE_DAY = re.compile(r"^(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?),\s*(?:[A-Z]\.){1,4}\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}\.?$")
ROUTING_PART_CHARS = 25  # an office's initials or a reader's name between the strokes of a routing line


_RECEIPT_STAMP = re.compile(rf"^(?:{alternation(words('receipt_stamp_words')) or '(?!)'})(?=\s)", re.IGNORECASE)
_CAPITALS_WORD = re.compile(r"\b[^\W\d_]{3,}\b")
RECEIPT_STAMP_CHARS = 80  # the word, the office's initials or name, the day (and a copy's: "Dada cópia ... em 18.3.71.")
_ENDORSEMENT = re.compile(rf"^(?:{alternation(words('endorsement_openers')) or '(?!)'})\.\s")
ENDORSEMENT_CHARS = 120  # the word, the place and day, the office of the one who saw it


# The box of a form kept for the office that receives it, its label opening the line ("MANAGERS' USE: Recd. 11 JAN 1972
# · Acknowledged 12.1.72 · ...", "FOR OFFICE USE: ..."; ``office_use_labels``): the receiving office's marks, under the
# signature, never the signer.
_OFFICE_USE = re.compile(rf"^(?:{alternation(words('office_use_labels')) or '(?!)'})\s*:", re.IGNORECASE)


def office_use_box(text: str) -> bool:
    return _OFFICE_USE.match(text.strip()) is not None


def receipt_stamp(text: str) -> bool:
    """A registry's stamp of receipt at the foot of the paper ("Received NRL Christchurch 6 AUG 1973", "Eingelangt BMI
    9. FEB. 1982"): the word, a few words, and the day closing the line."""
    text = text.strip()
    if len(text) > RECEIPT_STAMP_CHARS or not _RECEIPT_STAMP.match(text):
        return False
    days = list(iter_dates(_CAPITALS_WORD.sub(lambda m: m[0].title() if m[0].isupper() else m[0], text)))  # "6 AUG 1973": the stamp's month in capitals
    return bool(days) and len(text.rstrip(". ")) - days[-1].end <= 2


def endorsement(text: str) -> bool:
    """A superior's visa under the signature ("Visto. Lourenço Marques, 20-IV-66. O Chefe do Departamento Marítimo.")."""
    text = text.strip()
    return len(text) <= ENDORSEMENT_CHARS and _ENDORSEMENT.match(text) is not None


def reader_mark(text: str) -> bool:
    """A reader's minute under a paper ("Seen. P.N.H. 12/8"), a clerk's entry or copy initialled beside its day
    ("Entered in dues ledger 22/9 — A.W.", "Copy of para. 3 to D.R.B. — Y.O.F. 7/8"), or the routing line that marks it
    to its readers ("P.M. / F.M. / Shri P. N. Haksar"): two parts or more parted by strokes, each short, the first an
    office's initials."""
    text = text.strip()
    if (_READER_MINUTE.match(text) or _SIGNED_MINUTE.match(text) or _INITIALLED_MINUTE.match(text) or _OFFICE_MINUTE.match(text)
            or _CASELESS_MINUTE.match(text)):
        return True
    parts = [p.strip() for p in text.split(" / ")]
    return len(parts) >= 2 and all(0 < len(p) <= ROUTING_PART_CHARS for p in parts) and re.fullmatch(r"(?:[A-Z]\.){1,4}", parts[0]) is not None


_STAMP_HEADS = frozenset(w.casefold() for w in words("release_stamp_heads"))
_OFFICE_LINE_CHARS = 60  # an office's first line over the line that ends it with the name
_STAMP_LINES = 2  # the stamp's lines under its head: the authority, then the reviewer and the day
_STAMP_LINE_CHARS = 60


def release_stamp_line(lines: list[str]) -> bool:
    """The last of ``lines`` is a line of a release stamp typed over lines of its own (en.yaml release_stamp_heads): the
    stamp's head alone on its line, or a short line with a number under it within the stamp's lines."""
    text = lines[-1].strip()
    if text.casefold() in _STAMP_HEADS:
        return True
    return len(text) <= _STAMP_LINE_CHARS and any(map(str.isdigit, text)) and not ends_sentence(text) \
        and any(line.strip().casefold() in _STAMP_HEADS for line in lines[:-1])


HANDLING_LINE_CHARS = 200  # the handling lines under a signature, each act on a line or all of them in one sentence
_DISTRIBUTION_LINE = re.compile(rf"^(?:{alternation(words('distribution_labels')) or '(?!)'})\s*[:\-]", re.IGNORECASE)
_DISTRIBUTION_ALONE = re.compile(rf"^(?:{alternation(words('distribution_labels')) or '(?!)'})\s*:?$", re.IGNORECASE)
_CLEARANCE_LINE = re.compile(rf"^(?:{alternation(words('clearance_labels')) or '(?!)'})\s*:", re.IGNORECASE)  # "Drafted: ARA:JCDreier"


# A despatch's drafting line with no label, the offices' symbols, the drafter's name and the typist's initials parted by
# colons, then the day ("NEA:SOA:BBMatthews:rf  4/14/55"), as under a labelled "Drafted:" (_CLEARANCE_LINE).
_DRAFTING_SYMBOLS = re.compile(r"^[A-Z]{2,6}(?::[A-Za-z/.-]{1,24}){2,5}(?:\s+\d{1,2}/\d{1,2}/\d{2,4})?$")
_WIRES = frozenset({"telegram", "ciphered telegram", "cable"})
# The words a foot may stand in capitals that sign nothing: a classification ("SECRET", "СЕКРЕТНО"), a copy mark, the
# wire's own words ("END": en.yaml wire_parties' not_signers).
_MARK_WORDS = frozenset(w.upper() for language in LANGUAGES for w in lexicon(language).get("registration_marks") or []) \
    | frozenset(w.upper() for w in (lexicon("en").get("wire_parties") or {}).get("not_signers") or [])


def _wire_surname(text: str) -> bool:
    """A surname alone on its line in capitals, as a head of post signs a ciphered telegram under its text ("ИВАНОВ",
    "GRADY"): one word of letters, not a classification mark, not a body or place the gazetteer knows."""
    if not (3 <= len(text) <= 20 and text.isupper() and text.isalpha()) or text in _MARK_WORDS:
        return False
    known = lookup(text)
    return known is None or known.kind == "person"


_WIRE_NAME_WORD = re.compile(r"^(?:[A-Z]\.|[^\W\d_]{2,20})$")
WIRE_NAME_WORDS = 4  # a given name, an initial or two and the surname


def _wire_name(text: str) -> bool:
    """A signer's whole name in capitals on its line under a wire ("FRANKLIN H. WILLIAMS", "DEAN RUSK"): two to four
    words of letters or initials, the last a word, none a classification mark, nothing the gazetteer knows as other
    than a person."""
    parts = text.split()
    if not (2 <= len(parts) <= WIRE_NAME_WORDS and text.isupper() and all(_WIRE_NAME_WORD.match(p) for p in parts)) \
            or len(parts[-1]) < 3 or parts[-1].endswith(".") or any(p in _MARK_WORDS for p in parts) or text in _MARK_WORDS:
        return False
    known = lookup(text.title())
    return known is None or known.kind == "person"


def _sent_by_wire(doc: ParsedDocument) -> bool:
    """A wire, or a message its mission sends ("FROM: Amembassy DAKAR" over an airgram), which the head of post signs by
    his name in capitals under the text."""
    return doc.document_type in _WIRES or len(doc.sender_names) == 1 and _MISSION.search(doc.sender_names[0]) is not None


_PARTICLES = frozenset(w.casefold() for w in words("name_particles"))


def _surname_signs(doc: ParsedDocument, index: int) -> bool:
    """A surname alone on its line under the text's last sentence, as an envoy signs his cable or his note ("Fijałkowski",
    "WENDLER"): one capitalised word, no mark or closing word, no office, nothing the gazetteer knows as other than a
    person; never the secretary of minutes, who keeps them for the body."""
    text = doc.blocks[index].text.strip()
    particle, _, rest = text.partition(" ")
    if rest and particle.casefold() in _PARTICLES and particle[:1].isupper():
        text = rest  # "Van Lynden": a surname with its particle, as a Dutch envoy signs
    if index == 0 or doc.document_type == "minutes" or not _SURNAME_ALONE.match(text) or not _closes_text(doc.blocks[index - 1].text):
        return False
    if not (text[:1].isupper() and text[1:].islower()) or text.upper() in _MARK_WORDS or _is_office_under(text):
        return False  # (a surname in capitals signs a wire only: _wire_surname)
    known = lookup(text)
    return known is None or known.kind == "person"


_SENTENCE_CHARS = 16  # the text's last sentence over a signature, not a bracketed name or an office ("(J. B. Ure)")


def _closes_text(text: str) -> bool:
    """The last sentence of the text, over the line that signs it: a sentence, not a signature's own short line."""
    text = text.strip()
    return len(text) >= _SENTENCE_CHARS and ends_sentence(text) and not text.startswith(("(", "（", "["))


def _edition_note(text: str) -> bool:
    """The edition's note under a text: the archive's citation or the source note ("Source: National Archives, RG 59,
    ...", "1 Source: Kennedy Library, ..."), not a site's bare label ("Source")."""
    return is_citation_line(text) or is_source_note(text) or bool(_NOTE_LINE.match(text) and names_a_source(text[:30]))


# A line that names a body and nothing else: no label, no list, no brackets of a citation ("Recorded by: X, Ministry of
# Foreign Affairs", "（据《周恩来年谱》……）").
_NOT_A_BODY = re.compile(r"[:：,，(（《\[【]")


def _body_alone(text: str) -> bool:
    """A mission or a ministry signing by its name alone on its line ("驻塞舌尔使馆", "Embassy of the USSR in Ghana")."""
    return signing_body(text) and _NOT_A_BODY.search(text) is None


# The day a signer signed in figures (its month in Roman figures or Arabic), then his name, on one line at the
# foot ("26.II.86  В. ШАБАЛИН"): the name signs on that day.
_DAY_GAP_NAME = re.compile(r"^(?P<day>\d{1,2}\.(?:[IVXivx]{1,4}|\d{1,2})\.(?:\d{2}|\d{4}))\.?\s+(?P<name>\S.{2,40})$")
# A signer's initials and surname typed in capitals on a line of their own ("M. K. O. SIMPSON-ORLEBAR", "J. R. DUNN").
_INITIALLED_CAPITALS = re.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?$")


# The signer an edition supplies in square brackets, his name or his initials before the surname the copy bears
# ("[Allardt]", "[C.S.A.] RITCHIE").
_SUPPLIED_SIGNER = re.compile(r"^\[(?P<name>[^\W\d_][^\[\]\d]{1,40})\](?:\s+(?P<surname>[A-Z][A-Z'’-]{2,30}))?$")
_SUPPLIED_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,4}$")


def _edition_signer(text: str) -> str | None:
    """The signer's name an edition prints in square brackets under the text ("[Allardt]"; "[C.S.A.] RITCHIE": the
    initials supplied before the surname typed in capitals): the name, else None (a bracketed mark, "[Translation]",
    "[Signature]", is none)."""
    m = _SUPPLIED_SIGNER.match(text.strip())
    if m is None or is_annotation_line(text):
        return None
    name, surname = m["name"].strip(), m["surname"]
    if surname is not None:
        return f"{name} {surname.title()}" if _SUPPLIED_INITIALS.match(name) and surname not in _MARK_WORDS else None
    if not (is_signed_name(name, plain=True) or _SURNAME_ALONE.match(name)) or name.upper() in _MARK_WORDS or any(w.upper() in _MARK_WORDS for w in name.split()):
        return None
    known = lookup(name)
    return name if known is None or known.kind == "person" else None


def _capitalised_surname(name: str) -> str:
    """A name in capitals as written in lower case but its capitals ("M. K. O. SIMPSON-ORLEBAR": "M. K. O. Simpson-Orlebar")."""
    return re.sub(r"[A-Z][A-Z'’]+", lambda m: m[0][0] + m[0][1:].lower(), name)


def _unbracketed(text: str) -> str:
    """A signer's name typed in brackets under the text ("(T. N. Kaul)"), without them."""
    text = text.strip()
    return text[1:-1].strip() if text.startswith("(") and text.endswith(")") and "(" not in text[1:-1] else text


# The records of a talk or a meeting, whose recorder types his name in brackets over his office and signs nothing
_RECORDS = frozenset({"record_of_conversation", "minutes"})


def read_signature(doc: ParsedDocument) -> Signature | None:
    """The signature block closing the document, if any (see the module's doc)."""
    blocks = doc.blocks
    year = doc.document_date.year if doc.document_date else None
    date = date_block = None
    under = len(blocks)  # the first line after the signature's lines read so far: an office under the name stands last
    office_at = None  # the office's line under the name, where one stands there
    known: dict[int, bool] = {}  # each foot line's furniture, told once for the three readings of the foot below
    below = next((k for k in range(len(blocks)) if not _furniture(doc, len(blocks) - 1 - k, known)), len(blocks))
    if (found := foot_signer(blocks)) is not None:
        return Signature(found[0], found[1], None, None, None)  # "(sgd.)" / "J. K. Ntahondi", "A. J. Foulkes" / "Submitted."
    for index in range(len(blocks) - 1, max(-1, len(blocks) - 1 - _LAST_BLOCKS - below), -1):  # the foot's furniture aside
        text = blocks[index].text.strip()
        if _furniture(doc, index, known):
            under = index if under == index + 1 else under
            continue
        if index > 0 and _DECIMAL.search(text) and (labelled := signed_name(text)) is not None:
            day = date or next((d for d in iter_dates(text, year) if d.precision in ("day", "minute")), None)
            return Signature(labelled, index, None, day, date_block if date else index if day else None)  # "Signed: A.
            # Prichard, Team Leader, 18.2.74", "Signed: R. F. Aylmer, Q.M.   Date: 29.X.62": a form's signature and the
            # day he signed on one line, read before the line is taken for a date line
        if index > 0 and (dated := _DAY_GAP_NAME.match(text)) is not None and is_signed_name(dated["name"]) \
                and (day := next((d for d in iter_dates(dated["day"], year) if d.precision in ("day", "minute")), None)) is not None:
            return Signature(dated["name"], index, None, day, index)  # "26.II.86  В. ШАБАЛИН": the day he signed and his
            # name on one line (the gap closed in the block), as a name and its day are set ("D. J. Marsh, P.O.   12.3.82")
        if date is None and (mention := _date_line(text, year) or _placed_date_line(text, year) or _document_day_line(text, doc)):
            # (a record of a conversation signed by the envoy who held it and wrote it, "Ambassador" / his name / "Lusaka,
            # 16.1.1973", is his report: he is its sender, as he is of a record he signs with no place)
            date, date_block = mention, index
            under = index if under == index + 1 and doc.document_type == "minutes" else under  # "P G Millen" / "Secretary of
            # the Cabinet" / "15 July 1985": minutes signed by their secretary, his office and the day under his name
            continue
        if index > 0 and index + 1 in (under, date_block) and _closes_text(blocks[index - 1].text) \
                and (supplied := _edition_signer(text)) is not None:
            return Signature(supplied, index, None, date, date_block)  # "... erneut aufsuchen." / "[Allardt]", "[C.S.A.] RITCHIE":
            # the signer's name an edition supplies in square brackets where the copy it prints bears none
        if (labelled := signed_name(text)) is not None and index > 0:
            return Signature(labelled, index, None, date, date_block)  # "Signed: Aurel Mălnășan, ambassador"
        if index > 0 and index + 1 in (under, date_block) and _closes_text(blocks[index - 1].text) \
                and (named := office_with_name(text)) is not None:
            return Signature(named, index, None, date, date_block)  # "... to my government." / "Ambassador: Georgi Petkov"
            # (/ "Fort-Lamy, 10 September 1968"), "... to the Ministry." / "József Takács, ambassador": the envoy signs
        if index > 1 and index + 1 in (under, date_block) and _is_office_under(text) and (is_signed_name(_unbracketed(blocks[index - 1].text), plain=True)
                                                                         or _surname_signs(doc, index - 1)
                                                                         or signed_name(blocks[index - 1].text.strip()) is not None):
            under = office_at = index
            continue  # "V. Kašpar" / "Ambassador", "Ferenc Bartha" / "ambassador": the office the signer signs as, on the line
            # under his name (which vouches for a name of plain words), or under his labelled signature ("(Sd.) Harishwar
            # Dayal" / "Ambassador")
        if index > 2 and index + 1 in (under, date_block) and _is_office_under(text) and _is_office_under(blocks[index - 1].text.strip()) \
                and is_signed_name(blocks[index - 2].text.strip()):
            under = index
            continue  # "R. G. ASHDOWN-PRYCE" / "Lt Col" / "Military Attaché": the signer's rank, then his post, under his name
        if index > 2 and index + 1 in (under, date_block) and _office_under_label(text) and _office_under_label(blocks[index - 1].text.strip()) \
                and signed_name(blocks[index - 2].text.strip()) is not None:
            under = index
            continue  # "(get.) W. A. Pretorius" / "Luitenant" / "BEVELVOERDER: GRENSPOS RUACANA": the signer's rank, then
            # his post, under his labelled signature
        if index > 1 and index + 1 in (under, date_block) and _office_under_label(text) \
                and signed_name(blocks[index - 1].text.strip()) is not None:
            under = office_at = index
            continue  # "(Signed) Paul J. F. LUSAKA" / "Permanent Representative of Zambia to the United Nations": the label
            # vouches for the line under the name as his office, however many words it runs to
        if index > 1 and index + 1 in (under, date_block) and doc.document_type in _WIRES and _mission_line(text) \
                and _wire_surname(blocks[index - 1].text.strip()) and ends_sentence(blocks[index - 2].text):
            under = index
            continue  # "TIKANVAARA" / "Embassy of Finland, Tehran", "HARTONO" / "Embassy of the Republic of Indonesia,
            # Canberra": the envoy's surname signs the wire, his mission's name and seat under it
        if date is not None and date_block == index + 1 and signing_body(text):
            return Signature(text, index, None, date, date_block)  # "Отдел стран Африки МИД СССР" / "8 января 1962 г."
        if index > 0 and (signed := office_and_name(text)) is not None:
            return Signature(signed, index, None, date, date_block)  # "Посол СССР в ЙАР Д. Солод": office and name on one line
        if index > 1 and len(above := blocks[index - 1].text.strip()) <= _OFFICE_LINE_CHARS and not ends_sentence(above) \
                and (signed := office_and_name(f"{above} {text}")) is not None:
            return Signature(signed, index, index - 1, date, date_block)  # "Председатель Комитета" / "госбезопасности
            # В. Семичастный": the office broken over two lines, the name set at the end of the second
        if index > 1 and _SURNAME_ALONE.match(text) and is_dated_closing(blocks[index - 1].text) and lookup(text) is None:
            above = next((d for d in iter_dates(blocks[index - 1].text, year) if d.precision in ("day", "minute")), None)
            return Signature(text, index, None, date or above, date_block if date else index - 1)  # "Berlin, 24 May 1980" /
            # "Trappen": the surname signs, on the day of the line above
        if index + 1 == under and index > 0 and (graded := _NAME_GRADE_DAY.match(text)) and _closes_text(blocks[index - 1].text):
            return Signature(graded["name"], index, None, date, date_block)  # "... on 16 March." / "D. J. Marsh, P.O.
            # 12.3.82": the writer's name, his grade and the day he signed
        if index + 1 in (under, office_at, date_block) and index > 0 and (ranked := _RANK_THEN_SURNAME.match(text)) \
                and ranked["surname"][1:].islower() and _closes_text(blocks[index - 1].text) and doc.document_type != "minutes" \
                and (lookup(ranked["surname"]) is None or lookup(ranked["surname"]).kind == "person"):
            return Signature(ranked["surname"], index, office_at, date, date_block)  # "... in the eastern Baltic." /
            # "Rear-Admiral Hesse" / "Distribution: ...": the officer signs by his rank and surname
        if index + 1 in (under, office_at, date_block) and _surname_signs(doc, index):
            return Signature(text.title() if text.isupper() else text, index, office_at, date, date_block)  # "... a change in the
            # government should be expected." /
            # "Fijałkowski" (/ "Ambassador"): the writer signs by his surname under the last sentence
        if under == index + 1 and index > 0 and _body_alone(text) and _closes_text(blocks[index - 1].text):
            return Signature(text, index, None, date, date_block)  # "……勒内将于下周访问达累斯萨拉姆。" / "驻塞舌尔使馆": the mission
            # signs its report by its name alone under the text
        if index > 0 and _sent_by_wire(doc) and (_wire_surname(text) or _wire_name(text)) and ends_sentence(blocks[index - 1].text):
            return Signature(text.title() if _wire_surname(text) else text, index, None, date, date_block)  # (a whole name as typed)  # "... работу." / "ИВАНОВ": the envoy signs his cable
            # (an airgram its mission sends, "FROM: Amembassy ACCRA", signed "FRANKLIN H. WILLIAMS" over its drafting lines)
        if index > 0 and date is not None and date_block == index + 1 and doc.document_type not in _WIRES \
                and _INITIALLED_CAPITALS.match(text):
            return Signature(_capitalised_surname(text), index, None, date, date_block)  # "M. K. O. SMITH-JONES" / "10
            # June 1977": a record's writer typing his initials and surname in capitals over the day he signed (a wire keeps
            # its signer as typed)
        if index > 0 and index == len(blocks) - 1 - below and ends_sentence(blocks[index - 1].text) \
                and (named := office_then_name(text)) is not None:
            return Signature(named, index, None, date, date_block)  # "... of this conversation." / "Ambassador Nguyen Dinh
            # Phuong": the envoy signs under the last sentence with his office before his name
        plain = doc.parser.startswith("frus") and index == len(blocks) - 1 or office_at == index + 1 \
            or 0 < below == len(blocks) - 1 - index and index > 0 and ends_sentence(blocks[index - 1].text) \
            and (_edition_note(blocks[index + 1].text.strip()) or release_stamp_line([blocks[index + 1].text]))  # the
        # archive's stamp under the name ("Bromley Smith" / "DECLASSIFIED" / "Authority NLJ 96-212"), as an edition's note
        plain = plain \
            or index > 0 and _is_office_under(blocks[index - 1].text.strip())  # (an office under it, or over it: "Chargé
        # d'Affaires a.i." / "Zbigniew Kowalczyk", an embassy's information signed by its head)
        if office_at == index + 1 and (date_block == index + 2 or doc.document_type not in _RECORDS) and text != _unbracketed(text):
            text = _unbracketed(text)  # "(T. N. Kaul)" / "Foreign Secretary" / "11.8.1971": the name typed in brackets over
            # his office and the day he signed, a note dated at its foot (a recorder's "(R. Sen)" / "Joint Secretary (EE)"
            # under a record of talks, with no day, signs nothing)
        if not is_signed_name(text, plain=plain) or index == 0:
            return _under_closing_formula(doc, year, known)
        previous = blocks[index - 1].text.strip()
        office = None
        if not ends_sentence(previous) and len(previous) <= 80 and previous[:1].isupper() and not is_signed_name(previous):
            office = index - 1
        if office is not None and date is None and (mention := _date_line(previous, year)):
            return None
        return Signature(_without_title(text), index, office, date, date_block)
    return None


def _under_closing_formula(doc: ParsedDocument, year: int | None, known: dict[int, bool] | None = None) -> Signature | None:
    """A letter signed by the name on the line under its closing formula ("With fraternal greetings," / "Ahmed Ben
    Bella"), his office written out under it, then the place and day it was signed ("Algiers, 20 October 1963") and the
    archive's citation: the shape of the foot, whatever the words of the office. None for any other foot."""
    blocks = doc.blocks
    if (over_address := _over_foot_address(doc, known)) is not None:
        return over_address
    date = date_block = None
    for index in range(len(blocks) - 1, max(0, len(blocks) - 1 - _LAST_BLOCKS), -1):
        text = blocks[index].text.strip()
        if closes_letter(blocks[index - 1].text) and (_name_alone(text) or _one_name(text)):
            return Signature(text, index, None, date, date_block)  # ("Your sincere friend," / "Saud": a king signs by his name)
        if _furniture(doc, index, {} if known is None else known):
            continue
        if date is None and (mention := dated_line(text, year)) is not None and mention.year_written:
            date, date_block = mention, index
            continue
        if not (index > 1 and _office_written_out(text) and closes_letter(blocks[index - 2].text)):
            return None  # a line of the text: no signature under a formula below it
    return None


def _over_foot_address(doc: ParsedDocument, known: dict[int, bool] | None) -> Signature | None:
    """A letter signed by the name under its closing formula with the addressee's block printed under the name, as
    British and Commonwealth letters close ("Yours sincerely," / "Shehu Shagari" / "The Rt. Hon. Mrs. Margaret Thatcher,
    M.P.," / "Prime Minister of the United Kingdom," / "10 Downing Street, London."): the name signs; the address lines
    (the addressee, his office, his street) and the archive's citation under them are no part of the signature."""
    blocks = doc.blocks
    known = {} if known is None else known
    for index in range(len(blocks) - 1, max(1, len(blocks) - 1 - _LAST_BLOCKS), -1):
        text = blocks[index].text.strip()
        addresses = _addresses(text)  # asked once for the two shapes below
        if addresses and closes_letter(blocks[index - 2].text) and _name_alone(blocks[index - 1].text.strip()):
            return Signature(blocks[index - 1].text.strip(), index - 1, None, None, None)
        if index > 2 and addresses and closes_letter(blocks[index - 3].text) and _name_alone(blocks[index - 2].text.strip()) \
                and _is_office_under(blocks[index - 1].text.strip()):
            return Signature(blocks[index - 2].text.strip(), index - 2, index - 1, None, None)  # his office under his name
        if len(text) > _ADDRESS_LINE_CHARS and not _furniture(doc, index, known):
            return None  # a line of the text: no address block under a signature below it
    return None


_ADDRESS_LINE_CHARS = 80  # an address block's line: a name with its titles, an office, a street and a city


def _addresses(line: str) -> bool:
    """The first line of a letter's address block: an honorific ("His Excellency"), or the addressee named with his
    titles ("The Rt. Hon. Mrs. Margaret Thatcher, M.P.,")."""
    text = line.strip()
    return len(text) <= _ADDRESS_LINE_CHARS and (bool(ADDRESS_HONORIFIC.match(text)) or person_addressed(text.partition(",")[0]) is not None)


_SALUTATION = re.compile(r"^(?:(?:" + alternation(words("salutations") + words("letter_salutations")) + r")\s*)+(?P<name>[^,!:\n]{0,40}?)\s*[,!:\uff0c\uff01\uff1a]$", re.IGNORECASE)
_TITLES = re.compile(r"^(?:(?:" + alternation(words("titles")) + r")\.?\s+)+", re.IGNORECASE)


ADDRESS_HONORIFIC = re.compile(rf"^(?:{alternation(words('address_honorifics')) or '(?!)'})(?!\w)", re.IGNORECASE)
ADDRESS_LINES = 6  # an address block: the honorific, the name, the office, the city


def address_block(blocks: list, index: int) -> int | None:
    """A letter's address block at ``index``: an honorific line ("His Excellency"), then short lines (the name, the
    office, the city) down to the salutation ("Dear Comrade Chairman,"). The salutation's index, else None."""
    if not ADDRESS_HONORIFIC.match(blocks[index].text.strip()):
        return None
    for j in range(index + 1, min(index + ADDRESS_LINES + 1, len(blocks))):
        text = blocks[j].text.strip()
        if is_salutation(text):
            return j
        if len(text) > 120 or ends_sentence(text) and not (len(text) <= _ADDRESS_LINE_CHARS and _ABBREVIATED_END.search(text)):
            return None  # (the city's line closing on an abbreviation's stops, "Washington, D.C.", ends no sentence)
    return None


_ABBREVIATED_END = re.compile(r"(?:\b[A-Z]\.\s?){2,}$")  # "D.C.", "U.S.A.": an abbreviation's stops closing a line


def addressed_person(blocks: list) -> str | None:
    """The person an address block names on a line of its own ("N. S. Khrushchev" under "His Excellency")."""
    return next((person for block in blocks if (person := person_addressed(block.text)) is not None), None)


def person_addressed(line: str) -> str | None:
    text = ADDRESS_HONORIFIC.sub("", line.strip(" ,.")).strip()  # "To His Excellency Mr. Kwame Nkrumah" on one line
    entity = lookup(text) or lookup(_TITLES.sub("", text))
    return entity.name if entity is not None and entity.kind == "person" else None


def _addressee_above(doc: ParsedDocument) -> str | None:
    """The person named by the address block over a letter's salutation, wherever the head stands."""
    for index in range(min(HEAD_LINES, len(doc.blocks))):
        if (salutation := address_block(doc.blocks, index)) is not None:
            return addressed_person(doc.blocks[index:salutation])
    return None


FOOT_ADDRESS_LINES = 2  # under the signer's name (and his office): the addressee's line, maybe his city's


def _addressee_below(doc: ParsedDocument, signature: Signature) -> str | None:
    """The person a letter is addressed to on a line under its signature, as British and Indian letters print him
    ("President Gamal Abdel Nasser, Cairo", "His Excellency U Nu, Rangoon"): his titles, his name, maybe his city."""
    start = max(signature.name_block, signature.office_block or 0) + 1
    for block in doc.blocks[start:start + FOOT_ADDRESS_LINES]:
        text = block.text.strip()
        if ends_sentence(text.rstrip(".")) or len(text) > 80:
            return None
        if (person := person_addressed(text) or person_addressed(text.partition(",")[0])) is not None:
            return person
    return None


def is_salutation(line: str) -> bool:
    """A letter's salutation alone on its line ("Dear Comrade Chairman,", "Уважаемый товарищ Хрущев!")."""
    return _SALUTATION.match(line.strip()) is not None


def letter_salutation(doc: ParsedDocument) -> str | None:
    """The salutation opening a letter's text ("Dear Comrade Chairman,", "Dear Comrade Khrushchev,", "Уважаемый товарищ
    Хрущев!"): the person it names when the gazetteer knows him, "" when it names an office or no one; None when the
    text opens with none."""
    start = (doc.title_block or 0) + 1 if doc.title_block is not None else 0
    over = next((i for i, b in enumerate(doc.blocks) if b.section_type != "header"), 0)  # (the site's trail, the catalogue's
    # line and the edition's "[Translation]" over the letter's head)
    head = doc.blocks[start:start + 3] if doc.title_block is not None else doc.blocks[:over + HEAD_LINES]  # no title: under a
    for block in head:  # place-and-date line and an address block of several lines ("His Excellency" / ... / "Moscow")
        text = block.text.strip()
        if (m := _SALUTATION.match(text)) is not None:
            person = lookup(_TITLES.sub("", m["name"]).strip()) if m["name"].strip() else None
            return person.name if person is not None and person.kind == "person" else ""
    return None


_ZH = lexicon("zh")
# Between two addressees on one line, a joining word with its verb ("外交部并报中央": to the ministry, and reported to the
# Centre): addressee_joiners; the line splits there as at a comma.
ZH_ADDRESSEE_SPLIT = re.compile(rf"[、，,]|(?:{alternation(_ZH.get('addressee_joiners') or ['(?!)'])})")
# Two offices joined by a bare "并"/"和"/"及" on an addressee line ("外交部并亚洲司": the ministry and its department): two
# addressees, where each side closes with an office's word (addressee_office_endings); inside one name ("中华人民共和国外交部")
# the words before the joiner close with none.
_ZH_BARE_JOINER = re.compile(rf"(?:{alternation(_ZH.get('addressee_bare_joiners') or ['(?!)'])})")
_ZH_OFFICE_ENDINGS = tuple(_ZH.get("addressee_office_endings") or ())


def addressee_parts(line: str) -> list[str]:
    """The addressees of a Chinese head line, split at its commas and joining words ("中央、外交部", "外交部并报中央"), and
    at a bare "并"/"和"/"及" between two offices ("外交部并亚洲司")."""
    return [office for part in ZH_ADDRESSEE_SPLIT.split(line) if part for office in offices_joined(part)]


def offices_joined(words: str) -> list[str]:
    """The offices a bare joining word parts ("外交部并亚洲司" gives 外交部 and 亚洲司), when every side closes with an
    office's word; the words whole otherwise ("中华人民共和国外交部", "彭德怀和高岗")."""
    sides = _ZH_BARE_JOINER.split(words)
    if len(sides) > 1 and all(len(side) >= 2 and side.endswith(_ZH_OFFICE_ENDINGS) for side in sides):
        return sides
    return [words]


_ADDRESSEE_CHARS = 30  # "各驻外使馆、代办处：": a body or two, no sentence


def head_addressee(doc: ParsedDocument) -> list[str] | None:
    """The bodies a report or circular is addressed to on a line of its own at its head, a colon closing it ("外交部：",
    "各驻外使馆、代办处：", "外交部并报西亚非司："), as a mission writes to its ministry and the ministry to its missions:
    the bodies' names, split at the words that join them."""
    for block in doc.blocks[:HEAD_LINES + 2]:
        if ":" not in block.text and "：" not in block.text:
            continue  # no colon to close the line: told without stripping what may be a long paragraph
        if (addressees := head_addressee_line(block.text)) is not None:
            return addressees
    if doc.document_type in _WIRES:
        return _bodies_over_text(doc)
    return None


def head_addressee_line(line: str) -> list[str] | None:
    """The bodies an addressee line at a report's head names, a colon closing it ("外交部、中联部：": the ministry and the
    International Liaison Department, two addressees; "外交部并报西亚非司："), split at its enumeration commas and joining
    words; a list under a distributive opener ("各驻外使馆、代办处：", the missions of every rank: zh.yaml
    distributive_openers) is one addressee; None for any other line."""
    text = line.strip()
    if len(text) > _ADDRESSEE_CHARS or not text.endswith(("：", ":")) or not signing_body(name := text[:-1].strip()) \
            or ":" in name or "：" in name:
        return None
    if (missions := stationed_missions(name)) is not None:
        return missions
    return [name] if name.startswith(_DISTRIBUTIVE_OPENERS) else addressee_parts(name)


_DISTRIBUTIVE_OPENERS = tuple(lexicon("zh").get("distributive_openers") or ()) or ("\0",)
_BODY_PARTS = re.compile(r"\s*[,;、]\s*")


def _bodies_over_text(doc: ParsedDocument) -> list[str] | None:
    """A cable's addressees on a line of their own with no colon under its form's lines and over its text ("Отправлена
    21.09.79 18.40" / "Поступила 21.09.79 21.15" / "ЦК КПСС, МИД СССР" / "Сегодня, 21 сентября, ..."): bodies the
    gazetteer knows, parted by commas."""
    for i, block in enumerate(doc.blocks[:HEAD_LINES + 4]):
        text = block.text.strip()
        if len(text) > _ADDRESSEE_CHARS or i + 1 >= len(doc.blocks) or not ends_sentence(doc.blocks[i + 1].text) \
                or len(doc.blocks[i + 1].text) <= _ADDRESSEE_CHARS:
            continue
        parts = [p for p in _BODY_PARTS.split(text.rstrip(".")) if p]
        if parts and all((found := lookup(p)) is not None and found.kind == "organisation" for p in parts):
            return parts
    return None


def stationed_missions(name: str) -> list[str] | None:
    """The missions a circular's head line lists by their countries, the word "stationed" before the first and the
    mission's noun after the last ("驻坦桑尼亚、赞比亚大使馆，驻肯尼亚、乌干达、索马里大使馆"): one mission per country,
    each with the noun ("驻坦桑尼亚大使馆", "驻赞比亚大使馆", ...); None for a line of another shape ("各驻外使馆、代办处",
    the missions of every rank, one body; "外交部并报中央")."""
    stationed, nouns = tuple(_ZH["event_words"].get("stationed") or ()), sorted(_ZH.get("mission_nouns") or (), key=len, reverse=True)
    groups = [g.strip() for g in re.split("[，,]", name) if g.strip()]
    if not stationed or not nouns or not any("、" in g for g in groups):
        return None
    missions = []
    for group in groups:
        noun = next((n for n in nouns if group.endswith(n)), None)
        opening = next((w for w in stationed if group.startswith(w)), None)
        if noun is None or opening is None:
            return None
        countries = [c.strip() for c in group[len(opening):-len(noun)].split("、")]
        if not all(1 < len(c) <= 8 for c in countries):
            return None
        missions += [f"{opening}{c}{noun}" for c in countries]
    return missions


HEAD_LINES = 8  # a letter's head: its place and date, the addressee's honorific, name, office and city, the salutation


def _name_alone(text: str) -> bool:
    """A person's name alone on its line: two to five words, each opening with a capital (or an initial), no figure, no
    sentence ("Ahmed Ben Bella", "Ho Chi Minh", "Н. Хрущев"), or one the gazetteer knows as a person."""
    if not text or len(text) > 40 or any(map(str.isdigit, text)) or ends_sentence(text.rstrip(".")) or "," in text:
        return False
    known = lookup(text)
    if known is not None:
        return known.kind == "person"
    tokens = text.split()
    return 2 <= len(tokens) <= 5 and all(t[:1].isupper() and t.replace(".", "").replace("-", "").isalpha() for t in tokens)


def _one_name(text: str) -> bool:
    """One capitalised word alone on its line, no place nor body the gazetteer knows ("Saud", "Trappen"): under a closing
    formula, the name that signs."""
    text = text.strip().rstrip(".")
    known = lookup(text) if text[:1].isupper() and text.replace("-", "").isalpha() and 3 <= len(text) <= 20 else False
    return known is None or bool(known) and known.kind == "person"


def _office_written_out(text: str) -> bool:
    """A signer's office written out on the line under his name, as long as it takes ("President of the Council of
    Ministers of the Algerian Democratic and Popular Republic"): capitalised, no sentence, no figure."""
    text = text.strip()
    return 0 < len(text) <= 120 and text[:1].isupper() and not ends_sentence(text) and not any(map(str.isdigit, text)) \
        and not closes_letter(text)


# A body's resolution or decision: the secretary who signs it ("Секретарь ЦК Н. Хрущев") signs for the body that adopted
# it, and is not its sender.
SIGNED_FOR_THE_BODY = frozenset({"resolution"})
_HEAD_LINES = 15  # the head of minutes: the body, the session, its day, its chair and those present


def read_closing_signature(doc: ParsedDocument) -> None:
    """The signer is the writer where the document names none; the day he signed is the document's where it has no day
    of its own (or only one its text tells of)."""
    if doc.source_type == "book_excerpt":
        return
    if not doc.recipient_names and (addressees := head_addressee(doc)) is not None:
        doc.recipient_names = addressees
    signature = read_signature(doc)
    if signature is None:
        _drop_foot_recorder(doc)
        if not doc.sender_names and doc.document_type not in SIGNED_FOR_THE_BODY and (caseless := foot_caseless_signer(doc)):
            doc.sender_names = [caseless]  # "امضا: اکبر نخجوانی — ۲۱/۹/۲۵" over a reader's note: the signer writes the paper
        return
    doc.signature = signature
    if not doc.sender_names and doc.document_type not in SIGNED_FOR_THE_BODY and not _chair_signs(doc, signature) \
            and not minutes_officer_signs(doc, signature) and not recorder_signs(doc, signature):
        doc.sender_names = [_signer(signature.name)]
    elif len(doc.sender_names) == 1 and _MISSION.search(doc.sender_names[0]) and _signs_as_person(signature.name):
        doc.sender_names = [_signer(signature.name)]  # "From: Embassy of Finland, Bucharest" / ... / "Sarjala": the envoy who
        # signs his mission's cable sends it (an airgram's "FROM: Amembassy DAKAR" / ... / "KAISER" too)
    elif len(doc.sender_names) == 1 and _signs_as_person(signature.name) and _signs_as(doc, signature, doc.sender_names[0]):
        doc.sender_names = [_signer(signature.name)]  # "LETTER ... FROM THE PERMANENT REPRESENTATIVE OF ZAMBIA ..." / ... /
        # "(Signed) Paul J. F. LUSAKA" / "Permanent Representative of Zambia to the United Nations": the holder of the
        # office the title names sends it
    if closes_letter(doc.blocks[signature.name_block - 1].text) and ((greeting := letter_salutation(doc)) is not None
                                                                    or doc.document_type == "letter"):  # (its kind told at its
        # head, "Document type: letter", the salutation may stand lower, under the letterhead and the reference)
        doc.document_type = "letter" if doc.document_type == "other" else doc.document_type  # a salutation at its head,
        # a closing formula and a name at its foot: a letter, whatever its title calls it
        if not doc.recipient_names and greeting:
            doc.recipient_names = [greeting]
        if not doc.recipient_names and (addressee := _addressee_above(doc)):
            doc.recipient_names = [addressee]  # "Dear Comrade Chairman," under "His Excellency" / "N. S. Khrushchev"
        if not doc.recipient_names and (addressee := _addressee_below(doc, signature)):
            doc.recipient_names = [addressee]  # "Yours sincerely," / "J. Nehru" / "President Gamal Abdel Nasser, Cairo"
    if signature.date is not None and _dated_by_text(doc):
        doc.document_date, doc.document_date_precision = signature.date.start_date, "day"
        doc.document_date_text = signature.date.text


# A mission named as a message's sender (``missions`` of title_parties in the language files: "Embassy of Finland",
# "Amembassy DAKAR").
_MISSION = re.compile(r"\b(?:" + alternation([w for language in LANGUAGES for w in (lexicon(language).get("title_parties") or {}).get("missions") or []]
                                               + words("missions"))  # the languages with no title_parties: their missions
                      + r")\b", re.IGNORECASE)


def _signs_as(doc: ParsedDocument, signature: Signature, office: str) -> bool:
    """The line under the signer's name is ``office`` (its case and an opening "the" aside): he signs as its holder."""
    under = signature.name_block + 1
    if under >= len(doc.blocks):
        return False
    def plain(text: str) -> str:
        return re.sub(r"^the\s+", "", text.strip().rstrip(".,").casefold())
    return plain(doc.blocks[under].text) == plain(office)


def _mission_line(text: str) -> bool:
    """A mission's name and seat on a line of their own under a signature ("Embassy of Finland, Tehran"): a short line,
    no sentence and no figure, naming a mission (``missions`` of title_parties)."""
    return len(text) <= 80 and not ends_sentence(text) and not any(map(str.isdigit, text)) and _MISSION.search(text) is not None


def _signs_as_person(name: str) -> bool:
    """A signature that names a person, no body: not a department or a mission signing ("Отдел стран Африки МИД СССР")."""
    entity = lookup(name)
    return (entity is None or entity.kind == "person") and not signing_body(name) and not _MISSION.search(name)


# The label of the foot's line that lists whom a paper's copies went to, "to" written ("Copy to:", "Copies to:"), and a
# supplement's label of its copies ("प्रतिलिपि:"; en.yaml copies_to_labels, the supplements' distribution_labels): a whole
# line under the signature, not a cut text (model.py flag_cut_text).
_COPIES_TO = re.compile(r"^\s*(?:" + (alternation(words("copies_to_labels") + [w for language in SUPPLEMENTED
                                                                              for w in lexicon(language).get("distribution_labels") or []
                                                                              if not any(c.isupper() or c.islower() for c in w)])
                                        or "(?!)") + r")\s*[:：]\s*(?P<to>\S[^\n]{0,200})$", re.IGNORECASE)


def copies_line(text: str) -> bool:
    """A foot line that lists whom the paper's copies went to ("Copy to: ...", "प्रतिलिपि: ..."): no line of its text, and
    those it lists are no recipients of the paper (a cable's copies stand apart from its addressee; a report with no
    addressee and a copies line names none)."""
    return _COPIES_TO.match(text.strip()) is not None


def minutes_officer_signs(doc: ParsedDocument, signature) -> bool:
    """Minutes signed by the body's secretary or its chairman over his office and the meeting's day ("P G Millen" /
    "Secretary of the Cabinet" / "15 July 1985"), under or over the office of one who keeps minutes or chairs the
    meeting ("Secretary of the Executive Committee" / "N. Faddeev"), or with that office after his name on its line
    ("Signed: A. E. HISCOCK, Chairman."): he signed them for the body, and is no sender."""
    if doc.document_type != "minutes":
        return False
    at = signature.name_block
    if signature.date_block == at + 2 and _is_office_under(doc.blocks[at + 1].text.strip()):
        return True
    line = doc.blocks[at].text
    after = line[line.find(signature.name) + len(signature.name):] if signature.name in line else ""
    if (m := _OFFICE_AFTER_NAME.match(after)) is not None and signs_minutes(m["office"]):
        return True  # "Signed: A. E. HISCOCK, Chairman. 27th May, 1956": the office after the name on its line
    return any(signs_minutes(doc.blocks[i].text.strip()) for i in (at - 1, at + 1) if 0 <= i < len(doc.blocks))


_MINUTES_OFFICER = re.compile(rf"^(?:(?:{alternation(words('articles')) or '(?!)'})\s+)?"
                             rf"(?:{alternation(words('minutes_keepers') + words('minutes_chairs')) or '(?!)'})(?!\w)", re.IGNORECASE)
_KEEPER_LINE_CHARS = 80
_OFFICE_AFTER_NAME = re.compile(r"^\s*,\s*(?P<office>[^\W\d_][^,.;\n]{0,60})")  # ", Chairman." after the signer's name


def signs_minutes(line: str) -> bool:
    """The office of one who keeps a body's minutes or chairs its meeting, alone on its line ("Secretary of the Executive
    Committee", "THE SECRETARY", "Chairman"): he signs them for the body."""
    return len(line) <= _KEEPER_LINE_CHARS and not ends_sentence(line) and _MINUTES_OFFICER.match(line) is not None


# The label over a record's list of those present, alone on its line, a name a line under it ("Present:", "Those
# present:"; ``participant_labels`` in the language files): a British record's head ("Also present: Felix Dias
# Bandaranaike, ...; Comrade Rolf Schumann, Consul General", the names after the label, heads a note its envoy signs).
_PRESENT_LABEL = re.compile(r"^\W*(?:" + alternation([w for language in LANGUAGES for w in lexicon(language).get("participant_labels") or []])
                            + r")\s*:?\s*$")


_AUTHORED_RECORD = re.compile(rf"^(?:\d{{1,4}}\.\s*)?(?:{alternation(words('authored_record_kinds')) or '(?!)'}),?\s+by\s+\S",
                              re.IGNORECASE)


def authored_record(title: str) -> bool:
    """A record whose title names its writer ("Memorandum of Conversation, by the Secretary of State"): en.yaml
    authored_record_kinds."""
    return _AUTHORED_RECORD.match(title.strip()) is not None


def recorder_signs(doc: ParsedDocument, signature) -> bool:
    """A record of a conversation or a meeting that lists those present at its head and is signed at its foot by a name
    with no office ("Present:" / ... / "Mr H. C. Beaumont, Private Secretary" ... "H. C. Beaumont" / "7 July 1976"): the
    private secretary or the department that wrote the talk down signs it, and is no sender, as the one a "Recorded by:"
    line names is none (a record of the envoy's own talk, signed under his office, "Ambassador", keeps him as its
    sender)."""
    return signature.office_block is None and lists_those_present(doc, signature.name_block) \
        and not authored_record(doc.title or "")  # ("Memorandum of Conversation, by the Secretary of State": the writer signs)


def _drop_foot_recorder(doc: ParsedDocument) -> None:
    """The sender another reader took from a name alone at the foot of a record that lists those present ("(D. A.
    Roberts)" / "16 January 1974", read with its day before the record's kind was known): the one who wrote the talk
    down, no sender (recorder_signs)."""
    if len(doc.sender_names) != 1:
        return
    foot = [i for i in range(max(0, len(doc.blocks) - _LAST_BLOCKS - 2), len(doc.blocks))
            if doc.blocks[i].passage_type == "signature" and _unbracketed(doc.blocks[i].text.strip()) == doc.sender_names[0]]
    if foot and lists_those_present(doc, foot[0]):
        doc.sender_names = []


def lists_those_present(doc: ParsedDocument, before: int) -> bool:
    """A record of a conversation or a meeting whose head, above the line ``before``, lists those present under its label
    on a line of its own ("Present:", "Those present:")."""
    if doc.document_type != "record_of_conversation":
        return False
    return any(_PRESENT_LABEL.match(b.text.strip()) for b in doc.blocks[: min(_HEAD_LINES * 2, before)])


def _chair_signs(doc: ParsedDocument, signature) -> bool:
    """Minutes signed by the one their head names as chairing or attending the meeting ("Chair: Erich Honecker" over
    "Signed: E. Honecker"): he signs for the body, and is no sender; the note-taker who signs a record of the meeting
    ("S. Everett Gleason"), named at its foot only, wrote it."""
    if doc.document_type != "minutes":
        return False
    surname = signature.name.split()[-1] if signature.name.split() else ""
    head = doc.blocks[: min(_HEAD_LINES, signature.name_block)]
    return len(surname) > 2 and any(":" in b.text[:40] and len(b.text) < 200 and surname in b.text.split(":", 1)[1] for b in head)


def _signer(name: str) -> str:
    """The signer as the gazetteer names him ("Б. Пономарев", "П. ЮДИН": Boris Ponomarev, Pavel Yudin), else as signed."""
    name = issuer(name) or name  # "Issued by the Department of Information and Publicity": the body
    entity = lookup(name) or signed_person(name) or lookup(canonical_name(name))
    return entity.name if entity is not None and entity.kind == "person" else name


def _dated_by_text(doc: ParsedDocument) -> bool:
    """No day of its own, or the day a sentence of its body tells of (not the title's, not a dateline's)."""
    if doc.document_date is None or doc.document_date_precision not in ("day", "minute"):
        return True
    said = doc.document_date_text or ""
    if said and said in (doc.title or ""):
        return False
    told = [b for b in doc.blocks if said and said in b.text]
    return bool(told) and all(len(b.text) > 60 and b.passage_type == "paragraph" for b in told)


# The signer at the foot of a paper that is neither a letter nor a wire (a report, an order, a form, a log, a journal, a
# proclamation), in the layouts such papers sign in whatever their language, told by their shape, not by their words:
# - the post set left and the initialled name set right on one line, a wide gap between ("Рэктар універсітэта <spaces>
#   М. Р. Шаўчук", "Инспектор <spaces> Б. Сәрсенбаев", "კომისიის თავმჯდომარე <spaces> ნ. გოგიბერიძე");
# - the initialled name, then its post after a comma, a day or the form's next field after it ("T. W. Lomax, Governor",
#   "D. Hartley, C.I.O., 3.9.68", "Signed: C. E. Brackenbury, Honorary Secretary <spaces> Date: 16.1.76");
# - the writer's initials alone, or beside the day he wrote them ("R. M. P.", "P.J.A. 6.x.57");
# - the post in capitals on a line of its own over the name ("EL ALCALDE," / "Antonio Flores Soler").
# A reader's mark, a clerk's check or an acknowledgement under the signature opens with its own word or sentence
# ("Зверана: І. Янушкевіч, 13.05.86", "Seen. R.v.d.R.W. 7/10", "Танысып шықтым: С. Ахметов") and is none of these shapes.
_ANY_INITIALLED = INITIALLED_NAME
_FOOT_DAY = r"\d{1,2}[./](?:\d{1,2}|[ivxIVX]{1,4})[./]\d{2,4}"
_POST_GAP_NAME = re.compile(rf"^\s*(?P<office>[^\W\d_][^\d\n:;]{{1,60}}?[^\W\d_])[ \t]{{4,}}(?P<name>{_ANY_INITIALLED})\s*$")
_NAME_COMMA_POST = re.compile(rf"^\s*(?:{SIGNED_LABEL}\s*:?\s*)?(?P<name>{_ANY_INITIALLED}),\s*"
                              rf"(?P<office>[^\W\d_][^\d,:;\n]{{0,40}}?)\.?(?:,\s*(?P<day>{_FOOT_DAY})\.?)?(?:[ \t]{{3,}}(?P<rest>\S[^\n]*))?\s*$")
_INITIALS_ALONE = re.compile(rf"^\s*(?P<name>(?:[^\W\d_]\.\s?){{2,4}})(?:\s+(?P<day>{_FOOT_DAY}))?\s*$")
# No signer: a note's mark ("P.S.", "N.B.": en.yaml foot_note_marks), the gazetteer's initials of no person ("U.S."),
# a distribution's or copies' list under its label ("Distribution    J. Smith": distribution_labels, copies_to_labels).
_FOOT_NOTE_MARKS = frozenset(m.replace(" ", "").casefold() for m in words("foot_note_marks"))
_LIST_LABELS = frozenset(w.casefold() for w in (*words("distribution_labels", (*LANGUAGES, *SUPPLEMENTED)), *words("copies_to_labels")))


def _no_signer_initials(name: str) -> bool:
    initials = name.replace(" ", "")
    return initials.casefold() in _FOOT_NOTE_MARKS or ((known := lookup(initials)) is not None and known.kind != "person")


FOOT_SIGNER_BLOCKS = 6  # the signature and the marks under it: the distribution, a clerk's check, a reader's visa
FOOT_POST_CHARS = 40  # a post in capitals on its own line over the name ("EL ALCALDE,", "THE GOVERNOR")
FOOT_POST_WORDS = 5
_NOT_SIGNED_BY_FOOT = _RECORDS | SIGNED_FOR_THE_BODY | {"letter"}
# A memorandum's foot signer is read by his name ("Վարչության պետ, գլխավոր ճարտարապետ    Ա. Գ. Մկրտչյան"), not by
# initials alone, which under a memorandum are its drafter's
_SIGNED_BY_NAME = frozenset({"memorandum"})


def _initials_only(name: str) -> bool:
    """A name of initials only ("W. H. B", "J.F.D.J.", "WH"): every part a letter, or two written in capitals or with a
    stop; not a name of syllables of two letters ("Li Bo", "Ng Ho")."""
    parts = re.findall(r"([^\W\d_]+)(\.?)", name)
    return bool(parts) and all(len(p) == 1 or (len(p) == 2 and (p.isupper() or stop)) for p, stop in parts)


def foot_line_signer(line: str) -> tuple[str, str | None] | None:
    """The signer one foot line names in the shapes above, and the day written beside him ("D. Hartley, C.I.O.,
    3.9.68"); an empty name for a line that several sign side by side; else None."""
    if len(line) > 120:
        return None
    if (m := _POST_GAP_NAME.match(line)) is not None and capitalised(m["name"]) and not ends_sentence(m["office"]) \
            and len(m["office"].split()) <= 8 and m["office"].strip().rstrip(":").casefold() not in _LIST_LABELS:
        return " ".join(m["name"].split()), None
    if (m := _NAME_COMMA_POST.match(line)) is not None and capitalised(m["name"]) and m["office"][:1].isupper() \
            and len(m["office"].split()) <= FOOT_POST_WORDS:
        if m["rest"] and _NAME_COMMA_POST.match(m["rest"]):
            return "", None  # "(Signed) A. M. Dunlop, Master <gap> T. Reid, Chief Officer <gap> ...": a declaration the
            # appearers sign together, side by side, which no one of them sends
        day = m["day"] or (m["rest"] and next((d.text for d in iter_dates(m["rest"]) if d.precision == "day"), None))
        return " ".join(m["name"].split()), day
    if (m := _INITIALS_ALONE.match(line)) is not None and capitalised(m["name"]) and sum(c.isalpha() for c in m["name"]) >= 2 \
            and not _no_signer_initials(m["name"]):
        return m["name"].strip(), m["day"]
    return None


def _post_in_capitals(text: str) -> bool:
    text = text.strip().rstrip(",:")
    return 0 < len(text) <= FOOT_POST_CHARS and text.isupper() and len(text.split()) <= FOOT_POST_WORDS \
        and not any(c.isdigit() for c in text) and not ends_sentence(text)


def read_foot_signer(doc: ParsedDocument, text: str) -> None:
    """The signer at the foot of a report, an order, a form, a log or a proclamation (the shapes above) as its sender,
    where no reader named one: the first such line of the foot, over the attestations and the visas under it ("(Signed)
    A. M. Dunlop, Master" over a consul's "(Signed) H. C. Ransome, H.B.M. Consul" before whom the protest was sworn).
    The day written beside him is left to the date's readers: the paper's date dates its undated entries too (a service
    return signed on the 16th tells the service of the 14th by its hours)."""
    if doc.sender_names or doc.source_type == "book_excerpt" or doc.document_type in _NOT_SIGNED_BY_FOOT:
        return
    blocks = doc.blocks
    for index in range(max(1, len(blocks) - FOOT_SIGNER_BLOCKS), len(blocks)):
        found = next((found for line in text[blocks[index].start:blocks[index].end].split("\n")
                      if (found := foot_line_signer(line)) is not None), None)
        name = blocks[index].text.strip()
        if found is None and is_signed_name(name, plain=True) and len(name.split()) >= 2 and not name.isupper() \
                and _post_in_capitals(blocks[index - 1].text):
            found = (name, None)  # "EL ALCALDE," / "Antonio Flores Soler": the post in capitals, the name as written
        if found is not None and doc.document_type in _SIGNED_BY_NAME and found[0] and _initials_only(found[0]):
            continue  # "W.H.B." under a memorandum for the record: its drafter's initials, no signature of its sender
        if found is not None:
            doc.sender_names = [canonical_name(found[0])] if found[0] else []
            return
