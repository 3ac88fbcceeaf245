"""The generic readers on layouts no site reader claims: a despatch's heading by its salutation, a wire signed by its
envoy's name in capitals over its drafting lines, a periodical's imprint and masthead over an article, an archive's
catalogue trail (the language files' examples of these words run here)."""

from __future__ import annotations

import pytest

from pipeline.normalize.lexicon import LANGUAGES, lexicon
from pipeline.parse import parse_text
from pipeline.parse.headings import imprint_line
from pipeline.parse.signature import _CLEARANCE_LINE
from pipeline.parse.source_note import trail_citation_of

_IMPRINTS = [(line, expected) for lang in LANGUAGES for line, expected in (lexicon(lang).get("examples_imprint_lines") or {}).items()]


@pytest.mark.parametrize(("line", "expected"), _IMPRINTS)
def test_imprint_lines(line, expected):
    assert imprint_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), list((lexicon("en").get("examples_clearance_labels") or {}).items()))
def test_clearance_lines(line, expected):
    assert bool(_CLEARANCE_LINE.match(line)) is expected


@pytest.mark.parametrize(("head", "expected"), list((lexicon("en").get("examples_despatch_salutations") or {}).items()))
def test_despatch_heading_by_its_salutation(head, expected):
    doc = parse_text("source: https://example.org/despatches/3\nBritish Embassy,\nLisbon.\n2 January, 1975.\n" + head + "\n")
    assert doc.title == expected[0]
    assert doc.recipient_names == expected[1]


_AIRGRAM = """source: https://example.org/airgrams/118
AIRGRAM A-118
FROM: Amembassy ACCRA
TO: Department of State
DATE: March 4, 1966
SUBJECT: Joint Weeka No. 9

1. POLITICAL. On Tuesday the National Liberation Council announced the dissolution of the party.

2. ECONOMIC. The Commissioner for Finance met the IMF mission on Thursday.

FRANKLIN H. WILLIAMS
Drafted: POL:RWSmith 3/4/66
Cleared: ECON:JDoe
"""


def test_an_airgram_is_sent_by_the_envoy_signing_it_in_capitals_over_its_drafting_lines():
    assert parse_text(_AIRGRAM).sender_names == ["FRANKLIN H. WILLIAMS"]  # as typed, as a wire keeps its signer


_NEWSPAPER = """source: https://example.org/papers/1969/03/08
ИЗВЕСТИЯ
№ 56 (16107) Суббота, 8 марта 1969 г.
Стр. 1

НОТА МИНИСТЕРСТВА ИНОСТРАННЫХ ДЕЛ СССР ПОСОЛЬСТВУ КНР В МОСКВЕ

7 марта 1969 года Министерство иностранных дел СССР вручило посольству Китайской Народной Республики в Москве ноту.
"""

_RUNNING_HEAD = """source: https://example.org/record/1983/09/12
September 12, 1983 CONGRESSIONAL RECORD — SENATE 23671
THE DESTRUCTION OF KOREAN AIR LINES FLIGHT 007
Mr. HELMS. Mr. President, the Senate returns today to a duty none of us sought.
"""


def test_a_newspaper_masthead_and_its_imprint_are_no_title_and_the_issue_dates_its_item():
    doc = parse_text(_NEWSPAPER)
    assert doc.title == "НОТА МИНИСТЕРСТВА ИНОСТРАННЫХ ДЕЛ СССР ПОСОЛЬСТВУ КНР В МОСКВЕ"
    assert str(doc.document_date) == "1969-03-08"


def test_a_running_head_with_its_page_number_is_no_title():
    assert parse_text(_RUNNING_HEAD).title == "THE DESTRUCTION OF KOREAN AIR LINES FLIGHT 007"


@pytest.mark.parametrize("line", ["National Archives Catalog › RG 59 › Central Foreign Policy Files, 1970-73 › AE 1 US",
                                  "National Archives Catalog | RG 59, Central Foreign Policy Files, 1964-66"])
def test_an_archive_catalogue_trail_is_cited_by_the_archive(line):
    cited = trail_citation_of(line)
    assert cited is not None and cited["archive"] == "National Archives"


@pytest.mark.parametrize(("line", "expected"), [("[Allardt]", "Allardt"), ("[C.S.A.] RITCHIE", "C.S.A. Ritchie"),
                                                ("[Text]", None), ("[Unsigned]", None), ("[Stamp: SECRET]", None)])
def test_the_signer_an_edition_supplies_in_brackets(line, expected):
    from pipeline.parse.signature import _edition_signer

    assert _edition_signer(line) == expected


def test_a_shelf_mark_heading_the_page_is_no_title():
    page = "source: https://example.org/airgrams/118\nRG 59, Central Files 1964-66, POL 2 GHANA\nUNCLASSIFIED / LIMITED OFFICIAL USE\n"
    assert parse_text(page + _AIRGRAM.split("\n", 1)[1]).title == "Joint Weeka No. 9"  # the form's subject (as 8202's gold
    # gives it), not the shelf mark
