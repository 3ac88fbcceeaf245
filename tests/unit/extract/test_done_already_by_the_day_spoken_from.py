"""An act told as done already ("had already lodged", "уже объявил") is done by the day the text speaks from (the talk
the record tells, the day the cable is written), not by an earlier day the passage turned to in the sentence before
("on the morning of 15 February", "вчера"): its upper bound is that day. Composed pages, not the probe batches'
(tests/fixtures/probes_events106 10701 and 10703 read this way); the Russian cable is batch 106's own 10709."""

from datetime import date
from pathlib import Path

import pytest

from pipeline.extract.events.passages import told_already
from pipeline.seed import process_seed

_RECORD = """source: https://example.org/record/x
Record of Conversation between the Ambassador and the President
March 9, 1977

RECORD
of a conversation with the President of the Republic

Lusaka, 9 March 1977

On Monday, 7 March, at 10:00, the President received me at State House.

The President said that on the morning of 2 March a patrol had crossed the border and attacked a village. The patrol withdrew the same afternoon.

{sentence}

Ambassador: P. Petrov
"""



def _bounds(page: str, sentence: str, piece: str) -> set[tuple]:
    rows = process_seed("x.txt", page.format(sentence=sentence).encode()).events.to_pylist()
    return {(r["start_date"], r["end_date"]) for r in rows if piece in r["evidence_text"]}


def test_a_pluperfect_told_already_is_bounded_by_the_talk_not_the_story_day():
    bounds = _bounds(_RECORD, "His government had already lodged a complaint with the Security Council.", "had already lodged")
    assert (None, date(1977, 3, 7)) in bounds
    assert (None, date(1977, 3, 2)) not in bounds


def test_a_russian_past_told_with_uzhe_is_bounded_by_the_day_written():
    page = Path(__file__).parents[2] / "fixtures" / "probes_events106" / "10709_ru-shifrotelegramma-vena-oktyabrskie-zabastovki-avstriya-1950-10-06.txt"
    rows = process_seed(page.name, page.read_bytes()).events.to_pylist()  # "Министр ... заявил вчера ... Лидер ОГБ Бём уже объявил ..."
    bounds = {(r["start_date"], r["end_date"]) for r in rows if "Бём уже объявил" in r["evidence_text"]}
    assert bounds == {(None, date(1950, 10, 6))}


@pytest.mark.parametrize(("sentence", "language", "told"), [
    ("His government had already lodged a complaint.", "en", True),
    ("The patrol withdrew the same afternoon.", "en", False),
    ("Лидер ОГБ Бём уже объявил об исключении.", "ru", True),
    ("我们已经通知各驻外使馆。", "zh", True),
    ("The patrol withdrew.", None, False),
    ("Before the takeover the ship had already stopped loading.", "en", False),  # tied to another happening, in any case
])
def test_the_already_words_of_each_language(sentence, language, told):
    assert told_already(sentence, language) is told
