"""A pattern behind the lookahead for its first characters finds the same matches (places, spans, groups)."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.normalize.doctypes import _patterns
from pipeline.normalize.openings import (
    DIGIT,
    compile_opening,
    compile_skipping,
    first_characters,
    with_opening,
)

PATTERNS = [
    r"memorandum of (?:a )?conversation|record of (?:the )?talks|\btelcon\b",
    r"(?:meeting|talks?) between|^note\b|\bnote (?:from|to)\b",
    r"(?P<who>[A-Z][a-z]+) to (?P<whom>[A-Z][a-z]+)",
    r"(?:toggle |main )?(?:menu|navigation)|[-*_]{3,}",
    r"(?<![a-z])(?:cde\.|comrade)\s+\w+",
    r"(?i:stalin)|mao",  # a scoped flag: left as it is
    r"\d+ (?:июля|мая)|[一二三]月",
    r"(?<![\w-])(?:the\s+)?(?:first|second|[0-3]?\d(?:st|nd|rd|th))\s+of\s+(?:May|June)",  # a day, in words or figures
]
TEXTS = [
    "Memorandum of a Conversation between Mao and Stalin", "TELCON with the Secretary", "note from the embassy",
    "Toggle menu", "*** main navigation ---", "cde. Filippov, Comrade Mao", "12 июля 1951, 三月", "Stalin to Mao",
    "STALIN", "", "record of the talks", "nothing to see", "on the 3rd of May", "the First of June", "١٢th of June",
]


@pytest.mark.parametrize("source", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_lookahead_changes_no_match(source, flags):
    pattern = re.compile(source, flags)
    opened = with_opening(pattern)
    rng = random.Random(source)
    texts = TEXTS + ["".join(rng.choice(TEXTS + list(" ,.-")) for _ in range(6)) for _ in range(200)]
    for text in texts:
        assert [(m.span(), m.groups()) for m in opened.finditer(text)] == [(m.span(), m.groups()) for m in pattern.finditer(text)], text


def test_the_first_characters_are_those_a_match_can_start_with():
    assert first_characters(re.compile(r"\btelcon\b|(?:meeting|talk) between")) == frozenset("tm")
    assert first_characters(re.compile(r"(?:a )?b[0-9]")) == frozenset("ab")
    for untold in (r".a", r"\w+", r"[^a]b", r"x*", r"a|", r"(?i:ab)"):
        assert first_characters(re.compile(untold)) is None, untold
        assert with_opening(re.compile(untold)).pattern == untold


def test_a_match_that_may_open_with_a_digit_is_opened_by_the_digits_class():
    """A day written in figures or in words ("the 3rd of May", "the first of June"): the lookahead holds the class of
    digits as the pattern reads it (any digit, an Arabic-Indic one too), so no day is lost to it."""
    pattern = re.compile(r"(?:the\s+)?(?:first|[0-3]?\d(?:st|rd|th))\s+of\s+May", re.IGNORECASE)
    assert first_characters(pattern) == frozenset({"t", "f", "0", "1", "2", "3", DIGIT})
    opened = with_opening(pattern)
    assert opened.pattern.startswith("(?=[")
    for text in ("On the 3rd of May", "THE FIRST OF MAY", "the ٣rd of May", "on 21st of May", "no day here"):
        assert [m.span() for m in opened.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
    assert [m[0] for m in opened.finditer("the ٣rd of May")] == ["the ٣rd of May"]


def test_every_document_kind_s_pattern_opens_with_its_first_letters():
    assert all(pattern.pattern.startswith("(?=[") for _kind, pattern in _patterns())


@pytest.mark.parametrize("source", PATTERNS + [r"\b(?:said|told|asked)\b", r"“[^”]+”", r"following"])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_compile_opening_finds_what_re_compile_finds(source, flags):
    pattern, opened = re.compile(source, flags), compile_opening(source, flags)
    for text in TEXTS + ["He said “no” and asked, following the talks"]:
        assert [(m.span(), m.groups()) for m in opened.finditer(text)] == [(m.span(), m.groups()) for m in pattern.finditer(text)], text


def test_compile_opening_puts_the_lookahead_only_where_re_cannot_skip_ahead_itself():
    assert compile_opening(r"\b(?:said|told)\b").pattern.startswith("(?=[st])")  # a boundary first: every position tried
    assert compile_opening(r"(?:said|told)", re.IGNORECASE).pattern.startswith("(?=[st])")  # case ignored: no fast scan
    assert compile_opening(r"following").pattern == "following"  # a literal opening: re scans for it already
    assert compile_opening(r"[“«]\w+").pattern == "[“«]\\w+"


def test_compile_opening_leaves_a_pattern_anchored_at_the_start_as_written():
    # re tries "^..." at the start of the text alone; behind a lookahead it would try every place of the text
    assert compile_opening(r"^(?:the|this)\s+telegram", re.IGNORECASE).pattern == r"^(?:the|this)\s+telegram"
    assert compile_opening(r"\A(?:said|told)", re.IGNORECASE).pattern == r"\A(?:said|told)"
    assert compile_opening(r"^(?:said|told)", re.IGNORECASE | re.MULTILINE).pattern.startswith("(?=[st])")  # every line's start
    assert compile_opening(r"^said|told", re.IGNORECASE).pattern.startswith("(?=[st])")  # only one alternative anchored


@pytest.mark.parametrize("source", [r"(?=[KMS])(?<!\w)(?:Kim Il Sung|Mao(?: Zedong)?|Stalin)(?!\w)", r"(?=[ab\d])(?:a+|b\d|\d{2})"])
def test_a_pattern_with_its_own_opening_is_compiled_once_and_finds_what_re_compile_finds(source):
    """A long list of names behind the lookahead for their first letters (the gazetteer's) is not wrapped in a second
    lookahead: the class already there is the one the search skips to, and every match is the same."""
    opened, plain = compile_opening(source), re.compile(source)
    assert opened.pattern == source
    for text in TEXTS + ["Kim Il Sung met Mao Zedong; Stalinist Mao", "a1 b2 33 aaa", "MaoStalin Kim"]:
        assert [(m.span(), m.group()) for m in opened.finditer(text)] == [(m.span(), m.group()) for m in plain.finditer(text)], text


@pytest.mark.parametrize("source", PATTERNS + [r"(?=[ab\d])(?:a+|b\d|\d{2})", r"(?=[a-z])\w*"])
def test_skipping_ahead_inside_re_changes_no_match(source):
    """The class written into the program's header only lets the engine skip to where the lookahead can hold."""
    pattern = with_opening(re.compile(source)) if not source.startswith("(?=[") else re.compile(source)
    plain = re.compile(pattern.pattern, pattern.flags)
    skipped = compile_skipping(plain.pattern, plain.flags)
    rng = random.Random(source)
    texts = TEXTS + ["".join(rng.choice(TEXTS + list(" ,.-")) for _ in range(6)) for _ in range(100)]
    for text in texts:
        assert [(m.span(), m.groups()) for m in skipped.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], text
        for pos in range(len(text) + 1):
            found, expected = skipped.search(text, pos), plain.search(text, pos)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), (text, pos)
            found, expected = skipped.match(text, pos), plain.match(text, pos)
            assert (found and found.span()) == (expected and expected.span()), (text, pos)


def test_skipping_leaves_what_it_cannot_skip_for_as_it_is():
    for source, flags in ((r"\btelcon\b", 0), (r"(?=[st])(?:said|told)", re.IGNORECASE), (r"(?=[a-z])x?", 0), (r"(?<=a)b", 0)):
        assert compile_skipping(source, flags) == re.compile(source, flags), source


def test_skipping_to_a_class_the_caller_names_before_a_finer_opening():
    # a lower-case letter opens a match only at a word's start; every match opens with a character of the class
    plain = re.compile(r"(?:(?=[A-Z\d])|(?<![a-z])(?=[mj]))(?:(?:May|June|may|june)\s+\d+|\d{4})")
    skipped = compile_skipping(plain.pattern, plain.flags, opening=r"[A-Z\dmj]")
    for text in ("in may 12 and June 3, 1961", "dismay 12", "1961 june 4 jjj", "", "mmm may 1"):
        assert [m.span() for m in skipped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_date_grammar_is_the_program_it_was_when_compiled_twice():
    from pipeline.normalize import dates
    from pipeline.normalize.lexicon import lexicon

    day_first = [lexicon(language) for language in dates._DAY_FIRST]
    once, _ = dates._date_pattern(day_first, dates._YEAR_FIRST_MONTHS)
    twice, _ = dates._date_pattern(day_first, dates._YEAR_FIRST_MONTHS)
    assert once == twice and once.groupindex == twice.groupindex and once == dates._PATTERN


def test_the_date_pattern_finds_what_its_plain_compilation_finds():
    from pathlib import Path

    from pipeline.normalize.dates import _PATTERN

    plain = re.compile(_PATTERN.pattern, _PATTERN.flags)
    for path in sorted(Path(__file__).parents[2].joinpath("fixtures", "dev").glob("*.txt"))[:20]:
        text = path.read_text("utf-8")
        assert [(m.span(), m.groups()) for m in _PATTERN.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], path


@pytest.mark.parametrize("source", PATTERNS + [r"^hearings?$|[信函]$|(?<!minutes of a )meetings? of (?!the\b)", r"a?b|c"])
def test_every_match_holds_one_of_the_required_words(source):
    from pipeline.normalize.openings import required_words

    pattern = re.compile(source)
    needed = required_words(pattern)
    rng = random.Random(source)
    texts = TEXTS + ["hearing", "函", "meetings of a", "b", "c"] + ["".join(rng.choice(TEXTS + list(" ,.-")) for _ in range(6)) for _ in range(200)]
    for text in texts:
        for m in pattern.finditer(text):
            assert needed is None or any(word in m.group() for word in needed), (text, needed)


def test_required_words_are_the_longest_run_each_alternative_writes():
    from pipeline.normalize.openings import required_words

    assert required_words(re.compile(r"memorandum of (?:a )?conversation|\btelcon\b")) == ("memorandum of ", "telcon")
    assert required_words(re.compile(r"\w+ to \w+")) == (" to ",)
    assert required_words(re.compile(r"a?b|.\d")) is None  # an alternative that writes nothing plain
    assert required_words(re.compile(r"minutes", re.IGNORECASE)) is None
