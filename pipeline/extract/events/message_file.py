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
from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, alternation, lexicon, words
from pipeline.normalize.openings import compile_opening
from pipeline.parse.model import ParsedDocument, closing_phrases
from pipeline.parse.signal_head import date_time_group, end_labels, group_day, log_way
from pipeline.parse.signature import is_signed_name

# Each way's word in any language the files or the supplements hold, in small letters, to the kind of its row.
DIRECTIONS = {word.casefold(): kind for language in (*LANGUAGES, *SUPPLEMENTED)
              for word, kind in (lexicon(language).get("message_file_directions") or {}).items()}
# The head: an item's number ("[1]", "(2)", "3."), the way's word, a dash or a colon, the day, the hour in four figures or
# with a colon or a full stop ("1045", "10:45"), its zone's capitals after it or none ("1140 Z", "0930 GMT"), nothing else on the line.
_HEAD = compile_opening(
    r"^\s*(?:[\[(]\d{1,3}[\])]|\d{1,3}\.)?\s*(?P<way>" + (alternation(list(DIRECTIONS)) or "(?!)") + r")(?!\w)\s*[-\u2013\u2014:]?\s*"
    r"(?P<day>\d[\d./-]{3,9}\d)(?:\s+(?P<hour>[01]\d|2[0-3])[:.]?(?P<minute>[0-5]\d)(?:\s*(?-i:[A-Z]{1,3}))?)?\s*$", re.IGNORECASE)
_HEAD_CHARS = 60  # a head line, not a sentence
MIN_HEADS = 2  # a file of messages: two heads at least


# The line under a head that names the message's two ends ("FM BASMAR BASRAH / TO HARFIN LONDON", "AL: LKK 63-a UK, Sofio
# — DE: UEA CO, Rotterdam"): each end's label and its party, the two parted by a stroke or a dash. The English labels are
# a telegram's (signal_heads.yaml, ``end_labels``: FM, FROM; TO), another language's its own (``message_file_from_labels``,
# ``message_file_to_labels``: the Esperanto supplement's DE, AL).
_FROM = [*end_labels()[0], *(w for language in (*LANGUAGES, *SUPPLEMENTED) for w in lexicon(language).get("message_file_from_labels") or [])]
_TO = [*end_labels()[1], *(w for language in (*LANGUAGES, *SUPPLEMENTED) for w in lexicon(language).get("message_file_to_labels") or [])]
_END = r"(?:(?P<from{n}>" + (alternation(_FROM) or "(?!)") + r")|(?P<to{n}>" + (alternation(_TO) or "(?!)") + r"))(?:\s*:\s*|\s+)(?P<party{n}>\S.*?)"
_ENDS = compile_opening(r"^\s*" + _END.format(n=1) + r"\s+(?:/|\u2014|\u2013|--?)\s+" + _END.format(n=2) + r"\s*$")
# The writer's closing word before his name at the message's foot ("Salutojn, Hans Bakker, CO", "Amike, Ivan Petrov,
# LKK", "RGDS HADDAD"): the closing formulas of letters and telexes (``closings``, the languages' and the supplements'),
# case ignored as in a letter's foot (``closing_phrases``), and the closing words of telexes alone
# (``message_file_closings``); else a name signed alone ("Ivan Petrov", ``is_signed_name``).
_CLOSINGS = [*closing_phrases(), *words("closings", SUPPLEMENTED),
             *words("message_file_closings", (*LANGUAGES, *SUPPLEMENTED))]
_CLOSED = compile_opening(r"(?:^|(?<=[.!]\s))(?i:" + (alternation(_CLOSINGS) or "(?!)") + r")[,\s]\s*(?P<who>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2})\s*(?:,[^.]*)?\.?\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")  # the last sentence or line of a message's block: its name signed alone, if any
_SIGNER_BLOCKS = 2  # a message is signed in its last block or the one above it (a name, then its office)
# A note under a message's text, opening with its label ("Kopio: Estraro de UEA", "[mane:] Telefonite al ...", "cc: ..."):
# the copies' list or a hand's note, written under the signature, not the message's last words.
_LABELLED_NOTE = re.compile(r"^\[?[^\W\d_][\w-]{0,15}\]?:")
_PARTY_WORDS = 6  # an end of a message named in a few words ("LKK 63-a UK, Sofio", "UEA CO, Rotterdam")


# A message pad's or a signal log's head in columns parted by strokes: the serial's cell, the date-time group's, and the
# cell of the two ends, FROM one TO the other ("Serial 41 | 191715Z MAR 82 | FROM BASECOM KEP TO GOVERNOR STANLEY");
# the serial's labels are the languages' ``message_log_serial_labels``; a further cell after the ends' ("| Sent 1722") is
# none of theirs.
_SERIAL = r"(?:" + (alternation(words("message_log_serial_labels", (*LANGUAGES, *SUPPLEMENTED))) or "(?!)") + r")\s*\d{1,5}"
_LOG_HEAD = re.compile(r"^\s*(?:" + _SERIAL + r"\s*\|\s*)?(?P<group>\S.{8,30}?)\s*(?:\|\s*(?P<ends>[^|]*?[^|\s]))?(?:\s*\|.*)?\s*$")
_LOG_ENDS = re.compile(r"^(?:" + (alternation(end_labels()[0]) or "(?!)") + r")\s+(?P<from>\S.*?)\s+(?:"
                       + (alternation(end_labels()[1]) or "(?!)") + r")\s+(?P<to>[^|\s][^|]*?)$")
_LOG_HEAD_CHARS = 120  # the serial, the group and the two ends' names


@dataclass(frozen=True)
class MessageHead:
    kind: str  # message_received or message_sent
    day: date
    time: str | None  # "HH:MM"
    ends: tuple[str, str] | None = None  # the ends its head names, from one to the other ("BASECOM KEP", "GOVERNOR STANLEY")
    logged: bool = False  # a pad's head in columns, whose way the operator's line under its text tells


def _log_head(text: str) -> MessageHead | None:
    """The head of a message of a pad in columns ("Serial 41 | 191715Z MAR 82 | FROM BASECOM KEP TO GOVERNOR STANLEY"):
    its day and hour by its date-time group, its two ends; sent, unless the line under it tells otherwise."""
    if len(text) > _LOG_HEAD_CHARS or "|" not in text or (m := _LOG_HEAD.match(text)) is None:
        return None
    group = date_time_group().fullmatch(m["group"])
    if group is None or (day := group_day(group)) is None:
        return None
    ends = None
    if m["ends"] is not None:
        if (e := _LOG_ENDS.match(m["ends"])) is None:
            return None  # a cell of words, no message's ends
        ends = (e["from"], e["to"])
    return MessageHead("message_sent", day.start_date, day.time, ends, logged=True)


def message_head(text: str, year: int | None = None) -> MessageHead | None:
    """The head line of one message of a file of messages ("IN  22/9/80 1140", "[1] ELIRA — 12.7.78 1045"), or of a pad's
    message in columns ("Serial 41 | 191715Z MAR 82 | FROM BASECOM KEP TO GOVERNOR STANLEY"): the way it went, its day
    (its year written) and its hour; None for any other line."""
    if len(text) > _HEAD_CHARS or (m := _HEAD.match(text)) is None:
        return _log_head(text.strip())
    days = find_dates(m["day"], year)
    if len(days) != 1 or days[0].text != m["day"] or not days[0].year_written or days[0].precision not in ("day", "minute"):
        return None
    time = f"{m['hour']}:{m['minute']}" if m["hour"] else None
    return MessageHead(DIRECTIONS[m["way"].casefold()], days[0].start_date, time)


def message_heads(doc: ParsedDocument, year: int | None) -> dict[int, MessageHead]:
    """The blocks of the text that head a message of a file of messages, two or more of them: each message's day, which
    its text counts its days from (an empty dict for any other page)."""
    heads = {i: head for i, b in enumerate(doc.blocks) if b.section_type == "body" and (head := message_head(b.text, year))}
    if len(heads) < MIN_HEADS:
        return {}
    starts = sorted(heads)
    for at, start in enumerate(starts):  # a pad's message went the way its operator's line under it says ("Recd 2046 RBM")
        if not heads[start].logged:
            continue
        stop = starts[at + 1] if at + 1 < len(starts) else len(doc.blocks)
        way = next((found for b in doc.blocks[start + 1:stop] if (found := log_way(b.text)) is not None), None)
        if way is not None:
            heads[start] = MessageHead(way[0], heads[start].day, heads[start].time, heads[start].ends, logged=True)
    return heads


def day_of_message(doc: ParsedDocument, index: int) -> date | None:
    """The day of the message of a file of messages whose text block ``index`` is (the head above it); None on any other
    page or above the first head."""
    heads = message_heads(doc, None)
    above = [i for i in heads if i < index]
    return heads[max(above)].day if above else None


def message_ends(text: str) -> tuple[str | None, str | None] | None:
    """The sender and the addressee a message's address line names ("AL: LKK 63-a UK, Sofio — DE: UEA CO, Rotterdam":
    ("UEA CO, Rotterdam", "LKK 63-a UK, Sofio")); None for any other line."""
    if len(text) > 120 or (m := _ENDS.match(text)) is None or bool(m["from1"]) == bool(m["from2"]):
        return None
    parties = {("from" if m[f"from{n}"] else "to"): m[f"party{n}"].strip(" .") for n in (1, 2)}
    if any(len(p.split()) > _PARTY_WORDS for p in parties.values()):
        return None
    return parties["from"], parties["to"]


def message_signer(text: str) -> str | None:
    """The writer a message's last lines sign with: the name after a closing word ("Salutojn, Hans Bakker, CO": "Hans
    Bakker"; "RGDS HADDAD": "HADDAD"), or a name alone closing them ("... en la Festivala Palaco. Ivan Petrov")."""
    if (m := _CLOSED.search(text)) is not None:
        return m["who"].strip()
    last = _SENTENCE_END.split(text.strip())[-1]
    # a name in capitals signs after its closing word ("RGDS HADDAD"): a capitals telex's last words alone are its text
    return last if not last.isupper() and is_signed_name(last, plain=True) else None


def message_parties(doc: ParsedDocument, heads: dict[int, MessageHead]) -> dict[int, tuple[list[str], list[str]]]:
    """Each message's sender and addressee, by its head's block: the one who signs it at its foot, else the end its
    address line sends it from; the end its address line sends it to."""
    parties: dict[int, tuple[list[str], list[str]]] = {}
    starts = sorted(heads)
    for at, start in enumerate(starts):
        stop = starts[at + 1] if at + 1 < len(starts) else len(doc.blocks)
        texts = [b.text.strip() for b in doc.blocks[start + 1: stop] if b.section_type == "body"]
        ends = heads[start].ends or next((found for t in texts[:2] if (found := message_ends(t)) is not None), None)
        own = texts[:]
        while own and _LABELLED_NOTE.match(own[-1]):
            own.pop()  # the notes under the signature
        signer = next((who for t in reversed(own[-_SIGNER_BLOCKS:]) if (who := message_signer(t)) is not None), None)
        sender = signer or (ends[0] if ends else None)
        parties[start] = ([sender] if sender else [], [ends[1]] if ends and ends[1] else [])
    return parties
