"""A day a saying's told clause opens on ("He said that on the evening of 3 May ...", "The Commissioner stated that
yesterday morning ...") dates the day parts and the night its passage tells next with no day of their own, and the small
hours of "the following day" after that night are the night's last day; the turns after it stay the meeting's
(sentences written for these tests, not copied from a probe page)."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

RECORD = """source: https://example.org/document/record-of-conversation-ambassador-president-island
May 9, 1979
Record of Conversation between the Ambassador and the President of the Island

Skip to content

The president speaks of the landing.

Embassy in Port Town
Port Town, 9 May 1979

On 8 May, at 10:00, I was received by the President at his residence.

The President said that on the evening of 3 May some forty gunmen had landed at the airport. Fighting at the airport went on through the night.

In the early hours of the following day most of the gunmen seized a ship and escaped.

The President asked whether we could send instructors. I replied that I would report his request at once.

Ambassador
"""

MINUTES = """source: https://example.org/document/minutes-cabinet-meeting-disturbances
October 17, 1968
Minutes of a Meeting of the Cabinet, 17 October 1968

Skip to content

The Cabinet hears of the disturbances.

Minutes of an emergency meeting of the Cabinet held on Thursday, 17th October, 1968, at 8.00 a.m.

1. The Commissioner of Police stated that yesterday morning some 900 students had marched towards the city centre. In the afternoon crowds from the city had burned buses and looted shops.

2. The Minister of Education stated that the schools would stay closed.

Secretary to the Cabinet
"""


def _rows(text: str) -> dict[str, tuple[date | None, date | None]]:
    doc = parse_text(text)
    return {doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:20]: (e.start_date, e.end_date) for e in extract_events(doc)}


def test_the_night_after_a_told_clause_opening_on_a_day_is_that_days_night():
    rows = _rows(RECORD)
    assert rows["Fighting at the airp"] == (date(1979, 5, 3), date(1979, 5, 4)), rows


def test_the_small_hours_of_the_following_day_after_that_night_are_its_last_day():
    rows = _rows(RECORD)
    assert rows["In the early hours o"] == (date(1979, 5, 4), date(1979, 5, 4)), rows


def test_the_turns_after_the_told_story_stay_on_the_talk_day():
    rows = _rows(RECORD)
    assert rows["The President asked "] == (date(1979, 5, 8), date(1979, 5, 8)), rows


def test_a_day_part_after_a_told_relative_day_in_minutes_is_of_that_day():
    rows = _rows(MINUTES)
    assert rows["In the afternoon cro"] == (date(1968, 10, 16), date(1968, 10, 16)), rows


CABLE = """source: https://example.org/document/telegram-high-commission-raids
October 21, 1978
Telegram from the High Commission on the raids

Skip to content

The High Commissioner reports the raids.

FM PORT TOWN 210930Z OCT 78
TO IMMEDIATE FCO
TELEGRAM NUMBER 87 OF 21 OCTOBER

1. The President summoned me to State House at 1900 yesterday. He asked for air defence equipment.

2. The Foreign Minister leaves for New York tomorrow. I am seeing him at 1500 today.

HIGH COMMISSIONER
"""


def test_the_writers_meeting_told_in_the_present_progressive_for_today_is_a_plan():
    doc = parse_text(CABLE)
    rows = [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.date_kind, e.start_date) for e in extract_events(doc)]
    assert any(text.startswith("I am seeing him") and kind == "undated" and day is None for text, kind, day in rows), rows
