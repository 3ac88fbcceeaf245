"""An oral history's page under the name of the centre or library that keeps it: the interview's own line ("Oral History
Interview with ...") over the line that names who conducted it, where and when, is the title; the site's name over it is
not. Pages written for these tests."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text

_PAGE = """source: https://oralhistory.example.edu/interviews/{slug}.html
{site}
Oral History Interview with {person}
{conducted}

Q: Where were you when the crisis began?

A: I was in my office at the Department. The news came by telephone in the afternoon, and we met that evening.
"""


@pytest.mark.parametrize(("site", "person", "conducted"), [
    ("Columbia Center for Oral History", "Averell Harriman", "Conducted by Paige E. Mulhollan in Washington, D.C., on May 8, 1969"),
    ("LBJ Presidential Library", "Dean Rusk", "Interviewed by Paige E. Mulhollan on July 28, 1969"),
    ("Miller Center Oral Histories", "George Ball", "Interviewed by David G. McComb at his home in Princeton, on July 8, 1971"),
])
def test_the_interview_line_over_who_conducted_it_is_the_title(site, person, conducted):
    doc = parse_text(_PAGE.format(slug=person.split()[-1].lower(), site=site, person=person, conducted=conducted))
    assert doc.title == f"Oral History Interview with {person}"
