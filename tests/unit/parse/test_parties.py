"""Parties named in a title (the language files' examples_title_parties run in tests/unit/normalize/test_lexicon.py)."""

from __future__ import annotations

from pipeline.parse.model import ParsedDocument
from pipeline.parse.parties import read_title_parties


def test_a_parser_s_own_parties_are_kept():
    doc = ParsedDocument(parser="wcda/1", source_type="archival_record", title="Letter from Ulbricht to Khrushchev", sender_names=["Walter Ulbricht"])
    read_title_parties(doc)
    assert doc.recipient_names == []


def test_the_place_a_russian_title_names_is_where_it_was_sent_from():
    doc = ParsedDocument(parser="generic/1", source_type="archival_record", title="Телефонограмма А.И. Микояна из Будапешта в ЦК КПСС")
    read_title_parties(doc)
    assert doc.sent_from == "Budapest"


def test_a_title_that_names_no_message_gives_no_parties():
    doc = ParsedDocument(parser="generic/1", source_type="archival_record", title="Conversation from the Archive to the Present")
    read_title_parties(doc)
    assert doc.sender_names == []


def test_memo_header_lines_are_read_wherever_they_stand_on_the_page():
    """A header line on the page's first line, one after blank lines, one with its colon on the next line, in CRLF
    text; "from" inside a sentence is no header line."""
    from pipeline.parse.model import Block
    from pipeline.parse.parties import read_memo_header

    text = "TO: Secretary of State\r\n\r\n  FROM\n: Ambassador Kennan\nThe talks went on: from Moscow to Peking.\n\nATTENTION:  Mr. Dulles  \n"
    doc = ParsedDocument(parser="generic/1", source_type="archival_record", blocks=[Block("paragraph", 0, len(text), text)])
    read_memo_header(doc, text)
    assert doc.recipient_names == ["Secretary of State", "Mr. Dulles"] and doc.sender_names == ["George F. Kennan"]


def test_a_person_with_initials_after_his_office_is_the_party():
    from pipeline.parse.parties import party

    assert party("Soviet Ambassador to the DRV I. S. Shcherbakov") == "I. S. Shcherbakov"
    assert party("Embassy in the U. S. Zone") == "Embassy in the U. S. Zone"  # initials after "the": no person
