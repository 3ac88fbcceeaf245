"""Book pages from read-online sites: each test names the quirk it covers."""

from pipeline.parse import book_page, parse_text
from pipeline.parse.model import block_text_matches

HEADER = "Brothers in Arms (36 page)\nRead Brothers in Arms Online\nAuthors: Odd Arne Westad\nTags: Political Science, #test\n"


def _doc(body: str):
    text = HEADER + body
    return text, parse_text(text)


def test_header_lines_give_book_title_site_page_authors_and_tags():
    _, doc = _doc("page_101<br/>\nPage 101\nThe talks resumed.\n")
    assert doc.parser == book_page.PARSER
    assert (doc.book_title, doc.site_page) == ("Brothers in Arms", 36)
    assert doc.book_authors == ["Odd Arne Westad"]
    assert doc.book_tags == ["Political Science", "test"]


def test_paragraph_broken_by_a_page_break_is_one_passage_without_the_markers():
    text, doc = _doc("page_101<br/>\nPage 101\nThe negotiations went on through the\npage_102<br/>\nPage 102\nautumn of that year.\n")
    [block] = doc.blocks
    assert block.text == "The negotiations went on through the autumn of that year."
    assert block.book_page == 101
    assert "page_102<br/>" in text[block.start:block.end]
    assert block_text_matches(text, block)


def test_number_alone_on_a_line_is_the_footnote_of_the_text_before():
    _, doc = _doc("page_101<br/>\nPage 101\nStalin replied at once.\n40\nThe talks resumed.\n41\n")
    assert [b.footnote_numbers for b in doc.blocks] == [[40], [41]]


def test_notes_heading_turns_numbered_lines_into_trailer_notes():
    text, doc = _doc("page_101<br/>\nPage 101\nStalin replied at once.\n1\nNotes\n1. Ibid., p. 5.\n2 Ibid.\n")
    notes = doc.blocks[1:]
    assert [(b.passage_type, b.section_type) for b in notes] == [("heading", "trailer"), ("trailer", "trailer"), ("trailer", "trailer")]
    assert [b.footnote_numbers for b in notes[1:]] == [[1], [2]]
    assert not doc.has_cut_end
    assert all(block_text_matches(text, b) for b in doc.blocks)


def test_text_starting_mid_sentence_and_stopping_mid_word_is_flagged():
    _, doc = _doc("page_101<br/>\nPage 101\nof the negotiations, he wrote.\nThe next day To-\n")
    assert doc.has_cut_start and doc.has_cut_end


def test_other_books_list_is_furniture():
    _, doc = _doc("page_101<br/>\nPage 101\nThe talks resumed.\nOther books\nMortal Suns by Tanith Lee\n")
    assert [b.text for b in doc.blocks] == ["The talks resumed."]


def test_no_page_markers_is_a_warning():
    _, doc = _doc("The talks resumed.\n")
    assert any("page markers" in w for w in doc.warnings)


def test_footnote_number_glued_to_the_end_of_the_sentence():
    text, doc = _doc("page_101<br/>\nPage 101\nStalin replied at once to the chairman in Kaesong.”43\nThe talks resumed in 1951.\n")
    first, second = doc.blocks
    assert first.footnote_numbers == [43] and first.text.endswith("Kaesong.”")
    assert second.footnote_numbers == [] and second.text.endswith("1951.")
    assert all(block_text_matches(text, b) for b in doc.blocks)
