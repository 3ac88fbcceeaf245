"""A happening the document has already told makes no second row when a later line only restates it: a record's
meeting told again by how long it lasted or who was present, a memorandum's writing told again by its bare signature
under a dated heading, a recorder's line read by the trailer reader and again as a sentence. Sentences of our own, in
other names and days than the pages the rules were read from (tests/fixtures/probes_events8, 9, 10, 12, 17, 20, 21)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text

WILSON = "https://digitalarchive.wilsoncenter.org/document/x"
FRUS = "https://history.state.gov/historicaldocuments/frus1964-68v99/d1"


def _rows(source: str, title: str, body: list[str]):
    text = decode((f"source: {source}\n{title}\n\n" + "\n\n".join(body) + "\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


@pytest.mark.parametrize("again", [
    "The conversation lasted about forty minutes.",
    "Counsellor Petrov of the embassy was present at the conversation.",
])
def test_a_record_s_meeting_told_again_by_its_length_or_those_present_is_one_row(again):
    rows = _rows(WILSON, "Record of Conversation between the Polish Ambassador and President Nyerere", [
        "On 12 March 1968, at 10:00, I was received by President Nyerere at State House.",
        "I conveyed to the President the greetings of Comrade Gomułka.",
        "The President said that Tanzania had asked Britain for help in January.",
        again,
    ])
    assert any(evidence.startswith("On 12 March 1968") and start == date(1968, 3, 12) for evidence, start, _ in rows)
    assert not [r for r in rows if r[0].startswith(again[:20])]


def test_a_memcons_source_note_telling_where_the_meeting_was_held_is_no_second_meeting():
    rows = _rows(FRUS, "Memorandum of Conversation", [
        "Washington, May 6, 1965, 3 p.m.",
        "PARTICIPANTS\nThe Secretary\nForeign Minister Adoula",
        "The Secretary said that the United States would consider the request for transport aircraft.",
        "Adoula replied that the rebels had lost Stanleyville in November.",
        "Source: Department of State, Central Files, POL 7 CONGO. Confidential. The meeting was held in the Secretary's office.",
    ])
    assert any(evidence.startswith("The Secretary said") for evidence, _, _ in rows)
    assert not [r for r in rows if "was held in the Secretary" in r[0]]


def test_a_record_that_opens_by_its_length_keeps_that_line_as_its_meeting():
    rows = _rows(WILSON, "Record of Conversation between the Polish Ambassador and President Nyerere", [
        "12 March 1968",
        "The conversation lasted about forty minutes.",
        "The President said that Tanzania had asked Britain for help in January.",
    ])
    assert any(evidence.startswith("The conversation lasted") for evidence, _, _ in rows)


def test_a_memorandum_dated_under_its_title_is_written_once_not_again_by_its_signature():
    rows = _rows(FRUS, "12. Memorandum From Secretary of Agriculture Freeman to President Johnson", [
        "Washington, March 3, 1967.",
        "SUBJECT",
        "Wheat for Pakistan",
        "On February 20 the Pakistani Government asked for a further 500,000 tons of wheat.",
        "I recommend that you approve the request.",
        "Orville L. Freeman",
    ])
    assert any(evidence.startswith("Washington, March 3, 1967") for evidence, _, _ in rows)
    assert not [r for r in rows if r[0] == "Orville L. Freeman"]


def test_a_letter_asking_how_it_be_read_makes_no_row_beside_its_requests():
    rows = _rows(WILSON, "Letter from President Keita to Comrade Novotný", [
        "Bamako, 2 May 1963",
        "Dear Comrade Novotný,",
        "On 20 April our army repulsed an attack on the border post at Nioro.",
        "I ask you to send us a group of instructors before the rains.",
        "I ask you to read this letter as the word of an old friend of your people.",
        "Modibo Keita",
    ])
    assert any(evidence.startswith("I ask you to send us") for evidence, _, _ in rows)
    assert not [r for r in rows if r[0].startswith("I ask you to read this letter")]


@pytest.mark.parametrize(("text", "words", "alone"), [
    ("The first round of talks, in June 1957, had been arranged by the nuncio.", "in June 1957", True),
    ("Minsk, 12.IX.1968", "12.IX.1968", True),
    ("7 Report of the legation, 3 October 1957, archive file 12.", "3 October 1957", True),
    ("（一九六五年三月四日）", "（一九六五年三月四日）", True),
    ("The elections were set for 12 June.", "set for 12 June", False),  # a plan's words, with its day
    ("Neither side had yet signed anything.", "Neither side had yet signed anything.", False),
])
def test_an_undated_row_whose_words_are_a_date_alone_tells_no_act(text, words, alone):
    from pipeline.extract.events import EventDraft, passages
    from pipeline.parse.model import Block, ParsedDocument

    doc = ParsedDocument(parser="test/1", source_type="book_excerpt", blocks=[Block("paragraph", 0, len(text), text, language=None)])
    start = text.index(words)
    row = EventDraft(0, "statement", start, start + len(words), "undated_sentence", 0.3)
    assert passages._a_date_alone_undated(row, doc) is alone
    assert passages._a_date_alone_undated(row.on(date(1957, 6, 1)), doc) is False  # a dated row is the dated readers'
