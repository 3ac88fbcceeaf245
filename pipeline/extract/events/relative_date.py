"""Sentences dated from the last date the text gave: "Stalin replied:", "five days later"."""

from __future__ import annotations

import re
from datetime import timedelta

from pipeline.extract.events.annotate import Sentence
from pipeline.extract.events.common import (
    _KEYWORD_PATTERNS,
    _REPLIED,
    Context,
    EventDraft,
    _actor_names,
    _actors,
    _last_dated,
    _last_message,
    _subject_names,
    clause_group,
    told_clause,
)
from pipeline.normalize.lexicon import alternation, lexicon
from pipeline.normalize.openings import compile_opening

_BY = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("deadline_openers") or []).replace(r"\ ", r"\s+") + r")\s+$", re.IGNORECASE)


def relative_events(index: int, s: Sentence, earlier: list[EventDraft], context: Context | None = None) -> list[EventDraft]:
    """"Stalin replied:" answers the last dated message; "five days later" counts from the last date.

    In a record of a meeting or a cable, a reply that names no day and follows a message of a day before the one the
    text speaks from ("Comrade Lesechko replied that ...", "I replied that I would report this immediately") is a turn
    of that meeting or talk: on its day (or days), not on the earlier message's.
    """
    sentence, offset = s.text, s.start
    if (m := _REPLIED.search(sentence)) and (previous := _last_message(earlier)):
        event = EventDraft(index, "reply", offset, offset + len(sentence), "relative_date", 0.4).on(previous.start_date)
        if context is not None and (context.is_record or context.is_correspondence) and context.occasion \
                and context.occasion_precision == "day" and previous.start_date < context.occasion:
            event.on(context.occasion)
            if context.is_record and context.occasion_end:
                event.end_date, event.date_kind = context.occasion_end, "range"
            if (speaker := _actor_names(sentence[: m.start()]) or _subject_names(sentence[: m.start()], None)):
                event.sources, event.targets = speaker[:1], []  # the speaker of the turn, not the earlier message's addressee
                return [event]
        names = _actor_names(sentence[: m.start()])
        event.sources = names[:1] or list(previous.targets[:1])
        event.targets = [n for n in previous.sources if n not in event.sources]
        event.date_text = None
        return [event]
    relative = s.relative
    if relative and (previous := _last_dated(earlier)):
        event = EventDraft(index, "statement", offset, offset + len(sentence), "relative_date", 0.5)
        event.on(previous.start_date + timedelta(days=relative[0].days))
        event.date_text = relative[0].text
        if _BY.search(sentence, 0, relative[0].start):  # "By the next morning the strike had spread": on or before it
            event.start_date, event.date_kind = None, "upper_bound"
        event.event_type = next((k for k, p in _KEYWORD_PATTERNS if p.search(sentence)), "statement")
        when = relative[0]
        cut = told_clause(sentence, when.start, when.end, None) or 0  # "X informed me that the day before the Korean side had ..."
        event.sources, event.targets = _actors(sentence[cut:], None)
        if cut and not event.sources and (subject := clause_group(sentence[when.end:])):
            event.sources = subject  # a group the gazetteer lacks ("the Korean side")
        return [event]
    return []
