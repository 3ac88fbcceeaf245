"""A record of conversation narrates the turns of its meeting with verbs of saying beyond "said" and "asked": the other
man complained, claimed, accused, denied, admitted, criticized; a minister undertook to do a thing. Each is a turn of the
meeting, on the meeting's day, not an act on or before it (en.yaml ``speech``). Verbs that tell a state's act as often as
a speaker's turn ("the cabinet protested", "Indonesia had rejected the plan") are left to the sentence's other cues."""

from datetime import date

import pytest

from pipeline.seed import process_seed

RECORD = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-polish-ambassador-president-tubman
October 9, 1967
Record of Conversation between the Polish Ambassador and President William Tubman

RECORD OF A CONVERSATION
with President William Tubman
Monrovia, Saturday, 7 October 1967

At my request President Tubman received me at the Executive Mansion this morning.

{turn}

Ambassador: Jan Nowak
Monrovia, 9 October 1967
"""


@pytest.mark.parametrize("turn", [
    "He complained that the timber contract had still not been signed.",
    "He claimed that foreign agents had stirred up the dock workers.",
    "He accused the opposition of preparing a strike in the port.",
    "He denied that his government had expelled the trade mission.",
    "He admitted that the harvest had been poor.",
    "He criticized the delays in the delivery of the trucks.",
    "The Foreign Minister undertook to send us the draft of the agreement.",
])
def test_a_turn_of_the_talk_told_with_a_verb_of_saying_is_on_the_day_of_the_talk(turn):
    rows = process_seed("x.txt", RECORD.format(turn=turn).encode()).events.to_pylist()
    told = [(r["date_kind"], r["start_date"], r["end_date"]) for r in rows if r["evidence_text"].startswith(turn[:20])]
    assert told and told[0] == ("exact", date(1967, 10, 7), date(1967, 10, 7)), rows


def test_an_earlier_denial_the_talk_tells_of_stays_before_it():
    rows = process_seed("x.txt", RECORD.format(turn="He said that the cabinet had denied the reports of a devaluation.").encode()).events.to_pylist()
    told = [(r["date_kind"], r["start_date"], r["end_date"]) for r in rows if r["evidence_text"].startswith("the cabinet had denied")]
    assert told == [("upper_bound", None, date(1967, 10, 7))], rows
