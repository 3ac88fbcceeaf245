"""Lines of a page that are no record's happening: the archive site's one-line summary of an envoy's record, its subject
the mission or the envoy by office ("The Swedish embassy in Lagos reports on ..."), and a letter's valediction above
the signature ("With my renewed thanks and warm personal regards,"). Composed pages of the kinds, with other
missions, days and words than the pages they were found on; the record's own sentences stay rows."""

from pipeline.extract.events import extract_events
from pipeline.parse import parse_text

CABLE = """source: https://digitalarchive.example.org/document/ciphered-telegram-swedish-embassy-lagos-1967
Ciphered Telegram from the Swedish Embassy in Lagos on the Fighting at Onitsha

Skip to content

The Swedish embassy in Lagos reports on the fighting at Onitsha and on the mood of the federal government.

CIPHERGRAM No. 411
from Lagos   dispatched 12.10.1967 at 09.40
URGENT

Yesterday federal troops crossed the Niger at Onitsha. The Head of State, General Gowon, received the ambassadors of
the Nordic countries this morning and asked them to stop all relief flights.

Lindqvist
"""

LETTER = """Nassau, 4th March, 1974

Dear Prime Minister,

I write to thank you for the warm welcome you gave our delegation in London last week.

The Cabinet decided on Monday to open a High Commission in Ottawa before the end of the year.

With my renewed thanks and warm personal regards,

Yours sincerely,

Arthur Hanna
"""


def _evidence(text: str) -> list[str]:
    doc = parse_text(text)
    return [doc.blocks[e.block].text[e.evidence_start: e.evidence_end] for e in extract_events(doc)]


def test_the_sites_summary_of_an_envoys_record_is_no_row_but_the_record_is_read():
    rows = _evidence(CABLE)
    assert not [r for r in rows if "reports on" in r]
    assert any("crossed the Niger" in r for r in rows)
    assert any("asked them to stop all relief flights" in r for r in rows)


def test_a_letters_valediction_is_no_row_but_its_thanks_and_news_are():
    rows = _evidence(LETTER)
    assert not [r for r in rows if r.startswith("With my renewed thanks")]
    assert any("I write to thank you" in r for r in rows)
    assert any("open a High Commission" in r for r in rows)
