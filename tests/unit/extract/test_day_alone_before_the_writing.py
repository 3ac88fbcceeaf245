"""A day alone by its ordinal ("on the 26th") that a dated report tells as past, with no month written before it in the
passage: a day after the report's own is of the month before (an embassy's report of 2 December tells of "the 26th"
of November), a plan on such a day keeps the report's month."""

from datetime import date

from pipeline.extract.events.annotate import annotate


def _days(text: str, written: date) -> list[date]:
    sentences, _ = annotate(text, written.year, (written.year, written.month), (written.year, written.month), "en",
                            (written.year, written.month), spoken_day=written)
    return [d.start_date for s in sentences for d in s.dates]


def test_a_past_day_alone_after_the_day_of_writing_is_of_the_month_before():
    text = "The Foreign Minister, who had flown to Cairo on the 27th for the conference, heard of the coup there."
    assert _days(text, date(1971, 3, 4)) == [date(1971, 2, 27)]


def test_a_past_day_alone_before_the_day_of_writing_keeps_its_month():
    text = "The Foreign Minister had flown to Cairo on the 2nd for the conference."
    assert _days(text, date(1971, 3, 4)) == [date(1971, 3, 2)]


def test_a_plan_on_a_day_alone_after_the_day_of_writing_keeps_its_month():
    text = "The Foreign Minister will fly to Cairo on the 27th for the conference."
    assert _days(text, date(1971, 3, 4)) == [date(1971, 3, 27)]


def test_a_day_alone_after_a_month_the_passage_wrote_is_of_that_month():
    text = "On 20 February the talks opened. The delegation had left on the 27th."
    assert _days(text, date(1971, 3, 4)) == [date(1971, 2, 20), date(1971, 2, 27)]
