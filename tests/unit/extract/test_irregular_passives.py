"""A passive made with an irregular participle or a naming one ("was sworn in", "were flown", "was named president"),
with no doer named and no date of its own, is an act done to its subject on the day the story is on, like "was
arrested"."""

from datetime import date


def _rows(text: str, day: date, kind: str = "telegram") -> list[tuple[str, date | None, list[str]]]:
    from pipeline.extract.events import extract_events
    from pipeline.parse.model import Block, ParsedDocument

    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=kind, document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(text[e.evidence_start: e.evidence_end].strip(), e.start_date, e.sources) for e in extract_events(doc)]


def _row(rows, opening: str):
    return next(((start, sources) for ev, start, sources in rows if ev.startswith(opening)), None)


def test_a_swearing_in_after_an_act_of_yesterday_is_of_yesterday():
    rows = _rows("Officers of the guard seized the radio station yesterday. General Tavares was sworn in as head of state.",
                 date(1974, 6, 3))
    assert _row(rows, "General Tavares was sworn in") == (date(1974, 6, 2), ["Tavares"]), rows


def test_a_naming_and_a_flight_told_in_the_passive_are_acts():
    rows = _rows("The junta met in the barracks on Monday. Colonel Amado was named prime minister.\n"
                 "The wounded were flown to the capital.", date(1974, 6, 5), "bulletin")
    assert _row(rows, "Colonel Amado was named") == (date(1974, 6, 3), ["Amado"]), rows
    assert _row(rows, "The wounded were flown") is not None, rows


def test_a_state_told_with_was_is_no_act():
    rows = _rows("The junta met in the barracks on Monday. Colonel Amado was known as a moderate.", date(1974, 6, 5))
    assert _row(rows, "Colonel Amado was known") is None, rows
