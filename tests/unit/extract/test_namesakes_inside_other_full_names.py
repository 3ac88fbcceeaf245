"""A famous man's one-word name written inside another man's full name is that other man: "Jorge Fidel Durón" is not
Fidel Castro, "Ramón Castro Jijón" is not him either; a title, a day or his own words beside it leave him himself."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper


def _actors(text: str) -> set[str]:
    return {n for e in extract_events(paper([text], kind="telegram", day=date(1963, 10, 5))) for n in e.sources + e.targets}


@pytest.mark.parametrize(("text", "person"), [
    ("On 4 October 1963 Jorge Fidel Durón telephoned the embassy to ask for recognition.", "Jorge Fidel Durón"),
    ("On 4 October 1963 Rear Admiral Ramón Castro Jijón proclaimed a junta of four officers.", "Ramón Castro Jijón"),
])
def test_a_full_name_around_a_famous_word_is_its_own_man(text, person):
    names = _actors(text)
    assert person in names and "Fidel Castro" not in names, names


@pytest.mark.parametrize("text", [
    "On 4 October 1963 Premier Castro received the Soviet ambassador.",
    "On Friday Castro Ruz received the Soviet ambassador.",
    "On 4 October 1963 Fidel Castro received the Soviet ambassador.",
])
def test_the_famous_man_named_alone_or_titled_stays_himself(text):
    assert "Fidel Castro" in _actors(text)
