"""Layouts of a paper's head and foot read whatever its language: a site's line of actions whose label to cite the
record no list has, a letterhead in capitals of several lines over the paper's numbered heading, an office's letterhead
with its address over a heading that names the paper's kind, a memorandum signed by name at its foot."""

from __future__ import annotations

from importlib import resources

import pytest

from pipeline.parse import parse_text
from pipeline.parse.source_note import _catalogue_mark, site_action_mark
from schemas import load_yaml

_FURNITURE = load_yaml(resources.files("pipeline.reference").joinpath("layouts/furniture.yaml").read_text("utf-8"))


@pytest.mark.parametrize(("line", "expected"), list(_FURNITURE["examples_any_labelled_marks"].items()))
def test_a_site_action_line_gives_its_mark_after_a_label_of_any_language(line, expected):
    cited = site_action_mark(line, any_label=True)
    assert (_catalogue_mark().match(cited)["mark"] if cited else None) == expected


def test_a_label_of_no_list_is_read_only_as_the_last_try():
    assert site_action_mark("Niżżel il-PDF | Ikkwota: Arkivju tal-UĠĦ, Fajl BS/1958/3, f. 7") is None


_BULLETIN = """source: https://www.example.org/arkivju/bullettini/1958/3
Dar › Arkivju › Bullettini › 1958
Niżżel il-PDF | Ikkwota: Arkivju tal-UĠĦ, Fajl BS/1958/3, f. 7

UNJONI ĠENERALI TAL-ĦADDIEMA
KUMITAT ĊENTRALI TAL-ISTRAJK
BULLETTIN Nru. 3

Il-Belt Valletta, it-Tlieta 29 ta' April 1958

Ilbieraħ l-istrajk ġenerali beda f'nofsillejl u x-xogħol waqaf fit-Tarzna, fil-port u fil-karozzi tal-linja kollha.
"""


def test_the_numbered_heading_under_a_letterhead_of_two_lines_is_the_title_and_the_action_line_cites():
    doc = parse_text(_BULLETIN)
    assert doc.title == "BULLETTIN Nru. 3"
    assert [c["archive"] for c in doc.citations] == ["Arkivju tal-UĠĦ"]


_FILE_NOTE = """source: https://www.example.org/manuscripts/lcp-corr-1966-4417
Library › Manuscripts › Plays Correspondence › 1966

LORD CHAMBERLAIN'S OFFICE, ST. JAMES'S PALACE, S.W.1.

FILE NOTE

Play: "A COLD DAY IN POTSDAM", a play in two acts

The manager telephoned on Monday to ask whether the scene of the interrogation might stand. I told him that it would have to go to the Comptroller.
"""


def test_a_heading_that_names_the_kind_under_an_office_and_its_address_is_the_title():
    assert parse_text(_FILE_NOTE).title == "FILE NOTE"


_MEMORANDUM_BY_NAME = """source: https://www.example.org/fond-1213/47
SERVICE MEMORANDUM No. 47

To the chairman of the executive committee

The department has drawn up the scheme of the temporary settlements. This morning its staff marked six sites in the Mush district for the cabins.

Head of the department, chief architect        A. G. Mkrtchyan
"""

_MEMORANDUM_INITIALLED = """source: https://www.example.org/frus/d361
MEMORANDUM FOR THE RECORD

Washington, November 21, 1964

It was agreed that the operation would be launched only on a joint decision of the two governments, and that the ambassador would inform the Prime Minister this evening.

W.H.B.
"""


def test_a_memorandum_is_signed_by_the_name_at_its_foot_not_by_its_drafters_initials():
    assert parse_text(_MEMORANDUM_BY_NAME).sender_names == ["A. G. Mkrtchyan"]
    assert parse_text(_MEMORANDUM_INITIALLED).sender_names == []


def test_a_name_of_two_letter_syllables_is_no_initials():
    from pipeline.parse.signature import _initials_only
    assert [_initials_only(n) for n in ("Li Bo", "Wu Xu", "Ng Ho")] == [False, False, False]
    assert [_initials_only(n) for n in ("W. H. B", "J.F.D.J.", "W.H.B.")] == [True, True, True]


def test_a_memorandum_signed_by_a_name_of_two_letter_syllables_keeps_its_sender():
    page = _MEMORANDUM_BY_NAME.replace("Head of the department, chief architect        A. G. Mkrtchyan",
                                       "HEAD OF THE DEPARTMENT\n\nLi Bo")
    assert parse_text(page).sender_names == ["Li Bo"]
