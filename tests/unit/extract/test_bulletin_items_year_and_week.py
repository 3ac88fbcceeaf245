"""A weekly bulletin's items: a year named in a participle aside lends no year to the next item, and an item's main clause
that names "this week" beside a relative clause with its own day is a row of that week."""

from datetime import date


def _bulletin_rows(text: str, day: date) -> list[tuple[str, date | None, date | None]]:
    from pipeline.extract.events import extract_events
    from pipeline.parse.model import Block, ParsedDocument

    blocks, at = [], 0
    for paragraph in text.split("\n\n"):
        blocks.append(Block("paragraph", at, at + len(paragraph), paragraph, language="en"))
        at += len(paragraph) + 2
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="bulletin", document_date=day,
                         document_date_precision="day", blocks=blocks)
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


ITEMS = """The former premier, deposed by the army in March 1961, remains under house arrest in the capital.

LAOS: The neutralist government, which took office on 14 September, this week dissolved the provincial councils."""


def test_a_year_in_a_participle_aside_lends_no_year_to_the_next_item():
    rows = _bulletin_rows(ITEMS, date(1962, 10, 12))
    assert any(start == end == date(1962, 9, 14) for _, start, end in rows), rows
    assert not any(start and start.year == 1961 and start.month == 9 for _, start, _ in rows), rows


def test_this_week_beside_a_dated_relative_clause_is_the_main_clauses_week():
    rows = _bulletin_rows(ITEMS, date(1962, 10, 12))
    assert any(start == date(1962, 10, 8) and end == date(1962, 10, 12) for _, start, end in rows), rows


def test_an_act_before_dawn_in_a_report_of_the_day_is_of_that_day():
    rows = _bulletin_rows("Paratroops surrounded the presidential palace and the radio station before dawn.", date(1966, 1, 15))
    assert any(ev.startswith("Paratroops") and start == end == date(1966, 1, 15) for ev, start, end in rows), rows
