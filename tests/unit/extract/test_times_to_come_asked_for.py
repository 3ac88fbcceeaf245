"""A month or a season named alone in the clause of an act proposed, asked for, offered or invited to ("proposed that
a trade delegation visit Lusaka in the autumn", "handed him the invitation for an official visit in May", "готова
прибыть в Москву в октябре") is the act to come's time, the next such one after the day the record speaks from, never
the one before it: the proposing, asking or handing keeps the day of the talk."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper

# Wednesday 11 March 1970: a talk held that day
HELD = date(1970, 3, 11)


def _rows(text: str, language: str = "en") -> list[tuple[str, date | None, date | None]]:
    doc = paper([text], kind="record_of_conversation", day=HELD, title="Record of conversation", senders=["Jan Kowalski"],
                language=language)
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "language"), [
    ("I conveyed the greetings of the Foreign Minister and proposed that a Polish trade delegation visit Lusaka in the autumn.", "en"),
    ("The Minister asked that Poland send its geologists in the spring.", "en"),
    ("I handed the Minister the invitation of my government for an official visit to Warsaw in May.", "en"),
    ("Министр сказал, что делегация министерства обороны готова прибыть в Москву в октябре для переговоров.", "ru"),
])
def test_a_time_to_come_asked_for_is_not_the_one_before_the_talk(text, language):
    rows = _rows(text, language)
    assert rows, text
    assert all(start is None or start >= date(1970, 1, 1) for _, start, _ in rows), rows  # no autumn, spring or May of 1969
    assert any(start == HELD for _, start, _ in rows), rows  # the asking is the talk's


def test_a_month_a_past_act_names_after_the_opening_word_stays_in_the_past():
    rows = _rows("The Minister thanked me for the invitation we had sent him in October.")
    assert not any(start is not None and start.year == 1970 and start.month == 10 for _, start, _ in rows), rows


def test_a_season_a_future_names_is_a_plan_without_a_day_not_the_season_gone_by():
    rows = _rows("The President thanked me for the books. He will come to Warsaw in the summer.")
    assert any(evidence.startswith("He will come") and start is None and end is None for evidence, start, end in rows), rows
    assert not any(start is not None and start.year == 1969 for _, start, _ in rows), rows  # not June to August 1969


def test_a_month_before_the_talks_month_in_a_proposal_is_the_one_to_come():
    doc = paper(["The Minister has proposed that the first meeting of the joint commission be held in Lagos in February."],
                kind="letter", day=date(1970, 12, 2), title="Letter", senders=["Jan Kowalski"])
    rows = [(e.start_date, e.end_date) for e in extract_events(doc)]
    assert rows and not any(start is not None and start.year == 1970 and start.month == 2 for start, _ in rows), rows
