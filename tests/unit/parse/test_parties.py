"""Parties named in a title: every example of the lexicons, read as given."""

from __future__ import annotations

import pytest

from pipeline.normalize.lexicon import lexicon
from pipeline.parse.model import ParsedDocument
from pipeline.parse.parties import LANGUAGES, read_title_parties


def _examples():
    for language in LANGUAGES:
        for example in lexicon(language).get("title_parties_examples", []):
            yield pytest.param(example, id=f"{language}-{example['title'][:40]}")


@pytest.mark.parametrize("example", list(_examples()))
def test_every_title_example_of_the_lexicons_names_its_parties(example):
    doc = ParsedDocument(parser="generic/1", source_type="archival_record", title=example["title"])
    read_title_parties(doc)
    assert (doc.sender_names, doc.recipient_names) == (example["senders"], example["recipients"])


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
