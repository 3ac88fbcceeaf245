"""Papers dated only at their foot: the archive's site page of an undated record (its title over "Skip to content", no
date line, the paper's place and day under its last paragraph, the signer under them, then the site's "Document
Information" block), a Soviet ciphered telegram signed by the ambassador's surname in capitals, and the year an
undated paper's relative days are read in. Pages written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events.context import document_context
from pipeline.parse import parse_text

_SITE_RECORD = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-polish-ambassador-kerekou-1977
Record of Conversation between the Polish Ambassador and Mathieu Kérékou

Skip to content

The Polish ambassador reports on his audience with the President of Benin about the mercenary attack on Cotonou.

Embassy of the Polish People's Republic
Lagos

Secret

On 2 February I was received by President Mathieu Kérékou at the Presidency in Cotonou. The audience lasted an hour.

Kérékou said that the mercenaries who landed at the airport two weeks ago had come from Gabon, and that he had asked the United Nations to send a mission.

Cotonou, 4 February 1977

Tadeusz Wiśniewski
ambassador

Document Information
Source
Archiwum Ministerstwa Spraw Zagranicznych (AMSZ), Departament V, 1977, z. 12/80, w. 3. Translated by Anna Nowak.
Type
Record of Conversation
Language
Polish
"""

_SITE_LETTER = """source: https://digitalarchive.wilsoncenter.org/document/letter-modibo-keita-nkrumah-1961
Letter from Modibo Keïta to Kwame Nkrumah

Skip to content

The President of Mali thanks Nkrumah for the meeting at Bamako and proposes a common bank.

Dear Brother,

I thank you once more for the talks which we held in Bamako last week. My ministers have examined the proposals on the common bank and will send their answer before the end of the month.

With fraternal greetings,

Modibo Keïta
President of the Republic of Mali

Bamako, 20th February, 1961

Document Information
Source
National Archives of Ghana, Accra, SC/BAA/120. Obtained by Kofi Mensah.
Type
Letter
Language
English
"""

_RU_CIPHER = """Шифртелеграмма посла СССР в Гвинее о положении в Конакри, 3 мая 1962 г.

Совершенно секретно

ШИФРТЕЛЕГРАММА

Из Конакри

Вчера президент Секу Туре принял меня и сообщил, что французские банки отказали гвинейским торговцам в кредитах.

Он просил ускорить поставку грузовиков. Я сказал, что доложу об этом в Москву.

СОЛОД

АВП РФ. Ф. 0575. Оп. 5. П. 3. Д. 8. Л. 14.
"""


def test_an_undated_site_record_is_dated_and_signed_at_its_foot():
    doc = parse_text(_SITE_RECORD)
    assert doc.title == "Record of Conversation between the Polish Ambassador and Mathieu Kérékou"
    assert doc.document_date == date(1977, 2, 4)
    assert doc.sender_names == ["Tadeusz Wiśniewski"]
    assert not doc.has_cut_end  # the page closes on the site's information block, not mid-text
    assert not any("Document Information" in b.text for b in doc.blocks)


def test_an_undated_site_letter_takes_its_foot_line_with_an_ordinal_day():
    doc = parse_text(_SITE_LETTER)
    assert doc.document_date == date(1961, 2, 20)
    assert doc.document_type == "letter"
    assert not doc.has_cut_end


def test_a_ciphered_telegram_is_sent_by_the_surname_signed_under_it():
    doc = parse_text(_RU_CIPHER)
    assert doc.sender_names == ["Солод"]


def test_a_surname_in_capitals_signs_no_paper_but_a_wire():
    doc = parse_text(_RU_CIPHER.replace("Шифртелеграмма", "Справка").replace("ШИФРТЕЛЕГРАММА", "СПРАВКА"))
    assert doc.sender_names != ["Солод"]


def test_an_undated_record_reads_its_days_in_its_citations_year_not_in_a_year_its_text_tells():
    page = _SITE_RECORD.replace("Cotonou, 4 February 1977\n", "").replace(
        "The audience lasted an hour.", "The audience lasted an hour. The coup of October 1972 was recalled."
    )
    doc = parse_text(page)
    assert doc.document_date is None
    assert document_context(doc).year == 1977  # the file's year in the archive, not the coup's


def test_an_undated_letter_takes_no_year_from_its_text():
    page = _SITE_LETTER.replace("Bamako, 20th February, 1961\n", "").replace(
        "last week.", "last week, as in September 1960."
    ).replace("SC/BAA/120", "SC/BAA/120, 1960-1962")
    doc = parse_text(page)
    assert document_context(doc).year is None


_LETTER = """Letter from the Governor of the Northern Region to the Prime Minister

Dear Prime Minister,

I write to report that the strike in the tin mines ended yesterday after the workers accepted the new rates. The police withdrew from the mine compound on Tuesday and the roads are open again.

Yours sincerely,

A. B. Mensah

Tenkodogo, 17. VI. 1976
"""


def test_a_foot_line_with_a_spaced_roman_month_dates_the_letter():
    assert parse_text(_LETTER).document_date == date(1976, 6, 17)
