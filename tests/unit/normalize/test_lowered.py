"""Lower-case patterns searched in the lowered text find what the same pattern ignoring case finds."""

import re

import pytest

from pipeline.normalize.lowered import LoweredPattern, is_lower_case

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
