"""A record's banner in capitals over the meeting's own heading: the heading, which names the meeting and its day, is the
title whatever the banner names."""

from __future__ import annotations

import pytest

from pipeline.parse.generic import _meeting_heading_under_banner
from pipeline.parse.model import Block

HEADING = ("Conclusions of a Special Meeting held at the Premier's Office, Georgetown, on Saturday, 17th February, 1962, "
           "at 10.00 a.m.")


def _blocks(*lines: str) -> list[Block]:
    return [Block("heading" if line.upper() == line else "paragraph", 0, len(line), line) for line in lines]


@pytest.mark.parametrize("banner", [
    ["CONCLUSIONS"],  # the record's kind alone
    ["BRITISH GUIANA", "COUNCIL OF MINISTERS"],  # the state and the body that met
])
def test_the_meeting_s_heading_under_its_banner_is_the_title(banner):
    blocks = _blocks(*banner, HEADING)
    assert _meeting_heading_under_banner(blocks, 0) == len(banner)


def test_a_title_that_is_no_banner_stays():
    blocks = _blocks("Note on the Council's meeting", HEADING)
    assert _meeting_heading_under_banner(blocks, 0) == 0
