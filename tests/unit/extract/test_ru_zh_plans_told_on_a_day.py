"""A Russian or Chinese report that tells a saying on a day a relative word names and, inside it, what will be done
("Вчера премьер заявил, что кабинет внесет в парламент законопроект"): the saying keeps its row on that day, and the
plan it tells (a perfective future, "将在 ... 内") is a row of its own, undated. A week's act told in a clause after a
plan ("..., который на прошлой неделе вышел из партии") keeps its week. Sentences of the kind written for these tests."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, day: date, language: str):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, e.date_kind) for e in extract_events(doc)]


def test_a_plan_told_in_yesterdays_saying_is_undated_beside_the_saying():
    rows = _rows("Вчера премьер-министр выступил в сенате и заявил, что кабинет внесет в парламент законопроект о печати.",
                 date(1966, 4, 14), "ru")
    assert any(start == end == date(1966, 4, 13) for _, start, end, _ in rows), rows
    assert any(kind == "undated" and "внесет" in text for text, _, _, kind in rows), rows


def test_a_chinese_plan_within_months_is_no_act_of_the_day():
    rows = _rows("昨晚，总统在电台讲话，宣布解散议会，并表示将在一年内举行大选。", date(1972, 9, 3), "zh")
    assert any(start == end == date(1972, 9, 2) for _, start, end, _ in rows), rows


def test_a_weeks_act_told_after_a_plan_keeps_its_week():
    rows = _rows("По сведениям из парламента, новый кабинет возглавит сенатор Д. Озал, который на прошлой неделе вышел из партии.",
                 date(1971, 3, 12), "ru")
    assert any((start, end) == (date(1971, 3, 1), date(1971, 3, 7)) for _, start, end, _ in rows), rows


def test_what_yesterdays_saying_says_will_not_be_done_is_no_plan():
    rows = _rows("Вчера посол заявил, что делегация профсоюзов не будет принята в министерстве.", date(1966, 4, 14), "ru")
    assert not any(kind == "undated" for _, _, _, kind in rows), rows
