"""Chinese embassy reports home (驻某国使馆关于……的报告): the bracketed day under the title, the points of the report, the
office and the day signed at its foot. The foot line dates the sending; a topic word of the title ("接触") makes no record
of a talk of it, so a day of the week counts from the report's day; a talk the passage opens with dates the sayings
after it, the writer's own envoy ("我临时代办", "我馆") named in the page's words. Composed pages of the kind, with other
missions, days and words than the pages they were found on (tests/fixtures/probes_events28, probes_events29)."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.context import without_topic
from pipeline.extract.events.passages import page_groups
from pipeline.parse import parse_text

REPORT = """source: http://example.org/zh/document/zhu-mali-shiguan-baogao-1964
驻马里使馆关于同马里政府接触情况的报告

首页 » 档案文献 » 中国与非洲

（一九六四年三月六日）

外交部：

一、上周三，马里外交部副部长召见我临时代办，通报了马方对边界问题的立场。我临时代办表示将及时报告国内。

二、昨天上午，凯塔总统接见我大使，谈话约一小时。凯塔说，马里愿意扩大同中国的贸易。

三、我馆人员均安全。

驻马里使馆
三月六日

外交部档案馆，档号：108-00999-01
"""


def _rows(text: str):
    doc = parse_text(text)
    return doc, [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, e.date_kind,
                  e.event_type, list(e.sources), list(e.targets)) for e in extract_events(doc)]


def test_the_signed_foot_line_dates_the_reports_sending_not_the_bracketed_heading():
    doc, rows = _rows(REPORT)
    assert doc.document_date == date(1964, 3, 6)
    sent = [r for r in rows if r[4] == "message_sent"]
    assert [(ev, start) for ev, start, *_ in sent] == [("三月六日", date(1964, 3, 6))]


def test_a_topic_word_of_the_title_makes_no_record_so_a_weekday_counts_from_the_reports_day():
    assert without_topic("驻马里使馆关于同马里政府接触情况的报告") == "驻马里使馆报告"
    assert without_topic("周恩来同凯塔谈话记录") == "周恩来同凯塔谈话记录"  # a record's own title keeps its word
    _, rows = _rows(REPORT)
    # Friday 6 March 1964: "上周三" is Wednesday 4 March, not a Wednesday before another day the text told
    assert any(ev.startswith("一、上周三") and start == end == date(1964, 3, 4) for ev, start, end, *_ in rows)


def test_the_writers_envoy_answering_at_the_talk_says_it_on_its_day_to_the_one_who_summoned_him():
    _, rows = _rows(REPORT)
    said = [r for r in rows if r[0].startswith("我临时代办表示")]
    assert said and all(start == end == date(1964, 3, 4) and kind == "exact" for _, start, end, kind, *_ in said)
    assert any(sources == ["我临时代办"] and targets == ["马里外交部副部长"] for *_, sources, targets in said)


def test_a_saying_after_a_talk_counted_back_from_the_report_is_of_the_talks_day():
    _, rows = _rows(REPORT)
    assert any(ev.startswith("凯塔说") and start == end == date(1964, 3, 5) and sources == ["Modibo Keïta"]
               for ev, start, end, *_, sources, _ in rows)


def test_the_writers_own_mission_and_envoy_are_named_in_the_pages_words():
    assert [n for _, _, n in page_groups("今晨外长约见我大使，转达了政府的答复。")] == ["我大使"]
    assert [n for _, _, n in page_groups("我馆已将侨民疏散。")] == ["我馆"]
    assert [n for _, _, n in page_groups("我们同意你们的意见。")] == []


COUP = """source: http://example.org/zh/document/zhu-tuoge-shiguan-zhengbian-1967
驻多哥使馆关于多哥政变的报告

（一九六七年一月十六日）

外交部：

一、本月十三日凌晨，以埃亚德马中校为首的军人接管政权，格鲁尼茨基总统出走。

二、昨天，埃亚德马接见各国使节，表示多哥将继续执行友好政策。

驻多哥使馆
一月十六日
"""


def test_a_foreign_officer_the_report_names_by_his_rank_acts_in_its_points_and_by_his_bare_name_later():
    _, rows = _rows(COUP)
    took = next(r for r in rows if r[0].startswith("一、本月十三日"))
    assert took[5][:1] == ["埃亚德马中校"] and "格鲁尼茨基总统" in took[5] + took[6]
    received = next(r for r in rows if "接见各国使节" in r[0])
    assert received[5] == ["埃亚德马"]
