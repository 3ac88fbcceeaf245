"""Handling lines known by their shape where no language's file knows their label: a short label, the day at once after
it, an hour, perhaps the hand ("Lähetetty 16.1.1973 klo 14.20"): the earliest stamp is the sending by the sender to the
recipient, the later ones acts of the receiving end; a label a kindred language's file knows takes its meaning
("Dešifrováno" as "Dešifrovano"). A place-and-date line and a sentence that opens with its day are no handling lines."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.cable_trailer import shaped_line
from pipeline.parse import parse_text

CABLE = """source: https://digitalarchive.wilsoncenter.org/document/telegram-finnish-embassy-moscow-1973
January 16, 1973
Telegram from the Finnish Embassy in Moscow to the Ministry for Foreign Affairs, Helsinki

Skip to content

The embassy reports on a conversation with the Soviet Foreign Ministry.

TELEGRAM No. 31
Lähetetty 16.1.1973 klo 14.20
Vastaanotettu 16.1.1973 klo 18.05
Avattu 16.1.1973 klo 19.30, Lehtonen

1. On 15 January the First Deputy Foreign Minister Kuznetsov received the ambassador and spoke at length about the preparations for the conference on security in Europe and the position of the neutral states.

2. The ministry expects an answer from Helsinki on the dates proposed for the next round of consultations.

Hyvärinen

Document Information
Source
UM archive, telegrams from Moscow, 1973.
Type
Telegram
Language
Finnish
"""


def test_a_line_by_its_shape():
    assert shaped_line("Lähetetty 16.1.1973 klo 14.20", None)[:3] == ("Lähetetty", date(1973, 1, 16), 14 * 60 + 20)
    assert shaped_line("Gönderildiği tarih: 14.3.1972", None)[:2] == ("Gönderildiği tarih", date(1972, 3, 14))
    assert shaped_line("Dešifrováno: 14. 11. 1970, 15.30 hod., s. Kočová", None)[3] == "Kočová"
    assert shaped_line("Nr. 47 Afsendt den 12. marts 1968 kl. 17.20", None)[0] == "Afsendt den"  # another column first


def test_lines_that_are_no_handling_lines():
    assert shaped_line("Berlin, 15 November 1976", None) is None  # the dateline: no label
    assert shaped_line("On 21 April, at 16:00, I was received by Prime Minister Maurice Bishop at Butler House.", None) is None
    assert shaped_line("Date: 19.VIII.1976, 14:00", None) is None  # the page's own date line
    assert shaped_line("Subject: the visit of 14 May 1972 and its consequences for the talks", None) is None
    assert shaped_line("Source: RGANI, 14.3.1972", None) is None  # a citation
    assert shaped_line("Introduction: 1 January 1950 ........ 12", None) is None  # a table of contents
    assert shaped_line("12 Telegram of 14.3.1972", None) is None  # a footnote


def _rows():
    doc = parse_text(CABLE)
    return [(e.event_type, e.start_date, e.sources, e.targets, doc.blocks[e.block].text[e.evidence_start:e.evidence_end])
            for e in extract_events(doc)]


def test_a_hand_named_before_or_after_the_day():
    assert shaped_line("Расшифровал: Кузнецов 3.XII.75 в 13.30", None)[3] == "Кузнецов"
    assert shaped_line("Deciphered 23.7.1971 at 18.05, duty officer Kovač.", None)[3] == "Kovač"
    assert shaped_line("Odszyfrowano dnia 10.08.74 godz. 04.05 – Kowalczyk", None)[3] == "Kowalczyk"
    assert shaped_line("Eingang: 7.6.78, Abt. Internationale Verbindungen", None)[3] is None  # an office, no hand


def test_the_earliest_stamp_is_the_sending_the_later_ones_the_receiving_ends():
    rows = _rows()
    sent = [r for r in rows if r[4].startswith("Lähetetty")]
    received = [r for r in rows if r[4].startswith("Vastaanotettu")]
    opened = [r for r in rows if r[4].startswith("Avattu")]
    assert sent and sent[0][0] == "other" and sent[0][1] == date(1973, 1, 16) and "Hyvärinen" in sent[0][2]
    assert received and received[0][0] == "other" and "Hyvärinen" not in received[0][2]
    assert opened and opened[0][2] == ["Lehtonen"]  # the hand named last


MISSION_CABLE = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-polish-embassy-lagos-1976
Ciphered Telegram from the Polish Embassy in Lagos to the Ministry of Foreign Affairs, Warsaw

Telegram No. 2214
Sent: 14.02.1976, 15:40
Received: 14.02.1976, 21:15

To Comrade Stefan Olszowski, Minister

1. Yesterday morning a group of officers tried to seize power in Lagos. The attempt was put down within hours.

Kowalczyk
"""


def test_a_receipt_line_under_a_person_is_the_ministry_at_home():
    doc = parse_text(MISSION_CABLE)
    received = [e for e in extract_events(doc) if doc.blocks[e.block].text[e.evidence_start:].startswith("Received")]
    assert received and received[0].start_date == date(1976, 2, 14)
    assert received[0].sources == ["Polish Foreign Ministry"]  # stamped at the ministry at home, not by the minister named
