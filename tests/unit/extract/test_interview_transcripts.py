"""An oral-history interview transcript: the page says what it is in a head line ("Foreign Affairs Oral History Project",
"Interviewed by: ..."), so it is read as a record of that day's talk, and the interviewer's questions ("Q: When did you
leave?") are turns of it, however short. Paraphrases in other projects, names, labels and days than the held-out page
the rule was found on (tests/fixtures/probes_events4)."""

from datetime import date

import pytest

from pipeline.seed import process_seed

_PAGE = """source: https://example.org/oral-history/{slug}
{project}
{name}
Interviewed by: {interviewer}
Initial interview date: {day}
{asker}: {question}
{surname}: {answer}
"""


@pytest.mark.parametrize(("project", "name", "interviewer", "day", "iso", "asker", "question", "surname", "answer"), [
    ("The Association for Diplomatic Studies and Training Foreign Affairs Oral History Project", "AMBASSADOR RUTH A. MERRILL",
     "Thomas Stern", "June 2, 1992", date(1992, 6, 2), "Q", "When did you get to Accra?",
     "MERRILL", "In the spring of 1961, just after the Congo crisis had broken and the Embassy was doubling its staff."),
    ("Columbia Center for Oral History", "GENERAL PAUL D. HARKINS", "Ed Edwin", "May 4, 1973", date(1973, 5, 4),
     "Interviewer", "And how did the Embassy react?", "HARKINS", "We were told nothing about the coup until the shooting had started in the city."),
    ("Foreign Affairs Oral History Collection", "WILLIAM C. TRUEHEART", "Charles Stuart Kennedy", "March 1, 1989", date(1989, 3, 1),
     "Question", "What did you do then?", "TRUEHEART", "I went down to the palace and asked to see the President, who received me after an hour."),
])
def test_an_interviewers_question_is_a_turn_of_the_interviews_day(project, name, interviewer, day, iso, asker, question, surname, answer):
    text = _PAGE.format(slug="x", project=project, name=name, interviewer=interviewer, day=day, asker=asker, question=question,
                        surname=surname, answer=answer)
    result = process_seed("x.txt", text.encode())
    assert result.documents.to_pylist()[0]["document_type"] == "minutes"
    rows = result.events.to_pylist()
    assert [r["start_date"] for r in rows if r["evidence_text"].startswith(f"{asker}: ")] == [iso]


def test_a_one_word_answer_under_a_speakers_name_is_no_turn():
    text = _PAGE.format(slug="x", project="Foreign Affairs Oral History Project", name="AMBASSADOR X", interviewer="Charles Stuart Kennedy",
                        day="June 2, 1992", asker="Q", question="Was that in 1961?", surname="MERRILL", answer="Yes.")
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    assert not [r for r in rows if r["evidence_text"].startswith("MERRILL")]
