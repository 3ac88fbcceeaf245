"""A cable that reports its writer's conversation: the line that sends it, and the sayings told after the writer says on
which day he met the other man ("Pella told me this morning that ...", "Makarios received me last night ..."). Each rule
with paraphrases in other names, places, days and hours than the pages it was found on (tests/fixtures/probes_events*)."""

from datetime import date

import pytest

from tests.unit.extract.cables import frus_cable_events


def _rows(number: int, country: str, line: str, body: str) -> list[dict]:
    return frus_cable_events(number, country, line, body)


def _dated(rows: list[dict], words: str) -> list[tuple]:
    return [(r["start_date"], r["end_date"]) for r in rows if r["evidence_text"].startswith(words)]


@pytest.mark.parametrize(("line", "day"), [
    ("Paris, March 3, 1961, 11 p.m.", date(1961, 3, 3)),
    ("Tokyo, June 14, 1960—noon.", date(1960, 6, 14)),
    ("Bonn, January 5, 1962—7:40 p.m.", date(1962, 1, 5)),
])
def test_a_cables_sending_line_is_its_sending(line, day):
    rows = _rows(41, "France", line, "712. The Minister returned from Brussels on the previous day.\n\nGavin\n")
    sent = [r for r in rows if r["method"] == "document_metadata"]
    assert [(r["event_type"], r["evidence_text"].strip(), r["start_date"]) for r in sent] == [("message_sent", line, day)]


def test_a_sending_line_on_another_day_than_the_cables_is_not_taken():
    rows = _rows(41, "France", "Paris, March 3, 1961, 11 p.m.", "712. On March 1, 1961, the Minister returned.\n\nGavin\n")
    assert all(r["evidence_text"].startswith("Paris, March 3") for r in rows if r["method"] == "document_metadata")


@pytest.mark.parametrize(("line", "body", "day"), [
    ("Bonn, October 4, 1961, 6 p.m.",
     "915. Brentano told me this morning that the cabinet had met on October 2.\n\n"
     "He asked that we treat this as confidential.\n\nI assured him I would so inform the Secretary.\n\nDowling\n",
     date(1961, 10, 4)),
    ("Athens, May 12, 1962, 3 a.m.",
     "301. Karamanlis received me at his office last night for an hour.\n\n"
     "He asked that we treat this as confidential.\n\nI assured him I would so inform the Secretary.\n\nLabouisse\n",
     date(1962, 5, 11)),
    ("Ankara, July 20, 1960, 9 p.m.",
     "77. The Foreign Minister called on me yesterday to speak of the bases.\n\n"
     "He asked that we treat this as confidential.\n\nI assured him I would so inform the Secretary.\n\nWarren\n",
     date(1960, 7, 19)),
])
def test_the_sayings_after_the_writers_conversation_are_of_its_day(line, body, day):
    rows = _rows(52, "Germany", line, body)
    assert _dated(rows, "He asked that") == [(day, day)]
    assert _dated(rows, "I assured him") == [(day, day)]


@pytest.mark.parametrize(("line", "body", "partner", "signer"), [
    ("Bonn, October 4, 1961, 6 p.m.",
     "915. Brentano told me this morning that the cabinet had met on October 2.\n\n"
     "He asked that we treat this as confidential.\n\nI assured him I would so inform the Secretary.\n\nDowling\n",
     "Brentano", "Dowling"),
    ("Athens, May 12, 1962, 3 a.m.",
     "301. Karamanlis received me at his office last night for an hour.\n\n"
     "Karamanlis asked that we treat this as confidential.\n\nI assured him I would so inform the Secretary.\n\nLabouisse\n",
     "Karamanlis", "Labouisse"),
])
def test_the_sayings_of_the_conversation_are_between_the_one_met_and_the_signer(line, body, partner, signer):
    rows = {r["evidence_text"].split()[0]: r for r in _rows(52, "Germany", line, body) if r["method"] == "document_act"}
    asked = next(r for r in rows.values() if " asked that" in r["evidence_text"])
    assured = rows["I"]
    assert [n.split()[-1] for n in asked["source_names"]] == [partner] and [n.split()[-1] for n in asked["target_names"]] == [signer]
    assert [n.split()[-1] for n in assured["source_names"]] == [signer] and [n.split()[-1] for n in assured["target_names"]] == [partner]



@pytest.mark.parametrize(("note", "posts"), [
    ("1 Source: Department of State, Central Files. Secret; Priority. Repeated to Paris for USRO and to London.", ["Paris", "London"]),
    ("1 Source: Department of State, Central Files. Confidential. Repeated information to Bonn, Rome and Moscow.", ["Bonn", "Rome", "Moscow"]),
])
def test_the_repeats_in_a_cables_source_note_are_sent_about_its_day_beside_its_own_sending(note, posts):
    rows = _rows(61, "Greece", "Athens, May 12, 1962, 3 a.m.", f"301. The Minister returned from Brussels on the previous day.\n\nLabouisse\n\n{note}\n")
    repeats = [r for r in rows if r["evidence_text"].startswith("Repeated")]
    assert [(r["start_date"], r["date_kind"], r["target_names"]) for r in repeats] == [(date(1962, 5, 12), "approximate", posts)]
    assert [r["evidence_text"].strip() for r in rows if r["method"] == "document_metadata"] == ["Athens, May 12, 1962, 3 a.m."]


@pytest.mark.parametrize(("said", "plan"), [
    ("He added that he would call the cabinet into session next Monday to approve the budget.",
     "he would call the cabinet into session next Monday to approve the budget"),
    ("Brentano said that the Bundestag will debate the treaty at the end of June.", "the Bundestag will debate the treaty at the end of June"),
])
def test_a_saying_that_reports_a_plan_gives_the_saying_of_its_day_and_the_plan_undated(said, plan):
    rows = _rows(52, "Germany", "Bonn, October 4, 1961, 6 p.m.", f"915. Brentano told me this morning that the cabinet had met.\n\n{said}\n\nDowling\n")
    told = [(r["evidence_text"].strip(), r["start_date"], r["date_kind"]) for r in rows if r["evidence_text"].strip() in (said, plan)]
    assert sorted(told, key=lambda x: x[2]) == [(said, date(1961, 10, 4), "exact"), (plan, None, "undated")]


@pytest.mark.parametrize(("said", "plan", "doer"), [
    ("Erhard stated that he would travel to Washington in early November.", "he would travel to Washington in early November",
     "Ludwig Erhard"),
    ("Brentano said that the Bundestag will debate the treaty at the end of June.", "the Bundestag will debate the treaty at the end of June",
     "Bundestag"),
    ("He added that the Polish delegation would leave for Geneva in the second half of the month.",
     "the Polish delegation would leave for Geneva in the second half of the month", "Polish delegation"),
])
def test_a_told_plan_is_of_the_clauses_subject_or_of_the_one_who_told_it(said, plan, doer):
    rows = _rows(52, "Germany", "Bonn, October 4, 1961, 6 p.m.", f"915. Brentano told me this morning that the cabinet had met.\n\n{said}\n\nDowling\n")
    assert [r["source_names"] for r in rows if r["evidence_text"].strip() == plan] == [[doer]]


@pytest.mark.parametrize(("said", "act", "first", "last"), [
    ("He added that the Chancellor had written to the President last week but withdrew the letter.",
     "the Chancellor had written to the President last week", date(1961, 9, 25), date(1961, 10, 1)),
    ("Brentano said: The delegation received new instructions last week.", "The delegation received new instructions last week",
     date(1961, 9, 25), date(1961, 10, 1)),
    ("He told me that the ministers met in Paris last month.", "the ministers met in Paris last month", date(1961, 9, 1), date(1961, 9, 30)),
])
def test_an_act_a_saying_reports_in_a_recent_period_is_of_that_period(said, act, first, last):
    rows = _rows(52, "Germany", "Bonn, October 4, 1961, 6 p.m.", f"915. Brentano told me this morning that the cabinet had met.\n\n{said}\n\nDowling\n")
    assert [(r["start_date"], r["end_date"]) for r in rows if act in r["evidence_text"]] == [(first, last)]


@pytest.mark.parametrize(("line", "body", "day"), [
    ("Conakry, March 9, 1970, 1430Z.",
     "88. Colonel Diallo received Ambassador this morning and said the council would close the border within 72 hours.\n\n"
     "He asked for early US recognition.\n\nAmbassador made no commitment.\n\nSmith\n",
     date(1970, 3, 9)),
    ("Lome, April 2, 1967, 0900Z.",
     "214. The Foreign Minister received Chargé yesterday and said the junta would expel the mission within 48 hours.\n\n"
     "He asked for early US recognition.\n\nChargé made no commitment.\n\nJones\n",
     date(1967, 4, 1)),
])
def test_a_telegram_that_names_its_writer_in_the_third_person_tells_his_talk_on_its_day(line, body, day):
    rows = _rows(61, "Guinea", line, body)
    assert _dated(rows, "He asked for") == [(day, day)]
    assert _dated(rows, "Ambassador made") + _dated(rows, "Chargé made") == [(day, day)]
    opening = [r for r in rows if r["evidence_text"].startswith(("Colonel Diallo", "The Foreign Minister"))]
    assert opening and all((r["start_date"], r["end_date"]) == (day, day) for r in opening)  # no "within" span, a plan


def test_another_envoy_received_by_name_opens_no_talk_of_the_writer():
    rows = _rows(61, "Guinea", "Conakry, March 9, 1970, 1430Z.",
                 "88. Colonel Diallo received Ambassador Rostov this morning.\n\nAmbassador made no commitment.\n\nSmith\n")
    assert _dated(rows, "Ambassador made") != [(date(1970, 3, 9), date(1970, 3, 9))]


@pytest.mark.parametrize(("body", "night", "after"), [
    ("5. The garrison mutinied on the night of April 12-13. The commander was shot shortly after midnight.\n\nSmith\n",
     (date(1970, 4, 12), date(1970, 4, 13)), date(1970, 4, 13)),
    ("5. The army moved into the capital night of April 12–April 13. The premier was arrested soon after midnight.\n\nSmith\n",
     (date(1970, 4, 12), date(1970, 4, 13)), date(1970, 4, 13)),
])
def test_midnight_after_a_night_the_cable_names_is_that_nights(body, night, after):
    rows = _rows(61, "Guinea", "Conakry, April 15, 1970, 1430Z.", body)
    assert _dated(rows, "The commander was") + _dated(rows, "The premier was") == [(after, after)]


def test_midnight_with_no_night_named_still_runs_across_two_days():
    rows = _rows(61, "Guinea", "Conakry, April 15, 1970, 1430Z.",
                 "5. The commander was shot shortly after midnight.\n\nSmith\n")
    assert _dated(rows, "The commander was") == [(date(1970, 4, 14), date(1970, 4, 15))]


@pytest.mark.parametrize("opening", ["At approximately 1800 local yesterday", "At 0300 hours yesterday", "At about 2100 GMT yesterday"])
def test_a_telegrams_hour_with_its_zone_before_yesterday_is_of_the_day_before(opening):
    rows = _rows(61, "Guinea", "Conakry, April 15, 1970, 1430Z.",
                 f"5. {opening} rebel aircraft bombed the airport at Kankan.\n\nSmith\n")
    assert _dated(rows, opening) == [(date(1970, 4, 14), date(1970, 4, 14))]
