"""The one a telling or meeting verb is done to, named by his office or body, in a clause dated after him; and the
envoys of all the states a Chinese report's host summons as one body."""

from __future__ import annotations

import pytest

from pipeline.extract.events import passages
from pipeline.extract.events.common import verb_listener, window_actors


@pytest.mark.parametrize(
    ("sentence", "listener"),
    [
        ("Nkrumah received the Soviet Ambassador on 20 April.", "Soviet Ambassador"),
        ("Ulbricht informed the Politburo on 3 March that the army was ready.", "Politburo"),
    ],
)
def test_the_listener_after_the_subject(sentence, listener):
    assert verb_listener(sentence) == listener
    sources, targets = window_actors(sentence, None)
    assert listener in targets


def test_the_listener_of_a_pronoun_subject():
    assert window_actors("He told the Legislative Assembly on 16 May that he would not govern by the baton.",
                         "David Marshall") == (["David Marshall"], ["Legislative Assembly"])


def test_no_listener_for_a_body_no_listener_head_names():
    sentence = "Nasser told the diplomatic corps on 3 May that the army would return to its barracks."
    assert verb_listener(sentence) is None
    assert window_actors(sentence, None) == (["Gamal Abdel Nasser"], [])


def test_no_listener_for_the_press_an_office_in_small_letters_or_our_own():
    assert verb_listener("Nasser told the press on 5 May that the canal would stay open.") is None
    assert verb_listener("Nasser told a minister on 3 May that the canal would stay open.") is None
    assert verb_listener("Tito met our ambassador on 5 May.") is None


def test_a_named_listener_keeps_its_place():
    assert window_actors("Sukarno received Nehru and the heads of the Asian missions on 3 May.", None) == (
        ["Sukarno"],
        ["Jawaharlal Nehru"],
    )


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("四、今天上午，几外交部秘书长召见各国使节，表示新政府将继续执行不结盟政策。", "各国使节"),
        ("今晨，新政府外交部长召见各国驻也门使节，通报新政府将遵守原有条约。", "各国驻也门使节"),
        ("昨日上午，拉乌尔接见外交使团。", "外交使团"),
    ],
)
def test_the_envoys_summoned_as_one_body(text, group):
    assert group in [name for _, _, name in passages.page_groups(text)]


def test_the_envoys_summoned_are_read_after_a_verb_of_any_length():
    """The verb of the talk is matched, not looked behind: a verb of one or three characters in zh.yaml would not compile
    in a look-behind of fixed width."""
    assert "(?<=" not in passages._ENVOY_GROUP.pattern
    text = "今晨，新政府外交部长召见各国驻也门使节，通报新政府将遵守原有条约。"
    at = text.index("各国")
    assert passages._envoy_group_at(text, at)
    assert not passages._envoy_group_at(text, text.index("外交部长"))
