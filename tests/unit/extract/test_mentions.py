"""Gazetteer mentions: pseudonyms, OCR forms, Russian case forms, Chinese without spaces, unknown names."""

import re

import pytest

from pipeline.extract.mentions import find_mentions, find_unknown_names, is_listed_form, trie_pattern
from pipeline.normalize.names import canonical_name, gazetteer, lookup, russian_case_forms


def test_names_sharing_a_beginning_are_written_once_and_the_longer_is_tried_first():
    names = ["Kim Il Sung", "Kim Jong Il", "Kim", "Mao Zedong", "Mao", "U.S.", "Zhou Enlai", "Kim Il Sung"]
    pattern = trie_pattern(names)
    assert pattern == r"(?:Kim(?:\ (?:Il\ Sung|Jong\ Il))?|Mao(?:\ Zedong)?|U\.S\.|Zhou\ Enlai)"
    found = re.findall(pattern, "Kim Il Sung wrote to Mao Zedong; Kim answered Mao and the U.S. and Zhou Enlai")
    assert found == ["Kim Il Sung", "Mao Zedong", "Kim", "Mao", "U.S.", "Zhou Enlai"]
    assert trie_pattern([]) == "(?!)" and re.search(trie_pattern([]), "Kim") is None


def _ids(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entity.id) for m in find_mentions(text)]


def test_pseudonym_filippov_is_stalin():
    assert _ids("to Cde. FILIPPOV Cde. Filippov!") == [
        ("FILIPPOV", "person/joseph-stalin"),
        ("Filippov", "person/joseph-stalin"),
    ]
    assert canonical_name("Cde. Filippov [Stalin]") == "Joseph Stalin"
    assert lookup("Feng Xi").id == "person/joseph-stalin"


def test_ocr_capital_i_for_l_in_korean_names():
    assert _ids("Kim II Sung and Cde. Nam II") == [("Kim II Sung", "person/kim-il-sung"), ("Nam II", "person/nam-il")]


def test_russian_case_forms_are_generated_not_listed():
    assert "Кореи" in russian_case_forms("Корея") and "Корее" in russian_case_forms("Корея")
    assert "Ли Кэнуну" in russian_case_forms("Ли Кэнун")
    assert russian_case_forms("Кайдзъё") == []  # indeclinable
    found = find_mentions("товарищ Ким Ир Сен дал понять товарищу Ли Кэнуну: из Кореи")
    assert [(m.entity.id, is_listed_form(m)) for m in found] == [
        ("person/kim-il-sung", True), ("person/li-kenong", False), ("place/korea", False),
    ]


def test_a_russian_institution_declines_its_head_not_its_genitive():
    # the body, not the state its genitive names: "Министерству обороны СССР" is the ministry, not the USSR
    assert _ids("3. Поручить Министерству обороны СССР представить предложения.") == [
        ("Министерству обороны СССР", "org/soviet-defence-ministry")]
    assert _ids("Госплан СССР направит экспертов; Госплану СССР поручено") == [
        ("Госплан СССР", "org/gosplan"), ("Госплану СССР", "org/gosplan")]
    assert _ids("На следующий день полиция ГДР задержала студентов; действия полиции ГДР") == [
        ("полиция ГДР", "org/volkspolizei"), ("полиции ГДР", "org/volkspolizei")]
    assert _ids("по решению Совета Министров СССР") == [("Совета Министров СССР", "org/ussr-council-of-ministers")]


def test_a_russian_heading_names_a_body_in_capitals():
    assert _ids("ВЫПИСКА ИЗ ПРОТОКОЛА № 178 ЗАСЕДАНИЯ ПРЕЗИДИУМА ЦК КПСС") == [("ПРЕЗИДИУМА ЦК КПСС", "org/cpsu-politburo")]
    assert _ids("ПОСТАНОВЛЕНИЕ СОВЕТА МИНИСТРОВ СССР") == [("СОВЕТА МИНИСТРОВ СССР", "org/ussr-council-of-ministers")]
    assert _ids("Председатель ГКЭС С. Скачков") == [("ГКЭС", "org/gkes")]


def test_the_english_and_chinese_names_of_the_same_bodies():
    assert lookup("GDR police").id == lookup("полиции ГДР").id == lookup("东德警察").id == "org/volkspolizei"
    assert lookup("USSR Gosplan").id == lookup("苏联国家计委").id == "org/gosplan"
    assert lookup("the Presidium of the CC CPSU").id == lookup("Президиумом ЦК КПСС").id == "org/cpsu-politburo"


def test_a_partys_central_committee_is_not_the_party():
    assert _ids("Вопрос мы обсудим на Политсовете ЦК ТПК; ЦК ТПК созовет пленум") == [
        ("Политсовете ЦК ТПК", "org/wpk-political-council"), ("ЦК ТПК", "org/wpk-central-committee")]
    assert _ids("越南劳动党中央派黎德寿同志来京")[0] == ("越南劳动党中央", "org/vwp-central-committee")
    assert lookup("the CC of the Korean Workers' Party").id == "org/wpk-central-committee"
    assert lookup("Central Committee of the Vietnamese Workers' Party").id == lookup("ЦК ПТВ").id == "org/vwp-central-committee"


def test_japanese_derived_russian_kaesong():
    assert _ids("южнее Кайдзъё путём") == [("Кайдзъё", "place/kaesong")]


def test_chinese_names_need_no_word_boundaries():
    assert _ids("金日成同志今年6月在北京討論") == [("金日成", "person/kim-il-sung"), ("北京", "place/beijing")]


def test_longest_form_wins_un_general_assembly():
    assert _ids("the UN General Assembly and the UN") == [
        ("UN General Assembly", "org/un-general-assembly"), ("UN", "org/united-nations"),
    ]


def test_no_match_inside_a_word():
    assert _ids("UNESCO and Maoist") == []


def test_unknown_capitalised_names_reported_not_guessed():
    text = "On December 25, 1951, Deputy Foreign Minister Andrei Gromyko met Harry Dexter White."
    known = find_mentions(text)
    assert find_unknown_names(text, known) == [(65, 83, "Harry Dexter White")]


@pytest.mark.parametrize(("text", "name"), [
    ("Yesterday Gaston Mbemba-Ngolo was named head of a provisional government.", "Gaston Mbemba-Ngolo"),
    ("The new premier, Jean-Rémi Okoumé, received the ambassadors.", "Jean-Rémi Okoumé"),
])
def test_a_hyphenated_name_is_read_whole(text, name):
    assert [n for _, _, n in find_unknown_names(text, find_mentions(text))] == [name]


def test_gazetteer_ids_unique_and_forms_unambiguous():
    ids = [e.id for e in gazetteer()]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for e in gazetteer():
        for form in e.surface_forms:
            assert owner.setdefault(form, e.id) == e.id, f"{form!r} names both {owner[form]} and {e.id}"


def test_a_piece_of_the_passage_read_has_the_names_its_own_search_finds():
    """Inside ``reading_passages`` the names of a piece of the passage are read from the passage's: at every cut
    (inside a name, between two words, at a hyphen or a Chinese name) they are those the piece's own search finds."""
    from pipeline.extract.mentions import mentions_in, read_passage, reading_passages

    passages = [
        "Kim Il Sung told Cde. Filippov [Stalin] that the Soviet-Korean talks with Mao Zedong went well.",
        "MZD關於朝鮮停戰談判致斯大林電, Peng Dehuai and Zhou Enlai.",
        "товарищ Ким Ир Сен дал понять товарищу Ли Кэнуну: из Кореи",
        "The anti-Stalin and Stalinist line of the Maoists.",  # names inside words: found in a piece cut there
    ]
    for passage in passages:
        cuts = range(len(passage) + 1)
        pieces = {passage[a:b] for a in cuts for b in cuts if a < b}
        mentions_in.cache_clear()
        searched = {piece: find_mentions(piece) for piece in pieces}
        with reading_passages():
            read_passage(passage)
            mentions_in.cache_clear()
            read = {piece: find_mentions(piece) for piece in pieces}
        assert read == searched
    mentions_in.cache_clear()


@pytest.mark.parametrize("written, expected", [
    ("Prime Minister Ba Swe of Burma", "Ba Swe"),  # a titled person, then the state his office is of
    ("Foreign Minister Thein Maung of Burma", "Thein Maung"),
    ("Prime Minister Nehru of India", "Jawaharlal Nehru"),
    ("President of Finland", "President of Finland"),  # the office alone keeps its state
    ("Supreme Court of Poland", "Supreme Court of Poland"),  # no title taken off: a body's name
    ("Minister of Foreign Affairs of Poland", "Minister of Foreign Affairs of Poland"),
    ("Ambassador N. Fedorenko in Tokyo", "Nikolai Fedorenko"),  # a titled person, then the place of his post
    ("Ambassador Kofi Mensah in Belgrade", "Kofi Mensah"),
    ("Soviet Ambassador in Burma", "Soviet Ambassador in Burma"),  # the office alone keeps its place
    ("Embassy in Peru", "Embassy in Peru"),
])
def test_a_titled_persons_state_after_his_name_is_not_part_of_it(written, expected):
    assert canonical_name(written) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("The note was passed through the Chinese Liaison Office on 3 May.", "Chinese Liaison Office"),
    ("The Soviet Military Mission protested on 4 June.", "Soviet Military Mission"),
    ("The Hungarian Trade Mission protested on 4 June.", "Hungarian Trade Mission"),
])
def test_a_state_adjective_opening_a_body_name_is_part_of_it(text, name):
    assert [n for _, _, n in find_unknown_names(text, find_mentions(text))] == [name]


def test_a_state_adjective_before_an_office_and_a_name_is_not_a_body():
    text = "Soviet Deputy Foreign Minister Kuznetsov said so."
    assert all(not n.startswith("Soviet") for _, _, n in find_unknown_names(text, find_mentions(text)))


@pytest.mark.parametrize("text", [
    "On Tuesday Okonjo announced that the elections would be held.",
    "Late on Friday Ravelo Tandari left the capital.",
    "The delegation left, and Wednesday Okonjo spoke to the press.",
    "Okonjo Sunday rejected the offer.",
])
def test_a_weekday_beside_a_name_is_no_part_of_it(text):
    names = [surface for _, _, surface in find_unknown_names(text, find_mentions(text))]
    assert not any(day in n for n in names for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
