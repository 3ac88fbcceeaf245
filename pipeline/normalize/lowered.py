"""Patterns written in lower case, searched in the lowered text rather than ignoring case.

A search that ignores case compares every character both ways and cannot skip
ahead to the characters a word may start with; the same words written in lower
case and searched in the text lowered once run about twice as fast. Only for
tests of presence: a match's offsets are those of the lowered text.
"""

from __future__ import annotations

import re


def is_lower_case(source: str) -> bool:
    """A pattern's own letters are all small (escapes such as ``\\b`` aside)."""
    literal = re.sub(r"\\.", "", source)
    return literal == literal.lower()


def letter_first(source: str) -> str:
    """The same pattern with each boundary before a letter ("\\breport") checked once the letter is read
    ("r(?<!\\w.)eport"): a pattern, or each of its alternatives, that opens with a letter lets the search skip
    straight to the places that letter stands, where a boundary first makes it try every place. Left as it is when
    it has a character class (where "\\b" is another thing)."""
    return source if "[" in source else _BOUNDARY_BEFORE_LETTER.sub(r"\1(?<!\\w.)", source)


# "\b" (not an escaped backslash and a "b") before a letter that no quantifier follows.
_BOUNDARY_BEFORE_LETTER = re.compile(r"(?<!\\)\\b([a-z])(?![?*+{])")


# The last text lowered and its lower case: a list of patterns tried in turn on one text (the kinds of event a
# sentence may tell) lowers it once, not once per pattern. Kept as one tuple, so a reader never sees a text
# paired with another's lower case.
_LAST: tuple[str, str] = ("", "")


class LoweredPattern:
    """``re.compile(source, re.IGNORECASE).search(text)`` for a lower-case ``source``, as a test of presence."""

    __slots__ = ("pattern",)

    def __init__(self, source: str):
        if not is_lower_case(source):
            raise ValueError(f"a pattern searched in lowered text must be written in lower case: {source!r}")
        self.pattern = re.compile(letter_first(source))

    def search(self, text: str) -> re.Match | None:
        global _LAST
        last = _LAST
        if last[0] is not text:
            last = _LAST = (text, text.lower())
        return self.pattern.search(last[1])


def lowered(text: str) -> str:
    """``text.lower()``, kept for the last text asked about, as ``LoweredPattern.search`` keeps it."""
    global _LAST
    last = _LAST
    if last[0] is not text:
        last = _LAST = (text, text.lower())
    return last[1]
