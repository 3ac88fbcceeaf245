"""An oral history's answer turn ("KESSLER: Yes. The railwaymen had struck in March, and ...") tells a story whose acts
have rows of their own, each on its own day; the answer as a whole is no act of the interview's day, so it makes no
row, while the interviewer's questions stay turns of that day. Made-up pages of the kind (an ADST head with Q turns,
a library's head with the interviewer named in his turns), not copied from a held-out page."""

from datetime import date

import pytest

from pipeline.seed import process_seed

_ADST = """source: https://example.org/oral-history/{slug}
The Association for Diplomatic Studies and Training
Foreign Affairs Oral History Project

{name}

Interviewed by: {interviewer}
Initial interview date: {day}

{asker}: {question}

{surname}: {answer}

{asker}: {question2}

{surname}: {answer2}
"""

_KINDS = [
    ("HAROLD B. KESSLER", "Thomas Stern", "May 12, 1991", date(1991, 5, 12), "Q", "You were in La Paz in 1952?", "KESSLER",
     "Yes. The miners had marched on the capital in March, and on April 9 the police joined the rebels.",
     "Was the embassy threatened?",
     "Not at all. The army surrendered two days later. I drove to the palace that afternoon.",
     "the police joined the rebels", date(1952, 4, 9)),
    ("LUCY R. ABERNATHY", "Charles Stuart Kennedy", "April 3, 1995", date(1995, 4, 3), "Q", "How did the coup in Kabul start?",
     "ABERNATHY", "It happened on the 27th of April 1978. Tanks surrounded the palace before noon.",
     "Did you leave the city?",
     "No. We stayed inside the compound for three days and the new ministers received the diplomatic corps in May.",
     "Tanks surrounded the palace", date(1978, 4, 27)),
    ("PAUL M. WEXLER", "Richard D. McKinzie", "June 14, 1973", date(1973, 6, 14), "MCKINZIE",
     "Where were you when the news came?", "WEXLER",
     "I was in Athens. On the 21st of February 1947 the British delivered their two notes, and we began work on a paper.",
     "And the speech itself?",
     "Joe Jones wrote most of it. The President delivered it on the 12th of March.",
     "the British delivered their two notes", date(1947, 2, 21)),
]


def _rows(name, interviewer, day, asker, question, surname, answer, question2, answer2):
    text = _ADST.format(slug="x", name=name, interviewer=interviewer, day=day, asker=asker, question=question,
                        surname=surname, answer=answer, question2=question2, answer2=answer2)
    return process_seed("x.txt", text.encode()).events.to_pylist()


_PARAMS = ("name", "interviewer", "day", "held", "asker", "question", "surname", "answer", "question2", "answer2", "act",
           "acted")


@pytest.mark.parametrize(_PARAMS, _KINDS)
def test_an_answer_turn_is_no_row_of_the_interviews_day(name, interviewer, day, held, asker, question, surname, answer,
                                                        question2, answer2, act, acted):
    rows = _rows(name, interviewer, day, asker, question, surname, answer, question2, answer2)
    assert not [r for r in rows if r["method"] == "document_act" and r["evidence_text"].lstrip().startswith(f"{surname}:")]
    assert not [r for r in rows if r["start_date"] == held and any(a[:40] in r["evidence_text"] for a in (answer, answer2))]


@pytest.mark.parametrize(_PARAMS, _KINDS)
def test_the_questions_stay_turns_and_the_story_keeps_its_acts(name, interviewer, day, held, asker, question, surname, answer,
                                                               question2, answer2, act, acted):
    rows = _rows(name, interviewer, day, asker, question, surname, answer, question2, answer2)
    for asked in (question, question2):
        assert any(r["start_date"] == held and asked in r["evidence_text"] for r in rows)
    assert any(r["start_date"] == acted and act in r["evidence_text"] for r in rows)


_LIBRARY = """source: https://example.org/oral-history/{slug}
Presidential Library Oral History Program
{name} Oral History Interview
Administrative Information
Creator: {name}
Interviewer: {interviewer}
Date of Interview: {day}
Place of Interview: Washington, D.C.

{asker}: {question}

{surname}: {answer}
"""


@pytest.mark.parametrize(("name", "interviewer", "day", "held", "asker", "question", "surname", "answer"), [
    ("Maurice K. Lindqvist", "Ronald T. Hargrove", "March 2, 1967", date(1967, 3, 2), "HARGROVE",
     "How did the crisis begin?", "LINDQVIST", "The army moved on the 10th of July 1963 before dawn."),
    ("Edith P. Carrow", "John F. Stewart", "May 20, 1970", date(1970, 5, 20), "STEWART",
     "Where were you when the news came?", "CARROW", "I was in Accra. The coup came on February 24, 1966."),
])
def test_the_head_line_that_names_the_interviewer_is_no_turn(name, interviewer, day, held, asker, question, surname, answer):
    text = _LIBRARY.format(slug="x", name=name, interviewer=interviewer, day=day, asker=asker, question=question,
                           surname=surname, answer=answer)
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    assert not [r for r in rows if r["evidence_text"].strip().startswith("Interviewer:")]
    assert any(r["start_date"] == held and question in r["evidence_text"] for r in rows)


@pytest.mark.parametrize(_PARAMS, _KINDS[:2])
def test_a_bare_q_turn_is_put_by_the_interviewer_to_the_one_interviewed(name, interviewer, day, held, asker, question, surname,
                                                                      answer, question2, answer2, act, acted):
    rows = _rows(name, interviewer, day, asker, question, surname, answer, question2, answer2)
    interviewed = name.title()
    for asked in (question, question2):
        row = next(r for r in rows if asked in r["evidence_text"])
        assert (row["source_names"], row["target_names"]) == ([interviewer], [interviewed])
