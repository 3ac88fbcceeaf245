"""Decoding seed bytes and the small text primitives every parser shares.

Seeds arrive as UTF-8 with or without a byte-order mark, UTF-16, or a legacy
Cyrillic encoding (cp1251, koi8-r). Offsets everywhere in the dataset count
characters of the decoded text, which is never rewritten: line endings
(LF, CRLF, or a lone CR), non-breaking spaces and zero-width characters stay
where they are and are only folded when a passage's text is normalized. Bytes
that decode only to control characters (a binary file, a wrong encoding) are
refused with a message rather than read as text.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from bisect import bisect_right
from functools import cache, partial
from html.entities import html5
from itertools import accumulate, compress, count, repeat
from operator import add, contains, ne, not_, or_
from typing import NamedTuple

from charset_normalizer import from_bytes

from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, lexicon, reading_language

# Invisible format characters a captured page carries inside words and around them: zero-width spaces
# and joiners, the soft hyphen (an optional break point a site puts in long words), direction marks
# and embeddings, the word joiner and the byte-order mark.
_ZERO_WIDTH_CHARS = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_ZERO_WIDTH_RE = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
_EDGE = " \t\r\u00a0\u3000" + _ZERO_WIDTH_CHARS
_BREAK = re.compile(r"(\r\n|\r|\n)")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])  # _CONTROL but U+FFFD
MAX_CONTROL_SHARE = 0.01
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class SeedError(ValueError):
    """A seed that cannot be read; ``stage`` says where it stopped."""

    def __init__(self, stage: str, message: str):
        super().__init__(message)
        self.stage = stage
        self.message = message


# The scripts that write a name, an initial or a short name with capitals; Georgian has capitals in Unicode (Mtavruli)
# that its names never open with ("ნ. გოგიბერიძე", "სეა"), the abjads and Han have none.
CAPITALISING_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")
ONE_CASE_ALPHABETS = ("GEORGIAN",)  # alphabets whose names and short names are written in letters of one case


def writes_capitals(letter: str) -> bool:
    """The letter is of a script that writes names with capitals."""
    return unicodedata.name(letter, "").startswith(CAPITALISING_SCRIPTS)


def one_case_letter(letter: str) -> bool:
    """The letter is of an alphabet written in one case (Georgian), not of an abjad, a syllabary or Han."""
    return unicodedata.name(letter, "").startswith(ONE_CASE_ALPHABETS)


def capitalised(name: str) -> bool:
    """No word of the name (its initials apart) opens with a small letter of a script that writes names with capitals."""
    return not any(w[:1].islower() and writes_capitals(w[0]) for w in name.replace(".", ". ").split())


# Letters with a stroke, which Unicode does not decompose into a letter and an accent ("Phạm Văn Đồng", "Łódź", "Søren").
_STROKED = str.maketrans("ĐđØøŁłĦħ", "DdOoLlHh")


def without_accents(text: str) -> str:
    """The text with its letters' accents taken off ("Hunlédé" -> "Hunlede", "Dešifrováno" -> "Desifrovano", "Đồng" ->
    "Dong"), to compare names and words written with or without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_STROKED)) if not unicodedata.combining(c))


def decode(data: bytes) -> tuple[str, str]:
    """The text of a seed and the encoding it was read with.

    Raises SeedError for empty, binary or undecodable seeds, with a message
    saying what to do.
    """
    if not data.strip():
        raise SeedError("read", "the seed is empty (no text at all): remove it or replace it with the page's text")
    text, encoding = _decode(data)
    _refuse_binary(text, encoding, data if encoding == "utf-8" else None)
    if _blank(text):
        raise SeedError("read", f"the seed holds no text, only whitespace or a byte-order mark (read as {encoding}): remove it or replace it with the page's text")
    return text, encoding


def _blank(text: str) -> bool:
    """Nothing but whitespace and zero-width characters. Stripping both from the ends, in turns until
    nothing more goes, stops at the first other character, where taking the zero-width characters out
    of the whole text first would copy all of it."""
    while text:
        trimmed = text.strip().strip(_ZERO_WIDTH_CHARS)
        if trimmed == text:
            return False
        text = trimmed
    return True


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), encoding
    if b"\x00" in data:
        unmarked = _utf16_without_bom(data)
        if unmarked is not None:
            return unmarked
        raise SeedError("decode", "the seed holds NUL bytes and is not UTF-16: it looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = _likeliest(from_bytes(data, cp_isolation=["utf_16", "cp1251", "koi8_r", "cp1252", "latin_1", "gb18030", "big5"]))
    if best is None or best.encoding is None:
        raise SeedError("decode", "the seed's bytes are in no text encoding this pipeline knows (tried UTF-8, UTF-16, cp1251, koi8-r, cp1252, GB18030, Big5): save it as UTF-8")
    encoding = codecs.lookup(best.encoding).name
    return _strict(data, encoding), encoding


def _likeliest(matches):
    """charset-normalizer's best reading, unless another reads as well by its measure (no more chaos) and puts fewer
    stray signs inside Latin-script text: a page in English with a few curly quotes or an ellipsis saved as
    GB18030 or cp1251 reads "don’t" and "…" there, where Big5 or Latin-1 read "don＊t" and a control character."""
    best = matches.best()
    if best is None or len(matches) < 2:
        return best
    tied = [m for m in matches if m.encoding and m.chaos <= best.chaos]
    return min(tied, key=lambda m: (_stray_signs(str(m)), m is not best)) if len(tied) > 1 else best


def _stray_signs(text: str) -> int:
    """Characters between two ASCII characters that are neither letters of a cased alphabet (Latin, Cyrillic,
    Greek), Latin-1 signs nor general punctuation: a control character, a full-width sign or a symbol where
    an apostrophe, a quotation mark or a dash stands in running text."""
    return sum(
        1
        for m in _LONE_NON_ASCII.finditer(text)
        if not ("\u00a0" <= (char := m.group()) <= "\u00ff" or "\u2000" <= char <= "\u206f" or char.lower() != char.upper())
    )


_LONE_NON_ASCII = re.compile(r"(?<=[\x00-\x7f])[^\x00-\x7f](?=[\x00-\x7f])")


def _refuse_binary(text: str, encoding: str, raw: bytes | None = None) -> None:
    """Refuses a text of too many control characters; ``raw``: the UTF-8 bytes it was decoded from, when it was."""
    controls = _count_controls(text, raw)
    if controls > MAX_CONTROL_SHARE * len(text):
        raise SeedError(
            "decode",
            f"read as {encoding}, {controls} of {len(text)} characters are control characters or replacement marks: "
            "the seed looks binary or in an unknown encoding; save the page's text as UTF-8",
        )


def _count_controls(text: str, raw: bytes | None = None) -> int:
    """How many characters ``_CONTROL`` matches. Control characters are single bytes in UTF-8 (no
    byte of a longer sequence is below 0x80), so they are counted in the encoded text, which is
    quicker than a regular expression over the characters; a seed read as UTF-8 gives its own bytes
    (``raw``), which are that encoding, without encoding the text again."""
    if raw is None:
        raw = text.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, _CONTROL_BYTES)) + text.count("\ufffd")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark, or None.

    Whatever the script, spaces and line breaks are code points below 256,
    so their high byte is a NUL: in little-endian text the NULs sit at odd
    offsets, in big-endian text at even ones. The byte order with more
    whitespace characters once decoded, and no control characters, wins.
    """
    if len(data) % 2:
        return None
    best = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        spaces = text.count(" ") + text.count("\n")
        if spaces and _count_controls(text) <= MAX_CONTROL_SHARE * len(text) and (best is None or spaces > best[0]):
            best = (spaces, text, encoding)
    return (best[1], best[2]) if best else None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise SeedError(
            "decode",
            f"the seed is not valid {encoding}: byte {err.start} ({data[err.start:err.start + 1]!r}) cannot be decoded; save the file as UTF-8",
        ) from err


def normalize_space(text: str) -> str:
    """Runs of whitespace (line breaks, NBSP) become one space; zero-width characters go."""
    if _has_zero_width(text):
        text = _ZERO_WIDTH_RE.sub("", text)
    return " ".join(text.split())


def extend_normalized(normalized: str, tail: str) -> str | None:
    """``normalize_space(head + tail)`` told from ``normalized``, which is ``normalize_space(head)``, without
    reading ``head`` again: a paragraph joined line by line costs its length once, not its square. None when
    ``tail`` opens (its invisible characters left out) with no whitespace, where its first word might go on
    ``head``'s last: the caller then normalizes the whole."""
    visible = _ZERO_WIDTH_RE.sub("", tail) if _has_zero_width(tail) else tail
    if visible and not visible[0].isspace():
        return None
    added = " ".join(visible.split())
    if not added:
        return normalized
    return f"{normalized} {added}" if normalized else added


class Reading(NamedTuple):
    """A seed's text as the parsers read it, and where each change that moves offsets stands: ``at[i]`` is where
    the i-th change begins in ``text`` (non-decreasing), ``spans[i]`` the characters of the seed it stands for,
    ``sizes[i]`` how many characters of ``text`` it left (none for invisible characters, one for "&amp;")."""

    text: str
    at: list[int]
    spans: list[tuple[int, int]]
    sizes: list[int]

    def _place(self, offset: int) -> tuple[int, int]:
        """The seed characters the character at ``offset`` of ``text`` stands for."""
        i = bisect_right(self.at, offset) - 1
        if i < 0:
            return offset, offset + 1
        at, (start, end), size = self.at[i], self.spans[i], self.sizes[i]
        if offset < at + size:
            return start, end
        seed = offset - at - size + end
        return seed, seed + 1

    def seed_start(self, offset: int) -> int:
        """Where the character at ``offset`` of ``text`` begins in the seed."""
        return self._place(offset)[0]

    def seed_end(self, offset: int) -> int:
        """Where an end ``offset`` (one past a character) of ``text`` stands in the seed."""
        return self._place(offset - 1)[1] if offset else 0


def readable(text: str) -> Reading:
    """``text`` as a reader sees the page, whatever the capture left in it: invisible format characters (soft
    hyphens, zero-width spaces and joiners, direction marks) taken out, so that a pattern reads "Cita\u00adtion:"
    as "Citation:"; HTML character references ("&amp;", "&#8217;", "&#x2014;", "&nbsp;") read as the characters
    they stand for; Markdown's backslash escapes ("Filippov \\[Stalin\\]") as the sign escaped; the HTML tags of a
    page's markup ("<p>", "<br/>", "<em>") as a space between blocks and as nothing inside a line; a letter written
    apart from its accents ("e" and an acute accent, as a Mac saves text in Unicode's NFD) as the one letter. Offsets map back
    to ``text``. A lone carriage return (the line end of old Macintosh files) reads as a line feed, in its place,
    so that every parser meets one kind of line end."""
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    kinds = ("&" in text, "\\" in text, "<" in text, _has_zero_width(text), not text.isascii() and not unicodedata.is_normalized("NFC", text))
    if not any(kinds):
        return Reading(text, [], [], [])
    pieces, at, spans, sizes, last, length = [], [], [], [], 0, 0
    for m in _marks(kinds).finditer(text):
        read = _READERS[m.lastgroup](m.group())
        if read is None:
            continue
        start, end = m.span()
        length += start - last
        pieces += (text[last:start], read)
        at.append(length)
        spans.append((start, end))
        sizes.append(len(read))
        length += len(read)
        last = end
    if not at:
        return Reading(text, [], [], [])
    pieces.append(text[last:])
    return Reading("".join(pieces), at, spans, sizes)


def read_text(text: str) -> str:
    """``text`` as ``readable`` reads it, without the map of its offsets."""
    return readable(text).text


def _referenced(reference: str) -> str | None:
    """The characters a well-formed HTML character reference stands for (HTML5's table of names, code points by
    number, the Windows-1252 reading of 128-159 as browsers give it), invisible ones left out; None for an unknown
    name or a reference to no character or a control character, which stay as written."""
    read = html5.get(reference[1:]) if reference[1] != "#" else html.unescape(reference)
    if not read or "\ufffd" in read:
        return None
    if _has_zero_width(read):
        read = _ZERO_WIDTH_RE.sub("", read)
    return read if read.isprintable() or all(char.isprintable() or char.isspace() for char in read) else None


# HTML elements a capture of a page's markup leaves around its text: those that break the text into blocks read as
# a space (words on either side stay apart), those inside a line (emphasis, links, note marks) as nothing.
_BLOCK_ELEMENTS = frozenset(
    ["address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"]
)
_INLINE_ELEMENTS = frozenset(["a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "wbr"])
_READERS = {
    "invisible": lambda _: "",
    "reference": _referenced,
    "escape": lambda escape: escape[1],
    "tag": lambda tag: " " if _TAG_NAME.match(tag)[1].lower() in _BLOCK_ELEMENTS else "",
    "decomposed": lambda run: composed if len(composed := unicodedata.normalize("NFC", run)) < len(run) else None,
}
# Well-formed references only: a name ended by its semicolon, a decimal or a hexadecimal code point; a bare "&" stays.
_PATTERNS = (
    r"(?P<reference>&(?:[A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};))",
    r"(?P<escape>\\[!-/:-@\[-`{-~])",  # CommonMark: any ASCII punctuation may be escaped
    r"(?i:(?P<tag></?(?:" + "|".join(sorted(_BLOCK_ELEMENTS | _INLINE_ELEMENTS, key=lambda name: (-len(name), name))) + r")(?:\s[^<>]*)?/?>))",
    f"(?P<invisible>[{_ZERO_WIDTH_CHARS}]+)",
    r"(?P<decomposed>[^\u0300-\u036f\s][\u0300-\u036f]+)",  # a letter and its accents apart (Unicode's NFD)
)
_TAG_NAME = re.compile(r"</?([A-Za-z0-9]+)")
_LONE_CR = re.compile(r"\r(?!\n)")


@cache
def _marks(kinds: tuple[bool, ...]) -> re.Pattern:
    """One pattern for the kinds of marks a text holds (references, escapes, tags, invisible characters, accents)."""
    return re.compile("|".join(pattern for pattern, present in zip(_PATTERNS, kinds, strict=True) if present))


def _has_zero_width(text: str) -> bool:
    """isascii() reads a flag the string carries. Over a page a substring test per character is a fast scan,
    quicker than a character class; over a passage or a line the class's one call is quicker than the tests'
    seventeen."""
    if text.isascii():
        return False
    if len(text) < _SHORT_TEXT:
        return _ZERO_WIDTH_RE.search(text) is not None
    return any(map(text.__contains__, _ZERO_WIDTH_CHARS))


_SHORT_TEXT = 1000  # characters: where the two ways cost the same (about a microsecond and a half)


def _fold_whitespace(text: str) -> str:
    return " ".join(text.split())


class Line(NamedTuple):
    """One line of the seed: its stripped text and where that text sits in the seed."""

    text: str
    start: int
    end: int
    number: int

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str, offset: int = 0) -> list[Line]:
    """The lines of ``text`` with offsets of their stripped content (CR, NBSP and zero-width stripped)."""
    if _tidy(text):  # LF breaks only, every line as it stands: its columns zipped into Lines, no Python step per line
        contents = text.split("\n")
        if contents[-1] == "":
            contents.pop()
        lengths = list(map(len, contents))
        starts = list(accumulate(map(_one_more, lengths), initial=offset))  # each line and its break
        return list(map(_as_line, zip(contents, starts, map(add, starts, lengths), count())))
    fold = normalize_space if _has_zero_width(text) else _fold_whitespace
    if "\r" in text:
        pieces = _BREAK.split(text)
        if pieces[-1] == "":
            pieces = pieces[:-2] if len(pieces) > 1 else []
        contents, ats = pieces[0::2], list(accumulate(map(len, pieces), initial=offset))[0::2]
    else:  # LF breaks only: the lines' starts as a tidy text's are counted
        contents = text.split("\n")
        if contents[-1] == "":
            contents.pop()
        ats = list(accumulate(map(_one_more, map(len, contents)), initial=offset))
    # Every line made a Line as it stands, as a tidy text's are; then only the lines that need folding (unprintable
    # characters, a run of spaces, padding at either end: each test one pass of a C loop over the lines, the test for
    # unprintable characters made once over the whole text when it holds none) made again.
    lines = list(map(_as_line, zip(contents, ats, map(add, ats, map(len, contents)), count())))
    untidy = map(or_, map(contains, contents, repeat("  ")), map(ne, map(str.strip, contents), contents))
    if not text.replace("\n", "").isprintable():  # else every line is printable, which needs no test of its own
        untidy = map(or_, map(not_, map(str.isprintable, contents)), untidy)
    for number in compress(count(), untidy):
        lines[number] = _untidy_line(contents[number], ats[number], number, fold)
    return lines


def _tidy(text: str) -> bool:
    """No line of ``text`` needs folding: LF breaks only, no double or edge spaces, nothing unprintable."""
    return (
        "  " not in text and " \n" not in text and "\n " not in text and not text.startswith(" ") and not text.endswith(" ")
        and text.replace("\n", "").isprintable()
    )


# Most lines of a seed need no folding: they become a Line as they are. A
# NamedTuple's constructor is a Python function; calling tuple's own skips it.
_new_line = tuple.__new__
_as_line = partial(tuple.__new__, Line)
_one_more = (1).__add__


def _untidy_line(content: str, at: int, number: int, fold) -> Line:
    """A line with NBSP, tabs, zero-width characters, runs of spaces or padding at either end."""
    normalized = fold(content)
    if not normalized:
        return _as_line((normalized, at, at, number))
    start = at + len(content) - len(content.lstrip(_EDGE))
    return _as_line((normalized, start, at + len(content.rstrip(_EDGE)), number))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries in a normalized passage (abbreviations such as "Cde." and initials kept inside)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        before = text[start:match.start() + (1 if match["note"] or match["qnote"] else 2)].rsplit(None, 1)
        word = before[-1] if before else ""
        if (word.rstrip(".").lstrip("([\"'«“").lower() in _ABBREVIATIONS or _INITIALS.fullmatch(word)) \
                and not _borrowed_day_mark_closes(text[start:match.start() + 2], word):  # "(т. Громыко)" too
            continue
        if word.endswith(".") and (word[:-1].lower() in _CLOCK_WORDS_CUT or word.lower() in _page_clock_words()) \
                and _HOUR_ON.match(text, match.start() + 1):
            continue  # "Kl. 0915 Havnefogd Reidar Olsen meldte ...": the hour after the clock's word
        if _CLOCK_OPENING.fullmatch(text, start, match.start() + 1):  # "At 4 p.m. I visited ...": the time opens the sentence
            continue
        if _CLOCK_CLAUSE.search(text, max(start, match.start() - 60), match.start() + 1):  # "..., and at 10.30 a.m. Bishop
            continue  # announced ...": the time opens a clause joined to the sentence
        if word[:-1].isdigit() and len(word) <= 3 and _SPACED_DATE_ON.match(text, end):  # "30. 10. 1958": a typist's day
            continue
        if word[:-1] in _ROMAN_MONTHS and _SPACED_DATE_ON.match(text, end) and _DAY_BEFORE_ROMAN.search(text, max(0, match.start() - len(word) - 6), match.start() - len(word) + 1):
            continue  # "14. III. 1972": a Roman month's full stop before its year
        if word[:-1].isdigit() and len(word) <= 3 and (on := _SPACED_DAY_MONTH_ON.match(text, end)) and on["next"].islower():
            continue  # "Ve čtvrtek 12. 11. v 10 hodin": a typist's day and month of the year the text speaks of, the sentence going on
        if word[:-1].isdigit() and len(word) <= 3 and (_MONTH_AFTER_DAY.match(text, end) or _borrowed_month_after_day(end, text)):
            continue  # "am 8. März 1969": a day's ordinal full stop before its month's name (day_marks), a borrowed one's too
        if word[-2:-1].isdigit() and _LIST_NUMBER.fullmatch(word) and (word[0] == "(" or text[:match.start() + 1 - len(word)].rstrip().endswith((",", ";"))):
            continue  # "Copies made: 5 (1. Comrade Puja, 2. Comrade Marjai, ...)": the numbers of a list's items in a line
        if (word[:-1].isdigit() and len(word) == 5 or word[:-1] in _ROMAN_MONTHS) and (
                (day := _YEAR_FIRST_ROMAN.search(text, max(0, match.start() - 10), match.end() + 8)) and day.start() < match.start() < day.end()):
            continue  # "1981. II. 25.": a Hungarian day, the year first, its month in Roman figures
        spans.append((start, match.end("note") if match["note"] else match.end("qnote") if match["qnote"] else match.start() + 2))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# The capitals of the Latin letters with marks and of Greek, which open a sentence as A-Z do ("... äänin 170–28.
# Äänestin jaa", "... εν Νεαπόλει. Προχθές το Γενικόν Επιτελείον ..."), escaped.
# (Armenian's capitals too: "... քաղաքը։ Դեկտեմբերի 9-ից ...")
_OTHER_CAPITALS = "".join(f"\\u{c:04x}" for c in [*range(0xC0, 0x250), *range(0x386, 0x3B0), *range(0x531, 0x557)]
                          if chr(c).isupper())


def _caseless_letters(first: int, last: int) -> str:
    """The letters without case between two code points, as ranges of a character class, escaped: a script whose any
    letter may open a sentence (Hebrew, Arabic, Devanagari, Thai: "... ונמשכו גם אתמול. המשלחת הגיעה ללוד ...")."""
    ranges: list[list[int]] = []
    for c in range(first, last):
        if chr(c).isalpha() and not chr(c).isupper() and not chr(c).islower():
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if b > a else f"\\u{a:04x}" for a, b in ranges)


_CASELESS = _caseless_letters(0x590, 0x1000)  # Hebrew to Myanmar: the alphabets without case between Greek and Georgian
# Georgian's letters (Mkhedruli, which Unicode files as small letters beside the capitals of Mtavruli a text never opens
# a sentence with) and Ethiopic's syllables, which any sentence of theirs opens with: "... თბილისში. შემდეგ ..."
_CASELESS += "\\u10d0-\\u10fa" + _caseless_letters(0x1200, 0x1380)
# A full stop, then closing quotes or brackets and a space before a capital, or nothing after a Chinese full stop; a
# book's footnote number may follow a word's full stop ("... some forty associates.23 Belgrade had agreed ...", in
# superscript figures too: "... arrested soon afterwards.³ When the Cominform convened ..."), after a closing quote and
# its full stop too ("... a "dictatorship of the proletariat".24 Jawara flew to Dakar ..."); superscript figures after
# any full stop, a figure's too ("... off Koh Tang with its crew of 39.¹ The news reached Washington ...").
# The match opens with the full stop (the search skips straight to them), one character before the sentence's end. The
# full stops of Hindi and Urdu ("।", "॥", "۔"), the Arabic question mark ("؟"), and the full stops of Armenian ("։"),
# Ethiopic ("።") and Burmese ("။") end a sentence as "." and "?" do.
FULL_STOPS = (".", "\u0964", "\u0965", "\u06d4", "\u0589", "\u1362", "\u104b")  # the full stops _SENTENCE_END reads
_SENTENCE_END = re.compile(
    r"[.!?\u3002\uff01\uff1f\u0964\u0965\u06d4\u061f\u0589\u1362\u104b](?:[\"'”»)\]]*(?:(?P<note>(?:(?<=[^\W\d_][.!?])|(?<=[^\W\d_][\"'”»][.!?]))\d{1,3}|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3})"
    r"|(?<=[^\W\d_][.!?][\"'”»])(?P<qnote>\d{1,3}|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}))?\s+"
    r"(?=[\"'“«(\[]?[A-Z\u0410-\u042f\u04010-9\u4e00-\u9fff\uac00-\ud7a3" + _OTHER_CAPITALS + _CASELESS + r"])|(?<=[\u3002\uff01\uff1f]))"
)
# What follows a day's or a month's figure and its full stop in a date typed with spaces ("Received: Prague, 30. 10. 1958"),
# the month in Roman figures too ("Otpravljeno: 8. VII 1967", "Expediat la 14. III. 1972").
_SPACED_DATE_ON = re.compile(r"(?:[01]?\d\.\s|(?:XI{0,2}|IX|IV|VI{0,3}|V|I{1,3})\.?\s)?(?:1[89]\d\d|20\d\d)\b")
_DAY_BEFORE_ROMAN = re.compile(r"(?<!\d)[0-3]?\d\.\s+$")  # "14. " before "III. 1972": the day of a Roman month
# The month's figure and its full stop after such a day with no year, the sentence going on in lower case ("Ve čtvrtek
# 12. 11. v 10 hodin mě přijal ministr", "v pondělí 9. 11. přijal velvyslance").
_SPACED_DAY_MONTH_ON = re.compile(r"(?:1[0-2]|0?[1-9])\.[ \t]+(?P<next>[^\W\d_])")
# The month's names of the languages that close a day's figure with a full stop ("8. März 1969": day_marks).
_DOTTED_DAY_MONTHS = [m for lang in LANGUAGES if "." in (lexicon(lang).get("day_marks") or []) for m in lexicon(lang).get("months") or {}]
_MONTH_AFTER_DAY = re.compile(r"(?:" + "|".join(re.escape(m) for m in sorted(_DOTTED_DAY_MONTHS, key=len, reverse=True)) + r")(?!\w)"
                              if _DOTTED_DAY_MONTHS else r"(?!)")


def _borrowed_month_after_day(at: int, text: str) -> bool:
    """The month's name of the page's language with no file, where it closes a day's figure with a full stop, at ``at``
    (``lexicon.reading``: its months borrowed from dateparser's locale data)."""
    language = reading_language()
    return language is not None and _borrowed_months_after_day(language).match(text, at) is not None


def _borrowed_day_mark_closes(sentence: str, word: str) -> bool:
    """The mark of a day after its figure, as the page's language with no file cuts its word of day ("liepos 2 iki 12 d.
    Jau birželio ...": Lithuanian "d.", diena), closes a date and may close the sentence, though another language's
    abbreviation writes it too (``lexicon.reading``: its marks borrowed from dateparser's locale data)."""
    language = reading_language()
    if language is None or word[:-1].lower() not in (lexicon(language).get("day_marks_after") or ()):
        return False
    before = sentence.rsplit(None, 2)
    return len(before) >= 2 and before[-2].isdigit() and len(before[-2]) <= 2


@cache
def _borrowed_months_after_day(language: str) -> re.Pattern:
    lex = lexicon(language)
    months = [m for m in lex.get("months") or {} if m[:1].isupper()] if "." in (lex.get("day_marks") or []) else []
    return re.compile("(?:" + "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True)) + r")(?!\w)" if months else "(?!)")


_LIST_NUMBER = re.compile(r"\(?\d{1,2}\.")  # "(1.", "2.": an item's number inside a line's list
# A day written the year first, its Roman month after it, each closed by a full stop ("1981. II. 25.").
_ROMAN_MONTHS = frozenset(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"])
_YEAR_FIRST_ROMAN = re.compile(r"\b(?:1[89]\d\d|20\d\d)\.\s*(?:XI{0,2}|IX|IV|VI{0,3}|V|I{1,3})\.\s*[0-3]?\d\b")
# "M. G.", "В." and "М.Г." in Cyrillic; "Ս. Ա." in Armenian, "ი." in Georgian (whose letters have no capitals to write)
_INITIALS = re.compile(r"(?:[A-Z\u0410-\u042f\u0401\u0531-\u0556\u10d0-\u10fa]\.)+")
_ABBREVIATIONS = frozenset(w.lower() for lang in LANGUAGES for w in lexicon(lang).get("abbreviations", []))
# The word of the clock cut short before its hour ("Kl. 0915 Havnefogd ...", "ca. kl. 0300", "kl. 17.40"), of every
# language's file and supplement (sv.yaml clock_sure_openers): its full stop ends no sentence where the hour follows.
_CLOCK_WORDS_CUT = frozenset(w.rstrip(".").lower() for lang in (*LANGUAGES, *SUPPLEMENTED)
                             for w in lexicon(lang).get("clock_sure_openers") or () if w.endswith("."))
def _page_clock_words() -> frozenset[str]:
    """The clock's words of the page's language where it borrows them (borrowed.py: Danish and Norwegian "kl.")."""
    language = reading_language()
    return _clock_words_of(language) if language else frozenset()


@cache
def _clock_words_of(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon(language).get("clock_sure_openers") or ())


_HOUR_ON = re.compile(r"\s*[0-2]?\d(?:[.:]?[0-5]\d)?(?!\d)")
# A sentence that opens with a time of day and nothing else yet ("At 4 p.m. I visited ...", "Yesterday at 4 p.m.
# Professor Lule was sworn in ..."): its "p.m." ends nothing; nor after a comma and a joining word ("..., and at 10.30 a.m.
# Bishop announced ...": a clause opening with its time).
def _words_of(key: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon("en").get(key) or ["(?!)"], key=len, reverse=True))


_CLOCK_TIME = r")\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.\s?m\."
_CLOCK_OPENING = re.compile(
    r"\W*(?:(?:" + _words_of("clock_opener_leads") + r")\s+)?(?:" + _words_of("clock_openers") + _CLOCK_TIME, re.IGNORECASE,
) if lexicon("en").get("clock_openers") else re.compile(r"(?!)")
_CLOCK_CLAUSE = re.compile(
    r"[,;]\s*(?:(?:" + _words_of("clock_opener_leads") + r")\s+)(?:" + _words_of("clock_openers") + _CLOCK_TIME + r"$", re.IGNORECASE,
) if lexicon("en").get("clock_openers") else re.compile(r"(?!)")
