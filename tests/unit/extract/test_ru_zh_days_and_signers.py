"""Russian cables and Chinese chronicles: a cable signed by its writer's surname in capitals, a chronicle's (年谱)
entries whose relative days and undated acts are of their own day, a person's state or its government no second
actor beside him, and "на днях" the few days before the writing."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.common import EventDraft
from pipeline.extract.events.passages import _own_states_off, _ru_met_name
from pipeline.parse import parse_text

CIPHER = """source: https://example.org/istmat/node/1
Шифртелеграмма посла СССР в Гане, 3 марта 1966 г.

ШИФРТЕЛЕГРАММА

Из Аккры
Отправлено 3.III.1966 г. 12 час. 05 мин.

Вчера меня принял председатель Совета национального освобождения генерал Анкра. Я сказал, что доложу об этом в Москву.

Советские специалисты в безопасности.

РОДИОНОВ

АВП РФ. Ф. 0573. Оп. 10. П. 20. Д. 6. Л. 30.
"""


def test_a_cable_signed_by_a_surname_in_capitals_was_sent_by_him():
    doc = parse_text(CIPHER)
    assert doc.document_type == "telegram"
    assert [n.casefold() for n in doc.sender_names] == ["родионов"], doc.sender_names


def test_a_classification_in_capitals_under_a_cable_signs_nothing():
    doc = parse_text(CIPHER.replace("РОДИОНОВ", "SECRET"))
    assert doc.sender_names != ["Secret"], doc.sender_names


NIANPU = """source: http://example.org/nianpu/1965/04.html
陈毅年谱（一九六五年四月）

一九六五年

四月十日　印度尼西亚外长苏班德里约到达北京。陈毅率领外交部负责人到机场迎接。

四月十二日　同苏班德里约会谈。苏班德里约表示，前天雅加达群众已举行集会支持中国。

四月十五日　缅甸总理奈温到达北京。昨日，陈毅致电奈温，表示欢迎。
"""


def _rows(text: str) -> list[tuple[str, date | None, date | None]]:
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def test_a_chronicle_entrys_relative_days_count_from_that_entrys_day():
    rows = _rows(NIANPU)
    assert any(ev.startswith("昨日，陈毅致电") and start == end == date(1965, 4, 14) for ev, start, end in rows), rows
    assert any("前天" in ev and start == end == date(1965, 4, 10) for ev, start, end in rows), rows


def test_a_chronicle_entrys_person_and_verb_is_an_act_of_its_day():
    rows = _rows(NIANPU)
    assert any(ev.startswith("陈毅率领外交部负责人") and start == end == date(1965, 4, 10) for ev, start, end in rows), rows


def test_a_persons_states_government_is_no_actor_beside_him():
    event = EventDraft(0, "statement", 0, 10, "tense_sentence", 0.4, sources=["Zhou Enlai", "Government of the People's Republic of China"])
    _own_states_off(event)
    assert event.sources == ["Zhou Enlai"]
    event = EventDraft(0, "statement", 0, 10, "tense_sentence", 0.4, sources=["Lon Nol", "Cambodia"], targets=["Norodom Sihanouk"])
    _own_states_off(event)
    assert (event.sources, event.targets) == (["Lon Nol"], ["Norodom Sihanouk"])
    event = EventDraft(0, "statement", 0, 10, "tense_sentence", 0.4, sources=["Zhou Enlai", "Government of India"])
    _own_states_off(event)
    assert event.sources == ["Zhou Enlai", "Government of India"]  # another state's government is a party


DIARY_CABLE = """source: https://example.org/istmat/node/2
Шифртелеграмма посла СССР в Конго, 9 февраля 1979 г.

ШИФРТЕЛЕГРАММА

Из Браззавиля
Отправлено 9.II.1979 г. 10 час. 00 мин.

На днях в Браззавиль прибыла делегация французских предпринимателей.

ПЕТРОВ
"""


def test_na_dnyakh_is_the_few_days_before_the_cable():
    rows = _rows(DIARY_CABLE)
    assert any(ev.startswith("На днях") and (start, end) == (date(1979, 2, 4), date(1979, 2, 8)) for ev, start, end in rows), rows


MET = """source: https://example.org/istmat/node/3
Шифртелеграмма посла СССР в Гвинее, 12 мая 1965 г.

ШИФРТЕЛЕГРАММА

Из Конакри
Отправлено 12.V.1965 г. 16 час. 20 мин.

Вчера президент Секу Туре выступил на митинге в Канкане.

Сегодня меня принял министр иностранных дел Гвинеи Л. Беавоги. Он заверил, что соглашение, подписанное в прошлом году, остается в силе.

ЗАХАРЧЕНКО
"""


def test_the_one_who_received_the_writer_is_the_person_not_his_state_and_his_turns_are_of_that_day():
    doc = parse_text(MET)
    rows = [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, e.sources + e.targets)
            for e in extract_events(doc)]
    met = [r for r in rows if r[0].startswith("Сегодня меня принял")]
    assert met and met[0][1] == date(1965, 5, 12) and "Guinea" not in met[0][3] \
        and "захарченко" in [n.casefold() for n in met[0][3]], rows
    assert any(ev.startswith("Он заверил") and start == end == date(1965, 5, 12) for ev, start, end, _ in rows), rows


def test_one_the_gazetteer_lacks_who_received_the_writer_is_named_after_his_office():
    assert _ru_met_name("Сегодня утром меня принял полковник Амаду Секу, назначенный главой правительства.") == "Амаду Секу"
    assert _ru_met_name("Вчера меня пригласил к себе премьер-министр.") is None


RECORD = """source: https://example.org/istmat/node/4
Запись беседы посла СССР в Мали с министром обороны, 14 апреля 1970 г.

Из дневника
Е. И. КОРОЛЕВА

14 апреля 1970 г.

Принял Б. Сиссоко по его просьбе в здании министерства. Беседа продолжалась около часа.

Сиссоко сообщил, что правительство готово продлить соглашение.

Е. КОРОЛЕВ
"""


def test_the_keepers_meeting_that_opens_a_record_is_on_the_records_day():
    rows = _rows(RECORD)
    assert any(ev.startswith("Принял Б. Сиссоко") and start == end == date(1970, 4, 14) for ev, start, end in rows), rows
