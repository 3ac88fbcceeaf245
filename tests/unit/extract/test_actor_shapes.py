"""Actors read from the shape of a phrase: a state's name before its armed men, a name after a stretch of land and
"of", a relative clause's own subject, a Russian name written with initials (sentences written for these tests)."""

import pytest

from pipeline.extract.events import common


@pytest.mark.parametrize(("text", "names"), [
    ("On 25 October United States forces landed on Grenada.", ["US forces"]),
    ("China's troops crossed the border on 17 February.", ["Chinese troops"]),
    ("The Soviet Union troops entered Prague on 21 August.", ["Soviet troops"]),
    ("On 6 June Israel units attacked the Syrian positions.", ["Israeli units"]),
    ("Egypt's army crossed the canal on 6 October.", ["Egyptian army"]),
])
def test_a_state_before_its_armed_men_names_them(text, names):
    assert common.window_actors(text, None)[0] == names
    assert common.clause_names(text, "en") == names


def test_a_state_alone_stays_the_state():
    assert common.window_actors("On 3 May the United States protested.", None)[0] == ["United States"]


@pytest.mark.parametrize("text", [
    "Yesterday the shelling struck the area of Quảng Trị.",
    "The column advanced into the district of Kandahar on 3 May.",
    "Fighting went on in the vicinity of Lạng Sơn.",
    "The guerrillas held the outskirts of Huambo on 4 June.",
])
def test_a_name_after_a_stretch_of_land_is_where(text):
    assert not [n for n in common.clause_names(text, "en") if n not in ("guerrillas",)]


@pytest.mark.parametrize(("text", "names"), [
    ("The island, where an invasion force", ["invasion force"]),
    ("Sampson, whom the National Guard officers", ["National Guard officers"]),
    ("The talks broke down, whereupon the Polish delegation", ["Polish delegation"]),
])
def test_a_relative_clause_opens_its_own_subject(text, names):
    assert common.subject_phrase(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Д. Солод посетил министра 3 мая.", ["Д. Солод"]),
    ("5 мая А. И. Лаврентьев встретился с министром.", ["А. И. Лаврентьев"]),
    ("Президент освободил от обязанностей министра Ш. Гомаа и М. Фавзи.", ["Ш. Гомаа", "М. Фавзи"]),
    ("Москва, 5 мая 1971 г.", []),
])
def test_a_russian_name_with_initials_is_a_person(text, names):
    assert [n for n in common.clause_names(text, "ru") if n in names or "." in n] == names


@pytest.mark.parametrize(("text", "names"), [
    ("On 2 May the FRELIMO leadership met in Dar es Salaam.", ["FRELIMO leadership"]),
    ("The Pravda correspondent reported on 9 March that the talks had ended.", ["Pravda correspondent"]),
])
def test_a_name_that_qualifies_a_group_noun_names_the_group_in_a_dated_sentence(text, names):
    assert common.window_actors(text, None)[0] == names
    assert common.clause_names(text, "en") == names


def test_a_group_whose_owner_is_written_after_it_is_named_owner_first_as_a_subject():
    assert common.subject_phrase("The delegation of the Rangoon government ") == ["Rangoon government delegation"]


@pytest.mark.parametrize(("text", "names"), [
    ("The patrol boat lay at anchor off Mount Hermon on 3 May.", []),
    ("The convoy drove along the Trans-Sahara Highway on 4 June.", []),
    ("The refugees camped outside Port Harcourt on 5 July.", []),
    ("The convoy left on 6 June along the Tanzam Road.", []),
    ("On 7 June the Zambian Government sent the lorries along the Lusaka Road.", ["Zambian Government"]),
])
def test_a_name_after_a_preposition_of_place_or_with_a_road_for_its_head_is_where(text, names):
    assert common.clause_names(text, "en") == names


@pytest.mark.parametrize(("surface", "name"), [
    ("Lieutenant Ousmane Diarra", "Ousmane Diarra"),
    ("Field Marshal Kwame Boateng", "Kwame Boateng"),
    ("Brigadier General Peter Mwangi", "Peter Mwangi"),
    ("Lieutenant-Colonel Jean Kabore", "Jean Kabore"),
])
def test_a_military_rank_before_a_name_the_gazetteer_lacks_is_no_part_of_it(surface, name):
    from pipeline.normalize.names import canonical_name
    assert canonical_name(surface) == name


@pytest.mark.parametrize(("name", "clause", "names"), [
    ("Troops", "Troops seized the radio station in Addis Ababa on 12 September.", ["Ethiopian army"]),
    ("tanks and troops", "At dawn tanks and troops took up positions in Athens.", ["Greek army"]),
    ("units of the army under General Ali Hassan", "Units of the army under General Ali Hassan took control of Lagos.",
     ["Nigerian army", "Ali Hassan"]),
    ("soldiers of the Third Brigade under Colonel Peter Okello", "Soldiers of the Third Brigade fired on the house.",
     ["Third Brigade", "Peter Okello"]),
    ("Troops", "Troops crossed from Kenya into Uganda on 3 May.", ["Troops"]),  # two states: whose is not said
    ("Troops", "Troops occupied the airport on 3 May.", ["Troops"]),  # no state: whose is not said
    ("Soviet troops", "Soviet troops entered Kabul on 27 December.", ["Soviet troops"]),
])
def test_an_armed_group_of_common_nouns_is_the_army_of_the_state_its_clause_names(name, clause, names):
    assert common.force_actors(name, clause) == names


def _writing(*senders: str) -> common.Context:
    return common.Context(None, None, list(senders), [], True, False, [])


@pytest.mark.parametrize(("name", "senders", "homes", "named"), [
    ("Our reconnaissance aircraft", ("Todor Zhivkov",), frozenset(), "Bulgarian reconnaissance aircraft"),
    ("Our patrol boats", (), frozenset({"United States"}), "US patrol boats"),
    ("Our patrol boats", (), frozenset({"United States", "United Kingdom"}), "Our patrol boats"),  # whose is not known
    ("Our patrol boats", (), frozenset(), "Our patrol boats"),
    ("Our Presidium", ("Todor Zhivkov",), frozenset(), "Our Presidium"),  # a body by its name: read elsewhere
])
def test_a_group_the_writer_calls_his_own_is_his_states(name, senders, homes, named):
    assert common.own_named(name, _writing(*senders), homes) == named


@pytest.mark.parametrize(("text", "names"), [
    ("On 18 August some thirty guards attacked a UNC work party near the bridge.", ["UNC work party"]),
    ("On 3 May the FRELIMO leadership met in Dar es Salaam.", ["FRELIMO leadership"]),
    ("On 3 May NATO has troops in Iceland.", ["NATO"]),  # a verb, then the noun: no kind of group
])
def test_a_body_before_a_noun_of_its_kind_and_an_actor_noun_names_the_group(text, names):
    assert [n for n in common.clause_names(text, "en") if n != "Dar es Salaam"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("Zambia's Foreign Minister Vernon Mwaanga protested the raid the next morning.", ["Vernon Mwaanga"]),  # not known
    ("Ghana's President Nkrumah cabled his regrets on 4 May.", ["Kwame Nkrumah"]),  # known: his name, not Ghana's
    ("Ghana's army seized the radio station on 24 February.", ["Ghanaian army"]),  # no title: the state's group
])
def test_a_state_whose_possessive_names_a_titled_person_is_not_beside_him(text, names):
    assert common.window_actors(text, None)[0] == names
