"""A catalogue's file line names the archive, the town it stands in, a colon and the shelf mark ("The National Archives,
Kew: FCO 63/1235, ..."): the town is part of the archive's name, as "Central State Archive, Sofia" is. Lines written for
these tests."""

from __future__ import annotations

import pytest

from pipeline.parse.citation import repository_citation


@pytest.mark.parametrize(
    ("line", "archive"),
    [
        ("The National Archives, Kew: PREM 16/1432, Rhodesia: settlement talks, March 1977", "The National Archives, Kew"),
        ("National Archives, College Park: RG 59, Central Files 1970-73, POL 15 GHANA.", "National Archives, College Park"),
        ("Archive of the Ministry of Foreign Affairs, Prague, TO-T 1965-1969, Ghana, box 2.", "Archive of the Ministry of Foreign Affairs, Prague"),
    ],
)
def test_the_town_before_the_colon_belongs_to_the_archive(line, archive):
    cited = repository_citation(line, leading=True)
    assert cited is not None and cited["archive"] == archive
