"""The day in scope in a narrative (an editorial note, a book's page): a bracketed inline source is no sentence of the
story and moves no year; an opening phrase that ends with a day moves the day the times and day-parts after it are on.
Sentences of our own, in the three languages, besides the page the shapes were found on (tests/fixtures/probes_events16)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.annotate import cites_an_archive, sentence_spans_of
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, language: str = "en") -> list[tuple[str, date | None, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="edition", document_type="editorial note", document_date=None,
                         document_date_precision=None, blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


@pytest.mark.parametrize("text", [
    "(Telegram 212 from Vientiane; National Archives, RG 59, Central Files 1961–63, POL 27 LAOS) Souvanna left for Paris.",
    "(Memorandum from Bundy to Kennedy; Kennedy Library, National Security Files, Laos) The President agreed.",
    "(АВП РФ, ф. 0100, оп. 54, д. 12, л. 3–5) Посол вручил ноту.",
])
def test_a_bracket_that_opens_a_sentence_and_cites_a_source_is_a_sentence_of_its_own(text):
    spans = sentence_spans_of(text)
    assert len(spans) == 2
    assert cites_an_archive(text[spans[0][0]: spans[0][1]])


@pytest.mark.parametrize("text", [
    "(On May 3 the Soviet side replied.) The President agreed.",
    "(Washington, May 3, 1961) The President agreed.",
    "（1964年1月10日，周恩来会见了加纳总统。）",
    "(5 мая 1961 г. посол передал ответ, и министр его принял.) Переговоры продолжились.",
])
def test_a_bracket_that_tells_an_act_or_writes_a_place_and_day_is_no_source(text):
    spans = sentence_spans_of(text)
    assert not cites_an_archive(text[spans[0][0]: spans[0][1]])


@pytest.mark.parametrize(("text", "words", "day"), [
    ("On April 24, 1965, the officers rose in the capital. In a telegram sent at 5:14 p.m. on April 28, the ambassador "
     "reported that the junta had asked for troops. (Telegram 1146 from Santo Domingo; National Archives, RG 59, Central "
     "Files 1964–66, POL 23–9 DOM REP) The first Marines came ashore by helicopter at 7 p.m. On April 30 the Nuncio "
     "arranged a ceasefire.", "ceasefire", date(1965, 4, 30)),
    ("On 2 March 1969, Soviet and Chinese troops clashed on the Ussuri. (Memorandum from Kissinger to Nixon; National "
     "Archives, Nixon Presidential Materials, Box 337) On 15 March the fighting resumed.", "fighting resumed", date(1969, 3, 15)),
])
def test_the_years_of_a_bracketed_source_move_no_year_of_the_story(text, words, day):
    assert any(words in evidence and start == day for evidence, start, _ in _rows(text))


@pytest.mark.parametrize(("text", "words", "day"), [
    ("On April 24, 1965, the officers rose in the capital. In a telegram sent at 5:14 p.m. on April 28, the ambassador "
     "reported that the junta had asked for troops. The first Marines came ashore by helicopter at 7 p.m.",
     "Marines", date(1965, 4, 28)),
    ("On 10 June 1967 the ceasefire came into force. At a meeting held on 12 June, the ministers agreed on the text. "
     "The delegates then left for home at 9 p.m.", "delegates", date(1967, 6, 12)),
    ("On 3 May 1961 the talks opened. After a long session on the evening of 5 May, the delegations signed the protocol. "
     "The chairman thanked the interpreters at 11 p.m.", "chairman", date(1961, 5, 5)),
])
def test_an_opening_phrase_that_ends_with_a_day_moves_the_day_in_scope(text, words, day):
    assert any(words in evidence and start == day for evidence, start, _ in _rows(text))


@pytest.mark.parametrize(("text", "count"), [
    ("The specialists were recalled the next day.¹ Tito answered on 20 March.", 2),
    ("Они были арестованы вскоре после этого.²³ Съезд открылся 21 июля.", 2),
    ("The delegation left on 3 May.⁴ It returned a week later.", 2),
    ("The area is 12 km². It lies north of the river.", 2),
])
def test_a_superscript_note_number_after_a_full_stop_ends_the_sentence(text, count):
    assert len(sentence_spans_of(text)) == count


def test_the_day_after_a_sentence_closed_by_a_superscript_note_counts_from_the_day_before():
    text = "The first open sign came on 18 March 1948, when Moscow withdrew its advisers. The civilian specialists were " \
           "recalled the next day.¹ Tito answered on 20 March in a letter to Molotov."
    assert any("recalled" in evidence and start == date(1948, 3, 19) for evidence, start, _ in _rows(text))


def _cable_rows(text: str, language: str, day: date) -> list[tuple[str, date | None, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "language", "words", "day"), [
    ("This morning Prime Minister Nehru announced in Parliament that India had recognized the new government.", "en",
     "announced", date(1971, 12, 6)),
    ("Yesterday the Foreign Secretary informed the ambassadors that the frontier had been closed.", "en", "informed",
     date(1971, 12, 5)),
    ("Вчера министр сообщил послам, что граница была закрыта.", "ru", "сообщил", date(1971, 12, 5)),
    ("今天上午印度总理在议会宣布，印度已承认新政府。", "zh", "宣布", date(1971, 12, 6)),
    ("昨天外交部通知各国使馆，边界已经关闭。", "zh", "通知", date(1971, 12, 5)),
])
def test_a_sentence_that_opens_with_a_day_counted_from_the_writing_is_of_that_day(text, language, words, day):
    assert any(words in evidence and (start, end) == (day, day)
               for evidence, start, end in _cable_rows(text, language, date(1971, 12, 6)))


@pytest.mark.parametrize(("text", "language", "words"), [
    ("The army crossed the border on the night of 3 to 4 December, and by today it has reached Jessore.", "en", "Jessore"),
    ("The rebels landed on 2 December, and by today they have taken the whole coast.", "en", "coast"),
])
def test_a_clause_that_opens_with_by_today_is_an_upper_bound_at_the_day_of_writing(text, language, words):
    assert any(words in evidence and start is None and end == date(1971, 12, 6)
               for evidence, start, end in _cable_rows(text, language, date(1971, 12, 6)))


@pytest.mark.parametrize(("before", "group"), [
    ("a group of junior officers in Santo Domingo ", "junior officers"),
    ("striking dockers in Port Said ", "striking dockers"),
    ("the Polish embassy in Jakarta ", "Polish embassy in Jakarta"),
])
def test_a_group_subject_ends_before_the_place_it_stood_in(before, group):
    from pipeline.extract.events.common import subject_phrase
    assert subject_phrase(before) == [group]
