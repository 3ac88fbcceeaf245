"""Text written all in capitals (teletype, telegrams, CIA Intelligence Information Cables and FBIS items in CREST OCR)
put in sentence case for the readers of its sentences, which look for cues in lower case and names by their capitals.

The case is changed letter for letter, so every offset into the text stays valid: a row read from the cased text points
at the same characters of the page ("ON 17 NOVEMBER THANOM ANNOUNCED" is read as "On 17 November Thanom announced").
A word keeps its capital when it opens a sentence, when the gazetteer knows it (alone or with the words after it:
"NEW YORK", "PEKING"), when it is a month or a weekday, an acronym without vowels ("NSA", "DIA"), a title and the name
after it ("FIELD MARSHAL THANOM KITTIKACHORN": up to the first word of ordinary prose), or a name the text has already
given after a title ("THANOM" alone later on). Everything else is lowered.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from pipeline.normalize.lexicon import lexicon
from pipeline.normalize.names import lookup

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_SENTENCE_END = re.compile(r"[.!?:]\s*$|^\s*$|^\s*\(?\d{1,2}[.)]\s*$")
_LETTERS = re.compile(r"[A-Za-z]")
_CALENDAR = frozenset(w.casefold() for w in (*calendar.month_name[1:], *calendar.day_name))
_GAZETTEER_SPAN = 3  # words tried together against the gazetteer: "NEW YORK CITY"


def _plain_words() -> frozenset[str]:
    """The ordinary words of English the lexicon lists (its cues: "met", "announced", "the", "council"), and those it
    adds for text in capitals (``capitals_prose_words``)."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update([value] if _LOWER_WORD.fullmatch(value) else [])
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for key, value in (lexicon("en") or {}).items():
        if not key.startswith("examples"):
            walk(value)
    return frozenset(found)


_POSSESSIVE = re.compile(r"['’]s$")
_LOWER_WORD = re.compile(r"[a-z]+")
_TITLES = frozenset(part.casefold() for key in ("titles", "capitals_title_words")
                    for title in lexicon("en").get(key) or [] for part in title.split(" of ")[0].split())
_PROSE = _plain_words() - _TITLES  # the ordinary words that end a name after a title, and that no name is
_OPENS = re.compile(r"[.!?:][\s\d().]*$")  # what stands between a sentence's first word and the word before
_OCR_ZERO = re.compile(r"(?<![\w'’/-])(?=[A-Z0]*[A-Z])[A-Z]*0[A-Z0]*(?![\w'’/-])")  # "0N", "T0", "0F": a zero among capitals
_ACRONYM = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,6}")  # an acronym without vowels keeps its capitals: "NSC", "CC", "TDCS"
# A month cut short ("14 APR", "APR 14"): kept with its capital beside a number only ("MAR" and "DEC" are words too).
_SHORT_MONTHS = frozenset(m.casefold().rstrip(".") for m in lexicon("en").get("months") or {}) - _CALENDAR
_NUMBER_BEFORE = re.compile(r"\d\s*$")
_NUMBER_AFTER = re.compile(r"\.?\s*\d")
# A paragraph's classification mark in brackets before its first sentence ("A. (C) ON 14 APR ARMA FLEW ..."): no word
# of the sentence, which opens after it.
_PORTION_MARKS = frozenset(m.upper() for m in lexicon("en").get("capitals_portion_marks") or [])
_PORTION_MARK = re.compile(r"\(([A-Z/]{1,6})\)")


def in_capitals(text: str, share: float = 0.85) -> bool:
    """Text of Latin letters nearly all capitals (``share`` of them at least), long enough to tell."""
    letters = _LETTERS.findall(text)
    return len(letters) >= 20 and sum(map(str.isupper, letters)) >= share * len(letters)


_HEADING_SMALL = frozenset(w.casefold() for w in lexicon("en").get("heading_small_words") or [])


def heading_case(text: str) -> str:
    """A heading in capitals in a heading's case, letter for letter: each word capitalised, the small words inside it
    lowered ("EMBASSY IN ITALY": "Embassy in Italy"), an acronym the gazetteer or its letters tell kept ("USSR")."""
    cased = list(text)
    for index, m in enumerate(_WORD.finditer(text)):
        word = m.group()
        if _ACRONYM.fullmatch(word) or (len(word) <= 5 and (known := lookup(word)) is not None and word in known.aliases):
            continue
        lowered = word.lower()
        first = lowered if index and lowered in _HEADING_SMALL else lowered[:1].upper() + lowered[1:]
        cased[m.start(): m.end()] = list(first)
    return "".join(cased)


def names_after_titles(texts: Iterable[str]) -> frozenset[str]:
    """The words a text in capitals writes after a title ("GENERAL PRAPHAT CHARUSATHIEN": praphat, charusathien), up to
    the first ordinary word: its people, to be capitalised again where they come alone ("THANOM ANNOUNCED")."""
    found: set[str] = set()
    for text in texts:
        matches = list(_WORD.finditer(text))
        for at, m in enumerate(matches):
            if m.group().casefold() not in _TITLES:
                continue
            for before, after in zip(matches[at: at + 3], matches[at + 1: at + 4], strict=False):
                name = _POSSESSIVE.sub("", after.group().casefold())
                if text[before.end(): after.start()].strip() or name in _PROSE or name in _TITLES or len(name) < 3:
                    break
                found.add(name)
    return frozenset(found)


def sentence_case(text: str, names: frozenset[str] = frozenset()) -> str:
    """``text`` in sentence case, letter for letter (the same length, each character at its place). An ordinary word
    the OCR wrote with a zero for its O ("0N THE AFTERNOON OF 21 MARCH", "T0"): read with its letter."""
    text = _OCR_ZERO.sub(lambda m: m[0].replace("0", "O") if m[0].replace("0", "o").casefold() in _PROSE else m[0], text)
    matches = list(_WORD.finditer(text))
    keep: set[int] = set()
    at = 0
    while at < len(matches):
        span = next((n for n in range(min(_GAZETTEER_SPAN, len(matches) - at), 0, -1)
                     if _gazetteer_name(text, matches[at], matches[at + n - 1])), 0)
        keep.update(range(at, at + span))
        at += max(span, 1)
    cased = list(text.lower())
    in_name = False  # the words after a title, up to the first ordinary word
    opens = False  # the word after a classification mark that stands where a sentence opens
    for index, m in enumerate(matches):
        word = _POSSESSIVE.sub("", m.group().casefold())  # "THANOM'S": the name's
        gap = text[matches[index - 1].end(): m.start()] if index else ""
        if _ACRONYM.fullmatch(m.group()):
            cased[m.start(): m.end()] = list(m.group())
            in_name = False
            continue
        titled = word in _TITLES
        named = in_name and not gap.strip() and word not in _PROSE and len(word) >= 3
        proper = index in keep or word in names or word in _CALENDAR or word == "i" or word in _SHORT_MONTHS and (
            _NUMBER_BEFORE.search(text, 0, m.start()) or _NUMBER_AFTER.match(text, m.end()))
        opening = index == 0 or bool(_OPENS.search(gap)) or opens and gap.strip() == ")"
        mark = _PORTION_MARK.match(text, m.start() - 1) if m.start() else None
        opens = opening and mark is not None and mark.group(1) in _PORTION_MARKS
        if opens:
            cased[m.start(): m.end()] = list(m.group())
            continue
        if titled or named or proper or opening:
            cased[m.start()] = m.group()[0].upper()
        in_name = titled or named
    return "".join(cased)


def _gazetteer_name(text: str, first: re.Match, last: re.Match) -> bool:
    surface = text[first.start(): last.end()]
    if first is last and (surface.casefold() in _PROSE or len(surface) < 3):
        return False  # "MAY", "SAID": ordinary words before any gazetteer's short alias
    return lookup(surface.title()) is not None
