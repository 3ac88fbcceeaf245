"""A letter's closing formula is found whatever its case and script, and a line that opens otherwise is no formula: the
formulas' pattern turns a line away at its first character (behind the lookahead for the formulas' first letters)."""

from __future__ import annotations

import pytest

from pipeline.parse.generic import FURNITURE
from pipeline.parse.model import closes_letter
from pipeline.parse.wcda_text import _is_signature


@pytest.mark.parametrize(
    "line",
    ["With fraternal greetings,", "with fraternal greetings,", "Sincerely yours,", "С коммунистическим приветом", "с коммунистическим приветом", "此致敬礼"],
)
def test_a_closing_formula_closes_a_letter_in_any_case(line):
    assert closes_letter(line)


@pytest.mark.parametrize("line", ["The talks went on,", "Greetings were exchanged at the airport,", "", "1."])
def test_a_line_that_opens_with_no_formula_closes_no_letter(line):
    assert not closes_letter(line)


def test_a_cable_signed_under_its_closing_formula_and_a_sentence_that_is_none():
    assert _is_signature("With greetings. FILIPPOV [Stalin].")
    assert not _is_signature("Regards from the embassy staff were passed on to all.")


@pytest.mark.parametrize("line, furniture", [("Back to top", True), ("back to top", True), ("Download PDF", True), ("Backing the plan", False)])
def test_a_site_s_tool_line_is_furniture_in_any_case(line, furniture):
    assert bool(FURNITURE.match(line)) is furniture
