"""A Chinese cable names a body as it tells of its founding ("成立国家复兴委员会") and after by a shorter form: the name's
last words ("复兴委员会宣布……") or its abbreviation ("复委会任命……"). Each row names the body as the page founded it, not a
body the gazetteer knows by a piece of the short form ("军委" of "军委会"); a founding a man announces is his statement."""

from datetime import date

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper


def _rows(*paragraphs: str):
    return extract_events(paper(paragraphs, kind="telegram", day=date(1978, 7, 12), language="zh"))


def _actors_on(day: date, *paragraphs: str) -> set[str]:
    return {n for e in _rows(*paragraphs) if e.start_date == day for n in e.sources + e.targets}


_CABLE = (
    "一、十日凌晨，军官们发动政变，成立国家复兴军事委员会。",
    "二、十一日，复兴军事委员会宣布中止宪法，解散议会。",
    "三、今天上午，军委会任命卡巴上尉为临时政府首脑。",
)


def test_the_founded_body_is_the_founding_rows_actor():
    assert "国家复兴军事委员会" in _actors_on(date(1978, 7, 10), *_CABLE)


def test_the_names_last_words_are_the_same_body():
    assert _actors_on(date(1978, 7, 11), *_CABLE) == {"国家复兴军事委员会"}


def test_the_abbreviation_is_the_same_body_not_the_chinese_military_commission():
    names = _actors_on(date(1978, 7, 12), *_CABLE)
    assert "国家复兴军事委员会" in names and "Central Military Commission" not in names, names


def test_a_founding_a_man_announces_is_his_statement():
    names = _actors_on(date(1978, 7, 10), "十日，卡巴上尉在电台宣布成立国家复兴军事委员会。")
    assert names == {"卡巴上尉"}, names
