"""A record whose writer types his initials and surname in capitals over the day he signed: he is its sender."""

from __future__ import annotations

from pipeline.parse import parse_text

_RECORD = """source: https://example.org/records/7
Record of a Meeting between the Commonwealth Secretary and the Premier of Dominica

CONFIDENTIAL

RECORD OF A MEETING AT MARLBOROUGH HOUSE ON MONDAY 4 MARCH 1968 AT 11 A.M.

1. The Commonwealth Secretary welcomed the Premier and asked about the hurricane damage.

2. The Premier said that the banana crop had been lost and asked for a loan.

P. J. HARTLEY-SMITH
5 March 1968
"""


def test_a_record_signed_in_capitals_over_its_day_is_sent_by_its_writer():
    doc = parse_text(_RECORD)
    assert doc.sender_names == ["P. J. Hartley-Smith"]
