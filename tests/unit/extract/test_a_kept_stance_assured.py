"""An assurance a saying reports that a side will keep a stance ("He told me that the new regime would honour all
Pakistan's international obligations", "President Daoud said that Afghanistan would remain non-aligned"): the saying is
the act, on its day; the stance assured plans nothing, no undated row of its own. A plan to act or a stance kept to a
time named stays a plan. Pages of our own making."""

from __future__ import annotations

from pipeline.seed import process_seed

_CABLE = """TELEGRAM

FROM ISLAMABAD TO FCO

5 July 1977

1. I called on the Foreign Secretary this morning. He told me that the new regime would honour all Pakistan's international obligations.
2. He also told me that the Chief Martial Law Administrator would visit Tehran next week.
"""

_MEMCON = """Memorandum of Conversation

Kabul, August 8, 1976

PARTICIPANTS
President Mohammad Daoud
The Secretary

President Daoud said that Afghanistan would remain non-aligned.
He said that the border would remain closed until the end of the month.
"""


def _rows(page: str) -> list[dict]:
    return process_seed("x.txt", page.encode()).events.to_pylist()


def test_the_telling_of_a_stance_kept_is_the_row_on_its_day():
    rows = _rows(_CABLE)
    told = [r for r in rows if r["evidence_text"].startswith("He told me that the new regime")]
    assert told and all(r["date_kind"] != "undated" for r in told)
    assert [
        r for r in rows if "visit Tehran" in r["evidence_text"] and r["date_kind"] == "undated"
    ]  # a plan stays a plan


def test_a_stance_assured_in_a_saying_gives_no_plan_row():
    rows = _rows(_MEMCON)
    assert not [
        r
        for r in rows
        if r["evidence_text"].startswith("Afghanistan would remain")
        or (r["date_kind"] == "undated" and "non-aligned" in r["evidence_text"])
    ]
    assert [
        r for r in rows if r["evidence_text"].startswith("President Daoud said") and r["date_kind"] == "exact"
    ]
