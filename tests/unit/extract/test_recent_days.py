"""Days just past, named by a word and not a date ("日前" the other day, "近日" these days, "на днях", "a few days ago"):
about the week before the day the text speaks from, as an approximate span of days; "十日前" (before the 10th) is a day
of the month. Paraphrases in other bodies, places, days and languages than the held-out bulletin the rule was found on
(tests/fixtures/probes_events4)."""

from datetime import date

import pytest

from pipeline.seed import process_seed


@pytest.mark.parametrize(("text", "words", "span"), [
    ("source: http://www.example.cn/jianbao/1\n外交部《情况简报》第十期\n一九六七年三月二十日\n一、日前，缅甸当局在仰光逮捕华侨学生三十余人。\n",
     "一、日前", (date(1967, 3, 13), date(1967, 3, 19))),
    ("source: http://www.example.cn/jianbao/2\n外交部《情况简报》第十一期\n一九六七年四月二日\n二、近日，印度军队在锡金边境频繁调动。\n",
     "二、近日", (date(1967, 3, 26), date(1967, 4, 2))),
    ("source: https://istmat.org/node/1\nИнформация МИД СССР\n12 мая 1962 г.\nНа днях посольство ФРГ вручило МИД Финляндии ноту протеста.\n",
     "На днях", (date(1962, 5, 7), date(1962, 5, 11))),
])
def test_days_just_past_are_the_week_before_the_texts_day(text, words, span):
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    got = [(r["start_date"], r["end_date"], r["date_kind"]) for r in rows if r["evidence_text"].startswith(words)]
    assert got == [(*span, "approximate")]


def test_a_day_of_the_month_before_its_mark_is_no_days_just_past():
    text = "source: http://www.example.cn/dianbao/3\n中央关于筹备工作的电报\n一九五七年十一月六日\n请将筹备情况于十日前报告。\n"
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    assert all(r["date_kind"] != "approximate" for r in rows)


def test_a_history_at_a_day_it_told_goes_on_into_that_days_night():
    text = ("source: https://books.example.org/coup/p41\nThe Coup in Kabul\n\nOn 14 March 1973 the rebel brigade surrounded the "
            "ministry of defence. The fighting went on through the night.\n")
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    got = [(r["start_date"], r["end_date"]) for r in rows if r["evidence_text"].startswith("The fighting")]
    assert got == [(date(1973, 3, 14), date(1973, 3, 15))]


def test_a_cable_told_on_its_day_has_the_night_before_it():
    text = ("source: https://history.example.org/cable/9\nTelegram From the Embassy in Baghdad to the Department of State\n\n"
            "Baghdad, March 9, 1963, 2 p.m.\n\nFighting continued through the night in the northern quarters.\n")
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    got = [(r["start_date"], r["end_date"]) for r in rows if r["evidence_text"].startswith("Fighting")]
    assert got == [(date(1963, 3, 8), date(1963, 3, 9))]
