"""A Russian diary's record of a talk ("Запись беседы с ..." over the line of its day) whose text opens with the
writer's meeting, its subject left out ("Принят ...", "Принял ...", "Посетил ..."): the opening sentence is the
meeting's row, the heading no row of its own."""

import pytest

from pipeline.seed import process_seed

_PAGE = """source: https://example.org/docs/dnevnik-posla-1971
ИЗ ДНЕВНИКА ПОСЛА СССР В ГВИНЕЕ В. И. ПЕТРОВА

Секретно
Экз. № 1

Запись беседы с министром обороны Гвинеи Л. Диарра
14 марта 1971 г.

{opening} Беседа продолжалась около часа.

Диарра сообщил, что вчера в столицу прибыла военная делегация Мали.

Я поблагодарил за информацию.
"""


def _rows(opening: str) -> list[dict]:
    return process_seed("x.txt", _PAGE.format(opening=opening).encode()).events.to_pylist()


@pytest.mark.parametrize(
    "opening",
    [
        "Принят в министерстве обороны по моей просьбе.",
        "Принял министра обороны Л. Диарра по его просьбе в посольстве.",
        "Посетил министра обороны Л. Диарра по его приглашению.",
    ],
)
def test_the_heading_is_no_row_when_the_text_opens_with_the_writers_meeting(opening):
    rows = _rows(opening)
    assert not [r for r in rows if r["evidence_text"].startswith("Запись беседы")]
    assert [
        r
        for r in rows
        if r["evidence_text"].startswith(opening[:12]) and str(r["start_date"]) == "1971-03-14"
    ]


def test_the_heading_stays_the_meeting_when_the_text_opens_with_a_turn():
    rows = _rows("Диарра сказал, что армия готова к учениям.")
    assert [
        r for r in rows if r["evidence_text"].startswith("Запись беседы") and r["event_type"] == "meeting"
    ]
