"""A present perfect told of a happening the page dates before the issue ("Lagos has condemned the coup" after the
coup's day), a few days or long before: on or before the issue, as a perfect with no day of its own is (fixtures
README, the present perfect), not a range from the happening's day. A present perfect that set a thing for a day to
come ("has called a general strike for tomorrow"): the setting done by the writing, the thing a plan."""

from datetime import date

ISSUE = date(1977, 9, 16)  # a Friday


def _rows(text: str, kind: str) -> list[tuple[str, str | None, date | None, date | None]]:
    """Each row of a paper of ``kind`` dated ``ISSUE`` whose paragraphs are ``text``'s: its evidence, kind and days."""
    from pipeline.extract.events import extract_events
    from tests.unit.extract.papers import paper

    doc = paper(text.split("\n\n"), kind=kind, day=ISSUE)
    return [
        (doc.blocks[e.block].text[e.evidence_start : e.evidence_end], e.date_kind, e.start_date, e.end_date)
        for e in extract_events(doc)
    ]


def _review_rows(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return _rows(text, "bulletin")


def test_a_perfect_told_of_the_coup_stays_by_the_issue():
    rows = _review_rows(
        "WEEKLY REVIEW\n\nUPPER VOLTA: Barracks Coup\n\nJunior officers of the paratroop battalion seized power in"
        " Ouagadougou on 6 September and detained the chief of staff.\n\nLagos has condemned the coup."
    )
    condemned = [r for r in rows if r[0].startswith("Lagos has condemned")]
    assert [(kind, start, end) for _, kind, start, end in condemned] == [("upper_bound", None, ISSUE)], rows


def test_a_coup_long_before_the_issue_is_a_look_back():
    rows = _review_rows(
        "WEEKLY REVIEW\n\nUPPER VOLTA: Aid Talks\n\nJunior officers seized power in Ouagadougou on 4 March 1966."
        "\n\nLagos has condemned the coup."
    )
    condemned = [r for r in rows if r[0].startswith("Lagos has condemned")]
    assert [(kind, start, end) for _, kind, start, end in condemned] == [("upper_bound", None, ISSUE)], rows


def _cable_rows(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return _rows(text, "telegram")


def test_a_strike_called_for_tomorrow_is_a_call_made_by_the_writing():
    rows = _cable_rows(
        "Yesterday the army dissolved the assembly.\n\nThe dockers' union has called a general strike for tomorrow."
    )
    called = [r for r in rows if r[0].startswith("The dockers' union has called")]
    assert [(kind, start, end) for _, kind, start, end in called] == [("upper_bound", None, ISSUE)], rows
    assert ("a general strike for tomorrow", "undated", None, None) in rows, rows  # the strike itself, a plan


def test_a_strike_the_union_will_call_tomorrow_stays_a_plan():
    rows = _cable_rows(
        "Yesterday the army dissolved the assembly.\n\nThe dockers' union will call a general strike tomorrow."
    )
    called = [r for r in rows if r[0].startswith("The dockers' union will call")]
    assert all(kind == "undated" for _, kind, _, _ in called), rows
