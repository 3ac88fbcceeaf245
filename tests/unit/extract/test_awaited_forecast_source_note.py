"""Rows whose whole sentence tells nothing that happened: an act still awaited, the writer's forecast, a source note."""

from __future__ import annotations

import pytest

from pipeline.extract.events.annotate import is_apparatus
from pipeline.extract.events.document_act import foresees_alone
from pipeline.extract.events.passages import awaited_only


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Athens has not yet replied.", "en", True),
    ("Moscow has yet to answer the note of 3 May.", "en", True),
    ("The embassy in Ankara still has not received instructions.", "en", True),
    ("The delegation arrived on Monday, but the talks have not yet begun.", "en", False),  # another clause beside it
    ("The Foreign Ministry did not reply to the note.", "en", False),  # a negated act done: a row (dev 111 E7)
    ("Bonn has not yet replied", "en", False),  # no stop: a cut piece of a sentence, not a whole one
    ("Варшава пока не ответила.", "ru", True),
    ("Ответ из Пекина до сих пор не получен.", "ru", True),
    ("Посол вручил ноту; ответа ещё не получено.", "ru", False),
    ("印度政府迄未答复。", "zh", True),
    ("对方还没有表态。", "zh", True),
    ("我已两次提出交涉，对方仍未答复。", "zh", False),
])
def test_an_act_not_yet_done_alone_in_its_sentence(sentence: str, language: str, expected: bool) -> None:
    assert awaited_only(sentence, language) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("We must expect a sharp reaction from Peking.", True),
    ("Further clashes on the border are to be expected in the coming weeks.", True),
    ("Надо ожидать, что Садат усилит давление на оппозицию.", True),
    ("Следует полагать, что визит состоится в июне.", True),
    ("可以预料，美方将在安理会提出新的决议草案。", True),
    ("1. 预计苏方将派代表团来京。", True),
    ("The minister said that he had met the ambassador, and we must expect a protest.", False),  # an act told before it
    ("Вам следует немедленно выехать в Москву.", False),  # an instruction
    ("我们建议使馆暂不与新当局接触。", False),
])
def test_the_writers_forecast_alone(sentence: str, expected: bool) -> None:
    assert foresees_alone(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Source: Department of State, Central Files, 611.61/10–1456. Secret.", True),
    ("Источник: ГА РФ, ф. 5446, оп. 98, д. 721, л. 3–5.", True),
    ("资料来源：中央档案馆，档号 1-12-7。", True),
    ("Sources close to the palace said on 3 May that the king had left.", False),
])
def test_a_source_note_under_its_label(sentence: str, expected: bool) -> None:
    assert is_apparatus(sentence) is expected
