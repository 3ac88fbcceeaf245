"""Relative days anchored on the right day. The rule, in one place: a relative day a speaker names at a meeting, or the
narrative of a record names, counts from the day of the talk (the record's meeting day; Scope.talk), not from the last
date that happened to be written before it; a day before the talk that a sentence opens with is a look-back told at
the meeting and does not move the record to it. Only an explicit chain ("On 18 March ... the next day ...") counts
from the last day written (pipeline/normalize/dates.find_relative's offsets). Paraphrases in other names, places and
days than the pages the rule was found on."""

from datetime import date

import pytest

from pipeline.extract.events.tense_sentence import _turn_tells_its_period
from pipeline.extract.tense import read_cues
from pipeline.normalize.dates import find_dates, find_relative
from pipeline.seed import process_seed

_RECORD = (
    "source: https://digitalarchive.wilsoncenter.org/document/record-conversation-test-{number}\n"
    "Skip to content\n\n"
    "{heading}\n\n"
    "Record of Conversation between the Hungarian Ambassador in Cairo and Foreign Minister Mahmoud Fawzi\n\n"
    "Record\nof the conversation with the Foreign Minister\n\n"
    "{body}\n\n"
    "J. Szabó\nAmbassador\n"
)


def _rows(number: int, heading: str, body: str) -> list[dict]:
    text = _RECORD.format(number=number, heading=heading, body=body)
    return process_seed(f"{number}_wilson-record.txt", text.encode()).events.to_pylist()


def _days(rows: list[dict], words: str) -> list[tuple]:
    return [(r["start_date"], r["end_date"]) for r in rows if words in r["evidence_text"]]


@pytest.mark.parametrize(("look_back", "later", "day"), [
    ("On the morning of 3 March, when the strike began, he had called the governor and asked him to act.",
     "The Minister told me that the government will publish its reply.", date(1959, 3, 7)),
    ("On 2 March the cabinet had met in secret.",
     "He asked that our government examine the request at once.", date(1959, 3, 7)),
])
def test_a_look_back_inside_a_record_leaves_the_turns_on_the_talks_day(look_back, later, day):
    body = ("On 7 March at 10:00 I was received by Foreign Minister Fawzi at his office.\n\n"
            f"Fawzi spoke at length about the situation. {look_back}\n\n{later}")
    rows = _rows(901, "March 7, 1959", body)
    assert (day, day) in _days(rows, later[:30])
    assert all(start != date(1959, 3, 3) and start != date(1959, 3, 2) for start, _ in _days(rows, later[:30]))


def test_a_relative_day_a_speaker_names_counts_from_the_talk_not_from_a_look_back():
    body = ("On 7 March at 10:00 I was received by Foreign Minister Fawzi at his office.\n\n"
            "On the evening of 3 March, when the strike began, he had called the governor.\n\n"
            "Fawzi added that the day before yesterday he had met the Indian ambassador.")
    rows = _rows(902, "March 7, 1959", body)
    assert (date(1959, 3, 5), date(1959, 3, 5)) in _days(rows, "the day before yesterday")


@pytest.mark.parametrize(("text", "offsets"), [
    ("Fawzi added that the day before yesterday he had met the ambassador.", []),  # a relative day of the talk's
    ("The Minister left the day before the vote.", [-1]),  # an offset from a day the text names
    ("Позавчера министр принял посла, а накануне выступил по радио.", [-1]),
    ("前天部长会见了大使，次日离开开罗。", [1]),
])
def test_an_offset_inside_a_longer_relative_day_is_a_part_of_it(text, offsets):
    assert [r.days for r in find_relative(text)] == offsets


@pytest.mark.parametrize(("text", "year", "span"), [
    ("In the night of 14 to 15 March troops surrounded the palace.", 1959, (date(1959, 3, 14), date(1959, 3, 15))),
    ("During the night of 31 May to 1 June the garrison withdrew.", 1962, (date(1962, 5, 31), date(1962, 6, 1))),
    ("The talks went on from 29 April until 2 May.", 1957, (date(1957, 4, 29), date(1957, 5, 2))),
    ("В ночь с 31 мая на 1 июня гарнизон отошёл.", 1962, (date(1962, 5, 31), date(1962, 6, 1))),
    ("Переговоры шли с 29 апреля по 2 мая.", 1957, (date(1957, 4, 29), date(1957, 5, 2))),
    ("Встречу перенесли с 29 апреля на 2 мая.", 1957, (date(1957, 4, 29), date(1957, 4, 29))),  # a day moved, no span
    ("He flew to Delhi on 29 April and to Karachi on 2 May.", 1957, (date(1957, 4, 29), date(1957, 4, 29))),
])
def test_two_days_of_two_months_joined_as_one_span(text, year, span):
    first = find_dates(text, year)[0]
    assert (first.start_date, first.end_date) == span


_CABLE = (
    "source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-test-{number}\n"
    "Skip to content\n\n"
    "March 12, 1959\n\n"
    "Ciphered Telegram from the Hungarian Embassy in Baghdad to the Ministry of Foreign Affairs, Budapest\n\n"
    "Ciphered telegram No. 2207\nFrom: Baghdad\nSent: 12.3.1959, 22:10\n\n"
    "{body}\n\n"
    "Kovács\n"
)


def test_a_cable_that_opens_a_sentence_with_yesterday_tells_that_days_story():
    body = ("The situation in Mosul remains tense. Yesterday afternoon army units surrounded the barracks of the rebels. "
            "The commander's broadcast at 19:00 announced that the revolt had been crushed.\n\n"
            "General Qasim spent yesterday in Mosul and returned this morning to the capital.")
    text = _CABLE.format(number=903, body=body)
    rows = process_seed("903_wilson-ciphered-telegram.txt", text.encode()).events.to_pylist()
    assert (date(1959, 3, 11), date(1959, 3, 11)) in _days(rows, "broadcast at 19:00")  # the story's day, not the cable's
    assert (date(1959, 3, 11), date(1959, 3, 11)) in _days(rows, "spent yesterday")  # counted from the cable's day


@pytest.mark.parametrize("clause", [
    "The rebels held the bridge at first, but since 8 March they have been driven back into the hills.",
    "The strike spread quickly; since 8 March the workers have been returning to the factories.",
])
def test_a_clause_opened_by_since_and_a_day_is_a_course_to_the_writing_day(clause):
    text = _CABLE.format(number=904, body=f"The situation in Mosul remains tense. {clause}")
    rows = process_seed("904_wilson-ciphered-telegram.txt", text.encode()).events.to_pylist()
    days = _days(rows, "since 8 March")
    assert (date(1959, 3, 8), date(1959, 3, 12)) in days
    assert (date(1959, 3, 8), date(1959, 3, 8)) not in days  # the day names when the course began, no act of its own


_TRANSCRIPT = (
    "source: https://digitalarchive.wilsoncenter.org/document/transcript-conversation-test-{number}\n"
    "Skip to content\n\n"
    "{heading}\n\n"
    "{title}\n\n"
    "{place}\n\n"
    "{body}\n"
)


@pytest.mark.parametrize(("number", "heading", "title", "place", "body", "words", "day"), [
    (911, "June 18, 1984", "TRANSCRIPT\n\nof the conversation between Comrade Gustáv Husák and Comrade Mengistu Haile Mariam",
     "Prague, 18 June 1984, 11.00 hrs",
     "GUSTÁV HUSÁK: Welcome, Comrade Mengistu. Please tell us about the situation.\n\n"
     "MENGISTU HAILE MARIAM: Thank you. On 2 April the rebels attacked the garrison at Tessenei. "
     "Last week our army drove them back across the border.",
     "Last week", (date(1984, 6, 11), date(1984, 6, 17))),
    (912, "June 18, 1984", "TRANSCRIPT\n\nof the conversation between Comrade Gustáv Husák and Comrade Mengistu Haile Mariam",
     "Prague, 18 June 1984, 11.00 hrs",
     "GUSTÁV HUSÁK: Welcome, Comrade Mengistu. Please tell us about the situation.\n\n"
     "MENGISTU HAILE MARIAM: Thank you. On 2 April the rebels attacked the garrison at Tessenei.\n\n"
     "GUSTÁV HUSÁK: We shall help you. Our ministers signed yesterday the agreement on the delivery of tractors.",
     "signed yesterday", (date(1984, 6, 17), date(1984, 6, 17))),
])
def test_a_transcripts_turns_count_yesterday_and_last_week_from_the_talks_day_not_a_day_told(
        number, heading, title, place, body, words, day):
    text = _TRANSCRIPT.format(number=number, heading=heading, title=title, place=place, body=body)
    rows = process_seed(f"{number}_wilson-transcript.txt", text.encode()).events.to_pylist()
    assert day in _days(rows, words)


@pytest.mark.parametrize(("number", "heading", "title", "place", "body", "week", "yesterday"), [
    (913, "18 июня 1984 г.", "ЗАПИСЬ БЕСЕДЫ\n\nтоварища Г. Гусака с товарищем Менгисту Хайле Мариамом", "Прага, 18 июня 1984 года, 11.00",
     "Г. ГУСАК: Добро пожаловать, товарищ Менгисту. Расскажите, пожалуйста, о положении.\n\n"
     "МЕНГИСТУ ХАЙЛЕ МАРИАМ: Спасибо. 2 апреля мятежники напали на гарнизон в Тессенее. "
     "На прошлой неделе наша армия отбросила их за границу.\n\n"
     "Г. ГУСАК: Мы вам поможем. Наши министры вчера подписали соглашение о поставке тракторов.",
     "На прошлой неделе", "вчера подписали"),
    (914, "1984年6月18日", "谈话记录\n\n周恩来总理与阿尤布·汗总统的谈话", "1984年6月18日上午十时，北京",
     "周恩来：欢迎总统阁下。请您谈谈情况。\n\n"
     "阿尤布·汗：谢谢。4月2日叛军袭击了边境的哨所。上周我军把他们赶过了边境。\n\n"
     "周恩来：我们会帮助你们。两国部长昨天签订了关于供应拖拉机的协定。",
     "上周我军", "昨天签订"),
])
def test_a_russian_or_chinese_transcript_counts_its_relative_days_from_the_talks_day(
        number, heading, title, place, body, week, yesterday):
    text = _TRANSCRIPT.format(number=number, heading=heading, title=title, place=place, body=body)
    rows = process_seed(f"{number}_wilson-transcript.txt", text.encode()).events.to_pylist()
    assert _days(rows, week)[-1] == (date(1984, 6, 11), date(1984, 6, 17))  # the week before Monday 18 June, not before 2 April
    assert _days(rows, yesterday)[-1] == (date(1984, 6, 17), date(1984, 6, 17))


@pytest.mark.parametrize(("sentence", "language", "period"), [
    ("In conclusion Fawzi said that last week he had met the Indian ambassador.", "en", "last week"),
    ("The Minister said that last month the army withdrew two brigades from the border.", "en", "last month"),
    ("В заключение Фаузи сказал, что на прошлой неделе он встречался с послом Индии.", "ru", "на прошлой неделе"),
    ("Министр сообщил, что в прошлом месяце армия отвела две бригады от границы.", "ru", "в прошлом месяце"),
    ("周恩来说，上周陈毅副总理会见了布托外长。", "zh", "上周"),
])
def test_a_turn_that_says_an_act_of_last_week_gives_the_act_its_period_before_the_talk(sentence, language, period):
    cues = read_cues(sentence, language)
    said = next(c for c in cues if c.kind == "speech")
    when, _ = _turn_tells_its_period(sentence, cues, said)
    assert sentence[when.start: when.end] == period


@pytest.mark.parametrize(("sentence", "language"), [
    ("Fawzi said that last week the government will publish its reply.", "en"),  # no past act told
    ("Фаузи спросил, встречался ли посол с министром на прошлой неделе?", "ru"),  # a question
    ("周恩来说，我们将在下周讨论这个问题。", "zh"),  # a plan
])
def test_a_turn_that_names_a_period_with_no_past_act_told_in_it_gives_no_row_of_it(sentence, language):
    cues = read_cues(sentence, language)
    said = next((c for c in cues if c.kind == "speech"), None)
    assert _turn_tells_its_period(sentence, cues, said) is None


def test_a_russian_record_s_turn_dates_the_act_of_last_week_it_tells_by_the_talks_day():
    text = ("source: https://www.alexanderyakovlev.org/fond/issues-doc/99931\nЗАПИСЬ БЕСЕДЫ\n"
            "с министром иностранных дел ОАР Махмудом Фаузи\n\n7 марта 1959 года\n\n"
            "Был принят министром в его кабинете по моей просьбе.\n\n"
            "В заключение Фаузи сказал, что на прошлой неделе он встречался с послом Индии.\n\n"
            "Посол СССР в ОАР\nЕ. Киселев\n")
    rows = process_seed("99931_ru-zapis-besedy.txt", text.encode()).events.to_pylist()
    assert (date(1959, 2, 23), date(1959, 3, 1)) in _days(rows, "на прошлой неделе")


@pytest.mark.parametrize(("body", "words", "day"), [
    ("Fawzi said that the canal treaty, signed in Cairo on 12 February, was being observed; the last British "
     "technicians had left Ismailia ten days ago.", "the last British technicians", date(1959, 2, 25)),
    ("Fawzi said that the floods had ruined the cotton crop on 20 January and that his government had asked "
     "the World Bank for a loan a fortnight ago.", "his government had asked", date(1959, 2, 21)),
])
def test_an_offset_from_now_in_a_dated_sentence_counts_from_the_talk_not_the_written_date(body, words, day):
    """"... signed on 12 February ...; ... ten days ago": "ago" counts from the day the record speaks from, never from the
    date the same sentence writes."""
    rows = _rows(903, "March 7, 1959", "On 7 March at 10:00 I was received by Foreign Minister Fawzi at his office.\n\n" + body)
    assert (day, day) in _days(rows, words)
    assert all(start != date(1959, 2, 2) and start != date(1959, 1, 6) for start, _ in _days(rows, words))


@pytest.mark.parametrize(("text", "days"), [
    ("The embassy had asked for credit a fortnight ago.", -14),
    ("Two fortnights later the talks resumed.", 28),
    ("The mission returned a fortnight after that.", 14),
])
def test_a_fortnight_is_a_counted_unit_of_fourteen_days(text, days):
    assert [r.days for r in find_relative(text)] == [days]


_HISTORY = (
    "source: https://www.taylorfrancis.com/books/mono/test-history/chapter-{number}\n"
    "A History of the Coast Protectorate, 1950-1965\n"
    "3. The Strike\n"
    "p. 41\n\n"
    "{body}\n\n"
    "Cite\n"
)


def _history_rows(number: int, body: str) -> list[dict]:
    text = _HISTORY.format(number=number, body=body)
    return process_seed(f"{number}_book-history.txt", text.encode()).events.to_pylist()


@pytest.mark.parametrize("aside", [
    "who had gone to Nairobi in late February",
    "who had flown to Nairobi on 25 February",
])
def test_a_look_back_aside_is_no_anchor_for_the_main_clauses_same_day(aside):
    """"X, who had left ... at the end of November, proclaimed ... the same day": the main clause's day counts from the
    nearest day the text stated before (the rising's), and so does "that night" after it."""
    body = (f"The strike began on the morning of 4 March 1959, when the dockers walked out at Mombasa. The union "
            f"secretary, {aside}, called a general strike there the same day. Troops were flown in from Aden that night.")
    rows = _history_rows(904, body)
    assert (date(1959, 3, 4), date(1959, 3, 4)) in _days(rows, "called a general strike")
    assert _days(rows, "Troops were flown in") == [(date(1959, 3, 4), date(1959, 3, 4))]


def test_a_plain_past_aside_of_a_day_stays_the_anchor_of_the_same_day():
    body = ("The conference opened in Belgrade on 1 May 1959. Nasser, who arrived in Belgrade on 3 May, met Tito there "
            "the same day.")
    rows = _history_rows(905, body)
    assert all(start != date(1959, 5, 1) for start, _ in _days(rows, "met Tito"))
    assert (date(1959, 5, 3), date(1959, 5, 3)) in _days(rows, "met Tito")


def test_that_month_after_a_later_month_of_the_story_is_the_next_one():
    """An oral history at the story's November: "that January" is the January after it, and the days it names next
    are of that year; "that March" told of a story still in its spring stays in the story's year."""
    from pipeline.extract.events.annotate import annotate

    sentences, _ = annotate("The embassy was besieged on November 4, 1979. I flew to Tehran that January for the "
                            "talks. The envoys were freed on January 20.", 1979)
    named = [(d.start_date, d.end_date) for s in sentences for d in s.dates]
    assert (date(1980, 1, 1), date(1980, 1, 31)) in named
    assert (date(1980, 1, 20), date(1980, 1, 20)) in named
    sentences, _ = annotate("The strike began on May 4, 1962. The union had been founded that March.", 1962)
    assert (date(1962, 3, 1), date(1962, 3, 31)) in [(d.start_date, d.end_date) for s in sentences for d in s.dates]


def test_a_minutes_turn_opening_with_an_act_of_last_week_gives_it_the_week_before_the_session():
    text = _TRANSCRIPT.format(
        number=915, heading="18 June 1984", title="MINUTES\n\nof the meeting of the Presidium on 18 June 1984",
        place="Present: Comrades Husák, Štrougal, Bilak.",
        body="Comrade Štrougal: The Austrian police stopped and searched two of our lorries at the border last week. "
             "We must protest.\n\nComrade Husák: Agreed.")
    rows = process_seed("915_wilson-minutes.txt", text.encode()).events.to_pylist()
    assert (date(1984, 6, 11), date(1984, 6, 17)) in _days(rows, "searched two of our lorries"), rows



@pytest.mark.parametrize("told", ["on the afternoon of 9 June 1963", "on 9 June 1963"])
def test_the_following_night_after_a_day_told_is_that_days_own_night(told):
    """"X happened on Sunday ... Y the following night": the night that follows that day, from its evening into the
    next morning, whether the page named a part of the day or only the day."""
    body = (f"Mutinous soldiers shelled the governor's residence {told}. The governor fled to the coast the following "
            "night.")
    rows = _history_rows(906, body)
    assert _days(rows, "The governor fled") == [(date(1963, 6, 9), date(1963, 6, 10))]
