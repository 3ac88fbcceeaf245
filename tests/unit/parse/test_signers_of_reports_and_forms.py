"""The signer at the foot of a paper that is neither a letter nor a wire (an order, a report, a service return, a log,
a journal, a proclamation), read by the shape of its line whatever the language; and a catalogue's head line set in
columns, read field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.parse import parse_text
from pipeline.parse.model import closes_on_signer_or_day
from pipeline.parse.signature import foot_line_signer
from pipeline.parse.source_note import _archive_initials_name, _columned_head


@pytest.mark.parametrize(("line", "expected"), [
    ("Рэктар універсітэта                                              М. Р. Шаўчук", "М. Р. Шаўчук"),
    ("Инспектор                                                    Б. Сәрсенбаев", "Б. Сәрсенбаев"),
    ("კომისიის თავმჯდომარე                                         ნ. გოგიბერიძე", "ნ. გოგიბერიძე"),
    ("Signed: C. E. Brackenbury, Honorary Secretary          Date: 16.1.76", "C. E. Brackenbury"),
    ("D. Hartley, C.I.O., 3.9.68", "D. Hartley"),
    ("                                                     T. W. Lomax, Governor", "T. W. Lomax"),
    ("R. M. P.", "R. M. P."),
    ("P.J.A. 6.x.57", "P.J.A."),
    # a clerk's check, a reader's visa, an acknowledgement, a sentence naming an officer: no signature
    ("Зверана: І. Янушкевіч, 13.05.86", None),
    ("Seen. R.v.d.R.W. 7/10", None),
    ("Танысып шықтым: С. Ахметов. 23.II.89", None),
    ("Загад даведзены да ведама студэнтаў фізфака 14 мая. Дэкан П. Бародзіч", None),
    ("Payment to crew authorised — A.W.P. 23.1.76", None),
    # a note's mark, a country's initials, a distribution list under its label: no signer
    ("P.S.", None),
    ("N.B.", None),
    ("U.S.", None),
    ("Distribution        J. Smith", None),
])
def test_foot_line_signer(line, expected):
    found = foot_line_signer(line)
    assert (found[0] if found else None) == expected


def test_a_declaration_signed_side_by_side_names_no_sender_nor_the_attestation_under_it():
    page = next((Path(__file__).parents[2] / "fixtures" / "probes_events91").glob("9206_*.txt"))
    assert parse_text(page.read_text(encoding="utf-8")).sender_names == []  # not the consul who attests it under them


def test_post_in_capitals_over_the_name():
    doc = parse_text("source: https://example.org/bandos/4\nB A N D O\n\nHAGO SABER: Que queda prohibida la entrada en la"
                     " zona.\n\nCuevas del Almanzora, 20 de enero de 1966.\nEL ALCALDE,\nAntonio Flores Soler\n")
    assert doc.sender_names == ["Antonio Flores Soler"]


def test_a_heading_in_capitals_over_a_heading_in_capitals_is_no_signature():
    doc = parse_text("source: https://example.org/bulletins/9\nCENTRAL INTELLIGENCE AGENCY\n\nThe situation is calm."
                     "\n\nOFFICE OF CURRENT INTELLIGENCE\nCURRENT INTELLIGENCE WEEKLY SUMMARY\n")
    assert doc.sender_names != ["Current Intelligence Weekly Summary"]


def test_catalogue_line_in_columns():
    head = ["The National Archives › Discovery › HO 376",
            "Reference: HO 376/214, f. 36     Held by: The National Archives, Kew     Closed until 2019; open"]
    assert _columned_head(head) == {
        "Reference: HO 376/214, f. 36 Held by: The National Archives, Kew Closed until 2019; open":
        "Reference: HO 376/214, f. 36 · Held by: The National Archives, Kew · Closed until 2019; open"}


def test_catalogue_holder_beside_the_mark_in_columns():
    doc = parse_text("source: https://discovery.example.org/details/r/C1\nThe National Archives › Discovery › PCOM 9\n"
                     "Reference: PCOM 9/2419, pp. 211-212     Held by: The National Archives, Kew\n"
                     "Description: Wormwood Scrubs: Governor's Journal (extract)\n\nGOVERNOR'S JOURNAL\n\n1400 Governor off duty.\n")
    assert [(c["archive"], c["folios"]) for c in doc.citations] == [("The National Archives, Kew", "211-212")]


@pytest.mark.parametrize(("piece", "expected"), [("სეა", True), ("ARDA", True), ("ÖStA", True), ("Archive", False), ("ab", False),
                                                  ("وزارة", False), ("档案", False), ("סודי", False)])
def test_archive_short_name_in_a_script_without_capitals(piece, expected):
    assert _archive_initials_name(piece) is expected


@pytest.mark.parametrize(("line", "day", "expected"), [
    ("Загад даведзены да ведама студэнтаў фізфака 14 мая. Дэкан П. Бародзіч", None, True),
    ("Ikusia, 1968-VIII-10. J. U., Gardianoa", None, True),
    ("თბილისი, 1989 წლის 18 ოქტომბერი", "1989 წლის 18 ოქტომბერი", True),
    ("and the delegation then left for the airport where the", None, False),
    ("The Minister said that he would consult Mr. J.", None, False),
    ("J. Carrillo", None, True),
    ("the delegation was due to arrive at 10 a.m. yesterday", None, False),
    ("the note was then handed to the U.S. Government", None, False),
    ("and they were met by Washington D.C. officials", None, False),
    ("which the others, i.e. the", None, False),
    ("Бо акт шинос шудам: раиси колхоз Р. Назаров", None, True),  # a post in small letters after a label's colon
    ("and the sum was then paid: to the new clerk J. Smith", None, False),  # more words than a post's after the colon
])
def test_a_paper_closing_on_its_signer_or_its_date_line_is_not_cut(line, day, expected):
    assert closes_on_signer_or_day(line, day) is expected
