"""A recollection (an oral history, an interview, a memoir): the day it is spoken dates only the speaking. A day or month
its answers tell without a year is of the year the story last named, not of the interview's; an answer that opens on the
day it recalls ("It was a Monday morning, the 3rd of May 1954.") heads what it tells next; the interviewer's questions
are turns of the interview's day, their framing of the past no happening. Made-up pages of the kind, with names, days and
labels other than the held-out page the rule was found on (tests/fixtures/probes_events23)."""

from datetime import date

import pytest

from pipeline.seed import process_seed

_PAGE = """source: https://example.org/oral-histories/{slug}
{title}
{office}

{place}
{day}
by {interviewer}

{asker}: {question}

{surname}: {answer}

{asker}: {again}

{surname}: {later}
"""

_KINDS = [
    ("Oral History Interview with Harold B. Minor", "Ambassador to Lebanon, 1951-53.", "Arlington, Virginia", "October 2, 1970",
     "Jerry N. Hess", "HESS", "You were in Beirut when the riots began. What do you remember of them?", "MINOR",
     "It was a Monday morning, the 3rd of May 1954. The crowd gathered at the gate and the Marines closed the compound.",
     "And the evacuation?", "The ships came in on the 9th of June, and the families left the same day.",
     date(1970, 10, 2), date(1954, 5, 3), date(1954, 6, 9)),
    ("The Reminiscences of H. Merrell Benninghoff | Oral History Research Office", "Consul General, 1946-48.", "Palo Alto, California", "March 19, 1968",
     "Richard D. Challener", "CHALLENER", "How did the Soviet commandant receive you?", "BENNINGHOFF",
     "That was on a Thursday evening, the 11th of April 1947. The commandant kept us waiting two hours and then refused the visas.",
     "Did you see him again?", "He called me back in the middle of May and gave way on the 20th of May.",
     date(1968, 3, 19), date(1947, 4, 11), date(1947, 5, 20)),
]


def _rows(title, office, place, day, interviewer, asker, question, surname, answer, again, later):
    text = _PAGE.format(slug="x", title=title, office=office, place=place, day=day, interviewer=interviewer, asker=asker,
                        question=question, surname=surname, answer=answer, again=again, later=later)
    return process_seed("x.txt", text.encode()).events.to_pylist()


@pytest.mark.parametrize(("title", "office", "place", "day", "interviewer", "asker", "question", "surname", "answer", "again",
                          "later", "spoken", "recalled", "after"), _KINDS)
def test_a_day_without_its_year_is_of_the_story_not_of_the_interview(title, office, place, day, interviewer, asker, question,
                                                                    surname, answer, again, later, spoken, recalled, after):
    rows = _rows(title, office, place, day, interviewer, asker, question, surname, answer, again, later)
    told = later.split(",")[0]
    assert any(r["start_date"] == after for r in rows if told[:30] in r["evidence_text"])
    assert not any(r["start_date"] and r["start_date"].year == spoken.year and r["start_date"] != spoken for r in rows)


@pytest.mark.parametrize(("title", "office", "place", "day", "interviewer", "asker", "question", "surname", "answer", "again",
                          "later", "spoken", "recalled", "after"), _KINDS)
def test_the_day_an_answer_recalls_heads_what_it_tells_next(title, office, place, day, interviewer, asker, question, surname,
                                                            answer, again, later, spoken, recalled, after):
    rows = _rows(title, office, place, day, interviewer, asker, question, surname, answer, again, later)
    second = answer.split(". ", 1)[1]
    assert [r["start_date"] for r in rows if r["evidence_text"].startswith(second[:30])] == [recalled]
    assert all(r["start_date"] == spoken for r in rows if r["evidence_text"].startswith(f"{surname}: ") and r["method"] == "document_act")


@pytest.mark.parametrize(("title", "office", "place", "day", "interviewer", "asker", "question", "surname", "answer", "again",
                          "later", "spoken", "recalled", "after"), _KINDS)
def test_the_interviewers_questions_are_turns_of_the_interviews_day(title, office, place, day, interviewer, asker, question,
                                                                    surname, answer, again, later, spoken, recalled, after):
    rows = _rows(title, office, place, day, interviewer, asker, question, surname, answer, again, later)
    asked = [r for r in rows if r["evidence_text"].startswith(f"{asker}: ")]
    assert [(r["start_date"], r["date_kind"]) for r in asked] == [(spoken, "exact")] * 2
    assert asked[0]["source_names"] == [interviewer]
    assert any(r["start_date"] == spoken and r["evidence_text"] == day and r["source_names"] == [interviewer] for r in rows)


def test_a_record_of_talks_still_reads_its_days_in_its_own_year():
    text = """source: https://example.org/record/x
Record of Conversation between the Ambassador and the Foreign Minister, 14 June 1973

The Foreign Minister said that the talks of the 21st of February 1947 were long past. The cabinet had met on the 12th of March.
"""
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    assert date(1973, 3, 12) in [r["start_date"] for r in rows]


_STORY_MONTH = [
    ("Oral History Interview with Walter P. Ring", "Arlington, Virginia", "May 12, 1971", "Richard McKinzie", "MCKINZIE",
     "Where were you when the airlift crisis began in June 1948?", "RING",
     "I was at the consulate. The trains were stopped on the morning of the 24th, and we were told that night. "
     "We flew out on the 26th with the last couriers.",
     [("The trains were stopped", date(1948, 6, 24)), ("We flew out", date(1948, 6, 26))]),
    ("The Reminiscences of Clara V. Holt", "New Haven, Connecticut", "April 3, 1966", "John T. Mason", "MASON",
     "You were in Caracas in March 1958?", "HOLT",
     "Yes. The students came to the embassy on the afternoon of the 5th with their banners. "
     "The Minister received us on the 7th without an answer.",
     [("The students came to the embassy", date(1958, 3, 5)), ("The Minister received us", date(1958, 3, 7))]),
]


@pytest.mark.parametrize(("title", "place", "day", "interviewer", "asker", "question", "surname", "answer", "told"), _STORY_MONTH)
def test_a_day_alone_in_an_answer_is_of_the_month_the_question_named(title, place, day, interviewer, asker, question, surname,
                                                                      answer, told):
    text = f"""source: https://example.org/oral-histories/y
{title}
Conducted by {interviewer} in {place}, on {day}

{asker}: {question}

{surname}: {answer}
"""
    rows = process_seed("y.txt", text.encode()).events.to_pylist()
    for opening, on in told:
        assert on in [r["start_date"] for r in rows if opening in r["evidence_text"]], (opening, rows)



def test_a_later_question_that_names_another_month_moves_the_answers_days_to_it():
    text = """source: https://example.org/oral-histories/w
Oral History Interview with Ellis O. Briggs
Conducted by Philip Brooks in Hanover, New Hampshire, on July 14, 1972

BROOKS: What happened when the junta fell in May 1957?

BRIGGS: The generals left on the 10th without a word.

BROOKS: And when you came back in August 1957?

BRIGGS: The new President received me on the 2nd and we talked for an hour.
"""
    rows = process_seed("w.txt", text.encode()).events.to_pylist()
    assert date(1957, 5, 10) in [r["start_date"] for r in rows if "The generals left" in r["evidence_text"]]
    assert date(1957, 8, 2) in [r["start_date"] for r in rows if "received me" in r["evidence_text"]]
