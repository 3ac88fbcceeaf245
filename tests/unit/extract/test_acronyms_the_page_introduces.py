"""An acronym the page writes in brackets after a name ("the Armed Forces of National Liberation (FALN)") names that body
wherever the page writes it later ("the FALN had blown up five pipelines"): the gazetteer's body when it knows the name,
else the acronym itself. A bracket after a label ("Document Number (FOIA)") introduces no body."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import page_acronyms
from pipeline.parse.model import Block, ParsedDocument


@pytest.mark.parametrize(("text", "acronyms"), [
    ("He turned to the sabotage campaign of the Armed Forces of National Liberation (FALN).", {"FALN": "FALN"}),
    ("The opposition Confederation of Democracy (CODE) failed in the elections.", {"CODE": "CODE"}),
    ("The Revolutionary Command Council (RCC) met in Baghdad.", {"RCC": "RCC"}),
    ("Document Number (FOIA) /ESDN (CREST): CIA-RDP79T00975A", {}),
    ("Fighting near Luanda (Angola) went on.", {}),
])
def test_the_acronyms_a_page_introduces(text, acronyms):
    assert page_acronyms([text]) == acronyms


def _sources(text: str, day: date) -> list[list[str]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="memorandum",
                         document_date=date(1963, 5, 10), document_date_precision="day",
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [e.sources for e in extract_events(doc) if e.start_date == day]


@pytest.mark.parametrize("text", [
    "On 3 May the Armed Forces of National Liberation (FALN) attacked a police post. On 5 May the FALN bombed a pipeline.",
    "The Armed Forces of National Liberation (FALN) are active in the west. On 5 May the FALN set fire to a warehouse in Caracas.",
])
def test_the_acronym_later_is_the_body(text):
    assert ["FALN"] in _sources(text, date(1963, 5, 5))


def test_an_acronym_the_page_did_not_introduce_names_no_one():
    assert ["FALN"] not in _sources("On 5 May the FALN bombed a pipeline.", date(1963, 5, 5))
