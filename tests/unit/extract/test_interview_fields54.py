"""An oral history whose head is a catalogue's fields ("Creator: ...", "Interviewer: ...", "Date of Interview: ..."):
the one interviewed is named without the field's label, the page is titled by the head line that names him, and a
question the interviewer asks under his own name ("GRELE: Did he ask for anything?") is put to the one interviewed.
A bare "Q:" turn is put to him too. Other programmes, names and days than the held-out page the kind was seen on."""

import pytest

from pipeline.parse.headings import interviewee_line
from pipeline.seed import process_seed

_PAGE = """source: https://example.org/oral-history/{slug}
{program}
{person} Oral History Interview - {series}
Administrative Information
{label}: {person}
Interviewer: {interviewer}
Date of Interview: {day}
Place of Interview: {place}

{asker}: {question}

{surname}: {answer}
"""

_CASES = [
    ("Lyndon Baines Johnson Library Oral History Collection", "Walter P. McConaughy", "LBJ #2, 5/20/1969", "Creator",
     "Paige E. Mulhollan", "May 20, 1969", "Washington, D.C.", "MULHOLLAN", "Were you surprised when the generals moved?",
     "MCCONAUGHY", "Not entirely. The chiefs had been meeting at night for a month, and the palace knew it."),
    ("Eisenhower Library Oral History Project", "Robert D. Murphy", "OH #224, 10/12/1972", "Narrator",
     "John T. Mason", "October 12, 1972", "New York, N.Y.", "MASON", "What did the President tell you before you left?",
     "MURPHY", "He told me to keep the Marines on the beach and to find out who was in charge in Beirut."),
]


def _page(program, person, series, label, interviewer, day, place, asker, question, surname, answer):
    return _PAGE.format(slug="x", program=program, person=person, series=series, label=label, interviewer=interviewer,
                        day=day, place=place, asker=asker, question=question, surname=surname, answer=answer)


@pytest.mark.parametrize(("program", "person", "series", "label"), [(c[0], c[1], c[2], c[3]) for c in _CASES])
def test_the_head_line_that_names_the_one_a_field_names_is_the_title(program, person, series, label):
    head = [program, f"{person} Oral History Interview - {series}", "Administrative Information", f"{label}: {person}",
            "Interviewer: Someone Else"]
    assert interviewee_line(head) == 1


def test_a_field_over_the_interviewer_with_no_line_naming_him_titles_nothing():
    head = ["Oral History Program", "Administrative Information", "Creator: Walter P. McConaughy", "Interviewer: Paige E. Mulhollan"]
    assert interviewee_line(head) is None


@pytest.mark.parametrize("case", _CASES)
def test_the_named_interviewers_question_is_put_to_the_one_interviewed(case):
    program, person, series, label, interviewer, day, place, asker, question, surname, answer = case
    result = process_seed("x.txt", _page(*case).encode())
    assert result.documents.to_pylist()[0]["title"] == f"{person} Oral History Interview - {series}"
    rows = result.events.to_pylist()
    asked = [r for r in rows if r["evidence_text"].startswith(f"{asker}: ")]
    assert asked and all(r["source_names"] == [interviewer] and r["target_names"] == [person] for r in asked)
    assert not any(f"{label}:" in n for r in rows for n in r["source_names"] + r["target_names"])
    answered = [r for r in rows if r["evidence_text"].startswith(f"{surname}: ")]  # an answer turn is no row of its own
    assert all(r["source_names"] == [person] for r in answered)  # (test_oral_history_answers); what it tells is his


def test_a_bare_q_turn_is_put_to_the_one_interviewed_too():
    case = list(_CASES[0])
    case[7] = "Q"
    rows = process_seed("x.txt", _page(*case).encode()).events.to_pylist()
    asked = [r for r in rows if r["evidence_text"].startswith("Q: ")]
    assert asked and all(r["source_names"] == [case[4]] and r["target_names"] == [case[1]] for r in asked)
