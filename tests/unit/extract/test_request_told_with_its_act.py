"""A request told with the act it led to ("Army units had entered the capital on 10 March at the request of the
provincial premier"): one row, the act's, on its own day; the request makes no row of its own beside it. An act with
no day of its own, or a request in another clause than the dated act ("... brought a note; the note related that at
the request of ... they intervened"), keeps the request's row, bounded by the writing day; an instruction received
("по поручению ЦК КПСС передал ему приглашение") is a message of its own. Made-up sentences of the kind."""

from datetime import date

import pytest

from pipeline.seed import process_seed

_EN = """source: https://example.org/document/{slug}
Information of the Embassy on the Situation in the Country

12 March 1971

{body}
"""

_RU = """source: https://example.org/ru/{slug}
Информация посольства о положении в стране

12 марта 1971 г.

{body}
"""


def _rows(page, body):
    return process_seed("x.txt", page.format(slug="x", body=body).encode()).events.to_pylist()


@pytest.mark.parametrize(("page", "body", "frame", "day"), [
    (_EN, "Army units had entered the capital on 10 March at the request of the provincial premier.",
     "at the request of", date(1971, 3, 10)),
    (_EN, "The conference was postponed on 11 March at the request of the Japanese government.",
     "at the request of", date(1971, 3, 11)),
    (_EN, "The two ministers met in Geneva on 9 March at the suggestion of the Secretary-General.",
     "at the suggestion of", date(1971, 3, 9)),
    (_RU, "Оружие было направлено 5 марта по просьбе правительства республики.", "по просьбе", date(1971, 3, 5)),
])
def test_a_request_told_with_a_dated_act_is_no_row_of_its_own(page, body, frame, day):
    rows = _rows(page, body)
    assert not [r for r in rows if r["evidence_text"].strip().startswith(frame)]
    assert any(r["start_date"] == day and frame in r["evidence_text"] for r in rows)


@pytest.mark.parametrize(("page", "body", "frame"), [
    (_EN, "At 3:00 an officer of the embassy brought a note; the note related that at the request of the majority of "
          "the Presidium, they intervened in that country.", "at the request of"),
    (_RU, "10 марта посетил президента и по поручению ЦК КПСС передал ему приглашение посетить Советский Союз.",
     "по поручению"),
])
def test_a_request_in_another_clause_or_an_instruction_keeps_its_row(page, body, frame):
    rows = _rows(page, body)
    assert [r for r in rows if r["evidence_text"].strip().startswith(frame) and r["date_kind"] == "upper_bound"]
