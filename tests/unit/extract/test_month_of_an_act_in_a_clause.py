"""A letter's sentence of the writing day (a request, a question, a message) that names, in a clause inside it, a past
act of a month named alone ("the loan agreed in March", "the agreement signed in October", "which the mission discussed
with us in January"): that act is a row of its own on its month, the last such month by the writing, beside the row of
the writing day. Sentences of our own, in other names and days than the pages read."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text

WILSON = "https://digitalarchive.wilsoncenter.org/document/x"


def _rows(body: list[str]) -> list[tuple[str, date | None, date | None]]:
    head = ["Letter from President Kenneth Kaunda to Prime Minister Harold Wilson", "State House", "Lusaka",
            "14th February, 1966", "Dear Prime Minister,"]
    text = decode((f"source: {WILSON}\n" + "\n\n".join(head + body + ["Kenneth Kaunda"]) + "\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def test_a_request_keeps_its_day_and_the_loan_agreed_in_a_month_alone_gets_that_month():
    rows = _rows(["May I ask you to speed up the payment of the second part of the railway loan agreed in March, "
                  "so that the work on the line can begin before the rains."])
    assert any(start == date(1966, 2, 14) for _, start, _ in rows)
    assert ("agreed in March", date(1965, 3, 1), date(1965, 3, 31)) in rows  # March after February: the March before


def test_a_month_of_a_relative_clause_after_a_comma_is_the_clauses_own():
    rows = _rows(["Our Minister of Transport will bring you proposals for an air link between Lusaka and Nairobi, "
                  "which the East African airline discussed with us in January."])
    assert any(evidence.endswith("discussed with us in January") and (start, end) == (date(1966, 1, 1), date(1966, 1, 31))
               for evidence, start, end in rows)


def test_a_month_set_for_an_act_to_come_is_no_past_months_row():
    rows = _rows(["I hope that we may agree to open the talks in Lusaka in July, as you proposed."])
    assert not any(start is not None and start.month == 7 for _, start, _ in rows)
