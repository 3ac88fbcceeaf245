"""Cables: a signer who shares a surname with a better-known man, and an address on one line."""

from pipeline.normalize.names import canonical_name
from pipeline.parse import parse_text


def test_a_first_name_on_the_page_that_is_not_the_gazetteer_man_s_keeps_its_own_person():
    assert canonical_name("Georgi Kolarov") == "Georgi Kolarov"
    assert canonical_name("G. Kolarov") == "G. Kolarov"
    assert canonical_name("Ambassador Georgi Kolarov") == "Georgi Kolarov"
    assert canonical_name("V. Kolarov") == "Vasil Kolarov"  # his own initial
    assert canonical_name("Minister Kolarov") == "Vasil Kolarov"  # a title, not a first name


def test_an_initial_that_fits_another_man_of_the_surname_names_him():
    assert canonical_name("Р. Кастро") == "Raúl Castro"
    assert canonical_name("Ф. Кастро") == "Fidel Castro"


def _cable(address: str) -> str:
    return (
        "source: https://example.org/cable\nШифртелеграмма из Белграда\n\nШИФРТЕЛЕГРАММА\nБелград, 3 мая 1966 г.\n\n"
        f"{address}\n\nВчера министр иностранных дел принял меня и сообщил о решении правительства.\n\nПОСОЛ\n"
    )


def test_a_cable_addressed_on_one_line_to_a_man_at_his_ministry_or_capital_names_him_recipient():
    assert parse_text(_cable("МИД СССР — т. Громыко А. А.")).recipient_names == ["Andrei Gromyko"]
    assert parse_text(_cable("Москва. Громыко")).recipient_names == ["Andrei Gromyko"]
    assert parse_text(_cable("Москва. Встреча с послом")).recipient_names != ["Andrei Gromyko"]
