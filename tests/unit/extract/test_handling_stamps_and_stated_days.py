"""A Soviet cable's handling stamps written with a slashed Roman month ("Sent 20/XI-68 at 11:40."), each an act at
its hour, and a day a sentence's opening phrase states ("Late last night, 19 November, ..."), which dates the clock
hours and day parts told after it until another date is written."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.extract.events.cable_trailer import stamp_hour, stamp_lines
from pipeline.extract.events.tense_sentence import states_day
from pipeline.normalize.dates import find_dates
from pipeline.parse import parse_text

CABLE = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-soviet-ambassador-bamako-army-takes-power
November 20, 1968
Ciphered Telegram from the Soviet Ambassador in Bamako on the Army Taking Power in Mali

Skip to content

Officers of the army remove President Keita; the embassy reports.

CIPHERED TELEGRAM
Bamako - Moscow
SECRET

MFA USSR, to Comrade Ilyichev

Late last night, 19 November, a group of young officers arrested President Modibo Keita on the road from Koulikoro. At 4 a.m. Lieutenant Moussa Traoré announced on the radio that the army had dissolved the government.

In the afternoon the officers formed a Military Committee of National Liberation.

This morning the committee closed the border with Senegal. At 9 a.m. the radio read its first decree.

On 17 November I had a conversation with Foreign Minister Ousmane Ba, who said nothing of unrest in the army.

Please instruct whether to keep working contacts with the committee.

AMBASSADOR    I. PETROV
20/XI-68

Sent 20/XI-68 at 11:40. Received 20/XI-68 at 14:05. Deciphered 20/XI-68 at 15:20 by Orlova.

Document Information
Source
AVP RF, f. 0584, op. 12, p. 31, d. 6, l. 1-2.
Type
Telegram
Language
Russian
"""


def _rows(text: str) -> list[tuple[str, str, date | None, date | None, str | None, list[str]]]:
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.event_type, e.start_date, e.end_date, e.start_time, e.sources)
            for e in extract_events(doc)]


def test_a_slashed_roman_month_with_a_dash_before_its_year_is_a_day():
    assert [(d.text, d.start_date) for d in find_dates("AMBASSADOR I. PETROV 20/XI-68")] == [("20/XI-68", date(1968, 11, 20))]
    assert find_dates("Deciphered 3/IV-1958 at 21:05")[0].start_date == date(1958, 4, 3)
    assert find_dates("26/X/62")[0].start_date == date(1962, 10, 26)


def test_a_trailer_line_of_stamps_is_read_stamp_by_stamp_with_each_hour():
    line = "Sent 20/XI-68 at 11:40. Received 20/XI-68 at 14:05. Deciphered 20/XI-68 at 15:20 by Orlova."
    assert [line[a:b].strip() for a, b in stamp_lines(line)] == [
        "Sent 20/XI-68 at 11:40.", "Received 20/XI-68 at 14:05.", "Deciphered 20/XI-68 at 15:20 by Orlova."]
    assert stamp_hour("Получено 28.X.62 в 0 ч. 15 м.") == "00:15"
    assert stamp_lines("The embassy sent a note on 20 November.") == []


def test_each_stamp_of_a_cables_trailer_is_an_act_on_its_day_at_its_hour():
    rows = _rows(CABLE)
    stamps = {ev: (kind, start, time, sources) for ev, kind, start, _, time, sources in rows if ev.startswith(("Sent", "Received", "Deciphered"))}
    assert stamps["Sent 20/XI-68 at 11:40."][:3] == ("message_sent", date(1968, 11, 20), "11:40")
    assert stamps["Received 20/XI-68 at 14:05."][:3] == ("message_received", date(1968, 11, 20), "14:05")
    assert stamps["Deciphered 20/XI-68 at 15:20 by Orlova."] == ("deciphered", date(1968, 11, 20), "15:20", ["Orlova"])
    assert any(ev == "20/XI-68" and start == date(1968, 11, 20) for ev, _, start, *_ in rows), rows  # the signature's day


def test_the_hours_and_day_parts_after_a_stated_day_are_of_that_day_until_another_date():
    rows = _rows(CABLE)
    day = {ev[:12]: (start, end) for ev, _, start, end, *_ in rows}
    assert day["At 4 a.m. Li"] == (date(1968, 11, 19), date(1968, 11, 19)), rows
    assert day["In the after"] == (date(1968, 11, 19), date(1968, 11, 19)), rows
    assert day["At 9 a.m. th"] == (date(1968, 11, 20), date(1968, 11, 20)), rows  # after "This morning": the day written from
    assert day["On 17 Novemb"] == (date(1968, 11, 17), date(1968, 11, 17)), rows


def test_a_day_stated_inside_a_clause_dates_no_hour_after_it():
    assert states_day("Early yesterday morning, ")
    assert states_day("On the night of ")
    assert not states_day("He told me that on ")
    assert not states_day("The agreement of ")
    assert not states_day("")


def test_an_envoys_office_and_initialled_name_on_one_line_sign_the_cable_as_his():
    rows = _rows(CABLE)
    assert next(sources for ev, _, _, _, _, sources in rows if ev.startswith("On 17 November")) == ["I. Petrov"], rows  # his capitals folded


RU_CABLE = """source: https://example.org/ru/shifrtelegramma/1968-11-20
ШИФРТЕЛЕГРАММА
Бамако, 20 ноября 1968 г.

Рано утром 19 ноября группа офицеров арестовала президента Модибо Кейту. В 4 часа лейтенант Муса Траоре выступил по радио.

Посол СССР в Мали
И. ПЕТРОВ
"""


def test_a_russian_cables_hour_after_a_stated_day_is_of_that_day():
    rows = _rows(RU_CABLE)
    assert any(ev.startswith("В 4 часа") and start == end == date(1968, 11, 19) for ev, _, start, end, *_ in rows), rows


RECORD = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-hungarian-ambassador-president-keita
April 4, 1963
Record of Conversation between the Hungarian Ambassador and President Modibo Keita

RECORD OF A CONVERSATION
with President Modibo Keita
Bamako, Wednesday, 3 April 1963

At my request President Keita received me at the Koulouba Palace this morning. I handed him the letter of Chairman István Dobi.

He thanked me and asked that his greetings be conveyed to Budapest.

Ambassador: Lajos Kovács
Bamako, 4 April 1963
"""


def test_a_records_place_and_day_under_its_heading_that_goes_on_in_lower_case_date_the_talk_not_the_signing():
    from pipeline.extract.events.context import document_context

    assert document_context(parse_text(RECORD)).occasion == date(1963, 4, 3)
    rows = _rows(RECORD)
    assert any(ev.startswith("He thanked me") and start == end == date(1963, 4, 3) for ev, _, start, end, *_ in rows), rows


def test_a_day_of_this_month_is_of_the_month_written_in_whatever_month_was_written_last():
    found = find_dates("On the 3rd of this month the siege was lifted.", 1968, 8, this_month=(1968, 9))
    assert [(d.start_date, d.end_date) for d in found] == [(date(1968, 9, 3), date(1968, 9, 3))]
    assert find_dates("The note of the 9th of this month was not answered.", this_month=(1962, 10))[0].start_date == date(1962, 10, 9)
