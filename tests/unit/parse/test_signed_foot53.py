"""The foot of a translated report or telegram: the place and day it was written at in the order of its language (the
year first in Hungarian, "Budapest, 1957. március 4."), the signer's plain name and his office under it in lower case
as a translation keeps it; and a Chinese telegram whose page closes on the edition's line of the archive's file. Such a
page is whole, and the signer is its writer. Pages written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.normalize.dates import find_dates
from pipeline.parse import parse_text
from pipeline.parse.headings import capture_is_cut
from pipeline.parse.model import closes_message

_REPORT = """source: https://digitalarchive.wilsoncenter.org/document/report-hungarian-embassy-in-conakry
Report, Hungarian Embassy in Conakry on the Party Congress

Embassy of the Hungarian People's Republic
Conakry

Subject: The congress of the party

The congress opened on Monday in the presence of the president. The delegates of the socialist countries were seated in the first rows.

In my opinion the congress changed nothing in the country's foreign policy.

{date_line}

{name}
{office}
"""


@pytest.mark.parametrize("titled", ["Ing. Gyula Kovács", "Dr. Gyula Kovács", "JUDr. Gyula Kovács"])
def test_a_degree_before_the_signer_s_name_is_no_part_of_it(titled):
    doc = parse_text(_REPORT.format(date_line="Conakry, 28 September 1963", name=titled, office="Ambassador of the ČSSR"))
    assert doc.sender_names == ["Gyula Kovács"]


@pytest.mark.parametrize(("date_line", "name", "office", "day"), [
    ("Conakry, 1963. szeptember 28.", "Gyula Kovács", "ambassador", date(1963, 9, 28)),
    ("Conakry, 1963. szeptember 28.", "Gyula Kovács", "chargé d'affaires", date(1963, 9, 28)),
    ("Conakry, 28 September 1963", "Gyula Kovács", "Ambassador", date(1963, 9, 28)),
])
def test_a_report_signed_by_a_plain_name_over_his_office_is_whole_and_his(date_line, name, office, day):
    doc = parse_text(_REPORT.format(date_line=date_line, name=name, office=office))
    assert doc.has_cut_end is False
    assert doc.sender_names == [name]
    assert doc.document_date == day


@pytest.mark.parametrize(("text", "day"), [
    ("Budapest, 1957. március 4.", date(1957, 3, 4)),
    ("Készült 1961. december 12-én.", date(1961, 12, 12)),
    ("Moszkva, 1964. október 16", date(1964, 10, 16)),
])
def test_the_year_first_order_reads_its_day(text, day):
    assert find_dates(text)[0].start_date == day


def test_an_english_sentence_after_a_year_is_no_year_first_date():
    assert [d.text for d in find_dates("The war ended in 1945. May 8 was a holiday.")][-1] == "May 8"


def test_a_date_line_with_the_signer_and_his_office_under_it_closes_the_message():
    assert closes_message(["We shall report further.", "Bamako, 1968. november 23.", "Ferenc Bartha", "ambassador"])
    assert not closes_message(["We shall report further.", "Bamako, 1968. november 23.", "the delegation then left for"])


@pytest.mark.parametrize("last", [
    "根据外交部档案馆所藏文件整理，档号108-00521-03，第1—2页",
    "外交部档案馆，档号107-00041-05",
])
def test_a_chinese_page_closing_on_the_editions_archive_line_is_not_cut(last):
    page = f"驻某国使馆关于断交的电报\n\n外交部：\n\n今晨我馆已开始销毁文件。\n\n请示：人员拟回国，当否，请即复。\n\n驻某国使馆\n\n{last}\n"
    assert not capture_is_cut(page)
    assert capture_is_cut(page.rstrip() + "\n\n今晨我馆已开始销毁文")


@pytest.mark.parametrize("published", [
    "Опубликовано: Россия и Южная Азия. Документы и материалы. М., 2008. С. 312–314.",
    "Опубл.: Советско-индийские отношения. 1947–1977. Документы и материалы. М., 1982.",
])
def test_the_editions_published_line_under_the_archives_leaves_the_signer_read(published):
    page = ("source: https://www.istmat.org/node/1\nДокладная записка посольства СССР в Индии о положении в стране\n\n"
            "Секретно\n\nПо данным посольства, за месяц боёв погибло не менее 1200 человек.\n\n"
            "Посол СССР в Индии\n\nН. М. ПЕГОВ\n\n«22» IV 1971 г.\n\n"
            f"РГАНИ. Ф. 5. Оп. 63. Д. 587. Л. 45–49. Подлинник.\n\n{published}\n")
    doc = parse_text(page)
    assert doc.signature is not None and doc.signature.name == "Н. М. ПЕГОВ"


@pytest.mark.parametrize(("last", "cut"), [
    ("2020-06-1", True), ("2019-0", True), ("2020-06-18", False), ("1971", False), ("2019-07", False),
])
def test_a_catalogue_fields_iso_date_cut_short_closes_a_cut_capture(last, cut):
    page = f"Record of Conversation\n\nThe conversation was held in a cold atmosphere.\n\nOriginal Uploaded Date\n{last}\n"
    assert capture_is_cut(page) is cut
