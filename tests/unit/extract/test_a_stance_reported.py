"""A stance a speaker reports ("the United States regarded the matter as an internal affair", "he regretted this
decision"): a view held when it was told, which the saying's row holds; no earlier act of its own. Pages of our own
making."""

from __future__ import annotations

from pipeline.seed import process_seed

_MEMCON = """Memorandum of Conversation

Washington, May 4, 1962

PARTICIPANTS
The Secretary
Ambassador Karamanlis

Mr. Irwin said that the United States regarded the matter as an internal Greek affair.
The Secretary said that he regretted this decision and hoped that Greece would take part in the talks.
"""


def test_a_stance_told_in_a_saying_is_the_saying_alone():
    rows = process_seed("x.txt", _MEMCON.encode()).events.to_pylist()
    assert not [r for r in rows if r["date_kind"] == "upper_bound"]
    said = [r for r in rows if r["evidence_text"].startswith(("Mr. Irwin said", "The Secretary said"))]
    assert len(said) == 2 and all(r["start_date"].isoformat() == "1962-05-04" for r in said)
