"""The kind of document a title or a catalogue field names, in the documents table's vocabulary.

Titles name the kind in English, Russian or Chinese ("Ciphered Telegram No.
709, ...", "Memorandum of Conversation", "MZD關於…致斯大林電", "Постановление");
catalogue fields abbreviate it (CIA CREST "Content Type: BRIEF"). The first
kind whose words appear wins, so the order of pipeline/reference/doctypes.yaml matters: a "memorandum of
conversation" is a record of conversation, not a memorandum.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

from pipeline.normalize.lexicon import trie_pattern
from pipeline.normalize.lowered import is_lower_case
from pipeline.normalize.openings import required_words, with_opening
from pipeline.normalize.page_memo import once_per_page
from schemas import load_yaml


@cache
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """One pattern per rule, its words in lower case matched against the text lowered once: a search
    without IGNORECASE can skip ahead to the characters a word may start with, so it runs about twice
    as fast as the same search ignoring case."""
    raw = load_yaml(resources.files("pipeline.reference").joinpath("doctypes.yaml").read_text("utf-8"))
    for entry in raw:
        if upper := [word for word in entry["words"] if not is_lower_case(word)]:
            raise ValueError(f"doctypes.yaml: the words of {entry['kind']} must be written in lower case: {upper}")
    # Each behind a lookahead for the letters its words start with (``with_opening``): the search turns a position
    # away at one test rather than trying every phrase of the kind there, about a third quicker over the titles.
    return tuple((entry["kind"], with_opening(re.compile("|".join(entry["words"])))) for entry in raw)


@cache
def _candidates() -> tuple[tuple[str, re.Pattern, tuple[str, ...] | None], ...]:
    """Each rule with the strings one of which any match of its words holds (``required_words``: "minutes",
    "protocol", "telegram", "电报"): a rule whose strings the text lacks is passed over at a few substring tests,
    where its search would try its phrases at every place a word of it may start (most rules, for most titles)."""
    return tuple((kind, pattern, required_words(pattern)) for kind, pattern in _patterns())


@cache
def _any_required() -> re.Pattern:
    """Any rule's required strings, found at one scan of a text: at each place, the longest one starting there
    (``trie_pattern`` tries a longer word before a shorter one it starts with), read inside a lookahead, so that a
    word starting inside another's match is found too."""
    return re.compile("(?=(" + trie_pattern(word for _kind, _pattern, needed in _candidates() for word in needed or ()) + "))")


@cache
def _required_within() -> dict[str, frozenset[str]]:
    """Each required string with every required string it starts with (itself among them): the strings a text holds
    where the scan found that one, the longest, at a place."""
    required = {word for _kind, _pattern, needed in _candidates() for word in needed or ()}
    return {longest: frozenset(word for word in required if longest.startswith(word)) for longest in required}


@lru_cache(maxsize=1024)
def _rules_for(found: frozenset[str]) -> tuple[tuple[str, re.Pattern], ...]:
    """The rules, in order, that require no string or one of ``found`` (the required strings a text holds)."""
    return tuple((kind, pattern) for kind, pattern, needed in _candidates() if needed is None or not found.isdisjoint(needed))


def _may_name(lowered: str) -> Iterator[tuple[str, re.Pattern]]:
    """The rules, in order, whose words ``lowered`` may hold: every rule that matches it among them. The required
    strings the text holds are found at one scan (a third of the titles asked, most lines, hold none), and the rules
    they allow are told once for each set of strings found, not by a substring test per rule and string."""
    longest = set(_any_required().findall(lowered))
    if not longest:
        return iter(_unconditional())
    within = _required_within()
    return iter(_rules_for(frozenset().union(*(within[word] for word in longest))))


@cache
def _unconditional() -> tuple[tuple[str, re.Pattern], ...]:
    """The rules that require no string, in order."""
    return tuple((kind, pattern) for kind, pattern, needed in _candidates() if needed is None)


@lru_cache(maxsize=16)
def document_type_of(text: str) -> str:
    """The kind of document ``text`` names, or "other".

    The parsers ask it of the same title several times over one document (its layout, its parties, its
    heading): the last few answers are kept, too few to outlast a document."""
    lowered = text.lower()
    return next((kind for kind, pattern in _may_name(lowered) if pattern.search(lowered)), "other")


@once_per_page  # a page's heading lines are asked by its title's, its heading's and its banner's readers
def names_a_kind(text: str) -> bool:
    """Whether ``text`` names a kind of document, one the table has (a telegram) or not (a ministry's circular, 通报,
    read as other): a heading, never a line that names no kind."""
    lowered = text.lower()
    return any(pattern.search(lowered) for _kind, pattern in _may_name(lowered))


def examples() -> list[tuple[str, str]]:
    """(example title, the kind it must be read as) of every rule: the data's own test cases."""
    raw = load_yaml(resources.files("pipeline.reference").joinpath("doctypes.yaml").read_text("utf-8"))
    return [(example, entry["kind"]) for entry in raw for example in entry.get("examples", [])]
