"""A row's actors come from the clause that holds its act and its date: a clause after ';' has its own subject, and the
agent of a passive ("were seized by Belgrade") acts, a capital standing for its state."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str) -> list[tuple[str, date | None, list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="book", document_type="book", document_date=date(1962, 12, 31),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.sources, e.targets) for e in extract_events(doc)]


def test_a_clause_after_a_semicolon_is_acted_by_its_own_agent_a_capital_as_its_state():
    rows = _rows("The Soviet ambassador left the country in March 1962; two warships were seized by Belgrade on 3 May 1962.")
    assert [(sources, targets) for _, day, sources, targets in rows if day == date(1962, 5, 3)] == [(["Yugoslavia"], [])], rows
    assert [sources for _, day, sources, _ in rows if day == date(1962, 3, 1)] == [["Soviet ambassador"]], rows


def test_those_a_participle_aside_names_are_no_actor_of_the_passive():
    rows = _rows("In April 1962 the Chinese advisers went home; the two mines, run by Polish engineers, were taken over by Tirana on 9 June 1962.")
    assert [(sources, targets) for _, day, sources, targets in rows if day == date(1962, 6, 9)] == [(["Albania"], [])], rows


def test_a_passive_agent_already_named_keeps_the_subject_beside_it():
    rows = _rows("Gromyko arrived on 6 September 1962 and was received by Mao in Beijing the next day.")
    assert any(day == date(1962, 9, 6) and sources == ["Andrei Gromyko"] for _, day, sources, _ in rows), rows


def test_a_clause_joined_by_and_with_a_passive_of_its_own_has_its_own_subject():
    rows = _rows("On 15 July Soviet sailors reached Vlora, and British paratroops were flown into Malta on 17 July.")
    assert [sources for _, day, sources, _ in rows if day == date(1962, 7, 17)] == [["British paratroops"]], rows
    assert [sources for _, day, sources, _ in rows if day == date(1962, 7, 15)] == [["Soviet sailors"]], rows
