"""``cable_header``: a receipt stamp in a cable's header ("from [BEIJING] received 1500 13 July 1951")."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.events.common import EventDraft
from pipeline.normalize.dates import clock, find_dates, in_year
from pipeline.normalize.lexicon import alternation, lexicon, words
from pipeline.normalize.openings import compile_opening
from pipeline.parse.model import ParsedDocument

_RECEIVED = compile_opening(r"\breceived:?\s+(?P<rest>.+)", re.IGNORECASE)  # "received 1500 13 July 1951", "Received: Prague, 30. 10. 1958"
_RECEIVED_LABEL = compile_opening(r"^\W*received\W*$", re.IGNORECASE)  # a stamp's label alone on its line, its lines below it
_STAMP_LINES = 4  # the lines a stamp spreads over under its label: its number, the sender, the day
REGISTERED = compile_opening(r"^\W*(?:" + alternation(words("registration_marks")) + r")(?!\w)")
_PLACE_BEFORE = compile_opening(r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2},\s*")  # "New Delhi, " before the day
_ISSUER = compile_opening(r"(?:" + (alternation(words("registration_issuers")) or "(?!)") + r")(?: (?:[A-Z][\w'.-]+|of|and|the|in)){1,6}")  # "Ministry of External Affairs"
_REGISTRATION_LINES = 3  # "Secret, Copy 2" / "27 November 1961", "Секретно" / "Экз. № 1" / "7 октября 1959 г."


_DISPATCH_STAMPS = {mark.casefold(): kind for mark, kind in (lexicon("en").get("dispatch_stamps") or {}).items()}
_DISPATCH = compile_opening(r"^(?P<mark>" + "|".join(map(re.escape, lexicon("en").get("dispatch_stamps") or {})) + r")\.\s+(?P<time>[0-2]?\d[.:][0-5]\d|[0-2]\d[0-5]\d(?=\s*(?:hours|hrs)\b))\s*(?P<ampm>[ap]\.\s?m\.|hours\b|hrs\b\.?)?\s+(?P<day>.{4,30})$")
# ... the hour on the clock of 24 written in four figures before "hours" ("D. 1930 hours 10 December 1962")
_HEAD_LINES = 25  # a telegram's head: its stamps stand among the page's first lines (under an archive's catalogue entry too)


_REFERENCE = compile_opening(r"^(?:" + alternation(words("telegram_reference")) + r")\s*\d+\b(?:\s*[:.]\s*[^.]{0,80})?\.?$")


def reads_receipt(text: str) -> bool:
    """True for a header line whose receipt stamp ``header_events`` reads ("From BEIJING Received 23:00 31.1.1951"),
    with the year a slip of the cipher clerk's put right by the document's date."""
    return bool(_RECEIVED.search(text))


_OWN_REFERENCE = compile_opening(r"^(?:" + alternation(words("own_telegram_reference")) + r")\s*\d+\b(?:\s+(?:"
                                 + (alternation(words("telegram_reference_date_words")) or "(?!)") + r")\s+[^.:]{3,30})?(?:\s*[:.]\s*[^.]{0,80})?\.?$",
                                 re.IGNORECASE)


# The writer's own earlier telegram opening the first numbered point of the text, the point's words after its colon
# ("1. MY TELNO 207: THE NAGRIAMEL SUPPORTERS ... STILL HOLD THE TOWN."): the reference alone, the rest the point's own.
_OWN_REFERENCE_OPENS = compile_opening(r"^(?:1\.\s+)?(?P<ref>(?:" + alternation(words("own_telegram_reference")) + r")\s*\d+)\s*:\s+\S",
                                       re.IGNORECASE)


def own_reference(text: str) -> tuple[int, int] | None:
    """The span of the writer's own earlier telegram a head line or the text's first point opens with: the whole line
    where it is one ("MY TELNO 209: GUATEMALAN DEPLOYMENTS."), the reference alone where a point's words follow it."""
    stripped = text.strip()
    if _OWN_REFERENCE.match(stripped):
        return 0, len(text)
    if (m := _OWN_REFERENCE_OPENS.match(stripped)) is not None:
        at = text.index(stripped)
        return at + m.start("ref"), at + m.end("ref")
    return None


def own_reference_example(text: str) -> str | None:
    """The reference ``own_reference`` reads in ``text`` (the check of own_telegram_reference's examples)."""
    span = own_reference(text)
    return text[span[0]: span[1]] if span else None


def is_telegram_reference(text: str) -> bool:
    """A line that names the telegram this one answers, by its number ("Your telegram No. 123: Marshal Tito's visit."),
    or the writer's own before it ("MY TELEGRAM NO. 405: SOMALI COUP.")."""
    return bool(_REFERENCE.match(text.strip()) or _OWN_REFERENCE.match(text.strip()))


def dispatch_stamp(index: int, text: str, year: int | None) -> EventDraft | None:
    """A telegram's dispatch or receipt stamp on a line of its own ("D. 7.40 p.m. 12th March, 1953"): sent or received
    at that hour on that day."""
    m = _DISPATCH.match(text.strip())
    dates = find_dates(m["day"], year) if m else []
    if not dates or dates[0].precision != "day" or len(m["day"].strip(" .")) > len(dates[0].text) + 1:
        return None
    hour, minute = (int(x) for x in re.split(r"[:.]", m["time"])) if not m["time"].isdigit() else (int(m["time"][:2]), int(m["time"][2:]))
    event = EventDraft(index, _DISPATCH_STAMPS[m["mark"].casefold()], 0, len(text), "cable_header", 0.85).dated(dates[0])
    event.start_time = clock(hour, minute, m["ampm"] if m["ampm"] and m["ampm"][0] in "apAP" else None)
    event.precision = "minute" if event.start_time else "day"
    return event


_MONTHS = {m.casefold().rstrip("."): n for m, n in (lexicon("en").get("months") or {}).items()}
# The Department's receipt stamp, its year first and the hour by the half of the day ("RECEIVED DEPT OF STATE 1963 JAN
# 2 AM 9 14", on a NARA airgram's or despatch's foot): the office's words are data (department_receipt_stamps).
_DEPARTMENT_STAMP = compile_opening(
    r"^\W*(?:" + (alternation(words("department_receipt_stamps")) or "(?!)") + r")\s+(?P<year>(?:19|20)\d\d)\s+(?P<month>[A-Za-z]{3,4})\.?\s+"
    r"(?P<day>[0-3]?\d)(?:\s+(?P<half>AM|PM)\s+(?P<hour>[01]?\d)[\s:.]+(?P<minute>[0-5]\d))?\s*$", re.IGNORECASE)


_COLUMN_MARK = compile_opening(r"\s(?=(?:" + "|".join(map(re.escape, lexicon("en").get("dispatch_stamps") or {})) + r")\.\s+\d)")
_LEFT_COLUMN_WORDS = 4  # "Sir G. Middleton", "No. 112": the sender or the number printed in the head's left column


def _column_stamp(index: int, text: str, year: int | None) -> EventDraft | None:
    """A dispatch or receipt stamp printed in the right-hand column of the head, the sender or the telegram's number
    in the left one on the same line ("Sir G. Middleton      D. 1.15 p.m. January 28, 1959", "No. 112      R. 2.40
    p.m. January 28, 1959"): the stamp alone, as on a line of its own."""
    for m in _COLUMN_MARK.finditer(text):
        if len(text[:m.start()].split()) > _LEFT_COLUMN_WORDS:
            break
        if (stamp := dispatch_stamp(index, text[m.end():], year)) is not None:
            stamp.evidence_start, stamp.evidence_end = m.end(), len(text)
            return stamp
    return None


def department_stamp(index: int, text: str, doc: ParsedDocument) -> EventDraft | None:
    """The Department's receipt stamp on a line of its own: the message received on that day, at that hour."""
    if (m := _DEPARTMENT_STAMP.match(text.strip())) is None or (month := _MONTHS.get(m["month"].casefold())) is None:
        return None
    try:
        day = date(int(m["year"]), month, int(m["day"]))
    except ValueError:
        return None
    event = EventDraft(index, "message_received", 0, len(text), "cable_header", 0.8).on(day, inferred=False)
    event.date_kind = "exact"
    if m["half"]:
        event.start_time, event.precision = clock(int(m["hour"]), int(m["minute"]), m["half"]), "minute"
    event.sources, event.targets = list(doc.sender_names), list(doc.recipient_names)
    return event


def header_events(doc: ParsedDocument) -> list[EventDraft]:
    """A receipt stamp in a cable's header ("from [BEIJING] received 1500 13 July 1951")."""
    year = doc.document_date.year if doc.document_date else None
    events = []
    for index, block in enumerate(doc.blocks[:_HEAD_LINES]):
        opening = own_reference(block.text) if doc.document_type in ("telegram", "cable") and doc.document_date \
            and len(block.text) >= 120 else None  # "1. MY TELNO 207: THE NAGRIAMEL SUPPORTERS ...": the reference alone
        if opening is not None:
            answered = EventDraft(index, "message_sent", *opening, "cable_header", 0.6)
            answered.end_date, answered.date_kind, answered.precision = doc.document_date, "upper_bound", "day"
            answered.sources, answered.targets = list(doc.sender_names), list(doc.recipient_names)
            events.append(answered)
            continue
        if doc.document_type in ("telegram", "cable") and doc.document_date and len(block.text) < 120 and is_telegram_reference(block.text):
            answered = EventDraft(index, "message_sent", 0, len(block.text), "cable_header", 0.6)
            answered.end_date, answered.date_kind, answered.precision = doc.document_date, "upper_bound", "day"
            answered.sources, answered.targets = list(doc.recipient_names), list(doc.sender_names)  # the recipient sent it
            if _OWN_REFERENCE.match(block.text.strip()):  # the writer's own earlier telegram to the same recipient
                answered.sources, answered.targets = list(doc.sender_names), list(doc.recipient_names)
                if (named := [d for d in find_dates(block.text, year) if d.precision == "day"]) and named[0].start_date <= doc.document_date:
                    answered.dated(named[0])  # "MY TELEGRAM NO. 1021 OF 20 JUNE": sent that day
            events.append(answered)
            continue
        if len(block.text) < 60 and (stamp := dispatch_stamp(index, block.text, year) or _column_stamp(index, block.text, year)):
            sent = stamp.event_type == "message_sent"
            stamp.sources, stamp.targets = (list(doc.sender_names), list(doc.recipient_names)) if sent else ([], list(doc.recipient_names))
            # "D. 7.40 p.m. 12th March, 1953": sent by the writer to the addressee, as a dispatch line is read; "R. 10.15
            # p.m.": received by the addressee
            events.append(stamp)
    for index, block in enumerate(doc.blocks):
        if len(block.text) < 60 and (stamp := department_stamp(index, block.text, doc)) is not None:
            events.append(stamp)
            continue
        if block.section_type == "header" and block.passage_type != "title" and (m := _RECEIVED.search(block.text)):
            dates = find_dates(m["rest"], year)
            if dates:
                mention = dates[0]
                end = m.start("rest") + mention.end
                event = EventDraft(index, "message_received", m.start(), end, "cable_header", 0.85).dated(mention)
                event.sources, event.targets = list(doc.sender_names), list(doc.recipient_names)
                fix_stamp_year(event, doc.document_date)
                events.append(event)
            continue
        if block.section_type == "header" and _RECEIVED_LABEL.match(block.text) and (stamp := _stamp_day(doc, index, year)):
            events.append(stamp)
            continue
        if block.section_type == "header" and REGISTERED.match(block.text) and len(block.text) < 120:
            # "Top Secret, Copy 4, 1 December 1949, No.110": the writer registered the copy that day
            dates = [d for d in find_dates(block.text, year) if d.precision in ("day", "minute")]
            if dates:
                event = EventDraft(index, "statement", 0, len(block.text), "cable_header", 0.7).dated(dates[0])
                event.sources = list(doc.sender_names)
                events.append(event)
                continue
        issued = block.passage_type == "stamp" and index + 1 < len(doc.blocks) and _ISSUER.fullmatch(doc.blocks[index + 1].text.strip())
        if (REGISTERED.match(block.text) or issued) and len(block.text) < 60 and not find_dates(block.text, year) and (
                registered := _registered_day(doc, index, year)) and all(e.block != registered.block for e in events):
            events.append(registered)  # "Secret, Copy 2" / "27 November 1961": the marks and their day on lines of their own
    return events


def _registered_day(doc: ParsedDocument, marks: int, year: int | None) -> EventDraft | None:
    """The day on a line of its own under a registration's marks ("Secret, Copy 2" / "27 November 1961"; "Секретно" /
    "Экз. № 1" / "7 октября 1959 г."): the record registered that day by its writer. Only marks and the date between."""
    for index in range(marks + 1, min(marks + 1 + _REGISTRATION_LINES, len(doc.blocks))):
        text = doc.blocks[index].text.strip()
        dates = [d for d in find_dates(text, year) if d.precision in ("day", "minute")]
        if dates and len(text) < 40 and not re.search(r"\w", text[dates[0].end:]) and (
            not re.search(r"\w", text[: dates[0].start]) or _PLACE_BEFORE.fullmatch(text[: dates[0].start])
        ):  # "7 октября 1959 г.", or with the place it was written at ("New Delhi, 5 July 1989")
            event = EventDraft(index, "statement", 0, len(doc.blocks[index].text), "cable_header", 0.6).dated(dates[0])
            event.sources = list(doc.sender_names)
            return event
        if dates or not (REGISTERED.match(text) or _ISSUER.fullmatch(text)) or len(text) >= 60:
            return None  # a mark, or the office that issues the record ("Ministry of External Affairs"), may stand between
    return None


def _stamp_day(doc: ParsedDocument, label: int, year: int | None) -> EventDraft | None:
    """A receipt stamp laid out a line a field ("RECEIVED" / "12.851" / "FROM THE EMBASSY IN HAVANA" / "ON/26/26/X/62"):
    the first day on one of the short lines under its label is the day the message was received. Not past a sentence."""
    for index in range(label + 1, min(label + 1 + _STAMP_LINES, len(doc.blocks))):
        text = doc.blocks[index].text
        if len(text) > 60 or text.rstrip().endswith("."):
            return None
        dates = [d for d in find_dates(text, year) if d.precision in ("day", "minute")]
        if dates:
            event = EventDraft(index, "message_received", 0, len(text), "cable_header", 0.7).dated(dates[0])
            event.sources = list(doc.recipient_names)  # the office that stamped it received it
            return event
    return None


def fix_stamp_year(event: EventDraft, day: date | None) -> None:
    """A receipt stamped exactly one year before the document's date is a slip of the year: take the document's."""
    if day and event.start_date and in_year(event.start_date, day.year) == day and event.start_date.year == day.year - 1:
        event.start_date = event.end_date = day
        event.inferred = True
        event.confidence = 0.5
