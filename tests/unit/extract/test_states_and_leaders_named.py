"""The states and the leaders of the 1950s-70s the gazetteer names in three languages (actors44): a head of state, an
envoy or a state named in a page is an actor under his one name whatever the language or case; a place one goes to, a
firm named after a state and a state's name inside an island's are not."""

import pytest

from pipeline.extract.events.common import is_modifier, is_where
from pipeline.extract.mentions import find_mentions


def _actors(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text) if m.entity.is_actor and not is_where(text, m) and not is_modifier(text, m)]


@pytest.mark.parametrize(("text", "expected"), [
    ("King Hassan II received the Algerian delegation in Rabat.", ["Hassan II"]),
    ("总理同摩洛哥国王哈桑二世举行会谈。", ["Morocco", "Hassan II"]),
    ("Король Хасан II принял посла.", ["Hassan II"]),
    ("Посол беседовал с Э. Банкером о переговорах.", ["Ellsworth Bunker"]),
    ("Ambassador Bunker proposed a plan for West New Guinea.", ["Ellsworth Bunker"]),
    ("Я посетил генерала Насутиона в его штабе.", ["Abdul Haris Nasution"]),
    ("Colonel Caamaño refused to leave the rebel zone.", ["Francisco Caamaño Deñó"]),
    ("Kenneth Kaunda flew to Dar es Salaam; Tanzania agreed to build the railway.", ["Kenneth Kaunda", "Tanzania"]),
    ("Гвинея разорвала отношения с Францией.", ["Guinea", "France"]),
    ("周恩来会见突尼斯总统布尔吉巴。", ["Zhou Enlai", "Tunisia", "Habib Bourguiba"]),
    ("Venezuela asked the OAS to act against Cuba.", ["Venezuela", "Organization of American States", "Cuba"]),
    ("Mrs. Bandaranaike told the Chinese ambassador that Ceylon would stay neutral.", ["Sirimavo Bandaranaike", "Sri Lanka"]),
])
def test_the_leaders_and_states_are_named_in_three_languages(text, expected):
    assert _actors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("周恩来由阿尔及利亚抵达摩洛哥。", ["Zhou Enlai", "Algeria"]),  # arrives in Morocco: where, not who
    ("陈毅离开突尼斯，飞抵马里。", ["Chen Yi"]),
    ("The Dutch held West New Guinea until 1962.", []),  # the island, not Guinea
    ("Guerrillas shot down an Air Rhodesia airliner.", []),  # the firm, not Rhodesia
])
def test_a_place_gone_to_an_island_and_a_firm_are_no_actors(text, expected):
    assert _actors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ethiopian regime of Lt. Col. Mengistu Haile Mariam ordered a general mobilization.", ["Mengistu Haile Mariam"]),
    ("A group under Lt. Col. Untung seized the radio station.", ["Untung"]),
    ("Maj. Gen. Suharto took command of the army.", ["Suharto"]),
    ("Colonel Boumediene deposed Ben Bella.", ["Houari Boumédiène", "Ahmed Ben Bella"]),
])
def test_a_title_after_a_title_names_nobody(text, expected):
    from pipeline.extract.events.common import name_spans
    assert [name for _, _, name in name_spans(text, "en")] == expected
