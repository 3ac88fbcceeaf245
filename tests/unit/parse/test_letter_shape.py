"""A letter known by its shape: a salutation at the head of its text, a closing formula at its foot with the name that
signs under it, the signer's office written out, the place and day of signing, the archive's citation. Pages written
for these tests, in the three languages; the title names no party and no kind."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.parse import parse_text

_EN = """Algeria and the frontier war

Dear Comrade Khrushchev,

I write to you at a grave hour. On 14 October the Moroccan army attacked our posts in the region of Tindouf, and our troops retook them two days later. We need your help once again.

With fraternal greetings,

Ahmed Ben Bella
President of the Council of Ministers of the Algerian Democratic and Popular Republic

Algiers, 20 October 1963

Archive of Foreign Policy of the Russian Federation (AVP RF), f. 0141, op. 9, p. 24, d. 6, l. 44-47.
"""

_RU = """О положении в Корее

Дорогой товарищ Хрущев!

Пишу Вам в трудное для нашей партии время. Американские войска усилили провокации на демаркационной линии, и мы просим ускорить поставки оборудования.

С братским приветом,

Ким Ир Сен

Пхеньян, 5 мая 1958 г.
"""

_ZH = """关于援助问题

尊敬的同志：

我们收到了你们的来信，感谢苏联政府对中国人民的援助。我们希望双方尽快商定新的协定，加快交付设备和派遣专家的工作。

此致敬礼

毛泽东

1958年5月5日于北京
"""


@pytest.mark.parametrize(("page", "sender", "day"), [
    (_EN, "Ahmed Ben Bella", date(1963, 10, 20)),
    (_RU, "Kim Il Sung", date(1958, 5, 5)),
    (_ZH, "Mao Zedong", date(1958, 5, 5)),
])
def test_a_letter_is_read_by_its_salutation_closing_formula_and_signature(page, sender, day):
    doc = parse_text(page)
    assert doc.document_type == "letter"
    assert doc.sender_names == [sender]
    assert doc.document_date == day


def test_the_salutation_names_the_addressee_the_gazetteer_knows():
    assert parse_text(_EN).recipient_names == ["Nikita Khrushchev"]


def test_a_closing_formula_inside_the_text_signs_nothing():
    page = _EN.replace("With fraternal greetings,\n\nAhmed Ben Bella\n", "With fraternal greetings, the party sends its thanks to the workers.\n\n")
    assert parse_text(page).document_type == "other"
