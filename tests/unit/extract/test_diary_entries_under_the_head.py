"""A diary page of several entries, each under its day alone on a line, the first of them standing where the page's
date line would (right under the title): every entry's acts are of its own day, the first entry's too. Made-up pages."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

DIARY = """source: https://example.org/diaries/ambassador-1965
From the diary of the Ambassador of the USSR in Ghana

3 March 1965

I received the Minister of Trade at his request. He asked for the delivery of the tractors to be speeded up.

5 March 1965

I handed the Foreign Minister a message from the Soviet Government.
"""

PAGE = """source: https://example.org/diaries/ambassador-1965-b
From the diary of the Ambassador of the USSR in Ghana

3 March 1965

I received the Minister of Trade at his request. He asked for the delivery of the tractors to be speeded up.
"""


def _days(text: str) -> dict[str, tuple]:
    doc = parse_text(text)
    told = ((doc.blocks[e.block].text[e.evidence_start:e.evidence_end], e) for e in extract_events(doc))
    return {words.split()[1]: (e.start_date, e.date_kind) for words, e in told if words.startswith("I ")}


def test_each_entry_is_dated_by_its_own_day_the_first_one_too():
    days = _days(DIARY)
    assert days["received"] == (date(1965, 3, 3), "exact")
    assert days["handed"] == (date(1965, 3, 5), "exact")


def test_a_single_dated_entry_is_read_as_before():
    assert parse_text(PAGE).document_date == date(1965, 3, 3)
