"""In a record of a talk, a reply that follows at once a question another put ("Mr Healey asked whether Malta would
let the fleet call at Valletta. Mr Mintoff replied that ...") is said to the one who asked, though the sentence does not
name him; so is a reply to a topic raised ("asked about"), the turn before it being the other party's (the settled row on
the other party of a turn that asks or answers); a plain saying after a question keeps its speaker alone."""

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

_PAGE = """source: https://example.org/record-meeting-healey-mintoff-valletta
Record of a Meeting between the Secretary of State for Defence and the Prime Minister of Malta

RECORD OF A MEETING BETWEEN THE SECRETARY OF STATE FOR DEFENCE AND THE PRIME MINISTER OF MALTA AT VALLETTA ON 14 MARCH 1969

1. Mr Healey asked whether Malta would let the fleet call at Valletta in the spring. Mr Mintoff replied that his Cabinet would decide the matter at its next meeting.

2. Mr Healey asked about the dockyard. Mr Mintoff replied that the workers had been paid in full.

3. Mr Mintoff asked whether Britain would pay the rent for the base in advance. Mr Healey said that the Treasury would look at the figures.
"""


def _rows(page: str) -> list[tuple[list[str], list[str], str]]:
    doc = parse_text(page)
    return [(list(e.sources), list(e.targets), doc.blocks[e.block].text[e.evidence_start: e.evidence_end]) for e in extract_events(doc)]


def _said(rows, opening: str, speaker: str):
    return [r for r in rows if r[2].startswith(opening) and any(speaker in n for n in r[0])]


def test_the_answer_to_a_question_is_said_to_the_one_who_asked():
    rows = _rows(_PAGE)
    answered = _said(rows, "Mr Mintoff replied that his Cabinet", "Mintoff")
    assert answered and all(any("Healey" in n for n in targets) for _, targets, _ in answered), rows


def test_a_reply_to_a_topic_raised_is_said_to_the_one_who_raised_it():
    rows = _rows(_PAGE)
    answered = [r for r in rows if r[2].startswith("Mr Mintoff replied that the workers")]
    assert answered and all(any("Healey" in n for n in targets) for _, targets, _ in answered), rows


def test_a_plain_saying_after_a_question_keeps_its_speaker_alone():
    rows = _rows(_PAGE)
    said = _said(rows, "Mr Healey said", "Healey")
    assert said and all(not any("Mintoff" in n for n in targets) for _, targets, _ in said), rows
