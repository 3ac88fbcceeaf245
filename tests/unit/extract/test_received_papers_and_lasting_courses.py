"""A happening between two days. The receipt of a paper of a day ("I received your letter of 4 May", "Ваше послание от
4 мая получено") runs from the paper's day to the next day the sentence names for what was done with it, else to the
day the letter is written, beside the paper's own row. A course a perfect tells since a day ("has now lasted since",
"has had no power since", "had cost ... since") runs from that day to the day written. Sentences of our own."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text

WILSON = "https://digitalarchive.wilsoncenter.org/document/x"


def _spans(head: list[str], body: list[str], signer: str) -> set[tuple[date, date]]:
    text = decode((f"source: {WILSON}\n" + "\n\n".join(head + body + [signer]) + "\n").encode())[0]
    doc = parse_text(text)
    return {(e.start_date, e.end_date) for e in extract_events(doc) if e.date_kind == "range"}


_LETTER = ["Letter from President Kenneth Kaunda to Prime Minister Harold Wilson", "State House", "Lusaka",
           "14th June, 1966", "Dear Prime Minister,"]


def test_a_letter_received_and_then_discussed_runs_from_its_day_to_the_discussion():
    spans = _spans(_LETTER, ["I received your letter of 4 June and discussed it with my Cabinet on 9 June. We share "
                             "your view of the talks."], "Kenneth Kaunda")
    assert (date(1966, 6, 4), date(1966, 6, 9)) in spans


def test_a_message_received_with_no_later_day_runs_to_the_day_written():
    spans = _spans(_LETTER, ["I have received your message of 4 June and have read it with great care. We share "
                             "your view of the talks."], "Kenneth Kaunda")
    assert (date(1966, 6, 4), date(1966, 6, 14)) in spans


def test_a_russian_letter_received_runs_from_its_day_to_the_session_that_read_it():
    head = ["Письмо ЦК КПСС Первому секретарю ЦК МНРП Ю. Цеденбалу", "17 июля 1964 г.", "Дорогой товарищ Цеденбал!"]
    spans = _spans(head, ["Ваше послание от 4 июля получено и рассмотрено на заседании Президиума ЦК КПСС 10 июля. "
                          "ЦК КПСС согласен с Вашим предложением."], "ЦК КПСС")
    assert (date(1964, 7, 4), date(1964, 7, 10)) in spans


_CABLE = ["Telegram From the Embassy in Lebanon to the Department of State", "Beirut, October 12, 1958, 4 p.m."]


def test_a_course_told_with_now_lasted_runs_from_its_day_to_the_cable_s():
    spans = _spans(_CABLE, ["The dock strike has now lasted since September 30 and has stopped all grain imports."],
                   "McClintock")
    assert (date(1958, 9, 30), date(1958, 10, 12)) in spans


def test_a_want_told_as_had_no_runs_from_its_day_to_the_cable_s():
    spans = _spans(_CABLE, ["The consulate in Tripoli has had no electricity since October 3 and its radio is silent."],
                   "McClintock")
    assert (date(1958, 10, 3), date(1958, 10, 12)) in spans


def test_a_course_a_report_tells_as_had_since_runs_from_the_last_day_told_to_the_report_s():
    spans = _spans(["Minutes of the Meeting of the Secretariat", "Budapest, 26 March 1979"],
                   ["Comrade Kovács informed the Secretariat that the rebels had crossed the river at dawn on 17 March, "
                    "and had since taken two provincial towns."], "Kovács")
    assert (date(1979, 3, 17), date(1979, 3, 26)) in spans


def test_a_since_closing_a_clause_after_the_sentence_s_date_runs_from_that_date_to_the_cable_s():
    spans = _spans(_CABLE, ["Cairo recognized the new regime on October 8; some ten other states have done so since."],
                   "McClintock")
    assert (date(1958, 10, 8), date(1958, 10, 12)) in spans
