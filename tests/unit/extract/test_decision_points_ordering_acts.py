"""A numbered point of a session's decision that orders an act to come ("3. The Ministry of Foreign Trade shall send a
delegation ... in May 1962") is the body's decision on the session's day as well as the plan for the act."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

_MINUTES = """Minutes of the Session of the Political Bureau of the Central Committee, 14 March 1962

Present: Comrades Kádár, Münnich, Kállai.

Comrade Kállai reported on the situation in the Congo after the death of the Prime Minister.

Decision:
1. The Political Bureau takes note of the report.
2. A message of sympathy shall be sent to the family of the late Prime Minister.
3. The Ministry of Foreign Trade shall send a delegation to Leopoldville in May 1962 to sign the trade agreement.
"""


def test_each_point_ordering_an_act_is_decided_on_the_sessions_day():
    doc = parse_text(_MINUTES)
    rows = [(doc.blocks[e.block].text[e.evidence_start:e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]
    session = date(1962, 3, 14)
    for point in ("2. A message of sympathy", "3. The Ministry of Foreign Trade"):
        assert any(text.startswith(point) and start == end == session for text, start, end in rows), rows
