"""``cable_trailer``: a cable's handling lines: deciphered, typed, printed, sent, received at a time."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.events.common import _BY_NAME, Context, EventDraft, _names
from pipeline.normalize.dates import clock, find_dates
from pipeline.normalize.lexicon import alternation, lexicon, words
from pipeline.normalize.names import canonical_name, lookup
from pipeline.normalize.openings import compile_opening
from pipeline.parse.model import ParsedDocument

_HANDLED = compile_opening(r"\b(?P<what>Deciphered|Printed|Typed)\s+by\s+(?P<who>[A-Z\u0410-\u042f][\w.-]+)\s+(?P<when>[0-2]\d[0-5]\d\s+\d{1,2}\s+\w+(?:\s+\d{4})?)", re.IGNORECASE)

_HANDLING = compile_opening(
    r"^\W*(?P<verb>Received|Sent|Dispatched|Deciphered|Typed|Printed|Arrived|Transmitted)\b[^.]{0,80}?\bat\s+(?P<time>[0-2]?\d[:.][0-5]\d)\s*(?P<ampm>[ap]\.?\s?m\.?)?",
    re.IGNORECASE,
)


_HANDLING_VERBS = lexicon("en").get("handling_verbs") or {}
_HANDLING_LINE = compile_opening(r"^\W*(?:From\s+\S+(?:\s+\d+)?\s+)?(?P<verb>" + "|".join(_HANDLING_VERBS) + r")\b", re.IGNORECASE)
# Who handled it ("by Morozov", "by the Office of the Ministry of Foreign Affairs"), where ("in Moscow", "at the
# 8D/GS") or where it was sent on to ("Sent to 8th Administration of the General Staff"): a name up to the date or
# time that follows. "by wire", "by courier" name the means, not an actor.
_HANDLER = compile_opening(
    r"\s+(?P<prep>by|in|at|to)\s+(?:the\s+)?(?:(?:comrade|com\.|cde\.)\s+)?(?P<who>[A-Z\u0410-\u042f\d][^,;:]*?)(?=\s+(?:on|at)\s+\d|\s*[,;(]|\s+\d|\s*\.?\s*$)",
    re.IGNORECASE,
)


def handling_actors(sentence: str, context: Context) -> tuple[list[str], list[str]] | None:
    """The actors of a handling line: who deciphered, typed or printed it ("by Morozov"), the office or town that
    received it ("Received in Moscow"), else, for its sending, the document's sender and recipients. None for a
    sentence that is no handling line, or a receipt that names nobody."""
    m = _HANDLING_LINE.match(sentence)
    if not m:
        return None
    if (who := _HANDLER.match(sentence, m.end())) and who["who"][:1].isupper() or (who and who["who"][:1].isdigit()):
        name = who["who"].strip()
        entity = lookup(name)
        handler = entity.name if entity else canonical_name(name)
        # "Sent to 8th Administration of the General Staff ... 17.7 21:10": sent on by the office that received it, to that one
        return ([], [handler]) if who["prep"].lower() == "to" else ([handler], [])
    if _HANDLING_VERBS.get(m["verb"].lower()) == "message_sent" and context.senders:
        return list(context.senders), list(context.recipients)
    return None


def _handling_event(index: int, sentence: str, offset: int, day: date, context: Context) -> list[EventDraft]:
    m = _HANDLING.match(sentence)
    hour, minute = (int(x) for x in re.split(r"[:.]", m["time"]))
    time = clock(hour, minute, m["ampm"])
    kind = {"received": "message_received", "arrived": "message_received", "deciphered": "deciphered", "typed": "printed", "printed": "printed"}.get(m["verb"].lower(), "message_sent")
    event = EventDraft(index, kind, offset, offset + len(sentence), "cable_trailer", 0.6).on(day)
    event.start_time, event.precision, event.date_kind = time, "minute" if time else "day", "exact"
    if by := _BY_NAME.search(sentence):
        event.sources = [canonical_name(by[1])]
    if (actors := handling_actors(sentence, context)) is not None:
        event.sources, event.targets = actors
    return [event]


# An edition's source note under a cable: the copies sent on to other posts ("Repeated to Paris for USRO and to London.",
# "Repeated information to Ankara, Athens and USUN.") and the hour it came in ("Received at 4:31 p.m.").
_REPEATED = compile_opening(r"(?:^|(?<=[.;]\s))(?:" + alternation(words("repeated_to")) + r")\s+(?P<whom>[^.;]{2,200})[.;]", re.IGNORECASE)
_RECEIVED_AT = compile_opening(r"(?:^|(?<=[.;]\s))(?:" + alternation(words("received_at")) + r")\s+(?P<time>[0-2]?\d[:.][0-5]\d)\s*(?P<ampm>[ap]\.\s?m\.)?", re.IGNORECASE)
_POSTS_SPLIT = compile_opening(r"\s*(?:,|\band\b)\s*(?:to\s+)?")
_FOR_OFFICE = compile_opening(r"\s+for\s+.*$")  # "Paris for USRO": the post it went to


def _note_events(index: int, text: str, doc: ParsedDocument) -> list[EventDraft]:
    """A cable's repeats to other posts and its receipt, told in the edition's source note: on the cable's day, the
    repeats about then (the note gives no hour), the receipt at the hour it gives."""
    if doc.document_date is None or doc.document_type not in ("cable", "telegram"):
        return []
    events = []
    for m in _REPEATED.finditer(text):
        event = EventDraft(index, "message_sent", m.start(), m.end(), "cable_trailer", 0.5).on(doc.document_date)
        event.date_kind = "approximate"
        event.sources = list(doc.sender_names)
        event.targets = [canonical_name(_FOR_OFFICE.sub("", p)) for p in _POSTS_SPLIT.split(m["whom"]) if p.strip()]
        events.append(event)
    for m in _RECEIVED_AT.finditer(text):
        hour, minute = (int(x) for x in re.split(r"[:.]", m["time"]))
        event = EventDraft(index, "message_received", m.start(), m.end(), "cable_trailer", 0.5).on(doc.document_date)
        event.date_kind, event.start_time = "exact", clock(hour, minute, m["ampm"])
        event.precision = "minute" if event.start_time else "day"
        event.sources, event.targets = list(doc.sender_names), list(doc.recipient_names)
        events.append(event)
    return events


def trailer_events(doc: ParsedDocument) -> list[EventDraft]:
    """The handling lines of a cable's trailer ("Deciphered by Morozov 0745 14 October 1950"), and those of an
    edition's source note ("Repeated to Ankara, Athens, London and USUN.", "Received at 4:31 p.m.")."""
    year = doc.document_date.year if doc.document_date else None
    events = []
    for index, block in enumerate(doc.blocks):
        if block.section_type == "trailer":
            events += _note_events(index, block.text, doc)
            for m in _HANDLED.finditer(block.text):
                dates = find_dates(m["when"], year)
                if dates:
                    kind = "deciphered" if m["what"].lower() == "deciphered" else "printed"
                    event = EventDraft(index, kind, m.start(), m.end(), "cable_trailer", 0.8).dated(dates[0])
                    event.sources = [canonical_name(m["who"])]
                    events.append(event)
    return events


# "Distribution list - 11 copies: Stalin - 2, Molotov-1, ...": the line that says who got the cable's copies.
_DISTRIBUTION = compile_opening(r"^\W*(?:" + alternation(words("distribution_labels")) + r")\b[^:\uff1a\n]{0,30}[:\uff1a]\s*(?P<whom>\S.*)$",
                                re.IGNORECASE | re.DOTALL)  # "（发：中央各部委，……）": a full-width colon too


def distributed_to(sentence: str, language: str | None) -> list[str]:
    """Those a distribution line lists ("Distribution list - 11 copies: Stalin - 2, Molotov-1, ..."); none for another
    sentence."""
    m = _DISTRIBUTION.match(sentence)
    if m and language == "zh":  # "（发：中央各部委，各省、市、自治区党委）": each body the commas part, as the page names it
        return [canonical_name(part) for part in (p.strip(" )\uff09.\u3002") for p in re.split(r"[,;\uff0c\uff1b]", m["whom"])) if part]
    return _names(re.sub(r"\s*[-–—]\s*\d+", ",", m["whom"]), language) if m else []  # "Molotov-1": the copies' count off


def distribution_event(index: int, sentence: str, offset: int, day: date, whom: list[str]) -> EventDraft:
    """A cable's copies made for those its distribution line lists: handled about the cable's day, as its other handling
    lines are, though the line gives no date."""
    event = EventDraft(index, "printed", offset, offset + len(sentence), "cable_trailer", 0.5).on(day)
    event.date_kind, event.targets = "approximate", whom
    return event
