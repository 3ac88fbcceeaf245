"""A paper's own lines as rows: its place-and-day line as its sending, under its number ("A-311", "No. 407") as well as right
under its title and in the editors' brackets ("[Cairo, 3 May 1962]"); a record's title that writes its day as its meeting; each
with pages of my own making, in the layouts the archives give."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text


def _rows(text: str):
    doc = parse_text(decode(text.encode())[0])
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.event_type, e.start_date, e.sources, e.targets)
            for e in extract_events(doc)]


@pytest.mark.parametrize(("kind", "number", "line", "day", "sender", "recipient"), [
    ("Airgram From the Embassy in Chile to the Department of State", "A-311", "Santiago, June 4, 1971.", date(1971, 6, 4),
     "Embassy in Chile", "Department of State"),
    ("Intelligence Note From the Director of the Bureau of Intelligence and Research (Hughes) to Secretary of State Rusk",
     "No. 407", "Washington, May 12, 1966.", date(1966, 5, 12), "Hughes", "Rusk"),
])
def test_a_frus_paper_is_sent_on_its_dateline_under_its_number(kind, number, line, day, sender, recipient):
    page = (f"source: https://history.state.gov/historicaldocuments/frus1969-76v21/d99\n99. {kind}\n\n{number}\n\n{line}\n\n"
            "SUBJECT\nThe situation after the elections\n\n1. The government has announced new measures against the opposition "
            "press, which has answered with a call for a general strike.\n")
    sent = [r for r in _rows(page) if r[0] == line]
    assert sent and sent[0][1] == "message_sent" and sent[0][2] == day, _rows(page)
    assert any(sender in n for n in sent[0][3]) and any(recipient in n for n in sent[0][4]), sent


def test_a_letters_place_and_day_in_the_editors_brackets_dates_its_sending():
    page = ("source: https://digitalarchive.wilsoncenter.org/document/letter-x\nLetter from President Gamal Abdel Nasser to "
            "President Josip Broz Tito\n\n[Cairo, 3 May 1962]\n\nDear Mr. President,\n\nI was glad to receive your letter of "
            "20 April, which your ambassador handed to me yesterday.\n\nWith sincere regards,\n\nGamal Abdel Nasser\n")
    sent = [r for r in _rows(page) if r[1] == "message_sent" and r[2] == date(1962, 5, 3)]
    assert [r[0] for r in sent] == ["[Cairo, 3 May 1962]"], _rows(page)


WILSON = "source: https://digitalarchive.wilsoncenter.org/document/minutes-x\n"
TITLE = "Minutes of the Meeting of the Presidium of the Central Committee of the Communist Party of Czechoslovakia, 12 March 1968"


def test_a_records_title_that_writes_its_day_is_its_meeting_when_the_page_gives_no_heading_of_its_own():
    page = (WILSON + TITLE + "\n\nPresent: Comrades Novotný, Dubček, Černík, Lenárt.\n\nComrade Dubček informed the Presidium about the "
            "talks with the Hungarian comrades in Komárno and proposed a plenum for the end of the month.\n")
    met = [r for r in _rows(page) if r[1] == "meeting" and r[0] == TITLE]
    assert met and met[0][2] == date(1968, 3, 12), _rows(page)


@pytest.mark.parametrize("body", [
    "PROTOCOL No. 12\n\nof the meeting of the Presidium held on 12 March 1968\n\nPresent: Comrades Novotný, Dubček, Černík.\n\n"
    "Comrade Dubček informed the Presidium about the talks with the Hungarian comrades in Komárno.\n",
    "Present: Comrades Novotný, Dubček, Černík.\n\n12 March 1968 at ten o'clock Comrade Novotný opened the meeting and gave the "
    "floor to Comrade Dubček.\n",
])
def test_the_title_is_no_row_when_the_page_heads_or_tells_the_meeting_itself(body):
    page = WILSON + TITLE + "\n\n" + body
    assert not [r for r in _rows(page) if r[0] == TITLE], _rows(page)


def test_a_records_own_place_and_day_under_its_marks_and_office_is_the_day_it_was_drawn_up():
    page = (WILSON + "Record of the Foreign Secretary's Talks with Chancellor Kreisky, Vienna, Friday, 7 May 1965\n\nSECRET\n\n"
            "Ministry of External Affairs\n\nColombo, 10 May 1965\n\nThe Foreign Secretary met Chancellor Kreisky in the "
            "Ballhausplatz and conveyed the invitation of the Prime Minister.\n")
    assert ("Colombo, 10 May 1965", date(1965, 5, 10)) in [(r[0], r[2]) for r in _rows(page)], _rows(page)


def test_an_airgrams_repeats_in_its_source_note_are_sent_on_its_day():
    page = ("source: https://history.state.gov/historicaldocuments/frus1969-76v21/d99\n99. Airgram From the Embassy in Chile to "
            "the Department of State1\n\nA-311\n\nSantiago, June 4, 1971.\n\nSUBJECT\nThe situation after the elections\n\n1. The "
            "government has announced new measures against the opposition press.\n\n1 Source: National Archives, RG 59. "
            "Confidential. Drafted by John Doe. Repeated to Lima, La Paz, and Buenos Aires.\n")
    assert [r[2] for r in _rows(page) if r[0].startswith("Repeated to")] == [date(1971, 6, 4)], _rows(page)
