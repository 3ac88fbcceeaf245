"""A weekly summary tells the week's acts by their day of the week, and names the things they were done to by their own
dates ("On Friday the junta annulled the 12 May decree"): the act is of that weekday before the summary's day, not of
the date that names the thing. Sentences of our own, in other names and days than the pages read."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text

CREST = "https://www.cia.gov/readingroom/docs/CIA-RDP79-00927A004400010001-2.pdf"


def _rows(body: str):
    text = decode((f"source: {CREST}\nCIA-RDP79-00927A004400010001-2.pdf\n\nSECRET\nCURRENT INTELLIGENCE WEEKLY SUMMARY\n"
                   f"17 May 1963\n\nHAITI\n\n{body}\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def test_the_week_s_act_is_on_its_weekday_not_on_the_date_of_the_thing_it_was_done_to():
    rows = _rows("The army has tightened its hold on the capital. On Monday the junta annulled all the 12 May municipal "
                 "elections and closed the university.")
    days = {(start, end) for evidence, start, end in rows if evidence.startswith("On Monday")}
    assert days == {(date(1963, 5, 13), date(1963, 5, 13))}


def test_a_sentence_that_tells_the_dated_thing_itself_keeps_its_date():
    rows = _rows("The junta annulled the elections held on 12 May.")
    assert any(start == date(1963, 5, 12) for evidence, start, _ in rows if "The junta annulled" in evidence)
