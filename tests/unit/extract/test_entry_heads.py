"""Pages made of dated entries: a chronicle's or a journal's year heading and the entries under it that open with
their day, in English, Russian and Chinese; a telegram's time of day with a plan told after the act; an English day
alone by its ordinal. Each with other names, dates and word orders than the pages they were found on
(tests/fixtures/probes_events13 1409, 1410; probes_events14 1503, 1506, 1507)."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.normalize.dates import find_dates, year_heading
from pipeline.parse import parse_text


def _rows(text: str) -> list[tuple[str, date | None, date | None]]:
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def _on(rows, piece: str) -> list[tuple[date | None, date | None]]:
    return [(start, end) for text, start, end in rows if piece in text]


EN_CHRONOLOGY = """source: https://example.org/chronology/page/12
Chronology of Soviet-Yugoslav Relations

1955

26 May. Khrushchev and Bulganin arrived in Belgrade. Tito met them at the airport.

2 June. The two governments signed the Belgrade Declaration. The next day Khrushchev left for Sofia.

1956

20 June. Tito arrived in Moscow for an official visit.
"""


def test_an_english_chronology_dates_each_entry_by_its_head_and_the_year_heading_above_it():
    rows = _rows(EN_CHRONOLOGY)
    assert _on(rows, "Tito met them") == [(date(1955, 5, 26), date(1955, 5, 26))]  # the entry's day, no date of its own
    assert _on(rows, "The next day Khrushchev") == [(date(1955, 6, 3), date(1955, 6, 3))]
    assert _on(rows, "Tito arrived in Moscow") == [(date(1956, 6, 20), date(1956, 6, 20))]  # the second year heading


EN_JOURNAL = """source: https://example.org/journal/thompson
From the Journal of Ambassador Thompson

1962

12 March: I called on Gromyko at the Foreign Ministry. Yesterday the Swedish ambassador had seen him on the same question.

14 March: Khrushchev received me at the Kremlin.

16 March: The Foreign Ministry handed me the Soviet note. Last night the TASS statement was broadcast.
"""


def test_a_journals_relative_days_count_from_the_entrys_day():
    rows = _rows(EN_JOURNAL)
    assert _on(rows, "Yesterday the Swedish") == [(date(1962, 3, 11), date(1962, 3, 11))]
    assert _on(rows, "Last night the TASS") == [(date(1962, 3, 15), date(1962, 3, 15))]


RU_DIARY = """source: https://example.org/dnevnik/yudin
Из дневника посла СССР в Китае П. Ф. Юдина

1958 г.

3 августа. Сегодня утром меня принял Мао Цзэдун. Вчера вечером советник посольства встретился с Чэнь И.

5 августа. Посетил министерство иностранных дел. Третьего дня в Пекин прибыла делегация ГДР.
"""


def test_a_russian_diarys_entries_count_yesterday_from_their_own_day():
    rows = _rows(RU_DIARY)
    assert _on(rows, "Вчера вечером") == [(date(1958, 8, 2), date(1958, 8, 2))]
    assert _on(rows, "Третьего дня") == [(date(1958, 8, 3), date(1958, 8, 3))]  # two days before 5 August


ZH_CHRONICLE = """source: https://example.org/nianpu/zhou
周恩来年谱（上卷）

一九五四年

四月二十六日　出席日内瓦会议开幕式。当晚会见莫洛托夫。

一九五五年

四月十八日　出席万隆会议并发言。
"""


def test_a_chinese_chronicle_reads_its_year_headings_in_numerals():
    rows = _rows(ZH_CHRONICLE)
    assert _on(rows, "出席日内瓦会议开幕式") == [(date(1954, 4, 26), date(1954, 4, 26))]
    assert _on(rows, "当晚会见莫洛托夫") == [(date(1954, 4, 26), date(1954, 4, 26))]
    assert _on(rows, "出席万隆会议") == [(date(1955, 4, 18), date(1955, 4, 18))]


def test_a_year_heading_is_a_line_that_is_a_year_and_nothing_more():
    assert [year_heading(t) for t in ("1954", "1954年", "一九六一年", "1961 г.", "1961 год", "Year 1962")] == [1954, 1954, 1961, 1961, 1961, 1962]
    assert [year_heading(t) for t in ("477", "1954 was a hard year", "5 мая 1954 г.", "1954年5月", "12 March 1954")] == [None] * 5


def test_an_english_day_alone_by_its_ordinal_is_of_the_month_the_text_wrote_or_speaks_from():
    assert [d.start_date for d in find_dates("Indian posts were overrun on 20 October. Galwan fell on the 21st.", 1962)] == [
        date(1962, 10, 20), date(1962, 10, 21)]
    assert [d.start_date for d in find_dates("The junta broke off relations with Cuba on the 12th.", this_month=(1973, 9))] == [date(1973, 9, 12)]
    assert [d.start_date for d in find_dates("forces had crossed the frontier evening of 17th and occupied the town", this_month=(1954, 6))] == [date(1954, 6, 17)]
    assert find_dates("Khrushchev spoke at the 20th Congress. Troops stood north of the 17th parallel.", this_month=(1956, 2)) == []


FRUS_CABLE = """source: https://history.state.gov/historicaldocuments/frus1958-60v99/d12
Historical Documents - Office of the Historian

Foreign Relations of the United States, 1958–1960, Volume XCIX

12. Telegram From the Embassy in Lebanon to the Department of State1

Beirut, July 15, 1958—4 p.m.

210. 1. Foreign Minister Malik called in ambassadors 0930 this morning and handed them statement to be broadcast tonight.

2. Two battalions landed at Khalde airport at 1500 yesterday.

McClintock

1 Source: Department of State, Central Files, 783A.00/7-1558. Secret; Niact.
"""


def test_a_cables_act_at_a_time_this_morning_keeps_its_day_though_a_plan_follows_it():
    rows = _rows(FRUS_CABLE)
    assert (date(1958, 7, 15), date(1958, 7, 15)) in _on(rows, "Foreign Minister Malik called in ambassadors")


def test_a_paper_named_by_its_day_of_an_earlier_year_does_not_move_the_year_the_text_goes_on_in():
    from pipeline.extract.events.annotate import annotate

    sentences, _ = annotate("Peking radio repeated Chou En-lai's proposal of 7 November 1959 for a withdrawal. "
                            "President Ayub told the ambassador on 21 October that arms would endanger the friendship.", 1962, (1962, 10))
    assert [d.start_date for d in sentences[-1].dates] == [date(1962, 10, 21)]
    sentences, _ = annotate("The talks opened in Geneva on 7 November 1959. They were adjourned on 21 November.", 1962, (1962, 10))
    assert [d.start_date for d in sentences[-1].dates] == [date(1959, 11, 21)]  # the story's own day moves the year


WILSON_CABLE = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-hungarian-embassy-damascus-9-march-1963
Ciphered Telegram from the Hungarian Embassy in Damascus to the Ministry of Foreign Affairs, Budapest

Ciphered telegram
Damascus, 9 March 1963, 12:10

Secret

1) Yesterday at dawn army units occupied the radio station and the Ministry of Defence in Damascus.

2) Shooting went on throughout the night around the presidential palace, where loyal guards resisted.

Ambassador Ferenc Kovács
"""


def test_a_cables_night_is_the_one_before_its_day_though_it_told_of_the_day_before():
    rows = _rows(WILSON_CABLE)
    assert _on(rows, "Shooting went on throughout the night") == [(date(1963, 3, 8), date(1963, 3, 9))]
