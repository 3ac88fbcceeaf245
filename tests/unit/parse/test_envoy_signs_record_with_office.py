"""A record of a conversation signed at its foot by the envoy who held it, his office and name on one line parted by a
colon or a comma ("Ambassador: Georgi Petkov", "József Takács, ambassador"): the signer is the record's sender, as the
envoy who signs his ciphered cable is. A typist's or a distribution line names no signer. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.signature import office_with_name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ambassador: Georgi Petkov", "Georgi Petkov"),
        ("József Takács, ambassador", "József Takács"),
        ("Vladimír Koucký, Ambassador", "Vladimír Koucký"),
        ("Chargé d'affaires: Stefan Ivanov", "Stefan Ivanov"),
        ("Отпечатано 2 экз.", None),
        ("Verteiler: 1x Gen. Winzer", None),
        ("Typed by: Anna Novak", None),
        ("Moscow, Ambassador Street", None),
        ("The minister said: the army", None),
    ],
)
def test_office_and_name_on_one_line(line, name):
    assert office_with_name(line) == name


_RECORD = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-bulgarian-ambassador-president-example
May 4, 1970
Record of Conversation between the Bulgarian Ambassador and President Example

Skip to content

The President speaks of the harvest.

RECORD OF A CONVERSATION
with President Example
Capital City, Monday, 4 May 1970

At my request the President received me at the palace this morning.

He asked whether Bulgaria could send ten doctors. I promised to report his request to my government.

{foot}

Document Information
Source
Central State Archive, Sofia (TsDA), fond 1-B, opis 58, a.e. 93, l. 21-23.
Type
Memorandum of Conversation
Language
Bulgarian
"""


@pytest.mark.parametrize(
    ("foot", "sender"),
    [
        ("Ambassador: Dimitar Kolev\nCapital City, 5 May 1970", ["Dimitar Kolev"]),
        ("Dimitar Kolev, ambassador", ["Dimitar Kolev"]),
        ("Typed in 2 copies.", []),
    ],
)
def test_the_envoy_who_signs_the_record_sends_it(foot, sender):
    assert parse_text(_RECORD.format(foot=foot)).sender_names == sender
