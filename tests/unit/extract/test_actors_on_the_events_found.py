"""Who acts in the rows a page gives: a group's name keeps its people and head noun, not the word of order before them
("the first Soviet specialists"); a paragraph of minutes that opens with a member who "pointed out that" or "reported
that" is his turn, though the gazetteer lacks him; and a party's body is the body of the party the page names ("LCY
Presidium", "阿劳动党中央"), not the party itself or the writer's party's body."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.document_act import narrated_speaker
from pipeline.normalize.names import lookup
from pipeline.parse.model import Block, ParsedDocument


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ("Comrade Axen pointed out that the ANC had not been consulted.", "Hermann Axen"),
    ("Comrade Wendler reported that the deliveries had stopped in October.", "Wendler"),
    ("Mr. Oberholt pointed out that the loan had not been repaid.", "Oberholt"),
    ("General Vornfeld said that the brigade was ready.", None),
])
def test_a_member_who_points_something_out_takes_his_own_turn(paragraph, speaker):
    assert narrated_speaker(paragraph, "en") == speaker


def test_the_first_specialists_are_the_specialists():
    doc = ParsedDocument(parser="test/1", source_type="book_excerpt", document_type="book pages", document_date=None,
                         blocks=[Block("paragraph", 0, 80, "The first Soviet specialists arrived in Conakry on 3 May 1960.", language="en")])
    names = {n for e in extract_events(doc) for n in e.sources + e.targets}
    assert "Soviet specialists" in names and "first Soviet specialists" not in names, names


def test_a_partys_body_is_that_partys():
    assert lookup("LCY Presidium").name == "Presidium of the League of Communists of Yugoslavia"
    assert lookup("Yugoslav Central Committee").name == "Central Committee of the League of Communists of Yugoslavia"
    assert lookup("阿劳动党中央").name == "Central Committee of the Party of Labour of Albania"
    assert lookup("CC of the Albanian Party of Labour").name == "Central Committee of the Party of Labour of Albania"
    assert lookup("Iosif Stalin").name == "Joseph Stalin"


def test_a_place_listed_after_another_is_no_actor():
    text = "The Pathet Lao have stepped up their activity in Sam Neua and Phong Saly since last week."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="report", document_date=date(1960, 8, 23),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    names = {n for e in extract_events(doc) for n in e.sources + e.targets}
    assert "Pathet Lao" in names and "Phong Saly" not in names, names


def test_a_chinese_telegrams_bare_foreign_ministry_is_chinas():
    text = "外交部于十一月五日电告使馆，铁路专家组已经出发。"
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1971, 11, 6),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="zh")])
    names = {n for e in extract_events(doc) for n in e.sources + e.targets}
    assert "外交部" not in names, names
    assert "Ministry of Foreign Affairs of the People's Republic of China" in names, names
