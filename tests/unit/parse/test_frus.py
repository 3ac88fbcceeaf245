"""FRUS documents (history.state.gov): each test names the quirk it covers."""

import re

import pytest

from pipeline.parse import frus, parse_text
from pipeline.parse.model import block_text_matches
from tests.conftest import FIXTURES

DEV = FIXTURES / "dev"

URL = "source: https://history.state.gov/historicaldocuments/frus1951v07p1/d468\n"
PAGE = (
    URL
    + "Lot 55D128: Black Book, Tab 107: Telegram\n\n"
    + "The Commander in Chief, Far East (Ridgway)1 to the Joint Chiefs of Staff\n\n"
    + "Tokyo, 26 July 1951—9 p.m.\n\n"
    + "secret\nflash\n\n"
    + "CX–67670. Subject: Armistice Negotiations.\n\n"
    + "Part 1:\n\n"
    + "We are discussing an agenda, a general framework [Page 725] within which discussions can evolve.\n\n"
    + "The meeting closed at 1500K.\n\n"
    + "[Ridgway]\n\n"
    + "1. Repeated to the Secretary of State.\n"
)


def _parse(text=PAGE):
    return text, parse_text(text)


def test_file_line_first_is_detected_and_names_the_kind():
    _, doc = _parse()
    assert doc.parser == frus.PARSER
    assert doc.document_type == "telegram"
    assert doc.citation_text == "Lot 55D128: Black Book, Tab 107"
    assert doc.collection == "Foreign Relations of the United States"


def test_record_id_comes_from_the_url():
    _, doc = _parse()
    assert doc.record_id == "frus1951v07p1/d468"


def test_heading_names_sender_by_surname_in_brackets_and_the_recipient_office():
    _, doc = _parse()
    assert doc.title == "The Commander in Chief, Far East (Ridgway) to the Joint Chiefs of Staff"
    assert doc.sender_names == ["Matthew B. Ridgway"]
    assert doc.recipient_names == ["Joint Chiefs of Staff"]


def test_footnote_number_glued_to_the_bracket_is_cut_out_and_kept():
    text, doc = _parse()
    title = doc.blocks[doc.title_block]
    assert title.footnote_numbers == [1]
    assert "Ridgway)1" in text[title.start:title.end]
    assert block_text_matches(text, title)


def test_place_and_date_line_gives_sent_from_and_date():
    _, doc = _parse()
    assert doc.sent_from == "Tokyo"
    assert str(doc.document_date) == "1951-07-26"
    assert doc.document_date_precision == "day"


def test_classification_and_precedence_lines_are_header_passages():
    _, doc = _parse()
    lines = {b.text: (b.passage_type, b.section_type) for b in doc.blocks}
    assert lines["secret"] == lines["flash"] == ("header", "header")
    assert lines["CX–67670. Subject: Armistice Negotiations."] == ("header", "header")


def test_inline_page_marker_leaves_the_text_but_the_offsets_span_it():
    text, doc = _parse()
    block = next(b for b in doc.blocks if "framework" in b.text)
    assert "[Page" not in block.text
    assert "framework within which" in block.text
    assert "[Page 725]" in text[block.start:block.end]
    assert block_text_matches(text, block)


def test_text_before_the_first_page_marker_is_on_the_page_before():
    _, doc = _parse()
    pages = {b.text[:12]: b.book_page for b in doc.blocks if b.section_type != "header"}
    assert pages["We are discu"] == 724
    assert pages["The meeting "] == 725


def test_footnote_at_the_end_is_a_trailer_with_its_number():
    _, doc = _parse()
    note = doc.blocks[-1]
    assert (note.passage_type, note.section_type, note.footnote_numbers) == ("trailer", "trailer", [1])


def test_bracketed_surname_closing_the_text_is_the_signature():
    _, doc = _parse()
    assert next(b for b in doc.blocks if b.text == "[Ridgway]").passage_type == "signature"


def test_no_date_line_takes_the_volume_year_from_the_url_with_a_warning():
    text = URL + "Lot 55D128: Black Book, Tab 107: Telegram\n\nThe Commander (Ridgway) to the Joint Chiefs of Staff\n\nMeeting on 25 July opened at 1100K.\n"
    doc = parse_text(text)
    assert (str(doc.document_date), doc.document_date_precision) == ("1951-01-01", "year")
    assert doc.document_date_text == "frus1951v07p1"
    assert any("volume" in w for w in doc.warnings)


def test_no_date_line_and_no_url_leaves_the_date_unknown():
    doc = parse_text("Lot 55D128: Black Book, Tab 107: Telegram\n\nThe Commander (Ridgway) to the Joint Chiefs of Staff\n\nText [Page 3] here.\n")
    assert doc.parser == frus.PARSER
    assert doc.document_date is None
    assert any("unknown" in w for w in doc.warnings)


def test_detected_by_layout_without_the_url():
    assert frus.looks_like("795.00/7–2551: Telegram\n\nThe Ambassador in Korea (Muccio) to the Secretary of State\n")
    assert not frus.looks_like("Citation:\nSummary:\n")


def test_page_marker_on_a_line_of_its_own_turns_the_page_and_is_no_passage():
    text = URL + "Lot 55D128: Black Book, Tab 107: Telegram\n\nThe Commander (Ridgway) to the Joint Chiefs of Staff\n\nFirst paragraph.\n\n[Page 726]\n\nSecond paragraph.\n"
    doc = parse_text(text)
    body = [b for b in doc.blocks if b.section_type == "body"]
    assert [(b.text, b.book_page) for b in body] == [("First paragraph.", 725), ("Second paragraph.", 726)]


def test_a_time_of_day_keeps_its_minutes_though_a_footnote_number_may_follow_a_colon():
    _, doc = _parse(PAGE.replace("The meeting closed at 1500K.", "At 11:10 a.m., the Secretary called back.2"))
    (block,) = [b for b in doc.blocks if "called back" in b.text]
    assert block.text == "At 11:10 a.m., the Secretary called back." and block.footnote_numbers == [2]


def test_a_transcript_without_a_date_line_is_dated_by_the_signed_letter_read_out_in_it():
    page = ("source: https://history.state.gov/historicaldocuments/frus1969-76v25/d209\n"
            "209. Transcript of Telephone Conversation Between Secretary of State Kissinger and the Soviet Ambassador (Dobrynin)1\n\n"
            "K: Hello Anatol.\n\nD: I received a short message from Brezhnev to the President. “Dear Mr. President: the events become dangerous.\n\n"
            "Sincerely, L. Brezhnev, October 19, 1973”\n\nK: Right. A letter of yours, dated October 2, 1973, is here too.\n")
    doc = parse_text(page)
    assert str(doc.document_date) == "1973-10-19" and doc.document_date_precision == "day"
    assert doc.warnings == ["no date line in the text: the date is the signed closing's, 'October 19, 1973'"]


def test_a_copy_that_lost_its_blank_lines_keeps_its_paragraphs_and_list_items():
    text = (DEV / "149_frus-1981-88v06-d181-memcon-reagan-gorbachev-luncheon-1988-12.txt").read_text(encoding="utf-8")
    joined = text.partition("\n")[0] + "\n" + re.sub(r"\n\s*\n+", "\n", text.partition("\n")[2])
    as_captured, copied = parse_text(text), parse_text(joined)
    assert [b.text for b in copied.blocks] == [b.text for b in as_captured.blocks]
    attendees = [b.text for b in as_captured.blocks if b.passage_type == "list_item"]
    assert "• Ambassador Jack Matlock" in attendees and "• Pavel Palazhchenko (Interpreter)" in attendees


def test_a_decimal_number_is_not_a_glued_footnote_number():
    page = PAGE.replace("The meeting closed at 1500K.", "The earthquake had registered 7.5. The meeting closed in 1951.2")
    text, doc = _parse(page)
    block = next(b for b in doc.blocks if "earthquake" in b.text)
    assert "registered 7.5." in block.text
    assert block.text.endswith("closed in 1951.")
    assert block.footnote_numbers == [2]


def test_page_markers_are_cut_with_the_white_space_before_them():
    """Every "[Page N]" marker, the spaces (or a non-breaking space, or a line break) before it with it, a marker
    without its number read as text, markers side by side each on its own."""
    from pipeline.parse.frus import _page_marks

    text = "the talks\u00a0 [Page 725] went on [Page x] and\n[Page 726][Page 727] on"
    assert [(text[m.start():m.end()], int(m["page"])) for m in _page_marks(text, 0, len(text))] == [
        ("\u00a0 [Page 725]", 725), ("\n[Page 726]", 726), ("[Page 727]", 727)
    ]
    assert [m.start() for m in _page_marks(text, text.index("[Page 725]"), len(text))][:1] == [text.index("[Page 725]")]


@pytest.mark.parametrize("above", [
    "Historical Documents - Office of the Historian\n\nForeign Relations of the United States, 1958–1960, Volume VII, Part 2\n\n",
    "Office of the Historian\n\n",
    "Foreign Relations of the United States, 1964–1968, Volume XIV, Soviet Union\n\n",
])
def test_the_sites_lines_above_the_numbered_heading_leave_the_heading_and_date_read(above):
    page = ("source: https://history.state.gov/historicaldocuments/frus1958-60v07p2/d214\n" + above
            + "214. Telegram From the Embassy in Italy to the Department of State1\n\nRome, May 22, 1959—6 p.m.\n\n"
            + "4127. Pella told me this morning that the cabinet had decided to accept the squadrons.\n\nZellerbach\n")
    doc = parse_text(page)
    assert (doc.title, str(doc.document_date), doc.document_type) == (
        "Telegram From the Embassy in Italy to the Department of State", "1959-05-22", "telegram")


@pytest.mark.parametrize(("heading", "title"), [
    ("471. Memorandum of Discussion at the 290th Meeting of the National Security Council, Washington, July 12, 1956",
     "Memorandum of Discussion at the 290th Meeting of the National Security Council, Washington, July 12, 1956"),
    ("88. Memorandum of Conversation, Department of State, Washington, March 3, 1961",
     "Memorandum of Conversation, Department of State, Washington, March 3, 1961"),
    ("12. Editorial Note on the Geneva Conference, May 8, 1954",
     "Editorial Note on the Geneva Conference, May 8, 1954"),
])
def test_a_numbered_heading_that_closes_with_its_date_is_the_title(heading, title):
    doc = parse_text("source: https://history.state.gov/historicaldocuments/frus1955-57v15/d471\n"
                     "Historical Documents - Office of the Historian\n"
                     "Foreign Relations of the United States, 1955–1957, Volume XV\n"
                     f"{heading}\nWashington, July 13, 1956.\nThe Council met.\n")
    assert doc.title == title


@pytest.mark.parametrize(("heading", "sender", "recipient"), [
    ("Memorandum From the Deputy Assistant to the President for National Security Affairs (Scowcroft) to President Ford",
     ["Brent Scowcroft"], ["Gerald Ford"]),
    ("Memorandum From the Assistant to the President for National Security Affairs (Kissinger) to President Nixon",
     ["Henry Kissinger"], ["Richard Nixon"]),
    ("Memorandum From Secretary of State Rusk to the Ambassador to the Soviet Union (Thompson)",
     ["Dean Rusk"], ["Thompson"]),
])
def test_an_office_that_holds_to_leaves_the_sender_whole_up_to_his_bracketed_surname(heading, sender, recipient):
    page = ("source: https://history.state.gov/historicaldocuments/frus1969-76v10/d285\n"
            f"285. {heading}1\n\nWashington, May 13, 1975.\n\nThe ship was boarded this morning.\n")
    doc = parse_text(page)
    assert doc.title == heading
    assert (doc.sender_names, doc.recipient_names) == (sender, recipient)
