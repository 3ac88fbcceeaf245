"""An embassy's report titled by the day of the events it reports ("Информация посольства ... о событиях 9 августа 1960
г.", "Report of the Embassy ... on the Events of 9 August 1960") and signed at its foot some days later, over the
edition's archive and publication lines: the paper is of the day it was signed, and its "yesterday" counts from that
day. Pages written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text
from pipeline.parse.headings import closing_day

_RU = """source: https://www.istmat.org/node/00000
Информация посольства СССР в Лаосе о событиях 9 августа 1960 г.

СЕКРЕТНО

МИД СССР
Отдел Юго-Восточной Азии

9 августа капитан Конг Ле занял столицу и объявил о смещении правительства. Утром того же дня министры находились в Луангпхабанге.

Вчера Конг Ле принял послов Франции и Англии.

Посол СССР в Лаосе
А. АБРАМОВ
12 августа 1960 г.

АВП РФ. Ф. 0570. Оп. 6. П. 12. Д. 3. Л. 40–41. Подлинник.

Опубл.: Советско-лаосские отношения. 1955–1975. Документы и материалы. М., 1990. С. 50–51.
"""

_RU_RECORD = """source: https://www.istmat.org/node/00001
Запись беседы с премьер-министром Суванна Фумой 9 августа 1960 г.

Суванна Фума принял меня в своей резиденции. Он сказал, что правительство будет сформировано вскоре.

Посол СССР в Лаосе
А. АБРАМОВ
12 августа 1960 г.

Опубл.: Советско-лаосские отношения. 1955–1975. Документы и материалы. М., 1990. С. 52–53.
"""


def test_a_report_titled_by_the_events_day_is_of_the_day_it_was_signed():
    doc = parse_text(_RU)
    assert doc.document_date == date(1960, 8, 12)


def test_a_record_titled_by_its_talk_keeps_the_talk_day():
    assert parse_text(_RU_RECORD).document_date == date(1960, 8, 9)


@pytest.mark.parametrize("page", [_RU, _RU_RECORD])
def test_the_publication_line_under_the_archive_line_is_no_closing_line(page):
    assert closing_day(parse_text(page)) is not None and closing_day(parse_text(page)).start_date == date(1960, 8, 12)


def test_yesterday_and_the_same_day_in_such_a_report():
    doc = parse_text(_RU)
    rows = {doc.blocks[e.block].text[e.evidence_start:e.evidence_end][:12]: e.start_date for e in extract_events(doc)}
    assert rows.get("Вчера Конг Л") == date(1960, 8, 11)  # the day before the signing, not before the events' day
    assert rows.get("Утром того ж") == date(1960, 8, 9)  # the morning of the day the sentence before names
