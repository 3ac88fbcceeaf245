"""The per-language word lists of ``pipeline/reference/lang/*.yaml``, loaded once.

Python keeps the control flow and builds its patterns from these lists at import time: ``alternation``
joins words (escaped, longest first, so that "Sept." wins over "Sep"), ``letters`` makes a character class.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources

from pipeline.normalize.borrowed import borrowed_lexicon, supplemented
from schemas import load_yaml

_FOLDER = resources.files("pipeline.reference").joinpath("lang")
# Every language with a file: a new language is a new file.
LANGUAGES = tuple(sorted(f.name.removesuffix(".yaml") for f in _FOLDER.iterdir() if f.name.endswith(".yaml")))
# The words a language with no file borrows that its locale data lacks or gets wrong (borrowed.supplemented): one file
# a language, its words alone.
_SUPPLEMENTS = resources.files("pipeline.reference").joinpath("lang", "supplements")
SUPPLEMENTED = tuple(sorted(f.name.removesuffix(".yaml") for f in _SUPPLEMENTS.iterdir() if f.name.endswith(".yaml")))


@cache
def lexicon(language: str) -> dict:
    """The words and phrases of one language (en, ru, zh); for a language without a file, the calendar words
    dateparser's locale data gives it (``borrowed.borrowed_lexicon``: marked ``borrowed``) with the words of its
    supplement where it has one (``borrowed.supplemented``), else empty."""
    name = f"{language}.yaml"
    if not _FOLDER.joinpath(name).is_file():
        if language not in SUPPLEMENTED:
            return borrowed_lexicon(language)
        supplement = load_yaml(_SUPPLEMENTS.joinpath(name).read_text("utf-8"))
        borrowed = borrowed_lexicon(language, supplement.get("date_order"))  # the order its pages write, where given
        return supplemented(borrowed, supplement) if borrowed else borrowed
    return load_yaml(_FOLDER.joinpath(name).read_text("utf-8"))


def weekday_numbers(language: str = "en") -> dict[str, int]:
    """The days of the week of one language's file (its ``weekdays``) in small letters, to their numbers (Monday 0 ..
    Sunday 6): a new dict at each call, the one table the readers of a named day share."""
    return {w.lower(): n for w, n in (lexicon(language).get("weekdays") or {}).items()}


# The language of the page being read where it has no file and borrows its calendar words (``reading``): the date
# grammar reads that language's months on this page only, the tense reader its days only in its passages.
_READING: ContextVar[str | None] = ContextVar("reading_language", default=None)


@contextmanager
def reading(language: str | None) -> Iterator[None]:
    """Inside it, the page being read is written in ``language`` (None: a language with a file, or none known)."""
    token = _READING.set(language)
    try:
        yield
    finally:
        _READING.reset(token)


def reading_language() -> str | None:
    """The borrowing language of the page being read (``reading``), None where the page's language has a file."""
    return _READING.get()


def borrows(language: str | None) -> bool:
    """``language`` has no file and dateparser's locale data gives it calendar words."""
    return language not in LANGUAGES and bool(lexicon(language).get("borrowed"))


def page_language(passages: Iterable[tuple[str | None, int]]) -> str | None:
    """The language most of a page's characters are written in, from its passages' (language, length): the page's
    language where it borrows its calendar words (``borrows``), else None, the page read by the files alone."""
    written: Counter = Counter()
    for language, length in passages:
        if language:
            written[language] += length
    if not written:
        return None
    language = written.most_common(1)[0][0]
    return language if borrows(language) else None


def strings(language: str) -> Iterator[str]:
    """Every string a language file writes, its keys, values and examples at any depth: what its rules and their
    examples spell, for the readers that ask whether a word is a common one there."""
    stack: list = [lexicon(language)]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, str):
            yield item


def words(key: str, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """The words listed under ``key`` in each language's file, in the languages' order (a new list at each call: the
    readers ask it of a line's words at every line, and the lists of all the languages are gathered once per key)."""
    if languages is LANGUAGES:
        return list(_every_language_words(key))
    return [w for lang in languages for w in (lexicon(lang).get(key) or [])]


@cache
def _every_language_words(key: str) -> tuple[str, ...]:
    return tuple(w for lang in LANGUAGES for w in (lexicon(lang).get(key) or []))


def alternation(listed: Iterable[str]) -> str:
    """A regex alternation of the words, escaped, longest first (ties in a fixed order): no group around it."""
    return "|".join(re.escape(w) for w in sorted(set(listed), key=lambda w: (-len(w), w)))


def trie_pattern(words) -> str:
    """One pattern for many names or words, their shared beginnings written once ("Kim (?:Il Sung|Jong Il)"): a
    longer name is tried before a shorter one it starts with, as ``alternation``'s longest-first list does, at a
    fraction of the cost for a gazetteer of thousands of forms (the engine tries an alternation's words one by one;
    here a character turns a whole branch away). Read off the sorted names, where the names that share a
    beginning stand together: each branch found by bisection, a name's tail that no other shares escaped whole.
    Not for a pattern ignoring case: a branch of one letter in two cases would be tried apart."""
    ordered = sorted(set(words))
    return (_trie_branch(ordered, 0, 0, len(ordered)) if ordered else "") or "(?!)"


def _trie_branch(words: list[str], depth: int, lo: int, hi: int) -> str:
    """The pattern of ``words[lo:hi]`` (sorted) past the ``depth`` characters they all start with."""
    ends = len(words[lo]) == depth  # the shared beginning is itself a name: it sorts first
    if ends:
        lo += 1
    if lo == hi:
        return ""
    if hi - lo == 1 and not ends:
        return re.escape(words[lo][depth:])
    branches = []
    while lo < hi:
        word = words[lo]
        following = word[:depth] + chr(ord(word[depth]) + 1)  # past every name that goes on with this character
        end = bisect_left(words, following, lo + 1, hi)
        branches.append(re.escape(word[depth]) + _trie_branch(words, depth + 1, lo, end))
        lo = end
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


# A letter of any script or a combining mark (a vowel sign, a virama: Bengali "১৩ই", Nepali "छ", Pashto "۱۴مه"), which
# ``\w`` takes but for the marks: a regex fragment, over every character Unicode holds.
_COMBINING_MARKS = "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) in ("Mn", "Mc"))
LETTER_OR_MARK = r"(?:[^\W\d_]|[" + re.escape(_COMBINING_MARKS) + r"])"


def letters(chars: Iterable[str], *, but: bool = False) -> str:
    """A regex character class of the characters given (``but``: of every other character), escaped, in a fixed order."""
    return ("[^" if but else "[") + "".join(re.escape(c) for c in sorted(set("".join(chars)))) + "]"


def alphabet(languages: Iterable[str] = LANGUAGES) -> str:
    """The lower-case letters of the languages' alphabets (a script without case, Chinese, has none listed)."""
    return "".join(lexicon(lang).get("alphabet", "") for lang in languages)
