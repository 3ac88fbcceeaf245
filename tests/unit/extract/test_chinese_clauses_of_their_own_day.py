"""A Chinese sentence whose clauses, parted by its commas, each name a day of their own counted back from the day the
text speaks from ("卡马拉说，代表团昨天抵达北京，前天在广州参观了出口商品交易会"): a row for each day, the clause's words its
evidence. A day a course starts from ("前天夜里起实行宵禁") or one to come is no such clause. Pages of our own making."""

from __future__ import annotations

from pipeline.seed import process_seed

_TELEGRAM = """外交部来电

驻冈比亚使馆：

卡马拉说，代表团昨天抵达北京，前天在广州参观了出口商品交易会。

二、前天夜里起实行宵禁，昨日下午已经解除。

外交部
一九七九年三月十五日
"""


def _rows(text: str) -> list[dict]:
    return process_seed("x.txt", text.encode()).events.to_pylist()


def test_each_clause_with_its_own_day_is_a_row_of_that_day():
    rows = _rows(_TELEGRAM)
    visited = [r for r in rows if "前天在广州参观" in r["evidence_text"]]
    assert any(r["start_date"].isoformat() == "1979-03-13" == r["end_date"].isoformat() for r in visited if r["start_date"])
    arrived = [r for r in rows if "昨天抵达北京" in r["evidence_text"] and r["start_date"]]
    assert any(r["start_date"].isoformat() == "1979-03-14" for r in arrived)


def test_a_day_a_course_starts_from_is_no_clause_of_its_own():
    rows = _rows(_TELEGRAM)
    assert not [r for r in rows if r["evidence_text"].strip("，") == "二、前天夜里起实行宵禁"]  # the curfew's course, no row of its own
    lifted = [r for r in rows if r["evidence_text"].startswith("昨日下午已经解除")]
    assert len(lifted) == 1 and lifted[0]["start_date"].isoformat() == "1979-03-14"
