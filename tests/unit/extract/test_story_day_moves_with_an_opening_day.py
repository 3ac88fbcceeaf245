"""A report tells its story's acts in turn on the day the text last opened a sentence with: a Russian report opens its
sentence on the bare day ("24 февраля части армии захватили ..."), as an English one does with "On 24 February", and
the simple pasts after it happened on that day; a sentence opened since on a relative day ("Yesterday ...", "Вчера
...") moves the story to that day, so the act told next ("The ambassador protested") is of that day too."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text


def _days(body: str) -> dict[str, date | None]:
    doc = parse_text("source: https://example.org/reports/12\nReport, 3 March 1966\n\nREPORT\n\n" + body + "\n\nP. Fedorov\n\n3 March 1966\n")
    return {doc.blocks[e.block].text[e.evidence_start:e.evidence_end][:14]: e.end_date for e in extract_events(doc)}


@pytest.mark.parametrize("body, opening, then", [
    ("On 24 February army units seized the radio station. The army occupied the airport.", "The army occup", date(1966, 2, 24)),
    ("24 февраля части армии захватили радиостанцию. Армия заняла аэропорт.", "Армия заняла а", date(1966, 2, 24)),
    ("On 24 February army units seized the radio station.\n\nYesterday the ambassador was summoned to the ministry. "
     "The ambassador protested.", "The ambassador", date(1966, 3, 2)),
    ("24 февраля части армии захватили радиостанцию.\n\nВчера посол был приглашен в МИД. Посол заявил протест.",
     "Посол заявил п", date(1966, 3, 2)),
])
def test_a_simple_past_is_of_the_day_the_story_last_opened_on(body, opening, then):
    assert _days(body).get(opening) == then
