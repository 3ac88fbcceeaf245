"""A record of a talk tells of a meeting held on a day of the week and of the next one agreed on for a month to come:
the weekday dates the meeting, counted from the talk's day; the month is the plan's, not that month of the year before.
Sentences of our own in the style of an ambassador's record (tests/fixtures/probes_events37)."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text

WILSON = "https://digitalarchive.wilsoncenter.org/document/x"


def _rows(body: list[str]):
    text = decode((f"source: {WILSON}\nRecord of Conversation between the Polish Ambassador and the Foreign Minister of "
                   "Malaysia\n\n" + "\n\n".join(body) + "\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def test_a_meeting_on_a_weekday_is_counted_from_the_talk_not_read_from_the_month_a_plan_names():
    rows = _rows(["On Thursday, 9 October, I called on the Foreign Minister at his office at my request.",
                  "The Minister informed me that the Commonwealth envoys had met in Singapore on Tuesday and decided to "
                  "hold their next conference in Colombo in December.",
                  "Kuala Lumpur, 11 October 1975", "J. Nowak", "Ambassador"])
    days = {(start, end) for evidence, start, end in rows if evidence.startswith("The Minister informed me")}
    assert (date(1975, 10, 7), date(1975, 10, 7)) in days
    assert not any(start is not None and start.year == 1974 for _, start, _ in rows), rows


def test_a_month_an_attempt_was_made_in_stays_past():
    rows = _rows(["On Thursday, 9 October, I called on the Foreign Minister at his office at my request.",
                  "The Minister said that the rebels had tried to land on the east coast in December.",
                  "Kuala Lumpur, 11 October 1975", "J. Nowak", "Ambassador"])
    assert any((start, end) == (date(1974, 12, 1), date(1974, 12, 31)) for _, start, end in rows), rows
