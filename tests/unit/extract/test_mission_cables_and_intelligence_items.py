"""Actors on a mission's cable and record, and on an intelligence bulletin's item: a name written with several middle
initials kept whole; a ciphered telegram from an embassy that names no addressee received and deciphered at its state's
foreign ministry; a relation "between the two countries" acted by the two states the item's heading names; a body
written by its common noun alone as the one body of that noun the page set up. Pages of our own making."""

from __future__ import annotations

from pipeline.seed import process_seed


def _rows(text: str) -> list[dict]:
    return process_seed("x.txt", text.encode()).events.to_pylist()


def _actors(rows: list[dict], piece: str) -> list[list[str]]:
    return [(r["source_names"] or []) + (r["target_names"] or []) for r in rows if piece in r["evidence_text"]]


_RECORD = """Embassy of the Polish People's Republic
in Accra

NOTE
on a conversation with the Minister of Trade, K. Mensah

On Monday, 6 March, I was received by Minister Kwame A. B. Mensah at the ministry at his request.

Accra, 8 March 1967

Jan Kowalski
Ambassador of the PPR
"""


def test_a_name_with_several_middle_initials_is_read_whole():
    assert _actors(_rows(_RECORD), "I was received by")[0][0] == "Kwame A. B. Mensah"


_CABLE = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-czechoslovak-embassy-lome
March 2, 1971
Ciphered Telegram from the Czechoslovak Embassy in Lomé on the Cabinet Reshuffle

Ciphered telegram No. 51
Lomé, 2/III-1971
Sent: 2 Mar. 1971, 11:20
Arrived: 2 Mar. 1971, 17:05
Deciphered: 2 Mar. 1971, 19:30

President Eyadéma dismissed three ministers this morning.

Novák
"""


def test_an_embassy_cable_naming_no_addressee_is_received_and_deciphered_at_its_foreign_ministry():
    rows = _rows(_CABLE)
    assert _actors(rows, "Arrived:") == [["Czechoslovak Foreign Ministry"]]
    assert _actors(rows, "Deciphered:") == [["Czechoslovak Foreign Ministry"]]
    assert {r["event_type"] for r in rows if r["evidence_text"].startswith(("Arrived:", "Deciphered:"))} == {"message_received", "deciphered"}
    assert _actors(rows, "Sent:") == [["Novák"]]  # its sending stays its signer's


_BULLETIN = """source: https://www.cia.gov/readingroom/document/cia-rdp79t00975a0000000-1
Central Intelligence Bulletin
12 August 1971

GUATEMALA - BELIZE: Troops are massing on the border.

Relations between the two countries were broken off on 2 August after a border incident.
"""


def test_a_relation_between_the_two_countries_is_acted_by_the_two_states_the_item_names():
    assert _actors(_rows(_BULLETIN), "Relations between") == [["Guatemala", "Belize"]]


_COUP = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-bulgarian-embassy-x
Ciphered Telegram from the Bulgarian Embassy in Niamey

Niamey, 17 April 1974

On Monday the officers set up a Supreme Military Council under Colonel Kountché. The council suspended the constitution on Tuesday.

Petrov
"""


def test_a_body_written_by_its_noun_alone_is_the_one_the_page_set_up():
    assert ["Supreme Military Council"] in [a[:1] for a in _actors(_rows(_COUP), "The council suspended")]
