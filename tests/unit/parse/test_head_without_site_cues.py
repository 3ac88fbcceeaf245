"""A page's fields come from its own structure when the cues a site usually gives are missing or wrong: a repository's
name printed over the document (a user's copy of a page from another archive's site) is the site's furniture, never
the title; a page copied without its ``source:`` line is still read by its layout; a head set in capitals reads as
it does in small letters."""

from __future__ import annotations

import pytest

from pipeline.normalize.capitals import heading_case
from pipeline.normalize.dates import find_dates
from pipeline.normalize.lexicon import lexicon
from pipeline.parse import parse_text
from pipeline.parse.headings import _furniture, blanked_interface, is_repository_line


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_repository_lines"].items()))
def test_a_line_naming_only_a_repository_is_told(line, expected):
    assert is_repository_line(line) is expected


LETTER = """source: https://example.org/records/4411
{header}
12 March 1963

Letter from the High Commissioner in Canberra to the Commonwealth Relations Office

Sir,

I have the honour to report that the Prime Minister received me this morning and spoke of the defence talks.

I am, Sir, your obedient Servant,
J. Wright
"""


@pytest.mark.parametrize(
    "header",
    [
        "National Archives of Australia\nRecordSearch\n",
        "Nationaal Archief\nZoeken\nMenu\n",
        "Library and Archives Canada\nSkip to main content\nSearch\n",
        "Politisches Archiv des Auswärtigen Amts\nSuche\n",
        "MARGARET THATCHER FOUNDATION\nHome\n",
    ],
)
def test_a_repositorys_name_over_the_page_is_not_its_title(header):
    plain = parse_text(LETTER.format(header=""))
    headed = parse_text(LETTER.format(header=header))
    assert plain.title == "Letter from the High Commissioner in Canberra to the Commonwealth Relations Office"
    assert (headed.title, headed.document_date, headed.document_type, headed.sender_names, headed.recipient_names) == (
        plain.title, plain.document_date, plain.document_type, plain.sender_names, plain.recipient_names)


def test_a_repositorys_name_lower_down_is_left_as_it_is():
    text = LETTER.format(header="") + "\nSource\nNational Archives of Australia\n"
    assert blanked_interface(text)[0] == text


def test_an_office_over_the_page_is_kept():
    text = LETTER.format(header="Ministry of Foreign Affairs\n")
    assert blanked_interface(text)[0] == text


FRUS_TELEGRAM = """source: https://history.state.gov/historicaldocuments/frus1964-68v99/d301
Historical Documents - Office of the Historian

Foreign Relations of the United States, 1964–1968, Volume XCIX, Southern Europe

301. Telegram From the Embassy in Portugal to the Department of State1

Lisbon, June 3, 1966, 5 p.m.

2210. The Foreign Minister told me this afternoon that the government would not renew the base agreement before autumn.

Bennett

1 Source: National Archives and Records Administration, RG 59, Central Files 1964–66, DEF 15 PORT–US. Secret.
"""

FRUS_MEMCON = """301. Memorandum of Conversation1

Washington, June 3, 1966, 11 a.m.

SUBJECT
Base Rights in the Azores

The Secretary said that the United States valued the Azores base above any other in the Atlantic.

1 Source: Department of State, Central Files, DEF 15 PORT–US. Confidential. Drafted by R. Jones.
"""

CIA_SCAN = """source: https://www.cia.gov/readingroom/document/cia-rdp79t00975a009900010002-1
Approved For Release 2004/05/12 : CIA-RDP79T00975A009900010002-1

SECRET

CENTRAL INTELLIGENCE AGENCY
Directorate of Intelligence

3 May 1967

INTELLIGENCE MEMORANDUM

Ruritania: The Army Takes Power

1. Army units seized the radio station and the palace early this morning and announced that the cabinet had
been dismissed.
"""


def _without_source_line(text: str) -> str:
    return text.split("\n", 1)[1] if text.startswith("source:") else text


def _all_fields(doc) -> tuple:
    return (doc.title, doc.document_date, doc.document_type, doc.sender_names, doc.recipient_names, doc.parser)


@pytest.mark.parametrize("page", [FRUS_TELEGRAM, CIA_SCAN])
def test_a_page_copied_without_its_address_is_read_by_its_layout(page):
    assert _all_fields(parse_text(_without_source_line(page))) == _all_fields(parse_text(page))


def test_a_frus_telegram_without_its_address_keeps_its_parties():
    doc = parse_text(_without_source_line(FRUS_TELEGRAM))
    assert doc.title == "Telegram From the Embassy in Portugal to the Department of State"
    assert doc.sender_names == ["Bennett"]  # the ambassador who signs it
    assert [name.removeprefix("United States ") for name in doc.recipient_names] == ["Department of State"]  # no "State1"


def test_a_frus_heading_over_a_source_note_without_its_full_stop_is_the_editions():
    doc = parse_text(FRUS_MEMCON)
    assert doc.title == "Memorandum of Conversation" and doc.document_type == "record_of_conversation"


def test_a_cia_scan_without_its_address_is_the_agencys():
    doc = parse_text(_without_source_line(CIA_SCAN))
    assert doc.title == "Ruritania: The Army Takes Power" and doc.sender_names == ["Central Intelligence Agency"]


WCDA_RECORD = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-hungarian-embassy-lagos
March 4, 1967
Ciphered Telegram from the Hungarian Embassy in Lagos

Skip to content

The embassy reports on the talks between the federal government and the eastern region.

Ciphered telegram No. 88
Sent from Lagos 4.3.67 at 16:00

1. The head of the federal government met the eastern governor yesterday in Aburi. Both sides agreed to renounce force.

2. Our sources say that the agreement will not hold beyond the rainy season.

Kovács

Document Information
Source
Hungarian National Archives (MNL OL), XIX-J-1-j, Nigeria, 1967, box 12, 00312/1967.
Type
Telegram
Language
Hungarian
"""


def test_a_wilson_center_record_without_its_address_is_read_by_its_fields_block():
    with_address, bare = parse_text(WCDA_RECORD), parse_text(_without_source_line(WCDA_RECORD))
    assert bare.parser == with_address.parser and bare.has_cut_end is with_address.has_cut_end is False
    assert _all_fields(bare) == _all_fields(with_address)


@pytest.mark.parametrize(("heading", "expected"), list(lexicon("en")["examples_heading_case"].items()))
def test_a_heading_in_capitals_is_read_in_a_headings_case(heading, expected):
    assert heading_case(heading) == expected


def test_a_frus_heading_in_capitals_names_its_parties_as_printed():
    lines = FRUS_TELEGRAM.split("\n")
    lines[5] = lines[5].upper()  # "301. TELEGRAM FROM THE EMBASSY IN PORTUGAL TO THE DEPARTMENT OF STATE1"
    capitals, printed = parse_text("\n".join(lines).replace("\nBennett\n", "\nBENNETT\n")), parse_text(FRUS_TELEGRAM)
    assert capitals.sender_names == printed.sender_names == ["Bennett"]
    assert capitals.recipient_names == printed.recipient_names


@pytest.mark.parametrize("line", ["DAKAR, NOVEMBER 27TH, 1970", "Dakar, November 27th, 1970", "THE 27TH NOVEMBER 1970"])
def test_a_date_line_in_capitals_with_an_ordinal_day_is_read(line):
    assert [(d.start_date.isoformat(), d.precision) for d in find_dates(line)] == [("1970-11-27", "day")]
