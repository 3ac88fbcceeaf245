"""A library's or an archive's item page: the library named at the page's head (alone on its line, or first in its
trail), the item's shelf line under it (with a "Collection:" label or none, a catalogue's other fields beside it), and
the paper's own heading. The shelf line is cited under the library as the head names it; a catalogue's labelled lines
are never the title. Pages written for these tests; the rules' examples are run from the language and layout files."""

from __future__ import annotations

import pytest

from pipeline.normalize.lexicon import lexicon
from pipeline.parse import parse_text
from pipeline.parse.source_note import _shelf_line, site_archive_of


@pytest.mark.parametrize(("line", "mark"), list(lexicon("en")["examples_shelf_line_labels"].items()))
def test_a_shelf_line_is_read_without_its_label_and_the_fields_beside_it(line, mark):
    assert _shelf_line(line) == mark


@pytest.mark.parametrize(("line", "archive"), list(lexicon("en")["examples_archive_names_after_name"].items()))
def test_an_archives_name_in_its_countrys_other_language_after_it_is_left_off(line, archive):
    assert site_archive_of(line) == archive


_LIBRARY_PAGE = """source: https://www.examplelibrary.gov/item/nsf-cf-ruritania-b12-f3
{head}
{shelf}
Letter from King Rudolf to President Truman

Strelsau, 4 March 1949

Dear Mr. President,

I thank you for your letter of 20 February, which your Minister handed to me yesterday.

Rudolf
"""


@pytest.mark.parametrize("head", ["Harry S. Truman Presidential Library", "Harry S. Truman Presidential Library › Online Collections › Ruritania"])
@pytest.mark.parametrize("shelf", [
    "Collection: President's Secretary's Files, Subject File, Box 12, Folder 3",
    "President's Secretary's Files, Subject File, Box 12, Folder 3",
    "Collection: President's Secretary's Files, Subject File, Box 12, Folder 3   Date: 1949-03-04   Type: Letter",
])
def test_a_librarys_shelf_line_under_its_name_is_cited_under_that_library(head, shelf):
    doc = parse_text(_LIBRARY_PAGE.format(head=head, shelf=shelf))
    assert [c["archive"] for c in doc.citations] == ["Harry S. Truman Presidential Library"]
    assert doc.title == "Letter from King Rudolf to President Truman"


_CATALOGUE_PAGE = """source: https://collections.archives.example.nz/entity/R1234
Archives New Zealand Te Rua Mahara o te Kāwanatanga › Collections › Cabinet Office
Item: Cabinet minutes and papers - Shipping strike - 1953
Code: R1234   Series: 9024   Agency: AAFD (Cabinet Office)   Access: Open
Reference: AAFD 811 W3392 Box 20 CM 53/4

CABINET

Minutes of a Meeting of Cabinet held in the Cabinet Room, Wellington, on Monday, 9 March 1953, at 10 a.m.

Present:
The Rt. Hon. S. G. Holland, Prime Minister (in the Chair)

1. SHIPPING STRIKE
The Minister of Labour reported that the seamen had walked off their ships on Saturday.
"""


def test_a_catalogues_labelled_lines_give_way_to_the_records_heading_and_its_archive_is_named_in_english():
    doc = parse_text(_CATALOGUE_PAGE)
    assert doc.title.startswith("Minutes of a Meeting of Cabinet held in the Cabinet Room")
    assert [c["archive"] for c in doc.citations] == ["Archives New Zealand"]


@pytest.mark.parametrize(("line", "archive"), list(lexicon("en")["examples_site_section_names"].items()))
def test_a_section_of_the_librarys_site_after_its_name_is_left_off(line, archive):
    assert site_archive_of(line) == archive
