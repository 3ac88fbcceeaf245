"""A message's sending told once: where an edition heads a telegram with its writer and addressee and a short line of
its head dates the sending ("Aufgabe: 12. Mai 1970, 09.40 Uhr", "(No. 57) DUBLIN, 4 June 1961"), the line's row is the
sending, with the heading's parties, and the heading is no second row of it; a receipt line is no sending. And a day
counted from another that the sentence names right after it ("Zwei Tage später, am 14. Mai, ...", "Two weeks later, on
29 May, ...") is the day named."""

from datetime import date

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

GERMAN = """source: https://www.degruyter.com/document/doi/10.1524/example/html
Akten zur Auswärtigen Politik der Bundesrepublik Deutschland 1970
Dokument 205
Botschafter Meyer, Belgrad, an das Auswärtige Amt
Z B 6-1-12345/70 VS-vertraulich
Fernschreiben Nr. 311
Aufgabe: 12. Mai 1970, 09.40 Uhr
Ankunft: 12. Mai 1970, 11.15 Uhr

Betr.: Besuch des jugoslawischen Außenministers in Bonn

Der jugoslawische Außenminister hat mir gestern mitgeteilt, daß er die Einladung nach Bonn annimmt. Die Regierung hat am 10. Mai über die Reise beraten.
"""

IRISH = """source: https://www.difp.ie/volume-11/1961/example/5200/
Documents on Irish Foreign Policy · Royal Irish Academy
Volume XI: 1957-1961 · Chapter 9: The Congo

No. 501 NAI DFA 305/384/3
Code telegram from the Department of External Affairs to the Permanent Mission to the United Nations (New York)
(No. 57) DUBLIN, 4 June 1961

Army Headquarters informs us that the relief convoy reached Albertville yesterday. Minister requests you to inform the Secretary-General today.
"""

WILSON = """source: https://digitalarchive.wilsoncenter.org/document/example-telegram-embassy-lagos
Telegram from the Czechoslovak Embassy in Lagos on the Change of Government
Wilson Center Digital Archive
Translation - English
The embassy reports the removal of the head of state and the first measures of the new military government in Lagos.
CIPHERED TELEGRAM No. 2231
Lagos, dispatched 30.7.1975 at 11.20 local time
Received in Prague 30.7.1975 at 16.40
To: Comrade B. Chňoupek, Federal Ministry of Foreign Affairs, Prague

1. Yesterday the armed forces removed the head of state while he was abroad. The new government closed the airports for two days.
"""

BOOK = """source: https://www.example-press.org/book/chapter-7
The Islands after Independence
Chapter 7

The new government arrested the former minister in the capital on 15 May 1978. Two weeks later, on 29 May, he was shot while trying to escape, as the new authorities announced.
"""


def _rows(page: str):
    doc = parse_text(page)
    return [(e.method, e.event_type, e.start_date, doc.blocks[e.block].text[e.evidence_start:e.evidence_end].strip())
            for e in extract_events(doc)]


def test_a_labelled_sending_line_under_the_heading_is_the_sending_and_the_heading_no_row_of_its_own():
    rows = _rows(GERMAN)
    sent = [r for r in rows if r[1] == "message_sent" and r[2] == date(1970, 5, 12)]
    assert [r[3] for r in sent] == ["Aufgabe: 12. Mai 1970, 09.40 Uhr"]
    assert not any(r[3].startswith("Botschafter Meyer") for r in rows)
    assert not any(r[1] == "message_sent" and r[3].startswith("Ankunft") for r in rows)  # the receipt is no sending


def test_a_numbered_dateline_under_the_heading_is_the_sending():
    rows = _rows(IRISH)
    sent = [r for r in rows if r[1] == "message_sent" and r[2] == date(1961, 6, 4)]
    assert "(No. 57) DUBLIN, 4 June 1961" in [r[3] for r in sent]
    assert not any(r[3].startswith("Code telegram") for r in rows)


def test_a_site_summary_between_the_heading_and_the_cables_own_head_does_not_hide_its_dispatch_line():
    rows = _rows(WILSON)
    sent = [r for r in rows if r[1] == "message_sent" and r[2] == date(1975, 7, 30)]
    assert "Lagos, dispatched 30.7.1975 at 11.20 local time" in [r[3] for r in sent]
    assert not any(r[3].startswith("Telegram from the Czechoslovak Embassy") for r in rows)


def test_a_count_with_its_day_set_beside_it_is_that_day():
    rows = _rows(BOOK)
    counted = [r for r in rows if r[0] == "relative_date" and r[3].startswith("Two weeks later")]
    assert counted and all(r[2] == date(1978, 5, 29) for r in counted)
