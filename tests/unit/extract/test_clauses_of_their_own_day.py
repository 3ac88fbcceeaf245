"""Two acts in one sentence, each on its own clause's day, and a talk's day over what was said at it: sentences of our
own, in other words and names than the pages the shapes were found on (tests/fixtures/probes_events15)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, language: str, day: date, source_type: str = "archival_record",
          document_type: str = "memorandum") -> list[tuple[str, date | None, date | None, list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type=source_type, document_type=document_type, document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, e.sources) for e in extract_events(doc)]


MONDAY = date(1974, 7, 22)


@pytest.mark.parametrize(("text", "language", "own", "main", "day"), [
    ("Archbishop Makarios, who flew to London on 17 July, addressed the Security Council on Friday.", "en",
     date(1974, 7, 17), "addressed", date(1974, 7, 19)),
    ("Kosygin, who arrived in Hanoi on 6 July, left for Peking yesterday.", "en", date(1974, 7, 6), "left", date(1974, 7, 21)),
    ("Косыгин, прибывший в Ханой 6 июля, вылетел вчера в Пекин.", "ru", date(1974, 7, 6), "вылетел", date(1974, 7, 21)),
])
def test_an_interposed_clause_keeps_its_day_and_the_main_clause_has_its_own(text, language, own, main, day):
    rows = _rows(text, language, MONDAY)
    assert any(start == own for _, start, _, _ in rows), rows
    assert any(main in evidence and start == day == end for evidence, start, end, _ in rows), rows


def test_a_clause_set_off_by_commas_with_no_day_of_its_own_is_no_second_act():
    rows = _rows("The Foreign Minister, who arrived late, spoke on 17 July.", "en", MONDAY)
    assert [start for _, start, _, _ in rows if start is not None] == [date(1974, 7, 17)]


@pytest.mark.parametrize(("text", "language", "said", "day"), [
    ("Позавчера меня принял премьер-министр Неру. Он заверил, что позиция правительства не изменилась.", "ru",
     "Он заверил", date(1974, 7, 20)),
    ("I was received by the Foreign Minister yesterday. He said that the cabinet had approved the treaty.", "en",
     "He said", date(1974, 7, 21)),
    ("In conversation with me after the meeting, the deputy minister stated that the evacuation began on Saturday.", "en",
     "stated", MONDAY),
])
def test_a_talk_told_by_the_writer_dates_what_was_said_at_it(text, language, said, day):
    rows = _rows(text, language, MONDAY, "cable", "telegram")
    assert any(said in evidence and start == day == end for evidence, start, end, _ in rows), rows
