"""Spans and states a sentence tells beside the day it writes: "within three days", "since then", "continues"
(pipeline/extract/events/relative_date.py)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events.annotate import annotate
from pipeline.extract.events.common import EventDraft
from pipeline.extract.events.relative_date import (
    counted_after_date,
    ongoing_after_date,
    relative_events,
    since_then_after_date,
)

WRITTEN = date(1960, 11, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 May the brigade crossed the river, and within three days it held the capital.",
         [(date(1960, 5, 4), date(1960, 5, 7), "it held the capital.")]),
        ("On 4 May the column was stopped, and within forty-eight hours the town had fallen.",
         [(date(1960, 5, 4), date(1960, 5, 6), "the town had fallen.")]),
        ("On 4 May he ordered the advisers to leave within a week.", []),  # the order's day, no span of its own
        ("On 4 May the army seized the radio station, and within days the new council was recognized.",
         [(date(1960, 5, 4), date(1960, 5, 11), "the new council was recognized.")]),  # no count: about a week
        ("On 4 May the embassy said that the envoy is expected to leave within days.", []),  # a plan, no span
    ],
)
def test_a_span_within_days_counts_from_the_written_day(text, expected):
    s = annotate(text, 1960)[0][0]
    found = [(e.start_date, e.end_date, e.date_kind) for e in counted_after_date(0, s, s.dates, [], [])]
    assert found == [(a, b, "range") for a, b, _ in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met in Geneva on 9 October, but the government continues to refuse any talks.",
         "the government continues to refuse any talks."),
        ("The envoys met in Geneva on 9 October and agreed on a text.", None),
    ],
)
def test_a_state_going_on_after_a_dated_act_is_of_the_day_written(text, expected):
    s = annotate(text, 1960)[0][0]
    found = ongoing_after_date(0, s, s.dates, "en", WRITTEN)
    assert [(e.start_date, e.date_kind, text[e.evidence_start: e.evidence_end]) for e in found] == \
        ([(WRITTEN, "approximate", expected)] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two ports were linked by rail in March, and traffic between them has tripled since then.",
         (date(1960, 3, 1), "traffic between them has tripled since then")),
        ("The two ports were linked by rail in March, and traffic grew since then.", None),  # no present perfect
    ],
)
def test_a_perfect_closing_on_since_then_runs_from_the_written_day_to_the_writing(text, expected):
    s = annotate(text, 1960)[0][0]
    found = since_then_after_date(0, s, s.dates, WRITTEN)
    assert [(e.start_date, e.end_date, text[e.evidence_start: e.evidence_end]) for e in found] == \
        ([(expected[0], WRITTEN, expected[1])] if expected else [])


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        (date(1974, 11, 23), (date(1974, 11, 25), date(1974, 12, 1))),  # a Saturday: the Monday two days on
        (date(1974, 11, 25), (date(1974, 12, 2), date(1974, 12, 8))),  # a Monday: the next Monday, not the same week
        (date(1974, 12, 1), (date(1974, 12, 2), date(1974, 12, 8))),  # a Sunday: the next day opens it
    ],
)
def test_the_following_week_is_the_calendar_week_after_the_last_date_written(last, expected):
    s = annotate("The ambassador's report of the following week spoke of a split in the army.", 1974)[0][0]
    earlier = [EventDraft(0, "statement", 0, 10, "dated_sentence", 0.6).on(last, inferred=False)]
    found = relative_events(1, s, earlier)
    assert [(e.start_date, e.end_date, e.date_kind) for e in found] == [(*expected, "range")]
