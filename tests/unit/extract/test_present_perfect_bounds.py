"""A present perfect in a later clause of a dated sentence tells an act done by the day the text is written: on or
before that day, a row of its own, not the day the sentence's first clause names. After ", and" and a day counted back
("last night", "yesterday") it follows that day's act: from it to the writing day. Sentences of the kind, in cables,
memoranda and weekly summaries of other places and years than the held-out pages the rule was found on."""

from datetime import date

import pytest

from pipeline.extract.events.passages import perfect_clauses
from pipeline.seed import process_seed


def _cable(body: str, day: date) -> list[dict]:
    text = (f"source: https://history.example.org/cable/{day:%Y%m%d}\nTelegram From the Embassy in Accra to the Department of State\n\n"
            f"Accra, {day:%B} {day.day}, {day.year}, 4 p.m.\n\n{body}\n")
    return process_seed("x.txt", text.encode()).events.to_pylist()


def _row(rows: list[dict], opening: str) -> list[tuple]:
    return [(r["start_date"], r["end_date"], r["date_kind"]) for r in rows if r["evidence_text"].startswith(opening)]


@pytest.mark.parametrize(("body", "opening"), [
    ("The Interior Minister told the Ambassador at noon today that the union leaders and some forty others have been detained.",
     "the union leaders and some forty"),
    ("The Prime Minister appealed to London yesterday for help; the British have flown a battalion to Entebbe.",
     "the British have flown"),
])
def test_a_later_perfect_clause_is_on_or_before_the_day_of_writing(body, opening):
    day = date(1964, 1, 25)
    assert _row(_cable(body, day), opening) == [(None, day, "upper_bound")]


def test_a_perfect_after_a_day_counted_back_runs_from_that_day():
    rows = _cable("The premier was deposed last night by the army, and the radio has proclaimed a state of emergency.", date(1966, 2, 25))
    assert _row(rows, "the radio has proclaimed") == [(date(1966, 2, 24), date(1966, 2, 25), "range")]


@pytest.mark.parametrize(("body", "opening", "first"), [
    ("The opposition leader was arrested in Kumasi on 12 February and has reportedly been flown to the capital.",
     "has reportedly been flown", date(1966, 2, 12)),
    ("The Finance Minister returned from London yesterday and has been named acting Prime Minister.",
     "has been named", date(1966, 2, 24)),
])
def test_a_perfect_joined_by_and_to_a_dated_act_runs_from_that_act(body, opening, first):
    """"was arrested on 12 February and has been flown": the first clause's day, written or counted back, its lower
    bound, the day of writing its upper one; a passive as an active, its subject the first clause's."""
    day = date(1966, 2, 25)
    assert _row(_cable(body, day), opening) == [(first, day, "range")]


def test_a_perfect_beside_a_dated_participle_is_its_own_clause():
    sentence = "The colonel, who rejected the ultimatum, has armed his militia and held a rally on 1 May."
    assert [sentence[a:b] for a, b in perfect_clauses(sentence, "en")] == ["The colonel, who rejected the ultimatum, has armed his militia"]


@pytest.mark.parametrize("sentence", [
    "The army entered the town on 5 May, but no movement of the reserves has been detected.",
    "The army entered the town on 5 May; the rebels have since withdrawn to the hills.",
    "The envoy said yesterday that the delegation has just arrived.",
    "The council expelled the advisers on 2 March, and some 400 of them have left or are packing.",
])
def test_no_bound_for_a_denied_act_a_course_or_the_very_day(sentence):
    assert perfect_clauses(sentence, "en") == []


def test_a_speakers_own_plan_in_a_telephone_record_is_undated_and_his():
    text = ("source: https://library.example.org/telcon/1990-03-02\nMemorandum of Telephone Conversation\n\n"
            "SUBJECT: Telephone Conversation with Prime Minister Thatcher\n"
            "PARTICIPANTS: The President\nPrime Minister Margaret Thatcher\n"
            "DATE, TIME AND PLACE: March 2, 1990, 9:10 - 9:25 a.m. EST, The Oval Office\n\n"
            "Prime Minister Thatcher: Tomorrow I will telephone Mitterrand. The Chancellor called me this morning, "
            "and I will see him in the next weeks.\n")
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    plans = [(r["date_kind"], r["source_names"]) for r in rows if r["evidence_text"].startswith(("Tomorrow I will", "I will see him"))]
    assert [kind for kind, _ in plans] == ["undated", "undated"]
    assert plans[0][1] == ["Margaret Thatcher"]


def test_a_perfect_after_a_passage_turned_to_yesterday_is_by_the_day_of_writing():
    day = date(1970, 9, 18)
    rows = _cable("The army imposed a curfew in the capital from 2100 yesterday. Embassy has advised British subjects in the "
                  "northern districts to stay in their homes.", day)
    assert _row(rows, "Embassy has advised") == [(None, day, "upper_bound")]


def test_its_own_people_after_the_verb_are_no_actor_of_their_own():
    rows = _cable("The Czechoslovak embassy has advised its specialists to leave the mining towns.", date(1966, 1, 4))
    got = [r["target_names"] for r in rows if r["evidence_text"].startswith("The Czechoslovak embassy")]
    assert got and all("specialists" not in " ".join(t) for t in got)


def test_by_the_weekend_is_on_or_before_the_saturday_the_story_reaches():
    text = ("source: https://archive.example.org/document/embassy-information-quito-1972\nInformation of the Embassy in Quito\n\n"
            "Quito, 22 February 1972\n\nThe rising began in Guayaquil on Wednesday, when the garrison seized the governor's "
            "palace. By the weekend the army held the capital and the ports.\n")
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    assert _row(rows, "By the weekend") == [(None, date(1972, 2, 19), "upper_bound")]


def test_this_week_after_a_dated_cause_runs_from_that_day_to_the_report():
    text = ("source: https://www.cia.gov/readingroom/document/weekly-summary-1965-03-12\nCurrent Intelligence Weekly Summary\n\n"
            "12 March 1965\n\nRelations between the two states worsened sharply this week after border guards on 6 March "
            "fired on a patrol near the river crossing.\n")
    rows = process_seed("x.txt", text.encode()).events.to_pylist()
    assert (date(1965, 3, 6), date(1965, 3, 12), "range") in _row(rows, "Relations between the two states")


def test_a_closing_pluperfect_aside_is_on_or_before_the_sentences_day():
    rows = _cable("Security police on 11 January entered the legation to arrest two officers who had taken refuge there.", date(1964, 1, 14))
    assert _row(rows, "who had taken refuge") == [(None, date(1964, 1, 11), "upper_bound")]
