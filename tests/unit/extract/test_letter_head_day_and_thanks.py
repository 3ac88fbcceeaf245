"""A letter's own row: its sending told by the day line of its head, under the letterhead and over the addressee
("3rd June, 1977"); the writer's "I write to thank you" dated on that day, not on a day the thanked-for clause names."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text

_LETTER = ("source: https://example.org/correspondence/1977/letter-12\n"
           "Letter from President Albert René to Prime Minister Seewoosagur Ramgoolam\n\n"
           "Archives of the Republic » Presidential Papers » Correspondence with Heads of Government 1977\n\n"
           "State House\nVictoria, Seychelles\n\n3rd June, 1977\n\n"
           "The Right Honourable Sir Seewoosagur Ramgoolam\nPrime Minister of Mauritius\nPort Louis\n\n"
           "My dear Prime Minister,\n\n"
           "I write first to thank you for the medical team, which arrived in Victoria on the 20th of May.\n\n"
           "Yours sincerely,\n\nFrance-Albert René\nPresident\n")


def _rows():
    doc = parse_text(_LETTER)
    return [(e, doc.blocks[e.block].text[e.evidence_start:e.evidence_end]) for e in extract_events(doc)]


def test_the_letters_sending_is_told_by_its_heads_day_line():
    sent = [(e.start_date, text) for e, text in _rows() if e.event_type == "message_sent" and e.method == "document_metadata"]
    assert sent == [(date(1977, 6, 3), "3rd June, 1977")]


def test_the_writers_thanks_fall_on_the_letters_day():
    days = {e.start_date for e, text in _rows() if "medical team" in text}
    assert days == {date(1977, 6, 3), date(1977, 5, 20)}  # the thanks, on the letter's day; the team's arrival, on its own
