"""A count from a happening the page names ("within a day of the coup", "政变次日") runs from the day the page told the
happening on, not from the last date it wrote; with the happening dated nowhere, from the last date as before."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text


def _events(paragraph: str):
    doc = parse_text("source: https://example.org/history/9\nA history, p. 40\n\nThe crisis came in 1975.\n\n" + paragraph + "\n")
    return [(e, doc.blocks[e.block].text[e.evidence_start:e.evidence_end]) for e in extract_events(doc)]


def test_a_count_from_the_coup_runs_from_the_day_the_coup_was_told():
    found = [e for e, text in _events("On 15 August officers seized the radio station and deposed the President. On 20 August "
                                      "the new President met the envoys. Egypt recognised the regime within a day of the coup.")
             if "Egypt" in text]
    assert [(e.start_date, e.end_date) for e in found] == [(date(1975, 8, 15), date(1975, 8, 16))]


def test_a_happening_dated_nowhere_leaves_the_count_from_the_last_date():
    found = [e for e, text in _events("On 20 August the new President met the envoys. Egypt recognised the regime within a "
                                      "day of the coup.") if "Egypt" in text]
    assert [(e.start_date, e.end_date) for e in found] == [(date(1975, 8, 20), date(1975, 8, 21))]
