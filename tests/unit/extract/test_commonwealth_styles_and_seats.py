"""A British or Commonwealth member's style ("Rt Hon", "The Hon.") and the letters after his name ("MP", "KCMG") are
no part of his name; a building a Spanish or Portuguese page names by its opening word ("the Casa Verde", "the Palacio
Grande") is where, not who (sentences written for these tests)."""

from datetime import date

import pytest

from pipeline.extract.events import common, extract_events
from pipeline.extract.events.context import listed_names
from pipeline.normalize.names import canonical_name
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str) -> list[tuple[date | None, list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="book", document_type="book", document_date=date(1962, 12, 31),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(e.start_date, e.sources, e.targets) for e in extract_events(doc)]


@pytest.mark.parametrize(("written", "name"), [
    ("Rt Hon Neil Fairweather", "Neil Fairweather"),
    ("The Hon. Mere Tautahi", "Mere Tautahi"),
    ("Mr Owen Brackley MP", "Owen Brackley"),
    ("Sir Colin Ashdown, KCMG, CBE", "Colin Ashdown"),
    ("Honiara Harbour", "Honiara Harbour"),
])
def test_a_member_is_named_without_his_style(written, name):
    assert canonical_name(written) == name


def test_a_list_of_those_present_gives_the_names_without_their_styles():
    assert listed_names("Rt Hon Neil Fairweather, Minister of Finance") == ["Neil Fairweather"]
    assert listed_names("The Hon Mere Tautahi") == ["Mere Tautahi"]


def test_a_styled_member_acts_by_his_name():
    rows = _rows("The Rt Hon Neil Fairweather MP arrived in Suva on 3 May 1962.")
    assert any(sources == ["Neil Fairweather"] for day, sources, _ in rows if day == date(1962, 5, 3)), rows


@pytest.mark.parametrize("text", [
    "On 3 May 1962 the President left the Casa Verde on foot.",
    "On 3 May 1962 rebel troops stormed the Palacio Grande.",
])
def test_a_seat_named_by_its_opening_word_is_where(text):
    assert not any(n.startswith(("Casa", "Palacio")) for n in common.clause_names(text, "en"))
    assert not any(n.startswith(("Casa", "Palacio")) for _, sources, targets in _rows(text) for n in sources + targets)
