"""A book page's story moves on to the year a week of a month names ("In the last week of February 1969 ..."): the days
it writes next without a year ("On 25 February ...") are of that year, not of the year named sentences before."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

_PAGE = (
    "source: https://books.google.com/books?id=example\nChapter 3: The Crisis\n\n"
    "Independence had been granted on 12 October 1968, and within four months relations with the former power had "
    "collapsed. In the last week of February 1969 the President toured the mainland province. On 25 February his "
    "militants tore down the flag at the consulate, and the consul was expelled the next day.\n"
)


def test_the_days_after_a_week_of_a_month_keep_its_year():
    doc = parse_text(_PAGE)
    starts = {doc.blocks[e.block].text[e.evidence_start:e.evidence_end][:20]: (e.start_date, e.end_date) for e in extract_events(doc)}
    assert (date(1969, 2, 22), date(1969, 2, 28)) in starts.values(), starts
    assert (date(1969, 2, 25), date(1969, 2, 25)) in starts.values(), starts
    assert (date(1969, 2, 26), date(1969, 2, 26)) in starts.values(), starts
