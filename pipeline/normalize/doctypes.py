"""The kind of document a title or a catalogue field names, in the documents table's vocabulary.

Titles name the kind in English, Russian or Chinese ("Ciphered Telegram No.
709, ...", "Memorandum of Conversation", "MZD關於…致斯大林電", "Постановление");
catalogue fields abbreviate it (CIA CREST "Content Type: BRIEF"). The first
kind whose words appear wins, so the order of pipeline/reference/doctypes.yaml matters: a "memorandum of
conversation" is a record of conversation, not a memorandum.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from pipeline.normalize.lowered import is_lower_case
from pipeline.normalize.openings import with_opening
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
def _any_kind() -> re.Pattern:
    """Every rule's words in one pattern: a text that names no kind (a third of the titles and fields asked) is
    told so at one search, where trying each rule in turn scanned it once per rule."""
    return with_opening(re.compile("|".join(f"(?:{pattern.pattern})" for _kind, pattern in _patterns())))


@lru_cache(maxsize=16)
def document_type_of(text: str) -> str:
    """The kind of document ``text`` names, or "other".

    The parsers ask it of the same title several times over one document (its layout, its parties, its
    heading): the last few answers are kept, too few to outlast a document."""
    lowered = text.lower()
    if (first := _any_kind().search(lowered)) is None:
        return "other"
    # No rule's words start before the first words of any rule: each rule is sought from there, not from the start.
    at = first.start()
    return next((kind for kind, pattern in _patterns() if pattern.search(lowered, at)), "other")


def names_a_kind(text: str) -> bool:
    """Whether ``text`` names a kind of document, one the table has (a telegram) or not (a ministry's circular, 通报,
    read as other): a heading, never a line that names no kind."""
    lowered = text.lower()
    if (first := _any_kind().search(lowered)) is None:
        return False
    return any(pattern.search(lowered, first.start()) for _kind, pattern in _patterns())


def examples() -> list[tuple[str, str]]:
    """(example title, the kind it must be read as) of every rule: the data's own test cases."""
    raw = load_yaml(resources.files("pipeline.reference").joinpath("doctypes.yaml").read_text("utf-8"))
    return [(example, entry["kind"]) for entry in raw for example in entry.get("examples", [])]
