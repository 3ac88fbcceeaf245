"""A saying that reports several acts ("said that the army had arrested ... on Sunday and that Mobutu had dissolved
..."), or a reply that reports one ("replied that U Thant had received a letter"): each act a row of its own, its
subject and object read from its own clause, beside the saying's row. Pages of our own making."""

from __future__ import annotations

from pipeline.seed import process_seed

_MEMCON = """Memorandum of Conversation

Washington, May 4, 1966

PARTICIPANTS
Secretary Rusk
Moise Tshombe

Tshombe said that the army had arrested two ministers on Sunday and that Mobutu had dissolved the parliament.

The Secretary asked whether the United Nations had been informed.

Tshombe replied that U Thant had received a letter from Kasavubu.

The Secretary asked about Katanga. Tshombe answered that the rebellion had weakened the province.
"""


def _rows():
    return process_seed("x.txt", _MEMCON.encode()).events.to_pylist()


def test_the_dated_clause_keeps_its_own_subject():
    sunday = [r for r in _rows() if r["start_date"] is not None and r["start_date"].isoformat() == "1966-05-01"
              and "the army had arrested" in r["evidence_text"]]
    assert len(sunday) == 1
    assert sunday[0]["source_names"] == ["army"] and "Mobutu Sese Seko" not in sunday[0]["source_names"] + sunday[0]["target_names"]


def test_the_clause_after_and_that_is_a_row_of_its_own_on_the_day_told():
    dissolved = [r for r in _rows() if r["evidence_text"].startswith("Mobutu had dissolved")]
    assert len(dissolved) == 1
    row = dissolved[0]
    assert row["date_kind"] == "exact" and row["start_date"].isoformat() == "1966-05-01"  # the story's day goes on
    assert row["source_names"] == ["Mobutu Sese Seko"]


def test_a_reply_reports_an_act_as_a_saying_does():
    rows = _rows()
    received = [r for r in rows if r["evidence_text"].startswith("U Thant had received")]
    assert len(received) == 1 and received[0]["date_kind"] == "upper_bound"
    assert received[0]["source_names"] == ["U Thant"] and received[0]["end_date"].isoformat() == "1966-05-04"
    reply = [r for r in rows if r["evidence_text"].startswith("Tshombe replied")]
    assert len(reply) == 1 and reply[0]["start_date"].isoformat() == "1966-05-04"


def test_a_reply_that_names_no_doer_is_the_reply_alone():
    rows = _rows()
    assert not [r for r in rows if r["evidence_text"].startswith("the rebellion had weakened")]
    assert [r for r in rows if r["evidence_text"].startswith("Tshombe answered")]
