"""A row dated inside the clause a saying reports is the clause's act, done by the clause's subject, not by the teller
("Comrade Tsend said that in the past month Chinese patrols have ..."); the saying itself, and a clause whose subject
is the teller again ("he said that on Sunday he had met ..."), keep the teller."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str) -> list[tuple[list[str], str | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="report", document_date=date(1969, 3, 27),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(list(e.sources), e.date_text) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "doer"), [
    ("Comrade Tsend said that in the past two weeks Chinese troops have become more active along the eastern border.", "Chinese troops"),
    ("Kania informed me that the Politburo had decided on Sunday to raise the prices of meat.", "Politburo"),
])
def test_the_clauses_subject_does_the_act_dated_in_it(text, doer):
    rows = _rows(text)
    assert any(sources == [doer] for sources, _ in rows), rows
    assert not any(s in ("Tsend", "Kania", "Stanisław Kania") for sources, _ in rows if sources == [doer] for s in sources)


def test_the_teller_again_keeps_his_act():
    rows = _rows("Kania said that on Sunday he had met the Soviet ambassador.")
    assert not any(sources == ["Soviet ambassador"] for sources, _ in rows), rows
