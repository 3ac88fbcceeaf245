"""Vague periods, plans and signature lines: each rule with paraphrases in other words, names, days and languages than
the page it was found on (tests/fixtures/probes_events2)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument


def _rows(text: str, language: str, day: date | None, kind: str = "letter") -> list[tuple[str, date | None, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=kind, document_date=day,
                         document_date_precision="day" if day else None,
                         blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def _dated(text: str, language: str, day: date | None, words: str) -> list[tuple[date | None, date | None]]:
    return [(start, end) for evidence, start, end in _rows(text, language, day) if words in evidence]


# Wednesday 15 October 1958: the week before runs from Monday 6 to Sunday 12 October; the weekend before is 11-12.
WEDNESDAY = date(1958, 10, 15)


@pytest.mark.parametrize(("text", "language", "words", "first", "last"), [
    ("The Polish delegation left Moscow last week.", "en", "delegation", date(1958, 10, 6), date(1958, 10, 12)),
    ("Last week the embassy received a protest from the Foreign Ministry.", "en", "protest", date(1958, 10, 6), date(1958, 10, 12)),
    ("На прошлой неделе в Варшаве состоялось совещание министров.", "ru", "совещание", date(1958, 10, 6), date(1958, 10, 12)),
    ("越南代表团上周抵达河内。", "zh", "代表团", date(1958, 10, 6), date(1958, 10, 12)),
    ("Over the weekend the Shah received the British ambassador.", "en", "Shah", date(1958, 10, 11), date(1958, 10, 12)),
    ("Last month we sent a group of geologists to Ulan Bator.", "en", "geologists", date(1958, 9, 1), date(1958, 9, 30)),
    ("В прошлом месяце в Кракове проведены учения.", "ru", "учения", date(1958, 9, 1), date(1958, 9, 30)),
])
def test_a_vague_period_is_the_calendar_period_before_the_document(text, language, words, first, last):
    assert (first, last) in _dated(text, language, WEDNESDAY, words)


def test_a_weekend_told_in_a_story_without_a_date_of_its_own_is_the_one_after_the_day_it_reached():
    text = "On 9 October 1958 the dockers of Gdynia stopped work. Over the weekend the strike spread to the port of Szczecin."
    assert (date(1958, 10, 11), date(1958, 10, 12)) in _dated(text, "en", None, "Szczecin")


@pytest.mark.parametrize(("text", "words"), [
    ("Госплан СССР направит в Софию группу экспертов в начале сентября.", "направит"),
    ("Вопрос о поставках зерна обсудим во время Вашего визита.", "обсудим"),
    ("Пленум ЦК КПЧ состоится в конце ноября.", "состоится"),
])
def test_a_russian_perfective_future_is_a_plan_with_no_date(text, words):
    rows = [(start, end) for evidence, start, end in _rows(text, "ru", WEDNESDAY) if words in evidence]
    assert rows and all(start is None and end is None for start, end in rows)


def _page(head: str, body: list[str]) -> list[tuple[str, date | None, date | None]]:
    """Rows of a page laid out as the Wilson Center gives it: its date and title, then its paragraphs."""
    from pipeline.normalize.text import decode
    from pipeline.seed import parse_text

    text = decode(("source: https://wilson-center-digital-archive.dvincitest.com/document/x\nSkip to content\n\n"
                   + head + "\n\n" + "\n\n".join(body) + "\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


@pytest.mark.parametrize(("line", "words"), [
    ("Министр Субандрио заявил, что в конце мая он посетит Москву для переговоров о кредите.", "посетит"),
    ("Президент Тито сказал, что Союзное вече рассмотрит этот договор отдельно.", "рассмотрит"),
    ("Премьер Носака сообщил, что партия созовет свой съезд в конце ноября.", "созовет"),
])
def test_a_plan_told_at_a_meeting_is_the_saying_on_the_day_and_the_plan_undated(line, words):
    rows = _page("October 15, 1958\n\nRecord of Conversation between Ambassador Smirnov and Premier Nosaka",
                 ["15 октября я посетил премьера Носаку.", line])
    assert any(start == WEDNESDAY and words in evidence for evidence, start, _ in rows), rows
    assert any(words in evidence and start is None and end is None for evidence, start, end in rows), rows


@pytest.mark.parametrize(("name", "dated", "day"), [
    ("G. Zhukov", "3 March 1957", date(1957, 3, 3)),
    ("A. A. Gromyko", "14.IV.1957", date(1957, 4, 14)),
    ("V. Kuznetsov", "Moscow, 23 September 1955", date(1955, 9, 23)),
])
def test_a_name_then_a_date_under_a_report_is_its_signing_that_day(name, dated, day):
    rows = _page("March 1, 1957\n\nReport from the Ministry on the Talks with the Delegation",
                 ["The delegation completed the talks on 28 February.", name, dated, "Document Information"])
    assert any(evidence == dated and start == day for evidence, start, _ in rows), rows


@pytest.mark.parametrize(("text", "head"), [
    ("The trade mission headed by Deputy Premier Jaroszewicz arrived in Moscow on 3 May 1958.", "Piotr Jaroszewicz"),
    ("A strike committee led by Anna Lis put forward its demands on 16 August 1958.", "Anna Lis"),
    ("The Hungarian delegation led by Antal Apró completed its talks in Moscow on 20 September 1958.", "Antal Apró"),
])
def test_a_group_named_with_its_head_acts_with_him(text, head):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="memorandum", document_date=WEDNESDAY,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    assert any(head in e.sources for e in extract_events(doc))


def test_a_person_received_with_the_group_he_heads_is_not_made_its_actor():
    text = "On 3 May 1958 Khrushchev received the trade mission headed by Deputy Premier Jaroszewicz."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="memorandum", document_date=WEDNESDAY,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    assert not any("Piotr Jaroszewicz" in e.sources and "Nikita Khrushchev" in e.sources for e in extract_events(doc))


def _actors_of(head: str, body: list[str], evidence: str) -> list[tuple[list[str], list[str]]]:
    from pipeline.normalize.text import decode
    from pipeline.seed import parse_text

    text = decode(("source: https://wilson-center-digital-archive.dvincitest.com/document/x\nSkip to content\n\n"
                   + head + "\n\n" + "\n\n".join(body) + "\n").encode())[0]
    doc = parse_text(text)
    return [(e.sources, e.targets) for e in extract_events(doc) if doc.blocks[e.block].text[e.evidence_start: e.evidence_end] == evidence]


@pytest.mark.parametrize(("head", "body", "closing", "writer", "addressee"), [
    ("June 5, 1958\n\nLetter from Wladyslaw Gomulka to Nikita Khrushchev",
     ["Dear Comrade Khrushchev,", "I received your letter of 20 May and discussed it with the Politburo.", "W. Gomulka", "Warsaw, 5 June 1958"],
     "Warsaw, 5 June 1958", "Władysław Gomułka", "Nikita Khrushchev"),
    ("March 11, 1963\n\nLetter from Walter Ulbricht to Leonid Brezhnev",
     ["Dear Comrade Brezhnev,", "We thank you for the information on the talks.", "W. Ulbricht", "Berlin, 11 March 1963"],
     "Berlin, 11 March 1963", "Walter Ulbricht", "Leonid Brezhnev"),
])
def test_a_letters_closing_place_and_date_is_its_writers_dating_to_its_addressee(head, body, closing, writer, addressee):
    # the settled row on a document's own place-and-date line: a letter's, the writer to the addressee
    assert _actors_of(head, body, closing) == [([writer], [addressee])]


@pytest.mark.parametrize(("head", "body", "asking", "asked", "concern"), [
    ("June 9, 1961\n\nCiphered Telegram from S. V. Chervonenko to A. A. Gromyko",
     ["On 8 June ZHOU ENLAI received me at his request.",
      "ZHOU ENLAI asked me to convey to N. S. Khrushchev that the Chinese government is ready to resume the talks.", "S. CHERVONENKO", "9 June 1961"],
     "Zhou Enlai", ["Stepan Chervonenko"], "Nikita Khrushchev"),
    ("May 3, 1958\n\nCiphered Telegram from P. F. Yudin to A. A. Gromyko",
     ["On 2 May MAO ZEDONG received me.", "MAO ZEDONG requested me to forward his letter to Comrade Kim Il Sung.", "P. YUDIN", "3 May 1958"],
     "Mao Zedong", ["Pavel Yudin"], "Kim Il Sung"),
    ("14 апреля 1961\n\nЗаписка М. Г. Первухина А. А. Громыко",
     ["Вчера тов. Ульбрихт в беседе со мной просил ускорить ответ советского правительства.", "М. ПЕРВУХИН", "14.IV.61 г."],
     "Walter Ulbricht", None, "Soviet government"),
])
def test_whoever_a_request_names_after_the_asked_act_is_not_the_one_asked(head, body, asking, asked, concern):
    rows = [(sources, targets) for line in body for sources, targets in _actors_of(head, body, line) if asking in sources]
    assert rows, body
    assert all(concern not in targets for _, targets in rows), rows  # "to convey to N. S. Khrushchev": the act asked for
    if asked is not None:
        assert rows[-1][1] == asked, rows


def _istmat_actors(head: str, body: list[str], evidence: str) -> list[tuple[list[str], list[str]]]:
    from pipeline.normalize.text import decode
    from pipeline.seed import parse_text

    doc = parse_text(decode(("source: https://istmat.org/node/1\n" + head + "\n\n" + "\n\n".join(body) + "\n").encode())[0])
    return [(e.sources, e.targets) for e in extract_events(doc) if doc.blocks[e.block].text[e.evidence_start: e.evidence_end] == evidence]


@pytest.mark.parametrize(("head", "body", "line", "expected"), [
    ("3 мая 1961\n\nЗапись беседы посла СССР в ГДР М.Г. Первухина с В. Ульбрихтом 3 мая 1961 г.",
     ["Ульбрихт принял меня в здании ЦК по моей просьбе.", "Я поздравил Ульбрихта с успешным завершением съезда."],
     "Я поздравил Ульбрихта с успешным завершением съезда.", (["Mikhail Pervukhin"], ["Walter Ulbricht"])),
    ("3 мая 1961\n\nЗапись беседы посла СССР в ГДР М.Г. Первухина с В. Ульбрихтом 3 мая 1961 г.",
     ["Ульбрихт принял меня в здании ЦК по моей просьбе.", "Ульбрихт сказал, что делегация выедет в Москву."],
     "Ульбрихт сказал, что делегация выедет в Москву.", (["Walter Ulbricht"], [])),  # a plain saying: the speaker alone
    ("12 июня 1958\n\nЗапись беседы посла СССР в КНР П.Ф. Юдина с Мао Цзэдуном 12 июня 1958 г.",
     ["Мао Цзэдун принял меня в своей резиденции.", "Я передал Мао Цзэдуну письмо ЦК КПСС."],
     "Я передал Мао Цзэдуну письмо ЦК КПСС.", "Pavel Yudin"),
])
def test_a_russian_record_of_a_talk_of_two_reads_its_i_as_the_ambassador_and_turns_as_said_to_the_other(head, body, line, expected):
    rows = _istmat_actors(head, body, line)
    if isinstance(expected, str):
        assert rows and all(sources == [expected] for sources, _ in rows), rows  # "Я передал ...": the record's writer
    else:
        assert expected in rows, rows


def _chronicle_rows(title: str, lines: list[str], year: int) -> list[tuple[str, list[str], list[str]]]:
    blocks, at = [], 0
    for line in lines:
        blocks.append(Block("paragraph", at, at + len(line), line, language="zh"))
        at += len(line) + 1
    doc = ParsedDocument(parser="test/1", source_type="book_page", title=title, document_date=date(year, 1, 1),
                         document_date_precision="year", blocks=blocks)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.sources, e.targets) for e in extract_events(doc)]


@pytest.mark.parametrize(("title", "line", "sources", "targets"), [
    ("《毛泽东年谱》1950年10月", "10月8日 同周恩来、彭德怀研究出兵朝鲜问题。", ["Mao Zedong", "Zhou Enlai", "Peng Dehuai"], []),
    ("《毛泽东年谱》1950年10月", "10月11日 下午，接见彭德怀，听取前线情况汇报。", ["Mao Zedong"], ["Peng Dehuai"]),
    ("《刘少奇年谱》1957年11月", "11月6日 接见苏联驻华大使尤金，谈中苏关系问题。", ["Liu Shaoqi"], ["Pavel Yudin"]),
    ("《刘少奇年谱》1957年11月", "11月7日 出席毛泽东主持的中央政治局会议。", ["Liu Shaoqi"], ["Mao Zedong"]),
])
def test_a_line_of_a_chronicle_of_a_life_with_no_subject_is_its_persons_act(title, line, sources, targets):
    year = int(title[title.index("》") + 1:][:4])
    assert (line, sources, targets) in _chronicle_rows(title, [line], year)


def test_a_chronicle_line_that_names_its_own_subject_keeps_it():
    rows = _chronicle_rows("《毛泽东年谱》1950年10月", ["10月19日 中国人民志愿军渡过鸭绿江。"], 1950)
    assert rows and all("Mao Zedong" not in sources + targets for _, sources, targets in rows), rows


def _letter_rows(text: str, sender: str, recipient: str, day: date) -> list[tuple[date | None, list[str], list[str]]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="letter", document_date=day,
                         document_date_precision="day", sender_names=[sender], recipient_names=[recipient],
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(e.start_date, e.sources, e.targets) for e in extract_events(doc)]


@pytest.mark.parametrize(("text", "writer", "addressee", "day", "sent", "later"), [
    ("I received your letter of 2 March and discussed it with the members of the Politburo on 6 March.",
     "Todor Zhivkov", "Leonid Brezhnev", date(1968, 3, 11), date(1968, 3, 2), date(1968, 3, 6)),
    ("We received your message of 12 June and the Politburo considered it at its meeting on 15 June.",
     "Walter Ulbricht", "Nikita Khrushchev", date(1960, 6, 20), date(1960, 6, 12), date(1960, 6, 15)),
])
def test_your_letter_of_a_day_dates_the_letter_and_a_later_day_in_the_sentence_another_act(text, writer, addressee, day, sent, later):
    rows = _letter_rows(text, writer, addressee, day)
    assert (sent, [addressee], [writer]) in rows, rows  # "your letter of 2 March": sent by the addressee to the writer
    assert all(addressee not in sources for start, sources, _ in rows if start == later), rows  # the discussion is not his


@pytest.mark.parametrize(("text", "body"), [
    ("Our Presidium discussed your proposals at its session on 6 May.", "Presidium"),
    ("Our Central Committee examined your letter at its plenum on 20 November.", "Central Committee"),
])
def test_our_body_acting_on_the_addressees_message_is_the_writers_body(text, body):
    rows = _letter_rows(text, "Antonín Novotný", "Nikita Khrushchev", date(1963, 12, 1))
    assert rows and all(sources == [body] for _, sources, _ in rows), rows


@pytest.mark.parametrize(("signer", "day_line", "day"), [
    ("Н. СОЛОДОВНИКОВ", "4.V.61", date(1961, 5, 4)),
    ("Н. СОЛОДОВНИКОВ", "4 мая 1961 г.", date(1961, 5, 4)),
])
def test_a_records_signed_date_over_the_editions_archive_line_is_its_signing(signer, day_line, day):
    # a record from the writer's diary, its day over the text and his signed day at its foot: the archive's line under
    # the foot's day ("АВП РФ. Ф. ...") is the edition's, not the text of a journal's next entry under its heading
    from pipeline.normalize.text import decode
    from pipeline.seed import parse_text

    body = ["Секретно\nЭкз. № 1", "Из дневника", "Н. А. СОЛОДОВНИКОВА", "ЗАПИСЬ БЕСЕДЫ", "с Первым секретарем ЦК СЕПГ В. Ульбрихтом",
            "3 мая 1961 г.", "Ульбрихт принял меня в здании ЦК по моей просьбе.", "Я поздравил Ульбрихта с успешным завершением съезда.",
            "Посол СССР в ГДР", signer, day_line, "АВП РФ. Ф. 0742. Оп. 6. П. 43. Д. 4. Л. 61–63. Подлинник."]
    doc = parse_text(decode(("source: https://istmat.org/node/1\nЗапись беседы посла СССР в ГДР М.Г. Первухина с В. Ульбрихтом"
                             " 3 мая 1961 г.\n\n" + "\n\n".join(body) + "\n").encode())[0])
    rows = [e for e in extract_events(doc) if doc.blocks[e.block].text.strip() == day_line]
    assert [e.start_date for e in rows] == [day] and rows[0].sources
