"""An envoy or a mission a sentence names with the post it holds ("the Dutch ambassador in Lisbon", "the Yugoslav
embassy in Accra") is named with that post, as the page writes it; words after it that name no place ("in May", "in the
Kremlin") are no post, and an envoy the sentence writes with no post stays as written."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.full_names import posted_office
from tests.unit.extract.papers import paper


def _actors(*paragraphs: str, kind: str = "minutes") -> set[str]:
    return {n for e in extract_events(paper(paragraphs, kind=kind, day=date(1974, 5, 9))) for n in e.sources + e.targets}


def test_the_envoy_met_keeps_his_post():
    names = _actors("Comrade Kovács reported that he had met the Dutch ambassador in Lisbon on Tuesday and that the talk had been frank.")
    assert "Dutch ambassador in Lisbon" in names and "Dutch ambassador" not in names, names


def test_a_mission_acting_keeps_its_post():
    names = _actors("The Yugoslav embassy in Accra has given shelter to eleven students since Friday.")
    assert "Yugoslav embassy in Accra" in names and "Yugoslav embassy" not in names, names


def test_an_envoy_without_a_post_stays_as_written():
    names = _actors("Comrade Kovács reported that the Dutch ambassador had called on him on Tuesday.")
    assert "Dutch ambassador" in names and not any(" in " in n for n in names), names


@pytest.mark.parametrize(("told", "name", "read"), [
    ("He met the Dutch ambassador in Lisbon on Tuesday.", "Dutch ambassador", "Dutch ambassador in Lisbon"),
    ("The Yugoslav embassy in Accra reported on Friday.", "Yugoslav embassy", "Yugoslav embassy in Accra"),
    ("He wrote to the Greek Ambassador to Cyprus last week.", "Greek Ambassador", "Greek Ambassador to Cyprus"),
    ("The students informed our ambassador in Belgrade of the strike.", "Polish ambassador", "Polish ambassador in Belgrade"),
    ("He met the Dutch ambassador in May.", "Dutch ambassador", "Dutch ambassador"),  # a month, no post
    ("He received the Western ambassadors in the Kremlin.", "Western ambassadors", "Western ambassadors"),  # a building
    ("He met the Dutch ambassador in Lisbon.", "Dutch ambassador in Lisbon", "Dutch ambassador in Lisbon"),  # posted already
    ("The Dutch and Belgian ambassadors met him in Lisbon.", "Belgian ambassadors", "Belgian ambassadors"),  # the post not after it
    ("The Soviet ambassador in Lisbon called on him.", "Kremlin", "Kremlin"),  # no envoy
])
def test_the_post_written_after_the_office(told, name, read):
    assert posted_office(name, told) == read
