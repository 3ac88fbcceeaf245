"""The writer's request, proposal or advice is put to the one written to: its row names the writer and the addressees,
whether or not the sentence says "you" ("I request instructions whether ...", "I recommend that we accept.", "Прошу
указаний.", "以上当否，请指示。"); the golds' rows of such lines name the addressee in 66 of 75 English, Russian and
Chinese ones. A head's list of addressees ("外交部、中联部：") is two bodies. Composed pages of the kind, with other
missions, days and words than the pages they were found on."""

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

LETTER = """source: http://example.org/en/document/legation-report-1961
Report of the Legation in Conakry to the Ministry of Foreign Affairs

Conakry, 14 March 1961

To: Ministry of Foreign Affairs

Yesterday the President received the diplomatic corps at the palace and spoke of the new currency.

I request instructions whether the legation should attend the ceremony of the currency's issue.

Novák
"""

ZH_FORM = """source: http://example.org/zh/document/zhu-tansangniya-shiguan-laidian-1971
驻坦桑尼亚使馆关于达累斯萨拉姆局势的来电

外交部、中联部：

发报时间：一九七一年六月九日十时
收报时间：一九七一年六月九日十六时

一、七日晚，达累斯萨拉姆发生骚乱，政府宣布宵禁。

二、昨日，坦外交部召集各国使节通报情况。

以上当否，请指示。

驻坦桑尼亚使馆
一九七一年六月九日
"""


def _rows(text: str, opening: str) -> list[tuple[list[str], list[str]]]:
    doc = parse_text(text)
    return [(list(e.sources), list(e.targets)) for e in extract_events(doc)
            if doc.blocks[e.block].text[e.evidence_start:].startswith(opening)]


def test_a_head_line_listing_two_bodies_names_both_addressees():
    names = parse_text(ZH_FORM).recipient_names
    assert len(names) == 2 and names[0] == "外交部" and "、" not in names[1]  # the second as the gazetteer names it


def test_a_chinese_cables_closing_request_is_the_missions_put_to_its_addressees():
    rows = _rows(ZH_FORM, "以上当否")
    assert rows and all(sources == ["驻坦桑尼亚使馆"] and "外交部" in targets for sources, targets in rows)


def test_the_writers_request_for_instructions_is_put_to_the_one_written_to():
    rows = _rows(LETTER, "I request instructions")
    assert rows and all("Ministry of Foreign Affairs" in " ".join(targets) for _, targets in rows)
