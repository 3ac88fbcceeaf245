"""A span counted back with no count ("during the last month", "over the past year") is one of its unit up to the day
the text speaks from, not the calendar month or year before it ("last month")."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _dates(text: str) -> list[tuple]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="report", document_date=date(1961, 5, 18),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(e.date_kind, e.start_date, e.end_date) for e in extract_events(doc)]


def test_the_last_month_runs_to_the_day_of_writing():
    assert ("range", date(1961, 4, 18), date(1961, 5, 18)) in _dates("The border posts had been shelled four times during the last month.")


def test_last_month_alone_is_the_calendar_month_before():
    assert all(d[1:] != (date(1961, 4, 18), date(1961, 5, 18)) for d in _dates("The border posts were shelled last month."))
