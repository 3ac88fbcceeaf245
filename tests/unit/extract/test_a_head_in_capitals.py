"""A cable whose head is typed in capitals (a Soviet or East European ciphered telegram as its archive prints it) keeps
the rows its head gives in mixed case: the handling stamps and the place-and-day line are acts of sending and receipt,
not a heading's marks, though no small letter stands before their dates."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text

_HEAD = """source: https://example.org/archive/ciphered-telegram-legation-sofia
Ciphered Telegram from the Hungarian Legation in Sofia to the Foreign Ministry, Budapest

CIPHERED TELEGRAM 77/1962
{stamps}

Top secret

Yesterday the Bulgarian foreign minister received the ambassadors of the socialist countries. He told them that his
government had recalled its envoy from Ankara on 10 March.
"""
_MIXED = "Sofia, 14 March 1962, 20:10\nArrived: Budapest, 15 March 1962, 07:30\nDeciphered: 15 March 1962, 09:00"


def _stamps(stamps: str) -> list[tuple[str, date | None]]:
    doc = parse_text(_HEAD.format(stamps=stamps))
    return sorted((e.event_type, e.start_date) for e in extract_events(doc) if e.event_type in ("message_sent", "message_received", "deciphered")
                  and doc.blocks[e.block].text[e.evidence_start:e.evidence_end].lstrip()[:1] in "SADsad")


def test_stamps_in_capitals_give_the_rows_of_their_mixed_case():
    mixed = _stamps(_MIXED)
    assert ("deciphered", date(1962, 3, 15)) in mixed and ("message_received", date(1962, 3, 15)) in mixed
    assert _stamps(_MIXED.upper()) == mixed


def test_a_heading_mark_in_capitals_before_a_day_stays_a_dateline():
    doc = parse_text(_HEAD.format(stamps="TOP SECRET 14 MARCH 1962"))
    assert not [e for e in extract_events(doc) if "TOP SECRET" in doc.blocks[e.block].text[e.evidence_start:e.evidence_end]]
