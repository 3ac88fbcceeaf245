"""A Soviet mission's ciphered telegram ("Шифртелеграмма посла СССР в ...") bears the stamps of its receipt and
deciphering at the foreign ministry at home ("Поступило 4.III.1970 г. 9 час. 20 мин.", "Получена в МИД СССР 4.3.70 в
9.20"): those rows name the Soviet Ministry of Foreign Affairs, whoever the cable is addressed to; a sentence that opens
with the same word ("Поступила просьба правительства") is no stamp."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper

_MINISTRY = "Ministry of Foreign Affairs of the USSR"


def _rows(line: str, title: str = "Шифртелеграмма посла СССР в Того о перевороте"):
    doc = paper(["Отправлено 4.III.1970 г. 2 час. 10 мин.", line, "Вчера в Ломе было спокойно."], kind="telegram",
                day=date(1970, 3, 4), language="ru", title=title, senders=["П. Смирнов"])
    return extract_events(doc)


@pytest.mark.parametrize("line", ["Поступило 4.III.1970 г. 9 час. 20 мин.", "Поступила в МИД СССР 4.3.70 в 9.20", "Получено 4.3.70 в 9.20."])
def test_a_stamp_of_receipt_is_the_ministry_at_home(line):
    received = [e for e in _rows(line) if e.event_type == "message_received"]
    assert received and received[0].sources == [_MINISTRY], [(e.event_type, e.sources) for e in received]


def test_a_cable_whose_title_names_no_mission_keeps_its_addressee_reading():
    received = [e for e in _rows("Поступило 4.III.1970 г. 9 час. 20 мин.", title="Шифртелеграмма из Ломе") if e.event_type == "message_received"]
    assert all(e.sources != [_MINISTRY] for e in received)
