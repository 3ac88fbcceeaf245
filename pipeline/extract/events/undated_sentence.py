"""``undated_sentence``: a completed act stated without a date (on or before the document's date) and a
decided plan (no date yet)."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.events.annotate import Sentence
from pipeline.extract.events.common import (
    _DONE_UNDATED,
    _FIRST_PERSON,
    _KEYWORD_PATTERNS,
    _PAST_ACT,
    _PLANNED,
    Context,
    EventDraft,
    _actor_names,
)
from pipeline.extract.mentions import find_mentions
from pipeline.normalize.dates import DateMention


def undated_events(index: int, s: Sentence, context: Context, by: date | None = None) -> list[EventDraft]:
    """A completed act without a date (on or before the day the text speaks from: ``by``, the meeting's day once
    the text has moved to it, else the document's date), a plan (no date yet)."""
    sentence, offset = s.text, s.start
    if context.letter_date is None and not context.is_correspondence:
        return []
    if _PLANNED.search(sentence) and (names := _actor_names(sentence)):
        event = EventDraft(index, "proposal", offset, offset + len(sentence), "undated_sentence", 0.4)
        event.sources = list(context.senders) if _FIRST_PERSON.search(sentence) else names[:1]
        event.targets = [n for n in names if n not in event.sources]
        return [event]
    if (m := _DONE_UNDATED.search(sentence)) and not re.search(r"\b(?:we|I)\s+(?:\w+\s+)?$", sentence[: m.start()], re.IGNORECASE):
        if re.search(r"\bnot\b|\bnever\b", sentence[max(0, m.start() - 10): m.end()]):
            return []
        kind = next((k for k, p in _KEYWORD_PATTERNS if p.search(sentence)), "statement")
        event = EventDraft(index, kind, offset, offset + len(sentence), "undated_sentence", 0.4)
        event.end_date = by or context.letter_date
        names = _actor_names(sentence)
        event.sources, event.targets = names[:1], names[1:]
        return [event]
    if context.is_correspondence and (m := _PAST_ACT.search(sentence)):
        return _past_act(index, sentence, offset, m, context, by)
    return []


def planned_events(index: int, s: Sentence, ahead: list[DateMention]) -> list[EventDraft]:
    """A day to come that the text names for an act ("已电华东调一个高射炮团于十月十四日从上海开动", "beginning with the
    emigration of GDR citizens from September 11" in the minutes of 5 September): a plan, undated until it happens.
    Its evidence is the clause that holds the day."""
    events = []
    for mention in ahead:
        start = max(s.text.rfind(p, 0, mention.start) for p in _CLAUSE_MARKS) + 1
        start += len(s.text[start:]) - len(s.text[start:].lstrip())
        ends = [i for p in _CLAUSE_MARKS if (i := s.text.find(p, mention.end)) >= 0]
        end = min(ends) if ends else len(s.text.rstrip())
        clause = s.text[start:end]
        if any(e.evidence_start == s.start + start for e in events) or len(clause.strip()) < 6:
            continue
        kind = next((k for k, p in _KEYWORD_PATTERNS if p.search(clause)), "statement")
        event = EventDraft(index, kind, s.start + start, s.start + end, "undated_sentence", 0.35)
        event.date_kind, event.date_text = "undated", mention.text
        names = _actor_names(clause)
        event.sources, event.targets = names[:1], names[1:]
        events.append(event)
    return events


_CLAUSE_MARKS = (",", ";", ":", "\uff0c", "\uff1b", "\uff1a", "\u3002")  # and their full-width Chinese forms


def _past_act(index: int, sentence: str, offset: int, verb: re.Match, context: Context, by: date | None = None) -> list[EventDraft]:
    """"during two meetings the Americans deliberately raised the issue": a named actor's act before the letter was written."""
    subject = [x for x in find_mentions(sentence[: verb.start()]) if x.entity.is_actor]
    between = sentence[subject[-1].end: verb.start()] if subject else ""
    if not subject or not re.fullmatch(r"\s+(?:(?:\w+ly|also|then)\s+)?", between) or re.search(r"\bif\b", sentence, re.IGNORECASE):
        return []  # the actor is the verb's subject ("the Americans deliberately raised"), and the act is not a condition
    kind = next((k for k, p in _KEYWORD_PATTERNS if p.search(sentence)), "statement")
    event = EventDraft(index, kind, offset, offset + len(sentence), "undated_sentence", 0.35)
    event.end_date = by or context.letter_date
    event.sources = [subject[-1].entity.name]
    event.targets = [n for n in _actor_names(sentence[verb.end():]) if n not in event.sources]
    return [event]
