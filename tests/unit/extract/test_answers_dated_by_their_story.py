"""An oral history's answers are dated by the story they tell, never by the interview held decades later: a sentence
of an answer that sets no day of its own took the day it is spoken from (the interview's); it happened on the last day
the story had reached. A stretch named back ("those ten days", "that week") is the story's own, from the first day the
story set within it. Composed interviews, not the held-out pages (tests/fixtures/probes_events26, 29, 30)."""

from datetime import date

import pytest

from pipeline.extract.events.recollection import story_span, story_span_days
from pipeline.extract.mentions import find_mentions
from pipeline.seed import process_seed

_PAGE = """source: https://example.org/oral-history/x
The Association for Diplomatic Studies and Training
Foreign Affairs Oral History Project

AMBASSADOR JOHN Q. WEXLER

Interviewed by: Charles Stuart Kennedy
Initial interview date: May 9, 1994
Copyright 1998 ADST

Q: You were in the capital in 1966?

WEXLER: Yes. The strikes began on March 3, and the army took the radio station two days later.

Q: What did you do?

WEXLER: {answer}
"""


def _rows(answer: str) -> list[dict]:
    return process_seed("x.txt", _PAGE.format(answer=answer).encode()).events.to_pylist()


def _dated(rows: list[dict], piece: str) -> list[tuple]:
    return sorted({(r["start_date"], r["end_date"]) for r in rows if piece in r["evidence_text"]})


def test_an_undated_act_of_an_answer_is_the_storys_last_day_not_the_interviews():
    rows = _rows("Yes. I told the foreign minister that I had no instructions.")
    assert _dated(rows, "I told") == [(date(1966, 3, 5), date(1966, 3, 5))]
    assert _dated(rows, "Q: What did you do?") == [(date(1994, 5, 9), date(1994, 5, 9))]  # the question keeps the interview's day


def test_an_answers_turn_is_dated_by_the_day_its_first_sentence_sets():
    rows = _rows("When I came back in September, the minister refused to see me.")
    assert _dated(rows, "WEXLER: When I came back") == [(date(1966, 9, 1), date(1966, 9, 30))]


@pytest.mark.parametrize(("answer", "first", "last"), [
    ("Not much. I spent those five days at the chancery telephone.", date(1966, 3, 3), date(1966, 3, 7)),
    ("Not much. I reported to Washington every night that week.", date(1966, 3, 3), date(1966, 3, 9)),
])
def test_a_stretch_named_back_is_the_storys_from_its_first_day_within_it(answer, first, last):
    assert _dated(_rows(answer), answer[10:22]) == [(first, last)]


@pytest.mark.parametrize(("sentence", "days"), [
    ("We kept the gates shut those four days.", 4),
    ("I hardly slept that week.", 7),
    ("Those three weeks were the worst of my tour.", 21),
    ("He stayed at home for four days.", None),
    ("That was the week of the budget.", None),
])
def test_the_days_a_sentence_names_back(sentence, days):
    assert story_span_days(sentence) == days


def test_the_stretch_starts_at_the_first_story_day_within_it():
    days = [date(1971, 1, 2), date(1971, 1, 20), date(1971, 1, 22), date(1971, 1, 25)]
    assert story_span(days, 7) == (date(1971, 1, 20), date(1971, 1, 26))
    assert story_span(days, 30) == (date(1971, 1, 2), date(1971, 1, 31))
    assert story_span([], 7) is None


@pytest.mark.parametrize(("text", "names"), [
    ("We called on General Castro Ortega at the ministry.", []),  # another man's two surnames
    ("We called on Colonel Tito Mendoza that evening.", []),
    ("We called on Fidel Castro Ruz at the palace.", ["Fidel Castro"]),  # his own forms
    ("We called on Castro at the palace.", ["Fidel Castro"]),
])
def test_a_titled_surname_before_another_capitalised_name_is_another_man(text, names):
    assert [m.entity.name for m in find_mentions(text) if m.entity.kind == "person"] == names


@pytest.mark.parametrize(("sentence", "last"), [
    ("The strikes had begun in January, and by March the crowds filled the square.", date(1966, 3, 31)),
    ("By the middle of October the garrison had gone over to the rebels.", date(1966, 10, 15)),
    ("By mid-June the last advisers had left.", date(1966, 6, 15)),
])
def test_a_past_clause_by_a_month_is_bound_by_its_last_day(sentence, last):
    from pipeline.extract.events import annotate as annotate_module
    from pipeline.extract.events.dated_sentence import deadline_passed

    dates = [d for s in annotate_module.annotate(sentence, 1966, language="en")[0] for d in s.dates]
    assert [deadline_passed(sentence, d, "en") for d in dates if d.text.lower().startswith("by")] == [last]
