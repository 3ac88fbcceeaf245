"""A file of messages: several telexes or cables kept together, each under its own head line.

A shipowner's or an office's telex file holds the messages both ways, one after the other, each opened by a line that
says which way it went and when ("IN  22/9/80 1140", "OUT 23/9/80 0930", "[2] ENIRA — 13.7.78 0910"): the message came
in or went out that day at that hour, and what it tells counts from that day ("YESTERDAY EVENING", "hodiaŭ matene"),
not from the file's first day. The words of the ways are the languages' ``message_file_directions`` (en.yaml "IN",
"OUT"; the Esperanto supplement "ENIRA", "ELIRA"), each to the kind of its row (``message_received``,
``message_sent``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.normalize.dates import find_dates
from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, alternation, lexicon
from pipeline.normalize.openings import compile_opening
from pipeline.parse.model import ParsedDocument

# Each way's word in any language the files or the supplements hold, in small letters, to the kind of its row.
DIRECTIONS = {word.casefold(): kind for language in (*LANGUAGES, *SUPPLEMENTED)
              for word, kind in (lexicon(language).get("message_file_directions") or {}).items()}
# The head: an item's number ("[1]", "(2)", "3."), the way's word, a dash or a colon, the day, the hour in four figures or
# with a colon or a full stop ("1045", "10:45"), nothing else on the line.
_HEAD = compile_opening(
    r"^\s*(?:[\[(]\d{1,3}[\])]|\d{1,3}\.)?\s*(?P<way>" + (alternation(list(DIRECTIONS)) or "(?!)") + r")(?!\w)\s*[-\u2013\u2014:]?\s*"
    r"(?P<day>\d[\d./-]{3,9}\d)(?:\s+(?P<hour>[01]\d|2[0-3])[:.]?(?P<minute>[0-5]\d)(?:\s*[A-Z]{1,3})?)?\s*$", re.IGNORECASE)
_HEAD_CHARS = 60  # a head line, not a sentence
MIN_HEADS = 2  # a file of messages: two heads at least


@dataclass(frozen=True)
class MessageHead:
    kind: str  # message_received or message_sent
    day: date
    time: str | None  # "HH:MM"


def message_head(text: str, year: int | None = None) -> MessageHead | None:
    """The head line of one message of a file of messages ("IN  22/9/80 1140", "[1] ELIRA — 12.7.78 1045"): the way it
    went, its day (its year written) and its hour; None for any other line."""
    if len(text) > _HEAD_CHARS or (m := _HEAD.match(text)) is None:
        return None
    days = find_dates(m["day"], year)
    if len(days) != 1 or days[0].text != m["day"] or not days[0].year_written or days[0].precision not in ("day", "minute"):
        return None
    time = f"{m['hour']}:{m['minute']}" if m["hour"] else None
    return MessageHead(DIRECTIONS[m["way"].casefold()], days[0].start_date, time)


def message_heads(doc: ParsedDocument, year: int | None) -> dict[int, MessageHead]:
    """The blocks of the text that head a message of a file of messages, two or more of them: each message's day, which
    its text counts its days from (an empty dict for any other page)."""
    heads = {i: head for i, b in enumerate(doc.blocks) if b.section_type == "body" and (head := message_head(b.text, year))}
    return heads if len(heads) >= MIN_HEADS else {}


def day_of_message(doc: ParsedDocument, index: int) -> date | None:
    """The day of the message of a file of messages whose text block ``index`` is (the head above it); None on any other
    page or above the first head."""
    heads = message_heads(doc, None)
    above = [i for i in heads if i < index]
    return heads[max(above)].day if above else None
