"""Chinese chronicles (年谱) and telegrams: a chronicle's entries dated by the year its title writes, spans of days,
a time of day opening a sentence, a request after a report, a day alone in the message's month, a month of the year
before in a message of a later month: each with other names, dates and word orders than the pages they were found on
(tests/fixtures/probes_events5)."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text
from pipeline.parse.model import Block, ParsedDocument

DAY = date(1953, 2, 10)


def _rows(text: str, document_type: str = "telegram") -> list[tuple[str, date | None, date | None, str]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=document_type, document_date=DAY,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="zh")],
                         sender_names=["Peng Dehuai"], recipient_names=["Mao Zedong"])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, e.date_kind) for e in extract_events(doc)]


CHRONICLE = """source: http://example.org/nianpu/1962/03.html
朱德年谱（1962年3月）
3月2日 率代表团离京赴河内。当日抵达河内，受到胡志明等到机场迎接。
3月4日 上午，参观工厂。晚，出席越南政府举行的宴会。
3月6日至9日 同越方领导人多次会谈。
本月中下旬 审阅有关访问的报告稿。
"""


def test_a_chronicle_of_one_month_dates_its_entries_by_the_year_its_title_writes():
    doc = parse_text(CHRONICLE)
    assert doc.document_type == "book_pages" and doc.title == "朱德年谱（1962年3月）"
    rows = [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]
    assert any("当日抵达河内" in ev and start == end == date(1962, 3, 2) for ev, start, end in rows)
    assert any("晚，出席越南政府" in ev and start == end == date(1962, 3, 4) for ev, start, end in rows)
    assert any("同越方领导人" in ev and (start, end) == (date(1962, 3, 6), date(1962, 3, 9)) for ev, start, end in rows)
    assert any("审阅" in ev and (start, end) == (date(1962, 3, 11), date(1962, 3, 31)) for ev, start, end in rows)


def test_a_request_after_a_report_in_one_sentence_is_the_writers_act_on_the_messages_day():
    rows = _rows("（三）部队伤亡已达三千余人，请速调补兵员两万名。")
    assert any(ev.startswith("请速调补") and start == end == DAY for ev, start, end, _ in rows)
    assert any("已达三千余人" in ev and not ev.endswith("。") for ev, *_ in rows)


def test_a_day_alone_in_a_point_is_of_the_messages_month():
    rows = _rows("（二）昨（九）日与金日成同志会商，同意各军主力自本月十五日起转入休整。")
    assert any(start == end == date(1953, 2, 9) for _, start, end, _ in rows)


def test_a_month_far_after_the_messages_is_of_the_year_before():
    rows = _rows("十二月二十日敌军已撤出开城。")
    assert any(start == date(1952, 12, 20) for _, start, _, _ in rows)


EVENTS_CHRONICLE = """source: http://example.org/dashiji/1969.html
中苏关系大事记（1969年3月）
2日 苏联边防军在珍宝岛同中国边防部队发生武装冲突。
15日至17日 双方在珍宝岛再次发生冲突。
是月 北京举行大规模群众示威。
下旬 苏联政府致函中国政府，建议恢复边界谈判。
"""


def test_a_chronicle_of_events_dates_its_days_alone_and_thirds_by_the_month_its_title_writes():
    doc = parse_text(EVENTS_CHRONICLE)
    rows = {doc.blocks[e.block].text[:3]: (e.start_date, e.end_date) for e in extract_events(doc)}
    assert rows["2日 "] == (date(1969, 3, 2), date(1969, 3, 2))
    assert rows["15日"] == (date(1969, 3, 15), date(1969, 3, 17))
    assert rows["是月 "] == (date(1969, 3, 1), date(1969, 3, 31))
    assert rows["下旬 "] == (date(1969, 3, 21), date(1969, 3, 31))


CHRONICLE_2 = """source: http://example.org/nianpu/1964/10.html
贺龙年谱（一九六四年十月）
十日 率中国代表团抵达河内。在机场发表讲话，表示中越友谊牢不可破。
十二日 会见胡志明。胡志明表示将尽快答复。
十四日 率代表团回到北京，周恩来、陈毅等到机场迎接。
本月 在北京主持军事会议。
"""


def test_a_chronicle_entrys_later_sentences_are_of_its_day_and_its_month_alone_of_the_title():
    doc = parse_text(CHRONICLE_2)
    rows = [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, e.sources) for e in extract_events(doc)]
    assert any(ev.startswith("在机场发表讲话") and start == end == date(1964, 10, 10) for ev, start, end, _ in rows), rows
    assert any(ev.startswith("胡志明表示") and start == end == date(1964, 10, 12) and src == ["Ho Chi Minh"] for ev, start, end, src in rows), rows
    assert any(ev.startswith("周恩来、陈毅等") and start == date(1964, 10, 14) and src == ["Zhou Enlai", "Chen Yi"] for ev, start, _, src in rows), rows
    assert any(ev.startswith("十四日 率代表团") and src == ["He Long", "Chinese delegation"] for ev, _, _, src in rows), rows
    assert any(ev.startswith("本月") and (start, end) == (date(1964, 10, 1), date(1964, 10, 31)) for ev, start, end, _ in rows), rows


def test_a_bulletins_groups_keep_the_pages_words_and_its_reports_are_rows():
    text = "一、据我驻缅甸使馆报告，六月三日，仰光学生冲击我使馆。二、日前，缅甸当局下令关闭华侨学校。"
    rows = [(text[e.evidence_start: e.evidence_end], e.end_date, e.date_kind, e.sources) for e in
            extract_events(ParsedDocument(parser="test/1", source_type="archival_record", document_type="bulletin", document_date=DAY,
                                          document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="zh")],
                                          sender_names=["外交部办公厅"]))]
    assert any(src == ["中国驻缅甸使馆"] and kind == "upper_bound" and end == DAY for _, end, kind, src in rows), rows
    assert any(src == ["缅甸当局"] for *_, src in rows), rows
