"""A row whose reader named no actor takes the group that is its English sentence's subject: the noun phrase before the
first verb, past a relative clause ("The Marines who landed ...") or an aside between commas ("The bands, armed in
Honduras, have ..."); craft and operations ("aircraft", "airlift") only there.
A sentence whose subject is no group keeps its row without actors."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _sources(text: str) -> list[list[str]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="report", document_date=date(1958, 8, 27),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [list(e.sources) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "subject"), [
    ("The paratroopers who landed at Aden on July 15 had not been fired upon.", "paratroopers"),
    ("The Western airlift into Berlin that began on 26 June has carried more than 100,000 tons of food.", "Western airlift"),
    ("The guerrilla bands, armed and trained across the border, have carried out more than forty raids on the railway.", "guerrilla bands"),
    ("The airlift began two days later and has carried more than 100,000 tons of food.", "airlift"),
    ("Two days ago Egyptian aircraft bombed the airfield near El Arish.", "Egyptian aircraft"),
    ("The two Western military governors were instructed on May 3 to draft a constitution.", "Western military governors"),
    ("Since the beginning of the month the army has arrested some two hundred persons in the capital.", "army"),
])
def test_the_group_before_the_verb_is_the_rows_actor(text, subject):
    sources = _sources(text)
    assert sources and all(s == [subject] for s in sources), sources


@pytest.mark.parametrize("text", [
    "The Vietnamese side reports that 61 aircraft have been shot down in three days.",
    "The content of the telegram, which arrived on July 15, was discussed.",
])
def test_aircraft_after_a_verb_and_a_thing_as_subject_name_no_actor(text):
    assert not any("aircraft" in s or "content of the telegram" in s for sources in _sources(text) for s in sources), _sources(text)
