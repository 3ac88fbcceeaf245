"""A record of a talk: a turn whose words open with a day counted back from the talk and then go on, after a joiner,
to a weekday's act ("..., что позавчера ..., а в пятницу ..."): each clause on its own day; and a count forward from the
talk that passes the day the record was written ("через две недели"): a plan, undated."""

from pipeline.seed import process_seed

_RU = """source: https://example.org/docs/zapis-besedy-1965
ЗАПИСЬ БЕСЕДЫ ПОСЛА СССР С МИНИСТРОМ ОБОРОНЫ

Секретно

ЗАПИСЬ БЕСЕДЫ
с министром обороны Ганы генералом Анкра
8 апреля 1965 г.

Сегодня посетил министра обороны генерала Анкра в министерстве.

Министр Анкра сообщил, что позавчера правительство закрыло две газеты, а в субботу освободило арестованных студентов.

Договорились встретиться снова через две недели.
"""


def _rows(page: str) -> list[dict]:
    return process_seed("x.txt", page.encode()).events.to_pylist()


def test_a_day_counted_back_and_a_weekday_in_one_turn_date_their_own_clauses():
    rows = _rows(_RU)  # 8 April 1965 was a Thursday
    back = {str(r["start_date"]) for r in rows if "позавчера" in r["evidence_text"] and r["method"] == "relative_date"}
    weekday = [r for r in rows if r["evidence_text"].startswith("в субботу")]
    assert back == {"1965-04-06"}
    assert [str(r["start_date"]) for r in weekday] == ["1965-04-03"]


def test_a_meeting_agreed_for_a_day_past_the_writing_is_an_undated_plan():
    rows = [r for r in _rows(_RU) if "через две недели" in r["evidence_text"]]
    assert rows and all(r["date_kind"] == "undated" and r["start_date"] is None for r in rows)
