"""A force named with the leader it served under, the leader named after his office ("The army under Chief of Staff
Ali Karam seized the palace", "troops loyal to the Minister of Defence Omar Sefu"): the force and the man act, the man by
his name, not his office."""

from datetime import date

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper


def _actors(lines: list[str]) -> dict[str, list[str]]:
    doc = paper(lines, kind="other", day=date(1963, 2, 9), title="CENTRAL INTELLIGENCE BULLETIN", title_block=True)
    return {doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:24]: e.sources + e.targets for e in extract_events(doc)}


def test_a_force_under_a_chief_of_staff_acts_with_him_by_name():
    actors = _actors(["The Iraqi Army under Chief of Staff Ali Karam seized the palace in Baghdad early yesterday."])
    assert actors.get("The Iraqi Army under Chi") == ["Iraqi Army", "Ali Karam"], actors


def test_a_leader_under_the_general_staff_is_named_without_it():
    actors = _actors(["The Iraqi Army under Chief of the General Staff Ali Karam seized the palace in Baghdad yesterday."])
    assert "Ali Karam" in actors.get("The Iraqi Army under Chi", []), actors
    assert not any("Staff" in name for names in actors.values() for name in names), actors
