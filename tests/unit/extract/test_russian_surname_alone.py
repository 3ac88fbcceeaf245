"""A Russian record names a man once with his initials ("принял министра иностранных дел А. С. Ш. Тамбиха") and then by
his surname alone ("Тамбих обещал дать указания"): a row that names no one else is that man, as the page writes him
with his initials, in the nominative the page writes; a surname two men of the page share names no one."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.full_names import ru_page_names
from tests.unit.extract.papers import paper


def _actors(*paragraphs: str) -> list[set[str]]:
    rows = extract_events(paper(paragraphs, kind="report", day=date(1971, 6, 18), language="ru"))
    return [set(e.sources + e.targets) for e in rows]


def test_a_surname_alone_is_the_man_the_page_named_with_initials():
    rows = _actors(
        "Принял министра иностранных дел А. С. Ш. Тамбиха по его просьбе.",
        "Тамбих обещал дать соответствующие указания.",
    )
    assert any(r == {"А. С. Ш. Тамбих"} for r in rows), rows
    assert not any(r == set() for r in rows), rows


@pytest.mark.parametrize(("page", "names"), [
    (["Вручил президенту Дж. Мбалаю письмо. Вчера Мбалай провел консультации."], {"Мбалай": "Дж. Мбалай"}),
    (["Принят Э. Ларсеном в его кабинете.", "Ларсен сказал, что"], {"Ларсен": "Э. Ларсен"}),  # not the instrumental
    (["Беседа с М. Оконго и Т. Оконго."], {}),  # two men of one surname
    (["Министр И. Сассу-Нгессо сообщил. Сассу-Нгессо добавил."], {"Сассу-Нгессо": "И. Сассу-Нгессо"}),  # indeclinable
])
def test_the_page_names_its_surnames_in_the_nominative(page, names):
    assert ru_page_names(page) == names
