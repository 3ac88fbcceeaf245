"""Pages in a language no file of ``pipeline/reference/lang`` is written for, read by the words borrowed from
dateparser's locale data alone: a sentence that opens with its day is a row, not a dateline; a short sentence naming a
day weeks after the writing with its month's name is a plan, though a handling line's figures a day or two later are
not."""

from datetime import date

from pipeline.extract.alignment import align_blocks
from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

CHRONICLE = """source: https://example.org/kronika/nr-39
LIETUVOS KATALIKŲ BAŽNYČIOS KRONIKA
Nr. 39
1979 m. rugpjūčio 15 d.

Žemaičių Kalvarija

Pirmadienį, liepos 2 d., prie visų kelių į Kalvariją stovėjo milicija ir autoinspekcija. Autobusai su maldininkais iš Kauno ir Telšių buvo sustabdyti ir grąžinti atgal.

Liepos 12 d. atlaidai baigėsi procesija aplink Kalvarijos kalną.

Parapijos tikintieji jau yra pasiuntę skundą Religijų reikalų tarybos įgaliotiniui.
"""

MINUTES = """source: https://example.org/zapisnik/7
ZAPISNIK
7. seje senata Univerze v Ljubljani, ki je bila v ponedeljek, 6. decembra 1971, ob 16. uri v senatni dvorani rektorata

Rektor prof. dr. Kos je poročal, da je okrožni javni tožilec 26. novembra prepovedal razširjanje 4. številke študentskega lista Tribuna.

Senat je sprejel naslednje sklepe:
a) Rektor bo do 15. decembra pisno obvestil republiški sekretariat o stališču senata.
c) Naslednja seja senata bo 10. januarja 1972.

Prejeto 7.12.1971.
"""


def _rows(text: str) -> list[tuple[date | None, str]]:
    doc = parse_text(text)
    align_blocks(doc.blocks)
    return [(e.start_date, doc.blocks[e.block].text[e.evidence_start:e.evidence_end]) for e in extract_events(doc)]


def test_a_sentence_that_opens_with_its_day_is_a_row():
    rows = _rows(CHRONICLE)
    assert (date(1979, 7, 12), "Liepos 12 d. atlaidai baigėsi procesija aplink Kalvarijos kalną.") in \
        [(day, evidence.strip()) for day, evidence in rows]


def test_a_short_sentence_weeks_ahead_is_a_plan_and_a_receipt_keeps_its_day():
    rows = _rows(MINUTES)
    days = [day for day, _ in rows]
    assert date(1972, 1, 10) not in days  # "Naslednja seja senata bo 10. januarja 1972.": the next session, to come
    assert date(1971, 11, 26) in days and date(1971, 12, 7) in days  # "Prejeto 7.12.1971.": a receipt, done
