"""A body a Chinese page names in quote marks as it tells of its founding ("宣布成立“……委员会”"): a name of its own, so the
event of its founding names no body the gazetteer knows by a piece of it (the People's Liberation Army inside "……解放军事
委员会"). A composed page of the kind, with another state, days and words than the page it was found on."""

from pipeline.extract.events import extract_events
from pipeline.extract.mentions import find_mentions
from pipeline.parse import parse_text

CABLE = """source: http://example.org/zh/document/zhu-duoge-shiguan-dianbao-1967
驻多哥大使馆关于多哥政变的电报

外交部：

一、十三日凌晨，一批军官发动政变。当天上午，洛美电台宣布成立“民族和解委员会”，由上校任主席。

二、昨天，人民解放军代表团离开洛美回国。

驻多哥大使馆
一九六七年一月十五日
"""


def test_a_quoted_bodys_name_holds_no_other_bodys_name():
    assert find_mentions("电台宣布成立“全国人民解放军事委员会”。") == []
    assert "People's Liberation Army" in [m.entity.name for m in find_mentions("人民解放军代表团离开洛美。")]


def test_the_founding_of_a_quoted_body_is_not_told_of_the_army_named_inside_it():
    doc = parse_text(CABLE.replace("民族和解委员会", "民族解放军事委员会"))
    actors = {n for e in extract_events(doc) for n in (*e.sources, *e.targets)
              if doc.blocks[e.block].text[e.evidence_start: e.evidence_end].startswith("当天上午")}
    assert "People's Liberation Army" not in actors
