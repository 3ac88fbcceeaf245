"""A record or cable that closes on its signer's name and his office after a comma on one line ("Jan Kowalski,
ambassador", the office in lower case as a translation keeps it) is complete, not cut."""

import pytest

from pipeline.parse import parse_text
from pipeline.parse.model import closes_message


@pytest.mark.parametrize("line", ["Jan Kowalski, ambassador", "Horváth, chargé d'affaires a.i.", "Ivan Petrov, First Secretary of the Embassy"])
def test_a_signer_and_his_office_on_one_line_close_the_text(line):
    assert closes_message(["I replied that I would report to the Ministry.", line])


@pytest.mark.parametrize("texts", [
    ["I replied that I would report to the", "Jan Kowalski, ambassador"],  # the sentence above is cut
    ["He left.", "Then, he asked the ambassador"],  # a sentence, no signer
])
def test_no_signer_line_under_a_cut_sentence_or_in_a_sentence(texts):
    assert not closes_message(texts)


RECORD = """source: https://digitalarchive.wilsoncenter.org/document/record-conversation-polish-ambassador-dar-es-salaam
March 3, 1971
Record of Conversation between the Polish Ambassador and President Nyerere

Skip to content

The ambassador's talk with the President on aid.

Embassy of the Polish People's Republic
Dar es Salaam, 3 March 1971

MEMORANDUM
of my conversation with President Julius Nyerere on Monday, 1 March

The President received me at State House for half an hour.

He asked whether Warsaw would send doctors to the southern regions.

I replied that I would report his request to the Ministry.

Jan Kowalski, ambassador

Document Information
Source
AMSZ, Departament V, 1971, w-4.
Type
Record of Conversation
Language
Polish
"""


def test_a_record_signed_with_the_office_on_one_line_is_not_cut():
    assert not parse_text(RECORD).has_cut_end
