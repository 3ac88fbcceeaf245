"""A name of a given name and two surnames, in the Spanish and Portuguese way ("Colonel Enrique Peralta Azurdia"): the
page later calls the person by the first surname alone ("Peralta suspended the constitution"), and that is he."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import page_names
from pipeline.parse.model import Block, ParsedDocument


def _sources(text: str) -> list[list[str]]:
    doc = ParsedDocument(parser="test/1", source_type="book", document_type="book_page",
                         document_date=date(1980, 1, 1), document_date_precision="day",
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [e.sources for e in extract_events(doc)]


def test_the_first_surname_alone_is_the_person_named_in_full():
    text = "Colonel Mariano Echeverría Salas took power in March 1963. Echeverría suspended the constitution on 1 April 1963."
    assert _sources(text) == [["Mariano Echeverría Salas"], ["Mariano Echeverría Salas"]]


@pytest.mark.parametrize(("text", "surname", "full"), [
    ("President Lucía Gutiérrez Tejada took office.", "Gutiérrez", "Lucía Gutiérrez Tejada"),
    ("President Lucía Gutiérrez Tejada took office.", "Tejada", "Lucía Gutiérrez Tejada"),  # the last word still names her
    ("Ambassador Nguyen Van Hieu called.", "Van", None),  # a particle, no surname
])
def test_a_three_word_name_gives_its_first_surname(text, surname, full):
    assert page_names([text]).get(surname) == full
