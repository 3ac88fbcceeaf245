"""A site that publishes records (or a funder it credits) is never a party to a record it prints; an item of the Agency's
weekly printed under its issue's section ("EUROPE" over "CYPRUS: NEW FIGHTING") is titled by its own heading and sent by
the Agency; an envoy who signs his own record of a talk under his office, with the place and day, is its sender.
Pages written for these tests."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.headings import _furniture, is_publishing_site


@pytest.mark.parametrize(("name", "expected"), list(_furniture()["examples_never_parties"].items()))
def test_a_publishing_site_is_told_from_a_party(name, expected):
    assert is_publishing_site(name) is expected


_CIPHERGRAM = """source: https://digitalarchive.wilsoncenter.org/document/ciphergram-bulgarian-embassy-accra
Ciphered Telegram from the Bulgarian Embassy in Accra on the New Cabinet

Wilson Center Digital Archive

The Bulgarian embassy reports on the new cabinet in Ghana.

CIPHERGRAM No. 417
from Accra   dispatched 12.03.1969 at 10.20   received 12.03.1969 at 15.05

The new cabinet was sworn in on Tuesday. The chairman of the council spoke of closer ties with the socialist countries.

Petrov
"""


def test_the_sites_name_under_a_telegrams_title_is_not_its_recipient():
    doc = parse_text(_CIPHERGRAM)
    assert "Wilson Center Digital Archive" not in doc.recipient_names
    assert doc.sender_names == ["Petrov"]


_WEEKLY_ITEM = """source: https://www.cia.gov/readingroom/docs/CIA-RDP79-00927A004500010001-2.pdf
Approved For Release 2006/02/07 : CIA-RDP79-00927A004500010001-2

SECRET

CURRENT INTELLIGENCE WEEKLY SUMMARY

OCI No. 0330/64
15 May 1964

CENTRAL INTELLIGENCE AGENCY
OFFICE OF CURRENT INTELLIGENCE

EUROPE

CYPRUS: NEW FIGHTING NEAR NICOSIA

Turkish Cypriot irregulars and the
police exchanged fire on Monday in the
villages north of the capital.

The UN commander has asked both sides
to withdraw their men from the line.

SECRET
"""


def test_a_weekly_item_under_its_issues_section_is_titled_by_its_own_heading_and_sent_by_the_agency():
    doc = parse_text(_WEEKLY_ITEM)
    assert doc.title == "CYPRUS: NEW FIGHTING NEAR NICOSIA"
    assert doc.sender_names == ["Central Intelligence Agency"]


def test_a_weekly_item_without_the_agencys_name_in_its_head_states_no_sender():
    doc = parse_text(_WEEKLY_ITEM.replace("CENTRAL INTELLIGENCE AGENCY\n", ""))
    assert doc.title == "CYPRUS: NEW FIGHTING NEAR NICOSIA"
    assert doc.sender_names == []


_RECORD = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-hungarian-ambassador-nyerere
Record of Conversation between the Hungarian Ambassador and President Julius Nyerere

RECORD OF CONVERSATION

with the President of the United Republic of Tanzania, Julius Nyerere

On Friday, 4 June, the President received me at State House. I handed over the letter of our Prime Minister.

Nyerere said that the Front would open a second office in Lusaka in the autumn. I promised to report his request to Budapest.

Ambassador of the Hungarian People's Republic
Gyula Fekete Tóth

Dar es Salaam, 7 June 1971
"""


def test_an_envoy_signing_his_own_record_under_his_office_and_the_place_and_day_sent_it():
    doc = parse_text(_RECORD)
    assert doc.sender_names == ["Gyula Fekete Tóth"]
