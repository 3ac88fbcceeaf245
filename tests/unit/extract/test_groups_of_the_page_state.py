"""A state's groups written bare in a report about that state ("Army units entered the capital", "troops and police
opened fire"): the army and police of the state the page is about, named by its adjective, where the clause names no
state; not the writer's own state, whose embassy writes the report."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _actors(*paragraphs: str) -> list[list[str]]:
    blocks, at = [], 0
    for text in paragraphs:
        blocks.append(Block("paragraph", at, at + len(text), text, language="en"))
        at += len(text) + 2
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="report", document_date=date(1973, 10, 16),
                         document_date_precision="day", blocks=blocks)
    return [list(e.sources) + list(e.targets) for e in extract_events(doc)]


def test_bare_troops_and_police_are_the_page_states():
    actors = _actors("The Polish Embassy in Bangkok reports on the crisis in Thailand.",
                     "Thai students have marched for a week against the Thai government.",
                     "On 14 October troops and police opened fire near the palace.")
    assert ["Thai army", "Thai police"] in actors, actors


def test_a_group_whose_state_the_clause_names_keeps_it():
    actors = _actors("The Polish Embassy in Bangkok reports on the crisis in Thailand.",
                     "Thai students have marched for a week against the Thai government.",
                     "On 14 October Burmese troops crossed the border.")
    assert ["Burmese troops"] in actors, actors
