"""Diaries of several days, memoranda for the record and protocol extracts: each rule with paraphrases in other
words, names, days and languages than the page it was found on (tests/fixtures/probes_events3)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode, sentence_spans
from pipeline.seed import parse_text
from tests.unit.extract.papers import paper


def _page(head: str, body: list[str], url: str = "https://wilson-center-digital-archive.dvincitest.com/document/x"):
    """Rows of a page laid out as the Wilson Center gives it: its date and title, then its paragraphs."""
    text = decode((f"source: {url}\nSkip to content\n\n" + head + "\n\n" + "\n\n".join(body) + "\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def _days(rows, words: str) -> set[tuple[date | None, date | None]]:
    return {(start, end) for evidence, start, end in rows if words in evidence}


@pytest.mark.parametrize(("head", "body", "words", "day"), [
    ("March 20, 1958\n\nFrom the Journal of Ambassador A. Puzanov, Record of Conversations, 10-17 March 1958",
     ["10 March. I visited Kim Il Sung at his request.", "12 March. At a reception at the Polish embassy I spoke with Nam Il.",
      "Nam Il said that the delegation had returned from Beijing.", "17 March. I handed Kim Il Sung the letter of the CC CPSU."],
     "Nam Il said", date(1958, 3, 12)),
    ("November 30, 1962\n\nFrom the Diary of S. Chervonenko, Record of Conversations, 21-28 November 1962",
     ["21 November. I called on Chen Yi at the Foreign Ministry.", "Chen Yi told me that the talks with India had been broken off.",
      "26 November. Liu Shaoqi received the Soviet delegation."],
     "Chen Yi told me", date(1962, 11, 21)),
    ("April 9, 1965\n\nFrom the Diary of I. Shcherbakov, Record of Conversations, 1-8 April 1965",
     ["1 April. I met Pham Van Dong.", "5 April. Le Duan received me in the evening.",
      "He asked that the shipment of radar equipment be speeded up.", "The same evening I reported this to Moscow."],
     "He asked", date(1965, 4, 5)),
])
def test_a_diary_entry_opened_by_its_day_dates_what_it_tells(head, body, words, day):
    assert _days(_page(head, body), words) == {(day, day)}


FRUS = "https://history.state.gov/historicaldocuments/frus1961-63v05/d88"


@pytest.mark.parametrize(("meeting", "next_one", "turn", "day"), [
    ("The 103rd meeting of the ambassadorial talks was held at the Chinese Embassy in Warsaw on March 7, 1961.",
     "The two sides agreed to hold the next meeting on April 4.", "Wang Bingnan said that the question of Taiwan came first.",
     date(1961, 3, 7)),
    ("The third session of the test ban conference took place in the Palais des Nations on May 2, 1961.",
     "It was agreed that the following session would be held on May 16.", "Tsarapkin stated that the Soviet draft stood.",
     date(1961, 5, 2)),
    ("The working group met in the Department of State on June 5, 1961.",
     "The chairman proposed that the next meeting take place on June 19.", "Kohler said that the allied reply was ready.",
     date(1961, 6, 5)),
])
def test_a_memorandum_for_the_record_tells_the_meeting_it_was_held_at_not_the_next_one(meeting, next_one, turn, day):
    rows = _page("Memorandum for the Record\nWashington, June 30, 1961.\nSUBJECT\nTalks, Meeting", [meeting, turn, next_one], FRUS)
    assert _days(rows, turn.split(" that ")[0]) == {(day, day)}


PROTOCOL = "https://istmat.org/node/1"


@pytest.mark.parametrize(("point", "task"), [
    ("2. Поручить МИД СССР (т. Громыко) в недельный срок подготовить проект ответа.", True),
    ("3. Обязать Госплан СССР (т. Байбаков) представить до 1 марта предложения о поставках.", True),
    ("1. Утвердить состав делегации во главе с т. Сусловым М.А.", False),
    ("4. Принять к сведению сообщение т. Зорина о беседе с послом ГДР.", False),
])
def test_a_protocol_extract_decides_its_points_on_its_day_and_a_task_set_is_a_plan(point, task):
    rows = _page("Постановление Президиума ЦК КПСС 12 февраля 1963 г.",
                 ["ВЫПИСКА ИЗ ПРОТОКОЛА № 88 ЗАСЕДАНИЯ ПРЕЗИДИУМА ЦК КПСС", "от 12 февраля 1963 г.", point], PROTOCOL)
    days = _days(rows, point.split(" ", 2)[1])
    assert (date(1963, 2, 12), date(1963, 2, 12)) in days, rows
    assert ((None, None) in days) == task, rows


@pytest.mark.parametrize(("heard", "line"), [
    ("Слушали: тт. Андропова, Громыко.", "Выписки посланы: тт. Андропову, Громыко — 13.II.63 г."),
    ("СЛУШАЛИ: т. Косыгина.", "Разосланы тт. Косыгину, Микояну — 14.II.63 г."),
])
def test_a_protocol_heard_its_speakers_that_day_and_its_extracts_were_sent_after(heard, line):
    rows = _page("Постановление Президиума ЦК КПСС 12 февраля 1963 г.",
                 ["ВЫПИСКА ИЗ ПРОТОКОЛА № 88 ЗАСЕДАНИЯ ПРЕЗИДИУМА ЦК КПСС", "от 12 февраля 1963 г.", heard,
                  "1. Утвердить состав делегации.", line], PROTOCOL)
    assert _days(rows, heard[:8]) == {(date(1963, 2, 12), date(1963, 2, 12))}, rows
    sent = date(1963, 2, int(line.split("—")[1].split(".")[0]))
    assert _days(rows, line.split(" ")[0]) == {(sent, sent)}, rows


@pytest.mark.parametrize("text", [
    "Поручить МИД СССР (т. Громыко) подготовить проект. Срок — неделя.",
    "Направить в Берлин группу (тов. Орлов) для переговоров. Доклад — к 5 мая.",
    "The Secretariat (Cde. Suslov) is to draft the reply. It reports next week.",
])
def test_an_abbreviated_title_inside_a_bracket_does_not_end_the_sentence(text):
    assert len(sentence_spans(text)) == 2


def _zh_rows(paragraphs: list[str], day: date | None):

    doc = paper(paragraphs, kind="telegram", day=day, language="zh")
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


@pytest.mark.parametrize(("paragraphs", "day", "words", "first", "last"), [
    (["我驻河内大使馆本月十五日已将照会送交越方。"], date(1958, 11, 20), "照会", date(1958, 11, 15), date(1958, 11, 15)),
    (["苏方代表团上月下旬抵京，双方已举行两次会谈。"], date(1958, 11, 20), "代表团", date(1958, 10, 21), date(1958, 10, 31)),
    (["9月3日 接见印度驻华大使。", "本月上旬 多次研究中印边界问题。"], None, "中印边界", date(1959, 9, 1), date(1959, 9, 10)),
])
def test_a_chinese_month_named_from_the_texts_own_is_counted_from_it(paragraphs, day, words, first, last):
    if day is None:
        paragraphs = ["1959年"] + paragraphs  # a chronicle's page: the year heads it
    assert (first, last) in {(s, e) for evidence, s, e in _zh_rows(paragraphs, day) if words in evidence}


@pytest.mark.parametrize(("paragraphs", "words", "days"), [
    (["（二）越南代表团已于本月二日抵京，拟于本月中旬离京赴上海参观；"], "离京", (date(1958, 11, 11), date(1958, 11, 20))),
    (["苏联专家组计划于本月下旬返回莫斯科。"], "返回", (date(1958, 11, 21), date(1958, 11, 30))),
])
def test_a_plan_for_days_not_all_past_is_a_plan_with_no_date(paragraphs, words, days):
    rows = [(s, e) for evidence, s, e in _zh_rows(paragraphs, date(1958, 11, 12)) if words in evidence]
    assert (None, None) in rows and days not in rows, rows


@pytest.mark.parametrize(("paragraph", "words", "group"), [
    ("（二）越南代表团已于本月二日抵京，拟于本月中旬离京赴上海参观；", "离京", "Vietnamese delegation"),
    ("波兰代表团已于本月五日抵京，拟于十一月二十日赴上海。", "赴上海", "Polish delegation"),
])
def test_a_chinese_plan_clause_without_a_subject_is_the_earlier_clauses_group(paragraph, words, group):
    rows = _zh_rows([paragraph], date(1958, 11, 12))
    from pipeline.parse.model import Block, ParsedDocument

    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1958, 11, 12),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(paragraph), paragraph, language="zh")])
    planned = [e for e in extract_events(doc) if e.start_date is None and e.end_date is None
               and words in paragraph[e.evidence_start: e.evidence_end]]
    assert planned and all(e.sources == [group] for e in planned), rows


@pytest.mark.parametrize(("note", "cites"), [
    ("7 Gromyko to Khrushchev, 3 May 1961, AVPRF, f. 0129, op. 45, p. 331, d. 12, l. 5.", True),
    ("22 Memorandum of conversation, 14 October 1962, in Foreign Relations of the United States, vol. 11 (Washington, 1996), 45.", True),
    ("3 Записка Суслова в ЦК КПСС, 5 марта 1957 г., РГАНИ, ф. 3, оп. 14, д. 97, л. 12.", True),
    ("23 Andropov’s cable of 4 November reported that Nagy and his group were in the Yugoslav embassy.", False),
    ("31 Brezhnev’s letter to the Polish leadership of 3 September called the agreement a defeat.", False),
])
def test_a_books_source_note_names_a_document_and_its_day_but_tells_no_event(note, cites):
    from pipeline.parse.model import Block, ParsedDocument

    text = "On 2 May 1961 the ambassador met the minister.7 The talks went on for a week."
    blocks = [Block("paragraph", 0, len(text), text, language="en"), Block("paragraph", len(text) + 2, len(text) + 2 + len(note), note)]
    doc = ParsedDocument(parser="test/1", source_type="book_excerpt", document_type="book_pages", document_date=None,
                         document_date_precision=None, blocks=blocks)
    assert any(e.block == 1 for e in extract_events(doc)) != cites


@pytest.mark.parametrize(("title", "point", "plan"), [
    ("ПОСТАНОВЛЕНИЕ СОВЕТА МИНИСТРОВ СССР", "2. Назначить послом СССР в Гвинее тов. Соловьева П. И.", False),
    ("ПОСТАНОВЛЕНИЕ ПРЕЗИДИУМА ЦК КПСС", "3. Созвать 14 марта совещание секретарей обкомов.", True),
    ("ПОСТАНОВЛЕНИЕ ПРЕЗИДИУМА ЦК КПСС", "4. Делегации выехать в Пекин 20 марта.", True),
    ("ПОСТАНОВЛЕНИЕ ПРЕЗИДИУМА ЦК КПСС", "1. Заслушав доклад тов. Громыко о переговорах, Президиум ЦК одобряет их итоги.", False),
])
def test_a_paper_that_is_a_resolution_decides_its_points_on_its_day_and_a_later_day_is_a_plan(title, point, plan):
    """A resolution printed under its kind and body alone, with no operative word ("ПОСТАНОВЛЯЕТ") over its points: the
    points are the body's decisions on the resolution's day; one that fixes a later day is a plan as well."""
    rows = _page(title, ["«О делегации»", "7 марта 1963 г.", point, "Секретарь ЦК Ф. Козлов"], PROTOCOL)
    days = _days(rows, point.split(" ", 2)[1])
    assert (date(1963, 3, 7), date(1963, 3, 7)) in days, rows
    assert ((None, None) in days) == plan, rows


def test_the_decisions_of_a_session_of_several_days_stand_on_their_label_within_its_days():
    """"Decided:" over points that are plans, in the minutes of a session held from the 10th to the 12th: the decision on
    one of those days, the label's row; the points no act on the first day."""
    rows = _page("Minutes of the Meeting of the Committee of Ministers of Defence, Sofia, 10-12 May 1971",
                 ["The meeting was held in Sofia from 10 to 12 May 1971.", "Comrade Dzhurov opened the meeting.", "Decided:",
                  "1. The chiefs of staff shall meet before the end of the year.", "2. The next meeting shall take place in 1972."])
    assert _days(rows, "Decided") == {(date(1971, 5, 10), date(1971, 5, 12))}, rows
    assert (date(1971, 5, 10), date(1971, 5, 10)) not in _days(rows, "chiefs of staff"), rows


@pytest.mark.parametrize(("sentence", "thing", "day"), [
    ("Comrade Grechko reported on the exercises of the allied armies held in Bulgaria in March.", "Grechko reported",
     (date(1971, 3, 1), date(1971, 3, 31))),
    ("Comrade Hoffmann spoke about the work of the staff since the meeting of February 1970.", "Hoffmann spoke",
     (date(1970, 2, 1), date(1970, 2, 28))),
])
def test_a_turn_at_a_session_of_several_days_is_within_its_days_though_the_thing_it_names_is_dated(sentence, thing, day):
    rows = _page("Minutes of the Meeting of the Committee of Ministers of Defence, Sofia, 10-12 May 1971",
                 ["The meeting was held in Sofia from 10 to 12 May 1971.", sentence])
    days = _days(rows, thing)
    assert (date(1971, 5, 10), date(1971, 5, 12)) in days, rows
    assert day in days, rows
