"""Days a text tells relative to its own date or to a day just told: "since Tuesday" (a course to the day written),
"replied on the same day" (the day of the message answered), "on 8 April of last year", "the same evening", and the
day a record or a cable speaks from (the meeting's day, the cable's sending). Sentences of our own, besides the pages
the shapes were found on (tests/fixtures/probes_events19)."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text
from pipeline.parse.model import Block, ParsedDocument
from pipeline.seed import process_seed


def _rows(text: str, kind: str, day: date) -> list[tuple[str, date | None, date | None]]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type=kind, document_date=day,
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    return [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def _seed_rows(text: str) -> list[tuple[str, date | None]]:
    tables = process_seed("page.txt", text.encode())
    return [(r["evidence_text"], r["start_date"]) for r in tables.events.to_pylist()]


def test_a_course_since_a_day_of_the_week_runs_to_the_day_written():
    rows = _rows("The students have occupied the university since Tuesday.", "letter", date(1968, 5, 17))
    assert any("occupied" in ev and start == date(1968, 5, 14) and end == date(1968, 5, 17) for ev, start, end in rows)


def test_a_reply_on_the_same_day_is_of_the_day_of_the_message_it_answers():
    rows = _rows("The Prime Minister wrote to the President on 4 March. The President replied on the same day that he "
                 "would send an envoy.", "telegram", date(1962, 3, 9))
    assert any("replied" in ev and start == date(1962, 3, 4) for ev, start, _ in rows)
    assert not any("replied" in ev and start == date(1962, 3, 9) for ev, start, _ in rows)


def test_a_day_of_last_year_is_of_the_year_before_the_one_written():
    rows = _rows("The minister recalled the proposals that his government put forward on 8 April of last year.",
                 "letter", date(1971, 2, 3))
    assert any(start == date(1970, 4, 8) for _, start, _ in rows)
    assert not any(start == date(1971, 4, 8) for _, start, _ in rows)


def test_the_same_evening_is_the_day_told_last():
    rows = _rows("The rebels seized the airport on 3 June. The governor fled by sea and reached the mainland the same "
                 "evening.", "memorandum", date(1965, 6, 5))
    assert any("reached the mainland" in ev and start == date(1965, 6, 3) for ev, start, _ in rows)


def test_a_meeting_the_minutes_plan_does_not_date_the_meeting_they_record():
    text = ("MINUTES No. 4\nof the meeting of the Bureau\n\nSofia, 10 May 1970. Present: Comrades A, B and C.\n\n"
            "Comrade Petrov reported on the harvest.\n\nRESOLVED:\n1. A meeting of the district secretaries is to be "
            "held on 14 May.\n")
    doc = parse_text("source: https://example.org/minutes-bureau\n" + text)
    assert doc.document_date == date(1970, 5, 10)
    rows = _seed_rows("source: https://example.org/minutes-bureau\n" + text)
    assert any("reported" in ev and day == date(1970, 5, 10) for ev, day in rows)
    assert not any("reported" in ev and day == date(1970, 5, 14) for ev, day in rows)


def test_a_cable_is_of_the_day_it_was_sent_not_of_its_typing_next_morning():
    text = ("CIPHERED TELEGRAM No. 2231\nTyped by Orlova 4.III.63 at 01.20\nDeciphered by Sokolov 4.III.63 at 00.50\n"
            "Sent from Conakry 3.III.63 at 21.10\n\nThis morning the President received me at the palace.\n\nI. IVANOV\n")
    doc = parse_text("source: https://example.org/cable-conakry\n" + text)
    assert doc.document_date == date(1963, 3, 3)
    assert any("received me" in ev and day == date(1963, 3, 3) for ev, day in _seed_rows("source: https://example.org/cable-conakry\n" + text))


def test_the_next_day_after_a_day_of_the_week_counts_from_that_day():
    rows = _rows("The delegation arrived in Hanoi on Tuesday and left for Peking the next day.", "telegram", date(1965, 3, 5))
    assert any(ev.startswith("The delegation arrived") and start == date(1965, 3, 2) for ev, start, _ in rows)
    assert any(ev.startswith("left for Peking") and start == date(1965, 3, 3) for ev, start, _ in rows)


def test_a_saying_of_yesterday_about_a_plan_of_a_later_day_is_of_yesterday():
    rows = _rows("Radio Hanoi announced yesterday that the delegation will arrive in Paris on 15 June.", "telegram",
                 date(1970, 6, 12))
    assert any(ev.startswith("Radio Hanoi announced") and start == date(1970, 6, 11) for ev, start, _ in rows)
    assert not any(start == date(1970, 6, 15) for _, start, _ in rows)


def test_a_russian_day_of_the_week_and_last_autumn_count_back_from_the_day_written():
    text = "В понедельник посол вручил ноту министру. Прошлой осенью делегация посетила Пхеньян."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1962, 1, 20),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="ru")])
    rows = [(text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]
    assert any("вручил" in ev and start == date(1962, 1, 15) for ev, start, _ in rows)
    assert any("посетила" in ev and (start, end) == (date(1961, 9, 1), date(1961, 11, 30)) for ev, start, end in rows)


def test_a_russian_diarys_same_evening_after_the_day_before_yesterday_is_that_day():
    text = "3 мая гарнизон был поднят по тревоге. Позавчера губернатор ушел в отставку, и в тот же вечер его пост занял полковник."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="diary entry", document_date=date(1969, 5, 9),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="ru")])
    rows = [(e.start_date, e.end_date) for e in extract_events(doc)]
    assert (date(1969, 5, 7), date(1969, 5, 7)) in rows, rows


def test_a_letters_second_clause_on_a_day_of_the_week_after_the_same_day_is_a_row_of_that_day():
    text = ("On 2 March the army crossed the border. On the same day the cabinet protested, and on Monday our envoy "
            "asked for a meeting of the Council.")
    rows = _rows(text, "letter", date(1971, 3, 5))
    assert any(ev.startswith("on Monday our envoy asked") and start == end == date(1971, 3, 1) for ev, start, end in rows), rows
