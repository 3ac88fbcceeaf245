"""A book's page whose story runs in short paragraphs between long ones, each calling a note, the notes under it
opening with a dated paper ("Report of the embassy in Bern, 3 May 1961, AAN, ..."): a book page, not that paper."""

from pipeline.parse import parse_text

_PAGE = """Poland and the Holy See, 1958-1978
4. The First Contacts
p. 88

Wyszyński's journey to Rome, in October 1962, had been eased by the Austrian cardinal.12 Neither side yet spoke of talks.

The conversations proper opened in Vienna in the spring of 1965 and went on, with long interruptions, until the winter. The head of the Office for Religious Affairs reported to the Secretariat on 4 June that the Vatican would accept a bishop's oath in a softened wording.13 In December the first two bishops were named.

The primate himself was not asked. He complained in a letter to the pope sent within days.14

12 Report of the Polish embassy in Rome, 2 November 1962, AAN, KC PZPR, XI A/104.
13 Note of the Office for Religious Affairs, 4 June 1965, AAN, KC PZPR, 237/V-55.
14 Wyszyński to Paul VI, 11 December 1965, Archive of the Primate, Warsaw, folder 7.
"""


def test_short_paragraphs_calling_notes_make_a_book_page():
    doc = parse_text(_PAGE)
    assert doc.source_type == "book_excerpt"
    assert doc.title == "Poland and the Holy See, 1958-1978"


def test_a_note_opening_with_a_dated_paper_does_not_date_or_type_the_page():
    doc = parse_text(_PAGE)
    assert doc.document_type == "book_pages" and doc.date_is_story
