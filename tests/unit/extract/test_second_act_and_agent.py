"""The object of a second act of the same subject ("stormed the radio station and arrested General X") is whom the
subject's act was done to when the first act names no one; the leader "led by" a rank of two words and a name with a
middle initial is named in full, not by his given name alone."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper


def _rows(*paragraphs: str):
    return extract_events(paper(paragraphs, kind="report", day=date(1971, 6, 9)))


def _row(text: str):
    return next(e for e in _rows(text) if e.start_date == date(1971, 6, 5))


@pytest.mark.parametrize("act", ["killed President Arnold M. Kessely", "arrested the Prime Minister Arnold M. Kessely"])
def test_the_second_acts_object_is_whom_it_was_done_to(act):
    row = _row(f"Early Saturday morning Colonel Peter Ndoma drove into the capital with his troops and {act}.")
    assert "Peter Ndoma" in row.sources and "Arnold M. Kessely" in row.targets, (row.sources, row.targets)


def test_a_things_owner_after_the_second_verb_is_no_object():
    row = _row("Early Saturday morning Colonel Peter Ndoma welcomed the guests in the capital and conveyed Kessely's greetings.")
    assert "Kessely" not in row.targets and "Arnold Kessely" not in row.targets, row.targets


def test_a_leader_after_two_titles_and_an_initial_is_named_in_full():
    row = _row("Early Saturday morning a group of soldiers led by Staff Sergeant Jonas T. Kpoto broke into the palace and killed President Arnold M. Kessely.")
    assert row.sources == ["Jonas T. Kpoto"] and row.targets == ["Arnold M. Kessely"], (row.sources, row.targets)
