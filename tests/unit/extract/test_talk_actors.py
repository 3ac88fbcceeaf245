"""The actors of talk: who speaks a turn and to whom, who "both sides" are, whose "he" a reported plan is, and who
signed a record at its foot in capitals. Each rule is checked on paraphrases: other names, dates and languages."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.names import signed_person
from pipeline.normalize.offices import participant_in_office
from tests.unit.extract.papers import paper


def _rows(title: str, texts: list[str], language: str, day: date, senders: list[str] | None = None) -> list:
    """The events of a record made of these passages, each with the words of its evidence."""
    doc = paper(texts, kind="record_of_conversation", day=day, language=language, title=title, senders=senders, gap=1)
    events = list(extract_events(doc))
    for e in events:
        e.words = texts[e.block][e.evidence_start: e.evidence_end]
    return events


def _of(rows: list, words: str) -> list[tuple[list[str], list[str]]]:
    return [(list(e.sources), list(e.targets)) for e in rows if words in e.words]


@pytest.mark.parametrize(("title", "turn", "language", "day", "speaker", "listener"), [
    ("Conversation between Lyndon B. Johnson and Dean Rusk", "RUSK: Mr. President, Admiral Sharp called McNamara "
     "about an hour ago and the destroyers reported a second attack.", "en", date(1964, 8, 4), "Dean Rusk", "Lyndon B. Johnson"),
    ("Conversation between Andrei Gromyko and Dean Rusk", "GROMYKO: Mr. Secretary, the Soviet government has studied "
     "your proposals on Berlin with great attention.", "en", date(1962, 9, 30), "Andrei Gromyko", "Dean Rusk"),
    ("周恩来总理接见巴基斯坦外长布托谈话记录", "周总理：欢迎外长阁下。两国边界协定本月二日在北京签字，这是一件大事。", "zh",
     date(1963, 3, 4), "Zhou Enlai", "Zulfikar Ali Bhutto"),
])
def test_a_turn_that_calls_or_welcomes_the_other_party_is_said_to_him(title, turn, language, day, speaker, listener):
    rows = _of(_rows(title, [turn], language, day), turn[:12])
    assert any(s == [speaker] and listener in t for s, t in rows), rows


@pytest.mark.parametrize(("label", "day", "participants", "holder"), [
    ("THE PRESIDENT", date(1964, 8, 4), ["Lyndon B. Johnson", "Dean Rusk"], "Lyndon B. Johnson"),
    ("The President", date(1962, 10, 18), ["John F. Kennedy", "Andrei Gromyko"], "John F. Kennedy"),
    ("THE SECRETARY OF STATE", date(1964, 8, 4), ["Lyndon B. Johnson", "Dean Rusk"], "Dean Rusk"),
])
def test_a_turn_labelled_with_an_office_is_the_participant_who_held_it(label, day, participants, holder):
    assert participant_in_office(label, day, participants) == holder


def test_an_office_no_participant_held_names_no_speaker():
    assert participant_in_office("THE PRESIDENT", date(1964, 8, 4), ["Dean Rusk", "Anatoly Dobrynin"]) is None


def test_a_transcripts_office_label_speaks_the_turn():
    rows = _rows("Conversation between Lyndon B. Johnson and Dean Rusk",
                 ["THE PRESIDENT: Well, I want the leadership down here at six tonight and I will talk to them myself.",
                  "RUSK: I have already told Mansfield about the meeting this evening."], "en", date(1964, 8, 4))
    assert any("Lyndon B. Johnson" in s for s, _ in _of(rows, "THE PRESIDENT")), _of(rows, "THE PRESIDENT")
    assert not any("THE PRESIDENT" in s for s, _ in _of(rows, "THE PRESIDENT"))


@pytest.mark.parametrize(("title", "texts", "language", "day", "sides"), [
    ("Record of the conversation between Comrade Erich Honecker and Comrade Gustáv Husák",
     ["Comrade Honecker welcomed Comrade Husák and stated that the Politburo had discussed the visit.",
      "Both sides agreed to sign the agreement during the next visit."], "en", date(1977, 9, 13), {"Erich Honecker", "Gustáv Husák"}),
    ("Запись беседы посла СССР А. М. Пузанова с Ким Ир Сеном",
     ["Ким Ир Сен принял меня и сообщил, что делегация прибыла.",
      "Обе стороны согласились подписать соглашение во время следующего визита."], "ru", date(1959, 10, 2),
     {"Alexander Puzanov", "Kim Il Sung"}),
    ("Record of Conversation between Soviet Ambassador S. V. Chervonenko and Vice Premier Chen Yi",
     ["Chen Yi said that the Chinese side had studied the proposal.",
      "The two sides agreed to hold the next meeting on 20 November."], "en", date(1961, 11, 14), {"Stepan Chervonenko", "Chen Yi"}),
])
def test_both_sides_of_a_talk_of_two_are_its_two_people(title, texts, language, day, sides):
    rows = _of(_rows(title, texts, language, day), texts[1][:15])
    assert any(set(s) == sides for s, _ in rows), rows


@pytest.mark.parametrize(("text", "language", "day", "sayer"), [
    ("Субандрио заявил, что в конце мая он посетит Москву для переговоров о кредите.", "ru", date(1961, 4, 12), "Subandrio"),
    ("布托表示，他明天将去上海参观，然后回国。", "zh", date(1963, 3, 4), "Zulfikar Ali Bhutto"),
    ("Sukarno stated that at the end of May he would visit Moscow for talks on the credit.", "en", date(1961, 4, 12), "Sukarno"),
])
def test_he_in_a_plan_a_speaker_reports_is_the_speaker(text, language, day, sayer):
    rows = [e for e in _rows("Record of conversation", [text], language, day) if e.date_kind == "undated"]
    assert rows and all(list(e.sources) == [sayer] for e in rows), [(e.sources, e.words) for e in rows]


@pytest.mark.parametrize(("line", "name"), [
    ("Н. МИХАЙЛОВ", "Nikolai Mikhailov"),
    ("ПОСОЛ СССР В КНР  П. ЮДИН", "Pavel Yudin"),
    ("A. PUZANOV", "Alexander Puzanov"),
    ("ПОСОЛ СССР В КНДР  А. ПУЗАНОВ", "Alexander Puzanov"),
])
def test_a_signature_in_capitals_names_its_writer(line, name):
    signer = signed_person(line)
    assert signer is not None and signer.name == name


@pytest.mark.parametrize("line", ["S H T Y K O V", "ПОСОЛ СССР В ИНДОНЕЗИИ", "И. ИВАНОВ", "Москва, 14 апреля"])
def test_a_line_that_signs_no_known_person_names_none(line):
    assert signed_person(line) is None


@pytest.mark.parametrize(("text", "host"), [
    ("Сукарно принял меня во дворце Мердека по моей просьбе.", "Sukarno"),
    ("Ким Ир Сен принял меня в здании ЦК партии.", "Kim Il Sung"),
])
def test_me_in_a_russian_record_is_its_writer(text, host):
    rows = _of(_rows("ЗАПИСЬ БЕСЕДЫ", [text], "ru", date(1961, 4, 12), senders=["Nikolai Mikhailov"]), text[:10])
    assert any(host in s and "Nikolai Mikhailov" in t for s, t in rows), rows


@pytest.mark.parametrize(("text", "speaker"), [
    ("Вчера тов. Ульбрихт в беседе со мной вновь поставил вопрос о заключении мирного договора.", "Walter Ulbricht"),
    ("Вчера Сукарно в беседе с нами вновь поставил вопрос о поставках самолетов.", "Sukarno"),
])
def test_with_me_in_a_russian_report_makes_the_writer_the_one_told(text, speaker):
    rows = _of(_rows("Записка", [text], "ru", date(1961, 4, 14), senders=["Mikhail Pervukhin"]), text[:10])
    assert any(speaker in s and "Mikhail Pervukhin" in t for s, t in rows), rows
