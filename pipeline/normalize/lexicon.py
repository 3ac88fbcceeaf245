"""The per-language word lists of ``pipeline/reference/lang/*.yaml``, loaded once.

Python keeps the control flow and builds its patterns from these lists at import time: ``alternation``
joins words (escaped, longest first, so that "Sept." wins over "Sep"), ``letters`` makes a character class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from schemas import load_yaml

_FOLDER = resources.files("pipeline.reference").joinpath("lang")
# Every language with a file: a new language is a new file.
LANGUAGES = tuple(sorted(f.name.removesuffix(".yaml") for f in _FOLDER.iterdir() if f.name.endswith(".yaml")))


@cache
def lexicon(language: str) -> dict:
    """The words and phrases of one language (en, ru, zh); empty for a language without a file."""
    name = f"{language}.yaml"
    if not _FOLDER.joinpath(name).is_file():
        return {}
    return load_yaml(_FOLDER.joinpath(name).read_text("utf-8"))


def words(key: str, languages: Iterable[str] = LANGUAGES) -> list[str]:
    """The words listed under ``key`` in each language's file, in the languages' order."""
    return [w for lang in languages for w in (lexicon(lang).get(key) or [])]


def alternation(listed: Iterable[str]) -> str:
    """A regex alternation of the words, escaped, longest first (ties in a fixed order): no group around it."""
    return "|".join(re.escape(w) for w in sorted(set(listed), key=lambda w: (-len(w), w)))


def grouped_alternation(listed: Iterable[str]) -> str:
    """``alternation`` of the words grouped under their first character ("A(?:P|U|b)|D(?:E|e)|..."): the same strings,
    for a test that only asks whether one of them stands at a place (a lookahead, a search for any of them), where the
    engine turns a character away at one test of each group rather than of each word (it tries an alternation's words
    one by one). Not for a pattern ignoring case, whose groups of one letter in two cases would be tried apart."""
    listed = set(listed)
    return "|".join(re.escape(c) + f"(?:{alternation(w[1:] for w in listed if w[:1] == c)})" for c in sorted({w[:1] for w in listed}))


def letters(chars: Iterable[str], *, but: bool = False) -> str:
    """A regex character class of the characters given (``but``: of every other character), escaped, in a fixed order."""
    return ("[^" if but else "[") + "".join(re.escape(c) for c in sorted(set("".join(chars)))) + "]"


def alphabet(languages: Iterable[str] = LANGUAGES) -> str:
    """The lower-case letters of the languages' alphabets (a script without case, Chinese, has none listed)."""
    return "".join(lexicon(lang).get("alphabet", "") for lang in languages)
