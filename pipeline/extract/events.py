"""Events: the document's own act, its receipt and handling, and what its sentences say happened.

A cable or letter is itself an event: sent on its date, by its sender, to its
recipients. Its header or a receipt stamp records receipt ("from [BEIJING]
received 1500 13 July 1951", "發自北京,1951年11月14日收到"), its trailer the
deciphering and printing. In the text:

- every sentence with an explicit or partial date is an event; its type comes
  from the words around the date, its actors from the gazetteer's names there
  ("X's report to Y"), a pronoun subject ("he instructed") from the previous
  sentence's actor, and in a letter "we/I" is the sender and "you/your" the
  recipient ("We received your telegrams of January 31": Mao's telegrams to
  Stalin, sent on 31 January);
- a date standing alone (a dateline, "31st of December 1949.") or after a
  label or heading ("Publication Date:", "NSC BRIEFING 1 July 1953") dates
  the document, it is not a happening;
- in a letter or cable, the writer's own acts ("We agree", "we have no
  objections", "Hereby I am sending", "The Soviet Government ... will
  support"), a resolution's decisions ("1. To confirm ...") and a record of
  conversation's turns ("Comrade Mao Zedong: ...") happen on the document's
  date (marked inferred: the date is not written in the sentence);
- a completed act stated without a date ("an agreement has already been
  reached") happened on or before the document's date (start unknown), and a
  plan ("we intend to", 打算) has no date yet;
- "Stalin replied:" with no date answers the last dated message, and "five
  days later" counts from the last date: both inferred.

Receipt stamps that precede the sending by exactly one year ("Received 23:00
31.1.1951" on a telegram of 31 January 1952) are a typist's slip: the
document's year is taken, and the date marked inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from pipeline.extract.mentions import Mention, find_mentions, find_unknown_names
from pipeline.extract.tense import Cue, is_hypothetical, lexicon, read_cues
from pipeline.normalize.dates import DateMention, clock, find_dates, find_relative, iter_dates, period_end
from pipeline.normalize.names import canonical_name, lookup
from pipeline.normalize.text import normalize_space, sentence_spans
from pipeline.parse.model import ParsedDocument

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
_KEYWORD_PATTERNS = tuple((kind, re.compile(words, re.IGNORECASE)) for kind, words in _KEYWORDS)
_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|our|ours|us|I|my|me)\b|(?<![а-яё])(?:мы|наш\w*|нам|нас|я|мо[йеяи]\w*)(?![а-яё])|我們|我们|我", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b|(?<![а-яё])(?:вы|ваш\w*|вам|вас)(?![а-яё])|您|你們|你们", re.IGNORECASE)
_RECEIVED = re.compile(r"\breceived\s+(?P<rest>.+)", re.IGNORECASE)
_HANDLED = re.compile(r"\b(?P<what>Deciphered|Printed|Typed)\s+by\s+(?P<who>[A-ZА-Я][\w.-]+)\s+(?P<when>[0-2]\d[0-5]\d\s+\d{1,2}\s+\w+(?:\s+\d{4})?)", re.IGNORECASE)
_STAMP = re.compile(r"^(?:From\s+\S+\s+)?Received\b|收到|получен", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"(?:Date|Дата|日期)\s*:\s*$|^[^a-zа-яё\u4e00-\u9fff]*(?:\b(?:of|Of|от)\s*)?$")
_CITATION = re.compile(r"Digital Archive|Citation:|get citation|Public Policy Program")
_MESSAGE_NOUN = re.compile(r"telegram|cable|letter|message|proposal|телеграмм|письм|電報|电报|來電|来电", re.IGNORECASE)
_MINE = re.compile(r"\b(?:my|our)\b|(?<![а-яё])(?:мо[йеяи]\w*|наш\w*)(?![а-яё])", re.IGNORECASE)
_YOURS = re.compile(r"\byour\b|(?<![а-яё])ваш\w*(?![а-яё])", re.IGNORECASE)
_PERFORMATIVE = (
    ("agreement", r"\b(?:we|I)\s+(?:(?:also|fully|therefore|do|all|hereby)\s+)*(?:agree|approve|consent)\b|\bwe\s+have\s+no\s+objections?\b|(?<![а-яё])(?:согласны|нет возражений)(?![а-яё])"),
    ("proposal", r"\b(?:we|I)\s+(?:(?:also|therefore|hereby)\s+)*(?:propose|suggest|request|ask)\b|(?<![а-яё])(?:предлагаем|просим)(?![а-яё])"),
    ("instruction", r"\b(?:we|I)\s+(?:(?:also|therefore|hereby)\s+)*(?:instruct|insist)\b|\byou\s+must\b|(?<![а-яё])(?:следует|настаива\w*)(?![а-яё])"),
    ("message_sent", r"\bhereby\b|\b(?:I|we)\s+(?:am|are)\s+sending\b"),
    ("statement", r"\b(?:we|I)\s+(?:(?:also|therefore|now)\s+)*(?:consider|believe|think|have\s+decided|decided)\b|(?<![а-яё])(?:считаем|думаем|решили)(?![а-яё])"),
)
_PERFORMATIVE_PATTERNS = tuple((kind, re.compile(words, re.IGNORECASE)) for kind, words in _PERFORMATIVE)
_COMMITMENT = re.compile(r"(?:\s*,[^,]{1,40},)?\s+will\b", re.IGNORECASE)  # "The Soviet Government, for its part, will"
_DONE_UNDATED = re.compile(
    r"\b(?:has|have)\s+(?:already\s+)?(?:been\s+)?(?:reached|concluded|signed|achieved|embarked|begun|started|launched|discussing|"
    r"discussed|agreed|adopted|accepted|rejected|broken|resumed|suspended|attacked|invaded|sent|held|proposed)\b",
    re.IGNORECASE,
)
_PAST_ACT = re.compile(
    r"\b(?:raised|offered|proposed|rejected|advanced|put forward|declared|announced|refused|accepted|demanded|insisted)\b"
)
_PLANNED = re.compile(r"打算|計劃|计划|\bwe\s+(?:intend|plan|are\s+going)\s+to\b|(?<![а-яё])намерены(?![а-яё])", re.IGNORECASE)
_RESOLVES = re.compile(r"\bRESOLVES\b|ПОСТАНОВЛЯЕТ|决定|決定如下")
_DECISION = re.compile(r"^(?:\d{1,2}\.\s*)?To\s+[a-z]+\b")
_TURN = re.compile(r"^(?:(?:Comrade|Cde\.|Tov\.|Товарищ|Тов\.)\s+)?(?P<name>[^:]{2,40}):\s+\S")
_CONVERSATION = re.compile(r"conversation|беседы|談話|谈话", re.IGNORECASE)
_REPLIED = re.compile(r"\b(?:replied|answered|responded)\b|ответил", re.IGNORECASE)
_YEAR_IN_URL = re.compile(r"frus(?P<year>1[89]\d\d)(?![-–]\d)")  # a volume of one year, not "frus1969-76"
# A heading that is a message's: "Ciphered Telegram No. 709, X to Y", "Letter, X to Y", "MZD關於…致斯大林電".
_MESSAGE_HEADING = re.compile(
    r"(?:^|[\"“])\s*(?:Ciphered\s+)?(?P<noun>Telegram|Cable|Letter|Message|TELEGRAM|CABLE|LETTER)\b|^[^\s,.;:]{1,40}?致[^\s,。]{1,20}[電电]$"
)
_ADDRESSEE = re.compile(r"^(?:To|For)\s+(?:Comrade|Cde\.)?|^(?:Товарищу|Тов\.)|^致")
_CJK_STOP = "。！？"
_OPENING_QUOTES = "“\"«„"
_INTRODUCES_SPEECH = re.compile(r"(?:following|this|the)\s+statement\s*:\s*$|\b(?:stated|said|declared)\s*:\s*$", re.IGNORECASE)
_COMMUNICATION = {"message_sent", "reply", "report", "instruction", "proposal"}
_SYMMETRIC = {"meeting", "agreement"}


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
    is_message: bool = True  # a cable, telegram or letter (not a briefing or report addressed to someone)
    heading: tuple[int, int, int] | None = None  # block, start, end of the "X to Y" line naming the correspondents
    occasion: date | None = None  # the day the text speaks from: a record's meeting, else the document's date
    occasion_precision: str = "day"
    is_record: bool = False  # a record of a meeting (conversation, minutes, notes, transcript, diary of a talk)


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
    if kind in _SYMMETRIC:  # the people who met; a state named with them ("Chairman of ... China") is not a participant
        everyone = set(source_ids) | set(target_ids)
        actors = ",".join(sorted({i for i in everyone if i.startswith("person/")} or everyone))
    else:
        actors = ",".join(sorted(set(source_ids))) + ">" + ",".join(sorted(set(target_ids)))
    return f"{kind}|{event.start_date.isoformat()}|{actors}"


def extract_events(doc: ParsedDocument) -> list[EventDraft]:
    context = document_context(doc)
    own = _document_event(doc) or _heading_event(doc, context) or _occasion_event(doc, context)
    events = own + _header_and_trailer_events(doc) + _sentence_events(doc, context)
    return sorted(events, key=lambda e: (e.block, e.evidence_start, e.event_type, e.start_date or date.min))


# --- the document's context ------------------------------------------------


def document_context(doc: ParsedDocument) -> Context:
    senders, recipients = list(doc.sender_names), list(doc.recipient_names)
    heading = None
    if not senders or not recipients:
        found_senders, found_recipients, heading = _title_correspondents(doc)
        senders, recipients = senders or found_senders, recipients or found_recipients
    letter_date = doc.document_date if doc.document_date_precision in ("day", None) else None
    letter_date = letter_date or _dateline(doc) or _signature_date(doc)
    year = letter_date.year if letter_date else (doc.document_date.year if doc.document_date else None)
    if year is None and doc.url and (m := _YEAR_IN_URL.search(doc.url)):
        year = int(m["year"])
    texts = [doc.title or ""] + [b.text for b in doc.blocks[:8]]
    is_conversation = doc.document_type in ("record_of_conversation", "minutes") or any(_CONVERSATION.search(t) for t in texts)
    headings = [doc.title or ""] + [b.text for b in doc.blocks[:6] if len(b.text) < 160 and not b.text.rstrip().endswith(".")]
    is_record = doc.document_type in ("record_of_conversation", "minutes") or any(_RECORD.search(t) for t in headings)
    occasion, occasion_precision = (_occasion_date(doc) if is_record else None) or letter_date, "day"
    if occasion is None and doc.document_date and doc.document_date_precision == "month":
        occasion, occasion_precision = doc.document_date, "month"  # the letter of June 1961: bounded by its month
    return Context(
        letter_date, year, senders, recipients,
        is_correspondence=doc.document_type in SENT_TYPES or bool(senders or recipients),
        is_message=doc.document_type in SENT_TYPES,
        is_conversation=is_conversation and doc.source_type != "book_excerpt",
        resolver=_resolver(doc),
        heading=heading,
        occasion=occasion,
        occasion_precision=occasion_precision,
        is_record=is_record,
    )


def _actor_names(text: str) -> list[str]:
    return list(dict.fromkeys(m.entity.name for m in find_mentions(text) if m.entity.is_actor))


def _title_correspondents(doc: ParsedDocument) -> tuple[list[str], list[str], tuple[int, int, int] | None]:
    """Sender, recipients and the heading that names them: "X to Y" ("Filippov [Stalin] to Krasovsky, for Mao Zedong", "MZD…致斯大林電")."""
    candidates = [(None, doc.title or ""), (None, doc.citation_text or "")] + [(i, b.text[:300]) for i, b in enumerate(doc.blocks[:15])]
    for index, text in candidates:
        kind = _MESSAGE_HEADING.search(text)
        if not kind:
            continue
        m = re.compile(r"\s(?:to|TO|To)\s|致").search(text, kind.end() if kind["noun"] else kind.start())
        if not m:
            continue
        left, right = text[kind.start(): m.start()], text[m.end():]
        right = re.split(r"[\"”]|電|电", right)[0]
        closing = text[m.end() + len(right): m.end() + len(right) + 1]
        heading = (index, kind.start(), m.end() + len(right) + (1 if closing and closing in "電电" else 0))
        left_actors = [x.entity.name for x in find_mentions(left) if x.entity.is_actor]
        senders = left_actors[-1:]
        if for_part := re.search(r"\bfor\s+(.+)", right, re.IGNORECASE):
            right = for_part[1]
        recipients = _actor_names(right)
        if senders and recipients:
            return senders[-1:], recipients, (heading if index is not None else None)
    for block in doc.blocks[:15]:  # a cover note: "To Comrade A. N. Poskrebyshev"
        if _ADDRESSEE.search(block.text) and len(block.text) < 80 and (names := _actor_names(block.text)):
            return [], names, None
    return [], [], None


def _dateline(doc: ParsedDocument) -> date | None:
    """A full date opening a body passage ("23 February 1952 To Comrade Mao Zedong"), for a document without a date."""
    for block in doc.blocks:
        if block.section_type in ("header", "trailer"):
            continue
        dates = find_dates(block.text[:40])
        if dates and dates[0].start == 0 and dates[0].year_written and dates[0].precision in ("day", "minute"):
            return dates[0].start_date
    return None


def _resolver(doc: ParsedDocument) -> list[str]:
    for block in doc.blocks:
        if m := _RESOLVES.search(block.text):
            return _actor_names(block.text[max(0, m.start() - 60): m.start()])[-1:]
    return []


# --- the document itself, its header and trailer ----------------------------


def _document_event(doc: ParsedDocument) -> list[EventDraft]:
    if doc.document_type not in SENT_TYPES or doc.title_block is None or not doc.title:
        return []
    block = doc.blocks[doc.title_block]
    start = block.text.find(doc.title)
    if start < 0:
        return []
    event = EventDraft(doc.title_block, "message_sent", start, start + len(doc.title), "document_metadata", 0.9)
    event.start_date = doc.document_date
    event.end_date = period_end(doc.document_date, doc.document_date_precision) if doc.document_date else None
    event.precision = doc.document_date_precision or "unknown"
    event.date_text = doc.document_date_text
    event.sources, event.targets, event.place = list(doc.sender_names), list(doc.recipient_names), doc.sent_from
    return [event]


def _heading_event(doc: ParsedDocument, context: Context) -> list[EventDraft]:
    """A page of unknown layout whose heading names sender and recipient ("Letter, Mao Zedong to Comrade Filippov [Stalin]") is a message sent on its date."""
    if doc.source_type == "book_excerpt" or context.heading is None or context.letter_date is None:
        return []
    if not (context.senders and context.recipients):
        return []
    index, start, end = context.heading
    event = EventDraft(index, "message_sent", start, end, "document_metadata", 0.7).on(context.letter_date, inferred=False)
    event.date_text = doc.document_date_text
    event.sources, event.targets = list(context.senders), list(context.recipients)
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
                event = EventDraft(index, "message_received", m.start(), end, "cable_header", 0.85).dated(mention)
                event.sources, event.targets = list(doc.sender_names), list(doc.recipient_names)
                _fix_stamp_year(event, doc.document_date)
                events.append(event)
        if block.section_type == "trailer":
            for m in _HANDLED.finditer(block.text):
                dates = find_dates(m["when"], year)
                if dates:
                    kind = "deciphered" if m["what"].lower() == "deciphered" else "printed"
                    event = EventDraft(index, kind, m.start(), m.end(), "cable_trailer", 0.8).dated(dates[0])
                    event.sources = [canonical_name(m["who"])]
                    events.append(event)
    return events


# --- sentences -------------------------------------------------------------


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, a Chinese full stop ending its sentence (not the next one's first character)."""
    spans = []
    for start, end in sentence_spans(text):
        end = min(end, len(text))
        if end - start > 1 and text[end - 2] in _CJK_STOP and text[end - 1] not in _CJK_STOP:
            end -= 1
        cut = start
        for point in _NEXT_POINT.finditer(text, start, end):  # "(一)同意……;(二)已电……": each point its own
            if point.start() > cut:
                spans.append((cut, point.start()))
                cut = point.start()
        spans.append((cut, end))
    return spans


# A numbered point that follows a semicolon inside one sentence: "(二)", "（三）", "2)", "b)".
_NEXT_POINT = re.compile(r"(?<=[;；])\s*(?=[(（]?(?:\d{1,2}|[a-z]|[\u4e00-\u9fff]{1,2})[)）])")


def _is_dateline(sentence: str, offset: int, mention: DateMention) -> bool:
    """A date that dates the page rather than a happening: alone, opening a passage, or after a label or heading."""
    rest = (sentence[: mention.start] + sentence[mention.end:]).strip(" .,;:()（）[]")
    if not re.search(r"\w", rest):
        return True
    if offset + mention.start == 0:
        return True
    return mention.start > 0 and bool(_LABEL_BEFORE.search(sentence[max(0, mention.start - 40): mention.start]))


def _sentence_events(doc: ParsedDocument, context: Context) -> list[EventDraft]:
    year = context.year
    events: list[EventDraft] = []
    speakers = list(dict.fromkeys(t.entity.name for b in doc.blocks if (t := _turn_speaker(b.text)))) if context.is_conversation else []
    datelines = _dateline_blocks(doc)
    speech: EventDraft | None = None  # the dated event that introduced a quoted statement ("made following statement:")
    scope = Scope(context.occasion, context.occasion_precision)
    speaker: str | None = None  # the speaker of the last turn of a record
    quoting = False  # a quotation opened in an earlier passage and not yet closed
    participants = _participants(doc, "") if context.is_record else []
    embedded: Embedded | None = None  # a message forwarded or read out: announced, then quoted
    for index, block in enumerate(doc.blocks):
        if block.section_type in ("header", "trailer") or block.passage_type not in TEXT_BLOCKS:
            continue
        if embedded is not None and not embedded.active and embedded.opens(block.text):
            embedded.active = True
        first_of_block = len(events)
        if block.section_type == "original" and block.aligned_to is not None:
            continue  # the aligned translation reports the same event
        if _is_furniture(block.text, doc):
            continue
        if speech is not None and block.text[:1] in _OPENING_QUOTES:
            events.append(_quoted_statement(index, block.text, speech))
            continue
        speech = None
        previous_actor = None
        if context.is_record and (label := _SPEAKER_LINE.match(block.text)) and (name := _turn_name(label["name"] + ": said")):
            speaker = name  # "Comrade Nicolae Ceausescu:" on its own line: the paragraphs below are his turn
            continue
        turn = _turn_speaker(block.text) if context.is_conversation else None
        turn_name = turn.entity.name if turn else (_turn_name(block.text) if context.is_record else None)
        if turn_name is None and speaker is not None and block.passage_type == "paragraph" and not _LABELLED.match(block.text):
            turn_name = speaker  # a paragraph that goes on with the last speaker's turn
        speaker = turn_name if context.is_record else None
        if turn:
            events.append(_turn_event(index, block.text, turn, context, speakers))
        elif turn_name:
            events.append(_named_turn_event(index, block.text, turn_name, scope, block.language))
        if (turn or turn_name) and events and events[-1].block == index and not events[-1].targets:
            events[-1].targets = _addressees(events[-1].sources, participants)
        for start, end in _sentences(block.text):
            sentence = block.text[start:end]
            if _CITATION.search(sentence) or _EDITORIAL.search(sentence):
                continue  # a citation, or the editors' note: not the record's words
            before_sentence = len(events)
            mentions = find_dates(sentence, year)
            dated = _merge_listed(sentence, [m for m in mentions if not _is_dateline(sentence, start, m)])
            for mention in mentions:
                if mention.year_written:
                    year = mention.start_date.year
                scope.follow(sentence, mention)
            for mention in dated:
                event = _sentence_event(index, sentence, start, mention, previous_actor, context)
                if not event.sources and not event.targets and event.event_type == "meeting":
                    event.sources = _actor_names(block.text[end: end + 120])[:1]  # "Meeting on 25 July opened. Senior delegate UNC ..."
                events.append(event)
            if not dated:
                events += _undated_sentence_events(index, sentence, start, context, events)
            below = next((datelines[i] for i in range(index + 1, index + 5) if i in datelines), None)
            events += _act_events(index, sentence, start, context, below)
            if len(events) == before_sentence and not ((turn or turn_name) and start == 0):
                events += _tense_events(
                    index, sentence, start, block.language, context, scope, previous_actor, bool(turn or turn_name),
                    ("“" if quoting else "") + block.text, 1 if quoting else 0,
                )
            people = [m.entity.name for m in find_mentions(sentence) if m.entity.kind == "person"]
            previous_actor = people[0] if people else previous_actor
            if _INTRODUCES_SPEECH.search(sentence) and (last := _last_dated(events)) and (names := _actor_names(sentence)):
                speech = EventDraft(index, "statement", 0, 0, "document_act", 0.5).on(last.start_date)
                speech.sources = names[:1]
            if (announced := Embedded.announced(sentence, year)) is not None:
                embedded = announced
        if embedded is not None and embedded.active:
            embedded.claim(events[first_of_block:], context, block.text)
        quoting = _inside_quotation(("“" if quoting else "") + block.text, len(block.text) + (1 if quoting else 0))
        if embedded is not None and embedded.active and not quoting:
            embedded = None  # the quoted message has ended
        elif embedded is not None and not embedded.active:
            embedded.wait -= 1
            embedded = embedded if embedded.wait > 0 else None
    return events


def _quoted_statement(index: int, text: str, speech: EventDraft) -> EventDraft:
    """A quoted paragraph after "X made following statement:": said by X on the day of that meeting."""
    event = EventDraft(index, "statement", 0, len(text), "document_act", 0.5).on(speech.start_date)
    event.sources = list(speech.sources)
    return event


_SUBORDINATE = re.compile(r"^(?:After|Before|When|Since|Until|While|Once|As soon as)\b")


def _event_window(sentence: str, mention: DateMention) -> str:
    """The words that say what happened on the date and who did it.

    A clause opening the sentence ("After the negotiations resumed on October
    25, 1951, Stalin repeated ...") is the event its date belongs to; a noun
    phrase that names the happening before its date ("the North Korean attack
    on South Korea in June 1950 brought ...") ends with the date. Otherwise
    the date's clause runs on for a few words after it.
    """
    before = sentence[: mention.start]
    if _SUBORDINATE.match(sentence) and "," not in before:
        comma = sentence.find(",", mention.end)
        return sentence[: comma if comma >= 0 else mention.end + 80]
    if any(pattern.search(before) for kind, pattern in _KEYWORD_PATTERNS if kind in _NOUN_KINDS) and re.search(r"\b(?:in|on|of)\s*$", before):
        return sentence[: mention.end]
    return sentence[: mention.end + 80]


_NOUN_KINDS = ("attack", "meeting", "agreement")


def _sentence_event(
    index: int, sentence: str, offset: int, mention: DateMention, previous_actor: str | None, context: Context
) -> EventDraft:
    window = _event_window(sentence, mention)
    kind = next((k for k, pattern in _KEYWORD_PATTERNS if pattern.search(window)), "statement")
    confidence = 0.6 if mention.inferred else 0.7
    event = EventDraft(index, kind, offset, offset + len(sentence), "dated_sentence", confidence).dated(mention)
    event.sources, event.targets = _actors(window, previous_actor)
    if not event.sources and (agent := _BY_NAME.search(window)):
        event.sources = [canonical_name(agent[1])]
    places = [m.entity.name for m in find_mentions(window) if m.entity.kind == "place" and not m.entity.is_state]
    event.place = places[0] if places else None
    if context.is_correspondence:
        _correspondence_actors(event, sentence, mention, context)
    return event


def _correspondence_actors(event: EventDraft, sentence: str, mention: DateMention, context: Context) -> None:
    """In a letter: "your telegram of 3 July" was sent by the recipient to the writer; "my telegrams dated ..." the other way."""
    clause = sentence[:mention.start]
    if _STAMP.search(sentence):
        event.event_type = "message_received"
        event.sources, event.targets = list(context.senders), list(context.recipients)
        _fix_stamp_year(event, context.letter_date)
        return
    if not _MESSAGE_NOUN.search(clause):
        return
    mine, yours = list(_MINE.finditer(clause)), list(_YOURS.finditer(clause))
    last_mine = mine[-1].start() if mine else -1
    last_yours = yours[-1].start() if yours else -1
    if last_mine < 0 and last_yours < 0:
        return
    if event.event_type not in ("reply", "proposal"):
        event.event_type = "message_sent"
    if last_yours > last_mine:
        event.sources, event.targets = list(context.recipients), list(context.senders)
    else:
        event.sources, event.targets = list(context.senders), list(context.recipients)


def _fix_stamp_year(event: EventDraft, day: date | None) -> None:
    """A receipt stamped exactly one year before the document's date is a slip of the year: take the document's."""
    if day and event.start_date and event.start_date.replace(year=day.year) == day and event.start_date.year == day.year - 1:
        event.start_date = event.end_date = day
        event.inferred = True
        event.confidence = 0.5


def _undated_sentence_events(index: int, sentence: str, offset: int, context: Context, earlier: list[EventDraft]) -> list[EventDraft]:
    """"Stalin replied:", "five days later", a completed act without a date, a plan."""
    if (m := _REPLIED.search(sentence)) and (previous := _last_message(earlier)):
        event = EventDraft(index, "reply", offset, offset + len(sentence), "relative_date", 0.4).on(previous.start_date)
        names = _actor_names(sentence[: m.start()])
        event.sources = names[:1] or list(previous.targets[:1])
        event.targets = [n for n in previous.sources if n not in event.sources]
        event.date_text = None
        return [event]
    relative = find_relative(sentence)
    if relative and (previous := _last_dated(earlier)):
        event = EventDraft(index, "statement", offset, offset + len(sentence), "relative_date", 0.5)
        event.on(previous.start_date + timedelta(days=relative[0].days))
        event.date_text = relative[0].text
        event.event_type = next((k for k, p in _KEYWORD_PATTERNS if p.search(sentence)), "statement")
        event.sources, event.targets = _actors(sentence, None)
        return [event]
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
        event.end_date = context.letter_date
        names = _actor_names(sentence)
        event.sources, event.targets = names[:1], names[1:]
        return [event]
    if context.is_correspondence and (m := _PAST_ACT.search(sentence)):
        return _past_act(index, sentence, offset, m, context)
    return []


def _past_act(index: int, sentence: str, offset: int, verb: re.Match, context: Context) -> list[EventDraft]:
    """"during two meetings the Americans deliberately raised the issue": a named actor's act before the letter was written."""
    subject = [x for x in find_mentions(sentence[: verb.start()]) if x.entity.is_actor]
    between = sentence[subject[-1].end: verb.start()] if subject else ""
    if not subject or not re.fullmatch(r"\s+(?:(?:\w+ly|also|then)\s+)?", between) or re.search(r"\bif\b", sentence, re.IGNORECASE):
        return []  # the actor is the verb's subject ("the Americans deliberately raised"), and the act is not a condition
    kind = next((k for k, p in _KEYWORD_PATTERNS if p.search(sentence)), "statement")
    event = EventDraft(index, kind, offset, offset + len(sentence), "undated_sentence", 0.35)
    event.end_date = context.letter_date
    event.sources = [subject[-1].entity.name]
    event.targets = [n for n in _actor_names(sentence[verb.end():]) if n not in event.sources]
    return [event]


def _last_message(events: list[EventDraft]) -> EventDraft | None:
    return next((e for e in reversed(events) if e.start_date and e.event_type in _COMMUNICATION and e.sources), None)


def _last_dated(events: list[EventDraft]) -> EventDraft | None:
    return next((e for e in reversed(events) if e.start_date and e.precision in ("day", "minute")), None)


def _act_events(index: int, sentence: str, offset: int, context: Context, dateline: date | None = None) -> list[EventDraft]:
    """The writer's own acts in a letter or cable, and a resolution's decisions, on the document's date.

    A cover note dated below its text ("31st of December 1949.") dates its own acts.
    """
    if context.letter_date is None and dateline is None:
        return []
    if context.resolver and _DECISION.search(sentence):
        event = EventDraft(index, "instruction", offset, offset + len(sentence), "document_act", 0.6).on(context.letter_date)
        event.sources = list(context.resolver)
        event.targets = [n for n in _actor_names(sentence) if n not in event.sources]
        return [event]
    if not context.is_correspondence:
        return []
    kind = next((k for k, p in _PERFORMATIVE_PATTERNS if p.search(sentence)), None)
    if kind == "statement" and not context.is_message:
        return []  # "We believe ..." in a briefing or report is an assessment, not an act
    names = _actor_names(sentence)
    if kind is None:
        first = find_mentions(sentence[:40])
        if not (first and first[0].start <= 4 and first[0].entity.is_actor and _COMMITMENT.match(sentence, first[0].end)):
            return []
        kind, sources = "statement", [first[0].entity.name]
    else:
        sources = list(context.senders)
    event = EventDraft(index, kind, offset, offset + len(sentence), "document_act", 0.55).on(dateline or context.letter_date)
    event.sources = sources
    targets = list(context.recipients) if _SECOND_PERSON.search(sentence) else []
    event.targets = list(dict.fromkeys(n for n in targets + names if n not in sources))
    if dateline is None:
        event.key_as = ("communication", list(context.senders), list(context.recipients))
    return [event]


def _turn_speaker(text: str) -> Mention | None:
    """The speaker of a record of conversation's turn ("Comrade Mao Zedong: ...")."""
    m = _TURN.match(text)
    if not m:
        return None
    found = [x for x in find_mentions(m["name"]) if x.entity.kind == "person"]
    return found[0] if found else None


def _turn_event(index: int, text: str, speaker: Mention, context: Context, speakers: list[str]) -> EventDraft:
    """A turn of a record of conversation: said at the conversation, on the record's date."""
    event = EventDraft(index, "statement", 0, len(text), "document_act", 0.5).on(context.occasion or context.letter_date)
    event.sources = [speaker.entity.name]
    event.key_as = ("meeting", speakers, [])
    return event


def _dateline_blocks(doc: ParsedDocument) -> dict[int, date]:
    """Passages that are only a full date ("31st of December 1949."): a note's own date line."""
    found = {}
    for index, block in enumerate(doc.blocks):
        dates = find_dates(block.text) if len(block.text) < 40 else []
        if len(dates) == 1 and dates[0].year_written and not re.search(r"\w", block.text.replace(dates[0].text, "")):
            found[index] = dates[0].start_date
    return found


def _actors(window: str, previous_actor: str | None) -> tuple[list[str], list[str]]:
    """Source and target actors of a clause: "to X" and "in response to X's" name targets."""
    sources, targets = [], []
    for m in find_mentions(window):
        if not m.entity.is_actor:
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


# --- sentences dated by their verbs (pipeline/extract/tense.py) -----------------


@dataclass
class Scope:
    """The day the sentences speak from: the document's (or its meeting's), until the text moves to another day.

    "On 20 October at 2000 hours, the Ambassador was invited ..." and "This
    meeting took place on 5 March [19]56" move it: the turns and acts that
    follow happened then.
    """

    day: date | None
    precision: str = "day"
    moved: bool = False
    floor: date | None = None  # "In accordance with your directive dated 13.10.50 I had a meeting": not before it

    def follow(self, sentence: str, mention: DateMention) -> None:
        if mention.precision not in ("day", "minute") or mention.start_date != mention.end_date:
            return
        before = sentence[: mention.start]
        if _PROMPTED_BY.search(before) and self.day and mention.start_date < self.day:
            self.floor = mention.start_date
            return
        if _OPENS_WITH_DAY.search(before) or _TOOK_PLACE.search(before):
            self.day, self.precision, self.moved = mention.start_date, "day", True


_PROMPTED_BY = re.compile(r"\b(?:in\s+accordance\s+with|in\s+response\s+to|in\s+reply\s+to|pursuant\s+to|following|on\s+receipt\s+of|upon\s+receiving|after\s+receiving)\b[^.;]{0,60}$", re.IGNORECASE)
_OPENS_WITH_DAY = re.compile(r"(?:^\W*(?:On|on)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?|\bon\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+)$")
_TOOK_PLACE = re.compile(r"\b(?:took\s+place|was\s+held|were\s+held|began|opened|met|arrived)\s+(?:on\s+)?(?:the\s+\w+\s+of\s+)?$", re.IGNORECASE)
def _time_label() -> re.Pattern:
    """A record's "Time:" line, in any of the lexicons' languages ("Time:", "Время:", "时间:")."""
    labels = [w for lang in ("en", "ru", "zh") for w in (lexicon(lang).get("time_labels") or [])]
    return re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in labels) + r")\s*[:：]", re.IGNORECASE)


_TIME_LABEL = _time_label()


def _record_words() -> re.Pattern:
    words = [w for lang in ("en", "ru", "zh") for w in (lexicon(lang).get("record_words") or [])]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)


_RECORD = _record_words()


def _occasion_date(doc: ParsedDocument) -> date | None:
    """A record's meeting day: in its title, a "Time:" line, or a heading that names the meeting, before the page's date."""
    heads = [doc.title or ""] + [b.text for b in doc.blocks[:14] if len(b.text) < 160 and b.section_type != "header"]
    for ordered in ([doc.title or ""], [h for h in heads if _TIME_LABEL.search(h)], [h for h in heads if _RECORD.search(h)]):
        for text in ordered:
            for mention in find_dates(text, doc.document_date.year if doc.document_date else None):
                if mention.precision in ("day", "minute"):
                    return mention.start_date
    return None


def _turn_name(text: str) -> str | None:
    """The speaker of a turn whose name the gazetteer may not know ("Takeiri: ...", "Cde. Bulganin—The Chinese ...")."""
    m = _NAMED_TURN.match(text)
    if not m:
        return None
    name = m["name"].strip()
    said = text[m.end() - 1:].split()
    if _ATTENDEE.match(text[m.end() - 1:]):
        return None  # "Bulgaria: K. Tellalov – head of the Foreign Policy Division": who attended, not a turn
    if len(said) < 5 or text.rstrip().endswith("?"):
        return None  # "K: Right.", "D: Hum?": an acknowledgement or a question, not a statement
    words = name.split()
    if not 1 <= len(words) <= 4 or name.lower() in _TURN_LABELS or not all(w[:1].isupper() or w in ("de", "von", "van") for w in words):
        return None
    entity = lookup(name)
    if entity is not None and entity.kind == "place":
        return None  # "Bulgaria: K. Tellalov – head of ...": a list of those present, not a turn
    return canonical_name(name)


_ATTENDEE = re.compile(r"^\s*(?:[A-ZА-Я]\.\s*){1,3}[^\W\d_][\w'’-]+(?:\s*,\s*[^–—-]{0,40})?\s+[–—-]\s+\S")
_NAMED_TURN = re.compile(r"^(?:(?:Comrade|Cde\.|Com\.|Tov\.|Mr\.|Premier|President|Chairman|General)\s+)?(?P<name>[^\W\d_][^:—–\n]{0,40}?)\s*(?::|—|\s–\s)\s*\S")
_TURN_LABELS = frozenset(w.lower() for w in lexicon("en").get("labels", []))


def _named_turn_event(index: int, text: str, name: str, scope: Scope, language: str | None = None) -> EventDraft:
    """A speaker's turn, the whole passage: said at the meeting, unless its first sentence names another day
    ("Thank you for telephone call late last night")."""
    first = _sentences(text)[0][1] if text.strip() else len(text)
    event = EventDraft(index, "statement", 0, len(text), "document_act", 0.5).on(scope.day)
    if scope.day is None:
        event.date_kind = "undated"  # a record that gives no date: its turns are undated
    relative = [c for c in read_cues(text[:first], language) if c.kind == "relative"]
    if relative and scope.day:
        event.on(scope.day + timedelta(days=relative[0].days))
        event.method, event.date_text = "relative_date", text[relative[0].start: relative[0].end]
    event.sources = [name]
    return event


def _is_furniture(text: str, doc: ParsedDocument) -> bool:
    """A site's credit line or its summary of the record: the page's words, not the record's."""
    if _CREDIT.search(text):
        return True
    return bool(doc.summary) and normalize_space(text) == normalize_space(doc.summary)


_EDITORIAL = re.compile(r"^\s*\[.*[-—–]\s*(?:ed|eds|Ed|Eds)\.?\]\W*$|^\s*\[[^\]]{20,}\]\W*$")
_CREDIT = re.compile(r"^This document was made possible with support from\b|^In lieu of an abstract\b")


# What each cue makes of a sentence, strongest first.
_CUE_ORDER = ("relative", "years_ago", "recent", "planned", "performative", "obligation", "speech", "ongoing", "past")


def _tense_events(
    index: int, sentence: str, offset: int, language: str | None, context: Context, scope: Scope,
    previous_actor: str | None, in_turn: bool, block_text: str = "", shift: int = 0,
) -> list[EventDraft]:
    """An undated sentence's happening, dated from its verbs and the day the text speaks from.

    Inside a quotation a speaker tells what happened before the meeting: his "I proposed", "They told us"
    are past acts, not the meeting's turns.
    """
    record = context.is_record
    day = scope.day
    if len(sentence) < 12:
        return []
    if day is None:
        return _undated_events(index, sentence, offset, language, context, previous_actor, in_turn)
    if (language in (None, "en") and len(_LOWER_WORD.findall(sentence)) < 2) or _HANDLING.match(sentence):
        return _handling_event(index, sentence, offset, day) if _HANDLING.match(sentence) else []
    cues = read_cues(sentence, language)
    if not cues:
        return []
    if _inside_quotation(block_text, offset + shift) and record:
        cues = [Cue("past", c.start, c.end) if c.kind in ("speech", "performative") else c for c in cues]
    kinds = {c.kind for c in cues}
    main = next(c for kind in _CUE_ORDER for c in cues if c.kind == kind)
    if is_hypothetical(sentence, language) and not (record and main.kind in ("speech", "performative")):
        return []
    if in_turn and main.kind in ("speech", "performative", "obligation", "ongoing"):
        return []  # the speaker's words at the meeting: the turn's own row holds them
    event = EventDraft(index, "statement", offset, offset + len(sentence), "tense_sentence", 0.4)
    event.inferred = True
    clock_time = _CLOCK.search(sentence)
    if clock_time and main.kind not in ("relative", "planned"):
        event.on(day).date_kind = "exact"  # "The meeting opens at 6:30 a.m.": the day's clock time
        event.start_time = _clock_time(clock_time)
        event.precision = "minute" if event.start_time else "day"
    elif main.kind == "relative":
        if "planned" in kinds and main.days >= 0:
            return []  # "tomorrow would discuss": a plan, read by its own cue
        event.on(day + timedelta(days=main.days)).date_kind = "exact"
        event.method, event.date_text = "relative_date", sentence[main.start: main.end]
        if main.night and main.days < 0:  # "last night": the evening before or the small hours of the day
            event.end_date, event.date_kind = day, "range"
    elif main.kind in ("years_ago", "recent"):
        _approximately_before(event, day, main)
    elif main.kind == "planned":
        event.date_kind, event.precision = "undated", "unknown"
    elif main.kind == "speech" and not record and not sentence[: main.start].strip(" (（)）0123456789一二三四五六七八九十、.;；"):
        event.on(day).date_kind = "exact"  # "(一)同意……", "Agree with your plan": the writer's own act, subject left out
        event.method = "document_act"
    elif main.kind in ("performative", "obligation") or (main.kind == "speech" and (record or scope.moved)):
        event.on(day)
        event.date_kind = "exact"
        event.method = "document_act"
    elif main.kind == "ongoing":
        event.on(day).date_kind = "approximate"
    else:  # a past act, or a saying reported in a letter: on or before the day
        event.end_date, event.precision, event.date_kind = day, scope.precision, "upper_bound"
        if scope.floor and not record:  # after the directive it answers: between the two days
            event.start_date, event.date_kind = scope.floor, "range"
    if scope.precision != "day" and event.start_date is not None:
        event.start_date, event.end_date, event.precision = event.start_date.replace(day=1), period_end(event.start_date, scope.precision), scope.precision
    event.event_type = next((k for k, p in _KEYWORD_PATTERNS if p.search(sentence)), "statement")
    event.sources, event.targets = _cue_actors(sentence, main, language, context, previous_actor)
    events = [event]
    if main.kind in ("speech", "performative"):
        events += _embedded_events(index, sentence, offset, cues, main, day, scope, language, context, previous_actor)
    return events


def _approximately_before(event: EventDraft, day: date, cue: Cue) -> None:
    """"two years ago": about that year; "recently", "over the past year": the months up to the day."""
    event.date_kind = "approximate"
    if cue.years:
        year = day.year - cue.years
        event.start_date, event.end_date, event.precision = date(year, 1, 1), date(year, 12, 31), "year"
        return
    months = day.year * 12 + day.month - 1 - cue.months
    event.start_date = date(months // 12, months % 12 + 1, 1)
    event.end_date, event.precision = period_end(date(day.year, day.month, 1), "month"), "month"


_CLAUSE_OPENERS = re.compile(r"\b(?:that|and|but|as|which|who|because)\s+|[,;:]\s+", re.IGNORECASE)


def _embedded_events(
    index: int, sentence: str, offset: int, cues: list[Cue], main: Cue, day: date, scope: Scope,
    language: str | None, context: Context, previous_actor: str | None,
) -> list[EventDraft]:
    """A past act or a plan reported inside a saying ("announced that the Chinese government had already sent a greeting")."""
    found = []
    for cue in cues:
        if cue.start <= main.end or cue.kind not in ("past", "planned"):
            continue
        opener = [m for m in _CLAUSE_OPENERS.finditer(sentence, main.end, cue.start)]
        if not opener:
            continue
        start = opener[-1].end()
        stop = _CLAUSE_OPENERS.search(sentence, cue.end)
        end = stop.start() if stop else len(sentence.rstrip(" .;"))
        if end - start < 8 or any(e.evidence_start == offset + start for e in found):
            continue
        event = EventDraft(index, "statement", offset + start, offset + end, "tense_sentence", 0.35)
        event.inferred = True
        if cue.kind == "planned":
            event.date_kind = "undated"
        else:
            event.end_date, event.precision, event.date_kind = day, scope.precision, "upper_bound"
        event.sources, event.targets = _cue_actors(sentence[start:end], Cue(cue.kind, cue.start - start, cue.end - start), language, context, previous_actor)
        found.append(event)
    return found


_ADDRESSED = re.compile(r"\b(?:to|against|with|on|invaded|attacked|recognised|recognized|informed|told|asked|urged)\s+(?:the\s+)?$", re.IGNORECASE)
_BY_NAME = re.compile(r"\bby\s+(?:(?:comrade|com\.|cde\.)\s+)?([A-Z][a-z][\w'’-]+)(?![\w'’-]*\s+[A-Z])")
_WRITER = re.compile(r"\b(?:I|we|We)\s*$")
_AGENT = re.compile(r"^\s*(?:\w+\s+){0,2}?by\s+(?:(?:comrade|com\.|cde\.)\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}")
_PERSONAL = re.compile(r"\b(?:he|she|He|She)\s*$")


def _cue_actors(sentence: str, cue: Cue, language: str | None, context: Context, previous_actor: str | None) -> tuple[list[str], list[str]]:
    """The subject before the verb and the actors after it; "I" and "we" are the writer, "me" too."""
    before, after = sentence[: cue.start], sentence[cue.end:]
    names_before = _names(before, language)
    if _WRITER.search(before) or (cue.kind == "performative" and re.match(r"\W*(?:I|We|we)\b", sentence)):
        sources = list(context.senders)
    elif names_before:
        sources = names_before[-1:]
    elif _PERSONAL.search(before) and previous_actor:
        sources = [previous_actor]
    else:
        sources = _subject_phrase(before) if language in (None, "en") else []
    agent = _AGENT.search(after)
    if agent and (by := _names(agent.group(), language)):
        sources = by[:1]  # "was opened by comrade Ochab", "Deciphered by Morozov"
    targets = [n for n in _names(after, language, addressed_only=True) if n not in sources]
    if re.search(r"\b(?:me|us)\b", after[:30]) and context.senders:
        targets = [n for n in context.senders if n not in sources] + targets
    elif re.search(r"\byou\b", after[:30]) and context.recipients:
        targets = [n for n in context.recipients if n not in sources] + targets
    return sources, list(dict.fromkeys(targets))


def _names(text: str, language: str | None, addressed_only: bool = False) -> list[str]:
    """Actors named in a piece of a sentence, in order: the gazetteer's, and in English the capitalised names it lacks
    (a single capitalised word after "by" is a name too: "Deciphered by Morozov"). ``addressed_only``: a state
    named after the verb is an actor only when the act is addressed to it ("asked about production in South
    Korea" names a place, "sent to North Korea" an actor)."""
    known = [m for m in find_mentions(text) if m.entity.is_actor]
    if addressed_only:
        known = [m for m in known if m.entity.kind != "place" or _ADDRESSED.search(text[max(0, m.start - 12): m.start])]
    found = [(m.start, m.entity.name) for m in known]
    if language in (None, "en"):
        found += [(start, canonical_name(surface)) for start, _, surface in find_unknown_names(text, known)]
        if (agent := _BY_NAME.search(text)) and not any(m.start <= agent.start(1) < m.end for m in known):
            found.append((agent.start(1), canonical_name(agent[1])))
    return list(dict.fromkeys(name for _, name in sorted(found)))


def _occasion_event(doc: ParsedDocument, context: Context) -> list[EventDraft]:
    """A record's meeting itself, read from the line that dates it ("Time: 3 o'clock p.m., 12 May [1965]",
    "Memorandum of Conversation with MAO ZEDONG 5 April 1958", "Meeting of the Politburo on 19, 20 and 21 October 1956")."""
    if not context.is_record or context.occasion is None:
        return []
    year = context.occasion.year
    candidates = [(i, b) for i, b in enumerate(doc.blocks[:16]) if len(b.text) < 200 and b.section_type not in ("header", "trailer")]
    ordered = [c for c in candidates if _TIME_LABEL.search(c[1].text)] + [c for c in candidates if _RECORD.search(c[1].text)]
    for index, block in ordered:
        dates = [d for d in find_dates(block.text, year) if d.start_date == context.occasion and d.precision in ("day", "minute")]
        if not dates:
            continue
        event = EventDraft(index, "meeting", 0, len(block.text), "document_metadata", 0.7).dated(dates[0])
        event.sources = _participants(doc, block.text)
        return [event]
    return []


def _participants(doc: ParsedDocument, heading: str) -> list[str]:
    """Who met, as the title or heading names them: "between A and B", "with A" (and the record's writer)."""
    for text in (doc.title or "", heading):
        if m := re.search(r"\b(?:between|with)\s+(.+)", text, re.IGNORECASE):
            part = re.split(r"\s+(?:on|in|at|regarding|concerning|about)\s+|[,(]\s*(?:\d|[A-Z][a-z]+ \d)", m[1])[0]
            chunks = [c for c in re.split(r"\s+and\s+|,\s*|\s*&\s*", part) if c.strip()]
            names = [canonical_name(c) for c in chunks if 1 <= len(c.split()) <= 5]
            writer = list(doc.sender_names) if m[0].lower().startswith("with") else []
            if names:
                return list(dict.fromkeys(writer + names))
    return list(doc.sender_names)


_CLAUSE_BREAK = re.compile(r"[,;:(]|\b(?:that|which|who|when|after|before|since|because|while|although|but|and|if|as)\b", re.IGNORECASE)
_NOT_SUBJECTS = frozenset(
    ["it", "this", "that", "there", "these", "those", "which", "who", "what", "one", "all", "nothing", "here", "now", "then", "thus", "so", "such", "however", "they", "them", "he", "she", "we", "i", "you", "his", "her", "its", "our", "their", "my", "your", "each", "both", "some", "many", "most", "much"]
)


def _subject_phrase(before: str) -> list[str]:
    """The noun phrase just before the verb when it names no known actor ("the enemy", "Cuba", "the Bonn government")."""
    phrase = re.sub(r"[\[\]“”\"]", "", _CLAUSE_BREAK.split(before)[-1]).strip(" '’")
    words = phrase.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not 1 <= len(words) <= 6 or not words[0][:1].isalpha():
        return []
    if words[0].lower() in _NOT_SUBJECTS or words[-1].lower() in _NOT_SUBJECTS or words[-1].lower() in _FUNCTION_WORDS:
        return []
    if words[0].lower() in _FUNCTION_WORDS or not re.search(r"[A-Za-z]{3}", " ".join(words)):
        return []
    return [canonical_name(" ".join(words))]


_FUNCTION_WORDS = frozenset(
    ["in", "at", "on", "during", "after", "before", "of", "for", "to", "from", "by", "with", "upon", "under", "over", "into", "about", "is", "are", "was", "were", "be", "been", "even", "also", "then", "thus", "still", "already", "just", "only", "not", "the", "a", "an", "course"]
)


_SPEAKER_LINE = re.compile(r"^\s*(?:(?:Comrade|Cde\.|Com\.|Mr\.)\s+)?(?P<name>[^\W\d_][^:\n]{1,50}?)\s*:\s*$")
_LABELLED = re.compile(r"^\s*[^\W\d_][^:—\n]{0,40}(?::|—)")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
# A handling line with a time and no date: the day is the document's ("Received in the Department of State at 7:20 a.m.").
_HANDLING = re.compile(
    r"^\W*(?P<verb>Received|Sent|Dispatched|Deciphered|Typed|Printed|Arrived|Transmitted)\b[^.]{0,80}?\bat\s+(?P<time>[0-2]?\d[:.][0-5]\d)\s*(?P<ampm>[ap]\.?\s?m\.?)?",
    re.IGNORECASE,
)


def _handling_event(index: int, sentence: str, offset: int, day: date) -> list[EventDraft]:
    m = _HANDLING.match(sentence)
    hour, minute = (int(x) for x in re.split(r"[:.]", m["time"]))
    time = clock(hour, minute, m["ampm"])
    kind = {"received": "message_received", "arrived": "message_received", "deciphered": "deciphered", "typed": "printed", "printed": "printed"}.get(m["verb"].lower(), "message_sent")
    event = EventDraft(index, kind, offset, offset + len(sentence), "cable_trailer", 0.6).on(day)
    event.start_time, event.precision, event.date_kind = time, "minute" if time else "day", "exact"
    if by := _BY_NAME.search(sentence):
        event.sources = [canonical_name(by[1])]
    return [event]


def _inside_quotation(text: str, offset: int) -> bool:
    """The sentence stands inside a quotation opened earlier in the passage (or left open by the one before)."""
    before = text[:offset]
    return before.count("“") > before.count("”") or before.count("«") > before.count("»")


def _addressees(speakers: list[str], participants: list[str]) -> list[str]:
    """Whom a turn of a two- or three-party conversation is said to: the other participants."""
    if not speakers or not 2 <= len(participants) <= 3:
        return []
    said_by = speakers[0].casefold().split()[-1]
    others = [p for p in participants if p.casefold().split()[-1] != said_by]
    return others if len(others) < len(participants) else []


_CLOCK = re.compile(r"\b[Aa]t\s+(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)\s*(?P<ampm>[ap]\.\s?m\.|[AP]\.\s?M\.)?(?!\d)")


def _clock_time(m: re.Match) -> str | None:
    return clock(int(m["hour"]), int(m["minute"]), m["ampm"])


def _undated_events(
    index: int, sentence: str, offset: int, language: str | None, context: Context, previous_actor: str | None, in_turn: bool,
) -> list[EventDraft]:
    """A document that gives no date: its happenings are rows all the same, undated."""
    if in_turn or is_hypothetical(sentence, language):
        return []
    cues = [c for c in read_cues(sentence, language) if c.kind in ("speech", "past", "planned", "performative")]
    if not cues or (language in (None, "en") and len(_LOWER_WORD.findall(sentence)) < 2):
        return []
    event = EventDraft(index, "statement", offset, offset + len(sentence), "tense_sentence", 0.3)
    event.date_kind = "undated"
    event.event_type = next((k for k, p in _KEYWORD_PATTERNS if p.search(sentence)), "statement")
    event.sources, event.targets = _cue_actors(sentence, cues[0], language, context, previous_actor)
    return [event]


_LIST_JOINT = re.compile(r"^\s*(?:,|;|\band\b|\bor\b|&)(?:\s*(?:the\s+)?(?:night|morning|evening|afternoon)\s+of)?\s*(?:(?:on|of|from|№|No\.)\s*[\w/-]*\s*(?:от|of|dated)?\s*)?$|^\s*(?:to|until|till|through|[-–—])\s*$", re.IGNORECASE)
_LIST_SPAN = re.compile(r"^\s*(?:to|until|till|through|[-–—])\s*$", re.IGNORECASE)


def _merge_listed(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Days listed together are one happening's: "on July 11 and the night of July 12" (two days, one bombing),
    "from 15 August to 24 September 1952" (a range), "№ 2102-А от 5 сентября; № 2205-А от 20 сентября" (several)."""
    if len(mentions) < 2 or any(m.precision not in ("day", "minute") for m in mentions):
        return mentions
    joints = [sentence[a.end: b.start] for a, b in zip(mentions, mentions[1:], strict=False)]
    if not all(len(j) <= 40 and _LIST_JOINT.search(j) for j in joints):
        return mentions
    if any(b.start_date < a.end_date for a, b in zip(mentions, mentions[1:], strict=False)):
        return mentions  # days listed out of order are not one span ("August 1-1/1/1800")
    first, last = mentions[0], mentions[-1]
    consecutive = len(mentions) == 2 and (last.start_date - first.start_date).days == 1
    kind = "range" if consecutive or all(_LIST_SPAN.search(j) for j in joints) else "multiple"
    text = sentence[first.start: last.end]
    return [DateMention(first.start, last.end, text, first.start_date, last.end_date, "day", None,
                        any(m.inferred for m in mentions), all(m.year_written for m in mentions), kind)]


_SIGNED_DATE = re.compile(r"\b(?:Sincerely|Respectfully|Yours(?:\s+\w+)?|With\s+(?:best\s+)?(?:regards|greetings|respect))\b[^\n]{0,60}$", re.IGNORECASE)


def _signature_date(doc: ParsedDocument) -> date | None:
    """A closing line that signs and dates a message ("Sincerely, L. Brezhnev, October 19, 1973"), for a document
    that gives no date of its own: the message read out or forwarded in it dates it."""
    for block in doc.blocks:
        for mention in iter_dates(block.text):
            if mention.year_written and mention.precision in ("day", "minute") and _SIGNED_DATE.search(block.text[max(0, mention.start - 80): mention.start]):
                return mention.start_date
    return None


_ANNOUNCED = re.compile(
    r"\b(?:letter|message|telegram|cable|note|appeal)\s+from\s+(?P<sender>.+?)\s+to\s+(?P<recipient>.+?)(?=\s+of\s+\d|\s+dated\b|(?<!\b[A-Z])[.:;,]|$)",
    re.IGNORECASE,
)
_SALUTATION = re.compile(r"^\W*(?:[A-Z]{1,3}\s*:\s*)?[“«\"]\s*(?:Dear|Respected|Esteemed)\s+(?P<name>[^:,!\n]{2,60})", re.IGNORECASE)


@dataclass
class Embedded:
    """A message a document forwards or reads out ("I report the letter from KIM IL SUNG to Comrade STALIN I.V.
    of 16.7.52", then the letter in quotation marks): what its writer does in it is his, addressed to its
    recipient, on its date, not the covering document's."""

    senders: list[str]
    recipients: list[str]
    day: date | None
    active: bool = False
    wait: int = 8  # passages the quotation may take to open

    @classmethod
    def announced(cls, sentence: str, year: int | None) -> Embedded | None:
        m = _ANNOUNCED.search(sentence)
        if not m:
            return None
        days = [d for d in find_dates(sentence[m.end(): m.end() + 30], year) if d.precision in ("day", "minute")]
        return cls([canonical_name(m["sender"])], [canonical_name(m["recipient"])], days[0].start_date if days else None)

    @staticmethod
    def opens(text: str) -> bool:
        return bool(re.match(r"^\W{0,3}(?:[A-Z]{1,3}\s*:\s*)?[“«\"]", text))

    def claim(self, events: list[EventDraft], context: Context, text: str) -> None:
        if (greeting := _SALUTATION.match(text)) and (entity := lookup(greeting["name"])):
            self.recipients = [entity.name]  # "Dear Comrade STALIN I.V.": the letter's own addressee
        for event in events:
            first_person = event.method == "document_act" or (event.sources and set(event.sources) <= set(context.senders))
            if event.method not in ("document_act", "tense_sentence", "relative_date") or not first_person:
                continue  # "the enemy put out of operation ...": a third party's act, told in the letter
            event.sources, event.targets = list(self.senders), [n for n in self.recipients if n not in self.senders]
            event.key_as = None
            if self.day and event.method == "document_act" and event.start_date == event.end_date:
                event.on(self.day)
