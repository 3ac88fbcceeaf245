"""A cable's address line over its text names its recipient; a Chinese mission's report names its sender in its title
and its addressees on the line under it; a page that closes on the archive's catalogue or a publisher's chapter tools
was captured whole."""

from pipeline.parse import parse_text
from pipeline.parse.parties import address_line

CABLE = (
    "source: https://example.org/doc/cable-from-belgrade\n"
    "Ciphered Telegram from the Soviet Ambassador in Belgrade on the Situation in Yugoslavia\n\n"
    "CIPHERED TELEGRAM\nBelgrade - Moscow\nTOP SECRET\n\n"
    "To MFA USSR (Gromyko)\n\n"
    "Today Tito received me at Brdo and spoke at length about the conference of non-aligned states.\n\n"
    "AMBASSADOR\nA. PUZANOV\n"
)

REPORT = (
    "source: https://example.org/zh/document/zhu-mou-shiguan-baogao\n"
    "驻某国使馆关于该国局势的报告\n\n"
    "（一九六五年六月二十日）\n\n"
    "外交部并报中央：\n\n"
    "一、昨日上午，该国总统接见各国使节，我大使参加。总统表示将继续执行同中国的友好政策。\n\n"
    "以上当否，请指示。\n\n"
    "驻某国使馆\n一九六五年六月二十日\n\n"
    "文献信息\n类型：报告\n语言：中文\n"
)

CHAPTER = (
    "source: https://example.org/book/chapter-7\n"
    "Moscow and the Balkans, 1955-1965\n\n"
    "The embassy's reporting was sober: the Yugoslav leaders, it warned, were using the quarrel for leverage.\n\n"
    "Cite this chapter\nShare\nDownload PDF\n"
)


def test_a_cables_address_line_names_the_man_at_the_body():
    assert parse_text(CABLE).recipient_names == ["Andrei Gromyko"]


def test_a_line_of_two_places_or_of_names_alone_addresses_no_one():
    assert address_line("Belgrade - Moscow") is None
    assert address_line("Gromyko, Kuznetsov") is None
    assert address_line("To the surprise of all, Tito agreed") is None


def test_a_missions_report_is_its_senders_and_goes_to_the_bodies_over_its_text():
    doc = parse_text(REPORT)
    assert doc.document_type == "report"
    assert doc.sender_names == ["驻某国使馆"]
    assert doc.recipient_names == ["外交部", "中央"]


def test_a_page_closing_on_its_catalogue_fields_is_whole():
    assert not parse_text(REPORT).has_cut_end


def test_a_chapter_page_closing_on_the_publishers_tools_is_whole():
    doc = parse_text(CHAPTER)
    assert not doc.has_cut_end
    assert not any(b.text in ("Cite this chapter", "Download PDF") for b in doc.blocks)


ORAL_HISTORY = (
    "source: https://example.org/oral-history/smith-01\n"
    "Harry S. Truman Library Oral History Program\n"
    "John Smith Oral History Interview - 5/4/1970\n"
    "Administrative Information\n"
    "Creator: John Smith\n"
    "Interviewer: Jane Doe\n"
    "Date of Interview: May 4, 1970\n"
    "Place of Interview: Washington, D.C.\n\n"
    "DOE: When did you first go to Athens?\n\n"
    "SMITH: In the spring of 1947, when the aid programme began.\n"
)


def test_an_oral_history_is_titled_by_its_interview_not_by_its_project_or_its_catalogue_fields():
    assert parse_text(ORAL_HISTORY).title == "John Smith Oral History Interview - 5/4/1970"


MARKED_TELEGRAM = (
    "source: https://example.org/zh/dangan/zhu-mou-shiguan-dianbao\n"
    "驻某国使馆关于该国政府改组的电报\n\n"
    "档号：107-00412-03\n\n绝密\n\n特急\n\n"
    "外交部：\n\n"
    "一、今日上午，该国总统宣布改组政府，外长被免职。首都秩序正常。\n\n"
    "驻某国使馆\n一九六四年三月二日\n"
)

TITLED_TELEGRAM = (
    "source: https://example.org/zh/document/telegram-embassy-ministry\n"
    "驻某国使馆致外交部电\n\n"
    "（1963年5月4日）\n\n"
    "外交部并报中联部：\n\n"
    "一、昨日，该国党中央发表声明，支持我党立场。\n\n"
    "驻某国使馆\n1963年5月4日\n"
)


def test_a_telegrams_addressee_under_its_file_number_secrecy_and_urgency_marks():
    assert parse_text(MARKED_TELEGRAM).recipient_names == ["外交部"]


def test_a_telegram_titled_to_the_ministry_goes_also_to_the_body_its_head_line_reports_to():
    doc = parse_text(TITLED_TELEGRAM)
    assert doc.recipient_names[0] == "外交部"
    assert doc.recipient_names[1:] == ["International Liaison Department of the CCP"]

