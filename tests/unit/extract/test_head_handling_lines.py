"""A cipher's head written in small letters, its handling lines opened by the post it left ("from Warsaw, dispatched
4.5.1968 at 0930 hrs"), and a hand named with no day ("deciphered by Kowalska"): the dispatch an act of the sender at
its hour, the deciphering done about the receipt's day by the clerk named."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.cable_trailer import stamp_hour, stamp_lines
from pipeline.parse import parse_text

CABLE = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-czechoslovak-embassy-accra
March 2, 1966
Ciphered Telegram from the Czechoslovak Embassy in Accra

Skip to content

The embassy reports on the army's seizure of power in Ghana.

CIPHERED TELEGRAM No. 2210
from Accra, dispatched 1.3.1966 at 2140 hrs
received at the Centre 2.3.1966 at 0615 hrs
deciphered by Horáková

1. On 24 February the army and the police removed President Nkrumah while he was on his way to Hanoi.

2. The National Liberation Council dissolved the party and parliament.

Kozel

Document Information
Source
AMZV, telegrams from Accra, 1966, no. 112.
Type
Telegram
Language
Czech
"""


def _rows():
    doc = parse_text(CABLE)
    return doc, [(e.event_type, e.start_date, e.date_kind, e.start_time, e.sources, doc.blocks[e.block].text[e.evidence_start:e.evidence_end])
                 for e in extract_events(doc)]


def test_a_stamp_after_the_post_it_left_is_a_handling_line():
    assert stamp_lines("from Accra, dispatched 1.3.1966 at 2140 hrs") == [(12, 43)]
    assert stamp_lines("From Hanoi sent 3.4.1972 at 10:15") == [(11, 33)]
    assert stamp_lines("from the beginning, sent troops") == []  # no post: a sentence
    assert stamp_hour("dispatched 1.3.1966 at 2140 hrs") == "21:40"


def test_the_dispatch_in_the_head_is_the_senders_at_its_hour():
    _, rows = _rows()
    sent = [r for r in rows if r[0] == "message_sent" and r[5].startswith("dispatched")]
    assert sent and sent[0][1] == date(1966, 3, 1) and sent[0][3] == "21:40" and sent[0][4] == ["Kozel"]


def test_a_hand_named_without_a_day_deciphered_about_the_receipts_day():
    _, rows = _rows()
    hands = [r for r in rows if r[0] == "deciphered"]
    assert [(r[1], r[2], r[4]) for r in hands] == [(date(1966, 3, 2), "approximate", ["Horáková"])]


def test_by_wire_names_the_means_not_a_hand():
    doc = parse_text(CABLE.replace("deciphered by Horáková", "Deciphered by wire."))
    assert not [e for e in extract_events(doc) if e.event_type == "deciphered"]


def test_the_titles_sending_is_the_dispatch_stamped_the_day_before_the_cables_date():
    _, rows = _rows()  # the cable dated by its receipt (2 March), dispatched on 1 March: one sending, the stamp's
    assert [r[1] for r in rows if r[0] == "message_sent"] == [date(1966, 3, 1)]
