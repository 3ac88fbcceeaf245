"""A record or a report names a person in full once, with no title ("Tomás Ferreyra, Minister of Labour", "a council
headed by Jean-Pierre Mbeki"), and then writes his surname alone, at a sentence's start too ("Ferreyra replied that
...", "Mbeki was arrested ..."): that surname is he, as subject or object. A place named in full ("La Paz", "on
Espiritu Santo"), a thing after an article ("the State Security Law") or a name qualifying a noun ("Royal Marine
commandos") gives no surname."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import page_names
from pipeline.parse.model import Block, ParsedDocument


def _actors(text: str) -> list[tuple[list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="book", document_type="book_page",
                         document_date=date(1975, 3, 14), document_date_precision="day",
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(e.sources, e.targets) for e in extract_events(doc)]


def test_the_surname_opening_a_sentence_is_the_man_named_in_full_before():
    text = ("The provisional council headed by Jean-Pierre Mbeki dissolved the assembly on 2 March 1975. "
            "Mbeki was arrested near the frontier on 9 March 1975.")
    assert [s for s, _ in _actors(text)][-1] == ["Jean-Pierre Mbeki"]


def test_a_participant_named_without_title_speaks_by_his_surname():
    text = ("PARTICIPANTS\nTomás Ferreyra, Minister of Labour\nHerbert L. Quigley, Deputy Assistant Secretary\n\n"
            "Ferreyra said that his government had closed the port on 3 March 1975.")
    assert page_names([text])["Ferreyra"] == "Tomás Ferreyra"
    assert any("Tomás Ferreyra" in s for s, _ in _actors(text))


@pytest.mark.parametrize(("text", "surname"), [
    ("The workers held the hill in La Paz. La Paz, 24.VIII.1971. Paz was quiet.", "Paz"),  # a place
    ('They declared a state on Espiritu Santo. The force left Santo in May.', "Santo"),  # a place's word
    ("The Amir issued the State Security Law. Law and order held.", "Law"),  # a thing, after its article
    ("The first Royal Marine commandos came ashore. Marine units followed.", "Marine"),  # a name qualifying a noun
    ("In São Tomé the army moved.", "Tomé"),  # never written alone
])
def test_no_surname_from_a_place_or_a_thing(text, surname):
    assert surname not in page_names([text])
