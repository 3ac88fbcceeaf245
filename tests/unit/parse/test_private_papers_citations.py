"""A repository's private papers in a citation: "X Papers" or "Papers of X" names a person's collection the library
keeps, not a labelled part of the shelf mark (the initial "P." of a name is no papka), and the numbered piece after it
("Subject File 88") shows the line is a citation. Pages and notes written for these tests."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.citation import repository_citation

_SITE_LETTER = """source: https://digitalarchive.wilsoncenter.org/document/letter-prime-minister-ceylon-nehru-1958
Letter from the Prime Minister of Ceylon to Jawaharlal Nehru

Skip to content

The Prime Minister of Ceylon asks Nehru to receive his envoy on the question of the estate workers.

Colombo, 12 March 1958

My dear Prime Minister,

Our Minister of Commerce will be in New Delhi next week and would be glad to call on you.

Yours sincerely,

S. W. R. D. Bandaranaike

Document Information
Source
Nehru Memorial Museum and Library (NMML), P. N. Haksar Papers, Subject File 88. Contributed by Anil Kumar.
Type
Letter
Language
English
"""


def test_a_site_pages_source_citing_a_persons_papers_names_the_library_alone():
    doc = parse_text(_SITE_LETTER)
    assert [c["archive"] for c in doc.citations] == ["Nehru Memorial Museum and Library (NMML)"]
    assert not any(doc.citations[0].get(part) for part in ("fond", "opis", "delo", "papka", "folios"))


@pytest.mark.parametrize(("line", "folios"), [
    ("Nehru Memorial Museum and Library, P. N. Haksar Papers, Subject File 88.", None),
    ("Nehru Memorial Museum and Library, Papers of T. N. Kaul, Subject File 14, pp. 3-5.", "3-5"),
])
def test_a_persons_papers_are_no_labelled_part(line, folios):
    cited = repository_citation(line, leading=True)
    assert cited is not None and cited["papka"] is None and cited["delo"] is None and cited["folios"] == folios
