"""A file of messages: each message's signer is read at its foot, never in its body."""

from __future__ import annotations

from pipeline.extract.events.message_file import message_head, message_heads, message_parties, message_signer
from pipeline.parse import parse_text

_FILE = (
    "Telex file of the shipping agency\n\n"
    "IN  22/9/80 1140\n\n"
    "FM BASMAR BASRAH / TO HARFIN LONDON\n\n"
    "Vessel berthed this morning. Cargo Manifest\n\n"
    "Discharge begins tomorrow, crew all well.\n\n"
    "Thank You.\n\n"
    "OUT 23/9/80 0930\n\n"
    "FM HARFIN LONDON / TO BASMAR BASRAH\n\n"
    "Noted your berthing, advise on completion.\n\n"
    "John Harper\n"
)


def test_a_messages_signer_is_at_its_foot_and_is_a_name():
    doc = parse_text(_FILE)
    parties = message_parties(doc, message_heads(doc, 1980))
    assert [senders for senders, _ in parties.values()] == [["BASMAR BASRAH"], ["John Harper"]]
    assert message_signer("Thank You.") is None
    assert message_signer("La kongreso malfermiĝos sabaton. Ivan Petrov") == "Ivan Petrov"
    assert message_signer("MASTER REPORTS ALL SAFE. PLS CONFIRM") is None


def test_a_heads_zone_is_in_capitals():
    assert message_head("IN 22/9/80 1140 GMT").time == "11:40"
    assert message_head("in 22/9/80 1140 abc") is None  # a sentence's word after the hour: no head


def test_a_messages_signer_is_above_the_notes_under_it():
    doc = parse_text(_FILE.replace("John Harper\n", "John Harper\n\nCopy: Board of the agency\n\n[hand:] Phoned to the owners.\n"))
    parties = message_parties(doc, message_heads(doc, 1980))
    assert [senders for senders, _ in parties.values()] == [["BASMAR BASRAH"], ["John Harper"]]
