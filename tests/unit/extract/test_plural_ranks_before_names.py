"""Officers named together under one rank written in the plural ("led by Colonels A and B", "under Majors A and B") are
the persons, the rank no part of the first one's name."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _actors(text: str) -> set[str]:
    block = Block("paragraph", 0, len(text), text, language="en")
    doc = ParsedDocument(
        parser="test/1",
        source_type="archival_record",
        document_type="report",
        document_date=date(1971, 5, 4),
        document_date_precision="day",
        blocks=[block],
    )
    return {n for e in extract_events(doc) for n in e.sources + e.targets}


def test_colonels_before_two_names():
    names = _actors(
        "Army officers led by Colonels Ramiro Quesada Ortiz and Tomas Fuentes Barrios deposed the president on 3 May 1971."
    )
    assert "Ramiro Quesada Ortiz" in names and not any(n.startswith("Colonels") for n in names), names


def test_majors_after_under():
    names = _actors(
        "The cabinet was dismissed on 3 May 1971 by the National Guard under Majors Ramiro Quesada and Tomas Fuentes."
    )
    assert "Ramiro Quesada" in names and not any(n.startswith("Majors") for n in names), names
