"""A season a history names with no year, after the story reached a day before it opens, is that year's season."""

from datetime import date

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text


def _rows(text: str):
    doc = parse_text("source: https://example.org/history/9\nA history, p. 40\n\n" + text + "\n")
    return [e for e in extract_events(doc) if e.start_date is not None]


def test_a_history_s_autumn_after_may_is_that_year_s():
    rows = _rows("The government declared the war over on 27 May 1977. In the autumn Mobutu announced a liberalisation.")
    assert (rows[-1].start_date, rows[-1].end_date) == (date(1977, 9, 1), date(1977, 11, 30))


def test_a_history_s_spring_after_september_is_that_year_s():
    rows = _rows("The government declared the war over on 27 September 1977. In the spring the officer corps had been purged.")
    assert (rows[-1].start_date, rows[-1].end_date) == (date(1977, 3, 1), date(1977, 5, 31))
