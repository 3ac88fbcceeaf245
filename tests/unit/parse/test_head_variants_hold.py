"""A page's fields hold when a site prints its head another way: a Wilson Center page's date line in capitals (a
style sheet's small capitals, copied as capitals), the page's title followed by the site's name after a dash or a bar
("... - Wilson Center Digital Archive", "... | CIA FOIA (foia.cia.gov)"), and a CIA reading-room record at the room's
older address (/library/readingroom/docs/...pdf). Each short page is read as written and again with each variant;
title, date, kind, sender and recipients must come out the same."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text

WCDA_LETTER = """source: https://digitalarchive.wilsoncenter.org/document/letter-novak-to-brezhnev
Skip to content

April 12, 1971

Letter from Karel Novak to Leonid Brezhnev

Dear Comrade Brezhnev,

I thank you for the warm reception our delegation was given in Moscow last week.

With comradely greetings,
K. Novak
"""

WCDA_TELEGRAM = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-no-4410-petrov-gromyko
Skip to content

November 3, 1962

Ciphered Telegram No. 4410, Petrov to Gromyko

FROM: HAVANA

TO GROMYKO

Today the Prime Minister received me at his request and spoke about the withdrawal of the missiles.

PETROV
"""

CIA_MEMO = """source: https://www.cia.gov/readingroom/document/cia-rdp79t00429a001100030012-5
INTELLIGENCE MEMORANDUM | CIA FOIA (foia.cia.gov)
Document Type: CREST
Collection: General CIA Records
Publication Date: June 2, 1966
Content Type: MEMO
Body:
Approved For Release 2005/06/09 : CIA-RDP79T00429A001100030012-5
SECRET
CENTRAL INTELLIGENCE AGENCY
OFFICE OF CURRENT INTELLIGENCE
2 June 1966
INTELLIGENCE MEMORANDUM
The army has taken control of the capital and closed the airport.
"""

PAGES = {"wcda_letter": WCDA_LETTER, "wcda_telegram": WCDA_TELEGRAM, "cia_memo": CIA_MEMO}


def _date_in_capitals(text: str) -> str:
    for month in ("April 12, 1971", "November 3, 1962"):
        text = text.replace(f"\n{month}\n", f"\n{month.upper()}\n")
    return text


def _title_with(suffix: str):
    def change(text: str) -> str:
        head, sep, rest = text.partition("\n\n")
        lines = rest.split("\n")
        for i, line in enumerate(lines):
            if line.startswith(("Letter from", "Ciphered Telegram")):
                lines[i] = line + suffix
        return head + sep + "\n".join(lines)

    return change


def _older_reading_room(text: str) -> str:
    return text.replace(
        "https://www.cia.gov/readingroom/document/cia-rdp79t00429a001100030012-5",
        "https://www.cia.gov/library/readingroom/docs/CIA-RDP79T00429A001100030012-5.pdf",
    )


VARIANTS = {
    "date_in_capitals": (_date_in_capitals, ("wcda_letter", "wcda_telegram")),
    "dash_site_name": (_title_with(" - Wilson Center Digital Archive"), ("wcda_letter", "wcda_telegram")),
    "bar_site_and_host": (_title_with(" | CIA FOIA (foia.cia.gov)"), ("wcda_letter", "wcda_telegram")),
    "older_reading_room_address": (_older_reading_room, ("cia_memo",)),
}


def _fields(text: str) -> tuple:
    doc = parse_text(text)
    return (doc.title, doc.document_date, doc.document_type, tuple(doc.sender_names), tuple(doc.recipient_names))


@pytest.mark.parametrize(
    ("variant", "page"),
    [(v, p) for v, (_, pages) in VARIANTS.items() for p in pages],
)
def test_fields_hold_under_head_variant(variant: str, page: str) -> None:
    change, _ = VARIANTS[variant]
    text = PAGES[page]
    changed = change(text)
    assert changed != text
    assert _fields(changed) == _fields(text)


def test_pages_read_as_written() -> None:
    letter = parse_text(WCDA_LETTER)
    assert letter.title == "Letter from Karel Novak to Leonid Brezhnev"
    assert str(letter.document_date) == "1971-04-12"
    assert letter.document_type == "letter" and letter.recipient_names == ["Leonid Brezhnev"]
    telegram = parse_text(WCDA_TELEGRAM)
    assert telegram.title == "Ciphered Telegram No. 4410, Petrov to Gromyko" and telegram.recipient_names == ["Andrei Gromyko"]
    memo = parse_text(CIA_MEMO)
    assert memo.title == "INTELLIGENCE MEMORANDUM" and memo.sender_names == ["Central Intelligence Agency"]
