"""A CIA Weekly Summary's scan printing one item: under the masthead alone (its day maybe on its line), the masthead's
line is the page's title and no sender; under "CENTRAL INTELLIGENCE AGENCY", the item's heading is the title and the
Agency its sender. Texts written for these tests."""

from __future__ import annotations

import datetime

from pipeline.parse import parse_text

_ALONE = """source: https://www.cia.gov/readingroom/document/cia-rdp79-00927a000000000001-0
CIA-RDP79-00927A000000000001-0
Approved For Release 2006/03/17 : CIA-RDP79-00927A000000000001-0
SECRET
WEEKLY SUMMARY 9 June 1972

RURITANIA: ARMY SEIZES POWER

Army officers seized the radio station in the capital on 4 June and announced that the government had been dissolved.
"""

_LETTERHEAD = """source: https://www.cia.gov/readingroom/docs/CIA-RDP79-00927A000000000002-0.pdf
Approved For Release 2006/03/17 : CIA-RDP79-00927A000000000002-0

SECRET

CENTRAL INTELLIGENCE AGENCY

WEEKLY SUMMARY
9 June 1972

RURITANIA: ARMY SEIZES POWER

Army officers seized the radio station in the capital on 4 June and announced that the government had been dissolved.
"""


def test_the_masthead_alone_titles_the_issue_with_its_day():
    doc = parse_text(_ALONE)
    assert (doc.title, doc.sender_names, doc.document_type) == ("WEEKLY SUMMARY 9 June 1972", [], "other")
    assert doc.document_date == datetime.date(1972, 6, 9)


def test_under_the_agency_the_item_heading_is_the_title():
    doc = parse_text(_LETTERHEAD)
    assert (doc.title, doc.sender_names) == ("RURITANIA: ARMY SEIZES POWER", ["Central Intelligence Agency"])
