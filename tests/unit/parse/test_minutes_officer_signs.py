"""Minutes signed by the body's chairman or secretary for the body: he is no sender."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text

PAGE = """MINUTES OF THE MEETING OF THE EXECUTIVE COMMITTEE OF THE NYASALAND AFRICAN CONGRESS HELD AT BLANTYRE ON 26TH MAY, 1956

Present: H. B. M. Chipembere, D. K. Chisiza, M. W. K. Chiume.

1. The Committee discussed the federal elections and agreed that members should not register as voters.

2. The Committee resolved to send a delegation to the Governor to protest against the arrests.

Signed: A. E. HISCOCK, {office}. 27th May, 1956.
"""


@pytest.mark.parametrize(("office", "senders"), [
    ("Chairman", []),  # the office after the name on its line (signature._OFFICE_AFTER_NAME)
    ("Secretary", []),
    ("Treasurer", ["A. E. HISCOCK"]),  # no office that signs minutes for the body
])
def test_the_chairman_or_secretary_signing_minutes_is_no_sender(office, senders):
    doc = parse_text(PAGE.format(office=office))
    assert doc.document_type == "minutes"
    assert doc.sender_names == senders
