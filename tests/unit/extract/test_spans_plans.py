"""Courses told from a date ("since March", "с начала года", "八月以来") and plans told by their own verb: each a row of
its own beside the sentence's, with the actors of its own clause. Sentences written for these rules, in the three
languages."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events, passages
from pipeline.extract.events.annotate import Sentence
from tests.unit.extract.papers import paper


def _rows(texts: list[str], language: str, day: date, kind: str = "record_of_conversation", title: str = "Record of conversation",
          senders: list[str] | None = None) -> list:
    doc = paper(texts, kind=kind, day=day, language=language, title=title, senders=senders, gap=1)
    events = list(extract_events(doc))
    for e in events:
        e.words = texts[e.block][e.evidence_start: e.evidence_end]
    return events


def _plan(text: str, writer: str | None = None):
    rows = passages.told_plans(0, Sentence(0, len(text), text, []), writer)
    return [(list(r.sources), list(r.targets)) for r in rows]


@pytest.mark.parametrize(("text", "writer", "actors"), [
    ("He asked for arms; Benhabyles will hand me the list of requirements tomorrow.", "Vladimir Kašpar", (["Benhabyles"], ["Vladimir Kašpar"])),
    ("Nasser said he would send Marshal Amer to Moscow next week.", None, (["Gamal Abdel Nasser"], [])),
    ("Mr. Rusk undertook to raise the matter with the Soviet side tomorrow.", None, (["Dean Rusk"], [])),
    ("Our Minister of Trade, Mr. Kofi Mensah, will travel to Abidjan next week to sign the protocol.", None, (["Kofi Mensah"], [])),
    ("The Minister of Agriculture, Tomas Lindqvist, intends to visit Warsaw next month.", None, (["Tomas Lindqvist"], [])),
])
def test_a_plan_told_by_its_own_verb_is_its_subjects(text, writer, actors):
    assert _plan(text, writer) == [actors]


def test_a_plan_in_a_letter_to_be_met_by_you_is_with_the_one_written_to():
    text = "Our Foreign Minister, Mr. Kofi Mensah, will be in Lagos in the second half of June and would be glad to be received by you."
    rows = passages.told_plans(0, Sentence(0, len(text), text, []), "Kwame Nkrumah", reader="Abubakar Tafawa Balewa")
    assert [(r.date_kind, list(r.sources), list(r.targets)) for r in rows] == [("undated", ["Kofi Mensah"], ["Abubakar Tafawa Balewa"])]


@pytest.mark.parametrize(("text", "actors"), [
    ("I hope to visit Accra in November and to see the new harbour.", (["Kwame Nkrumah"], [])),
    ("The harvest was good, and I hope that we may then sign the agreement in Lima in the second half of the year.",
     (["Kwame Nkrumah"], ["Abubakar Tafawa Balewa"])),
])
def test_the_writers_hope_with_a_time_to_come_is_his_plan(text, actors):
    rows = passages.told_plans(0, Sentence(0, len(text), text, []), "Kwame Nkrumah", reader="Abubakar Tafawa Balewa")
    assert [(list(r.sources), list(r.targets)) for r in rows] == [actors]


@pytest.mark.parametrize("text", [
    "The harvest was good, and I hope that we may meet at the conference in Lima in the second half of the year.",
    "I hope that we can meet at the Commonwealth conference next year.",
    "We hope to welcome you in Malé next winter.",
])
def test_the_writers_hope_to_meet_the_one_written_to_is_no_plan(text):
    assert passages.told_plans(0, Sentence(0, len(text), text, []), "Kwame Nkrumah", reader="Abubakar Tafawa Balewa") == []


@pytest.mark.parametrize("text", [
    "Alekseev said he would inform the Prime Minister the following day.",  # a story's time, already past when written
    "The Embassy believes that the Premier will reshuffle the cabinet next month.",  # an expectation
    "A Soviet trade delegation is expected here in the coming days.",
    "On 3 May the Chinese side had promised to deliver the rice within a month.",  # a promise already past
    "The Ministry hopes that the Soviet delegation will arrive next week.",  # a hope for another's act
])
def test_no_plan_without_a_decision_to_come(text):
    assert _plan(text) == []


def test_a_chinese_plan_said_to_your_excellency_is_to_the_listener():
    text = "陈毅副总理下周在上海会见外长阁下"
    rows = passages.zh_plan_clauses(0, Sentence(0, len(text), text, []), ["Zulfikar Ali Bhutto"])
    assert [(list(r.sources), list(r.targets)) for r in rows] == [(["Chen Yi"], ["Zulfikar Ali Bhutto"])]


@pytest.mark.parametrize("text", ["双方代表团将在日内瓦举行会谈", "他谈到了明年计划的执行情况"])
def test_a_chinese_time_word_inside_another_word_is_no_plan(text):
    assert passages.zh_plan_clauses(0, Sentence(0, len(text), text, [])) == []


@pytest.mark.parametrize(("texts", "language", "day", "course", "actors"), [
    (["The Soviets have stepped up deliveries of tanks to the Syrian army since March."], "en", date(1973, 6, 20),
     (date(1973, 3, 1), date(1973, 6, 20)), (["Soviet Union"], ["Syrian army"])),
    (["According to the minister, Eritrean guerrillas have been besieging Asmara since the beginning of the month."], "en",
     date(1977, 11, 19), (date(1977, 11, 1), date(1977, 11, 19)), None),
    (["С начала года повстанцы совершили более сорока нападений на гарнизоны."], "ru", date(1965, 3, 10),
     (date(1965, 1, 1), date(1965, 3, 10)), None),
    (["八月以来，克什米尔地区的武装冲突不断扩大。"], "zh", date(1965, 9, 8), (date(1965, 8, 1), date(1965, 9, 8)), None),
])
def test_a_course_since_a_date_runs_to_the_day_spoken_from(texts, language, day, course, actors):
    rows = [e for e in _rows(texts, language, day, "telegram", "Telegram") if e.date_kind == "range"]
    assert [(e.start_date, e.end_date) for e in rows] == [course], [(e.start_date, e.end_date, e.words) for e in rows]
    if actors is not None:
        assert (list(rows[0].sources), list(rows[0].targets)) == actors


def test_a_since_month_keeps_the_sentences_row_on_the_meeting_day():
    texts = ["Zhou Enlai said that the Chinese side has supplied rice to Vietnam since April."]
    rows = _rows(texts, "en", date(1965, 7, 2), title="Record of conversation between Zhou Enlai and Pham Van Dong")
    assert any(e.date_kind == "range" and e.start_date == date(1965, 4, 1) for e in rows), [(e.start_date, e.end_date, e.words) for e in rows]
    assert any(e.start_date == date(1965, 7, 2) and e.date_kind != "range" for e in rows), [(e.start_date, e.end_date, e.words) for e in rows]


def test_what_a_record_says_was_agreed_is_the_meetings_act_on_its_day_beside_the_plan():
    text = "3. It was agreed that the delegation would sign the protocol in Accra on Thursday next."
    rows = _rows([text], "en", date(1964, 5, 11), kind="record_of_meeting", title="Record of a meeting")
    dated = [(r.start_date, r.end_date) for r in rows]
    assert (date(1964, 5, 11), date(1964, 5, 11)) in dated and (None, None) in dated


def test_a_minister_agreeing_in_a_record_is_not_read_as_the_meetings_line():
    assert passages._AGREED_HERE.match("The Minister agreed that the question would be raised again next week.") is None


@pytest.mark.parametrize(("text", "clause"), [
    ("He added that the Tunisian side wished to open the new consulate in Lyon next year.",
     "the Tunisian side wished to open the new consulate in Lyon next year"),
    ("He would, however, ask the Treasury to send an adviser to Gaborone in August.",
     "He would, however, ask the Treasury to send an adviser to Gaborone in August"),
])
def test_a_told_plan_with_a_wish_or_an_aside_is_undated(text, clause):
    rows = passages.told_plans(0, Sentence(0, len(text), text, []))
    assert [(text[r.evidence_start: r.evidence_end], r.date_kind) for r in rows] == [(clause, "undated")]


@pytest.mark.parametrize("text", [
    "He said that the Tunisian side had wished to open a consulate in Lyon last year.",  # a wish already past
    "He would, however, have preferred a mission in August.",  # no plan's verb after the aside
])
def test_a_wish_or_an_aside_without_a_time_to_come_is_no_plan(text):
    assert passages.told_plans(0, Sentence(0, len(text), text, [])) == []


@pytest.mark.parametrize("text", [
    "Last night the army council assumed the powers of the cabinet and announced that Colonel Mendes would take the oath on Sunday.",
    "The junta assumed command of the police and declared that Colonel Mendes would fly to Lagos next week.",
])
def test_a_plan_announced_after_a_seizure_of_power_is_a_plan(text):
    """"assumed power" before the saying is an act, not a belief the plan hangs on: the plan is still told."""
    rows = _rows([text], "en", date(1971, 3, 24), kind="telegram", title="Telegram")
    assert any(e.date_kind == "undated" and e.words.split()[0] in ("Colonel", "elections") for e in rows)


def test_a_belief_before_the_plan_still_makes_no_plan():
    assert _plan("The Embassy assumes that the Premier will reshuffle the cabinet next month.") == []


@pytest.mark.parametrize(("text", "plan"), [
    ("3. The colonel promised to announce a new cabinet within a week.", "The colonel promised to announce a new cabinet within a week"),
    ("The Premier said that parliament would be recalled next month.", "parliament would be recalled next month"),
])
def test_an_intelligence_memorandum_tells_plans_too(text, plan):
    """A memorandum with no sender or addressee (an agency's assessment): a promise or a plan with a time to come is a
    plan, undated, as in a cable or a record."""
    rows = _rows([text], "en", date(1979, 6, 14), kind="memorandum", title="Intelligence Memorandum")
    assert any(e.date_kind == "undated" and e.words.rstrip(". ") == plan for e in rows)


def test_a_manner_word_at_the_clause_end_is_no_time_to_come():
    rows = _rows(["The debts and the harvest will test the new rulers early."], "en", date(1979, 6, 14), kind="memorandum",
                 title="Intelligence Memorandum")
    assert not any(e.date_kind == "undated" for e in rows)


def test_a_report_without_a_set_time_reads_no_plan():
    rows = _rows(['The general announced this morning that a constituent assembly would be chosen "in due course."'], "en",
                 date(1979, 6, 14), kind="memorandum", title="Intelligence Memorandum")
    assert not any(e.date_kind == "undated" for e in rows)
