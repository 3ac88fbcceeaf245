"""The two parties of a record of conversation written in the first person by one of them
(pipeline/extract/events/talk_parties.py, context.py ``foot_name``): the envoy who signs the record under its text is
its "I", the office its heading gives him is he, each turn is said between him and the one he talked with; and an oral
history's line "Conducted by X in <place>, on <day>" is X's interview of the one the line above names. Envoys, states,
names and sentences made up for the kind, not copied from a held-out page."""

from __future__ import annotations

import pytest

from pipeline.seed import process_seed

_RECORD = """source: https://example.org/document/record-of-conversation-{slug}
March 4, 1969
Record of Conversation between the {state} Ambassador and {title} {other}

Skip to content

Embassy of the {state} People's Republic
{city}

RECORD
of a conversation with the {title} of the Republic, {other}, on 3 March 1969

{title} {surname} received me at his residence at my request.

{surname} said that the harvest had failed in the north and asked for help with grain.

I replied that I would inform my government without delay.

{closing}

{city}, 4.3.1969
"""


def _rows(text: str) -> dict[str, tuple[list[str], list[str]]]:
    result = process_seed("x.txt", text.encode())
    return {r["evidence_text"].strip(): (r["source_names"], r["target_names"]) for r in result.events.to_pylist()}


def _row(rows: dict, opening: str) -> tuple[list[str], list[str]]:
    return next(v for k, v in rows.items() if k.startswith(opening))


@pytest.mark.parametrize(("state", "title", "other", "surname", "city", "closing", "writer"), [
    ("Hungarian", "President", "Modibo Sangare", "Sangare", "Bamako", "Ambassador\n\nLászló Kerekes", "László Kerekes"),
    ("Polish", "Prime Minister", "Kwame Asante", "Asante", "Accra", "Ambassador,\n\n/ Tadeusz Wrona /", "Tadeusz Wrona"),
    ("Bulgarian", "President", "Ali Hassan Idris", "Idris", "Khartoum", "Ambassador: /Petko Marinov/", "Petko Marinov"),
    ("Czechoslovak", "President", "Omar Keita", "Keita", "Conakry", "Miroslav Dvořák, Ambassador", "Miroslav Dvořák"),
])
def test_each_turn_of_an_envoys_record_is_between_him_and_the_one_he_talked_with(state, title, other, surname, city, closing, writer):
    text = _RECORD.format(slug=surname.lower(), state=state, title=title, other=other, surname=surname, city=city, closing=closing)
    rows = _rows(text)
    sources, targets = _row(rows, f"{surname} said that")
    assert sources == [other] and targets == []  # the other party's plain saying: his alone (the dev gold's 137 E4-E12)
    sources, targets = _row(rows, "I replied")
    assert sources == [writer] and targets == [other]  # the writer's "I": to the other party
    assert not any(f"the {state} Ambassador" in n for s, t in rows.values() for n in s + t)  # the heading's office is he


def test_a_saying_in_a_keepers_journal_stays_his_point():
    text = _RECORD.format(slug="journal", state="Soviet", title="President", other="Modibo Sangare", surname="Sangare", city="Bamako",
                          closing="Ambassador\n\nPyotr Orlov").replace("RECORD\n", "From the journal of P. Orlov\n\nRECORD\n")
    sources, targets = _row(_rows(text), "Sangare said that")
    assert "Pyotr Orlov" not in targets


def test_a_record_with_no_signed_writer_keeps_its_turns_as_they_are():
    text = _RECORD.format(slug="unsigned", state="Czechoslovak", title="President", other="Modibo Sangare", surname="Sangare",
                          city="Bamako", closing="")
    sources, targets = _row(_rows(text), "I replied")
    assert sources == []


_INTERVIEW = """source: https://example.org/oral-history/{slug}
Center for Oral History
Oral History Interview with {name}
Conducted by {interviewer} in {place}, on {day}

{asker}: Where were you when the news came?

{surname}: I was in my office. The cable came in the evening and I called the Secretary at once.
"""


@pytest.mark.parametrize(("name", "interviewer", "place", "day", "asker", "surname"), [
    ("Harold B. Kessler", "David G. McComb", "Austin, Texas", "March 12, 1970", "MCCOMB", "KESSLER"),
    ("Ruth A. Merrill", "Paige E. Mulhollan", "Independence, Missouri", "May 20, 1969", "MULHOLLAN", "MERRILL"),
])
def test_the_line_that_names_the_interviewer_and_the_day_is_his_interview(name, interviewer, place, day, asker, surname):
    text = _INTERVIEW.format(slug=surname.lower(), name=name, interviewer=interviewer, place=place, day=day, asker=asker, surname=surname)
    rows = _rows(text)
    assert _row(rows, "Conducted by") == ([interviewer], [name])
    assert _row(rows, f"{asker}:")[0] == [interviewer]  # the turn labelled with his surname: his, by his full name


_THIRD_PERSON = """source: https://example.org/document/note-on-a-conversation-{slug}
May 12, 1977
Note on the Conversation of Comrade {first} with Comrade {second}

Skip to content

NOTE
on the conversation of Comrade {first} with Comrade {second} on 11 May 1977

Comrade {second_surname} said that the harvest had failed in the north and that the party needed grain.

He informed Comrade {first_surname} that a delegation would travel to the capital in June.

Comrade {first_surname} assured him that the request would be put before the leadership.

He informed Comrade {second_surname} that a first shipment had already been approved.
"""


@pytest.mark.parametrize(("first", "second"), [
    ("Hans Becker", "Joaquim Mendes"),
    ("Karel Hruška", "Samuel Odhiambo"),
])
def test_he_of_a_third_person_record_is_the_party_the_sentence_does_not_name(first, second):
    text = _THIRD_PERSON.format(slug="x", first=first, second=second, first_surname=first.split()[-1], second_surname=second.split()[-1])
    rows = _rows(text)
    assert _row(rows, f"He informed Comrade {first.split()[-1]}") == ([second], [first])
    assert _row(rows, f"He informed Comrade {second.split()[-1]}") == ([first], [second])


_RU_RECORD = """source: https://example.org/node/{slug}
Запись беседы посла СССР с президентом {other_gen} 12 марта 1966 г.

Секретно

Из дневника
{writer_gen}

ЗАПИСЬ БЕСЕДЫ
с президентом {other_ins}

12 марта 1966 г.

Принят {surname_ins} в президентском дворце по моей просьбе. Присутствовал министр иностранных дел {present}.

{surname} сказал, что урожай в этом году будет низким.

Я ответил, что вопрос будет изучен в Москве.

Посол СССР
{writer}
14.III.66
"""


def test_a_russian_record_opened_at_the_writers_request_is_his_meeting_and_the_one_present_joins_it():
    text = _RU_RECORD.format(slug="1", other_gen="К. Нкрумы", other_ins="Кваме Нкрумой", writer_gen="П. С. ОРЛОВА",
                             surname_ins="Нкрумой", present="Дж. Оньянго", surname="Нкрума", writer="П. ОРЛОВ")
    result = process_seed("x.txt", text.encode())
    rows = result.events.to_pylist()
    opening = next(r for r in rows if r["evidence_text"].startswith("Принят"))
    assert "П. Орлов" in opening["target_names"] and "Дж. Оньянго" in opening["target_names"]  # the signer's capitals folded
    assert not any(r["evidence_text"].startswith("Присутствовал") for r in rows)  # told with the meeting


_RU_UNKNOWN = """source: https://example.org/node/{slug}
Запись беседы посла СССР в {state} {writer_gen} с {office} {other_ins}, 3 октября 1968 г.

Из дневника
{writer_gen_caps}

ЗАПИСЬ БЕСЕДЫ
с {office} {other_ins}

3 октября посетил {surname_gen} и вручил ему памятную записку Советского правительства.

{surname} поблагодарил и сказал, что ответит после заседания кабинета.

Он напомнил, что парламент обсуждал этот вопрос на прошлой неделе.

В ответ на мой вопрос о переговорах {office_nom} заявил, что делегация уже выехала.

Посол СССР
{writer}
"""


@pytest.mark.parametrize(("state", "writer_gen", "writer_gen_caps", "writer", "office", "office_nom", "other_ins", "surname_gen", "surname", "other"), [
    ("Швеции", "П. С. Орлова", "П. С. ОРЛОВА", "П. ОРЛОВ", "премьер-министром Швеции", "премьер-министр", "Р. Хольмквистом",
     "Хольмквиста", "Хольмквист", "Р. Хольмквист"),
    ("Замбии", "И. Н. Зотова", "И. Н. ЗОТОВА", "И. ЗОТОВ", "министром иностранных дел Замбии", "министр", "Т. Мвангой",
     "Мвангу", "Мванга", "Т. Мванга"),
])
def test_a_russian_record_with_one_the_gazetteer_does_not_know_reads_him_from_its_heading(
        state, writer_gen, writer_gen_caps, writer, office, office_nom, other_ins, surname_gen, surname, other):
    text = _RU_UNKNOWN.format(slug=surname, state=state, writer_gen=writer_gen, writer_gen_caps=writer_gen_caps, writer=writer,
                              office=office, office_nom=office_nom, other_ins=other_ins, surname_gen=surname_gen, surname=surname)
    rows = _rows(text)
    writer = writer.title()  # the signer written in capitals is read in the case the page writes his name in elsewhere
    assert _row(rows, f"{surname} поблагодарил") == ([other], [writer])  # his name in the nominative, from the body
    assert _row(rows, "Он напомнил") == ([other], [writer])  # "он": the other party, to the writer
    assert _row(rows, "В ответ на мой вопрос") == ([other], [writer])  # his office: he
    assert _row(rows, "3 октября посетил") == ([writer], [other])  # the writer's act, to him; the memorandum's sender no party


_ADST = """source: https://example.org/oral-history/{slug}
The Association for Diplomatic Studies and Training
Foreign Affairs Oral History Project

{rank} {name_caps}

Interviewed by: {interviewer}
Initial interview date: {day}

Q: Where were you when the coup came?

{surname}: I was in the consulate. The army took the radio station that night.
"""


@pytest.mark.parametrize(("rank", "name_caps", "name", "surname"), [
    ("CONSUL", "ROBERT T. HALLORAN", "Robert T. Halloran", "HALLORAN"),
    ("COUNSELOR", "EDITH M. VARGA", "Edith M. Varga", "VARGA"),
    ("AMBASSADOR", "JAMES P. OKAFOR", "James P. Okafor", "OKAFOR"),
])
def test_the_rank_over_an_interviews_head_is_no_part_of_the_name(rank, name_caps, name, surname):
    text = _ADST.format(slug=surname.lower(), rank=rank, name_caps=name_caps, interviewer="Margaret L. Dwyer", day="May 3, 1994",
                        surname=surname)
    rows = _rows(text)
    assert _row(rows, "Initial interview date") == (["Margaret L. Dwyer"], [name])
    # the answer turn is no row of its own (test_oral_history_answers): the name is checked on the head's row above
    assert f"{surname}: I was in the consulate. The army took the radio station that night." not in rows


_RU_TWO_WORD_NAME = """source: https://example.org/node/{slug}
Запись беседы посла СССР в {state} {writer_gen} с {office} {other_ins}, 9 мая 1970 г.

Из дневника
{writer_gen_caps}

ЗАПИСЬ БЕСЕДЫ
с {office} {state} {other_ins}

9 мая был принят {office} в правительственном дворце.

Вручил {office_dat} послание Председателя Совета Министров СССР А. Н. Косыгина и сообщил, что делегация готова выехать.

{surname} поблагодарил и сказал, что ответит на следующей неделе.

Я обещал доложить в Москву.

Посол СССР в {state}
{writer}
"""


@pytest.mark.parametrize(("state", "writer_gen", "writer_gen_caps", "writer", "office", "office_dat", "other_ins", "surname", "other"), [
    ("Панаме", "Л. Н. Сухова", "Л. Н. СУХОВА", "Л. СУХОВ", "президентом", "президенту", "Р. А. Мендосой Арройо", "Мендоса Арройо",
     "Р. А. Мендоса Арройо"),
    ("Перу", "О. П. Климова", "О. П. КЛИМОВА", "О. КЛИМОВ", "премьер-министром", "премьер-министру", "Х. Торресом Вальдесом",
     "Торрес Вальдес", "Х. Торрес Вальдес"),
])
def test_a_russian_record_reads_a_surname_of_two_words_and_the_heading_office_as_the_one_he_talked_with(
        state, writer_gen, writer_gen_caps, writer, office, office_dat, other_ins, surname, other):
    text = _RU_TWO_WORD_NAME.format(slug=surname.split()[0], state=state, writer_gen=writer_gen, writer_gen_caps=writer_gen_caps,
                                    writer=writer, office=office, office_dat=office_dat, other_ins=other_ins, surname=surname)
    rows = _rows(text)
    writer = writer.title()  # the signer written in capitals is read in the case the page writes his name in elsewhere
    assert _row(rows, f"{surname} поблагодарил") == ([other], [writer])  # the two words of his surname, in the nominative
    assert sorted(_row(rows, "9 мая был принят")[0] + _row(rows, "9 мая был принят")[1]) == sorted([other, writer])  # he received the writer
    assert _row(rows, "Вручил") == ([writer], [other, "Alexei Kosygin"])  # his office names him; the one whose message it
    # carries a party too, as the dev gold's "a short message from Brezhnev to the President" (147 E2)
    assert _row(rows, "Я обещал") == ([writer], [other])  # the writer's promise, to him


@pytest.mark.parametrize("day", ["Monday", "Tuesday", "Thursday", "Sunday"])
def test_a_surname_after_a_weekday_is_the_one_the_page_named_in_full(day):
    text = ("source: https://example.org/document/information-coup\nInformation on the coup\n\n"
            "Late on Saturday, 6 March, troops loyal to General Okello Mabuye seized the barracks.\n\n"
            f"On {day} Mabuye announced that he would hold power only until free elections.\n\nKampala, 12 March 1971\n")
    rows = _rows(text)
    assert _row(rows, f"On {day} Mabuye")[0] == ["Okello Mabuye"]


@pytest.mark.parametrize(("line", "surname", "full"), [
    ("Turkish Ambassador Melek Arsanoglu", "Arsanoglu", "Melek Arsanoglu"),
    ("Greek Foreign Minister Nikos Petralias", "Petralias", "Nikos Petralias"),
    ("Austrian Ambassador Oskar Thalberger, Embassy of Austria", "Thalberger", "Oskar Thalberger"),
])
def test_a_participant_listed_with_a_states_title_is_named_later_by_his_surname(line, surname, full):
    from pipeline.extract.events.common import page_names
    participants = f"PARTICIPANTS\nUnder Secretary of State Harold P. Wendt\n{line}\nRichard T. Moss, Country Director\n"
    assert page_names([participants, f"{surname} said that the cabinet would be formed."]).get(surname) == full


_ZH_REPORT = """source: https://example.org/zh/document/{slug}
驻{country}使馆关于{country}局势的报告

（一九七二年三月九日）

外交部：

一、三月五日，{officer}将军将全部权力移交给{other}上校。

二、今天上午，我大使拜会外交部秘书长，表示慰问。

驻{country}使馆
三月九日
"""


@pytest.mark.parametrize(("country", "officer", "other"), [("塞内加尔", "迪奥普", "萨尔"), ("布基纳法索", "卡博雷", "韦德拉奥果")])
def test_a_chinese_reports_act_of_others_is_not_its_embassys(country, officer, other):
    rows = _rows(_ZH_REPORT.format(slug=country, country=country, officer=officer, other=other))
    embassy = _row(rows, "三月九日")[0]  # the report's signed foot line, its sending: the embassy's
    assert embassy and all("Embassy" in n or "使馆" in n for n in embassy)
    sources, targets = _row(rows, "一、三月五日")
    assert not set(embassy) & set(sources + targets)  # the generals' act, which the embassy only reports


_RU_TURNS = """source: https://example.org/node/{slug}
Запись беседы посла СССР в {state} {writer_gen} с {office} {other_ins}, 5 мая 1971 г.

Из дневника
{writer_gen_caps}

ЗАПИСЬ БЕСЕДЫ
с {office} {other_ins}

5 мая посетил {office_acc} в его резиденции.

Передал {office_dat} приглашение Советского правительства посетить СССР.

{surname} ответил, что принимает приглашение.

{office_cap} рассказал, что правительство готовит закон о земельной реформе.

Я заверил {office_acc}, что доложу о его просьбе в Москву.

Посол СССР
{writer}
"""


@pytest.mark.parametrize(("state", "writer_gen", "writer_gen_caps", "writer", "office", "office_acc", "office_dat", "office_cap",
                          "other_ins", "surname", "other"), [
    ("Чили", "С. Т. Белова", "С. Т. БЕЛОВА", "С. БЕЛОВ", "президентом", "президента", "президенту", "Президент", "Х. Мартинесом",
     "Мартинес", "Х. Мартинес"),
    ("Гане", "В. К. Егорова", "В. К. ЕГОРОВА", "В. ЕГОРОВ", "министром", "министра", "министру", "Министр", "К. Бонсу", "Бонсу",
     "К. Бонсу"),
])
def test_a_russian_records_turns_told_by_the_heading_office_are_between_the_writer_and_him(
        state, writer_gen, writer_gen_caps, writer, office, office_acc, office_dat, office_cap, other_ins, surname, other):
    """A record whose body names the other party only by the office its heading gives him ("президенту"): the writer's
    subjectless "Передал ...", his "Я заверил ...", and the office's "рассказал, что ..." are turns between the two; the
    government whose invitation he carries is no party to it."""
    text = _RU_TURNS.format(slug=writer, state=state, writer_gen=writer_gen, writer_gen_caps=writer_gen_caps, writer=writer,
                            office=office, office_acc=office_acc, office_dat=office_dat, office_cap=office_cap, other_ins=other_ins, surname=surname)
    rows = _rows(text)
    writer = writer.title()  # the signer written in capitals is read in the case the page writes his name in elsewhere
    assert _row(rows, "Передал") == ([writer], [other])
    assert _row(rows, f"{office_cap} рассказал") == ([other], [writer])
    assert _row(rows, "Я заверил") == ([writer], [other])


_CHARGE = """source: https://example.org/document/record-conversation-chargé-{slug}
Record of Conversation between the Hungarian Chargé d'Affaires and {heading}

Skip to content

Legation of the Hungarian People's Republic
Colombo

RECORD
of a conversation with {body_name}, Minister of Foreign Affairs

On Monday, 6 March, I was received by the Minister of Foreign Affairs, {body_name}, at his office.

{surname} said that the former Prime Minister, Mrs. Bandaranaike, had been placed under house arrest. Mrs. Bandaranaike
and two of her ministers were being kept at her residence.

I told the Minister that my government regarded the matter as an internal affair.

I asked whether the trade agreement signed in January would remain in force.

Before leaving I invited the Minister to a concert at the legation; he accepted.

Colombo, 8 March 1961

Géza Kovács
Chargé d'Affaires a.i.
"""


@pytest.mark.parametrize(("heading", "body_name", "surname"), [
    ("Ceylonese Foreign Minister Ranjit Perera", "Dr. Ranjit Perera", "Perera"),
    ("Ceylonese Minister of State Ranjit Perera", "Dr. Ranjit Perera", "Perera"),
])
def test_a_heading_naming_the_other_party_by_office_and_name_makes_him_the_one_each_turn_is_told_to(heading, body_name, surname):
    text = _CHARGE.format(slug=surname.lower(), heading=heading, body_name=body_name, surname=surname)
    rows = _rows(text)
    # the heading's office before his name ("Ceylonese Foreign Minister") is no part of it: he is the one the body names,
    # and "the Minister" the writer speaks to is he, not the former Prime Minister his turn spoke of (one the gazetteer knows)
    for opening in ("I told the Minister", "I asked whether", "Before leaving I invited"):
        sources, targets = _row(rows, opening)
        assert sources == ["Géza Kovács"] and targets == ["Ranjit Perera"], (opening, sources, targets)


_AUDIENCE = """source: https://example.org/document/record-conversation-polish-ambassador-kofi-mensah
Record of Conversation between the Polish Ambassador and Kofi Mensah

Skip to content

Embassy of the Polish People's Republic
Lomé

RECORD OF CONVERSATION

On 9 May I was received by Kofi Mensah, Minister of Foreign Affairs, at the ministry.

Mensah thanked me for the visit. He said that the clashes on the northern border had worsened again since the guerrilla attacks of April.

I pointed out that the obligations of the trade agreement signed in Warsaw had been broken by the importers.

I asked whether the agreement on the cement works signed in March would remain in force.

Lomé, 11 May 1974

Jerzy Nowicki
Ambassador
"""


def test_turns_filed_as_other_acts_keep_the_listener_only_where_a_verb_addresses_him():
    rows = _rows(_AUDIENCE)
    writer, other = "Jerzy Nowicki", "Kofi Mensah"
    # a plain saying of the other party, whatever act its words tell, is his alone; so is the writer's own declaring;
    # his question goes to the one he talks with
    assert writer not in _row(rows, "He said that the clashes")[1]
    sources, targets = _row(rows, "I pointed out")
    assert sources == [writer] and other not in targets, (sources, targets)
    assert _row(rows, "I asked whether") == ([writer], [other])


_RECORD_WITH_MINISTER = """source: https://example.org/document/record-of-conversation-{slug}
Record of Conversation between the {state} Ambassador and {adjective} Foreign Minister {other}

Skip to content

Embassy of the {state} People's Republic
{city}

MINUTES
of the conversation with the Minister of Foreign Affairs, {other}

On Tuesday, 6 May 1969, I was received by the Minister at the Ministry.

He told me that the harvest had failed in the north.

I replied that I would inform my government without delay.

Ambassador

{writer}

{city}, 7 May 1969
"""


@pytest.mark.parametrize(("state", "adjective", "other", "surname", "city", "writer"), [
    ("Romanian", "Tunisian", "Habib Salah Mokni", "Mokni", "Tunis", "Vasile Dumitrescu"),
    ("Bulgarian", "Senegalese", "Mamadou Diallo Ndiaye", "Ndiaye", "Dakar", "Petko Marinov"),
])
def test_the_other_party_is_the_name_after_the_office_the_heading_gives_him(state, adjective, other, surname, city, writer):
    """The heading names the one the envoy talked with by his state's office and a name the gazetteer lacks ("and
    Tunisian Foreign Minister Habib Salah Mokni"): he is the other party, whose "He told me" is his turn to the writer."""
    rows = _rows(_RECORD_WITH_MINISTER.format(slug=surname.lower(), state=state, adjective=adjective, other=other, city=city,
                                              writer=writer))
    assert _row(rows, "He told me") == ([other], [writer])
    assert _row(rows, "I replied") == ([writer], [other])


def test_the_writers_second_verb_is_his_turn_to_those_his_first_verb_named():
    """"I conveyed to the Minister the greetings of Comrade X, ..., and stated that ...": the envoy speaks, to the Minister
    and of the one whose greetings he brings; the sender of the greetings is no subject of the second verb."""
    text = _RECORD_WITH_MINISTER.format(slug="ndiaye", state="Bulgarian", adjective="Senegalese", other="Mamadou Diallo Ndiaye",
                                        city="Dakar", writer="Petko Marinov").replace(
        "I replied that",
        "I conveyed to the Minister the greetings of Comrade Ivan Bashev, Minister of Foreign Affairs, and stated that Bulgaria "
        "supported the fishing limit.\n\nI replied that")
    sources, targets = _row(_rows(text), "I conveyed")
    assert sources == ["Petko Marinov"]
    assert "Ivan Bashev" in targets
