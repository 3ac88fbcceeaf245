"""A plural noun of doers by English's endings of a doer ("mutineers", "marchers", "villagers") read as the group that
is the subject, the words that end alike but name things ("orders", "lists") not; the sentences of en.yaml
examples_doer_endings run in tests/unit/normalize/test_lexicon.py."""

import pytest

from pipeline.extract.events import common, passages


@pytest.mark.parametrize(("word", "doers"), [
    ("mutineers", True), ("loyalists", True), ("servicemen", True), ("watersiders", True), ("civilians", True),
    ("orders", False), ("doors", False), ("Mutineers", False), ("employees", False), ("lists", False),
    ("prisoners", False), ("passengers", False), ("customers", False), ("foreigners", False), ("newspapers", False),
])
def test_the_endings_of_a_doer(word, doers):
    assert common.agent_noun(word) is doers


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Some 8,000 watersiders struck on Monday.", ["watersiders"]),
    ("The tankers left Aruba on Tuesday.", ["tankers"]),
    ("Two employees of the trade mission were arrested on 14 September.", []),
    ("Mutineers seized the radio station on Friday.", ["mutineers"]),  # capitalised by its place alone
    ("Villagers fled to the hills on Tuesday.", ["villagers"]),
])
def test_a_doers_plural_opening_the_clause_is_its_subject(sentence, subject):
    assert passages._group_subject(sentence) == subject


def test_a_doers_plural_after_and_is_no_subject():
    assert common.subject_phrase("He named a cabinet of military officers and right-wing civilians ") == []
