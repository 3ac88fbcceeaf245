"""Sentences without a date, read by their verbs: the kinds of sentence (the lexicons' examples: tests/unit/normalize/test_lexicon.py)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.tense import is_hypothetical, read_cues


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Mao thanked me and announced that the Chinese government had already sent a greeting.", "speech"),
        ("One of them was later poisoned.", "past"),
        ("The Politburo Commission has proposed a new list.", "past"),
        ("Cuba continues totally mobilized.", "ongoing"),
        ("Cde. Konev is to be sent to Budapest.", "planned"),
        ("We warmly thank you for your initiative.", "performative"),
        ("Zhou: Thank you for telephone call late last night.", "relative"),
        ("Two years ago, Sihanouk proposed convening an international conference.", "years_ago"),
        ("Thus, for example, just recently the enemy put out of operation all the electrical stations.", "recent"),
    ],
)
def test_a_sentences_cue_says_how_it_is_dated(sentence, kind):
    assert kind in {c.kind for c in read_cues(sentence, "en")}


def test_a_state_or_a_negated_change_is_no_act():
    assert not {c.kind for c in read_cues("Cambodia's attitude has not changed.", "en")} & {"past"}
    assert not {c.kind for c in read_cues("PAK HEON-YEONG was present at the meeting.", "en")} & {"past"}
    assert not {c.kind for c in read_cues("The point is kept.", "en")} & {"past"}


def test_conditions_and_questions_are_not_statements():
    assert is_hypothetical("But if the Americans advance such a proposal, it can be accepted.", "en")
    assert is_hypothetical("You are friendly, aren't you?", "en")
    assert not is_hypothetical("The Soviet Union recently asked for our view.", "en")


def test_relative_days_carry_their_offset():
    (cue,) = [c for c in read_cues("By the way, the Minister told me yesterday that they agree.", "en") if c.kind == "relative"]
    assert cue.days == -1 and date(1962, 10, 26).toordinal() + cue.days == date(1962, 10, 25).toordinal()


@pytest.mark.parametrize(
    "sentence",
    [
        "Most materials are imported from the United States.",
        "“Talks like this I have never held with party comrades.",
        "Reports of the fighting reached the capital.",
    ],
)
def test_a_word_of_saying_in_a_name_or_a_plural_noun_is_no_saying(sentence):
    assert "speech" not in {c.kind for c in read_cues(sentence, "en")}


def test_a_word_of_saying_in_capitals_or_after_its_subject_is_a_saying():
    assert "speech" in {c.kind for c in read_cues("KIM IL SUNG STATED THAT THEY WILL FULFILL IT.", "en")}
    assert "speech" in {c.kind for c in read_cues("Said the Chairman: we agree.", "en")}
    assert "speech" in {c.kind for c in read_cues("The Premier says that the situation has moved forward.", "en")}


@pytest.mark.parametrize("sentence", ["Declarations must be composed so that we aren't placed into an onerous position.",
                                      "We haven't received it.", "They didn’t know of the telegram."])
def test_a_contracted_negation_is_no_act(sentence):
    assert "past" not in {c.kind for c in read_cues(sentence, "en")}


@pytest.mark.parametrize("sentence", ["They didn’t send the telegram.", "They didn't send the telegram.", "They did not send the telegram."])
def test_a_message_left_unsent_in_any_spelling_of_the_negation_is_an_act_left_undone(sentence):
    assert "past" in {c.kind for c in read_cues(sentence, "en")}


@pytest.mark.parametrize("sentence", ["Посольство соседней страны в тот же день опровергло это сообщение.",
                                      "Министр отрицал, что войска пересекли границу."])
def test_a_russian_denial_is_a_saying(sentence):
    assert "speech" in {c.kind for c in read_cues(sentence, "ru")}
