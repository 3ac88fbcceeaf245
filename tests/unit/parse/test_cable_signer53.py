"""A ciphered cable whose title names its mission and its subject ("... from the Soviet Embassy in X on the ..."), signed
by a surname in capitals over the cable's handling lines ("Sent from ...", "Received in Moscow ...", "Deciphered ...",
"Circulated to ...") and the edition's archive line: the signer is the sender. Pages written for these tests."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text

_PAGE = """source: https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-soviet-embassy-test
June 28, 1973
Ciphered Telegram from the Soviet Embassy in Santiago on the Situation in the Capital

Skip to content

Secret

CIPHERED TELEGRAM

Yesterday the commanders of the three services met the President at the palace.

The embassy is following the events.

{signer}

{foot}
RGANI, f. 5, op. 66, d. 1120, ll. 12-13. Translated by Svetlana Savranskaya.
"""


@pytest.mark.parametrize("foot", [
    "Sent from Santiago 28.6.73 at 21:40 (local time)\n\nReceived in Moscow 29.6.73 at 04:15\n\n"
    "Deciphered 29.6.73 at 05:00 by Lukina\n\nCirculated to Brezhnev, Kosygin, Gromyko 29.6.73 at 09:30\n",
    "Circulated to Brezhnev, Kosygin, Gromyko\n",
    "",
])
@pytest.mark.parametrize("signer", ["BASOV", "Basov"])
def test_the_signer_over_the_cables_handling_lines_is_the_sender(signer, foot):
    doc = parse_text(_PAGE.format(signer=signer, foot=foot))
    assert doc.sender_names == [signer]
