"""A record of conversation written up days after its talk, its site's summary on its label's line (wcda_layout.py
_inline_field): the turns are of the talk's day its opening sentence names; the writer's own closing proposal, in the
present ("I propose that ..."), is his act as he writes, on the record's date, no turn of the talk (passages.py
_turn_before_its_aside)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.seed import process_seed

PAGE = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-gdr-ambassador
Wilson Center Digital Archive
International History Declassified

December 16, 1982
Record of Conversation between the GDR Ambassador and Lieutenant Colonel Desi Bouterse

Citation: "Record of Conversation between the GDR Ambassador and Lieutenant Colonel Desi Bouterse," December 16, 1982, History and Public Policy Program Digital Archive, PA AA, MfAA, ZR 1463/84, pp. 21-25.
Summary: The East German ambassador finds Bouterse defensive about the killing of fifteen opponents at Fort Zeelandia.

Original Language: German

Paramaribo, 16 December 1982

On Tuesday, 14 December, at 17:00, Lieutenant Colonel Desi Bouterse, Chairman of the National Military Council, received me at Fort Zeelandia.

Bouterse began by saying that a counter-revolution had been prepared for Christmas with the help of foreign services.

I asked about the position of the Netherlands. He also asked me to convey his greetings to Comrade Erich Honecker.

In my view, the Council is isolated. I propose that our Ministry invite a delegation of the Council to Berlin in the first half of 1983.

Lindner
Ambassador
"""


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return process_seed("10901_record.txt", PAGE.encode()).events.to_pylist()


@pytest.mark.parametrize("turn", ["Bouterse began by saying", "I asked about the position", "He also asked me to convey"])
def test_the_turns_are_of_the_talks_day(rows, turn):
    days = {(r["start_date"], r["end_date"]) for r in rows if r["evidence_text"].startswith(turn)}
    assert days == {(date(1982, 12, 14), date(1982, 12, 14))}


def test_the_writers_closing_proposal_is_of_the_day_he_writes(rows):
    days = {r["start_date"] for r in rows if r["evidence_text"].startswith("I propose") and r["start_date"] is not None}
    assert days == {date(1982, 12, 16)}


def test_a_record_written_on_its_talks_day_reads_no_cues_for_the_writers_own_act(monkeypatch):
    """Whether a clause's main verb is the writer's own act matters only to a letter, or to a record written up after its
    talk: a record of the talk's own day is not read for it (a cost per sentence)."""
    import sys

    from pipeline.extract.events import passages

    calls: list[str] = []
    read_cues = passages.read_cues

    def counted(*args, **kwargs):
        calls.append(sys._getframe(1).f_code.co_name)
        return read_cues(*args, **kwargs)

    monkeypatch.setattr(passages, "read_cues", counted)
    page = PAGE.replace("16 December 1982", "14 December 1982").replace("December 16, 1982", "December 14, 1982").replace(
        "I asked about the position of the Netherlands.",
        "He informed me of the results of the talks which his delegation had held in Caracas on 10 December.")
    process_seed("10901_record_same_day.txt", page.encode())
    assert "_turn_before_its_aside" not in calls and "performative" not in calls
