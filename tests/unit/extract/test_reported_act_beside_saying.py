"""A saying that reports an act done before it ("The President admitted that the editor had been tried and hanged", "the
Minister told me that the harvest has failed", "Кениата сказал, что правительство отказалось ..."): the saying's row on
its day, and the act's own row beside it, on or before that day, done by the clause's subject. A plan, a view or a
clause with no doer gets no such row. Pages of our own making."""

from __future__ import annotations

from pipeline.seed import process_seed

_MEMCON = """Record of Conversation with President Jaafar Nimeiri

Khartoum, 3 August 1971

Today I was received by President Nimeiri at the Republican Palace.

Nimeiri admitted that Joseph Garang had been tried by a military court and hanged at Kober prison.

The President said that the army would hold elections next year.

Nimeiri told me that the Sudanese Communist Party has lost most of its members in the provinces.

He said that it had been a hard month for the country.
"""

_MINUTES = """Minutes of the Talks between Erich Honecker and Samora Machel

Maputo, 23 February 1979

Comrade Machel: Our comrades told me that the Cuban engineers arrived in Moatize with their equipment. We thank you.
"""

_RU_RECORD = """Запись беседы посла СССР с президентом Кениатой

Найроби, 3 мая 1965 г.

Кениата сказал, что правительство Кении отказалось принять груз оружия.
"""


def _rows(text: str) -> list[dict]:
    return process_seed("x.txt", text.encode()).events.to_pylist()


def _beside(rows: list[dict], opening: str) -> list[dict]:
    return [r for r in rows if r["evidence_text"].startswith(opening)]


def test_a_pluperfect_the_saying_admits_is_its_own_row_by_the_talks_day():
    rows = _rows(_MEMCON)
    hanged = _beside(rows, "Joseph Garang had been tried")
    assert len(hanged) == 1 and hanged[0]["evidence_text"].endswith("hanged at Kober prison")  # both verbs of one subject
    assert hanged[0]["date_kind"] == "upper_bound" and hanged[0]["start_date"] is None
    assert hanged[0]["end_date"].isoformat() == "1971-08-03"
    assert "Jaafar Nimeiri" not in hanged[0]["source_names"] and "Garang" in " ".join(hanged[0]["source_names"])
    saying = _beside(rows, "Nimeiri admitted")
    assert len(saying) == 1 and saying[0]["start_date"].isoformat() == "1971-08-03"  # the admitting keeps its row


def test_a_perfect_told_to_the_writer_is_an_act_of_its_own():
    lost = _beside(_rows(_MEMCON), "the Sudanese Communist Party has lost")
    assert len(lost) == 1 and lost[0]["date_kind"] == "upper_bound" and lost[0]["end_date"].isoformat() == "1971-08-03"


def test_a_plan_or_a_clause_with_no_doer_gets_no_row_of_its_own():
    rows = _rows(_MEMCON)
    assert not [r for r in rows if r["evidence_text"].startswith("it had been a hard month")]
    assert not [r for r in rows if r["evidence_text"].startswith("the army would hold") and r["end_date"] is not None]  # a plan: undated


def test_a_past_a_turn_reports_is_done_by_the_meetings_day():
    arrived = _beside(_rows(_MINUTES), "the Cuban engineers arrived")
    assert len(arrived) == 1 and arrived[0]["date_kind"] == "upper_bound" and arrived[0]["end_date"].isoformat() == "1979-02-23"


def test_a_russian_saying_reports_its_act_after_the_comma():
    refused = [r for r in _rows(_RU_RECORD) if "отказалось принять груз" in r["evidence_text"] and r["date_kind"] == "upper_bound"]
    assert len(refused) == 1 and refused[0]["end_date"].isoformat() == "1965-05-03"


_DATED_FRAME = """Telegram from the Embassy in Aden to the Foreign Office

Aden, 29 June 1967

The High Commissioner, Sir Humphrey Trevelyan, announced on 27th June that he had invited Mr. Hussein Ali Bayoomi to form a broadly based government.

The Minister of the Interior told me by telephone on Friday that the Sultan of Lahej had left for Cairo.
"""


def test_the_day_written_before_the_reported_clause_is_the_sayings_and_the_act_is_bounded_by_it():
    rows = _rows(_DATED_FRAME)
    invited = _beside(rows, "he had invited Mr. Hussein Ali Bayoomi")
    assert len(invited) == 1 and invited[0]["date_kind"] == "upper_bound"
    assert invited[0]["end_date"].isoformat() == "1967-06-27" and invited[0]["start_date"] is None
    assert "Humphrey Trevelyan" in invited[0]["source_names"]  # "he": the one who announces it
    saying = _beside(rows, "The High Commissioner")
    assert len(saying) == 1 and saying[0]["start_date"].isoformat() == "1967-06-27"


def test_a_day_between_the_saying_and_its_that_dates_the_saying_not_the_act():
    failed = _beside(_rows(_DATED_FRAME), "the Sultan of Lahej had left")
    assert len(failed) == 1 and failed[0]["date_kind"] == "upper_bound"
    assert failed[0]["end_date"].isoformat() == "1967-06-23"  # the Friday before the telegram
