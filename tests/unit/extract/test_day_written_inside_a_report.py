"""A report's day written inside its sentence, not opening it ("The army seized power in the capital early on 18 July"),
before the day of the writing: the clock hours and day parts told after it ("at about 3:30 a.m.", "in the early
afternoon") are of that day, as they are of a day an opening phrase states; a day in an aside (", who had returned on 16
July,") dates no hour."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

CABLE = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-embassy-report-army-takes-power
July 20, 1962
Ciphered Telegram from the Embassy on the Army Taking Power

Skip to content

CIPHERED TELEGRAM
SECRET

To the Ministry of Foreign Affairs

The armed forces seized power in the capital early on 18 July. A tank broke through the gates of the palace at about 3:30 a.m., and the President was taken under guard to the naval base. The junta was sworn in in the early afternoon.

Please instruct whether to keep working contacts with the junta.

AMBASSADOR    I. PETROV
20 July 1962

Document Information
Type
Telegram
Language
English
"""


def _rows(text: str) -> list[tuple[str, date | None, date | None]]:
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def test_the_hours_after_a_day_written_inside_a_report_sentence_are_of_that_day():
    rows = _rows(CABLE)
    tank = [r for r in rows if "3:30 a.m." in r[0]]
    assert tank and all(r[1] == r[2] == date(1962, 7, 18) for r in tank), rows
    sworn = [r for r in rows if "early afternoon" in r[0]]
    assert sworn and all(r[1] == r[2] == date(1962, 7, 18) for r in sworn), rows
