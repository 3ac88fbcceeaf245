"""A book page's days without their year, read in the year of the note their sentence calls."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.annotate import of_the_notes_year
from pipeline.normalize.dates import find_dates
from pipeline.parse import parse_text

_PAGE = (
    "source: https://books.google.com/books?id=Zx9kAQAAIAAJ&pg=PA88\n"
    "The Harbour Question: Malta and the Powers, 1950-1975 - Google Books\n\n"
    "88     CHAPTER FOUR\n\n"
    "The Prime Minister had written to London on 9 March, asking for talks on the rent of the dockyard; "
    "no answer came.31 On 14 March he closed the harbour to British warships, and the same evening the "
    "garrison was confined to barracks.\n\n"
    "The last British ships sailed only on 2 April 1979, a day the island still keeps.\n\n"
    "31. Prime Minister to Commonwealth Office, 9 March 1971, TNA, FCO 9/1234.\n"
)


def test_a_day_without_its_year_is_of_the_year_of_the_note_its_sentence_calls_and_the_story_keeps_it():
    doc = parse_text(_PAGE)
    days = {e.start_date for e in extract_events(doc) if e.start_date is not None}
    assert date(1971, 3, 9) in days and date(1971, 3, 14) in days
    assert date(1979, 3, 9) not in days and date(1979, 3, 14) not in days


def test_a_note_of_another_month_or_an_earlier_day_moves_nothing():
    dates = find_dates("on 9 March", 1979)
    assert of_the_notes_year(dates, find_dates("letter of 8 March 1971")) == (dates, None)
    assert of_the_notes_year(dates, find_dates("letter of 9 April 1971")) == (dates, None)
    moved, year = of_the_notes_year(dates, find_dates("letter of 20 March 1971"))
    assert year == 1971 and moved[0].start_date == date(1971, 3, 9)
    written = find_dates("on 9 March 1979")
    assert of_the_notes_year(written, find_dates("letter of 9 March 1971")) == (written, None)


_LATER_NOTE = (
    "source: https://books.google.com/books?id=Qw7pAQAAIAAJ&pg=PA61\n"
    "Island Politics: The Caribbean Left, 1970-1985 - Google Books\n\n"
    "61     CHAPTER THREE\n\n"
    "By the beginning of 1979 the movement expected a blow.11\n\n"
    "The Prime Minister flew to New York on 12 March. Early the next morning armed men attacked the barracks. "
    "Within an hour the insurgents had seized the radio station.12\n\n"
    "Police stations surrendered one by one during the day. Two days later the new government was proclaimed.\n\n"
    "11. Interview with a former minister, St George's, 14 July 1997.\n"
    "12. Bridgetown to FCO, tel. 79, 13 March 1979.\n"
)


def test_a_story_page_dated_by_a_note_years_after_its_text_speaks_from_no_day():
    from pipeline.extract.events.context import document_context

    doc = parse_text(_LATER_NOTE)
    doc.document_date, doc.document_date_precision, doc.date_is_story = date(1997, 7, 14), "day", True  # an interview's day
    context = document_context(doc)
    assert context.letter_date is None and context.year == 1979
    doc.document_date = date(1980, 2, 1)  # a source of the year after the story: the page's day, as before
    assert document_context(doc).letter_date == date(1980, 2, 1)
