"""The place one flew, fled or travelled to is where he went, no party to the act: "Romero flew to Guatemala" is
Romero's act alone; a state an act is addressed to ("sent troops to the Congo") stays an actor."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _actors(text: str) -> set[str]:
    block = Block("paragraph", 0, len(text), text, language="en")
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="report", document_date=date(1969, 3, 4),
                         document_date_precision="day", blocks=[block])
    return {n for e in extract_events(doc) for n in e.sources + e.targets}


@pytest.mark.parametrize("text", [
    "On 2 March 1969 Nasser flew to Yugoslavia with his delegation.",
    "On 2 March 1969 Nasser was flown by aircraft to Yugoslavia.",
    "Nasser fled to the Soviet Union on 2 March 1969.",
])
def test_where_one_went_is_no_actor(text):
    names = _actors(text)
    assert names == {"Gamal Abdel Nasser"}, names


def test_a_state_the_act_is_addressed_to_stays():
    names = _actors("On 2 March 1969 Nkrumah sent troops to the Congo.")
    assert "Democratic Republic of the Congo" in names, names
