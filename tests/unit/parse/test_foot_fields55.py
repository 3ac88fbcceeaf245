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


def test_a_soviet_cables_handling_day_writes_a_hyphen_before_its_year():
    from pipeline.normalize.dates import iter_dates

    assert [(d.text, d.start_date.isoformat()) for d in iter_dates("Sent 3/XII-64 at 09:40.", 1964)] == [("3/XII-64", "1964-12-03")]
    assert [d.start_date.isoformat() for d in iter_dates("26/X/62", 1962)] == ["1962-10-26"]
    assert list(iter_dates("No. 12/V-3", 1964)) == []  # a number, no day


_CABLE = (
    "source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-soviet-ambassador-example\n"
    "December 3, 1964\nCiphered Telegram from the Soviet Ambassador in Bamako on the Cabinet Crisis\n\nSkip to content\n\n"
    "The ambassador reports a change of government.\n\nCIPHERED TELEGRAM\nBamako - Moscow\nSECRET\n\n"
    "MFA USSR, to Comrade Gromyko\n\n"
    "Yesterday the President dismissed three ministers and took the defence portfolio himself.\n\n"
    "Please instruct on the reply to the invitation.\n\n"
    "AMBASSADOR    P. OREKHOV\n3/XII-64\n\n"
    "Sent 3/XII-64 at 09:40. Received 3/XII-64 at 14:05.\n\n"
    "Document Information\nSource\nAVP RF, f. 0601, op. 4, p. 9, d. 2, l. 7-8.\nType\nTelegram\nLanguage\nRussian\n"
)


def test_a_cable_signed_by_the_ambassador_over_his_handling_day_is_his_and_goes_to_the_man_its_address_line_names():
    from pipeline.parse import parse_text

    doc = parse_text(_CABLE)
    assert doc.sender_names == ["P. OREKHOV"]
    assert doc.recipient_names == ["Andrei Gromyko"]


_INFORMATION = (
    "source: https://digitalarchive.wilsoncenter.org/document/information-hungarian-embassy-example\n"
    "March 12, 1974\nInformation from the Hungarian Embassy in Accra on the Cabinet Changes\n\nSkip to content\n\n"
    "The embassy reports on the new cabinet.\n\nINFORMATION\n\n"
    "1. On Monday the head of state announced a new cabinet of eleven members.\n\n"
    "2. The new Foreign Minister received the heads of missions on Tuesday.\n\n"
    "{office}\nLászló Kertész\n\nAccra, 12.III.1974\n\n"
    "Document Information\nSource\nMNL OL, XIX-J-1-j Ghana 1974, 12. doboz, 001234/1974.\nType\nReport\nLanguage\nHungarian\n"
)


@pytest.mark.parametrize("office", ["Chargé d'Affaires a.i.", "Ambassador"])
def test_an_embassy_information_signed_under_its_heads_office_over_its_place_and_day_is_his(office):
    from pipeline.parse import parse_text

    assert parse_text(_INFORMATION.format(office=office)).sender_names == ["László Kertész"]


def test_a_record_of_conversation_signed_by_the_envoy_over_its_place_and_day_is_his():
    from pipeline.parse import parse_text

    page = _INFORMATION.format(office="Ambassador").replace("Information from the Hungarian Embassy in Accra on the Cabinet Changes",
                                                            "Record of Conversation between the Hungarian Ambassador and the Foreign Minister")
    page = page.replace("INFORMATION\n", "RECORD OF CONVERSATION\n").replace("Type\nReport", "Type\nMemorandum of Conversation")
    assert parse_text(page).sender_names == ["László Kertész"]  # the ambassador wrote the record of his own talk


_WEEKLY = (
    "source: https://www.cia.gov/readingroom/document/cia-rdp79-00927a000000000001-0\n"
    "CURRENT INTELLIGENCE WEEKLY SUMMARY\n12 June 1964\n\nSECRET\n\n{head}"
    "The army took control of the capital on 9 June after two days\nof rioting, and the President left the country.\n\n"
    "Approved For Release 2004/01/01 : CIA-RDP79-00927A000000000001-0\n"
)


def test_a_weekly_summary_scan_of_one_article_is_titled_by_the_articles_heading_not_the_masthead():
    from pipeline.parse import parse_text

    doc = parse_text(_WEEKLY.format(head="BURUNDI: ARMY TAKES OVER\n\n"))
    assert doc.title == "BURUNDI: ARMY TAKES OVER"
    assert doc.sender_names == []  # the article is the Agency's periodical's, no memorandum it sends
    assert doc.document_date.isoformat() == "1964-06-12"


def test_a_weekly_summary_scan_of_the_issue_in_parts_keeps_the_masthead():
    from pipeline.parse import parse_text

    doc = parse_text(_WEEKLY.format(head="PART I\n\nOF IMMEDIATE INTEREST\n\nBURUNDI\n\n"))
    assert doc.title == "CURRENT INTELLIGENCE WEEKLY SUMMARY"


_RU_INFORMATION = (
    "source: https://www.istmat.org/node/1\n"
    "{title}\n\n"
    "СЕКРЕТНО\n\nМИД СССР\nОтдел стран Африки\n\n"
    "3 марта армейские части заняли радиостанцию и здание парламента. Президент выступил по радио и объявил о роспуске правительства.\n\n"
    "Вчера новый премьер-министр принял послов. Посольство продолжает следить за событиями.\n\n"
    "Посол СССР в Гане\nИ. ПЕТРОВ\n5 марта 1966 г.\n\n"
    "АВП РФ. Ф. 0573. Оп. 10. П. 5. Д. 2. Л. 10–12. Подлинник.\n\n"
    "Опубл.: СССР и Африка. 1961–1970. Документы и материалы. М., 2012. С. 100–101.\n"
)


def test_an_information_on_the_events_of_a_day_is_dated_by_its_foot_and_is_a_report_to_the_ministry():
    from pipeline.parse import parse_text

    doc = parse_text(_RU_INFORMATION.format(title="Информация посольства СССР в Гане о событиях 3 марта 1966 г."))
    assert doc.document_date.isoformat() == "1966-03-05"  # the heading's day is the events'; the edition's "Опубл.:" line is no foot
    assert doc.document_type == "report"
    assert doc.recipient_names == ["Ministry of Foreign Affairs of the USSR"]


def test_a_heading_dated_by_its_own_day_keeps_it():
    from pipeline.parse import parse_text

    doc = parse_text(_RU_INFORMATION.format(title="Информация посольства СССР в Гане от 4 марта 1966 г."))
    assert doc.document_date.isoformat() == "1966-03-04"


def test_an_archive_named_inside_a_sentence_is_cited_by_its_abbreviation():
    cited = parse_citations("the documents of the Archive of Foreign Policy (AVP RF), f. 022, op. 7, d. 11, l. 2.")
    assert [c["archive"] for c in cited] == ["AVP RF"]


@pytest.mark.parametrize(("line", "office"), [
    ("Chargé d'Affaires a.i.", True),
    ("CHARGÉ D'AFFAIRES A.I.", True),
    ("Counsellor of the Embassy", True),
    ("Ambassador a. i.\n", True),
    ("The minister left for Hanoi.", False),
    ("He was received by the Chargé d'Affaires.", False),
])
def test_an_office_line_under_a_signer_s_name_keeps_its_ad_interim_and_a_sentence_is_none(line, office):
    # Only a line ending as "a.i." does is looked at for the mark; any other line ending a sentence is told at once.
    from pipeline.parse.signature import is_office_line

    assert is_office_line(line) is office
