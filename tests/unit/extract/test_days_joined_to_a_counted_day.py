"""A clause joined to a sentence dated by a day of the week, opening with a day of its own counted from the writing
("В понедельник ... , а позавчера ..."): its act on that day, in a Russian diary's record of a talk. Sentences of our own."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, day: date, language: str) -> list[tuple[str, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="memorandum of conversation",
                         document_date=day, document_date_precision="day",
                         blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(text[e.evidence_start: e.evidence_end], e.start_date) for e in extract_events(doc)]


def test_a_russian_clause_opened_by_the_day_before_yesterday_is_counted_from_the_writing():
    rows = _rows("Министр сообщил, что 5 февраля повстанцы обстреляли аэродром. В понедельник полиция арестовала "
                 "двенадцать студентов, а позавчера повстанцы взорвали мост у столицы.", date(1966, 2, 11), "ru")
    assert any(ev.startswith("В понедельник") and start == date(1966, 2, 7) for ev, start in rows), rows
    assert any(ev.startswith("позавчера") and start == date(1966, 2, 9) for ev, start in rows), rows


def test_a_russian_clause_without_a_day_of_its_own_gets_no_row_of_its_own():
    rows = _rows("В понедельник полиция арестовала двенадцать студентов, а повстанцы взорвали мост у столицы.",
                 date(1966, 2, 11), "ru")
    assert [start for _, start in rows] == [date(1966, 2, 7)], rows
