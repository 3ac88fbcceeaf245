"""The whole gazetteer (every file of pipeline/reference/gazetteer): shape, safety of the forms, resolutions."""

import re

import pytest

from pipeline.extract.mentions import find_mentions
from pipeline.normalize.lexicon import lexicon
from pipeline.normalize.names import canonical_name, entity, gazetteer, lookup

_CJK = re.compile(r"[\u3400-\u9fff]")
_PREFIX = {"person": "person/", "place": "place/", "organisation": "org/"}


def test_ids_unique_and_kinds_known():
    ids = [e.id for e in gazetteer()]
    assert len(ids) == len(set(ids))
    for e in gazetteer():
        assert e.kind in _PREFIX, e.id
        assert e.id.startswith(_PREFIX[e.kind]), e.id
        assert e.name and e.name == e.name.strip(), e.id
        assert not e.is_state or e.kind == "place", f"{e.id}: only a place can be a state"


def test_the_gazetteer_covers_the_cold_war():
    kinds = [e.kind for e in gazetteer()]
    assert len(kinds) >= 500
    assert min(kinds.count(k) for k in _PREFIX) >= 50


def test_no_alias_too_short_to_be_safe():
    for e in gazetteer():
        assert len(set(e.aliases)) == len(e.aliases), f"{e.id} lists an alias twice"
        for alias in e.aliases:
            assert alias == alias.strip() and "  " not in alias, (e.id, alias)
            if _CJK.search(alias):
                assert len(alias) >= 2, f"{e.id}: one Chinese character names nobody ({alias!r})"
            else:
                assert len(alias) >= 3 or alias.isupper(), f"{e.id}: {alias!r} is too short unless an acronym"


def test_no_form_names_two_entities_whatever_the_case():
    # lookup() compares case-folded forms: two entities must not share one either
    owner: dict[str, str] = {}
    for e in gazetteer():
        for form in e.surface_forms:
            key = form.casefold()
            assert owner.setdefault(key, e.id) == e.id, f"{form!r} names both {owner[key]} and {e.id}"


@pytest.mark.parametrize(
    "surface",
    ["Kim", "Li", "Chen", "Peng", "Deng", "Nam", "Long", "Lie", "Begin", "Ford", "Horn", "Hom", "Solidarity",
     "Congress", "Politburo", "Central Committee", "Foreign Office", "Ministry of State Security", "Kennedy",
     "Johnson", "Dulles", "Wilson", "Gandhi", "Hussein", "Zhou", "Wieslaw", "МВД", "МИД", "外交部"],
)
def test_ambiguous_or_common_forms_name_nobody(surface):
    assert lookup(surface) is None


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Хрущеву", "Nikita Khrushchev"),
        ("Хрущёвым", "Nikita Khrushchev"),
        ("赫鲁晓夫", "Nikita Khrushchev"),
        ("赫魯曉夫", "Nikita Khrushchev"),
        ("KHRUSHCHEV", "Nikita Khrushchev"),
        ("N.S. Khrushchev", "Nikita Khrushchev"),
        ("Nikita Sergeevich", "Nikita Khrushchev"),
        ("Gomulka", "Władysław Gomułka"),
        ("Ceausescu", "Nicolae Ceaușescu"),
        ("Брежнева", "Leonid Brezhnev"),
        ("Teng Hsiao-p'ing", "Deng Xiaoping"),
        ("彭德懷", "Peng Dehuai"),
        ("Chou En-lai", "Zhou Enlai"),
        ("周总理", "Zhou Enlai"),
        ("Pak Heon-yeong", "Pak Hon-yong"),
        ("Пак Хен Ен", "Pak Hon-yong"),
        ("Iudin", "Pavel Yudin"),
        ("Rokossowski", "Konstantin Rokossovsky"),
        ("Cde. Shtykov", "Terentii Shtykov"),
        ("Tito", "Josip Broz Tito"),
        ("Ульбрихта", "Walter Ulbricht"),
        ("Kadar", "János Kádár"),
        ("Dubcek", "Alexander Dubček"),
        ("Tsedenbal", "Yumjaagiin Tsedenbal"),
        ("Joseph-Désiré Mobutu", "Mobutu Sese Seko"),
        ("President Kennedy", "John F. Kennedy"),
        ("Robert Kennedy", "Robert F. Kennedy"),
        ("Allen Dulles", "Allen Dulles"),
        ("Foster Dulles", "John Foster Dulles"),
        ("GDR", "East Germany"),
        ("ГДР", "East Germany"),
        ("民主德国", "East Germany"),
        ("West Germany", "West Germany"),
        ("ФРГ", "West Germany"),
        ("Bonn government", "Government of the Federal Republic of Germany"),
        ("СССР", "Soviet Union"),
        ("苏联", "Soviet Union"),
        ("DRV", "North Vietnam"),
        ("ЦК КПСС", "Central Committee of the Communist Party of the Soviet Union"),
        ("CC CPSU", "Central Committee of the Communist Party of the Soviet Union"),
        ("CPSU CC Presidium", "Politburo of the Communist Party of the Soviet Union"),
        ("Президиум ЦК КПСС", "Politburo of the Communist Party of the Soviet Union"),
        ("SED Politburo", "Politburo of the Socialist Unity Party of Germany"),
        ("Polish Politburo", "Politburo of the Polish United Workers' Party"),
        ("КГБ", "KGB"),
        ("ЦРУ", "Central Intelligence Agency"),
        ("Department of State", "United States Department of State"),
        ("Comecon", "Comecon"),
        ("СЭВ", "Comecon"),
        ("Warsaw Treaty Organization", "Warsaw Pact"),
        ("志愿军", "People's Volunteer Army"),
        ("Leningrad", "Saint Petersburg"),
        ("Panmunjeom", "Panmunjom"),
        ("Будапеште", "Budapest"),
        ("Ханое", "Hanoi"),
        ("В. Гонсалвеш", "Vasco Gonçalves"),  # a Russian diary's initial and surname of a Portuguese minister
        ("А. Куньяла", "Álvaro Cunhal"),
        ("М. Соарешу", "Mário Soares"),
        ("Л. Корвалана", "Luis Corvalán"),
        # the Soviet press's full names of African and Portuguese heads of state, and the Chinese surname alone
        ("Хабиб Бургиба", "Habib Bourguiba"),
        ("Ахмед Секу Туре", "Ahmed Sékou Touré"),
        ("Кваме Нкрума", "Kwame Nkrumah"),
        ("Джулиус Ньерере", "Julius Nyerere"),
        ("Мобуту Сесе Секо", "Mobutu Sese Seko"),
        ("Франсишку да Кошта Гомеш", "Francisco da Costa Gomes"),
        ("凯塔", "Modibo Keïta"),
        ("Кейта", "Modibo Keïta"),
    ],
)
def test_forms_a_reader_would_expect_resolve(surface, name):
    assert canonical_name(surface) == name


def _ids(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entity.id) for m in find_mentions(text)]


def test_longest_name_wins_over_the_names_inside_it():
    assert _ids("the People's Republic of China and the Republic of China") == [
        ("People's Republic of China", "place/china"), ("Republic of China", "place/taiwan"),
    ]
    assert _ids("Chiang Ching-kuo, not Chiang") == [
        ("Chiang Ching-kuo", "person/chiang-ching-kuo"), ("Chiang", "person/chiang-kai-shek"),
    ]
    assert _ids("Rozanne Ridgway wrote to Ridgway") == [
        ("Rozanne Ridgway", "person/rozanne-l-ridgway"), ("Ridgway", "person/matthew-ridgway"),
    ]
    assert _ids("the Warsaw Pact met in Warsaw") == [("Warsaw Pact", "org/warsaw-pact"), ("Warsaw", "place/warsaw")]
    assert _ids("Ferenc Nagy and Nagy") == [("Ferenc Nagy", "person/ferenc-nagy"), ("Nagy", "person/imre-nagy")]


def test_a_pseudonym_used_only_in_address():
    assert _ids("Comrade Wieslaw informed the Politburo") == [("Comrade Wieslaw", "person/wladyslaw-gomulka")]
    assert _ids("Wieslaw Kowalski") == []


def test_common_words_and_name_parts_are_not_mentions():
    text = "In the long run we shall begin, said Kim and Li; the Solidarity of the Politburo. Hom and Ford agree."
    assert _ids(text) == []
    assert _ids("Congo-Brazzaville and the Franco-Soviet talks") == [("Congo-Brazzaville", "place/republic-of-the-congo")]  # not Congo


def test_one_sentence_in_three_scripts():
    text = "Хрущев и Гомулка; 赫鲁晓夫同哥穆尔卡; Khrushchev and Gomulka met in the GDR"
    ids = [i for _, i in _ids(text)]
    assert ids == ["person/nikita-khrushchev", "person/wladyslaw-gomulka"] * 3 + ["place/east-germany"]


def test_a_persons_side_is_a_party_or_state_the_gazetteer_lists():
    """A ``side`` (the party or state a person speaks for: his "we" in a record's reported words) names an entity of
    the gazetteer by its id, an organisation or a place that is a state; a mistyped id would leave his "we" unread."""
    sides = {e.name: e.side for e in gazetteer() if e.side}
    assert sides, "no person has a side"
    for person, side in sides.items():
        listed = entity(side)
        assert listed is not None and (listed.kind == "organisation" or listed.is_state), (person, side)
    assert entity("place/nowhere") is None


@pytest.mark.parametrize(
    ("written", "state"),
    [
        ("Central African Republic", "Central African Republic"),
        ("Dahomey", "Benin"),
        ("Upper Volta", "Burkina Faso"),
        ("Siam", "Thailand"),
        ("the Comoros", "Comoros"),
        ("Togo", "Togo"),
        ("Верхняя Вольта", "Burkina Faso"),
        ("乍得", "Chad"),
    ],
)
def test_a_state_of_the_cold_war_world_is_known_by_its_names_old_and_new(written: str, state: str) -> None:
    """A memcon's side heading or a cable's subject names a small state, or its colonial name: the state, which can act."""
    entity = lookup(written)
    assert entity is not None and entity.name == state and entity.is_state


def test_a_new_states_capital_stands_for_its_government_and_its_adjective_names_its_groups() -> None:
    bangui = lookup("Bangui")
    assert bangui is not None and bangui.capital_of == "place/central-african-republic"
    assert (lexicon("en").get("state_adjectives") or {}).get("Togolese") == "Togo"
    assert lookup("Того") is None  # the Russian pronoun, no state
