"""A record's heading that names its meeting over a line saying the day it was held ("HELD THURSDAY, ...") gives the
meeting its row on that line. Sentences of our own."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text


def test_the_held_line_under_a_record_heading_is_the_meeting_on_its_day():
    body = ["MEMORANDUM OF DISCUSSION AT THE 212TH MEETING OF THE NATIONAL SECURITY COUNCIL,", "HELD TUESDAY, AUGUST 10, 1954",
            "Present at the meeting were: The President of the United States, presiding; the Secretary of State (Dulles).",
            "Mr. Allen Dulles said that the French had withdrawn two battalions from the delta.",
            "Action: Noted the briefing by the Director of Central Intelligence."]
    text = decode(("source: https://www.eisenhowerlibrary.gov/x\nMemorandum of Discussion at the 212th Meeting of the "
                   "National Security Council\n\n" + "\n\n".join(body) + "\n").encode())[0]
    doc = parse_text(text)
    rows = [(e.event_type, doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date) for e in extract_events(doc)]
    assert ("meeting", "HELD TUESDAY, AUGUST 10, 1954", date(1954, 8, 10)) in rows
