"""The act nouns' places found in one scan: each pattern that names an act tried there finds what it finds alone."""

import pytest

from pipeline.extract.events.undated_sentence import _NOUN_PLACES, _REFERRED, _matches_at

SENTENCES = [
    "Sense of relief here following publication exchanges of letters.",
    "The proposal by the Soviet delegation was rejected, and the meeting held in Moscow ended.",
    "On balance we consider selection of Kuznetsov for New York and decision to despatch Mikoyan to Cuba encouraging factors.",
    "the decision of the Presidium, the decisions of the Plenum and a meeting in Geneva by the ministers",
    "Meetings, talks: none.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_patterns_tried_at_the_noun_places_find_what_they_find_alone(sentence):
    _cited, _before, named, held, bare = _REFERRED["en"]
    places = [m.start() for m in _NOUN_PLACES["en"].finditer(sentence)]
    for pattern in (named, held):
        assert [(m.span(), m.groups()) for m in _matches_at(pattern, sentence, places)] == [
            (m.span(), m.groups()) for m in pattern.finditer(sentence)
        ]
    assert any(bare[0].match(sentence, p) for p in places) == (bare[0].search(sentence) is not None)
