"""A record of an audience opens with the writer received ("On 3 May, at 10:30 a.m., I was received by ...") and the
next sentence names who else was there: the one who received him stays a party even when the gazetteer does not know
him or an apposition follows his name; one present named after his office ("The Minister of Foreign Affairs, X, was
present."), or said to have taken part in the conversation, joins the meeting; an hour in "a.m." does not hide it."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _parties(text: str, day: date = date(1982, 5, 3)) -> list[set[str]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                         document_date=date(1982, 5, 5), document_date_precision="day", sender_names=["J. Kowalczyk"],
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [{*e.sources, *e.targets} for e in extract_events(doc) if e.start_date == day and e.evidence_start == 0]


@pytest.mark.parametrize("opening", [
    "On 3 May I was received by Captain Amadou Diallo Keita, Chairman of the Military Committee, at the Presidency.",
    "On 3 May I was received by Captain Amadou Diallo Keita at the Presidency.",
])
def test_the_one_who_received_the_writer_stays_a_party(opening):
    assert {"J. Kowalczyk", "Amadou Diallo Keita"} in _parties(opening)


@pytest.mark.parametrize("present", [
    "The Minister of Foreign Affairs, Swaran Singh, was present.",
    "Foreign Minister Swaran Singh took part in the conversation.",
])
def test_one_present_after_his_office_or_taking_part_joins_the_meeting(present):
    text = f"On Monday, 3 May, at 10:30 a.m., I was received by Prime Minister Indira Gandhi at her residence. {present}"
    assert {"J. Kowalczyk", "Indira Gandhi", "Swaran Singh"} in _parties(text)
