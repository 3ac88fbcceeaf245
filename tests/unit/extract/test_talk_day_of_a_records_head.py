"""The day of a talk carried to the sentence that tells it: a record whose heading line names the talk's day ("NOTE /
on a conversation with ... on 12 March 1981") opens its text with the meeting itself ("X received the undersigned"),
on that day, not by it."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text


def _rows(text: str):
    doc = parse_text(text)
    return [(e, doc.blocks[e.block].text[e.evidence_start: e.evidence_end]) for e in extract_events(doc)]


def _dated(rows, words: str) -> list[tuple]:
    return [(e.start_date, e.end_date) for e, text in rows if text.startswith(words)]


_NOTE = """source: https://example.org/archive/note-conversation-ambassador-president-1981
Note on a Conversation between the GDR Ambassador and President Siaka Stevens of Sierra Leone

Embassy of the German Democratic Republic
Conakry, 16 March 1981

NOTE
on a conversation with the President of the Republic of Sierra Leone, Siaka Stevens, on 12 March 1981 in Freetown

{opening} The Minister of Trade was present.

The President thanked the GDR for the delivery of fishing boats.

Krause
Ambassador
"""


def test_a_records_opening_meeting_takes_the_day_its_heading_line_names():
    rows = _rows(_NOTE.format(opening="Siaka Stevens received the undersigned for an introductory visit at State House."))
    assert _dated(rows, "Siaka Stevens received the undersigned") == [(date(1981, 3, 12), date(1981, 3, 12))]


def test_a_records_opening_of_another_act_keeps_its_bound():
    rows = _rows(_NOTE.format(opening="The harbour of Freetown had been closed for repairs."))
    assert (date(1981, 3, 12), date(1981, 3, 12)) not in _dated(rows, "The harbour of Freetown")
