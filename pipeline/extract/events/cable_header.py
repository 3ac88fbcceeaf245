"""``cable_header``: a receipt stamp in a cable's header ("from [BEIJING] received 1500 13 July 1951")."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.events.common import EventDraft
from pipeline.normalize.dates import find_dates
from pipeline.parse.model import ParsedDocument

_RECEIVED = re.compile(r"\breceived\s+(?P<rest>.+)", re.IGNORECASE)


def header_events(doc: ParsedDocument) -> list[EventDraft]:
    """A receipt stamp in a cable's header ("from [BEIJING] received 1500 13 July 1951")."""
    year = doc.document_date.year if doc.document_date else None
    events = []
    for index, block in enumerate(doc.blocks):
        if block.section_type == "header" and block.passage_type != "title" and (m := _RECEIVED.search(block.text)):
            dates = find_dates(m["rest"], year)
            if dates:
                mention = dates[0]
                end = m.start("rest") + mention.end
                event = EventDraft(index, "message_received", m.start(), end, "cable_header", 0.85).dated(mention)
                event.sources, event.targets = list(doc.sender_names), list(doc.recipient_names)
                _fix_stamp_year(event, doc.document_date)
                events.append(event)
    return events


def _fix_stamp_year(event: EventDraft, day: date | None) -> None:
    """A receipt stamped exactly one year before the document's date is a slip of the year: take the document's."""
    if day and event.start_date and event.start_date.replace(year=day.year) == day and event.start_date.year == day.year - 1:
        event.start_date = event.end_date = day
        event.inferred = True
        event.confidence = 0.5
