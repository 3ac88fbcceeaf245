"""An issue of the Agency's weekly that prints more than one item is titled by its masthead; the State Department's
files cited where the National Archives keeps them cite that archive; an archive's abbreviation set after its city
stays with its name; the notes of a book page that cite archives in their own language add no language to the page's.
Pages written for these tests."""

from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.citation import repository_citation
from pipeline.seed import _languages

_WEEKLY = """source: https://www.cia.gov/readingroom/document/cia-rdp79-00927a004900010001-3
Approved For Release 2006/03/17 : CIA-RDP79-00927A004900010001-3
SECRET
CURRENT INTELLIGENCE WEEKLY SUMMARY
9 April 1965

TOGO GOVERNMENT SURVIVES PLOT

President Grunitzky's police arrested
a group of officers on Monday who were
said to be planning his overthrow.

The army chief has declared his
loyalty to the government.
{second}
SECRET
Approved For Release 2006/03/17 : CIA-RDP79-00927A004900010001-3
"""

_SECOND_ITEM = """
NIGER: President Diori's government
this week expelled two French advisers
accused of meddling in the elections.
"""

_FRUS = """source: https://history.state.gov/historicaldocuments/frus1964-68v24/d600
Foreign Relations of the United States, 1964–1968, Volume XXIV, Africa
600. Telegram From the Embassy in Togo to the Department of State

Lomé, January 13, 1967, 1030Z.

512. 1. Army officers under Lieutenant Colonel Eyadéma took power this morning. President Grunitzky is at the Palace.

2. Town is quiet. Will report.

Smith

Source: National Archives, RG 59, Central Files 1967–69, POL 23–9 TOGO. Confidential; Immediate. Repeated to Paris.
"""

_BOOK = """source: https://books.openedition.org/iheal/1234
The Officers and the Reform - The Coup of July 1963 - OpenEdition Books
OpenEdition Books
p. 88-89

The Coup of July 1963

The crisis broke on the night of 10 July 1963, when the president was deposed by the armed forces after a dinner at which he had insulted the United States, and a junta of four officers took power in Quito.12 Its first decrees outlawed the Communist Party and sent its leaders into exile; the universities were closed for some weeks and the press was placed under censorship.13

Over the following year the junta's land reform law, promulgated in July 1964, was drafted with the advice of foreign experts, and the officers spoke of "la revolución nacional" in every speech.

Notes

12 Embajada de Francia, despacho n.º 212, 12 de julio de 1963, Archivo Histórico del Ministerio de Relaciones Exteriores, Quito, caja 14.

13 Ministerio de Gobierno, circular reservada n.º 9, 15 de julio de 1963, Archivo Nacional del Ecuador, Quito, fondo Gobierno, caja 3.
"""


def test_a_weekly_issue_of_several_items_is_titled_by_its_masthead():
    assert parse_text(_WEEKLY.format(second=_SECOND_ITEM)).title == "CURRENT INTELLIGENCE WEEKLY SUMMARY"


def test_a_weekly_page_of_one_item_is_titled_by_the_item():
    assert parse_text(_WEEKLY.format(second="")).title == "TOGO GOVERNMENT SURVIVES PLOT"


def test_central_files_kept_at_the_national_archives_cite_that_archive():
    doc = parse_text(_FRUS)
    assert [c["archive"] for c in doc.citations] == ["National Archives"]


def test_central_files_cited_at_the_department_stay_a_file_number():
    doc = parse_text(_FRUS.replace("National Archives, RG 59, Central Files 1967–69, POL 23–9 TOGO", "Department of State, Central Files, 770B.00/1-1367"))
    assert doc.citations == []


def test_an_archive_abbreviated_after_its_city_keeps_city_and_abbreviation():
    cited = repository_citation("Central State Archive, Sofia (TsDA), fond 1-B, opis 64, a.e. 418, l. 12-14.", leading=True)
    assert cited["archive"] == "Central State Archive, Sofia (TsDA)"
    assert cited["fond"] == "fond 1-B"


def test_notes_citing_archives_in_their_language_add_no_language_to_a_book_page():
    assert _languages(parse_text(_BOOK)) == ["en"]
