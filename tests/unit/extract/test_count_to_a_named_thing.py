"""A count after a date that runs to a thing the sentence names ("early on 18 July, ten days before President Prado's
term was to end"): it names the date, no act of its own, and no day the next sentences go on from. A course told since
a happening the page dates ("has been in hiding since the coup"): from the happening's day to the writing. Pages of our
own making."""

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


_COUP = """CURRENT INTELLIGENCE WEEKLY SUMMARY
20 July 1962

PERU: MILITARY JUNTA OUSTS PRADO

The armed forces seized power in Lima early on 18 July. Congress was dissolved. Haya de la Torre has been in hiding since the coup.
"""


def test_a_course_since_a_happening_the_page_dates_runs_from_its_day():
    rows = process_seed("x.txt", _COUP.encode()).events.to_pylist()
    assert [r for r in rows if "in hiding" in r["evidence_text"] and r["date_kind"] == "range"
            and (str(r["start_date"]), str(r["end_date"])) == ("1962-07-18", "1962-07-20")]
