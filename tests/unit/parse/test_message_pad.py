"""A radio office's message pad: each message under a head in columns (serial | date-time group | FROM x TO y), the
operator's line under its text (Sent 1722 RBM), no date line of the pad's own."""

from datetime import date
from pathlib import Path

from pipeline.parse import parse_text
from pipeline.parse.signal_head import logged_groups_day
from pipeline.seed import process_seed

PAD = next((Path(__file__).parents[2] / "fixtures" / "probes_events105").glob("10609_*.txt")).read_text("utf-8")  # serials 41-45


def test_a_pad_is_of_the_month_of_its_groups():
    assert logged_groups_day(["Serial 41 | 191715Z MAR 82 | FROM A TO B", "Serial 43 | 200905Z MAR 82 | FROM B TO A"]) \
        == (date(1982, 3, 19), "month", "191715Z MAR 82")
    assert logged_groups_day(["FM NUKUALOFA 140430Z MAY 76"]) is None  # a signal's head, no pad
    doc = parse_text(PAD)
    assert (doc.document_date, doc.document_date_precision) == (date(1982, 3, 19), "month")


def test_each_message_and_its_operators_line_are_rows_of_its_groups_day():
    rows = process_seed("pad.txt", PAD.encode()).events.to_pylist()
    by_text = {r["evidence_text"].strip(): r for r in rows}
    head = by_text["Serial 41 | 191715Z MAR 82 | FROM BASECOM KEP TO GOVERNOR STANLEY"]
    assert (head["event_type"], head["start_date"], head["start_time"]) == ("message_sent", date(1982, 3, 19), "17:15")
    assert head["source_names"] and head["target_names"]
    received = by_text["Serial 42 | 192040Z MAR 82 | FROM GOVERNOR STANLEY TO BASECOM KEP"]
    assert received["event_type"] == "message_received"  # its operator's line: "Recd"
    sent = by_text["Sent 1722 RBM"]
    assert (sent["event_type"], sent["start_date"], sent["start_time"], sent["source_names"]) == ("message_sent", date(1982, 3, 19), "17:22", ["RBM"])
    today = next(r for r in rows if "SAILED" in r["evidence_text"])
    assert today["start_date"] == date(1982, 3, 21)  # "TODAY": the message's own day, not the pad's first


WRAPPED = """source: http://example.org/pad
RADIO OFFICE, KING EDWARD POINT
MESSAGE PAD (outgoing and incoming)            Times GMT

Serial 41 | 191715Z MAR 82 | FROM BASECOM KEP TO GOVERNOR STANLEY
FIELD PARTY REPORTS VESSEL ALONGSIDE AT LEITH SINCE THIS MORNING. ABOUT
FIFTY MEN ASHORE AND A FLAG HOISTED ON THE FLAGSTAFF BY THE STORE.
Sent 1722 RBM

Serial 43 | 200905Z MAR 82 | FROM GOVERNOR STANLEY TO BASECOM KEP
HMS ENDURANCE SAILED STANLEY 0900 TODAY WITH THE DETACHMENT ON BOARD
FOR KING EDWARD POINT, EXPECTED ON THE TWENTY THIRD.
Recd 0911 NJP
"""


def test_a_pad_typed_in_short_lines_keeps_each_head_its_text_and_its_operators_line_apart():
    texts = [b.text for b in parse_text(WRAPPED).blocks]
    assert "Serial 41 | 191715Z MAR 82 | FROM BASECOM KEP TO GOVERNOR STANLEY" in texts
    assert "Sent 1722 RBM" in texts and "Recd 0911 NJP" in texts
    assert any(t.startswith("HMS ENDURANCE SAILED") for t in texts)


def test_a_fourth_cell_after_the_ends_is_none_of_the_addressees():
    from pipeline.extract.events.message_file import message_head
    head = message_head("Serial 41 | 191715Z MAR 82 | FROM BASECOM KEP TO GOVERNOR STANLEY | Sent 1722")
    assert head is not None and head.ends == ("BASECOM KEP", "GOVERNOR STANLEY")
