"""The event row being built (``EventDraft``), the document's context, and what every rule shares: the
keywords that name a kind of act, and the readers of a clause's actors (gazetteer names, pronouns, the writer)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from re import _compiler

from pipeline.extract.events.titles import (
    bare_office_spans,
    is_bare_title,
    nearest_holder,
    office_title,
    ru_bare_office_spans,
    zh_bare_office_spans,
)
from pipeline.extract.mentions import NOT_NAMES, OFFICE_OF, find_mentions, find_unknown_names
from pipeline.extract.tense import Cue, read_cues
from pipeline.normalize.dates import DateMention, clock, find_dates
from pipeline.normalize.lexicon import alternation, lexicon, strings
from pipeline.normalize.lexicon import words as lexicon_words
from pipeline.normalize.lowered import LoweredPattern, lowered
from pipeline.normalize.names import canonical_name, entity, gazetteer, lookup
from pipeline.normalize.offices import find_offices
from pipeline.normalize.openings import compile_opening
from pipeline.normalize.organs import party_ids, party_of, party_organ, writer_state

SENT_TYPES = ("cable", "telegram", "letter")
TEXT_BLOCKS = ("paragraph", "list_item", "heading", "quotation")

_KEYWORDS = (
    ("talks_suspended", r"suspend|broke off|break off|walked out"),
    ("talks_resumed", r"resum|reopen|reconven"),
    ("attack", r"attack|invade|invasion|offensive|bomb"),
    ("reply", r"\brepl|in response|in reply|answer"),
    ("report", r"\breport"),
    ("instruction", r"instruct|directive|\border(?:ed|s)?\b(?!\s+to\b)|direct(?:ed|s)\b"),  # not "in order to"
    ("proposal", r"propos|suggest"),
    ("agreement", r"agreement|\bagreed\b|sign(?:ed|ing)\b"),
    ("meeting", r"\bmet\b|meeting|conversation|conference|talks with"),
    ("message_received", r"\breceived\b|\breceipt\b"),
    ("message_sent", r"inform|telegram|cable|letter|wrote|writing|\bsent\b|message|told"),
)
KEYWORD_PATTERNS = tuple((kind, LoweredPattern(words)) for kind, words in _KEYWORDS)  # searched in the lowered sentence
RU_LETTER = r"[\u0430-\u044f\u0451]"  # a Cyrillic small letter (and, matched ignoring case, a capital)


def event_words(key: str) -> str:
    """The Russian and Chinese words of one event rule (``event_words`` in ``pipeline/reference/lang/*.yaml``)
    as alternatives of a pattern: a Russian word stands alone, one ending in "*" takes any ending (a word of a phrase
    too: "принял* меня"); a Chinese
    word is found anywhere. A pattern that matches nothing when no language has the rule."""
    parts = []
    for language in ("ru", "zh"):
        entries = (lexicon(language).get("event_words") or {}).get(key) or []
        if not entries:
            continue
        alternatives = "|".join(r"\w*".join(re.escape(part) for part in w.split("*")) for w in entries)  # "принял* меня": a
        # star within a phrase takes any ending of its word too
        # The words' first letters, checked first, turn most places away before the boundary and every word are tried.
        opening = "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in entries})) + "])"
        parts.append(f"{opening}(?:{alternatives})" if language == "zh" else rf"{opening}(?<!{RU_LETTER})(?:{alternatives})(?!{RU_LETTER})")
    return "|".join(parts) or r"(?!)"


def event_literals(key: str) -> tuple[str, ...]:
    """The letters every match of ``event_words(key)`` holds, one string per word (its letters before any "*"):
    a text holding none of them is not searched with a pattern that is case-sensitive."""
    return tuple(w.split("*")[0] for language in ("ru", "zh")
                 for w in (lexicon(language).get("event_words") or {}).get(key) or [])


_PRONOUN = compile_opening(r"\b(?:he|she|they)\b", re.IGNORECASE)
# A pronoun joined to a name in one subject ("he and Andrija Hebrang were expelled", "Hebrang and she left"): the person
# the text spoke of last, beside the one it names.
# A clause opening with "he" or "she" as its subject, then its verb ("He had spoken with ...", "She then met with ..."),
# and a name right after "with", "to" or "from": the person spoken of last acts, with the one named.
_HE_OPENS = compile_opening(r"^\W*(?:He|She)(?:\s+(?:had|has|have|was|also|then|again|later|once|first|\w+ly))*\s+[a-z]{3,}\b")
_WITH_BEFORE = compile_opening(r"\b(?:with|to|from)\s+(?:the\s+)?(?:(?i:comrade|com\.|cde\.|mr\.|president|premier|chairman)\s+)?$",
                               re.IGNORECASE)
# A clause whose subject is "he" or "she" (opening it, or after "that", "and", "when" ...), then a verb of a two-party
# act and its object named ("that he had asked President Neto for help", "and she received the Soviet ambassador
# Pegov"): the person spoken of last acts, the one named is the other party (``two_party_verbs`` in en.yaml).
_HE_TWO_PARTY = compile_opening(
    r"(?:^\W*|\b(?:that|and|but|when|after|before|as|since|while|where)\s+)(?:[Hh]e|[Ss]he)"
    r"(?:\s+(?:had|has|have|was|would|also|then|again|later|once|first|\w+ly))*\s+(?:"
    + (alternation(lexicon("en").get("two_party_verbs") or []) or "(?!)") + r")\s+(?:(?:to|with|on)\s+)?"
    r"(?:(?:the|our|your|their|his|her)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
_PRONOUN_JOINED_BEFORE = compile_opening(r"\b(?:he|she)\s+and\s+$", re.IGNORECASE)
_PRONOUN_JOINED_AFTER = compile_opening(r"\s+and\s+(?:he|she)\b", re.IGNORECASE)
FIRST_PERSON = compile_opening(r"\b(?:we|our|ours|us|I|my|me)\b|" + event_words("first_person"), re.IGNORECASE)
SECOND_PERSON = compile_opening(r"\b(?:you|your|yours)\b|" + event_words("second_person"), re.IGNORECASE)
STAMP = compile_opening(r"^(?:From\s+\S+\s+)?Received\b|" + event_words("receipt_stamp"), re.IGNORECASE)
LABEL_BEFORE = compile_opening(
    r"(?:Date|" + event_words("date_labels") + r")\s*:\s*$|^[^a-z\u0430-\u044f\u0451\u4e00-\u9fff\uac00-\ud7a3]*(?:\b(?:of|Of|"
    + event_words("date_of") + r")\s*)?$"
)
_CITATION = compile_opening(r"Digital Archive|Citation:|get citation|Public Policy Program")
MESSAGE_NOUN = compile_opening(r"telegram|cable|letter|message|proposal|directive|instructions?\b|\brequest|\bnote\b|" + event_words("message_nouns"), re.IGNORECASE)
MINE = compile_opening(r"\b(?:my|our)\b|" + event_words("mine"), re.IGNORECASE)
YOURS = compile_opening(r"\byour\b|" + event_words("yours"), re.IGNORECASE)
# A request put as the writer's thanks to come ("I should be grateful if the talks could be resumed ...", "We would
# appreciate it if ..."): a modal, a favour felt (``request_favours``, en.yaml) and "if": the writer asks, on the letter's day.
GRATEFUL_IF = (r"\b(?:we|I)\s+(?:" + alternation(lexicon("en").get("request_modals") or ["(?!)"]) + r")\s+(?:(?:also|therefore|then)\s+)?"
                r"(?:" + alternation(lexicon("en").get("request_favours") or ["(?!)"]).replace(r"\ ", r"\s+(?:\w+ly\s+|most\s+|very\s+)?")
                + r")\s+(?:if\b|whether\b|for\s+(?:your|an?\s+early)\b)")  # "... grateful for your instructions before noon tomorrow"
_PERFORMATIVE = (  # (kind, the English words, the key of the Russian and Chinese ones in ``event_words``)
    ("agreement", r"\b(?:we|I)\s+(?:(?:also|fully|therefore|do|all|hereby)\s+)*(?:agree|approve|consent)\b|\bwe\s+have\s+no\s+objections?\b", "agree"),
    ("proposal", r"\b(?:we|I)\s+(?:(?:also|therefore|hereby|strongly)\s+)*(?:" + alternation(lexicon("en").get("proposal_performatives") or ["(?!)"])
                 + r")\b|" + GRATEFUL_IF
                 + r"|^\W*(?:\d{1,2}[.)]\s*)?please\s+[a-z]"  # "Please cable me the results ...": the writer asks
                 + r"|^\W*(?:\d{1,2}[.)]\s*)?(?-i:The\s+[A-Z][\w-]*\s+(?:(?:[A-Z][\w-]*|of|and|for|the)\s+){0,5})recommends?\s+that\b", "propose"),  # "4. The
    # Joint Chiefs of Staff recommend that:", "The Group recommends that the President approve ...": the body that writes
    # the memorandum or the record, speaking of itself, opening its point
    ("instruction", r"\b(?:we|I)\s+(?:(?:also|therefore|hereby)\s+)*(?:instruct|insist)\b|\byou\s+must\b", "instruct"),
    ("message_sent", r"\bhereby\b|\b(?:I|we)\s+(?:am|are)\s+sending\b", None),
    ("statement", r"\b(?:we|I)\s+(?:(?:also|therefore|now)\s+)*(?:consider|believe|think|have\s+decided|decided)\b", "consider"),
)
_PERFORMATIVE_PATTERNS = tuple(
    (kind, compile_opening(english + ("|" + event_words(key) if key else ""), re.IGNORECASE)) for kind, english, key in _PERFORMATIVE
)
# The letters of the Russian and Chinese alphabets (and the CJK punctuation and full-width forms).
NOT_LATIN = compile_opening(r"[\u0400-\u052f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _written_in_other_letters(key: str | None) -> bool:
    """Every Russian and Chinese word of a rule holds a letter of ``NOT_LATIN``: it cannot stand in a text with none."""
    words = [w for language in ("ru", "zh") for w in (lexicon(language).get("event_words") or {}).get(key or "") or []]
    return all(NOT_LATIN.search(w) for w in words)


# The same rules' English words alone, and their Russian and Chinese ones alone (``performative_kind``): a sentence
# holds a rule's words when it holds either, and each part is tried only on a sentence with the letters it needs.
_PERFORMATIVE_ENGLISH = tuple((kind, compile_opening(english, re.IGNORECASE)) for kind, english, _ in _PERFORMATIVE)


# Every English rule above opens with one of these words ("we", "I", "you must", "hereby", "please", a body's "recommend"): a sentence without any of
# them (most of a record or report) has no act of the writer's to try the English words for.
_WRITER_WORD = compile_opening(r"\b(?:we|I|you|hereby|please|recommends?)\b", re.IGNORECASE)
_ENGLISH_ALONE = all(_written_in_other_letters(key) for _, _, key in _PERFORMATIVE)
_PERFORMATIVE_OTHER = tuple(compile_opening(event_words(key) if key else r"(?!)", re.IGNORECASE) for _, _, key in _PERFORMATIVE)


def performative_kind(sentence: str) -> str | None:
    """The first of the writer's acts (``_PERFORMATIVE``) whose words ``sentence`` holds: its English words tried only
    when it has a word they open with, its Russian and Chinese ones only when it has a letter of theirs."""
    if not _ENGLISH_ALONE:  # a rule's other words written in Latin letters: every rule tried whole
        return next((kind for kind, pattern in _PERFORMATIVE_PATTERNS if pattern.search(sentence)), None)
    english = _WRITER_WORD.search(sentence) is not None
    other = NOT_LATIN.search(sentence) is not None
    for (kind, words), others in zip(_PERFORMATIVE_ENGLISH, _PERFORMATIVE_OTHER, strict=True):
        if (english and words.search(sentence)) or (other and others.search(sentence)):
            return kind
    return None


COMMITMENT = compile_opening(r"(?:\s*,[^,]{1,40},)?\s+will\b", re.IGNORECASE)  # "The Soviet Government, for its part, will"
DONE_UNDATED = compile_opening(
    r"\b(?:has|have)\s+(?:already\s+)?(?:been\s+)?(?:reached|concluded|signed|achieved|embarked|begun|started|launched|discussing|"
    r"discussed|agreed|adopted|accepted|rejected|broken|resumed|suspended|attacked|invaded|sent|held|proposed)\b",
    re.IGNORECASE,
)
PAST_ACT = compile_opening(
    r"\b(?:raised|offered|proposed|rejected|advanced|put forward|declared|announced|refused|accepted|demanded|insisted)\b"
)
class WordsFirst:
    """``pattern.search(text)`` for a pattern that ignores case and whose every match holds one of ``words`` (the
    English ones written out, the Russian and Chinese ones of a rule by ``event_literals``): a text whose lower case
    holds none of them is turned away by substring tests before the pattern tries every place of it.
    Only the letters of ``CASE_TWINS`` match a letter of those words when case is ignored without turning into it
    when lowered; a text holding one of them is searched whatever it holds."""

    __slots__ = ("pattern", "screen", "words")

    def __init__(self, pattern: re.Pattern, words: tuple[str, ...]):
        self.pattern, self.words = pattern, tuple(w.lower() for w in words)
        if not all(_LOWER_LETTER.fullmatch(c) or c.lower() == c.upper() for w in self.words for c in w):
            raise ValueError(f"{words}: a word with a letter other than a-z and the Russian alphabet, whose forms ignoring case are not known")
        # the substring tests in one scan of the lower case: any of the words, as written (none: nothing found)
        self.screen = re.compile("|".join(map(re.escape, sorted(set(self.words), key=len, reverse=True))) or "(?!)")

    def search(self, text: str) -> re.Match | None:
        if not CASE_TWINS.search(text) and not self.screen.search(lowered(text)):
            return None
        return self.pattern.search(text)


# Letters that match one of a-z or а-я when case is ignored yet lower to another letter (İ, ı, long s, old forms of
# в, д, о, с, т, ъ); the letters a ``WordsFirst`` word may hold, and those no other letter matches ignoring case (the
# accented lower-case letters of Latin-1, à to þ but ß and ÿ, and of Latin Extended-A but ı and ſ, each one upper-case
# twin: "Gespräch", "procès-verbal", "jegyzőkönyv").
CASE_TWINS = compile_opening(r"[\u0130\u0131\u017f\u1c80-\u1c88]")
_LOWER_LETTER = compile_opening(r"[a-z\u0430-\u045f\u00e0-\u00f6\u00f8-\u00fe\u0100-\u012f\u0132-\u017e]")
PLANNED = WordsFirst(compile_opening(r"\bwe\s+(?:intend|plan|are\s+going)\s+to\b|" + event_words("intend"), re.IGNORECASE), ("intend", "plan", "going", *event_literals("intend")))
_EN_RESOLVES = tuple(lexicon_words("resolves"))  # "RESOLVES", "Extract from protocol No. 52 of the session ...", "Beschluß:" (the
# Russian and Chinese words are event_words)
RESOLVES_CUE = compile_opening("|".join([*(r"\b" + re.escape(w) + (r"\b" if w[-1].isalnum() else "") for w in _EN_RESOLVES), event_words("resolves")]))
RESOLVES_LITERALS = (*_EN_RESOLVES, *event_literals("resolves"))  # one of them in a passage, or no resolution
# A point of a resolution: "1. To approve ...", "2. Поручить МИД СССР ...".
_NOT_POINTS = "|".join(re.escape(w) for w in lexicon("en").get("resolution_annex_words") or ()) or r"(?!)"
DECISION = compile_opening(r"^(?:\d{1,2}\.\s*)?(?:To\s+(?!(?:" + _NOT_POINTS + r")\b)[a-z]+\b|" + event_words("resolution_points") + ")")
# A body's decision told in the passive or the present at the sentence's end, in a language whose verb closes the clause
# ("Die vorgelegte Direktive ... wird bestätigt.", "Der Bericht wird zur Kenntnis genommen."): decision_phrases.
DECISION_PHRASE = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon_words("decision_phrases")) or "(?!)") + r")(?!\w)")
# A point whose verb is an infinitive after those it charges, named first in the dative ("5. Делегации вылететь в Ханой
# ...", "2. Министерству обороны представить ..."): the body's decision as well, though no listed verb opens it.
CHARGED_POINT = compile_opening(
    r"^(?:\d{1,2}\.\s*)?[^\W\d_][^\W\d_]*\.?\s+(?:[^\W\d_]+\.?\s+){0,2}?(?P<verb>[^\W\d_]{3,}(?:" + alternation(lexicon("ru").get("infinitive_endings") or ["(?!)"]) + r"))(?!\w)")
_NOT_VERBS = frozenset(lexicon("ru").get("not_verbs") or ())


_NUMBERED_POINT = compile_opening(r"^\s*\d{1,2}\.\s+(?=\S)")


# The line under a body's decision point naming who answers for it ("Verantwortlich: Genosse Winzer"): responsible_labels.
# A deadline's line ("Termin: 30. April 1970", deadline_labels) stands there too, naming no one.
RESPONSIBLE_LINE = compile_opening(r"^\W*(?:(?P<label>" + (alternation(lexicon_words("responsible_labels")) or "(?!)") + r")|"
                                   + (alternation(lexicon_words("deadline_labels")) or "(?!)") + r")\s*:\s*(?P<who>\S.{0,80})$")

_RESPONSIBLE_JOINER = re.compile(r",\s*|\s+(?:" + (alternation(lexicon_words("responsible_name_joiners")) or "(?!)") + r")\s+")

def responsible_names(text: str, language: str | None) -> list[str] | None:
    """Those a decision point's responsibility line names ("Verantwortlich: Genosse Winzer": Winzer), the gazetteer's
    names or the surnames as written after their words of address (turn_titles); None for any other line."""
    if (m := RESPONSIBLE_LINE.match(text.strip())) is None:
        return None
    if m["label"] is None:
        return []  # "Termin: 30. April 1970": when, not who
    titles = frozenset(lexicon_words("turn_titles"))
    found = []
    for part in _RESPONSIBLE_JOINER.split(m["who"].strip(" .")):
        rest = " ".join(w for w in part.split() if w not in titles)
        if rest:
            found.append(next(iter(clause_names(rest, language)), None) or canonical_name(rest))
    return found


def opens_a_point(text: str) -> int | None:
    """Where the words of a numbered point begin ("1. The People's Republic of Bulgaria recognizes ...": 3), or None."""
    return m.end() if (m := _NUMBERED_POINT.match(text)) else None


def charged_point(sentence: str) -> bool:
    """A numbered point that charges someone named first with an act in the infinitive ("5. Делегации вылететь ...")."""
    return (m := CHARGED_POINT.match(sentence)) is not None and m["verb"].casefold() not in _NOT_VERBS


TASK = compile_opening(r"^(?:\d{1,2}\.\s*)?(?:To\s+(?:instruct|oblige|entrust|charge)\b|" + event_words("resolution_tasks") + ")")  # "Поручить МИД ..."
# actors42: the verb that opens a point setting someone a task ("To instruct the Ministry of Defence to ...", "instructs
# the Ministry of Foreign Trade to ...", "Поручить МИД СССР ..."): those it names before the task's own verb are the point's
# other actors; the rest of the point is the task (``decision_targets``).
_TASK_HEAD = compile_opening(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:[A-Z][^.;:,]{0,60}?\s)?(?:[Tt]o\s+)?(?:" + alternation(lexicon("en").get("decision_task_verbs") or []) + r")\b|"
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:" + event_words("resolution_tasks") + r")"
)
_TASK_VERB_AFTER = compile_opening(r"\bto\s+[a-z]{2,}|\s[^\W\d_]{2,}(?:" + alternation(lexicon("ru").get("infinitive_endings") or ["(?!)"]) + r")(?!\w)")
# "the report of Comrade Mladenov", "the statement of the Soviet government": the one whose paper a point approves.
_OWNED_BY = compile_opening(r"\b(?:of|from|by)\s+(?:the\s+)?(?:(?:Comrades?|Cdes?\.|Com\.)\s+)?$")


def decision_targets(point: str, body: list[str]) -> list[str]:
    """The actors of a body's decision point besides the body: those a point that sets a task names before the task's
    verb ("To instruct Comrade Dugersuren to inform the ambassadors": Dugersuren; "instructs the Ministry of Foreign Trade
    to ensure the deliveries to Syria": the ministry); in a point that approves or notes, only the persons it names that
    own no paper it approves ("To approve the statement of the Soviet government": none; "Утвердить состав делегации во
    главе с т. Косыгиным": Kosygin)."""
    if (task := _TASK_HEAD.match(point)) is not None:
        rest = point[task.end():]
        verb = _TASK_VERB_AFTER.search(rest, 1)
        whom = rest[: verb.start()] if verb else rest
        sources, targets = window_actors(whom, None)
        named = sources + targets or (subject_group(whom, "en") if not re.search(RU_LETTER, whom, re.IGNORECASE) else [])
        return [n for n in dict.fromkeys(named) if n not in body]  # "the Ministry of Foreign Trade": as written, if unknown
    return [m.entity.name for m in find_mentions(point) if m.entity.kind == "person" and m.entity.name not in body
            and not _OWNED_BY.search(point[max(0, m.start - 24): m.start])]


# A protocol's record of whom the body heard: "Heard: Cdes. Andropov, Gromyko.", "Слушали: тт. Андропова, Громыко."
HEARD_LABEL = compile_opening(r"^(?:\d{1,2}\.\s*)?(?:Heard|HEARD|" + event_words("heard") + r")\s*:")
TURN = compile_opening(
    r"^(?:(?:Comrade|Cde\.|Tov\.|" + event_words("turn_titles") + r")\s+)?(?P<name>[^:\uff1a]{2,40})(?::\s+\S|[:\uff1a](?=[\u3400-\u9fff]))"
)  # "Comrade Mao Zedong: ...", and a Chinese label run into its words ("周恩来:我们希望……", with either colon)
CONVERSATION = WordsFirst(compile_opening(r"conversation|" + event_words("conversation"), re.IGNORECASE), ("conversation", *event_literals("conversation")))
REPLIED = WordsFirst(compile_opening(r"\b(?:replied|answered|responded)\b|" + event_words("replied"), re.IGNORECASE), ("replied", "answered", "responded", *event_literals("replied")))
YEAR_IN_URL = compile_opening(r"frus(?P<year>1[89]\d\d)(?![-–]\d)")  # a volume of one year, not "frus1969-76"
ADDRESSED_TO = compile_opening(r"\s(?:to|TO|To)\s|" + event_words("addressed_to"))  # "X to Y", "X致Y"
TELEGRAM_SUFFIX = compile_opening(event_words("telegram_suffix"))
# A heading that is a message's: "Ciphered Telegram No. 709, X to Y", "Letter, X to Y", "MZD關於…致斯大林電".
MESSAGE_HEADING = compile_opening(
    r"(?:^|[\"“])\s*(?:Ciphered\s+)?(?P<noun>Telegram|Cable|Letter|Message|TELEGRAM|CABLE|LETTER)\b|^[^\s,.;:]{1,40}?(?:"
    + event_words("addressed_to") + r")[^\s,。]{1,20}(?:" + event_words("telegram_suffix") + ")$"
)
ADDRESSEE = compile_opening(r"^(?:To|For)\s+(?:Comrade|Cde\.)?|^(?:" + event_words("addressee_titles") + ")")
OPENING_QUOTES = "“\"«„"
INTRODUCES_SPEECH = compile_opening(r"(?:following|this|the)\s+statement\s*:\s*$|\b(?:stated|said|declared)\s*:\s*$", re.IGNORECASE)
_COMMUNICATION = {"message_sent", "reply", "report", "instruction", "proposal"}
SYMMETRIC = {"meeting", "agreement"}


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
    key_as: tuple[str, list[str], list[str]] | None = None  # (kind, sources, targets) of the happening it is part of
    date_kind: str | None = None  # exact, range, upper_bound, approximate, multiple, undated (None: read from the dates)
    part: object | None = None  # the message quoted in the document that tells it (document_act.Embedded), if any
    present: bool = False  # a position told in the present ("Hungary supports this"): held on the day the text speaks from
    clock: str | None = None  # told at a time of day with no day of its own ("In the evening ..."): "day" or "midnight"
    turn_day: date | None = None  # a turn moved to the day its first sentence names: the meeting's day it was moved off

    def dated(self, mention: DateMention) -> EventDraft:
        self.start_date, self.end_date = mention.start_date, mention.end_date
        self.start_time, self.precision = mention.time, mention.precision
        self.date_text, self.inferred = mention.text, mention.inferred
        self.date_kind = mention.kind
        return self

    def on(self, day: date | None, inferred: bool = True) -> EventDraft:
        """Dated on one day not written in the evidence (the document's date)."""
        self.start_date = self.end_date = day
        self.precision = "day" if day else "unknown"
        self.inferred = inferred
        return self


@dataclass
class Context:
    """What a sentence's events borrow from the document: its date, year and correspondents."""

    letter_date: date | None
    year: int | None
    senders: list[str]
    recipients: list[str]
    is_correspondence: bool
    is_conversation: bool
    resolver: list[str]
    decision_points: dict[int, int] = field(default_factory=dict)  # the numbered points under a decision's "DECIDES:"
    adopted_on: date | None = None  # the day a resolution's line under its paragraphs writes ("2163rd plenary meeting / 2
    # November 1973"): its decisions' day, whatever day the page's citation gives
    # line (its decisions), each with where its words begin after its number
    responsible: dict[int, list[str]] = field(default_factory=dict)  # a decision point's block and those the line under
    # it makes answerable for it ("Verantwortlich: Genosse Winzer")
    is_message: bool = True  # a cable, telegram or letter (not a briefing or report addressed to someone)
    is_letter: bool = False  # a letter: its closing date line is its writer's dating of it, not its dispatch
    heading: tuple[int, int, int] | None = None  # block, start, end of the "X to Y" line naming the correspondents
    occasion: date | None = None  # the day the text speaks from: a record's meeting, else the document's date
    occasion_precision: str = "day"
    occasion_end: date | None = None  # the last day of a meeting of several days ("on 19, 20 and 21 October")
    held_on: date | None = None  # the day a record's head or opening sentence says its talk or session was held on
    before_dawn: bool = False  # a meeting opened in the small hours ("The meeting opens at 6:30 a.m."): its "last night" may run to its day
    is_journal: bool = False  # a keeper's journal or diary: a day alone on its line heads the entries below it
    entries: str | None = None  # a page of entries each opening with its day: "diary" (a journal's), "chronicle" (any other)
    notes_by_day: bool = False  # a diary whose entries open on the day of the week and the day alone ("Lun. 11. — ..."),
    # its notes told in the present or without a verb
    is_record: bool = False  # a record of a meeting (conversation, minutes, notes, transcript, diary of a talk)
    recalls: bool = False  # an oral history, an interview, a memoir: the day it is spoken dates the speaking, not the story
    sitting: bool = False  # a sitting of a house of parliament (Hansard's "Oral Answers to Questions"): its questions are turns
    tells_news: bool = False  # a cable, a letter or an intelligence periodical (a bulletin, a daily summary): the news up to its day
    speaker: str | None = None  # the speaker of the turn being read: its "I"
    signer: str | None = None  # the envoy who signs a mission's cable ("Wilkins" under the Embassy's telegram): its "I", "me"
    listeners: list[str] = field(default_factory=list)  # whom that turn is said to: its "you"
    people_before: list[str] = field(default_factory=list)  # the people the passage's last two sentences named: "they", "them"
    met_with: str | None = None  # the group the text last told of meeting ("the meeting with the Soviet delegation"): its "them"
    body: str | None = None  # the body whose meeting a record records ("Session of the CPSU CC Presidium"): the meeting's actor
    group_before: str | None = None  # the body or state the last sentences told as acting alone: a later subject "it"
    copied: list[str] = field(default_factory=list)  # recipients the message only informs ("彭,并告高邓": Gao and Deng)
    writer_state: str | None = None  # the state a head of government's letter speaks for: its "we" ("we sent a third battalion")
    home_ministry: str | None = None  # the foreign ministry a mission's cable that names no addressee goes home to
    ministry_at_home: str | None = None  # the foreign ministry a mission's cable goes home to, whoever it is addressed to
    side: str | None = None  # the party or state of a speaker whose words the record reports in the third person: his "we"
    listener_side: str | None = None  # the party or state of the one those words are said to: his "your"
    sides: list[str] = field(default_factory=list)  # the two states or parties a record's talk is between, when both are known
    parties: list[str] = field(default_factory=list)  # the two or three people a record's talk is between: "both sides" when no sides are known
    gathering_group: str | None = None  # the group a series of gatherings is named by ("the second meeting of the ... leaders of ...")
    gathered: dict[str, list[str]] = field(default_factory=dict)  # a place -> the parties the text told met there ("the Bucharest talks between X and Y")

    @property
    def addressees(self) -> list[str]:
        """The recipients the message speaks to, its "you": those it only informs left out."""
        return [n for n in self.recipients if n not in self.copied] or self.recipients


_ADVICE_HOME = compile_opening(event_words("advice_home"))


def written_to(context: Context) -> list[str]:
    """Whom the writer's request, proposal or advice is put to ("Прошу указаний.", "I request instructions whether ..."):
    the message's addressees; a cable whose page names none is put to no one named (fixtures README: a mission's cable
    whose page names no addressee)."""
    return list(context.addressees)


def event_key(event: EventDraft, source_ids: list[str], target_ids: list[str], kind: str | None = None) -> str | None:
    """What several documents reporting one happening share: kind of act, day and actor ids.

    A cable, the book's "Stalin repeated his instructions to Mao" and the
    reply acknowledged by the next cable are one act of communication, and
    so is each act the cable's writer performs in it ("We agree ..."); a
    conversation is the same meeting whichever side is named first, and
    each turn of its record is part of it. ``kind`` and the ids are then
    those of that happening (``EventDraft.key_as``). None when the event has
    no day-precise date or no actor to key it by.
    """
    if event.start_date is None or event.precision not in ("day", "minute") or not (source_ids or target_ids):
        return None
    kind = kind or ("communication" if event.event_type in _COMMUNICATION else event.event_type)
    if kind in SYMMETRIC:  # the people who met; a state named with them ("Chairman of ... China") is not a participant
        everyone = set(source_ids) | set(target_ids)
        actors = ",".join(sorted({i for i in everyone if i.startswith("person/")} or everyone))
    else:
        actors = ",".join(sorted(set(source_ids))) + ">" + ",".join(sorted(set(target_ids)))
    return f"{kind}|{event.start_date.isoformat()}|{actors}"


def side_of(name: str | None) -> str | None:
    """The party or state a person speaks for (the gazetteer's ``side``): what "we" stands for in his words as another
    reports them ("Premier Zhou said that the Soviet Union recently asked for our view": China's view)."""
    person = lookup(name) if name else None
    side = entity(person.side) if person is not None and person.side else None
    return side.name if side is not None else None


# The verbs of saying ("said", "stated", ...) as a regex alternation in the order en.yaml lists them.
SPEECH_VERBS = "|".join(re.escape(w) for w in lexicon("en").get("speech") or [])


# "We, he said, never repudiated ...": the words of the one named before, reported with a "he said" put inside them.
SAID_ASIDE = compile_opening(
    r"^\W*(?:We|Our)\b[^.;:]{0,20}?,\s*(?:he|she)\s+(?:" + SPEECH_VERBS + r")\s*,"
)


def actor_names(text: str) -> list[str]:
    return list(dict.fromkeys(m.entity.name for m in find_mentions(text) if m.entity.is_actor))


def last_message(events: list[EventDraft]) -> EventDraft | None:
    return next((e for e in reversed(events) if e.start_date and e.event_type in _COMMUNICATION and e.sources), None)


def course_end(context, day: date | None = None, heading: date | None = None) -> date | None:
    """The last day of a course told as lasting ("since March", "с начала года"): the day the text speaks from, a
    record's talk (``day``, else its occasion) when it was written up later ("[Damascus, 15 October 1975]" over a talk
    of the 14th), or the day heading the paragraph in a report written later ("13 July: Talks with Comrade Tsedenbal
    ... Since the beginning of the year the Chinese workers have been leaving", sent on the 20th), else the day the text
    is written."""
    written = context.letter_date if context is not None else None
    if heading is not None and written and heading <= written:
        return heading
    if getattr(context, "is_record", False) and written:
        if day is not None and day <= written:
            return day
        if context.occasion and context.occasion <= written and context.occasion_precision == "day":
            return context.occasion
    return written


_CLAUSE_BREAKS = ",;:\uff0c\uff1b\uff1a"


def clause_actors(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The actors of the clause around ``start``-``end`` in ``text``, from the last clause break before ``start`` to
    ``end``: its subject and the ones it names after its verb ("According to Mengistu, Somali forces have been besieging
    Harar": Somali forces; "The Soviets have stepped up deliveries of arms to the MPLA": the Soviets and the MPLA)."""
    opens = max(text.rfind(c, 0, start) for c in _CLAUSE_BREAKS) + 1
    return window_actors(text[opens:end], None)


# A Russian name written with one to three initials before the surname ("Ш. Гомаа", "А. И. Лаврентьев", "С. Шарафа",
# "А. С. Ш. Хамид"): a person, whom the gazetteer may not know; kept as the page writes it (the Cyrillic capitals, then the small letters).
# A surname of two words is read whole ("Э. Мелу Антунеш", "П. В. Нарасимха Рао"), as are two joined by a particle
# ("О. Сарайва де Карвалью": ru.yaml ``surname_particles``), on one line, the second no name the gazetteer knows otherwise.
_RU_SURNAME_WORD = r"[\u0410-\u042f\u0401][\u0430-\u044f\u0451]{2,}(?:-[\u0410-\u042f\u0401][\u0430-\u044f\u0451]+)?"
_RU_PARTICLES = alternation(lexicon("ru").get("surname_particles") or ["(?!)"])
_RU_INITIALLED = compile_opening(
    r"(?<![\w.])(?:[\u0410-\u042f\u0401][\u0430-\u044f\u0451]?\.\s*){1,3}"
    rf"(?P<surname>{_RU_SURNAME_WORD}(?![\w-])(?:[ \u00a0](?:(?:{_RU_PARTICLES})[ \u00a0])?(?P<second>{_RU_SURNAME_WORD}))?)(?![\w-])"
)


def ru_initialled_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The Russian names of ``_RU_INITIALLED`` in ``text`` that no span of ``taken`` (the gazetteer's names, the groups
    found) covers: where each stands and the name as written, its spaces made single ("А. Лаврентьев")."""
    if ". " not in text and "." not in text:
        return []
    found = []
    for m in _RU_INITIALLED.finditer(text):
        ends = [m.end()] if m["second"] else []
        if m["second"] and (other := lookup(m["second"])) is not None and other.kind != "person":
            ends = []  # "А. Иванов Москве": the place is no part of the name
        ends.append(m.start("surname") + len(m["surname"].split()[0]))  # the first word alone, where the whole is taken
        end = next((e for e in ends if not any(a < e and m.start() < b for a, b in taken)), None)
        if end is not None:
            found.append((m.start(), end, " ".join(text[m.start():end].replace(".", ". ").split())))
    return found


def _force_name(window: str, mention) -> str | None:
    force = state_force(window, mention)
    return force[1] if force else None


def last_dated(events: list[EventDraft]) -> EventDraft | None:
    return next((e for e in reversed(events) if e.start_date and e.precision in ("day", "minute")), None)


_OF_BETWEEN = compile_opening(r"\s+of\s+")


def whose_states_off(text: str, mentions: list) -> list:
    """The mentions, less a state named with "of" right after a person's name, known to the gazetteer or not ("General
    Hugo Panasco Alvim of Brazil", "President Nasser of Egypt", "Foreign Minister Raden Wiryo Santoso of Indonesia"):
    the state says whose the person is."""
    people = [end for _, end, _ in find_unknown_names(text, mentions)] + [m.end for m in mentions if m.entity.kind == "person"]
    ends = {g.end() for end in people if (g := _OF_BETWEEN.match(text, end))}
    return [m for m in mentions if not (m.start in ends and getattr(m.entity, "is_state", False))] if ends else mentions


def states_of_titled_people(text: str, mentions: list) -> tuple[list, list[tuple[int, str]]]:
    """The mentions, less a state whose possessive names a person by his title ("Cape Verde's President Aristides
    Pereira condemned the coup", "Ghana's Foreign Minister ..."): the state says whose the person is, and the person
    acts. With the names of those the gazetteer does not know, kept as written, and where they stand."""
    dropped, people = set(), []
    starts = {m.start for m in mentions if m.entity.kind == "person"}
    for m in mentions:
        if getattr(m.entity, "is_state", False) and (g := _STATE_TITLE_NAME.match(text[m.end: m.end + 80])):
            dropped.add(m.start)
            if m.end + g.start(1) not in starts and g[1] not in MONTHS:
                people.append((m.end + g.start(1), g[1]))
    return ([m for m in mentions if m.start not in dropped], people) if dropped else (mentions, [])


# A body of envoys or members done to by a two-party verb, named by a common noun ("received the heads of mission of the
# socialist countries and assured us", "told the diplomatic corps this morning that"): en.yaml ``two_party_verbs``,
# ``addressed_body_heads``, ``addressed_body_enders``; a capitalised body ("the Politburo") the gazetteer reads.
_ADDRESSED_BODY = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("two_party_verbs") or []) + r")\s+the\s+(?P<body>(?:(?:heads|chiefs)\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(?:" + alternation(lexicon("en").get("addressed_body_heads") or []) + r")"
    r"(?:\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}countries|\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,3})?)"
    r"(?=\s*(?:$|[,.;:]|\b(?:and|that|to|in|at|who|which|" + alternation(lexicon("en").get("addressed_body_enders") or []) + r")\b))"
)


def addressed_body(window: str, verb_at: int | None = None) -> str | None:
    """The body of envoys or members a two-party verb of the clause is done to, as written ("the diplomatic corps");
    with ``verb_at``, only the body of the verb written there ("received the diplomatic corps and blamed ...": the
    corps was received, not blamed)."""
    m = _ADDRESSED_BODY.search(window)
    return m["body"] if m and (verb_at is None or m.start() <= verb_at < m.start("body")) else None


def window_actors(window: str, previous_actor: str | None) -> tuple[list[str], list[str]]:
    """Source and target actors of a clause: "to X" and "in response to X's" name targets."""
    sources, targets = [], []
    mentions = find_mentions(window)
    if " of " in window:  # "General Hugo Panasco Alvim of Brazil": the state says whose the person is, no actor of its own
        mentions = whose_states_off(window, mentions)
    titled: list[tuple[int, str]] = []
    if "s " in window:  # "Cape Verde's President Aristides Pereira condemned the coup": he acts, not his state
        mentions, titled = states_of_titled_people(window, mentions)
    owned = genitive_owned_groups(window, mentions, "ru") if re.search(RU_LETTER, window, re.IGNORECASE) else []  # "вооруженные силы Чили"
    named = [(m.start, _headed(window, m) or _organ_of(window, m) or owned_group(window, m) or _force_name(window, m)
              or _qualified_name(window, m) or m.entity.name) for m in mentions
             if m.entity.is_actor and not is_where(window, m) and not is_modifier(window, m) and not any(a <= m.start < b for a, b, _ in owned)]
    named += [(a, name) for a, _, name in owned]
    named += titled
    named += [(a, name) for a, _, name in owned_groups(window, mentions) if not any(m.start == a for m in mentions)]
    named += [(a, name) for a, _, name in office_spans(window, [(m.start, m.end) for m in mentions])]
    named += [(a, name) for a, _, name in capital_states(window, mentions)]
    named += [(a, name) for a, _, name in people_states(window) if not any(m.start <= a < m.end for m in mentions)]
    named += [(a, name) for a, b, name in state_groups(window) if not any(m.start < b and a < m.end for m in mentions)
              and not any(a == n for n, _ in named)]
    if page := _PAGE_NAMES.get():  # "Comrade Ortega thanked the SED": a surname the page gave in full
        taken = [(m.start, m.end) for m in mentions] + [(a, a + len(n)) for a, n in named]
        named += [(m.start(), full) for m in _SURNAME.finditer(window) if (full := page.get(m[0]))
                  and not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken)
                  and not _LOCATIVE.search(window[max(0, m.start() - 16): m.start()])
                  and not window[m.end(): m.end() + 3].lstrip().startswith(":")]  # "Comrade Marjai: On 12 October ...": the turn's label
    if acronyms := _PAGE_ACRONYMS.get():  # "the FALN had blown up five pipelines": the body the page introduced so
        named += [(a, name) for a, _, name in acronym_spans(window, acronyms, [(m.start, m.end) for m in mentions] + [(a, a + len(n)) for a, n in named])]
    if _TITLES_LANGUAGE.get() not in (None, "en"):  # "Politimester Sigurd Brox underrettet": the page's own titles
        named += [(a, name) for a, _, name in language_titled_names(
            window, None, [(m.start, m.end) for m in mentions] + [(a, a + len(n)) for a, n in named])]
    if owned is not None and re.search(RU_LETTER, window, re.IGNORECASE):  # "об отставке министра Ш. Гомаа": a person by initials
        named += [(a, name) for a, _, name in ru_initialled_names(window, [(m.start, m.end) for m in mentions] + [(a, a + len(n)) for a, n in named])]
    if "," in window:  # "the High Commissioner, Edgard Pisani, declared": the holder set off after his office, whom the
        # gazetteer may not know
        for a, _, _, holder in apposed_spans(window):  # he stands where his office opens, though the page's surname
            named = [(b, n) for b, n in named if n != holder] + [(a, holder)]  # found him already
    if previous_actor and named and _PRONOUN.search(window, 0, min(a for a, _ in named)) \
            and min(a for a, _ in named) in {a for a, _, _ in state_groups(window)}:
        sources.append(previous_actor)  # "on 2 August he received the three Western ambassadors": he, then the group he received
    if previous_actor and named and not sources:
        first = min(named)
        ends = next((m.end for m in mentions if m.start == first[0]), first[0] + len(first[1]))
        if _PRONOUN_JOINED_BEFORE.search(window, max(0, first[0] - 12), first[0]) or _PRONOUN_JOINED_AFTER.match(window, ends):
            sources.append(previous_actor)  # "and he and Andrija Hebrang were expelled from the party in May"
            if first[1] == previous_actor:
                named = [n for n in named if n != first]
    if previous_actor and named and not sources and (he := _HE_OPENS.match(window)) and he.end() <= (first := min(a for a, _ in named)) \
            and _WITH_BEFORE.search(window, max(0, first - 24), first) and previous_actor not in {n for _, n in named}:
        sources.append(previous_actor)  # "He had spoken with Comrade Brezhnev by telephone on 21 July": he, with the one named
    if previous_actor and named and not sources and previous_actor not in {n for _, n in named} \
            and _HE_TWO_PARTY.search(window, 0, min(a for a, _ in named)):
        sources.append(previous_actor)  # "that he had asked President Neto for help in January": he, to the one named
    if topic := _TOPIC_VERB.search(window):  # "The President discussed Laos with Rusk": Laos is what was discussed
        named = [(a, name) for a, name in named if not topic.start("topic") <= a < topic.end("topic")]
    for start, name in sorted(named):
        before = window[max(0, start - 20): start].lower()
        if re.search(r"\bto\s+(?:the\s+)?(?:comrade\s+|cde\.\s+)?$", before):  # "was passed to the White House"
            targets.append(name)
        elif not sources:
            sources.append(name)
        else:
            targets.append(name)
    if not sources and previous_actor and _PRONOUN.search(window):
        sources.append(previous_actor)
    if not sources and (agent := passive_agent(window)) is not None:  # "The results were announced by the Interior Ministry"
        sources, targets = [agent], [n for n in targets if n != agent]  # on 5 March": the agent the gazetteer does not know acts
    if sources and not targets and (body := addressed_body(window)) is not None:
        targets = [body]  # "Comrade Shehu received the heads of the diplomatic missions": he, and those he received
    if sources and not targets and (listener := verb_listener(window, min(a for a, _ in named) if named else 0)) is not None \
            and listener not in sources:
        targets = [listener]  # "Marshall told the Legislative Assembly on 16 May", "Nkrumah received the Soviet Ambassador
        # on 20 April": the one the telling or meeting verb after the subject is done to, named by his office or body
    sources = with_holders(window, sources)
    targets = [t for t in dict.fromkeys(with_holders(window, targets)) if t not in sources]
    return sources, targets


_ALL_TITLES = alternation(lexicon("en").get("titles") or [])
_NAME_PARTICLES = alternation(lexicon("en").get("name_particles") or [])
# The field or state an office is of ("the Minister for Foreign Affairs", "the Prime Minister of Iceland", "the Secretary of
# State for Commonwealth Relations"), or the capital an envoy is posted in ("our Ambassador in Suva"): capitalised words
# after "of", "for" or "in".
_OFFICE_OF = r"(?:\s+(?:of|for|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][\w'’-]*){0,3}){0,2}"
_OFFICE_OF_TAIL = compile_opening(r"\s+(?:of|for|in)\s.*$")
# "the Soviet ambassador, N. M. Pegov,": an office set off by commas with its holder's name (``apposed_offices``); the
# holder's style ("the Amir, Shaikh Isa bin Salman Al Khalifa,": ``name_styles``) and the particles between his names
# (``name_particles``) are read as well.
_APPOSED = compile_opening(
    r"(?<![\w-])(?i:the|our|their|his|its)\s+(?P<office>(?:[A-Z][\w-]+\s+){0,2}(?:[a-z][\w-]*\s+)?(?i:"
    + alternation(lexicon("en").get("apposed_offices") or []) + r")" + _OFFICE_OF + r")\s*,\s*(?P<titled>(?:(?:" + _ALL_TITLES + "|"
    + (alternation(lexicon("en").get("name_styles") or []) or "(?!)") + r")\.?[\s-]+)*)"
    r"(?P<person>(?:[A-Z]\.\s*){0,3}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]+(?:\s+(?:(?i:" + _NAME_PARTICLES + r")\s+)?(?:[A-Z]\.\s*)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]+){0,3})"
    r"\s*(?=[,;)]|\.?\s*$)"
)


def apposed_spans(text: str) -> list[tuple[int, int, str, str]]:
    """The offices ``text`` names with their holder set off by commas after them ("the Soviet ambassador, N. M. Pegov,
    whom I met", "the military attaché, Major Roderick Walker, marched", "the Amir, Shaikh Isa bin Salman Al Khalifa,
    issued"): where each opens and its holder's name ends, the office (as written, without its article, lower case) and
    the holder: the person acts, not the office. A single word is a name only after a title or when the gazetteer knows
    it as a person ("the Soviet ambassador, however, ..." names no one)."""
    found = []
    for m in _APPOSED.finditer(text):
        person = lookup(m["person"]) or (lookup(f"{m['titled'].split()[-1]} {m['person']}") if m["titled"] else None)  # "Sheikh
        # Mujibur Rahman": the style the gazetteer lists as his
        if person is not None and person.kind != "person":
            continue  # "the ambassador, Moscow, ...": a place, not the holder
        if person is None and len(m["person"].split()) < 2 and not m["titled"]:
            continue
        if any(w in MONTHS for w in m["person"].split()):
            continue
        holder = person.name if person is not None else canonical_name(m["person"])
        found.append((m.start(), m.end("person"), " ".join(m["office"].split()).casefold(), holder))
    return found


def apposed(text: str) -> dict[str, str]:
    """Each office ``text`` names with its holder set off by commas after it (``apposed_spans``), with the holder."""
    return {office: holder for _, _, office, holder in apposed_spans(text)}


def apposed_holders(texts: list[str]) -> dict[str, str]:
    """Each office of ``office_titles`` (lower case) the page names with its holder set off by commas after it, one holder
    only ("the Amir, Shaikh Isa bin Salman Al Khalifa, issued ...", later "the Amir accepted it"): that holder, whom the
    office written alone then stands for."""
    held: dict[str, set[str]] = {}
    for text in texts:
        if "," in text:
            for _, _, office, holder in apposed_spans(text):
                for key in dict.fromkeys((office, _OFFICE_OF_TAIL.sub("", office))):  # "the Minister for Foreign Affairs,
                    if key in _BARE_TITLES:  # Dr. Tulsi Giri": later "the Minister" is he
                        held.setdefault(key, set()).add(holder)
    return {office: next(iter(people)) for office, people in held.items() if len(people) == 1}


_BARE_TITLES = frozenset(t.casefold() for t in lexicon("en").get("office_titles") or [])


_PASSIVE_AGENT = compile_opening(
    r"(?:(?<![\w-])(?i:" + alternation(lexicon("en").get("agent_auxiliaries") or []) + r")|,)\s+(?:[a-z]+ly\s+)?(?:over\s+|up\s+|out\s+)?[a-z]{3,}"
    r"(?:\s+(?:over|up|out|down|forward))?\s+by\s+(?:the\s+)?(?P<agent>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?|(?:[A-Z]\.\s+){1,3})?[A-Z][\w'’-]+){0,5})"
)


_FINITE_PASSIVE_AGENT = compile_opening(
    r"(?<![\w-])(?i:" + alternation(lexicon("en").get("agent_auxiliaries") or []) + r")\s+(?:[a-z]+ly\s+)?[a-z]{3,}"
    r"(?:\s+(?:over|up|out|down|forward))?\s+by\s+(?:the\s+)?(?P<agent>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?|(?:[A-Z]\.\s+){1,3})?[A-Z][\w'’-]+){0,5})(?![\w'’-])"
)


def finite_passive_agent(text: str) -> str | None:
    """The state, body or person a clause's finite passive names after "by" ("four boats were seized by Tirana on 5
    June", "the note was handed by the Foreign Ministry"): the gazetteer's actor, a capital standing for its state; None
    for a name it does not know or a place that is no capital ("was surrounded by Berlin")."""
    if not (m := _FINITE_PASSIVE_AGENT.search(text)) or m["agent"].split()[0] in MONTHS:
        return None
    found = lookup(m["agent"])
    if found is None:
        return None
    if found.capital_of and (state := entity(found.capital_of)) is not None:
        return state.name
    return found.name if found.is_actor and found.kind != "place" else None


def passive_agent(text: str) -> str | None:
    """The agent a passive names after "by" with capitals ("The results were announced by the Interior Ministry", "an
    Indian proposal, put forward by Swaran Singh": a participle set off by a comma is a passive too): the
    gazetteer's actor, or the name as written when it does not know it; not a month ("by March") or a place."""
    if not (m := _PASSIVE_AGENT.search(text)) or m["agent"].split()[0] in MONTHS:
        return None
    found = lookup(m["agent"])
    if found is not None:
        return found.name if found.is_actor else None
    return canonical_name(m["agent"]) if len(m["agent"].split()) >= 2 else None


def with_holders(text: str, names: list[str]) -> list[str]:
    """``names`` with each office ``text`` names with its holder (``apposed``) read as that holder; a name that is the
    office's closing words is the office too ("Officer Commanding", read from "the General Officer Commanding, Major-General
    X," once the rank that opens it is taken off)."""
    holders = apposed(text) if "," in text else {}
    if not holders:
        return names

    def holder(name: str) -> str:
        key = " ".join(name.split()).casefold().removeprefix("the ")
        return holders.get(key) or next((h for office, h in holders.items() if " " in key and office.endswith(" " + key)), name)

    return list(dict.fromkeys(holder(n) for n in names))


@cache
def _state_group_pattern() -> re.Pattern:
    adjectives = alternation([*(lexicon("en").get("state_adjectives") or {}), *(lexicon("en").get("bloc_adjectives") or [])])
    nouns = alternation([w for w in lexicon("en").get("actor_nouns") or [] if w.islower()])
    before = alternation(lexicon("en").get("group_openers") or [])
    return compile_opening(r"(?:^\W*|(?<=[,;:])|(?<![\w-])(?i:" + before + r"))\s*(?i:the\s+|a\s+|an\s+|some\s+)?(?i:\d[\d,]*\s+|(?:two|three|four|five|several|many)\s+)?"
                           r"(?P<group>(?:" + adjectives + r")\s+(?:(?!(?:" + nouns + r")\b)[a-z]+(?:-[a-z]+)?\s+)?(?:" + nouns + r"))(?![\w-])"
                           r"(?!\s+(?:of|from)\s+(?!\d)|\s+(?:[a-z]+\s+)?[A-Z])"
                           r"|(?<![\w-])(?P<subject>(?:" + adjectives + r")\s+(?:(?!(?:" + nouns + r")\b)[a-z]+\s+)?(?:" + nouns + r"))"
                           r"(?=\s+(?:" + alternation(lexicon("en").get("group_verbs_after") or []) + r"|(?!need|speed)[a-z]{3,}ed)\b)")


def state_groups(text: str) -> list[tuple[int, int, str]]:
    """The groups, offices and bodies a text names by their state's adjective and an actor noun, that the gazetteer does
    not know ("the Polish leadership", "the Soviet delegation", "Soviet military specialists", "the Hungarian
    authorities"): where each stands and the group as written, an actor as a named one is."""
    return [(m.start(g), m.end(g), m[g]) for m in _state_group_pattern().finditer(text) for g in ("group", "subject") if m[g]]


_ORGAN_WORDS = sorted(lexicon("en").get("party_organs") or {}, key=len, reverse=True)
_ORGAN_OF = compile_opening(r"(?<!\w)(?:the\s+)?(?P<organ>" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _ORGAN_WORDS)
                            + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE) if _ORGAN_WORDS else None


def _organ_of(window: str, mention) -> str | None:
    """A party's body named before it ("the Central Committee of the RWP had approved a statement"): the body, by the
    gazetteer's name for it where it knows one, else as the text names it; not the party."""
    if _ORGAN_OF is None or mention.entity.kind != "organisation" or not (organ := _ORGAN_OF.search(window, max(0, mention.start - 40), mention.start)):
        return None
    if mention.entity.id not in party_ids() and "party" not in mention.entity.name.lower():
        return None  # "the Presidium of the National Council": no party's body
    return party_organ(organ["organ"], mention.entity) or f"{' '.join(organ['organ'].split())} of the {mention.surface}"


def _headed(window: str, mention) -> str | None:
    """A body named after a head of ``owner_first_heads`` ("before the arrival in Korea of a delegation of the International
    Association of Democratic Jurists"): the group it heads, called owner first as the text names the owner
    ("International Association of Democratic Jurists delegation"), not the body itself."""
    head = _HEAD_OF.search(window, max(0, mention.start - 30), mention.start)
    return canonical_name(f"{mention.surface} {head['head'].lower()}") if head else None


_ADDRESSED = compile_opening(r"\b(?:to|against|with|on|invaded|attacked|recognised|recognized|informed|told|asked|urged)\s+(?:the\s+)?$", re.IGNORECASE)
MONTHS = frozenset(calendar.month_name[1:])  # "by the August (1955) agreement": a month, not a name
WEEKDAYS = frozenset(calendar.day_name)  # "had ended by Saturday evening": a day, no agent
BY_NAME = compile_opening(r"\bby\s+(?:the\s+)?(?:(?i:comrade|com\.|cde\.)\s+)?([A-Z][a-z][\w'’-]+)(?![\w'’-]*\s+[A-Z])")
# A single name after a title ("Comrade Gorinovich", "Mr. Xiao"): a person the gazetteer may not know.
_ONE_WORD_TITLE_LIST = [w for w in sorted(lexicon("en").get("titles") or [], key=len, reverse=True) if " " not in w]
_ONE_WORD_TITLES = "|".join(map(re.escape, _ONE_WORD_TITLE_LIST))
# A title after a title ("Lt. Col. Mengistu", "Lt. Col. Untung"): the second names nobody, the name comes after it.
_TITLE_WORDS = frozenset(_ONE_WORD_TITLE_LIST)
# "Cape Verde's President Aristides Pereira": a state's possessive, then a title and the name of the one who holds it.
_STATE_TITLE_NAME = compile_opening(
    r"\A['’]s\s+(?:[A-Z][\w-]*\.?\s+){0,2}?(?:" + _ONE_WORD_TITLES + r")\.?\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


def _by_first_letter(words: list[str]) -> str:
    """``\\b(?:word|...)`` for words that open with a letter, written as one branch per first letter ("M(?<!\\w.)(?:arshal|r)"),
    each checking the boundary once its letter is read: a pattern whose branches each open with a letter lets the
    search skip straight to the places one of those letters stands, where a boundary first makes it try every place.
    The words keep their order within a letter, so the same one is found."""
    firsts: dict[str, list[str]] = {}
    for word in words:
        if not re.match(r"\w", word):
            raise ValueError(f"a word that opens with no letter has no boundary before it to check: {word!r}")
        firsts.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(rf"{re.escape(first)}(?<!\w.)(?:{'|'.join(rests)})" for first, rests in sorted(firsts.items())) + ")"


_TITLED_NAME = compile_opening(
    (_by_first_letter(_ONE_WORD_TITLE_LIST) if _ONE_WORD_TITLE_LIST else "(?!)")
    + r"(?:\.?\s+(?:" + _ONE_WORD_TITLES + r")\b)*"  # "Lt. Col. Untung", "Maj. Gen. Suharto": titles in a row, then the name
    + r"\.?\s+([A-Z][a-z][\w'’-]+)(?![\w'’-]*\s+[A-Z])"
    + r"(?![\w'’-]|\s+(?:(?:" + "|".join(re.escape(p) for p in lexicon("en").get("name_particles") or [] if p.islower()) + r")\s+){1,2}[A-Z])"
)  # "President Humberto de Alencar Castelo Branco": a name that goes on after its small particles is no one-word name
_APPOSITIVE_OFFICE = compile_opening(
    r"\bthe\s+[A-Z][\w-]+\s+(?:" + alternation(lexicon("en").get("appositive_offices") or []) + r")\s+([A-Z][a-z][\w'’-]+)(?![\w'’-]*\s+[A-Z])"
)
_WRITER = compile_opening(r"\b(?:I|we|We)\]?(?:\s*\[[^\]]{1,30}\])?(?:\s+(?:will|shall|would|have|had|am|are|must|can|also|then|now|\w+ly))*\s*$")  # "I [Iudin]", "[We]"
# The writer's own clause before a second verb it shares its subject with: "I conveyed to the Prime Minister the greetings
# of Comrade X, Minister of Foreign Affairs, and [stated] that ...": the first verb, in the past, and what it names.
_WRITER_JOINED = compile_opening(r"^\W*(?:I|We)\s+(?:(?:then|also|first|\w+ly)\s+)?[a-z]{3,}ed\b(?P<done>[^.;:]*?),?\s+and\s+(?:then\s+|also\s+)?$")
# "opened by comrade Ochab", "headed by Com. Khrushchev": the title written in capitals too is no part of the name.
_AGENT = compile_opening(r"^\s*(?:\w+\s+){0,2}?by\s+(?:(?i:comrade|com\.|cde\.)\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4}")
# "They" opening the sentence as the verb's subject ("They would not agree to this."): the group last told of meeting.
_THEY_OPEN = compile_opening(r"^\W*They(?:\s+(?:also|then|still|again|would|will|could|did|do|had|have|not|never|\w+ly))*\s*$")
_THEY = compile_opening(r"[,;]\s*(?:\w+\s+)?they(?:\s+(?:also|then|still|\w+ly))*\s*$")  # a later clause's "they": ", while they continue"
_PERSONAL = compile_opening(r"\b(?:he|she|He|She)(?:\s+(?:also|then|again|further|later|once|twice|thrice|\w+ly))*\s*$")
# The same in Russian: "Я поздравил ...", "Он также сообщил ...": the pronoun, then at most two words before the verb.
_RU_I = compile_opening(r"(?:^|[\s,;:(])(?:" + event_words("i_subject") + r")(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
_RU_ME = compile_opening(r"^\s*(?:" + event_words("me_object") + r")(?!\w)", re.IGNORECASE)  # "принял меня": the writer, its object
_RU_WITH_ME = compile_opening(r"(?<!\w)(?:" + event_words("with_me") + r")(?!\w)", re.IGNORECASE)
# A saying in the masculine past that opens its sentence ("Сообщил президенту", "Ответил, что"): ru.yaml's ``said_to_other``.
_RU_SAID_ALONE = compile_opening(r"(?:" + event_words("said_to_other") + r")(?<=\u043b)(?!\w)", re.IGNORECASE)
_RU_DATIVE_NEXT = compile_opening(r"\s+[^\W\d_]+(?:" + alternation(lexicon("ru").get("dative_endings") or ["(?!)"]) + r")(?![\w-])")


def said_to_one_in_dative(text: str) -> bool:
    """``text`` opens with a saying in the masculine past and a word in the dative after it ("Сообщил президенту, что"),
    not a name that may be its subject ("Ответил Сукарно, что")."""
    return bool((said := _RU_SAID_ALONE.match(text)) and _RU_DATIVE_NEXT.match(text, said.end()))
_RU_HE = compile_opening(r"^\W*(?:" + event_words("he_subject") + r")(?:\s+\w+){0,2}\s*$", re.IGNORECASE)  # opening the sentence:
# in "Субандрио заявил, что в конце мая он посетит Москву" he is the clause's teller, not the one last named before
# "It" for the body or state the sentences before told as acting ("the Bonn government is strengthening its pressure ...
# Lastly, it even tried"); not a saying, whose "it" is mostly a paper, a report or the news ("It said that ...").
_SAYING = compile_opening(r"(?:" + SPEECH_VERBS + r")\b")
_IT = compile_opening(r"(?:^|[,;]\s*|\b(?:and|but|then)\s+|^\W*\w+ly,?\s+)(?:it|It)(?:\s+(?:also|then|again|even|further|still|later|\w+ly))*\s*$")
# A place named after these is where the act happened, not who acted ("asked about production in South Korea",
# "Received in Moscow", "arrived from Moscow", "lay at anchor off Koh Tang", "drove along the Great North Road"); a state
# the act is addressed to or done by stays an actor.
# ... and "for" after a word of leaving or of the craft that carries one ("left for Buenos Aires", "an aircraft for
# Cairo": en.yaml ``destination_before_for``), or "to" after a word of going ("flew to Guatemala", "was flown by RAF
# aircraft to Bahrain", "my trip to Yugoslavia": ``destination_before_to``): where one went.
_LOCATIVE = compile_opening(r"\b(?:in|at|from|into|inside|within|throughout|across|near|around|over|via|along|off|outside|(?:"
                            + (alternation(lexicon("en").get("destination_before_for") or []) or "(?!)") + r")\s+for|(?:"
                            + (alternation(lexicon("en").get("destination_before_to") or []) or "(?!)") + r")(?:\s+on)?\s+to)\s+(?:the\s+)?$",
                            re.IGNORECASE)
# ... or after another place a preposition of place names, in a list with it ("stepped up their activity in Sam Neua and
# Phong Saly", "fighting at Ongjin, Kaesong and Haeju"): each name the list joins is a place too.
_LOCATIVE_LIST = compile_opening(
    r"\b(?:in|at|into|inside|within|throughout|across|near|around|via)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})*\s*,?\s+(?:and|or)\s+$"
)


# ... or after a noun of a stretch of land and "of" ("the area of Vĩnh Linh", "the provinces of Lạng Sơn", "the
# territory of China": ``place_of_nouns`` in en.yaml): the land named is where, not who.
_PLACE_OF = compile_opening(r"(?<![\w-])(?:" + alternation(lexicon("en").get("place_of_nouns") or []) + r")\s+of\s+(?:the\s+)?$")


def is_place_of(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a noun of a stretch of land and "of" (``_PLACE_OF``)."""
    return "of" in text[max(0, start - 8): start] and bool(_PLACE_OF.search(text, max(0, start - 28), start))


# A verb of going right before a Chinese place ("抵达摩洛哥", "离开突尼斯": zh.yaml ``place_before``): where one went.
_GONE_TO = compile_opening(r"(?:" + event_words("place_before") + r")\s*$")
_VENUE_WORDS = frozenset(w.lower() for w in lexicon("en").get("venue_nouns") or [])
_AT_THE = compile_opening(r"\b(?:at|in|inside)\s+the\s+$", re.IGNORECASE)


# ... or "to" after a word of going or of being taken along and what may stand between ("was flown under guard to
# Brazil", "were taken under escort to Callao": en.yaml ``destination_gap``, ``destination_taken``), read over a longer
# stretch than ``_LOCATIVE``'s.
_GONE_TO_AFTER_GAP = compile_opening(
    r"\b(?i:" + (alternation((lexicon("en").get("destination_before_to") or []) + (lexicon("en").get("destination_taken") or [])) or "(?!)")
    + r")\s+(?:" + (alternation(lexicon("en").get("destination_gap") or []) or "(?!)") + r")\s+to\s+(?:the\s+)?$"
    # "left San Salvador for Guatemala", "left Seawell Airport for Jamaica": the place left, then where to
    + r"|\b(?i:" + (alternation(lexicon("en").get("destination_before_for") or []) or "(?!)") + r")\s+(?:[A-Z][\w'’.-]+\s+){1,3}for\s+(?:the\s+)?$")


def _gone_to_past_a_word(text: str, start: int) -> bool:
    """A verb of going, its preposition and one capitalised word before the place ("бежал в Северный Йемен"): the word
    is part of the place's name, the place is where one went."""
    before = text[max(0, start - 48): start].rstrip()
    head, _, word = before.rpartition(" ")
    return bool(word) and word[0].isupper() and word.isalpha() and bool(_GONE_TO.search(head + " "))


def is_where(text: str, mention) -> bool:
    """A place or state named as where something happened: after "in", "at", "from" ...; a body named by the building
    it sits in ("the Kremlin", "the White House") after "at the", "in the": where the talk was held, not who held it."""
    before = text[max(0, mention.start - 16): mention.start]
    if mention.entity.kind == "organisation":
        return bool(_AT_THE.search(before)) and any(w.lower() in _VENUE_WORDS for w in mention.surface.split())
    if mention.entity.kind == "place" and _GIVER_FROM.search(text[max(0, mention.start - 40): mention.start]):
        return False  # "India had received from the Soviet Union more than four hundred tanks": the giver, not a place
    return mention.entity.kind == "place" and (bool(_LOCATIVE.search(before)) or is_place_of(text, mention.start)
                                               or bool(_GONE_TO.search(before)) or _gone_to_past_a_word(text, mention.start)
                                               or bool(_GONE_TO_AFTER_GAP.search(text, max(0, mention.start - 48), mention.start)))


# A verb of receiving, then "from" and the state or capital named ("received from the Soviet Union", "bought from
# Czechoslovakia"): the one that gives, an actor (giver_from_verbs in en.yaml).
_GIVER_FROM = compile_opening(r"\b(?:" + (alternation(lexicon("en").get("giver_from_verbs") or []) or "(?!)")
                              + r")\s+(?:\w+\s+){0,1}from\s+(?:the\s+)?$", re.IGNORECASE)


# An editor's bracket that qualifies the noun after it ("At the [20th Soviet Communist Party] Congress", "the [Soviet]
# Embassy"): the name says which congress or embassy, it is not who acted. "I [Iudin] reminded" names the actor.
_BRACKET_MODIFIER = compile_opening(r"[^\[\]]{0,24}\]\s+[A-Z][a-z]")


def is_modifier(text: str, mention) -> bool:
    """A name inside an editor's bracket that stands before a capitalised noun: what kind of thing that noun is; a state
    inside a firm's or a paper's Chinese name ("印度航空公司": Air India)."""
    if _NAMED_INSIDE.match(text, mention.end):
        return True
    if mention.entity.is_state and _FIRM_BEFORE is not None and _FIRM_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return True  # "an Air Rhodesia Viscount": the firm, not the state
    if mention.entity.is_state and _TOPIC_OF_TALK.search(text, max(0, mention.start - 32), mention.start):
        return True  # "Meeting on British Guiana": what the talk was about, not who held it
    return text.rfind("[", 0, mention.start) > text.rfind("]", 0, mention.start) and bool(_BRACKET_MODIFIER.match(text, mention.end))


_NAMED_INSIDE = compile_opening(event_words("named_inside"))
_TOPIC_OF_TALK = compile_opening(r"\b(?:" + (alternation(lexicon("en").get("topic_of_talk") or []) or "(?!)") + r")\s+(?:the\s+)?$",
                                 re.IGNORECASE)
_FIRM_BEFORE = compile_opening(r"(?<![\w-])(?:" + alternation(lexicon("en").get("firm_before") or []) + r")\s+$") \
    if lexicon("en").get("firm_before") else None


# A state that says whose an official is ("the Soviet Ambassador", "Finnish President Kekkonen", "the Ambassador of Finland",
# "президентом Финляндии У. К. Кекконеном", "印尼驻华临时代办"), or where a mission sits ("我驻印度尼西亚使馆"): not an actor.
_OFFICIAL_AFTER = compile_opening(r"\s*(?:" + alternation(lexicon("en").get("official_words") or []) + r")\b|\s*(?:" + event_words("stationed") + ")",
                                  re.IGNORECASE)
_OFFICIAL_BEFORE = compile_opening(r"\b(?:" + alternation(lexicon("en").get("official_words") or []) + r")\s+of\s+(?:the\s+)?$|(?:"
                                   + event_words("official_before") + r")\s+$|(?:" + event_words("stationed") + r")\s*$", re.IGNORECASE)


_BODY_OFFICE_BEFORE = compile_opening(r"(?:" + event_words("body_office") + r")\s+$", re.IGNORECASE)
_MEMBER_OF = compile_opening(r"\b(?:" + alternation(lexicon("en").get("member_words") or []) + r")\s+(?:the\s+)?$|(?:"
                             + event_words("member_of") + r")\s+$", re.IGNORECASE)


# "Chairman of the", "Secretary of the": an office of the body named next (en.yaml body_office_words); and what may stand
# between the office or the body and its holder's name set off by a comma ("Comrade", "Lieutenant-Colonel").
_BODY_OFFICE_OF = compile_opening(r"\b(?:" + alternation(lexicon("en").get("body_office_words") or []) + r")\s+of\s+(?:the\s+)?$")
_APPOSED_GAP = re.compile(r"\s*,\s*(?:[A-Z][\w.'’-]*\s+){0,2}")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _body_of_an_office_held(text: str, mention, mentions) -> bool:
    """A body named after its officer's office set off by a comma from his name ("Mengistu Haile Mariam, Chairman of the
    PMAC", "the Secretary of the CC CPCz, Comrade Vasil Biľak"): it says whose office it is."""
    start = max(0, mention.start - 40)
    if (office := _BODY_OFFICE_OF.search(text[start: mention.start])) is None:
        return False
    office_start = start + office.start()
    before = [m for m in mentions if m.end <= office_start]
    if before and before[-1].entity.kind == "person" and _APPOSED_GAP.fullmatch(text[before[-1].end: office_start]):
        return True
    following = next((m for m in mentions if m.start >= mention.end), None)
    return following is not None and following.entity.kind == "person" and bool(_APPOSED_GAP.fullmatch(text[mention.end: following.start]))


def qualifies_an_official(text: str, mention, mentions) -> bool:
    """A state named only to say whose an official or mission is, or where it sits: before the official's title, after
    "Ambassador of" or a Russian official's title, before the person's own name with nothing between, or after "驻";
    a body named only as what its members belong to ("members of the Politburo")."""
    following = next((m for m in mentions if m.start >= mention.end), None)
    if mention.entity.kind == "organisation":
        if _MEMBER_OF.search(text[max(0, mention.start - 30): mention.start]) or _body_of_an_office_held(text, mention, mentions):
            return True
        # "первый секретарь ЦК СЕПГ В. Ульбрихт принял": the body says whose secretary the person is, and does not act
        return bool(_BODY_OFFICE_BEFORE.search(text[max(0, mention.start - 30): mention.start])) and following is not None \
            and following.entity.kind == "person" and text[mention.end: following.start].strip() == ""
    if not mention.entity.is_state:
        return False
    if _OFFICIAL_AFTER.match(text, mention.end) or _OFFICIAL_BEFORE.search(text[max(0, mention.start - 30): mention.start]):
        return True
    return following is not None and following.entity.kind == "person" and text[mention.end: following.start].strip() == "" \
        and following.start > mention.end  # "президентом Финляндии У. К. Кекконеном": the president's state, then his name


_HEADED_GOVERNMENT = compile_opening(r"\s+(?P<word>" + alternation(lexicon("en").get("headed_government_words") or []) + r")\b")


def headed_governments(text: str) -> dict[str, str]:
    """The persons ``text`` names only before "government" ("Segni government had decided"), each with the government
    as written: that government acts, not the person."""
    mentions = [m for m in find_mentions(text) if m.entity.kind == "person"]
    heading = {m.entity.name: f"{m.surface} {g['word'].lower()}" for m in mentions if (g := _HEADED_GOVERNMENT.match(text, m.end))}
    return {n: g for n, g in heading.items() if all(_HEADED_GOVERNMENT.match(text, m.end) for m in mentions if m.entity.name == n)}


def unqualified_actors(text: str, names: list[str]) -> list[str]:
    """The actors less any state ``text`` names only as whose an official is (``qualifies_an_official``)."""
    mentions = find_mentions(text)
    qualifying = {m.entity.name for m in mentions if qualifies_an_official(text, m, mentions)}
    known = {m.entity.name for m in mentions}
    for name in names:  # a body the page names that the gazetteer does not know, after its officer's office
        if name not in known and (at := text.find(name)) > 0 and text.find(name, at + 1) < 0 \
                and _body_of_an_office_held(text, _Span(at, at + len(name)), mentions):
            qualifying.add(name)
    named_otherwise = {m.entity.name for m in mentions if m.entity.name in qualifying and not qualifies_an_official(text, m, mentions)}
    governments = headed_governments(text)
    return list(dict.fromkeys(governments.get(n, n) for n in names if n not in qualifying - named_otherwise and not _members_only(text, n)))


def qualified_holders(text: str) -> list[str]:
    """The people ``text`` names right after a state or body that only says whose official each is ("первый секретарь
    ЦК СЕПГ В. Ульбрихт": Ulbricht): the one who holds the office acts where the body was read as the subject."""
    mentions = find_mentions(text)
    held = []
    for m in mentions:
        following = next((f for f in mentions if f.start >= m.end), None)
        if following is not None and following.entity.kind == "person" and text[m.end: following.start].strip() == "" \
                and qualifies_an_official(text, m, mentions):
            held.append(following.entity.name)
    return held


@lru_cache(maxsize=4096)
def name_pattern(source: str) -> re.Pattern:
    """A pattern built from a name the page writes ("Walker" standing alone), compiled once per name by ``re``'s
    compiler (as ``re.compile`` does) but kept out of ``re``'s own cache of 512, which the names of many pages would
    fill, so that the fixed patterns the rules write in place stay compiled."""
    return _compiler.compile(source, 0)


def _literal_starts(literal: str, text: str) -> list[int]:
    """Where ``literal`` stands in ``text``, left to right and not overlapping (the starts ``re.finditer`` of the
    escaped literal gives; every place, the end too, for an empty one)."""
    if not literal:
        return list(range(len(text) + 1))
    starts, at = [], text.find(literal)
    while at >= 0:
        starts.append(at)
        at = text.find(literal, at + len(literal))
    return starts


def _members_only(text: str, name: str) -> bool:
    """A body the gazetteer does not know ("Politburo"), written in the text in any language's word for it
    ("Политбюро", ``group_nouns``), that ``text`` names only after "members of" ("членов Политбюро")."""
    if not name or lookup(name):
        return False
    written = [name] + [w.rstrip("*") for language in ("ru", "zh") for w, n in (lexicon(language).get("group_nouns") or {}).items() if n == name]
    at = [a for w in written if w for a in _literal_starts(w, text)]
    return bool(at) and all(_MEMBER_OF.search(text[max(0, a - 30): a]) for a in at)


_INTERMEDIARY = compile_opening(r"^\W*(?:" + "|".join(re.escape(w) for w in lexicon("en").get("intermediary_words") or []) + r")\b", re.IGNORECASE)
_PASSING = compile_opening(r"\b(?:" + "|".join(re.escape(w) for w in sorted(lexicon("en").get("passing_verbs") or [], key=len, reverse=True)) + r")\b", re.IGNORECASE)
_FROM = compile_opening(r"\bfrom\b(?!.*\bto\b)")  # "from X" with no "to Y" after it: "a message from Khrushchev to the President" keeps its addressee
# The message a passing verb's object names just before "from" ("handed over a verbal message from Comrade Todor Zhivkov",
# "a letter from General Mohamed Fawzi", "a short message from Brezhnev to the President"): the person it is from wrote
# it, an actor of its handing over; a body's telegram ("the contents of telegram #154 from
# the USSR Foreign Ministry") stays its origin alone (en.yaml quoted_message_nouns).
_MESSAGE_BEFORE_FROM = compile_opening(
    r"\b(?:" + (alternation(lexicon("en").get("quoted_message_nouns") or []) or "(?!)") + r")\s+$", re.IGNORECASE)


# Where the act's own words end and what it says, asks or joins begins: "Mao noted [that Tito had proved ...]",
# "asked [if South Korea is producing ...]", "asked me to read [, and ordered PAK ...]". The names after it are
# the content's, not the act's addressees.
_CONTENT = compile_opening(
    r"\b(?:that|if|whether|which|who|because|but|while|although|about|concerning|regarding)\b|[;:“«\"]|,\s*(?:and|or)\b"
    r"|\bon\s+(?:your|his|her|their|our|my)\b"  # "the information material on your conversation ... with Kennedy"
    r"|,\s*(?:" + event_words("relative_openers") + ")",  # ", которое индийское правительство отвергло": a clause of its own
    re.IGNORECASE,
)


# An object, then the writer it goes to: "sent the Presidential chief of protocol to me".
_SENT_TO_WRITER = compile_opening(r"^\s*(?:the|a|an|his|her|their|its|our)\s[^,;]{0,60}?\bto\s+(?:me|us)\b")


# A second clause whose own subject does the like ("Fischer stuck to the proposal, but Shevardnadze's representative
# Aboymov had reservations too"): its subject acts beside the first; "too", "also" or "as well" says the two acts are one.
_LIKEWISE = compile_opening(
    r"(?:,\s*)?(?:but|and|while)\s+(?P<subject>[^,;:]{2,80}?)\s+(?P<also>also\s+)?(?:had|has|have|was|were|did|[a-z]{3,}ed)\b(?P<rest>[^,;:.]*)"
)
_TOO = compile_opening(r"\b(?:too|as\s+well)\b")


_ASIDE = compile_opening(r"\s*,\s*(?:\w+\s+){0,2}\w+\s*,")  # ", above all,", ", in turn,"


# A writer's earlier message with no addressee named: sent to the one the letter is addressed to.
_REPORTING = compile_opening(r"\b(?:reported|informed|written|wrote|let\s+you\s+know|communicated|cabled|telegraphed)\b", re.IGNORECASE)


# A second verb of the same subject: the names after it are that act's, not the first's.
# "and tomorrow would discuss ... with the GDR": a modal after "and" opens a second predicate too.
_SECOND_VERB = compile_opening(r"\s+and\s+(?:then\s+|also\s+)?(?=[a-z]{3,}ed\b)|\s+and\s+(?:[a-z]+\s+)?(?=(?:would|will|shall|should|could|must)\b)")

# The object of such a second verb in the past, up to the next clause: "and killed President X", "and arrested the ministers".
# The object opens the clause, a name or its title ("the Soviet ambassador"), not a thing of someone's ("conveyed Kádár's
# greetings") or one by someone ("discussed a briefing by the Director").
_DONE_TO = compile_opening(r"(?P<verb>[a-z]{3,}ed)\s+(?P<object>(?:the\s+)?[A-Z](?:(?!['’]s\b|\sby\s)[^,;:])*)")

# A receipt of the addressee's message ("I received your telegram", "Your letter has been received", "Ваши телеграммы
# получены", "你的电报收到了"): the writer received what the one the letter is addressed to sent.
_RECEIVED = compile_opening(r"\breceived\b|" + event_words("received"), re.IGNORECASE)
_YOUR_MESSAGE = compile_opening(
    r"\byour\s+(?:\w+\s+){0,2}?(?:telegram|cable|letter|message|note|reply|answer)s?\b"
    r"|(?:" + event_words("yours") + r")\s+(?:\w+\s+){0,2}?(?:" + event_words("message_nouns") + r")|" + event_words("your_messages"),
    re.IGNORECASE,
)


# A request and the act it asks for: the one asked stands before the infinitive ("asked me to convey to N. S. Khrushchev
# ...", "просил ускорить ответ советского правительства"); whoever is named after it is the asked act's concern.
_NOT_A_VERB = r"(?!(?:the|a|an|his|her|its|their|our|my|your|me|us|him|them|this|that|these|those|what|which)\b)"
_ASKED_ACT = {
    "en": compile_opening(r"\b(?:" + alternation(lexicon("en").get("request_verbs") or []) + r")\s+(?:[^,;.:]{0,60}?\s)?"
                     r"(?P<act>to\s+" + _NOT_A_VERB + r"[a-z]{2,})\b"),
    "ru": compile_opening(r"(?<!\w)(?:" + alternation(lexicon("ru").get("request_verbs") or []) + r")\s+(?:(?:"
                     + alternation(lexicon("ru").get("request_objects") or []) + r")\s+){0,2}"
                     r"(?P<act>\w+(?:" + alternation(lexicon("ru").get("asked_act_endings") or []) + r"))(?!\w)"),
}


def asked_act(sentence: str, language: str | None, after: int = 0) -> int | None:
    """Where the act a request asks for begins (its infinitive), the request's verb at or after ``after``; None if none."""
    pattern = _ASKED_ACT.get(language or "en")
    m = pattern.search(sentence, after) if pattern else None
    return m.start("act") if m else None


_TOPIC_VERB = compile_opening(r"\b(?:" + alternation(lexicon("en").get("topic_verbs") or []) + r")\s+(?P<topic>[^,;:]{1,60}?)\s+with\b")


def talked_topic(sentence: str, at: int = 0) -> int | None:
    """Where, counted from ``at``, the one talked with begins after a verb whose object is the topic ("discussed Laos
    with Rusk": at "with"), so that the topic is no actor; None when the sentence has no such verb from ``at`` on."""
    m = _TOPIC_VERB.search(sentence, max(0, at - 30), at + 80)
    return m.start("topic") - at + len(m["topic"]) if m is not None and m.end("topic") > at else None


_OUR_GROUP = compile_opening(r"^\W*(?:Our|our)\s+(?P<noun>" + alternation(lexicon("en").get("own_group_nouns") or []) + r")\b")


# The one a telling verb's turn is said to, named by his office or body ("told the US ambassador last night that",
# "told Parliament on 31 March that"): en.yaml ``told_listener_verbs``, ``told_listener_heads``, ``told_listener_enders``.
_TOLD_VERB = compile_opening(r"\b(?:" + alternation([*(lexicon("en").get("told_listener_verbs") or []), *(lexicon("en").get("met_listener_verbs") or [])]
                                                   or ["(?!)"]) + r")$")
_TOLD_LISTENER = compile_opening(
    r"^\s*(?:(?P<det>the|a|an|our|my|their)\s+)?(?P<phrase>(?P<qualifier>(?:(?!(?:the|a|an|press|with|his|her|its|their|of|to|for|and|on|at|in)\b)[\w.’'-]+\s+){0,3}?)"
    r"(?P<head>(?i:" + alternation(lexicon("en").get("told_listener_heads") or ["(?!)"]) + r")))"
    r"(?=\s*(?:$|[,;]|[.!?][\"”’]?\s*$|\b(?:" + alternation(lexicon("en").get("told_listener_enders") or ["(?!)"]) + r")\b))"
)
_MET_OFFICE = compile_opening(r"\b(?:" + alternation(lexicon("en").get("met_listener_verbs") or ["(?!)"]) + r")\s+(?P<object>[^,;:.]{2,70}?)\s*$")
_LISTENER_VERB = compile_opening(r"\b(?:" + alternation([*(lexicon("en").get("told_listener_verbs") or []), *(lexicon("en").get("met_listener_verbs") or [])]
                                                        or ["(?!)"]) + r")(?=\s)")
_TOLD_BODIES = frozenset(h.lower() for h in lexicon("en").get("told_listener_bodies") or [])


def met_listener(before: str) -> tuple[str, bool] | None:
    """The one a meeting, summoning or handing verb the text before a sentence's dating cue ends with is done to, named
    by his office ("Obasanjo received our chargé d'affaires "), as ``told_listener`` reads him."""
    m = _MET_OFFICE.search(before)
    return told_listener(" " + m["object"]) if m else None


def verb_listener(window: str, subject_at: int = 0) -> str | None:
    """The listener of the first telling or meeting verb after a clause's subject (``told_listener_verbs``,
    ``met_listener_verbs`` in en.yaml), named by his office or body as ``told_listener`` reads him ("Marshall told the
    Legislative Assembly on 16 May": the Legislative Assembly); None where that verb names no such one, and for one
    "our" owns (whose state the clause alone does not say)."""
    m = _LISTENER_VERB.search(window, subject_at)
    if m is None or (told := told_listener(window[m.end():])) is None or told[1]:
        return None
    return told[0]


def told_listener(after: str) -> tuple[str, bool] | None:
    """The listener a telling verb names by his office or body before the time or the "that" after it ("the US
    ambassador last night that ..."): the phrase as written, and whether "our" owns it; None for an office alone the
    page writes in small letters ("told a minister that") and for the press."""
    m = _TOLD_LISTENER.match(after)
    if m is None:
        return None
    ours = (m["det"] or "").lower() in ("our", "my")
    if not m["qualifier"].strip() and not ours and m["head"].lower() not in _TOLD_BODIES:
        if not m["head"][:1].isupper():
            return None  # "told a minister that": no one the page names
        if (m["det"] or "").lower() == "the":
            return f"{m['det']} {' '.join(m['head'].split())}", ours  # "told the King that": the page's one holder, as
            # the office written alone is read elsewhere ("the Ambassador")
    return " ".join(m["phrase"].split()), ours


def own_group(before: str, context: Context) -> list[str]:
    """The writer's (or the speaker's) group a subject "Our delegation" names: the state's adjective and the noun
    ("Bulgarian delegation" in Zhivkov's letter); none where the state is unknown."""
    if (m := _OUR_GROUP.match(before)) is None:
        return []
    adjective = own_adjective(context)
    return [f"{adjective} {m['noun'].lower()}"] if adjective else []  # a state with no adjective by its name ("Vanuatu police")


def own_adjective(context: Context) -> str | None:
    """The adjective of the writer's (or the speaker's) state, the one "our" stands for; its name where it has none."""
    speaking = [context.speaker] if context.speaker else list(context.senders)  # "Our delegation" in a turn: the speaker's state's
    state = context.side or (found.name if (found := writer_state(speaking, None)) is not None else None) or context.writer_state
    return next((a for a, s in (lexicon("en").get("state_adjectives") or {}).items() if s == state), state) if state else None


_JOINED_ACT = compile_opening(r"[^,;:]\s+and\s+$")  # a verb joined by "and" to the act before it, with no subject of its own


# A call paid on someone, the one called on written after the words and the sentence dated after them ("the minister had
# called on Lord Ashby in London yesterday"): the caller and the one he called on (``call_on_verbs`` in en.yaml); not an
# appeal ("called on the workers to strike on Monday").
_CALL_ON = compile_opening(r"\b(?P<verb>" + alternation(lexicon("en").get("call_on_verbs") or []) + r")\s+(?P<host>[^.;:]+)$")
_APPEAL_TO = compile_opening(r"\bto\s+[a-z]")
_WRITER_CALLS = compile_opening(r"\b(?:I|We|we)\s+(?:(?:had|have|also|then|first)\s+)*$")  # "I called on ...": the writer's talk


def call_paid(before: str) -> re.Match[str] | None:
    """The words of a call paid on someone the text before a sentence's dating cue ends with, the one called on after
    them ("he had called on Lord Ashby in London "); None for an appeal ("called on the workers to strike ") and for the
    writer's own call, which opens his talk with the one he met (``_writer_talks`` in passages.py)."""
    if (m := _CALL_ON.search(before)) is None or _APPEAL_TO.search(m["host"]) or _WRITER_CALLS.search(before, 0, m.start()):
        return None
    return m


def cue_actors(sentence: str, cue: Cue, language: str | None, context: Context, previous_actor: str | None) -> tuple[list[str], list[str]]:
    """The subject before the verb and the actors after it; "I" and "we" are the writer, "me" too."""
    if language in (None, "en") and (call := call_paid(sentence[: cue.start])) is not None:
        return cue_actors(sentence[: cue.start], Cue("past", call.start("verb"), call.end("verb")), language, context, previous_actor)
    before, after = sentence[: cue.start], sentence[cue.end:]
    writer = [context.speaker] if context.speaker else [context.signer] if context.signer else list(context.senders)  # "I"
    # in a turn is its speaker; in a mission's cable, the envoy who signs it ("Makarios received me", signed "Wilkins")
    teller = None  # whose party a bare body of the subject ("the Politburo", "Our Politburo") is
    chained: list[str] = []  # those the subject met in the clause before a Chinese verb with no subject of its own
    if (that := _reported_clause(before)) is not None and _clause_subject(that, language):
        main = before[: len(before) - len(that)]  # "He informed me that the Politburo had decided": the teller's party's
        teller = (subject_names(main, language) or ([previous_actor] if previous_actor and _PERSONAL_OPENS.match(main) else []) or [None])[0]
        before = that  # "Mao announced that the Chinese government had already sent ...": the clause's own subject acts
    elif _OUR_BODY.search(before):
        teller = writer[0] if writer else None  # "Our Politburo discussed ...": the speaker's, the writer's party's
    names_before = subject_names(before, language)
    if (context.sides or context.parties) and joint_subject(before):
        sources = list(context.sides or context.parties)  # "Our two powers, as we both have agreed": the two sides of the talk
    elif (we := _WRITER.search(before)) and context.side and we[0].lstrip("[").lower().startswith("we"):
        sources = [context.side]  # "Premier Zhou said that ... We intend to cable ...": China intends
    elif (we := _WRITER.search(before)) and context.writer_state and not context.speaker and we[0].lstrip("[").lower().startswith("we"):
        sources = [context.writer_state]  # a prime minister's letter: "we sent a third battalion to Phuoc Tuy": his state did
    elif _WRITER.search(before) or (cue.kind == "performative" and re.match(r"\W*(?:I|We|we)\b", sentence[cue.start:])) \
            or (language == "ru" and _RU_I.search(before)):  # "Я поздравил президента ..."
        # a performative's cue opens with its subject: "In 1956 we will not pay ..." is the writer's too
        sources = writer
        if (via := _INTERMEDIARY.match(before)) and (writer_at := _WRITER.search(before)):
            between = [n for n in clause_names(before[via.end(): writer_at.start()], language) if is_person(n)]
            sources = writer + [n for n in between if n not in writer]  # "Through ..., Comrade Pervukhin, I have already let you know"
    elif language in (None, "en") and writer and (joined := _WRITER_JOINED.match(before)):
        sources = writer  # "I conveyed to the Minister the greetings of Comrade X, ..., and expressed the hope that ...": the
        chained = [n for n in clause_names(joined["done"], language) if n not in writer]  # writer's second verb, to those
        # his first one named
    elif language == "zh" and writer and zh_writer_opens(sentence, cue):
        sources = writer  # "（四）昨晚我同吴努、纳赛尔分别会见": the writer, after the point's numeral and the day
    elif language == "zh" and writer and cue.kind == "performative" and context.is_correspondence and not names_before \
            and not _ADVICE_HOME.search(sentence):  # (advice home, "建议国内……", is read by tense_sentence: at no one)
        sources = writer  # "以上当否，请指示。", "请速拨汽车五百辆。": a cable's request with no subject is its writer's (to the
        # one written to, below); the golds' rows of such closing requests name the mission and its ministry (16 batches)
    elif language in (None, "en") and (own := own_group(before, context)):
        sources = own + [n for n in names_before if n not in own]  # "Our delegation, headed by Comrade Todorov, will arrive"
    elif language == "zh" and (chain := _zh_chained_subject(before)):
        sources, chained = chain[:1], chain[1:]  # "陈家康大使往见纳赛尔总统，转达了周总理的慰问电": Chen conveyed it, to Nasser
    elif names_before and language in (None, "en") and (led := led_group(before)):
        sources = [led]  # "troops loyal to General Amin seized the barracks": the troops and the general they served
    elif names_before:
        sources = names_before
    elif (kin := _KIN_SUBJECT.search(before)) and previous_actor and is_person(previous_actor) and language in (None, "en"):
        sources = [kin_name(previous_actor, kin["kin"])]  # "Diem ruled the south. His younger brother ran the police"
    elif (_PERSONAL.search(before) or (language == "ru" and _RU_HE.search(before))) and previous_actor:
        sources = [previous_actor]
    elif _OWN_SUBJECT.search(before) and previous_actor and is_person(previous_actor) and language in (None, "en"):
        sources = [previous_actor]  # "Her voice persuaded President Reagan": she did, through it
    elif _IT.search(before) and context.group_before and cue.kind in ("past", "ongoing") and not _SAYING.match(sentence, cue.start) \
            and language in (None, "en"):
        sources = [context.group_before]  # "... the Bonn government is strengthening its pressure ... Lastly, it even tried"
    elif _THEY_OPEN.match(before) and context.met_with and len(context.people_before) < 2 and context.group_before in (None, context.met_with) \
            and language in (None, "en"):
        sources = [context.met_with]  # "... the meeting at the airport with the Soviet delegation. ... They would not agree"
    elif _THEY.search(before) and language in (None, "en") and (opening := _opening_subject(before)):
        sources = opening  # "The Cuban press and radio give prominence to this news, while they continue to summon ..."
    elif language in (None, "en"):
        verb = _CLAUSE_VERB.search(before) if that is not None or cue.kind in (*_WHEN_KINDS, "counted_span") else None  # "Our Politburo
        # discussed ... on Tuesday": the cue dates the act, the verb before it closes the subject
        sources = subject_group(before, language) or (subject_phrase(before[: verb.start()]) if verb else [])
        if not sources and (alone := _one_name_subject(before[: verb.start()] if verb is not None else before if cue.kind in ("past", "ongoing")
                                                       and sentence[cue.start:].split()[:1] not in ([w] for w in _PASSIVE_AUXILIARIES) else "")):
            sources = [alone]  # "Caltex had evacuated the dependents of its personnel over the weekend": a name the gazetteer lacks
        if not sources and (relative := _RELATIVE.search(before)):
            sources = subject_phrase(before[: relative.start() + 1])  # "Two Koreans who had been sentenced to death were infected"
        if not sources and (owner := _OWNED_PAPER.search(before)) and (group := object_group(" " + owner["owner"] + " ")):
            sources = [group]  # "the first communiqué of the junta was read over the radio": the junta's act, its paper read
    else:
        sources = subject_group(before, language)  # "Заводы стоят": the group before the verb, with those joined to it
    if teller and len(sources) == 1 and (organ := party_organ(sources[0], party_of(lookup(teller)))):
        sources = [organ]
    if writer and (partners := talk_partners(before, language)):
        sources = list(dict.fromkeys(writer + partners + sources))  # "The conversation with Com. Tito, at which ... were present, was held"
    agent = _AGENT.search(after)
    if agent and (by := clause_names(agent.group(), language)):
        sources = by[:1]  # "was opened by comrade Ochab", "Deciphered by Morozov"
    if language in (None, "en") and (topic := talked_topic(sentence, cue.end)) is not None:
        after = after[topic:]  # "discussed Laos with Rusk, McNamara, and Harriman": Laos is what was discussed
    if (aside := _ASIDE.match(after)) is not None:
        after = after[aside.end():]  # "greeted, above all, comrade Rokossowski": the object after an aside
    elif after.lstrip().startswith(","):
        after = ""  # "As I have already reported, during my stay ... Com. Tito told me": the verb has no object
    if (m := _CONTENT.search(after)) is not None:
        if (likewise := _LIKEWISE.match(after, m.start())) and (likewise["also"] or _TOO.search(likewise["rest"])) \
                and language in (None, "en") and (alike := subject_names(likewise["subject"], language)):
            sources = list(dict.fromkeys(sources + alike))  # "..., but Shevardnadze's representative Aboymov had reservations too"
        after = after[: m.start()]
    if (act := asked_act(sentence, language, cue.start)) is not None and act - cue.end <= 70 and not sentence[cue.end: act].count(","):
        after = after[: max(0, act - cue.end)]  # "asked me to pass to the Soviet government a request": asked of me
    authors: list[str] = []  # the writer of the message passed on, where the object names him after "from"
    if _PASSING.search(sentence[cue.start: cue.end + 12]) and (origin := _FROM.search(after)):
        if language in (None, "en") and _MESSAGE_BEFORE_FROM.search(after, 0, origin.start()):
            authors = [n for n in clause_names(after[origin.end():], language)[:1] if is_person(n)]
        after = after[: origin.start()]  # "transmitted the contents of telegram #154 from the USSR Foreign Ministry": its origin
    second = ""
    if m := _SECOND_VERB.search(after):  # "asked me to read ... and ordered PAK"
        after, second = after[: m.start()], after[m.end():]
    if (taken := _PERSON_TAKEN_TO.match(after)) is not None:
        after = after[: taken.end("whom")]  # "will invite him to the White House": where he is taken, not whom the act is for
    targets = [n for n in clause_names(after, language, addressed_only=True) if n not in sources]
    if not targets and second and after.strip() and language in (None, "en") and (done := _DONE_TO.match(second)) \
            and not second.startswith(("'s", "’s"), done.end()):
        # "led the soldiers into the palace and killed President X": the first act names no one, the second's object is
        # whom the subject's act was done to
        targets = [n for n in clause_names(done["object"], language, addressed_only=True) if n not in sources]
    sent_to_writer = bool(_SENT_TO_WRITER.search(after)) and not targets and bool(writer)
    if context.side and _OUR_SIDE.search(after[:30]) and context.side not in sources:
        targets = [context.side] + targets  # "the Soviet Union recently asked for our view": asked China
    elif (re.search(r"\b(?:me|us)\b", after[:30]) or sent_to_writer or (language == "ru" and (_RU_ME.match(after) or _RU_WITH_ME.search(before)))) \
            and writer:  # "Ульбрихт в беседе со мной поставил вопрос": to the writer he talked with
        targets = [n for n in writer if n not in sources] + targets
    elif re.search(r"\byou\b", after[:30]) and (addressed := context.listeners or context.addressees):
        targets = [n for n in addressed if n not in sources] + targets
    elif _HIM.match(after) and previous_actor and previous_actor not in sources and language in (None, "en"):
        targets = [previous_actor] + targets  # "... to hear his story. In a couple of days Scowcroft will invite him": Kissinger
    reported = cue.kind == "past" and _REPORTING.search(sentence[cue.start: cue.end])  # "As I have already reported, ..."
    if (cue.kind == "performative" or reported) and not targets and not context.speaker and sources == writer and context.is_correspondence:
        targets = [n for n in context.addressees if n not in sources]  # "I am reporting about ...": to the addressee
    them = re.search(r"\bthem\b", after)
    if them and not re.search(r"\bto\s+(?!them\b)\w+\s+$", after[: them.start()]) and len(context.people_before) >= 2:
        targets += [n for n in context.people_before if n not in sources]  # "I read the text of your telegram to them", not "to write them down"
    elif them and not targets and not re.search(r"\bto\s+(?!them\b)\w+\s+$", after[: them.start()]) and context.met_with:
        targets = [context.met_with]  # "... the meeting at the airport with the Soviet delegation. ... I told them that ..."
    elif not targets and context.met_with and cue.kind in ("past", "speech") and _PROPOSED_WITH_THEM.match(sentence, cue.end):
        targets = [context.met_with]  # "I proposed that we drive with them to Belvedere Palace": proposed to those met
    if not targets and context.body and (m := _BODY_HEAD.match(after)) and m["head"] == body_head(context.body):
        targets = [context.body]  # "informed the members of the Council" at a meeting of the National Security Council
    if sent_to_writer and language in (None, "en") and (group := object_group(after)):
        targets = [group, *targets]  # "he sent the Presidential chief of protocol to me": whom he sent, and to whom
    elif not targets and language in (None, "en") and (group := object_group(after)):
        targets = [group]  # "invited the [North] Korean delegation", "a telegram to the people of Armenia"
    elif not targets and sources and language in (None, "en") and (body := addressed_body(sentence, cue.start)) is not None:
        targets = [body]  # "Comrade Shehu received the heads of the diplomatic missions of the socialist countries"
    elif targets and language in (None, "en"):  # "greeted comrade Rokossowski and the generals": the group joined to the names
        targets += [g for m in _AND_THE.finditer(after) if _NAME_BEFORE.search(after[: m.start()]) and (g := object_group(after[m.start():]))]
    if not targets and sources and language in (None, "en") and ((
            _TOLD_VERB.search(sentence, 0, cue.end) and _TOLD_VERB.search(sentence, 0, cue.end).start() >= cue.start
            and (told := told_listener(after)) is not None) or (told := met_listener(before)) is not None):
        listener, ours = told  # "Husayn told the US ambassador last night that ...": the turn's listener, by his office
        if context.body and listener.lower() in _TOLD_BODIES:
            listener = ""  # "The Prime Minister informed Cabinet that ..." in the Cabinet's minutes: a plain turn, the speaker alone
        if listener and ours and (adjective := own_adjective(context)):
            listener = f"{adjective} {listener}"  # "told our military attaché": the writer's state's
        if listener and listener not in sources:
            targets = [listener]
    if language in (None, "en") and (office := _TO_OFFICE.search(after)) and not office_spans(after[office.start("office"):], []):
        targets.append(office["office"])  # "a short message from Brezhnev to the President": the holder the document reads it as
    if not targets and (greeted := addressed_first(before, language)) and greeted not in sources:
        targets = [greeted]  # "Upon greeting the delegates com. Kadar stated": said to the delegates
    if not targets and language == "ru":  # "... убивают коммунистов": the group the act is done to
        targets = [name for a, _, name in group_nouns(after, language) if name not in sources and not _OWN_BEFORE.search(after[:a])]
    if context.body and sources == [body_head(context.body)]:
        sources = [context.body]  # "The Council noted ...": the body whose meeting the record records
    if context.is_correspondence and not context.speaker and context.addressees and _RECEIVED.search(sentence) and _YOUR_MESSAGE.search(sentence):
        sources = sources or writer  # "Your telegram has been received", "Ваши телеграммы получены": by the writer
        targets = targets + [n for n in context.addressees if n not in sources]  # from the one the letter is addressed to
    targets = [n for n in chained if n not in sources and n not in targets] + targets
    if language == "ru" and not sources and writer and targets and not any(n in writer for n in targets) \
            and not before.strip(" \t,;:-\u2013\u2014") and said_to_one_in_dative(sentence[cue.start:]):
        sources = writer  # "Сообщил президенту, что ...": a saying to the other, its subject left out, is the record's writer's
    if language in (None, "en"):  # "the Soviet ambassador, N. M. Pegov, told me": the holder
        sources = with_holders(sentence, sources)
        targets = [t for t in with_holders(sentence, targets) if t not in sources]
    targets += [n for n in authors if n not in sources and n not in targets]  # "handed over a letter from Comrade X"
    return kept_actors(sources), kept_actors(list(dict.fromkeys(targets)))


_ZH_POINT = compile_opening(r"^[\s(\uff08]*(?:(?:" + event_words("point_numerals") + r")[)\uff09\u3001]\s*)?")
_ZH_WRITER_SUBJECT = compile_opening(r"(?:" + event_words("first_person") + r")(?=" + event_words("writer_subject_next") + r")")


def zh_writer_opens(sentence: str, cue: Cue) -> bool:
    """A Chinese sentence whose subject is the writer: "我" (or "我们") opens it, after its point's numeral and the cue
    that dates it ("（四）昨晚我同吴努、纳赛尔分别会见"), and a word of his own act follows ("同", "拟", "会见"), not a
    group of his side ("我代表团", "我方")."""
    at = _ZH_POINT.match(sentence).end()
    if cue.start == at:
        at = cue.end
    return bool(_ZH_WRITER_SUBJECT.match(sentence, at))


# "He" or "She" opening the telling clause ("He informed me that ..."): the one told of just before.
_PERSONAL_OPENS = compile_opening(r"^\W*(?:he|she|He|She)\b")
# "Our Politburo", "our Central Committee" just before the verb: a body of the speaker's or writer's party.
_OWN_PARTY = alternation(lexicon("en").get("own_party_phrases") or [])
_OUR_BODY = compile_opening(r"(?:^|[,;:]\s*|\b(?:and|but|that)\s+)\W*(?:Our|our)\s+[A-Z]|\b[A-Z][a-z]+\s+(?:" + _OWN_PARTY + r")\b")
_OWN_PARTY_END = compile_opening(r"\s+(?:" + _OWN_PARTY + r")$")
# ... and a perfect's auxiliary among them ("the Chinese embassy in Berlin had already in October refused": "in October"
# read off as the time, then "had already"): the verb's, no part of the subject.
_TRAILING_ADVERBS = compile_opening(r"(?:\s+(?:" + alternation((lexicon("en").get("subject_trailing_adverbs") or [])
                                                                 + (lexicon("en").get("perfect") or [])) + r"))+$")


# The cues that date an act rather than name it ("on Tuesday", "last week"), as tense_sentence's ``_WHEN_CUES``.
_WHEN_KINDS = ("relative", "period", "years_ago", "recent", "recent_days")


# A relative clause after the subject, before its verb: the subject is the phrase before it.
_RELATIVE = compile_opening(r"\s(?:who|which)\s")


# An office written alone that the act is addressed to ("to the President", not "to the President of Finland"): the
# document's holder of it, read after the events (``titles.holder``).
_TO_OFFICE = compile_opening(
    r"\bto\s+(?P<office>the\s+(?:" + alternation(lexicon("en").get("office_titles") or []) + r"))\b(?!['’]|\s+(?:of\b|\[?[A-Z]))"
)


_JOINT_SUBJECT = compile_opening(
    r"(?:(?<!\w)(?:" + alternation(lexicon("en").get("joint_subjects") or []) + r")|" + event_words("joint_subjects")
    + r")(?:\s+(?:also|have|has|had|will|would|must|can|\w+ly))*\s*$",
    re.IGNORECASE,
)


def joint_subject(before: str) -> bool:
    """The verb's subject is the two sides of a talk as one ("as we both have", "Both sides have", "Our two countries have")."""
    return bool(_JOINT_SUBJECT.search(before))


_OUR_SIDE = compile_opening(r"^\s*(?:\w+\s+)?(?:us|for\s+our)\b")  # "informed us", "asked for our view": the speaker's side


_TALK_WITH = compile_opening(
    r"^\W*(?:The|Our|My|This)\s+(?:" + "|".join(sorted((re.escape(w) for w in lexicon("en").get("conversation_nouns") or []), key=len, reverse=True))
    + r")\s+with\s+(?P<partners>.+?)(?=[,;:(]|\s(?:was|were|took|had|has|is|at|in|on|lasted|began|ended)\b|$)"
)


_MET_WITH_GROUP = compile_opening(
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in lexicon("en").get("conversation_nouns") or []), key=len, reverse=True))
    + r")\b[^.;:]{0,40}?\bwith\s+the\s+(?P<phrase>[\[\]\w’'-]+(?:\s+[\[\]\w’'-]+){0,3}?)(?=\s*(?:[.,;:)]|$|\s(?:in|at|on|to|and|before|after|about)\b))"
)


def met_with(sentence: str, language: str | None) -> str | None:
    """The group a sentence tells of meeting or talking with ("informed the Politburo about the meeting at the airport
    with the Soviet delegation"): whom "them" stands for later, when no two people were named just before."""
    m = _MET_WITH_GROUP.search(sentence) if language in (None, "en") else None
    return group_name(m["phrase"]) if m else None


def talk_partners(before: str, language: str | None) -> list[str]:
    """Whom the writer talked with, when the subject before the verb is "The conversation with X": X took part."""
    m = _TALK_WITH.match(before) if language in (None, "en") else None
    return clause_names(m["partners"], language) if m else []


@cache
def _group_patterns(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    """``group_nouns`` of a language file as patterns: a stem ("завод*") takes any ending, a word stands alone."""
    def word(w: str) -> str:
        if language == "zh":
            return re.escape(w)  # Chinese writes no space between words: found anywhere
        return re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)"
    opening = "" if language == "zh" else r"(?<!\w)"
    return tuple(
        (compile_opening(opening + r"\s+".join(word(w) for w in key.split()), re.IGNORECASE), name)
        for key, name in sorted((lexicon(language).get("group_nouns") or {}).items(), key=lambda kv: -len(kv[0]))
    )


# "Кремль делал шаги по закреплению своих войск": a group after a reflexive possessive is the subject's own, not whom
# the act was done to.
_OWN_BEFORE = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("ru").get("own_words") or []) + r")\s+$", re.IGNORECASE)


# The endings of a Russian adjective ("повстанческие"): a group it names right before a group noun ("повстанческие
# элементы") only says what kind that noun's group is.
_ADJECTIVE_END = compile_opening(r"(?:" + alternation(lexicon("ru").get("adjective_endings") or []) + r")$", re.IGNORECASE)


def subject_group(before: str, language: str | None) -> list[str]:
    """The subject a group noun phrase just before the verb names: "Polish troops" (English, ``subject_phrase``),
    "польские войска" (Russian and Chinese, ``subject_groups``)."""
    if language in (None, "en"):
        return subject_phrase(before)
    return subject_groups(before, language) if language in ("ru", "zh") else []


def subject_groups(before: str, language: str | None) -> list[str]:
    """The groups named by a common noun that stand as the subject just before a Russian verb: the last group, each
    pair of groups one after the other read as one (an adjective's group before the noun it qualifies, "повстанческие
    элементы": the noun's; a noun before its genitive, "делегация правительства": the first), with the groups joined
    to it ("студенческие и другие повстанческие элементы": students and elements)."""
    merged: list[tuple[int, int, str]] = []
    for a, b, name in group_nouns(before, language):
        if merged and not before[merged[-1][1]: a].strip():
            first = merged.pop()
            name = name if _ADJECTIVE_END.search(before[first[0]: first[1]]) else first[2]
            a = first[0]
        merged.append((a, b, name))
    return list(dict.fromkeys(coordinated(merged, before)))


def group_nouns(text: str, language: str | None) -> list[tuple[int, int, str]]:
    """The groups ``text`` names by a common noun of ``group_nouns`` (longest phrase first), in order: where each
    stands and its English name."""
    found: list[tuple[int, int, str]] = [(m.start, m.end, "") for m in find_mentions(text)]  # "Правительство СССР" is the gazetteer's
    for pattern, name in _group_patterns(language or "en"):
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), name))
    for m in _after_people(language or "en").finditer(text):  # "美军": troops only as a state's ("American troops")
        if not any(a < m.end() and m.start("noun") < b for a, b, _ in found):
            found.append((m.start("noun"), m.end(), (lexicon(language or "en").get("people_groups") or {})[m["noun"]]))
    groups = sorted(x for x in found if x[2])
    genitive = genitive_owned_groups(text, find_mentions(text), language) if language == "ru" else []
    groups = [next((g for g in genitive if g[0] == a), (a, b, name)) for a, b, name in groups]  # "вооруженные силы Чили"
    if (people := _people_pattern(language or "en")) is None:
        return groups
    owned = []
    for a, b, name in groups:  # "венгерские рабочие", "苏代表团": the state's group ("Hungarian workers", "Soviet delegation")
        m = people.search(text, max(0, a - 30), a) if not any(g[0] == a for g in genitive) else None
        owned.append((m.start(), b, f"{_people_words(language or 'en')[m['word'].lower()]} {name}") if m else (a, b, name))
    return owned


@cache
def _people_words(language: str) -> dict[str, str]:
    """The words a language writes a state's people with before a group (``people_words``: "венгерск*", "苏"), each
    with its English adjective, the stems without their "*"."""
    return {w.rstrip("*").lower(): adjective for w, adjective in (lexicon(language).get("people_words") or {}).items()}


@cache
def _after_people(language: str) -> re.Pattern:
    """A noun that names a group only written against a state's people's word (``people_groups``: "美军", "苏军"), where
    alone it is part of other words; no match in a language that lists none."""
    nouns, words = lexicon(language).get("people_groups") or {}, lexicon(language).get("people_words") or {}
    if not nouns or not words:
        return compile_opening(r"(?!)")
    return compile_opening(r"(?:" + alternation(words) + r")(?P<noun>" + alternation(nouns) + r")")


@cache
def _people_pattern(language: str) -> re.Pattern | None:
    """A state's people's word standing right before a group noun: a Russian adjective of its stem (any ending), then
    white space; a Chinese prefix, written against the noun."""
    words = lexicon(language).get("people_words") or {}
    if not words:
        return None
    if language == "zh":
        return compile_opening(r"(?P<word>" + alternation(words) + r")$")
    stems = alternation(w.rstrip("*") for w in words)
    return compile_opening(r"(?<!\w)(?P<word>" + stems + r")\w*\s+$", re.IGNORECASE)


_ADDRESSING = compile_opening(
    r"^\W*(?:[^\W\d][^:]{0,40}:\s*)?(?i:upon|after|on|while|before|in)\s+(?i:" + "|".join(re.escape(w) for w in lexicon("en").get("addressing_participles") or [])
    + r")\s+(?:(?P<whom>[^,]{3,80}?)(?=,)|(?P<plain>(?:[a-z’'-]+\s+){0,3}?[a-z’'-]+)(?=\s+(?:(?i:com|comrade|cde|mr|premier|president)\.?\s+)?[A-Z]))"
)


def addressed_first(before: str, language: str | None = None) -> str | None:
    """Whom a participle opening the sentence addresses ("Upon greeting the delegates com. Kadar stated"): the one the
    subject then spoke to, a name or a group."""
    m = _ADDRESSING.match(before) if language in (None, "en") else None
    if not m:
        return None
    whom = m["whom"] or m["plain"]
    if named := clause_names(whom, language):
        return named[0]
    phrase = re.sub(r"^(?:the|all\s+the|our|their|his|her)\s+", "", whom.strip(), flags=re.IGNORECASE)
    return group_name(phrase)


def body_head(body: str) -> str:
    """The noun a body is called by for short: "Council" of the National Security Council, "Politburo" of the Politburo
    of the Polish United Workers' Party."""
    return body.split(" of ")[0].split()[-1]


# The body of a record's meeting named by its head noun ("the Council", "the members of the Politburo").
_BODY_HEAD = compile_opening(r"^\s*(?:to\s+)?the\s+(?:(?:members?|whole|entire|full)\s+(?:of\s+the\s+)?)?(?P<head>[A-Z][\w-]+)\b(?!\s+(?:of\b|[A-Z]))")


# What opens a reported clause whose verb is the act: "announced that the Chinese government had already sent".
# The verb's object is a person and a "to" follows: where the person is invited, sent or taken ("will invite him to the
# White House", "sent Mikoyan to Havana"), not whom the act is addressed to.
_PERSON_TAKEN_TO = compile_opening(
    r"^\s*(?P<whom>him|her|them|me|us|(?:(?:Com|Comrade|Cde|Mr|Ambassador|General|Marshal)\.?\s+)?\[?[A-Z][\w'’-]+\]?(?:\s+\[?[A-Z][\w'’-]+\]?){0,2})"
    r"\s+(?:back\s+)?to\s+(?:the\s+)?[A-Z]"
)
# A proposal that the writer's side and "them" do something together: made to them ("I proposed that we drive with them").
_PROPOSED_WITH_THEM = compile_opening(r"\s+that\s+we\s+(?:\w+\s+){1,3}?with\s+them\b")
_HIM = compile_opening(r"^\s*(?:him|her)\b")  # the verb's object is the person last named


_REPORTED = compile_opening(r"\b(?:that|how)\s+", re.IGNORECASE)


def _reported_clause(before: str) -> str | None:
    """The words after the last "that" before the verb, when the verb is in a clause reported by another's."""
    last = None
    for last in _REPORTED.finditer(before):  # noqa: B007 - the last match is wanted
        pass
    return before[last.end():] if last else None


# A saying and the clause it reports: "KIM IL SUNG informed me that ...", "Ким Ир Сен сообщил, что ...", "The President
# asked whether the Egyptians had ever replied to the World Bank's proposal of last December".
_TELLING_THAT = compile_opening(
    r"\b(?:" + SPEECH_VERBS + r"|informed|told|assured|reminded)\b[^.;:]{0,40}?\s+(?:that|whether)\s+"
    r"|(?:" + event_words("said_to_other") + r")[^.;:]{0,40}?,\s*(?:" + event_words("that_conjunction") + r")\s+"
    r"|(?:" + event_words("told_comma") + r")\s*[\uff0c,\uff1a:]\s*"  # "陈副总理补充说，中国政府已于一月决定": the words after the comma
)


def telling_after(text: str, start: int) -> int | None:
    """Where the clause a saying reports begins, the saying's verb at or after ``start`` ("announced late yesterday
    that ...": after "that"); None when no saying follows."""
    found = _TELLING_THAT.search(text, start)
    return found.end() if found is not None else None


_TELLER_AGAIN = compile_opening(r"^\W*(?:he|she|I|we)\b|^\W*(?:" + event_words("he_subject") + "|" + event_words("i_subject") + "|" + event_words("told_self") + ")", re.IGNORECASE)
_DATE_PREPOSITION = compile_opening(r"\b(?:on|in|at|by|of)\s*$", re.IGNORECASE)


def _last_told_clause(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the last clause a saying reports before ``start`` begins, and that clause's words without the date at
    ``start:end`` (and the preposition before it); None when no saying stands before the date."""
    last = None
    for last in _TELLING_THAT.finditer(text, 0, start):  # noqa: B007 - the last match is wanted
        pass
    if last is None:
        return None
    return last.end(), _DATE_PREPOSITION.sub("", text[last.end(): start]) + " " + text[end:]


def teller_again(text: str, start: int, end: int) -> int | None:
    """Where the clause a saying reports begins, when the day at ``start`` stands in it and its subject is the teller
    again ("Taraki received me ... and told me that the day before he had met ..."): his own earlier act, told that day."""
    if (told := _last_told_clause(text, start, end)) is None:
        return None
    begins, clause = told
    return begins if _TELLER_AGAIN.match(clause) else None


def told_clause(text: str, start: int, end: int, language: str | None) -> int | None:
    """Where the clause a saying reports begins, when the date at ``start:end`` stands in it and the clause names a
    subject of its own ("Kim Il Sung informed me that on 28 September the Chinese delegation arrived"): the date is the
    clause's act, and that subject did it, not the teller. None otherwise, and when the clause's subject is the teller
    again ("Sukarno said that on 5 April he had met Zhou Enlai")."""
    if (told := _last_told_clause(text, start, end)) is None:
        return None
    begins, clause = told
    if _TELLER_AGAIN.match(clause):
        return None
    return begins if _clause_subject(clause, language) or group_nouns(clause, language) or (language is not None and _passive_clause(clause, language)) else None


# The first verb of a reported clause: its subject stands before it ("the Chinese government had already sent").
_CLAUSE_VERB = compile_opening(r"\s(?:had|has|have|was|were|is|are|will|would|could|should|did|does|do|can|must|may|might)\b|\s[a-z]{3,}ed\b")


def clause_group(clause: str) -> list[str]:
    """The group a clause opens with as its subject, named by no name of the gazetteer ("the Korean side had handed"),
    or the proper names it opens with that the gazetteer lacks or holds as a place ("told me that the Althing would
    debate the question", "Saigon rejected the claim the next day": a capital for its government)."""
    verb = _CLAUSE_VERB.search(clause)
    if not verb:
        return []
    return subject_phrase(clause[: verb.start()])[:1] or named_subject(clause[: verb.start()])


# A reported clause's subject written as a proper name the gazetteer lacks, alone or after its article and one common
# noun: "that Pemex had signed", "that the Althing would debate", "that the frigate Lowestoft had rammed", "that the
# prisoners Baader, Ensslin and Raspe had been found dead" (the names joined, each one).
_NAMED_SUBJECT = compile_opening(
    r"^\s*(?:(?:the|a|an)\s+)?(?:(?P<noun>[a-z]+)\s+)?(?P<names>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s*(?:,|,?\s+and)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*)\s*$"
)


_JOINING_WORDS = frozenset(w.lower() for w in lexicon("en").get("clause_joining_words") or [])  # "and within a week Stevens"


def named_subject(phrase: str) -> list[str]:
    """The proper names ``phrase`` (a clause's words before its verb) is made of, as written; none where a word of them
    is a month, a weekday, a small word or a pronoun ("In February he", "On Monday the Council"), or the common noun
    before them is one ("of Pemex")."""
    if (m := _NAMED_SUBJECT.match(phrase)) is None or (m["noun"] and m["noun"] in _FUNCTION_WORDS | _NOT_SUBJECTS | _JOINING_WORDS):
        return []
    names = [" ".join(n.split()) for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["names"]) if n.strip()]
    for name in names:
        if any(w in MONTHS or w in WEEKDAYS or w.lower() in _FUNCTION_WORDS or w.lower() in _NOT_SUBJECTS
               or w.lower() in _SUBJECT_TIME_WORDS or w.lower() in _COUNT_WORDS or w.lower() in _JOINING_WORDS for w in name.split()):
            return []
    return names


def told_group(text: str, start: int, end: int) -> list[str]:
    """The group the clause a saying reports opens with as its subject, the date at ``start:end`` read out of it, before
    the clause's verb or after it ("Tu'ipelehake told me that the Privy Council would consider the offer on Monday",
    "Tito told me that on 3 May the Yugoslav government had recalled ..."): the group the gazetteer lacks, as written."""
    told = _last_told_clause(text, start, end)
    return clause_group(told[1].lstrip()) if told is not None else []


def reported_subject(before: str) -> list[str]:
    """The subject of an English clause reported by another's saying, before its verb ("JAROSZEWICZ added that the Sejm
    will meet"): its names, else the group its noun phrase names; none where no clause is reported."""
    if (that := _reported_clause(before)) is None or not _clause_subject(that, "en"):
        return []
    if (verb := _CLAUSE_VERB.search(that)) is None:
        return []  # "I agree that you hold talks with Phouma": no verb read, no subject told apart
    return subject_names(that[: verb.start()], "en") or subject_phrase(that[: verb.start()])


# The forms of "to be" a reported clause's passive is made with ("had been uncovered", "был раскрыт"), and a receipt's
# bare participle ("получены"): the clause's act is not the teller's.
_PASSIVE_FORMS = {lang: frozenset(w.lower() for key in ("agent_auxiliaries", "past_auxiliaries", "bare_past_participles")
                                  for w in lexicon(lang).get(key) or []) for lang in ("en", "ru")}


# The auxiliaries of a clause's own verb (en.yaml perfect, future and modal auxiliaries): "had" before "been uncovered"
# is the passive's, any other before the form of "to be" is a verb of the clause's own.
_CLAUSE_AUXILIARIES = frozenset(w for key in ("perfect", "future_auxiliaries", "reported_future_auxiliaries", "ahead_modals")
                                for w in lexicon("en").get(key) or [])


def _passive_clause(clause: str, language: str | None) -> bool:
    """A reported clause told in the passive, with no subject of its own that acts."""
    forms = _PASSIVE_FORMS.get(language or "en")
    if not forms or _TELLER_AGAIN.match(clause):
        return False
    words = re.findall(r"\w+", clause.split(",", 1)[0].lower())  # the clause up to its first comma: its own verb
    at = next((i for i, w in enumerate(words) if w in forms), None)
    if at is None:
        return False
    before = words[: at - 1] if at and words[at - 1] in _CLAUSE_AUXILIARIES else words[:at]  # "had been uncovered"
    if any(w in _CLAUSE_AUXILIARIES or w.endswith("ed") for w in before):
        return False  # "the advisers had said they were ...": a verb of its own before the form of "to be"
    following = words[at + 1: at + 3]
    return bool(following) and (not following[0].isascii() or any(w.endswith(("ed", "en", "wn", "ght")) for w in following))


def _clause_subject(clause: str, language: str | None) -> bool:
    """A reported clause names its own subject: a name, a pronoun of the writer or a group ("the enemy")."""
    if clause_names(clause, language) or _WRITER.search(clause):
        return True
    verb = _CLAUSE_VERB.search(clause)
    return language in (None, "en") and bool(subject_phrase(clause[: verb.start()] if verb else clause)
                                             or (verb is not None and named_subject(clause[: verb.start()])))


# What joins the names of one subject: "KGB, MVD and the Procuracy", "Cdes. Mikoyan and Serov", "苏、中".
# An office named with the next name is part of the list too ("Kardelj, Rankovic and our ambassador Com. Firyubin").
_APPOSED_OFFICE = r"(?:our|their|his|her|its|the)\s+(?:[a-z]+\s+)?(?:" + "|".join(
    sorted((re.escape(w) for w in lexicon("en").get("titles") or [] if " " not in w), key=len, reverse=True)
) + r")\s+"
_COORDINATION = compile_opening(
    r"^(?:\s*(?:,|;|&|\band\b|" + event_words("coordination") + r")\s*)+(?:(?:the|comrades?|cdes?\.|coms?\.)\s+|" + _APPOSED_OFFICE
    + r"|(?:" + event_words("coordination_others") + r")\s+)*$",  # "студенческие и другие повстанческие элементы": and other
    re.IGNORECASE,
)


# "X, accompanied by Y, left Warsaw": X and Y went; an aside between the subject and its verb (en.yaml escort_asides).
_ESCORT_ASIDE = compile_opening(r",\s*(?:" + alternation(lexicon("en").get("escort_asides") or []).replace(r"\ ", r"\s+") + r")\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_PREPOSITION_BEFORE = compile_opening(r"\b(?:on|of|in|about|for|against|with|from|at|to|into|over|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)


def coordinated(spans: list[tuple[int, int, str]], text: str) -> list[str]:
    """The last of the names (or groups) standing in ``text`` at ``spans``, with those joined to it as one list ("КГБ,
    МВД и прокуратура", "X, Y and Z")."""
    if not spans:
        return []
    group = [spans[-1]]
    for span in reversed(spans[:-1]):
        if not _COORDINATION.match(text[span[1]: group[0][0]]):
            break
        group.insert(0, span)
    return [name for _, _, name in group]


_SUBJECT_BREAK = compile_opening(r"(?<!\d),|,(?!\d)|:")  # a comma (not one in "1,700") or a label's colon


def _leads(person: str, army: str) -> bool:
    """Whether the gazetteer's ``person`` leads ``army`` (its ``army``)."""
    leader, led = lookup(person), lookup(army)
    return leader is not None and led is not None and leader.army == led.id


_ZH_CLAUSE_BREAK = re.compile(r"[，,。；;：:]")
_ZH_SUBJECT_END = re.compile(event_words("subject_ends"))
_ZH_NOT_SUBJECT = re.compile(r"(?:" + event_words("not_subject_openers") + r")")
_ZH_DAY_WORDS = frozenset(lexicon("zh").get("relative_days") or {})
_ZH_DAY_PARTS = tuple(lexicon("zh").get("day_part_openers") or ["(?!)"])
_ZH_NAME_LETTERS = re.compile(r"[\u4e00-\u9fff\u00b7\u30fb]+")


def _zh_subject_at(text: str, at: int) -> str | None:
    clause = _ZH_CLAUSE_BREAK.split(text[at:], maxsplit=1)[0]
    ends = [m.start() for m in _ZH_SUBJECT_END.finditer(clause)] + [d.start for d in find_dates(clause, 1960)]
    end = min((e for e in ends if 2 <= e <= 12), default=None)
    if end is None or not _ZH_NAME_LETTERS.fullmatch(subject := clause[:end]) or _ZH_NOT_SUBJECT.match(subject) \
            or subject in _ZH_DAY_WORDS or subject.startswith(_ZH_DAY_PARTS):
        return None  # "今天上午，张大使前往……": the day the clause opens with, no subject ("今天", "晚上达氏")
    mentions = find_mentions(subject)
    if mentions and max(m.end for m in mentions) > len(subject) - 2:
        return None  # a name the gazetteer reads ends it ("北京", "周恩来"): no body it lacks; one before the noun
    # qualifies it ("奠边府守军": the garrison of that place)
    return subject


def zh_opening_subject(text: str) -> str | None:
    """The subject a Chinese sentence opens with, after its point's numeral and a clause of its day ("次日，", "三十日晚，"),
    where the gazetteer knows no name there ("奠边府守军已于昨日下午投降", "王震邀请代表团当晚出席宴会"): the words before the
    adverb, the day or the verb that ends it (zh.yaml ``subject_ends``), as the page writes them, with the state or the
    name that qualifies its noun ("英国驻乌干达高级专员已于二十四日晚会见奥博特"); none for a pronoun, a demonstrative or both
    sides (``not_subject_openers``), or where a name the gazetteer reads ends it."""
    at = _ZH_POINT.match(text).end()
    if (subject := _zh_subject_at(text, at)) is not None:
        return subject
    first = _ZH_CLAUSE_BREAK.split(text[at:], maxsplit=1)
    return _zh_subject_at(text, at + len(first[0]) + 1) if len(first) == 2 and len(first[0]) <= 8 else None


def _zh_chained_subject(before: str) -> list[str]:
    """A Chinese verb opening a clause with no subject of its own, after a clause that names its doer and the one he
    went to ("陈家康大使往见纳赛尔总统，转达了周总理的慰问电"): the first clause's doer, then those it names after him; empty
    where the verb has a subject before it or the clause before names fewer than two."""
    if (verb := _ZH_BARE_VERB.search(before)) is None or name_spans(verb["verb"], "zh"):
        return []  # the verb before its cue ("转达" before "了"), after the comma, alone
    names = list(dict.fromkeys(name for _, _, name in name_spans(_ZH_CLAUSE_BREAK.split(before[: verb.start()])[-1], "zh")))
    return names if len(names) >= 2 else []


_ZH_BARE_VERB = re.compile(r"[，,]\s*(?P<verb>[^\W\d_]{0,4})\s*$")


def subject_names(before: str, language: str | None) -> list[str]:
    """The subject before the verb: the last name, with the names coordinated with it ("X, Y and Z informed")."""
    spans = name_spans(before, language)
    comma = max((m.start() for m in _SUBJECT_BREAK.finditer(before)), default=-1)
    if spans and spans[-1][1] <= comma and language in (None, "en") and subject_phrase(before[comma + 1:]):
        return []  # "Upon entering the Cabinet Room from his office, the President informed": the subject after the comma;
        # "Lebanon: Some 1,700 Marines came ashore": after a bulletin's label
    heads = [x for x in spans if not _PREPOSITION_BEFORE.search(before[max(0, x[0] - 16): x[0]])]
    spans = heads or spans  # "Gromyko initiative on Cuba yesterday appears ...": Cuba is what the subject is about
    if not spans:
        return []
    group = [spans[-1]]
    for span in reversed(spans[:-1]):
        joint = before[span[1]: group[0][0]]
        if _leads(span[2], group[0][2]) and re.fullmatch(r"['’]s?\s+", joint):
            group.insert(0, span)  # "Nkomo's forces": the leader with his army
            continue
        if not _COORDINATION.match(joint) or ("," in joint and re.search(r"\band\b", joint) and len(group) < 2):
            break  # "Mikoyan met Serov, and Kosygin informed": ", and" joins clauses, unless it ends a list ("A, B, and C")
        group.insert(0, span)
    if language in (None, "en") and (aside := _ESCORT_ASIDE.search(before, 0, group[0][0])):
        escorted = [x for x in spans if x[1] <= aside.start()]  # "Khrushchev, Mikoyan, Molotov and Kaganovich, accompanied by
        if escorted and not before[escorted[-1][1]: aside.start()].strip(" ]"):  # Marshal Konev, left": those he went with too
            lead = [escorted[-1]]
            for span in reversed(escorted[:-1]):
                if not _COORDINATION.match(before[span[1]: lead[0][0]]):
                    break
                lead.insert(0, span)
            group = lead + group
    names = [name for _, _, name in group]
    if language in (None, "en") and (m := _AND_KIN.match(before, spans[-1][1])) and is_person(names[-1]):
        names.append(kin_name(before[spans[-1][0]: spans[-1][1]].strip(" []"), m["kin"]))  # "Ngo Dinh Diem and his younger brother died"
    elif language in (None, "en") and (m := _AND_GROUP.match(before, spans[-1][1])) and (joined := group_name(m["phrase"])):
        names.append(joined)  # "Premier Kim Il Sung and the delegation of the [North] Korean government visited"
    return list(dict.fromkeys(names))


# A person's kin, named by the possessive of the person told of ("X and his younger brother", "His wife"): the kin
# acts, called by the person's name as the page writes it and the kin noun ("X's younger brother"), as the agent of a
# person is kept under the page's words.
_KIN = (r"(?P<kin>(?:(?:" + alternation(lexicon("en").get("kin_modifiers") or []) + r")\s+)?(?:"
        + alternation(lexicon("en").get("kin_nouns") or []) + r"))")
_AND_KIN = compile_opening(r"\]?\s*,?\s+and\s+(?:his|her)\s+" + _KIN + r"\s*$")
_KIN_SUBJECT = compile_opening(r"(?:^|[,;:]\s*|\b(?:since|when|after|before|as|because|and|but|that|while)\s+)(?:[Hh]is|[Hh]er)\s+" + _KIN + r"\s*$")


# A subject that is a thing of the person told of, by the possessive ("Her voice persuaded President Reagan", "His
# letter reached Moscow"): that person acts through it (a kin of ``_KIN_SUBJECT`` acts on his own).
_OWN_SUBJECT = compile_opening(
    r"(?:^\W*|[,;:]\s*|\b(?:since|when|after|before|as|because|and|but|that|while)\s+)(?:[Hh]is|[Hh]er)\s+(?:[a-z]+\s+){0,2}[a-z]+\s*$"
)


# A sentence opening with the person it is about, then his verb ("Tupuola said ...", "3. Mr Price replied ...", "This
# morning Foreign Minister X received ...", "Our Ambassador, Charles Darlington, had ..."): the words before the verb are
# a time phrase, titles and the name (``carried_subject_time_words`` and ``subject_not_verbs``, en.yaml).
_EN = lexicon("en")
_SUBJECT_OPENS = compile_opening(
    r"^[\W\d]*(?:(?:" + alternation(_EN.get("carried_subject_time_words") or []) + r")(?:\s+(?:\d[\w:.]*|[a-z]+|"
    + alternation([*(_EN.get("months") or {}), *(_EN.get("weekdays") or {})]) + r")){0,3},?\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s*,\s*|\s+)(?:(?:" + alternation([w for w in _EN.get("name_particles") or [] if isinstance(w, str)])
    + r"|of(?:\s+the)?)\s+(?=[A-Z]))?){1,8}"
    r"(?:[a-z]+ly\s+|also\s+|then\s+|again\s+|further\s+)*(?P<verb>(?!(?:" + alternation(_EN.get("subject_not_verbs") or [])
    + r")\b)[a-z]{2,})\b"
)
# A sentence whose subject is the pronoun of the person spoken of before, or his possessive ("He asked ...", "Then she
# said ...", "His government would ..."): it goes on about him.
_PRONOUN_SUBJECT_OPENS = compile_opening(r"^[\W\d]*(?:(?:Then|Later|Also|However|But|And|Moreover|Finally|Next),?\s+)?(?:He|She|His|Her)\b")


def carried_subject(sentence: str, language: str | None, previous: str | None) -> str | None:
    """The person an English sentence is about, whom a "he" or "she" opening the next one stands for: the name opening
    it as the subject of its verb, or, for a sentence opening with "He" or "She" itself, the person before (``previous``);
    None where the subject is no person named (a group, a title alone) or stands later in the sentence. Persons named as
    its object, in a relative clause or inside the words it reports are not what the next sentence goes on about
    ("Newsom recalled the visit that Vice President Mondale had paid to Apia. Tupuola said that ... He asked ...")."""
    if language not in (None, "en"):
        return None
    if _PRONOUN_SUBJECT_OPENS.match(sentence):
        return previous if previous and _a_person(previous) else None
    if (m := _SUBJECT_OPENS.match(sentence)) is None:
        return None
    names = subject_names(sentence[: m.start("verb")], language)
    if not names and (name := opening_name(sentence)) is not None:
        names = [name]  # "Tupuola said that ... He asked": a name the gazetteer does not know opens the sentence as its subject
    if not names and is_bare_title(office := re.sub(r"^[\W\d]+", "", sentence[: m.start("verb")]).strip()):
        return office  # "The Minister said that President X ... He asked": the office, read later as the one who holds it
    return names[0] if len(names) == 1 and _a_person(names[0]) else None


# The words a name opening its sentence may come after: a time phrase's ("On 21 June", "Yesterday"), and the titles and
# styles before the name ("Sultan", "Marshal", "Sheikh": ``titles``, ``office_titles``, ``name_styles`` in en.yaml).
_OPENING_TIME_WORDS = frozenset(w.lower() for w in _EN.get("carried_subject_time_words") or [])
_OPENING_TITLE_WORDS = frozenset(
    w.lower() for key in ("titles", "office_titles", "name_styles", "title_modifiers") for t in _EN.get(key) or [] for w in t.split()
)
_OPENING_PARTICLES = frozenset(w for w in _EN.get("name_particles") or [] if isinstance(w, str))
_DAY_WORDS = frozenset(w.lower() for key in ("months", "weekdays") for w in _EN.get(key) or {})
_OPENING_AUXILIARIES = frozenset(_EN.get("past_auxiliaries") or [])
_OPENING_VERB_KINDS = frozenset(["past", "speech", "performative", "ongoing", "planned"])
_OPENING_COUNT_WORDS = frozenset(w.lower() for w in _EN.get("opening_count_words") or [])  # "Several hundred Arabs": a count, no name


@cache
def _common_words() -> frozenset[str]:
    """Every word the English language file writes in small letters, in its rules and their examples ("dinner",
    "curfew"): a common noun, no name, though a sentence opens with it in capitals."""
    words: set[str] = set()
    for item in strings("en"):
        words.update(re.findall(r"\b[a-z]{3,}\b", item))
    return frozenset(words - _OPENING_PARTICLES)


def opening_name(sentence: str, lower: frozenset[str] = frozenset()) -> str | None:
    """The name an English sentence opens with as its verb's subject, one the gazetteer may not know ("Seaga won a
    sweeping victory", "Yesterday Denard was named commander", "On 19 June Sultan Jamshid bin Abdullah escaped by
    sea"): after a time phrase and the titles, the capitalised words right before the verb, a person or a body as
    written; None where those words are a pronoun, a day, a number, a common noun written with a capital ("Embassy",
    "Curfew announced": a word the page, or the language file, also writes in small letters, ``lower``; "Shooting was
    heard") or a place, or
    where the word after them is no verb ("Soviet restrictions on traffic began")."""
    if (m := _SUBJECT_OPENS.match(sentence)) is None or not (
        m["verb"] in _OPENING_AUXILIARIES or any(c.start == 3 and c.kind in _OPENING_VERB_KINDS for c in read_cues("He " + m["verb"], "en"))
    ):  # the verb read alone after a subject: a day later in the sentence reads no cue of its own
        return None
    words = re.sub(r"^[\W\d]+", "", sentence[: m.start("verb")]).replace(",", " ").split()
    if words and words[0].lower() in _OPENING_TIME_WORDS:
        words = words[1:]  # "On 21 June", "Yesterday", "This morning": the time, then the subject
        while words and (words[0][:1].isdigit() or words[0].islower() and words[0] not in _FUNCTION_WORDS or words[0].lower() in _DAY_WORDS):
            words = words[1:]
    while len(words) > 1 and words[0].rstrip(".").lower() in _OPENING_TITLE_WORDS:
        words = words[1:]  # "Marshal Thanom Kittikachorn": the man, not his rank
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    if any(w.lower() in _NOT_SUBJECTS or w.lower() in _FUNCTION_WORDS or w.lower() in _DAY_WORDS or w.lower() in _OPENING_TIME_WORDS
           or w.lower() in _OPENING_TITLE_WORDS or w.lower() in _ACTOR_NOUNS or w.endswith(("'s", "’s")) or w.isupper() and len(w) < 3
           or w.lower() in _OPENING_COUNT_WORDS or (w.lower() in lower and w not in _OPENING_PARTICLES) or w.lower() in _common_words()
           or not (w[:1].isupper() or w in _OPENING_PARTICLES) for w in words):
        return None  # "The Commission", "His son", "Embassy compound": no name of its own
    name = " ".join(words)
    if len(name) < 3 or (len(words) == 1 and name.endswith("ing")) or ((entity := lookup(name)) is not None and entity.kind not in ("person", "organisation", "organization")):
        return None  # "Dar es Salaam reported": a place, where, not who
    return canonical_name(name)


def _a_person(name: str) -> bool:
    """A person: the gazetteer's, or a name the gazetteer does not know (one the page gives)."""
    entity = lookup(name)
    return entity.kind == "person" if entity else True


def kin_name(person: str, kin: str) -> str:
    """The name a person's kin goes by: the person's, with the kin noun ("Ngo Dinh Diem's younger brother")."""
    return f"{person}'s {' '.join(kin.split())}"


# Heads too generic to stand alone for who acted ("the people", "the population"): a bare one is no actor; a phrase keeping
# its owner ("the people of Armenia", "the Cuban press and radio") still is.
_GENERIC_HEADS = frozenset(w.lower() for w in lexicon("en").get("generic_heads") or [])


def kept_actors(names: list[str]) -> list[str]:
    """The actors with any bare generic head left out."""
    return [n for n in names if n.strip().lower() not in _GENERIC_HEADS]


# A group joined to the subject's names, closing the subject: "X and the delegation of the [North] Korean government".
_AND_GROUP = compile_opening(r"\]?\s*,?\s+and\s+(?:the|its|his|their)\s+(?P<phrase>[\[\]\w’'-]+(?:\s+[\[\]\w’'-]+){0,6}?)\s*$")
# "the delegation of the Korean government" is the Korean government delegation (``owner_first_heads`` in en.yaml).
_OWNER_FIRST = frozenset(w.lower() for w in lexicon("en").get("owner_first_heads") or [])
_HEAD_OF = compile_opening(r"\b(?:a|an|the)\s+(?P<head>" + "|".join(sorted(_OWNER_FIRST)) + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def group_name(phrase: str) -> str | None:
    """A group's name from the words that call it, or None when they name no group: its head noun is an actor noun
    ("the Soviet delegation"); a head the owner is written before ("the delegation of the [North] Korean government")
    takes its owner first, as the group is called ("North Korean government delegation")."""
    words = phrase.replace("[", "").replace("]", "").split()
    if len(words) >= 3 and words[0].lower() in _OWNER_FIRST and words[1] == "of":
        owner = words[3:] if words[2].lower() == "the" else words[2:]
        if owner and all(w[:1].isupper() or w.lower() in _ACTOR_NOUNS for w in owner) and owner[0][:1].isupper():
            return canonical_name(" ".join(owner + words[:1]))
        return None
    if words and words[-1].lower() in _ACTOR_NOUNS and len(words) <= 4 and all(w[:1].isupper() for w in words[:-1]):
        return canonical_name(" ".join(words))
    return None


# A count that opens a group with no article ("arrested two Korean prisoners"): kept in the group's name.
_COUNTS = alternation([w for w in lexicon("en").get("number_words") or {} if len(w) > 1 and w != "few"]) + r"|\d+"
_OBJECT_HEAD = "|".join(sorted((re.escape(w) for w in lexicon("en").get("actor_nouns") or []), key=len, reverse=True))
# A group named after the verb, the article first: "the [North] Korean delegation", "the people of Armenia", "the rebels".
# "its"/"their" before the head is the subject's own people ("The Soviet embassy has advised its specialists to stay
# indoors", "Moscow recalled its ambassador"): no actor of their own, as Russian "своих" (own_words).
_OBJECT_GROUP = compile_opening(
    r"^(?:\s*\w+){0,3}?\s*\b(?:to\s+)?(?:(?:the|all\s+the|our)\s+|(?=(?:" + _COUNTS + r")\s|[A-Z][a-z][\w-]*\s+(?:" + _OBJECT_HEAD + r")\b))(?P<phrase>(?:[\[\]\w’'-]+\s+){0,3}?(?:" + _OBJECT_HEAD
    + r"))\b(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|\s+of\s+[a-z]{4,}(?=\s*(?:[,;]|to\b)))?"  # "the people of Armenia", "the chief of protocol"
    r"(?=\s*(?:$|[,.;:()\[\]]|\b(?:to|and|with|that|in|at|on|for|from|by|who|which|about|as|of)\b))"  # the head ends the phrase: not "the following press communiqué"
)


_NAME_BEFORE = compile_opening(r"[A-Z][\w'’.-]+\]?\s*,?\s*$")  # the group follows a name at once: "comrade Rokossowski and the generals"
_AND_THE = compile_opening(r"\b(?:and|as\s+well\s+as)\s+(?=(?:the|all\s+the|its|their|our)\s)")


_EXPERIENCER = compile_opening(
    r"^\W*(?:\w+\s+)?it\s+(?:\w+\s+){1,2}?(?:" + alternation(lexicon("en").get("experiencer_words") or []) + r")\s+to\s+(?P<whom>.+)",
    re.IGNORECASE,
)
_WHOM_END = compile_opening(r"\s+(?:from|that|through|in|during|after|before|when|by)\b|[,;:(]")


def clause_experiencer(clause: str) -> list[str]:
    """Who came to know, in a clause whose subject is an impersonal "it" ("After it became clear to the Western powers
    from their discussions with Kroll that ..."): the one named after "to", a name or a group; none otherwise."""
    if not (m := _EXPERIENCER.match(clause)):
        return []
    whom = m["whom"][: end.start()] if (end := _WHOM_END.search(m["whom"])) else m["whom"]
    if named := clause_names(whom, "en"):
        return named[:1]
    return [group] if (group := object_group(" to " + whom.strip() + " ")) else []


# A paper named by its owner as the subject of a passive ("the first communiqué of the junta was", "a statement of the
# rebel command was"): the owner a group the nominal act is of (en.yaml nominal_acts), before the passive's auxiliary.
_OWNED_PAPER = compile_opening(
    r"(?<!\w)(?:" + (alternation(lexicon("en").get("nominal_acts") or []) or "(?!)") + r")\s+of\s+(?P<owner>the\s+[^,;:()]{2,60}?)\s+"
    r"(?:" + (alternation(lexicon("en").get("past_auxiliaries") or []) or "(?!)") + r")\s*$", re.IGNORECASE)
# A broadcast medium after the preposition that makes it the channel of an act ("read over the radio", "announced on the
# radio"): no group the act is done to (en.yaml channel_prepositions, channel_nouns).
_CHANNEL = compile_opening(
    r"^\W*(?:\w+\s+){0,3}?(?:" + (alternation(lexicon("en").get("channel_prepositions") or []) or "(?!)") + r")\s+(?:the\s+)?(?:\w+\s+)?(?:"
    + (alternation(lexicon("en").get("channel_nouns") or []) or "(?!)") + r")\b", re.IGNORECASE)


def object_group(after: str) -> str | None:
    """A group the act is addressed to or done to, named by a common noun the gazetteer cannot list."""
    m = _OBJECT_GROUP.match(after)
    if not m or ((channel := _CHANNEL.match(after)) and channel.end() == m.end("phrase")):
        return None
    words = m["phrase"].split()
    if any(w.lower() in _FUNCTION_WORDS or w.lower() in _NOT_SUBJECTS for w in words):
        # "its pressure on the governments": the group is the one after the preposition, not "pressure on the ..."
        last = max(i for i, w in enumerate(words) if w.lower() in _FUNCTION_WORDS or w.lower() in _NOT_SUBJECTS)
        if words[last].lower() not in ("the", "its", "their", "our") or not _PREPOSITION_BEFORE.search(" ".join(words[: last + 1]) + " "):
            return None
        words = words[last + 1:]
    return canonical_name((" ".join(words) + (m["of"] or "")).replace("[", "").replace("]", ""))


def _is_region(surface: str) -> bool:
    """A name the gazetteer knows as a place that is no state ("Western Europe", "New York"): where, never who."""
    entity = lookup(surface)
    if entity is None and (words := surface.split()) and (words[-1] in _PLACE_HEADS or (len(words) >= 2 and words[0] in _PLACE_OPENERS)):
        return True  # "Ascension Island", "the Han River", "the Casa Rosada": a place by the last or the first word of its
        # name (en.yaml ``place_heads``, ``place_openers``)
    return entity is not None and entity.kind == "place" and not entity.is_state


_PLACE_HEADS = frozenset(lexicon("en").get("place_heads") or [])
_PLACE_OPENERS = frozenset(lexicon("en").get("place_openers") or [])


# After the verb, a name in the possessive is whose thing the act is about ("toasted Com. Stalin's health", "said South
# Korea's base was poor"), not whom it is addressed to.
_POSSESSIVE = compile_opening(r"['’]s?\b")
_POSSESSIVE_END = compile_opening(r"['’]s?$")


def clause_names(text: str, language: str | None, addressed_only: bool = False) -> list[str]:
    """Actors named in a piece of a sentence, in order: the gazetteer's, and in English the capitalised names it lacks
    (a single capitalised word after "by" is a name too: "Deciphered by Morozov"). ``addressed_only``: a state
    named after the verb is an actor only when the act is addressed to it ("asked about production in South
    Korea" names a place, "sent to North Korea" an actor)."""
    return list(dict.fromkeys(name for _, _, name in name_spans(text, language, addressed_only)))


# A person's agent named by the person and the office, no name following ("will speak with Genscher's representative"):
# the agent acts, not the person (``agent_nouns`` in en.yaml); "Shevardnadze's representative Aboymov" is Aboymov.
_AGENT_OF = compile_opening(r"['’]s?\s+(?P<head>[a-z]+)\b(?!\s+(?:(?:Com|Comrade|Cde|Mr)\.?\s+)?\[?[A-Z])")
_AGENT_NOUNS = frozenset(lexicon("en").get("agent_nouns") or [])
# A leader's armed men ("Nkomo's forces"): the army the gazetteer says he leads, beside him (``force_nouns`` in en.yaml).
_FORCE_NOUNS = frozenset(lexicon("en").get("force_nouns") or [])


# A city one talks with or telephones stands for those who govern there ("he had had a telephone conversation with
# Moscow"); a city one is in, goes to or comes from stays a place.
_TALKED_WITH = compile_opening(
    r"\b(?:(?:" + "|".join(sorted((re.escape(w) for w in lexicon("en").get("conversation_nouns") or []), key=len, reverse=True))
    + r"|contacts?|consultations?)\s+with|telephoned|phoned|cabled|wired)\s+$"
)


# A capital acting: a verb in "-ed" or of ``capital_acts`` right after it, a helper or two between (en.yaml).
_CAPITAL_ACTS = compile_opening(
    r"\s+(?:(?:" + alternation(lexicon("en").get("capital_act_helpers") or []) + r")\s+){0,2}"
    r"(?:[a-z]{2,}ed|" + alternation(lexicon("en").get("capital_acts") or []) + r")\b"
)

# ... standing where a clause opens: the text's start, a stop, a joining word or the day said first ("Yesterday Moscow
# delivered"); not inside one ("for what Moscow has called an official visit").
_CAPITAL_OPENS = compile_opening(
    r"(?:^|[,;:(]|\b(?i:and|but|that|while|when|whereas|" + alternation(lexicon("en").get("subject_time_words") or []) + r")|\d\w*)\W*$"
)

# ... or ending the text before the verb ("Yesterday Moscow |delivered"), a helper or two after it.
_CAPITAL_ENDS = compile_opening(r"\s*(?:(?:" + alternation(lexicon("en").get("capital_act_helpers") or []) + r")\s+){0,2}")


_PEOPLES = {k: v for k, v in (lexicon("en").get("state_peoples") or {}).items()}
_PEOPLE = compile_opening(r"(?<![\w-])(?i:the)\s+(?P<people>" + (alternation(_PEOPLES) or "(?!)") + r")(?![\w-])")


def people_states(text: str) -> list[tuple[int, int, str]]:
    """The peoples that act in a text, each as its state ("The Dutch had announced ...": the Netherlands): where each
    stands and the state's name; standing where a clause opens, a verb right after it (as a capital acting)."""
    if not _PEOPLES:
        return []
    return [(m.start("people"), m.end(), _PEOPLES[m["people"]]) for m in _PEOPLE.finditer(text)
            if (_CAPITAL_ACTS.match(text, m.end()) or _CAPITAL_ENDS.fullmatch(text, m.end()))
            and _CAPITAL_OPENS.search(text[max(0, m.start() - 40): m.start()])]


def capital_states(text: str, mentions) -> list[tuple[int, int, str]]:
    """The capitals that act in a text, each as its state ("Moscow delivered a protest": the Soviet Union): where each
    stands and the state's name; not a capital one is in, goes to, writes from or addresses."""
    return [(m.start, m.end, state.name) for m in mentions
            if m.entity.capital_of and (state := entity(m.entity.capital_of))
            and (_CAPITAL_ACTS.match(text, m.end) or _CAPITAL_ENDS.fullmatch(text, m.end))
            and _CAPITAL_OPENS.search(text[max(0, m.start - 40): m.start])
            and not _LOCATIVE.search(text[max(0, m.start - 16): m.start]) and not _ADDRESSED.search(text[max(0, m.start - 16): m.start])]


def name_spans(text: str, language: str | None, addressed_only: bool = False) -> list[tuple[int, int, str]]:
    """``clause_names`` with where each name stands in the text: start, end and the name."""
    known = [m for m in find_mentions(text) if m.entity.is_actor and not is_where(text, m) and not is_modifier(text, m)]
    if addressed_only:
        known = [m for m in known if m.entity.kind != "place" or (
            _ADDRESSED.search(text[max(0, m.start - 12): m.start]) and len(text[: m.start].split()) <= 8  # "sent troops to Korea",
        )]  # not "emphasized the concern of the Soviet Union for the escalation of the campaign against the GDR"
    agents = [(m.start, g.end("head"), text[m.start: g.end("head")]) for m in known
              if m.entity.kind == "person" and (g := _AGENT_OF.match(text, m.end)) and g["head"].lower() in _AGENT_NOUNS]
    known = [m for m in known if not any(a == m.start for a, _, _ in agents)]
    agents += [(g.start("head"), g.end("head"), army.name) for m in known
               if m.entity.kind == "person" and m.entity.army and (g := _AGENT_OF.match(text, m.end))
               and g["head"].lower() in _FORCE_NOUNS and (army := entity(m.entity.army)) is not None]
    if language in (None, "en"):  # "the new Kremlin leader": the group or office the name qualifies, not the name
        heads = {m.start: head for m in known if (head := _qualified_head(text, m))}
        agents += list(heads.values())
        known = [m for m in known if m.start not in heads]
    if language == "zh":  # "匈牙利代表团", "中共代表团": the state's or party's delegation, not the state or party
        owned = owned_groups(text, known)
        agents += owned
        known = [m for m in known if not any(a <= m.start < b for a, b, _ in owned)]
    if language == "ru" and (owned := genitive_owned_groups(text, known, language)):  # "вооруженные силы Чили": the state's
        agents += owned  # armed forces, not the state
        known = [m for m in known if not any(a <= m.start < b for a, b, _ in owned)]
    found = [(m.start, m.end, m.entity.name) for m in known if not (addressed_only and _POSSESSIVE.match(text, m.end))] + agents
    found += [(m.start, m.end, m.entity.name) for m in find_mentions(text)  # "a telephone conversation with Moscow": its government
              if m.entity.kind == "place" and not m.entity.is_actor and _TALKED_WITH.search(text[max(0, m.start - 40): m.start])]
    found += capital_states(text, find_mentions(text))
    found += people_states(text)
    offices = office_spans(text, [(m.start, m.end) for m in known])  # "The Director of Central Intelligence said"
    found += [(a, b, name) for a, b, name in offices if not (addressed_only and _POSSESSIVE.match(text, b))]
    if language in (None, "en"):
        found += [(start, end, canonical_name(surface)) for start, end, surface in find_unknown_names(text, known)
                  if not any(a < end and start < b for a, b, _ in (*offices, *agents))  # "the Warsaw Pact leaders": the group's own words
                  and not _LOCATIVE.search(text[max(0, start - 16): start])  # "via New York", "in the Cabinet Room"
                  and not _LOCATIVE_LIST.search(text[max(0, start - 80): start])  # "in Sam Neua and Phong Saly"
                  and not is_place_of(text, start)  # "the area of Vĩnh Linh"
                  and not _is_region(surface)  # "his trip to Western Europe"
                  and not (addressed_only and (_POSSESSIVE.match(text, end) or _POSSESSIVE_END.search(surface)))]
        if (agent := BY_NAME.search(text)) and agent[1] not in MONTHS and agent[1] not in WEEKDAYS and not any(m.start <= agent.start(1) < m.end for m in known):
            found.append((agent.start(1), agent.end(1), canonical_name(agent[1])))
        titled = _TITLED_PAGE.get()
        found += [(m.start(1), m.end(1), titled.get((_title_of(m), m[1])) or canonical_name(m[1])) for m in _TITLED_NAME.finditer(text)
                  if m[1] not in MONTHS and m[1] not in _TITLE_WORDS and not any(k.start <= m.start(1) < k.end for k in known)]
        found += [(m.start(1), m.end(1), canonical_name(m[1])) for m in _APPOSITIVE_OFFICE.finditer(text)  # "the Polish ambassador
                  if m[1] not in MONTHS and not any(a <= m.start(1) < b for a, b, _ in found)]  # Siedlecki": the holder named after
    page = _PAGE_NAMES.get()
    if page and language in (None, "en"):  # "Fischer told Gorinovich": surnames the page gave in full or with a title
        taken = [(a, b) for a, b, _ in found]
        for m in _SURNAME.finditer(text):
            if (full := page.get(m[0])) and not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken) \
                    and not _LOCATIVE.search(text[max(0, m.start() - 16): m.start()]):
                found.append((m.start(), m.end(), full))
    if (acronyms := _PAGE_ACRONYMS.get()) and language in (None, "en"):  # "the FALN had blown up": the body the page
        found += acronym_spans(text, acronyms, [(a, b) for a, b, _ in found])  # introduced as "... Liberation (FALN)"
    if language == "ru":  # "Д. Солод посетил министра": a person by initials the gazetteer does not know
        found += ru_initialled_names(text, [(a, b) for a, b, _ in found])
    found += language_titled_names(text, language, [(a, b) for a, b, _ in found])  # "Overbetjent Kåre Mikkelsen overtok vakten"
    return sorted(found)


# The language most of the page being read is written in (``titles_of_language``): its titles before a name are read
# in every clause of the page (``language_titled_names``).
_TITLES_LANGUAGE: ContextVar[str | None] = ContextVar("titles_language", default=None)


@contextmanager
def titles_of_language(passages) -> Iterator[None]:
    """Inside it, the page's clauses read the titles of the language most of its characters are written in, from its
    passages' (language, length)."""
    written: dict[str, int] = {}
    for language, length in passages:
        if language:
            written[language] = written.get(language, 0) + length
    token = _TITLES_LANGUAGE.set(max(written, key=written.__getitem__) if written else None)
    try:
        yield
    finally:
        _TITLES_LANGUAGE.reset(token)


@cache
def _page_titles(language: str) -> re.Pattern | None:
    """A title, rank or honorific the page's language writes before a person's name (``name_titles``: "Overbetjent",
    "Politimester", "Peapiiskop", "Genossen", "s."), in either case, then the name: up to three words that open with a
    capital ("Overbetjent Kåre Mikkelsen", "konstabel Arnt Hansen", "s. KOLLÁR"); after a title in small letters, two
    words at least ("peapiiskop Turu toomkirikus": the bishop in Turku's cathedral), but after a title the language
    writes in small letters (listed so: "s. Kollár")."""
    titles = lexicon(language).get("name_titles") or []
    if not titles:
        return None
    word = r"[^\W\d_][\w'’.-]*"
    return re.compile(r"(?<![\w.-])(?i:" + alternation(titles) + r")(?:\.|(?<=\.)|(?![\w'’-]))\s+"
                      r"(?P<name>(?:[^\W\d_]\.\s*){0,2}" + word + r"(?:[ \t]+" + word + r"){0,2})")


def language_titled_names(text: str, language: str | None, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The people a page in a language other than English names after a title of its own language (``name_titles``),
    whom the gazetteer may not know: the name as written, without the title ("Overbetjent Kåre Mikkelsen overtok
    vakten" names Kåre Mikkelsen; "s. Kollár" names Kollár), a name in capitals read as a name ("J. D. ELLIS": J. D.
    Ellis). A name the gazetteer's spans cover stays theirs."""
    language = language if language not in (None, "en") else _TITLES_LANGUAGE.get()
    if language in (None, "en") or (pattern := _page_titles(language)) is None:
        return []
    titles = {t.casefold().rstrip(".") for t in lexicon(language).get("name_titles") or []}
    lowered = {t for t in lexicon(language).get("name_titles") or [] if t.islower()}  # "s. Kollár": written so before one word
    found = []
    for m in pattern.finditer(text):
        kept = []
        for w in re.finditer(r"\S+", m["name"]):  # the capitalised words of the name, up to the first that is none (a verb)
            word = w.group().rstrip(",;:")
            if not word[:1].isupper() or word.casefold().rstrip(".") in titles or word.rstrip(".") in NOT_NAMES:
                break
            closes = word.endswith(".") and len(word.rstrip(".")) > 1  # "Hansen." closing the sentence: no initial
            kept.append((word.rstrip(".") if closes else word, m.start("name") + w.start()))
            if word != w.group() or closes:  # "Kåre Mikkelsen, ...": the name ends at its comma
                break
        if not kept or kept[-1][0].endswith(".") or (m[0][:1].islower() and len(kept) < 2 and m[0].split()[0] not in lowered):
            continue  # "jutlustas peapiiskop Turu toomkirikus": a title in small letters, then a place, no one's name
        start, end = kept[0][1], kept[-1][1] + len(kept[-1][0])
        kept = [w for w, _ in kept]
        if any(a < end and start < b for a, b in taken):
            continue
        name = " ".join(w.title() if w.isupper() and len(w.rstrip(".")) > 1 else w for w in kept)
        found.append((start, end, canonical_name(name)))
    return found


@cache
def _owned_group_pattern(bodies: bool = True) -> re.Pattern:
    """A group noun of ``owned_groups`` (zh.yaml), after an optional "side" word ("苏方专家组"), at the start; not
    one an office of it follows (``owned_group_offices``: "陆军司令", the army's commander); with ``bodies``, a state's
    own bodies too (``state_body_groups``: "军队", "政府")."""
    data = lexicon("zh")
    offices = alternation(data.get("owned_group_offices") or []) or "(?!)"  # "陆军司令": the army's commander, no group
    nouns = alternation([*(data.get("owned_groups") or {}), *((data.get("state_body_groups") or {}) if bodies else ())])
    return re.compile(r"(?:" + alternation(data.get("side_words") or []) + r")?(?P<noun>" + nouns + ")(?!" + offices + ")")


@cache
def _state_body_told() -> re.Pattern:
    """A word of saying closing the text before a state (``state_body_not_after``): its body after it is what is said."""
    return re.compile("(?:" + (alternation(lexicon("zh").get("state_body_not_after") or []) or "(?!)") + ")$")


@cache
def _owner_words() -> dict[str, str]:
    """Each entity id with the word its groups are named by: a state's English adjective (the first en.yaml lists), a
    party's short name ("CCP", "CPSU")."""
    words = {}
    for adjective, state in (lexicon("en").get("state_adjectives") or {}).items():
        if (found := lookup(state)) is not None:
            words.setdefault(found.id, adjective)
    for party in gazetteer():
        if party.kind == "organisation" and (short := next((a for a in party.aliases if re.fullmatch(r"[A-Z]{2,5}", a)), None)):
            words.setdefault(party.id, short)
    return words


def genitive_owned_groups(text: str, known, language: str | None) -> list[tuple[int, int, str]]:
    """The groups a Russian text names by a common noun with the state they belong to in the genitive right after it
    ("вооруженные силы Чили": Chilean armed forces, "МИД Чили": Chilean Ministry of Foreign Affairs), with where each
    stands: the group is the actor, the state only says whose it is."""
    if language != "ru":
        return []
    owners, found = _owner_words(), []
    for pattern, name in _group_patterns(language):
        for g in pattern.finditer(text):
            state = next((m for m in known if m.start > g.end() and not text[g.end(): m.start].strip()), None)
            if state is None or not state.entity.is_state or state.entity.kind != "place" or not (adjective := owners.get(state.entity.id)):
                continue
            if not any(a < state.end and g.start() < b for a, b, _ in found) and not any(
                    k.start < g.end() and g.start() < k.end for k in known):
                found.append((g.start(), state.end, f"{adjective} {name}"))
    return sorted(found)


@cache
def _state_adjectives() -> dict[str, str]:
    """Each state's adjective of ``state_adjectives`` (en.yaml) to name its armed men with: the shortest one opening
    with the state's own first letter ("US" for the United States, "North Korean" for North Korea), else the first listed
    ("Dutch" for the Netherlands)."""
    found: dict[str, str] = {}
    for adjective, state in (lexicon("en").get("state_adjectives") or {}).items():
        own = adjective[0] == state[0]
        kept = found.get(state)
        if kept is None or (own and (kept[0] != state[0] or len(adjective) < len(kept))):
            found[state] = adjective
    return found


_FORCE_AFTER = compile_opening(r"\s+(?P<head>" + alternation(lexicon("en").get("force_nouns") or []) + r")(?![\w'’-])")


def state_force(text: str, mention) -> tuple[int, str] | None:
    """A state's name written before a noun of its armed men ("United States forces landed", "China's troops crossed"):
    where the noun ends and the group as the state's adjective names it ("US forces", "Chinese troops"), not the state."""
    if mention.entity.kind != "place" or not (adjective := _state_adjectives().get(mention.entity.name)):
        return None
    at = mention.end + 2 if text.startswith(("'s", "’s"), mention.end) else mention.end
    if not (m := _FORCE_AFTER.match(text, at)):
        return None
    return m.end("head"), f"{adjective} {m['head']}"


def owned_group(text: str, mention) -> str | None:
    """The group written right after a state or party named in a Chinese text ("匈牙利代表团": Hungarian delegation)."""
    if not (owner := _owner_words().get(mention.entity.id)) or not (g := _owned_group_pattern().match(text, mention.end)):
        return None
    if (body := (lexicon("zh").get("state_body_groups") or {}).get(g["noun"])) is not None:  # "印度军队": the state's army
        return None if _state_body_told().search(text, 0, mention.start) else f"{owner} {body}"
    return f"{owner} {(lexicon('zh').get('owned_groups') or {})[g['noun']]}"


@cache
def _people_group_pattern() -> re.Pattern:
    """A people's word before a group noun of ``owned_groups`` ("匈牙利代表团"): made once, not for every passage."""
    return re.compile(r"(?P<word>" + alternation(_people_words("zh")) + ")" + _owned_group_pattern(bodies=False).pattern)


@cache
def _own_group_pattern() -> re.Pattern:
    """A first person's word before a group noun of ``owned_groups`` ("我代表团"): made once, not for every passage."""
    return re.compile(r"(?:" + event_words("first_person") + ")" + _owned_group_pattern(bodies=False).pattern)


def owned_groups(text: str, known) -> list[tuple[int, int, str]]:
    """The groups a Chinese text writes against the state or party that sends them ("匈牙利代表团": Hungarian delegation,
    "中共代表团": CCP delegation, "苏方专家组": Soviet expert group), with where each stands."""
    pattern, nouns, people = _owned_group_pattern(), lexicon("zh").get("owned_groups") or {}, _people_words("zh")
    found = [(m.start, pattern.match(text, m.end).end(), name) for m in known if (name := owned_group(text, m))]
    for m in _people_group_pattern().finditer(text) if people else ():
        if not any(a < m.end() and m.start() < b for a, b, _ in found) and not any(k.start < m.end() and m.start() < k.end and k.entity.is_actor for k in known):
            found.append((m.start(), m.end(), f"{people[m['word'].lower()]} {nouns[m['noun']]}"))
    own = people.get((lexicon("zh").get("own_state") or "").lower())  # "我代表团": the writer's state's delegation
    for m in _own_group_pattern().finditer(text) if own else ():
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), f"{own} {nouns[m['noun']]}"))
    return sorted(found)


# A name that qualifies the actor noun after it ("the new Kremlin leader", "a Pravda correspondent"): the noun and the
# words before it back to the article are the actor; not a title before a name ("Soviet leader Khrushchev").
_QUALIFIED = compile_opening(r"\s+(?P<head>[a-z]+)\b(?!['’]|\s+(?:of\b|(?:Com|Comrade|Cde|Mr)\.?\s|\[?[A-Z]))")
_QUALIFIED_KIND = compile_opening(r"\s+(?P<kind>[a-z]{3,})\s+(?P<head>[a-z]+)\b(?!['’]|\s+(?:of\b|(?:Com|Comrade|Cde|Mr)\.?\s|\[?[A-Z]))")
_ARTICLE_BEFORE = compile_opening(r"\b(?:the|a|an)\s+(?P<words>(?:[a-z]+\s+){0,2})$", re.IGNORECASE)


def _qualified_name(text: str, mention) -> str | None:
    """The group or office a name qualifies ("the ANC leadership had met": ANC leadership), as ``clause_names`` reads it;
    not a state's armed men ("the first UAR troops"), which a dated sentence reads by ``_force_name`` alone."""
    head = _qualified_head(text, mention)
    return head[2] if head and head[2].split()[-1].lower() not in _FORCE_NOUNS else None


def _qualified_head(text: str, mention) -> tuple[int, int, str] | None:
    """Where the group or office a name qualifies stands and what it is called (``_QUALIFIED``), or None."""
    if force := state_force(text, mention):  # "United States forces": US forces
        return mention.start, force[0], force[1]
    if mention.entity.kind == "person" or not (m := _QUALIFIED.match(text, mention.end)):
        return None
    if m["head"] not in _ACTOR_NOUNS:  # "a UNC work party": a body's name, a noun of its kind, then the actor noun (a
        m = None if mention.entity.is_state else _QUALIFIED_KIND.match(text, mention.end)  # state's is its armed men's)
        if m is None or m["head"] not in _ACTOR_NOUNS or m["kind"] in _FUNCTION_WORDS or m["kind"] in _ACTOR_NOUNS \
                or m["kind"].endswith(("ed", "s", "ly", "ing")):
            return None
    article = _ARTICLE_BEFORE.search(text, 0, mention.start)
    start = article.start("words") if article else mention.start
    if any(w in _FUNCTION_WORDS or w in _NOT_SUBJECTS for w in text[start: mention.start].split()):
        start = mention.start
    return start, m.end("head"), " ".join(text[start: m.end("head")].replace("[", "").replace("]", "").split())


# The people a page names in full ("[Oskar] Fischer", "O. Fischer") or by a title ("Comrade Gorinovich"): their surname
# alone is then theirs on that page (``page_names``, set for the document being read by ``reading_page``).
_PAGE_NAMES: ContextVar[dict[str, str] | None] = ContextVar("page_names", default=None)
# The first letter read, then the character before it checked ("(?<![\w'’.-].)"): the search then skips straight to the
# capitals (and brackets), where a check of the character before tried every place first. The same matches.
_SURNAME = compile_opening(r"[A-Z\u00c0-\u00de\u0100-\u017f](?<![\w'’.-].)[a-z\u00df-\u00ff\u0100-\u017f]{2,}(?:-[A-Z][a-z]+)?(?![\w'’-])")  # "Béavogui", "Świtała"
_FULL_NAME = compile_opening(
    r"[\[A-Z](?<![\w'’.-].)(?:(?<=\[)(?P<given>[A-Z][a-z]+)\]|(?<=(?P<initial>[A-Z]))\.)\s*(?P<surname>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’-])"
)


@cache
def _known_words(kind: str) -> frozenset[str]:
    """Every word of the gazetteer's names and aliases of one kind of entity (people, places)."""
    return frozenset(w for e in gazetteer() if e.kind == kind for form in (e.name, *e.aliases) for w in form.split())


# A name written after an office or a title in capitals ("Minister of Foreign Affairs Louis Lansana Béavogui"): the
# words of a person's name, each capitalised, the office's last word right before them.
_NAME_WORD = compile_opening(r"[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f'’-]+|[A-Z]\.")
_STATE_ADJECTIVES = frozenset(lexicon("en").get("state_adjectives") or {})
_TALK_PARTY_BEFORE = compile_opening(r"\bbetween\s+(?:[^,;.]*\sand\s+)?$")
_AFTER_OFFICE = compile_opening(
    r"\b(?:" + _ONE_WORD_TITLES + "|" + alternation({d.split()[-1] for d in lexicon("en").get("office_domains") or []}) + r")\.?\s+$"
)


_HYPHENED_TAIL = re.compile(r"-[a-z]+(?![\w-])")  # the second syllable of a given name written "Kyu-hah", "En-lai"


def page_names(texts: list[str]) -> dict[str, str]:
    """Each surname the page writes with a given name or initial ("[Oskar] Fischer", "O. Fischer") or after a title
    ("Comrade Gorinovich") and that the gazetteer does not know: the name it stands for, when only one person has it."""
    forms: dict[str, set[str]] = {}
    page_text = " ".join(texts)
    for text in texts:
        for m in _FULL_NAME.finditer(text):
            if m["given"] and (m["given"] in _known_words("place") or lookup(m["given"]) is not None):
                continue  # "the [North] Korean delegation": a people's adjective; "[Stalin] For": a name, then a word
            more = re.search(r"(?:[A-Z]\.\s*)+$", text[max(0, m.start() - 12): m.start()]) if m["initial"] else None
            initials = " ".join(re.findall(r"[A-Z]\.", more[0])) + " " if more else ""  # "N. M. Pegov": every initial
            full = f"{m['given']} {m['surname']}" if m["given"] else f"{initials}{m['initial']}. {m['surname']}"
            if m["given"] and (tail := _HYPHENED_TAIL.match(text, m.end())):  # "Choi Kyu-hah", later "Choi": a Korean or
                forms.setdefault(m["given"], set()).add(full + tail[0])  # Chinese name in the old romanisations, its family
                continue  # name first, its given name of two syllables joined by a hyphen
            forms.setdefault(m["surname"], set()).add(full)
        for _, _, _, holder in apposed_spans(text) if "," in text else ():  # "our Ambassador in Suva, John Condon,", later
            if 2 <= len(words := holder.split()) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words):  # "told Condon"
                forms.setdefault(words[-1], set()).add(holder)
        for m in _TITLED_NAME.finditer(text):
            if m[1] not in _known_words("person") and m[1] not in _TITLE_WORDS and not _POSSESSIVE_END.search(m[1]):  # "Premier Zhou": the gazetteer's
                forms.setdefault(m[1], set()).add(m[1])
        for start, end, surface in find_unknown_names(text, find_mentions(text)):
            words = surface.split()
            if len(words) >= 3 and words[-3] in _TITLE_WORDS and (tail := _HYPHENED_TAIL.match(text, end)):
                forms.setdefault(words[-2], set()).add(f"{words[-2]} {words[-1]}{tail[0]}")  # "Prime Minister Choi Kyu-hah"
                continue
            if 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words) and _AFTER_OFFICE.search(text, 0, start):
                forms.setdefault(words[-1], set()).add(surface)  # "Minister of Foreign Affairs Louis Lansana Béavogui", later "Béavogui"
                if paternal := _paternal_surname(words):
                    forms.setdefault(paternal, set()).add(surface)
            elif (titled := [i for i, w in enumerate(words[:4]) if w in _TITLE_WORDS]) and 2 <= len(name := words[titled[-1] + 1:]) <= 4 \
                    and all(_NAME_WORD.fullmatch(w) for w in name) and not _TALK_PARTY_BEFORE.search(text, 0, start):
                forms.setdefault(name[-1], set()).add(" ".join(name))  # "Prime Minister Timoci Bavadra had taken office", later
                if paternal := _paternal_surname(name):  # "Colonel Enrique Peralta Azurdia", later "Peralta suspended ..."
                    forms.setdefault(paternal, set()).add(" ".join(name))
                # "Bavadra was released": the name after the title the sentence writes it with (not a heading's party to
                # a talk, "between Premier Zhou Enlai and Ambassador Pham Van Bach", whose family name may come first)
            elif _plain_name(words) and not _TALK_PARTY_BEFORE.search(text, 0, start) and _named_alone(text, start, end, words, page_text):
                forms.setdefault(words[-1], set()).add(surface)  # "Santiago Roel, Secretary of Foreign Relations", "headed by
                # Jean-Hilaire Aubame": a person named in full with no title, later "Roel replied", "Aubame was arrested"
        for line in text.split("\n"):  # a list of participants, one a line: "Turkish Ambassador Melih Esenbel", later "Esenbel"
            for start, _, surface in find_unknown_names(line, find_mentions(line)):
                if _TALK_PARTY_BEFORE.search(line, 0, start):
                    continue  # "Conversation between Premier Zhou Enlai and Ambassador Pham Van Bach": the two parties
                    # of a heading, whose names the record's talk reads (and whose family name may come first)
                words = surface.split()
                titled = [i for i, w in enumerate(words[:4]) if w in _TITLE_WORDS]
                if not titled or any(w not in _STATE_ADJECTIVES and w not in NOT_NAMES for w in words[: titled[-1]]):
                    continue  # "Turkish Ambassador", "Greek Foreign Minister": a state's title, then the name after it (a
                    # bare "Ambassador X" is read where an office goes before it)
                name = words[titled[-1] + 1:]
                if 2 <= len(name) <= 4 and all(_NAME_WORD.fullmatch(w) for w in name) and name[-1] not in forms:
                    forms.setdefault(name[-1], set()).add(" ".join(name))
    page = " ".join(texts)
    names = {}
    known: dict[str, set[str]] = {}  # "Comrade Daniel Ortega Saavedra", later "Comrade Ortega": the gazetteer's person by his surname
    for text in texts:
        for m in find_mentions(text):
            if m.entity.kind == "person" and len(m.surface.split()) >= 2 and len(surname := m.entity.name.split()[-1]) >= 3 \
                    and m.surface.split()[-1] == surname:  # "Premier Zhou" (Zhou Enlai): a family name written first is no surname
                known.setdefault(surname, set()).add(m.entity.name)
    for surname, people in known.items():
        if len(people) == 1 and surname not in forms and _SURNAME.fullmatch(surname) and lookup(surname) is None \
                and surname not in MONTHS and surname.lower() not in _ACTOR_NOUNS and surname not in NOT_NAMES:
            names[surname] = next(iter(people))
    for surname, written in forms.items():
        if surname in MONTHS or surname.lower() in _ACTOR_NOUNS or lookup(surname) is not None or surname in NOT_NAMES:
            continue
        if _word_written(surname.lower(), page):
            continue  # "Conversation", "Security": a word the page also writes in lower case, no surname
        given = {w.split()[0][0] for w in written if " " in w and not any(_names_within(w, other) for other in written - {w})}
        if len(given) <= 1:  # one person: "[Oskar] Fischer" and "O. Fischer" agree
            full = max(written, key=lambda w: (len(w), w))
            names[surname] = canonical_name(full)
    return {surname: full for surname, full in names.items() if not _two_of_a_name(surname, full, page)}


_PARTICLE_WORDS = frozenset(w.casefold() for w in lexicon("en").get("name_particles") or [])
_BODY_HEAD_WORDS = frozenset(lexicon("en").get("body_head_words") or [])
# A word of a name written in full: a capitalised word, two joined by a hyphen ("Jean-Hilaire"), or an initial ("V.").
_PLAIN_NAME_WORD = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f'’]+(?:-[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f'’]+)?|[A-Z]\.")
# What stands before a thing's or a group's name, never a person's ("the State Security Law", "his Tontons Macoutes").
_DETERMINER_BEFORE = compile_opening(r"\b(?:the|a|an|his|her|its|their|our|this|that|these|those)\s+$", re.IGNORECASE)
# A noun in small letters right after the name, which the name then qualifies ("Royal Marine commandos").
_NOUN_AFTER = re.compile(r"\s+([a-z]+)")
# A capitalised word or an initial right before a word on its line ("São Tomé", "V. J. Sukselainen"), no sentence's end.
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z\u00c0-\u00de\u0100-\u017f][\w'’-]*|[A-Z]\.)[ \t]+$")


def _named_alone(text: str, start: int, end: int, words: list[str], page: str) -> bool:
    """A plain full name ``words`` at ``text[start:end]`` is a person's the page then names by the surname alone: it
    stands where no place stands ("in La Paz", "the town of Capitán Meza"), after no article or possessive ("the State
    Security Law"), before no noun it qualifies ("Royal Marine commandos"), and the page writes its last word once at
    least with no capitalised word before it ("Roel replied", where "São Tomé" always has its "São")."""
    if _DETERMINER_BEFORE.search(text[max(0, start - 8): start]):
        return False
    for at in _literal_starts(text[start:end], page):  # "on Espiritu Santo" anywhere: a place, though "Santo" stands alone
        if _LOCATIVE.search(page[max(0, at - 16): at]) or is_place_of(page, at):
            return False
    if (after := _NOUN_AFTER.match(text, end)) and after[1] in _ACTOR_NOUNS:
        return False
    return any(not _CAPITALISED_BEFORE.search(page, max(0, at - 30), at) for at in standing_starts(words[-1], page, "_'’.-"))


def _plain_name(words: list[str]) -> bool:
    """A person's name of two to four words as written with no title ("Santiago Roel", "Jean-Hilaire Aubame", "V. J.
    Sukselainen"): capitalised name words or initials, the first no title, no state's adjective and no word of no name
    ("Mexican", "Foreign"), the last no initial, no body's head word ("Congress Party"), no word of a place's name and no
    place or body the gazetteer knows."""
    if not 2 <= len(words) <= 4 or not all(_PLAIN_NAME_WORD.fullmatch(w) for w in words) or words[-1].endswith(".") or _POSSESSIVE_END.search(words[-1]):
        return False
    if any(w in _TITLE_WORDS or w in _STATE_ADJECTIVES or w in NOT_NAMES or w in _BODY_HEAD_WORDS for w in words):
        return False
    if words[-1] in _known_words("place"):  # "Espiritu Santo", "São Tomé": a place's last word
        return False
    return (entity := lookup(words[-1])) is None or entity.kind == "person"


def _paternal_surname(words: list[str]) -> str | None:
    """The first of two surnames closing a name of three words, a given name and two surnames in the Spanish and
    Portuguese way ("Enrique Peralta Azurdia", "Lidia Gueiler Tejada"): the one the person goes by alone ("Peralta"),
    when it is a word of three letters or more and no particle ("Nguyen Van Thieu")."""
    if len(words) != 3 or len(words[1]) < 3 or not words[1].isalpha() or words[1].casefold() in _PARTICLE_WORDS:
        return None
    return words[1] if words[1][0].isupper() and words[1][1:].islower() else None


def _names_within(short: str, full: str) -> bool:
    """The shorter writing of a name is part of the longer one, word after word ("K. Doe" in "Samuel K. Doe", "S. Doe"
    in "Samuel K. Doe"): an initial stands for a word of its letter, and the same man is meant."""
    words, given = short.split(), full.split()
    if len(words) >= len(given) or words[-1] != given[-1]:
        return False
    at = 0
    for word in words[:-1]:
        while at < len(given) - 1 and not (word == given[at] or (word.endswith(".") and given[at][0] == word[0])):
            at += 1
        if at >= len(given) - 1:
            return False
        at += 1
    return True


def _word_written(word: str, page: str) -> bool:
    """``word`` stands in ``page`` as a word of its own: no letter, digit, "_" or hyphen on either side (what the
    pattern "(?<![\\w-])word(?![\\w-])" finds, read with string searches rather than a pattern per word)."""
    at = page.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (page[at - 1].isalnum() or page[at - 1] in "_-")) and (end == len(page) or not (page[end].isalnum() or page[end] in "_-")):
            return True
        at = page.find(word, at + 1)
    return False


def standing_starts(word: str, page: str, not_after: str) -> list[int]:
    """Where ``word`` (not empty) stands in ``page`` with no letter, digit or character of ``not_after`` before it and no
    letter, digit, "_" or hyphen after it, left to right and not overlapping: the starts ``re.finditer`` gives for
    "(?<![\\w<not_after>])word(?![\\w-])", read with string searches rather than a pattern per name."""
    starts, at = [], page.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (page[at - 1].isalnum() or page[at - 1] in not_after)) and (end == len(page) or not (page[end].isalnum() or page[end] in "_-")):
            starts.append(at)
            at = page.find(word, end)
        else:
            at = page.find(word, at + 1)
    return starts


def _two_of_a_name(surname: str, full: str, page: str) -> bool:
    """The page writes the surname after another given name too ("Major-General Walter Walker" and "Major Roderick
    Walker"): two men of one surname, whom the surname alone does not tell apart. A word the page also writes in small
    letters ("Then Walker ..."), a title or a day ("On Tuesday Amin announced") is no given name."""
    own = set(full.replace("-", " ").split()) | set(_ONE_WORD_TITLE_LIST) | NOT_NAMES  # "Hilaire" of "Jean-Hilaire Aubame": his own
    return any(w not in own and not _word_written(w.lower(), page)
               for w in name_pattern(r"(?<![.!?:;\n]\s)(?<![.!?:;\n])(?<!^)(?<=\s|-)([A-Z][a-z]+)\s+" + re.escape(surname) + r"(?![\w'’-])").findall(page))


def is_person(name: str) -> bool:
    """A person: the gazetteer's, or one the page names ("Gorinovich")."""
    entity = lookup(name)
    return entity.kind == "person" if entity else name in (_PAGE_NAMES.get() or {}).values()


def _title_of(m: re.Match) -> str:
    """The title of a ``_TITLED_NAME`` match, lower case, without its full stop ("premier" of "Premier Kim")."""
    return m.group(0)[: m.start(1) - m.start()].strip(" .").lower()


_TITLE_BEFORE = compile_opening(r"\b(?P<title>" + _ONE_WORD_TITLES + r")\.?\s+\[?$")


def titled_names(texts: list[str]) -> dict[tuple[str, str], str]:
    """A person the page names with a title and in full ("Premier Kim Il Sung", "Vice Premier Peng Dehuai"): the
    title with the first or the last word of the name ("premier", "Kim") stands for that person on the page,
    when it stands for no other one ("Premier Kim gave a brief introduction", beside "General Kim Gwang-hyeop")."""
    people: dict[tuple[str, str], set[str]] = {}
    for text in texts:
        for m in find_mentions(text):
            words = m.surface.split()
            if m.entity.kind != "person" or len(words) < 2 or not (t := _TITLE_BEFORE.search(text[max(0, m.start - 30): m.start])):
                continue
            for word in (words[0], words[-1]):
                people.setdefault((t["title"].lower(), word), set()).add(m.entity.name)
    return {key: next(iter(names)) for key, names in people.items() if len(names) == 1}


@contextmanager
def reading_page(texts: list[str], offices: dict[str, str] | None = None, bare: dict[str, str] | None = None,
                 contested: dict[str, list[tuple[int, int, str]]] | None = None, own: dict[str, str] | None = None) -> Iterator[None]:
    """Within it, ``clause_names`` reads the surnames of ``page_names(texts)`` as names, a title and a surname as the
    person ``titled_names(texts)`` gives, and the offices of ``offices`` (``pipeline.normalize.offices.office_names``
    on the document's date) as their holders."""
    token = _PAGE_NAMES.set(page_names(texts))
    pair_token = _PAGE_PAIR.set(page_pair(texts))
    acronym_token = _PAGE_ACRONYMS.set(page_acronyms(texts))
    titled_token = _TITLED_PAGE.set(titled_names(texts))
    office_token = _OFFICE_NAMES.set(offices or {})
    bare_token = _BARE_OFFICES.set(bare or {})
    contested_token = _CONTESTED.set((texts, contested or {}, own or {}))
    try:
        yield
    finally:
        _CONTESTED.reset(contested_token)
        _PAGE_NAMES.reset(token)
        _PAGE_PAIR.reset(pair_token)
        _PAGE_ACRONYMS.reset(acronym_token)
        _TITLED_PAGE.reset(titled_token)
        _OFFICE_NAMES.reset(office_token)
        _BARE_OFFICES.reset(bare_token)


# The acronyms the page introduces in brackets after a name ("the Armed Forces of National Liberation (FALN)"), each
# with the body it stands for (``page_acronyms``), set by ``reading_page``.
_PAGE_ACRONYMS: ContextVar[dict[str, str]] = ContextVar("page_acronyms", default={})  # noqa: B039 - never mutated
_INTRODUCED_ACRONYM = compile_opening(
    r"[A-Z](?<![\w'’-].)[\w'’-]+(?:\s+(?:(?:of|for|and|the|de|del|la|des|du)\s+)*[A-Z][\w'’-]+){0,7}\s*\((?P<acronym>[A-Z][A-Z&]{1,7})\)"
)
_ACRONYM = compile_opening(r"[A-Z](?<![\w'’-].)[A-Z&]{1,7}(?![\w'’-])")


def page_acronyms(texts: list[str]) -> dict[str, str]:
    """Each acronym the page writes in brackets right after a name of capitalised words ("the Armed Forces of National
    Liberation (FALN)", "The opposition Confederation of Democracy (CODE)"): the gazetteer's body of that name or of the
    acronym, else the acronym itself, which then names the body wherever the page writes it ("the FALN had blown up").
    Not an acronym the gazetteer knows as a place, nor one the page gives two names."""
    found: dict[str, set[str]] = {}
    for text in texts:
        if "(" not in text:
            continue
        for m in _INTRODUCED_ACRONYM.finditer(text):
            acronym = m["acronym"]
            long = text[m.start(): m.start("acronym") - 1].rstrip(" (")
            initials = {w[0] for w in long.split() if w[0].isupper()}
            if len(initials) < 2 or acronym[0] not in initials:
                continue  # "Document Number (FOIA)": a label and a bracket, no name and its acronym
            entity = lookup(long) or lookup(acronym)
            if entity is not None and not entity.is_actor:
                continue
            found.setdefault(acronym, set()).add(entity.name if entity is not None else acronym)
    return {acronym: next(iter(names)) for acronym, names in found.items() if len(names) == 1}


def acronym_spans(text: str, acronyms: dict[str, str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Where ``text`` writes an acronym of ``acronyms`` outside the spans taken, with the body it stands for."""
    return [(m.start(), m.end(), acronyms[m[0]]) for m in _ACRONYM.finditer(text)
            if m[0] in acronyms and not any(a < m.end() and m.start() < b for a, b in taken)]


_TITLED_PAGE: ContextVar[dict[tuple[str, str], str]] = ContextVar("titled_page", default={})  # noqa: B039 - never mutated


# The offices the document names its holders by ("The Director of Central Intelligence said"), set by ``reading_page``.
_OFFICE_NAMES: ContextVar[dict[str, str]] = ContextVar("office_names", default={})  # noqa: B039 - never mutated


# The offices written alone ("the President", "the Ambassador") with the holder the document names or its government's
# holder on its date, set by ``reading_page``.
_BARE_OFFICES: ContextVar[dict[str, str]] = ContextVar("bare_offices", default={})  # noqa: B039 - never mutated


# The page's texts, the offices it names two or more holders of with those holders in order (``contested_offices``)
# and the holders of the offices in the document's own government at its date, set by ``reading_page``.
_CONTESTED: ContextVar[tuple[list[str], dict[str, list[tuple[int, int, str]]], dict[str, str]]] = ContextVar(
    "contested", default=([], {}, {}))


def _nearest_holders(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with each office written alone whose holders the page names two or more of ("President Fulbert Youlou",
    "President de Gaulle") read as the one it named last before it, in the same passage first, then before it; else
    the holder of the document's own state at its date; an office written before any holder and with none of its own
    state is left out. Where the document's own state has a holder of that office, he; where its heading names one, he."""
    page, contested, own = _CONTESTED.get()
    if not contested:
        return spans
    index, start = next(((i, page[i].find(text)) for i in range(len(page)) if text in page[i]), (None, -1))
    out = []
    for a, b, name in spans:
        office = office_title(text[a:b])
        if office is None or office not in contested or index is None:
            out.append((a, b, name))
            continue
        people = {n for _, _, n in contested[office]}
        if office in own:  # "President Yahya" in a memorandum of the President's talk with him, "President Mitterrand"
            out.append((a, b, name))  # in minutes of the National Security Council: "the President" is the page's own
            continue
        heading = [n for n in people if re.search(r"(?<![\w-])" + re.escape(n.split()[-1]) + r"(?![\w-])", page[0], re.IGNORECASE)]
        near = heading[0] if len(heading) == 1 else nearest_holder(contested[office], index, start + a) or own.get(office)  # the
        # one the heading names ("Record of a conversation with Lee Kuan Yew") the page's subject, else the last before
        if near:
            out.append((a, b, near))
    return out


_RU_WORD = compile_opening(RU_LETTER, re.IGNORECASE)
_HAN = compile_opening(r"[\u4e00-\u9fff]")


def office_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The offices written in ``text`` outside the spans already taken: where each stands and its holder; an office
    written alone ("The President discussed Laos") too, when the page knows its holder."""
    names = _OFFICE_NAMES.get()
    found = [(a, b, name) for a, b, name in find_offices(text, names) if not any(a < e and s < b for s, e in taken)] if names else []
    if bare := _BARE_OFFICES.get():
        found += _nearest_holders(text, bare_office_spans(text, bare, [*taken, *((a, b) for a, b, _ in found)]))
        if _RU_WORD.search(text):  # "Президент сказал" after "президентом ... маршалом А. ас-Салялем"
            found += ru_bare_office_spans(text, bare, [*taken, *((a, b) for a, b, _ in found)])
        if _HAN.search(text):  # "总理说" after "周恩来总理"
            found += zh_bare_office_spans(text, bare, [*taken, *((a, b) for a, b, _ in found)])
    return sorted(found)


# ... and the words that open a relative clause whose own subject follows ("the island, where an invasion force landed",
# "Sampson, whom the National Guard officers installed": ``relative_openers`` in en.yaml).
_CLAUSE_BREAK = compile_opening(r"(?<!\d),|,(?!\d)|[;:(]|\b(?:that|which|who|when|after|before|since|because|while|although|but|and|if|as|"
                                + alternation(lexicon("en").get("relative_openers") or []) + r")\b", re.IGNORECASE)
_NOT_SUBJECTS = frozenset(
    ["it", "this", "that", "there", "these", "those", "which", "who", "what", "one", "all", "nothing", "here", "now", "then", "thus", "so", "such", "however", "they", "them", "he", "she", "we", "i", "you", "his", "her", "its", "our", "their", "my", "your", "each", "both", "some", "many", "most", "much"]
)


_REFLEXIVES = frozenset(["themselves", "himself", "herself", "itself"])
_LEADING_ADVERBS = frozenset(["just", "also", "then", "thus", "still", "already", "now", "even", "only", "soon", "later", "meanwhile"])


_JOINT = "\u2060"  # stands for "and" between two heads of one subject, which is no clause break
# "The Cuban press and radio", "Soviet troops and the troops of four other socialist countries": two heads of one subject;
# "Korean and Chinese forces", "party and government leaders of the socialist countries": two words qualifying one head.
_QUALIFIERS = alternation([*(lexicon("en").get("state_adjectives") or {}), *(w for w in lexicon("en").get("actor_nouns") or [] if w.islower()),
                           *(w.capitalize() for w in lexicon("en").get("actor_nouns") or [] if w.islower())])
_OWNER_AFTER = r"(?:\s+of\s+[^,;:()]{1,60}?)?\s*$"
_JOINED_NOUNS = compile_opening(
    r"\b((?:[A-Z][\w-]+\s+)?(?:" + _OBJECT_HEAD + r"))\s+and\s+(?=(?:the\s+)?(?:\w+\s+)?(?:" + _OBJECT_HEAD + r")\b" + _OWNER_AFTER + ")"
    r"|(?<![\w-])((?:" + _QUALIFIERS + r"))\s+and\s+(?=[\w-]+\s+(?:" + _OBJECT_HEAD + r")\b" + _OWNER_AFTER + ")"
)

# Two peoples or communities named by their capitalised words before one group noun ("some Langi and Acholi officers were
# killed", "Hutu and Tutsi refugees fled"): one group, the "and" no clause break; not where the first word is an actor the
# gazetteer knows ("Tito and Soviet leaders": two subjects).
_JOINED_PEOPLES = compile_opening(
    r"(?<![\w-])([A-Z][a-z]{2,})\s+and\s+(?=[A-Z][\w-]+\s+(?:" + _OBJECT_HEAD + r")\b" + _OWNER_AFTER + ")")


def joined_peoples(before: str) -> str:
    """``before`` with the "and" between two peoples' words before their group noun joined (``_JOINED_PEOPLES``)."""
    return _JOINED_PEOPLES.sub(lambda m: m[0] if lookup(m[1]) is not None else m[1] + _JOINT, before)


def _opening_subject(before: str) -> list[str]:
    """The group that opens the sentence as its subject ("The Cuban press and radio give prominence to this news, while
    they continue ..."): what "they" later in the sentence stands for."""
    words = []
    for word in before.split():
        if not (word[:1].isupper() or word.lower() in _ACTOR_NOUNS or word.lower() in ("and", "of", "the")):
            break
        words.append(word)
    return subject_phrase(" ".join(words) + " ") if words and len(words) < len(before.split()) else []


# "the proceedings of the VIII Plenum" just before the verb: the body whose meeting it is.
_MEETING_OF = compile_opening(
    r"\b(?:" + "|".join(re.escape(w) for w in lexicon("en").get("meeting_nouns") or []) + r")\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z0-9][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z0-9][\w-]*){0,7})\s*$"
)


def meeting_body(before: str) -> str | None:
    """The body a meeting named just before the verb is of ("the proceedings of the VIII Plenum began")."""
    m = _MEETING_OF.search(before)
    return canonical_name(m["body"]) if m and (lookup(m["body"]) is not None or len(m["body"].split()) >= 2) else None


# "was", "were" opening the verb: a passive ("Dinner was set for 7:30 P.M."), whose subject is what the act was done to.
_PASSIVE_AUXILIARIES = frozenset(lexicon("en").get("past_auxiliaries") or [])


def _one_name_subject(before: str) -> str | None:
    """A subject of one capitalised word the gazetteer does not know, alone before its verb at the opening of the sentence
    ("Caltex had evacuated ...", "Kowalczyk deciphered ..."): a firm, a body or a person, kept as written."""
    words = before.split()
    if len(words) != 1 or not words[0].isalpha() or not words[0][:1].isupper() or words[0][1:].isupper() and len(words[0]) < 3:
        return None
    word = words[0]
    if len(word) < 3 or word.lower() in _FUNCTION_WORDS or word.lower() in _SUBJECT_TIME_WORDS or word in MONTHS \
            or word.lower() in _NOT_SUBJECTS or word.lower() in _LEADING_ADVERBS or lookup(word) is not None:
        return None
    return word


def subject_phrase(before: str) -> list[str]:
    """The noun phrase just before the verb when it names no known actor ("the enemy", "Cuba", "the Bonn government")."""
    if (joined := _JOINED_ACT.search(before)) and (first := _CLAUSE_VERB.search(before, 0, joined.start())):
        return subject_phrase(before[: first.start()])  # "On 17 May the martial law command extended martial law to the whole
        # country and arrested ...": the subject of the act "and" joins this one to
    if relation := _RELATION_BETWEEN.search(before):
        return relation_parties(relation["between"])  # "Relations between the two countries were broken off": the two states
    if body := meeting_body(before):
        return [body]
    if workplace := _workplace(before.split()):
        return [workplace]  # "work in the Gdansk and Szczecin shipyards resumed": the shipyards, "and" no clause break
    before = _JOINED_NOUNS.sub(lambda m: (m[1] or m[2]) + _JOINT, joined_peoples(before))  # "The Cuban press and radio": one
    # subject, two heads; "Langi and Acholi officers": one group of two peoples
    breaks = [m for m in _CLAUSE_BREAK.finditer(before) if m.end() > m.start()]
    if breaks and breaks[-1].group(0).lower() == "who" and (rest := before[breaks[-1].end():].split()) and rest[0].islower() \
            and rest[0] not in _FUNCTION_WORDS and rest[0] not in _NOT_SUBJECTS and before[: breaks[-1].start()].strip():
        return subject_phrase(before[: breaks[-1].start()])  # "The Greek officers who command the National Guard moved":
        # the group the relative clause qualifies, not the clause's verb and object
    timed = bool(breaks) and breaks[-1].group(0).strip().lower() in OPENING_PREPOSITIONS  # "After Stalin's death the Presidium"
    phrase = re.sub(r"[\[\]“”\"]", "", _CLAUSE_BREAK.split(before)[-1]).strip(" '’")
    phrase = phrase.replace(_JOINT, " and ")
    if (days := find_dates(phrase, 2000)) and (not phrase[: days[0].start].strip() or (
            phrase[: days[0].start].strip().lower() in OPENING_PREPOSITIONS and phrase[:1].isupper())):  # any year: only where the day is written
        phrase = phrase[days[0].end:]  # "between October 28 and October 31 the Presidium": the day the clause opens with, no
        # subject; "On October 19 Maurice Bishop and several of his ministers", "Since 13 May the students": the day, by the
        # preposition the sentence opens with
    if (lead := _LEADING_TIME.match(phrase) or (_LEADING_PART.match(phrase) if timed else None)) is not None:
        phrase = phrase[lead.end():]  # "on Sunday the junta", "On Sunday morning troops and police", "before dawn units of ..."
    if (trailing := _TRAILING_TIME.search(phrase)) is not None and trailing.start() > 0 \
            and phrase[: trailing.start()].split()[-1].lower() not in _TIME_OWNERS:
        phrase = phrase[: trailing.start()]  # "The Council yesterday freed": the subject, then when (not "the floods of last spring")
    words = phrase.split()
    while words and (words[0].lower() in _LEADING_ADVERBS or (words[0].islower() and words[0].endswith("ly"))):
        words = words[1:]  # "just recently the enemy": the adverbs before the subject
    if words and words[0].lower() in _SUBJECT_TIME_WORDS:
        words = words[1:]  # "Yesterday Moscow delivered a protest": the day, then the subject
        if words and words[0].lower() in _SUBJECT_TIME_PARTS:
            words = words[1:]  # "Yesterday morning about three thousand workers"
    elif len(words) > 2 and words[0].lower() in _SUBJECT_TIME_DETERMINERS:
        part = next((k for k, w in enumerate(words) if w.lower() not in _SUBJECT_TIME_DETERMINERS), len(words))
        if part < len(words) - 1 and words[part].lower() in _SUBJECT_TIME_PARTS:
            words = words[part + 1:]  # "This morning the crowd in Gdańsk", "last month Somali bands", "That same afternoon crowds"
    if len(words) > 2 and words[0][:1].isupper() and words[0].lower() in OPENING_PREPOSITIONS and "the" in words[2:]:
        at = len(words) - 1 - words[::-1].index("the")  # "In October the court in Warsaw refused", "Between 18 and 22 June
        words = words[at:]  # the security organs arrested": the time said first, then the subject
    elif timed and (at := next((k for k in range(len(words) - 1, 1, -1) if words[k] == "the" and words[k - 1].lower() not in _PHRASE_LINKS), 0)):
        words = words[at:]  # "After Stalin's death the Presidium met": "after" opens the time (a clause break of its own), the
        # event said, then the subject from its "the" ("since the troops of the Warsaw Pact": one phrase, "of" links it)
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    elif len(words) > 1 and words[0] in ("Our", "our") and words[1][:1].isupper():
        words = words[1:]  # "Our Presidium discussed your proposals": the writer's side's body, by the name it writes
    if len(words) > 1 and (trailing := _TRAILING_ADVERBS.search(" ".join(words))) and trailing.start() > 0:
        words = " ".join(words)[: trailing.start()].split()  # "The Politburo of our party once more confirmed": the subject, then how often
    if len(words) > 1 and (own := _OWN_PARTY_END.search(" ".join(words))) and own.start() > 0:
        words = " ".join(words)[: own.start()].split()  # "the Politburo of our party": the teller's party's Politburo
    if len(words) > 1 and words[-1].lower() in _REFLEXIVES:
        words = words[:-1]  # "Soviet troops themselves had had no stomach ...": the subject, stressed
    words = _uncounted(words)
    words = _without_count(words)
    if len(words) > 2 and (at := next((k for k, w in enumerate(words[1:-1], 1) if w in _SUBJECT_PLACE_WORDS), 0)) and (
        (len(words) > 3 and words[0][:1].islower() and words[at - 1][:1].islower())
        or (at == 1 and words[at] in _SUBJECT_SITE_WORDS and words[0].lower() in _ACTOR_NOUNS)
    ):  # "a group of junior officers in Santo Domingo rose", "Students at the National University clashed": the group,
        # then where it was
        place = words[at + 2:] if words[at + 1].lower() == "the" and words[at] in _SUBJECT_SITE_WORDS else words[at + 1:]
        if 1 <= len(place) <= 3 and all(w[:1].isupper() for w in place) and not any(m.entity.is_actor for m in find_mentions(" ".join(place))):
            words = words[:at]  # a place named by its capitalised words, no actor
    if doers := _doers(words):
        return [doers]  # "the strikes on the coast had ended": the strikers on the coast
    if not 1 <= len(words) <= (10 if "of" in words or "from" in words else 6) or not words[0][:1].isalpha():  # "officer of the Soviet Embassy in Bucharest"
        return []
    if words[0].lower() in _NOT_SUBJECTS or words[-1].lower() in _NOT_SUBJECTS or words[-1].lower() in _FUNCTION_WORDS:
        return []
    if words[0].lower() in _FUNCTION_WORDS or not re.search(r"[A-Za-z]{3}", " ".join(words)):
        return []
    if (titled := _TITLED_NAME.fullmatch(" ".join(words))) and (person := _TITLED_PAGE.get().get((_title_of(titled), titled[1]))):
        return [person]  # "Premier Kim gave a brief introduction": the Premier Kim Il Sung the page names
    opening = len(words) == 1 and words[0][1:].islower() and before.lstrip(" \"'“‘([").startswith(words[0])
    if opening and not names_an_actor(words) and agent_noun(words[0].lower()):
        words = [words[0].lower()]  # "Mutineers seized the radio station": a doers' plural capitalised by its place alone
    if not names_an_actor(words) and not (agent_noun(_head_of(words)[-1]) and not (breaks and breaks[-1].group(0).lower() == "and")):
        return []  # "the content of the telegram", "the entire discussion": a thing, not who acted; "the mutineers",
        # "Some 8,000 watersiders": a doer's plural no list holds, where the clause opens with it (after "and" it is more
        # often the last of the things a verb before it names: "named a cabinet of officers and right-wing civilians")
    if words[0].lower() in _OWNER_FIRST and (owned := group_name(" ".join(words))):
        return [owned]  # "The delegation of the Vientiane government walked out": the Vientiane government delegation
    return [canonical_name(" ".join(words))]


_RELATION_BETWEEN = compile_opening(
    r"(?:^|[,;:]\s*|\b(?i:and|but)\s+)(?:(?i:the)\s+)?(?:[a-z]+\s+)?(?i:" + (alternation(lexicon("en").get("relation_nouns") or []) or "(?!)")
    + r")\s+between\s+(?P<between>[^,;:.]+?)\s*$"
)
_PAIR_PHRASES = frozenset(" ".join(w.lower().split()) for w in lexicon("en").get("pair_phrases") or [])
# The two states an intelligence item's heading names, in capitals joined by a dash ("EL SALVADOR - HONDURAS: The
# fighting ...", "HAITI-DOMINICAN REPUBLIC"): its "two countries" (``page_pair``, set by ``reading_page``).
_PAGE_PAIR: ContextVar[tuple[str, ...]] = ContextVar("page_pair", default=())
_PAIR_HEADING = compile_opening(r"^\s*(?P<a>[A-Z][A-Z .'’]+?)\s*[-–—/]\s*(?P<b>[A-Z][A-Z .'’]+?)\s*(?::|\n|$)")


def page_pair(texts: list[str]) -> tuple[str, ...]:
    """The two states the first item heading of ``texts`` names ("EL SALVADOR - HONDURAS:"), when the gazetteer knows
    both as states; else none."""
    for text in texts:
        if (m := _PAIR_HEADING.match(text)) is not None:
            states = [lookup(" ".join(m[k].split())) for k in ("a", "b")]
            if all(s is not None and getattr(s, "is_state", False) for s in states) and states[0].id != states[1].id:
                return (states[0].name, states[1].name)
    return ()


def relation_parties(between: str) -> list[str]:
    """The two states a relation is between ("the two countries": the page's pair; "Haiti and the Dominican Republic":
    the ones named); none when it names no two states."""
    if " ".join(between.lower().split()) in _PAIR_PHRASES:
        return list(_PAGE_PAIR.get())
    states = list(dict.fromkeys(m.entity.name for m in find_mentions(between) if getattr(m.entity, "is_state", False)))
    return states if len(states) == 2 else []


# The prepositions a time said before the subject opens with ("In October the court ...", "Between 18 and 22 June the ...").
OPENING_PREPOSITIONS = frozenset(w.lower() for w in lexicon("en").get("subject_time_openers") or [])
# The words that link a noun phrase to the "the" after them ("the troops of the Warsaw Pact"): no break before that "the".
_PHRASE_LINKS = frozenset(w.lower() for key in ("act_prepositions", "told_of_prepositions", "subject_time_openers", "phrase_links")
                          for w in lexicon("en").get(key) or [])
_PARTITIVES = frozenset(w.lower() for w in lexicon("en").get("partitive_groups") or [])
_PARTITIVE_OPENERS = frozenset(w.lower() for w in lexicon("en").get("partitive_openers") or [])
_SUBJECT_TIME_WORDS = frozenset(w.lower() for w in lexicon("en").get("subject_time_words") or [])
_COUNT_WORDS = frozenset(w.lower() for w in lexicon("en").get("number_words") or {}) - {"a"}


_DOER_NOUNS = {k.lower(): v for k, v in (lexicon("en").get("doer_nouns") or {}).items()}


_WORKPLACE_OPENERS = tuple(w.lower().split() for w in lexicon("en").get("workplace_openers") or [])
_WORKPLACE_NOUNS = frozenset(w.lower() for w in lexicon("en").get("workplace_nouns") or [])


def _workplace(words: list[str]) -> str | None:
    """The workplace a subject "work in the X shipyards" names, as the one that acts ("Gdansk and Szczecin shipyards")."""
    lowered = [w.lower().strip(",") for w in words]
    for opener in _WORKPLACE_OPENERS:
        rest = words[len(opener):]
        if lowered[: len(opener)] == opener and rest and lowered[-1] in _WORKPLACE_NOUNS and len(rest) <= 7:
            rest = rest[1:] if rest[0].lower() in ("the", "a") else rest
            return " ".join(rest) if rest else None
    return None


def _doers(words: list[str]) -> str | None:
    """Those who do the act a subject phrase names ("strikes on the coast": "strikers on the coast"), else None."""
    lowered = [w.lower() for w in words]
    for at in range(len(words)):  # "Over the weekend the strike": the time said first, then the subject
        if at and not (lowered[at - 1] in ("the", "a") and (at < 2 or lowered[at - 2] not in _FUNCTION_WORDS)):
            continue
        for noun in sorted(_DOER_NOUNS, key=len, reverse=True):
            size = len(noun.split())
            if " ".join(lowered[at: at + size]) == noun and (at + size == len(words) or lowered[at + size] in ("on", "in")):
                return " ".join([_DOER_NOUNS[noun], *words[at + size:]])
    return None


_SUBJECT_TIME_DETERMINERS = frozenset(w.lower() for w in lexicon("en").get("subject_time_determiners") or [])
_SUBJECT_TIME_PARTS = frozenset(w.lower() for w in lexicon("en").get("subject_time_parts") or [])

# A time of the week or of the day said before the subject, in parts each with the words that open it ("On Sunday
# before dawn", "At about 0200 local time", "On Wednesday at 3 a.m."), and a time said between the subject and its verb
# ("The Council yesterday freed"): no part of the subject (en.yaml subject_clock_openers).
_WEEKDAY_WORDS = alternation(list(lexicon("en").get("weekdays") or {}))
_TIME_PART_WORDS = alternation(sorted(_SUBJECT_TIME_PARTS))
_CLOCK_WORDS = r"\s+(?:" + alternation(lexicon("en").get("subject_clock_words") or []) + r")"
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b\.?|\d{4}" + _CLOCK_WORDS  # "3 a.m.", "0200 local time"
_TIME_OPENING = alternation(sorted(OPENING_PREPOSITIONS | {w.lower() for w in lexicon("en").get("subject_clock_openers") or []}))
_TIME_DETERMINING = alternation(sorted(_SUBJECT_TIME_DETERMINERS - {"the"}))
_TIME_CHUNK = (
    r"(?:(?:" + _TIME_OPENING + r")\s+)+(?:the\s+)?(?:(?:" + _TIME_DETERMINING + r")\s+)*(?:" + _WEEKDAY_WORDS + r"|" + _CLOCK + r")"
    r"|(?:(?:" + _TIME_DETERMINING + r")\s+)*(?:" + _WEEKDAY_WORDS + r"|" + _CLOCK + r")"  # "last Sunday", not "The Sunday Times"
    r"|(?:(?:" + _TIME_OPENING + r")\s+)+\d{4}(?:" + _CLOCK_WORDS + r")?(?!\w)"  # "at about 0200"
    r"|(?:(?:" + _TIME_OPENING + r")\s+)+(?:(?:the|" + _TIME_DETERMINING + r")\s+)*(?:" + _TIME_PART_WORDS + r")"
    r"|(?:(?:" + _TIME_DETERMINING + r")\s+)+(?:" + _TIME_PART_WORDS + r")"
)
_TIME_FOLLOW = r"(?:" + _TIME_CHUNK + r"|(?:" + _TIME_PART_WORDS + r"))"  # "On Sunday morning": a part after the day
_LEADING_TIME = compile_opening(r"^(?:" + _TIME_CHUNK + r")(?:\s*,?\s+" + _TIME_FOLLOW + r")*\s*,?\s+(?=\S)", re.IGNORECASE)
_LEADING_PART = compile_opening(r"^(?:" + _TIME_PART_WORDS + r")(?:\s*,?\s+" + _TIME_FOLLOW + r")*\s*,?\s+(?=\S)", re.IGNORECASE)  # after "before"
_SUBJECT_SITE_WORDS = frozenset(lexicon("en").get("subject_site_prepositions") or [])
_SUBJECT_PLACE_WORDS = frozenset(lexicon("en").get("subject_place_prepositions") or []) | _SUBJECT_SITE_WORDS
_TIME_OWNERS = _PHRASE_LINKS | {"of"}
_TRAILING_TIME = compile_opening(
    r"(?:\s+(?:" + alternation(sorted(_SUBJECT_TIME_WORDS)) + r"|" + _TIME_CHUNK + r"))+$", re.IGNORECASE)
_COUNT_APPROXIMATORS = tuple(w.lower().split() for w in sorted(lexicon("en").get("count_approximators") or [], key=len, reverse=True))
_VAGUE_COUNTS = frozenset(w.lower() for w in lexicon("en").get("vague_counts") or [])
_COUNT_SCALES = frozenset(w.lower() for w in lexicon("en").get("count_scales") or [])
_FIGURE = compile_opening(r"^\d[\d,.]*$")


def _without_count(words: list[str], estimated_only: bool = True) -> list[str]:
    """A group phrase without the estimate of its size written before it ("Some 1,700 Marines", "about three thousand
    workers"): the group; a count said exactly stays part of it ("Two Koreans"), unless ``estimated_only`` is off (the
    count after a partitive: "a group of 26 Soviet specialists"). A phrase with no count, or only a count, as it is."""
    lowered, at = [w.lower() for w in words], 0
    if len(words) > 1 and lowered[0] in _VAGUE_COUNTS and lowered[1] not in ("of", "the") and words[1][:1].isupper() \
            and names_an_actor(words[1:]):
        return words[1:]  # "some Langi and Acholi officers were killed", "several Soviet advisers": the group its people's
        # name opens, no count of it ("Some fourteen other officials", "Some 1,700 Marines" are counted, not named)
    for approximator in _COUNT_APPROXIMATORS:
        if lowered[: len(approximator)] == approximator:
            at = len(approximator)
            break
    if estimated_only and not at:
        return words
    counted = at
    while counted < len(words) and (_FIGURE.match(lowered[counted]) or lowered[counted] in _COUNT_WORDS or lowered[counted] in _COUNT_SCALES):
        counted += 1
    if counted == at or counted >= len(words) or lowered[counted] in ("of", "the"):
        return words  # "Some of the documents": no group counted
    return words[counted:]


def _uncounted(words: list[str]) -> list[str]:
    """The group a subject phrase counts or parts, where that group names an actor: "first group of Soviet military
    specialists" the specialists, "Soviet naval force of seven units" the force; any other phrase as it is."""
    lowered = [w.lower() for w in words]
    if "of" in lowered:
        at = lowered.index("of")
        rest, head = words[at + 1:], lowered[:at]
        if (head and head[-1] in _PARTITIVES and all(w in _PARTITIVE_OPENERS for w in head[:-1])
                and rest and rest[0].lower() not in ("the", "a", "an") and names_an_actor(rest)):
            return _without_count(rest, estimated_only=False)  # "a group of 26 Soviet specialists": the specialists
        counted = 1 <= len(rest) <= 2 and (rest[0][:1].isdigit() or rest[0].lower() in _COUNT_WORDS)  # "of seven units",
        if counted and at > 1 and "and" not in head and names_an_actor(words[:at]):  # not "the troops of four other countries"
            return words[:at]
    return words


_ACTOR_NOUNS = frozenset(w.lower() for w in lexicon("en").get("actor_nouns") or [])
_RANK_WORDS = frozenset(lexicon("en").get("group_rank_words") or [])


def group_without_rank(name: str) -> str:
    """A group's name less a word of rank or order that opens it ("first Soviet specialists": Soviet specialists), when
    an actor noun closes it after names only ("first secretary of the embassy" is an office) and the gazetteer lists no
    such name; any other name as it is."""
    words = name.split()
    if len(words) < 2 or words[0] not in _RANK_WORDS or words[-1].lower() not in _ACTOR_NOUNS or lookup(name) is not None \
            or not all(w[:1].isupper() for w in words[1:-1]):
        return name
    return " ".join(words[1:])


# An armed group named by its common nouns only ("Troops took control of Kampala", "units of the army", "tanks and
# troops"): whose it is, the one state (or a capital standing for it) the clause names, is the army that acted
# (en.yaml ``bare_force_words``); a named unit it is part of ("soldiers of the First Battalion") is that unit; a
# leader it served under ("under General Cemal Gürsel", "loyal to Major General X") acts with it.
_BARE_FORCE_WORDS = frozenset(w.lower() for w in lexicon("en").get("bare_force_words") or [])
_FORCE_JOINS = frozenset(("and", "of", "the"))
_UNDER_LEADER = compile_opening(
    r"^(?P<group>[A-Za-z][\w\s-]*?)\s+(?:" + alternation(lexicon("en").get("force_leader_links") or ["(?!)"]) + r")\s+"
    r"(?P<leader>[A-Z][\w'’.-]*(?:(?:[\s-]+|\s+of\s+(?:the\s+)?)[A-Z][\w'’.-]*){0,6})$"
)  # the leader with his office's words ("under Chief of Staff Husni Za'im", "loyal to the Minister of Defence X")
_PART_OF_UNIT = compile_opening(r"^(?P<part>[a-z][\w-]*)\s+of\s+the\s+(?P<unit>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})$")


def _bare_force(phrase: str) -> bool:
    words = [w.lower() for w in phrase.split()]
    return bool(words) and all(w in _BARE_FORCE_WORDS or w in _FORCE_JOINS for w in words) \
        and any(w in _BARE_FORCE_WORDS for w in words) and words[0] not in _FORCE_JOINS


def _clause_state(text: str) -> str | None:
    """The one state a clause names, itself or by its capital ("took control of Kampala": Uganda); None for none or two."""
    states = set()
    for m in find_mentions(text):
        if m.entity.kind == "place" and m.entity.is_state:
            states.add(m.entity.name)
        elif m.entity.capital_of and (state := entity(m.entity.capital_of)) is not None:
            states.add(state.name)
    return states.pop() if len(states) == 1 else None


def force_actors(name: str, text: str, page_state: str | None = None) -> list[str]:
    """An actor read as an armed group of common nouns, named as the clause ``text`` shows it: the state's army, the
    named unit, with the leader it served under; any other name as it is. Where the clause names no state at all, the
    state the page is about (``page_state``) owns the army named by a phrase ("Army units"), and a phrase of bare groups
    of ``page_state_groups`` ("troops and police", "the coast guard") is that state's too ("Thai army", "Thai police");
    a state the clause names (a recipient: "a delivery to Poland") owns no such group."""
    names = [name]
    if (ranks := _UNDER_RANKS.match(name)) is not None and _bare_force(ranks["group"]) and _page_groups(ranks["ranks"]):
        names = [ranks["ranks"]]  # "Army units under a group of colonels": the colonels, whose army it is
        led = ranks
    elif (led := _UNDER_LEADER.match(name)) is not None and (
        _bare_force(led["group"]) or _PART_OF_UNIT.match(led["group"]) or _page_groups(led["group"]) or _led_body(led["group"])
    ):
        names = [led["group"], canonical_name(_office_dropped(led["leader"]))]
    phrase = name if led is not None else names[0]  # "troops loyal to General Amin": a phrase, not the page's name for its army
    if (part := _PART_OF_UNIT.match(names[0])) is not None and part["part"].lower() in _BARE_FORCE_WORDS:
        names[0] = part["unit"]  # "soldiers of the First Battalion": the battalion
    elif _bare_force(names[0]) and (adjective := _state_adjectives().get(_owner_state(text, page_state, phrase) or "")) is not None:
        names[0] = f"{adjective} {'armed forces' if 'armed forces' in names[0].lower() else 'army'}"
    elif (groups := _page_groups(names[0])) and _a_phrase(phrase):
        if adjective := _state_adjectives().get(_group_state(groups, text, page_state, phrase) or ""):
            names[:1] = [f"{adjective} {group}" for group in groups]
        elif all(g.startswith("army") for g in groups):
            return [name]  # officers of no state the clause names: the phrase as written, read as before
    return names if names != [name] else [name]


def _office_dropped(leader: str) -> str:
    """A leader named after his office ("Chief of Staff Husni Za'im", "Minister of Defence Ahmad Hassan": en.yaml
    ``office_domains``): the name after it."""
    office = OFFICE_OF.match(leader)
    return leader[office.end():] if office is not None and len(leader[office.end():].split()) >= 2 else leader


def led_group(before: str) -> str | None:
    """The group of common nouns that opens a clause as its subject with the leader it served under ("troops loyal to
    General Idi Amin", "a group of officers under Lieutenant-Colonel X"): the phrase as written, read by ``force_actors``
    as the group and its leader; None for any other subject."""
    if not _LEADER_LINK_WORDS.intersection(before.lower().split()):
        return None
    before = _LEADER_OFFICE.sub(" ", before)  # "army units under Lieutenant General X, Chief of Army Staff, occupied": his office
    phrase = subject_phrase(before)
    if len(phrase) != 1 or (led := _UNDER_LEADER.match(phrase[0])) is None:
        clause = _CLAUSE_BREAK.split(before)[-1].strip()  # "Rwandan army under Major General Juvénal Habyarimana": longer
        clause = clause[lead.end():] if (lead := _LEADING_TIME.match(clause)) else clause  # than a subject phrase is read
        clause = clause[4:] if clause[:4].lower() == "the " else clause
        if (led := _UNDER_LEADER.match(clause)) is None:
            return None
        phrase = [clause]
    return phrase[0] if _bare_force(led["group"]) or _PART_OF_UNIT.match(led["group"]) or _page_groups(led["group"]) or _led_body(led["group"]) else None


_LEADER_OFFICE = compile_opening(r"(?<=[a-z])\s*,\s*[A-Z][\w'’-]*(?:\s+(?:of|the|for|[A-Z][\w'’-]*)){0,5}\s*,\s*$")


def _led_body(group: str) -> bool:
    """A state's force or a body named before the leader it served under ("Rwandan army under Major General X", "the
    People's Revolutionary Council under Heng Samrin"): a group of its own, which acted with him."""
    words = group.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return len(words) >= 2 and words[0][:1].isupper() and names_an_actor(words)


_PAGE_GROUPS = {k.lower(): v for k, v in (lexicon("en").get("page_state_groups") or {}).items()}
_AND = re.compile(r"\s*,\s*|\s+and\s+")
_GROUP_OPENER = re.compile(r"^(?:" + alternation(lexicon("en").get("page_state_group_openers") or ["(?!)"]) + r")\s+")
_UNDER_RANKS = compile_opening(
    r"^(?P<group>[A-Za-z][\w\s-]*?)\s+(?:" + alternation(lexicon("en").get("force_leader_links") or ["(?!)"]) + r")\s+"
    r"(?P<ranks>(?:a\s+)?(?:group|band|handful)\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$"
)


def _page_groups(phrase: str) -> list[str]:
    """The groups a phrase of bare group nouns names ("the police", "troops and police": army, police), each as
    ``page_state_groups`` names it; empty where any part is more than such a noun ("the police of Lagos")."""
    parts = [_GROUP_OPENER.sub("", p.strip().lower()) for p in _AND.split(phrase.strip())]
    if not parts or not any(p in _PAGE_GROUPS for p in parts):
        return []
    groups = [_PAGE_GROUPS.get(p) or ("army" if _bare_force(p) else None) for p in parts]
    return list(dict.fromkeys(groups)) if all(groups) else []


def _group_state(groups: list[str], text: str, page_state: str | None, phrase: str) -> str | None:
    """The state whose bare groups these are: an army's officers ("a group of officers", "army officers") the one
    state their clause names ("tried to seize power in Lagos": Nigerian army officers), not the page's, since a
    record of a party's meeting tells of officers of many states; any other group the page's, where the clause
    names no state."""
    if all(g.startswith("army") for g in groups):
        return _clause_state(text)
    return page_state if page_state and not _names_a_state(text) else None


def _owner_state(text: str, page_state: str | None, phrase: str) -> str | None:
    """The state an armed group of a clause belongs to: the one state the clause names, else the page's state where the
    clause names none (two states in the clause leave it unknown: "Troops from Kenya entered Uganda") and the group is
    a phrase ("Army units", "troops and police"); a word alone ("Army shelled the camp") may be the page's own name
    for that army, and stays as written."""
    if (state := _clause_state(text)) is not None:
        return state
    return page_state if page_state and _a_phrase(phrase) and not _names_a_state(text) else None


def _a_phrase(name: str) -> bool:
    """More than one word, an article not counted ("Army units", "the coast guard"; not "the army")."""
    return len(re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).split()) > 1


def _names_a_state(text: str) -> bool:
    return any(m.entity.kind == "place" and m.entity.is_state or m.entity.capital_of for m in find_mentions(text)) \
        or bool(_ADJECTIVE_WORD.search(text))


_ADJECTIVE_WORD = compile_opening(r"(?<![\w-])(?:" + alternation(list(lexicon("en").get("state_adjectives") or {})) + r")(?![\w-])")


_MISSION_WORDS = alternation(lexicon("en").get("page_state_missions") or ["(?!)"])
_MISSION_OF = compile_opening(r"(?<![\w-])(?P<state>" + alternation(list(lexicon("en").get("state_adjectives") or {})) + r")\s+(?:" + _MISSION_WORDS
                         + r")(?![\w-])|(?<![\w-])(?:" + _MISSION_WORDS + r")\s+of\s+(?:the\s+)?(?P<state2>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)")


def page_state(texts: list[str], exclude: frozenset[str] = frozenset()) -> str | None:
    """The state a page is about: the one its text names most often, by its name, its capital or its adjective
    ("Uganda", "Kampala", "Ugandan"), twice at least and more often than any other; not a state of ``exclude`` (the governments the page is
    written inside, its writer's), nor one whose mission the page names ("the Soviet Ambassador in Lomé": the page is
    about Togo). None where no state leads."""
    adjectives = lexicon("en").get("state_adjectives") or {}
    counts: dict[str, int] = {}
    for text in texts:
        for m in find_mentions(text):
            state = m.entity.name if m.entity.kind == "place" and m.entity.is_state else (
                found.name if m.entity.capital_of and (found := entity(m.entity.capital_of)) is not None else None)
            if state:
                counts[state] = counts.get(state, 0) + 1
        for a in _ADJECTIVE_WORD.finditer(text):
            if (found := lookup(adjectives[a.group()])) is not None:
                counts[found.name] = counts.get(found.name, 0) + 1
    for text in texts:  # "the Soviet Ambassador in Lomé", "Embassy of the ČSSR": a state whose mission writes or is met
        for m in _MISSION_OF.finditer(text):
            written = m["state"] or m["state2"]
            found = lookup(adjectives.get(written, written))
            if found is not None:
                exclude = exclude | {found.name}
    ranked = sorted(((n, s) for s, n in counts.items() if s not in exclude), reverse=True)
    if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0]):
        return None
    return ranked[0][1]


_OUR_PHRASE = compile_opening(r"^(?:Our|our)\s+(?P<rest>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})$")


def own_named(name: str, context: Context, homes: frozenset[str] = frozenset()) -> str:
    """A group the writer (or the speaker) calls his own, read as a subject ("Our reconnaissance aircraft located the
    ship"): his state's group, by the adjective its armed men are named with ("US reconnaissance aircraft"); the
    government the page is written inside (``homes``, one only) where the writer's state is unknown; any other name,
    or one whose state stays unknown, as it is."""
    if (m := _OUR_PHRASE.match(name)) is None:
        return name
    speaking = [context.speaker] if context.speaker else list(context.senders)
    state = context.side or (found.name if (found := writer_state(speaking, None)) is not None else None) or context.writer_state
    if state is None and not context.speaker and len(homes) == 1:
        state = next(iter(homes))
    adjective = _state_adjectives().get(state) if state else None
    return f"{adjective} {m['rest']}" if adjective else name
_NATURAL_FORCES = frozenset(w.lower() for w in lexicon("en").get("natural_forces") or [])


_HEAD_CUT_WORDS = frozenset(lexicon("en").get("head_cut_words") or [])


def _head_of(words: list[str]) -> list[str]:
    """A phrase's words up to what follows its head ("officer of (from) the Embassy", "the court in Warsaw": en.yaml
    head_cut_words; "troops loyal to General Amin": the group before its leader); never empty."""
    return words[: next((i for i, w in enumerate(words) if w.lower() in _HEAD_CUT_WORDS
                         or i and w.lower() in _LEADER_LINK_WORDS and words[i - 1][:1].islower()), len(words))] or [""]


def names_an_actor(words: list[str]) -> bool:
    """A phrase whose head noun is a group, office or body ("the Bonn government", "Western colleagues") or a force of
    nature ("the earthquake"), or a proper name of two words or more, every one capitalised ("Radio Free Europe")."""
    head = _head_of(words)
    if head[-1] and (re.sub(r"['’]s?$", "", head[-1].lower()) in _ACTOR_NOUNS or head[-1].lower() in _NATURAL_FORCES):
        return True
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        return True
    # "the Democratic Front for the Unification of the Fatherland": a body's name, capitalised but for the small words
    # that link its parts (en.yaml ``body_name_links``), opening and ending with a capital; two capitalised words or more
    return len(words) >= 3 and words[0][:1].isupper() and words[-1][:1].isupper() and all(
        w[:1].isupper() or w in _BODY_NAME_LINKS for w in words) and sum(w[:1].isupper() for w in words) >= 2


_BODY_NAME_LINKS = frozenset(lexicon("en").get("body_name_links") or [])
_AGENT_ENDINGS = tuple(lexicon("en").get("doer_endings") or [])
_NOT_DOERS = frozenset([*(lexicon("en").get("doer_endings_not_doers") or []), *(lexicon("en").get("subject_only_actor_nouns") or []),
                        *(lexicon("en").get("subject_only_craft") or [])])  # "governors", "bombers": read as a subject of their own (passages._craft_subject)


def agent_noun(word: str) -> bool:
    """A plural noun of doers written in small letters, by one of English's endings of a doer ("mutineers",
    "villagers", "loyalists", "servicemen"; en.yaml ``doer_endings``), not a thing that ends alike ("orders",
    "doors", ``doer_endings_not_doers``)."""
    return word.isalpha() and word.islower() and len(word) > 4 and word.endswith(_AGENT_ENDINGS) and word not in _NOT_DOERS


_LEADER_LINK_WORDS = frozenset(link.split()[0].lower() for link in lexicon("en").get("force_leader_links") or [])


_FUNCTION_WORDS = frozenset(
    ["in", "at", "on", "during", "after", "before", "of", "for", "to", "from", "by", "with", "upon", "under", "over", "into", "about", "is", "are", "was", "were", "be", "been", "even", "also", "then", "thus", "still", "already", "just", "only", "not", "the", "a", "an", "course"]
)


LOWER_WORD = compile_opening(r"\b[a-z]{2,}\b")


def inside_quotation(text: str, offset: int) -> bool:
    """The sentence stands inside a quotation opened earlier in the passage (or left open by the one before).

    Curly quotes and guillemets say which way they face; a straight double quote, as a plain-text capture has
    them, opens where it stands before a word (at the start, after a space or a bracket) and closes after one.
    A quotation of several paragraphs opens each of them again: that mark at the start of a passage going on
    with an open quotation (after the carried-over mark) opens nothing new."""
    depth = 0
    for m in _QUOTE_MARKS.finditer(text, 0, offset):
        mark, at = m.group(), m.start()
        opening = mark in "“«" or (mark == '"' and (at == 0 or text[at - 1].isspace() or text[at - 1] in "([{“«—:"))
        if opening and not (at == 1 and depth):
            depth += 1
        elif not opening and depth:
            depth -= 1
    return depth > 0


_QUOTE_MARKS = compile_opening(r"[“”«»\"]")


CLOCK = compile_opening(r"\b(?:[Aa]t|for)\s+(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)\s*(?P<ampm>[ap]\.\s?m\.|[AP]\.\s?M\.)?(?!\d)")


def clock_of(m: re.Match) -> str | None:
    return clock(int(m["hour"]), int(m["minute"]), m["ampm"])


@cache
def _told_clock_patterns(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The times of day (and hours, where the language file names how an hour is written) with no day of their own, and
    the words of midnight, in ``language`` (en.yaml, ru.yaml day_parts_told)."""
    lex = lexicon(language)
    parts = [alternation(lex.get("day_parts_told") or []).replace(r"\ ", r"\s+")] if lex.get("day_parts_told") else []
    if lex.get("clock_openers") and lex.get("clock_hour_words"):  # "Около 12 часов", "В 19 часов 30 минут"
        parts.append(r"(?:" + alternation(lex["clock_openers"]) + r")\s+[0-2]?\d(?:[.:][0-5]\d)?\s*(?:" + alternation(lex["clock_hour_words"]) + r")")
    if lex.get("clock_sure_openers"):  # "kl 22.20", "klockan 14", "kl. 2150": after these words a number is always an hour
        parts.append(r"(?:" + alternation(lex["clock_sure_openers"]) + r")\s+(?:(?:[01]\d|2[0-3])[0-5]\d|[0-2]?\d(?:[.:][0-5]\d)?)(?!\d)")
    if lex.get("clock_openers") and lex.get("clock_after_hour") is not None:  # a cable's hours: "about 0900", "between 0500
        # and 0700", "at 21:00", "at 4 p.m."; a year is no hour ("by 1945", "about 1500 troops": a word after it that
        # is none of clock_after_hour)
        hour = r"(?:(?:[01]\d|2[0-3])[0-5]\d(?<!19[0-5]\d)|[0-2]?\d[:.][0-5]\d|1?\d(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\b\.?)"
        after = r"(?!\s+(?!(?:" + alternation(lex["clock_after_hour"]) + r")\b)[a-z])"
        parts.append(r"(?:(?:" + alternation(lex["clock_openers"]) + r")\s+" + hour + r"|between\s+" + hour + r"\s+and\s+" + hour + r")" + after)
    day = compile_opening(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE) if parts else None
    midnight = compile_opening(r"(?<!\w)(?:" + alternation(lex["midnight_words"]).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE) \
        if lex.get("midnight_words") else None
    return day, midnight


def told_clock(sentence: str, language: str | None) -> str | None:
    """"midnight" where the sentence tells its act at midnight, "day" at another time of the day it names with no day
    of its own ("In the evening groups of youths set fire to cars", "Около 12 часов ..."), else None."""
    day, midnight = _told_clock_patterns(language or "en")
    if midnight is not None and midnight.search(sentence):
        return "midnight"
    return "day" if day is not None and day.search(sentence) else None


@cache
def _lasting_pattern() -> re.Pattern | None:
    """"for two days", "for a week": a length told in days (en.yaml lasting_openers, counts, day_units)."""
    lex = lexicon("en")
    if not lex.get("lasting_openers") or not lex.get("counts") or not lex.get("day_units"):
        return None
    return compile_opening(
        r"(?<!\w)(?:" + alternation(lex["lasting_openers"]) + r")\s+(?P<n>\d{1,3}|" + alternation(lex["counts"]) + r")\s+(?P<unit>"
        + alternation(lex["day_units"]) + r")(?!\w)", re.IGNORECASE)


def lasted_days(sentence: str) -> int | None:
    """The days a length told in the sentence counts ("held at the border for two days": 2), else None."""
    pattern = _lasting_pattern()
    if pattern is None or (m := pattern.search(sentence)) is None:
        return None
    lex = lexicon("en")
    n = m["n"].lower()
    return (int(n) if n.isdigit() else lex["counts"][n]) * lex["day_units"][m["unit"].lower()] or None
