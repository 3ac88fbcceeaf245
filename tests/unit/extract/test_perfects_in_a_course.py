"""A present perfect that runs up to the day the text is written: from the date a since clause ends with, and in the
sentence told right after a course ("since the beginning of the year"). Sentences of our own, in other words and names
than the pages the shapes were found on (tests/fixtures/probes_events17)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument

WRITTEN = date(1968, 5, 20)


def _rows(text: str) -> list[tuple[str, str, date | None, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="airgram", document_date=WRITTEN,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(text[e.evidence_start: e.evidence_end], e.date_kind, e.start_date, e.end_date) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "verb", "first"), [
    ("The junta has tightened its grip on the capital since the paratroopers seized the radio station on 3 May.",
     "has tightened", date(1968, 5, 3)),
    ("The embassy has received no mail since the Foreign Ministry closed the airport to all foreign carriers on 3 May.",
     "has received", date(1968, 5, 3)),
])
def test_a_perfect_before_a_since_clause_runs_from_its_date(text, verb, first):
    rows = _rows(text)
    assert any(verb in ev and kind == "range" and start == first and end == WRITTEN for ev, kind, start, end in rows), rows


@pytest.mark.parametrize(("text", "verb", "first"), [
    ("The situation has become much worse since the beginning of the year. The rebels have burned more than forty "
     "villages in the north.", "have burned", date(1968, 1, 1)),
    ("Fighting around the port has grown fiercer since the beginning of the month. The guerrillas have shelled the "
     "harbour twice.", "have shelled", date(1968, 5, 1)),
])
def test_a_perfect_told_right_after_a_course_is_within_it(text, verb, first):
    rows = _rows(text)
    assert any(verb in ev and kind == "range" and start == first and end == WRITTEN for ev, kind, start, end in rows), rows


def test_a_point_of_its_own_after_the_course_is_not_within_it():
    rows = _rows("Prices have risen sharply since the beginning of the year. 2. The army has arrested the union leaders.")
    assert not any("arrested" in ev and kind == "range" for ev, kind, _, _ in rows), rows
