"""A month named with "of last year" ("в апреле прошлого года", "in April of last year") is a past time, though another
clause of its sentence plans ("... и что Москва будет удивлена таким решением"): it dates the act it stands with. A
month named alone in a planning sentence is still the plan's loose time."""

from datetime import date

import pytest

from pipeline.extract.events.annotate import annotate


@pytest.mark.parametrize(("text", "language", "first"), [
    ("Я ответил, что оружие было направлено по просьбе сирийской стороны, высказанной ещё в апреле прошлого года, "
     "и что Москва будет удивлена таким решением.", "ru", date(1964, 4, 1)),
    ("Посол напомнил, что договорённость была достигнута в ноябре прошлого года, и что делегация приедет летом.",
     "ru", date(1963, 11, 1)),
    ("The Minister replied that the request had been made in April of last year and that Moscow will answer soon.",
     "en", date(1964, 4, 1)),
])
def test_a_month_of_last_year_is_kept_in_a_sentence_that_plans(text, language, first):
    year = first.year + 1
    sentences, _ = annotate(text, year, (year, 5), (year, 5), language, (year, 5))
    assert [d.start_date for d in sentences[0].dates] == [first]


def test_a_month_alone_in_a_plan_is_still_no_date():
    sentences, _ = annotate("Министр сказал, что делегация приедет в июне.", 1965, (1965, 5), (1965, 5), "ru", (1965, 5))
    assert sentences[0].dates == []
