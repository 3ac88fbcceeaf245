"""A cable or an intelligence bulletin that opens its story on a day counted back from its own ("attacked the palace
before dawn yesterday", "stormed the barracks early this morning", "On Tuesday before dawn ... deposed"): that day is the
story's, and its simple pasts told next are that day's; the writer's present perfects after it ("The junta has closed
the airport", "They have announced a curfew") stay on or before the day of writing, as a perfect with no day of its own
does (fixtures README, the present perfect), not a range from the story's day; a past perfect ("had announced") stays
before the story's day."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import ParsedDocument
from tests.unit.extract.papers import paper


def _paper(title: str, kind: str, lines: list[str], day: date) -> ParsedDocument:
    return paper(lines, kind=kind, day=day, title=title, title_block=True)


def _dates(doc: ParsedDocument) -> dict[str, tuple]:
    return {doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:24]: (e.start_date, e.end_date, e.date_kind)
            for e in extract_events(doc)}


def test_a_bulletins_perfects_stay_by_its_issue_after_the_story_day():
    doc = _paper("CENTRAL INTELLIGENCE BULLETIN", "other", [
        "Rebel officers of the Third Brigade seized the presidential palace in Kantara before dawn yesterday.",
        "The new junta has closed the frontier and the port.",
        "It has declared a curfew in the capital and the ports.",
    ], date(1971, 5, 9))
    days = _dates(doc)
    assert days.get("Rebel officers of the Th") == (date(1971, 5, 8), date(1971, 5, 8), "exact"), days
    assert days.get("The new junta has closed") == (None, date(1971, 5, 9), "upper_bound"), days
    assert days.get("It has declared a curfew") == (None, date(1971, 5, 9), "upper_bound"), days


def test_a_cable_of_the_days_news_bounds_its_perfects_by_that_day():
    doc = _paper("Telegram From the Embassy in Kantara to the Department of State", "telegram", [
        "Soldiers of the Presidential Guard stormed the radio station early this morning.",
        "Colonel Marut has proclaimed a Council of National Salvation.",
    ], date(1971, 5, 9))
    days = _dates(doc)
    assert days.get("Colonel Marut has procla") == (None, date(1971, 5, 9), "upper_bound"), days


def test_without_a_story_day_a_perfect_stays_by_the_issue():
    doc = _paper("CENTRAL INTELLIGENCE BULLETIN", "other", [
        "The new junta has closed the frontier and the port.",
    ], date(1971, 5, 9))
    days = _dates(doc)
    assert days.get("The new junta has closed") == (None, date(1971, 5, 9), "upper_bound"), days


def test_an_aside_keeps_the_story_day_a_later_date_moves_it():
    doc = _paper("CURRENT INTELLIGENCE WEEKLY SUMMARY", "other", [
        "Army units attacked the ministry of defence in Barta early yesterday.",
        "The defence minister, named only on 2 March, was detained.",
        "The council has dissolved the assembly.",
        "In the south, two governors were shot in Tavar on the evening of 3 May.",
        "The council has closed the schools.",
    ], date(1971, 5, 9))
    days = _dates(doc)
    assert days.get("The defence minister, na") == (date(1971, 5, 8), date(1971, 5, 8), "exact"), days  # the aside's
    assert days.get("The council has dissolve") == (None, date(1971, 5, 9), "upper_bound"), days  # day moves no story
    assert days.get("The council has closed t") == (None, date(1971, 5, 9), "upper_bound"), days


def test_a_day_told_in_a_relative_clause_is_no_story_day():
    doc = _paper("Telegram From the Embassy in Barta to the Department of State", "telegram", [
        "The rebels in the two barracks, which mutinied yesterday afternoon, still hold them.",
        "The garrison commander has refused to negotiate.",
    ], date(1971, 5, 9))
    days = _dates(doc)
    assert days.get("The garrison commander h") == (None, date(1971, 5, 9), "upper_bound"), days


def test_the_writers_own_perfect_act_stays_by_the_day_of_writing():
    doc = _paper("Telegram From the Embassy in Barta to the Department of State", "telegram", [
        "Army units attacked the ministry of defence in Barta early yesterday.",
        "Embassy has warned American residents to keep off the streets.",
        "We have asked the council for assurances.",
    ], date(1971, 5, 9))
    days = _dates(doc)
    assert days.get("Embassy has warned Ameri") == (None, date(1971, 5, 9), "upper_bound"), days
    assert days.get("We have asked the counci") == (None, date(1971, 5, 9), "upper_bound"), days


def test_a_weekday_counted_back_opens_the_story_as_yesterday_does():
    # a cable of Thursday 13 May 1971 whose story opens "On Tuesday ...": that day the story's; the perfects after it
    # stay on or before the cable's day
    doc = _paper("Ciphered Telegram from the Embassy in Kantara", "telegram", [
        "On Tuesday before dawn officers of the Third Brigade removed President Tabor from the palace.",
        "General Marut was sworn in as head of state yesterday afternoon.",
        "The new council has closed the frontier and the port.",
    ], date(1971, 5, 13))
    days = _dates(doc)
    assert days.get("On Tuesday before dawn o") == (date(1971, 5, 11), date(1971, 5, 11), "exact"), days
    assert days.get("The new council has clos") == (None, date(1971, 5, 13), "upper_bound"), days


def test_a_year_that_names_a_things_time_keeps_the_story_day():
    # "the constitution of 1965" dates the constitution, not a day the story moves to
    doc = _paper("CENTRAL INTELLIGENCE BULLETIN", "other", [
        "Army units seized the radio station in Kantara early yesterday.",
        "The council suspended the constitution of 1965.",
        "It has closed the frontier and the port.",
    ], date(1971, 5, 9))
    days = _dates(doc)
    assert days.get("The council suspended th") == (date(1971, 5, 8), date(1971, 5, 8), "exact"), days
    assert days.get("It has closed the fronti") == (None, date(1971, 5, 9), "upper_bound"), days


def test_a_weekday_after_a_story_opened_on_a_written_day_sets_no_story_day():
    doc = _paper("Ciphered Telegram from the Embassy in Kantara", "telegram", [
        "On the night of 8 to 9 May officers of the Third Brigade removed President Tabor from the palace.",
        "At a meeting with the diplomatic corps on Monday General Marut appealed for calm.",
        "The Soviet embassy has advised its specialists to stay indoors.",
    ], date(1971, 5, 13))
    days = _dates(doc)
    assert days.get("The Soviet embassy has a") == (None, date(1971, 5, 13), "upper_bound"), days
