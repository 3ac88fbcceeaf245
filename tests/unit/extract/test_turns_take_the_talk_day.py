"""The day a talk or a session was held governs its turns: a record's speakers speak on the day its head or its opening
sentence names, not on the day the record was written up, nor on a day an earlier turn told of. Sentences of our own,
in other words, names and days than the pages the rules were read from (tests/fixtures/probes_events13, 14)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text

WILSON = "https://digitalarchive.wilsoncenter.org/document/x"


def _rows(title: str, body: list[str]):
    text = decode((f"source: {WILSON}\n{title}\n\n" + "\n\n".join(body) + "\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def _days(rows, words: str) -> set[tuple[date | None, date | None]]:
    return {(start, end) for evidence, start, end in rows if evidence.startswith(words)}


@pytest.mark.parametrize(("title", "body", "turn", "day"), [
    ("Minutes of the Meeting of the Politburo of the Central Committee of the Bulgarian Communist Party",
     ["Protocol No. 14", "Session of 9 June 1966", "Present: T. Zhivkov, B. Bulgaranov, S. Todorov.",
      "Comrade Todorov reported that on 2 June a Romanian delegation had arrived in Sofia. On 4 June the talks were broken off.",
      "Comrade Bulgaranov said that the Romanian comrades were seeking a pretext.", "Comrade Zhivkov agreed."],
     "Comrade Bulgaranov said", date(1966, 6, 9)),
    ("Minutes of the Meeting of the Presidium of the Central Committee of the Communist Party of Czechoslovakia",
     ["Minutes No. 31", "of the meeting of the Presidium on Tuesday, 22 October 1968, in the meeting room of the Presidium",
      "Present: A. Dubček, O. Černík, L. Svoboda.",
      "Re 1: Comrade Černík reported on the treaty. On 16 October the treaty on the stationing of troops was signed in Prague.",
      "Comrade Svoboda proposed that the National Assembly debate the treaty."],
     "Comrade Svoboda proposed", date(1968, 10, 22)),
])
def test_a_session_s_turns_are_on_its_day_not_on_a_day_a_turn_told_of(title, body, turn, day):
    assert _days(_rows(title, body), turn) == {(day, day)}


@pytest.mark.parametrize(("head", "turn", "day"), [
    ("on the conversation of Comrade Hermann Axen, member of the Politburo and Secretary of the Central Committee of the "
     "SED, with the Foreign Minister of India, Sardar Swaran Singh, and his deputy, on 3 March 1970 in New Delhi",
     "Comrade Axen asked about the position of India", date(1970, 3, 3)),
    ("on the talks of the delegation of the Central Committee of the SED, led by Comrade Paul Verner, with the leadership "
     "of the Communist Party of Finland, headed by its chairman Aarne Saarinen, held on 14 May 1971 in Helsinki",
     "Comrade Axen asked about the position of India", date(1971, 5, 14)),
])
def test_a_note_written_later_gives_its_turns_the_day_its_long_heading_names(head, turn, day):
    rows = _rows("Note on the Conversation", ["Berlin, 20 May 1971", "Note", head,
                                               "Comrade Axen asked about the position of India on the treaty.",
                                               "The Minister answered that India welcomed it."])
    assert _days(rows, turn) == {(day, day)}
    assert _days(rows, "The Minister answered") == {(day, day)}


@pytest.mark.parametrize(("opening", "day"), [
    ("The Prime Minister received Ambassador Jaroszewicz at his office in the Parliament building on the morning of "
     "4 April, an hour before the cabinet met.", date(1966, 4, 4)),
    ("I was received by the Foreign Minister in his residence on 2 April at 11:00, at my own request, for a conversation "
     "that lasted an hour.", date(1966, 4, 2)),
])
def test_a_note_dated_at_its_foot_gives_its_turns_the_day_its_opening_sentence_names(opening, day):
    rows = _rows("Note on the Conversation between Ambassador Jaroszewicz and the Prime Minister of India",
                 [opening, "The Prime Minister said that India would not sign the treaty.",
                  "He asked whether Poland had been consulted.", "Delhi, 6 April 1966", "Recorded by: J. Nowak"])
    assert _days(rows, "The Prime Minister said") == {(day, day)}
    assert _days(rows, "He asked") == {(day, day)}


def test_an_opening_sentence_that_looks_back_months_gives_no_talk_day():
    rows = _rows("Note on the Conversation between Ambassador Jaroszewicz and the Prime Minister of India",
                 ["The Prime Minister recalled at the outset that the treaty had been signed on 12 January, before the "
                  "elections, and that it stood.", "The Prime Minister said that India would not sign the new treaty.",
                  "Delhi, 6 April 1966"])
    assert _days(rows, "The Prime Minister said") == {(date(1966, 4, 6), date(1966, 4, 6))}


@pytest.mark.parametrize(("sentence", "teller", "told"), [
    ("He informed her about the results of the party congress held in Warsaw in June last year.", "He informed her about",
     date(1965, 6, 1)),
    ("The Ambassador thanked the Minister for the help his government had given during the floods of 12 March.",
     "The Ambassador thanked the Minister for", date(1966, 3, 12)),
    ("The Minister briefed him on the session of the Disarmament Committee of 2 February.", "The Minister briefed him on",
     date(1966, 2, 2)),
])
def test_a_turn_that_tells_of_a_dated_thing_gives_two_rows(sentence, teller, told):
    rows = _rows("Note on the Conversation between Ambassador Jaroszewicz and the Prime Minister of India",
                 ["The Prime Minister received Ambassador Jaroszewicz at his office on the morning of 4 April 1966.",
                  sentence, "Delhi, 6 April 1966"])
    assert {(start, end) for evidence, start, end in rows if evidence.strip() == teller} == {(date(1966, 4, 4), date(1966, 4, 4))}
    assert any(start == told for _, start, _ in rows)
