"""An hour written before a day of the week ("at 1545 on Monday") is of that day, not of the day the text is written."""

from __future__ import annotations

from pipeline.extract.tense import read_cues


def _relative(sentence: str) -> list[str]:
    return [sentence[c.start:c.end] for c in read_cues(sentence, "en") if c.kind == "relative"]


def test_the_hour_before_a_weekday_is_no_cue_of_the_writing_day():
    assert _relative("Radio Kampala announced at 1545 on Monday that army units had seized power.") == ["on Monday"]
    assert _relative("Troops entered the palace at 0300 hours local time on Sunday.") == ["on Sunday"]


def test_an_hour_with_a_weekday_elsewhere_in_the_sentence_stays():
    assert _relative("At 1545 the radio announced that on Monday the assembly would meet.") == ["1545", "on Monday"]
