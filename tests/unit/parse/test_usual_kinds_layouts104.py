"""Layouts of the usual kinds read after batch 104's first sight, each on a page written for these tests: a record's
banner over the meeting's own heading, a signal head whose date-time group gives no month, a reading room's banner
naming its host, a signer's day and name on one foot line, a Chinese head naming two bodies, a cable addressed to its
minister by his office and an honorific."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.normalize.text import decode
from pipeline.parse.headings import _furniture, book_imprint, is_site_head, trail_book
from pipeline.seed import parse_text


def _parse(text: str):
    return parse_text(decode(text.encode())[0])


_CONCLUSIONS = """source: https://www.example-archives.org/cabinet/1977-21
Example National Archives › Cabinet Office › Conclusions of Cabinet, 1977
Reference: CAB 1/1977/21   |   Access: open

SECRET
{banner}
{registry}Conclusions of a Meeting of the Cabinet held at the Cabinet Office, Queen Street, on Tuesday, 8th March, 1977, at 10.00 a.m.

Present:
The Hon. A. B. Carter, Prime Minister (in the Chair)
The Hon. C. D. Evans, Minister of Finance

1. THE STRIKE AT THE PORT
The Prime Minister informed Cabinet that the dockers had stopped work on Monday morning.
Cabinet noted the report.

The meeting ended at 11.40 a.m.

F. G. HARRIS
Secretary to the Cabinet
10th March, 1977
"""


@pytest.mark.parametrize(("banner", "registry"), [
    ("CABINET CONCLUSIONS", ""),
    ("CABINET CONCLUSIONS", "C.M. (77) 21st Meeting\n"),
    ("REPUBLIC OF EXAMPLE\nCOUNCIL OF MINISTERS\nCONCLUSIONS", ""),
])
def test_a_records_banner_gives_way_to_the_meetings_own_heading_which_dates_it(banner, registry):
    doc = _parse(_CONCLUSIONS.format(banner=banner, registry=registry))
    assert doc.title.startswith("Conclusions of a Meeting of the Cabinet held at the Cabinet Office")
    assert doc.document_type == "minutes"
    assert doc.document_date == date(1977, 3, 8)  # the meeting's day, not the secretary's signature's (10 March)


_SIGNAL = """source: https://discovery.example-archives.uk/details/r/C1
The Example Archives › Discovery › FCO 8 › Border incident
Reference: FCO 8/1001
Description: Border incident at the frontier post, May 1974: telegrams from Doha
Date: 14 May 1974 - 30 May 1974
Held by: The Example Archives

CONFIDENTIAL
FM DOHA 161130Z
TO IMMEDIATE FCO
TELEGRAM NUMBER 88 OF 16 MAY

1. THE FOREIGN MINISTER TOLD ME THIS MORNING THAT THE FRONTIER POST HAD BEEN RETAKEN.

2. I SAID I WOULD REPORT AT ONCE.

HENDERSON

DISTRIBUTION
ARABIAN DEPT
DEFENCE DEPT
"""


def test_a_date_time_group_with_no_month_takes_the_catalogues_and_the_signer_stands_over_the_distribution():
    doc = _parse(_SIGNAL)
    assert doc.title == "Border incident at the frontier post, May 1974: telegrams from Doha"
    assert doc.document_date == date(1974, 5, 16)  # the group's day in the month of the catalogue's span
    assert doc.recipient_names == ["Foreign and Commonwealth Office"]
    assert [n.casefold() for n in doc.sender_names] == ["henderson"]  # not "DEFENCE DEPT", the last of the list


@pytest.mark.parametrize(("line", "expected"), [
    ("CIA FOIA (foia.cia.gov) › Reading Room › CIA-RDP79-00927A011900040001-6", True),  # the site named by its host
    ("Google Books", True),
    ("Chad: Fighting in the Capital", False),
])
def test_a_banner_naming_its_site_by_its_host_is_the_sites(line, expected):
    assert is_site_head(line) is expected


_RU_FOOT = """source: https://docs.example.ru/nodes/1
Главная › Документы › 1986
Шифротелеграмма посольства СССР о положении в стране
26 февраля 1986 г.

ШИФРОТЕЛЕГРАММА
Из Манилы

МИД СССР

1. Вчера вечером президент покинул дворец.

Прошу указаний.

26.II.86  В. ИВАНОВ

Расшифровал: Петров 26.II.86
"""


def test_a_signers_day_and_name_on_one_foot_line_sign_the_cable():
    doc = _parse(_RU_FOOT)
    assert [n.casefold() for n in doc.sender_names] == ["в. иванов"]


_CS_CABLE = """source: https://digitalarchive.example.org/document/ciphered-telegram-1
Example Digital Archive › Collections › Sudan
Ciphered Telegram from the Polish Embassy in Khartoum to the Ministry of Foreign Affairs, Warsaw
October 31, 1964
Citation: "Ciphered Telegram from the Polish Embassy in Khartoum to the Ministry of Foreign Affairs, Warsaw," October 31, 1964, History and Public Policy Program Digital Archive, Archive of the Ministry of Foreign Affairs, Warsaw, TO-T 1960-1964, kart. 3.

CIPHERED TELEGRAM No. 8814
Dispatched: Khartoum, 31. 10. 1964, 13.20
Received: Warsaw, 31. 10. 1964, 17.45

To Minister Comrade A. Rapacki

1. Yesterday evening the general appointed a new Prime Minister.

Kučera
"""


def test_a_cable_addressed_to_its_minister_by_office_and_honorific_names_the_man():
    assert _parse(_CS_CABLE).recipient_names == ["Adam Rapacki"]


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_trail_books"].items()))
def test_a_trail_closing_on_a_page_names_the_book_before_it(line, expected):
    assert trail_book(line) == expected


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_book_imprints"].items()))
def test_a_books_imprint_line_is_told(line, expected):
    assert book_imprint(line) is expected


_BOOK = """source: https://books.example.com/books?id=1&pg=PA173
Google Books › The Last War: A History, 1947-1948 › Page 173
Jane Doe · Example University Press, 2019 · ISBN 9780199487651
About this book  |  Buy eBook  |  Preview

                                   THE POLICE ACTION                                   173

On the evening of 12 September 1948 the delegation was told that London would not press for an early debate.
The columns crossed the border at four o'clock the next morning.
"""


def test_a_book_page_under_its_trail_and_imprint_is_titled_by_the_book():
    assert _parse(_BOOK).title == "The Last War: A History, 1947-1948"


_LETTER = """source: https://www.example-library.gov/archives/head-of-state-files/1
Example Presidential Library › Archives › Digitized Textual Material
Head of State File, Peru: President Belaunde (8190142), Box 27
Download PDF (4 pages)

Lima, 4 February 1981

His Excellency
Ronald Reagan
President of the United States of America
Washington, D.C.

Dear Mr. President:

I write to you about a grave matter which touches the peace of the hemisphere.

With the assurance of my highest consideration,

Fernando Belaúnde Terry
President of the Republic of Peru
"""


def test_an_address_block_closing_on_a_citys_abbreviation_names_the_letters_addressee():
    doc = _parse(_LETTER)
    assert doc.recipient_names == ["Ronald Reagan"]
