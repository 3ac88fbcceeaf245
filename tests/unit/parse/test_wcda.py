"""Wilson Center Digital Archive layouts, one quirk per test, on a few inline lines."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.extract.alignment import align_blocks
from pipeline.normalize.text import normalize_space
from pipeline.parse import parse_text, wcda

NBSP = "\u00a0"
LETTER = "We agree with the plan outlined by you and the evaluation of the course of the negotiations which you give."


def parsed(text: str):
    doc = parse_text(text)
    align_blocks(doc.blocks)
    return doc


def texts(doc, **where) -> list[str]:
    return [b.text for b in doc.blocks if all(getattr(b, k) == v for k, v in where.items())]


def offsets_hold(text: str, doc) -> bool:
    return all(normalize_space(text[b.start:b.end]) == b.text for b in doc.blocks)


SITE_PAGE = f"""source: https://digitalarchive.wilsoncenter.org/document/113636
Skip to content

February 3, 1952

Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong

[...]

{NBSP}

TO KRASOVSKY

“Comrade MAO ZEDONG.

{NBSP}

{LETTER}

With greetings. FILIPPOV [Stalin].”

Confirm receipt.

[...]

Telegram to Mao from Stalin approving of Mao's progress.

Author(s):


Document Information

Source

APRF, f. 45, op. 1, d. 342, l. 78; and RGASPI, f. 558, op. 11, d. 342, ll. 0078.

Rights

The History and Public Policy Program welcomes reuse of Digital Archive materials.

Original Uploaded Date

2011-11-20

Type

Telegram

Language

Record ID

113636"""


def test_site_page_summary_after_the_text():
    doc = parsed(SITE_PAGE)
    assert doc.summary == "Telegram to Mao from Stalin approving of Mao's progress."
    assert not any("approving" in b.text for b in doc.blocks)


def test_site_page_document_information_is_metadata():
    doc = parsed(SITE_PAGE)
    assert [c["archive"] for c in doc.citations] == ["APRF", "RGASPI"]
    assert doc.record_id == "113636" and doc.document_type == "telegram"
    assert doc.rights.startswith("The History and Public Policy Program")
    assert not any("welcomes reuse" in b.text or "2011-11-20" in b.text for b in doc.blocks)


def test_site_page_empty_language_field_leaves_language_unset():
    assert parsed(SITE_PAGE).original_language is None


def test_site_page_lone_nbsp_lines_are_not_passages():
    doc = parsed(SITE_PAGE)
    assert all(b.text for b in doc.blocks) and offsets_hold(SITE_PAGE, doc)


def test_document_information_block_cut_off():
    text = SITE_PAGE.split("Rights")[0]
    doc = parsed(text)
    assert len(doc.citations) == 2 and doc.record_id == "113636"  # the record id of the page's URL


def test_document_information_without_source_label():
    text = SITE_PAGE.replace("Source\n\n", "")
    doc = parsed(text)
    assert [c["archive"] for c in doc.citations] == ["APRF", "RGASPI"]
    assert not any("APRF" in b.text for b in doc.blocks)


def test_quoted_salutation_and_closing_formula():
    doc = parsed(SITE_PAGE)
    assert texts(doc, passage_type="salutation") == ["“Comrade MAO ZEDONG."]
    assert texts(doc, passage_type="signature") == ["With greetings. FILIPPOV [Stalin].”"]
    assert texts(doc, section_type="trailer") == ["Confirm receipt."]


def test_final_recipient_after_for():
    doc = parsed(SITE_PAGE)
    assert doc.sender_names == ["Joseph Stalin"] and doc.recipient_names == ["Mao Zedong"]


BARE = """source: https://example.org/some-mirror/telegram-2950
July 3, 1951
Ciphered Telegram No. 2950, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong
[…]
Тов. МАО ЦЗЭДУНУ.
Вашу телеграмму от 3 июля получили. Насчёт первых двух пунктов Ваших предложений у нас нет возражений.
ФИЛИППОВ
[…]
CIPHERED TELEGRAM No. 3950
BEIJING, TO KRASOVSKY.
"To Comrade MAO ZEDONG.
We received your telegram of 3 July. With regard to the first two points of your proposal, we have no objections."""


def test_bare_page_detected_without_the_archive_name():
    assert "Digital Archive" not in BARE
    assert parsed(BARE).parser == wcda.PARSER


def test_title_number_differs_from_text_number_both_kept():
    doc = parsed(BARE)
    assert "No. 2950" in doc.title and "CIPHERED TELEGRAM No. 3950" in texts(doc)
    assert any("2950" in w and "3950" in w for w in doc.warnings)


def test_russian_then_english_without_labels_aligned():
    doc = parsed(BARE)
    assert doc.original_language == "ru"
    russian = [b for b in doc.blocks if b.section_type == "original" and b.passage_type == "paragraph"]
    assert doc.blocks[russian[0].aligned_to].text.startswith("We received your telegram of 3 July.")


OLD_SITE = """source: https://digitalarchive.wilsoncenter.org/document/113020
Search in

Digital Archive International History Declassified

January 31, 1952


  • Citation

    get citation

    Mao asks Stalin advice concerning issues raised during negotiations.
    "Ciphered Telegram No. 16008 from Beijing, Mao Zedong to Cde. Filippov [Stalin]," January 31, 1952, History and Public Policy Program Digital Archive, APRF, f. 45, op. 1, d. 342, ll. 73-77.
  • share document


English HTML

Copies: Stalin (2), Molotov, Malenkov, Beria, Bulganin

To Comrade FILIPPOV [Stalin]

For the past period of time, in view of the deliberate prolongation of the negotiations by the enemy, a final agreement has not been achieved."""


def test_old_site_summary_inside_citation_bullet():
    doc = parsed(OLD_SITE)
    assert doc.summary == "Mao asks Stalin advice concerning issues raised during negotiations."
    assert doc.title == "Ciphered Telegram No. 16008 from Beijing, Mao Zedong to Cde. Filippov [Stalin]"
    assert doc.citation_text.startswith('"Ciphered Telegram')


def test_old_site_furniture_is_not_text():
    doc = parsed(OLD_SITE)
    assert doc.blocks[0].text.startswith("Copies:") and doc.sent_from == "Beijing"
    assert doc.record_id == "113020"


def test_list_of_names_not_read_as_czech():
    doc = parsed(OLD_SITE)
    assert {b.language for b in doc.blocks} == {"en"}


NEW_SITE = """source: https://digitalarchive.wilsoncenter.org/document/123148
CABLE, FILIPPOV (STALIN) TO MAO ZEDONG
CITATION SHARE DOWNLOAD-
Citation
get citation
Stalin promises support in North Korea"Cable, Filippov (Stalin) to Mao Zedong," February 23, 1952, History and Public Policy Program Digital Archive, RGASPI, F. 558, Op. 11, D. 342, L. 92. Translated by Mark Kramer. https://digitalarchive.wilsoncenter.org/document/123148 - Share
- Download
VIEW DOCUMENT IN
English HTML
23 February 1952 To Comrade Mao Zedong Your telegram of 21 February has been received. The Soviet Government, for its part, will actively support these measures. With greetings, FILIPPOV [Stalin]
RUSSIAN (TRANSCRIPTION) HTML
23 февраля 1952 г. Товарищу Мао Цзэдуну, Вашу телеграмму от 21 февраля получили. Со своей стороны советское правительство активно поддержит эти мероприятия. С приветом, ФИЛИППОВ"""


def test_new_site_summary_run_into_citation():
    doc = parsed(NEW_SITE)
    assert doc.summary == "Stalin promises support in North Korea"
    assert doc.translator == "Mark Kramer" and doc.document_date_text == "February 23, 1952"


def test_new_site_title_in_capitals_names_sender_and_recipient():
    doc = parsed(NEW_SITE)
    assert doc.document_type == "cable"
    assert doc.sender_names == ["Joseph Stalin"] and doc.recipient_names == ["Mao Zedong"]


def test_flattened_new_site_letter_cut_into_passages():
    doc = parsed(NEW_SITE)
    english = [(b.passage_type, b.text) for b in doc.blocks if b.language == "en" and b.passage_type != "title"]
    assert english == [
        ("heading", "23 February 1952"),
        ("salutation", "To Comrade Mao Zedong"),
        ("paragraph", "Your telegram of 21 February has been received."),
        ("paragraph", "The Soviet Government, for its part, will actively support these measures."),
        ("signature", "With greetings, FILIPPOV [Stalin]"),
    ]
    assert offsets_hold(NEW_SITE, doc)


def test_flattened_bilingual_letter_aligned_and_transcription_is_original():
    doc = parsed(NEW_SITE)
    assert doc.original_language == "ru"
    english = next(b for b in doc.blocks if b.text == "Your telegram of 21 February has been received.")
    assert english.section_type == "translation"
    assert doc.blocks[english.aligned_to].text == "Вашу телеграмму от 21 февраля получили."


DOCSLIB = """source: https://docslib.org/doc/983641/march-19-1953-resolution
March 19, 1953 Resolution, USSR Council of Ministers with Draft Letters
Total Page:16
File Type:pdf, Size:1020Kb
Digital Archive digitalarchive.wilsoncenter.org International History Declassified March 19, 1953 Resolution, USSR Council of Ministers with draft letters to Mao Zedong Citation: “Resolution, USSR Council of Ministers with draft letters to Mao Zedong,” March 19, 1953, History and Public Policy Program Digital Archive, APRF, Fond 3, Opis 65, Delo 830, Listy 60-71 http://digitalarchive.wilsoncenter.org/document/113649 Summary: A resolution of the USSR Council of Ministers. Original Language: Russian Contents: English Translation COUNCIL OF MINISTERS USSR RESOLUTION The Council of Ministers of the USSR RESOLVES: 1. To confirm the attached draft letters (Attachment No. 1). 2. To confirm the directive to the Soviet delegation (Attachment No. 2)."""


def test_docslib_fields_run_together_on_one_line():
    doc = parsed(DOCSLIB)
    assert doc.summary == "A resolution of the USSR Council of Ministers."
    assert doc.original_language == "ru" and doc.record_id == "113649"
    assert doc.citations[0]["delo"] == "830" and doc.document_type == "resolution"
    assert doc.url == "https://docslib.org/doc/983641/march-19-1953-resolution"  # where the text was read, not the PDF's record


def test_docslib_text_cut_from_the_line_with_exact_offsets():
    doc = parsed(DOCSLIB)
    assert texts(doc, passage_type="header") == ["COUNCIL OF MINISTERS USSR RESOLUTION"]
    assert texts(doc, passage_type="list_item") == [
        "1. To confirm the attached draft letters (Attachment No. 1).",
        "2. To confirm the directive to the Soviet delegation (Attachment No. 2).",
    ]
    assert offsets_hold(DOCSLIB, doc)


def test_docslib_title_is_the_record_title_not_the_page_title():
    doc = parsed(DOCSLIB)
    assert doc.title == "Resolution, USSR Council of Ministers with draft letters to Mao Zedong"
    assert doc.sender_names == ["USSR Council of Ministers"]


EXPORT = """July 13, 1951 Cable No. 21756, Mao Zedong to Cde. Filippov [Stalin]

Citation:

"Cable No. 21756, Mao Zedong to Cde. Filippov [Stalin]", July 13, 1951, Wilson Center Digital Archive, RGASPI, f. 558, op. 11, d. 340, ll. 0043-0045. Translated by Gary Goldberg. https://wilson-center-digital-archive.dvincitest.com/document/117419

Summary:

Kim Il Sung informs Nam Il of the talks.

Original Language:

Russian

Contents:

Transcript - Russian Translation - English [...]

Товарищ Филиппов!

Что касается переговоров о прекращении военных действий в Корее, то американцы подняли вопрос о

присутствии корреспондентов на конференции.

[...]

to Cde. FILIPPOV Cde. Filippov!

Regarding the ceasefire negotiations in Korea, the Americans deliberately raised the issue of the presence of

correspondents at the conference."""


def test_salutation_glued_to_address_line():
    doc = parsed(EXPORT)
    assert "to Cde. FILIPPOV" in texts(doc, passage_type="header")
    assert "Cde. Filippov!" in texts(doc, passage_type="salutation")


def test_page_break_inside_a_paragraph_is_one_passage():
    doc = parsed(EXPORT)
    assert any(t.endswith("raised the issue of the presence of correspondents at the conference.") for t in texts(doc))
    assert any("подняли вопрос о присутствии" in t for t in texts(doc))


def test_elision_glued_to_contents_line_is_a_passage():
    doc = parsed(EXPORT)
    assert texts(doc, passage_type="elision") == ["[...]", "[...]"]


def test_summary_of_another_record_kept_and_flagged():
    doc = parsed(EXPORT)
    assert doc.summary == "Kim Il Sung informs Nam Il of the talks."
    assert any("another record" in w for w in doc.warnings)
    assert not any("informs Nam Il" in b.text for b in doc.blocks)


def test_export_url_from_citation_without_provenance_line():
    doc = parsed(EXPORT)
    assert doc.url == "https://wilson-center-digital-archive.dvincitest.com/document/117419"
    assert doc.record_id == "117419" and doc.translator == "Gary Goldberg"


def test_other_sites_are_not_wcda():
    frus = "Lot 55D128: Black Book, Tab 107: Telegram\n\nThe Commander in Chief, Far East (Ridgway) to the Joint Chiefs of Staff\n"
    usc = "You are here\n\nConversation between Stalin and Mao, Moscow, 16 December 1949\nDecember 16, 1949\n\nFor other documents on Mao Zedong, click here.\n"
    assert not wcda.looks_like(frus) and not wcda.looks_like(usc)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*SITE_PAGE.splitlines(), *NEW_SITE.splitlines(), *DOCSLIB.splitlines(), "", NBSP, "[…]"]), max_size=30))
@example([  # a citation line above the date and title, the page's address under them: the citation's passage ends at the title
    'Stalin promises support in North Korea"Cable, Filippov (Stalin) to Mao Zedong," February 23, 1952, History and Public Policy '
    'Program Digital Archive, RGASPI, F. 558, Op. 11, D. 342, L. 92. Translated by Mark Kramer. '
    'https://digitalarchive.wilsoncenter.org/document/123148 - Share',
    "February 3, 1952",
    "March 19, 1953 Resolution, USSR Council of Ministers with Draft Letters",
    "source: https://digitalarchive.wilsoncenter.org/document/113636",
])
def test_any_mix_of_layout_lines_parses_with_exact_offsets(lines):
    text = "\n".join(lines)
    doc = wcda.parse(text, 0)
    assert offsets_hold(text, doc)
    spans = sorted((b.start, b.end) for b in doc.blocks)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_title_sender_from_recipient_to_without_comma():
    text = "July 5, 1950\nLetter from Kim Il Sung to Filippov [Stalin] Regarding Aid\n[...]\nDear Comrade Stalin!\nWe thank you."
    doc = parsed(text)
    assert doc.parser == wcda.PARSER and doc.document_type == "letter"
    assert doc.sender_names == ["Kim Il Sung"] and doc.recipient_names == ["Joseph Stalin"]


def test_node_address_is_not_a_record_id():
    text = SITE_PAGE.replace("document/113636", "node/89832").split("Document Information")[0]
    assert parsed(text).record_id is None


def test_summary_after_the_text_with_author_label_cut_away():
    text = SITE_PAGE.replace("Author(s):\n", "")
    doc = parsed(text)
    assert doc.summary == "Telegram to Mao from Stalin approving of Mao's progress."


def test_language_field_listing_several_languages_takes_the_first():
    text = SITE_PAGE.replace("Language\n\nRecord ID", "Language\n\nRussian, English\n\nRecord ID")
    assert parsed(text).original_language == "ru"


def test_russian_header_number_conflict():
    text = "July 3, 1951\nCiphered Telegram No. 2950, Filippov [Stalin] to Krasovsky\n[...]\nШИФРТЕЛЕГРАММА № 3950\nТов. МАО ЦЗЭДУНУ.\nВашу телеграмму от 3 июля получили."
    assert any("3950" in w for w in parsed(text).warnings)


def test_translator_named_for_a_project():
    text = EXPORT.replace("Translated by Gary Goldberg.", "Translated for the Cold War International History Project by Danny Rozas.")
    assert parsed(text).translator == "Danny Rozas"


def test_new_site_with_line_broken_text_keeps_its_paragraphs():
    letter = f"To Comrade Mao Zedong\n{LETTER} It is possible to delete the second part.\nThe Soviet Government will support these measures. We agree.\nWith greetings, FILIPPOV [Stalin]"
    text = NEW_SITE.split("English HTML")[0] + "English HTML\n" + letter
    doc = parsed(text)
    assert f"{LETTER} It is possible to delete the second part." in texts(doc)


def test_flattened_resolution_signature_and_attachment_heading():
    text = DOCSLIB + " Representative of the Council of Ministers of the USSR G. Malenkov Attachment No. 1 To Comrade Mao Zedong"
    doc = parsed(text)
    assert "Representative of the Council of Ministers of the USSR G. Malenkov" in texts(doc, passage_type="signature")
    assert texts(doc, passage_type="heading") == ["Attachment No. 1 To Comrade Mao Zedong"]


def test_site_page_title_without_sender_or_recipient():
    text = SITE_PAGE.replace("Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong", "Report on the Situation in Korea")
    doc = parsed(text)
    assert doc.title == "Report on the Situation in Korea" and doc.document_type == "report"
    assert doc.blocks[0].passage_type == "title" and doc.sender_names == []


def test_new_site_title_in_capitals_without_to():
    text = NEW_SITE.replace("CABLE, FILIPPOV (STALIN) TO MAO ZEDONG", "MEMORANDUM OF CONVERSATION BETWEEN MAO AND KIM")
    text = text.replace('"Cable, Filippov (Stalin) to Mao Zedong,"', '"Memorandum of Conversation between Mao and Kim,"')
    doc = parsed(text)
    assert doc.title == "MEMORANDUM OF CONVERSATION BETWEEN MAO AND KIM"
    assert doc.blocks[0].passage_type == "title"


def test_site_page_association_lists_and_original_archive_are_not_text():
    text = SITE_PAGE.replace(
        "Author(s):\n",
        "Author(s):\nStalin, Joseph, 1879-1953\nAssociated People & Organizations\nMao, Zedong, 1893-1976\n"
        "Associated Places\nBeijing (China)\nAssociated Topics\nKorean War, 1950-1953\n",
    ).replace("Rights\n", "Original Archive\n\nArchive of the President of the Russian Federation (APRF)\n\nRights\n")
    doc = parsed(text)
    assert not any("1893-1976" in b.text or "Korean War, 1950" in b.text or "President of the Russian" in b.text for b in doc.blocks)
    assert [c["archive"] for c in doc.citations] == ["APRF", "RGASPI"]


def test_summary_before_the_text_on_a_site_page():
    summary = "Stalin agrees with Mao's plan for the negotiations on an armistice in Korea."
    text = SITE_PAGE.replace("[...]\n\n{NBSP}\n\nTO KRASOVSKY".replace("{NBSP}", NBSP), f"{summary}\n\n[...]\n\nTO KRASOVSKY")
    text = text.replace("Telegram to Mao from Stalin approving of Mao's progress.\n\n", "")
    doc = parsed(text)
    assert doc.summary == summary and not any(summary in b.text for b in doc.blocks)


def test_summary_numbering_another_record_flagged():
    text = EXPORT.replace("Kim Il Sung informs Nam Il of the talks.", "Mao sends Stalin cable No. 21800 on the talks.")
    assert any("No. 21800" in w for w in parsed(text).warnings)


def test_summary_of_this_record_not_flagged():
    assert parsed(SITE_PAGE).warnings == []


def test_capture_cut_mid_word():
    assert parsed(BARE[:-20]).has_cut_end and not parsed(BARE).has_cut_end


def test_capture_cut_in_the_closing_formula():
    assert parsed(NEW_SITE.replace("С приветом, ФИЛИППОВ", "Сприветом")).has_cut_end
    assert not parsed(NEW_SITE).has_cut_end


def test_complete_site_page_is_not_cut():
    assert not parsed(SITE_PAGE).has_cut_end


def test_german_original_beside_english_translation_keeps_its_language():
    german = "Lieber Genosse Ulbricht!\nWir haben Ihren Brief vom 3. Juli erhalten und stimmen Ihren Vorschlägen zu den Verhandlungen zu."
    english = "Dear Comrade Ulbricht!\nWe have received your letter of 3 July and agree with your proposals on the negotiations."
    doc = parsed(f"July 5, 1953\nLetter, Molotov to Ulbricht\n[...]\n{german}\n[...]\n{english}")
    assert {b.language for b in doc.blocks if b.passage_type == "paragraph"} == {"de", "en"}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_parser_never_raises_on_any_text(text):
    wcda.looks_like(text)
    doc = wcda.parse(text, 0)
    assert offsets_hold(text, doc)


def test_capital_line_other_than_the_citation_title_is_not_the_title():
    text = "SECOND MAIN DIRECTORATE OF THE GENERAL STAFF\nCitation:\n\"Cable No. 1, Mao Zedong to Cde. Filippov [Stalin]\", July 13, 1951, Wilson Center Digital Archive.\nContents:\nTranslation - English\nCde. Filippov!"
    doc = parsed(text)
    assert doc.title == "Cable No. 1, Mao Zedong to Cde. Filippov [Stalin]"


def test_translator_named_in_the_document_information_source():
    text = SITE_PAGE.replace("ll. 0078.\n", "ll. 0078. Translated by Gary Goldberg.\n")
    doc = parsed(text)
    assert doc.translator == "Gary Goldberg" and len(doc.citations) == 2


def test_docslib_text_running_over_several_lines_is_cut_on_every_line():
    pages = "\n".join(["3. To instruct the Ministry. To report back (Attachment No. 3). Moscow"] * 4)
    doc = parsed(DOCSLIB + "\n" + pages)
    assert texts(doc).count("To report back (Attachment No. 3).") == 4


def test_site_page_without_summary_keeps_its_closing_line():
    text = SITE_PAGE.replace("[...]\n\nTelegram to Mao from Stalin approving of Mao's progress.\n\n", "")
    doc = parsed(text)
    assert doc.summary is None and "Confirm receipt." in texts(doc)


def test_approximate_date_line_gives_year_precision():
    doc = parsed(SITE_PAGE.replace("February 3, 1952", "c. 1952"))
    assert doc.document_date_text == "c. 1952" and doc.document_date_precision == "year"
    assert doc.title.startswith("Ciphered Telegram No. 709")


@pytest.mark.parametrize(("line", "salutation"), [
    ("Cde. Suslov agrees.", False),  # a member's turn in session notes
    ("Comrade Mikoyan objects.", False),
    ("Comrade Mao Zedong!", True),
    ("To Cde. Stalin,", True),
])
def test_a_short_line_that_ends_with_its_verb_is_no_salutation(line, salutation):
    from pipeline.parse.model import Block
    from pipeline.parse.wcda_text import _is_salutation

    assert _is_salutation(Block("paragraph", 0, len(line), line)) == salutation


def _signed_letter(place_and_date: str, source: str) -> str:
    return (f"source: https://wilson-center-digital-archive.dvincitest.com/document/letter-ulbricht-gomulka\nSkip to content\n\n"
            f"May 4, 1965\n\nLetter from Walter Ulbricht to Wladyslaw Gomulka\n\nDear Comrade Gomulka,\n\n"
            f"We received your proposals and discussed them in the Politburo on 2 May.\n\nWith fraternal greetings,\nW. Ulbricht\n"
            f"{place_and_date}\n\nDocument Information\n\nSource\n\n{source}\n")


@pytest.mark.parametrize("source, archive, delo", [
    ("Central Party Archive, Berlin, fond 30, opis 2, a.e. 7, listy 10-12.", "Central Party Archive, Berlin", "7"),
    ("Central Party Archive, Berlin / fond 30 / opis 2 / a.e. 7 / listy 10-12", "Central Party Archive, Berlin", "7"),
    ("National Archives of Hungary, fond 30, opis 2, delo 7, listy 10-12.", "National Archives of Hungary", "7"),
])
def test_an_archive_named_in_words_is_cited_with_its_parts(source, archive, delo):
    cited = parsed(_signed_letter("Berlin, 4 May 1965", source)).citations
    assert [(c["archive"], c["fond"], c["opis"], c["delo"], c["folios"]) for c in cited] == [(archive, "30", "2", delo, "10-12")]


def test_a_source_naming_no_archive_cites_none():
    assert parsed(_signed_letter("Berlin, 4 May 1965", "Obtained for the project by a researcher, fond 30, listy 10-12.")).citations == []


@pytest.mark.parametrize("place_and_date", ["Berlin, 4 May 1965", "Moscow, May 4, 1965", "Москва, 4 мая 1965 г."])
def test_a_letter_closing_with_the_place_and_date_it_was_written_is_not_cut(place_and_date):
    assert not parsed(_signed_letter(place_and_date, "Central Party Archive, Berlin, fond 30.")).has_cut_end
    assert parsed(_signed_letter(place_and_date[:4], "Central Party Archive, Berlin, fond 30.")).has_cut_end


WILSON_INLINE_LANGUAGE = """source: https://digitalarchive.wilsoncenter.org/document/{slug}
Skip to content
{date}
{title}
Summary
{summary}
Original Language: {language}
Top Secret
{sentence}
"""


@pytest.mark.parametrize(("title", "language", "sentence"), [
    ("Minutes of the Vietnam Workers' Party Politburo Meeting", "Vietnamese",
     "Comrade Le Duc Tho reported on the delegation's visit to Beijing and Moscow in November."),
    ("Report of the Korean Workers' Party Central Committee", "Korean",
     "Comrade Pak Kum Chol reported that the harvest plan had been fulfilled by 1 October."),
    ("Minutes of the Meeting of the Romanian Workers' Party Politburo", "Romanian",
     "Comrade Maurer informed the Politburo of his talks in Peking on 3 March."),
])
def test_site_page_language_field_on_one_line_closes_the_summary_before_the_text(title, language, sentence):
    doc = parsed(WILSON_INLINE_LANGUAGE.format(slug="x", date="December 14, 1965", title=title, language=language, sentence=sentence,
                                               summary="The meeting hears reports on the situation."))
    assert doc.summary == "The meeting hears reports on the situation."
    assert sentence in " ".join(texts(doc, section_type="body"))


def test_title_from_to_with_the_date_after_a_comma_names_no_party():
    text = "June 14, 1967\nLetter from Władysław Gomułka to Leonid Brezhnev, 14 June 1967\n[...]\nDear Comrade Brezhnev!\nWe thank you."
    doc = parsed(text)
    assert doc.sender_names == ["Władysław Gomułka"] and doc.recipient_names == ["Leonid Brezhnev"]


def test_title_naming_two_cities_leaves_the_parties_to_the_to_line_and_the_signature():
    text = ("January 26, 1968\nTelegram from Pyongyang to Bucharest, No. 76.017, Urgent, Top Secret\nTELEGRAM\n"
            "To: Comrade Corneliu Mănescu, Minister of Foreign Affairs\n\nToday I was received by Comrade Ho Dam.\n\n"
            "I told him that I would immediately inform Bucharest.\n\nSigned: Aurel Mălnășan, ambassador\n\n"
            "[Source: Archive of the Romanian Ministry of Foreign Affairs, Telegrams, Pyongyang, 1968, vol. I, pp. 41-43.]\n")
    doc = parse_text("source: https://digitalarchive.wilsoncenter.org/document/1\nSkip to content\n\n" + text)
    assert doc.sent_from == "Pyongyang"
    assert doc.sender_names == ["Aurel Mălnășan"] and doc.recipient_names == ["Corneliu Mănescu"]


@pytest.mark.parametrize(("source", "archive"), [
    ("AMSZ, Depesze, Waszyngton 1968, z. 12/71, w. 3. Translated by Anna Nowak.", "AMSZ"),
    ("MNL OL XIX-J-1-j Guinea 1966, 2. doboz, 00412/1966. Translated by Balázs Szalontai.", "MNL OL"),
    ("MNL OL XIX-J-1-j Kuba 1962, 5. doboz, 001234/1962.", "MNL OL"),
])
def test_a_source_field_that_is_a_shelf_line_is_the_citation(source, archive):
    page = SITE_PAGE.replace("APRF, f. 45, op. 1, d. 342, l. 78; and RGASPI, f. 558, op. 11, d. 342, ll. 0078.", source)
    doc = parsed(page)
    assert [c["archive"] for c in doc.citations] == [archive]
    assert "Translated" not in doc.citations[0]["text"]


def test_a_shelf_line_under_the_text_is_read_before_a_source_field_without_its_folios():
    page = SITE_PAGE.replace("Confirm receipt.\n", "Confirm receipt.\n\nAMAE, Problema 220/1971, Sierra Leone, file no. 1603, f. 12-14.\n")
    page = page.replace("APRF, f. 45, op. 1, d. 342, l. 78; and RGASPI, f. 558, op. 11, d. 342, ll. 0078.",
                        "AMAE, Problema 220/1971, Sierra Leone, file no. 1603. Translated by Mircea Munteanu.")
    doc = parsed(page)
    assert [(c["archive"], c["folios"]) for c in doc.citations] == [("AMAE", "12-14")]


def test_the_line_under_the_text_that_adds_the_folios_to_the_source_fields_file_is_the_citation():
    page = SITE_PAGE.replace("Confirm receipt.\n", "Confirm receipt.\n\nCentral State Archive, Sofia, Fond 1-B, Opis 35, a.e. 2177, l. 41-44.\n")
    page = page.replace("APRF, f. 45, op. 1, d. 342, l. 78; and RGASPI, f. 558, op. 11, d. 342, ll. 0078.",
                        "Central State Archive, Sofia, Fond 1-B, Opis 35, a.e. 2177. Translated by Kalina Bratanova.")
    doc = parsed(page)
    assert [(c["archive"], c["delo"], c["folios"]) for c in doc.citations] == [("Central State Archive, Sofia", "2177", "41-44")]


def test_the_foot_of_a_record_tells_whether_its_capture_was_cut():
    from pipeline.parse.model import Block
    from pipeline.parse.wcda_text import is_cut_end

    def blocks(*lines: str) -> list[Block]:
        return [Block("paragraph", 0, len(line), line) for line in lines]

    assert not is_cut_end(blocks("The delegation will reach Hanoi on Tuesday and stay for three days."))
    assert is_cut_end(blocks("The delegation will reach Hanoi on Tuesday and stay for"))
    assert not is_cut_end(blocks("The delegation will reach Hanoi on Tuesday and stay for three days.", "Sofia, 11 March 1968"))
    assert not is_cut_end(blocks("The delegation will reach Hanoi on Tuesday and stay for three days.", "Todor Zhivkov"))


SUMMARY_ON_ITS_LABEL_LINE = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation
Wilson Center Digital Archive
International History Declassified

December 16, 1982
Record of Conversation between the GDR Ambassador and Lieutenant Colonel Desi Bouterse

Citation: "Record of Conversation between the GDR Ambassador and Lieutenant Colonel Desi Bouterse," December 16, 1982, History and Public Policy Program Digital Archive, PA AA, MfAA, ZR 1463/84, pp. 21-25.
Summary: The East German ambassador finds Bouterse defensive about the killing of fifteen opponents at Fort Zeelandia.

Original Language: German

Paramaribo, 16 December 1982

On Tuesday, 14 December, at 17:00, Lieutenant Colonel Desi Bouterse, Chairman of the National Military Council, received me at Fort Zeelandia.

Bouterse began by saying that a counter-revolution had been prepared for Christmas with the help of foreign services.
"""


def test_a_summary_on_its_labels_line_is_the_sites_summary_not_the_records_opening():
    doc = parsed(SUMMARY_ON_ITS_LABEL_LINE)
    assert doc.summary.startswith("The East German ambassador finds Bouterse defensive")
    assert not any(t.startswith("Summary:") for t in texts(doc, section_type="body"))
    assert offsets_hold(SUMMARY_ON_ITS_LABEL_LINE, doc)


def test_the_talks_day_is_the_day_the_records_opening_names_under_a_summary_on_its_labels_line():
    from datetime import date

    from pipeline.extract.events.context import document_context
    assert document_context(parsed(SUMMARY_ON_ITS_LABEL_LINE)).held_on == date(1982, 12, 14)
