"""A day and month without their year that a record tells as past, half a year after the month it is written in: the
last such day before it ("the message ... on the proclamation of the republic on 30 December", thanked for in June
1976, is of December 1975); a plan on such a day keeps the text's year."""

from datetime import date

from pipeline.extract.events.annotate import annotate


def _days(text: str, written: date) -> list[date]:
    month = (written.year, written.month)
    sentences, _ = annotate(text, written.year, month, month, "en", month)
    return [d.start_date for s in sentences for d in s.dates]


def test_a_past_day_half_a_year_ahead_is_of_the_year_before():
    text = "The President thanked us for the message sent on the proclamation of the republic on 30 December."
    assert _days(text, date(1976, 6, 15)) == [date(1975, 12, 30)]


def test_a_plan_half_a_year_ahead_keeps_the_year():
    text = "The President will open the new port on 30 December."
    assert _days(text, date(1976, 6, 15)) == [date(1976, 12, 30)]

