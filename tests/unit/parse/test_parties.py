"""Parties named in a title (the language files' examples_title_parties run in tests/unit/normalize/test_lexicon.py)."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
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


def test_a_name_after_its_office_in_a_title_is_the_person():
    """"Letter from Chairman of the USSR Council of Ministers A. N. Kosygin to President of Pakistan Mohammad Ayub Khan":
    each party is the person the gazetteer knows closing the office (names.titled_person)."""
    from pipeline.parse.wcda import _parties

    assert _parties("Chairman of the USSR Council of Ministers A. N. Kosygin", "President of Pakistan Mohammad Ayub Khan") == (
        ["Alexei Kosygin"], ["Ayub Khan"])
    assert _parties("First Secretary of the CC SED Walter Ulbricht", "Prime Minister of India Lal Bahadur Shastri") == (
        ["Walter Ulbricht"], ["Lal Bahadur Shastri"])


def test_a_ministry_named_with_its_capital_is_that_state_s():
    from pipeline.normalize.names import lookup

    assert lookup("the Ministry of Foreign Affairs, Warsaw").name == "Polish Foreign Ministry"
    assert lookup("Foreign Ministry, Budapest").name == "Hungarian Foreign Ministry"
    assert lookup("the Ministry of Foreign Affairs, Moscow").name == "Ministry of Foreign Affairs of the USSR"
    assert lookup("the Embassy, Warsaw") is None and lookup("the Ministry of Foreign Affairs, Jakarta Bay") is None
    doc = ParsedDocument(parser="generic/1", source_type="archival_record",
                         title="Ciphered Telegram from the Czechoslovak Embassy in Conakry to the Foreign Ministry, Prague")
    read_title_parties(doc)
    assert doc.recipient_names == ["Czechoslovak Foreign Ministry"]


def test_a_russian_title_s_recipient_ends_at_the_full_stop_before_its_date():
    doc = ParsedDocument(parser="generic/1", source_type="archival_record",
                         title="Шифртелеграмма посла СССР в КНР П.Ф. Юдина в МИД СССР. 3 марта 1958 г.")
    read_title_parties(doc)
    assert doc.sender_names == ["Pavel Yudin"] and doc.recipient_names == ["Ministry of Foreign Affairs of the USSR"]


def test_an_address_line_under_the_heading_names_the_body_addressed():
    from pipeline.parse.headings import _addressed_body

    assert _addressed_body("To the Politburo of the CC of the SED").name == "Politburo of the Socialist Unity Party of Germany"
    assert _addressed_body("В ЦК КПСС").name == "Central Committee of the Communist Party of the Soviet Union"
    assert _addressed_body("To Moscow") is None and _addressed_body("To sum up, the Politburo agreed.") is None


def test_a_bare_ministry_a_mission_writes_to_is_its_own_state_s():
    doc = ParsedDocument(parser="generic/1", source_type="archival_record",
                         title="Ciphered Telegram from the Hungarian Legation in Tirana to the Foreign Ministry")
    read_title_parties(doc)
    assert doc.recipient_names == ["Hungarian Foreign Ministry"]
    doc = ParsedDocument(parser="generic/1", source_type="archival_record", title="Telegram from Ambassador Siedlecki to the Ministry of Foreign Affairs")
    read_title_parties(doc)
    assert doc.recipient_names == ["Ministry of Foreign Affairs"]  # no state known for the writer: the words as they are


def test_a_citation_s_closing_abbreviation_keeps_its_full_stop():
    from pipeline.parse.citation import parse_citations

    assert [c["text"] for c in parse_citations("MNL OL, M-KS 288. f. 5/622. ő.e.")] == ["MNL OL, M-KS 288. f. 5/622. ő.e."]
    assert [c["text"] for c in parse_citations("TsDA, f. 1B, op. 64, a.e. 412, l. 1-4.")] == ["TsDA, f. 1B, op. 64, a.e. 412, l. 1-4"]


@pytest.mark.parametrize(("words", "expected"), [
    ("Ambassador N. Fedorenko in Tokyo", "Nikolai Fedorenko"),
    ("Ambassador S. V. Chervonenko in Beijing", "Stepan Chervonenko"),
    ("the Soviet Embassy in Tokyo", "Soviet Embassy in Tokyo"),  # a mission's place names the mission
])
def test_the_place_a_person_wrote_from_is_no_part_of_his_name(words, expected):
    from pipeline.parse.parties import party

    assert party(words) == expected


def test_a_wilson_title_names_the_ambassador_not_his_post():
    doc = parse_text("source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-test\nJune 16, 1960\n"
                     "Ciphered Telegram No. 18512 from Ambassador N. Fedorenko in Tokyo to A. A. Gromyko\n\nSkip to content\n\n"
                     "Today Kishi told me that the visit would not take place.\n\nN. FEDORENKO\n")
    assert doc.sender_names == ["Nikolai Fedorenko"]


_HEAD_UNDER_TITLE = """source: https://www.example-archive.org/docs/telegram-187

Ciphered telegram No. 187
{line}
Lisbon, 26 April 1974

1. The Prime Minister told me yesterday that he had suspended the constitution.
2. I shall see him again on Monday.

Ambassador Antonio Garrigues
"""


@pytest.mark.parametrize(("line", "recipients"), [
    ("From the Embassy in Lisbon to the Ministry of Foreign Affairs, Madrid", ["Ministry of Foreign Affairs, Madrid"]),
    ("From Maseru to Foreign and Commonwealth Office", ["Foreign and Commonwealth Office"]),
    ("From LISBON                 Special No. 412", []),  # a post and a number: no addressee
])
def test_a_telegram_s_from_to_line_under_its_title_names_its_addressee(line, recipients):
    doc = parse_text(_HEAD_UNDER_TITLE.format(line=line))
    assert doc.recipient_names == recipients
    assert doc.sender_names == ["Antonio Garrigues"]


@pytest.mark.parametrize(("signature", "sender"), [
    ("Giménez-Arnau", ["Giménez-Arnau"]),  # a surname alone, double-barrelled, under a telegram whose title names no party
    ("Chargé d'affaires a.i. Pedro Alvarez", ["Pedro Alvarez"]),  # the office, its "a.i." no part of the name
    ("WATT", ["WATT"]),
])
def test_a_telegram_with_no_party_in_its_head_is_signed_by_its_last_line(signature, sender):
    text = ("source: https://www.example-archive.org/docs/telegram-45\n\nCiphered Telegram No. 45\n\nLusaka, 12 March 1975\n\n"
            "The Foreign Minister received me yesterday and told me that the Government had decided to close the border.\n\n"
            f"{signature}\n")
    assert parse_text(text).sender_names == sender


def test_a_title_dated_after_of_names_no_writer():
    from pipeline.parse import parse_text
    doc = parse_text("Telegram of 14 March 1972 to the Ministry of Foreign Affairs\n\nThe minister arrived today.\n")
    assert not any(ch.isdigit() for name in doc.sender_names for ch in name)
