"""A council of ministers' minutes written in the present tense, as continental cabinets keep them: the body's name alone
on a line over the minutes' heading names the body; a member named by his office reports at the session ("The Minister
of Foreign Affairs reports on the events in ...") and is no site's summary of the record, so the happenings he tells
are read; the points lettered "a.", "b." under "The Council decides:" are the council's decisions, and the next item
of the minutes ("5. Any other business") is none."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

_MINUTES = "\n\n".join(
    [
        "source: https://example.org/archive/council-of-ministers/1979-11-16",
        "Council of Ministers, minutes, 16 November 1979 - State Archive",
        "COUNCIL OF MINISTERS",
        "Minutes of the meeting of Friday 16 November 1979, held at 10.00 a.m.",
        "Present: P. Vermeer (chairman), K. Lindqvist, A. Moreau, J. Haldane; R. Osei (secretary).",
        "3. Situation in the border provinces",
        "The Minister of Foreign Affairs reports on the events in the north. On Monday evening rebel units occupied the "
        "customs post at Harlow and took four officials hostage. The governor resigned on Wednesday.",
        "Minister Lindqvist asks whether the embassy should be reinforced.",
        "The Council decides:",
        "a. to send a relief convoy to the province;",
        "b. that the embassy staff remains at its post;",
        "c. that the Minister of Foreign Affairs will report again next week.",
        "4. Any other business",
        "No items.",
    ]
)


def _rows():
    doc = parse_text(_MINUTES)
    return doc, extract_events(doc)


def test_the_body_named_alone_over_the_minutes_heading_holds_the_session():
    doc, events = _rows()
    assert doc.document_type == "minutes"
    session = [e for e in events if e.method == "document_metadata"]
    assert session and session[0].sources == ["Council of Ministers"], session


def test_a_minister_named_by_his_office_reports_at_the_session_and_what_he_tells_is_read():
    doc, events = _rows()
    told = {doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:40]: e.start_date for e in events}
    reported = [e for e in events if doc.blocks[e.block].text[e.evidence_start:].startswith("The Minister of Foreign Affairs reports")]
    assert reported and reported[0].start_date == date(1979, 11, 16), told
    assert date(1979, 11, 12) in told.values(), told  # "On Monday evening": the Monday before the Friday session
    assert date(1979, 11, 14) in told.values(), told  # "resigned on Wednesday"


def test_the_lettered_points_are_the_councils_decisions_and_the_next_item_is_none():
    doc, events = _rows()
    points = {doc.blocks[e.block].text[:2]: e for e in events if e.sources == ["Council of Ministers"] and e.method != "document_metadata"
              and e.date_kind != "undated"}  # a plan a point states ("will receive ... next week") is a row of its own
    assert {"a.", "b."} <= set(points), points
    assert points["b."].start_date == date(1979, 11, 16), points
    # "c. that the Minister of Foreign Affairs will receive the Surinamese ambassador again next week.": the plan the
    # council set for a time it names, its undated row alone (the golds disagree: tests/fixtures/README.md)
    planned = [e for e in events if doc.blocks[e.block].text.startswith("c.")]
    assert planned and all(e.date_kind == "undated" for e in planned), planned
    assert not any(doc.blocks[e.block].text.startswith("4. Any other business") for e in events)
