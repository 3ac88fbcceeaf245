"""A dated act told in a clause another reports, or opening its own sentence, by a group the gazetteer lacks: the
group as written is its actor ("the Guinean security services uncovered a plot"), not the one who tells of it."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, day: date) -> list[tuple[list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                         document_date=date(1961, 12, 20), document_date_precision="day", sender_names=["K. Shterev"],
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(list(e.sources), list(e.targets)) for e in extract_events(doc) if e.start_date == day]


@pytest.mark.parametrize(("text", "group"), [
    ("Nasser stated that on 11 December the Egyptian security services uncovered a plot.", "Egyptian security services"),
    ("On 11 December Soviet submarines left the base at Vlorë.", "Soviet submarines"),
    ("Kennedy said that the Soviet fleet had sailed on 11 December.", "Soviet fleet"),
])
def test_the_group_that_acts_is_the_clauses_actor(text, group):
    rows = _rows(text, date(1961, 12, 11))
    assert rows and all(s == [group] for s, _ in rows), rows


def _zh_rows(text: str) -> list[tuple[list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                         document_date=date(1961, 12, 20), document_date_precision="day", sender_names=["K. Shterev"],
                         blocks=[Block("paragraph", 0, len(text), text, language="zh")])
    return [(list(e.sources), list(e.targets)) for e in extract_events(doc) if e.method == "dated_sentence"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("陈毅副总理补充说，中国政府已于一月决定向坦桑尼亚提供贷款。", "Chen Yi"),
    ("周恩来总理指出：苏联政府已于十一月撤回了专家。", "Zhou Enlai"),
    ("刘少奇主席表示，印度政府十二月十一日拒绝了这个建议。", "Liu Shaoqi"),
])
def test_a_chinese_saying_before_its_comma_leaves_the_reported_act_to_its_subject(text, speaker):
    rows = _zh_rows(text)
    assert rows and all(speaker not in s + t and s for s, t in rows), rows


def test_the_speakers_we_after_the_comma_keeps_the_act_his():
    rows = _zh_rows("周恩来总理说，我们十一日同意了这个建议。")
    assert rows and all(s == ["Zhou Enlai"] for s, _ in rows), rows
