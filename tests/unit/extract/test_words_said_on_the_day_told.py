"""A cable that moves to the day of a talk it tells ("On 3 August the President received me."), then gives the words
said there: the day the speaker counts back ("He said that the day before yesterday ...") is counted from the talk's day,
not from the day the cable was written; a "yesterday" of the writer's own stays the writing day's. Written for these
tests."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper

_EN = ("1. On 3 August the President received me at Flagstaff House. He said that the day before yesterday the British "
       "High Commissioner had called on him about the Congo.")
_EN_WRITER = "2. Yesterday the Foreign Minister gave a dinner for the diplomatic corps."


def test_the_words_said_at_a_talk_count_back_from_its_day():
    doc = paper((_EN, _EN_WRITER), kind="telegram", day=date(1964, 8, 5))
    rows = {doc.blocks[e.block].text[e.evidence_start:e.evidence_end]: e.start_date for e in extract_events(doc)}
    assert date(1964, 8, 1) in {day for text, day in rows.items() if "British High Commissioner" in text}
    assert date(1964, 8, 4) in {day for text, day in rows.items() if "Foreign Minister gave a dinner" in text}
