"""A count after a date that runs to a thing the sentence names ("early on 18 July, ten days before President Prado's
term was to end"): it names the date, no act of its own, and no day the next sentences go on from. A page of our own
making."""

from __future__ import annotations

from pipeline.seed import process_seed

_WEEKLY = """CURRENT INTELLIGENCE WEEKLY SUMMARY
20 July 1962

PERU: MILITARY JUNTA OUSTS PRADO

The armed forces seized power in Lima early on 18 July, ten days before President Prado's term was to end. Prado was taken under guard to the naval base at Callao.
"""


def test_the_count_to_the_term_gives_no_day_of_its_own():
    rows = process_seed("x.txt", _WEEKLY.encode()).events.to_pylist()
    assert not [r for r in rows if str(r["start_date"]) == "1962-07-08"]
