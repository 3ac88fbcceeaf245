"""A line of the web site's interface is read as a blank line: never a title, a date line or a passage, and every
offset into the seed holds."""

import pytest

from pipeline.parse import parse_text
from pipeline.parse.headings import blanked_interface

PAGE = (
    "source: https://example.org/doc/1\n"
    "Skip to main content\n\nMenu\n\nГлавная › Документы\n\n首页 > 档案\n\n"
    "We use cookies on this website. By continuing you agree. Accept all\n\n"
    "Letter from Kim Il Sung to Stalin\n\nDear Comrade Stalin,\n\nI ask you to receive our delegation.\n\nShare\n"
)


def test_interface_lines_are_blanked_in_place():
    blanked = blanked_interface(PAGE)[0]
    assert len(blanked) == len(PAGE) and blanked.count("\n") == PAGE.count("\n")
    for line in ("Skip to main content", "Menu", "Главная › Документы", "首页 > 档案", "Accept all", "Share"):
        assert line not in blanked
    assert "Letter from Kim Il Sung to Stalin" in blanked and "I ask you to receive our delegation." in blanked


def test_a_document_line_that_only_starts_like_the_interface_is_kept():
    text = "Home Secretary Butler told the House.\nSearch parties found the crew.\nNext day the talks resumed.\n"
    assert blanked_interface(text)[0] == text


def test_the_interface_never_becomes_the_title_or_a_passage():
    doc = parse_text(PAGE)
    assert doc.title == "Letter from Kim Il Sung to Stalin"
    assert not any(b.text in ("Menu", "Share") or "cookies" in b.text for b in doc.blocks)
    assert all(PAGE[b.start:b.end].split() == b.text.split() for b in doc.blocks if not b.cuts)


def test_a_page_captured_as_markdown_loses_its_heading_marks_and_rules_in_place():
    page = "source: https://example.org/doc/2\n# Letter from Kim Il Sung to Stalin\n\n---\n\nDear Comrade Stalin,\n\n#hashtag stays\n"
    blanked = blanked_interface(page)[0]
    assert len(blanked) == len(page)
    assert "  Letter from Kim Il Sung to Stalin\n" in blanked and "---" not in blanked and "#hashtag stays" in blanked
    assert parse_text(page).title == "Letter from Kim Il Sung to Stalin"


def test_a_lone_line_set_in_bold_loses_its_marks_but_a_paragraph_keeps_them():
    page = "**Source**\n\nAPRF, f. 45\n\n*Dear Comrade Stalin,*\nthe line goes on\n\nx**2**\n"
    blanked = blanked_interface(page)[0]
    assert blanked.startswith("  Source  \n") and "*Dear Comrade Stalin,*\nthe line" in blanked and "x**2**" in blanked


def test_a_passage_that_runs_over_an_interface_line_leaves_it_out_of_its_text():
    from pipeline.parse.model import block_text_matches

    page = (
        "source: https://cia.gov/readingroom/node/389895\nTITLE\nDocument Number (FOIA) /ESDN (CREST):\nCIA-RDP79\nBody:\n"
        "source: https://history.state.gov/historicaldocuments/frus1951v07p1/d468\nSkip to content\n"
        "source: https://history.state.gov/historicaldocuments/frus1951v07p1/d468\n"
    )
    doc = parse_text(page)
    assert all(block_text_matches(page, b) for b in doc.blocks)
    over = [b for b in doc.blocks if b.start < page.index("Skip to content") < b.end]
    assert over and all("Skip to content" not in b.text for b in over)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Menu\n**Source**\n", "    \n  Source  \n"),  # the page ends on the bold line
        ("Log in\r\n__Archive__\r\n\r\nText goes on.", "       \n  Archive  \r\n\r\nText goes on."),  # CRLF: the CR too
        ("Поиск\n*Источник*", "     \n Источник "),  # no final line break
    ],
)
def test_a_bold_line_under_a_blanked_interface_line_stands_alone(page, expected):
    assert blanked_interface(page)[0] == expected


@pytest.mark.parametrize("link", ["Top of the page", "Back to top of page", "Return to top of page", "TOP OF PAGE"])
def test_a_link_back_to_the_top_of_the_page_is_the_sites_and_cuts_nothing(link):
    text = f"Oral History Interview with Loy W. Henderson\n\nHENDERSON: None of us thought London would give only five weeks' notice.\n\n{link}\n"
    assert link not in blanked_interface(text)[0]
    assert parse_text(text).has_cut_end is False


def test_a_sentence_about_the_top_of_a_page_is_kept():
    text = "The top of the page was torn off.\n"
    assert blanked_interface(text)[0] == text


def test_a_newspaper_readers_controls_are_blanked():
    page = "source: http://example.cn/1\n邓小平副总理同邦戈总统举行会谈\n\n上个月，大使已递交了国书。\n\n【字号 大 中 小】\u3000打印本页\u3000关闭窗口\n"
    blanked = blanked_interface(page)[0]
    assert "打印本页" not in blanked and "递交了国书。" in blanked and len(blanked) == len(page)
