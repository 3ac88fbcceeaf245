"""Days written relative to the document or to the story, and months "of this year": each rule with paraphrases in
other words, names and languages than the page it was found on (tests/fixtures/probes_events)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.text import sentence_spans
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, language: str, day: date) -> list[tuple[str, date | None, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="memorandum", document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def _dated(text: str, language: str, day: date, words: str) -> tuple[date | None, date | None]:
    return next((start, end) for evidence, start, end in _rows(text, language, day) if words in evidence)


@pytest.mark.parametrize(("text", "words", "first", "last"), [
    ("В марте с.г. из ГДР на Запад ушли более 16 тысяч человек.", "ушли", date(1961, 3, 1), date(1961, 3, 31)),
    ("В октябре сего года делегация ЦК СЕПГ посетила Пекин.", "посетила", date(1961, 10, 1), date(1961, 10, 31)),
    ("В феврале т.г. посольство получило новые инструкции.", "получило", date(1961, 2, 1), date(1961, 2, 28)),
    ("В июне 1958 года венгерская делегация прибыла в Москву.", "прибыла", date(1958, 6, 1), date(1958, 6, 30)),
    ("12 мая с.г. министр принял посла Великобритании.", "принял", date(1961, 5, 12), date(1961, 5, 12)),
])
def test_a_russian_month_of_this_year_or_with_its_year_dates_its_sentence(text, words, first, last):
    assert _dated(text, "ru", date(1961, 4, 14), words) == (first, last)


def test_a_month_word_inside_a_longer_word_is_no_date():
    assert all(start is None or start.month != 3 for _, start, _ in _rows("Мартовский пленум с.г. одобрил план.", "ru", date(1961, 4, 14)))


@pytest.mark.parametrize(("text", "language"), [
    ("3 апреля с.г. первый секретарь ЦК СЕПГ В. Ульбрихт принял руководителей Берлина.", "ru"),
    ("Посол М.Г. Первухин 3 апреля вручил ноту министру.", "ru"),
    ("On 3 April the first secretary W. Ulbricht received the Berlin leaders.", "en"),
])
def test_a_cyrillic_or_latin_initial_does_not_end_the_sentence(text, language):
    assert len(sentence_spans(text)) == 1
    assert any(start == date(1961, 4, 3) for _, start, _ in _rows(text, language, date(1961, 4, 14)))


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Позавчера в Лейпциге открылась весенняя ярмарка.", "ru", "ярмарка"),
    ("The day before yesterday the Yugoslav ambassador called on the minister.", "en", "ambassador"),
    ("前天外交部通知我驻日内瓦代表团暂缓发表声明。", "zh", "外交部"),
])
def test_the_day_before_yesterday_is_two_days_before_the_document(text, language, words):
    assert _dated(text, language, date(1961, 4, 14), words) == (date(1961, 4, 12), date(1961, 4, 12))


@pytest.mark.parametrize(("text", "language", "words", "day"), [
    ("5 марта посол вручил ноту. На следующий день полиция задержала группу студентов.", "ru", "полиция", date(1961, 3, 6)),
    ("5 марта посол вручил ноту. В тот же день министр принял делегацию.", "ru", "министр", date(1961, 3, 5)),
    ("On 5 March the ambassador handed over the note. The minister received him again the same day.", "en", "minister", date(1961, 3, 5)),
    ("On 5 March Soviet troops entered the city. Nagy took refuge in the embassy that morning.", "en", "refuge", date(1961, 3, 5)),
    ("On 5 March the talks opened. The delegation had arrived the previous evening.", "en", "arrived", date(1961, 3, 4)),
    ("三月五日大使递交照会。次日外交部长接见了代表团。", "zh", "接见", date(1961, 3, 6)),
])
def test_a_day_told_from_the_last_date_of_the_story(text, language, words, day):
    assert _dated(text, language, date(1961, 4, 14), words) == (day, day)


@pytest.mark.parametrize(("text", "words", "first", "last"), [
    ("1958年\n8月23日 下午五时三十分，福建前线部队开始炮击金门。", "炮击", date(1958, 8, 23), date(1958, 8, 23)),
    ("1960年\n3月2日 接见越南大使，谈老挝局势。", "接见", date(1960, 3, 2), date(1960, 3, 2)),
    ("1962年\n5月上旬 多次召集外交部会议，研究日内瓦会议的方针。", "召集", date(1962, 5, 1), date(1962, 5, 10)),
])
def test_a_chronicle_entry_is_dated_by_the_day_that_heads_its_line_in_the_year_above(text, words, first, last):
    assert _dated(text, "zh", None, words) == (first, last)


def test_a_chinese_date_alone_on_its_line_or_before_a_heading_dates_no_act():
    assert not [r for r in _rows("毛泽东\n一九五〇年十月十一日", "zh", date(1950, 10, 11)) if r[1] == date(1950, 10, 11) and r[0].strip() == "十月十一日"]
    assert not _rows("1950年10月11日 毛泽东致彭德怀电", "zh", date(1950, 10, 11))


@pytest.mark.parametrize(("text", "agreed", "yesterday"), [
    ("十月十五日来电收悉。（一）同意你于十月二十日同老挝首相富马会谈；（二）外交部已于昨日通知我驻日内瓦代表团，暂缓发表声明。", "同意", "昨日"),
    ("十月三日电悉。一、同意你同苏联大使会谈；二、新华社昨天已发表声明。", "同意", "昨天"),
    ("十月二日来电收悉。我们同意你们同英国代办进行会谈。外交部昨日已通知英方。", "同意", "昨日"),
])
def test_a_telegram_that_speaks_of_talks_is_no_record_of_them_its_acts_are_on_its_own_day(text, agreed, yesterday):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1962, 10, 17),
                         document_date_precision="day", sender_names=["Zhou Enlai"], recipient_names=["Chen Yi"],
                         blocks=[Block("paragraph", 0, len(text), text, language="zh")])
    rows = [(text[e.evidence_start: e.evidence_end], e.start_date) for e in extract_events(doc)]
    assert any(agreed in evidence and day == date(1962, 10, 17) for evidence, day in rows), rows
    assert any(yesterday in evidence and day == date(1962, 10, 16) for evidence, day in rows), rows


@pytest.mark.parametrize(("text", "dated"), [
    ("请你回京前将会谈情况电告。", True),  # the writer's request, on the telegram's day
    ("请你将谈话情况及时电告中央。", True),
    ("届时我将同他面谈。", False),  # a plan: no day yet
    ("代表团将于十月二十日抵京。", False),
])
def test_a_chinese_request_is_the_writers_act_and_a_plan_has_no_day(text, dated):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1962, 10, 17),
                         document_date_precision="day", sender_names=["Zhou Enlai"], recipient_names=["Chen Yi"],
                         blocks=[Block("paragraph", 0, len(text), text, language="zh")])
    days = [e.start_date for e in extract_events(doc)]
    assert (date(1962, 10, 17) in days) == dated and date(1962, 10, 20) not in days, days


def _cable(text: str, day: date) -> list[tuple[str, date | None, list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=day,
                         document_date_precision="day", sender_names=["James D. Zellerbach"], recipient_names=["Christian Herter"],
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.sources) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "told"), [
    ("Pella told me this morning that the Segni government had decided at its cabinet meeting May 20 to accept the squadrons.", date(1959, 5, 22)),
    ("Couve de Murville informed me yesterday that De Gaulle had written to Adenauer on May 15.", date(1959, 5, 21)),
    ("On 21 May Segni received me. He told me that the day before the cabinet had approved the budget.", date(1959, 5, 21)),
])
def test_the_telling_of_what_happened_on_another_day_is_a_row_of_its_own(text, told):
    rows = _cable(text, date(1959, 5, 22))
    assert any(day == told and "that" in evidence.split()[-1:] for evidence, day, _ in rows), rows  # the telling
    assert any(day not in (told, None) for _, day, _ in rows), rows  # and what was told, on its own day


def test_a_telling_of_the_days_own_news_stays_one_row():
    rows = _cable("Pella told me this morning that the cabinet accepts the squadrons.", date(1959, 5, 22))
    assert [day for _, day, _ in rows].count(date(1959, 5, 22)) <= 1, rows


@pytest.mark.parametrize(("lines", "day"), [
    (["Secret, Copy 2", "27 November 1961", "At 4 p.m. I visited Chen Yi at his request."], date(1961, 11, 27)),
    (["Top Secret", "Copy No. 3", "5 May 1962", "Khrushchev received the ambassador."], date(1962, 5, 5)),
    (["Секретно", "Экз. № 1", "7 октября 1959 г.", "2 октября посетил Ким Ир Сена."], date(1959, 10, 7)),
    (["Совершенно секретно", "12 марта 1960 г.", "Принял посла Индии."], date(1960, 3, 12)),
    (["Secret", "On 27 November I visited Chen Yi at his request."], None),  # a sentence, not the registration's day
    (["Secret, Copy 2", "Present at the conversation was the counsellor.", "27 November 1961"], None),
])
def test_a_registration_with_its_day_on_the_line_below_is_the_records_own_act(lines, day):
    from pipeline.extract.events.cable_header import header_events

    blocks, offset = [], 0
    for line in lines:
        blocks.append(Block("paragraph", offset, offset + len(line), line))
        offset += len(line) + 1
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                         document_date=date(1961, 11, 14), document_date_precision="day", blocks=blocks)
    assert [e.start_date for e in header_events(doc)] == ([day] if day else [])


@pytest.mark.parametrize(("text", "sentences"), [
    ("Nagy took refuge in the Yugoslav embassy that morning, together with some forty associates.23 Belgrade had agreed to it.", 2),
    ("The cable reached Moscow at noon.7 Khrushchev read it at once.", 2),
    ("He wrote: “The bus was stopped by Soviet vehicles.”25 The diplomats protested.", 2),
    ("The ship was brought to anchor off Koh Tang with its crew of 39.¹ The news reached Washington at seven.", 2),  # a
    # superscript note after a figure's full stop
    ("Telegram No.12 The text follows.", 1),  # an abbreviation's number, no footnote
    ("The output rose by 3.5 Million tons in the year.", 1),  # a decimal number
])
def test_a_footnote_number_after_a_full_stop_ends_the_sentence_and_stays_with_it(text, sentences):
    spans = sentence_spans(text)
    assert len(spans) == sentences
    if sentences == 2:
        assert text[spans[0][0]: spans[0][1]].rstrip()[-1].isdigit()  # the note's number with the sentence it marks


def test_a_sentence_after_a_footnote_number_is_dated_from_the_story():
    text = "In the early hours of 4 November Soviet tanks re-entered Budapest. Nagy took refuge in the embassy that morning.23 Belgrade had agreed to give him asylum the previous evening."
    rows = _rows(text, "en", date(1956, 12, 1))
    assert any("Belgrade" in evidence and start == date(1956, 11, 3) for evidence, start, _ in rows), rows


@pytest.mark.parametrize(("text", "asks"), [
    ("Please cable me the results of the talks before you return to Beijing.", True),
    ("2. Please inform Comrade Kim Il Sung of our view without delay.", True),
    ("Please convey to the Polish comrades our agreement with the draft.", True),
    ("Pleased with the results, the delegation left for Warsaw.", False),  # no request
])
def test_a_letter_line_opening_with_please_is_the_writers_request_on_its_day(text, asks):
    rows = _cable(text, date(1962, 8, 17))
    assert any(day == date(1962, 8, 17) and sources == ["James D. Zellerbach"] for _, day, sources in rows) == asks, rows


@pytest.mark.parametrize(("line", "who"), [
    ("Cde. Suslov agrees.", "Mikhail Suslov"),
    ("Comrade Mikoyan agrees.", "Anastas Mikoyan"),
    ("Cde. Kosygin objects.", "Alexei Kosygin"),
])
def test_a_members_one_word_turn_in_session_notes_is_said_at_the_session(line, who):
    lines = ["Cde. Gromyko reports on the landing of American marines near Beirut.", line]
    blocks, offset = [], 0
    for text in lines:
        blocks.append(Block("paragraph", offset, offset + len(text), text, language="en"))
        offset += len(text) + 2
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="minutes", document_date=date(1958, 7, 16),
                         document_date_precision="day", title="Working Notes from the Session of the CPSU CC Presidium on 16 July 1958",
                         blocks=blocks)
    rows = [(e.block, e.start_date, e.sources) for e in extract_events(doc)]
    assert (0, date(1958, 7, 16), ["Andrei Gromyko"]) in rows  # "reports on": the session's words, no site summary
    assert (1, date(1958, 7, 16), [who]) in rows
