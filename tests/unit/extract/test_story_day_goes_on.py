"""A simple past told next in a paragraph, with no time of its own, goes on with the day the sentence before told its
act on ("On Friday the army took the radio station. Parliament was dissolved."): that day, not merely by the writing."""

from datetime import date


def _rows(text: str, day: date, kind: str = "bulletin") -> list[tuple[str, date | None, date | None]]:
    from pipeline.extract.events import extract_events
    from pipeline.parse.model import Block, ParsedDocument

    blocks, at = [], 0
    for paragraph in text.split("\n\n"):
        blocks.append(Block("paragraph", at, at + len(paragraph), paragraph, language="en"))
        at += len(paragraph) + 2
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=kind, document_date=day,
                         document_date_precision="day", blocks=blocks)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end].strip(), e.start_date, e.end_date) for e in extract_events(doc)]


def _row(rows, opening: str):
    return next((start, end) for ev, start, end in rows if ev.startswith(opening))


def test_a_simple_past_after_a_weekday_act_is_of_that_day():
    rows = _rows("Colonel Mbeki dismissed the cabinet on Tuesday and closed the airport. The national assembly was dissolved.",
                 date(1971, 3, 5), "telegram")
    assert _row(rows, "The national assembly was dissolved") == (date(1971, 3, 2), date(1971, 3, 2)), rows


def test_a_simple_past_after_an_act_of_yesterday_is_of_yesterday():
    rows = _rows("Paratroops seized the presidential palace early yesterday morning. The president was arrested and flown to Lisbon.",
                 date(1968, 9, 12))
    assert _row(rows, "The president was arrested") == (date(1968, 9, 11), date(1968, 9, 11)), rows


def test_a_pluperfect_a_present_or_the_next_sentence_after_that_stays_a_bound():
    rows = _rows("Paratroops seized the presidential palace early yesterday morning. The guards had fled the night before.\n\n"
                 "Rebels took the port on Sunday. The governor fled and his family is not accounted for.\n\n"
                 "Marines landed at the harbour on Monday. The mayor surrendered the keys. The rebels withdrew to the hills.",
                 date(1968, 9, 12))
    assert _row(rows, "The guards had fled")[0] is None, rows
    assert _row(rows, "The governor fled")[0] is None, rows
    assert _row(rows, "The mayor surrendered") == (date(1968, 9, 9), date(1968, 9, 9)), rows
    assert _row(rows, "The rebels withdrew")[0] is None, rows


def test_a_new_paragraph_does_not_carry_the_day():
    rows = _rows("Rebels took the port on Sunday.\n\nThe governor was arrested.", date(1968, 9, 12))
    assert _row(rows, "The governor was arrested")[0] is None, rows
