"""A journal whose first entry's day stands alone on the line under its title, read with the page's head: that entry
tells its day's acts as the later entries, headed in the body, tell theirs; a sentence that opens with a Russian
masculine past of no subject ("Принял ...", "Посетил ...") is the keeper's own act, on the entry's day (the keeper an
actor where the page names him: tests/fixtures/probes_events16, page 1709)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.context import day_alone
from pipeline.extract.events.passages import _keeper_opens
from pipeline.parse.model import Block, ParsedDocument


def _journal(title: str, head: str, entries: list[str], language: str, day: date) -> ParsedDocument:
    blocks, at = [Block("title", 0, len(title), title, language=language, section_type="header")], len(title) + 2
    blocks.append(Block("header", at, at + len(head), head, language=language, section_type="header"))
    at += len(head) + 2
    for text in entries:
        blocks.append(Block("paragraph", at, at + len(text), text, language=language))
        at += len(text) + 2
    return ParsedDocument(parser="test/1", source_type="archival_record", document_type="diary_entry", title=title,
                          document_date=day, document_date_precision="day", blocks=blocks)


def test_a_day_alone_is_an_entry_head():
    assert day_alone("12 марта 1962 г.", 1962)
    assert day_alone("5 April 1968", 1968)
    assert not day_alone("12 марта 1962 г. Принял посла.", 1962)


def test_the_first_entry_under_the_head_is_of_its_day_and_the_keepers():
    day = date(1963, 4, 8)
    doc = _journal("Из дневника посла СССР в Индонезии Н. А. Михайлова", "8 апреля 1963 г.", [
        "Принял министра иностранных дел Субандрио по его просьбе. Субандрио сообщил, что кабинет одобрил новый бюджет.",
        "10 апреля 1963 г.",
        "Посетил министра обороны. Министр рассказал о поездке по островам.",
        "12 апреля 1963 г.",
        "Беседовал с послом Индии. Посол передал приглашение на прием.",
    ], "ru", day)
    rows = [e for e in extract_events(doc) if e.block == 2 and e.evidence_start == 0]
    assert rows and all(e.start_date == e.end_date == day for e in rows), rows
    assert any("Subandrio" in e.sources + e.targets for e in rows), rows


@pytest.mark.parametrize(("sentence", "language", "keepers"), [
    ("Принял министра иностранных дел Субандрио по его просьбе.", "ru", True),
    ("Беседовал с послом Индии о поставках.", "ru", True),
    ("Вручил президенту послание Н. С. Хрущева.", "ru", True),
    ("Received Subandrio at his request.", "en", True),
    ("Met Nasution at the airport and drove with him to the palace.", "en", True),
    ("Субандрио сообщил, что кабинет одобрил бюджет.", "ru", False),  # a subject: his act
    ("Sukarno received me at the palace.", "en", False),
    ("I visited Taraki at his residence.", "en", False),  # the keeper named: read as any "I"
])
def test_a_sentence_that_opens_with_its_verb_is_the_keepers(sentence, language, keepers):
    assert _keeper_opens(sentence, language) is keepers
