"""A state's groups written bare in a report about that state ("Army units entered the capital", "troops and police
opened fire"): the army and police of the state the page is about, named by its adjective, where the clause names no
state; not the writer's own state, whose embassy writes the report."""

from datetime import date

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper


def _actors(*paragraphs: str) -> list[list[str]]:
    doc = paper(paragraphs, kind="report", day=date(1973, 10, 16))
    return [list(e.sources) + list(e.targets) for e in extract_events(doc)]


def test_bare_troops_and_police_are_the_page_states():
    actors = _actors("The Polish Embassy in Bangkok reports on the crisis in Thailand.",
                     "Thai students have marched for a week against the Thai government.",
                     "On 14 October troops and police opened fire near the palace.")
    assert ["Thai army", "Thai police"] in actors, actors


def test_a_group_whose_state_the_clause_names_keeps_it():
    actors = _actors("The Polish Embassy in Bangkok reports on the crisis in Thailand.",
                     "Thai students have marched for a week against the Thai government.",
                     "On 14 October Burmese troops crossed the border.")
    assert ["Burmese troops"] in actors, actors


def test_a_group_of_officers_under_a_colonel_is_the_army_officers_of_the_state_their_clause_names():
    actors = _actors("The Czechoslovak Embassy in Lagos reports on the situation in Nigeria.",
                     "Nigerian politicians expect more unrest in Nigeria this year.",
                     "On 12 March a group of officers under Lieutenant-Colonel Bako Danjuma tried to seize the radio station in Lagos.")
    assert ["Nigerian army officers", "Bako Danjuma"] in actors, actors


def test_army_units_under_a_group_of_colonels_are_the_colonels():
    actors = _actors("The Polish Embassy in Athens reports on the crisis in Greece.",
                     "Greek politicians feared a coup by the Greek army before the elections.",
                     "On 21 April army units under a group of colonels took control of Athens.")
    assert ["Greek army colonels"] in actors, actors


def test_officers_of_a_clause_naming_no_state_keep_their_words():
    actors = _actors("Protocol of the meeting of the Politburo in Warsaw.",
                     "Our embassy reports from Jakarta on Indonesia and the Polish credits.",
                     "On the night of 30 September a group of officers under Lieutenant Colonel Untung kidnapped six generals.")
    assert not any("army officers" in name for names in actors for name in names), actors


def test_a_capital_names_the_state_of_the_troops_that_take_it():
    for capital, army in (("Quito", "Ecuadorian army"), ("Monrovia", "Liberian army"), ("Bangkok", "Thai army")):
        actors = _actors("A historian's account of the crisis of that year.",
                         f"At dawn on 11 July troops occupied the presidential palace in {capital}.")
        assert [army] in actors, (capital, actors)
