"""A Chinese embassy's telegram addressed to the ministry and one of its departments joined by a bare "并" ("外交部并西亚非洲司："):
two recipients; a name that holds the same character ("中华人民共和国外交部") stays one."""

from pipeline.parse import parse_text

_TELEGRAM = """source: https://example.org/zh/document/zhu-sudan-shiguan-dianbao-1969
驻苏丹使馆关于苏丹政变的电报

（一九六九年五月二十六日）

{head}

一、昨日凌晨，尼迈里上校率部队占领了喀土穆的电台和机场，宣布成立革命指挥委员会。

二、使馆人员均安全。请指示。

驻苏丹使馆
"""


def test_a_ministry_and_its_department_joined_by_bing_are_two_recipients():
    doc = parse_text(_TELEGRAM.format(head="外交部并西亚非洲司："))
    assert doc.recipient_names == ["外交部", "西亚非洲司"]


def test_the_centre_and_the_state_council_joined_by_he_are_two_recipients():
    doc = parse_text(_TELEGRAM.format(head="中共中央和国务院："))
    assert len(doc.recipient_names) == 2 and doc.recipient_names[0].startswith("Central Committee")


def test_a_single_name_holding_he_stays_whole():
    doc = parse_text(_TELEGRAM.format(head="中华人民共和国外交部："))
    assert len(doc.recipient_names) == 1 and doc.recipient_names[0].startswith("Ministry of Foreign Affairs")
