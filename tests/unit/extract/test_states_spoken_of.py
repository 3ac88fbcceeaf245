"""A body's statement names the states it speaks of: they are its subject, not parties to its speaking."""

from pipeline.extract.events.common import EventDraft
from pipeline.extract.events.passages import _states_spoken_of_off


def test_a_partys_campaign_against_a_state_is_the_partys_alone():
    # "The Communist Party of Indonesia on 12 May opened a new press campaign against the United States."
    event = EventDraft(0, "statement", 0, 10, "tense_sentence", 0.4, sources=["Communist Party of Indonesia"], targets=["United States"])
    _states_spoken_of_off(event)
    assert (event.sources, event.targets) == (["Communist Party of Indonesia"], [])


def test_a_state_stays_a_party_where_a_person_speaks_or_the_row_is_no_statement():
    event = EventDraft(0, "statement", 0, 10, "tense_sentence", 0.4, sources=["Government of the People's Republic of China"], targets=["Tanzania"])
    _states_spoken_of_off(event)
    assert event.targets == []
    event = EventDraft(0, "statement", 0, 10, "tense_sentence", 0.4, sources=["Mikhail Gorbachev", "Central Committee of the Communist Party of the Soviet Union"], targets=["China"])
    _states_spoken_of_off(event)
    assert event.targets == ["China"]  # a person among the speakers: his talks are read by other rules
    event = EventDraft(0, "message_sent", 0, 10, "tense_sentence", 0.4, sources=["Government of the People's Republic of China"], targets=["India"])
    _states_spoken_of_off(event)
    assert event.targets == ["India"]  # a note sent to a state: the state receives it
