"""Work the event rules share is done once and answers as before: the unknown names of a passage read once per page,
the word screens before a rule's pattern, the counted spans' words, the short names folded once per page name."""

from __future__ import annotations

import pytest

from pipeline.extract.events.common import CONVERSATION, REPLIED
from pipeline.extract.events.full_names import _same_person, full_names
from pipeline.extract.mentions import find_mentions, find_unknown_names, reading_variants
from pipeline.extract.tense import read_cues
from pipeline.normalize.dates import find_months_alone, find_relative, find_seasons

PASSAGE = "Minister of Foreign Affairs Louis Lansana Beavogui received Ambassador Karl Heinz Weber at the Palace of the People."


def test_the_unknown_names_of_a_passage_read_once_per_page_are_those_read_alone():
    alone = find_unknown_names(PASSAGE, find_mentions(PASSAGE))
    with reading_variants([PASSAGE]):
        first = find_unknown_names(PASSAGE, find_mentions(PASSAGE))
        again = find_unknown_names(PASSAGE, find_mentions(PASSAGE))
        again.append((0, 0, "a caller's own list"))  # each caller gets its own list: the page's reading is not changed
        third = find_unknown_names(PASSAGE, find_mentions(PASSAGE))
    assert alone == first == third
    assert any("Karl Heinz Weber" in surface for _, _, surface in alone)


def test_the_unknown_names_depend_on_the_names_already_known():
    with reading_variants([PASSAGE]):
        known = find_unknown_names(PASSAGE, find_mentions(PASSAGE))
        none_known = find_unknown_names(PASSAGE, [])
    assert none_known == find_unknown_names(PASSAGE, [])
    assert len(none_known) >= len(known)


@pytest.mark.parametrize("rule, sentence, found", [
    (CONVERSATION, "During the conversation the ambassador raised the question of the border.", True),
    (CONVERSATION, "DURING THE CONVERSATION THE AMBASSADOR RAISED THE QUESTION.", True),
    (CONVERSATION, "The ambassador raised the question of the border.", False),
    (REPLIED, "The minister replied that the talks would go on.", True),
    (REPLIED, "The minister said that the talks would go on.", False),
])
def test_a_word_screen_lets_through_the_sentences_its_pattern_may_match(rule, sentence, found):
    assert (rule.search(sentence) is not None) is found
    assert (rule.search(sentence) is not None) is (rule.pattern.search(sentence) is not None)


@pytest.mark.parametrize("sentence, kinds", [
    ("The border has been closed for ten days.", {"counted_span"}),
    ("In the last two years the party has grown.", {"counted_span"}),
    ("He spoke for ten minutes.", set()),
])
def test_counted_spans_read_with_their_words_kept(sentence, kinds):
    for _ in range(2):  # the words read once per language: the second reading is the first's
        assert {c.kind for c in read_cues(sentence, "en")} & {"counted_span"} == kinds


@pytest.mark.parametrize("sentence, offsets", [
    ("Five days later the troops withdrew.", [5]),
    ("The delegation left the next day.", [1]),
    ("The troops withdrew from the town.", []),
])
def test_relative_days_screened_by_their_stems(sentence, offsets):
    assert [m.days for m in find_relative(sentence)] == offsets


@pytest.mark.parametrize("sentence, months", [
    ("The fighting resumed in March and went on.", [3]),
    ("The fighting resumed and went on.", []),
])
def test_months_alone_screened_by_their_first_letters(sentence, months):
    assert [m.start_date.month for m in find_months_alone(sentence, 1969)] == months


@pytest.mark.parametrize("sentence, months", [
    ("That summer the offensive began.", [(6, 8)]),
    ("Around the turn of the year the talks stalled.", [(12, 1)]),
    ("The talks resumed.", []),
])
def test_seasons_and_the_year_turn_found_behind_their_opening(sentence, months):
    assert [(m.start_date.month, m.end_date.month) for m in find_seasons(sentence, 1958, month=9)] == months


def test_full_names_folded_once_per_name_read_as_before():
    page = "Edward M. Korry met the minister. M. Korry said the talks went well. Raul Castro and Fidel Castro spoke."
    forms = full_names(["Edward M. Korry", "M. Korry", "Raul Castro", "Fidel Castro"], page)
    assert forms[("korry",)] == "Edward M. Korry"
    assert ("castro",) not in forms  # two men of one surname: the surname stays as it is
    assert _same_person(["M.", "Korry"], ["Edward", "M.", "Korry"])
