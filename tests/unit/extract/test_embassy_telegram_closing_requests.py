"""A Chinese embassy telegram that tells the days before it in turn ("三、昨天，……") and closes by asking home for
instructions ("请示国内……", "建议国内……"): the request is the embassy's act on the day it writes, not on the day its story
reached; the embassy acts under the name the page gives it ("驻几内亚大使馆"), the name the document's sender bears too.
A composed page of the kind, with another mission, days and words than the pages it was found on."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

CABLE = """source: http://example.org/zh/document/zhu-jineiya-shiguan-dianbao-1966
驻几内亚大使馆关于几内亚局势的电报

外交部：

一、前天，几内亚政府宣布召回驻加纳大使。

二、昨天，杜尔总统在群众大会上发表讲话，谴责加纳新政权。

三、我们拟于下周二拜会几内亚外长。请示国内对加纳新政权的态度。

四、昨晚，加纳驻几内亚大使被召回。建议国内暂缓答复加纳方面的照会。

驻几内亚大使馆
一九六六年三月四日
"""


def _rows(text: str):
    doc = parse_text(text)
    return doc, [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, list(e.sources))
                 for e in extract_events(doc)]


def _targets(text: str, opening: str) -> list[list[str]]:
    doc = parse_text(text)
    return [list(e.targets) for e in extract_events(doc) if doc.blocks[e.block].text[e.evidence_start:].startswith(opening)]


def test_a_closing_request_for_instructions_is_of_the_telegrams_day_not_of_the_day_told_before():
    _, rows = _rows(CABLE)
    asked = [r for r in rows if r[0].startswith(("请示国内", "建议国内"))]
    assert {r[0][:4] for r in asked} == {"请示国内", "建议国内"}
    assert all(start == end == date(1966, 3, 4) for _, start, end, _ in asked)
    spoke = [r for r in rows if "杜尔总统" in r[0]]
    assert spoke and all(start == date(1966, 3, 3) for _, start, _, _ in spoke)  # the story's own day stays


def test_the_embassy_acts_under_the_name_the_page_and_the_documents_sender_give_it():
    doc, rows = _rows(CABLE)
    asked = [r for r in rows if r[0].startswith("请示国内")]
    assert asked and all(sources == ["驻几内亚大使馆"] for *_, sources in asked)
    assert "Chinese Embassy in Guinea" not in {n for *_, sources in rows for n in sources}


def test_asking_for_instructions_is_aimed_at_the_addressee_advising_home_at_no_one():
    assert _targets(CABLE, "请示国内") == [["外交部"]]  # the addressee as the address line writes it, as the head row does
    assert _targets(CABLE, "建议国内") == [[]]


FORM = """source: http://example.org/zh/document/zhu-malaixiya-shiguan-laidian-1969
驻马来西亚使馆关于吉隆坡局势的来电

外交部并中联部：

发报时间：一九六九年五月十五日十时
收报时间：一九六九年五月十五日十五时二十分

一、十三日晚，吉隆坡发生骚乱，政府宣布全国紧急状态。

二、据马外交部消息，宵禁将延长至十八日。

以上当否，请示。

驻马来西亚使馆
一九六九年五月十五日
"""


def test_a_receipt_line_is_the_ministrys_it_came_home_to_named_as_the_page_names_it():
    doc = parse_text(FORM)
    rows = [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], list(e.sources), list(e.targets)) for e in extract_events(doc)]
    received = [r for r in rows if r[0].startswith("收报时间")]
    assert received and all(sources == ["外交部"] and not targets for _, sources, targets in received)
    told = [r for r in rows if "马外交部" in r[0]]  # a ministry the row's own words name is no addressee: not renamed
    assert all("外交部" not in sources + targets for _, sources, targets in told)
