"""Minutes whose list of those present gives each member's office after his name ("The Rt. Hon. Denis Healey, MP,
Secretary of State for Defence"): the office written short later on the page ("The Defence Secretary said") is that
member, and the points the body agreed under its name and a dash ("The Cabinet—" / "(2) Invited the Home Secretary to
...") are the body's decisions, with the member it charged."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.context import listed_office_holders
from pipeline.parse.model import ParsedDocument
from tests.unit.extract.papers import paper

_LINES = [
    "CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street on Tuesday, 4th June, 1968, at 11 a.m.",
    "Present:",
    "The Rt. Hon. Harold Wilson, MP, Prime Minister (in the Chair)",
    "The Rt. Hon. Arthur Penrose, MP, Secretary of State for Foreign Affairs",
    "The Rt. Hon. Giles Moberly, MP, Secretary of State for the Home Department",
    "1. THE GULF",
    "The Foreign Secretary said that the Sheikh had refused to receive the Political Resident.",
    "The Home Secretary said that the police were ready.",
    "The Cabinet\u2014",
    "(1) Took note of the statement.",
    "(2) Invited the Home Secretary to report again within a week.",
]


def _minutes() -> ParsedDocument:
    return paper(_LINES, kind="minutes", day=date(1968, 6, 4), title=_LINES[0])


def test_each_office_of_the_list_is_its_member_in_its_short_form_too():
    holders = listed_office_holders(_minutes())
    assert holders["Foreign Secretary"] == "Arthur Penrose"
    assert holders["Home Secretary"] == "Giles Moberly"
    assert holders["Secretary of State for the Home Department"] == "Giles Moberly"


def test_a_member_written_by_his_office_speaks_as_himself():
    doc = _minutes()
    said: dict[str, list[list[str]]] = {}
    for e in extract_events(doc):
        text = doc.blocks[e.block].text
        if text.startswith("The ") and " said " in text:
            said.setdefault(text.split()[1], []).append(e.sources)
    assert ["Arthur Penrose"] in said.get("Foreign", []), said
    assert ["Giles Moberly"] in said.get("Home", []), said


def test_the_points_under_the_body_and_a_dash_are_its_decisions():
    doc = _minutes()
    rows = [(e.sources, e.targets) for e in extract_events(doc) if doc.blocks[e.block].text.startswith("(2)")]
    assert rows and all(s == ["Cabinet"] for s, _ in rows), rows
    assert any(t == ["Giles Moberly"] for _, t in rows), rows
