"""A Chinese embassy's telegram addressed on one head line to two offices joined by a bare 并 (and): both are its
recipients. A page written for this test."""

from pipeline.parse import parse_text

_PAGE = """source: https://digitalarchive.wilsoncenter.org/zh/document/zhu-test-shiguan-dianbao
驻马里使馆关于马里局势的电报

（一九六八年十一月二十日）

外交部并西亚非洲司：

十九日凌晨，马里军队一部分军官发动政变，逮捕了凯塔总统。首都秩序平静。

驻马里使馆
"""


def test_two_offices_on_one_head_line_joined_by_bing_are_two_recipients():
    doc = parse_text(_PAGE)
    assert doc.recipient_names == ["外交部", "西亚非洲司"]
