"""A call paid on someone, dated by a word after the one called on ("The Minister for Trade reported that he had called
on Lord Ashby in Paris on Monday"): the caller and the one he called on both act; an appeal ("called on the dockers to
strike") names no one called on."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse.model import ParsedDocument
from tests.unit.extract.papers import paper

_LINES = [
    "CABINET MINUTES",
    "Meeting held at the Prime Minister's Office on Thursday, 9 March 1967, at 10 a.m.",
    "Present:",
    "Prime Minister, Mr Arthur Penrose (in the Chair)",
    "Minister for Trade, Mr Giles Moberly",
    "1. EXPORTS",
    "The Minister for Trade reported that he had called on Lord Ashby in Paris on Monday; the talks had been cordial.",
    "Mr Arthur Penrose said that the union had called on the dockers to strike on Tuesday.",
]


def _minutes() -> ParsedDocument:
    return paper(_LINES, kind="minutes", day=date(1967, 3, 9), title=_LINES[0])


def _rows(start: str) -> list[tuple[list[str], list[str]]]:
    doc = _minutes()
    return [
        (e.sources, e.targets)
        for e in extract_events(doc)
        if doc.blocks[e.block].text.startswith(start)
        and e.start_date == date(1967, 3, 6 if "Trade" in start else 7)
    ]


def test_the_caller_and_the_one_called_on_act():
    rows = _rows("The Minister for Trade")
    assert (["Giles Moberly"], ["Ashby"]) in rows or (["Giles Moberly"], ["Lord Ashby"]) in rows, rows


def test_an_appeal_names_no_one_called_on():
    rows = _rows("Mr Arthur Penrose")
    assert all("dockers" not in " ".join(t) for _, t in rows), rows
