"""A letter's writer who thanks, asks or reports in his own voice does so on the letter's day, even when the thing he
thanks for is dated in a clause of its own ("I thank you for the wheat which reached Aden on 2 May"): the thanks on the
letter's day, the arrival on its own. Sentences of our own, in other names and days than the pages read."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text

WILSON = "https://digitalarchive.wilsoncenter.org/document/x"


def _events(body: list[str]):
    head = ["Letter from President Kenneth Kaunda to Prime Minister Harold Wilson", "State House", "Lusaka",
            "14th June, 1966", "Dear Prime Minister,"]
    text = decode((f"source: {WILSON}\n" + "\n\n".join(head + body + ["Kenneth Kaunda"]) + "\n").encode())[0]
    doc = parse_text(text)
    return doc, extract_events(doc)


def _rows(body: list[str]):
    doc, events = _events(body)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in events]


@pytest.mark.parametrize("opening", [
    "I thank you most warmly",
    "Allow me first of all to thank you most warmly",
    "Permit me to thank you most warmly",
])
def test_the_writer_s_thanks_are_on_the_letter_s_day_and_the_thing_thanked_for_on_its_own(opening):
    rows = _rows([f"{opening} for the oil which the tankers brought to Dar es Salaam on the 2nd of June. "
                  "Our reserves are now sufficient."])
    days = {(start, end) for evidence, start, end in rows if evidence.startswith(opening)}
    assert (date(1966, 6, 14), date(1966, 6, 14)) in days
    assert (date(1966, 6, 2), date(1966, 6, 2)) in days


def test_the_writer_thanks_the_addressee_and_the_others_he_names_beside_him():
    _, doc_rows = _events(["I thank you and the Government of India for the rice which reached Lusaka on the 2nd of June."])
    thanks = [e for e in doc_rows if e.start_date == date(1966, 6, 14) and e.method == "document_act"]
    assert thanks and "Government of India" in thanks[0].targets


def test_a_letter_s_sentence_of_what_happened_keeps_its_clause_s_day_alone():
    rows = _rows(["The tankers which your Government chartered reached Dar es Salaam on the 2nd of June."])
    days = {(start, end) for evidence, start, end in rows if evidence.startswith("The tankers")}
    assert days == {(date(1966, 6, 2), date(1966, 6, 2))}
