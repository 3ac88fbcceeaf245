"""A daily intelligence brief's item: "was the first to recognize" is an act done, of the weekday it names; a perfect
joined by a bare "and" to a clause dated back from the brief runs from that day to the brief's."""

from datetime import date

ISSUE = date(1979, 8, 10)  # a Friday


def _brief_rows(text: str) -> list[tuple[str, date | None, date | None, list[str]]]:
    from pipeline.extract.events import extract_events
    from pipeline.parse.model import Block, ParsedDocument

    blocks, at = [], 0
    for paragraph in text.split("\n\n"):
        blocks.append(Block("paragraph", at, at + len(paragraph), paragraph, language="en"))
        at += len(paragraph) + 2
    doc = ParsedDocument(
        parser="test/1",
        source_type="archival_record",
        document_type="bulletin",
        document_date=ISSUE,
        document_date_precision="day",
        blocks=blocks,
    )
    return [
        (text[e.evidence_start : e.evidence_end], e.start_date, e.end_date, [*e.sources, *e.targets])
        for e in extract_events(doc)
    ]


def test_the_first_to_recognize_is_an_act_of_its_weekday():
    rows = _brief_rows(
        "Tanzania, the main backer of the exiles, was the first to recognize the new regime on Wednesday."
    )
    assert any(
        ev.startswith("Tanzania") and start == end == date(1979, 8, 8) for ev, start, end, _ in rows
    ), rows


def test_a_perfect_after_a_bare_and_runs_from_the_dated_act_to_the_issue():
    rows = _brief_rows(
        "Flight Lieutenant Kofi Mensah seized power in Accra last Saturday and has named a revolutionary council of"
        " nine officers."
    )
    clause = [r for r in rows if r[0].startswith("has named")]
    assert [(start, end) for _, start, end, _ in clause] == [(date(1979, 8, 4), ISSUE)], rows
    assert "Kofi Mensah" in " ".join(clause[0][3]), clause
