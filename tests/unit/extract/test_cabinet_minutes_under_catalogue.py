"""A cabinet's minutes as an archive's catalogue page gives them: the catalogue's line over the record ("The National
Archives, Kew: CAB 128/..., Cabinet conclusions, ...") names their kind, but the record's own heading under it
("CONCLUSIONS of a Meeting of the Cabinet held ... at 10.30 a.m.") is their title; a member the turns name by his
office is the one the list of those present gives it to, written after his name or in brackets after the office ("the
Minister for Defence (Mr Harker)"); the points under "The Cabinet -" are the cabinet's decisions, lettered or numbered;
the cabinet's secretary is no member."""

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

_KEW = "\n\n".join(
    [
        "source: https://discovery.nationalarchives.gov.uk/details/r/D0000001",
        "The National Archives, Kew: CAB 128/50/9, Cabinet conclusions, 12 February 1972",
        "CM (72) 9th Conclusions",
        "CABINET",
        "CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W.1, on Saturday, 12th February, 1972, at 11.00 a.m.",
        "Present:\nThe Rt. Hon. Edward Heath, MP, Prime Minister\nThe Rt. Hon. Oliver Penhallow, MP, Secretary of State for Foreign "
        "and Commonwealth Affairs\nThe Rt. Hon. Giles Moberly, MP, Secretary of State for Defence",
        "Secretary: Sir Roland Ashby",
        "1. MALTA",
        "The Foreign and Commonwealth Secretary said that the Maltese Prime Minister had rejected the offer on Thursday.",
        "The Defence Secretary said that the last units would leave the island within a month.",
        "The Cabinet\u2014",
        "(1) Took note of the statement by the Foreign and Commonwealth Secretary.",
        "(2) Invited the Defence Secretary to arrange for the withdrawal of the remaining units.",
    ]
)

_CANBERRA = "\n\n".join(
    [
        "source: https://recordsearch.naa.gov.au/SearchNRetrieve/Interface/ViewImage.aspx?B=1",
        "A5915, 1974/12: Notes of Cabinet Meeting, 3 June 1974 - New Hebrides",
        "CABINET\nNOTES OF MEETING",
        "Canberra, Monday, 3 June 1974, 10.00 a.m.",
        "Present: The Prime Minister (Mr Whitlam) (in the Chair); the Minister for Foreign Affairs (Mr Corliss); the Minister "
        "for Defence (Mr Harker)\nSecretary: Mr P. N. Dunstan",
        "NEW HEBRIDES",
        "The Minister for Foreign Affairs said that the French Resident had refused to meet the party leaders on Friday.",
        "The Minister for Defence said that a transport aircraft had flown to Port Vila on Saturday.",
        "Decision:",
        "The Cabinet -",
        "(a) noted the Minister's report;",
        "(b) agreed that the High Commissioner should call on the French Resident this week.",
    ]
)


def _rows(text: str) -> list[tuple[str, list[str]]]:
    doc = parse_text(text)
    return [(doc.blocks[e.block].text, e.sources) for e in extract_events(doc)]


def _said(rows: list[tuple[str, list[str]]]) -> dict[str, list[list[str]]]:
    said: dict[str, list[list[str]]] = {}
    for text, sources in rows:
        if " said " in text:
            said.setdefault(text.split(" said ")[0], []).append(sources)
    return said


def test_the_record_heading_titles_cabinet_conclusions_under_the_catalogue_line():
    doc = parse_text(_KEW)
    assert doc.document_type == "minutes"
    assert doc.title.startswith("CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street"), (
        doc.title
    )


def test_a_minister_named_by_his_office_speaks_as_the_member_listed_with_it():
    rows = _rows(_KEW)
    said = _said(rows)
    assert ["Oliver Penhallow"] in said.get("The Foreign and Commonwealth Secretary", []), said
    assert ["Giles Moberly"] in said.get("The Defence Secretary", []), said
    assert not any("Ashby" in n for _, sources in rows for n in sources), rows


def test_the_numbered_points_under_the_cabinet_are_its_decisions():
    rows = _rows(_KEW)
    points = [sources for text, sources in rows if text.startswith("(2)")]
    assert points and all(s == ["Cabinet"] for s in points), rows


def test_an_office_with_its_holder_in_brackets_speaks_as_him():
    rows = _rows(_CANBERRA)
    said = _said(rows)
    assert ["Corliss"] in said.get("The Minister for Foreign Affairs", []), said
    assert ["Harker"] in said.get("The Minister for Defence", []), said
    assert not any("Dunstan" in n for _, sources in rows for n in sources), rows


def test_the_lettered_points_under_the_cabinet_and_a_dash_are_its_decisions():
    rows = _rows(_CANBERRA)
    points = [sources for text, sources in rows if text.startswith(("(a)", "(b)"))]
    assert any(text.startswith("(b)") for text, _ in rows), rows
    assert points and all(s and s[0] == "Cabinet" for s in points), rows
