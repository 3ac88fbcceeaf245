"""A day written inside a participle aside set off by commas dates the aside; the main verb after it, with a day of
its own counted from the writing, is an act of that day (an intelligence daily's or a cable's items)."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, day: date) -> list[tuple[str, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="report", document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(text[e.evidence_start: e.evidence_end], e.start_date) for e in extract_events(doc)]


def test_the_main_verb_after_an_aside_with_its_own_day_is_of_that_day():
    rows = _rows("The frontier posts, shut on Monday, were opened again yesterday.", date(1976, 11, 3))
    assert any("shut" in ev and start == date(1976, 11, 1) for ev, start in rows)
    assert any(ev.startswith("were opened again yesterday") and start == date(1976, 11, 2) for ev, start in rows)


def test_an_aside_with_a_day_and_no_second_day_keeps_one_row():
    rows = _rows("The frontier posts, shut on Monday, were opened again.", date(1976, 11, 3))
    assert not any(ev.startswith("were opened") for ev, _ in rows)
