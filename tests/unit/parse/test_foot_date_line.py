"""A page whose only date line stands at its foot, under its last paragraph (in brackets or not, a place before the
date), and over the recorder's line and the archive's citation: the title is the head's, never the last paragraph; the
date is the foot's. Pages written for these tests, in the three languages."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.parse import parse_text

_EN = """Record of the Conversation between Comrade Walter Ulbricht and the Prime Minister of Guinea, Sékou Touré

Present: Comrade Ulbricht, Comrade Winzer; President Touré, Minister Béavogui.

Comrade Ulbricht welcomed the guests, who had arrived in Berlin on 2 May, and asked about the situation in Conakry. President Touré thanked him and said that the French had withdrawn their officials overnight and that the country now relied on its friends.

At the end, both sides agreed that the ministers of trade would meet the following day. The talk lasted two hours.

[Berlin, 4 May 1960]

Recorded by: H. Krüger

Bundesarchiv, SAPMO, DY 30/3512, Bl. 12-18.
"""

_RU = """Запись беседы товарища Н. С. Хрущева с президентом Мали Модибо Кейтой

Присутствовали: А. А. Громыко, посол Мали.

Товарищ Хрущев приветствовал президента, который прибыл в Москву накануне, и спросил его о положении в Бамако. Президент Кейта поблагодарил за прием и сообщил, что французские банки отказали малийским торговцам в кредитах.

В заключение стороны договорились, что министры торговли встретятся на следующий день. Беседа продолжалась три часа.

«Москва, 5 мая 1962 г.»

Записал: В. Иванов
"""

_ZH = """周恩来总理与马里总统凯塔谈话记录

在座：陈毅副总理、马里驻华大使。

周总理欢迎凯塔总统访华，并询问马里的经济情况。凯塔总统感谢中国的援助，介绍了马里退出法郎区以后的困难，希望中国加快交付卡车和水泥厂设备。

最后，双方同意由两国外贸部长次日会谈，拟定交货议定书。谈话在友好气氛中进行。

（1964年1月18日于北京）

记录：王某
"""


@pytest.mark.parametrize(("page", "title", "day"), [
    (_EN, "Record of the Conversation between Comrade Walter Ulbricht", date(1960, 5, 4)),
    (_RU, "Запись беседы товарища Н. С. Хрущева", date(1962, 5, 5)),
    (_ZH, "周恩来总理与马里总统凯塔谈话记录", date(1964, 1, 18)),
])
def test_a_date_line_at_the_foot_dates_the_record_and_leaves_the_title_to_the_head(page, title, day):
    doc = parse_text(page)
    assert doc.title and doc.title.startswith(title), doc.title
    assert doc.document_date == day
    assert doc.document_type == "record_of_conversation"


def test_a_bracketed_date_under_a_title_still_gives_the_title_above_it():
    doc = parse_text("For other documents on Mao Zedong, click here.\n\n毛泽东致斯大林电\n\n（1950年1月2日）\n\n斯大林同志：\n\n我们已经到达莫斯科。\n")
    assert doc.title == "毛泽东致斯大林电"
    assert doc.document_date == date(1950, 1, 2)


@pytest.mark.parametrize(("page", "day"), [(_EN, date(1960, 5, 4)), (_RU, date(1962, 5, 5)), (_ZH, date(1964, 1, 18))])
def test_a_record_dated_only_at_its_foot_holds_its_talk_that_day(page, day):
    from pipeline.extract.events.context import document_context

    assert document_context(parse_text(page)).held_on == day  # "who had arrived in Berlin on 2 May": a day its clause told
