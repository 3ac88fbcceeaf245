"""A letter's title naming each party's office and then, after a comma, the person who held it: the parties are the
people; an office named alone stays the party."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text

_PAGE = "source: https://example.org/letters/1\n{title}\n\n12 May 1965\n\nDear Sir,\n\nWe met yesterday in the capital and talked.\n"


@pytest.mark.parametrize(("title", "senders", "recipients"), [
    ("Letter from the President of Trinidad and Tobago, Ellis Clarke, to the Prime Minister, Harold Wilson",
     ["Ellis Clarke"], ["Harold Wilson"]),
    ("Letter from the High Commissioner in Lagos, J. R. Dunn, to the Secretary of State",
     ["J. R. Dunn"], ["Secretary of State"]),
])
def test_a_letters_parties_are_the_people_named_after_their_offices(title, senders, recipients):
    doc = parse_text(_PAGE.format(title=title))
    assert doc.sender_names == senders
    assert doc.recipient_names == recipients
