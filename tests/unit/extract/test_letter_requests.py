"""A request a letter puts as the writer's thanks to come ("I should be grateful if ..."): the writer asks, on the
letter's day. Sentences written for the rule."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper


def _rows(text: str) -> list[tuple]:
    doc = paper([text], kind="letter", day=date(1968, 3, 4), title="Letter", senders=["Kenneth Kaunda"])
    return [(e.event_type, e.start_date, list(e.sources)) for e in extract_events(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "I should be grateful if your officials could come to Lusaka before the end of the month.",
        "We would be most grateful if the second loan were released before the rains.",
        "I should also be obliged if the Minister would receive our trade mission in May.",
    ],
)
def test_a_favour_asked_in_a_letter_is_the_writers_request_on_its_day(text):
    assert ("proposal", date(1968, 3, 4), ["Kenneth Kaunda"]) in _rows(text)


def test_thanks_for_what_was_done_is_no_request():
    assert not [
        r
        for r in _rows("I am grateful for the help your engineers gave us last spring.")
        if r[0] == "proposal"
    ]


def test_a_thing_named_by_its_making_in_a_month_alone_is_that_months_act():
    doc = paper(
        ["May I ask you to hasten the delivery of the tractors promised in November, before the rains."],
        kind="letter",
        day=date(1968, 3, 4),
        title="Letter",
        senders=["Kenneth Kaunda"],
    )
    months = [(e.start_date, e.end_date) for e in extract_events(doc)]
    assert (date(1967, 11, 1), date(1967, 11, 30)) in months  # the last November before the letter
