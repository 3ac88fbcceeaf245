"""A cable or a bulletin whose story opens on a day counted back from its writing ("took power early yesterday
morning"): a telegram's hour told next with no day of its own ("Radio Kantara announced at 0700 local that ...") is
an hour of that day, not of the day the cable is written; and a main clause whose only written date stands in a ", who
...," aside ("The Prime Minister, who had returned from Geneva on 2 May, was arrested at his residence") is a step of
that day's story, the aside's date its own. The writer's own act at an hour ("At 1100 I called on ...") stays his
day's. Cables of other places and years than the page the readings were found on."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import ParsedDocument
from tests.unit.extract.papers import paper


def _cable(lines: list[str], day: date) -> ParsedDocument:
    return paper(lines, kind="telegram", day=day, title="Telegram From the Embassy in Kantara to the Department of State",
                 title_block=True)


def _dates(doc: ParsedDocument) -> list[tuple]:
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:25], e.start_date, e.end_date, e.date_kind)
            for e in extract_events(doc)]


def test_an_hour_after_the_story_day_counted_back_is_of_that_day():
    rows = _dates(_cable([
        "1. The army under Colonel Marut took power early yesterday morning without resistance. "
        "Radio Kantara announced at 0700 local that a Council of National Salvation had assumed power.",
    ], date(1971, 5, 9)))
    assert ("Radio Kantara announced a", date(1971, 5, 8), date(1971, 5, 8), "exact") in rows, rows


def test_the_writers_own_hour_stays_his_day():
    rows = _dates(_cable([
        "1. The army under Colonel Marut took power early yesterday morning without resistance. "
        "At 1100 I called on the Foreign Minister to ask about the safety of our nationals.",
    ], date(1971, 5, 9)))
    assert not any(t.startswith("At 1100 I") and start == date(1971, 5, 8) for t, start, _, _ in rows), rows


def test_a_main_clause_beside_an_earlier_dated_aside_is_the_story_days():
    rows = _dates(_cable([
        "1. Army units took control of the capital in the early hours of yesterday. "
        "The Prime Minister, Mr Abeid, who had returned from Geneva on 2 May, was arrested at his residence.",
    ], date(1971, 5, 9)))
    days = {(start, end) for t, start, end, _ in rows if t.startswith("The Prime Minister")}
    assert (date(1971, 5, 2), date(1971, 5, 2)) in days, rows
    assert (date(1971, 5, 8), date(1971, 5, 8)) in days, rows


def test_a_cable_that_opens_on_its_own_day_tells_that_days_acts_in_turn():
    rows = _dates(_cable([
        "1. General Marut arrived from Paris at the airport at about 2:00 a.m. today aboard a French aircraft. "
        "He was met by thousands of people who had been waiting since the evening.",
    ], date(1971, 5, 9)))
    assert ("He was met by thousands o", date(1971, 5, 9), date(1971, 5, 9), "exact") in rows, rows


def test_a_day_of_writing_counted_after_written_days_leaves_the_undated_acts_open():
    rows = _dates(_cable([
        "1. Before dawn on 7 May paratroopers occupied the air bases around the capital.",
        "2. Commandos surrounded the bases during the night of 7 to 8 May, and the paratroopers surrendered this morning. "
        "Colonel Abeid was relieved of his command.",
    ], date(1971, 5, 9)))
    assert not any(t.startswith("Colonel Abeid") and start == end == date(1971, 5, 9) for t, start, end, _ in rows), rows
