"""Those a record of conversation's opening paragraph tells were present join the heading's meeting row."""

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

RECORD = """Record of Conversation between the Bulgarian Ambassador and President Kofi Mensah

NOTE
on the conversation with President Kofi Mensah, Accra, Tuesday 9 March 1971

The President received me at the State House at 10:00, in the presence of Vice-President Paul Abena and of Foreign Minister Jean Tolo.

I conveyed the greetings of our government. The President thanked me.

Accra, 11 March 1971
Dimitar Ivanov, Ambassador
"""


def test_those_present_at_the_talk_are_among_the_heading_meetings_people():
    rows = extract_events(parse_text(RECORD))
    meeting = next(r for r in rows if r.method == "document_metadata" and r.event_type == "meeting")
    people = meeting.sources + meeting.targets
    assert any(n.endswith("Paul Abena") for n in people) and "Jean Tolo" in people
