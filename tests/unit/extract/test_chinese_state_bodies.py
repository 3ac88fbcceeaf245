"""A state's own body written against it in a Chinese text ("印度军队", "埃及政府", "英国海军", "中国边防部队"): the actor is
that body, named with the state's English adjective, not the state itself; the army's commander written after it
("陆军司令") is a person's office, no act of the army. Composed telegrams of the kind, with other states and days than
the pages they were found on."""

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import clause_names
from pipeline.parse import parse_text

TELEGRAM = """source: http://example.org/zh/document/zhu-niboer-shiguan-dianbao-1965
驻尼泊尔使馆关于边境局势的电报

（一九六五年九月九日）

外交部：

一、七日凌晨，巴基斯坦军队越过停火线，向克什米尔方向推进。

二、昨天，尼泊尔政府宣布保持中立。

驻尼泊尔使馆
九月九日
"""


def _actors(text: str) -> list[tuple[str, list[str]]]:
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], [*e.sources, *e.targets]) for e in extract_events(doc)]


def test_an_army_or_a_government_written_against_its_state_acts_as_that_body():
    rows = _actors(TELEGRAM)
    crossed = [names for ev, names in rows if "越过停火线" in ev]
    assert crossed and all("Pakistani army" in names and "Pakistan" not in names for names in crossed)
    declared = [names for ev, names in rows if "宣布保持中立" in ev]
    assert declared and all("Nepalese government" in names and "Nepal" not in names for names in declared)


def test_a_body_written_against_its_state_in_a_clause():
    assert clause_names("上月马来西亚海军在边境多次挑衅", "zh") == ["Malaysian navy"]
    assert clause_names("印度边防部队昨日撤回", "zh") == ["Indian frontier forces"]


def test_the_bodys_commander_written_after_it_is_no_act_of_the_body():
    assert "Ugandan army" not in clause_names("乌干达陆军司令昨晚发动政变", "zh")
