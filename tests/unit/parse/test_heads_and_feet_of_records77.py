"""Fields of records laid out in ways the parsers met late: a bloc embassy's "NOTE" / "from a conversation with ..."
(a record of the talk), an archive's catalogue line whose reference is written with initials ("G.C. 13/21") over the
record's own heading, and a ciphered telegram headed by the ministry's cipher office over its numbered kind and signed
by a surname alone over the signer's office. Pages written for these tests."""

from __future__ import annotations

from pipeline.normalize.doctypes import document_type_of
from pipeline.parse import parse_text
from pipeline.parse.citation import catalogue_header
from pipeline.quality.corpus import _citation_key


def test_a_note_from_a_conversation_records_the_talk():
    assert (
        document_type_of("NOTE from a conversation with the Foreign Minister of Norway")
        == "record_of_conversation"
    )
    assert document_type_of("Note from the Ambassador to the Ministry on the harvest") == "memorandum"


NOTE = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-czechoslovak-ambassador-1968
Record of Conversation between the Czechoslovak Ambassador and the Prime Minister of Denmark

Embassy of the Czechoslovak Socialist Republic
in Copenhagen

NOTE
from a conversation with Prime Minister Hilmar Baunsgaard

On Tuesday, 5 March, I called on the Prime Minister at his office. He said that the government would not change its position on the fishing talks.

Copenhagen, 6 March 1968

Jan Novotný
Ambassador

Document Information
Source
Archive of the Ministry of Foreign Affairs, Prague, TO-T Denmark 1968, box 2.
Type
Memorandum of Conversation
Language
Czech
"""


def test_a_record_headed_note_from_a_conversation_is_a_record_of_conversation():
    assert parse_text(NOTE).document_type == "record_of_conversation"


def test_a_catalogue_reference_written_with_initials_is_a_catalogue_line():
    entry = catalogue_header(
        "State Archives of Tasmania: Executive Council Minutes E.C. 4/17, 3 May 1971 (PD 1/88/12)"
    )
    assert entry is not None and entry["archive"] == "State Archives of Tasmania"
    assert catalogue_header("Mr Jones: I. Q. 4 was the lowest score of the year, he said") is None


MINUTES = """source: https://archives.example.org/collections/executive-council-minutes-e-c-4-17
State Archives of Tasmania: Executive Council Minutes E.C. 4/17, 3 May 1971 (PD 1/88/12)

E.C. 4/17

EXECUTIVE COUNCIL MINUTES

Meeting held at Parliament House, Hobart, on Monday, 3 May 1971, at 10 a.m.

Present:
The Premier, Mr Angus Bethune (in the Chair)
The Attorney-General, Mr Max Bingham

1. The Premier said that the strike on the waterfront had ended on Saturday.
"""


def test_minutes_under_a_catalogue_line_with_initials_are_titled_by_their_heading_and_cite_the_archive():
    doc = parse_text(MINUTES)
    assert doc.title == "EXECUTIVE COUNCIL MINUTES"
    assert doc.document_type == "minutes"
    assert [c["archive"] for c in doc.citations] == ["State Archives of Tasmania"]


CIPHERED = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-polish-embassy-lisbon-1974
April 26, 1974
Ciphered Telegram from the Polish Embassy in Lisbon on the Overthrow of the Caetano Government

Skip to content

Ministry of Foreign Affairs - Cipher Department
CIPHERED TELEGRAM No. 214
Place of origin: Lisbon

Yesterday before dawn units of the army occupied the radio stations and the barracks of the capital. Caetano surrendered in the evening and flew to Madeira today.

I propose that we recognise the new authorities together with the other socialist countries.

Nowak
Chargé d'Affaires a.i.

Document Information
Source
Archive of the Ministry of Foreign Affairs, Warsaw, Lisbon 1974, box 3.
Type
Telegram
Language
Polish
"""


def test_a_ciphered_telegram_headed_by_the_cipher_office_goes_to_the_ministry_and_is_signed_by_its_surname():
    doc = parse_text(CIPHERED)
    assert doc.document_type == "telegram"
    assert doc.recipient_names == ["Polish Ministry of Foreign Affairs"]
    assert doc.sender_names == ["Nowak"]


def test_a_folio_written_out_is_the_same_folio_as_its_number():
    gold = {"archive": "National Archives of Australia", "folios": "folio 12"}
    ours = {"archive": "National Archives of Australia", "folios": "12"}
    assert _citation_key(gold) == _citation_key(ours)
