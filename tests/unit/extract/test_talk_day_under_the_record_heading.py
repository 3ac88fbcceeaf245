"""A record written up the day after its talk, the talk's day on a line of its head: the place-and-day line under the
record's heading ("Record of a conversation / Sofia, Monday, 7 March 1966"), or the line that names the meeting with its
clock time ("Meeting on the Congo, Tuesday, May 14, 1964, 4:00 p.m."). The talk's turns and the days its text counts are
the talk's, not the day the record was signed. Pages written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.context import _ENDS_A_SENTENCE, document_context, place_and_day
from pipeline.parse import parse_text

_RECORD = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-polish-ambassador-bashev
March 8, 1966
Record of Conversation between the Polish Ambassador and Foreign Minister Ivan Bashev

Embassy of the Polish People's Republic
Belgrade

Record of a conversation
Sofia, Monday, 7 March 1966

Foreign Minister Ivan Bashev received me at the ministry at eleven. He said that the Greek ambassador had called on him the day before yesterday about the frontier posts.

I asked him whether the trade talks would resume. He replied that they would resume in April.

I informed the minister that our trade delegation would arrive in May.

Belgrade, 8 March 1966
Ambassador
"""

_MEMORANDUM = """source: https://history.state.gov/historicaldocuments/frus1964-68v23/d190
Office of the Historian
Historical Documents
Foreign Relations of the United States, 1964-1968, Volume XXIII, Congo
Document 190

190. Memorandum for the Record

Washington, May 15, 1964.

SUBJECT
Meeting on the Congo, Tuesday, May 14, 1964, 4:00 p.m.

PARTICIPANTS
The President
Secretary Rusk
Mr. Bundy

1. Secretary Rusk opened by reviewing the rebellion in Kwilu province.

2. The President said he would write to Prime Minister Adoula.

Bromley Smith
"""


@pytest.mark.parametrize(("page", "written", "talk"), [
    (_RECORD, date(1966, 3, 8), date(1966, 3, 7)),
    (_MEMORANDUM, date(1964, 5, 15), date(1964, 5, 14)),
])
def test_the_talk_is_of_the_day_its_head_names_not_the_day_the_record_was_signed(page, written, talk):
    context = document_context(parse_text(page))
    assert context.letter_date == written
    assert context.is_record
    assert context.occasion == talk


def test_the_day_before_yesterday_in_the_talk_counts_from_the_talk():
    doc = parse_text(_RECORD)
    events = extract_events(doc)
    told = {e.start_date for e in events if "Greek ambassador" in doc.blocks[e.block].text[e.evidence_start:e.evidence_end]}
    assert date(1966, 3, 5) in told  # two days before the talk of 7 March
    assert date(1966, 3, 6) not in told  # not two days before the record signed on 8 March
    turns = [e for e in events if doc.blocks[e.block].text[e.evidence_start:e.evidence_end].startswith(("I asked", "He replied", "I informed"))]
    assert len(turns) >= 3 and all(e.start_date == date(1966, 3, 7) for e in turns)


@pytest.mark.parametrize(("line", "expected"), [
    ("Sofia, Monday, 7 March 1966", True),
    ("Valletta, 3 April 1979", True),
    ("Rio de Janeiro, 12 May 1965", True),
    ("Valletta, 3 April 1979.", True),  # its full stop: still a date line
    ("Москва, 12 мая 1966 г.", True),
    ("Ханой, понедельник, 5 апреля 1966 года", True),
    ("7 March 1966", False),  # a day alone: no place
    ("The minister received me on 7 March 1966.", False),  # a sentence
    ("No. 00214/1966", False),
])
def test_a_line_of_a_place_and_a_day(line, expected):
    assert place_and_day(line, 1966) is expected


def test_a_clock_time_ends_no_heading_of_a_meeting():
    context = document_context(parse_text(_MEMORANDUM))
    assert context.held_on == date(1964, 5, 14)


@pytest.mark.parametrize(("line", "ends"), [
    ("Meeting on the Congo, Tuesday, May 14, 1964, 4:00 p.m.", False),  # a heading: its clock's "p.m." is no full stop
    ("Conversation at the Kremlin, 12 May 1965, 11 a.m.", False),
    ("The meeting ended at 4 p.m.", True),  # a sentence
    ("Washington, May 15, 1964.", True),
])
def test_a_clock_at_the_end_of_a_heading_is_no_full_stop(line, ends):
    assert bool(_ENDS_A_SENTENCE.search(line)) is ends


_RECORD_WITH_PARTY = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-hungarian-ambassador-nkrumah
June 4, 1963
Record of Conversation between the Hungarian Ambassador and President Kwame Nkrumah

The President of Ghana speaks of the summit in Addis Ababa.

RECORD OF A CONVERSATION
with President Kwame Nkrumah
No. 47/1963
Accra, Monday, 3 June 1963

President Nkrumah received me at Flagstaff House this afternoon. He said that the conference of 25 May had given Africa one voice.

I asked him whether Ghana would open an embassy in Budapest. He replied that it would do so next year.

On the 1st of this month the cabinet approved the new budget, he added.

Accra, 4 June 1963
Ambassador
"""

_RECORD_WITH_A_SENTENCE_FIRST = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-czechoslovak-ambassador-keita
June 4, 1963
Record of Conversation between the Czechoslovak Ambassador and President Modibo Keita

RECORD OF A CONVERSATION
The talk was held at the ambassador's request.
Bamako, Monday, 3 June 1963

President Keita received me at Koulouba this afternoon. He said that the harvest had been poor.

Bamako, 4 June 1963
Ambassador
"""


def test_the_place_and_day_line_a_few_head_lines_under_the_heading_dates_the_talk():
    """The heading runs on to the party talked with and the record's number before its place-and-day line: still the
    record's head, its day the talk's."""
    context = document_context(parse_text(_RECORD_WITH_PARTY))
    assert context.letter_date == date(1963, 6, 4)
    assert context.occasion == date(1963, 6, 3)


def test_a_sentence_under_the_heading_closes_its_head():
    context = document_context(parse_text(_RECORD_WITH_A_SENTENCE_FIRST))
    assert context.occasion != date(1963, 6, 3)


def test_the_turns_and_a_day_of_this_month_under_a_head_of_several_lines():
    doc = parse_text(_RECORD_WITH_PARTY)
    events = extract_events(doc)
    said = {doc.blocks[e.block].text[e.evidence_start:e.evidence_end][:12]: e.start_date for e in events}
    assert said.get("I asked him ") == date(1963, 6, 3)  # the writer's turn on the talk's day, not the day he signed
    budget = [e for e in events if "budget" in doc.blocks[e.block].text[e.evidence_start:e.evidence_end]]
    assert budget and all(e.start_date == date(1963, 6, 1) for e in budget)  # the 1st of June, the month of the talk


_CAPITALS_HEADING = """source: https://discovery.nationalarchives.gov.uk/details/r/C0000001
The National Archives, Kew: FCO 7/1001, Bolivia: relations, March 1971

RECORD OF A CONVERSATION BETWEEN THE MINISTER OF STATE AND THE BOLIVIAN AMBASSADOR AT THE FOREIGN AND COMMONWEALTH OFFICE ON THURSDAY 4 MARCH 1971 AT 3.30 P.M.

Present:
Lord Lothian
Mr. J. B. Ure

1. The Ambassador said that the tin miners had gone back to work the day before yesterday.

2. Lord Lothian asked about the compensation for the mines.

(J. B. Ure)
5 March 1971
"""

_HEADING_RUN_ON = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-hungarian-ambassador-nyerere
Record of Conversation between the Hungarian Ambassador and President Julius Nyerere

Embassy of the Hungarian People's Republic
Dar es Salaam

CONFIDENTIAL

MEMORANDUM OF CONVERSATION
with the President of the United Republic of Tanzania, J. K. Nyerere

On Monday, 6 September, at 9 a.m., I was received by President Julius Nyerere at State House in the presence of the Minister of Foreign Affairs, Israel Elinewinga. The talk lasted forty minutes.

Nyerere said that the Zambian railway had been closed for a week. I thanked the President for his message.

Dar es Salaam, 9 September 1971

Ferenc Kovács
Ambassador
"""


@pytest.mark.parametrize(("page", "written", "talk"), [
    (_CAPITALS_HEADING, date(1971, 3, 5), date(1971, 3, 4)),  # the meeting's day in a heading typed in capitals
    (_HEADING_RUN_ON, date(1971, 9, 9), date(1971, 9, 6)),  # the opening sentence under a heading run on to a second line
])
def test_the_talk_is_of_the_day_a_capitals_heading_or_the_opening_under_a_run_on_heading_names(page, written, talk):
    context = document_context(parse_text(page))
    assert context.letter_date == written
    assert context.occasion == talk


def test_the_turns_under_a_run_on_heading_are_of_the_talk_day_not_the_foot_day():
    doc = parse_text(_HEADING_RUN_ON)
    events = extract_events(doc)
    turns = [e for e in events if doc.blocks[e.block].text[e.evidence_start:e.evidence_end].startswith(("Nyerere said", "I thanked"))]
    assert turns and all(e.start_date == date(1971, 9, 6) for e in turns)


def test_the_writers_own_thanks_in_the_talk_are_his_to_the_one_he_met():
    doc = parse_text(_HEADING_RUN_ON.replace("I thanked the President for his message.",
                                             "I thanked the President for the message he sent on 2 September."))
    rows = [e for e in extract_events(doc) if doc.blocks[e.block].text[e.evidence_start:e.evidence_end].startswith("I thanked")]
    assert rows and all("I" not in e.sources for e in rows)
    assert any(e.sources == ["Ferenc Kovács"] and e.start_date == date(1971, 9, 6) for e in rows)


def test_the_official_whose_bracketed_name_closes_the_record_above_its_day_wrote_it_and_is_no_sender():
    doc = parse_text(_CAPITALS_HEADING)
    # "(J. B. Ure)" / "5 March 1971" at the foot of a record that lists those present: the private secretary who wrote the
    # talk down, no sender (the conventions table: a TNA record signed by the one who wrote it, as "Recorded by")
    assert doc.sender_names == []
    assert doc.blocks[-2].passage_type == "signature" and doc.document_date == date(1971, 3, 5)


def test_a_bracketed_name_over_an_office_line_is_no_dated_signature():
    doc = parse_text(_CAPITALS_HEADING.replace("(J. B. Ure)\n5 March 1971\n", "(J. B. Ure)\nAmericas Department\n"))
    assert doc.sender_names == []
