"""A Russian page names a Portuguese, Spanish or Indian man by his initials and a surname of two words ("Ж. Мота
Пинту", "О. Кошта де Андраде", "К. П. Шанкара Менон"): the row names him whole, not by the first word; a place after
the name is no part of it. A Chinese embassy telegram stamps its head with its classification and precedence ("绝密",
"特急") and its file number above the addressee line ("外交部："): the telegram still goes to the one that line names.
Pages of our own making."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events import common, extract_events
from pipeline.seed import process_seed
from tests.unit.extract.papers import paper


@pytest.mark.parametrize(("text", "name"), [
    ("Вчера министр Ж. Мота Пинту выступил по радио.", "Ж. Мота Пинту"),
    ("Генерал О. Кошта де Андраде отстранен от командования.", "О. Кошта де Андраде"),
    ("Прибыл посол Индии К. П. Шанкара Менон, который", "К. П. Шанкара Менон"),
    ("В тот же день посол А. Иванов Москве доложил об этом.", "А. Иванов"),  # a place the gazetteer knows ends the name
    ("Эту позицию изложил Э. Сантуш.", "Э. Сантуш"),
])
def test_a_russian_surname_of_two_words_is_read_whole(text, name):
    assert [n for _, _, n in common.ru_initialled_names(text, [])][0] == name


def test_the_man_a_record_names_with_a_compound_surname_acts_under_his_whole_name():
    rows = extract_events(paper([
        "Посетил министра иностранных дел Ж. Мота Пинту по его приглашению.",
        "Вчера Мота Пинту сообщил, что правительство отменило комендантский час.",
    ], kind="report", day=date(1976, 3, 12), language="ru"))
    named = {n for e in rows for n in e.sources + e.targets}
    assert "Ж. Мота Пинту" in named, named
    assert "Ж. Мота" not in named, named


_TELEGRAM = """source: https://example.org/dangan/1979/108-00001-01
驻多哥使馆关于多哥局势的电报

档号：108-00001-01
机密
特急

外交部：

一、昨天上午，多哥总统在洛美召开内阁会议，宣布改组政府。

驻多哥使馆
一九七九年三月二日
"""


def test_a_telegram_goes_to_its_addressee_line_under_the_classification_and_precedence_marks():
    document = process_seed("x.txt", _TELEGRAM.encode()).documents.to_pylist()[0]
    assert document["recipient_names"] == ["外交部"]
    assert document["title"] == "驻多哥使馆关于多哥局势的电报"


_REPORT = """source: https://example.org/dangan/1981/108-00002-01
驻布隆迪使馆关于布隆迪局势的电报

外交部：

一、今天上午，我临时代办拜会外交部秘书长，转达了国内的慰问。

驻布隆迪使馆
一九八一年五月四日
"""


def test_a_ministrys_official_an_embassy_calls_on_is_the_official_not_the_writers_own_ministry():
    rows = process_seed("x.txt", _REPORT.encode()).events.to_pylist()
    told = [(r["source_names"] or []) + (r["target_names"] or []) for r in rows if "拜会" in r["evidence_text"]]
    assert told and "外交部秘书长" in told[0], told
    assert not any("Ministry of Foreign Affairs" in n for n in told[0]), told
