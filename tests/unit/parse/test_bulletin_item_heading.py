"""A Central Intelligence Bulletin scan printing one item: titled by the item's own "PLACE: Headline" and sent by the
Agency when its head prints the Agency's name; an item run into its text leaves the masthead the title."""

from __future__ import annotations

from pipeline.parse import parse_text

_ITEM = """source: https://www.cia.gov/readingroom/docs/CIA-RDP79T00975A099900010001-1.pdf
Approved For Release 2008/01/02 : CIA-RDP79T00975A099900010001-1

Secret

CENTRAL INTELLIGENCE BULLETIN

CIA No. 1234/74
Copy No. 57

Friday June 14, 1974

CENTRAL INTELLIGENCE AGENCY

NIGER: Officers Depose Diori

Army officers under the chief of staff took over the
government in Niamey early on Monday and dissolved the
national assembly. The president was detained at his
residence.
"""

_RUN_IN = """source: https://www.cia.gov/readingroom/docs/CIA-RDP79T00975A099900020001-0.pdf
Approved For Release 2008/01/02 : CIA-RDP79T00975A099900020001-0
SECRET
CENTRAL INTELLIGENCE BULLETIN
14 June 1974

NIGER: Army officers have taken over the govern-
ment in Niamey.

The president was detained at his residence early on
Monday, and the national assembly was dissolved.
"""


def test_a_bulletins_single_item_is_titled_by_its_heading_and_sent_by_the_agency():
    doc = parse_text(_ITEM)
    assert doc.title == "NIGER: Officers Depose Diori"
    assert doc.sender_names == ["Central Intelligence Agency"]


def test_a_bulletin_item_run_into_its_text_leaves_the_masthead_as_title_and_no_sender():
    doc = parse_text(_RUN_IN)
    assert doc.title == "CENTRAL INTELLIGENCE BULLETIN"
    assert doc.sender_names == []


def test_a_national_intelligence_daily_under_the_agencys_name_is_its_item():
    page = _ITEM.replace("CENTRAL INTELLIGENCE BULLETIN", "NATIONAL INTELLIGENCE DAILY")
    doc = parse_text(page)
    assert doc.title == "NIGER: Officers Depose Diori"
    assert doc.sender_names == ["Central Intelligence Agency"]


def test_a_national_intelligence_daily_under_its_masthead_alone_keeps_the_masthead_and_no_sender():
    page = _ITEM.replace("CENTRAL INTELLIGENCE BULLETIN", "NATIONAL INTELLIGENCE DAILY").replace("CENTRAL INTELLIGENCE AGENCY\n\n", "")
    doc = parse_text(page)
    assert doc.title == "NATIONAL INTELLIGENCE DAILY"
    assert doc.sender_names == []
