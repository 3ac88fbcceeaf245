"""A full name that holds small particles ("Luis María de Pablo Pardo", "José Manuel de la Torre Ugarte", "Humberto de
Alencar Castelo Branco") is one person, not the words on either side of "de"; one word on each side of the particle is a
place's name ("Palacio de Carondelet", "Plaza de Mayo"), no one's."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.mentions import find_mentions, find_unknown_names
from tests.unit.extract.papers import paper


def _sources(text: str) -> list[str]:
    return [n for e in extract_events(paper([text], kind="telegram", day=date(1971, 3, 24))) for n in e.sources]


@pytest.mark.parametrize(("text", "person"), [
    ("This morning Foreign Minister Luis María de Pablo Pardo received the envoys of the neighbouring states.",
     "Luis María de Pablo Pardo"),
    ("Yesterday Foreign Minister José Manuel de la Torre Ugarte received the envoys of the neighbouring states.",
     "José Manuel de la Torre Ugarte"),
    ("Yesterday President Humberto de Alencar Castelo Branco met the envoys of the neighbouring states.",
     "Humberto de Alencar Castelo Branco"),
])
def test_a_titled_name_with_its_particles_is_one_person(text, person):
    assert _sources(text) == [person]


@pytest.mark.parametrize("text", [
    "Troops occupied the Palacio de Carondelet at dawn.",
    "Mothers walked in the Plaza de Mayo at noon.",
])
def test_one_word_on_each_side_of_a_particle_is_no_name(text):
    assert find_unknown_names(text, find_mentions(text)) == []
