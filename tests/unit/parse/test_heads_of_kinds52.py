"""Heads of kinds of page read for their fields: an interview's head naming the one interviewed over the line of
where and when it was held, a 1950s classification marking ("SECURITY INFORMATION") over a CIA paper's title, a
Chinese site's skip link over the page's title, a Chinese source note compiled from the papers an archive keeps."""

from pipeline.parse import parse_text
from pipeline.parse.headings import interviewee_line
from pipeline.parse.source_note import citation_line


def test_interviewee_named_over_his_office_and_the_interview_line():
    head = ["Oral Histories", "Series 3: Berlin", "Valentin Falin", "Ambassador to West Germany, 1971-1978",
            "Interviewed in Hamburg, June 1996", "Q: When did you first meet Brandt?"]
    assert interviewee_line(head) == 2


def test_interview_line_without_a_name_over_it_names_no_one():
    head = ["Interviews", "The programme's guests, 1995-1998", "Interviewed in London, May 1997"]
    assert interviewee_line(head) is None


def test_interview_page_titled_by_the_one_interviewed():
    page = ("source: https://example.org/interviews/falin.html\nThe Oral History Collection\nInterviews\n\n"
            "Valentin Falin\nAmbassador to West Germany, 1971-1978\n\nInterviewed in Hamburg, June 1996\n\n"
            "Q: When did you first meet Brandt?\n\nFALIN: In the autumn, in Bonn. We talked for three hours.\n")
    assert parse_text(page).title == "Valentin Falin"


def test_security_information_marking_is_no_title():
    page = ("source: https://www.cia.gov/readingroom/document/example\n"
            "Approved For Release 2001/03/02 : CIA-RDP79T00975A000100010001-1\nSECRET\nSECURITY INFORMATION\n\n"
            "3 March 1953\n\nDAILY DIGEST\n\nOFFICE OF CURRENT INTELLIGENCE\nCENTRAL INTELLIGENCE AGENCY\n\n"
            "1. Government reshuffled in Iran:\nThe Shah named a new cabinet on 2 March.\n")
    assert parse_text(page).title == "DAILY DIGEST"


def test_top_secret_security_information_on_one_line_is_no_title():
    page = ("source: https://www.cia.gov/readingroom/document/example\n"
            "Approved For Release 2001/03/02 : CIA-RDP79T00975A000100010001-1\nTOP SECRET SECURITY INFORMATION\n\n"
            "3 March 1953\n\nDAILY DIGEST\n\n1. Government reshuffled in Iran:\nThe Shah named a new cabinet on 2 March.\n")
    assert parse_text(page).title == "DAILY DIGEST"


def test_chinese_skip_link_is_site_interface():
    page = ("source: https://example.org/zh/document/tongbao\n外交部关于某国政局的通报\n\n跳到主要内容\n\n"
            "（一九六二年五月三日）\n\n各驻外使馆：\n\n一、该国政府于四月三十日改组。\n\n外交部\n一九六二年五月三日\n")
    assert parse_text(page).title == "外交部关于某国政局的通报"


def test_note_compiled_from_the_papers_an_archive_keeps():
    cited = citation_line("根据外交部档案馆所藏文件整理，档号106-00321-04，第7—9页")
    assert [(c["archive"], c["folios"]) for c in cited] == [("外交部档案馆", "第7—9页")]
    assert citation_line("根据外交部档案馆所藏文件整理。") == []


def test_soviet_date_line_with_quoted_day_and_roman_month():
    from pipeline.normalize.dates import iter_dates

    for line, day in (("«14» XI 1963 г.", (1963, 11, 14)), ('"3" VII 1958 г.', (1958, 7, 3)), ("28 II 1967", (1967, 2, 28))):
        found = next(iter_dates(line))
        assert (found.start_date.year, found.start_date.month, found.start_date.day, found.precision) == (*day, "day"), line
    assert list(iter_dates("in chapter 22 IV 19")) == []
