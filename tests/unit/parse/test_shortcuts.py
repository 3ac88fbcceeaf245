"""The parser's shortcuts (a test that turns a text away before a costly search) read every text as the search does.

Each shortcut rests on something the search needs: a date line's date at its first character, a citation line's
archive at its start. These tests hold the search and the shortcut side by side on texts of each kind, in English,
Russian and Chinese.
"""

from __future__ import annotations

import pytest

from pipeline.normalize.dates import find_dates, opens_with_date
from pipeline.normalize.names import lookup
from pipeline.parse.model import closes_message, is_date_line, is_dated_closing
from pipeline.parse.source_note import citation_line, is_citation_line


@pytest.mark.parametrize(("line", "expected"), [
    ("20 August", True), ("(14 October 1950)", True), ("23 февраля 1952 г.", True), ("一九五〇年十月九日", True),
    ("August 23, 1951.", True), ("On 20 August", False), ("Sofia, 11 March 1968", False), ("Москва, 5 мая 1953 г.", False),
    ("毛泽东 十月十一日", False), ("1951", False),
])
def test_a_date_line_is_one_date_from_its_first_character(line, expected):
    assert is_date_line(line) is expected
    stripped = line.strip().strip("()（）[].,")
    if any(d.start == 0 for d in find_dates(stripped, 2000)):
        assert opens_with_date(stripped)


@pytest.mark.parametrize(("line", "archive"), [
    ("RGANI, f. 3, op. 12, d. 1005, ll. 54-63.", "RGANI"),
    ("[AP RF, f. 45, op. 1, d. 342, l. 78]", "AP RF"),
    ("АП РФ. Ф. 3. Оп. 65. Д. 904. Л. 89–95.", "АП РФ"),
    ("Cited from RGANI, f. 3, op. 12, d. 1005.", None),  # the archive does not open the line
    ("The talks went on until late at night.", None),
])
def test_a_citation_line_opens_with_its_archive(line, archive):
    cited = citation_line(line)
    assert (cited[0]["archive"] if cited else None) == archive


# --- shortcuts of the speed work (speed53): each rests on what every match needs, so the answer is the search's ---

def test_every_hint_of_a_date_in_words_writes_of():
    """``_figures_for_words`` turns away a text without "of" before its hints: every hint must write it."""
    from pipeline.normalize.dates import _WORD_DATE_HINTS

    assert _WORD_DATE_HINTS and all("of" in hint for hint in _WORD_DATE_HINTS)


@pytest.mark.parametrize(("text", "in_words"), [
    ("On the twenty-first of November the delegation left for Beijing.", True),  # a day's ordinal before "of" its month
    ("The Premier received him on October twenty-third, 1962, at the Kremlin.", True),  # the month, then the day in words
    ("The cable of the 5th of May was answered at once.", False),  # hints and a month, the day in figures: read as written
    ("Most of the talk was of trade; may first be settled.", False),  # "of" but no hint, "may" in lower case: no month
    ("Посол принял его двадцать первого ноября.", False),  # no English word at all
    ("", False),
])
def test_the_hints_of_a_date_in_words_are_told_at_one_scan_as_word_by_word(text, in_words):
    """``_figures_for_words`` asks whether a text holds any hint, or any month's name and a space, at one search of it:
    the answer is the one a substring test for each word gives, and so are the dates read."""
    from pipeline.normalize.dates import (
        _HAS_MONTH_SPACE,
        _HAS_WORD_DATE_HINT,
        _MONTH_SPACES,
        _WORD_DATE_HINTS,
        writes_date_in_words,
    )

    assert (_HAS_WORD_DATE_HINT.search(text) is not None) is any(hint in text for hint in _WORD_DATE_HINTS)
    assert (_HAS_MONTH_SPACE.search(text) is not None) is any(month in text for month in _MONTH_SPACES)
    assert writes_date_in_words(text) is in_words


@pytest.mark.parametrize(("text", "first", "last"), [
    ("The delegation stayed from November 21 to 26, and left for Beijing.", (11, 21), (11, 26)),  # the other day after
    ("The delegation stayed from 21 to 26 November and left for Beijing.", (11, 21), (11, 26)),  # ... and before
    ("The delegation stayed from 21 November to the end of the month.", (11, 21), (11, 21)),  # no other day's number
    ("On November 21 the delegation left; 26 delegates stayed.", (11, 21), (11, 21)),  # a number that is no day
])
def test_a_span_of_bare_days_is_read_with_or_without_digits_around_it(text, first, last):
    """``_bare_day_span`` asks its patterns only where a digit stands before or after the date: the spans are read
    as before, and a date with no number near it is left a day."""
    found = find_dates(text, 1962)
    assert [((d.start_date.month, d.start_date.day), (d.end_date.month, d.end_date.day)) for d in found][:1] == [(first, last)]


def test_a_kept_at_line_needs_its_full_width_comma():
    """``kept_at_citation`` turns away a line without a full-width comma before splitting it: the archive, the word
    "kept" and the parts with ASCII commas are no such citation, with full-width ones they are."""
    from pipeline.normalize.lexicon import lexicon
    from pipeline.parse.source_note import kept_at_citation

    keeps = lexicon("zh")["archive_keeps"][0]
    archive = next(iter(lexicon("zh")["examples_archive_keeps"].values()))["archive"]
    opening, closing = lexicon("zh")["page_marks"][:2]
    parts = ["12", f"{opening}3{closing}"]
    assert kept_at_citation(f"{archive}{keeps}," + ",".join(parts)) is None
    cited = kept_at_citation(f"{archive}{keeps}\uff0c" + "\uff0c".join(parts))
    assert cited is not None and cited["archive"] == archive


@pytest.mark.parametrize("line", [
    "RGANI, f. 3, op. 12, d. 1005, ll. 54-63.", "FO 371/107832", "The talks went on until late at night.", "", "Sincerely,",
])
def test_whether_a_line_is_a_citation_is_told_as_the_citations_read(line):
    assert is_citation_line(line) is bool(citation_line(line))


@pytest.mark.parametrize(("line", "expected"), [
    ("20 August", True), ("Sofia, 11 March 1968", True), ("Moscow, the Kremlin, 17 September 1965", True),
    ("Warsaw, 3 May 1971, 18:00", True), ("The delegation left Sofia on 11 March 1968.", False), ("Sofia", False),
])
def test_a_closing_date_line_is_read_with_or_without_its_place(line, expected):
    assert is_dated_closing(line) is expected
    assert is_dated_closing(line) is expected  # asked again by another reader of the foot: the same answer


def test_a_letter_closing_on_its_addressee_is_not_cut_and_a_paragraph_is_no_place():
    foot = ["We look forward to your reply.", "Yours sincerely,", "Arthur Mbeki", "Prime Minister", "Dr. Jonas Kaluba",
            "President of the Republic", "Lusaka"]
    assert closes_message(foot)
    assert not closes_message([*foot[:-1], "and the talks went on until late at night, when both sides agreed to meet again"])


def test_a_name_looked_up_again_names_the_same_entity():
    first = lookup("Stalin")
    assert first is not None and lookup("Stalin") is first and lookup(" the Stalin ") is first


@pytest.mark.parametrize("text", [
    "The delegation arrived in the middle of the month and stayed on.",  # no digit, no mark: no date
    "本月上旬代表团抵达北京。",  # a part of the month alone
    "В марте с.г. делегация посетила Пекин.",  # "of this year"
    "十五日晚，代表团抵达。",  # the day's mark alone: a date only where the month is known
])
def test_the_marks_of_a_date_without_digits_are_told_at_one_scan_as_mark_by_mark(text):
    """``_scanned_dates`` turns away a text with no digit unless it holds a mark a date without digits writes: the one
    search of the marks answers as a substring test for each mark does, with the month known and without."""
    from pipeline.normalize.dates import (
        _HAS_NO_DIGIT_MARK,
        _HAS_NO_DIGIT_MARK_MONTH_KNOWN,
        _NO_DIGIT_MARKS,
        _NO_DIGIT_MARKS_MONTH_KNOWN,
    )

    assert (_HAS_NO_DIGIT_MARK.search(text) is not None) is any(mark in text for mark in _NO_DIGIT_MARKS)
    assert (_HAS_NO_DIGIT_MARK_MONTH_KNOWN.search(text) is not None) is any(mark in text for mark in _NO_DIGIT_MARKS_MONTH_KNOWN)


@pytest.mark.parametrize(("title", "kind"), [
    ("Telegram from the Embassy enclosing a memorandum of conversation with Zhou Enlai", "record_of_conversation"),
    ("Cable to Moscow on the talks with the Polish delegation", "record_of_conversation"),
    ("Letter of the Central Committee with a report on the harvest attached", "letter"),
    ("Note from the Foreign Ministry to the Embassy", "memorandum"),
    ("List of the delegation's members", "other"),
])
def test_the_first_rule_whose_words_a_title_holds_names_its_kind_wherever_the_words_stand(title, kind):
    # each rule is sought from where the first words of any rule stand: an earlier rule's words later in the title
    # still win over a later rule's words before them
    from pipeline.normalize.doctypes import _patterns, document_type_of

    assert document_type_of(title) == kind
    assert kind == next((k for k, pattern in _patterns() if pattern.search(title.lower())), "other")


@pytest.mark.parametrize(("foot", "closed"), [
    (["The talks were held in a friendly atmosphere.", "Sofia, 14 May 1971", "Ivan Draganov"], True),
    (["The talks were held in a friendly atmosphere.", "Sofia, 14 May 1971", "Ivan Draganov", "ambassador"], True),
    (["The talks were held in a friendly atmosphere.", "Sofia, 14 May 1971", "The next meeting will be held in June and"], False),
    (["The talks were held", "Sofia, 14 May 1971", "Ivan Draganov", "ambassador"], False),  # no finished sentence above
])
def test_a_signer_under_the_place_and_day_closes_the_message_with_or_without_his_office(foot, closed):
    assert closes_message(foot) is closed


def test_a_book_titles_pages_after_its_full_width_comma_go_and_a_title_without_one_stays():
    from pipeline.parse.headings import unwrap_title

    assert unwrap_title("周恩来年谱（1949—1976）上卷，第一〇五—一〇七页") == "周恩来年谱（1949—1976）上卷"
    assert unwrap_title("Memorandum of Conversation, Moscow, 3 March 1962") == "Memorandum of Conversation, Moscow, 3 March 1962"


def test_a_page_wrapped_at_a_width_is_told_from_its_lines_that_stop_mid_sentence():
    from pipeline.normalize.text import split_lines
    from pipeline.parse.model import is_hard_wrapped

    wrapped = (
        "The delegation arrived in Hanoi on the morning of the fifth and was\n"
        "met at the airport by the deputy foreign minister, who took them to\n"
        "the guest house. In the afternoon the talks opened with a review of\n"
        "the situation in the South, which the Vietnamese side described as\n"
        "grave but not hopeless. The head of the delegation then set out the\n"
        "position of the Central Committee on the questions raised in March.\n"
        "The talks went on until late in the evening and were resumed on the\n"
        "next day with a discussion of the aid to be delivered by rail.\n"
    )
    paragraphs = "\n".join(line.replace("\n", " ") + "." for line in wrapped.split(". "))
    assert is_hard_wrapped(split_lines(wrapped))
    assert not is_hard_wrapped(split_lines(paragraphs))
