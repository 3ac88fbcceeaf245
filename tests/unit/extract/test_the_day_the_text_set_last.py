"""A bulletin's item, a chronicle or a cable dates its first act and tells the rest by the clock ("... on 14 March. At
0600 the garrison surrendered."): an hour alone is of the day the passage set last, not of the day the text is written.
A word of the day beside the hour ("at 0300 this morning") or a plan ("will land at 1545") keeps its own reading, and a
new passage starts afresh. A month a sentence names alone first ("in February, when between the 9th and the 12th") is
the month of the days alone after it."""

from datetime import date

import pytest

from pipeline.extract.events.annotate import annotate

_KINDS = [
    ("Rebel troops entered Vientiane on the evening of 9 August after shelling the airport. At 2230 the radio station "
     "fell to them.", 1960, (1960, 8), date(1960, 8, 9), "22:30"),
    ("The garrison at Dien Bien Phu was attacked in force on 13 March. The Beatrice strongpoint fell, and at 0200 its "
     "last defenders withdrew.", 1954, (1954, 3), date(1954, 3, 13), "02:00"),
    ("Paratroops landed at Port Said early on 5 November. At 1430 the Egyptian commander asked for a cease-fire.",
     1956, (1956, 11), date(1956, 11, 5), "14:30"),
]


@pytest.mark.parametrize(("text", "year", "month", "day", "hour"), _KINDS)
def test_an_hour_alone_is_of_the_day_the_passage_set_last(text, year, month, day, hour):
    sentences, _ = annotate(text, year, month, None, "en")
    told = sentences[-1].dates
    assert [(d.start_date, d.time) for d in told] == [(day, hour)]


@pytest.mark.parametrize("second", [
    "At 0300 this morning the radio station fell to them.",  # the hour of the day the word names
    "The commander will land at 1545 with his staff.",  # a plan's hour
])
def test_an_hour_with_a_word_of_the_day_or_a_plan_keeps_its_own_reading(second):
    sentences, _ = annotate("Rebel troops entered the capital on 9 August. " + second, 1960, (1960, 8), None, "en")
    assert sentences[-1].dates == []


def test_an_hour_in_a_passage_that_set_no_day_is_not_carried():
    sentences, _ = annotate("At 2230 the radio station fell to the rebels.", 1960, (1960, 8), None, "en")
    assert sentences[-1].dates == []


@pytest.mark.parametrize(("text", "days"), [
    ("The plan was drawn up in February, when between the 9th and the 12th the generals refused the new minister.",
     [date(1973, 2, 9), date(1973, 2, 12)]),
    ("The strike began in March and on the 4th the dockers joined it.", [date(1973, 3, 4)]),
])
def test_a_month_named_first_in_a_sentence_is_carried_to_the_days_after_it(text, days):
    sentences, _ = annotate(text, 1973, (1973, 6), (1973, 6), "en", (1973, 6))
    assert [d.start_date for d in sentences[0].dates if d.precision == "day"] == days


def test_a_day_before_the_month_named_keeps_the_month_the_text_speaks_from():
    sentences, _ = annotate("The envoy arrived on the 4th, and the talks of March were recalled.", 1973, (1973, 6), (1973, 6), "en",
                            (1973, 6))
    assert [d.start_date for d in sentences[0].dates if d.precision == "day"] == [date(1973, 6, 4)]
