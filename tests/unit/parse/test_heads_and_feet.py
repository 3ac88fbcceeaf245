"""Document fields read from the heads and feet of kinds of pages: FRUS numbered heads with their mark set apart and
their source notes citing a department's lot files, a book's running head with a bar, Wilson citation strings naming
an archive in words after the collection, a cable's one-sentence handling line under its signer, a record's closing
place-and-date line above its recorder, closing formulas with the writer's own word, the body signing a Chinese
telegram, several sources in one footnote."""

from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.book_shape import running_head_words
from pipeline.parse.citation import repository_citation
from pipeline.parse.model import closes_letter, closes_message, handling_kind, is_signer_line
from pipeline.parse.source_note import footnote_citations
from pipeline.parse.wcda import citations as wcda_citations


def _frus(heading: str, *lines: str, note: str = "1 Source: Department of State, Central Files. Secret.") -> object:
    body = "\n\n".join(lines or ("1. The Committee met to consider the question of the zones.",))
    return parse_text(f"source: https://history.state.gov/historicaldocuments/frus1950v04/d101\n{heading}\n\n{body}\n\n{note}\n")


def test_a_frus_heading_whose_mark_stands_apart_is_the_title_and_a_paper_prepared_by_a_body_is_its_sender():
    doc = _frus("101. Memorandum Prepared in the Central Intelligence Agency 1", "Washington, March 3, 1950.",
                "1. The Soviet forces in the zone have been reinforced since January.")
    assert doc.title == "Memorandum Prepared in the Central Intelligence Agency"
    assert doc.sender_names == ["Central Intelligence Agency"]
    assert doc.document_date.isoformat() == "1950-03-03"


def test_a_paper_s_series_number_over_its_date_line_is_header():
    doc = _frus("101. Report by the National Security Council 1", "NSC 68", "Washington, April 7, 1950.",
                "1. Within the past thirty-five years the world has experienced two global wars.")
    assert doc.title == "Report by the National Security Council"
    assert doc.document_date.isoformat() == "1950-04-07"


def test_a_heading_closing_on_a_month_s_day_keeps_the_day():
    doc = _frus("101. Editorial Note, Washington, October 1", "1. The President spoke with the Secretary.")
    assert doc.title == "Editorial Note, Washington, October 1"


def test_a_source_note_citing_a_department_s_lot_files_cites_the_department():
    doc = _frus("101. Paper Prepared in the Office of Far Eastern Affairs 1", "Washington, May 2, 1950.",
                "1. The situation in Indochina has not improved.",
                note="1 Source: Department of State, FE Files: Lot 54 D 190. Top Secret. Drafted by Merchant.")
    assert [(c["archive"], c.get("delo")) for c in doc.citations] == [("Department of State", None)]


def test_a_running_head_with_a_bar_between_the_page_number_and_the_book_s_name():
    assert running_head_words("214 | Cold War in the Horn of Africa") == "Cold War in the Horn of Africa"
    assert running_head_words("The Soviet Union and the Congo Crisis | 57") == "The Soviet Union and the Congo Crisis"
    assert running_head_words("6 The Break with Belgrade") is None  # a chapter's number, no running head


def test_an_archive_with_a_long_name_opens_a_citation_line():
    cited = repository_citation("Archive of the Central Committee of the Communist Party of Cuba, Fondo Mozambique, Caja 2, "
                                "Expediente 9, ff. 10-14.", leading=True)
    assert cited["archive"] == "Archive of the Central Committee of the Communist Party of Cuba"
    assert cited["folios"] == "10-14"


def test_a_wilson_citation_string_names_the_archive_after_the_collection():
    cited = wcda_citations('"Letter from Kwame Nkrumah to Josip Broz Tito," March 2, 1961, History and Public Policy '
                           'Program Digital Archive, Archives of Yugoslavia, KPR I-5-b/Ghana, box 2, pp. 40-41.')
    assert [(c["archive"], c["folios"]) for c in cited] == [("Archives of Yugoslavia", "40-41")]


def test_a_handling_line_telling_every_act_in_one_sentence_is_read_as_one():
    line = ("Dispatched from Jakarta on 3.10.1965 at 11.20 hours, received in Warsaw at 16.05 hours, decoded at 17.30 "
            "hours and typed in 5 copies.")
    assert handling_kind(line) is None  # longer than a line of one act
    assert handling_kind(line, 200) is not None


def test_the_signer_over_a_cable_s_handling_line_writes_it():
    page = ("source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-czechoslovak-embassy-accra\n"
            "Ciphered Telegram from the Czechoslovak Embassy in Accra to the Ministry of Foreign Affairs, Prague\n\n"
            "Yesterday the President received the heads of the socialist missions and spoke of the Congo.\n\n"
            "I ask for instructions.\n\nAmbassador Karel Novák\n\n"
            "Dispatched from Accra on 4.3.1961 at 10.15 hours, received in Prague at 14.40 hours, deciphered at 15.30 "
            "hours and typed in 4 copies.\n")
    assert parse_text(page).sender_names == ["Karel Novák"]


def test_a_record_s_closing_place_and_date_line_above_its_recorder_dates_the_record():
    page = ("source: https://example.org/minutes\n"
            "Minutes of the Meeting of the Political Committee, Tuesday, 4 March 1980\n\n"
            "Comrade Kovács informed the Committee of the talks held in Moscow on 28 February, which had ended without "
            "agreement on the date of the next conference of the parties.\n\n"
            "The Committee approves the report.\n\nBudapest, 5.III.1980.\n\nRecorded by: Mrs. János Tóth\n")
    assert parse_text(page).document_date.isoformat() == "1980-03-05"


def test_a_day_under_the_recorder_s_name_leaves_the_record_the_meeting_s():
    page = ("source: https://example.org/minutes\n"
            "Minutes of the Meeting of the Political Committee, Tuesday, 4 March 1980\n\n"
            "Comrade Kovács informed the Committee of the talks held in Moscow on 28 February, which had ended without "
            "agreement on the date of the next conference of the parties.\n\n"
            "The Committee approves the report.\n\nRecorded by: Mrs. János Tóth\n\nBudapest, 5.III.1980.\n")
    assert parse_text(page).document_date.isoformat() == "1980-03-04"


def test_a_closing_formula_with_the_writer_s_own_word_closes_a_letter():
    assert closes_letter("With my warmest regards,")
    assert closes_letter("With our fraternal greetings,")
    assert closes_message(["I hope to see you soon in Belgrade.", "With my best wishes,", "Kwame Nkrumah"])


def test_the_body_signing_a_chinese_telegram_closes_it():
    assert is_signer_line("外交部")
    assert is_signer_line("驻加纳大使馆")
    assert not is_signer_line("请你馆注意了解")
    assert closes_message(["请你馆注意了解情况，下月报部。", "外交部"])


def test_a_footnote_citing_a_newspaper_and_an_archive_cites_the_archive():
    cited = footnote_citations("7 Borba, 30 June 1948; AJ, 507, CK SKJ, III/35.")
    assert [(c["archive"], c["fond"]) for c in cited] == [("AJ", "507")]


def test_a_letter_spaced_heading_goes_on_on_the_line_under_it():
    page = ("source: https://example.org/record\n"
            "Central Committee of the SED\nDepartment of International Relations\nBerlin, 12 May 1977\n\n"
            "R e c o r d\nof a conversation of Comrade Hermann Axen with Comrade Sam Nujoma on 11 May 1977\n\n"
            "Comrade Nujoma, who arrived in Berlin from Luanda on Monday, thanked the SED for its support.\n\n"
            "Recorded by: K. Weber\n")
    doc = parse_text(page)
    assert doc.title.startswith("R e c o r d of a conversation of Comrade Hermann Axen")
    assert doc.document_date.isoformat() == "1977-05-12"


def test_the_diarist_whose_name_opens_a_chinese_diary_s_title_is_its_writer():
    page = ("source: https://example.org/diary\n周恩来日记（摘录）\n\n一九五五年四月十八日\n"
            "上午，会议在万隆开幕，各国代表团团长先后发言。\n")
    assert parse_text(page).sender_names == ["Zhou Enlai"]


def test_a_footnote_naming_the_paper_then_the_archive_s_abbreviation_cites_the_archive():
    cited = footnote_citations("4 Record of conversation between Ulbricht and Nkrumah, 2 March 1966, SAPMO-BArch, DY 30/J IV 2/202/283.")
    assert [c["archive"] for c in cited] == ["SAPMO-BArch"]
    assert footnote_citations("5 Nkrumah to Ulbricht, 2 March 1966, a letter kept by his family.") == []


def test_an_archive_s_abbreviation_followed_by_a_space_opens_a_shelf_line():
    from pipeline.parse.source_note import citation_line

    cited = citation_line("MNL OL XIX-J-1-j Mozambik 1976, 70. doboz, 00412/1976.")
    assert [c["archive"] for c in cited] == ["MNL OL"]
    assert citation_line("MNL OL holds the embassy's reports of that year, 1976.") == []


def test_a_chinese_book_s_title_without_the_pages_of_the_excerpt():
    from pipeline.parse.headings import unwrap_title

    assert unwrap_title("周恩来年谱（1949—1976）上卷，第四五〇—四五三页") == "周恩来年谱（1949—1976）上卷"
    assert unwrap_title("毛泽东致斯大林电，第一卷") == "毛泽东致斯大林电，第一卷"


def test_a_place_and_day_over_the_signer_s_name_and_office_closes_the_text_and_a_paragraph_after_a_date_does_not():
    # The name and office lines under the date line are told first; the date line is read only under them.
    foot = ["The delegation will leave for Hanoi on Friday.", "Prague, 14 April 1967", "Miroslav Novák", "ambassador"]
    assert closes_message(foot)
    assert closes_message(foot[:-1])
    assert not closes_message(["The delegation will leave for Hanoi on Friday.", "Prague, 14 April 1967",
                               "The talks are to resume after the holiday and the minister will"])
