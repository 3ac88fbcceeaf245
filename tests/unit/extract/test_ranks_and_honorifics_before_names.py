"""A rank or an honorific written before a name is no part of it, and the name keeps its middle initial and closing
numeral: "Master Sergeant Samuel K. Doe" acts as Samuel K. Doe, "Flight Lieutenant Jerry Rawlings" as Jerry Rawlings,
"Sayed Ahmed Kheir" as Ahmed Kheir; an office set off by commas with its holder ("The General Officer Commanding,
Major-General X,") is the holder, not the office's last words."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _actors(text: str) -> set[str]:
    block = Block("paragraph", 0, len(text), text, language="en")
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="report", document_date=date(1969, 3, 4),
                         document_date_precision="day", blocks=[block])
    return {n for e in extract_events(doc) for n in e.sources + e.targets}


@pytest.mark.parametrize(("text", "person"), [
    ("Soldiers led by Master Sergeant Tamba K. Kollie seized the radio station on 2 March 1969.", "Tamba K. Kollie"),
    ("Flight Lieutenant Kofi Mensah seized power on 2 March 1969.", "Kofi Mensah"),
    ("Ferik Hassan Osman received the Yugoslav ambassador on 2 March 1969.", "Hassan Osman"),
    ("Sayed Osman Bakri left for Cairo on 2 March 1969.", "Osman Bakri"),
    ("Mwami Mwambutsa IV flew to Geneva on 2 March 1969.", "Mwambutsa IV"),
    ("Deputy Assistant Secretary Harold Sanders flew to Amman on 2 March 1969.", "Harold Sanders"),
    ("Under Secretary Elliot Richardson left for Bonn on 2 March 1969.", "Elliot Richardson"),
])
def test_a_rank_or_honorific_is_no_part_of_the_name(text, person):
    names = _actors(text)
    assert person in names, names
    assert not any(n != person and (person in n or n in person) for n in names), names


def test_a_middle_initial_keeps_the_name_whole():
    names = _actors("Soldiers led by Tamba R. Kollie seized the radio station on 2 March 1969.")
    assert "Tamba R. Kollie" in names and "Tamba" not in names and "R. Kollie" not in names, names


def test_an_office_with_its_ranked_holder_is_the_holder():
    names = _actors("The General Officer Commanding, Major-General Musa Adeyemi, rallied the garrison on 2 March 1969.")
    assert names == {"Musa Adeyemi"}, names
