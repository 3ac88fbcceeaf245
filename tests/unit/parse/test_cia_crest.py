"""CIA reading-room (CREST) records: each test names the quirk it covers."""

import pytest

from pipeline.parse import cia_crest, parse_text
from pipeline.parse.model import block_text_matches

PAGE = """source: https://cia.gov/readingroom/node/389895
CURRENT COMMUNIST POSITION ON A KOREAN ARMISTICE
Document Type:
Collection:
Document Number (FOIA) /ESDN (CREST):
CIA-RDP79R00890A000100060005-5
Release Decision:
RIFPUB
Case Number:
Publication Date:
July 1, 1953
Content Type:
BRIEF
File:
Attachment | Size |
---|---|
CIA-RDP79R00890A000100060005-5.pdf | 602.91 KB |
Body:
NSC BRIEFING 1 July 1953
CURRENT COMMUNIST POSITION ON A KOREAN ARMISTICE
We believe that Communist acceptance of the 8 June 1953
a? reement on the disposition of POW's represented an important
modification of the previous Communist position and reflected a
genuine desire on the part of the Communists for a truce.
DOCUMENT NO.
Approved For Release
N' GHANGE IN CLASS. ^
'0 fo
DAT . 0 86 REVIEWER: '372044
9R00890A000100060005-5
Approved For Release 2 I ~CRDP79R00890A000100060005-5
industrialization program within Communist China; and in the
fact that a truce in Korea is a necessary part of a world-wide pro-
gram of conciliatory tactics and reduction of East-West tensions.
"""


def test_empty_labels_are_skipped_and_values_read_from_the_next_line():
    doc = parse_text(PAGE)
    assert doc.parser == cia_crest.PARSER
    assert doc.record_id == "CIA-RDP79R00890A000100060005-5"
    assert str(doc.document_date) == "1953-07-01"
    assert doc.document_date_text == "July 1, 1953"
    assert doc.rights == "Release Decision: RIFPUB"


def test_brief_content_type_and_nsc_briefing_line_make_a_briefing():
    doc = parse_text(PAGE)
    assert doc.document_type == "briefing"
    assert doc.recipient_names == ["National Security Council"]
    assert doc.blocks[1].text == "NSC BRIEFING 1 July 1953"
    assert doc.blocks[1].section_type == "header"


def test_metadata_and_attachment_table_are_not_passages():
    doc = parse_text(PAGE)
    assert not any("Attachment" in b.text or "Document Type" in b.text for b in doc.blocks)


def test_hard_wrapped_ocr_lines_join_into_one_paragraph():
    doc = parse_text(PAGE)
    first = next(b for b in doc.blocks if b.passage_type == "paragraph")
    assert first.text.startswith("We believe that Communist acceptance of the 8 June 1953 a? reement")
    assert first.text.endswith("for a truce.")


def test_stamp_noise_lines_are_stamps_not_mixed_into_paragraphs():
    doc = parse_text(PAGE)
    stamps = [b.text for b in doc.blocks if b.passage_type == "stamp"]
    assert "N' GHANGE IN CLASS. ^" in stamps and "'0 fo" in stamps and "9R00890A000100060005-5" in stamps
    assert not any("Approved" in b.text for b in doc.blocks if b.passage_type == "paragraph")


def test_word_hyphenated_across_lines_reads_whole_and_offsets_span_the_break():
    doc = parse_text(PAGE)
    last = doc.blocks[-1]
    assert "world-wide program of conciliatory" in last.text
    assert "pro-\ngram" in PAGE[last.start:last.end]
    assert block_text_matches(PAGE, last)


def test_detected_by_layout_without_the_url():
    assert cia_crest.looks_like(PAGE.split("\n", 1)[1])
    assert not cia_crest.looks_like("Body:\nsome text\n")


def test_ocr_text_stopping_mid_word_is_flagged_cut_at_the_end():
    assert not parse_text(PAGE).has_cut_end
    assert parse_text(PAGE + "They probably also beli\n").has_cut_end


def test_a_memorandums_header_lines_name_its_parties():
    page = (
        "source: https://www.cia.gov/readingroom/document/cia-rdp80r01443r000300050011-9\n"
        "SOVIET REACTION TO THE HUNGARIAN UPRISING\nDocument Number (FOIA) /ESDN (CREST):\nCIA-RDP80R01443R000300050011-9\n"
        "Publication Date:\nOctober 26, 1956\nContent Type:\nMEMO\nBody:\n"
        "Approved For Release 2001/07/26 : CIA-RDP80R01443R000300050011-9\nSECRET\n26 October 1956\n"
        "MEMORANDUM FOR: The Director of Central Intelligence\nFROM: Sherman Kent\nSUBJECT: Soviet Reaction to the Hungarian Uprising\n"
        "1. Soviet troops entered Budapest on 24 October at the request of the Hungarian government.\n"
    )
    doc = parse_text(page)
    assert (doc.sender_names, doc.recipient_names) == (["Sherman Kent"], ["Director of Central Intelligence"])


SCAN_ONLY = """source: https://www.cia.gov/readingroom/document/{rdp}
{title} | CIA FOIA (foia.cia.gov)
Approved For Release 2005/01/11 : {rdp}
SECRET
{title}
{date}
{sentence}
"""


@pytest.mark.parametrize(("title", "date", "iso", "sentence"), [
    ("CURRENT INTELLIGENCE WEEKLY SUMMARY", "3 March 1967", "1967-03-03",
     "On 22 February Sukarno announced that he was handing over executive authority to General Suharto."),
    ("CENTRAL INTELLIGENCE BULLETIN", "14 June 1958", "1958-06-14",
     "The Lebanese army attacked rebel positions in Tripoli on 12 June."),
    ("NATIONAL INTELLIGENCE ESTIMATE", "June 2, 1972", "1972-06-02",
     "Hanoi launched its offensive across the DMZ on 30 March."),
])
def test_scanned_text_without_the_metadata_block_is_all_body_dated_by_its_head(title, date, iso, sentence):
    doc = parse_text(SCAN_ONLY.format(rdp="CIA-RDP79-00927A005600020001-7", title=title, date=date, sentence=sentence))
    assert doc.parser == cia_crest.PARSER
    assert str(doc.document_date) == iso
    assert any(sentence in b.text for b in doc.blocks if b.section_type == "body")


def test_dci_briefing_title_names_the_director_and_the_council():
    doc = parse_text(PAGE.replace("CURRENT COMMUNIST POSITION ON A KOREAN ARMISTICE\nDocument Type:", "DCI BRIEFING FOR 27 JUNE NSC MEETING ANGOLA\nDocument Type:", 1))
    assert doc.title == "DCI BRIEFING FOR 27 JUNE NSC MEETING ANGOLA" and doc.document_type == "briefing"
    assert doc.sender_names == ["Director of Central Intelligence"] and doc.recipient_names == ["National Security Council"]


@pytest.mark.parametrize(("title", "issuer", "sender"), [
    # the Agency's own periodical, its name printed under the masthead
    ("CURRENT INTELLIGENCE WEEKLY SUMMARY", "CENTRAL INTELLIGENCE AGENCY\nOFFICE OF CURRENT INTELLIGENCE\n", ["Central Intelligence Agency"]),
    ("CURRENT INTELLIGENCE WEEKLY SUMMARY", "", []),  # the masthead alone states no sender, as the dev gold's bulletin
    ("CENTRAL INTELLIGENCE BULLETIN", "CENTRAL INTELLIGENCE AGENCY\n", []),  # no sender, as the dev gold has it
    ("CURRENT COMMUNIST POSITION ON A KOREAN ARMISTICE", "", []),
])
def test_an_agency_periodical_is_sent_by_the_agency_its_head_names(title, issuer, sender):
    page = PAGE.replace("CURRENT COMMUNIST POSITION ON A KOREAN ARMISTICE\nDocument Type:", title + "\nDocument Type:", 1)
    page = page.replace("Body:\nNSC BRIEFING 1 July 1953\n", f"Body:\nSECRET\n{title}\nOCI No. 0412/62\n12 July 1962\n{issuer}", 1)
    assert parse_text(page).sender_names == sender


def test_a_scan_opening_on_its_release_stamp_takes_its_title_from_its_head():
    """A title never comes from a release stamp: the first line of the scan's head that is no stamp, mark, letterhead,
    date or kind of paper alone."""
    from pipeline.parse.cia_crest import parse as parse_crest

    text = ("Approved For Release 2004/03/11 : CIA-RDP79T00975A000100020001-4\n\nTOP SECRET\n\nCENTRAL INTELLIGENCE AGENCY\n"
            "Office of Current Intelligence\n\n3 March 1962\n\nINTELLIGENCE MEMORANDUM\n\nLaos: The Fighting at Nam Tha\n\n"
            "1. Pathet Lao units attacked the gar-\nrison at Nam Tha on 1 March and\nthe town may fall within days.\n")
    doc = parse_crest(text, 0)
    assert doc.title == "Laos: The Fighting at Nam Tha"
    assert doc.blocks[doc.title_block].text == doc.title and doc.blocks[0].passage_type == "stamp"
    assert doc.document_date.isoformat() == "1962-03-03"



@pytest.mark.parametrize(("letterhead", "sender"), [
    ("CENTRAL INTELLIGENCE AGENCY\nDirectorate of Intelligence\n", ["Central Intelligence Agency"]),
    ("Central Intelligence Agency\nWashington, D.C. 20505\n", ["Central Intelligence Agency"]),
    ("", []),  # no letterhead printed: no sender stated
])
def test_an_intelligence_memorandum_is_the_agency_s_when_its_letterhead_names_it(letterhead, sender):
    from pipeline.parse.cia_crest import parse as parse_crest

    text = (f"Approved For Release 2005/01/12 : CIA-RDP85T00875R000800030012-4\n\nSECRET\n\n{letterhead}\n9 May 1972\n\n"
            "INTELLIGENCE MEMORANDUM\n\nBurundi: Tutsi Reprisals Continue\n\n1. Army units have killed several\n"
            "thousand Hutu in the south since\nthe uprising of 29 April.\n")
    doc = parse_crest(text, 0)
    assert doc.title == "Burundi: Tutsi Reprisals Continue"
    assert doc.sender_names == sender



@pytest.mark.parametrize(("head", "sender"), [
    # an item of a weekly under the Agency's letterhead: the Agency's own paper
    ("CENTRAL INTELLIGENCE AGENCY\nDIRECTORATE OF INTELLIGENCE\n\nWEEKLY SUMMARY\n\n3 July 1970\n\nCHAD: REBELS TAKE FAYA",
     ["Central Intelligence Agency"]),
    # an information cable under the letterhead
    ("CENTRAL INTELLIGENCE AGENCY\nINTELLIGENCE INFORMATION CABLE\n\nIN 41872\n\nCHAD: REBELS TAKE FAYA",
     ["Central Intelligence Agency"]),
    # the office the letterhead names under the Agency's name writes the paper
    ("CENTRAL INTELLIGENCE AGENCY\nOffice of Current Intelligence\n\n3 July 1970\n\nThe Revolt in Chad",
     ["Office of Current Intelligence"]),
    ("CENTRAL INTELLIGENCE AGENCY\nOFFICE OF CURRENT INTELLIGENCE\n\n3 July 1970\n\nThe Revolt in Chad",
     ["Office of Current Intelligence"]),
    # an issue of a serial titled by its masthead states no sender, letterhead or not
    ("3 July 1970\n\nCURRENT INTELLIGENCE DIGEST\n\nOFFICE OF CURRENT INTELLIGENCE\nCENTRAL INTELLIGENCE AGENCY\n\nAFRICA", []),
    ("WEEKLY SUMMARY\n\n3 July 1970\n\nCHAD: REBELS TAKE FAYA", []),  # no letterhead printed
])
def test_a_paper_under_the_agency_s_letterhead_is_the_agency_s(head, sender):
    from pipeline.parse.cia_crest import parse as parse_crest

    text = (f"Approved For Release 2008/03/11 : CIA-RDP79-00927A011900010003-4\n\nSECRET\n\n{head}\n\n"
            "Rebel forces took the oasis town of Faya\nin the north this week after a siege\nof three months.\n")
    assert parse_crest(text, 0).sender_names == sender


def test_the_agency_s_memorandum_reads_the_same_events_whether_or_not_its_letterhead_names_it():
    """An intelligence memorandum the Agency issues to no one named reports what others did and said: the sender its
    letterhead makes adds no statement of the writer's ("the government said it would accept ...")."""
    from pipeline.extract.events import extract_events
    from pipeline.parse.cia_crest import parse as parse_crest

    def events(letterhead: str) -> list[tuple]:
        text = (f"Approved For Release 2005/01/12 : CIA-RDP85T00875R000800030012-4\n\nSECRET\n\n{letterhead}\n9 May 1972\n\n"
                "INTELLIGENCE MEMORANDUM\n\nBurundi: Tutsi Reprisals Continue\n\n"
                "1. The army took over the radio station in Bujumbura on 30 April.\n\n"
                "2. The government announced that it would accept the mediation of the OAU. Micombero promised to\n"
                "name a new cabinet within a week. The rains in the south will test the new rulers early.\n")
        doc = parse_crest(text, 0)
        return sorted((str(e.start_date), e.date_kind, doc.blocks[e.block].text[e.evidence_start:e.evidence_end]) for e in extract_events(doc))

    assert events("CENTRAL INTELLIGENCE AGENCY\nDirectorate of Intelligence\n") == events("")

_CABLE = """SECRET
NO FOREIGN DISSEM

INTELLIGENCE INFORMATION CABLE

COUNTRY: BOLIVIA
DOI: 2 - 3 MAY 1965
SUBJECT: ARMY MOVES AGAINST THE MINERS

SOURCE: AN OFFICIAL OF THE MINISTRY OF THE INTERIOR.

1. ON 2 MAY GENERAL OVANDO ORDERED TROOPS INTO THE
MINING CAMPS. THE MINERS' LEADERS WERE ARRESTED THE
SAME NIGHT.

2. DISSEM: STATE, DIA. SENT TO EMBASSY LA PAZ.

DATE DISTR: 4 MAY 1965
"""


def test_an_intelligence_cable_in_capitals_reads_its_head_and_foot():
    doc = cia_crest.parse(_CABLE, 0)
    assert doc.title == "INTELLIGENCE INFORMATION CABLE"  # not the handling caveat over it
    assert (doc.document_type, str(doc.document_date)) == ("cable", "1965-05-04")  # DATE DISTR, not the DOI
    heads = [b.text for b in doc.blocks if b.passage_type == "heading"]
    assert "DOI: 2 - 3 MAY 1965" in heads and "SOURCE: AN OFFICIAL OF THE MINISTRY OF THE INTERIOR." in heads
    paragraphs = [b.text for b in doc.blocks if b.passage_type == "paragraph"]
    assert paragraphs[0].startswith("1. ON 2 MAY GENERAL OVANDO ORDERED TROOPS INTO THE MINING CAMPS.")  # one paragraph
    assert paragraphs[0].endswith("SAME NIGHT.")


def test_an_intelligence_cables_sentences_are_read_in_sentence_case():
    from pipeline.extract.events import extract_events

    doc = cia_crest.parse(_CABLE, 0)
    rows = extract_events(doc)
    ordered = next(r for r in rows if str(r.start_date) == "1965-05-02")
    assert doc.blocks[ordered.block].text[ordered.evidence_start:].startswith("ON 2 MAY GENERAL OVANDO")  # the page's own letters
    sent = next(r for r in rows if r.method == "document_metadata")
    assert doc.blocks[sent.block].text == "DATE DISTR: 4 MAY 1965"
    assert sent.sources == ["Central Intelligence Agency"] and sent.targets == ["State", "DIA"]


def test_an_intelligence_cables_copy_sent_on_is_handled_on_its_distribution_day():
    from pipeline.extract.events import extract_events

    doc = cia_crest.parse(_CABLE, 0)
    copy = next(r for r in extract_events(doc) if doc.blocks[r.block].text[r.evidence_start:].startswith("SENT TO"))
    assert (str(copy.start_date), copy.sources, copy.targets) == ("1965-05-04", ["Central Intelligence Agency"], ["Embassy La Paz"])


@pytest.mark.parametrize("masthead", ["DAILY SUMMARY", "WEEKLY SUMMARY", "CURRENT INTELLIGENCE WEEKLY SUMMARY"])
def test_an_issue_of_the_agencys_serial_of_summaries_is_a_bulletin_not_a_report(masthead):
    page = f"""source: https://www.cia.gov/readingroom/document/cia-rdp78-00000a000100010001-1
{masthead}
2 March 1951

SECRET

1. GREECE: Cabinet reshuffled--The US Embassy in Athens reports that the
Prime Minister named three new ministers on 1 March.
"""
    doc = parse_text(page)
    assert doc.title == masthead and doc.document_type == "other"


def test_a_report_titled_so_stays_a_report():
    page = """source: https://www.cia.gov/readingroom/document/cia-rdp78-00000a000100010001-2
REPORT ON THE SITUATION IN GREECE
2 March 1951

The Prime Minister named three new ministers on 1 March.
"""
    assert parse_text(page).document_type == "report"


def test_a_record_with_its_fields_on_one_line_each_and_no_body_label_reads_the_scan_after_them():
    text = """source: https://www.cia.gov/readingroom/document/cia-rdp79-00927a010800040001-8
CIA Reading Room · FOIA Electronic Reading Room
Home › CREST: 25-Year Program Archive › WEEKLY SUMMARY
Document Type: CREST
Collection: General CIA Records
Document Number (FOIA) /ESDN (CREST): CIA-RDP79-00927A010800040001-8
Case Number:
Publication Date: September 13, 1974
Content Type: SUMMARY

Approved For Release 2007/03/02 : CIA-RDP79-00927A010800040001-8
SECRET

WEEKLY SUMMARY
13 September 1974

MOZAMBIQUE: SETTLER REVOLT COLLAPSES

The attempt by white settlers to block the hand-
over of power collapsed on 10 September after three days.
"""
    doc = parse_text(text)
    assert doc.parser == cia_crest.PARSER
    assert str(doc.document_date) == "1974-09-13"
    assert doc.title == "WEEKLY SUMMARY"
    assert any("collapsed on 10 September" in b.text for b in doc.blocks if b.passage_type == "paragraph")


@pytest.mark.parametrize("line, heading", [
    ("CONGO (LEOPOLDVILLE): NEW CABINET", True),  # an issue's item heading in capitals, its place in parentheses
    ("BHUTAN: PREMIER'S MURDER", True),
    ("IRAN: Hostage Talks", True),  # a daily's
    ("ASIA-AFRICA", False),  # the issue's section over the item
])
def test_an_item_heading_in_capitals_or_a_dailys(line, heading):
    assert cia_crest._item_heading(line) is heading


def test_a_field_like_line_down_the_scan_s_text_does_not_move_the_body_s_start():
    # no "Body:" line: the record's fields are the head's lines, not a "File: ..." line further down the scan's text
    text = """source: https://www.cia.gov/readingroom/document/cia-rdp79-00927a010800040001-8
Document Type: CREST
Collection: General CIA Records
Publication Date: September 13, 1974
SECRET
ANGOLA: REBELS TAKE THE STATION
The rebels took the railway station at Luso on 10 September after three days of fighting.
File: 25X1 withheld
The army retook the station later.
"""
    doc = parse_text(text)
    assert doc.parser == cia_crest.PARSER
    assert doc.title == "ANGOLA: REBELS TAKE THE STATION"
    body = " ".join(b.text for b in doc.blocks if b.passage_type == "paragraph")
    assert "took the railway station at Luso" in body
    assert "The army retook the station later." in body
