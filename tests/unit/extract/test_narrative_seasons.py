"""A book's narrative tells its seasons from the story's time: "the following spring" after a month its own sentence
wrote is the spring after that month (sentences written for these tests, not copied from a probe page)."""

from datetime import date

from pipeline.extract.events.annotate import annotate


def _spans(text: str, year: int, **kw) -> list[tuple[date, date]]:
    sentences, _ = annotate(text, year, language="en", **kw)
    return [(d.start_date, d.end_date) for s in sentences for d in s.dates]


def test_the_following_spring_counts_from_the_month_its_own_sentence_wrote():
    text = ("The congress elected in March 1961 met twice. In November 1962 the cabinet issued the press law by decree, "
            "and the deputies threw it out when it reached them the following spring.")
    assert _spans(text, 1990)[-1] == (date(1963, 3, 1), date(1963, 5, 31))


def test_the_following_winter_after_a_month_alone_of_the_story_year():
    assert _spans("In October the rebels took the port, and the following winter they lost it.", 1956)[-1] == \
        (date(1956, 12, 1), date(1957, 2, 28))
