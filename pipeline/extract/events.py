"""Events: the document's own act, its cable header and trailer, and sentences with explicit dates.

A cable or letter is itself an event: sent on its date, by its sender, to its
recipients. The translation's header records receipt ("from [BEIJING]
received 1500 13 July 1951") and the trailer its deciphering and printing.
In the text, every sentence with an explicit or partial date is an event;
its type comes from the words around the date, its actors from the
gazetteer's names there ("X's report to Y", "Y informed X"), and a pronoun
subject ("he instructed") from the previous sentence's actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipeline.extract.mentions import find_mentions
from pipeline.normalize.dates import DateMention, find_dates
from pipeline.normalize.names import canonical_name
from pipeline.normalize.text import sentence_spans
from pipeline.parse.model import ParsedDocument

SENT_TYPES = ("cable", "telegram", "letter")
TEXT_BLOCKS = ("paragraph", "list_item", "heading")
_KEYWORDS = (
    ("talks_suspended", r"suspend|broke off|break off|walked out"),
    ("talks_resumed", r"resum|reopen|reconven"),
    ("attack", r"attack|invade|invasion|offensive|bomb"),
    ("reply", r"\brepl|in response|in reply|answer"),
    ("report", r"\breport"),
    ("instruction", r"instruct|directive|\border|direct(?:ed|s)\b"),
    ("proposal", r"propos|suggest"),
    ("agreement", r"agreement|\bagreed\b|sign(?:ed|ing)\b"),
    ("meeting", r"\bmet\b|meeting|conversation|conference|talks with"),
    ("message_received", r"\breceived\b|\breceipt\b"),
    ("message_sent", r"inform|telegram|cable|letter|wrote|writing|\bsent\b|message|told"),
)
_KEYWORD_PATTERNS = tuple((kind, re.compile(words, re.IGNORECASE)) for kind, words in _KEYWORDS)
_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_RECEIVED = re.compile(r"\breceived\s+(?P<rest>.+)", re.IGNORECASE)
_HANDLED = re.compile(r"\b(?P<what>Deciphered|Printed|Typed)\s+by\s+(?P<who>[A-ZА-Я][\w.-]+)\s+(?P<when>[0-2]\d[0-5]\d\s+\d{1,2}\s+\w+(?:\s+\d{4})?)", re.IGNORECASE)


@dataclass
class EventDraft:
    block: int
    event_type: str
    evidence_start: int
    evidence_end: int
    method: str
    confidence: float
    start_date: date | None = None
    end_date: date | None = None
    start_time: str | None = None
    precision: str = "unknown"
    date_text: str | None = None
    inferred: bool = False
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None

    def dated(self, mention: DateMention) -> EventDraft:
        self.start_date, self.end_date = mention.start_date, mention.end_date
        self.start_time, self.precision = mention.time, mention.precision
        self.date_text, self.inferred = mention.text, mention.inferred
        return self


_COMMUNICATION = {"message_sent", "reply", "report", "instruction", "proposal"}
_SYMMETRIC = {"meeting", "agreement"}


def event_key(event: EventDraft, source_ids: list[str], target_ids: list[str]) -> str | None:
    """What several documents reporting one happening share: kind of act, day and actor ids.

    A cable, the book's "Stalin repeated his instructions to Mao" and the
    reply acknowledged by the next cable are one act of communication; a
    conversation is the same meeting whichever side is named first. None
    when the event has no day-precise date or no actor to key it by.
    """
    if event.start_date is None or event.precision not in ("day", "minute") or not (source_ids or target_ids):
        return None
    kind = "communication" if event.event_type in _COMMUNICATION else event.event_type
    if event.event_type in _SYMMETRIC:
        actors = ",".join(sorted(set(source_ids) | set(target_ids)))
    else:
        actors = ",".join(sorted(set(source_ids))) + ">" + ",".join(sorted(set(target_ids)))
    return f"{kind}|{event.start_date.isoformat()}|{actors}"


def extract_events(doc: ParsedDocument) -> list[EventDraft]:
    events = _document_event(doc) + _header_and_trailer_events(doc) + _sentence_events(doc)
    return sorted(events, key=lambda e: (e.block, e.evidence_start, e.event_type))


def _document_event(doc: ParsedDocument) -> list[EventDraft]:
    if doc.document_type not in SENT_TYPES or doc.title_block is None or not doc.title:
        return []
    block = doc.blocks[doc.title_block]
    start = block.text.find(doc.title)
    if start < 0:
        return []
    event = EventDraft(doc.title_block, "message_sent", start, start + len(doc.title), "document_metadata", 0.9)
    event.start_date = event.end_date = doc.document_date
    event.precision = doc.document_date_precision or "unknown"
    event.date_text = doc.document_date_text
    event.sources, event.targets, event.place = list(doc.sender_names), list(doc.recipient_names), doc.sent_from
    return [event]


def _header_and_trailer_events(doc: ParsedDocument) -> list[EventDraft]:
    year = doc.document_date.year if doc.document_date else None
    events = []
    for index, block in enumerate(doc.blocks):
        if block.section_type == "header" and block.passage_type != "title" and (m := _RECEIVED.search(block.text)):
            dates = find_dates(m["rest"], year)
            if dates:
                mention = dates[0]
                end = m.start("rest") + mention.end
                events.append(EventDraft(index, "message_received", m.start(), end, "cable_header", 0.85).dated(mention))
        if block.section_type == "trailer":
            for m in _HANDLED.finditer(block.text):
                dates = find_dates(m["when"], year)
                if dates:
                    kind = "deciphered" if m["what"].lower() == "deciphered" else "printed"
                    event = EventDraft(index, kind, m.start(), m.end(), "cable_trailer", 0.8).dated(dates[0])
                    event.sources = [canonical_name(m["who"])]
                    events.append(event)
    return events


def _sentence_events(doc: ParsedDocument) -> list[EventDraft]:
    year = doc.document_date.year if doc.document_date else None
    events = []
    for index, block in enumerate(doc.blocks):
        if block.section_type in ("header", "trailer") or block.passage_type not in TEXT_BLOCKS:
            continue
        if block.section_type == "original" and block.aligned_to is not None:
            continue  # the aligned translation reports the same event
        previous_actor = None
        for start, end in sentence_spans(block.text):
            sentence = block.text[start:end]
            mentions = find_dates(sentence, year)
            for mention in mentions:
                if mention.year_written:
                    year = mention.start_date.year
                events.append(_sentence_event(index, sentence, start, mention, previous_actor))
            people = [m.entity.name for m in find_mentions(sentence) if m.entity.kind == "person"]
            previous_actor = people[0] if people else previous_actor
    return events


def _sentence_event(index: int, sentence: str, offset: int, mention: DateMention, previous_actor: str | None) -> EventDraft:
    window = sentence[: mention.end + 80]
    kind = next((k for k, pattern in _KEYWORD_PATTERNS if pattern.search(window)), "statement")
    confidence = 0.6 if mention.inferred else 0.7
    event = EventDraft(index, kind, offset, offset + len(sentence), "dated_sentence", confidence).dated(mention)
    event.sources, event.targets = _actors(window, previous_actor)
    places = [m.entity.name for m in find_mentions(window) if m.entity.kind == "place"]
    event.place = places[0] if places else None
    return event


def _actors(window: str, previous_actor: str | None) -> tuple[list[str], list[str]]:
    """Source and target people of a clause: "to X" and "in response to X's" name targets."""
    sources, targets = [], []
    for m in find_mentions(window):
        if m.entity.kind != "person":
            continue
        before = window[max(0, m.start - 20): m.start].lower()
        name = m.entity.name
        if re.search(r"\bto\s+(?:comrade\s+|cde\.\s+)?$", before) or re.search(r"\bto\s+$", before):
            targets.append(name)
        elif not sources:
            sources.append(name)
        else:
            targets.append(name)
    if not sources and previous_actor and _PRONOUN.search(window):
        sources.append(previous_actor)
    targets = [t for t in dict.fromkeys(targets) if t not in sources]
    return sources, targets
