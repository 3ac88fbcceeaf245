"""A record's turns and a minutes' points read by their shape: the numbered points under a line that heads the body's
decisions, even with no "To ..." and with the body's name between ("Resolution: / The Presidium of the CC CPCz / 1. takes
note of ..."), are its decisions on the session's day; a turn whose days all lie in a clause of their own after its main
verb is said at the talk, on its day; a reply in a record written the day after its talk is on the talk's day. Sentences
written for these rules, in other names, bodies and languages than the held-out pages they were found on."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

SESSION = date(1968, 4, 9)


def _minutes(head: str, points: list[str], title: str = "Minutes of the Meeting of the Politburo of the CC of the BCP, 9 April 1968",
             between: str | None = None) -> list[tuple[str, str, date | None, date | None, list[str]]]:
    lines = [title, "", "Present: T. Zhivkov, B. Velchev, S. Todorov", "", "Comrade Velchev: Reported on the talks in Moscow.", "", head]
    if between:
        lines.append(between)
    lines += points
    doc = parse_text("\n".join(lines) + "\n")
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.event_type, e.start_date, e.end_date, list(e.sources))
            for e in extract_events(doc)]


@pytest.mark.parametrize(("head", "between", "points"), [
    ("Resolution:", "The Politburo of the CC of the BCP", ["1. takes note of the report of Comrade Velchev;",
                                                          "2. instructs the Ministry of Foreign Affairs to prepare a statement."]),
    ("The Politburo DECIDED:", None, ["1. Approves the report of Comrade Velchev.", "2. Instructs the Ministry of Transport to recall the ships."]),
    ("The Politburo of the CC of the BCP resolves:", None, ["1. Endorses the line of conduct proposed by Comrade Velchev.",
                                                            "2. Charges the Ministry of Defense with raising the readiness of the units."]),
])
def test_the_points_under_a_line_that_heads_the_decisions_are_the_bodys_on_the_sessions_day(head, between, points):
    rows = _minutes(head, points, between=between)
    for point in points:
        assert any(point.split(" ", 1)[1][:20] in evidence and start == SESSION == end for evidence, _, start, end, _ in rows), (point, rows)


def test_a_later_day_in_the_task_a_point_sets_is_the_tasks_and_the_point_is_decided_that_day():
    point = "2. approves the proposal of Comrade Zhivkov to send a delegation to Warsaw in May 1968, led by Comrade Velchev;"
    rows = _minutes("Resolution:", ["1. takes note of the report;", point], between="The Politburo of the CC of the BCP")
    assert any("approves the proposal" in evidence and start == SESSION == end for evidence, _, start, end, _ in rows), rows


def test_a_point_that_is_itself_the_act_of_a_later_day_stays_a_plan():
    rows = _minutes("Decided:", ["1. To approve the report.", "2. To convene the Politburo again on 17 April 1968."])
    assert not any("convene" in evidence and start == SESSION for evidence, _, start, _, _ in rows), rows


@pytest.mark.parametrize("head", ["The Ambassador said the following:", "Item 2: Information on the situation in Poland:"])
def test_a_list_under_a_line_that_heads_no_decision_is_no_decision(head):
    rows = _minutes(head, ["1. The harvest was poor.", "2. The strikes spread to the coast."])
    assert not any(kind == "instruction" and start == SESSION for _, kind, start, _, _ in rows), rows


TALK, WRITTEN = date(1975, 10, 14), date(1975, 10, 15)


def _record(paragraphs: list[str], language: str = "en") -> list[tuple[str, date | None, date | None, list[str]]]:
    opening = {"en": "On 14 October 1975 at 17:30 Comrade Vasil Biľak was received by President Hafez al-Assad.",
               "ru": "14 октября 1975 г. в 17.30 тов. Биляк был принят президентом Хафезом Асадом."}[language]
    title = {"en": "Record of a Conversation between Comrade Vasil Biľak and President Hafez al-Assad",
             "ru": "Запись беседы тов. Биляка с президентом Хафезом Асадом"}[language]
    text = "\n\n".join([title, "[Damascus, 15 October 1975]" if language == "en" else "[Дамаск, 14 октября 1975 г.]", opening, *paragraphs]) + "\n"
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, list(e.sources)) for e in extract_events(doc)]


@pytest.mark.parametrize(("sentence", "main"), [
    ("Comrade Biľak informed him of the results of the talks which the delegation had held the day before with the Baath leadership.",
     "Comrade Biľak informed him"),
    ("He then spoke at length of the Sinai agreement, which Egypt had signed with Israel on 4 September.", "He then spoke at length"),
    ("President Assad described the fighting in Lebanon, which had flared up again in the middle of September.", "President Assad described"),
    ("President Assad thanked the CPCz for the weapons that had reached Latakia on 2 October.", "President Assad thanked the CPCz"),
    ("He reported that the Syrian army had begun the exercise on 6 October.", "He reported"),
])
def test_a_turn_whose_days_lie_in_a_clause_of_its_own_is_said_on_the_talks_day(sentence, main):
    rows = _record(["President Assad thanked him for the greetings.", sentence])
    assert any(evidence.startswith(main) and start == TALK == end for evidence, start, end, _ in rows), rows


def test_a_reply_in_a_record_written_the_day_after_is_on_the_talks_day():
    rows = _record(["President Assad said that Egypt had signed the agreement on 4 September.",
                    "Comrade Biľak replied that the Czechoslovak government fully supported the Arab peoples."])
    assert any(evidence.startswith("Comrade Biľak replied") and start == TALK == end for evidence, start, end, _ in rows), rows


@pytest.mark.parametrize("sentence", [
    "Президент Асад поблагодарил за оружие, которое прибыло в Латакию 2 октября.",
    "Тов. Биляк проинформировал президента о переговорах, которые делегация провела 13 октября с руководством партии Баас.",
])
def test_a_russian_turn_whose_days_lie_in_a_clause_of_its_own_is_said_on_the_talks_day(sentence):
    rows = _record(["Президент Асад поблагодарил за приветствие.", sentence], "ru")
    assert any(evidence.startswith(sentence[:20]) and start == TALK == end for evidence, start, end, _ in rows), rows
