"""``cable_trailer``: a cable's handling lines: deciphered, typed, printed, sent, received at a time."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from pipeline.extract.events.annotate import cites_an_issue
from pipeline.extract.events.cable_header import reads_receipt
from pipeline.extract.events.common import BY_NAME, Context, EventDraft, clause_names, event_words
from pipeline.extract.events.context import signed_name
from pipeline.normalize.dates import clock, find_dates
from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, alternation, lexicon, words
from pipeline.normalize.names import canonical_name, lookup
from pipeline.normalize.openings import compile_opening
from pipeline.normalize.text import without_accents
from pipeline.parse.model import ParsedDocument
from pipeline.parse.signal_head import info_posts, signal_dateline, signal_line
from pipeline.parse.signature import MINUTE_OPENERS, is_annotation_line, minutes_officer_signs

_HANDLED = compile_opening(r"\b(?P<what>Deciphered|Printed|Typed)\s+by\s+(?P<who>[A-Z\u0410-\u042f][\w.-]+)\s+(?P<when>[0-2]\d[0-5]\d\s+\d{1,2}\s+\w+(?:\s+\d{4})?)", re.IGNORECASE)

# A handling line with its hour: "Received in Moscow on 10/14/50 at 6:36 a.m.", and a header's label with the hand and
# the hour after it ("Deciphered by: T. Matei, 22:00", "Typed by Ionescu, 23:10").
HANDLING = compile_opening(
    r"^\W*(?P<verb>Received|Sent|Dispatched|Deciphered|Decoded|Decrypted|Typed|Printed|Arrived|Transmitted)\b(?:[^.]{0,80}?\bat\s+|"
    r"\s+by\s*:?\s*[^,;\n]{2,40}?,\s*(?:at\s+)?)(?:(?P<time>[0-2]?\d[:.][0-5]\d)\s*(?P<ampm>[ap]\.?\s?m\.?)?|(?P<zoned>[0-2]\d[0-5]\d)\s?(?:"
    + alternation(words("received_at_zones") or ["(?!)"]) + r")\b)",
    re.IGNORECASE,
)


# The languages' files and the supplements of those without one ("נתקבל במשרד החוץ: 20.11.70": received).
HANDLING_VERBS = {verb.lower(): kind for language in (*LANGUAGES, *SUPPLEMENTED) for verb, kind in (lexicon(language).get("handling_verbs") or {}).items()}
# A stamp of the hour alone in another language's words, on the cable's day ("(perv. ore 19,10).", "Pervenuto ore 18,05",
# "Ankunft: 14.05 Uhr"): the verb (handling_verbs), the hour's mark before it (dateline_time_marks), the hour.
_HOUR_STAMP = compile_opening(
    r"^\W*(?P<verb>" + alternation([v for language in LANGUAGES if language not in ("en", "ru", "zh")
                                    for v in lexicon(language).get("handling_verbs") or {}]) + r")(?!\w)\s*:?\s*(?:(?:"
    + alternation(words("dateline_time_marks") or ["(?!)"]) + r")\s+)?(?P<time>[0-2]?\d[:.,][0-5]\d)(?!\d)(?:\s*(?:"
    + alternation(words("dateline_time_marks") or ["(?!)"]) + r"))?\W*$", re.IGNORECASE)


def handling_hour(sentence: str) -> re.Match | None:
    """A handling line with its hour (``HANDLING`` in English, ``_HOUR_STAMP`` in the other languages' words)."""
    return HANDLING.match(sentence) or _HOUR_STAMP.match(sentence)
_HANDLING_LINE = compile_opening(r"^\W*(?:From\s+\S+?(?:\s+\d+)?,?\s+)?(?P<verb>" + alternation(list(HANDLING_VERBS)) + r")(?:\b|(?<=\.))", re.IGNORECASE)  # "perv."
# A stamp's day or hour right after its verb ("Получено 28.X.62 в 0 ч. 15 м.", "Received at 1:12 p.m.", "Received: February
# 8, 9:12 p.m."): a handling line, not a sentence that opens with the verb ("Получена телеграмма из Пекина").
_STAMPED = compile_opening(r"\s*(?::\s*|\s(?:at|on)\s+)?(?:\d|[A-Z][a-z]+\.?\s+\d)")
# actors42: a stamp's town before its day ("Arrived: Budapest, 29 April 1961", "Arrived in Prague: 9.2.1963, 17:25").
_STAMPED_AT_PLACE = compile_opening(r"\s*(?:(?:in|at)\s+)?:?\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[:,]\s*\d")
# Who handled it ("by Morozov", "by the Office of the Ministry of Foreign Affairs"), where ("in Moscow", "at the
# 8D/GS") or where it was sent on to ("Sent to 8th Administration of the General Staff"): a name up to the date or
# time that follows. "by wire", "by courier" name the means, not an actor.
_HANDLER = compile_opening(
    r"\s+(?P<prep>by|in|at|to)(?:\s*:)?\s+(?:the\s+)?(?:(?:comrade|com\.|cde\.)\s+)?(?P<who>[A-Z\u0410-\u042f\d][^,;:]*?)(?=\s+(?:on|at)\s+\d|\s*[,;(]|\s+\d|\s*\.?\s*$)",
    re.IGNORECASE,
)


# The hand named at the line's end, after its day and hour ("Deciphered 19.V.72 at 20:40 by Sidorenko.", "Typed 10.8.67,
# 19.15 hrs. by Zhukova", "Deciphered: 3.10.1965, 08:05, Kowalczyk"): who deciphered or typed it, not the office it came
# to. "by wire", "by courier" name the means.
# The hand's duty may stand before his name, and his initials ("Decoded 1.VII.66 at 09.15 by cipher clerk Stoyanova",
# "Deciphered: 26.03.1982, 13:25, operator I. Dumitrescu"): handler_roles.
_HANDLED_LAST = compile_opening(
    r"(?:\bby\s+(?:(?i:comrade|com\.|cde\.)\s+)?|,\s*)(?:(?i:" + alternation(words("handler_roles") or ["(?!)"]).replace(r"\ ", r"\s+") + r")\s+)?"
    r"(?P<who>(?:[A-Z\u0410-\u042f]\.\s?){0,2}[A-Z\u0410-\u042f][\w'’-]+(?:\s+[A-Z\u0410-\u042f][\w'’-]+)?)\s*\.?\s*$")


_RU_HANDLING = frozenset(verb.lower() for verb in lexicon("ru").get("handling_verbs") or {})
# A Russian stamp's place before its day ("Поступила в МИД СССР 15.1.72 в 16.05"): "в", a name, then the day.
_RU_STAMPED_AT = compile_opening(r"\s+\u0432\s+[^\W\d_][^\d,;.]{1,40}?\s+\d")


_HOME_OFFICE_WORDS = frozenset(w.casefold() for w in words("home_office_words"))
# The home office named by its word right after the verb, its label's colon after it ("Arrived at the Centre: 1981. II.
# 25., 19.05"): the mission's foreign ministry at home.
_AT_HOME_OFFICE = compile_opening(r"\s+(?:at|in|to)\s+(?:the\s+)?(?:" + alternation(words("home_office_words") or ["(?!)"]) + r")\s*:", re.IGNORECASE)


_ZONED_HOUR = compile_opening(r"[0-2]\d[0-5]\d\s?(?:" + alternation(words("received_at_zones") or ["(?!)"]) + r")")


def handling_actors(sentence: str, context: Context) -> tuple[list[str], list[str]] | None:
    """The actors of a handling line: who deciphered, typed or printed it ("by Morozov"), the office or town that
    received it ("Received in Moscow"), else, for its sending, the document's sender and recipients, and for a stamp of
    its receipt or deciphering that names nobody ("Получено 28.X.62 в 0 ч. 15 м."), its recipients. None for a sentence
    that is no handling line."""
    m = _HANDLING_LINE.match(sentence)
    if not m:
        return None
    kind = HANDLING_VERBS.get(m["verb"].lower())
    if kind in ("deciphered", "printed") and (last := _HANDLED_LAST.search(sentence, m.end())):
        return [_person(last["who"])], []  # "Typed in 6 copies 16.VI.60 at 22:40 by Sorokina": the hand, not the copies
    if kind in ("message_received", "deciphered") and context.home_ministry and m["verb"].lower() in _RU_HANDLING \
            and (_STAMPED.match(sentence, m.end()) or _RU_STAMPED_AT.match(sentence, m.end())):
        return [context.home_ministry], []  # "Поступило 21.XI.1968 г. 18 час.", "Получена в Москве 18.VI.53 г.": at the
        # foreign ministry at home, whoever the cable is addressed to
    if (context.home_ministry or context.recipients) and _AT_HOME_OFFICE.match(sentence, m.end()):
        return [context.home_ministry] if context.home_ministry else list(context.recipients), []  # the ministry, or
        # the cable's addressee where the heading names it ("Ministry of Foreign Affairs - Cipher Service")
    who = _HANDLER.match(sentence, m.end())
    if who and _ZONED_HOUR.fullmatch(who["who"].strip()):
        who = None  # "Received at 1627Z.": the hour in Greenwich time, no office
    if who and context.home_ministry and who["who"].strip().casefold() in _HOME_OFFICE_WORDS:
        return [context.home_ministry], []  # "received at the Centre 16.10.1973": the mission's foreign ministry at home
    if who and (who["who"][:1].isupper() or who["who"][:1].isdigit()):
        name = who["who"].strip()
        entity = lookup(name)
        handler = entity.name if entity else canonical_name(name)
        # "Sent to 8th Administration of the General Staff ... 17.7 21:10": sent on by the office that received it, to that one
        return ([], [handler]) if who["prep"].lower() == "to" else ([handler], [])
    if kind == "message_sent" and context.senders:
        return list(context.senders), list(context.recipients)
    if kind in ("message_received", "deciphered") and context.recipients and (
        _STAMPED.match(sentence, m.end()) or _STAMPED_AT_PLACE.match(sentence, m.end())
    ):
        if context.ministry_at_home and not any(_an_office(n) for n in context.recipients):
            return [context.ministry_at_home], []  # "Received: 04.12.1971, 21:15" on a mission's cable under "To: Comrade
            # Corneliu Mănescu": stamped at the foreign ministry at home, not by the minister it is addressed to
        return list(context.recipients), []  # "Received at 1:12 p.m.", "Расшифровано 28.X.62 в 1 ч.": at the recipient's;
        # "Arrived: Budapest, 29 April 1961, 06:30", "Arrived in Prague: 9.2.1963": the town is the recipient's seat
    if kind in ("message_received", "deciphered") and context.home_ministry and (
        _STAMPED.match(sentence, m.end()) or _STAMPED_AT_PLACE.match(sentence, m.end())
    ):
        return [context.home_ministry], []  # "Arrived: 16 Apr. 1975, 06:10" on a mission's cable to no one named: at home
    return None


def _an_office(name: str) -> bool:
    """Whether a cable's addressee is an office or a body, not a person (the gazetteer's kind; a name it does not hold
    is read as a person's)."""
    entity = lookup(name)
    return entity is not None and entity.kind != "person"


def sentence_handling_kind(sentence: str) -> str | None:
    """The kind of act a handling line stamps ("Отправлено ...": message_sent), or None for no handling line. Unlike
    model.handling_kind (a line of at most so many characters opening on the verb, of the files' languages): a sentence
    of any length, its verb after a town's "From ..., " where written ("From Vientiane, sent 11.V.61"), in the
    supplements' words too."""
    m = _HANDLING_LINE.match(sentence)
    return HANDLING_VERBS.get(m["verb"].lower()) if m else None


def handling_event(index: int, sentence: str, offset: int, day: date, context: Context) -> list[EventDraft]:
    m = handling_hour(sentence)
    zoned, ampm = m.groupdict().get("zoned"), m.groupdict().get("ampm")
    hour, minute = (int(x) for x in re.split(r"[:.,]", m["time"])) if m["time"] else (int(zoned[:2]), int(zoned[2:]))
    time = clock(hour, minute, ampm)
    kind = HANDLING_VERBS.get(m["verb"].lower(), "message_sent")
    event = EventDraft(index, kind, offset, offset + len(sentence), "cable_trailer", 0.6).on(day)
    event.start_time, event.precision, event.date_kind = time, "minute" if time else "day", "exact"
    if by := BY_NAME.search(sentence):
        event.sources = [canonical_name(by[1])]
    if (actors := handling_actors(sentence, context)) is not None:
        event.sources, event.targets = actors
    return [event]


# An edition's source note under a cable: the copies sent on to other posts ("Repeated to Paris for USRO and to London.",
# "Repeated information to Ankara, Athens and USUN.") and the hour it came in ("Received at 4:31 p.m.").
_REPEATED = compile_opening(r"(?:^|(?<=[.;]\s))(?:" + alternation(words("repeated_to")) + r")\s+(?P<whom>[^.;]{2,200})[.;]", re.IGNORECASE)
# The hour is written "4:31 p.m.", or in four figures with the mark of Greenwich time ("Received at 1317Z.",
# ``received_at_zones``): that hour as the note gives it.
_RECEIVED_AT = compile_opening(r"(?:^|(?<=[.;]\s))(?:" + alternation(words("received_at")) + r")\s+(?:(?P<time>[0-2]?\d[:.][0-5]\d)\s*(?P<ampm>[ap]\.\s?m\.)?|"
                               r"(?P<zoned>[0-2]\d[0-5]\d)\s?(?:" + alternation(words("received_at_zones") or ["(?!)"]) + r")\b)", re.IGNORECASE)
_POSTS_SPLIT = compile_opening(r"\s*(?:,|\band\b)\s*(?:to\s+)?")
_FOR_OFFICE = compile_opening(r"\s+for\s+.*$")  # "Paris for USRO": the post it went to


def is_repeat_line(text: str) -> bool:
    """A line that is a message's repeats to other posts and nothing else ("Repeated to Hong Kong, Taipei and Moscow.")."""
    m = _REPEATED.match(text.strip())
    return m is not None and m.end() == len(text.strip())


def repeat_posts(text: str) -> list[str]:
    """The posts a line of a message's repeats names, as the edition writes them ("Repeated to Washington, Paris and
    Rome.": Washington, Paris, Rome; "Paris for USRO": Paris); [] for any other line."""
    m = _REPEATED.match(text.strip())
    if m is None or m.end() != len(text.strip()):
        return []
    return [canonical_name(_FOR_OFFICE.sub("", p)) for p in _POSTS_SPLIT.split(m["whom"]) if p.strip()]


def _note_events(index: int, text: str, doc: ParsedDocument) -> list[EventDraft]:
    """A cable's repeats to other posts and its receipt, told in the edition's source note: on the cable's day, the
    repeats about then (the note gives no hour), the receipt at the hour it gives."""
    if doc.document_date is None or doc.document_type not in ("cable", "telegram") and not (doc.sender_names and doc.recipient_names):
        return []  # a cable's, or any paper's whose title names its sender and addressee ("Airgram From the Embassy in
        # Yugoslavia to the Department of State": "Repeated to Zagreb, Moscow, Vienna, and USNATO.")
    events = []
    for m in _REPEATED.finditer(text):
        event = EventDraft(index, "message_sent", m.start(), m.end(), "cable_trailer", 0.5).on(doc.document_date)
        event.date_kind = "approximate"
        event.sources = [doc.sending_office] if doc.sending_office else list(doc.sender_names)  # the post repeats it
        # to the posts it names, a cable's or an airgram's, as its handling lines name their receivers
        event.targets = [canonical_name(_FOR_OFFICE.sub("", p)) for p in _POSTS_SPLIT.split(m["whom"]) if p.strip()]
        events.append(event)
    for m in _RECEIVED_AT.finditer(text):
        hour, minute = (int(x) for x in re.split(r"[:.]", m["time"])) if m["time"] else (int(m["zoned"][:2]), int(m["zoned"][2:]))
        event = EventDraft(index, "message_received", m.start(), m.end(), "cable_trailer", 0.5).on(doc.document_date)
        event.date_kind, event.start_time = "exact", clock(hour, minute, m["ampm"])
        event.precision = "minute" if event.start_time else "day"
        # the receipt is the receiver's act, as the gold has it ("Received at 4:31 p.m.": the Department of State)
        event.sources, event.targets = (list(doc.recipient_names), []) if doc.recipient_names else (list(doc.sender_names), [])
        events.append(event)
    return events


_SIGNAL_POSTS = re.compile(r"\s*(?:,|\b(?:and|AND)\b)\s*")


def _signal_repeats(index: int, text: str, doc: ParsedDocument) -> list[EventDraft]:
    """A signal head's line of the posts its telegram is repeated to ("REPEATED FOR INFORMATION TO WELLINGTON, CANBERRA,
    SUVA AND WASHINGTON"): sent on to them by its sender on its day, as a source note's "Repeated to ..." is."""
    line = text.strip().rstrip(".")
    m = _REPEATED.match(line + ".")
    if m is None or m.end() != len(line) + 1:
        return []
    event = EventDraft(index, "message_sent", 0, len(text), "cable_trailer", 0.5).on(doc.document_date, inferred=False)
    event.date_kind = "approximate"  # about the hour of its sending: the head gives the repeats no hour of their own
    event.sources = [doc.sending_office] if doc.sending_office else list(doc.sender_names)
    event.targets = [_post(p) for p in _SIGNAL_POSTS.split(m["whom"]) if p.strip()]
    return [event]


# An airgram's or a cable's form line of its addressee ("TO: Department of State"), over its INFO line.
_FORM_TO = re.compile(r"^\s*TO\s*:")


def _info_repeats(index: int, doc: ParsedDocument, signal: bool) -> list[EventDraft]:
    """A head's INFO line under its TO line ("INFO PRIORITY WASHINGTON, MOD, UKMIS NEW YORK", an airgram's "INFO: Paris,
    Bamako"): the telegram sent on to those posts for their information by its sender on its day, as a repeat line's
    posts are; they are no addressees of it. In a signal head, or under its TO line or a form's "TO:" line."""
    text = doc.blocks[index].text
    if (posts := info_posts(text)) is None or not (signal or any(
            _FORM_TO.match(b.text) or (signal_line(b.text) or ("",))[0] == "to" for b in doc.blocks[max(0, index - 3): index])):
        return []
    event = EventDraft(index, "message_sent", 0, len(text.rstrip()), "cable_trailer", 0.5).on(doc.document_date, inferred=False)
    event.date_kind = "approximate"  # about the hour of its sending, as the repeats (_signal_repeats)
    event.sources = [doc.sending_office] if doc.sending_office else list(doc.sender_names)
    event.targets = [_post(p) for p in posts]
    return [event]


def _post(words: str) -> str:
    """A post a signal names in capitals ("CANBERRA"), as the gazetteer names it, else in its own words title-cased."""
    words = _FOR_OFFICE.sub("", words.strip())
    entity = lookup(words)
    return entity.name if entity is not None else words.title() if words.isupper() else canonical_name(words)


# Who drafted the record and who approved it: "Drafted by Kohler and approved in H on March 6.", "Prepared by Gleason on
# July 13.", "Recorded by Vasile Sandru" (the words are data: drafted_by, approved_by).
_WHO = r"(?:the\s+)?(?P<{0}>[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*){{0,4}})"
# The drafter's office in brackets after his name ("Drafted by Wells Stabler (EUR/WE) on October 21."): no part of his name.
_OFFICE = r"(?:\s+\([A-Z][\w/ .-]{0,24}\))?"
# The day after "on", or after a comma when a date follows at once ("Drawn up by: István Szentesi, 15 October 1981",
# "Prepared by J. Smith, March 3, 1961"); a clearance after a comma is the chain's next link, no day.
_DRAFTING_LABELS = frozenset(w.lower() for w in words("drafted_by"))
_DRAFTED = compile_opening(r"(?:^|(?<=[.;]\s))(?P<label>" + alternation(words("drafted_by") + [w for w in words("recorder_labels") if w.endswith(" by")])
                           + r")(?P<colon>:)?\s+" + _WHO.format("who") + _OFFICE
                           + r"(?:(?:\s+on\s+|,\s+(?=\d{1,2}\.?\s+[^\W\d_]|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}))(?P<when>(?:(?!\s+and\s)[^.;]){3,40}))?"
                           + r"(?=\s*(?:[.;,]|$|\s+and\s))")
# Each link of the chain after the drafter, in any order and with any joint ("and approved by Y", "; cleared by Z;
# approved by W", ", cleared in S/P"), or a sentence of its own after the drafter's ("Drafted by Green on September 26.
# Approved in S on October 3."): the last one is the approval that released the paper.
_APPROVED = compile_opening(r"\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+|\.\s+(?=[A-Z]))(?P<verb>(?i:" + alternation(words("approved_by")) + r"))\s+"
                            + _WHO.format("by") + r"(?:\s+on\s+(?P<when>[^.;,]{3,40}))?(?=\s*(?:[.;,]|$|\s+and\s))")


_OFFICE_CODE = re.compile(r"[A-Z][A-Z/&-]{1,15}")  # "ARA/CEN", "S/S-O", "EUR": a Department's office by its code


def _links(text: str, end: int) -> list[re.Match]:
    """The links of a drafting line's chain of clearances and approvals, in their order."""
    found = []
    while (link := _APPROVED.match(text, end)) is not None:
        found.append(link)
        end = link.end()
    return found


def _approval(text: str, end: int) -> re.Match | None:
    """The last link of a drafting line's chain of clearances and approvals, the one that released the paper."""
    return (_links(text, end) or [None])[-1]


_CLEARING = frozenset(w.lower() for w in words("cleared_by"))
# A form's clearance line, its label the bare verb ("Cleared: NEA:ALAtherton; AF:Mulcahy; ARA:Rogers; S/P", "Cleared:
# ARA - Mr. Vaughn; S/S"): each hand the office's code and the initials run into the surname, the office and the surname
# after a dash, or the office alone (cleared_labels).
_CLEARED_LINE = compile_opening(r"^\W*(?:" + alternation(words("cleared_labels") or ["(?!)"]) + r")\s*:\s*(?P<hands>\S.*?)\s*$")
_CLEARING_HAND = re.compile(
    r"^(?P<office>[A-Z][A-Z/&-]{0,11})(?:\s*:\s*(?P<initials>[A-Z]{0,3}?)(?P<surname>[A-Z][a-z][\w'’-]+)(?::[a-z]{1,4})?"
    r"|\s+-\s+(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?(?P<named>[A-Z][a-z][\w'’-]+))?$")


def _clearing_hands(hands: str) -> list[str]:
    """The hands a clearance line names, each as the drafting line's hand is named ("NEA:ALAtherton": A. L. Atherton;
    "AF:Mulcahy": Mulcahy; "ARA - Mr. Vaughn": Vaughn), the office where it names no one ("S/P"); [] unless every part
    is one."""
    found = []
    for part in (p.strip() for p in hands.split(";")):
        if (m := _CLEARING_HAND.match(part)) is None:
            return []
        if m["surname"]:
            found.append(" ".join([*(f"{letter}." for letter in m["initials"]), m["surname"]]))
        else:
            found.append(m["named"] or m["office"])
    return found


def _cleared(index: int, text: str, doc: ParsedDocument) -> list[EventDraft]:
    """A form's clearance line: the paper cleared by the hands it names, on the document's day (the line gives none)."""
    if (m := _CLEARED_LINE.match(text)) is None or not (hands := _clearing_hands(m["hands"])):
        return []
    event = EventDraft(index, "statement", m.start(), len(text.rstrip()), "cable_trailer", 0.5).on(doc.document_date)
    event.date_kind, event.sources = "exact", hands
    return [event]


# A State Department form's drafting and approval lines, each on its own, the hand written as the Department's code
# ("Drafted by: POL:RJHaverkamp:jw 12/26/62", "Approved by: AMB:PMKaiser"): the office, the initials run into the
# surname, the typist's initials, the day (the words are data: drafted_by, approved_by).
# An airgram's or a circular's form writes the bare verb as its label ("Drafted: IO/UNP:JMcCaffrey:11/13/75 ext. 21452",
# "Cleared: NEA:ALAtherton; AF:Mulcahy; ARA:Rogers; S/P", "Approved: IO:SWLewis"; form_hand_labels), the drafter's
# telephone extension after the day, the clearing offices in a list; a post's form may write its office apart from the
# hand ("Approved: CG JBWebster", the Consul General).
_FORM_HAND = compile_opening(
    r"^\W*(?P<label>(?i:" + alternation(words("drafted_by") + words("approved_by") + words("form_hand_labels"))
    + r"))\s*:\s*(?P<office>[A-Z][A-Z/&-]{0,11})(?::|\s+(?=[A-Z]{1,3}[A-Z][a-z]))"
    r"(?P<initials>[A-Z]{1,3})(?P<surname>[A-Z][a-z][\w'’-]+)(?::[a-z]{1,4})?(?:[\s:]+(?P<when>\d{1,2}/\d{1,2}/\d{2,4}))?"
    r"(?:\s+ext\.?\s*\d{3,6})?(?:\s*;\s*[A-Z][\w/&:.-]*(?:\s+[\w/&:.-]+){0,3})*\s*$")


def drafts_at(text: str, offset: int) -> bool:
    """Whether a drafting line's label opens ``text`` at ``offset`` ("Drafted in ARA/CEN on April 23; cleared by ...")."""
    return _DRAFTED.match(text, offset) is not None


def is_form_hand_line(text: str) -> bool:
    """A form's drafting, clearance or approval line ("Drafted: IO/UNP:JMcCaffrey:11/13/75 ext. 21452")."""
    return _FORM_HAND.match(text) is not None


def _form_hand(index: int, text: str, doc: ParsedDocument) -> list[EventDraft]:
    """A form's drafting line or approval line: the drafter's act on the day it writes, else the document's; the
    approval, which released the paper, on the document's day."""
    if (m := _FORM_HAND.match(text)) is None:
        return []
    name = " ".join(f"{letter}." for letter in m["initials"]) + " " + m["surname"]
    event = EventDraft(index, "statement", m.start("label"), len(text.rstrip()), "cable_trailer", 0.5)
    dates = find_dates(m["when"], doc.document_date.year) if m["when"] else []
    if dates:
        event.dated(dates[0])
    else:
        event.on(doc.document_date).date_kind = "exact"
    signer = next((n for n in doc.sender_names if n.split()[-1:] == [m["surname"]]), None)
    event.sources = [signer or _person(name)]  # "PMKaiser": the ambassador who signed it, "KAISER"
    return [event]


def drafting_events(index: int, text: str, doc: ParsedDocument) -> list[EventDraft]:
    """The record drafted by its writer (on the day the line gives, else from the document's day to the approval's, else
    on the document's day) and approved by an office on the day the line gives."""
    if len(text) > 400 or doc.document_date is None:
        return []
    if form := _cleared(index, text, doc) or _form_hand(index, text, doc):
        return form
    year = doc.document_date.year
    events = []
    for m in _DRAFTED.finditer(text):
        if not m["when"] and (m["colon"] or m["label"].lower() not in _DRAFTING_LABELS):
            continue  # "Drawn up by Ion Stoian", "Recorded by: J. Novák" over no day: the recorder named, the record's act
            # the closing line's
        if m["label"].lower().endswith(" in") and not _OFFICE_CODE.fullmatch(m["who"]):
            continue  # "Drafted in ARA/CEN": an office's code, not a place ("Drafted in Geneva on 12 May, the treaty ...")
        drafter = _person(m["who"])
        drafted = find_dates(m["when"], year) if m["when"] else []
        approval = _approval(text, m.end())
        approved = find_dates(approval["when"], year) if approval and approval["when"] else []
        event = EventDraft(index, "statement", m.start(), m.end(), "cable_trailer", 0.5)
        if drafted:
            event.dated(drafted[0])
        elif approved and approved[0].start_date >= doc.document_date:
            event.start_date, event.end_date, event.precision = doc.document_date, approved[0].start_date, "day"
            event.date_kind, event.inferred = "range", True
        else:
            event.on(doc.document_date).date_kind = "exact"
        event.sources = [drafter]
        events.append(event)
        if approval is not None:  # approved on the day the line gives, else, as the drafting, on the document's day
            approving = EventDraft(index, "statement", approval.start("verb"), approval.end(), "cable_trailer", 0.5)
            if approved:
                approving.dated(approved[0])
            else:
                approving.on(doc.document_date).date_kind = "exact"
            approving.sources = [_person(approval["by"])]
            events.append(approving)
        for link in _links(text, m.end())[:-1]:  # "Drafted by William Luers; cleared by the DCM; approved by Ambassador
            # Malcolm Toon": the clearance before the approval, the paper cleared by its hand on the day the link gives,
            # else on the document's day (a handling of the paper, as the approval)
            if link["verb"].lower() not in _CLEARING:
                continue
            clearing = EventDraft(index, "statement", link.start("verb"), link.end(), "cable_trailer", 0.5)
            if cleared := find_dates(link["when"], year) if link["when"] else []:
                clearing.dated(cleared[0])
            else:
                clearing.on(doc.document_date).date_kind = "exact"
            clearing.sources = [_person(link["by"])]
            events.append(clearing)
    return events


# A record's closing line: the place and the day it was written ("Berlin, 14 September 1977"), the recorder under it
# ("Recorded: Bruno Mahlow"; the words are data: drafted_by, and the same with a colon).
_CLOSING_PLACE = compile_opening(r"^(?P<place>[^\W\d_][^\W\d_.]+(?:[ -][^\W\d_][^\W\d_.]+)?),\s*$")
# The labels of recorder lines too ("Secretary of the meeting: Iv. Pramov", "Minutes kept by A. Novak"): a label that ends
# in "by" takes its name with or without a colon, another one after a colon.
_RECORDED_LABELS = sorted({w.rsplit(" ", 1)[0] for w in words("drafted_by")} | {w.removesuffix(" by") for w in words("recorder_labels")})
# The recorder's office may follow his name after a comma ("Recorded by: Jiří Hájek, Ministry of Foreign Affairs",
# "Recorded by: Björn Bjarnason, Secretary to the Cabinet"): no part of his name.
_RECORDER = compile_opening(r"^(?:" + alternation(_RECORDED_LABELS) + r")(?:\s+by\s*:?|\s*:)\s+" + _WHO.format("who")
                            + r"(?:,\s+[A-Z][^\W\d_]*(?:\s+[^\W\d_]+){0,6})?\s*\.?$")
_CLOSING_LINES = 4
# The head of an archive site's block of a record's particulars under its text ("Document Information"), read as text
# where the page's layout was not known.
_SITE_INFO = re.compile(r"^\s*Document Information\s*:?\s*$")


def closing_dateline(doc: ParsedDocument) -> EventDraft | None:
    """A record closed by the place and day it was written, after its last sentence ("Berlin, 14 September 1977" over
    "Recorded: Bruno Mahlow") or under its recorder's line ("Drawn up by Ion Stoian" / "Bucharest, 4 November 1978"):
    written that day, by the recorder the line under or over it names (else by its writer)."""
    year = doc.document_date.year if doc.document_date else None
    for index in range(max(1, len(doc.blocks) - _CLOSING_LINES), len(doc.blocks)):
        text = doc.blocks[index].text.strip()
        dates = [d for d in find_dates(text, year) if d.precision == "day" and d.year_written] if len(text) < 50 else []
        if len(dates) != 1 or not text.endswith(dates[0].text.rstrip(".")) and not text.rstrip(".").endswith(dates[0].text):
            continue
        place = _CLOSING_PLACE.match(text[: text.find(dates[0].text)])
        known = lookup(place["place"]) if place else None
        above = _RECORDER.match(doc.blocks[index - 1].text.strip()) if index > 1 else None  # "Drawn up by Ion Stoian" over
        # "Bucharest, 4 November 1978": the recorder's line stands over the closing line as well as under it
        if known is None or known.kind != "place" or not (above or doc.blocks[index - 1].text.rstrip().endswith((".", "!", "?", "”", '"'))):
            continue
        event = EventDraft(index, "report", 0, len(doc.blocks[index].text), "cable_trailer", 0.6).dated(dates[0])
        under = _RECORDER.match(doc.blocks[index + 1].text.strip()) if index + 1 < len(doc.blocks) else None
        under = under or above
        event.sources = [_person(under["who"])] if under else list(doc.sender_names)
        if not under and doc.document_type == "letter":
            event.targets = [n for n in doc.recipient_names if n not in event.sources]  # a letter's closing place and
            # day ("Lusaka, 9th March, 1966"): its writer's dating and sending to the addressee
        return event
    return None


# A report's approval line at its foot (en.yaml approval_labels): the label, the approver's rank cut short, his name, his
# office after a comma ("Approved: MAJ Howard T. BRENNAN, Chief, Debriefing Section").
_APPROVAL = compile_opening(r"^(?:" + alternation(words("approval_labels")) + r")\s*:\s+(?:(?:" + alternation(words("approval_rank_marks"))
                            + r")\s+)?" + _WHO.format("who") + r"(?:,\s+[A-Z][^\W\d_]*(?:\s+[^\W\d_]+){0,6})*\s*\.?$")


def approval_line(text: str) -> str | None:
    """The approver a report's approval line names ("Approved: MAJ Howard T. BRENNAN, Chief, Debriefing Section":
    "Howard T. BRENNAN"); None for any other line and for a form's line of office codes ("Approved: IO:SWLewis")."""
    if len(text) > 120 or is_form_hand_line(text) or (m := _APPROVAL.match(text.strip())) is None:
        return None
    return m["who"]


def approval_events(doc: ParsedDocument) -> list[EventDraft]:
    """A report's approval line among its closing lines: the approval on the document's day, by the one it names."""
    if doc.document_date is None or doc.document_date_precision not in ("day", "minute"):
        return []
    for index in range(len(doc.blocks) - 1, max(0, len(doc.blocks) - _CLOSING_LINES - 2) - 1, -1):
        if doc.blocks[index].section_type == "header" or (who := approval_line(doc.blocks[index].text)) is None:
            continue
        event = EventDraft(index, "statement", 0, len(doc.blocks[index].text.rstrip()), "cable_trailer", 0.5).on(doc.document_date)
        event.date_kind, event.sources = "exact", [_person(who)]
        return [event]
    return []


def closing_signature(doc: ParsedDocument) -> EventDraft | None:
    """A record or cable closed by its recorder's or signer's line with no date of its own ("Recorded: Friedrich
    Trappen", "Signed: Aurel Mălnășan, ambassador"): written and signed on the document's day, by the one it names."""
    if doc.document_date is None or doc.document_date_precision not in ("day", "minute"):
        return None
    foot = next((i for i, b in enumerate(doc.blocks) if i and _SITE_INFO.match(b.text)), len(doc.blocks))  # the site's block
    # of the record's particulars under the text ("Document Information / Source / ... / Type / Minutes"): no part of it
    for index in range(foot - 1, max(0, foot - _CLOSING_LINES) - 1, -1):
        text = doc.blocks[index].text.strip()
        if len(text) > 80 or find_dates(text, doc.document_date.year):
            continue
        under = _RECORDER.match(text)
        who = _person(under["who"]) if under else signed_name(text)
        if who is None:
            continue
        event = EventDraft(index, "report", 0, len(doc.blocks[index].text), "cable_trailer", 0.5).on(doc.document_date)
        event.date_kind, event.inferred, event.sources = "exact", True, [who]
        return event
    return None


def signed_memorandum(doc: ParsedDocument) -> EventDraft | None:
    """A memorandum signed under its text with no day under the name ("JOHN A. BROSS", "Б. Пономарев"): its writer
    wrote it on its day. A dated signature is read with its date line; a record's writer is read with its meeting."""
    signature = doc.signature
    if signature is None or signature.date is not None or doc.document_type != "memorandum" or doc.document_date is None:
        return None
    if doc.document_date_precision not in ("day", "minute"):
        return None
    block = doc.blocks[signature.name_block]
    event = EventDraft(signature.name_block, "report", 0, len(block.text), "cable_trailer", 0.5).on(doc.document_date)
    event.date_kind, event.sources = "exact", [_person(signature.name)]
    return event


SIGNED_AFTER_MEETING_DAYS = 31  # minutes signed by their secretary within the month after the meeting


def signed_minutes(doc: ParsedDocument) -> EventDraft | None:
    """Minutes signed at their foot by the body's secretary, his office and the meeting's day under his name ("N. Ó
    Nualláin" / "Secretary to the Government" / "15 August 1969"): he signed them on that day."""
    signature = doc.signature
    if signature is None or signature.date is None or signature.office_block is not None or doc.document_type != "minutes":
        return None
    if doc.document_date is None or not 0 <= (signature.date.start_date - doc.document_date).days <= SIGNED_AFTER_MEETING_DAYS \
            or not minutes_officer_signs(doc, signature):
        return None  # (the minutes dated by the meeting's day their heading gives, "on Friday, 8th October, 1976", signed
        # on it or some days after it: "11th October, 1976")
    at = signature.date_block if signature.date_block is not None else signature.name_block  # the day's line under the
    # name ("E. R. WALCOTT" / "Secretary to the Cabinet" / "11th October, 1976"): the minutes' own date line, the row's
    # evidence as the golds give the document's own date line (tests/fixtures/README.md)
    block = doc.blocks[at]
    event = EventDraft(at, "report", 0, len(block.text), "cable_trailer", 0.5).on(signature.date.start_date)
    event.date_kind, event.sources = "exact", [_person(signature.name)]
    return event


def _person(name: str) -> str:
    entity = lookup(name)
    return entity.name if entity is not None else canonical_name(name)


# Where each handling stamp of a trailer opens, several of them run on one line ("Sent 14/I-67 at 12:10. Received 14/I-67
# at 15:35. Deciphered 14/I-67 at 17:00 by Kravtsova.", "Отправлено 26.12.72 в 17.40. Получено 26.12.72 в 19.15.").
_STAMP_OPENS = compile_opening(r"(?:^|(?<=[.;]\s)|(?<=[.;]))\s*(?=(?:" + alternation(list(HANDLING_VERBS)) + r")\b)", re.IGNORECASE)
# A stamp's hour after its day ("at 12:10", "в 17.40", "в 0 ч. 15 м."): the words before it, and the marks of an hour
# and its minutes written out (``stamp_hour_openers``, ``clock_hour_words``, ``stamp_minute_marks``).
_STAMP_HOUR = compile_opening(
    r"(?<!\w)(?:" + alternation(words("stamp_hour_openers")) + r")\s+(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d)|(?P<joined>[0-5]\d)\s*(?:"
    + alternation(words("stamp_hour_marks") or ["(?!)"]) + r")(?!\w)|\s*(?:"
    + alternation(words("clock_hour_words")) + r")\.?\s*(?P<written>[0-5]?\d)\s*(?:" + alternation(words("stamp_minute_marks") or ["(?!)"])
    + r")(?!\w))\s*(?P<ampm>[ap]\.?\s?m\.?)?", re.IGNORECASE)


def stamp_hour(line: str, start: int = 0) -> str | None:
    """The hour a handling stamp gives after its day ("Sent 14/I-67 at 12:10.": "12:10"), else None."""
    hour = _STAMP_HOUR.search(line, start)
    return clock(int(hour["hour"]), int(hour["minute"] or hour["joined"] or hour["written"]), hour["ampm"]) if hour else None


# The post a cipher left, before its handling stamp on the same line ("from Bangkok, dispatched 16.10.1973 at 0820 hrs",
# "From Hanoi, sent ...", "From Correspondent 20 Sent 17.7.52"): a Polish or Czechoslovak head's stamp in small letters.
_ORIGIN = compile_opening(r"^\W*(?i:from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:\s+\d+)?,?\s+(?=(?i:" + alternation(list(HANDLING_VERBS)) + r")\b)")


def stamp_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the handling stamps a trailer's line holds, one after the other ("Sent 14/I-67 at 12:10. Received
    14/I-67 at 15:35."); none for a line that opens with no handling verb."""
    skip = origin.end() if (origin := _ORIGIN.match(text)) else 0  # "from Bangkok, dispatched ...": the post it left
    starts = [skip + m.end() for m in _STAMP_OPENS.finditer(text[skip:])]
    if not starts or text[skip: starts[0]].strip():
        return []
    return [(a, b) for a, b in zip(starts, [*starts[1:], len(text)], strict=True) if text[a:b].strip()]


def _stamped_lines(index: int, text: str, doc: ParsedDocument, context: Context | None, year: int | None) -> list[EventDraft]:
    """A trailer's handling stamps with their own day ("Sent 14/I-67 at 12:10.", "Получено 28.X.62 в 0 ч. 15 м."): each
    an act of its kind on that day, at its hour, by the hand it names, else by the sender (its sending) or at the
    recipient's (its receipt, its deciphering). A stamp with no day of its own is read with the edition's note."""
    events = []
    for a, b in stamp_lines(text):
        line = text[a:b].rstrip()
        if _HANDLED.match(line):
            continue  # "Deciphered by Morozov 0745 14 October 1950": read by its own shape
        days = [d for d in find_dates(line, year) if d.precision in ("day", "minute")]
        kind = sentence_handling_kind(line)
        if len(days) != 1 or kind is None:
            continue
        event = EventDraft(index, kind, a, a + len(line), "cable_trailer", 0.6).dated(days[0])
        event.date_kind = "exact"
        if (hour := stamp_hour(line, days[0].end)) is not None:
            event.start_time, event.precision = hour, "minute"
        actors = handling_actors(line, context) if context is not None else None
        if actors is not None:
            event.sources, event.targets = actors
        elif kind == "message_sent":
            event.sources, event.targets = list(doc.sender_names), list(doc.recipient_names)
        else:
            event.sources = list(doc.recipient_names)
        events.append(event)
    return events


def trailer_events(doc: ParsedDocument, context: Context | None = None) -> list[EventDraft]:
    """The handling lines of a cable's trailer ("Deciphered by Morozov 0745 14 October 1950", "Sent 14/I-67 at 12:10."),
    and those of an edition's source note ("Repeated to Ankara, Athens, London and USUN.", "Received at 4:31 p.m.")."""
    year = doc.document_date.year if doc.document_date else None
    events = []
    if (closing := closing_dateline(doc) or closing_signature(doc)) is not None:
        events.append(closing)
    events += approval_events(doc)  # "Approved: MAJ Howard T. BRENNAN, Chief, Debriefing Section" under "Prepared by: ..."
    if (signed := signed_memorandum(doc) or signed_minutes(doc)) is not None:
        events.append(signed)
    signal = doc.document_date is not None and signal_dateline(doc) is not None
    for index, block in enumerate(doc.blocks):
        events += drafting_events(index, block.text, doc)
        if signal and index < _HEAD_LINES:
            events += _signal_repeats(index, block.text, doc)  # "REPEATED FOR INFORMATION TO WELLINGTON, CANBERRA AND SUVA"
        if doc.document_date is not None and index < _HEAD_LINES:
            events += _info_repeats(index, doc, signal)  # "INFO PRIORITY WASHINGTON, MOD, UKMIS NEW YORK"
        if block.section_type == "header" and block.passage_type != "title" and index < _HEAD_LINES and _ORIGIN.match(block.text) \
                and not reads_receipt(block.text):  # a receipt there is the header reader's ("From BEIJING Received ...")
            events += _stamped_lines(index, block.text, doc, context, year)  # "from Bangkok, dispatched 16.10.1973 at 0820 hrs"
        if block.section_type == "trailer":
            events += _note_events(index, block.text, doc)
            events += _stamped_lines(index, block.text, doc, context, year)
            for m in _HANDLED.finditer(block.text):
                dates = find_dates(m["when"], year)
                if dates:
                    kind = "deciphered" if m["what"].lower() == "deciphered" else "printed"
                    event = EventDraft(index, kind, m.start(), m.end(), "cable_trailer", 0.8).dated(dates[0])
                    event.sources = [canonical_name(m["who"])]
                    events.append(event)
    events += _undated_hands(doc)
    events += annotation_events(doc)
    return events


# The day at the end of a hand's note, day first and the month in figures ("27/1.", "8/7. J.S.", "13.8."), the initials
# of the hand after it: the note's day in the paper's year (a day with its year, "19.I.79", is the date reader's).
_NOTE_DAY = re.compile(r"(?<![\d./])(?P<day>[0-3]?\d)\s?[./]\s?(?P<month>[01]?\d|XI{0,2}|IX|IV|VI{0,3}|V|I{1,3})\.?(?![\d/\w])"
                       r"(?=(?:\s+(?:[\u2014\u2013-]\s*)?(?:[A-Z]\.\s?){1,3})?\s*$)")  # "25.IX. P. F.": the month in Roman
# figures, the initials spaced; "22/9 — A.W.": the initials after a dash


def annotation_day(text: str, year: int | None) -> date | None:
    """The day a hand's note on the paper gives at its end ("[Minute on the file copy:] Seen by Mr Rowlands 8/7. J.S.":
    8 July of the paper's year; "... K. Chernenko. 19.I.79"), None where it gives none."""
    if not is_annotation_line(text) and not _WHOLE_NOTE.match(text.strip()):
        return None
    return _note_day(_note_words(text), year)


def _note_words(text: str) -> str:
    """The words of a hand's note without its label: after the label's bracket ("[Handwritten:] To be circulated ..."),
    or inside the brackets that hold both ("[handwritten: To Comrade Puja, for information. 24 Sept. – Gy. F.]")."""
    if (whole := _WHOLE_NOTE.match(text.strip())) is not None:
        return whole["note"]
    return text[text.find("]") + 1:]


def _note_day(note: str, year: int | None) -> date | None:
    found = [d for d in find_dates(note, year) if d.precision in ("day", "minute") and d.start_date]
    if found:
        return found[-1].start_date
    if year is None or (m := _NOTE_DAY.search(note.rstrip(" ]\"'’”"))) is None:
        return None
    try:
        return date(year, _ROMAN.get(m["month"]) or int(m["month"]), int(m["day"]))
    except ValueError:
        return None


_ROMAN = {r: n for n, r in enumerate(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], 1)}
# A hand's note the edition renders inside one pair of brackets with its label ("[handwritten: This is new. What did the
# Soviet comrades say? 25.IX. P. F.]", "[Handwritten at top: "Zbig - good report. J"]"), on its own line, or closing a
# paragraph the reader wrote beside ("... received it coolly. [C: Keep pushing for a broad-based successor. J]": the
# President's comment in a Carter weekly report; en.yaml annotation_labels, margin_comment_labels).
_NOTE_LABELS = alternation([*(words("annotation_labels") or []), *(words("margin_comment_labels") or [])]) or "(?!)"
_WHOLE_NOTE = re.compile(rf"^\[(?P<label>(?:{_NOTE_LABELS})\b[^:\]\n]{{0,30}}):\s*(?P<note>[^\[\]\n]{{2,300}})\]$", re.IGNORECASE)
_INLINE_NOTE = re.compile(rf"(?<=[.!?\"”])\s+\[(?P<label>(?-i:{alternation(words('margin_comment_labels') or []) or '(?!)'})):\s*(?P<note>[^\[\]\n]{{2,300}})\]\s*$")
# The labels of a note whose marks are no act of a hand (a stamp, a typist's line): a note only with its day, on its own
# line under its label ("[Stamp: SUBJECT TO RETURN ... Incoming Nº 545/2384/shs 13 July 1951]" is the stamp's, no note).
_MARKS_ONLY = re.compile(r"^\[(?:Stamp|Typed)\b", re.IGNORECASE)


def annotation_events(doc: ParsedDocument) -> list[EventDraft]:
    """A hand's note on the paper, dated at its end ("[Handwritten:] To be circulated to the members and candidate
    members of the Politburo. K. Chernenko. 19.I.79", "[Minute on file copy:] Seen. Please draft a reply for Mr
    Rowlands' approval. 27/1."): one act on that day, the note's, by the names it gives. A note in one pair of brackets
    with its label may stand among the text's paragraphs ("[handwritten: To Comrade Puja, for information. 24 Sept. –
    Gy. F.]") or close one ("[C: I want a full account. J]"); a hand's note with no day of its own was written about
    the paper's day (approximate), as a clerk's hand with no day is (``_undated_hands``)."""
    if doc.document_date is None:
        return []
    events = []
    year = doc.document_date.year
    for index in range((doc.title_block or 0) + 1, len(doc.blocks)):
        text = doc.blocks[index].text
        at_foot = index >= len(doc.blocks) - _NOTE_LINES
        if (inline := _INLINE_NOTE.search(text)) is not None and len(text) > inline.end() - inline.start() + 20:
            start, end, note = inline.start("label") - 1, inline.end(), inline["note"]
        elif (_WHOLE_NOTE.match(text.strip()) and not _MARKS_ONLY.match(text.strip())) or (at_foot and is_annotation_line(text)):
            start, end, note = 0, len(text.rstrip()), _note_words(text)
        elif at_foot and _READER_MINUTE.match(text.strip()) and _NOTE_DAY.search(text.rstrip(" ]\"'’”")):
            start, end, note = 0, len(text.rstrip()), text  # "Seen. P.N.H. 12/8", "Seen and forwarded to Investigation
            # Division. A. Crane, S.E.O. 12/3": a reader's minute under the paper, unlabelled, with its day at its end
        else:
            continue
        if len(text[start:end]) > 300:
            continue
        day = _note_day(note, year)
        if day is None and _MARKS_ONLY.match(text.strip()):
            continue  # "[Stamp: SECRET]": no hand's act
        event = EventDraft(index, "statement", start, end, "cable_trailer", 0.6).on(day or doc.document_date)
        event.date_kind = "exact" if day is not None else "approximate"
        event.sources = clause_names(note, "en")
        events.append(event)
    return events


_NOTE_LINES = 8  # the foot of the paper: its signature, handling lines and the notes written on it
# The word a reader's minute opens with under the paper, no label before it ("Seen. P.N.H. 12/8", "Seen by H.M.A.
# 21/5"; en.yaml reader_minute_openers): a minute only with its day at its end (``_NOTE_DAY``).
_READER_MINUTE = re.compile(rf"^(?:{MINUTE_OPENERS})(?=[.:,\s])")


_HEAD_LINES = 15  # a cipher's head: its handling lines stand among the page's first lines
# A handling line that names the hand and gives no day ("deciphered by Zielińska", "Typed by: Nowak."): the clerk's act.
_HAND_ONLY = compile_opening(r"^\W*(?P<verb>(?i:" + alternation(list(HANDLING_VERBS)) + r"))\s+(?i:by)\s*:?\s*(?:(?i:comrade|com\.|cde\.)\s+)?"
                             r"(?P<who>[A-Z\u0410-\u042f][\w'’-]+(?:\s+[A-Z\u0410-\u042f][\w'’-]+)?)\s*\.?\s*$")


def _undated_hands(doc: ParsedDocument) -> list[EventDraft]:
    """A cipher's handling line that names who deciphered or typed it and gives no day ("deciphered by Zielińska"):
    done about the day its other handling lines give, the receipt's first (it is deciphered once received), else the
    cable's own day; by the hand it names. Only among the handling lines of a cable's head or trailer."""
    if doc.document_type not in ("telegram", "cable"):
        return []
    year = doc.document_date.year if doc.document_date else None
    stamped = {}  # the day each kind of dated handling line gives
    for block in doc.blocks:
        for a, b in stamp_lines(block.text) if len(block.text) < 200 else []:
            days = [d for d in find_dates(block.text[a:b], year) if d.precision in ("day", "minute")]
            if days and (kind := sentence_handling_kind(block.text[a:b])):
                stamped.setdefault(kind, days[0].start_date)
    events = []
    for index, block in enumerate(doc.blocks):
        m = _HAND_ONLY.match(block.text.strip())
        kind = HANDLING_VERBS.get(m["verb"].lower()) if m else None
        if kind not in ("deciphered", "printed") or not (index < _HEAD_LINES or block.section_type == "trailer"):
            continue
        day = stamped.get("message_received") or stamped.get(kind) or next(iter(stamped.values()), None) or doc.document_date
        if day is None:
            continue
        event = EventDraft(index, kind, 0, len(block.text), "cable_trailer", 0.5).on(day)
        event.date_kind, event.sources = "approximate", [_person(m["who"])]
        events.append(event)
    return events


# "Distribution list - 11 copies: Stalin - 2, Molotov-1, ...": the line that says who got the cable's copies.
# The labels of the language files and of the supplements of the languages without one ("Nakala:", "Koopia:", "העתק:").
_DISTRIBUTION = compile_opening(r"^\W*(?P<label>" + alternation(words("distribution_labels", (*LANGUAGES, *SUPPLEMENTED))
                                                        + words("distribution_counted_labels")) + r")(?!\w)[^:\uff1a\n]{0,30}[:\uff1a]\s*(?P<whom>\S.*)$",
                                re.IGNORECASE | re.DOTALL)  # "（发：中央各部委，……）": a full-width colon too
# A label cut short that lists copies only with each one's count in brackets ("DISTR: USAREUR ODCSI (2); file (1)").
_COUNTED_LABELS = frozenset(w.casefold() for w in words("distribution_counted_labels"))
_BRACKETED_COUNT = compile_opening(r"\(\d{1,2}\)\s*$")


# "10th Department", "10th dept.", an ordinal written with its full stop ("1. teritoriální odbor", "5. Abteilung"); an
# office's code with its bureau ("SCS/EUR")
_LISTED_NAME = compile_opening(r"(?:\d{1,2}(?:st|nd|rd|th|\.)\s+[\w.'’ -]{1,40}|[A-Z\u0410-\u042f][\w.'’ /-]{1,40})")


# A ministry's capitals and a dash before one of its offices in a distribution list ("SSIP - Cabinet of the Federal
# Secretary", "MID - 2nd European Department").
_UNDER_MINISTRY = compile_opening(r"(?:(?<=^)|(?<=,))\s*[A-Z\u0410-\u042f]{2,6}\s+[-–—]\s+(?=[A-Z\u0410-\u042f\d])")
_ORDINAL_BEFORE = compile_opening(r"(?<!\w)(\d{1,2}(?:st|nd|rd|th))\s+$")


def _with_ordinal(listed: str, name: str) -> str:
    """A department the gazetteer knows by its name alone, with the ordinal the list writes before it ("5th Territorial
    Department")."""
    at = listed.find(name)
    return f"{m.group(1)} {name}" if at > 0 and (m := _ORDINAL_BEFORE.search(listed, 0, at)) else name


_LIST_PARTS = compile_opening(r"[,;]")
# A numbered list of copies (en.yaml distribution_comrade_marks, distribution_short_words): the count of copies before
# the list in brackets ("5 (1. Comrade Puja, ..., 5. file)"), each copy's number ("1.", "1 -", "1)"), the comrade's mark
# written short ("s. Chňoupek"), an office's word cut short ("10th dept.").
_COPY_COUNT = compile_opening(r"^\s*\d{1,3}\s*\((?P<inner>[^()]*)\)\s*\.?\s*$")
_ITEM_NUMBER = compile_opening(r"(?P<lead>^|[,;])\s*\d{1,2}\s*(?:\.|\)|[-–—]|[x×])\s+(?=\S)")  # "1x Gen. Winzer": copies counted
_COMRADE_MARK = compile_opening(r"(?P<lead>^|[,;])\s*(?:" + alternation(words("distribution_comrade_marks") or ["(?!)"]) + r")(?<=\.)?\s+(?=[A-Z\u0410-\u042f])",
                                re.IGNORECASE)
_SHORT_WORDS = {k.casefold(): v for k, v in (lexicon("en").get("distribution_short_words") or {}).items()}
_SHORT_WORD = compile_opening(r"(?<!\w)(?:" + alternation(list(_SHORT_WORDS) or ["(?!)"]) + r")(?=\s|[,;]|$)", re.IGNORECASE)
_FILED = frozenset(w.casefold() for w in words("distribution_filed"))


def _distribution(sentence: str) -> re.Match | None:
    """A distribution line's label and list; not a label cut short over no counted copies ("Distr: UA/SC": a code of
    the paper's circulation)."""
    m = _DISTRIBUTION.match(sentence)
    if m is not None and m["label"].casefold() in _COUNTED_LABELS and not all(
            _BRACKETED_COUNT.search(i.strip(" .")) for i in _LIST_PARTS.split(m["whom"]) if i.strip(" .")):
        return None
    return m


def distributed_to(sentence: str, language: str | None) -> list[str]:
    """Those a distribution line lists ("Distribution list - 11 copies: Stalin - 2, Molotov-1, ..."); none for another
    sentence."""
    m = _distribution(sentence)
    if not m:
        return []
    if language == "zh" or not any(c.isupper() or c.islower() for c in m["whom"]):  # "（发：中央各部委，各省、市、自治区党委）",
        # "배포: 장관, 차관, 미주국": a script without capitals, each body the commas part, as the page names it
        return [canonical_name(part) for part in (p.strip(" )\uff09.\u3002") for p in re.split(r"[,;\uff0c\uff1b]", m["whom"])) if part]
    whom = count["inner"] if (count := _COPY_COUNT.match(m["whom"])) else m["whom"]  # "5 (1. Comrade Puja, ...)": the count off
    if len(_ITEM_NUMBER.findall(whom)) > 1:  # "1. Comrade Puja", "1 - s. Chňoupek": each copy's number off, where each
        whom = _ITEM_NUMBER.sub(r"\g<lead>", whom)  # item has one ("Copies: 4 - Minister, ...": the count alone)
    whom = _COMRADE_MARK.sub(r"\g<lead>", whom)  # "s. Chňoupek": the comrade's mark off
    whom = _SHORT_WORD.sub(lambda w: _SHORT_WORDS[w[0].casefold()].capitalize() if w[0][0].isupper() else _SHORT_WORDS[w[0].casefold()], whom)
    listed = re.sub(r"\s*[-–—]\s*\d+", ",", whom)  # "Molotov-1": the copies' count off
    listed = re.sub(r"\s*\(\d{1,2}\)", "", listed)  # "USAREUR ODCSI (2)": the count in brackets off
    listed = _UNDER_MINISTRY.sub("", listed)  # "SSIP - Cabinet of the Federal Secretary": the office, not its ministry's mark
    known = [_with_ordinal(listed, n) for n in clause_names(listed, language)]
    # a name the gazetteer lacks ("Kozlov - 1") is one of those listed all the same, kept as written, in the list's order
    items = [i.strip(" .;") for i in _LIST_PARTS.split(listed) if i.strip(" .;")]  # "Comrade X; Comrade Y; Directorate III"
    items = [i for i in items if i.casefold() not in _FILED]  # "..., file", "...; Archive": the copy kept, no reader
    known = [n for n in known if n.casefold() not in _FILED]
    if not items or not all(_LISTED_NAME.fullmatch(i) or (i[:1].isupper() and _LISTED_NAME.fullmatch("A" + i[1:])) for i in items):
        # a name opening with a capital of any alphabet ("Ārlietu ministrija", "Υπουργείον Εξωτερικών")
        return known
    named = [(entity.name if (entity := lookup(i)) is not None else canonical_name(i)) for i in items]
    return list(dict.fromkeys(named))


_RECEIVING_KINDS = frozenset({"message_received", "deciphered", "printed"})


def receipt_day(doc: ParsedDocument, above: int | None = None) -> date | None:
    """The last day a cable's stamps of its receiving end give ("Arrived: 16 Apr. 1975", "Deciphered 12.V.61 at 01.35",
    "Typed 12.V.61"): the day it was in its readers' hands, when its copies were made and handed round. None for a text
    with no such stamp. ``above``: the block of a copies line, the stamps under it left (a reader's receipt of his copy,
    "נתקבל במשרד החוץ: 20.11.70" under the summary's copies line, is later than their sending)."""
    year = doc.document_date.year if doc.document_date else None
    days = []
    for block in doc.blocks[:above]:
        for a, b in stamp_lines(block.text) if len(block.text) < 200 else []:
            if sentence_handling_kind(block.text[a:b]) in _RECEIVING_KINDS and (
                    found := [d for d in find_dates(block.text[a:b], year) if d.precision in ("day", "minute") and d.start_date]):
                days.append(found[0].start_date)
    return max(days, default=None)


def is_distribution_line(sentence: str) -> bool:
    """A cable's line of those its copies went to ("Copies: Rapacki, Winiewicz, ...")."""
    return _distribution(sentence) is not None


def distribution_event(index: int, sentence: str, offset: int, day: date, whom: list[str]) -> EventDraft:
    """A cable's copies made for those its distribution line lists: handled about the cable's day, as its other handling
    lines are, though the line gives no date."""
    event = EventDraft(index, "printed", offset, offset + len(sentence), "cable_trailer", 0.5).on(day)
    event.date_kind, event.targets = "approximate", whom
    return event


# --- handling lines read by their shape ---------------------------------------------------------------------------
# A cable's handling line is known by its shape as well as by its word: a label of one to four words, its colon or the
# day at once after it, a day, often an hour, perhaps the hand that did it ("Lähetetty 16.1.1973 klo 14.20", "Přijato:
# Praha, 14. 11. 1970, 13.15 hod.", "Gönderildiği tarih: 14.3.1972", "Distributed: 19.12.1989 at 16.30"), standing
# among the page's head or foot lines. Where no language's file knows the label, the line is still the message's
# handling: a row the date reader read there as a plain statement takes the handling's kind and parties.
_SHAPED_LABEL = compile_opening(r"^[\W_]{0,3}(?P<label>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}?)\s*(?:[:\uff1a]\s*|\s+(?=\d))")
_NAMED_BEFORE = compile_opening(r"(?P<who>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?)\s+(?=\d)")  # a hand or a place before the day
_SHAPED_PLACE = compile_opening(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?\s*,\s*")  # "Přijato: Praha, 14. 11. 1970"
# The hour after the day ("14.20", "23:40", "at 16.30", "klo 14.20", "r. godz. 20.40", "à 18 h"): the words before it are
# any language's.
_ANY_HOUR = compile_opening(r"^\W*(?:[^\W\d_]{1,5}\.?\s+){0,2}(?P<hour>[0-2]?\d)(?:[:.,](?P<minute>[0-5]\d)(?!\d)|\s?h(?![^\W\d_]))")
_OF_LAST = compile_opening(r"(?:\b(?:of|Of)|" + event_words("date_of") + r")\s*$")  # "Telegram of 14.3.1972": a paper named
_DATE_LABEL = compile_opening(event_words("date_labels"))  # "Дата:", "日期:": the page's own date line
_SHAPED_LINE_MAX = 100  # a handling line is short: a sentence that opens with a label and a day is no stamp
_SHAPED_TAIL_MAX = 45  # after the day: its hour, the hand or the office, and nothing more
_SMALL_WORDS = compile_opening(r"(?<![\w.])[^\W\d_A-Z]*[a-z][^\W\d_]*(?![\w.])")  # "and", "its": words in small letters
_TAIL_SMALL_WORDS = 3  # "at 16.30 hrs local time", "в 23.40": an hour's words; more is a sentence's
_BODY_LINE = 200  # a paragraph of the text: the head is above the first, the foot under the last
_LABELLED = compile_opening(r"^\W*[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}\s*:")  # "Citation: ...": the site's, no paragraph
_COGNATE_RATIO = 85  # rapidfuzz ratio of a label and a handling verb of another language's file, both folded
# The labels of the page's own lines that a day may follow and that are no stamp: its date and time lines, its subject,
# number, source, notes, chapters and agenda ("Date: ...", "Source: RGANI, 14.3.1972", "Chapter 3: 14 May 1972").
_NOT_HANDLING_LABELS = frozenset(w.casefold() for key in ("time_labels", "interview_date_labels", "catalogue_date_labels",
                                                          "edition_date_labels", "subject_labels", "number_labels", "source_labels",
                                                          "source_note_labels", "note_labels", "chapter_labels", "page_labels",
                                                          "volume_labels", "apparatus_labels", "agenda_labels")
                                 for w in words(key))
_WEEKDAYS = frozenset(w.casefold() for language in LANGUAGES for w in (lexicon(language).get("weekdays") or {}))  # "Saturday
# 15 November 1980": a day's heading, no label
_LEADERS = compile_opening(r"\.\s?\.\s?\.|\u2026")  # "Chapter 3: 14 May 1972 ........ 45": a table of contents' leaders


def _folded(text: str) -> str:
    return without_accents(text.casefold())


def _label_kind(label: str) -> str | None:
    """The kind a handling label stands for: the word a language's file lists ("Отправлено": message_sent), else the
    same word of a kindred language, written alike ("Dešifrováno" as "Dešifrovano", "Modtaget" as "Mottaget", "Получена"
    as "Получена"); None for a label no file knows."""
    if (kind := sentence_handling_kind(label)) is not None:
        return kind
    return next((kind for word in label.split() if (kind := _cognate_kind(_folded(word.rstrip(".:"))))), None)


@cache
def _cognate_kind(word: str) -> str | None:
    from rapidfuzz import fuzz, process
    if len(word) < 5:
        return None
    verbs = {_folded(v): kind for v, kind in HANDLING_VERBS.items() if len(v) >= 5}
    best = process.extractOne(word, list(verbs), scorer=fuzz.ratio, score_cutoff=_COGNATE_RATIO)
    return verbs[best[0]] if best else None


@dataclass
class ShapedLine:
    """A line read as a handling line by its shape: its block, the label, its day, its hour, the hand it names last."""
    block: int
    label: str
    day: date
    minute: int | None  # the hour as minutes since midnight, for the order of the lines
    hand: str | None
    kind: str | None  # the label's kind where a file knows it (or a kindred word), else None
    start: int  # the stamp's span in its block
    end: int


def shaped_line(text: str, year: int | None) -> tuple[str, date, int | None, str | None, int] | None:
    """A line that is a handling line by its shape (a short label, its day at once after it, then at most its hour and
    the hand): its label, day, hour (minutes since midnight), the hand named last or before the day, and the length of
    the stamp; None for any other line ("Berlin, 15 November 1976" has no label; "On 21 April, at 16:00, I was received ..." goes on after its day). A head's line
    may hold another column before the stamp ("Nr. 47   Afsendt den 12. marts 1968 kl. 17.20", "Fortroligt   Modtaget
    den ..."): the stamp is read from one of its first words on, the one whose label a file knows first."""
    line = text.strip()
    if len(line) > _SHAPED_LINE_MAX:  # "Deciphered 23.7.1971 at 18.05, duty officer Kovač. Copies: Federal Secretary,
        # ...": the stamp is the line's leading part, up to the full stop before the next part
        cut = next((m.start() + 1 for m in _NEXT_PART.finditer(line) if m.start() < _SHAPED_LINE_MAX), None)
        if cut is None:
            return None
        line = line[:cut]
    starts = [0] + [m.end() for m in itertools.islice(_WORD_GAP.finditer(line), _LEADING_WORDS)]
    starts += [m.end() for m in _COLUMN_DASH.finditer(line, 0, _COLUMN_DASH_AT)]  # "Abt. Ferner Osten — Eingang Berlin: ..."
    read = [r for at in starts if (r := _shaped_from(line[at:], year)) is not None
            and (at == 0 or ":" not in line[:at] and not line[:1].isdigit() and not r[0][:1].islower())]  # "Subject: the
    # visit of 14 May": a label's line; "12 Telegram of ...": a footnote's
    found = next((r for r in read if _label_kind(r[0]) is not None), read[0] if read else None)
    return (*found, len(line)) if found else None


_NEXT_PART = compile_opening(r"\.\s+(?=[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}\s*:)")  # ". Copies: ...": a line's next part


_WORD_GAP = compile_opening(r"\s+")
_LEADING_WORDS = 2  # the words of another column a head's line may hold before its stamp ("Nr. 47", "Fortroligt")
# A dash between an office's name and its stamp on one head line ("Abt. Ferner Osten — Eingang Berlin: 11.4.1968,
# Tgb.-Nr. 412/68": the department's receipt), within the line's first characters.
_COLUMN_DASH = compile_opening(r"\s[\u2013\u2014]\s+")
_COLUMN_DASH_AT = 40


def _no_stamp_label(label: str) -> bool:
    """A label that is no stamp's: the page's own date, subject or source line ("Date:", "DATE DISTR:", "Source:"), a
    weekday ("Saturday 15 November 1980"), a paper named by its day ("Telegram of 14.3.1972"), a word too short to be a
    label ("On 8 May ...": a sentence), an issue's number ("FBIS-APA-80-163   20 AUGUST 1980   M 1": a daily report's
    page head, no hand's stamp)."""
    folded = label.casefold().split()
    return label.casefold() in _NOT_HANDLING_LABELS or _ISSUE_NUMBER.fullmatch(label) is not None or any(w in _NOT_HANDLING_LABELS or w.strip(".,") in _WEEKDAYS for w in folded) \
        or bool(_DATE_LABEL.search(label) or _OF_LAST.search(label)) \
        or len(folded[0]) < 3 and not any(0x4E00 <= ord(c) <= 0x9FFF for c in label)  # a Han label: no short word


_ISSUE_NUMBER = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})*(?:-\d+){2,}")  # "FBIS-APA-80-163", "JPRS-UMA-88-012": an issue's number


def _shaped_from(line: str, year: int | None) -> tuple[str, date, int | None, str | None] | None:
    if (m := _SHAPED_LABEL.match(line)) is None:
        return None
    label = m["label"].strip()
    if _no_stamp_label(label):
        return None  # "Date: ...", "Time: ...", "Subject: ...": the document's own lines; "On 8 May ...": a sentence
    start, named = m.end(), None
    if (place := _SHAPED_PLACE.match(line, start)) is not None and not find_dates(line[start: place.end()], year):
        start = place.end()
    elif (name := _NAMED_BEFORE.match(line, start)) is not None and not find_dates(name["who"], year):
        start, named = name.end(), name["who"]  # "Расшифровал: Кузнецов 3.XII.75 в 13.30": the hand before the day
    elif len(words_of := label.split()) > 1 and _label_kind(words_of[0]) and all(w[:1].isupper() for w in words_of[1:]):
        label, named = words_of[0], " ".join(words_of[1:])  # "Расшифровал Кулешов 3.12.75 в 14.40"
    days = [d for d in find_dates(line[start:], year) if d.start_date]
    if not days or days[0].precision not in ("day", "minute") or (days[0].end_date or days[0].start_date) != days[0].start_date or line[start: start + line[start:].find(days[0].text)].strip(" ,:") \
            or any(d.start_date != days[0].start_date for d in days[1:]):
        return None
    tail = line[start + line[start:].find(days[0].text) + len(days[0].text):]
    if len(tail) > _SHAPED_TAIL_MAX or len(_SMALL_WORDS.findall(tail)) > _TAIL_SMALL_WORDS or _LEADERS.search(tail):
        return None  # "... 14 May 1972 and its consequences for the talks": a sentence goes on after its day
    hour = _ANY_HOUR.match(tail)
    minute = int(hour["hour"]) * 60 + int(hour["minute"] or 0) if hour else (
        int(days[0].time[:2]) * 60 + int(days[0].time[3:5]) if days[0].time else None)
    rest = tail[hour.end():] if hour else tail
    return label, days[0].start_date, minute, _last_hand(rest) or named


def _last_hand(rest: str) -> str | None:
    """The hand a stamp names last, after a comma or in brackets, the marks of his duty or of a comrade in small letters
    before him ("..., s. Kočová", "..., duty officer Kovač.", "(Lehtonen)", "– Kowalczyk"): one or two capitalised words."""
    cut = max(rest.rfind(","), rest.rfind("("), rest.rfind(" \u2013 "), rest.rfind(" - "))  # "... godz. 04.05 – Kowalczyk"
    if cut < 0:
        return None
    said = rest[cut + 1:].strip(" ).\u2013-")
    words_of = said.split()
    names = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words_of)))[::-1]
    marks = words_of[: len(words_of) - len(names)]
    if not 1 <= len(names) <= 2 or len(marks) > 2 or any(not w.rstrip(".").isalpha() or not w[:1].islower() for w in marks):
        return None
    return " ".join(names) if all(w.replace("-", "").replace("'", "").isalpha() for w in names) else None


def shaped_lines(doc: ParsedDocument) -> list[ShapedLine]:
    """The handling lines a page's head and foot hold by their shape: above its first paragraph or under its last (a long
    line opened by a label, "Citation: ...", is the site's, no paragraph of the text), each
    among other such lines, next to the heading or the signature, or on a cable's page."""
    year = doc.document_date.year if doc.document_date else None
    body = [i for i, b in enumerate(doc.blocks) if len(b.text) > _BODY_LINE and not _LABELLED.match(b.text)]
    if not body:  # a page of short paragraphs: the lines over its title are its head ("Abt. Ferner Osten — Eingang Berlin:
        # 11.4.1968" over a Vermerk's), its last lines alone its foot ("נתקבל במשרד החוץ: 20.11.70")
        body = [doc.title_block + 1 if doc.title_block is not None else 0, max(len(doc.blocks) - 1 - _FOOT_LINES, 0)]
    found = []
    for index, block in enumerate(doc.blocks):
        if body[0] <= index <= body[-1] or is_annotation_line(block.text) or cites_an_issue(block.text):
            continue  # "人民日报 1974年10月8日 第1版": the issue the text was printed in, no hand's stamp (annotate.py)
        if (read := shaped_line(block.text, year)) is not None:
            label, day, minute, hand, length = read
            start = len(block.text) - len(block.text.lstrip())
            found.append(ShapedLine(index, label, day, minute, hand, _label_kind(label), start, start + length))
    near = {doc.title_block} if doc.title_block is not None else set()
    if doc.signature is not None:
        near.add(doc.signature.name_block)
    cable = doc.document_type in ("cable", "telegram")
    return [s for s in found if cable or any(o is not s and abs(o.block - s.block) <= 2 for o in found)
            or any(n is not None and abs(n - s.block) <= 2 for n in near)
            or sentence_handling_kind(s.label) is not None]  # a stamp alone under a record or a note, its word a file's handling
    # verb ("Eingang Berlin: 11.4.1968" in a Vermerk's head, "Received: 20.11.70" at a summary's foot)


_FOOT_LINES = 2  # the lines of a page of short paragraphs read as its foot: a stamp and a copies line


def shaped_handling(events: list[EventDraft], doc: ParsedDocument, context: Context) -> list[EventDraft]:
    """The rows of the handling lines read by their shape: a row the date reader read on such a line as a plain
    statement (no reader knew its label) is the handling the label means (a kindred language's word: "Dešifrováno"),
    else the generic handling no file names ("other"). Its parties as for a handling line: the sending by the sender to
    the recipients; a receipt, deciphering or copying by the hand the line names last, else at the receiving end (the
    recipients, else the mission's ministry at home). A line whose label no file knows is the sending where it is the
    earliest of the page's handling lines (a cable is sent before it is received, deciphered and distributed), else
    an act of the receiving end."""
    lines = shaped_lines(doc)
    if not lines:
        return events
    by_block = {s.block: s for s in lines}
    timed = sorted((s.day, s.minute, s.block) for s in lines if s.minute is not None)
    receiving = [n for n in (list(context.recipients) or [context.home_ministry]) if n]

    def hand_of(line: ShapedLine) -> str | None:
        known = lookup(line.hand) if line.hand else None
        return canonical_name(line.hand) if line.hand and (known is None or known.kind == "person") else None

    def read(line: ShapedLine) -> tuple[str, list[str], list[str]] | None:
        """The kind and parties of a stamp: None where the page gives nobody to name (a sending with no sender), or where
        the line is the page's own date line among stamps with their hours ("Datum: 7 mei 1975")."""
        kind, hand = line.kind, hand_of(line)
        if kind is None and timed and line.minute is None:
            return None
        if kind is None:  # the earliest stamp by its day and hour is the sending; with no hours, the first line
            sending = (timed[0][2] == line.block and (len(timed) == 1 or timed[0][:2] < timed[1][:2])) if timed else lines[0] is line
        else:
            sending = kind == "message_sent"
        if sending:
            return (kind or "other", list(context.senders), [n for n in context.recipients if n not in context.senders]) if context.senders else None
        if hand and kind in ("deciphered", "printed", None):
            return kind or "other", [hand], []  # "Avattu 16.1.1973 klo 19.30, Lehtonen": the hand it names
        return (kind or "other", receiving, []) if receiving else (kind or "other", [], [])

    read_blocks = set()
    late: list[EventDraft] = []  # a second row of a stamp re-dated to its own day: the one row is the stamp's
    for event in events:
        line = by_block.get(event.block)
        if line is None:
            continue
        if line.kind in _RECEIVING_KINDS and hand_of(line) and (event.start_date is None or event.start_date < line.day) \
                and (context.letter_date is None or line.day <= context.letter_date + timedelta(days=2)):
            if event.block in read_blocks:  # "Расшифровал: Орлов 18.X.70 в 3.30" under a cable of 17 October: deciphered
                late.append(event)  # the next night, on the day it gives, not the day the cable was sent (nor no day, as
                continue  # a day after the writing would be read in the text)
            event.on(line.day, inferred=False).date_kind = "exact"
            if line.minute is not None:
                event.start_time, event.precision = f"{line.minute // 60:02d}:{line.minute % 60:02d}", "minute"
        if event.start_date is None:
            continue
        read_blocks.add(event.block)
        if event.start_date != line.day:
            continue
        hand = hand_of(line)
        if line.kind in ("deciphered", "printed") and hand and event.event_type in ("statement", "message_sent", "message_received", line.kind):
            event.event_type, event.sources, event.targets = line.kind, [hand], []  # "Расшифровал: Кузнецов 3.XII.75 в
            continue  # 13.30", "Deciphered: 21.8.1981, 14:40 (Vlasák)": the clerk the stamp names
        if event.event_type != "statement" or (stamp := read(line)) is None:
            continue
        event.event_type = stamp[0]
        if stamp[1] or stamp[2]:
            event.sources, event.targets = stamp[1], stamp[2]
    added = []
    for line in lines:  # a stamp no reader dated ("otrzymany dnia 10.08.1974 r. godz. 03.15" where no file knows the word)
        if line.block in read_blocks or (stamp := read(line)) is None:
            continue
        event = EventDraft(line.block, stamp[0], line.start, line.end, "cable_trailer", 0.5).on(line.day, inferred=False)
        event.date_kind, event.sources, event.targets = "exact", stamp[1], stamp[2]
        if line.minute is not None:
            event.start_time, event.precision = f"{line.minute // 60:02d}:{line.minute % 60:02d}", "minute"
        added.append(event)
    if added:  # the undated reading of the same line is no row of its own
        events = [e for e in events if not (e.start_date is None and e.event_type == "statement" and e.block in {a.block for a in added})]
    if late:
        events = [e for e in events if not any(e is x for x in late)]
    return events + added
