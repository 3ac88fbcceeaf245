"""A cipher's head whose labels name each act by a noun ("Date and hour of origin:", "Arrived at the Centre:", "Decoded
by:", "Copies made:"), its days written the year first with a Roman month ("1975. XI. 3., 09.15"), the cipher office's
line over the telegram's kind, and the signer's surname over his office: the sending the signer's, to the ministry at
home; the arrival the ministry's; the decoding the clerk's; the copies made for those the numbered list names."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.normalize.dates import find_dates
from pipeline.normalize.text import sentence_spans
from pipeline.parse import parse_text

CABLE = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-hungarian-embassy-lisbon
November 3, 1975
Ciphered Telegram from the Hungarian Embassy in Lisbon on the Crisis in the Armed Forces

Skip to content

The embassy reports on the quarrel between the government and the paratroopers.

Ministry of Foreign Affairs - Cipher Service
CIPHERED TELEGRAM No. 212
Place of origin: Lisbon
Date and hour of origin: 1975. XI. 3., 09.15
Arrived at the Centre: 1975. XI. 3., 14.20
Decoded by: Vargáné, 1975. XI. 3., 16.05
Copies made: 4 (1. Comrade Bérczes, 2. Comrade Szabó, 3. Department II, 4. file)

Yesterday the government dissolved the paratroopers' regiment at Tancos.

Halász
Ambassador

Document Information
Source
Hungarian National Archives, XIX-J-1-j, Portugal, 1975.
Type
Telegram
Language
Hungarian
"""


def _rows():
    doc = parse_text(CABLE)
    return doc, [(e.event_type, e.start_date, e.sources, e.targets, doc.blocks[e.block].text[e.evidence_start:e.evidence_end])
                 for e in extract_events(doc)]


def test_a_year_first_day_with_a_roman_month_is_one_day_and_ends_no_sentence():
    assert find_dates("Date and hour of origin: 1975. XI. 3., 09.15")[0].start_date == date(1975, 11, 3)
    assert find_dates("Budapest, 1968.IV.12.")[0].start_date == date(1968, 4, 12)
    text = "Arrived at the Centre: 1975. XI. 3., 14.20"
    assert [text[a:b] for a, b in sentence_spans(text)] == [text]


def test_the_signer_sends_to_the_ministry_whose_cipher_office_heads_the_page():
    doc, _ = _rows()
    assert doc.sender_names == ["Halász"]
    assert doc.recipient_names == ["Hungarian Ministry of Foreign Affairs"]


def test_each_labelled_act_of_the_head_is_read_with_its_actor():
    _, rows = _rows()
    by_text = {r[4].split(":")[0]: r for r in rows}
    assert by_text["Date and hour of origin"][:3] == ("message_sent", date(1975, 11, 3), ["Halász"])
    assert by_text["Arrived at the Centre"][:3] == ("message_received", date(1975, 11, 3), ["Hungarian Ministry of Foreign Affairs"])
    assert by_text["Decoded by"][:3] == ("deciphered", date(1975, 11, 3), ["Vargáné"])


def test_a_numbered_copies_line_names_those_the_copies_went_to():
    _, rows = _rows()
    copies = [r for r in rows if r[4].startswith("Copies made")]
    assert copies and copies[0][3] == ["Bérczes", "Szabó", "Department II"]
