"""A news agency's dispatch printed in a paper or a bulletin is dated by its dateline ("MOSCOW, July 11 (TASS).—",
"新华社坎帕拉二十五日电"): its "today" and "yesterday" count from that day, not from the printing's."""

from datetime import date

import pytest

from pipeline.extract.events.context import wire_day
from pipeline.normalize.lexicon import lexicon

_EXAMPLES = [(text, expected) for lang in ("en", "zh") for text, expected in (lexicon(lang).get("examples_wire_dateline") or {}).items()]


@pytest.mark.parametrize(("example", "expected"), _EXAMPLES)
def test_a_dispatch_is_dated_by_its_dateline(example: str, expected: str | None) -> None:
    text, printed = example.rsplit(" (", 1)
    found = wire_day(text, date.fromisoformat(printed.rstrip(")")))
    assert (found.isoformat() if found else None) == expected
