"""A Russian report's sentence that opens on its day set off by a comma ("24 февраля, когда ..., части армии захватили
...") is dated by that day, as it is without the comma; the relative days after it ("В тот же день", "На следующий
день") count from it, not from the report's own date."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text

_REPORT = """source: https://example.org/dokumenty/spravka-12
Справка о событиях в Верхней Вольте, 10 января 1966 г.

СПРАВКА

3 января, когда президент находился в своей резиденции, профсоюзы объявили всеобщую забастовку в Уагадугу. В тот же день армия взяла власть. На следующий день полковник Ламизана распустил Национальное собрание.

Заведующий отделом
И. Петров

10 января 1966 г.
"""


def test_a_day_set_off_by_a_comma_dates_its_sentence_and_the_days_after_it():
    doc = parse_text(_REPORT)
    days = {doc.blocks[e.block].text[e.evidence_start:e.evidence_end][:12]: e.start_date for e in extract_events(doc)}
    assert days.get("3 января, ко") == date(1966, 1, 3)
    assert days.get("В тот же ден") == date(1966, 1, 3)
    assert days.get("На следующий") == date(1966, 1, 4)
