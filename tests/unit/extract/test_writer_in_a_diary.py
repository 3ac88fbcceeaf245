"""The writer's "I" in a diary or a record: the one he visits or talks with is the other party of his act, and an
opening phrase of occasion ("At a reception at the Czechoslovak embassy") does not hide him as the subject."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _actors(text: str, writer: str) -> list[tuple[list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="diary", document_date=date(1964, 6, 11),
                         document_date_precision="day", sender_names=[writer],
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(list(e.sources), list(e.targets)) for e in extract_events(doc) if e.start_date == date(1964, 6, 2)]


@pytest.mark.parametrize(("text", "writer", "other"), [
    ("On 2 June I visited Fidel Castro at his request at the INRA offices.", "A. I. Alekseev", "Fidel Castro"),
    ("On 2 June we received Ambassador Llewellyn Thompson at the ministry.", "Andrei Gromyko", "Llewellyn Thompson"),
    ("At a reception at the Czechoslovak embassy on 2 June I had a brief conversation with Ernesto Guevara.", "A. I. Alekseev", "Che Guevara"),
    ("During the dinner on 2 June we talked with Zhou Enlai about the border.", "S. V. Chervonenko", "Zhou Enlai"),
])
def test_the_writer_acts_and_the_one_he_meets_is_the_other_party(text, writer, other):
    rows = _actors(text, writer)
    assert any(writer in s and other in t for s, t in rows), rows


def _ru_actors(text: str, writer: str, day: date) -> list[tuple[list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="diary", document_date=date(1959, 10, 7),
                         document_date_precision="day", sender_names=[writer],
                         blocks=[Block("paragraph", 0, len(text), text, language="ru")])
    return [(list(e.sources), list(e.targets)) for e in extract_events(doc) if e.start_date == day and e.evidence_start == 0]


@pytest.mark.parametrize(("text", "writer", "other", "day"), [
    ("2 октября в 11 часов посетил Ким Ир Сена и по поручению ЦК КПСС передал ему приглашение.", "A. M. Puzanov",
     "Kim Il Sung", date(1959, 10, 2)),
    ("5 октября принял посла Индонезии Сукарно и передал ему ответ.", "Alexander Puzanov", "Sukarno", date(1959, 10, 5)),
    ("3 октября в 10 часов утра встретился с Тито по его просьбе.", "A. M. Puzanov", "Josip Broz Tito", date(1959, 10, 3)),
])
def test_a_russian_diarys_past_verb_with_no_subject_is_the_writers(text, writer, other, day):
    rows = _ru_actors(text, writer, day)
    assert rows and all(s == [writer] and other in t for s, t in rows), rows
    assert not any("Central Committee of the Communist Party of the Soviet Union" in t for _, t in rows), rows  # the frame's party
