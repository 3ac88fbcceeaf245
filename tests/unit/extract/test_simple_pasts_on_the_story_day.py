"""A bulletin or a cable whose story opens on a day counted back from its own ("seized the airport early yesterday
morning") tells that day's acts in turn: the simple pasts after it with no date of their own ("The ministers were
arrested", "The assembly was dissolved") happened on it, and so do the hours it names next ("The junta broadcast at
noon ..."); a past perfect stays before it, and a date written later moves the story off it."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import ParsedDocument
from tests.unit.extract.papers import paper


def _dates(doc: ParsedDocument) -> dict[str, tuple]:
    return {doc.blocks[e.block].text[e.evidence_start: e.evidence_end][:24]: (e.start_date, e.end_date, e.date_kind)
            for e in extract_events(doc)}


def _bulletin(lines: list[str]) -> ParsedDocument:
    return paper(lines, kind="other", day=date(1958, 6, 12), title="DAILY SUMMARY", title_block=True)


def test_a_bulletins_simple_pasts_after_its_story_day_are_of_that_day():
    days = _dates(_bulletin([
        "Paratroops under Colonel Vessa seized the airport of Tarbes early yesterday morning.",
        "The Prime Minister and two of his ministers were arrested and the assembly was dissolved.",
        "The colonel spoke on the radio at noon and promised elections.",
    ]))
    assert days.get("The Prime Minister and t") == (date(1958, 6, 11), date(1958, 6, 11), "exact"), days
    assert days.get("The colonel spoke on the") == (date(1958, 6, 11), date(1958, 6, 11), "exact"), days


def test_a_past_perfect_after_the_story_day_stays_before_it():
    days = _dates(_bulletin([
        "Paratroops under Colonel Vessa seized the airport of Tarbes early yesterday morning.",
        "The colonel had quarrelled with the cabinet for months.",
    ]))
    assert days.get("The colonel had quarrell", (None, None, ""))[2] != "exact", days


def test_a_date_written_later_ends_the_story_day():
    days = _dates(_bulletin([
        "Paratroops under Colonel Vessa seized the airport of Tarbes early yesterday morning.",
        "In the north, rioters burned the prefecture of Vellan on 9 June.",
        "Three officials were arrested.",
    ]))
    assert days.get("Three officials were arr", (None, None, ""))[:2] != (date(1958, 6, 11), date(1958, 6, 11)), days
