"""A group of common nouns that opens its sentence with the leader it served under ("troops loyal to General X seized
the barracks", "units of the army under General Y took the radio"): the group is the subject, named as the
page's state's group, and acts with its leader; his name alone is not the whole subject."""

from tests.unit.extract.test_groups_of_the_page_state import _actors

_PAGE = (
    "The Polish Embassy in Kampala reports on the coup in Uganda.",
    "Ugandan students have marched for a week against the Ugandan government.",
)


def test_troops_loyal_to_a_general_are_the_page_states_army_with_him():
    actors = _actors(*_PAGE, "On 25 January troops loyal to General Idi Amin seized the Malire barracks.")
    assert ["Ugandan army", "Idi Amin"] in actors, actors


def test_units_of_the_army_under_a_general_are_the_page_states_army_with_him():
    actors = _actors(
        *_PAGE, "On 13 January units of the army under General Idi Amin seized the radio station."
    )
    assert any(a[:2] == ["Ugandan army", "Idi Amin"] for a in actors), actors


def test_a_leader_who_is_the_subject_himself_stays_alone():
    actors = _actors(*_PAGE, "On 13 February General Idi Amin seized the Malire barracks.")
    assert ["Idi Amin"] in actors, actors
