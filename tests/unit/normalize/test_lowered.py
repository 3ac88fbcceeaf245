"""Lower-case patterns searched in the lowered text find what the same pattern ignoring case finds."""

import re

import pytest

from pipeline.normalize.lowered import LoweredPattern, is_lower_case, letter_first

SOURCE = r"\brepl|in response|\border(?:ed|s)?\b(?!\s+to\b)|протокол"


@pytest.mark.parametrize(
    "text",
    ["He REPLIED at once", "In Response to your cable", "in order to win", "The Order was given", "Ordered to", "ПРОТОКОЛ заседания", "Nothing here", ""],
)
def test_finds_what_ignoring_case_finds(text):
    assert bool(LoweredPattern(SOURCE).search(text)) == bool(re.compile(SOURCE, re.IGNORECASE).search(text))


def test_a_pattern_with_a_capital_is_refused():
    assert is_lower_case(r"\bwe\s+\w+\b") and not is_lower_case(r"\b(?:we|I)\b")
    with pytest.raises(ValueError):
        LoweredPattern(r"\b(?:we|I)\b")


@pytest.mark.parametrize("source", [r"\brepl|in response|\border(?:ed|s)?\b(?!\s+to\b)", r"\bmet\b|meeting", r"\breceived\b|\breceipt\b", r"x\b", r"\ba?b"])
@pytest.mark.parametrize("text", ["he met them", "helmet", "_met", "1met", "émet", "met", "order", "border", "re-order", "received", "unreceived", "ab", "b", "cab", ""])
def test_a_boundary_read_after_its_letter_finds_the_same(source, text):
    found, rewritten = re.search(source, text), re.search(letter_first(source), text)
    assert (found and found.span()) == (rewritten and rewritten.span())


def test_a_boundary_is_moved_only_before_a_plain_letter():
    assert letter_first(r"\breport|\bmet\b") == r"r(?<!\w.)eport|m(?<!\w.)et\b"
    assert letter_first(r"\ba?b") == r"\ba?b" and letter_first(r"[\b]x|\bx") == r"[\b]x|\bx" and letter_first(r"\\bx") == r"\\bx"
