"""A relative day ("the same evening", "the next day") counts from the day the text named last, however it named it:
a day of the week its sentence goes on to after a date ("which began on 28 February, spread to the capital on
Tuesday"), or a day an act was done by ("By the evening of the 6th ..."); not a later act told aside in a clause of its
own ("..., who were set free on Sunday"). And the Chinese and Russian since forms that enclose a date or follow a word
of lasting ("自十月三十一日晚起连续轰炸", "продолжающиеся с 18 декабря") are courses up to the day written."""

from datetime import date

from pipeline.extract import row_filter
from pipeline.seed import process_seed

_CABLE = "CIPHERED TELEGRAM No. 318\nSent from Lomé: {sent}\nTo: Deputy Minister Kowalski\nUrgent\n\n{body}\n"


def _rows(body: str, sent: str = "9.03.1975, 18.00") -> list[dict]:
    with row_filter.disabled():
        return process_seed(
            "9001_telegram-test.txt", _CABLE.format(sent=sent, body=body).encode()
        ).events.to_pylist()


def _days(rows: list[dict], words: str) -> list[tuple]:
    return [(r["start_date"], r["end_date"]) for r in rows if words in r["evidence_text"]]


def test_the_same_evening_counts_from_the_weekday_the_dated_sentence_went_on_to():
    rows = _rows(
        "1. The strike which began in the port on 28 February spread to the capital on Tuesday, when crowds burned "
        "the customs sheds. The police fired on the crowd, and the same evening the government closed the frontier."
    )
    assert _days(rows, "the same evening") == [(date(1975, 3, 4), date(1975, 3, 4))]


def test_a_weekday_in_a_clause_told_aside_leaves_the_story_at_its_date():
    rows = _rows(
        "1. On 28 February soldiers crossed the border and seized two customs officers, who were set free on Tuesday. "
        "The Foreign Ministry protested the same evening."
    )
    assert _days(rows, "protested the same evening") == [(date(1975, 2, 28), date(1975, 2, 28))]


def test_the_next_day_counts_from_the_day_an_act_was_done_by():
    rows = _rows(
        "Polling on 3 March passed off quietly, and by the evening of the 5th the count showed the opposition ahead. "
        "The next day the President dissolved the assembly."
    )
    assert _days(rows, "The next day the President") == [(date(1975, 3, 6), date(1975, 3, 6))]


def test_a_chinese_date_a_since_word_encloses_opens_a_course():
    rows = _rows("一、英法飞机自十月三十一日晚起连续轰炸塞得港。", sent="2.11.1956, 18.00")
    assert (date(1956, 10, 31), date(1956, 11, 2)) in _days(rows, "连续轰炸")


def test_a_chinese_date_that_opens_an_act_is_its_day():
    rows = _rows("一、中国政府宣布停火，并从十二月一日起后撤。", sent="2.03.1963, 18.00")
    assert (date(1962, 12, 1), date(1963, 3, 2)) not in _days(rows, "后撤")


def test_a_russian_day_after_a_word_of_lasting_opens_a_course():
    rows = _rows(
        "В субботу, 23 декабря, премьер-министр выступил с заявлением, в котором осудил бомбардировки, "
        "продолжающиеся с 18 декабря.",
        sent="26.12.1972, 18.00",
    )
    days = _days(rows, "продолжающиеся с 18 декабря")
    assert (date(1972, 12, 18), date(1972, 12, 26)) in days
    assert (date(1972, 12, 18), date(1972, 12, 18)) not in days
