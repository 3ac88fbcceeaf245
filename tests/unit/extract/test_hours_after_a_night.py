"""An hour or a part of the day a text tells after the night it stated ("During the night of 4 to 5 June units seized
the radio station. ... The president surrendered at dawn."; "The army moved on the night of 8 to 9 June. At 4 a.m. the
radio broadcast ..."): it falls on the night's second day, the one its small hours and its dawn belong to, not on the day
the cable is written nor on the day the story stood at before. A cable's and a history's page of the kind, composed."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

CABLE = """Ciphered Telegram No. 2214
from the Embassy in Tegucigalpa

Dispatched: 08.06.1975, 14.10
Received: 08.06.1975, 20.40

During the night of 4 to 5 June units of the Second Infantry Battalion under Colonel Juan Mendoza attacked the presidential guard in Tegucigalpa. After several hours of fighting President Ramón Cruz surrendered at dawn and was taken to the air base.

On Friday morning Mendoza was sworn in as head of a military junta. This morning I was received by the new Minister of Foreign Affairs.

Ambassador
Jan Novák
"""

HISTORY = """source: https://www.example-books.org/press/soldiers-in-power/page-88
Soldiers in Power: The Army and the State, 1960-1980 - Page 88

Chapter 4: The June Coup

On 2 May 1975 the former prime minister was shot dead in the capital, and the unions called a general strike a week later.

The army moved on the night of 8 to 9 June. At 4 a.m. General Kaya announced on the radio the dissolution of parliament. Two days later Kaya spoke on television and promised elections.
"""


def _rows(text: str):
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def test_a_cables_dawn_after_the_night_it_opened_with_is_the_nights_second_day():
    rows = _rows(CABLE)
    surrender = [r for r in rows if "surrendered at dawn" in r[0]]
    assert surrender and all(r[1:] == (date(1975, 6, 5), date(1975, 6, 5)) for r in surrender), rows


def test_a_historys_hour_after_the_night_it_told_is_the_nights_second_day():
    rows = _rows(HISTORY)
    broadcast = [r for r in rows if "announced on the radio" in r[0]]
    assert broadcast and all(r[1:] == (date(1975, 6, 9), date(1975, 6, 9)) for r in broadcast), rows
    spoke = [r for r in rows if "spoke on television" in r[0]]
    assert spoke and all(r[1:] == (date(1975, 6, 11), date(1975, 6, 11)) for r in spoke), rows
