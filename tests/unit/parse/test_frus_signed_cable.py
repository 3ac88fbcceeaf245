"""A FRUS cable the heading sends from a mission ("Telegram From the Embassy in X to the Department of State") and the
head of post signs under the text: the signer is the sender, as for any signed message; unsigned, the mission stays
the sender. Pages written for these tests."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text

_PAGE = """source: https://history.state.gov/historicaldocuments/frus1964-68v99/d501
Office of the Historian
Historical Documents
Foreign Relations of the United States, 1964–1968, Volume XCIX, Imaginary Republics
Document 501

501. {kind} From the Embassy in Ruritania to the Department of State1

Strelsau, March 4, 1966, 1130Z.

812. Subject: Cabinet Crisis.

1. The Prime Minister resigned at midnight and the King has asked the army chief to form a caretaker cabinet.

2. I told the Foreign Minister that we expect the constitution to be respected. Embassy will report further.
{signer}{foot}
"""

_NUMBERED_NOTE = "\n1 Source: National Archives, RG 59, Central Files 1964–66, POL 15 RUR. Confidential; Immediate.\n"
_PLAIN_NOTE_AND_SITE = "\nSource: National Archives, RG 59, Central Files 1964–66, POL 15 RUR. Confidential.\nPrevious\nNext\n"


@pytest.mark.parametrize("foot", [_NUMBERED_NOTE, _PLAIN_NOTE_AND_SITE])
@pytest.mark.parametrize(("signer", "sender"), [
    ("Hentzau", "Hentzau"),
    ("HENTZAU", "Hentzau"),
    ("Rupert P. Hentzau", "Rupert P. Hentzau"),
])
@pytest.mark.parametrize("kind", ["Telegram", "Airgram"])
def test_the_head_of_post_who_signs_a_missions_cable_is_its_sender(kind, signer, sender, foot):
    doc = parse_text(_PAGE.format(kind=kind, signer=f"\n{signer}\n", foot=foot))
    assert doc.sender_names == [sender]
    assert doc.recipient_names == ["United States Department of State"]


def test_an_unsigned_missions_cable_is_sent_by_the_mission():
    doc = parse_text(_PAGE.format(kind="Telegram", signer="", foot=_NUMBERED_NOTE))
    assert doc.sender_names == ["US Embassy in Ruritania"]


def test_the_sites_previous_and_next_under_the_note_are_no_signature():
    doc = parse_text(_PAGE.format(kind="Telegram", signer="", foot=_PLAIN_NOTE_AND_SITE))
    assert not [b.text for b in doc.blocks if b.passage_type == "signature"]
    assert doc.sender_names == ["US Embassy in Ruritania"]


def test_the_signers_cable_is_his_sending_and_the_missions_repeats():
    from pipeline.extract.events import extract_events

    page = _PAGE.format(kind="Telegram", signer="\nHentzau\n", foot=_NUMBERED_NOTE.replace(
        "Immediate.", "Immediate. Repeated to Vienna and Zenda."))
    page = page.replace("2. I told the Foreign Minister", "2. I told the King")
    events = extract_events(parse_text(page))
    sent = [e for e in events if e.method == "document_metadata" and e.event_type == "message_sent"]
    assert [(e.sources, e.targets, str(e.start_date)) for e in sent] == [
        (["Hentzau"], ["United States Department of State"], "1966-03-04")]
    repeats = [e for e in events if e.method == "cable_trailer" and e.event_type == "message_sent"]
    assert repeats and all(e.sources == ["US Embassy in Ruritania"] for e in repeats)
