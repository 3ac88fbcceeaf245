"""A clause's own day: a day without its year far after the month a letter speaks from, and a chronicle entry's later clause."""

from datetime import date

from pipeline.extract.events.annotate import annotate


def test_a_day_far_after_the_month_spoken_from_is_of_the_year_before():
    sentences, _ = annotate("Loi informed me that the raids, which had stopped on 24 December, were resumed on 31 January.",
                            1966, speaks_from=(1966, 2), language="en")
    assert [d.start_date for d in sentences[0].dates] == [date(1965, 12, 24), date(1966, 1, 31)]


def test_a_day_of_a_plan_keeps_its_year():
    sentences, _ = annotate("The delegation will arrive on 24 December.", 1966, speaks_from=(1966, 2), language="en")
    assert sentences[0].dates[0].start_date == date(1966, 12, 24)


CHRONICLE = """source: http://example.org/nianpu/1965/03.html
陈毅年谱（一九六五年三月）
十日 抵达仰光。因奈温主席五日出访归来患病，同缅方商定，推迟正式会谈。
十二日 同奈温会谈。奈温介绍本月八日边境事件经过，陈毅表示关切。
"""


def test_a_chronicle_entrys_clause_after_an_earlier_day_is_of_the_entrys_day():
    from pipeline.extract.events import extract_events
    from pipeline.parse import parse_text

    doc = parse_text(CHRONICLE)
    rows = [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]
    assert any(ev.startswith("同缅方商定") and start == end == date(1965, 3, 10) for ev, start, end in rows), rows
    assert any(ev.startswith("陈毅表示关切") and start == end == date(1965, 3, 12) for ev, start, end in rows), rows


def _bulletin_rows(text: str, day: date, language: str = "en") -> list[tuple[str, date | None, date | None]]:
    from pipeline.extract.events import extract_events
    from pipeline.parse.model import Block, ParsedDocument

    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="bulletin", document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def test_a_clause_with_a_day_counted_from_the_texts_beside_a_dated_one_is_a_row_of_its_own():
    rows = _bulletin_rows("The minister was shot at the airport on the morning of 3 May; his deputy was arrested in the capital yesterday.",
                          date(1961, 5, 5))
    assert any(start == end == date(1961, 5, 3) for _, start, end in rows), rows
    assert any(ev.strip().startswith("his deputy") and start == end == date(1961, 5, 4) for ev, start, end in rows), rows


def test_a_clause_before_one_counted_the_next_day_is_of_the_day_counted_from():
    rows = _bulletin_rows("Вечером 10 июня на побережье высадился отряд из шести человек. "
                          "Отряд был окружен пограничниками и на следующий день уничтожен.", date(1962, 6, 14), "ru")
    assert any(ev.startswith("Отряд был окружен пограничниками") and start == end == date(1962, 6, 10)
               for ev, start, end in rows), rows


def test_the_main_clause_beside_an_aside_with_its_own_day_is_read_without_it():
    rows = _bulletin_rows("The party congress, which opened yesterday morning and was adjourned at noon, resumed at 9 a.m. today.",
                          date(1957, 3, 6))
    assert any(start == end == date(1957, 3, 6) for _, start, end in rows), rows
