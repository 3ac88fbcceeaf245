"""Lines and sentences that tell no happening give no row, while a like sentence that tells one keeps it: each rule with
paraphrases in other names, days, word orders and languages than the held-out pages it was found on
(tests/fixtures/probes_events, tests/fixtures/probes_events2)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse.model import Block, ParsedDocument

DAY = date(1961, 4, 12)


def _rows(lines: list[str], language: str, day: date | None = DAY, kind: str = "letter") -> list[tuple[str, date | None, date | None]]:
    """The rows of a document whose paragraphs are ``lines``: evidence, first and last day."""
    blocks, at = [], 0
    for line in lines:
        blocks.append(Block("paragraph", at, at + len(line), line, language=language))
        at += len(line) + 2
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=kind, document_date=day,
                         document_date_precision="day" if day else None, blocks=blocks)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def _told(rows: list[tuple[str, date | None, date | None]], words: str) -> bool:
    return any(words in evidence for evidence, _, _ in rows)


@pytest.mark.parametrize(("line", "act"), [
    ("ПОСОЛ СССР В ИНДОНЕЗИИ", "Посол вручил президенту ноту правительства СССР."),
    ("Посол СССР в ГДР М. Первухин", "Первухин передал Ульбрихту письмо ЦК КПСС."),
    ("Дорогой товарищ Цеденбал!", "Цеденбал принял делегацию в своем кабинете."),
    ("Уважаемый товарищ Шарафуддин Рашидов!", "Рашидов вылетел в Ташкент."),
])
def test_a_russian_office_line_or_salutation_is_no_act_and_a_sentence_with_its_words_is(line, act):
    rows = _rows([line, act], "ru")
    assert not _told(rows, line)
    assert _told(rows, act)


def _page(source: str, head: list[str], body: list[str]) -> list[tuple[str, date | None, date | None]]:
    """The rows of a page of ``source`` with its heading lines, then its paragraphs."""
    from pipeline.normalize.text import decode
    from pipeline.seed import parse_text

    text = decode((f"source: {source}\n" + "\n\n".join(head + body) + "\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


FRUS = "https://history.state.gov/historicaldocuments/frus1964-68v17/d21"
WILSON = "https://digitalarchive.wilsoncenter.org/document/x"


@pytest.mark.parametrize(("title", "dateline", "day"), [
    ("21. Telegram From the Embassy in Greece to the Department of State1", "Athens, March 3, 1965, 7 p.m.", date(1965, 3, 3)),
    ("88. Telegram From the Department of State to the Embassy in Poland1", "Washington, October 12, 1958, 3:15 p.m.", date(1958, 10, 12)),
    ("5. Telegram From the Embassy in the Soviet Union to the Department of State1", "Moscow, January 9, 1962, noon.", date(1962, 1, 9)),
])
def test_a_telegram_is_sent_on_its_dateline_not_in_its_title(title, dateline, day):
    rows = _page(FRUS, ["Historical Documents - Office of the Historian", title, dateline],
                 ["1204. The Foreign Minister received me this morning.", "Labouisse"])
    assert (dateline, day, day) in rows, rows
    assert not _told(rows, "Telegram From"), rows


def test_a_date_in_brackets_under_a_title_is_no_dateline_and_the_title_stays_the_sending():
    rows = _page(WILSON, ["June 3, 1960", "Telegram from Mao Zedong to Kim Il Sung"],
                 ["(3 June 1960)", "We agree with your proposal on the exchange of delegations."])
    assert any(evidence.startswith("Telegram from Mao Zedong") and start == date(1960, 6, 3) for evidence, start, _ in rows), rows


@pytest.mark.parametrize(("title", "name", "dated", "day"), [
    ("Telegram from Zhou Enlai to Chen Yi", "Zhou Enlai", "17 August 1962", date(1962, 8, 17)),
    ("Telegram from Mao Zedong to Peng Dehuai", "Mao Zedong", "5 March 1951", date(1951, 3, 5)),
    ("Letter from Liu Shaoqi to Gao Gang", "Liu Shaoqi", "12 May 1950", date(1950, 5, 12)),
])
def test_a_message_signed_by_its_writer_in_plain_letters_is_sent_on_the_day_under_the_name(title, name, dated, day):
    rows = _page(WILSON, [day.strftime("%B %-d, %Y"), title],
                 ["Comrade:", "Your telegram has been received. Please cable me the results of the talks.", name, dated])
    assert any(evidence == dated and start == day for evidence, start, _ in rows), rows
    assert not _told(rows, title), rows


@pytest.mark.parametrize(("summary", "act"), [
    ("Zhou Enlai instructs Chen Yi on the talks with Souvanna Phouma.", "I agree that you hold talks with Souvanna Phouma."),
    ("Mao Zedong informs Peng Dehuai about the talks with the Soviet advisers.", "Yesterday I met the Soviet advisers."),
    ("Liu Shaoqi asks Gao Gang that the conference with the Soviet experts be put off.", "Yesterday I met the Soviet experts."),
])
def test_a_sites_summary_of_what_a_message_does_is_no_act_and_the_messages_own_words_are(summary, act):
    writer = summary.split(" ")[0] + " " + summary.split(" ")[1]
    rows = _page(WILSON, ["August 17, 1962", "Telegram"], [act, writer, "17 August 1962", summary])
    assert not any(evidence in summary for evidence, _, _ in rows), rows  # nothing read from the summary
    assert _told(rows, act[:20]), rows


@pytest.mark.parametrize(("summary", "signer"), [
    ("Kuznetsov reports on the Soviet-Yugoslav trade talks.", "V. Kuznetsov"),
    ("Gromyko reports on the conversation with Rusk.", "A. Gromyko"),
])
def test_a_summary_sentence_under_the_signed_date_is_no_meeting_of_that_day(summary, signer):
    rows = _page(WILSON, ["September 23, 1955", "Memorandum from V. V. Kuznetsov to the CC CPSU on the Talks with the Yugoslav Delegation"],
                 ["To the CC CPSU", "The delegation completed its talks in Moscow on 20 September.", signer, "23 September 1955", summary])
    assert not _told(rows, summary), rows
    assert any(start == date(1955, 9, 20) for _, start, _ in rows), rows


@pytest.mark.parametrize(("sentence", "fragment"), [
    ("After three days of talks the delegation agreed to a compromise of 8 per cent.", "After three days of talks"),
    ("Following two weeks of negotiations, the sides initialled the protocol.", "Following two weeks of negotiations"),
    ("After eight days of talks the government signed an agreement with the strike committee.", "After eight days of talks"),
])
def test_a_span_of_talks_before_an_act_is_no_act_of_its_own_and_the_act_stays(sentence, fragment):
    rows = _rows([sentence], "en", kind="memorandum")
    assert not any(evidence.startswith(fragment) and len(evidence) < len(sentence) - 5 for evidence, _, _ in rows), rows
    assert any(evidence == sentence for evidence, _, _ in rows), rows


def test_an_act_named_after_after_is_still_read_as_done():
    rows = _rows(["After the conclusion of the Polish Roundtable agreement the delegation returned to Warsaw."], "en", kind="memorandum")
    assert any(evidence.startswith("After the conclusion") and end is not None for evidence, _, end in rows), rows


def _record(lines: list[str], language: str) -> list[tuple[str, date | None, date | None]]:
    return _rows(lines, language, kind="record_of_conversation")


@pytest.mark.parametrize(("line", "language"), [
    ("Сукарно принял меня во дворце Мердека по моей просьбе.", "ru"),
    ("На беседе присутствовал советник посольства Пелишенко В.В.", "ru"),
    ("Хо Ши Мин принял нас в президентском дворце.", "ru"),
    ("President Nasser received me at the Kubbeh Palace.", "en"),
    ("Premier Zhou received us in the Great Hall of the People.", "en"),
])
def test_a_records_own_meeting_told_in_its_text_is_on_the_records_day(line, language):
    rows = _record([line], language)
    assert (line, DAY, DAY) in rows, rows


@pytest.mark.parametrize(("line", "language"), [
    ("В 1957 году Сукарно принял советскую делегацию в Бандунге.", "ru"),
    ("Two years ago President Nasser received a Soviet delegation in Cairo.", "en"),
])
def test_a_reception_the_record_tells_of_another_time_is_not_its_meeting(line, language):
    rows = _record([line], language)
    assert not any(start == DAY for evidence, start, _ in rows if evidence == line), rows


@pytest.mark.parametrize("line", [
    "Я обещал доложить об этом в Москву.",
    "Посол пообещал передать просьбу президента в Москву.",
    "Министр заверил посла, что поставки будут выполнены в срок.",
])
def test_a_promise_at_a_russian_meeting_is_a_turn_of_the_meeting_on_its_day(line):
    rows = _record(["Сукарно принял меня во дворце Мердека.", line], "ru")
    assert any(evidence == line and start == DAY == end for evidence, start, end in rows), rows


@pytest.mark.parametrize(("note", "told"), [
    ("25 Cable from Soldatić to the Yugoslav Foreign Ministry, 22 November 1956.", "24 Nagy was deported to Romania on 23 November 1956."),
    ("12 Letter from Gomulka to Khrushchev, 3 March 1957.", "11 Gomulka flew to Moscow on 1 March 1957."),
    ("8 Телеграмма Андропова в МИД СССР, 4 ноября 1956 г.", "7 Надь укрылся в посольстве Югославии 4 ноября 1956 г."),
])
def test_a_note_that_only_cites_its_source_is_no_happening_and_a_note_that_tells_one_is(note, told):
    language = "ru" if note[3] in "ТП" else "en"
    rows = _rows([told, note], language, day=None, kind="book pages")
    assert not _told(rows, note[3:20]), rows
    assert _told(rows, told[3:20]), rows


@pytest.mark.parametrize(("line", "language"), [
    ("Премьер-министр принял меня в своей резиденции по моей просьбе.", "ru"),
    ("Министр иностранных дел принял нас по нашей просьбе.", "ru"),
    ("Pursuant to our request, the foreign minister received us in his office.", "en"),
])
def test_the_writers_own_request_for_an_audience_is_told_by_the_audience_alone(line, language):
    rows = _record([line], language)
    assert [(line, DAY, DAY)] == [r for r in rows if r[0] in line], rows


def test_the_addressees_request_stays_a_message_of_its_own():
    line = "По вашей просьбе направляю текст заявления правительства."
    rows = _rows([line], "ru")
    assert any("вашей просьбе" in evidence for evidence, _, _ in rows), rows
