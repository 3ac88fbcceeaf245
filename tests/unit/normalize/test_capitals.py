"""Text in capitals (teletype, intelligence cables in OCR) read in sentence case, letter for letter."""

from pipeline.normalize.capitals import in_capitals, names_after_titles, sentence_case


def test_case_changes_letter_for_letter_so_offsets_hold():
    text = "1. ON 3 MAY THE MINISTER LEFT FOR PARIS.\nHE RETURNED ON 5 MAY."
    cased = sentence_case(text)
    assert len(cased) == len(text) and cased.casefold() == text.casefold()
    assert cased == "1. On 3 May the Minister left for Paris.\nHe returned on 5 May."


def test_a_name_after_a_title_keeps_its_capitals_and_again_where_it_stands_alone():
    paragraphs = ["COLONEL RIVERA MET WITH PRESIDENT OBANDO IN MANAGUA.", "LATER RIVERA FLEW TO HAVANA."]
    names = names_after_titles(paragraphs)
    assert {"rivera", "obando"} <= names
    assert sentence_case(paragraphs[1], names) == "Later Rivera flew to Havana."


def test_an_acronym_without_vowels_keeps_its_capitals():
    assert sentence_case("THE NSC MET AT NOON.") == "The NSC met at noon."


def test_text_in_capitals_is_told_from_ordinary_text():
    assert in_capitals("THE COUNCIL DISSOLVED THE PARLIAMENT ON 17 NOVEMBER.")
    assert not in_capitals("The council dissolved the parliament on 17 November.")
