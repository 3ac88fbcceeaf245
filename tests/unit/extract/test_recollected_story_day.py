"""A recollection's answer that names the day its story's happening came on ("The strike broke out on 4 June 1956")
tells that day's acts next, not the interview's; its "the following week", "two days later" count from the story's
last day, not from the interview's turns. Made-up pages of the kind (oral histories of a coup, a strike, a riot), not
copied from a held-out page."""

from datetime import date

import pytest

from pipeline.seed import process_seed

_PAGE = """source: https://example.org/oral-history/{slug}
The Association for Diplomatic Studies and Training
Foreign Affairs Oral History Project

AMBASSADOR {name}

Interviewed by: {interviewer}
Initial interview date: {day}

Q: {question}

{surname}: {answer}

Q: And after that?

{surname}: {later}
"""

_KINDS = [
    ("HAROLD W. MINTON", "Thomas Stern", "May 12, 1991", "What happened in Poznan?", "MINTON",
     "The strike broke out on June 28, 1956, a Thursday. The workers marched to the city centre in the early morning.",
     "The army cleared the square that evening. The consul and I drove out to the factory the following week.",
     date(1956, 6, 28), "The workers marched", "drove out to the factory", (date(1956, 7, 2), date(1956, 7, 8))),
    ("LUCY R. ABERNATHY", "Charles Stuart Kennedy", "April 3, 1995", "You were in Kabul during the coup?", "ABERNATHY",
     "Yes. It happened on the 27th of April 1978. Tanks surrounded the palace before noon.",
     "We stayed inside for three days. The new ministers received the diplomatic corps the following week.",
     date(1978, 4, 27), "Tanks surrounded the palace", "received the diplomatic corps", (date(1978, 5, 1), date(1978, 5, 7))),
]


def _rows(name, interviewer, day, question, surname, answer, later):
    text = _PAGE.format(slug="x", name=name, interviewer=interviewer, day=day, question=question, surname=surname,
                        answer=answer, later=later)
    return process_seed("x.txt", text.encode()).events.to_pylist()


@pytest.mark.parametrize(("name", "interviewer", "day", "question", "surname", "answer", "later", "story", "act", "counted",
                          "week"), _KINDS)
def test_the_acts_after_the_day_a_story_came_on_are_of_that_day(name, interviewer, day, question, surname, answer, later,
                                                                 story, act, counted, week):
    rows = _rows(name, interviewer, day, question, surname, answer, later)
    told = [r for r in rows if act in r["evidence_text"] and r["method"] != "document_act"]
    assert told and all(r["start_date"] == story for r in told)


@pytest.mark.parametrize(("name", "interviewer", "day", "question", "surname", "answer", "later", "story", "act", "counted",
                          "week"), _KINDS)
def test_the_following_week_counts_from_the_storys_day_not_the_interviews(name, interviewer, day, question, surname, answer,
                                                                         later, story, act, counted, week):
    rows = _rows(name, interviewer, day, question, surname, answer, later)
    assert any((r["start_date"], r["end_date"]) == week for r in rows if counted in r["evidence_text"])
