"""A fear of what someone would do ("He feared that they would try to hold meetings ...") is no happening, and a
daily's date line that names its weekday ("Tuesday, 15 January 1985") dates the page: neither gives an event row,
while the acts told beside them keep theirs."""

from datetime import date

from tests.unit.extract.papers import paper

DAY = date(1971, 3, 9)  # a Tuesday


def _rows(
    paragraphs, kind: str = "record of conversation"
) -> list[tuple[str, str, date | None, date | None]]:
    from pipeline.extract.events import extract_events

    doc = paper(paragraphs, kind=kind, day=DAY)
    texts = {i: b.text for i, b in enumerate(doc.blocks)}
    return [
        (texts[e.block][e.evidence_start : e.evidence_end], e.method, e.start_date, e.end_date)
        for e in extract_events(doc)
    ]


def test_a_fear_of_what_the_opposition_would_do_gives_no_row():
    rows = _rows(
        [
            "The Prime Minister said that the strikers had occupied the port yesterday morning.",
            "He feared that they would try to march on the capital and bring the farmers out on the roads.",
        ]
    )
    assert not [r for r in rows if r[0].startswith("He feared")], rows
    assert any(
        r[0].startswith("The Prime Minister said") and r[2] == r[3] == date(1971, 3, 8) for r in rows
    ), rows


def test_a_fear_told_with_was_afraid_gives_no_row():
    rows = _rows(["The Minister was afraid the army might move against the assembly before the vote."])
    assert rows == [], rows


def test_a_daily_date_line_with_its_weekday_is_no_event():
    rows = _rows(
        [
            "NATIONAL INTELLIGENCE DAILY\nTuesday, 9 March 1971",
            "Troops fired on demonstrators in the northern port on Monday.",
        ],
        kind="bulletin",
    )
    assert not [r for r in rows if "9 March 1971" in r[0]], rows
    assert any(r[0].startswith("Troops fired") and r[2] == date(1971, 3, 8) for r in rows), rows
