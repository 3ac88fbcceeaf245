"""A pattern's possible first characters, as a lookahead that lets a search turn most positions away at once.

A search tries a pattern at every position of the text. When the pattern opens with an alternation of phrases,
with a word boundary or a group, Python's engine cannot skip ahead to where a match may start, and tries every
alternative at every character. ``with_opening`` puts a lookahead for the characters any match must start with in
front of the pattern: one test turns a position away, and every match is the same (same place, same groups).
The characters are read from the pattern's parse by ``re``'s own parser; a pattern whose opening cannot be told
(any character, a category such as ``\\w``, a back reference, a scoped flag, or a pattern that can match nothing)
is left as it is.
"""

from __future__ import annotations

import _sre
import re
from functools import cache
from re import _compiler, _parser
from re import _constants as _ops  # the parser's opcodes (Python 3.11's re package)

_WIDEST_RANGE = 512  # a character range wider than this ("[^...]"-like) tells too little to be worth a lookahead
DIGIT = r"\d"  # among the first characters: any digit (the class "\d" as the pattern's flags read it), where a day or a
# number opens a match ("the 3rd of May", "12 июля")


def first_characters(pattern: re.Pattern, items=None) -> frozenset[str] | None:
    """The characters every match of ``pattern`` starts with (before case folding, which the lookahead compiled with
    the pattern's flags does again; ``DIGIT`` for the class of digits), or None when they cannot be told or the pattern may match the empty string.
    ``items``: the pattern's parse, where the caller has it already."""
    try:
        chars, nullable = _sequence(_parser.parse(pattern.pattern, pattern.flags).data if items is None else items)
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    return None if chars is None or nullable or not chars else frozenset(chars)


def with_opening(pattern: re.Pattern, items=None) -> re.Pattern:
    """``pattern`` behind a lookahead for its first characters (same matches, spans and groups), or ``pattern``
    itself when they cannot be told (``items``: its parse, where the caller has it already)."""
    chars = first_characters(pattern, items)
    if chars is None:
        return pattern
    opening = "(?=[" + "".join(c if c == DIGIT else re.escape(c) for c in sorted(chars)) + "])"
    source = opening + "(?:" + pattern.pattern + ")"
    try:
        return _skipping(source, pattern.flags) or re.compile(source, pattern.flags)  # parsed and compiled once
    except re.error:
        return pattern


def compile_skipping(source: str, flags: int = 0, opening: str | None = None) -> re.Pattern:
    """``source``, which opens with a lookahead for a class of characters ("(?=[...])"), compiled so that a search
    skips ahead to those characters inside ``re``'s engine, as it does for a pattern that opens with the class itself.
    ``opening``: that class ("[...]") for a pattern that opens with a finer test, every match of which starts with a
    character of the class (the caller's word for it). Parsed and compiled once: ``re.compile``'s own parse and program
    would be thrown away (the date grammar, a few thousand alternatives, was parsed twice: once per process, and again
    for each language that borrows months from dateparser's locale data).

    ``re`` reads a search's first characters from the pattern's first item only, and a lookahead is not a class:
    left to itself, the engine enters the whole pattern at every position, where the lookahead turns most of them
    away. The same program with the class written into its header (the "charset" ``re`` writes for "[abc]...")
    tests each character against the class in one tight loop and enters the pattern where a character is in it;
    the lookahead is still the pattern's first item, so every match is the same (same place, same groups). Compiled
    as ``re.compile`` makes it: a pattern that ignores case (its class would have to hold every case of its
    characters), that may match the empty string, or that opens otherwise."""
    return _skipping(source, flags, opening) or re.compile(source, flags)


def _skipping(source, flags: int, opening: str | None = None) -> re.Pattern | None:
    """``compile_skipping``'s program for the pattern ``source``, parsed and compiled once; None where it does not apply."""
    if flags & (re.IGNORECASE | re.LOCALE | re.DEBUG) or not isinstance(source, str):
        return None
    try:
        parsed = _parser.parse(source, flags)
        items = parsed.data
        if opening is not None:
            inner = _parser.parse(opening, flags).data
        elif not items or items[0][0] is not _ops.ASSERT or items[0][1][0] != 1:
            return None
        else:
            inner = items[0][1][1].data
        if len(inner) != 1 or inner[0][0] is not _ops.IN:
            return None
        if parsed.getwidth()[0] == 0:
            return None  # re's engine skips ahead only for a pattern that cannot match the empty string
        all_flags = parsed.state.flags | flags
        code = _compiler._code(parsed, flags)
        if code[0] is not _ops.INFO or code[2]:
            return None  # a header that already tells a prefix or a class
        charset, _cased = _compiler._optimize_charset(inner[0][1])
        header = [_ops.INFO, 0, _compiler.SRE_INFO_CHARSET, code[3], code[4]]
        _compiler._compile_charset(charset, all_flags, header)
        header[1] = len(header) - 1
        program = header + code[1 + code[1]:]
        groups = parsed.state.groupdict
        names = [None] * parsed.state.groups
        for name, index in groups.items():
            names[index] = name
        return _sre.compile(source, all_flags, program, parsed.state.groups - 1, groups, tuple(names))
    except (AttributeError, IndexError, TypeError, ValueError, RuntimeError, re.error):
        return None


@cache
def compile_opening(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)`` behind the lookahead for its first characters (``with_opening``), made once per
    pattern and flags: the patterns that read each sentence of a text for its events, most of which open with a word
    boundary or an alternation of phrases, turn away at one test the positions where none of their words can start."""
    if isinstance(source, str) and source.startswith("(?=[") and (pattern := _skipping(source, flags)) is not None:
        return pattern  # it opens with its own lookahead for a class (the gazetteer's names): parsed and compiled once
    pattern = re.compile(source, flags)
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data  # parsed once for both questions below
    except (re.error, TypeError, ValueError):
        return pattern
    return pattern if _scanned_by_re(pattern, items) else with_opening(pattern, items)


def _scanned_by_re(pattern: re.Pattern, items) -> bool:
    """A pattern that opens with a character or a class and matches case as written: ``re`` already skips to the
    places where it may start (a lookahead in front would hide that opening from it). And a pattern anchored at the
    start of the text ("^..."): ``re`` tries it at the start alone, where behind a lookahead it would try every place.
    ``items``: the pattern's parse."""
    if items and items[0][0] is _ops.AT and (items[0][1] is _ops.AT_BEGINNING_STRING or (
            items[0][1] is _ops.AT_BEGINNING and not pattern.flags & re.MULTILINE)):
        return True
    if pattern.flags & re.IGNORECASE:
        return False
    return bool(items) and items[0][0] in (_ops.LITERAL, _ops.IN)


def _sequence(items) -> tuple[set[str] | None, bool]:
    """First characters of a sequence of items, and whether the whole sequence may match the empty string."""
    chars: set[str] = set()
    for op, av in items:
        first, nullable = _item(op, av)
        if first is None:
            return None, False
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _item(op, av) -> tuple[set[str] | None, bool]:
    if op is _ops.LITERAL:
        return {chr(av)}, False
    if op is _ops.IN:
        return _members(av), False
    if op is _ops.BRANCH:
        chars, nullable = set(), False
        for alternative in av[1]:
            first, empty = _sequence(alternative.data)
            if first is None:
                return None, False
            chars |= first
            nullable |= empty
        return chars, nullable
    if op is _ops.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            return None, False  # "(?i:...)": its letters' other cases are not the pattern's to tell
        return _sequence(inner.data)
    if op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT, _ops.POSSESSIVE_REPEAT):
        low, _high, inner = av
        first, nullable = _sequence(inner.data)
        return (None, False) if first is None else (first, low == 0 or nullable)
    if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
        return set(), True  # zero width: the characters after it open the match (a lookaround only narrows them)
    return None, False  # any character, a back reference, a conditional: not told


def _members(items) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _ops.LITERAL:
            chars.add(chr(av))
        elif op is _ops.RANGE and av[1] - av[0] < _WIDEST_RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _ops.CATEGORY and av is _ops.CATEGORY_DIGIT:
            chars.add(DIGIT)  # "\d": the lookahead's class holds it as the pattern does
        else:
            return None  # a negated class, a category, a wide range
    return chars


_SMALL_CLASS = 8  # a class of at most this many characters ("[信函]") is as good a test as a word: one of them is held


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds, told from its parse (the longest run of plain characters
    each alternative must write: "minutes", "protocol", " between"), or None when they cannot be told (an alternative
    of classes and wildcards only, a pattern ignoring case). A text holding none of them is no match, told by substring
    tests without the search."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
    except (re.error, TypeError, ValueError):
        return None
    found = _required_in_sequence(items)
    return tuple(sorted(set(found))) if found else None


def _required_in_sequence(items) -> list[str] | None:
    """The best set of strings one of which the sequence ``items`` must hold: of each item's sets (a run of plain
    characters, a group's, a repeated item's), the one whose shortest string is longest."""
    best: list[str] | None = None
    run: list[str] = []
    candidates: list[list[str]] = []
    for op, av in [*items, (None, None)]:
        if op is _ops.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(["".join(run)])
            run = []
        if op is None:
            break
        found = _required_in_item(op, av)
        if found:
            candidates.append(found)
    for found in candidates:
        if best is None or min(map(len, found)) > min(map(len, best)):
            best = found
    return best


def _required_in_item(op, av) -> list[str] | None:
    if op is _ops.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _required_in_sequence(inner.data)
    if op is _ops.BRANCH:
        found: list[str] = []
        for alternative in av[1]:
            words = _required_in_sequence(alternative.data)
            if not words:
                return None  # an alternative that need hold nothing told
            found += words
        return found
    if op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT, _ops.POSSESSIVE_REPEAT):
        low, _high, inner = av
        return _required_in_sequence(inner.data) if low >= 1 else None
    if op is _ops.IN:
        chars = _members(av)
        return sorted(chars) if chars and DIGIT not in chars and len(chars) <= _SMALL_CLASS else None
    return None
