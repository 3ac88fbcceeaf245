"""A Russian page names a man the gazetteer lacks in an oblique case where the grammar asks for it ("вручили президенту
Дж. Сунаю", "во главе с полковником И. Ачампонгом") and in the nominative where he acts ("Сунай провел"): his rows name
him in the nominative the page writes; a name the page writes only in one oblique form stays as written."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import EventDraft
from pipeline.extract.events.full_names import nominative_names
from tests.unit.extract.papers import paper


def _actors(*paragraphs: str) -> set[str]:
    rows = extract_events(paper(paragraphs, kind="report", day=date(1969, 3, 14), language="ru"))
    return {n for e in rows for n in e.sources + e.targets}


def test_a_dative_name_is_the_nominative_the_page_writes():
    names = _actors(
        "12 марта генерал Р. Кабадзе вручил президенту Т. Мбалаю меморандум армии.",
        "13 марта Мбалай провел консультации с лидерами партий.",
    )
    assert "Т. Мбалаю" not in names and "Т. Мбалай" in names, names


def _draft(*names: str) -> EventDraft:
    return EventDraft(event_type="meeting", block=0, evidence_start=0, evidence_end=1, sources=list(names), targets=[],
                      method="dated_sentence", confidence=0.9)


@pytest.mark.parametrize(("written", "page", "named"), [
    ("И. Оконгом", "во главе с полковником И. Оконгом. Оконг объявил по радио", "И. Оконг"),  # instrumental
    ("Дж. Мбалаю", "президенту Дж. Мбалаю. Мбалай провел", "Дж. Мбалай"),  # dative of a name in -й
    ("Дж. Мбалаю", "президенту Дж. Мбалаю.", "Дж. Мбалаю"),  # no nominative on the page: as written
    ("П. Иванов", "посол П. Иванов и Иванова", "П. Иванов"),  # a nominative whose genitive the page writes
    ("Кереку", "Президент Кереку рассказал", "Кереку"),  # an indeclinable name
])
def test_an_oblique_form_reads_as_the_pages_nominative(written, page, named):
    event = _draft(written)
    nominative_names([event], [page])
    assert event.sources == [named]
