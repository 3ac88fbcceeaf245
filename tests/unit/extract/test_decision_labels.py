"""A record's decision written as a turn ("Resolved: ...", "Постановили: ...") is the decision of the body whose meeting
the record records, and the label is never an actor."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _actors(title: str, text: str, language: str) -> list[str]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="minutes", title=title,
                         document_date=date(1958, 7, 16), document_date_precision="day",
                         blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [n for e in extract_events(doc) for n in list(e.sources) + list(e.targets)]


@pytest.mark.parametrize(("title", "text", "language", "body"), [
    ("Working Notes from the Session of the CPSU CC Presidium on 16 July 1958",
     "Resolved: Cdes. Gromyko and Ponomarev are to prepare the text of the statement by 18 July.", "en",
     "Politburo of the Communist Party of the Soviet Union"),
    ("Transcript of the SED Politburo Session held on 5 May 1960",
     "Decided: Comrade Ulbricht is to answer the letter of the Soviet comrades.", "en",
     "Politburo of the Socialist Unity Party of Germany"),
])
def test_a_decision_label_is_the_bodys_decision(title, text, language, body):
    actors = _actors(title, text, language)
    assert body in actors and not {"Resolved", "Decided"} & set(actors), actors


def test_a_decision_label_without_a_body_names_no_one():
    actors = _actors("Notes", "Resolved: Cde. Gromyko is to prepare the text of the statement.", "en")
    assert "Resolved" not in actors, actors
