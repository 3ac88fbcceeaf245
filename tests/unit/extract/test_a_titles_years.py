"""A title with the years it spans (a book's running title, its citation line, a speaker's post) tells no happening."""

from __future__ import annotations

import pytest

from pipeline.extract.events.annotate import titles_a_period
from pipeline.seed import process_seed


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Armies and Parties in East Africa, 1962–1985 | Chapter 3. ", True),
    ("The Colonels and the Crown: Greece, 1967–1974, Oxford University Press, 2018, pp. 55-56.", True),
    ("Bread and Bayonets: Peru's Military Decade, 1968–1980. ", True),
    ("Deputy Director, Institute of Oriental Studies, 1971-1989", True),
    ("The junta, 1967-1974, banned every party.", False),  # an act told over those years
    ("Between 1962 and 1985 the army took power four times.", False),
    ("The Colonels and the Crown, Oxford University Press, 2018, p. 55.", False),  # no span of years
])
def test_a_title_with_its_years(sentence: str, expected: bool) -> None:
    assert titles_a_period(sentence) is expected


def test_a_book_page_cites_its_own_title_without_a_row() -> None:
    text = (
        "source: https://books.example.org/armies-and-parties/chapter-3\n"
        "Armies and Parties in East Africa, 1962–1985 - Chapter 3. The Kampala mutiny - Example Press\n"
        "Armies and Parties in East Africa, 1962–1985 | Chapter 3. The Kampala mutiny\n"
        "p. 61-62\n\n"
        "On 23 January 1964 the soldiers of the First Battalion seized their officers at Jinja. The Prime Minister "
        "asked London for troops the next day.\n\n"
        "Citation\n"
        "Armies and Parties in East Africa, 1962–1985, Example Press, 2020, p. 61-62.\n"
    )
    rows = process_seed("9001_book-example-kampala-mutiny-p61.txt", text.encode()).events.to_pylist()
    assert rows, "the page's story keeps its rows"
    assert not [r for r in rows if "Armies and Parties" in r["evidence_text"]]
    assert not [r for r in rows if r["start_date"] is not None and r["start_date"].year == 1962 and r["end_date"].year == 1985]
