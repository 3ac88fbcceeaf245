"""A document's own date and heading found by the shape of its lines, whatever site's URL it carries: a bare text under
a site's address (a title, a date line in brackets, the text, a signature block), in the three languages; a closing
date line after the place it was signed at; the message's sending cited from its closing line."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events.passages import extract_events
from pipeline.parse import parse_text
from pipeline.parse.model import is_dated_closing

WCDA = "source: https://digitalarchive.wilsoncenter.org/document/example-record\n"

BARE_PAGES = [
    # (page, title, date, type, senders, recipients)
    (
        "驻波兰使馆关于哥穆尔卡讲话致外交部的电报\n\n（一九五七年五月十四日）\n\n外交部：\n\n"
        "昨日哥穆尔卡在华沙工人大会上讲话，表示波兰将继续同苏联友好。今晨各报全文刊登。\n\n驻波兰使馆\n五月十四日\n",
        "驻波兰使馆关于哥穆尔卡讲话致外交部的电报", date(1957, 5, 14), "telegram", ["驻波兰使馆"], ["外交部"],
    ),
    (
        "驻埃及使馆致外交部电\n\n(1956年11月2日)\n\n外交部：\n\n一、昨夜开罗又遭轰炸。\n\n驻埃及使馆\n十一月二日\n\n"
        "外交部档案馆，档号107-00041-05\n",
        "驻埃及使馆致外交部电", date(1956, 11, 2), "telegram", ["驻埃及使馆"], ["外交部"],
    ),
    (
        "毛泽东给金日成的信\n\n金日成同志：\n\n来信收到。我们同意你们的意见，已于昨日电告彭德怀同志。\n\n毛泽东\n一九五一年七月三日\n",
        "毛泽东给金日成的信", date(1951, 7, 3), "letter", ["Mao Zedong"], ["Kim Il Sung"],
    ),
    (
        "Запись беседы посла СССР в КНР П. Ф. Юдина с Мао Цзэдуном\n\n[14 июня 1958 г.]\n\n"
        "Сегодня я посетил Мао Цзэдуна и передал ему письмо ЦК КПСС.\n\nПосол СССР в КНР\nП. Юдин\n",
        "Запись беседы посла СССР в КНР П. Ф. Юдина с Мао Цзэдуном", date(1958, 6, 14), "record_of_conversation", None, None,
    ),
    (
        "Telegram from the Embassy in Cairo to the Department of State\n\n(June 14, 1967)\n\n"
        "Yesterday the Foreign Minister received me and said that the canal would stay closed.\n",
        "Telegram from the Embassy in Cairo to the Department of State", date(1967, 6, 14), "telegram", None, None,
    ),
]


@pytest.mark.parametrize(("page", "title", "day", "kind", "senders", "recipients"), BARE_PAGES)
def test_a_bare_text_under_a_sites_address_is_read_by_its_shape(page, title, day, kind, senders, recipients):
    doc = parse_text(WCDA + page)
    assert (doc.title, doc.document_date, doc.document_type) == (title, day, kind)
    assert doc.collection == "Wilson Center Digital Archive"
    assert not doc.has_cut_end  # it closes on its signature, its date or the archive's file: complete
    if senders is not None:
        assert (doc.sender_names, doc.recipient_names) == (senders, recipients)


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("Moscow, the Kremlin, 17 September 1965", True),
        ("Washington, D.C., June 3, 1961", True),
        ("Sofia, 11 March 1968", True),
        ("Москва, Кремль, 17 сентября 1965 г.", True),
        ("十一月二日", True),
        ("(十一月二日)", True),
        ("[14 June 1967]", True),
        ("(14.VI.1967)", True),
        ("He said that, on 3 June, 1961", False),
        ("The meeting, the talks, and then 4 May", False),
        ("Moscow, the Kremlin", False),
    ],
)
def test_a_closing_date_line_after_the_place_it_was_signed_at(line, closing):
    assert is_dated_closing(line) is closing


LETTER = (
    "source: https://digitalarchive.wilsoncenter.org/document/letter-example\nSkip to content\n\nJune 14, 1962\n\n"
    "Letter from Kwame Nkrumah to the Prime Minister of India\n\nDear Prime Minister,\n\n"
    "I write to thank you for your message, which reached me yesterday.\n\nYours sincerely,\n\nKwame Nkrumah\n"
    "Accra, Flagstaff House, 14 June 1962\n\nDocument Information\nSource\nPublic Record Office of Ghana.\n"
)


def test_a_letter_ending_on_its_place_and_day_is_complete_and_sent_there_by_its_writer_to_its_addressee():
    doc = parse_text(LETTER)
    assert doc.document_date == date(1962, 6, 14) and not doc.has_cut_end
    rows = [e for e in extract_events(doc) if doc.blocks[e.block].text.startswith("Accra")]
    # the settled row on a document's own place-and-date line: for a letter, the writer to the addressee
    assert [(e.sources, e.targets) for e in rows] == [(["Kwame Nkrumah"], ["the Prime Minister of India"])]


TELEGRAM = (
    "source: https://digitalarchive.wilsoncenter.org/document/telegram-example\nSkip to content\n\nJune 14, 1967\n\n"
    "Telegram from the Czechoslovak Embassy in Algiers to the Foreign Ministry\n\n"
    "Yesterday the Chairman received me and said that he would leave for Moscow.\n\nKašpar\n"
    "Algiers, 14 June 1967\n\nDocument Information\nSource\nNational Archives, Prague.\n"
)


def test_a_telegram_ending_on_its_place_and_day_is_sent_on_that_line():
    doc = parse_text(TELEGRAM)
    sent = [e for e in extract_events(doc) if e.event_type == "message_sent" and e.method == "document_metadata"]
    assert [doc.blocks[e.block].text for e in sent] == ["Algiers, 14 June 1967"]
    rows = [e for e in extract_events(doc) if doc.blocks[e.block].text.startswith("Algiers")]
    assert len(rows) == 1  # the closing line dates the sending: no second row of its own


def test_a_chinese_telegram_is_sent_on_its_signature_block():
    doc = parse_text(WCDA + BARE_PAGES[1][0])
    sent = [e for e in extract_events(doc) if e.event_type == "message_sent" and e.method == "document_metadata"]
    assert [(doc.blocks[e.block].text, e.start_date) for e in sent] == [("十一月二日", date(1956, 11, 2))]


@pytest.mark.parametrize(
    ("words", "person"),
    [
        ("Chairman of the USSR Council of Ministers A. N. Kosygin", "Alexei Kosygin"),
        ("President of Pakistan Mohammad Ayub Khan", "Ayub Khan"),
        ("Soviet Ambassador to the DPRK Puzanov", "Alexander Puzanov"),
        ("Prime Minister of India Lal Bahadur Shastri", "Lal Bahadur Shastri"),
        ("John F. Kennedy", "John F. Kennedy"),  # a given name before the initial, not an office
        ("Walter J. Stoessel", "Walter J. Stoessel Jr."),
        ("the Embassy in Cairo", "Embassy in Cairo"),  # an office with no one named after it
    ],
)
def test_a_titles_party_is_the_person_named_after_his_office(words, person):
    from pipeline.parse.parties import party

    assert party(words) == person


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        (["With fraternal greetings,", "Samora Moisés Machel", "President of the People's Republic of Mozambique"], True),
        (["Yours sincerely,", "Kwame Nkrumah"], True),
        (["С братским приветом,", "Ю. Цеденбал"], True),
        (["We shall meet again in the autumn and", "Comrade Tsedenbal"], False),
    ],
)
def test_a_signer_and_his_offices_under_a_closing_formula_end_a_complete_text(closing, signer):
    from pipeline.parse.model import closes_message

    assert closes_message(["The talks went well."] + closing) is signer


@pytest.mark.parametrize(
    ("senders", "recipients", "expected"),
    [
        (["the Hungarian Legation in Tirana"], ["the Foreign Ministry, Budapest"], ["Hungarian Foreign Ministry"]),
        (["Polish Embassy in Jakarta"], ["Ministry of Foreign Affairs"], ["Polish Foreign Ministry"]),
        (["Bulgarian Embassy in Hanoi"], ["Foreign Ministry"], ["Bulgarian Foreign Ministry"]),
        (["Embassy in Cairo"], ["Foreign Ministry"], ["Foreign Ministry"]),  # no country named: left as written
        (["Hungarian Legation in Tirana"], ["Ministry of Foreign Trade"], ["Ministry of Foreign Trade"]),
    ],
)
def test_a_ministry_named_without_its_country_is_the_missions_countrys(senders, recipients, expected):
    from pipeline.parse.parties import own_bodies

    assert own_bodies(recipients, senders) == expected


@pytest.mark.parametrize(
    ("title", "recipients"),
    [
        ("Шифртелеграмма посла СССР в Афганистане А.М. Пузанова в МИД СССР. 28 апреля 1978 г.", ["Ministry of Foreign Affairs of the USSR"]),
        ("Telegram from Ambassador Puzanov to the Foreign Ministry. 3 March 1958", ["Foreign Ministry"]),
    ],
)
def test_a_titles_parties_end_at_the_date_after_a_full_stop(title, recipients):
    page = f"{title}\n\nТекст телеграммы.\n" if title[0] == "Ш" else f"{title}\n\nThe text of the telegram.\n"
    assert parse_text(page).recipient_names == recipients


@pytest.mark.parametrize(
    ("page", "day"),
    [
        ("Letter from Kim Il Sung to Mao Zedong, 1951\n\nComrade Mao Zedong,\n\nYesterday our delegation returned from "
         "Kaesong.\n\nKim Il Sung\nPyongyang, 3 July\n", date(1951, 7, 3)),
        ("驻埃及使馆致外交部电（1956年）\n\n外交部：\n\n今日上午陈大使往见纳赛尔总统。\n\n驻埃及使馆\n十一月二日\n", date(1956, 11, 2)),
        ("Письмо Н.С. Хрущева В. Ульбрихту, 1961\n\nДорогой товарищ Ульбрихт!\n\nВчера я получил Ваше письмо.\n\n"
         "Н. Хрущев\nМосква, Кремль, 5 мая\n", date(1961, 5, 5)),
        ("Letter from Kim Il Sung to Mao Zedong\n\nComrade Mao Zedong,\n\nYesterday our delegation returned.\n\n"
         "Kim Il Sung\nPyongyang, 3 July\n", None),  # no year written anywhere: no day
    ],
)
def test_a_document_dated_only_at_its_foot_takes_the_year_its_title_writes(page, day):
    assert parse_text(page).document_date == day


@pytest.mark.parametrize(
    ("title", "recipients"),
    [
        ("Телеграмма посла СССР в Египте в МИД СССР", ["Ministry of Foreign Affairs of the USSR"]),
        ("Письмо посла СССР в КНР в ЦК КПСС", ["Central Committee of the Communist Party of the Soviet Union"]),
    ],
)
def test_an_office_unnamed_in_a_russian_title_still_names_the_body_addressed(title, recipients):
    assert parse_text(f"{title}\n\n(14 июня 1967 г.)\n\nВчера министр принял меня.\n").recipient_names == recipients


SCAN = (
    "source: https://www.cia.gov/readingroom/document/cia-rdp79t00975a000100010001-1\n"
    "Approved For Release 2004/03/11 : CIA-RDP79T00975A000100010001-1\n\nSECRET\n\nCENTRAL INTELLIGENCE AGENCY\n"
    "Office of Current Intelligence\n\n3 March 1967\n\n{kind}\n\n{title}\n\n"
    "1. The Government forces withdrew from the northern provinces this week and now hold only the\n"
    "capital and the coast.\n\n2. The rebels announced on 1 March that they would form a government.\n"
)


@pytest.mark.parametrize(
    ("kind", "title", "doc_type"),
    [
        # main's reader of the scan's head (cia_crest._scanned_title) leaves the kind of paper to the reading room's
        # fields: "other" here, as the 1107 gold's "intelligence memorandum" (outside the scorer's types) is scored
        ("INTELLIGENCE MEMORANDUM", "Yemen: The Royalists Regroup", "other"),
        ("SPECIAL REPORT", "The Situation in the Congo", "other"),
    ],
)
def test_a_scan_opening_on_its_release_stamp_is_titled_under_its_kind(kind, title, doc_type):
    doc = parse_text(SCAN.format(kind=kind, title=title))
    assert (doc.title, doc.document_type, doc.document_date) == (title, doc_type, date(1967, 3, 3))
    assert doc.blocks[doc.title_block].text == title
    assert doc.blocks[doc.title_block + 1].text.startswith("1. The Government forces")


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("V. Kašpar\nAmbassador", "V. Kašpar"),  # "V." an initial, not a list's fifth item
        ("K. Shterev\nAmbassador of the PR Bulgaria", "K. Shterev"),
        ("Н. Михайлов\nПосол СССР в Индонезии", "Н. Михайлов"),
        ("The Ambassador will report again.\nAmbassador", None),  # a sentence above the office: no signer
    ],
)
def test_a_signer_with_his_office_under_his_name_writes_the_record(closing, signer):
    page = ("source: https://digitalarchive.wilsoncenter.org/document/record-example\nSkip to content\n\nJune 14, 1967\n\n"
            "Record of Conversation between the Czechoslovak Ambassador in Algiers and Houari Boumediene\n\n"
            "On 14 June I was received by Chairman Boumediene.\n\n" + closing + "\n\n"
            "Document Information\nSource\nNational Archives, Prague.\n")
    doc = parse_text(page)
    assert doc.sender_names == ([signer] if signer else [])
