"""A history's "within the week" and a span after "to" and a name ("a letter to Pope Paul written within the week",
"sent a protest to Moscow within two days"): counted from the last day the text wrote, as "within days" is; "to"
before a name is a preposition, not an infinitive that would make the act a plan."""

from datetime import date

from pipeline.extract.events import extract_events
from tests.unit.extract.papers import paper


def _dates(paragraphs: list[str]) -> dict[str, tuple]:
    doc = paper(paragraphs, kind="book", day=None)
    return {doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:24]: (e.start_date, e.end_date, e.date_kind)
            for e in extract_events(doc)}


def test_within_the_week_counts_a_week_from_the_day_written():
    days = _dates(["On 15 September 1964 the agreement was signed in Budapest.",
                   "The cardinal protested in a letter to Pope Paul written within the week."])
    assert days.get("The cardinal protested i") == (date(1964, 9, 15), date(1964, 9, 22), "range"), days


def test_to_before_a_name_leaves_the_span_standing_an_infinitive_does_not():
    days = _dates(["On 3 May 1967 the army took power in Freetown.",
                   "The embassy sent a protest to Moscow within two days."])
    assert days.get("The embassy sent a prote") == (date(1967, 5, 3), date(1967, 5, 5), "range"), days
    planned = _dates(["On 3 May 1967 the army took power in Freetown.",
                      "The council ordered the advisers to leave within two days."])
    assert planned.get("The council ordered the ") != (date(1967, 5, 3), date(1967, 5, 5), "range"), planned
