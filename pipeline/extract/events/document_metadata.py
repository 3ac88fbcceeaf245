"""``document_metadata``: the document's own act, read from its metadata or heading: a cable or letter
sent on its date by its sender to its recipients; a record's meeting, from the line that dates it."""

from __future__ import annotations

import re

from pipeline.extract.events.common import SENT_TYPES, Context, EventDraft, event_words
from pipeline.extract.events.context import RECORD_WORDS, TIME_LABEL, beside_day, participants_named
from pipeline.extract.events.titles import bare_offices
from pipeline.extract.mentions import find_mentions
from pipeline.normalize.dates import find_dates, period_end
from pipeline.normalize.doctypes import document_type_of
from pipeline.normalize.lexicon import alternation, lexicon
from pipeline.normalize.names import canonical_name
from pipeline.normalize.openings import compile_opening
from pipeline.parse.book_shape import note_number
from pipeline.parse.generic import wire_item_day
from pipeline.parse.model import ParsedDocument, dated_line
from pipeline.parse.signal_head import signal_dateline
from pipeline.parse.signature import is_salutation
from pipeline.parse.source_note import citation_line, names_a_source


def document_event(doc: ParsedDocument) -> list[EventDraft]:
    if wire := _wire_item(doc):
        return wire
    if doc.title_block is None or not doc.title:
        return _untitled_message(doc)
    addressed = doc.document_type in WRITTEN_TYPES or bool(doc.sender_names and doc.recipient_names)
    if doc.document_type not in SENT_TYPES and not (addressed and _sent_dateline(doc, closing=False) is not None):
        return []  # a memorandum is the act of its writer when its own line under the title dates it ("Washington, June
        # 5, 1979" under "Memorandum From ... (Brzezinski) to President Carter"), as a letter's dateline dates its sending;
        # so is any paper whose title names its sender and addressee ("Airgram From the Embassy in Bolivia to the
        # Department of State" over "La Paz, October 18, 1967.")
    block = doc.blocks[doc.title_block]
    start, end = (found := block.text.find(doc.title)), found + len(doc.title)
    if start < 0:
        if signal_dateline(doc) is None:
            return []
        start, end = 0, len(block.text)  # a signal head taken for the title over its lines ("FM PORT STANLEY 261430Z JAN
        # 77 TO IMMEDIATE F C O TELEGRAM NUMBER 14 OF 26 JANUARY"): its FM line's date-time group dates the sending below
    event = EventDraft(doc.title_block, "message_sent", start, end, "document_metadata", 0.9)
    event.start_date = doc.document_date
    event.end_date = period_end(doc.document_date, doc.document_date_precision) if doc.document_date else None
    event.precision = doc.document_date_precision or "unknown"
    event.date_text = doc.document_date_text
    closing = doc.document_type in SENT_TYPES and doc.document_type != "letter"  # a letter's or a memorandum's signed foot
    # is its writer's dating of it alone, handed over later by another act; a telegram's is its dispatch
    if (signal := signal_dateline(doc)) is not None and signal[1].start_date == doc.document_date:
        index, mention = signal  # "FM NUKUALOFA 140430Z MAY 76": a signal head's date-time group is its sending's day and hour
        event.block, event.evidence_start, event.evidence_end = index, 0, len(doc.blocks[index].text)
        event.dated(mention)
    elif (dateline := _sent_dateline(doc, closing=closing)) is not None:  # the message's own line of its place and hour tells its sending
        index, mention = dateline
        event.block, event.evidence_start, event.evidence_end = index, 0, len(doc.blocks[index].text)
        event.dated(mention)
    elif doc.document_type in _STAMPED_TYPES and (stamp := sending_stamp(doc)) is not None:
        event.block, event.evidence_start, event.evidence_end = stamp[:3]  # "Sent 14/I-67 at 12:10." under the text: the
        if stamp[3] is not None:  # sending is that line's, as the gold and the clerk tell it; the title only names the paper
            event.dated(stamp[3])
    elif doc.document_type == "letter" and (head := _letter_head_day(doc)) is not None:
        event.block, event.evidence_start, event.evidence_end = head, 0, len(doc.blocks[head].text)
    event.sources, event.targets, event.place = list(doc.sender_names), list(doc.recipient_names), doc.sent_from
    _distributed(event, doc)
    return [event]


def _wire_item(doc: ParsedDocument) -> list[EventDraft]:
    """A wire service's item under its transmission head ("TT 0417 FREDAG 25 APRIL 1975 KL 06.12" over "PRIO 1 INRIKES",
    the slug and the story; en.yaml examples_wire_item_heads): the agency's sending of the item, on the day the head
    gives, the head its evidence (a site's catalogue line over it only names the archived telegram)."""
    last = doc.title_block if doc.title_block is not None else HEAD_BLOCKS
    for index, block in enumerate(doc.blocks[:last + 1]):
        if (found := wire_item_day(block.text)) is None:
            continue
        agency, day = found
        event = EventDraft(index, "message_sent", 0, len(block.text), "document_metadata", 0.9).dated(day)
        event.sources = list(doc.sender_names) or [canonical_name(agency)]
        return [event]
    return []


def _letter_head_day(doc: ParsedDocument) -> int | None:
    """The line of a letter's head that gives its day alone, under the writer's letterhead and over the addressee
    ("Office of the Prime Minister" / "Port Vila" / "5th September, 1980"): the writer's dating of the letter, which
    tells its writing as a place's dateline does; the index of that line, None where the text begins first."""
    for index in range(doc.title_block + 1, min(doc.title_block + 1 + _LETTER_HEAD_LINES, len(doc.blocks))):
        text = doc.blocks[index].text
        if is_salutation(text) or (len(text) >= 80 and text.rstrip()[-1:] in ".!?:;"):
            return None  # the letter's text has begun (a site's long line of links over the head ends in no full stop)
        if (day := dated_line(text)) is not None and day.year_written and day.start_date == doc.document_date:
            return index
    return None


_LETTER_HEAD_LINES = 12  # a letter's head: the site's lines, the letterhead, its place, its day, the addressee's lines


# The papers a clerk stamps with the hour of their sending: a telegram's own line "Sent ..." or "Dispatched from Hanoi on
# 20.12.1972 at 14.10 hours, received in Warsaw ..." tells its sending, not its title.
_STAMPED_TYPES = frozenset({"ciphered telegram", "telegram", "cable", "telephonogram", "radiogram"})
_SENT_VERBS = [verb for language in ("en", "ru") for verb, kind in (lexicon(language).get("handling_verbs") or {}).items() if kind == "message_sent"]
# The verb at the line's head, then its place, its day or hour before any full stop ("Sent 14/I-67", "Dispatched from
# Léopoldville on 25.11.1965"): the clerk's stamp, not a sentence that opens with the verb ("Sent to the front were ...").
_SENDING_STAMP = compile_opening(
    r"^\W*(?:" + alternation(_SENT_VERBS) + r")\b(?:\s+(?:from|by|via)\s+[^\W\d][\w'’ -]{1,40}?)?(?:\s*:\s*|\s+(?:on|at)\s+|\s+)\d",
    re.IGNORECASE,
)
# Where the next stamp of the same line begins ("..., received in Warsaw at 19.35 hours", ". Received 14/I-67"): the
# sending's words end there.
_NEXT_STAMP = compile_opening(
    r"(?:[.;,]\s*|\s+and\s+)(?=(?:" + alternation([v for language in ("en", "ru") for v in lexicon(language).get("handling_verbs") or {}]) + r")\b)",
    re.IGNORECASE,
)


def sending_stamp(doc: ParsedDocument):
    """The clerk's line of the message's sending under its text (block, start, end of its words, the date read from
    them or None), or None."""
    for index in range(len(doc.blocks) - 1, (doc.title_block or 0), -1):
        text = doc.blocks[index].text
        if len(text) > 300 or not (m := _SENDING_STAMP.match(text)):
            continue
        end = (n.start() if (n := _NEXT_STAMP.search(text, m.end())) else len(text.rstrip()))
        words = text[m.start(): end]
        lead = len(words) - len(words.lstrip(" -•*"))
        dates = [d for d in find_dates(words) if d.precision in ("day", "minute")]
        return index, m.start() + lead, end, dates[0] if dates else None
    return None


def _distributed(event: EventDraft, doc: ParsedDocument) -> None:
    """An Intelligence Information Cable's sending is told by its distribution line at its foot ("DATE DISTR: 18
    NOVEMBER 1971"), the day it dates the cable by, not by its title (the kind of paper it is): the row is that line's.
    The series is the Agency's (``agency_cables``), its sender; the addressees are those its dissemination line lists
    ("DISSEM: STATE, DIA, NSA, CINCPAC.")."""
    index = next((i for i, b in enumerate(doc.blocks) if i > (doc.title_block or 0) and _DISTRIBUTION.match(b.text)), None)
    if index is None or event.start_date is None:
        return
    event.block, event.evidence_start, event.evidence_end = index, 0, len(doc.blocks[index].text)
    title = (doc.title or "").casefold()
    event.sources = event.sources or [s for kind, s in _AGENCY_CABLES.items() if title.startswith(kind)][:1]
    for block in doc.blocks[doc.title_block or 0:]:
        if not event.targets and (m := _DISSEM.search(block.text)):
            names = [name.strip() for name in m["names"].split(",") if name.strip()]
            event.targets = [name.upper() if name.islower() and len(name) <= _ACRONYM_CHARS else name for name in names]
            # "dia", "nsa": a cable in capitals read in sentence case lowered the offices' acronyms


_DISTRIBUTION = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in lexicon('en').get('cable_date_labels') or ['(?!)'])})\s*:"
                           rf"|^(?:{'|'.join(re.escape(w) for w in lexicon('en').get('cable_date_labels_bare') or ['(?!)'])})\s+\d{{1,2}}\s+[A-Za-z]+\s+\d{{4}}\s*$",
                           re.IGNORECASE)  # "DATE DISTR: 18 NOVEMBER 1971", "DIST 25 MARCH 1967"
_DISSEM = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in lexicon('en').get('cable_dissem_labels') or ['(?!)'])})\s*:"
                     r"\s*(?P<names>[^.;:]+)", re.IGNORECASE)
_ACRONYM_CHARS = 8
_AGENCY_CABLES = {kind.casefold(): sender for kind, sender in (lexicon("en").get("agency_cables") or {}).items()}


HEAD_BLOCKS = 3  # a letter's head: its place-and-date line stands first, or under a letterhead or a mark


def _untitled_message(doc: ParsedDocument) -> list[EventDraft]:
    """A letter or a cable that has no title, only its place-and-date line at its head ("Dakar, November 27th, 1970" over
    "To His Excellency ..."): its sending, on that day, from the line."""
    if doc.document_type not in SENT_TYPES or doc.document_date is None or doc.document_date_precision not in ("day", "minute"):
        return []
    for index in range(min(HEAD_BLOCKS, len(doc.blocks))):
        if doc.blocks[index].section_type != "header" or (found := _dateline_at(doc, index, doc.document_date)) is None:
            continue
        event = EventDraft(index, "message_sent", 0, len(doc.blocks[index].text), "document_metadata", 0.8).dated(found[1])
        event.sources, event.targets, event.place = list(doc.sender_names), list(doc.recipient_names), doc.sent_from
        return [event]
    return []


# A paper written and handed on rather than sent: dated by its place-and-day line it is its writer's act (FRUS 406, 1005).
WRITTEN_TYPES = ("memorandum",)


# A message's dateline: the place it was sent from, a comma, its date and perhaps the hour ("Rome, May 22, 1959—6 p.m.",
# "Москва, 4 мая 1965 г."); a date alone in brackets under a heading is an editor's, not the sender's line.
_BRACKETED_DAY = re.compile(r"[(\uff08\[]\s*[)\uff09\]]")  # what is left of "（一九七〇年十月二十八日）" without its day
# The place a message or a talk is dated at, a word or a few, perhaps under a larger place ("White House, Washington,",
# "Moscow, the Kremlin,", "Dar es Salaam,").
_DATELINE_PLACE = compile_opening(r"(?:[^\W\d_][^\W\d_.]+(?:[ -][^\W\d_][^\W\d_.]+){0,2},\s*){1,3}$")


def _sent_dateline(doc: ParsedDocument, closing: bool = True):
    """The line under a message's title that gives the place and day it was sent, that day being the document's ("Rome,
    May 22, 1959—6 p.m.", right under the title), or a labelled line of the message's form among the short lines that
    follow it ("Sender: Pyongyang" / "No.: 76.017" / "Date: 26.01.1968, 18:00"): its index and the date read from it."""
    if doc.document_date is None or doc.document_date_precision not in ("day", "minute"):
        return None
    for index in range(doc.title_block + 1, min(doc.title_block + 1 + _HEAD_LINES + 1, len(doc.blocks))):
        if (found := _dateline_at(doc, index, doc.document_date)) is not None:
            return found
        if not _head_line(doc.blocks[index]):
            break  # the dateline right under the title, or under the paper's number ("A-147", "No. 912"), its form's
            # name ("Ciphered telegram No. 412", "ШИФРТЕЛЕГРАММА") and its grade of secrecy ("Top Secret")
    for index in range(doc.title_block + 1, min(doc.title_block + 9, len(doc.blocks))):
        text = doc.blocks[index].text
        if len(text) >= 80:
            break  # the message's text has begun
        if TIME_LABEL.search(text) and (found := _dateline_at(doc, index, doc.document_date, labelled=True)) is not None:
            return found
        if (field := _DATE_FIELD.search(text)) is not None and (found := _dated_field(text[field.start() + 1:], doc.document_date)):
            return index, found  # "FROM: Amembassy DAKAR    DATE: December 27, 1962": an airgram's form, its day's field
            # on the sender's line
        if _ADDRESS_FIELD.match(text) and (found := _day_closing(text, doc.document_date)):
            return index, found  # "TO: THE DEPARTMENT OF STATE, WASHINGTON    April 4, 1955": a despatch's form, its day
            # at the right of the addressee's line, unlabelled
    if _SUBJECT_TITLE.match(doc.blocks[doc.title_block].text.strip()):
        for index in range(doc.title_block - 1, max(-1, doc.title_block - _FORM_LINES_OVER_SUBJECT - 1), -1):
            text = doc.blocks[index].text
            if len(text) >= 80:
                break  # over the form: the page's head
            if TIME_LABEL.search(text) and (found := _dateline_at(doc, index, doc.document_date, labelled=True)) is not None:
                return found  # "AIRGRAM A-118" / "FROM: ..." / "TO: ..." / "DATE: March 4, 1966" / "SUBJECT: Joint Weeka
                # No. 9": the form's subject taken for the title, its day's field over it
    if closing and (signed := closing_dateline(doc)) is not None:
        return signed
    # the day alone in brackets right under the title of a Chinese collection's telegram ("（一九七〇年十月二十八日）"): the
    # collection's way of dating the message, its sending's line where no line at its foot dates it ("驻埃及使馆 十一月二日");
    # an English page's "(3 June 1960)" under a heading stays the editor's, the title the sending
    under = doc.title_block + 1
    if under < len(doc.blocks) and doc.blocks[under].language == "zh":
        if (bare := _dateline_at(doc, under, doc.document_date, bare=True)) is None:
            return None
        # an embassy's report or request ("驻罗马尼亚使馆关于……的报告") signed at its foot by the office and the day
        # ("驻罗马尼亚使馆 / 八月二十三日"): that line is the sender's own dating of it, the bracketed heading the
        # collection's copy of it, as for a telegram; a letter's foot is its writer's dating of it all the same
        return closing_dateline(doc) or bare
    return None


# A paper's number on its own line between its title and its dateline ("A-147", "No. 912", "CA-2314"): letters and
# digits in one or two words, no date.
_NUMBER_LINE = compile_opening(r"^(?:[^\W\d_]{1,4}\.?\s?)?[^\W\d_]{0,4}[-\u2013]?\d{1,6}(?:/\w+)?$")
_HEAD_LINES = 3  # a cable's head between its title and its dateline: its number, its form's name, its classification


def _head_line(block) -> bool:
    """A short line of a message's head that is no text of it: the paper's number, the name of its form with its number
    ("Ciphered telegram No. 412", "ШИФРТЕЛЕГРАММА"), a classification stamp ("Top Secret")."""
    text = block.text.strip()
    if _NUMBER_LINE.match(text) or block.passage_type == "stamp":
        return True
    return len(text) < 40 and not find_dates(text) and document_type_of(text) in SENT_TYPES


_CLOSING_LINES = 4  # a message's closing: the formula, the signer's name, his office, the place and day
_SENTENCE_END = (".", "!", "?", "\u3002", "\uff01", "\uff1f")


def closing_dateline(doc: ParsedDocument):
    """The day the message is signed on at its foot, under its last sentence and above the edition's furniture: a short
    line of that day alone or after the place or office it was signed at ("Moscow, the Kremlin, 17 September 1965",
    "Москва, 4 мая 1965 г.", "驻埃及使馆 十一月二日", or "十一月二日" on the line under the office's): the message's own
    line of its sending, as a dateline under its title is. Its index and the date read from it."""
    day, closing = doc.document_date, 0
    for index in range(len(doc.blocks) - 1, doc.title_block, -1):
        block = doc.blocks[index]
        text = block.text.strip()
        if block.section_type in ("header", "trailer") or block.passage_type in ("trailer", "stamp", "elision", "heading"):
            continue
        if citation_line(text) or names_a_source(text):
            continue  # the archive's file, the source note: the edition's, below the message
        closing += 1
        if len(text) >= 80 or closing > _CLOSING_LINES or text.endswith(_SENTENCE_END) and not find_dates(text, day.year):
            return None  # the message's text: no closing line under it dates it
        dates = [d for d in find_dates(text, day.year) if d.precision in ("day", "minute")]
        if len(dates) != 1 or dates[0].start_date != day:
            continue
        at = text.find(dates[0].text)
        before, after = text[:at].strip(), text[at + len(dates[0].text):]
        if before.endswith(_SENTENCE_END) or re.search(r"[^\W\d_]{2}", after) or len(before) > 50:
            continue
        return index, dates[0]
    return None


_DATE_FIELD = compile_opening(r"\S\s+(?=(?:" + (alternation([w for lang in ("en", "ru", "zh") for w in lexicon(lang).get("time_labels") or []])
                                                  or "(?!)") + r")\s*[:：])", re.IGNORECASE)


# A form's line of its sender or addressee ("FROM: AMEMBASSY, KABUL", "TO: THE DEPARTMENT OF STATE").
_ADDRESS_FIELD = compile_opening(r"^\s*(?:FROM|TO|From|To)\s*:")


def _day_closing(line: str, day):
    """The document's day, its year written, closing a form's line ("TO: THE DEPARTMENT OF STATE, WASHINGTON April 4,
    1955"): the date read from it; None where the line holds another date or goes on after it."""
    dates = find_dates(line, day.year)
    last = dates[-1] if len(dates) == 1 else None
    return last if last is not None and last.start_date == day and last.year_written and not re.search(r"\w", line[last.end:]) else None


# A form's subject line read as the paper's title (pipeline/parse/generic.py read_subject_title), its fields over it.
_SUBJECT_TITLE = re.compile(rf"^(?:{alternation(lexicon('en').get('subject_labels') or []) or '(?!)'})\.?\s*:", re.IGNORECASE)
_FORM_LINES_OVER_SUBJECT = 8  # the form's kind, classification, number, addressees, sender, day, tags over the subject


def _dated_field(field: str, day):
    """A form's field of its day alone ("DATE: December 27, 1962"), that day the document's: the date read from it."""
    dates = [d for d in find_dates(field, day.year) if d.start_date == day]
    if len(dates) != 1 or re.search(r"\w", field[dates[0].end:]) or not TIME_LABEL.match(field[: dates[0].start]) \
            or re.search(r"\w", TIME_LABEL.sub("", field[: dates[0].start])):
        return None
    return dates[0]


def _dateline_at(doc: ParsedDocument, index: int, day, labelled: bool = False, bare: bool = False):
    """The block at ``index`` when it is a short line giving ``day`` after a place and a comma (or after a "Date:"
    label), or, ``bare``, the day alone in brackets right under the title ("（一九七〇年十月二十八日）"): the index and
    the date read from it."""
    if index >= len(doc.blocks):
        return None
    text = doc.blocks[index].text
    dates = [d for d in find_dates(text, day.year) if d.start_date == day] if len(text) < 80 else []
    if bare and len(dates) == 1 and _BRACKETED_DAY.fullmatch(text.strip().replace(dates[0].text, "", 1)):
        return index, dates[0]
    if len(dates) != 1 or not text.lstrip("[")[:1].isupper():
        return None
    before = text[: text.find(dates[0].text)]
    if not labelled and before.startswith("[") and text.rstrip(" .").endswith("]"):
        before = before[1:]  # "[Belgrade, 22 April 1961]": the editors' brackets round the writer's own place and day
    if not (TIME_LABEL.match(before) and not re.search(r"\w", TIME_LABEL.sub("", before)) if labelled else _DATELINE_PLACE.match(before)):
        return None
    return index, dates[0]


def heading_event(doc: ParsedDocument, context: Context) -> list[EventDraft]:
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


def _opens_a_note(block) -> bool:
    """A note under a book's text that opens with its own number ("14. Minutes of ...")."""
    return bool(block.footnote_numbers) and block.text[:1].isdigit() and note_number(block.text.strip()) == block.footnote_numbers[0]


def occasion_event(doc: ParsedDocument, context: Context) -> list[EventDraft]:
    """A record's meeting itself, read from the line that dates it ("Time: 3 o'clock p.m., 12 May [1965]",
    "Memorandum of Conversation with MAO ZEDONG 5 April 1958", "Meeting of the Politburo on 19, 20 and 21 October 1956");
    a heading naming the record with its date on the line below ("Memorandum of Conversation with MAO ZEDONG" then
    "5 April 1958") or with its day and hours alone on the line above ("July 29th 19:30~21:30" then "Takeiri-Zhou
    Dialogue (Third Round)"); else the record's own title heading ("152. Memorandum of Discussion at the 302d Meeting of the
    National Security Council, Washington, November 1, 1956", "Transcript of Telephone Conversation Between ..."),
    on the record's day."""
    if not context.is_record:
        return []
    if context.occasion is None:
        return _undated_occasion(doc)
    year = context.occasion.year
    candidates = [(i, b) for i, b in enumerate(doc.blocks[:16]) if len(b.text) < 200 and b.section_type not in ("header", "trailer")
                  and not _opens_a_note(b)]  # "14. Minutes of the meeting of the PLA Politburo, 2 July 1960, AQSh, ...": a
    # book's note cites a record, it is not the heading of the record the page is
    ordered = [c for c in candidates if TIME_LABEL.search(c[1].text)] + [c for c in candidates if RECORD_WORDS.search(c[1].text)]
    for index, block in ordered:
        dates = [d for d in find_dates(block.text, year) if d.start_date == context.occasion and d.precision in ("day", "minute")]
        if not dates and block.text.rstrip().endswith((".", "\u3002", "!", "?")):
            continue  # a sentence ("Kuznetsov reports on the trade talks." under the date its writer signed), not a heading
        below = doc.blocks[index + 1].text if index + 1 < len(doc.blocks) and not TIME_LABEL.search(block.text) else ""
        if not dates and len(below) < 40 and not find_dates(block.text, year):
            dates = [d for d in find_dates(below, year) if d.start_date == context.occasion and d.precision == "day"
                     and not re.search(r"\w", below.replace(d.text, ""))]
            if not dates and held_day_line(below, year) == context.occasion:  # "HELD THURSDAY, MARCH 26, 1959": the
                dates, index, block = find_dates(below, year)[:1], index + 1, doc.blocks[index + 1]  # line that dates it
        above = doc.blocks[index - 1].text if index and not TIME_LABEL.search(block.text) else ""
        if not dates and len(above) < 40 and not find_dates(block.text, year):  # "July 29th 19:30~21:30" above "Takeiri-Zhou
            dates = [d for d in find_dates(above, year) if d.start_date == context.occasion and d.precision == "day"  # Dialogue"
                     and not re.search(r"[^\W\d_]", above.replace(d.text, ""))]  # the day and its clock times, nothing else
        if not dates:
            continue
        event = EventDraft(index, "meeting", 0, len(block.text), "document_metadata", 0.7).dated(dates[0])
        event.sources = participants_named(doc, block.text)
        if any(_AND_OTHERS.search(text) for text in (doc.title or "", *(b.text for b in doc.blocks[:16] if RECORD_WORDS.search(b.text)))):
            event.sources += [n for n in _talkers(doc) if n not in event.sources]  # "周总理、陈毅副总理同柯西金等…": the others
        return [event]
    return _title_occasion(doc, context)


_HELD_WORDS = frozenset(w.lower() for w in lexicon("en").get("meeting_held_words") or [])


def held_day_line(text: str, year: int | None):
    """The day a line under a record's heading says its meeting was held on ("HELD THURSDAY, MARCH 26, 1959", "Held on
    Tuesday, 4 June 1963"): the held word, the day of the week and the day, nothing else; else None."""
    dates = find_dates(text, year)
    if len(dates) != 1 or dates[0].precision != "day":
        return None
    return dates[0].start_date if " ".join(beside_day(text, dates[0]).lower().split()) in _HELD_WORDS else None


def _undated_occasion(doc: ParsedDocument) -> list[EventDraft]:
    """A record that gives no date names its meeting all the same on a short line of its own ("The President's
    Luncheon with Chairman Gorbachev (S)"): the meeting, undated, among the people the line names."""
    for index, block in enumerate(doc.blocks[:16]):
        if block.section_type in ("header", "trailer") or len(block.text) >= 120 or not RECORD_WORDS.search(block.text):
            continue
        if block.text.rstrip().endswith((".", "!", "?", "\u3002")) or find_dates(block.text, None):
            continue  # a sentence ("The Secretary opened the luncheon with a toast."), not the line that names the meeting
        named = [(m.start, m.end, m.entity.name) for m in find_mentions(block.text) if m.entity.is_actor]
        named += bare_offices(block.text, [(a, b) for a, b, _ in named])  # "The President’s Luncheon": the President the record names
        if not (people := list(dict.fromkeys(name for _, _, name in sorted(named)))):
            continue
        event = EventDraft(index, "meeting", 0, len(block.text), "document_metadata", 0.5)
        event.date_kind, event.sources = "undated", people
        return [event]
    return []


# A list of the record's parties that says it is not whole: "同柯西金等第一次接触谈话记录" (Kosygin and others), "and others".
_AND_OTHERS = compile_opening(r"\b(?:and\s+others|et\s+al)\b|" + event_words("and_others"))
_CONVERSATION_LINE = compile_opening(r"\b[Cc]onversation\b|" + event_words("conversation"))


def _talkers(doc: ParsedDocument) -> list[str]:
    """The people the record's own short lines name as talking ("第二部分 陈毅副总理同安德罗波夫的谈话记要", "Part Two:
    Conversation between Chen Yi and Andropov"): a record of several conversations lists them there."""
    lines = [b.text for b in doc.blocks[:40] if len(b.text) < 80 and _CONVERSATION_LINE.search(b.text)]
    return list(dict.fromkeys(m.entity.name for text in lines for m in find_mentions(text) if m.entity.kind == "person"))


# A document's number in an edition ("152. Memorandum of ...", "Document No. 40: Notes of ..."): the edition prints
# the record under its own heading.
_NUMBERED = compile_opening(r"^\W*(?:Document\s+(?:No\.?\s*)?)?\d{1,4}\s*[.:]\s+\S", re.IGNORECASE)


def _own_heading_only(doc: ParsedDocument, context: Context) -> bool:
    """A page whose text opens right under its title, of a meeting of one day: no other line before the first paragraph
    names a record ("From the Diary of A. I. Alekseev, Record of Conversations, 2-9 June 1964" is no meeting's heading)."""
    if context.occasion_end is not None or context.is_journal or context.entries:
        return False
    lines = [b for b in doc.blocks[doc.title_block + 1:] if b.section_type not in ("header", "trailer") and b.passage_type not in ("stamp", "header")]
    head = next((i for i, b in enumerate(lines) if len(b.text) >= _PARAGRAPH), len(lines))
    if any(RECORD_WORDS.search(b.text) for b in lines[:head]):
        return False  # "PROTOCOL No. 41" / "of the meeting of the Politburo ..." over the text: the record's own heading
    first = next((b.text for b in lines if len(b.text) >= _PARAGRAPH), "")
    opening = [d for d in find_dates(first[:_OPENING], context.occasion.year) if d.start_date == context.occasion]
    return not (opening and opening[0].start <= _ON)  # "2 октября в 11 часов посетил Ким Ир Сена": the text tells the meeting


_PARAGRAPH = 60  # the first paragraph of the text, past the lines of its head
_OPENING = 40
_ON = 4  # "On ", "В " before the day that opens it


def _title_occasion(doc: ParsedDocument, context: Context) -> list[EventDraft]:
    """The numbered heading an edition gives a record whose body has no line of its own dating the meeting: the
    meeting, on its day."""
    if doc.title_block is None or not doc.title or not RECORD_WORDS.search(doc.title) or context.occasion_precision != "day":
        return []
    block = doc.blocks[doc.title_block]
    start = block.text.find(doc.title)
    dates = [d for d in find_dates(doc.title, context.occasion.year) if d.start_date == context.occasion and d.precision in ("day", "minute")]
    if block.passage_type != "title" or start < 0 or not (_NUMBERED.match(block.text) or dates and _own_heading_only(doc, context)):
        return []  # an archive's catalogue title names the record, it is not the record's own heading, unless the page gives
        # no heading of its own and the title writes the meeting's day ("Protocol No. 31 of the Meeting of the Politburo ...
        # held on 19 October 1965" over "Participants: ..."): the record's heading, as the edition printed it
    event = EventDraft(doc.title_block, "meeting", start, start + len(doc.title), "document_metadata", 0.6)
    if not dates and (dateline := _dateline_at(doc, doc.title_block + 1, context.occasion)) is not None:
        index, mention = dateline  # "212. Memorandum of Conversation" over "Washington, March 8, 1961, 4:30 p.m.": the line
        event.block, event.evidence_start, event.evidence_end = index, 0, len(doc.blocks[index].text)  # that dates the talk
        dates = [mention]
    if dates:
        event.dated(dates[0])
    else:
        event.on(context.occasion).date_kind = "exact"
    event.sources = participants_named(doc, doc.title)
    return [event]
