"""The Russian and Chinese words of the event rules are data: each rule's examples are found by its words."""

import re

import pytest

from pipeline.extract.events.common import event_words
from pipeline.normalize.lexicon import lexicon

LANGUAGES = ("ru", "zh")


def _examples():
    for language in LANGUAGES:
        for key, sentences in (lexicon(language).get("event_word_examples") or {}).items():
            for sentence in sentences:
                yield pytest.param(key, sentence, id=f"{language}-{key}-{sentence[:24]}")


@pytest.mark.parametrize(("key", "sentence"), list(_examples()))
def test_every_example_of_an_event_rule_holds_its_words(key, sentence):
    assert re.search(event_words(key), sentence, re.IGNORECASE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_event_rule_has_examples(language):
    words = lexicon(language).get("event_words") or {}
    examples = lexicon(language).get("event_word_examples") or {}
    assert words and set(words) == set(examples)


def test_a_russian_word_stands_alone_and_a_stem_takes_endings():
    assert not re.search(event_words("first_person"), "Мыслить", re.IGNORECASE)  # "мы" inside a word
    assert re.search(event_words("yours"), "вашими телеграммами", re.IGNORECASE)


def test_a_rule_no_language_has_matches_nothing():
    assert not re.search(event_words("no_such_rule"), "any text at all")
