"""A history's narrative dating, on a page of a book whatever site it came from: "soon afterwards", "a few days later"
after the last date it wrote (about that date's month), a pronoun joined to a name in one subject ("he and Hebrang")."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text

_HEAD = "The Split, p. 211\n\nThe crisis came into the open in the spring of 1948. On 18 March 1948 Moscow informed Belgrade.\n\n"


def _events(paragraph: str, source: str = "source: https://example.org/history/7\n"):
    text = source + _HEAD + paragraph + "\n"
    doc = parse_text(text)
    return [(e, doc.blocks[e.block].text[e.evidence_start:e.evidence_end]) for e in extract_events(doc)]


@pytest.mark.parametrize("paragraph", [
    "On 12 May Tito wrote to Stalin. Soon afterwards the Soviet ambassador left Belgrade.",
    "On 12 May Tito wrote to Stalin. A few days later the Soviet ambassador left Belgrade.",
    "On 12 May Tito wrote to Stalin, and shortly afterwards the Soviet ambassador left Belgrade.",
])
def test_soon_afterwards_is_about_the_month_of_the_date_before(paragraph):
    found = [e for e, text in _events(paragraph) if "ambassador" in text and e.date_kind == "approximate"]
    assert [(e.start_date, e.end_date, e.precision) for e in found] == [(date(1948, 5, 1), date(1948, 5, 31), "month")]


def test_a_pronoun_joined_to_a_name_is_the_person_spoken_of_before():
    found = [e for e, text in _events("Sreten Žujović alone defended the Soviet position, and he and Andrija Hebrang were "
                                       "expelled from the party in May and arrested soon afterwards.") if "expelled" in text]
    assert {*found[0].sources, *found[0].targets} == {"Sreten Žujović", "Andrija Hebrang"}
