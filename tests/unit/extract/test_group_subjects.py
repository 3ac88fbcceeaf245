"""A group that acts, read as the subject of its clause through what stands around it: the time said before or after
it, the site it is at, the act it did first before "and" (sentences written for these tests)."""

import pytest

from pipeline.extract.events import common
from pipeline.extract.tense import read_cues


def _subject(sentence: str, verb: str) -> list[str]:
    context = common.Context(None, 1975, ["Embassy"], [], True, False, [])
    cue = next(c for c in read_cues(sentence, "en") if sentence[c.start: c.end] == verb)
    return common.cue_actors(sentence, cue, "en", context, None)[0]


@pytest.mark.parametrize(("sentence", "verb", "subject"), [
    ("The legation reports that on Monday the junta dissolved the trade unions.", "dissolved", ["junta"]),
    ("On Friday evening troops and gendarmes surrounded the parliament.", "surrounded", ["troops and gendarmes"]),
    ("At about 0400 local time paratroopers seized the airport.", "seized", ["paratroopers"]),
    ("The Revolutionary Council yesterday released the former ministers.", "released", ["Revolutionary Council"]),
])
def test_a_time_said_around_a_group_subject_is_no_part_of_it(sentence, verb, subject):
    assert _subject(sentence, verb) == subject


def test_a_group_at_a_site_is_the_group():
    assert _subject("Students at the Polytechnic clashed with the police.", "clashed") == ["Students"]


def test_a_second_act_joined_by_and_has_the_first_acts_subject():
    sentence = "On 4 May the military command extended the curfew to the capital and arrested Pedro Alvarez."
    assert _subject(sentence, "arrested") == ["military command"]


def test_a_newspaper_named_for_a_weekday_keeps_its_name():
    assert common.subject_phrase("The Sunday Times correspondent ") == ["Sunday Times correspondent"]


@pytest.mark.parametrize(("sentence", "verb", "actors"), [
    ("Malian army under Colonel Amadou Keita took power before dawn.", "took", ["Malian army", "Amadou Keita"]),
    ("On Tuesday at 4 a.m. army units under Brigadier Tomas Ruiz, Commander of the Guard, occupied the palace.", "occupied",
     ["Bolivian army", "Tomas Ruiz"]),
])
def test_a_force_under_its_leader_is_the_force_and_he(sentence, verb, actors):
    (subject,) = _subject(sentence, verb)
    assert common.force_actors(subject, sentence, "Bolivia") == actors  # a page about Bolivia
