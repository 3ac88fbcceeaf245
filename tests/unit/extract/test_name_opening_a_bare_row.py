"""A row whose reader named no actor, of an English sentence that opens with a name the gazetteer does not know before
its verb ("Yesterday Denard was named commander", "Gueiler resigned that evening"), takes that name: the person, past
his titles, who acted or to whom it was done. A day, a count, a capitalised common noun or a word that is no verb after
the capitals names no one (sentences written for these tests)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _actors(text: str) -> list[list[str]]:
    doc = ParsedDocument(parser="test/1", source_type="book", document_type="report", document_date=date(1979, 6, 30),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [list(e.sources) + list(e.targets) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "name"), [
    ("On 21 June Mbandaka was sworn in as head of an interim government.", "Mbandaka"),
    ("Yesterday Marshal Sibomana was put aboard an air force plane for Nairobi.", "Sibomana"),
    ("Yesterday Karangwa was named commander of the new gendarmerie.", "Karangwa"),
    ("On 3 May Tembarek resigned the premiership.", "Tembarek"),
])
def test_the_name_opening_the_sentence_is_the_rows_actor(text, name):
    actors = _actors(text)
    assert actors and all(a == [name] for a in actors), actors


@pytest.mark.parametrize("text", [
    "On 21 June a curfew was announced, and the curfew lasted until the evening. Curfew ended on 25 June.",
    "Several hundred prisoners were released on 4 May.",
    "Two days later, on 5 May, the transports landed at the airport.",
    "Shooting was heard near the barracks on 5 May.",
])
def test_a_count_a_common_noun_or_a_gerund_names_no_one(text):
    names = {n for actors in _actors(text) for n in actors}
    assert not names & {"Curfew", "Several", "Several hundred", "Two", "Shooting"}, names


def test_the_teller_of_a_told_passive_is_not_its_actor():
    text = "Mbandaka told me that on 28 June a plot had been uncovered in the army."
    doc = ParsedDocument(parser="test/1", source_type="book", document_type="report", document_date=date(1979, 6, 30),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    told = [e for e in extract_events(doc) if e.start_date == date(1979, 6, 28)]
    assert told and not any("Mbandaka" in e.sources + e.targets for e in told), told  # his telling is a row of its own


def test_a_common_noun_the_language_file_knows_names_no_one():
    names = {n for actors in _actors("On 5 May Reception was held at the palace for the delegations.") for n in actors}
    assert "Reception" not in names, names


def test_a_row_with_only_whom_the_act_was_done_to_takes_the_opening_name_as_its_doer():
    from pipeline.extract.events import passages
    from pipeline.extract.events.common import EventDraft

    text = "Karangwa welcomed the Prime Minister and recalled his visit to Kigali."
    doc = ParsedDocument(parser="test/1", source_type="book", document_type="report", document_date=date(1979, 6, 30),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    row = EventDraft(0, "meeting", 0, len(text), "tense_sentence", 0.6, targets=["Pierre Mugenzi"])  # the holder a reader found
    passages._bare_rows_subject([row], doc)
    assert (row.sources, row.targets) == (["Karangwa"], ["Pierre Mugenzi"])


@pytest.mark.parametrize(("text", "name"), [
    ("Colonel Mbandaka, the army chief of staff, seized power on the night of 3 May.", "Mbandaka"),
    ("Tembarek, who was abroad at the time, flew home on 4 May.", "Tembarek"),
    ("The rector of the university, Karangwa Sibomana, lowered the flag on 4 May.", "Karangwa Sibomana"),
])
def test_a_subject_parted_from_its_verb_by_an_aside_is_the_rows_actor(text, name):
    actors = _actors(text)
    assert actors and all(a == [name] for a in actors), actors

