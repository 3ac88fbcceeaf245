"""A plan told in a cable by a pronoun ("He will write to ...", "I will call on ...", "We will move ...") is of the one
the pronoun means, as a dated act's subject is: "he" the person the cable spoke of last, "I" and "we" its writer; and
the one the plan's verb is to reach is its second party. Sentences of our own, in other names and days than the pages read."""

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text


def _plans(body: str):
    head = ["TELEGRAM", "From: Lusaka", "To: Foreign Office", "14 June 1966", "CONFIDENTIAL"]
    text = decode(
        (
            "source: https://example.org/archive/telegram/9\n" + "\n\n".join([*head, body, "Smith"]) + "\n"
        ).encode()
    )[0]
    doc = parse_text(text)
    return {
        doc.blocks[e.block].text[e.evidence_start : e.evidence_end].strip(" ."): (e.sources, e.targets)
        for e in extract_events(doc)
        if e.date_kind == "undated"
    }


def test_he_in_a_plan_is_the_person_spoken_of_last_and_the_one_written_to_its_second_party():
    plans = _plans(
        "I saw President Kaunda this morning. He spoke of the border. He will write to President Nyerere next week."
    )
    assert plans["He will write to President Nyerere next week"] == (["Kenneth Kaunda"], ["Julius Nyerere"])


def test_i_and_we_in_a_plan_dated_by_a_day_to_come_are_the_writer():
    plans = _plans(
        "I saw President Kaunda this morning. He spoke of the border. "
        "I will call on the Foreign Minister again on Saturday. We will move the engineers to Ndola tomorrow."
    )
    assert plans["I will call on the Foreign Minister again on Saturday"][0] == ["Ian Smith"]
    assert plans["We will move the engineers to Ndola tomorrow"] == (["Ian Smith"], [])


def test_he_after_a_sentence_opened_by_an_unknown_name_is_not_the_person_named_before_it():
    plans = _plans(
        "I conveyed the greetings of President Kaunda. Obote Milton thanked me warmly. He will visit Lusaka next year."
    )
    assert "Kenneth Kaunda" not in plans["He will visit Lusaka next year"][0]
