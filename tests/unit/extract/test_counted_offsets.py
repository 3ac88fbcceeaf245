"""Offsets counted from a day the sentence writes, or from the day the text speaks from
(pipeline/extract/events/relative_date.py)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events.annotate import annotate
from pipeline.extract.events.relative_date import counted_after_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gromyko arrived on the evening of 6 September and was received by Mao at Zhongnanhai the next day.",
         [(date(1960, 9, 7), "was received by Mao at Zhongnanhai the next day.")]),
        ("I received your letter of 11 March, handed to me by Ambassador Ponomarenko two days later, and discussed it.",
         [(date(1960, 3, 13), "handed to me by Ambassador Ponomarenko two days later")]),
        ("On 8 March KIM IL SUNG told me that the previous day the Korean side had handed the Chinese embassy a note.",
         [(date(1960, 3, 7), "the previous day the Korean side had handed the Chinese embassy a note.")]),
        ("On 5 May, the day before the vote, he left.", []),  # the offset names the date: no act of its own
        ("On 5 May the talks opened and the same day the delegates dined.", []),  # the day's own row tells it
    ],
)
def test_an_offset_after_a_written_day_counts_from_it(text, expected):
    s = annotate(text, 1960)[0][0]
    found = [(e.start_date, text[e.evidence_start: e.evidence_end]) for e in counted_after_date(0, s, s.dates, [], [])]
    assert found == expected
