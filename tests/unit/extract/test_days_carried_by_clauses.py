"""Days a clause takes from another clause of its sentence or from the story told before it."""

from datetime import date

from pipeline.extract.events import relative_date
from pipeline.extract.events.annotate import Sentence
from pipeline.extract.events.common import EventDraft
from pipeline.normalize.dates import find_dates


def _sentence(text: str, year: int) -> tuple[Sentence, list]:
    dated = find_dates(text, year)
    return Sentence(0, len(text), text, dated, year), dated


def _story(day: date) -> EventDraft:
    return EventDraft(0, "statement", 0, 10, "dated_sentence", 0.5).on(day, inferred=False)


def _rows(text: str, year: int, story: date | None = None) -> list[tuple[str, date | None, date | None]]:
    s, dated = _sentence(text, year)
    earlier = [_story(story)] if story else []
    return [(text[e.evidence_start: e.evidence_end].strip(" ."), e.start_date, e.end_date)
            for e in relative_date.counted_after_date(1, s, dated, earlier, [])]


def test_the_story_day_in_a_clause_before_the_date_written_is_the_story_s():
    text = "His body was flown by helicopter to Vallegrande the same afternoon and displayed to the press on October 10."
    assert _rows(text, 1967, date(1967, 10, 9)) == [
        ("His body was flown by helicopter to Vallegrande the same afternoon", date(1967, 10, 9), date(1967, 10, 9))]


def test_the_story_day_set_beside_the_date_or_before_a_month_or_a_course_is_no_clause_of_its_own():
    assert _rows("The same day, 5 May, the army took the radio station.", 1965, date(1965, 5, 4)) == []
    assert _rows("The same evening Dorticós telephoned me and thanked us for the team sent in May.", 1964, date(1964, 6, 5)) == []
    assert _rows("That night the leaders went to the palace and negotiated until the early hours of 10 April.", 1948,
                 date(1948, 4, 9)) == []


def test_the_same_day_after_a_day_counted_in_the_sentence_is_the_counted_day():
    text = ("A demonstration called for 28 September was banned the night before; General Spínola resigned two days later "
            "and General Costa Gomes succeeded him the same day.")
    rows = _rows(text, 1974)
    assert ("General Spínola resigned two days later", date(1974, 9, 30), date(1974, 9, 30)) in rows
    assert ("General Costa Gomes succeeded him the same day", date(1974, 9, 30), date(1974, 9, 30)) in rows


def test_a_day_counted_after_by_is_a_bound():
    text = ("During the night of 3rd/4th July the battalion re-entered Crater without loss; by the following evening the "
            "battalion had occupied the whole district.")
    s, dated = _sentence(text, 1967)
    rows = relative_date.counted_after_date(1, s, dated, [], [])
    assert [(e.start_date, e.end_date, e.date_kind) for e in rows] == [(None, date(1967, 7, 4), "upper_bound")]


def test_a_part_of_the_day_counted_after_by_is_a_bound():
    text = "Troops restored order by the evening of the next day."
    s, _ = _sentence(text, 1956)
    rows = relative_date.relative_events(1, s, [_story(date(1956, 6, 28))])
    assert [(e.start_date, e.end_date, e.date_kind) for e in rows] == [(None, date(1956, 6, 29), "upper_bound")]



def test_the_same_evening_after_the_night_onto_a_day_is_that_day_s():
    text = "Comrade David reported: In the night to Friday a group of colonels occupied Athens with tanks."
    night = EventDraft(0, "statement", 0, len(text), "relative_date", 0.5)
    night.start_date, night.end_date, night.date_kind, night.date_text = date(1967, 4, 20), date(1967, 4, 21), "range", "night to Friday"
    night.precision = "day"
    s, _ = _sentence("King Constantine swore in a government under Kollias the same evening.", 1967)
    rows = relative_date.relative_events(1, s, [night], texts=[text, s.text])
    assert [(e.start_date, e.end_date) for e in rows] == [(date(1967, 4, 21), date(1967, 4, 21))]


def test_a_sentence_of_the_story_s_own_day_keeps_the_day_stated_for_the_hours_after_it():
    from pipeline.extract.events.passages import _story_day_kept

    assert _story_day_kept(_sentence("About thirty Shan leaders were detained the same night.", 1962)[0])
    assert not _story_day_kept(_sentence("The council was formed the next day.", 1962)[0])
    assert not _story_day_kept(_sentence("The council met yesterday.", 1962)[0])

