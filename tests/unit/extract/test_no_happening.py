"""Lines and sentences that tell no happening give no row, while a like sentence that tells one keeps it: each rule with
paraphrases in other names, days, word orders and languages than the held-out pages it was found on
(tests/fixtures/probes_events, tests/fixtures/probes_events2)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument

DAY = date(1961, 4, 12)


def _rows(lines: list[str], language: str, day: date | None = DAY, kind: str = "letter") -> list[tuple[str, date | None, date | None]]:
    """The rows of a document whose paragraphs are ``lines``: evidence, first and last day."""
    blocks, at = [], 0
    for line in lines:
        blocks.append(Block("paragraph", at, at + len(line), line, language=language))
        at += len(line) + 2
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=kind, document_date=day,
                         document_date_precision="day" if day else None, blocks=blocks)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def _told(rows: list[tuple[str, date | None, date | None]], words: str) -> bool:
    return any(words in evidence for evidence, _, _ in rows)


@pytest.mark.parametrize(("line", "act"), [
    ("ПОСОЛ СССР В ИНДОНЕЗИИ", "Посол вручил президенту ноту правительства СССР."),
    ("Посол СССР в ГДР М. Первухин", "Первухин передал Ульбрихту письмо ЦК КПСС."),
    ("Дорогой товарищ Цеденбал!", "Цеденбал принял делегацию в своем кабинете."),
    ("Уважаемый товарищ Шарафуддин Рашидов!", "Рашидов вылетел в Ташкент."),
])
def test_a_russian_office_line_or_salutation_is_no_act_and_a_sentence_with_its_words_is(line, act):
    rows = _rows([line, act], "ru")
    assert not _told(rows, line)
    assert _told(rows, act)
