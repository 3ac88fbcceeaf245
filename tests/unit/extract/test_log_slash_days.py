"""A log's entries dated with slashes, every one of them ambiguous ("1/5/61", "2/5/61", "3/5/61": the first three days
of May, or the fifth of January, February and March): read as the page's writers meant, day first where the entries
fall in one month, month first where another of the page's slash dates writes its month first ("5/14/61")."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.normalize.dates import find_dates, slash_day_first, slash_order
from pipeline.parse import parse_text

_LOG = """Title: Log book of Kalomo Primary School, May 1961

1/5/61 The school reopened after the holiday. Mr. Banda visited the school.
2/5/61 The District Education Officer inspected the registers.
3/5/61 Heavy rain fell and twenty pupils were absent.
"""


def test_a_logs_entries_of_one_month_are_read_day_first():
    entries = "1/5/61, 2/5/61, 3/5/61"
    assert slash_day_first(entries)
    with slash_order(entries):
        assert [m.start_date for m in find_dates(entries)] == [date(1961, 5, 1), date(1961, 5, 2), date(1961, 5, 3)]


def test_a_month_written_first_elsewhere_on_the_page_keeps_the_entries_month_first():
    page = "Reports of 1/5/61, 2/5/61, 3/5/61 and 5/14/61."
    assert not slash_day_first(page)
    with slash_order(page):
        assert [m.start_date for m in find_dates(page)] == [date(1961, 1, 5), date(1961, 2, 5), date(1961, 3, 5), date(1961, 5, 14)]


def test_a_day_past_the_twelfth_first_elsewhere_on_the_page_agrees():
    page = "1/5/61, 2/5/61, 3/5/61; 15/5/61 the inspector came."
    with slash_order(page):
        assert [m.start_date for m in find_dates(page)][-1] == date(1961, 5, 15)
        assert slash_day_first(page)


def test_the_logs_rows_are_dated_on_the_days_its_writers_meant():
    doc = parse_text(_LOG)
    assert doc.slash_day_first and doc.document_date == date(1961, 5, 1)
    assert {e.start_date for e in extract_events(doc)} == {date(1961, 5, 1), date(1961, 5, 2), date(1961, 5, 3)}
