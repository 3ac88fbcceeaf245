"""Three readings that keep rows to the acts a page tells, each on its day: a record of a talk held on a Tuesday names
that Tuesday for the talk's own acts ("received me on Tuesday"); a cable's present perfect closed by "since then" runs
from the day the cable last told to the day it is written; an act named by its noun alone after "after" ("after the
coup") is the one the page tells, no row of its own. Pages of our own making, not the held-out ones."""

from datetime import date

from pipeline.seed import process_seed

_RECORD = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-ambassador-president-x
November 09, 1973
Record of Conversation between the Bulgarian Ambassador and President Hamani Diori

Skip to content

Niamey, 9 November 1973

RECORD
of a conversation with President Hamani Diori on Tuesday, 6 November 1973

The President received me in the presidential palace on Tuesday at 10 a.m. He said that the harvest had failed again in the east.
"""

_CABLE = """source: https://history.state.gov/historicaldocuments/frus1958-60v05/d901
Historical Documents - Office of the Historian

901. Telegram From the Embassy in Paraguay to the Department of State1

Asuncion, December 14, 1959—3 p.m.

1. The government declared a state of siege throughout the country on Saturday and closed the river frontier. Police have arrested some forty opposition leaders since then.

2. The signing of the new trade agreement was postponed after the coup.
"""


def _rows(name: str, text: str) -> list[dict]:
    return process_seed(name, text.encode()).events.to_pylist()


def _days(rows: list[dict], piece: str) -> set[tuple]:
    return {(r["start_date"], r["end_date"]) for r in rows if piece in r["evidence_text"]}


def test_a_record_of_a_talk_held_on_a_tuesday_dates_its_received_me_on_tuesday_on_that_day():
    days = _days(_rows("1_record.txt", _RECORD), "received me in the presidential palace on Tuesday")
    assert (date(1973, 11, 6), date(1973, 11, 6)) in days
    assert (date(1973, 10, 30), date(1973, 10, 30)) not in days  # not the Tuesday a week before the talk


def test_a_course_closed_by_since_then_runs_from_the_day_told_before_to_the_cable():
    days = _days(_rows("901_frus-cable.txt", _CABLE), "arrested some forty opposition leaders since then")
    assert days == {(date(1959, 12, 12), date(1959, 12, 14))}


def test_an_act_named_by_its_noun_alone_after_after_makes_no_row():
    rows = _rows("901_frus-cable.txt", _CABLE)
    assert not [r for r in rows if r["evidence_text"].strip() == "after the coup"]
    assert _days(rows, "The signing of the new trade agreement was postponed")  # the act told keeps its row
