"""Diaries and journals whose entries are headed by their day with its day of the week or the weather ("四月二十六日　星期一",
"Monday, 5 April 1968", "5 апреля 1968 г., понедельник"), the year on the first entry only: each heading dates the
sentences under it until the next, its weekday is the day's own (no relative day), and the entry's times of day and
relative days count from it. An intelligence daily's dateline with its weekday ("Friday 28 December 1979") dates the
issue, its item headings ("AFGHANISTAN: Soviet Coup") stand apart from the items' text, and the items' relative days
count from the issue's day."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.context import day_alone
from pipeline.normalize.dates import find_relative
from pipeline.parse import parse_text
from pipeline.parse.cia_crest import _is_heading
from pipeline.parse.model import Block, ParsedDocument, dated_line
from pipeline.parse.parties import read_diary_heading
from tests.unit.extract.papers import paper


def _diary(title: str, lines: list[str], language: str, day: date) -> ParsedDocument:
    return paper(lines, kind="diary_entry", day=day, language=language, title=title, title_block=True)


@pytest.mark.parametrize(("line", "year", "heading"), [
    ("一九六〇年七月二日　星期六　晴", 1960, True),
    ("七月五日　星期二", 1960, True),
    ("七月八日（星期五）阴", 1960, True),
    ("Monday, 4 July 1960", 1960, True),
    ("6 July 1960 (Wednesday)", 1960, True),
    ("5 июля 1960 г., вторник", 1960, True),
    ("七月五日会谈在北京举行", 1960, False),
    ("On Monday, 4 July 1960 we left", 1960, False),
])
def test_a_day_heading_may_carry_its_weekday_and_weather(line, year, heading):
    assert day_alone(line, year) is heading


def test_a_chinese_diary_dates_each_entry_by_its_heading_the_year_carried():
    doc = _diary("某代表团访苏日记", [
        "一九六〇年七月二日　星期六　晴",
        "上午十时，代表团抵达莫斯科，苏方派人到机场迎接。",
        "七月五日　星期二",
        "下午双方举行第一次会谈。昨晚代表团观看了芭蕾舞。",
        "七月八日　星期五",
        "代表团今天参观了工厂。晚上主席设宴招待代表团。",
    ], "zh", date(1960, 7, 2))
    rows = extract_events(doc)
    assert not [e for e in rows if e.block in (1, 3, 5)], "a heading's weekday is no act of a day before it"
    days = {doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:6]: e.start_date for e in rows}
    assert days.get("上午十时，代") == date(1960, 7, 2), days
    assert days.get("下午双方举行") == date(1960, 7, 5), days
    assert days.get("昨晚代表团观") == date(1960, 7, 4), days
    assert days.get("代表团今天参") == date(1960, 7, 8), days
    assert days.get("晚上主席设宴") == date(1960, 7, 8), days


def test_an_english_journal_with_weekday_headings_counts_the_day_before_from_the_entry():
    doc = _diary("From the Journal of the Ambassador", [
        "Monday, 4 July 1960",
        "I called on the Foreign Minister at his request and we discussed the trade agreement at length.",
        "Wednesday, 6 July 1960",
        "Khrushchev received me and told me that the day before he had met with the Finnish ambassador.",
    ], "en", date(1960, 7, 4))
    rows = extract_events(doc)
    assert not [e for e in rows if e.block in (1, 3)], rows
    told = sorted((e.evidence_start, e.start_date) for e in rows if e.block == 4)
    assert told[0] == (0, date(1960, 7, 6)), told  # the talk, on the entry's day
    assert any(day == date(1960, 7, 5) for at, day in told[1:]), told  # his own meeting, the day before


@pytest.mark.parametrize(("text", "opens"), [
    ("下午三时，代表团抵达日内瓦。", True),
    ("上午九时半，双方继续会谈。", True),
    ("晚上总理设宴招待代表团。", True),
    ("晚饭后主席召集会议。", True),
    ("下午三时的会议取消了。", False),
    ("晚会在北京举行。", False),
])
def test_a_time_of_day_opening_a_chinese_sentence_is_of_the_day_given_last(text, opens):
    assert bool(find_relative(text)) is opens


@pytest.mark.parametrize(("title", "sender"), [
    ("师哲日内瓦会议日记（摘录）", ["Shi Zhe"]),
    ("周恩来日记", ["Zhou Enlai"]),
    ("使馆工作日记", []),
])
def test_a_chinese_diary_title_opening_with_a_name_names_its_diarist(title, sender):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", blocks=[Block("title", 0, len(title), title)])
    read_diary_heading(doc)
    assert doc.sender_names == sender


@pytest.mark.parametrize(("line", "day"), [
    ("Friday 28 December 1979", date(1979, 12, 28)),
    ("Monday, 3 March 1980", date(1980, 3, 3)),
    ("Told on 28 December 1979", None),
])
def test_a_dateline_may_open_with_its_weekday(line, day):
    found = dated_line(line)
    assert (found.start_date if found else None) == day


@pytest.mark.parametrize(("line", "heading"), [
    ("AFGHANISTAN: Soviet Coup", True),
    ("IRAN: Hostage Talks", True),
    ("USSR-CHINA: Border Talks Resume", True),
    ("POLAND: Workers of the Stalin locomotive", False),
    ("Comment: Karmal, who had been in exile in", False),
    ("SUBJECT: Meeting with Ambassador Thompson", False),  # a memorandum's subject line, no item's heading
    ("USSR: Talks with Ambassador Thompson on Berlin Ac-", False),  # a word broken at the line's end: the text goes on
])
def test_a_dailys_item_heading_stands_apart(line, heading):
    assert _is_heading(line) is heading


DAILY = """source: https://www.cia.gov/readingroom/document/example-daily
Approved For Release 2008/01/01 : CIA-RDP00T00000R000000000000-0
Top Secret

NATIONAL INTELLIGENCE DAILY
Tuesday 3 June 1980

LEBANON: Clashes in Beirut

Militia units clashed in west Beirut last
night, and the cabinet met this morning in
emergency session.

The Prime Minister said on Sunday that he
would resign if the fighting went on.

Approved For Release 2008/01/01 : CIA-RDP00T00000R000000000000-0
"""


def test_a_daily_is_dated_by_its_weekday_dateline_and_its_items_count_from_it():
    doc = parse_text(DAILY)
    assert doc.document_date == date(1980, 6, 3)
    assert any(b.text == "LEBANON: Clashes in Beirut" and b.passage_type == "heading" for b in doc.blocks)
    days = {doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:14]: e.start_date for e in extract_events(doc)}
    assert days.get("Militia units ") == date(1980, 6, 2), days
    assert days.get("The Prime Mini") == date(1980, 6, 1), days
