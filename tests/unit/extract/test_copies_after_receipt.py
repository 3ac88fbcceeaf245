"""A cipher's copies are made where it is received: its "Copies:" line is dated about the last day its receiving stamps
give ("Arrived", "Deciphered", "Typed"), which may be the day after it was sent."""

from datetime import date

from pipeline.seed import process_seed

_CABLE = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-embassy-bamako-1968
November 20, 1968
Ciphered Telegram from the Embassy in Bamako on the Army Takeover

SECRET
Ciphered telegram No. 431
Bamako, 20/XI-1968
Sent: 20 Nov. 1968, 21:15
Arrived: 21 Nov. 1968, 05:40
Deciphered: 21 Nov. 1968, 09:05
Copies: 3 - Minister, 4th Territorial Department, file

Yesterday a group of young officers arrested President Keita near Koulikoro and took over the radio station.

Jan Novak
Ambassador
"""


def _copies(text: str) -> list[tuple[str, date]]:
    rows = process_seed("cable.txt", text.encode()).events.to_pylist()
    return [(r["date_kind"], r["start_date"]) for r in rows if (r["evidence_text"] or "").startswith("Copies")]


def test_copies_are_handed_round_on_the_day_the_cipher_was_deciphered():
    assert _copies(_CABLE) == [("approximate", date(1968, 11, 21))]


def test_copies_of_a_cipher_received_the_day_it_was_sent_keep_that_day():
    same_day = _CABLE.replace("21 Nov. 1968", "20 Nov. 1968")
    assert _copies(same_day) == [("approximate", date(1968, 11, 20))]
