"""A memorandum's drafting line that names the drafter's office in brackets: the drafting on the day it gives."""

from datetime import date

MEMCON = """MEMORANDUM OF CONVERSATION

Washington, March 3, 1961

SUBJECT
Aid to the Congo

The Secretary met the Belgian Ambassador and asked him about the troops in Katanga.

Drafted by Charles Bohlen (EUR/WE) on March 6.
"""


def test_the_drafting_line_with_an_office_in_brackets_is_dated_by_its_own_day():
    from pipeline.extract.events import extract_events
    from pipeline.parse import parse_text

    doc = parse_text(MEMCON)
    rows = [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]
    drafted = [r for r in rows if r[0].startswith("Drafted by")]
    assert drafted and all(start == end == date(1961, 3, 6) for _, start, end in drafted), rows
