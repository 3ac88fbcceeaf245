"""Minutes headed by their body and kind alone ("GOVERNMENT MINUTES") over a meeting line that names no body ("Meeting held
at Government Buildings ..."), whose list of those present writes each minister's office before his name ("Minister for
Agriculture, Mr Seán Brennock"): the meeting is the body's, the minister written by his office later on the page is the
member listed with it, and the points under "Decisions:" are the body's acts on the meeting's day."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.context import cabinet_members, heading_body, listed_office_holders
from pipeline.parse import parse_text
from pipeline.parse.model import ParsedDocument
from tests.unit.extract.papers import paper

_LINES = [
    "GOVERNMENT MINUTES",
    "Meeting held at Government Buildings, Dublin, on Tuesday, 3 March 1970, at 10.30 a.m.",
    "Present:",
    "An Taoiseach, Mr Owen Tallon (in the Chair)",
    "Minister for Agriculture, Mr Seán Brennock",
    "Minister for Industry and Commerce, Dr Liam Costigan",
    "Secretary to the Government: Mr Peadar Rooney",
    "1. CATTLE EXPORTS",
    "The Minister for Agriculture said that the ports had been closed to cattle shipments since Friday.",
    "Decisions:",
    "1. The Minister for Agriculture was authorised to open talks with the shipping companies.",
    "2. It was agreed that the Minister for Industry and Commerce would report to the next meeting.",
]


def _minutes() -> ParsedDocument:
    return paper(_LINES, kind="minutes", day=date(1970, 3, 3), title=_LINES[0])


def test_a_heading_names_the_body_before_the_kind_of_record():
    assert heading_body("GOVERNMENT MINUTES") == "Government"
    assert heading_body("Public Record Office: Cabinet Conclusions CC (70) 9") == "Cabinet"
    assert heading_body("Government Buildings, Dublin") is None


def test_ministers_listed_office_first_are_the_members_holding_them():
    doc = _minutes()
    assert listed_office_holders(doc)["Minister for Agriculture"] == "Seán Brennock"
    assert listed_office_holders(doc)["Taoiseach"] == "Owen Tallon"  # an office of one word, listed alone
    assert cabinet_members(doc) == ["Owen Tallon", "Seán Brennock", "Liam Costigan"]


def test_the_decisions_are_the_bodys_on_the_meetings_day():
    doc = _minutes()
    events = extract_events(doc)
    said = [e for e in events if doc.blocks[e.block].text.startswith("The Minister for Agriculture said")]
    assert any(e.sources == ["Seán Brennock"] for e in said), [(e.sources, e.start_date) for e in said]
    for index in (10, 11):
        rows = [e for e in events if e.block == index and "Government" in e.sources]
        assert any(e.start_date == e.end_date == date(1970, 3, 3) for e in rows), [
            (e.sources, e.start_date, e.end_date) for e in events if e.block == index
        ]


_FOOT = [
    "The Minister for Agriculture was authorised to open talks with the shipping companies.",
    "P. Ó Ruairc",
    "Secretary to the Government",
    "3 March 1970",
]


def test_the_secretary_signing_over_his_office_and_the_day_signed_the_minutes_and_sent_nothing():
    text = "\n\n".join(_LINES[:-2] + _FOOT) + "\n"
    doc = parse_text(text)
    assert doc.signature is not None and doc.signature.name == "P. Ó Ruairc"
    assert doc.sender_names == []
    signed = [e for e in extract_events(doc) if e.block == doc.signature.date_block]  # its evidence the day's line
    assert any(
        e.sources == ["P. Ó Ruairc"] and e.start_date == e.end_date == date(1970, 3, 3) for e in signed
    ), signed


def test_a_decision_charging_a_minister_by_his_office_names_the_member_listed_with_it():
    doc = _minutes()
    rows = [e for e in extract_events(doc) if e.block in (10, 11) and "Government" in e.sources]
    assert any(e.block == 10 and "Seán Brennock" in e.targets for e in rows), [
        (e.block, e.targets) for e in rows
    ]
    assert any(e.block == 11 and "Liam Costigan" in e.targets for e in rows), [
        (e.block, e.targets) for e in rows
    ]
