"""A recollection's answers dated by its story, never by its interview.

An oral history (an ADST, Truman or JFK Library interview: "Q:" questions, "NAME:" answers) is held decades after the
story it tells. A sentence of an answer that sets no day of its own ("I told him that I had no instructions.") took the
day it is spoken from, the interview's; it happened on the last day the story had reached ("I went to see Admiral
Castro Jijon that afternoon" = 11 July 1963). A span the answer names back with a demonstrative ("I spent those ten
days answering calls", "I sent a cable every evening that week") is the stretch of the story just told: that many
days from the first day the story set within them ("the mutiny of 21 April" ... "two days later" = 27 April: "those ten
days" are 21-30 April)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pipeline.extract.events.common import EventDraft
from pipeline.extract.events.document_act import is_asker, turn_name_in
from pipeline.normalize.lexicon import alternation, lexicon
from pipeline.normalize.openings import compile_opening

_REDATED = frozenset({"tense_sentence", "undated_sentence"})  # the readers that date a sentence by the day spoken from


@cache
def _span_pattern() -> re.Pattern[str]:
    lex = lexicon("en")
    counts = [str(c) for c in lex.get("counts") or {}]
    return compile_opening(
        r"\b(?:" + alternation(lex.get("story_span_openers") or ["(?!)"]) + r")\s+(?:(?P<count>\d{1,3}|"
        + alternation(counts) + r")\s+)?(?P<unit>" + alternation(lex.get("day_units") or {}) + r")\b",
        re.IGNORECASE,
    )


def story_span_days(sentence: str) -> int | None:
    """The days of the story's stretch a sentence names back ("those ten days": 10, "that week": 7), or None."""
    m = _span_pattern().search(sentence)
    if m is None:
        return None
    lex = lexicon("en")
    counts = {str(k).lower(): v for k, v in (lex.get("counts") or {}).items()}
    units = {str(k).lower(): v for k, v in (lex.get("day_units") or {}).items()}
    raw = (m["count"] or "1").lower()
    count = int(raw) if raw.isdigit() else counts.get(raw)
    unit = units.get(m["unit"].lower())
    return count * unit if count and unit else None


def story_span(days: list[date], length: int) -> tuple[date, date] | None:
    """The stretch of ``length`` days a story named back: from the first of its days within that many days of its last
    (21, 25, 27 April and "ten days": 21-30 April), None when it set no day."""
    if not days:
        return None
    last = max(days)
    first = min(d for d in days if d > last - timedelta(days=length))
    return first, first + timedelta(days=length - 1)


def _asks(text: str, asker: str | None) -> bool:
    """A question of the interviewer's: a turn that asks, or one under his label or name ("Q: Tell me about the coup.")."""
    name = turn_name_in(text, True)
    return text.rstrip().endswith("?") or is_asker(name) or bool(asker and name and name.casefold() in asker.casefold())


def date_answers_by_story(events: list[EventDraft], texts: list[str], interview_day: date, asker: str | None = None) -> None:
    """Re-date the answers' sentences dated by the interview's day (exactly or as a bound): the story's last day before
    them, or the stretch of it they name back. An answer's turn is the story it opens with ("BERNBAUM: He asked for
    immediate recognition."), no act of the interview's day. A question's turn and the interview's head keep the
    interview's day; an answer before the story has set a day keeps it too."""
    order = sorted(range(len(events)), key=lambda i: (events[i].block, events[i].evidence_start))
    days: list[date] = []
    for i in order:
        event = events[i]
        by_interview = event.end_date == interview_day and event.start_date in (None, interview_day)
        answer_turn = event.method == "document_act" and event.evidence_start == 0
        if (event.method in _REDATED or answer_turn) and by_interview and days and not _asks(texts[event.block], asker) \
                and not (asker and asker in event.sources):
            told = texts[event.block][event.evidence_start: event.evidence_end]
            length = story_span_days(told)
            span = story_span(days, length) if length and length > 1 else None
            if span is not None:
                event.start_date, event.end_date, event.date_kind = span[0], span[1], "range"
            elif answer_turn and (own := next((e for e in events if e.block == event.block and e is not event and e.start_date
                                               and e.start_date < interview_day and e.evidence_start <= 2), None)):
                event.start_date, event.end_date, event.date_kind = own.start_date, own.end_date, own.date_kind
                event.precision = own.precision  # "BERNBAUM: When I came back in September, ...": the day its first sentence set
                continue
            else:
                event.start_date = event.end_date = days[-1]
                event.date_kind = "exact"
            event.precision, event.inferred = "day", True
            continue
        if event.start_date and event.start_date == event.end_date and event.start_date < interview_day \
                and event.precision in ("day", "minute") and event.method != "document_act":
            days.append(event.start_date)
