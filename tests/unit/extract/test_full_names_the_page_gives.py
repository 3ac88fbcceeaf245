"""A person a page names in short is the fuller name the same page gives him: "Vardalis answered" after "Colonel
Stavros Vardalis", "Thi Kyaw" after "U Thi Kyaw", "Alvarado Pineda" after "Rodrigo Alvarado Pineda", a king without his
number; two men of one surname on the page leave the surname as it is."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.full_names import full_names, fuller_name
from tests.unit.extract.papers import paper


def _rows(*paragraphs: str):
    return extract_events(paper(paragraphs, kind="report", day=date(1969, 3, 4)))


def _actors(*paragraphs: str, day: date | None = None) -> set[str]:
    return {n for e in _rows(*paragraphs) if day is None or e.start_date == day for n in e.sources + e.targets}


def test_a_surname_after_the_full_name_is_that_person():
    names = _actors(
        "On 2 March 1969 a group of officers led by Colonel Stavros Vardalis arrested the ministers in the capital.",
        "On 3 March 1969 Colonel Vardalis met the Soviet ambassador.",
        day=date(1969, 3, 3),
    )
    assert "Vardalis" not in names and "Stavros Vardalis" in names, names


def test_two_men_of_one_surname_leave_it_alone():
    names = _actors(
        "On 2 March 1969 Colonel Stavros Vardalis and Major Nikos Vardalis arrested the ministers in the capital.",
        "On 3 March 1969 Colonel Vardalis met the Soviet ambassador.",
        day=date(1969, 3, 3),
    )
    assert "Vardalis" in names and not {"Stavros Vardalis", "Nikos Vardalis"} & names, names


@pytest.mark.parametrize(("short", "people", "full"), [
    ("Vardalis", ["Stavros Vardalis", "Andreas Kollias"], "Stavros Vardalis"),
    ("Vardalís", ["Stavros Vardalis"], "Stavros Vardalis"),  # accents folded
    ("Alvarado Pineda", ["Rodrigo Alvarado Pineda"], "Rodrigo Alvarado Pineda"),  # two surnames
    ("Alvarado", ["Rodrigo Alvarado", "Rodrigo Alvarado Pineda"], "Rodrigo Alvarado Pineda"),  # one man, written twice
    ("Thi Kyaw", ["U Thi Kyaw"], "U Thi Kyaw"),  # an honorific
    ("Vardalis", ["S. Vardalis", "Stavros Vardalis"], "Stavros Vardalis"),  # the initial of his given name
    ("Frederik", ["Frederik IX"], "Frederik IX"),  # a king without his number
    ("Vardalis", ["Stavros Vardalis", "Nikos Vardalis"], "Vardalis"),  # two of a surname
    ("Office", ["Liaison Office"], "Office"),  # a body, no person
    ("Vardalis", ["Greek army"], "Vardalis"),  # nobody of that surname
    ("Tomas Okello", ["Tomas Okello", "Peter Tomas Mwangi Okello"], "Peter Tomas Mwangi Okello"),  # a given name kept, the others off
    ("Mwangi Okello", ["Mwangi Okello", "Peter Tomas Okello"], "Mwangi Okello"),  # a given name the fuller one lacks: another man
])
def test_a_short_form_resolves_to_the_one_full_name(short, people, full):
    page = " ".join(people)
    assert fuller_name(short, full_names(people, page), page) == full


def test_a_surname_the_page_writes_in_small_letters_is_no_name():
    page = "the army marched; Army Marshal Kollias"
    assert fuller_name("Kollias", full_names(["Marshal Kollias"], page), page) == "Kollias"
    assert full_names(["Rodrigo Army"], page) == {}


# A famous man of the gazetteer that a page names only by his surname ("Malik" is Yakov Malik to the gazetteer) is the
# one other man of that surname the page names in full, in its participants list or its text; a page that names the
# famous man in full, or names no other man of that surname, keeps him.
@pytest.mark.parametrize(("paragraphs", "meant", "not_meant"), [
    (("PARTICIPANTS\nLebanese Ambassador Charles Malik\nAssistant Secretary George McGhee",
      "On 3 March 1969 Malik said that his government would not recognise the new regime."), "Charles Malik", "Yakov Malik"),
    (("On 2 March 1969 the delegation of Foreign Minister Adam Malik arrived in the capital.",
      "On 3 March 1969 Malik told the ambassador that the talks would go on."), "Adam Malik", "Yakov Malik"),
    (("On 2 March 1969 Ya. A. Malik arrived in the capital.",
      "On 3 March 1969 Malik told the ambassador that the talks would go on."), "Yakov Malik", "Charles Malik"),
    (("On 3 March 1969 Malik told the ambassador that the talks would go on.",), "Yakov Malik", "Charles Malik"),
])
def test_a_surname_alone_is_the_namesake_the_page_names_in_full(paragraphs, meant, not_meant):
    names = _actors(*paragraphs, day=date(1969, 3, 3))
    assert meant in names and not_meant not in names, names


# A man the page first names in full after his title in its story ("Prime Minister Tevita Ravuvatu had taken office") and
# later by his surname alone, the subject of a passive ("Ravuvatu was released on 19 May"): that man, though no verb of
# his own and no office before the name tells it.
@pytest.mark.parametrize("later", ["On 3 March 1969 Ravuvatu was released.", "Ravuvatu was arrested on 3 March 1969 near the border."])
def test_a_titled_full_name_in_the_story_gives_the_surname_alone(later):
    names = _actors("The cabinet did not last long: Prime Minister Tevita Ravuvatu had taken office on 1 February 1969.",
                    later, day=date(1969, 3, 3))
    assert "Tevita Ravuvatu" in names, names


# A name with a middle initial after a rank ("Staff Sergeant Jonas T. Kpoto"): the initial and surname alone ("T. Kpoto")
# are part of the same writing, one man, and the surname alone later on the page is he.
@pytest.mark.parametrize("later", ["On 3 March 1969 Kpoto announced a curfew.", "On 3 March 1969 Kpoto was arrested."])
def test_a_middle_initial_after_a_rank_is_still_one_man(later):
    names = _actors("Soldiers led by Staff Sergeant Jonas T. Kpoto seized the radio station on 1 March 1969.",
                    later, day=date(1969, 3, 3))
    assert "Jonas T. Kpoto" in names and "Kpoto" not in names, names
