"""A wire service's item under its transmission head (the agency, the item's number, its day and hour): the head is the
item's sending row, the agency its sender, the head's day its date, and the story's day words count from that day.
Composed items, not the held-out pages."""

from datetime import date

import pytest

from pipeline.seed import process_seed

_ITEMS = [
    ("""source: https://example.org/wire/ntb-0233
NTB 0233 TIRSDAG 22 APRIL 1975 KL 14.05
HAST
FISKERIGRENSEN

OSLO (NTB) Regjeringen la i går fram forslaget om en ny fiskerigrense. Statsministeren sa at forslaget skal behandles i Stortinget.

NTB
""", "NTB 0233 TIRSDAG 22 APRIL 1975 KL 14.05", "NTB", date(1975, 4, 22)),
    ("""source: https://example.org/wire/upi-47
UPI 47 5/14/68 10:32 ED
URGENT
PARIS TALKS

PARIS (UPI) The American and North Vietnamese negotiators met for four hours yesterday at the Hotel Majestic. Ambassador Harriman said the talks would resume on Friday.

UPI
""", "UPI 47 5/14/68 10:32 ED", "UPI", date(1968, 5, 14)),
    ("""source: https://example.org/wire/afp-231140
AFP 231140 GMT JUN 77
FLASH
DJIBOUTI INDEPENDENCE

DJIBOUTI (AFP) The French flag was lowered over the territory at midnight. President Hassan Gouled Aptidon proclaimed the independence of the Republic of Djibouti.

AFP
""", "AFP 231140 GMT JUN 77", "AFP", date(1977, 6, 23)),
]


def _rows(page: str) -> list[dict]:
    return process_seed("x.txt", page.encode()).events.to_pylist()


@pytest.mark.parametrize(("page", "head", "agency", "day"), _ITEMS)
def test_the_transmission_head_is_the_items_sending_by_the_agency_on_its_day(page, head, agency, day):
    sent = [r for r in _rows(page) if r["evidence_text"] == head]
    assert [(r["start_date"], r["end_date"], r["source_names"]) for r in sent] == [(day, day, [agency])]


def test_a_head_less_item_has_no_sending_row_from_its_dateline():
    page = _ITEMS[1][0].replace("UPI 47 5/14/68 10:32 ED\n", "")
    assert not [r for r in _rows(page) if r["evidence_text"].startswith("UPI")]


@pytest.mark.parametrize(("page", "lead", "day"), [
    (_ITEMS[0][0], "Regjeringen la i går", date(1975, 4, 21)),
    (_ITEMS[1][0], "met for four hours yesterday", date(1968, 5, 13)),
])
def test_the_leads_day_word_counts_from_the_heads_day(page, lead, day):
    assert [(r["start_date"], r["end_date"]) for r in _rows(page) if lead in r["evidence_text"]] == [(day, day)]


@pytest.mark.parametrize(("page", "title", "day"), [
    (_ITEMS[0][0], "FISKERIGRENSEN", date(1975, 4, 22)),
    (_ITEMS[1][0], "PARIS TALKS", date(1968, 5, 14)),
    (_ITEMS[2][0], "DJIBOUTI INDEPENDENCE", date(1977, 6, 23)),
])
def test_the_priority_line_is_no_title_and_the_head_dates_the_item(page, title, day):
    document = process_seed("x.txt", page.encode()).documents.to_pylist()[0]
    assert (document["title"], document["document_date"]) == (title, day)


@pytest.mark.parametrize(("page", "head", "hour"), [
    (_ITEMS[0][0], _ITEMS[0][1], "14:05"),
    (_ITEMS[1][0], _ITEMS[1][1], "10:32"),
    (_ITEMS[2][0], _ITEMS[2][1], "11:40"),
])
def test_the_sending_row_keeps_the_hour_the_head_gives(page, head, hour):
    assert [r["start_time"] for r in _rows(page) if r["evidence_text"] == head] == [hour]
