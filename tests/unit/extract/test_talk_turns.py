"""Turns of a talk a cable tells, dated by the talk: a talk opened by a phrase that names it with the writer and its day
("In a conversation with me yesterday, the Minister, Mr. X, said ..."), after a story the cable told of the day before;
a turn that asks for a thing to come ("He asked that the visit, planned for March, be put off"); a saying whose words tell
an act of another day after a look back in the pluperfect; and the Chinese cable's talk opened by a day counted from the
cable's ("昨日上午，X约见Y，……。X说，……"); a record's English turn whose words tell only an earlier day ("X said that
the troops had crossed the river on 20 February"), its saying on the talk's day too. Sentences of our own, not the pages the rules were found on."""

from datetime import date

from pipeline.seed import process_seed
from tests.unit.extract.cables import frus_cable_events


def _rows(number: int, country: str, line: str, body: str) -> list[dict]:
    return frus_cable_events(number, country, line, body, volume="frus1955-57v07", volume_title=None)


def _dated(rows: list[dict], words: str) -> list[tuple]:
    return [(r["start_date"], r["end_date"]) for r in rows if r["evidence_text"].lstrip().startswith(words)]


def test_a_talk_named_with_the_writer_after_yesterdays_story_is_of_the_cables_day():
    rows = _rows(61, "Laos", "Vientiane, April 9, 1957, 4 p.m.",
                 "412. 1. Yesterday the Assembly voted the budget by a narrow margin.\n\n"
                 "2. In a conversation with me today, the Foreign Minister, Phoui Sananikone, assured me that the talks would go on. "
                 "He asked that the visit of our economic mission, which had been planned for May, be put off.\n\nParsons\n")
    today = date(1957, 4, 9)
    assert _dated(rows, "He asked that") == [(today, today)]
    assert all(d == (today, today) for d in _dated(rows, "In a conversation with me today"))


def test_a_telling_after_a_look_back_in_the_pluperfect_is_of_the_cables_day():
    rows = _rows(62, "Jordan", "Amman, March 6, 1957, 7 p.m.",
                 "233. According to the palace, the cabinet resigned after the army had occupied the radio station on the "
                 "evening of 2 March.\n\nThe Chamberlain told me that on 4 March the King had summoned the party leaders.\n\nMallory\n")
    assert (date(1957, 3, 6), date(1957, 3, 6)) in _dated(rows, "The Chamberlain told me")
    assert (date(1957, 3, 2), date(1957, 3, 2)) not in _dated(rows, "The Chamberlain told me")


_ZH_CABLE = (
    "source: https://digitalarchive.wilsoncenter.org/document/telegram-chinese-embassy-{number}\n"
    "驻缅甸使馆致外交部电\n（1960年5月14日）\n\n外交部：\n\n"
    "一、{first}\n\n二、总理府发表公报。\n\n驻缅甸使馆\n1960年5月14日\n"
)


def _zh_rows(number: int, first: str) -> list[dict]:
    text = _ZH_CABLE.format(number=number, first=first)
    return process_seed(f"{number}_zh-dianbao.txt", text.encode()).events.to_pylist()


def test_a_chinese_cables_talk_and_its_turns_are_of_the_day_it_opens_with():
    rows = _zh_rows(63, "昨日上午，缅外长吴敏登约见我大使，感谢陈毅副总理5月2日在大会上的讲话，并表示缅方将坚持中立。"
                        "吴敏登说，英国已于本月初撤走其顾问。")
    talk = date(1960, 5, 13)
    met = [r for r in rows if "约见" in r["evidence_text"] and r["start_date"] == talk]
    assert [(r["source_names"], r["target_names"]) for r in met] == [(["缅外长吴敏登"], ["我大使"])]  # who met whom, as written
    assert (talk, talk) in _dated(rows, "吴敏登说")
    assert any(r["start_date"] == date(1960, 5, 1) for r in rows if "撤走" in r["evidence_text"])  # the act told keeps its days


def test_a_chinese_turn_with_no_talk_opened_before_it_gives_no_saying_of_another_day():
    rows = _zh_rows(64, "吴敏登说，英国已于本月初撤走其顾问。")
    assert all(r["start_date"] != date(1960, 5, 13) for r in rows)


def test_the_turns_after_a_talk_opened_under_the_cables_number_and_its_points_number_are_of_the_talks_day():
    rows = _rows(65, "Egypt", "Cairo, June 3, 1956—8 p.m.",
                 "2871. 1. Foreign Minister Fawzi received me this morning at the Ministry for half an hour. He told me "
                 "frankly that Egypt would not accept the plan. I urged him to keep the door open. He answered that he "
                 "would think it over.\n\nByroade\n")
    day = date(1956, 6, 3)
    for words in ("He told me frankly", "I urged him", "He answered that"):
        assert _dated(rows, words) == [(day, day)], words


_NOTE = (
    "source: https://digitalarchive.wilsoncenter.org/document/note-conversation-{number}\n"
    "Skip to content\n\n"
    "Note on the Conversation of Comrade Erich Honecker with Comrade Agostinho Neto\n\n"
    "Note\non the conversation of Comrade Erich Honecker with Comrade Agostinho Neto, President of Angola\n\n"
    "The conversation took place on 5 March 1979 in the building of the Central Committee.\n\n"
    "Comrade Neto thanked the SED for its help.\n\n{turn}\n\nBerlin, 6 March 1979\n"
)


def test_a_records_turn_that_tells_a_plan_is_said_on_the_day_of_the_conversation():
    turn = ("Comrade Honecker declared the readiness of the GDR to extend its aid and informed the delegation that a "
            "government delegation would travel to Luanda in June.")
    rows = process_seed("66_wilson-note.txt", _NOTE.format(number=66, turn=turn).encode()).events.to_pylist()
    day = date(1979, 3, 5)
    assert (day, day) in _dated(rows, "Comrade Honecker declared")


def test_an_english_records_turn_whose_words_tell_an_earlier_day_is_said_on_the_talks_day():
    turn = ("Comrade Neto said that South African troops had crossed the Cunene on 20 February. "
            "He asked about the lorries promised in the talks of November 1978.")
    rows = process_seed("68_wilson-note.txt", _NOTE.format(number=68, turn=turn).encode()).events.to_pylist()
    day = date(1979, 3, 5)
    assert (day, day) in _dated(rows, "Comrade Neto said")  # the saying, at the talk
    assert (date(1979, 2, 20), date(1979, 2, 20)) in _dated(rows, "Comrade Neto said")  # the act it tells keeps its day
    assert (day, day) in _dated(rows, "He asked")
    said = next(r for r in rows if r["evidence_text"].startswith("Comrade Neto said") and r["start_date"] == day)
    assert said["source_names"] == ["Agostinho Neto"]


def test_an_english_records_act_of_a_day_counted_back_is_no_saying_at_the_talk():
    turn = "Yesterday Comrade Neto handed our ambassador a note on the deliveries of 20 February."
    rows = process_seed("69_wilson-note.txt", _NOTE.format(number=69, turn=turn).encode()).events.to_pylist()
    assert (date(1979, 3, 5), date(1979, 3, 5)) not in _dated(rows, "Yesterday Comrade Neto")


_DIARY = (
    "source: https://digitalarchive.wilsoncenter.org/document/iz-dnevnika-posla-{number}\n"
    "Из дневника посла СССР в Индии И. А. Бенедиктова\n\n"
    "Запись беседы с премьер-министром Индии Дж. Неру\n\n"
    "5 апреля 1960 г.\n\n"
    "Сегодня был принят Дж. Неру по его просьбе. Беседа проходила в его резиденции.\n\n{turn}\n\n"
    "Я ответил, что доложу об этом в Москву.\n\n"
    "АВП РФ, ф. 090, оп. 22, п. 50, д. 8, л. 10–12.\n"
)


def test_a_russian_records_turn_inside_a_passage_that_tells_an_act_of_another_day_is_said_on_the_talks_day():
    turn = "Неру сказал, что китайские войска заняли перевал 20 марта. Он просил ускорить поставку вертолетов, подписанную в январе 1960 г."
    rows = process_seed("67_ru-dnevnik.txt", _DIARY.format(number=67, turn=turn).encode()).events.to_pylist()
    day = date(1960, 4, 5)
    assert (day, day) in _dated(rows, "Неру сказал")
    assert (day, day) in _dated(rows, "Он просил")
    assert (date(1960, 3, 20), date(1960, 3, 20)) in _dated(rows, "Неру сказал")  # the act told keeps its day


_RU_RECORD = """source: https://istmat.org/node/99999
Из дневника посла СССР в Алжире Н. М. Пегова

Секретно

ИЗ ДНЕВНИКА
Н. М. ПЕГОВА

23 июня 1965 г.

Принял министра иностранных дел А. Бутефлику по его просьбе.

Бутефлика сообщил, что армия контролирует положение в стране.

По словам министра, вчера Революционный совет принял решение провести конференцию глав государств в Алжире.

Посол СССР в Алжире
Н. Пегов
"""


def test_an_act_told_on_anothers_word_is_its_own_row_alone():
    rows = process_seed("99999_ru-dnevnik.txt", _RU_RECORD.encode()).events.to_pylist()
    told = _dated(rows, "По словам министра") + _dated(rows, "вчера Революционный совет")
    assert (date(1965, 6, 22), date(1965, 6, 22)) in told  # the council's decision, on the day its sentence names
    assert (date(1965, 6, 23), date(1965, 6, 23)) not in told  # no turn of the minister's on the talk's day beside it
