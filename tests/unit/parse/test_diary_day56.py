"""A record from a diary: its title dates the talk, the date line in its head the diary's entry; the record of one
talk is a record of conversation."""

from pipeline.parse import parse_text

PAGE = """source: https://example.org/archive/diary-record
Из дневника посла СССР в Финляндии. Запись беседы с президентом Финляндии, {talk}

Секретно
{entry}

ЗАПИСЬ БЕСЕДЫ
с президентом Финляндии

Принят президентом в его резиденции по моей просьбе. Президент сказал, что ознакомится с памятной запиской.

Посол СССР в Финляндии
"""


def test_the_entry_written_days_after_the_talk_dates_the_diary_record():
    doc = parse_text(PAGE.format(talk="4 мая 1961 г.", entry="7 мая 1961 г."))
    assert doc.document_type == "record_of_conversation"
    assert str(doc.document_date) == "1961-05-07"


def test_an_entry_of_the_talks_own_day_keeps_it():
    doc = parse_text(PAGE.format(talk="4 мая 1961 г.", entry="4 мая 1961 г."))
    assert str(doc.document_date) == "1961-05-04"


def test_a_date_line_before_the_talk_is_no_entry_of_it():
    doc = parse_text(PAGE.format(talk="4 мая 1961 г.", entry="2 мая 1961 г."))
    assert str(doc.document_date) == "1961-05-04"


def test_a_record_of_conversation_keeps_the_talks_day():
    page = PAGE.format(talk="4 мая 1961 г.", entry="7 мая 1961 г.").replace("Из дневника посла СССР в Финляндии. ", "")
    assert str(parse_text(page).document_date) == "1961-05-04"


# The archive's line over the head, and the registry's marks around the entry's day, above the diary's own heading.
ARCHIVED = """source: https://example.org/archive/diary-record
Из дневника посла СССР в Гвинее. Запись беседы с президентом Гвинеи, 4 мая 1961 г.

Архив внешней политики Российской Федерации | Документы по истории советско-гвинейских отношений

СЕКРЕТНО
Экз. № 2
7 мая 1961 г.
Исх. № 64

ИЗ ДНЕВНИКА
посла СССР в Гвинее

Запись беседы с президентом Гвинеи

Принят президентом в его резиденции по моей просьбе. Президент сказал, что ознакомится с памятной запиской.
"""


def test_the_entry_day_among_the_registry_marks_under_an_archive_line_dates_the_record():
    doc = parse_text(ARCHIVED)
    assert doc.document_type == "record_of_conversation"
    assert str(doc.document_date) == "1961-05-07"
