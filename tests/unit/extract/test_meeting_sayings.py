"""A speaker at a recorded meeting who tells of an act of another day ("Mr. Dulles said that Shepilov had arrived in
Cairo on June 16"): the saying is the meeting's, a row of its own beside the act's, and the day the record speaks
from stays the meeting's for the turns after it. Paraphrases in other names, bodies, days and layouts than the held-out
pages the rule was found on (tests/fixtures/probes_events4)."""

from datetime import date

import pytest

from pipeline.seed import process_seed

_NSC = (
    "source: https://history.state.gov/historicaldocuments/frus{volume}/d{number}\n"
    "Historical Documents - Office of the Historian\n"
    "Foreign Relations of the United States, {years}\n"
    "{number}. Memorandum of Discussion at the {nth} Meeting of the National Security Council, Washington, {held}\n"
    "Washington, {written}.\n"
    "{body}\n"
    "S. Everett Gleason\n"
)

_MINUTES = (
    "source: https://digitalarchive.wilsoncenter.org/document/minutes-{slug}\n"
    "Skip to content\n"
    "{held}\n"
    "Minutes of the {body_name} Meeting\n"
    "MINUTES\n"
    "{body_name} meeting, {held}\n"
    "{body}\n"
)


def _rows(text: str) -> list[dict]:
    return process_seed("x.txt", text.encode()).events.to_pylist()


def _on(rows: list[dict], words: str) -> set:
    return {r["start_date"] for r in rows if r["evidence_text"].startswith(words)}


@pytest.mark.parametrize(("held", "written", "day", "body", "saying", "told", "told_day", "next_turn"), [
    ("March 6, 1958", "March 7, 1958", date(1958, 3, 6),
     "Mr. Allen Dulles said that the Indonesian rebels had proclaimed a government at Padang on February 15. "
     "The President asked whether the Navy had ships in the area.",
     "Mr. Allen Dulles said that", "the Indonesian rebels had proclaimed", date(1958, 2, 15), "The President asked"),
    ("November 21, 1957", "November 22, 1957", date(1957, 11, 21),
     "Secretary Quarles pointed out that the Soviets had launched a second satellite on November 3. "
     "The Vice President said that the public reaction had been severe.",
     "Secretary Quarles pointed out that", "the Soviets had launched", date(1957, 11, 3), "The Vice President said"),
])
def test_a_saying_at_an_nsc_meeting_is_the_meetings_and_what_it_tells_keeps_its_day(held, written, day, body, saying, told, told_day, next_turn):
    text = _NSC.format(volume="1955-57v22", number=123, years="1955–1957, Volume XXII", nth="357th", held=held,
                       written=written, body=body)
    rows = _rows(text)
    assert day in _on(rows, saying)
    assert told_day in {r["start_date"] for r in rows if told in r["evidence_text"]}
    assert _on(rows, next_turn) == {day}


@pytest.mark.parametrize(("body", "told_day"), [
    ("Comrade Pham Hung reported that on 2 October the Front had taken the district town of Dong Xoai.", date(1966, 10, 2)),
    ("Comrade Hoang Van Thai recalled that the enemy had opened a new offensive on 9 November.", date(1966, 11, 9)),
])
def test_a_report_at_politburo_minutes_is_the_meetings_beside_the_act_it_tells(body, told_day):
    rows = _rows(_MINUTES.format(slug="politburo", held="December 12, 1966", body_name="Politburo", body=body))
    speaker = body.split(" that ")[0] + " that"
    assert date(1966, 12, 12) in _on(rows, speaker)
    assert told_day in {r["start_date"] for r in rows}


def test_a_sentence_that_names_the_day_of_the_saying_itself_gets_no_second_row():
    rows = _rows(_MINUTES.format(slug="politburo", held="December 12, 1966", body_name="Politburo",
                                 body="On 10 December Comrade Le Duan said that the talks were over."))
    assert date(1966, 12, 12) not in _on(rows, "On 10 December")
