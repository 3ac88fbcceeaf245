"""A nominal act inside a sentence whose happening a date reader dated ("the ambassador's talks with Nasser in Cairo" in
"... the ambassador's talks with Nasser in Cairo, which began on Monday, had produced no result"): a piece of that
happening, told once by the dated sentence's row, not a second happening bounded only by the day the text was written.
A message the sentence cites keeps its own row. Pages of our own making."""

from __future__ import annotations

from pipeline.seed import process_seed


def _rows(sentence: str) -> list[dict]:
    text = f"Telegram from the Hungarian Legation in Rangoon\n\nRangoon, 20 June 1962\n\n{sentence}\n\nSzabó\n"
    return process_seed("x.txt", text.encode()).events.to_pylist()


def test_talks_named_inside_a_sentence_dated_by_its_weekday_are_told_once_on_that_day():
    rows = _rows("Mr. Brown said that the ambassador's talks with Nasser in Cairo, which began on Monday, had produced no result.")
    told = [r for r in rows if "talks with Nasser" in r["evidence_text"]]
    assert [(r["date_kind"], r["start_date"].isoformat()) for r in told] == [("exact", "1962-06-18")]


def test_a_telegram_cited_inside_a_dated_sentence_keeps_its_own_row():
    rows = _rows("Gromyko initiative on Laos yesterday (Embtel 412) appears to confirm our estimate of Soviet intentions.")
    assert [r["event_type"] for r in rows if r["evidence_text"] == "Embtel 412"] == ["message_sent"]
    assert [r for r in rows if r["evidence_text"].startswith("Gromyko initiative") and r["start_date"] is not None]
