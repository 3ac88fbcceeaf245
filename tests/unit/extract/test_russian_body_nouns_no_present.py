"""A Russian sentence opening on a body's noun that ends like a present tense ("Совет", "Комитет", "Визит") tells a past
act when its verb is past: it is bound by the day the report's story is at, not read as a state of the report's own day,
and the relative days after it still count from that day."""

from __future__ import annotations

from datetime import date

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text

_REPORT = """source: https://example.org/dokumenty/spravka-31
Справка о событиях в Дагомее, 30 декабря 1965 г.

СПРАВКА

22 декабря армия взяла власть в Котону.

В тот же день был образован военный комитет. Совет распустил Национальное собрание.

На следующий день генерал Сольо заявил, что выборы состоятся в будущем году.

И. Петров

30 декабря 1965 г.
"""


def test_a_body_noun_opening_a_past_sentence_takes_the_day_in_scope():
    doc = parse_text(_REPORT)
    days = {doc.blocks[e.block].text[e.evidence_start:e.evidence_end][:12]: e.end_date for e in extract_events(doc)}
    assert days.get("Совет распус") == date(1965, 12, 22)
    assert days.get("На следующий") == date(1965, 12, 23)
