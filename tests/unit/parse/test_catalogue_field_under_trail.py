"""The archive's catalogue entry under the site's trail heading the page: its labelled fields, whatever the labels'
language, are the catalogue's lines, never the item's heading (generic.catalogue_field_under_trail)."""

from __future__ import annotations

import pytest

from pipeline.parse.generic import catalogue_field_under_trail
from pipeline.parse.model import Block

TRAIL = "Arkib Negara Malaysia › Koleksi Persendirian › Tunku Abdul Rahman"


def _blocks(*lines: str) -> list[Block]:
    return [Block("paragraph", 0, len(line), line) for line in lines]


@pytest.mark.parametrize("fields", [
    ["Tajuk: Letter from Tunku Abdul Rahman to Sir Alec Douglas-Home on the Indonesian landing at Labis",
     "Rujukan: 2006/0022772"],
    ["Ref.: CM (62) 6th Meeting", "Date: 6 February 1962"],
])
def test_the_labelled_fields_under_the_trail_are_the_catalogue_s(fields):
    blocks = _blocks(TRAIL, *fields, "My dear Prime Minister,")
    assert [catalogue_field_under_trail(blocks, i) for i in range(len(blocks))] == [False, True, True, False]


def test_one_labelled_line_under_the_trail_may_be_the_item_s_own_heading():
    blocks = _blocks(TRAIL, "Fire over the Strait: Quemoy, Washington and Beijing in 1958", "My dear Prime Minister,")
    assert not catalogue_field_under_trail(blocks, 1)


def test_no_trail_no_catalogue():
    blocks = _blocks("Prime Minister's Office", "Tajuk: Letter from the Tunku", "Rujukan: 2006/0022772")
    assert not catalogue_field_under_trail(blocks, 1)
