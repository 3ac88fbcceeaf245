"""One act, one row: a message a sentence cites with its day ("in accordance with your telegram No. 1530 of 1 June"),
read a second time from the words cut before its number ("in accordance with your telegram") as sent by the day the
text speaks from, gives no second row beside the row that dates it. Pages of our own making."""

from __future__ import annotations

from pipeline.seed import process_seed

_CABLE = """CIPHERED TELEGRAM

From: Embassy in Bucharest
To: Ministry of Foreign Affairs, Third Directorate

Bucharest, 4 March 1975

This morning, in accordance with your telegram No. 212 of 1 March, I called on Deputy Foreign Minister Ion Popescu and expressed the concern of our Government about the border incident.

The Deputy Minister said that he would inform his Government.

A. Stavrou
"""


def _rows(text: str) -> list[dict]:
    return process_seed("x.txt", text.encode()).events.to_pylist()


def test_a_message_cited_with_its_day_is_one_row():
    rows = [r for r in _rows(_CABLE) if "your telegram" in r["evidence_text"] and r["event_type"] == "message_sent"]
    assert rows and all(r["start_date"] is not None for r in rows), [(r["method"], r["date_kind"], r["evidence_text"]) for r in rows]
