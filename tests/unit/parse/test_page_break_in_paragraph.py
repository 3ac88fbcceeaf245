"""A page break that falls inside a paragraph (a PDF's or an OCR'd typescript's text: the running head, the
classification and the page's number set between the two halves of a sentence) does not cut the sentence: the
paragraph is read whole, the furniture left out of its text, and the events it tells are found."""

from __future__ import annotations

import pytest

from pipeline.normalize.text import decode
from pipeline.parse import parse_text
from pipeline.parse.model import visible_text
from pipeline.seed import process_seed

PAGE = """MEMORANDUM OF CONVERSATION

Washington, March 9, 1971

The Ambassador said that the Turkish Government had on March 4 asked the parliament for emergency powers, and that the Prime Minister had met the commanders of the armed forces

{furniture}

on the following day to discuss the measures to be taken against the terrorists. He added that the situation in Ankara had since become calm.
"""

FURNITURE = ["SECRET\n\n- 2 -", "CONFIDENTIAL\n\nPage 2 of 4", "2", "TURKEY: THE MARCH CRISIS   17"]


@pytest.mark.parametrize("furniture", FURNITURE)
def test_a_sentence_cut_by_a_page_break_is_one_passage(furniture):
    page = PAGE.format(furniture=furniture)
    texts = [b.text for b in parse_text(page).blocks]
    whole = next(t for t in texts if t.startswith("The Ambassador said"))
    assert "the armed forces on the following day to discuss" in whole
    assert "situation in Ankara" in whole
    assert not any(t.startswith("on the following day") for t in texts)
    assert furniture.split()[0] not in whole


def test_a_word_hyphenated_across_the_break_is_whole_and_the_passage_keeps_to_the_seed():
    page = PAGE.replace("commanders of the armed forces", "commanders of the armed for-").replace("{furniture}\n\non", "SECRET\n\n- 2 -\n\nces on")
    data = page.encode()
    result = process_seed("memcon.txt", data)
    text, _ = decode(data)
    passages = result.passages.to_pylist()
    whole = next(p for p in passages if p["text"].startswith("The Ambassador said"))
    assert "the armed forces on the following day" in whole["text"]
    for p in passages:
        cuts = [(c["char_start"], c["char_end"]) for c in p["excluded_spans"]]
        assert visible_text(text, p["char_start"], p["char_end"], cuts) == p["text"]
    days = {str(e["start_date"]) for e in result.events.to_pylist()}
    assert "1971-03-05" in days  # "on the following day": the meeting, read across the break


def test_a_head_of_short_lines_is_not_joined():
    page = "Niamey, 9 November 1973\n\nRECORD\n\nof a conversation with the President on Tuesday, 6 November 1973\n\nThe President said that the drought had worsened.\n"
    texts = [b.text for b in parse_text(page).blocks]
    assert any(t.startswith("of a conversation") for t in texts)
