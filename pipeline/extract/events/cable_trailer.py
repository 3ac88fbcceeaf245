"""``cable_trailer``: a cable's handling lines: deciphered, typed, printed, sent, received at a time."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.events.common import _BY_NAME, EventDraft
from pipeline.normalize.dates import clock, find_dates
from pipeline.normalize.names import canonical_name
from pipeline.parse.model import ParsedDocument

_HANDLED = re.compile(r"\b(?P<what>Deciphered|Printed|Typed)\s+by\s+(?P<who>[A-Z\u0410-\u042f][\w.-]+)\s+(?P<when>[0-2]\d[0-5]\d\s+\d{1,2}\s+\w+(?:\s+\d{4})?)", re.IGNORECASE)

_HANDLING = re.compile(
    r"^\W*(?P<verb>Received|Sent|Dispatched|Deciphered|Typed|Printed|Arrived|Transmitted)\b[^.]{0,80}?\bat\s+(?P<time>[0-2]?\d[:.][0-5]\d)\s*(?P<ampm>[ap]\.?\s?m\.?)?",
    re.IGNORECASE,
)


def _handling_event(index: int, sentence: str, offset: int, day: date) -> list[EventDraft]:
    m = _HANDLING.match(sentence)
    hour, minute = (int(x) for x in re.split(r"[:.]", m["time"]))
    time = clock(hour, minute, m["ampm"])
    kind = {"received": "message_received", "arrived": "message_received", "deciphered": "deciphered", "typed": "printed", "printed": "printed"}.get(m["verb"].lower(), "message_sent")
    event = EventDraft(index, kind, offset, offset + len(sentence), "cable_trailer", 0.6).on(day)
    event.start_time, event.precision, event.date_kind = time, "minute" if time else "day", "exact"
    if by := _BY_NAME.search(sentence):
        event.sources = [canonical_name(by[1])]
    return [event]


def trailer_events(doc: ParsedDocument) -> list[EventDraft]:
    """The handling lines of a cable's trailer ("Deciphered by Morozov 0745 14 October 1950")."""
    year = doc.document_date.year if doc.document_date else None
    events = []
    for index, block in enumerate(doc.blocks):
        if block.section_type == "trailer":
            for m in _HANDLED.finditer(block.text):
                dates = find_dates(m["when"], year)
                if dates:
                    kind = "deciphered" if m["what"].lower() == "deciphered" else "printed"
                    event = EventDraft(index, kind, m.start(), m.end(), "cable_trailer", 0.8).dated(dates[0])
                    event.sources = [canonical_name(m["who"])]
                    events.append(event)
    return events
