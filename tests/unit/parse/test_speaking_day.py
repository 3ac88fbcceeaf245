"""The day a text speaks from, read by the one resolver every parser's document passes through last: its head (a
date line under file, number and classification lines, or a numbered heading that closes with its day), a handling
line, its foot (a drafter's line that dates it), its opening sentence. Pages written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.parse import parse_text
from pipeline.parse.model import ParsedDocument
from pipeline.parse.speaking_day import read_speaking_day

_MARKS_OVER_DATE_LINE = """611.41/3-0952: Cable

The Consul at Dakar (Hollis) to the Secretary

CONFIDENTIAL   ROUTINE

Dakar, March 9, 1952—11 a.m.

The Governor told me this morning that the port strike had ended.
"""

_HEADING_WITH_WEEKDAY = """42. Minutes of the Cabinet Meeting, Wednesday, 4 May 1960\u00b2

The Prime Minister opened the meeting and asked for the report on the harvest.

The Minister of Agriculture said that the rains had come late.
"""

_DRAWN_UP_AT_FOOT = """Note on the visit of the trade delegation

The delegation arrived at noon and was met by the deputy minister. The talks on the credit went on until the evening.

The two sides agreed to meet again in the spring.

Drawn up by: Pavel Kral, 12 November 1963
"""

_HANDLING_LINE = """To the Ministry, Department Four

The minister asked me to say that the shipment would be late, and that the port workers were on strike.

Received: Vienna, 3. 2. 1959, 10.40
"""

_OPENING_SENTENCE = """Memorandum for the Politburo

On 9 March 1976 Comrade Petrov received the ambassador of Peru at his request. The ambassador asked about the credit.

The talk lasted one hour.
"""


@pytest.mark.parametrize(("text", "day"), [
    (_MARKS_OVER_DATE_LINE, date(1952, 3, 9)),
    (_HEADING_WITH_WEEKDAY, date(1960, 5, 4)),
    (_DRAWN_UP_AT_FOOT, date(1963, 11, 12)),
    (_HANDLING_LINE, date(1959, 2, 3)),
    (_OPENING_SENTENCE, date(1976, 3, 9)),
], ids=["marks-over-date-line", "heading-with-weekday", "drawn-up-at-foot", "handling-line", "opening-sentence"])
def test_a_page_that_states_its_day_is_dated(text: str, day: date) -> None:
    doc = parse_text(text)
    assert doc.document_date == day
    assert doc.document_date_precision == "day"


def test_a_heading_that_dates_the_page_names_its_kind() -> None:
    doc = parse_text(_HEADING_WITH_WEEKDAY)
    assert doc.document_type not in (None, "other")


def test_a_date_already_read_is_kept() -> None:
    doc = ParsedDocument(parser="generic/1", source_type="archival_record")
    doc.document_date, doc.document_date_precision = date(1955, 1, 1), "day"
    read_speaking_day(doc)
    assert doc.document_date == date(1955, 1, 1)


def test_a_page_without_a_full_day_stays_undated() -> None:
    doc = parse_text("Note on the harvest\n\nThe rains came late in May, and the wheat was thin.\n\nThe minister was told.\n")
    assert doc.document_date is None



def test_a_volume_heading_closed_by_a_note_mark_after_its_year() -> None:
    text = ("source: https://history.state.gov/historicaldocuments/frus1955-57v99/d12\n"
            "12. Memorandum of Discussion at the 210th Meeting of the National Security Council, Friday, March 4, 1955\u00b9\n\n"
            "Mr. Dulles said that the talks had stalled.\n\n\u00b9 Source: Eisenhower Library. Top Secret.\n")
    doc = parse_text(text)
    assert doc.title == "Memorandum of Discussion at the 210th Meeting of the National Security Council, Friday, March 4, 1955"
    assert doc.document_date == date(1955, 3, 4)


def test_a_telegram_date_line_under_marks_set_side_by_side() -> None:
    text = ("source: https://history.state.gov/historicaldocuments/frus1955-57v99/d13\n"
            "711.00/4-455: Telegram\n\nThe Ambassador in Turkey (Warren) to the Department of State\n\n"
            "TOP SECRET   NIACT\n\nAnkara, April 4, 1955—6 p.m.\n\n1021. The Prime Minister received me today.\n")
    doc = parse_text(text)
    assert doc.document_date == date(1955, 4, 4)
    assert doc.sent_from
