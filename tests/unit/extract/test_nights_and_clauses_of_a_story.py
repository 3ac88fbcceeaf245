"""A night a story's sentence runs into a named weekday, and two clauses a semicolon parts, each on a day of its own."""

from __future__ import annotations

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

_HEAD = "Ciphered telegram\nJanuary 16, 1962\n\n"


def _events(paragraph: str, source: str = "source: https://example.org/history/7\n"):
    doc = parse_text(source + _HEAD + paragraph + "\n")
    return [(e, doc.blocks[e.block].text[e.evidence_start:e.evidence_end]) for e in extract_events(doc)]


def test_a_night_that_ran_until_a_named_weekday_is_the_night_before_it():
    events = _events("The fighting in the town began on Saturday afternoon. The exchange of fire went on through the night "
                     "until Sunday noon.")
    night = next(e for e, text in events if "through the night" in text)
    assert (str(night.start_date), str(night.end_date), night.date_kind) == ("1962-01-13", "1962-01-14", "range")


def test_a_semicolon_and_a_day_after_it_part_two_acts():
    events = _events("The final assault began on 29 October 1961; on 1 November Denard crossed into Katanga with a small force.")
    days = sorted(str(e.start_date) for e, _ in events if e.date_kind == "exact")
    assert "1961-10-29" in days and "1961-11-01" in days
    assert not any(e.date_kind == "multiple" for e, _ in events)


def test_an_act_told_in_the_pluperfect_inside_a_saying_is_bounded_by_the_saying():
    events = _events("The UAR consul told me yesterday evening that Cairo had already advised Gizenga to avoid further bloodshed.")
    bound = next(e for e, text in events if text.startswith("Cairo had already advised"))
    assert (bound.date_kind, str(bound.end_date)) == ("upper_bound", "1962-01-15")
    assert any(e.date_kind == "exact" and str(e.start_date) == "1962-01-15" for e, _ in events)


def test_a_weekday_of_the_act_a_request_asks_for_does_not_date_the_request():
    from pipeline.extract.tense import read_cues

    sentence = "I have asked our Ambassador, Shri B. K. Nehru, to call on Secretary Rusk on Monday with our proposals."
    assert not any(c.kind == "relative" and c.weekday >= 0 for c in read_cues(sentence, "en"))
    assert any(c.kind == "relative" and c.weekday >= 0 for c in read_cues("I called on Secretary Rusk on Monday.", "en"))
