"""A telegram whose head is typed in mixed case and whose numbered paragraphs are in capitals (an embassy's teletype as an
archive database prints it) is read in sentence case paragraph by paragraph, as a page all in capitals is: its relative
days and its acts are found, and every row still points at the page's own capitals."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text

_TELEGRAM = """source: https://example.org/archives/telegram/55
TELEGRAM - Embassy Lusaka 812

TELEGRAM
Department of State

Action: AF
Info: INR, EUR

FROM: Amembassy LUSAKA
TO: Secstate WASHDC
NO: 812
DATE: JUNE 9, 1971

SUBJ: CABINET CHANGES

1. PRESIDENT KAUNDA DISMISSED THE MINISTER OF DEFENCE YESTERDAY AND NAMED HIMSELF TO THE POST. THE CABINET MET ON MONDAY.

2. STUDENTS MARCHED ON THE PARLIAMENT THIS MORNING. POLICE DISPERSED THEM WITHOUT BLOODSHED.

GREEN

Source: National Archives, RG 59, Central Files 1970-73.
"""


def _rows():
    doc = parse_text(_TELEGRAM)
    return [(e, doc.blocks[e.block].text[e.evidence_start:e.evidence_end]) for e in extract_events(doc)]


def test_the_acts_of_a_body_in_capitals_take_their_relative_days():
    days = {text.split(" ", 2)[1]: e.start_date for e, text in _rows() if text.startswith(("PRESIDENT", "THE CABINET", "STUDENTS"))}
    assert days.get("KAUNDA") == date(1971, 6, 8)  # "yesterday", from the telegram's date
    assert days.get("CABINET") == date(1971, 6, 7)  # "on Monday", the Monday before
    assert days.get("MARCHED") == date(1971, 6, 9)  # "this morning"


def test_rows_of_a_body_in_capitals_quote_the_page_as_written():
    texts = [text for _, text in _rows()]
    assert any(t.startswith("PRESIDENT KAUNDA DISMISSED") for t in texts)
    assert not any("President Kaunda dismissed" in t for t in texts)
