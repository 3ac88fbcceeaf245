"""Chinese messages and records: what is being done now ("现正"), a request made now ("请将……报告"), a decision on a
gathering to come ("决定于……召开") and a plan a speaker states ("明天将"): each with paraphrases in other names, dates
and word orders than the pages they were found on (tests/fixtures/probes_events2, probes_events3)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument

DAY = date(1957, 11, 6)


def _rows(text: str, document_type: str = "telegram") -> list[tuple[str, date | None, date | None, str]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=document_type, document_date=DAY,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="zh")])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, e.date_kind) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "clause"), [
    ("（三）苏方专家组上周到达兰州，现正进行勘察。", "现正进行勘察"),
    ("越南代表团昨日抵达广州，目前正在参观工厂。", "目前正在参观工厂"),
    ("刘主席现正准备访问东南亚。", "刘主席现正准备访问东南亚"),
])
def test_what_is_being_done_now_happens_on_the_day_the_text_speaks_from(text, clause):
    assert any(clause in evidence and start == end == DAY for evidence, start, end, _ in _rows(text))


def test_preparing_now_is_no_plan_and_a_visit_is_no_saying():
    rows = _rows("陈毅副总理现正准备访问柬埔寨。")
    assert rows and all(kind != "undated" for *_, kind in rows)


@pytest.mark.parametrize("text", [
    "请将筹备情况于十日前报告。",
    "请于本月二十日以前将名单电告。",
    "请将谈判进展情况于十五日前电告中央。",
])
def test_a_request_the_message_makes_is_made_on_its_day(text):
    assert any(start == end == DAY and kind == "exact" for _, start, end, kind in _rows(text))


@pytest.mark.parametrize(("text", "plan"), [
    ("（一）中央决定于十一月下旬召开工作会议，讨论明年计划问题；", "于十一月下旬召开工作会议"),
    ("政治局决定在北京举行会谈，讨论边界问题。", "在北京举行会谈"),
    ("国务院决定本月十五日召开会议。", "本月十五日召开会议"),
])
def test_a_decision_on_a_gathering_is_taken_by_the_day_and_the_gathering_is_a_plan(text, plan):
    rows = _rows(text)
    assert any(start is None and end == DAY and kind == "upper_bound" for _, start, end, kind in rows), rows
    assert any(evidence.startswith(plan) and kind == "undated" for evidence, _, _, kind in rows), rows


@pytest.mark.parametrize(("text", "plan"), [
    ("周总理：欢迎。\n布托表示，他明天将去上海参观，然后回国。", "他明天将去上海参观"),
    ("周总理：欢迎。\n苏班德里约说，他明日将离京赴广州。", "他明日将离京赴广州"),
])
def test_a_plan_a_speaker_states_in_his_turn_is_its_own_undated_row(text, plan):
    rows = _rows(text, "record_of_conversation")
    assert any(evidence.startswith(plan) and kind == "undated" for evidence, _, _, kind in rows), rows


@pytest.mark.parametrize(("text", "language", "day"), [
    ("THE PRESIDENT: What have you got?\nRUSK: I've already told Mansfield.", "en", date(1964, 8, 4)),
    ("KENNEDY: Good morning.\nGROMYKO: We have already sent the note to Bonn.", "en", date(1961, 8, 17)),
    ("周总理：欢迎。\n陈毅：我们已经通知驻开罗大使馆做好准备。", "zh", date(1963, 3, 4)),
])
def test_a_turn_that_says_its_act_is_done_already_tells_an_act_before_the_meeting(text, language, day):
    first, second = text.split("\n")
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation", document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(first), first, language=language),
                                                                Block("paragraph", len(first) + 1, len(text), second, language=language)])
    rows = [(e.start_date, e.end_date, e.date_kind) for e in extract_events(doc)]
    assert (None, day, "upper_bound") in rows, rows
