"""Source notes: an edition's "Source: <archive>, ..." line gives a document its citations (the language files' examples_source_notes run in tests/unit/normalize/test_lexicon.py)."""

from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.model import Block, ParsedDocument
from pipeline.parse.source_note import read_source_notes


def _doc(*texts: str) -> ParsedDocument:
    doc = ParsedDocument(parser="generic/1", source_type="archival_record")
    doc.blocks = [Block("paragraph", 0, len(t), t) for t in texts]
    return doc


def test_ibid_with_a_file_cites_the_same_archive_and_a_bare_ibid_adds_nothing():
    doc = _doc(
        "1. Source: National Archives, Nixon Presidential Materials, Kissinger Telephone Conversations, Box 23.",
        "2. At 11:10 a.m., Kissinger called Dobrynin back. (Ibid.) Dobrynin gave the Secretary a copy. (Ibid., Kissinger Office Files, Box 69)",
    )
    read_source_notes(doc)
    assert [c["archive"] for c in doc.citations] == ["National Archives", "National Archives"]
    assert doc.citations[1]["text"] == "Ibid., Kissinger Office Files, Box 69"


def test_a_parser_s_own_citation_is_kept():
    doc = _doc("Source: National Archives, Record Group 59.")
    doc.citations = [{"archive": "RGASPI", "fond": "558", "text": "RGASPI, f. 558"}]
    read_source_notes(doc)
    assert [c["archive"] for c in doc.citations] == ["RGASPI"]


def test_a_page_of_an_edition_gets_its_citation_from_the_note_under_the_text():
    page = ("source: https://books.example.org/masterpieces/352\n"
            "Record of a telephone conversation between M.S. Gorbachev and G. Bush, January 23, 1989\n\n"
            "1Bush: I would like to mention with appreciation that you were very generous.\n\n"
            "2Gorbachev: Thank you.\n\n"
            "3[Source: Archive of the Gorbachev Foundation, Fond 1. Opis 1. Translated by Svetlana Savranskaya.]\n")
    (citation,) = parse_text(page).citations
    assert (citation["archive"], citation["fond"], citation["opis"]) == ("Archive of the Gorbachev Foundation", "1", "1")


def test_a_bracketed_note_inside_a_run_on_passage_is_found():
    doc = _doc("5Conversation recorded by V. Sukhodrev. 6[Source: Archive of the Gorbachev Foundation, Fond 1. Opis 1.] Le texte seul est utilisable.")
    read_source_notes(doc)
    assert [(c["archive"], c["fond"]) for c in doc.citations] == [("Archive of the Gorbachev Foundation", "1")]


def test_a_fond_numbered_before_its_letter_is_read_whole():
    from pipeline.parse.citation import parse_citations

    cited = parse_citations("TsDA, f. 1-B, op. 34, a.e. 118, l. 7-9.")  # the Bulgarian party's fond, "1-B"
    assert [(c["fond"], c["opis"], c["delo"], c["folios"]) for c in cited] == [("1-B", "34", "118", "7-9")]
    assert [c["fond"] for c in parse_citations("GARF, f. R-9401, op. 2, d. 64, l. 3.")] == ["R-9401"]  # a letter before


def test_a_film_number_glued_to_its_letter_is_no_papka():
    from pipeline.parse.citation import parse_parts

    assert parse_parts("RG 59, Central Foreign Policy Files, P740089–1234.")["papka"] is None
    assert parse_parts("AVP RF, f. 0102, op. 42, p. 180, d. 7, l. 3.")["papka"] == "180"
    assert parse_parts("RGANI, f.5, op.30, d.116, l.12")["delo"] == "116"


def test_a_body_s_own_file_cited_by_number_and_folio_names_the_body_and_its_seat_as_keeper():
    doc = _doc("Yours sincerely,", "Source: Ministry of External Affairs, Colombo, file EA/12/1971, folio 7.")
    read_source_notes(doc)
    assert [(c["archive"], c["folios"]) for c in doc.citations] == [("Ministry of External Affairs, Colombo", "7")]


def test_a_department_s_central_files_stay_a_file_number_not_a_keeper_s_file():
    doc = _doc("Source: Department of State, Central Files, 761.00/10-3162. Secret.")
    read_source_notes(doc)
    assert doc.citations == []


def test_a_site_s_trail_of_pages_is_no_citation_and_the_source_note_is():
    text = ("source: https://aad.archives.gov/aad/createpdf?rid=1\nTELEGRAM - Gaborone 0412 - Botswana: Khama Reelected\n\n"
            "National Archives Access to Archival Databases / Central Foreign Policy Files, 1973-76 / POL 15 BOTS\n\n"
            "TELEGRAM\nDepartment of State\n\nFROM: Amembassy GABORONE\nTO: Secstate WASHDC\n\n"
            "1. President Khama was reelected yesterday by the National Assembly.\n\nNORLAND\n\n"
            "Source: National Archives, RG 59, Central Files 1973-76, POL 15 BOTS. Confidential.\n")
    doc = parse_text(text)
    assert doc.title == "TELEGRAM - Gaborone 0412 - Botswana: Khama Reelected"  # the kind alone under it is no heading of it
    assert [c["archive"] for c in doc.citations] == ["National Archives"]
    assert doc.citations[0]["text"].startswith("National Archives, RG 59")


import pytest  # noqa: E402

from pipeline.normalize.lexicon import LANGUAGES, lexicon  # noqa: E402
from pipeline.parse.source_note import head_mark_citation  # noqa: E402

_CATALOGUE_HEADS = [(lines, expected) for lang in LANGUAGES for lines, expected in (lexicon(lang).get("examples_catalogue_head") or {}).items()]


@pytest.mark.parametrize(("lines", "expected"), _CATALOGUE_HEADS)
def test_an_archives_name_over_the_items_mark_at_the_head_is_its_citation(lines, expected):
    cited = head_mark_citation(lines.split(" / ", 1))
    if expected is None:
        assert cited == []
    else:
        assert len(cited) == 1 and {k: cited[0].get(k) for k in expected} == {k: str(v) for k, v in expected.items()}


def test_a_catalogue_head_in_two_lines_cites_the_archive_as_the_page_writes_it_and_is_no_title():
    doc = parse_text("source: https://example.org/r/1\nThe National Archives, Kew\nFCO 32/2143\n\nCONFIDENTIAL\n"
                     "Telegram from Suva to the Foreign Office\n\nThe Governor-General this morning declared a state of emergency.\n")
    assert [(c["archive"], c["text"]) for c in doc.citations] == [("The National Archives, Kew", "FCO 32/2143")]
    assert doc.title not in ("The National Archives, Kew", "FCO 32/2143")


@pytest.mark.parametrize(("notes", "archives"), list((lexicon("en").get("examples_cited_ibid_notes") or {}).items()))
def test_a_books_ibid_note_cites_the_archive_of_the_note_before(notes, archives):
    from pipeline.parse.source_note import book_footnote_citations

    assert [c["archive"] for c in book_footnote_citations(notes.split(" / "))] == archives


def test_a_footnote_citing_a_series_piece_with_its_registry_paper_number():
    """A book's note that cites the national archive's series piece and the registry's paper number after it ("...,
    TNA, FO 371/70495, C 4991."): the archive is read, as for the piece alone ("..., TNA, FCO 8/1422.")."""
    from pipeline.parse.source_note import footnote_citations

    for note in ("8. Robertson to Foreign Office, tel. 1409, 24 June 1948, TNA, FO 371/70495, C 4991.",
                 "4 Gore-Booth to Home, 3 May 1961, TNA, FO 371/123, N 1234/1/38.",
                 "3 Watson to Stewart, 12 March 1969, TNA, FCO 8/1422."):
        assert [c["archive"] for c in footnote_citations(note)] == ["TNA"], note


def test_a_sites_one_line_citation_field_cites_the_archive_after_the_collection():
    """A site's citation string on its label's line, the quoted title and its date, the collection, then the archive
    ('Citation: "Ciphered Telegram from ...," August 3, 1982, Wilson Center Digital Archive, Hungarian National Archives
    (MNL OL), ...'): the archive after the collection; a line whose value is no quoted title cites nothing so."""
    from pipeline.parse.source_note import quoted_citation_value

    line = ('Citation: "Record of Conversation between the Hungarian Ambassador and President Juan José Torres," June 11, '
            "1971, History and Public Policy Program Digital Archive, MNL OL, XIX-J-1-j, Bolívia, 1971, 14. doboz, "
            "71-1/e/1971. Translated by Péter Vámos.")
    doc = parse_text("source: https://example.invalid/item/1\nSome Archive Site\n" + line + "\n\nThe ambassador was received today.\n")
    assert [c["archive"] for c in doc.citations] == ["MNL OL"]
    assert quoted_citation_value("Citation: NAA: A1838, 169/10/1 PART 14") is None
