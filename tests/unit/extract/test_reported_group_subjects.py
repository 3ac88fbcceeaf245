"""A dated act told in a clause another reports, or opening its own sentence, by a group the gazetteer lacks: the
group as written is its actor ("the Guinean security services uncovered a plot"), not the one who tells of it."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, day: date) -> list[tuple[list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                         document_date=date(1961, 12, 20), document_date_precision="day", sender_names=["K. Shterev"],
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(list(e.sources), list(e.targets)) for e in extract_events(doc) if e.start_date == day]


@pytest.mark.parametrize(("text", "group"), [
    ("Nasser stated that on 11 December the Egyptian security services uncovered a plot.", "Egyptian security services"),
    ("On 11 December Soviet submarines left the base at Vlorë.", "Soviet submarines"),
    ("Kennedy said that the Soviet fleet had sailed on 11 December.", "Soviet fleet"),
])
def test_the_group_that_acts_is_the_clauses_actor(text, group):
    rows = _rows(text, date(1961, 12, 11))
    assert rows and all(s == [group] for s, _ in rows), rows
