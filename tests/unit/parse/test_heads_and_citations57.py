"""A scan's title set in capitals over several short lines under an exemption mark ("25X1"); the city after an archive
named in words, before an unlabelled shelf mark, kept with the archive's name."""

import pytest

from pipeline.parse import cia_crest
from pipeline.parse.citation import repository_citation


def test_a_masthead_broken_over_lines_under_an_exemption_mark_is_the_title():
    text = ("Approved For Release 2005/01/10 : CIA-RDP79T00975A012300040001-2\nTOP SECRET\n25X1\nCURRENT\nINTELLIGENCE\n"
            "DIGEST\n14 May 1968\n\nMALI: The army has arrested several ministers after\na quarrel over the budget.\n")
    doc = cia_crest.parse(text, 0)
    assert doc.title == "CURRENT INTELLIGENCE DIGEST"
    assert doc.document_date.isoformat() == "1968-05-14"


def test_the_masthead_stops_at_the_issuing_office():
    text = ("SECRET\n25X1A\nWEEKLY\nREVIEW\nOFFICE OF CURRENT INTELLIGENCE\n3 June 1966\n\n"
            "CONGO: Mobutu has named a new cabinet and dissolved\nthe provincial assemblies.\n")
    assert cia_crest.parse(text, 0).title == "WEEKLY REVIEW"


@pytest.mark.parametrize("mark", ["25X1", "25X1A", "25X6"])
def test_an_exemption_mark_is_a_stamp(mark):
    assert cia_crest._is_stamp(mark)


@pytest.mark.parametrize(("line", "archive"), [
    ("Archive of the Ministry of Foreign Affairs of the Czech Republic, Prague, TO-T 1965-1969, Ghana, box 2, no. 31/67.",
     "Archive of the Ministry of Foreign Affairs of the Czech Republic, Prague"),
    ("Archives of the Ministry of Foreign Affairs, Warsaw, Department VI, 23/80, w. 4.",
     "Archives of the Ministry of Foreign Affairs, Warsaw"),
])
def test_the_city_after_a_worded_archive_belongs_to_its_name(line, archive):
    cited = repository_citation(line, leading=True)
    assert cited is not None and cited["archive"] == archive and cited["text"].startswith(archive)


@pytest.mark.parametrize(("note", "archive"), [
    ("Department of State, Office of the Secretariat Staff, Memcons, 1969. Secret. Drafted by Meyer.", "Department of State"),
    ("Department of Defense, OSD Files, FRC 330 71 A 2896, Cuba 1966. Top Secret.", "Department of Defense"),
    ("Department of State, Central Files, POL 23-9 PERU. Confidential.", None),  # the Department's filing: a file number
])
def test_a_departments_own_files_are_cited_at_the_department(note, archive):
    from pipeline.parse.source_note import _named_archive

    cited = _named_archive(note)
    assert [c["archive"] for c in cited] == ([archive] if archive else [])


@pytest.mark.parametrize("foot", [
    "Pavel Novák\nChargé d'affaires a.i.\n",  # the office under the name
    "Chargé d'affaires a.i.\nPavel Novák\n",  # the office over it
])
def test_a_missions_information_is_signed_by_its_head_whichever_line_holds_his_office(foot):
    from pipeline.parse import parse_text

    page = ("Information from the Czechoslovak Embassy in Accra on the Situation in Ghana\n\nAccra, 3 March 1966\n\n"
            "The army and the police removed President Nkrumah on 24 February while he was on his way to Peking. "
            "The National Liberation Council has dissolved the parliament and the party.\n\n" + foot)
    assert parse_text(page).sender_names == ["Pavel Novák"]
