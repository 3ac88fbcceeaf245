"""The shapes of a session's minutes: a decision told in a paragraph under its label, one row a sentence on the
session's day by the body; the points under the body's name alone before a colon ("The National Security Council: / a.
Noted ..."); a speaker's turn numbered as a point of the record ("1. Frigyes Puja: ...")."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.passages import _decided_items, _sentence_spans
from pipeline.parse.model import Block, ParsedDocument

DAY = date(1979, 2, 20)


def _doc(title: str, texts: list[tuple[str, str]], language: str) -> ParsedDocument:
    blocks, at = [], 0
    for kind, text in texts:
        blocks.append(Block(kind, at, at + len(text), text, language=language))
        at += len(text) + 2
    return ParsedDocument(parser="test/1", source_type="archival_record", document_type="minutes", title=title,
                          document_date=DAY, document_date_precision="day", blocks=blocks)


@pytest.mark.parametrize(("title", "head", "paragraph", "language"), [
    ("Minutes of the Meeting of the Political Committee of the Hungarian Socialist Workers' Party, 20 February 1979",
     "Decision:", "The Political Committee approved the draft of the statement. Comrade Gyenes is to inform the fraternal "
     "parties. The Ministry of Health is to send medicines to Vietnam.", "en"),
    ("Transcript of the SED Politburo Session held on 20 February 1979",
     "Decided:", "The Politburo took note of the report of Comrade Axen; Comrade Hager is to prepare a reply.", "en"),
    ("Протокол заседания Политбюро ЦК КПСС 20 февраля 1979 г.",
     "Постановили:", "Одобрить проект заявления. Поручить МИД СССР подготовить ответ.", "ru"),
    ("中共中央政治局会议记录（1979年2月20日）",
     "决定：", "同意外交部的报告。由中联部通知各兄弟党。", "zh"),
])
def test_the_paragraph_under_a_decision_label_is_its_decisions(title, head, paragraph, language):
    doc = _doc(title, [("paragraph", head), ("paragraph", paragraph), ("paragraph", "The meeting closed. " * 3)], language)
    assert _decided_items(doc) == {1}


@pytest.mark.parametrize(("title", "paragraph"), [
    ("Minutes of the Meeting of the Political Committee of the Hungarian Socialist Workers' Party, 20 February 1979",
     "The Political Committee approved the draft of the statement. Comrade Gyenes is to inform the fraternal parties. "
     "The Ministry of Health is to send medicines to Vietnam."),
    ("Transcript of the SED Politburo Session held on 20 February 1979",
     "The Politburo took note of the report of Comrade Axen; Comrade Hager is to prepare a reply."),
])
def test_each_decision_of_the_paragraph_is_the_bodys_on_the_session_day(title, paragraph):
    doc = _doc(title, [("paragraph", "Decision:"), ("paragraph", paragraph)], "en")
    rows = [e for e in extract_events(doc) if e.block == 1 and e.start_date == e.end_date == DAY]
    for start, end in _sentence_spans(paragraph):
        assert any(e.evidence_start < end and start < e.evidence_end and len(e.sources) == 1 for e in rows), (start, rows)


@pytest.mark.parametrize(("text", "count"), [
    ("Cde. A. Puja is to go to Hanoi. The Red Cross is to send aid.", 2),
    ("Approved the text (annex 1); instructed the Ministry to publish it.", 2),
    ("同意报告。通知各党；准备声明。", 3),
    ("Одобрить проект. Поручить т. А. А. Громыко подготовить ответ.", 2),
])
def test_a_paragraph_is_cut_into_its_sentences_not_at_initials(text, count):
    assert len(_sentence_spans(text)) == count


@pytest.mark.parametrize(("title", "head", "items", "language"), [
    ("Memorandum of Discussion at the 373d Meeting of the National Security Council, July 24, 1958",
     "The National Security Council:", ["a. Noted and discussed an oral briefing on the situation in the Near East.",
                                        "b. Noted the President's request for a study of the withdrawal of forces."], "en"),
    ("Memorandum of Discussion at the 380th Meeting of the National Security Council, September 25, 1958",
     "The National Security Council:", ["1. Discussed the situation in the Taiwan Strait.",
                                        "2. Agreed that the Department of State should report again next week."], "en"),
])
def test_points_under_the_bodys_name_alone_are_its_acts(title, head, items, language):
    doc = _doc(title, [("paragraph", head)] + [("list_item", t) for t in items], language)
    rows = [e for e in extract_events(doc) if e.block >= 1 and e.method == "document_act"]
    assert rows and all(e.sources == ["United States National Security Council"] for e in rows), [(e.block, e.sources) for e in rows]


@pytest.mark.parametrize(("text", "speaker"), [
    ("1. Frigyes Puja: On 17 February Chinese troops crossed the border along a front of several hundred kilometres.", "Frigyes Puja"),
    ("b) Comrade Lajos Czinege: The Chinese have concentrated about twenty divisions near the border.", "Lajos Czinege"),
    ("(3) János Kádár: We must not panic, and we must not be passive either, said the First Secretary.", "János Kádár"),
    ("2. Громыко: Советское правительство внимательно следит за развитием событий на границе.", "Andrei Gromyko"),
])
def test_a_numbered_turn_is_its_speakers(text, speaker):
    doc = _doc("Minutes of the Meeting of the Political Committee of the Hungarian Socialist Workers' Party, 20 February 1979",
               [("list_item", text)], "ru" if "Громыко" in text else "en")
    turns = [e for e in extract_events(doc) if e.method == "document_act" and e.evidence_start == 0]
    assert any(e.sources == [speaker] and e.start_date == DAY for e in turns), [(e.sources, e.start_date) for e in turns]


@pytest.mark.parametrize(("recorder", "dateline", "language", "who", "day"), [
    ("Drawn up by Ion Stoian", "Bucharest, 4 November 1978", "en", "Ion Stoian", date(1978, 11, 4)),
    ("Compiled by: Bruno Mahlow", "Berlin, 14 September 1977", "en", "Bruno Mahlow", date(1977, 9, 14)),
    ("Written up by A. Sokolov", "Moscow, 21 February 1979.", "en", "A. Sokolov", date(1979, 2, 21)),
])
def test_a_place_and_day_under_the_recorders_line_is_the_record_written(recorder, dateline, language, who, day):
    talk = ("The conversation lasted two hours and took place in a friendly atmosphere." if language == "en"
            else "Беседа продолжалась два часа и прошла в дружественной обстановке.")
    doc = _doc("Record of the Conversation of the Ambassador with the Minister, 20 February 1979",
               [("paragraph", talk), ("paragraph", recorder), ("paragraph", dateline)], language)
    rows = [e for e in extract_events(doc) if e.block == 2 and e.method == "cable_trailer"]
    assert len(rows) == 1 and rows[0].start_date == day, rows
    assert rows[0].sources and rows[0].sources[0].split()[-1] == who.split()[-1], rows[0].sources


@pytest.mark.parametrize("line", ["Repeated to Santiago, Lima and Buenos Aires.", "Repeated to Paris and London."])
def test_a_repeat_line_after_a_dated_paragraph_is_on_the_messages_day(line):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram",
                         title="Telegram From the Embassy in Bolivia to the Department of State",
                         document_date=date(1967, 10, 18), document_date_precision="day",
                         blocks=[Block("paragraph", 0, 60, "On October 16 the General admitted to journalists that he had lied."),
                                 Block("paragraph", 62, 62 + len(line), line)])
    rows = [e for e in extract_events(doc) if e.block == 1]
    assert rows and all(e.start_date == e.end_date == date(1967, 10, 18) for e in rows), [(e.method, e.start_date) for e in rows]


@pytest.mark.parametrize(("title", "paragraph"), [
    ("Протокол заседания Политбюро ЦК КПСС 20 февраля 1979 г.", "Одобрить проект заявления. Поручить МИД СССР подготовить ответ."),
    ("Рабочая запись заседания Президиума ЦК КПСС 20 февраля 1979 г.", "Принять к сведению информацию т. Громыко А. А. о переговорах."),
])
def test_a_russian_sessions_decisions_are_its_bodys_on_its_day(title, paragraph):
    doc = _doc(title, [("paragraph", "Постановили:"), ("paragraph", paragraph)], "ru")
    rows = [e for e in extract_events(doc) if e.block == 1 and e.start_date == e.end_date == DAY]
    assert rows and all(e.sources == ["Politburo of the Communist Party of the Soviet Union"] for e in rows), [(e.sources, e.start_date) for e in rows]
