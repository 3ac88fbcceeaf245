"""Courses a sentence tells with a since word or a perfect after a dated aside: from their first day to the day the
text is written (pipeline/extract/events/dated_sentence.py since_span, course_after_aside;
pipeline/extract/events/relative_date.py since_told_events)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from pipeline.extract.events.annotate import annotate
from pipeline.extract.events.common import EventDraft
from pipeline.extract.events.dated_sentence import course_after_aside, since_span
from pipeline.extract.events.relative_date import since_told_events

WRITTEN = date(1971, 6, 17)  # a Thursday


def _courses(text: str, language: str = "en") -> list[tuple[date, date, str]]:
    s = annotate(text, WRITTEN.year, language=language)[0][0]
    context = SimpleNamespace(letter_date=WRITTEN)
    found = [c for m in s.dates if (c := since_span(0, s, m, EventDraft(0, "statement", 0, 1, "dated_sentence", 0.7), context, language))]
    found += since_told_events(0, s, [EventDraft(0, "statement", 0, 1, "dated_sentence", 0.7).dated(m) for m in s.dates], context, WRITTEN)
    if (aside := course_after_aside(0, s, s.dates, WRITTEN, language)) is not None:
        found.append(aside)
    return [(e.start_date, e.end_date, e.date_kind) for e in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a perfect with an irregular participle
        ("The guerrillas have held the mountain passes since early April.", [(date(1971, 4, 1), WRITTEN, "range")]),
        # a date after a second predicate of the subject is that predicate's, not the since clause's
        ("The strike has been prepared since the spring and was to have begun on 3 May.", []),
        # a weekday after "since": from the last such day before the day written
        ("The port has been closed to shipping since Monday.", [(date(1971, 6, 14), WRITTEN, "range")]),
        ("Since Tuesday evening the students have occupied the library.", [(date(1971, 6, 15), WRITTEN, "range")]),
        # "has since": from the day the sentence dated
        ("The envoy was expelled on 2 June and has since returned to Cairo.", [(date(1971, 6, 2), WRITTEN, "range")]),
        # a perfect after an interposed clause that dates its subject
        ("The embargo, which the council imposed on 5 May, has been eased twice.", [(date(1971, 5, 5), WRITTEN, "range")]),
        # no course: a past act on a weekday, a past tense after the aside, a day of the last act not repeated since
        ("The commission has not met since 2 June.", []),
        ("The port was closed on Monday.", []),
        ("The embargo, which the council imposed on 5 May, was eased a week later.", []),
    ],
)
def test_a_course_runs_to_the_day_written(text, expected):
    assert _courses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("С середины мая в городе не хватает топлива.", [(date(1971, 5, 11), WRITTEN, "range")]),
        ("Министерство с начала июня отказывается выдавать визы.", [(date(1971, 6, 1), WRITTEN, "range")]),
        ("В начале июня делегация посетила Каир.", []),  # a month's part, no course
        ("Переговоры о торговле идут с мая.", [(date(1971, 5, 1), WRITTEN, "range")]),  # a month alone after "с"
        ("С апреля по июнь гарнизон был усилен.", []),  # a span of months, no course
    ],
)
def test_a_russian_course_from_a_months_part(text, expected):
    assert _courses(text, "ru") == expected


def _reported(text: str) -> list[tuple[date, date, list[str], str]]:
    s = annotate(text, WRITTEN.year, language="en")[0][0]
    context = SimpleNamespace(letter_date=WRITTEN)
    found = [c for m in s.dates if (c := since_span(0, s, m, EventDraft(0, "statement", 0, 1, "dated_sentence", 0.7), context, "en"))]
    return [(e.start_date, e.end_date, e.sources, text[e.evidence_start: e.evidence_end].strip()) for e in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pluperfect of a report, the since word right before the date or opening the month's part: the course runs
        # to the day written, its words the reported clause's, its actor the clause's subject, not the speaker
        ("The minister said that Ghana had kept its troops in the Congo since March.",
         [(date(1971, 3, 1), WRITTEN, ["Ghana"], "Ghana had kept its troops in the Congo")]),
        ("He told us that the refugees had returned to the villages since the end of May.",
         [(date(1971, 5, 21), WRITTEN, [], "the refugees had returned to the villages")]),
        ("The envoy reported that India had received more than two hundred tanks since 1965.",
         [(date(1965, 1, 1), WRITTEN, ["India"], "India had received more than two hundred tanks")]),
        # a plan in a later clause leaves the since month the course's first month
        ("He said that the patrols had crossed the river since early May, and that more would follow in July.",
         [(date(1971, 5, 1), WRITTEN, [], "the patrols had crossed the river")]),
        # a passive state as the speaker found it, a thing the since word dates, a day not reached since: no course
        ("He complained that deliveries of grain had been delayed since April.", []),
        ("He said that the border had stayed closed since the break-up of the federation in May.", []),
        ("He said that the commission had not met since 2 June.", []),
    ],
)
def test_a_reported_pluperfect_course(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the week's end after the since word: from the last Saturday before the day written
        ("The minister has been confined to his residence since the weekend.", [(date(1971, 6, 12), WRITTEN, "range")]),
        ("Patrols have watched the border since the week-end.", [(date(1971, 6, 12), WRITTEN, "range")]),
        # a perfect closing on "since then" across an "and" that joins two words of one thing
        ("The talks broke down on 2 June. Police have detained students and workers since then.", [(date(1971, 6, 2), WRITTEN, "range")]),
        # "since" counts from the story's day, not from a day counted back from it
        ("The army entered the city on 9 June. The police have since detained 250 people.", [(date(1971, 6, 9), WRITTEN, "range")]),
        # ... but not when the "and" opens a clause with a past verb of its own
        ("The talks broke down on 2 June. Police have detained students and the strikers walked out since then.", []),
    ],
)
def test_a_course_from_a_word_for_its_start(text, expected):
    sentences = annotate(text, WRITTEN.year, language="en")[0]
    earlier = [EventDraft(0, "statement", s.start, s.end, "dated_sentence", 0.7).dated(m) for s in sentences for m in s.dates]
    found = since_told_events(0, sentences[-1], earlier, SimpleNamespace(letter_date=WRITTEN), WRITTEN)
    assert [(e.start_date, e.end_date, e.date_kind) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 3 and 5 June the rebels took the port. They still hold it.", (date(1971, 6, 3), WRITTEN)),
        ("The junta seized power on 8 June. The neighbours have so far kept silent.", (date(1971, 6, 8), WRITTEN)),
        ("The junta seized power on 8 June. The envoy said that the rebels still hold the port.", None),  # a saying
        ("The junta seized power on 8 June. The rebels still held the port when the envoy came.", None),  # the past
        ("The army will wait, since the rebels still hold the port.", None),  # a reason, no story before it
    ],
)
def test_a_state_told_as_lasting_runs_from_the_story_start(text, expected):
    from pipeline.extract.events.relative_date import ongoing_state

    sentences = annotate(text, WRITTEN.year, language="en")[0]
    earlier = [EventDraft(0, "statement", s.start, s.end, "dated_sentence", 0.7).dated(m) for s in sentences[:-1] for m in s.dates]
    own = [EventDraft(0, "statement", sentences[-1].start, sentences[-1].end, "tense_sentence", 0.5)]
    ongoing_state(sentences[-1], own, earlier, SimpleNamespace(letter_date=WRITTEN), [text], WRITTEN)
    assert ((own[0].start_date, own[0].end_date) if own[0].start_date else None) == expected


def test_since_counts_from_the_story_day_not_a_day_counted_back_from_it():
    sentences = annotate("The army entered the city on 9 June. The police have since detained 250 people.", WRITTEN.year, language="en")[0]
    earlier = [EventDraft(0, "statement", s.start, s.end, "dated_sentence", 0.7).dated(m) for s in sentences for m in s.dates]
    back = EventDraft(0, "statement", 0, 5, "relative_date", 0.45).on(date(1971, 6, 8))  # "Troops had come a day earlier."
    back.date_text = "a day earlier"
    found = since_told_events(0, sentences[-1], [*earlier, back], SimpleNamespace(letter_date=WRITTEN), WRITTEN)
    assert [(e.start_date, e.end_date) for e in found] == [(date(1971, 6, 9), WRITTEN)]


_CABLE = """Telegram From the Embassy in Vientiane to the Department of State

Vientiane, March 9, 1961.

{body}
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the date right after the since word names when the course began: the course alone, no act on that day
        ("Embassy has had no fuel deliveries since March 4 and road to Luang Prabang is cut.",
         [("1961-03-04", "1961-03-09", "range")]),
        ("Ambassador said that the rebels had shelled the town every night since 1959.", [("1959-01-01", "1961-03-09", "range")]),
        # a thing the since word dates keeps its own day beside the course ("since the coup of 2 March": the coup)
        ("Prices have doubled since the coup of March 2.", [("1961-03-02", "1961-03-02", "exact"), ("1961-03-02", "1961-03-09", "range")]),
        # an act told on that day after the date ("..., when"): the day keeps its row beside the course
        ("Prices have doubled since March 2, when the army seized the radio station.",
         [("1961-03-02", "1961-03-02", "exact"), ("1961-03-02", "1961-03-09", "range")]),
        # a passive perfect: the state the day's act left, the closing on that day beside the course
        ("The border has been closed to traders since March 2.",
         [("1961-03-02", "1961-03-02", "exact"), ("1961-03-02", "1961-03-09", "range")]),
        # no course, the day kept: the last meeting before a silence
        ("The commission has not met since March 2.", [("1961-03-02", "1961-03-02", "exact")]),
    ],
)
def test_a_course_from_a_date_right_after_since_is_one_row(body, expected):
    from pipeline.seed import process_seed

    rows = process_seed("x.txt", _CABLE.format(body=body).encode()).events.to_pylist()
    told = sorted((r["start_date"].isoformat(), r["end_date"].isoformat(), r["date_kind"]) for r in rows
                  if r["method"] == "dated_sentence" and r["evidence_text"] in body)
    assert told == sorted(expected)
