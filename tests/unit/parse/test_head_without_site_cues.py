"""A page's fields come from its own structure when the cues a site usually gives are missing or wrong: a repository's
name printed over the document (a user's copy of a page from another archive's site) is the site's furniture, never
the title; a page copied without its ``source:`` line is still read by its layout; a head set in capitals reads as
it does in small letters."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.headings import _furniture, blanked_interface, is_repository_line


@pytest.mark.parametrize(("line", "expected"), list(_furniture()["examples_repository_lines"].items()))
def test_a_line_naming_only_a_repository_is_told(line, expected):
    assert is_repository_line(line) is expected


LETTER = """source: https://example.org/records/4411
{header}
12 March 1963

Letter from the High Commissioner in Canberra to the Commonwealth Relations Office

Sir,

I have the honour to report that the Prime Minister received me this morning and spoke of the defence talks.

I am, Sir, your obedient Servant,
J. Wright
"""


@pytest.mark.parametrize(
    "header",
    [
        "National Archives of Australia\nRecordSearch\n",
        "Nationaal Archief\nZoeken\nMenu\n",
        "Library and Archives Canada\nSkip to main content\nSearch\n",
        "Politisches Archiv des Auswärtigen Amts\nSuche\n",
        "MARGARET THATCHER FOUNDATION\nHome\n",
    ],
)
def test_a_repositorys_name_over_the_page_is_not_its_title(header):
    plain = parse_text(LETTER.format(header=""))
    headed = parse_text(LETTER.format(header=header))
    assert plain.title == "Letter from the High Commissioner in Canberra to the Commonwealth Relations Office"
    assert (headed.title, headed.document_date, headed.document_type, headed.sender_names, headed.recipient_names) == (
        plain.title, plain.document_date, plain.document_type, plain.sender_names, plain.recipient_names)


def test_a_repositorys_name_lower_down_is_left_as_it_is():
    text = LETTER.format(header="") + "\nSource\nNational Archives of Australia\n"
    assert blanked_interface(text)[0] == text


def test_an_office_over_the_page_is_kept():
    text = LETTER.format(header="Ministry of Foreign Affairs\n")
    assert blanked_interface(text)[0] == text
