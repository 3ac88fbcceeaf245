"""Pages of unknown layout: each test names the quirk it covers."""

import textwrap

import pytest

from pipeline.parse import generic, parse_text
from pipeline.parse.model import block_text_matches

USC = """source: https://china.usc.edu/conversation-1949
You are here

Conversation between Joseph Stalin and Mao Zedong, 1949

Conversation between Stalin and Mao, Moscow, 16 December 1949
December 16, 1949

For other documents on Mao Zedong, click here.

December 17, 1949

[Classification level blacked out: "NOT SECRET" Stamped]

Comrade Mao Zedong: The most important question at the present time is the question of establishing peace.

Comrade Stalin: In China a war for peace, as it were, is taking place.
Peace will depend on our efforts.
"""

ZH = """source: https://yaggayow.com/news/b5/2005/04/13/92189p.html
資料來源:
中國社會科學院《蘇聯歷史檔案集》課題組
MZD關於停戰談判和國內情況等問題致斯大林電
(1951年11月14日)
發自北京,1951年11月14日收到
絕密,不得複製。
致菲利波夫同志
確定分界線是談判的主要問題。敵方要把分界線劃在我軍深遠後方。
"""


def test_site_furniture_is_not_a_passage():
    doc = parse_text(USC)
    texts = [b.text for b in doc.blocks]
    assert "You are here" not in texts
    assert not any("click here" in t for t in texts)


def test_title_is_the_first_real_line_after_the_furniture():
    doc = parse_text(USC)
    assert doc.parser == generic.PARSER
    assert doc.title == "Conversation between Joseph Stalin and Mao Zedong, 1949"
    assert doc.document_type == "record_of_conversation"
    assert doc.collection == "china.usc.edu"


def test_date_printed_several_times_the_one_nearest_the_title_wins():
    doc = parse_text(USC)
    assert str(doc.document_date) == "1949-12-16"
    assert doc.document_date_text == "16 December 1949"


def test_classification_line_is_a_header_stamp():
    doc = parse_text(USC)
    stamp = next(b for b in doc.blocks if "Classification" in b.text)
    assert (stamp.passage_type, stamp.section_type) == ("stamp", "header")


def test_speaker_lines_stay_paragraphs_of_their_own():
    doc = parse_text(USC)
    speakers = [b for b in doc.blocks if b.text.startswith("Comrade")]
    assert [b.passage_type for b in speakers] == ["paragraph", "paragraph"]
    assert all(b.language == "en" for b in speakers)


def test_chinese_title_above_the_bracketed_date_and_parties_from_the_title():
    doc = parse_text(ZH)
    assert doc.title == "MZD關於停戰談判和國內情況等問題致斯大林電"
    assert str(doc.document_date) == "1951-11-14"
    assert doc.document_type == "telegram"
    assert doc.sender_names == ["Mao Zedong"]
    assert doc.recipient_names == ["Joseph Stalin"]
    assert doc.sent_from == "Beijing"


def test_chinese_source_label_and_classification_are_header():
    doc = parse_text(ZH)
    assert [b.section_type for b in doc.blocks[:2]] == ["header", "header"]
    stamp = next(b for b in doc.blocks if b.text.startswith("絕密"))
    assert stamp.passage_type == "stamp"
    assert {b.language for b in doc.blocks if b.section_type == "body"} == {"zh"}


def test_chinese_addressee_line_is_a_salutation():
    doc = parse_text(ZH)
    assert next(b for b in doc.blocks if b.text == "致菲利波夫同志").passage_type == "salutation"


@pytest.mark.parametrize(("page", "sender", "recipient"), [
    # the title names the sender and the subject, no addressee; the addressee stands alone before a colon under the date
    ("驻缅甸使馆关于吴努访华问题的电报\n\n（1956年10月3日）\n\n外交部：\n\n一、昨日吴努总理召见姚仲明大使。\n", ["驻缅甸使馆"], ["外交部"]),
    ("驻越南使馆关于越南局势的电报\n\n（1965年4月2日）\n\n中央、外交部：\n\n一、美机昨日轰炸河内郊区。\n", ["驻越南使馆"], ["中央", "外交部"]),
    # a subject alone ("关于..."): no sender; the line under the date is a paragraph, no addressee
    ("关于中印边界问题的电报\n\n（1962年10月20日）\n\n一、印军昨日进攻。\n", [], []),
])
def test_a_chinese_message_titled_by_its_sender_and_subject(page, sender, recipient):
    doc = parse_text("source: https://example.org/zh\n" + page)
    assert (doc.sender_names, doc.recipient_names) == (sender, recipient)


def test_unknown_layout_still_yields_a_document():
    for text in ("", "\n\n\n", "x", "???\n!!!", "Just one line without a date"):
        doc = parse_text(text)
        assert doc.parser == generic.PARSER
        assert all(block_text_matches(text, b) for b in doc.blocks)


def test_hard_wrapped_text_joins_lines_into_paragraphs():
    line = "the negotiations went on through the summer and the autumn of that"
    text = "\n".join([line] * 6 + ["year."] + [line] * 6 + ["end."])
    doc = parse_text(text)
    assert len(doc.blocks) == 2


_PROSE = [
    "Comrade Pervukhin informed me today that the Presidium of the Central Committee has examined the question of the "
    "border regime in Berlin and agreed with the proposals of the government of the German Democratic Republic, on the "
    "condition that the measures are carried out gradually and the allies are informed in good time before they begin.",
    "The content of the telegram caught the Korean comrades by surprise, and they asked me to read the practical "
    "recommendations once more, after which they promptly ordered the minister to prepare a draft of the reply for the next day.",
    "On the evening of the same day the ambassador handed the Secretary a written copy of the message and said that his "
    "government expected an answer within the week, since the situation in the region was growing worse by the hour.",
]


def test_a_page_wrapped_at_72_columns_reads_as_its_paragraphs():
    """Few lines of a wrapped page reach the width itself: the lines that do are wrapped lines too."""
    text = "\n\n".join(textwrap.fill(p, 72) for p in _PROSE) + "\n"
    assert max(len(line) for line in text.splitlines()) == 72
    assert [b.text for b in parse_text(text).blocks] == _PROSE


def test_page_captured_in_part_is_flagged_cut_at_the_end():
    assert not parse_text(USC).has_cut_end
    assert parse_text(USC + "\nComrade Mao Zedong: Since Liu Shaoqi's return to China, CC CPC has been discussing the treaty of ass\n").has_cut_end
    assert parse_text(ZH + "可能美國人一開始會反對。若是這\n").has_cut_end


def test_date_line_above_the_title_is_header_and_the_title_names_the_parties():
    text = "July 3, 1951\nCiphered Telegram No. 2950, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong\n[…]\nWe received your telegram of 3 July.\n"
    doc = parse_text(text)
    assert doc.title.startswith("Ciphered Telegram No. 2950")
    assert doc.blocks[0].section_type == "header"
    assert doc.document_type == "telegram"
    assert (doc.sender_names, doc.recipient_names) == (["Joseph Stalin"], ["Mao Zedong"])


def test_a_date_told_inside_running_text_does_not_date_the_page():
    story = ("Meanwhile the Kremlin took steps to keep its troops in Czechoslovakia for good. The treaty on the temporary stay "
             "of Soviet troops was signed on 16 October 1968, and ratified soon after by both parliaments, without debate.")
    doc = parse_text("source: https://example.org/read/book/79\nThe Andropov Years - N. V. Petrov\n\nFont:\n\n" + story + "\n")
    assert doc.document_date is None


def test_a_numbered_document_heading_dates_the_page_even_inside_a_run_on_passage():
    page = ("source: https://books.example.org/ceup/2810\nIn lieu of an abstract, here is a brief excerpt of the content:\n\n"
            "352 Document No. 40: Notes of Telephone Conversation between Mikhail Gorbachev and George H.W. Bush, January 23, 1989 "
            "Chernyaev's notes of one of the first conversations between the two leaders after the inauguration were brief.\n")
    doc = parse_text(page)
    assert str(doc.document_date) == "1989-01-23" and doc.title.endswith("January 23, 1989")


def test_a_page_closing_with_its_book_s_colophon_is_not_cut():
    colophon = "\nMasterpieces of History The Peaceful End of the Cold War in Europe, 1989 Svetlana Savranskaya, Thomas Blanton et Vladislav Zubok 2010\n"
    assert not parse_text(USC + colophon).has_cut_end
    assert parse_text(USC + "\nThe President said that with tragedies like this, you sometimes get the feeling of being warned. The United Sta\n").has_cut_end


MINUTES = """source: https://archive.example.org/record/4417
Record of Meeting of Soviet-bloc leaders in Budapest

S e c r e t

M i n u t e s

from a conference of the Communist and Workers' parties on the situation in the Middle East (Budapest, 11-12 July 1967)

KADAR: Upon greeting the delegates com. Kadar stated that the current gathering is the second meeting of the leaders.
"""


def test_a_record_naming_its_own_kind_in_its_heading_is_of_that_kind():
    """The typist's heading "M i n u t e s" says what the catalogue title ("Record of Meeting of ...") leaves open."""
    assert parse_text(MINUTES).document_type == "minutes"


def test_a_kind_word_after_the_body_has_begun_names_a_quoted_document_not_the_record():
    body = "The ambassador reported at length on the talks. " * 10
    text = MINUTES.replace("S e c r e t\n", body + "\n\nTELEGRAM\n").replace("M i n u t e s\n", "")
    assert parse_text(text).document_type == "record_of_conversation"


def _letter(title: str, head: str, closing: str) -> str:
    return f"source: https://example.org/letter\n{title}\n\n{head}\n\nДорогие товарищи!\n\nВаше письмо получено и рассмотрено на заседании.\n\n{closing}\n"


def test_a_russian_letter_s_addressee_line_and_the_body_signing_it_name_its_parties():
    letters = [
        (_letter("Письмо ЦК КПСС ЦК ПТА 3 мая 1962 г.", "ЦК Партии Трудящихся Албании\nтоварищу Энверу Ходже", "С коммунистическим приветом\nЦК КПСС\n3 мая 1962 г."),
         ["Central Committee of the Communist Party of the Soviet Union"], ["Enver Hoxha"]),
        (_letter("Письмо ЦК КПСС 12 марта 1958 г.", "Товарищу Хо Ши Мину", "ЦК КПСС\n12 марта 1958 г."),
         ["Central Committee of the Communist Party of the Soviet Union"], ["Ho Chi Minh"]),
    ]
    for page, senders, recipients in letters:
        doc = parse_text(page)
        assert (doc.sender_names, doc.recipient_names) == (senders, recipients), page


def test_a_body_under_a_record_s_text_does_not_sign_it():
    page = "source: https://example.org/record\nЗапись беседы с послом\n\n5 мая 1962 г.\n\nПосол сказал, что ЦК КПСС рассмотрит вопрос.\n\nЦК КПСС\n5 мая 1962 г.\n"
    assert parse_text(page).sender_names == []


def _book_page(site_title: str, footnote: str) -> str:
    return (f"source: https://books.openedition.org/ceup/1234\n{site_title}\n\np. 41\n\n"
            f"The delegation arrived in Prague on 3 May 1968 and met the Presidium the next day.12\n\n{footnote}\n")


def test_a_book_page_is_titled_by_its_chapter_not_its_book_nor_its_footnotes():
    pages = [
        ("Chapter 5. The Prague Spring - Czechoslovakia 1968: Reform and Invasion - Central European University Press",
         "12 Ulbricht's letter to the Czechoslovak leadership of 4 May called the reforms dangerous.", "Chapter 5. The Prague Spring"),
        ("Introduction - The Soviet Bloc in Crisis, 1956 - Central European University Press",
         "12 The memorandum of 5 May is printed as Document No. 3.", "Introduction"),
        ("Время Андропова - Никита Васильевич Петров", "12 Телеграмма от 5 мая хранится в архиве.", "Время Андропова - Никита Васильевич Петров"),
    ]
    for site_title, footnote, title in pages:
        assert parse_text(_book_page(site_title, footnote)).title == title, site_title


def test_chronicle_month_on_the_line_under_its_title_is_part_of_the_title():
    text = "source: http://www.zhouenlai.cn/nianpu/1964-01.html\n周恩来年谱（一九四九——一九七六）\n一九六四年一月\n\n一月九日　由突尼斯乘专机抵达加纳首都阿克拉。\n"
    doc = parse_text(text)
    assert doc.title == "周恩来年谱（一九四九——一九七六） 一九六四年一月"
    assert parse_text(text.replace("一九六四年一月\n", "")).title == "周恩来年谱（一九四九——一九七六）"


def test_a_signer_s_office_on_the_line_under_his_name_closes_the_signature():
    from pipeline.parse import parse_text

    text = ("Record of Conversation with the Minister of Foreign Affairs of Ghana\n\nOn 3 May I called on the Minister.\n\n"
            "He said that the talks would go on.\n\nJ. Novák\nCounsellor of the Embassy\n")
    assert parse_text(text).sender_names == ["J. Novák"]
    ends = "Record of Conversation\n\nOn 3 May I called on the Minister.\n\nHe said that the talks would go on and\nAmbassador\n"
    assert parse_text(ends).sender_names == []


@pytest.mark.parametrize("foot", [
    "（中央档案馆，档号102-00411-05）",
    "(AVPRF, Fond 0102, Opis 13, Delo 6, Listy 114-116)",
    "[Translated from the Russian by the editors]",
    "RGANI, f. 5, op. 30, d. 116, l. 12-14",
])
def test_a_text_closed_by_the_edition_s_line_under_it_is_not_cut(foot):
    text = "电报\n\n外交部：\n\n一、今晨使馆收到对方照会，要求我方人员撤离，我们已拒绝并提出交涉。\n\n二、我们建议暂不作答复，请速示\n\n" + foot + "\n"
    assert not parse_text(text).has_cut_end
    assert parse_text("电报\n\n外交部：\n\n一、今晨使馆收到对方照会，要求我方人员撤离，我们已拒绝并提\n").has_cut_end


def test_a_head_s_date_line_read_by_the_title_s_and_the_date_s_readers_dates_every_page_that_opens_with_it():
    # The readers of a page's date and of its title ask the same head lines for their date; the answers kept for the
    # next ask are the same for another page with the same head.
    head = "Note on the Talks with the Polish Delegation\n\nWarsaw, 12 October 1958\n\n"
    for body in ("The delegation arrived on the morning train and was met by the deputy minister.\n",
                 "The talks turned at once to the question of credits for the coming year.\n"):
        doc = parse_text(head + body)
        assert doc.document_date.isoformat() == "1958-10-12"
        assert doc.title == "Note on the Talks with the Polish Delegation"


@pytest.mark.parametrize("line", ["№ 2841-С", "No. 0117/80", "Nr. 2841"])
def test_a_registry_number_alone_on_its_line(line):
    assert generic._registry_line(line)
