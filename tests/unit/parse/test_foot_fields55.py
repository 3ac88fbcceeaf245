"""Document fields read from the foot of pages of kinds nobody tuned the parsers for: an archive named in full with its
abbreviation in brackets, a foreign ministry's archive under the state's name, a signature's handling date."""

from __future__ import annotations

import pytest

from pipeline.parse.citation import parse_citations


@pytest.mark.parametrize(
    ("line", "archive", "parts"),
    [
        ("Central State Archive, Sofia (TsDA), fond 1-B, opis 12, a.e. 40, l. 5-6.", "Central State Archive, Sofia (TsDA)",
         ("1-B", "12", "40", "5-6")),
        ("Archive of Foreign Policy of the Russian Federation (AVP RF), f. 022, op. 7, p. 3, d. 11, l. 2.",
         "Archive of Foreign Policy of the Russian Federation (AVP RF)", ("022", "7", "11", "2")),
        ("Source: Russian State Archive of Contemporary History (RGANI), f. 5, op. 30, d. 7, l. 1-4.",
         "Russian State Archive of Contemporary History (RGANI)", ("5", "30", "7", "1-4")),
    ],
)
def test_an_archive_named_before_its_bracketed_abbreviation_is_cited_by_its_name(line, archive, parts):
    cited = parse_citations(line)
    assert [c["archive"] for c in cited] == [archive]
    assert (cited[0]["fond"], cited[0]["opis"], cited[0]["delo"], cited[0]["folios"]) == parts
    assert cited[0]["text"].startswith(archive)


def test_a_bracketed_abbreviation_after_no_archive_name_stays_the_abbreviation():
    assert [c["archive"] for c in parse_citations("See the note (TsDA), f. 1-B, op. 5, a.e. 30.")] == ["TsDA"]
    assert [c["archive"] for c in parse_citations("RGANI, f. 5, op. 30, d. 7.")] == ["RGANI"]
    # a citation after another: the first one's words are no part of the second's name
    two = parse_citations("TsDA, f. 1-B, op. 5, a.e. 30. Central State Archive, Sofia (TsDA), fond 1-B, opis 5, a.e. 30, l. 2.")
    assert [c["archive"] for c in two] == ["TsDA", "Central State Archive, Sofia (TsDA)"]


def test_a_source_field_by_abbreviation_gives_way_to_the_line_under_the_text_naming_the_archive_with_folios():
    from pipeline.parse import parse_text

    page = (
        "source: https://digitalarchive.wilsoncenter.org/document/information-bulgarian-embassy-example\n"
        "May 4, 1970\nInformation from the Bulgarian Embassy on the Elections\n\nSkip to content\n\n"
        "The embassy reports on the elections.\n\nINFORMATION\n\nThe elections were held on 2 May.\n\n"
        "Ambassador:\nIvan Petrov\n\n"
        "Central State Archive, Sofia (TsDA), fond 1-B, opis 60, a.e. 12, l. 3-5.\n\n"
        "Document Information\nSource\nTsDA, f. 1-B, op. 60, a.e. 12. Translated by A. Translator.\n"
        "Original Uploaded Date\n2020-01-01\nType\nReport\nLanguage\nBulgarian\n"
    )
    cited = parse_text(page).citations
    assert [(c["archive"], c["folios"]) for c in cited] == [("Central State Archive, Sofia (TsDA)", "3-5")]
