"""A memorandum of a telephone call or a conversation from a presidential library's series of memcons lists its
parties under a label that holds the first of them ("PARTICIPANTS: The President") and goes on line by line, each man
with his office after a comma, up to the next field of the head ("Notetaker: ...", "DATE, TIME AND PLACE: ..."). "The
President" there is the holder on the day; the field of date, time and place dates the call and is no speaker's turn;
a turn that speaks to "you" is said to the other party."""

from pipeline.extract.events import extract_events
from pipeline.extract.events.context import listed_participants
from pipeline.extract.events.document_act import is_head_label, turn_name_in
from pipeline.parse import parse_text

_TELCON = """source: https://bush41library.tamu.edu/files/memcons-telcons/1990-02-24--Thatcher.pdf
Memcons and Telcons

MEMORANDUM OF TELEPHONE CONVERSATION

SUBJECT: Telephone Call from Prime Minister Margaret Thatcher of the United Kingdom

PARTICIPANTS: The President
Margaret Thatcher, Prime Minister
Interpreter: None
Notetaker: John Smith

DATE, TIME AND PLACE: February 24, 1990, 9:10 - 9:30 a.m. EST, Camp David

Prime Minister Thatcher: I am calling about the meeting of the Alliance ministers next week in Ottawa. (U)

The President: I am grateful that you called, and I agree that we must speak with one voice in Ottawa. (C)

-- End of Conversation --
"""


def _doc():
    return parse_text(_TELCON)


def test_the_list_goes_on_below_a_label_that_holds_its_first_name():
    assert listed_participants(_doc()) == ["George H. W. Bush", "Margaret Thatcher"]


def test_fields_of_the_head_are_no_speakers():
    assert is_head_label("DATE, TIME AND PLACE") and is_head_label("Date and Place") and is_head_label("Time")
    assert not is_head_label("Prime Minister Thatcher") and not is_head_label("Kohl")
    assert turn_name_in("DATE, TIME AND PLACE: February 24, 1990, 9:10 - 9:30 a.m. EST, Camp David") is None


def test_the_call_and_a_turn_said_to_the_other_party():
    doc = _doc()
    rows = list(extract_events(doc))
    def words(e):
        return doc.blocks[e.block].text[e.evidence_start: e.evidence_end]
    call = [e for e in rows if words(e).startswith("DATE, TIME AND PLACE")]
    assert call and set(call[0].sources + call[0].targets) == {"George H. W. Bush", "Margaret Thatcher"}, call
    turn = [e for e in rows if words(e).startswith("The President:")]
    assert turn and turn[0].sources == ["George H. W. Bush"] and turn[0].targets == ["Margaret Thatcher"], turn


def test_a_turn_that_opens_with_a_short_reply_is_said_to_whom_its_next_sentence_speaks():
    text = _TELCON.replace("Prime Minister Thatcher: I am calling about the meeting of the Alliance ministers next week in Ottawa. (U)",
                           "Prime Minister Thatcher: Certainly. I wanted to thank you for the message about Ottawa. (U)")
    doc = parse_text(text)
    rows = [e for e in extract_events(doc) if doc.blocks[e.block].text[e.evidence_start:].startswith("Prime Minister Thatcher:")]
    assert rows and rows[0].sources == ["Margaret Thatcher"] and rows[0].targets == ["George H. W. Bush"], rows


def test_an_act_done_to_me_in_a_turn_is_done_to_its_speaker():
    text = _TELCON.replace("I am calling about the meeting of the Alliance ministers next week in Ottawa.",
                           "I have news from Paris. François Mitterrand telephoned me this morning about the ministers' meeting.")
    doc = parse_text(text)
    rows = [e for e in extract_events(doc) if "Mitterrand" in " ".join(e.sources)]
    assert rows and all("Margaret Thatcher" in e.targets for e in rows), [(e.sources, e.targets) for e in rows]
