"""A message's heading and the line that dates it tell one sending; a letter's courtesy close and a note in a book's
list of notes that names no act tell no happening. Sentences of our own making, in other names, places and days than
the held-out pages the rules were found on."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.events.annotate import annotate

WILSON = "https://digitalarchive.wilsoncenter.org/document/x"


def _page(head: list[str], body: list[str]) -> list[tuple[str, date | None, date | None, str]]:
    from pipeline.normalize.text import decode
    from pipeline.seed import parse_text

    text = decode((f"source: {WILSON}\n" + "\n\n".join(head + body) + "\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date, e.event_type) for e in extract_events(doc)]


@pytest.mark.parametrize(("title", "dateline", "day"), [
    ("Letter from President Kenneth Kaunda to Prime Minister Harold Wilson", "Lusaka, 9th March, 1966", date(1966, 3, 9)),
    ("Letter from Chairman Nikolai Bulganin to Prime Minister Jawaharlal Nehru", "Moscow, the Kremlin, 2 June 1956", date(1956, 6, 2)),
])
def test_a_letter_headed_by_its_parties_and_dated_at_its_foot_is_sent_once_on_its_dateline(title, dateline, day):
    rows = _page([day.strftime("%B %-d, %Y"), title],
                 ["We have followed the talks in London with great attention and welcome their outcome.",
                  "The frontier has remained quiet since the agreement was signed.", dateline])
    assert [r[:3] for r in rows if r[0] == dateline] == [(dateline, day, day)], rows
    assert not any(r[0].startswith("Letter from") for r in rows), rows


@pytest.mark.parametrize(("close", "act"), [
    ("Please accept, Excellency, the assurances of my highest consideration.", "The Minister received our chargé on 4 May."),
    ("I wish you, dear comrade, good health and further successes in your work.", "Our delegation left for Hanoi on 4 May."),
    ("Please accept, Mr. President and dear brother, the assurance of my highest consideration.",
     "Our delegation left for Conakry on 4 May."),
    ("Примите, господин Премьер-министр, уверения в моем высоком уважении.", "4 мая министр принял посла."),
])
def test_a_letters_courtesy_close_is_no_act_and_its_story_is(close, act):
    rows = _page(["May 6, 1963", "Letter from Prime Minister Anton Yugov to President Gamal Abdel Nasser"],
                 [act, close, "Sofia, 6 May 1963"])
    assert not any(r[0].strip().startswith(close[:12]) for r in rows), rows
    assert any(act[:20] in r[0] for r in rows), rows


@pytest.mark.parametrize(("note", "apparatus"), [
    ("12 Interview with a retired diplomat of the legation, Paris, 1990.", True),
    ('7 Jean Martin, "The Army and the State in Mali," Africa Papers, no. 12 (1971), 14–19.', True),
    ("9 The ambassador saw the minister again on 4 June and protested.", False),
])
def test_a_note_in_a_books_list_of_notes_that_names_no_act_is_a_citation(note, apparatus):
    sentences, _ = annotate(note, 1970, note=True)
    assert all(s.apparatus for s in sentences) is apparatus
    unlisted, _ = annotate(note, 1970)  # the same words in the text are read as they are
    assert not all(s.apparatus for s in unlisted) or apparatus


@pytest.mark.parametrize(("heading", "goes_on", "told"), [
    ("RECORD OF CONVERSATION", "with the Foreign Minister of Ghana Kojo Botsio, 14 May 1962",
     "On 14 May, at 11:00, I was received by Foreign Minister Botsio at his office."),
    ("ЗАПИСКА", "о положении в Республике Конго (август 1964 г.)", "5 августа 1964 г. повстанцы заняли Стэнливиль."),
])
def test_a_line_that_carries_a_heading_on_is_no_happening_and_the_text_below_is(heading, goes_on, told):
    rows = _page(["May 15, 1962", heading, goes_on], [told])
    assert not any(r[0].strip().startswith(goes_on[:10]) for r in rows), rows
    assert any(r[0].startswith(told[:12]) for r in rows), rows


def test_how_someone_looked_is_no_act_and_what_he_did_is():
    rows = _page(["May 15, 1962", "Telegram from Ambassador Karl Novak to the Ministry of Foreign Affairs"],
                 ["The President received me this morning at his residence.", "He looked tired and ill at ease.",
                  "He handed me a note for the government."])
    assert not any("looked tired" in r[0] for r in rows), rows
    assert any("handed me a note" in r[0] for r in rows), rows
