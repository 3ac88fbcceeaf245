"""A FRUS heading of the older volumes names no kind of paper, only its parties ("512. The Ambassador in Italy (Dunn) to
the Secretary of State"): the parties are the sender and the recipient, and a place and date line with an hour makes it
the telegram it is (a letter of those volumes is dated by its day alone). Pages written for these tests."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text

_PAGE = """source: https://history.state.gov/historicaldocuments/frus1949v99/d77
Office of the Historian › Historical Documents › Foreign Relations of the United States, 1949, Volume XCIX › Ruritania › Document 77

77. The Minister in Ruritania (Flavius) to the Secretary of State\u00b9

{dateline}

{body}

Flavius

\u00b9 Source: Department of State, Central Files, 860X.00/3-449. Secret.
"""


@pytest.mark.parametrize(("dateline", "kind"), [
    ("Strelsau, March 4, 1949—6 p.m.", "telegram"),
    ("Strelsau, March 4, 1949—noon.", "telegram"),
    ("Strelsau, March 4, 1949.", "other"),
])
def test_an_older_volumes_heading_of_parties_gives_sender_recipient_and_a_telegrams_hour(dateline, kind):
    body = "412. The Regent dissolved the Diet this morning. I shall keep the Department informed."
    doc = parse_text(_PAGE.format(dateline=dateline, body=body))
    assert doc.title == "The Minister in Ruritania (Flavius) to the Secretary of State"
    assert doc.sender_names and "Flavius" in doc.sender_names[0]
    assert doc.recipient_names == ["Secretary of State"]
    assert doc.document_type == kind


def test_a_numbered_heading_that_names_its_kind_keeps_it():
    page = _PAGE.replace("The Minister in Ruritania (Flavius) to", "Memorandum by the Minister in Ruritania (Flavius) to")
    doc = parse_text(page.format(dateline="Strelsau, March 4, 1949—6 p.m.", body="The Regent dissolved the Diet."))
    assert doc.document_type == "memorandum"
