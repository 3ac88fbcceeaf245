"""Rows that tell no happening of the record: the site's summary printed above the document's own head, a telegram's
title where its clerk's stamp under the text tells its sending, an archive's release stamp. Pages of our own, in other
names and days than those the mechanisms were read from (tests/fixtures/probes_events22-27)."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.document_metadata import sending_stamp
from pipeline.normalize.text import decode
from pipeline.seed import parse_text

WILSON = "https://digitalarchive.wilsoncenter.org/document/x"


def _doc(source: str, head: list[str], body: list[str]):
    text = decode((f"source: {source}\n" + "\n".join(head) + "\n\n" + "\n\n".join(body) + "\n").encode())[0]
    return parse_text(text)


def _rows(doc):
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.event_type, e.start_date, e.sources) for e in extract_events(doc)]


SUMMARY = "The Hungarian ambassador hears President Kenyatta's account of the army mutiny and asks for instructions."


def test_a_summary_above_the_record_s_heading_is_the_site_s_not_the_text():
    doc = _doc(WILSON, ["March 3, 1964", "Record of Conversation between the Hungarian Ambassador and President Kenyatta"], [
        "Skip to content",
        SUMMARY,
        "RECORD OF A CONVERSATION",
        "with President Jomo Kenyatta",
        "On 2 March President Kenyatta received me at State House. He said that the mutineers of the Lanet barracks "
        "had been disarmed by British troops.",
        "Ambassador: Ferenc Kovács",
    ])
    assert doc.summary == SUMMARY
    assert all(block.text != SUMMARY for block in doc.blocks)
    assert not [r for r in _rows(doc) if "hears" in r[0]]


def test_a_summary_above_the_sender_s_line_or_the_classification_is_the_site_s():
    for head in ("SECRET!", "Embassy of the Polish People's Republic"):
        doc = _doc(WILSON, ["June 2, 1969", "Information from the Polish Embassy in Khartoum on the Coup in Sudan"], [
            "Skip to content",
            "The embassy describes the seizure of power by Colonel Nimeiri and the first measures of the new council.",
            head,
            "On 25 May units of the army under Colonel Jaafar Nimeiri took over the radio station in Omdurman.",
        ])
        assert doc.summary and doc.summary.startswith("The embassy describes"), head


def test_the_text_s_first_paragraph_before_a_line_of_its_own_stays_text():
    doc = _doc(WILSON, ["June 2, 1969", "Letter from Nimeiri to Brezhnev"], [
        "Dear Comrade Brezhnev,",
        "I thank you for your message of 28 May and for the support of the Soviet people.",
        "Khartoum",
    ])
    assert doc.summary is None


def test_the_summary_s_names_still_name_the_record_s_people():
    doc = _doc(WILSON, ["August 24, 1971", "Information from the Polish Embassy in Quito on the Coup"], [
        "Skip to content",
        "The embassy describes the fall of General Arosemena and the first days of the new junta.",
        "Embassy of the Polish People's Republic",
        "Late that night President Carlos Julio Arosemena took refuge in the Mexican embassy.",
    ])
    refuge = [r for r in _rows(doc) if "refuge" in r[0]]
    assert refuge and "Carlos Julio Arosemena" in refuge[0][3]


def test_a_telegram_s_sending_is_its_clerk_s_stamp_not_its_title():
    doc = _doc(WILSON, ["March 4, 1966", "Ciphered Telegram No. 2207 from the Polish Embassy in Accra"], [
        "Dispatched from Accra on 4.3.1966 at 11.20 hours, received in Warsaw at 16.05 hours, decoded at 18.00 hours.",
        "On 24 February units of the army and the police removed President Nkrumah, who was in Peking.",
        "Ambassador",
    ])
    sent = [r for r in _rows(doc) if r[1] == "message_sent"]
    assert [(r[0], r[2]) for r in sent] == [("Dispatched from Accra on 4.3.1966 at 11.20 hours", date(1966, 3, 4))]


def test_a_stamp_of_sending_is_cut_at_the_next_stamp():
    doc = _doc(WILSON, ["January 14, 1966", "Ciphered Telegram from the Soviet Ambassador in Lagos"], [
        "Early yesterday morning army officers arrested the Prime Minister.",
        "Sent 14.1.1966 at 10:40. Received 14.1.1966 at 13:15. Deciphered 14.1.1966 at 15:00 by Orlova.",
    ])
    index, start, end, mention = sending_stamp(doc)
    assert doc.blocks[index].text[start:end] == "Sent 14.1.1966 at 10:40" and mention.start_date == date(1966, 1, 14)


def test_a_sentence_opening_with_sent_is_no_stamp():
    doc = _doc(WILSON, ["January 14, 1966", "Ciphered Telegram from the Soviet Ambassador in Lagos"], [
        "Sent to the north were two battalions of the army, which arrived in Kaduna on 16 January.",
    ])
    assert sending_stamp(doc) is None


def test_a_release_stamp_makes_no_row():
    doc = _doc("https://www.presidentiallibrary.example/memcons/1990-02-03.pdf", ["Memcons and Telcons"], [
        "MEMORANDUM OF TELEPHONE CONVERSATION",
        "DATE, TIME AND PLACE: February 3, 1990, 9:05 - 9:20 a.m. EST, The Oval Office",
        "The President: I spoke with Prime Minister Thatcher yesterday about the talks in Ottawa.",
        "DECLASSIFIED PER E.O. 13526 2010-0412-F 6/14/2011",
    ])
    assert not [r for r in _rows(doc) if "DECLASSIFIED" in r[0]]
