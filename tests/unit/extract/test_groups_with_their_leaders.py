"""A group named with the one who leads it joins the row whose actor he is (passages.py, _groups_with_their_leaders)."""

from types import SimpleNamespace

from pipeline.extract.events import passages


def _actors(told: str, sources: list[str]) -> list[str]:
    event = passages.EventDraft(0, "statement", 0, len(told), "tense_sentence", 0.5)
    event.sources = list(sources)
    passages._groups_with_their_leaders([event], [SimpleNamespace(text=told, language="en")])
    return event.sources + event.targets


def test_a_leader_before_a_full_stop_is_read():
    assert _actors("A Revolutionary Council headed by Abeid Karume.", ["Abeid Karume"]) == ["Revolutionary Council", "Abeid Karume"]


def test_an_empty_actor_reads_no_leader():
    assert _actors("A Revolutionary Council headed by Abeid Karume.", [""]) == [""]


def test_a_plan_told_as_coming_names_the_group_too():
    assert _actors("A Polish trade delegation led by Vice-Minister Trąmpczyński will arrive in Moscow.", ["Trąmpczyński"]) \
        == ["Polish trade delegation", "Trąmpczyński"]


def test_a_group_before_a_later_clause():
    told = "The People's Court under Colonel Fadhil Abbas had opened the trial, and that he will visit Mosul on Saturday."
    assert _actors(told, ["Fadhil Abbas"]) == ["People's Court", "Fadhil Abbas"]
