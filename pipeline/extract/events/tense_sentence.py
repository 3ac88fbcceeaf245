"""``tense_sentence``: an undated sentence dated by its verbs (``pipeline/extract/tense.py``) from the day
the text speaks from."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from pipeline.extract.events.annotate import Sentence, looks_back, plan_opened, pluperfect_in
from pipeline.extract.events.cable_trailer import (
    distributed_to,
    distribution_event,
    handling_event,
    handling_hour,
)
from pipeline.extract.events.common import (
    CLOCK,
    KEYWORD_PATTERNS,
    LOWER_WORD,
    RU_LETTER,
    Context,
    EventDraft,
    actor_names,
    clause_experiencer,
    clause_group,
    clause_names,
    clock_of,
    cue_actors,
    event_words,
    inside_quotation,
    is_person,
    lasted_days,
    side_of,
    told_clause,
    told_clock,
    told_group,
    window_actors,
)
from pipeline.extract.events.context import log_entry_hour
from pipeline.extract.tense import (
    Cue,
    after_clause,
    closing_after_clause,
    fears_an_outcome,
    holds_a_view,
    is_commentary,
    is_hypothetical,
    prior_clauses,
    read_cues,
    weekday_offset,
)
from pipeline.normalize.dates import DateMention, find_dates, in_year, period_end
from pipeline.normalize.lexicon import alternation, lexicon, reading_language, weekday_numbers, words
from pipeline.normalize.names import canonical_name, lookup
from pipeline.normalize.openings import compile_opening


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
    last: date | None = None  # a meeting of several days: its last day, until the text moves to one day
    floor: date | None = None  # "In accordance with your directive dated 13.10.50 I had a meeting": not before it
    bound: tuple[date, str] | None = None  # "In March 1952 ...": the passage's past acts happened by its end
    told: bool = False  # the text moved to the day by opening a clause with it ("On 19 October ..."): it tells that day
    dated_text: bool = False  # the text writes dates of its own (a history that places its happenings by them)
    untold: list[EventDraft] = field(default_factory=list)  # a history's past acts told with no date, before its next one
    narrated: list[EventDraft] = field(default_factory=list)  # a letter's past acts told before it opens a clause with a day
    written: date | None = None  # the latest day a history has written so far
    period: tuple[date, date, str] | None = None  # "Over the past year ...": the period the last sentence named
    held: date | None = None  # the day a record's head said its own gathering was held on
    record: bool = False  # the text records a meeting (a talk, a session)
    reports: bool = False  # a report, a cable or a letter whose relative days count from its writing (written_on)
    stated: date | None = None  # the day the last sentence that wrote a date stated in its opening ("Early yesterday
    # morning, 13 January, ...", "On the night of 12 March ..."): the clock hours and day parts told after it ("At 7 a.m.
    # ...", "In the afternoon ...") are of it, until another date is written
    inside: date | None = None  # the day a report's last sentence that wrote a date wrote inside it ("The army seized power
    # early on 18 July"), before the writing's: the clock hours and day parts told after it are of it (told_hour_day)
    stated_span: tuple[date, date] | None = None  # the night or span of two days the last sentence that wrote a date
    # stated in its opening ("В ночь на 22 ноября с кораблей высадились отряды", "On the night of 12-13 April ..."): the
    # simple pasts told after it with no date of their own ("Они подожгли резиденцию ...") happened in it
    story: date | None = None  # the last day a sentence's opening stated with a written date ("In the morning of 25
    # January ..."): a report's later acts told with no date happened between it and the day written
    news_day: date | None = None  # the day a cable's or a bulletin's first act is counted back to from its writing ("attacked
    # the residence before dawn yesterday"): its present perfects after it fall between that day and the writing, until
    # a date written outside an aside moves the story ("... were killed on the morning of 14 July")
    news_counted: bool = False  # the text has told an act on a day counted back from its writing: only the first can set news_day
    earliest: date | None = None  # the earliest day the text has written so far (a handling line's, a story's)
    said_day: tuple[int, date] | None = None  # the passage and the day a saying's told clause opened on ("The Commissioner
    # stated that yesterday morning some 900 students had marched ..."): the day parts and the night of the acts the
    # passage tells after it with no day of their own ("In the afternoon crowds had burned buses", "Fighting went on
    # through the night") are of that day, not the meeting's; its turns ("Taraki asked for our opinion") stay the meeting's
    recalls: bool = False  # an oral history, an interview, a memoir: its story's days, not the interview's, date what it tells
    broadcast: bool = False  # a monitoring digest's lettered item: it speaks from its broadcast's day, not the digest's
    night: tuple[date, date] | None = None  # the night the last date written named ("seized power night of December
    # 31-January 1"): the midnight told after it is that night's, an hour "after midnight" on its second day
    night_opened: tuple[str, date, int] | None = None  # "night of December 31": the sentence, the day, where it ends
    opening: int | None = None  # the first paragraph of a record written up after its meeting: a day it counts back from
    # the writing to the meeting's ("was received yesterday" in the note of the next day) is the meeting's (passages.py)
    talk: date | None = None  # a record's meeting day (its head's, else the first day the record opens a clause with:
    # "On 14 June at 11:00 I was received ..."): a day before it that a sentence opens with is a look-back told at the
    # meeting ("On the evening of 9 June, when Nasser announced his resignation, he had telephoned Cairo"), not a day
    # the record moves to: the turns after it, and the relative days they name, stay on the meeting's day

    def place(self, mention: DateMention) -> list[EventDraft]:
        """A history tells its acts in the order they came: a past act it tells with no date of its own happened on or
        before the next date it writes ("Была сформирована Центральная группа войск." before "... от 17 октября 1968
        года": by 17 October). A date that goes back before the last one written (a look back) places nothing."""
        if mention.start_date is None or (self.written and mention.start_date < self.written):
            return []
        self.written = mention.start_date
        placed, self.untold = self.untold, []
        for event in placed:
            event.end_date = mention.start_date if mention.precision in ("day", "minute") else mention.end_date
            event.precision = "day" if mention.precision == "minute" else mention.precision
        return placed

    def govern(self, sentence: str, mention: DateMention) -> None:
        """A sentence opening with a month or a year ("In March 1952 before the arrival ...") governs the past acts
        the rest of its passage tells: on or before that period's end, not the document's date."""
        opens = mention.precision in ("month", "year") and _OPENS_WITH_PERIOD.match(sentence[: mention.start])
        if opens and (self.day is None or mention.end_date < self.day):
            self.bound = (mention.end_date, mention.precision)

    def before(self, day: date) -> tuple[date, str]:
        """The end and precision of a past act told without a date of its own."""
        return self.bound if self.bound else (self.last or day, self.precision)

    def _night_of(self, sentence: str, mention: DateMention) -> None:
        """The night the date names, if it names one: a range of two days after night_range_words, written as one date
        ("the night of 12-13 April") or as two joined by a dash ("night of December 31–January 1")."""
        opened, self.night, self.night_opened = self.night_opened, None, None
        if mention.precision != "day" or mention.start_date is None or mention.end_date is None:
            return
        if opened is not None and opened[0] == sentence and opened[1] + timedelta(days=1) == mention.start_date == mention.end_date \
                and sentence[opened[2]: mention.start].strip() in _DASHES:
            self.night = (opened[1], mention.start_date)
        elif _NIGHT_BEFORE.search(sentence[: mention.start]):
            if mention.end_date - mention.start_date == timedelta(days=1):
                self.night = (mention.start_date, mention.end_date)
            elif mention.start_date == mention.end_date:
                self.night_opened = (sentence, mention.start_date, mention.end)

    def follow(self, sentence: str, mention: DateMention) -> None:
        self.stated = None  # another date written: the day stated before no longer dates the hours told after it
        self.stated_span = self.inside = None
        if self.said_day is not None and not _told_inside(sentence[: mention.start]):
            self.said_day = None
        if mention.precision in ("day", "minute") and mention.start_date is not None:
            self.earliest = min(self.earliest or mention.start_date, mention.start_date)
        if self.news_day is not None and not (_IN_ASIDE.search(sentence, 0, mention.start) and sentence[mention.end: mention.end + 1] == ",") \
                and not (mention.precision in ("month", "year") and mention.end_date is not None and mention.end_date < self.news_day):
            self.news_day = None  # a date the story moves to; one in an aside (", appointed only on 1 January,") leaves it, and
            # so does a month or a year before the story's day ("suspended the constitution of 1979"): a thing's time
        self._night_of(sentence, mention)
        if mention.precision == "day" and mention.start_date is not None and mention.end_date is not None \
                and mention.end_date - mention.start_date == timedelta(days=1) and states_day(sentence[: mention.start]):
            self.stated_span = (mention.start_date, mention.end_date)  # "В ночь на 22 ноября ...": the night the story is in
        if mention.precision not in ("day", "minute") or mention.start_date != mention.end_date:
            return
        before = sentence[: mention.start]
        if _PROMPTED_BY.search(before) and self.day and mention.start_date < self.day:
            self.floor = mention.start_date
            return
        if self.recalls and mention.year_written and _STORY_DAY.search(before):
            self.enter_day(mention.start_date)  # "The coup came on February 25, 1980, a Monday. Sixteen sergeants attacked
            return  # ...": the day a recollection's story is at, whose acts the answer tells next, not the interview's
        if _told_inside(before) and not OPENS_WITH_DAY.match(before):
            return  # "Mr. Dulles said that Shepilov had arrived in Cairo on June 16": the day of what is told, not the text's
        if self.talk is not None and mention.start_date < self.talk:
            return  # a record's look-back: what a speaker told of a day before the talk (see ``talk``)
        if self.day and mention.start_date < self.day and not _OPENS_SENTENCE_ON.match(before) \
                and looks_back(re.split(r"[;:]", before)[-1]):
            return  # "..., after the Pakistani air force had attacked Indian airfields on the evening of 3 December": the day
            # of a look back told in the pluperfect inside the sentence, not one the text moves to; "Pegov told me ..." after
            # it is still of the day the text speaks from
        if self.day and mention.start_date < self.day and looks_back(re.split(r"[;:]", sentence[mention.end:], maxsplit=1)[0]):
            return  # "On the evening of 9 June, when Nasser announced his resignation, he had telephoned Cairo": a look
            # back from the day the text speaks from, in the pluperfect; the turns after it are still of that day
        if not before.strip() and self.reports and _RU_DAY_OPENS.match(sentence, mention.end):
            before = "On "  # "24 февраля части армии захватили ...": Russian writes no preposition before the day it opens on
        if states_day(before):
            self.stated = self.story = mention.start_date
        elif not self.record and not self.recalls and self.day and mention.start_date < self.day and not _CLAUSE_BREAKS.search(before):
            self.inside = mention.start_date  # "The armed forces seized power in Lima early on 18 July ... at about 3:30
            # a.m.": a report's or a bulletin's day written inside its sentence's first clause, before the writing's, dates the clock hours
            # and day parts told after it, as one opening the sentence does; not one after a comma, in an aside ("Bokassa,
            # in Libya since 18 September, ...", ", who had returned on 16 October,")
        if (w := _WEEKDAY_BEFORE_DATE.search(before)) and (states_day(before[: w.start()]) or _STORY_DAY_IN_APPOSITION.match(before[: w.start()])):
            before = before[: w.start()]  # "On Friday, 9 September, at 11:00, I was received ...", "The following day,
            # Saturday 26 January, ...": the weekday the date is written with names the same day, the opening states it
        if (_DAY_IN_APPOSITION.match(before) or _STORY_DAY_IN_APPOSITION.match(before)) and sentence[mention.end: mention.end + 1] == ",":
            before = "On "  # "Early yesterday morning, 13 January, army units occupied ...": the day the cable's story is at
        if _OCCASION_LABEL.match(before):  # "Date of visit: 17 July 1979 (09.00 - 17.30)" in a form's head: the day of the
            self.day, self.precision, self.moved, self.last = mention.start_date, "day", True, None  # visit the
            self.held = mention.start_date  # report tells, its undated acts ("The delegation handed over 41 relief
            return  # parcels") of that day, not of the day the report was written
        if TOOK_PLACE.search(before) and _PREVIOUS_OCCASION.search(before):
            return  # "The previous visit took place on 12 March 1979.": the day of an earlier occasion of the kind the
            # report tells, a look back; what the report tells after it is still of its own visit or meeting
        if OPENS_WITH_DAY.search(before) or TOOK_PLACE.search(before) or (
                _OPENING_PHRASE_DAY.match(before) and sentence[mention.end: mention.end + 2].lstrip()[:1] == ","):
            self.told = bool(OPENS_WITH_DAY.search(before) or _OPENING_PHRASE_DAY.match(before))
            if not self.told and _GATHERING_HELD.search(before):
                self.held = mention.start_date  # "The conference was held on July 11": the record's own gathering
            if self.told and not self.moved and self.day and mention.start_date < self.day:
                for event in self.narrated:  # "Tito told me of his desire to talk. ... When we flew into Belgrade on the
                    event.end_date = mention.start_date  # morning of 26 September ...": the story told before that day's
            self.narrated = []  # acts happened by it, not by the letter's date
            self.day, self.precision, self.moved, self.last = mention.start_date, "day", True, None
            if self.record and self.told and self.talk is None:
                self.talk = mention.start_date

    def enter_day(self, day: date) -> None:
        """A passage that opens with a day written alone ("2 June. I visited Fidel Castro ..."), in a record of
        several days (a diary, a journal of conversations): the entry for that day; what it and the passages after it
        tell happened then, until the next entry."""
        self.day, self.precision, self.moved, self.told, self.last = day, "day", True, True, None

    def open_turns(self) -> None:
        """A record's first turn: told on the day its head said its own gathering was held ("The conference was held
        on July 11, ... and on July 12 ..."), though a line after it reported a part of the meeting on a later day ("The
        reporting group met on July 12th, from 8:30 to 10:00."): that line gives the schedule, the turns begin with the
        gathering; a clause that opens with a day ("On 12 July ...") tells that day."""
        if self.held is not None and not self.told and self.day != self.held:
            self.day, self.precision, self.last = self.held, "day", None

    def during(self, event: EventDraft) -> None:
        """An act of the meeting: on its day, or within its days when it lasted several."""
        if self.last and event.start_date == self.day:
            event.end_date, event.date_kind = self.last, "range"


# The words of a sentence's opening phrase before the day it states ("Early yesterday morning, 13 January, ...", "On the
# night of 12 March ...", "This morning, 14 January, ...", "Рано утром 13 января ..."): ``day_stating_openers`` of en.yaml
# and ru.yaml.
_STATES_DAY = compile_opening(
    r"^\W*(?:(?:" + alternation(words("day_stating_openers", ("en", "ru")) or ["(?!)"]) + r")\b[\s,]*)*$", re.IGNORECASE)


# A Russian sentence that opens on its bare day and goes on with its clause ("24 февраля части армии захватили ...",
# "24 февраля, когда ..., войска вошли ..."): the day it states, as "On 24 February ..." states it in English; Russian
# writes no preposition before a day.
_RU_DAY_OPENS = re.compile(r",?[ \t]+(?=" + RU_LETTER + ")", re.IGNORECASE)


def states_day(before: str) -> bool:
    """The words before a date are an opening phrase that states the day the sentence tells (``_STATES_DAY``), or one
    that opens with it ("On ...", "At 2000 hours on ...")."""
    return bool(before.strip() and _STATES_DAY.match(before) or OPENS_WITH_DAY.search(before) or _OPENING_PHRASE_DAY.match(before))


# Where a sentence's first clause ends: a comma, a semicolon, a colon (any script's).
_CLAUSE_BREAKS = re.compile(r"[,;:\uff0c\uff1b\uff1a\u3001]")


def told_hour_day(scope: Scope, day: date, hour: bool = False) -> date:
    """The day a clock hour or a day part with no day of its own falls on ("At 7 a.m. ...", "In the afternoon ..."):
    the one the sentences before stated last, or the end of the night they stated ("During the night of 2 to 3 February
    units attacked the barracks. ... Stroessner surrendered at dawn": the 3rd), else the day the story is at. An hour
    (``hour``) is also of the day a report's sentence before wrote inside it (``Scope.inside``)."""
    return scope.stated or (scope.stated_span[1] if scope.stated_span else None) or (scope.inside if hour else None) or day


# An opening phrase that ends with the day, then a comma, before the main clause ("In a telegram sent at 5:14 p.m. on April
# 28, Ambassador Bennett reported ...", "At a meeting held on 3 May, ...", "After a session on the evening of 12 June,
# ..."): the day the sentence tells, as "On 28 April, ..." does; the times and day-parts after it are of that day.
_OPENING_PHRASE_DAY = compile_opening(
    r"^\W*(?:In|At|After|During|Following|With|Before)\s(?:[^,;:.()\n]|\d[:.]\d|\b[ap]\.m\.){0,80}?\s(?:on|of)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$"
)
STORY_GOES_ON = compile_opening(r"^\W*(?:" + alternation(lexicon("en").get("story_openers") or []) + r")\b", re.IGNORECASE)
_OPENS_WITH_PERIOD = compile_opening(r"^\W*(?:(?:In|By|During)\s+(?:the\s+(?:spring|summer|autumn|fall|winter|beginning|end|middle)\s+of\s+)?)?$")
# "be" and a participle in a body's decision ("that the commander be questioned", "a statement be made"): the mandative
# subjunctive (en.yaml mandate_blockers: the words before "be" that make it none).
_BARE_BE = compile_opening(r"(?<![\w'’])be\s+[a-z]{2,}(?:ed|en|wn|ne|de|ut|ld)(?![\w'’-])")
_MANDATE_BLOCKERS = frozenset(w.lower() for w in lexicon("en").get("mandate_blockers") or [])


def mandated(sentence: str, end: int) -> re.Match | None:
    """The last "be" and its participle before ``end`` that no modal, "to" or "let" governs, with a word before it: a
    decision's mandative subjunctive ("1. that the commander be questioned ... on Monday"), else None."""
    for m in reversed(list(_BARE_BE.finditer(sentence, 0, end))):
        before = re.findall(r"[\w'’]+", sentence[: m.start()].lower())[-3:]
        if before and not any(w in _MANDATE_BLOCKERS or w.endswith("n't") for w in before):
            return m
    return None


# The words of a plan or a future before a day after the one the text speaks from (``ahead_words``): "is to convene on
# 7 March", "will be announced on the radio tomorrow".
AHEAD_WORDS = compile_opening(
    r"(?<!\w)(?:" + alternation(w for lang in ("en", "ru") for w in lexicon(lang).get("ahead_words") or []).replace(r"\ ", r"\s+") + r")(?!\w)",
    re.IGNORECASE,
)
# A present tense of a journey or a meeting, then in its clause a day of the week ("He leaves for London on Sunday", "My
# party leaves Andrews for Beijing on Friday", "I am seeing the Secretary on Monday"): a time fixed to come, a plan
# (en.yaml scheduled_present_verbs, weekdays).
SCHEDULED_PRESENT = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("scheduled_present_verbs") or ["(?!)"]).replace(r"\ ", r"\s+") + r")\b[^.;:,]{0,60}?\bon\s+(?:"
    + alternation(list(lexicon("en").get("weekdays") or {}) or ["(?!)"]) + r")\b(?!s)")
# The present progressive of a journey or a meeting (the scheduled_present_verbs written with "am", "is", "are"), then in
# its clause the day written from ("I am seeing him at 1500 today", "The delegation is arriving this evening"): a time
# fixed to come on the day of writing, a plan, as on a day of the week (``SCHEDULED_PRESENT``).
_PROGRESSIVE_PLAN = compile_opening(
    r"\b(?:" + alternation([v for v in lexicon("en").get("scheduled_present_verbs") or [] if v.split()[0] in ("am", "is", "are")]
                           or ["(?!)"]).replace(r"\ ", r"\s+") + r")\b[^.;:,]{0,60}?$")
_CONDITION = compile_opening(r"\b(?:" + alternation(lexicon("en").get("conditions") or []) + r")\b", re.IGNORECASE)
_LATER = compile_opening(r"\b(?:" + "|".join(re.escape(w) for w in lexicon("en").get("later_words") or []) + r")\b", re.IGNORECASE)
# In notes of a meeting that no participant wrote, "I said", "we told" are a speaker's words about his own earlier act.
_SPEAKER_SAID = compile_opening(r"(?:^|(?:[—–:;,]|--)\s*|\s)(?:I|[Ww]e)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:said|told|informed|answered|replied|asked|explained|stated)$")
# ... and a saying to the speaker himself ("a secretary of the Central Committee ... informed us that ...").
_TOLD_SPEAKER = compile_opening(r"\s+(?:me|us)\b")
# A message read out at a meeting ("Information from Cdes. Mikoyan and Serov is read aloud", "The telegram from
# Comrade X was read"): its senders sent it before.
_READ_OUT = compile_opening(
    r"\b(?:information|telegram|cable|letter|message|report|note)s?\s+from\s+(?P<senders>[^;]{2,80}?)\s+(?:is|was|were|are)\s+(?:read|heard)\b",
    re.IGNORECASE,
)
_AS_SAID = compile_opening(r"\bas\s+(?:you|I|we|he|she|they)\s+(?:\w+\s+)?$", re.IGNORECASE)  # "as you said": an aside, no act
RECORDED_BY = compile_opening(r"\b(?:" + "|".join(re.escape(w) for w in lexicon("en").get("recorded_by") or []) + r")\b", re.IGNORECASE)
# A record's line that lists those present under its label ("Took part: from the Romanian side, ...", participant_labels;
# "Invited to item 1: Comrade M. Ewald", attendance_labels, an item's number after the label).
_PARTICIPANT_LINE = compile_opening(
    r"^\W*(?:" + alternation([*(lexicon("en").get("participant_labels") or []), *(lexicon("en").get("attendance_labels") or [])])
    + r")(?:\s+\d{1,2})?\s*:\s*\S")


def lists_those_present(line: str) -> bool:
    """A record's head line that lists those present under its label (participant_labels, attendance_labels)."""
    return bool(_PARTICIPANT_LINE.match(line))
# A record's sentence that tells its own meeting: the host receiving the writer, those present at the conversation.
_MEETING_ITSELF = compile_opening("|".join(
    rf"(?<!\w){re.escape(w)}(?!\w)" if lang != "zh" else re.escape(w)
    for lang in ("en", "ru", "zh") for w in sorted(lexicon(lang).get("meeting_itself") or [], key=len, reverse=True)
), re.IGNORECASE)
# The acts that open and close a meeting of several days ("The agenda was adopted", "The minutes were signed"): on its
# first day and on its last, where the rest of what it did lies somewhere within its days.
MEETING_OPENS = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("meeting_opening_acts") or []) + r")(?!\w)", re.IGNORECASE) \
    if lexicon("en").get("meeting_opening_acts") else re.compile(r"(?!)")
_MEETING_CLOSES = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("meeting_closing_acts") or []) + r")(?!\w)", re.IGNORECASE) \
    if lexicon("en").get("meeting_closing_acts") else re.compile(r"(?!)")
# The words a record's own narration opens with to tell what followed at its meeting ("In the afternoon the two
# delegations visited ...", "After the discussion the Executive Committee resolved:"): an act of the meeting's day(s).
_RECORD_DAY_OPENER = compile_opening(r"^\W*(?:\d+\.\s*)?(?:" + alternation(lexicon("en").get("record_day_openers") or []) + r")\b", re.IGNORECASE) \
    if lexicon("en").get("record_day_openers") else re.compile(r"(?!)")
# A record's writer's own turn in its talk: "I", adverbs, then a verb of asking or telling the one he speaks to
# (recorder_turn_verbs: "I asked him whether ...", "I informed the Prime Minister that ..."): on the talk's day.
RECORDER_TURN = compile_opening(
    r"^\W*I\s+(?:(?:" + alternation(lexicon("en").get("turn_topic_adverbs") or []) + r")\s+)*(?:"
    + alternation(lexicon("en").get("recorder_turn_verbs") or ["(?!)"]) + r")(?!\w)"
)
# A record's turn told as its speaker's move to a topic ("He then turned to the sabotage campaign."): its subject a
# pronoun or a name of a few capitalised words, then the adverbs and the verb (turn_topic_verbs): said on the meeting's day.
TOPIC_TURN = compile_opening(
    r"^\W*(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+(?:(?:"
    + alternation(lexicon("en").get("turn_topic_adverbs") or []) + r")\s+)*(?:" + alternation(lexicon("en").get("turn_topic_verbs") or [])
    + r")(?!\w)"
)
_IRREGULAR_PAST = frozenset(lexicon("en").get("irregular_past") or [])
# The writer or a speaker who was told ("we have been informed", "I was told"): the one who told him reports.
WRITER_INFORMED = compile_opening(
    r"\b(?:we|I)\s+(?:have\s+|had\s+|has\s+)?(?:(?:also|just|already|then)\s+)?(?:been|were|was)\s+(?:also\s+|just\s+)?(?:"
    + alternation(lexicon("en").get("informed_passive") or []) + r")\b", re.IGNORECASE,
)


# A verb in a clause about the noun before it (", who informed me that ..."): the noun's act, not the sentence's.
_RELATIVE_BEFORE = compile_opening(r",\s*who\s+(?:\w+ly\s+|also\s+|then\s+)?$")
# A word of saying after an article or a possessive is a noun ("the talks", "his reply"): not the verb whose subject acts.
_DETERMINER_BEFORE = compile_opening(r"\b(?:the|a|an|these|those|this|his|her|their|our|my|your|its)\s+$", re.IGNORECASE)
_YOU_AND = compile_opening(r"\byou\s+and\s+(?=[A-Za-z])", re.IGNORECASE)  # "I thank you and the Government of India"
# The verb read instead has its subject just before it: a pronoun, a name, or the writer with an editor's name ("I [Iudin]").
_SUBJECT_BEFORE = compile_opening(r"(?:\b(?:I|we|We|he|He|she|She|they|They)|\b[A-Z][\w'’.-]+|\])(?:\s+(?:also|then|again|\w+ly))*\s*$")


def _said_in_past(language: str | None) -> bool:
    """A form of saying of a language whose listed forms are all pasts (sv.yaml speech_all_past: "sade", "meddelade"):
    a wire story's saying told in turn on its story's day, as its past acts are. English "said" is left to its own
    rules: there a bulletin's "reports that", "announced" mostly tell another day than the story's."""
    return bool(lexicon(language or "en").get("speech_all_past"))


def is_past_form(verb: str) -> bool:
    word = verb.split()[-1].lower()
    return word.endswith("ed") or word in _IRREGULAR_PAST


_PROMPTED_BY = compile_opening(r"\b(?:in\s+accordance\s+with|in\s+response\s+to|in\s+reply\s+to|pursuant\s+to|following|on\s+receipt\s+of|upon\s+receiving|after\s+receiving)\b[^.;]{0,60}$", re.IGNORECASE)
_COMMA_BEFORE = compile_opening(r",\s*$")
_BY_AFTER = compile_opening(r"\s+by\b")
_OPENS_SENTENCE_ON = compile_opening(r"^\W*(?:On|on)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$")
# A sentence that opens with its day ("On 16 November ...", "On the evening of 3 May ..."), after its paragraph's number or
# the hour ("2. At 1900 hours on 17 November ...", "At 5 p.m. on 3 May ...": a cable's or a teletype's way).
OPENS_WITH_DAY = compile_opening(
    r"(?:^\W*(?:\(?\d{1,2}[.)]\s+)?(?:[Aa]t\s+(?:\d{1,2}[:.]\d{2}|\d{4})(?:\s*(?:hours|hrs|[ap]\.m\.|[A-Z]{1,3}))?\s+)?(?:On|on)\s+"
    r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?|\bon\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+)$")
# A speaker's "said that", "reported that" before a date: the date is inside what he tells.
_REPORTED_BEFORE = compile_opening(
    r"\b(?:" + alternation([*(lexicon("en").get("reported_speech_verbs") or []), "told", "informed", "assured", "reminded"])
    + r")\b[^.;:]{0,40}?\bthat\b"
)


def _told_inside(before: str) -> bool:
    """The date stands in the clause a "said that" opens, with no break between them."""
    said = list(_REPORTED_BEFORE.finditer(before))
    return bool(said) and not any(c in before[said[-1].end():] for c in ".;:…[]")


# "The conference was held on", "This meeting took place on": the gathering a record is of, on its day.
_GATHERING_HELD = compile_opening(
    r"^\W*(?:the|this|that|our|the\s+present)\s+(?:" + alternation([*(lexicon("en").get("gathering_nouns") or []), *(lexicon("en").get("conversation_nouns") or [])])
    + r")s?\s+(?:took\s+place|was\s+held|were\s+held|began|opened)\s+(?:on\s+)?(?:the\s+\w+\s+of\s+)?$", re.IGNORECASE,
)
# A recollection's sentence that names the day its story's happening came on ("The coup came on February 25, 1980",
# "It happened on the 3rd of May 1961", "The strike broke out on 4 June 1956"): a subject of a word or three, a verb of
# happening (story_day_verbs in en.yaml), then the day with its year; the answer's acts after it are that day's.
_STORY_DAY = compile_opening(
    r"^\W*(?:[A-Z][\w.'’ -]{0,40}:\s+)?(?:it|(?:the|that|this|our|their)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s+(?:"
    + (alternation(lexicon("en").get("story_day_verbs") or []) or "(?!)").replace(r"\ ", r"\s+")
    + r")\s+(?:(?:on|early\s+on|late\s+on)\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)


def names_story_day(sentence: str) -> bool:
    """Whether the sentence names, before its first date, the day its story's happening came on (the examples' check)."""
    dates = find_dates(sentence, 1950)
    return bool(dates) and dates[0].year_written and bool(_STORY_DAY.search(sentence[: dates[0].start]))


# An earlier occasion of the kind the text tells, named as its subject (previous_occasion_words: "The previous visit
# took place on 12 March 1979", "The last session was held on 3 May"): a look back, no day the story moves to.
_PREVIOUS_OCCASION = compile_opening(
    r"^\W*(?:\d{1,2}\.\s+)?(?:the|a|an|our|their)\s+(?:" + (alternation(lexicon("en").get("previous_occasion_words") or []) or "(?!)")
    + r")\s+(?:[^\W\d_][\w'’-]*\s+){1,4}(?:took\s+place|was\s+held|were\s+held)\b", re.IGNORECASE)


# A form's label of the day of the occasion its report tells (occasion_date_labels: "Date of visit:", "Date of
# incident:"), alone before that day on its line.
_OCCASION_LABEL = compile_opening(
    r"^\W*(?:" + (alternation(lexicon("en").get("occasion_date_labels") or []) or "(?!)").replace(r"\ ", r"\s+") + r")\s*:\s*$",
    re.IGNORECASE)


def names_occasion_day(line: str) -> bool:
    """Whether the line is a form's label of its occasion's day before that day (the examples' check)."""
    dates = find_dates(line, 1950)
    return bool(dates) and bool(_OCCASION_LABEL.match(line[: dates[0].start]))


def names_previous_occasion(sentence: str) -> bool:
    """Whether the sentence opens on an earlier occasion of the kind the text tells (the examples' check)."""
    return bool(_PREVIOUS_OCCASION.search(sentence))


# ... with the place between ("was held at the Chinese Embassy in Warsaw on January 20, 1970").
TOOK_PLACE = compile_opening(
    r"\b(?:took\s+place|was\s+held|were\s+held|began|opened|met|arrived)(?:\s+(?:at|in)\s+[^\W\d][^,;:.\d]{0,60}?)?\s+(?:on\s+)?(?:the\s+\w+\s+of\s+)?$",
    re.IGNORECASE,
)


# A sentence that opens on a day counted from the writing with the date beside it ("Early yesterday morning, 13 January,
# ...", "This morning, 14 January, ..."): the day the text moves to, as "On 13 January, ..." (en.yaml relative_days,
# day_in_apposition_parts).
# The same with a day counted from the story's last ("The following day, Saturday 26 January, policemen mutinied ...",
# "The next morning, 14 May, ..."): en.yaml next_days that count forward, the text moving on to the day they name.
_STORY_DAY_IN_APPOSITION = compile_opening(
    r"^\W*(?:" + (alternation([k for k, v in (lexicon("en").get("next_days") or {}).items() if isinstance(v, int) and v > 0]) or "(?!)")
    + r")\s*,\s*$", re.IGNORECASE)
# A weekday written just before the date it names ("Friday, 9 September", "Saturday 26 January"): en.yaml weekdays.
_WEEKDAY_BEFORE_DATE = compile_opening(
    r"(?<![\w'’-])(?:" + (alternation(list(lexicon("en").get("weekdays") or {})) or "(?!)") + r")\s*,?\s*$", re.IGNORECASE)
_DAY_IN_APPOSITION = compile_opening(
    r"^\W*(?:\(?\d{1,2}[.)]\s+)?(?:(?:" + alternation(lexicon("en").get("day_in_apposition_parts") or []) + r")\s+)?(?:"
    + alternation(list(lexicon("en").get("relative_days") or {})) + r")(?:\s+(?:" + alternation(lexicon("en").get("day_in_apposition_parts") or [])
    + r"))?\s*,\s*$", re.IGNORECASE) if lexicon("en").get("day_in_apposition_parts") else re.compile(r"(?!)")


# What numbers a point before its text ("(一)同意……", "2. Agree with your plan").
POINT_MARKS = " (（)）0123456789、.;；" + "".join((lexicon("zh").get("event_words") or {}).get("point_numerals") or [])
_WHEN_CUES = ("relative", "period", "years_ago", "recent", "recent_days", "counted_span")  # they date the act; its verb, when there is one, names its actors
# A plan's clause opened by its subject, a pronoun, and the auxiliary of the future ("We will move the experts ...",
# "He would fly to New York tomorrow"): the pronoun read as a dated row's subject is (``cue_actors``).
_PLAN_OPENS = compile_opening(r"\W*(?:I|We|we|He|he|She|she)\s+(?:\w+ly\s+)?(?P<aux>"
                              + alternation(lexicon("en").get("reported_future_auxiliaries") or ["(?!)"]) + r")\b")
_CUE_ORDER = ("relative", "period", "years_ago", "recent", "recent_days", "counted_span", "planned", "performative", "obligation", "speech", "ongoing", "past")


# "Cde. Suslov agrees.", "Cdes. Kozlov and Mikoyan object.": a member's whole turn in a session's notes (assent_verbs).
# The verb may take the one agreed with or the thing supported ("Comrade Biszku agreed with Comrade Kádár.",
# "Cde. Nemes supported the proposal."): a few words, ending the line (assent_objects).
ASSENT_TURN = compile_opening(
    r"^\W*(?P<names>(?:(?:Cde|Cdes|Com|Comrade|Comrades|Tov)\.?\s+)?[A-Z][\w'’-]+(?:(?:,\s*|\s+and\s+|\s+)(?:(?:Cde|Com|Comrade|Tov)\.?\s+)?[A-Z][\w'’-]+){0,3})\s+(?:also\s+)?(?:"
    + alternation(lexicon("en").get("assent_verbs") or []) + r")(?:\s+(?:" + alternation(lexicon("en").get("assent_objects") or [])
    + r")(?:\s+[\w'’.-]+){0,5})?\s*[.!]?\s*$"
)


def _ask_after_report(sentence: str, cues: list[Cue], ask: Cue) -> int | None:
    """Where the clause of a Chinese request opens ("……补给十分困难，请速拨汽车五百辆。"), when an earlier clause of the
    sentence reports a past act ("部队冻伤减员已达一万余人"): each is an act of its own; None for a request alone."""
    cut = max(sentence.rfind(mark, 0, ask.start) for mark in ("，", ",", "；", ";"))
    if cut <= 0 or sentence[cut + 1: ask.start].strip():
        return None  # the request does not open its clause
    return cut + 1 if any(c.kind == "past" and c.end <= cut for c in cues) else None


# What a diary's entry head leaves of itself at the opening of the entry's first sentence, once its day of the week cut
# short has ended a sentence of its own ("Dim." / "10. — Messe à 7 h ..."): the day's number and the dash after it.
_ENTRY_DAY_LEFT = re.compile(r"^[0-3]?\d\.?\s*[-\u2013\u2014:]\s*")


def timed_entry(s: Sentence, context: Context, block_text: str, shift: int) -> str | None:
    """The hour of a log's entry the sentence opens (``log_entry_hour``), in a page of dated entries (a log's or a
    diary's) under the day of one: "HH:MM"; None for any other sentence."""
    if context.entries != "diary" or block_text[: s.start + shift].strip():
        return None
    return log_entry_hour(block_text)


def tense_events(
    index: int, s: Sentence, language: str | None, context: Context, scope: Scope,
    previous_actor: str | None, in_turn: bool, block_text: str = "", shift: int = 0,
) -> list[EventDraft]:
    found = _tense_events(index, s, language, context, scope, previous_actor, in_turn, block_text, shift)
    if (hour := timed_entry(s, context, block_text, shift)) is not None:
        for event in found:  # "16h20 — O posto de sinais do Macúti avista o navio-tanque": the log's entry at its hour
            if event.start_date == scope.day and event.end_date == scope.day and not event.start_time:
                event.start_time = hour
    if language in (None, "en") and scope.day is not None and (m := _OPINION_OF.search(s.text)) and not _HOLDS_POSITION.match(s.text) and (
        holders := position_holders(s.text, context)
    ):  # "Nagy is playing a double game (in Malinin's opinion).": Malinin's view, beside what the sentence tells
        found.append(_position_event(index, s.start, _claim_span(s.text, m), holders, scope, scope.day, context.is_record))
    return found


# A told clause joined by "but" ("... had been reopened on Thursday afternoon, but that the terminal at Nadi airport had
# lost its roof"): set against the dated clause, not the story going on on its day; done by the saying, as told.
_CONTRASTED = compile_opening(r"\bbut\s+(?:that\s+)?$", re.IGNORECASE)


def _tense_events(
    index: int, s: Sentence, language: str | None, context: Context, scope: Scope,
    previous_actor: str | None, in_turn: bool, block_text: str = "", shift: int = 0,
) -> list[EventDraft]:
    """An undated sentence's happening, dated from its verbs and the day the text speaks from.

    Inside a quotation a speaker tells what happened before the meeting: his "I proposed", "They told us"
    are past acts, not the meeting's turns.
    """
    sentence, offset = s.text, s.start
    record = context.is_record
    day = scope.day
    period, scope.period = scope.period, None  # the period the sentence before named, for this one only
    if len(sentence) < (6 if language == "zh" else 12):  # a Chinese character is about a word: "(三)其他各项已另复。"
        return []
    if _PARTICIPANT_LINE.match(sentence):
        return []  # "Took part: from the Romanian side, Ion Gheorghe Maurer, ...", "Присутствовали: тт. ...": the record's
        # list of those present, no act
    if (whom := distributed_to(sentence, language)) and (on := day or context.letter_date or context.occasion) is not None:
        event = distribution_event(index, sentence, offset, on, whom)  # "Distribution list - 11 copies: Stalin - 2, ...";
        # under the signature, where no sentence set the day the text speaks from, the paper's own ("Gez. Bertsch" /
        # "Verteiler: 1x Gen. Winzer, ...")
        if language == "zh":
            event.sources = list(context.senders)  # "（发：中央各部委，……）": the bulletin's issuer sends it to those listed
        return [event]
    if day is None:
        return _undated_events(index, sentence, offset, language, context, previous_actor, in_turn, scope)
    if record and len(sentence) < 120 and (taker := RECORDED_BY.search(sentence)):
        event = EventDraft(index, "statement", offset, offset + len(sentence), "tense_sentence", 0.4)
        event.inferred = True
        event.on(day).date_kind = "exact"  # "Conversation recorded by V. Sukhodrev.", "Recorded by: Gyula Bánki": the record
        rest = sentence[taker.end():].strip(" :.")  # taken down at the meeting, by the one named
        event.sources = clause_names(rest, language) or ([canonical_name(rest)] if 1 <= len(rest.split()) <= 4 and rest[:1].isupper() else [])
        return [event]
    timed = timed_entry(s, context, block_text, shift) is not None
    if not timed and (language in (None, "en") and len(LOWER_WORD.findall(sentence)) < 2 and not (record and ASSENT_TURN.match(sentence))) \
            or handling_hour(sentence):
        return handling_event(index, sentence, offset, day, context) if handling_hour(sentence) else []
    if language in (None, "en") and _HOLDS_POSITION.match(sentence) and (holders := position_holders(sentence, context)):
        return [_position_event(index, offset, (0, len(sentence)), holders, scope, day if record else written_on(scope, context, day),
                                record)]  # "Hungary supports this"; a memorandum's "State proposes ...", after the story it
        # told of earlier days: the day it was written
    if language == "zh" and context.is_message and not record and _WRITER_CANNOT.match(sentence.lstrip(POINT_MARKS + " ")):
        event = EventDraft(index, "statement", offset, offset + len(sentence), "document_act", 0.4).on(day)
        event.date_kind, event.sources = "exact", list(context.senders)  # "惟空军暂时无法出动。": the writer states it
        return [event]
    if language == "zh" and (decided := _DECIDED_WHEN.search(sentence)):
        return _decision_and_plan(index, sentence, offset, decided, scope, day, language)
    cues = read_cues(sentence, language)
    if any(c.kind == "period" and season_of(c.period) for c in cues):
        cues = [c for c in cues if not (c.kind == "period" and season_of(c.period) and plan_opened(sentence, c.start, language))]
        # "proposed that a trade delegation visit Port Louis in the autumn", said in March: the next autumn, the time of
        # the act asked for, read by its plan; never the autumn before, no time of the proposing, which keeps its day;
        # "I intend to visit London in the spring": the plan's row, undated, its season read by its words
    if record and (answer := ANSWER_WAS.match(sentence)):
        cues = [Cue("speech", answer.start("noun"), answer.end("noun"))]  # "The answer was: we can discuss this.": the reply
    if not cues and context.entries == "diary" and language is not None and _ENTRY_DAY_LEFT.sub("", sentence)[:1].isupper() \
            and (language == reading_language() or context.notes_by_day and language != "en") and not sentence.rstrip().endswith("!"):
        cues = [Cue("past", 0, 0)]  # "Aamupäivällä tapasin Sorsan ...", under "Keskiviikko 17.1.1973" in a language whose
        # verbs no file lists; "Le P. Roux part pour Bitkine ...", "Retour du P. Roux.", under "Lun. 11." in a diary told
        # in the present or in notes without a verb: a diary's sentence tells what its writer saw or did on the entry's day
    if timed and not any(c.kind in ("past", "speech", "planned", "performative", "obligation") for c in cues):
        cues = [Cue("past", 0, len(sentence.split(None, 1)[0])), *cues]  # "16h20 — O posto de sinais do Macúti avista o navio-tanque", "1800 Filter 73/203
        # changed.": a log's entry at its hour tells what happened then, in the present or in a verbless note
    if not cues:
        return []
    if scope.bound and _LATER.search(sentence):
        scope.bound = None  # "One of them was later poisoned": past the period that governed the passage
    quoted = inside_quotation(block_text, offset + shift)
    if quoted and record:
        cues = [Cue("past", c.start, c.end) if c.kind in ("speech", "performative") else c for c in cues]
    said = next((c for c in cues if c.kind in ("past", "speech") and not AHEAD_WORDS.search(sentence, 0, c.start)), None)
    if any(c.kind == "planned" for c in cues) or said is not None:  # "... and tomorrow would discuss recognition", "I
        # suggested that we meet with them again tomorrow": the plan's words tell it, or the saying is the act
        cues = [c for c in cues if not (c.kind == "relative" and c.days > 0 and (said is None or said.start < c.start)
                                        and not (said is not None and _SET_FOR.search(sentence, max(0, c.start - 12), c.start)))] or cues
        # ("The CGT has called a general strike for tomorrow": the day the strike is set for, read by _set_for_the_day)
    kinds = {c.kind for c in cues}
    main = next(c for kind in _CUE_ORDER for c in cues if c.kind == kind)
    if language == "zh" and main.kind == "performative" and not record and (cut := _ask_after_report(sentence, cues, main)):
        before = Sentence(s.start, s.start + cut, sentence[:cut], [], s.year)  # "部队冻伤减员已达一万余人，……请速拨汽车五百辆。":
        after_ = Sentence(s.start + cut, s.end, sentence[cut:], [], s.year)  # what the writer reports, then what he asks
        return (_tense_events(index, before, language, context, scope, previous_actor, in_turn, block_text, shift)
                + _tense_events(index, after_, language, context, scope, previous_actor, in_turn, block_text, shift))
    after = after_clause(sentence, language) if language in (None, "en") else None
    outside = next((c for kind in _CUE_ORDER for c in cues if c.kind == kind and c.start >= after[1]), None) if after else None
    if outside is not None and outside.kind not in ("past", "speech"):  # "After the talks had ended, the government is
        main = outside  # strengthening its pressure": the main clause's verb is the sentence's, the clause opened by "After"
    else:  # an act before it; a past main clause ("After the meeting was opened ..., X were added") is read as it was
        after = None
    closing = closing_after_clause(sentence, language) if language in (None, "en") and after is None else None
    first_verb = next((c for c in cues if c.kind not in _WHEN_CUES), None)
    reported_plan = None  # "X said that in late May he would visit Moscow": the saying, and the plan it tells
    if record and main.kind == "planned" and first_verb is not None and first_verb.kind == "speech" and first_verb.end <= main.start:
        reported_plan, main = main, first_verb  # "安德罗波夫说,……准备就此问题同我交换意见", "X said they intend to ...": the saying is the meeting's act
    elif record and main.kind == "planned" and language in (None, "en") and _VOICED.search(sentence[: main.end]):
        main = Cue("speech", main.start, main.end)  # "That's why we will give you a credit": a speaker's word at the meeting
    elif main.kind == "planned" and language in (None, "en") and first_verb is not None and first_verb.kind in ("speech", "past") \
            and first_verb.end <= main.start and _STANCE.match(sentence, main.start) and keeps_a_stance(sentence[first_verb.end:]):
        main = first_verb  # "He told me that the new regime would honour all Pakistan's international obligations": the
        # telling is the act, the stance it assures no plan (keeps_a_stance)
    clause = 0  # where the clause that tells the act opens
    also: list[EventDraft] = []  # "... had ended by Saturday evening and that work ... resumed yesterday": the second day's act
    if main.kind == "past" and (known := _KNOWING.match(sentence, main.start)) and (
        told := next((c for c in cues if c.kind == "past" and c.start >= known.end()), None)
    ):
        main, clause = told, known.end()  # "But I understood that he was putting off the conversation": the clause's act
    if main.kind == "past" and (spans := prior_clauses(sentence, language)) and any(a <= main.start < b for a, b in spans):
        main = next((c for c in cues if c.kind == "past" and not any(a <= c.start < b for a, b in spans)), main)  # "Having
        # spent several days in the Brioni Islands I felt ...": the main clause's verb, whose subject the clause shares
    aside = None  # "As I have already reported, ...": the clause after it tells an act of its own
    if main.kind in ("speech", "performative") and (done := _perfect_before(sentence, cues, main)):
        if (m := _AS_REPORTED.match(sentence)) and not inside_quotation(block_text, offset + shift) and (
            verb := next((c for c in cues if c.start >= m.end() and c.kind in ("speech", "past")), None)
        ):
            aside = (m.end(), verb)
        main = done  # "As I have already reported, ... Tito told me": the main verb is a perfect, a past act
    elif (m := _AS_REPORTED.match(sentence)) and not inside_quotation(block_text, offset + shift) and (
        told := next((c for c in cues if c.start < m.end() and c.kind in ("speech", "past")), None)
    ) and (verb := next((c for c in cues if c.start >= m.end() and c.kind in ("speech", "past")), None)):
        aside = (m.end(), verb)  # "As I reported earlier, Com. Ulbricht told me ...", "As I have written to you before,
        main = Cue("past", told.start, told.end)  # Ulbricht raised the question ...": the report, a past act; the act after it
    if record and not context.senders and main.kind == "speech" and (
        _SPEAKER_SAID.search(sentence[: main.end]) or (context.body and _TOLD_SPEAKER.match(sentence, main.end))
    ):  # "On Rokossowski—I said to Gomulka ...", and at a body's meeting "he informed us that ...": a speaker tells of his
        # earlier act, or of one to him (in a record a participant wrote, "Mao told me" is the meeting's turn)
        main = Cue("past", main.start, main.end)
    elif in_turn and main.kind == "speech" and is_past_form(sentence[main.start: main.end]) and not _AS_SAID.search(sentence[: main.start]):
        main = Cue("past", main.start, main.end)  # "[Oskar] Fischer. ... Fischer told Gorinovich that ...": told before the session
    if is_hypothetical(sentence, language) and not (record and main.kind in ("speech", "performative")):
        return []
    if fears_an_outcome(sentence, language):
        return []  # "He feared that they would try to hold meetings in Maseru": a fear, nothing done
    if main.kind == "past" and language in (None, "en") and states_a_quality(sentence, cues):
        return []  # "the objective situation has changed", "what had occurred there was a miracle"
    if is_commentary(sentence, language) and (main.kind not in ("speech", "performative") or (
        not record and main.kind == "performative" and holds_a_view(sentence[main.start:], language)
    )):  # "Several striking impressions emerge from the talks", "we believe X was critically dangerous": a judgement;
        return []  # a letter's "Мы считаем, что положение стало опасным" too (a speaker's view in a record is his turn)
    if in_turn and main.kind in ("speech", "performative", "obligation", "ongoing") and not (language == "zh" and main.kind == "ongoing"):
        if reported_plan is not None and _states_plan(sentence, reported_plan, main, language):  # "布托表示，他明天将去上海参观":
            return [_reported_plan(index, sentence, offset, main, reported_plan, language, context, previous_actor)]  # the plan told
        return []  # the speaker's words at the meeting: the turn's own row holds them; "刘主席现正准备访问东南亚" is a state
        # of its own, under way on the meeting's day
    event = EventDraft(index, "statement", offset, offset + len(sentence), "tense_sentence", 0.4)
    itself = False  # the sentence tells the record's own meeting
    event.inferred = True
    clock_time = CLOCK.search(sentence)
    if clock_time and main.kind not in ("relative", "planned"):
        event.on(told_hour_day(scope, day, hour=True)).date_kind = "exact"  # "The meeting opens at 6:30 a.m.": the day's clock time
        event.start_time = clock_of(clock_time)
        event.precision = "minute" if event.start_time else "day"
    elif itself := record and main.kind == "past" and bool(_MEETING_ITSELF.search(sentence)):
        event.on(day).date_kind = "exact"  # "Сукарно принял меня во дворце Мердека", "На беседе присутствовал ...": the
        if scope.last and _MEETING_CLOSES.search(sentence):  # meeting the record records, on its day, not an act before it;
            event.on(scope.last).date_kind = "exact"  # of several days: "The minutes were signed ...", on the last;
        elif not (scope.last and MEETING_OPENS.search(sentence)):  # "The agenda was adopted ...", on the first
            scope.during(event)
    elif main.kind in ("past", "speech") and (part := told_clock(sentence, language)):
        day = told_hour_day(scope, day, hour=True) if part != "midnight" else day
        if scope.said_day is not None and main.kind == "past" and part != "midnight" and not quoted and scope.stated is None:
            day = scope.said_day[1]  # "The Commissioner stated that yesterday morning ... . In the afternoon crowds had
            # burned buses": the afternoon of the day the saying told
        event.on(day).date_kind, event.clock = "exact", part  # "In the evening groups of youths set fire to cars", "Около 12 часов ...": a
        if part == "midnight" and scope.night is not None:  # "... seized power night of December 31-January 1. President
            event.start_date, event.end_date = scope.night  # Dacko was detained shortly after midnight": that night's
            if _AFTER_MIDNIGHT.search(sentence):  # midnight; after it, its second day
                event.on(scope.night[1])
            event.date_kind = "range" if event.start_date != event.end_date else "exact"
        elif part == "midnight":  # time of the day the story is at; midnight from the day before the one the text speaks
            if scope.moved:  # from ("I spoke ... with Comrade Kociołek at midnight", told at the meeting), or from the
                event.end_date = day + timedelta(days=1)  # story's day into the next
            else:
                event.start_date = day - timedelta(days=1)
            event.date_kind = "range"
    elif main.kind == "relative":
        set_for = None
        planned = "planned" in kinds and not (
            main.weekday < 0 and main.days <= 0 and any(c.kind in ("past", "speech") and c.end <= main.start for c in cues)
            and not any(c.kind == "planned" and c.start < main.start for c in cues)
        ) and not (main.days <= 0 and (main.weekday < 0 or not (main.bound or main.since or main.to_weekday >= 0)) and any(
            c.kind in ("past", "speech") and main.end <= c.start and c.end <= next(p.start for p in cues if p.kind == "planned") for c in cues)
        )  # "summoned diplomatic corps 1030 this morning and read note to be sent to Security Council": the plan is the note's;
        # "Вчера президент заявил, что правительство внесет поправку": the day's saying, the plan told inside it; "On
        # Saturday an agreement was signed under which Cuba will send a brigade", "El sábado se firmó un convenio por el
        # cual Cuba enviará ...": the weekday's act, the plan the agreement holds
        if planned and (main.weekday >= 0 or any(c.kind in ("past", "speech") for c in cues)):
            return []  # "will meet on Sunday", "told me that ... tomorrow would discuss": a plan, read by its own cue
        will = AHEAD_WORDS.search(sentence, 0, main.start) or (
            mandated(sentence, main.start) if language in (None, "en") and main.weekday >= 0 else None)
        will = will if will and not any(c.kind in ("past", "speech") and will.end() <= c.start < main.start for c in cues) else None
        # "He told me this morning that he would come": the saying's day; "1. that the commander be questioned ... on
        # Monday": a decision's act on a day of the week to come (not "be placed in recess from today": from the session)
        if (set_for := _set_for_the_day(sentence, cues, main)) is not None:
            spoken = written_on(scope, context, day)  # "The CGT has called a general strike for tomorrow": the call made
            (event.end_date, event.precision), event.date_kind = (spoken, "day"), "upper_bound"  # by the writing, the
            # day its strike's
        elif (main.weekday < 0 and (main.days > 0 or planned or (main.days == 0 and will))) or (
            main.weekday >= 0 and will and not main.bound  # "Plenum is expected to elect new Politburo on Sunday": the
        ) or (main.weekday >= 0 and not (main.bound or main.since) and language in (None, "en")  # Sunday to come, a plan;
              and SCHEDULED_PRESENT.search(sentence, 0, main.end) and not any(c.kind in ("past", "speech") and c.start < main.start for c in cues)) \
                or (main.weekday < 0 and main.days == 0 and not (main.bound or main.since) and language in (None, "en")
                    and _PROGRESSIVE_PLAN.search(sentence, 0, main.start) and not any(c.kind in ("past", "speech") and c.start < main.start for c in cues)):
            # "He leaves for London on Sunday", "I am seeing the Secretary on Monday": the present of a journey or a
            # meeting fixed on a day of the week, the one to come; "I am seeing him at 1500 today": later that day
            if _CONDITION.search(sentence, 0, main.start):
                return []  # "It would be good if he could come tomorrow": a wish
            event.date_kind, event.precision = "undated", "unknown"  # "The decision will be announced on the radio
            event.date_text = sentence[main.start: main.end]  # tomorrow", "Chairman Mao will receive you this evening": a plan
            if (saying := _saying_of_a_timed_plan(index, sentence, offset, cues, will, main, scope, context, day, language,
                                                   previous_actor, in_turn)) is not None:
                also.append(saying)  # "He said he would see the Spanish Ambassador this evening": his saying, that day
        else:
            spoken = written_on(scope, context, day)  # "who has been with us
            # since Wednesday": a course up to the day the text is written, whatever day its story was on
            if scope.opening == index and not in_turn and main.weekday < 0 and main.days < 0 and not main.months \
                    and spoken == context.occasion and context.letter_date is not None \
                    and context.letter_date + timedelta(days=main.days) == context.occasion:
                spoken = context.letter_date  # the record's opening tells its meeting from the day it was written up
            elif written_after_meeting(scope, context, index, day) and not in_turn and not quoted and main.weekday < 0 \
                    and main.days < 0 and not main.months and _writers_own_day(sentence, cues, main) \
                    and names_the_writers_side(sentence, language):
                spoken = context.letter_date  # "Yesterday the Ministry of Foreign Affairs informed the embassy ...", "7. The
                # delegation reported orally to Comrade Axen yesterday.", past the opening of a record written up days
                # after its meeting: the writer's own day, counted from the writing, not a turn of the meeting
            if spoken != day and scope.told and main.weekday < 0 and main.days < 0 and said_at_the_scene(sentence, cues, main):
                spoken = day  # "On 3 August the President received me. He said that the day before yesterday ...": his
                # words counted from the day he spoke
            offset_days = (talk_weekday_offset(sentence[main.start: main.end], main.weekday, spoken, context)
                           if main.weekday >= 0 else main.days)  # "on Sunday": the last before
            event.on(spoken + timedelta(days=offset_days)).date_kind = "exact"
            if _hour_of_the_news_day(sentence, cues, main, scope, context, bool(quoted) or in_turn or record, day, language):
                event.on(scope.news_day).date_kind = "exact"  # "... TOOK CONTROL OF MOGADISHU IN THE EARLY HOURS OF
                scope.stated = scope.news_day  # YESTERDAY. RADIO MOGADISHU ANNOUNCED AT 0630 LOCAL TIME THAT ...": the hour
                # of the story's day the cable counted back to, not of the day it is written
            if main.to_weekday >= 0:  # "From Friday to Sunday": the span from the last Friday on to the Sunday after it
                event.end_date = event.start_date + timedelta(days=(main.to_weekday - main.weekday) % 7)
                event.date_kind = "range" if event.end_date > event.start_date else "exact"
            if main.bound:  # "the strikes had ended by Saturday evening": on or before that day
                event.start_date, event.date_kind = None, "upper_bound"
            elif main.since and spoken > event.start_date:  # "has been broadcasting threats since Sunday": from that day on
                event.end_date, event.date_kind = spoken, "range"  # to the day the text speaks from
        event.method, event.date_text = "relative_date", sentence[main.start: main.end]
        if context.is_message and not record and not quoted and not in_turn and main.days <= 0 and main.weekday < 0 \
                and event.date_kind == "exact" and event.start_date is not None and _OPENS_WITH_TODAY.match(sentence[: main.start].lstrip(POINT_MARKS)):
            # "At approximately 0300 this morning troops ... crossed Han River bridges.": a cable that opens its story with
            # the day it is written tells that day's acts in turn ("He declined to authorize ..."); one that opens a
            # sentence with the day before ("Yesterday evening troops ... retook the radio station. Suharto's broadcast at
            # 21:00 ...") tells that day's: the story moves to it, while the relative days it names go on counting from
            # the day the cable is written (written_on). The writer's own talk of a day before ("Вчера меня пригласил
            # ... Неру") is dated by the cable's rules of conversation. A point's mark before the day ("二、今晨九时，……") opens
            # the point, not the sentence: the day still opens it.
            if event.start_date == day:
                scope.told = True
            elif main.days == 0 or not names_the_writer(sentence, language):
                scope.day, scope.precision, scope.moved, scope.last, scope.told = event.start_date, "day", True, None, True
        if _relative_story_day(scope, context, record, bool(quoted) or in_turn, cues, main, event, sentence):
            scope.news_day = event.start_date  # "Units ... attacked the residence ... before dawn yesterday": the story's day
            scope.news_counted = True  # "On Tuesday before dawn the commanders deposed ...": a weekday's as well
        scope.news_counted = scope.news_counted or (main.days <= 0 and main.weekday < 0 and event.date_kind == "exact")
        if event.start_date is not None or event.date_kind == "upper_bound":
            also = second_told_day(index, sentence, offset, cues, main, spoken, language, context, previous_actor)
        if set_for is not None:  # the thing set for the day, a plan of its own
            also.append(_thing_set_for(index, sentence, offset, set_for, main))
        if main.night and main.days < 0 and record and context.before_dawn:  # "Last night, we have been informed from Prague" at a meeting of
            event.end_date, event.date_kind = day, "range"  # the small hours: the evening before or the night's end; a
            # cable's "Meeting at Zeran auto works last night adopted resolution": the evening of the day before
    elif main.kind == "period" and "planned" in kinds and main.period == "this_week" and _WEEKDAY_OF_THE_WEEK.match(sentence, main.end - 1) \
            and not any(c.kind in ("past", "speech") and c.start < next(p.start for p in cues if p.kind == "planned") for c in cues):
        event.date_kind, event.precision = "undated", "unknown"  # "我馆拟于本周三举行招待会": a plan for a named day of the
        event.date_text = sentence[main.start: main.end + 1]  # week, a day to come
    elif main.kind == "period" and season_of(main.period) and not kinds & {"past", "speech", "planned"} \
            and AHEAD_WORDS.search(sentence, 0, main.start):
        event.date_kind, event.precision = "undated", "unknown"  # "He will visit Havana in the summer.", in March: the
        event.date_text = sentence[main.start: main.end]  # summer to come, the plan's time, never the summer before
    elif main.kind == "period":
        if "planned" in kinds and not (any(c.kind == "past" and c.start >= main.end for c in cues)
                                       and all(c.end <= main.start for c in cues if c.kind == "planned")):
            return []  # "will come next week": a plan, read by its own cue; not "кабинет возглавит Эрим, который на
            # прошлой неделе вышел из партии", the week's act told after the plan
        if main.period in ("this_week", "earlier_this_week", "this_month", "earlier_this_month") and (AHEAD_WORDS.search(sentence) or _PRESENT_PROGRESSIVE.search(sentence)):
            return []  # "is sending Comrade Le Duc Tho to Beijing in the last ten days of this month": days to come
        if main.period == "earlier_this_week" and not context.is_record and written_on(scope, context, day) != day:
            return []  # a bulletin's "had gone to Warsaw earlier in the week" after the story moved to another day: earlier
            # than which day, the story's or the bulletin's, the words do not tell
        within_period(event, written_on(scope, context, day), main.period, after=context.letter_date is None,
                      story=not (context.tells_news or context.is_record or context.is_correspondence or context.is_message
                                 or context.recalls or context.is_journal or context.entries)
                      and not sentence[main.start: main.end].lower().startswith(("last", "this")))  # "last winter": the past one
        scope.period = (event.start_date, event.end_date, event.precision)
    elif main.kind == "recent_days":
        lately_past(event, written_on(scope, context, day), main)  # "Fighting continued through the night" in a cable of
        # 9 February that told of the 8th before it: the night before the cable's day  # "日前，印尼当局下令关闭……", "the other day": the days just before the text's
        if main.until - main.days > 1 and recent_done(sentence, main, language):
            event.start_date, event.end_date, event.date_kind = None, written_on(scope, context, day), "upper_bound"  # "已于日前奉召回国":
            # done by the writing (zh.yaml
            # recent_done_before)
        elif main.until - main.days > 1:
            scope.period = (event.start_date, event.end_date, event.precision)
        else:  # "during the night": from the evening before to the day's small hours, a range; the story stays on its day
            event.date_kind = "range"
            if scope.moved and not (context.is_correspondence or context.is_record) and main.days == -1 and main.until == 0:
                event.start_date, event.end_date = day, day + timedelta(days=1)  # "On 27 April the army attacked the
                # palace. The fighting went on through the night.": a history at a day it told goes on into that day's night
            elif scope.said_day is not None and main.days == -1 and main.until == 0 and not quoted \
                    and scope.said_day[1] < written_on(scope, context, day):
                event.start_date, event.end_date = scope.said_day[1], scope.said_day[1] + timedelta(days=1)  # "He said that on the
                # evening of 25 November some forty-four mercenaries had arrived ... . Fighting at the airport went on
                # through the night.": the night of the day the passage stated, before the day written
            if main.days == -1 and main.until == 0 and (ends := _night_until_weekday(sentence, main.end, written_on(scope, context, day))):
                event.start_date, event.end_date = ends - timedelta(days=1), ends  # "The exchange of fire went on through
                # the night until Sunday noon.": the night that ran into the Sunday the words name, the last before the writing
    elif main.kind == "counted_span" and main.forward:
        event.start_date, event.end_date = day, day + timedelta(days=main.days)  # "For five days the delegations argued":
        event.precision, event.date_kind = "day", "range"  # from the day the story is on
    elif main.kind == "counted_span":
        if "planned" in kinds or AHEAD_WORDS.search(sentence, 0, main.start):
            return []  # "They will report on ... over the past three years": a plan, not an act of the span
        day = written_on(scope, context, day)  # counted back from the day of writing, not from a plan's day named before
        if not record and context.letter_date is not None and day > context.letter_date:
            day = context.letter_date  # "On 16 March I shall sign ... have destroyed in the last two years": to the letter's day
        months = day.year * 12 + day.month - 1 - main.months  # "in the last two years", in March 1984: from March 1982
        first = date(months // 12, months % 12 + 1, min(day.day, calendar.monthrange(months // 12, months % 12 + 1)[1]))
        event.start_date, event.end_date = first + timedelta(days=main.days), day  # "for ten days": the ten days to it
        event.precision, event.date_kind = "day", "range"
        scope.period = (event.start_date, event.end_date, event.precision)
    elif main.kind in ("years_ago", "recent"):
        _approximately_before(event, day, main)
        scope.period = (event.start_date, event.end_date, event.precision)
    elif main.kind == "ongoing" and period and STORY_GOES_ON.match(sentence):
        event.start_date, event.end_date, event.precision = period  # "Over the past year we have moved to a passive
        event.date_kind = "approximate"  # defence. Such a position has led to ... constantly inflicts ...": through that year
    elif main.kind == "planned":
        event.date_kind, event.precision = "undated", "unknown"
    elif main.kind == "speech" and not record and not sentence[: main.start].strip(POINT_MARKS):
        event.on(day).date_kind = "exact"  # "(一)同意……", "Agree with your plan": the writer's own act, subject left out
        event.method = "document_act"
    elif main.kind in ("performative", "obligation") or (main.kind == "speech" and (record or scope.moved or _says_on_the_told_day(sentence, main, scope, context, quoted, in_turn, language)) and not (
            not record and language == "zh" and (sentence[: main.start].endswith(_PERFECT_MARKS["zh"]) or _marked_done_before(sentence, cues, main))
    )):  # "利比亚已答应……", "邻国元首已先后致电比亚表示支持": done by then
        own_act = main.kind == "performative" and (context.is_message or context.is_correspondence) and not record \
            and not quoted and not in_turn  # a report to a body too: "We wish to record our thanks to our hosts" closing
        # a delegation's story of its visit is the writers' act on the day they write, not on the story's last day
        event.on(written_on(scope, context, day) if own_act else day if record else told_hour_day(scope, day))  # "三、昨天，……。请示国内对新政权的态度。": the
        # writer asks on the day he writes, not on the day before his story moved to
        event.date_kind = "exact"
        scope.during(event)
        event.method = "document_act"
    elif main.kind == "ongoing":
        event.on(written_on(scope, context, day)).date_kind = "approximate"  # "The remnants ... are believed still to be
        # moving north", told after the day of the death it reported: under way on the day the airgram is written
    elif record and main.kind == "past" and language in (None, "en") and not quoted and (
            TOPIC_TURN.match(sentence) or (context.held_on is not None and not in_turn and RECORDER_TURN.match(sentence))):
        event.on(day).date_kind = "exact"  # "He then turned to the sabotage campaign.": a turn of the meeting, on its day
        scope.during(event)
        event.method = "document_act"
    elif main.kind == "past" and not record and not quoted and signing_lead(sentence):
        event.on(written_on(scope, context, day)).date_kind = "exact"  # "Signed on behalf of the delegation:" over the
        # signers of a report that told its visit day by day: signed on the day written, not on the visit's last day
    elif main.kind == "past" and _tells_the_day(scope, context, quoted, record and not in_turn and bool(_RECORD_DAY_OPENER.match(sentence))) \
            and not _PERFECT.match(sentence[main.start: main.end]) and not done_by_then(sentence, main, language):
        event.on(told_hour_day(scope, day)).date_kind = "exact"  # "When we flew into Belgrade on 26 September ... The
        scope.during(event)  # conversation ... was held at the appointed time": the text tells that day's acts in turn;
        # "had invited" was before it. A sentence since opened on a day of its own ("Yesterday the ambassador was
        # summoned. He protested.") moved the story to that day.
    elif main.kind == "past" and _story_day_governs(scope, context, quoted, in_turn) \
            and not _PERFECT.match(sentence[main.start: main.end]) and not done_by_then(sentence, main, language):
        event.on(scope.stated).date_kind = "exact"  # "In the morning of 25 January they took the radio station. ... There
        # was fighting in Kampala until the evening": the day the story stated dates its simple past after it
    elif (main.kind == "past" or main.kind == "speech" and _said_in_past(language)) \
            and _news_day_governs(scope, context, quoted or in_turn or record, day) and not reported_by_others(sentence) \
            and not _PERFECT.match(sentence[main.start: main.end]) and not done_by_then(sentence, main, language) \
            and not _RELATIVE_CLAUSE.search(sentence, 0, main.start) \
            and not (scope.news_day == context.letter_date and _writer_acts(sentence[: main.start])):  # the writer's own
        # act after a story of his own day ("Colonel Diallo received Ambassador Rostov this morning. Ambassador made no
        # commitment."): not a step of the story told in turn
        event.on(scope.news_day).date_kind = "exact"  # "Units ... attacked the residence before dawn yesterday. Hafiz was
        scope.stated = scope.news_day  # wounded and taken prisoner ...": a bulletin tells its story's day's acts in turn
        # after its first, and the hours it tells next ("Damascus radio announced in the afternoon ...") are that day's
    elif main.kind == "past" and _story_span_governs(scope, context, quoted, in_turn) and not reported_by_others(sentence) \
            and not _PERFECT.match(sentence[main.start: main.end]) and not done_by_then(sentence, main, language):
        event.start_date, event.end_date = scope.stated_span  # "В ночь на 22 ноября ... высадились отряды. Они подожгли
        event.precision, event.date_kind = "day", "range"  # резиденцию президента": in the night the story stated
    else:  # a past act, or a saying reported in a letter: on or before the day
        (event.end_date, event.precision), event.date_kind = convened_by(sentence, context) or scope.before(day), "upper_bound"
        if _now_perfect(sentence, main, scope, context, event, quoted or in_turn or record) \
                or _done_by_now(sentence, main, scope, context, event, quoted or in_turn or record, language):
            event.end_date, event.precision = context.letter_date, "day"  # "The regime has announced ...": by the writing day
        # a present perfect after a cable's story day ("The new leaders have closed the borders", in a bulletin of the day
        # after the coup) stays on or before the writing, not a range from the story's day (fixtures README)
        if main.kind == "past" and language in (None, "en") and event.precision == "day" and event.end_date is not None \
                and (length := lasted_days(sentence)):  # "They had been held at the border for two days": those days up to
            event.start_date, event.date_kind = event.end_date - timedelta(days=length), "range"  # the day the story is at
        elif scope.floor and not record and not _NOW_PERFECT.match(sentence[main.start: main.end]):  # after the directive it
            event.start_date, event.date_kind = scope.floor, "range"  # answers: between the two days; a present perfect
            # ("The Pathet Lao have welcomed the coup", after "Following the coup of 9 August") stays on or before the writing
        elif main.kind == "past" and _after_the_story_day(scope, context, quoted, in_turn, event) and not done_by_then(sentence, main, language) \
                and (not _PERFECT.match(sentence[main.start: main.end]) or _RELATIVE_BEFORE.search(sentence[: main.start])):
            event.start_date, event.date_kind = scope.story, "range"  # "Obote, who had landed in Nairobi, flew on to Dar es
            # Salaam", told after the coup's day: between that day and the day the report is written
        elif main.kind == "past" and context.is_correspondence and not scope.moved and not quoted and not _PERFECT.match(sentence[main.start: main.end]) \
                and aside is None:  # "As I reported earlier, ...": the writer's report, not a step of the story
            scope.narrated.append(event)  # a letter's story: by the day it reaches next, if it reaches one
    if scope.precision != "day" and event.start_date is not None:
        event.start_date, event.end_date, event.precision = event.start_date.replace(day=1), period_end(event.start_date, scope.precision), scope.precision
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence)), "statement")
    if itself and event.event_type == "statement":
        event.event_type = "meeting"  # "会谈于下午五时半结束。": the record's own talk, among those it lists
    entry = (context.is_journal or bool(context.entries)) and scope.told  # a journal's entry: its keeper tells that day's acts
    told = (record or entry) and main.kind in _WHEN_CUES and first_verb is not None and first_verb.end <= main.start and (
        first_verb.kind == "speech" or (entry and first_verb.kind == "past" and any(
            c.kind == "speech" and first_verb.end <= c.start < main.start for c in cues))
    )  # "Chaplin met Ngo, who told him that Le Duc Tho had left on Thursday": the meeting on the entry's day, the leaving on Thursday
    verb = main if main.kind not in _WHEN_CUES else next((c for c in cues if c.kind not in _WHEN_CUES and (not told or c.start > main.end)), None) \
        or (next((c for c in reversed(cues) if c.kind == "past" and c.end <= main.start and c.start > first_verb.end), main) if told else main)
    if _RELATIVE_BEFORE.search(sentence[: verb.start]) and (main_verb := next((c for c in cues if c.end <= verb.start and c.kind in ("past", "speech")), None)):
        verb = main_verb  # "he sent the Presidential chief of protocol to me, who informed me that ...": "who informed" is not the sentence's verb
    if _COMMA_BEFORE.search(sentence[: verb.start]) and _BY_AFTER.match(sentence, verb.end) and (
        main_verb := next((c for c in cues if c.start > verb.end and c.kind in ("past", "speech")), None)
    ):  # "Khrushchev, Mikoyan, Molotov and Kaganovich, accompanied by Marshal Konev, left Warsaw": an aside, not the verb
        verb = main_verb
    if _DETERMINER_BEFORE.search(sentence[: verb.start]):  # "In the course of the talks I [Iudin] reminded them": "talks" is a noun
        verb = next((c for c in cues if c.start > verb.start and c.kind not in _WHEN_CUES and _SUBJECT_BEFORE.search(sentence[: c.start])), verb)
    told_in = sentence[clause: aside[0]] if aside is not None else sentence[clause:]  # the report: who is told in the aside
    reported = _told_clause(sentence, first_verb, main) if told and aside is None and language in (None, "en") else None
    if reported is not None and (in_own := next((c for c in cues if c.kind in ("past", "speech") and reported[0] <= c.start < reported[1]), None)):
        clause, told_in, verb = reported[0], sentence[reported[0]: reported[1]], in_own  # "Tshombe said that the army had arrested two
        # ministers on Sunday and that Mobutu had dissolved the parliament": Sunday's act is the army's, read from its clause
    closing = closing if closing is not None and aside is None and clause < closing[0] and verb.end <= closing[0] else None
    if closing is not None:
        told_in = sentence[clause: closing[0]]  # "... reoccupied the post after the Pathet Lao withdrew": not the clause's actors
    event.sources, event.targets = cue_actors(told_in, Cue(verb.kind, verb.start - clause, verb.end - clause), language, context, previous_actor)
    if reported is None and main.kind in _WHEN_CUES and verb.kind == "speech" and verb.end <= main.start and language in (None, "en") \
            and (cut := told_clause(sentence, main.start, main.end, language)) is not None and cut >= verb.end:
        # "Tu'ipelehake told me that the Privy Council would consider the offer on Monday": the day is the reported act's,
        # and so are its actors, the clause's own subject and the names after it, not the teller and the one he told
        own = next((c for c in cues if c.start >= cut and c.kind not in _WHEN_CUES), None)  # the clause's verb
        sources, targets = cue_actors(sentence[cut:], Cue(own.kind, own.start - cut, own.end - cut), language, context, None) \
            if own is not None else window_actors(sentence[cut:], None)
        sources = sources or told_group(sentence, main.start, main.end)
        if sources and not (event.sources and set(event.sources) <= {*sources, *targets}):  # the clause's own read already
            # ("Ambassador Cutler reports that Mobutu asked him yesterday for U.S. transport aircraft": Mobutu)
            event.sources, event.targets = sources, [n for n in targets if n not in sources]
    if reported is not None and not event.sources and _SAYER_HIMSELF.match(sentence, reported[0], verb.start):
        sayer = cue_actors(sentence[: reported[0]], first_verb, language, context, previous_actor)[0]  # "The Minister reported
        event.sources = [n for n in sayer if n not in event.targets][:1]  # that he had called on Lord Chalfont yesterday": him
    if event.date_kind == "undated" and not event.sources and language in (None, "en") and (own := _PLAN_OPENS.match(told_in)):
        # "I will call on the Foreign Minister again on Saturday": the day read the plan, its subject before the auxiliary
        event.sources, targets = cue_actors(told_in, Cue("planned", own.start("aux"), own.end("aux")), language, context, previous_actor)
        event.targets = [n for n in targets if n[:1].isupper()]  # "We will move the experts ...": what is moved is no party
    if (informed := WRITER_INFORMED.search(sentence, 0, verb.end + 1)) and informed.end() >= verb.start and (
        informants := [n for n in event.targets if n not in (context.speaker, context.side, *context.senders)]
    ):  # "Last night, we have been informed from Prague - there was also a TASS Communiqué -- ...": the source named
        event.sources, event.targets = informants, []  # reports what it relays; the speaker who heard it is no actor of it
    if event.method == "document_act" and not record and not event.sources and not sentence[: main.start].strip(POINT_MARKS):
        beside = [n for n in event.targets if n not in context.senders] if _YOU_AND.search(sentence) else []
        event.sources, event.targets = list(context.senders), list(dict.fromkeys([*context.addressees, *beside]))
        # "(一)同意……": the writer's, to the addressee; "I thank you and the Government of India": to the others the
        # sentence names beside "you" as well
        if _ADVICE_HOME.search(sentence):
            event.targets = []  # "建议国内暂不表态": advice on what home should do, the writer's alone (unlike "请示", asked of the addressee)
    elif language == "zh" and context.is_message and not record and not event.sources and not event.targets and _numbered(sentence):
        event.sources = list(context.senders)  # "(三)其他各项已另复": a Chinese message's point leaves its writer, who acts, unsaid
    if record and event.method == "document_act" and main.kind == "speech" and not context.body and _told_of_others(event, context):
        event.method = "tense_sentence"  # "Premier Zhou said that the Soviet Union recently asked ... Britain urged them to
        if period:  # reply and asked us how to respond": no turn of the meeting, a state's act the speaker tells of, about the
            event.start_date, event.end_date, event.precision = period  # period the sentence before named
            event.date_kind = "approximate"
        else:
            event.start_date, ((event.end_date, event.precision), event.date_kind) = None, (scope.before(day), "upper_bound")
        told_to = sentence[(first_verb or main).start:]  # whom it acted on, in the speaker's words: "us" his side, "them" the group named before
        event.targets = [n for n, said in ((context.group_before, _THEM), (context.side, _US)) if n and said.search(told_to) and n not in event.sources]
    if _before_the_body(event, context):  # "Comrade Wieslaw informed the Politburo about the meeting at the airport" in the
        event.start_date, event.end_date, event.date_kind = context.occasion, context.occasion_end, "range"  # record of its
        # meeting of 19, 20 and 21 October: at that meeting, on one of its days, though the text told the Plenum's first
    events = [event, *also]
    if aside is not None and event.date_kind == "upper_bound" and not in_turn:
        events.append(_told_after_aside(index, sentence, offset, aside, event, scope, language, context, previous_actor))
    if reported is not None and not in_turn:  # the acts the saying reports after the dated one: each its own row
        beside = [e for e in _embedded_events(index, sentence, offset, cues, first_verb, day, scope, language, context, previous_actor)
                  if e.evidence_start >= offset + reported[1] and e.date_kind == "upper_bound"
                  and _plain_past_report(sentence[e.evidence_start - offset: e.evidence_end - offset])
                  and not any(e.evidence_start < a.evidence_end and a.evidence_start < e.evidence_end for a in also)]
        for e in beside:
            if event.date_kind == "exact" and event.start_date is not None \
                    and not _CONTRASTED.search(sentence, max(0, e.evidence_start - offset - 24), e.evidence_start - offset) \
                    and not already_pattern("en").search(sentence, e.evidence_start - offset, e.evidence_end - offset):
                e.on(event.start_date).date_kind = "exact"  # "... had attacked the King's aircraft on 16 August and that the
                # pilot had brought it down safely": the story goes on on the day its clause told; not a clause told as done
                # already ("had called on him on Thursday morning and that he had already spoken to the Foreign Ministers"):
                # on or before the saying, as any act a saying reports done
        events += beside
    if told and not in_turn:  # "Premier Zhou said that the Soviet Union recently asked for our view": and his saying, at the meeting
        said = EventDraft(index, "statement", offset, offset + len(sentence), "document_act", 0.4).on(day)
        said.date_kind = "exact"
        scope.during(said)
        said.sources, said.targets = cue_actors(sentence, first_verb, language, context, previous_actor)
        events.insert(0, said)
    if record and event.date_kind == "exact" and (read := _READ_OUT.search(sentence)):
        # "Information from Cdes. Mikoyan and Serov is read aloud": read at the meeting, sent before it
        sent = EventDraft(index, "message_sent", offset, offset + len(sentence), "tense_sentence", 0.35)
        sent.inferred = True
        (sent.end_date, sent.precision), sent.date_kind = scope.before(day), "upper_bound"
        sent.sources = clause_names(read["senders"], language)
        sent.targets = list(context.recipients)
        events.append(sent)
    prior = _prior_events(index, sentence, offset, event, language, after)
    if closing is not None and not in_turn:
        prior += _prior_events(index, sentence, offset, event, language, closing, closing=True)
    if any(e is event for e in scope.narrated):
        scope.narrated += prior  # "Having spent several days in the Brioni Islands I felt ...": by the same day as the act
    events += prior
    if main.kind in ("speech", "performative"):
        events += _embedded_events(index, sentence, offset, cues, main, day, scope, language, context, previous_actor, event.sources, quoted)
    elif main.kind == "relative" and event.date_kind == "exact" and event.start_date is not None and not in_turn \
            and (said := next((c for c in cues if c.kind == "speech" and c.start > main.end), None)) is not None:
        events += _reported_pluperfects(index, sentence, offset, cues, said, event, scope, language, context, previous_actor)
    if reported_plan is not None and not in_turn and _states_plan(sentence, reported_plan, main, language):
        events.append(_reported_plan(index, sentence, offset, main, reported_plan, language, context, previous_actor))
    if language == "zh" and main.kind != "ongoing" and (now := _now_clause(sentence, cues, main)):
        going = EventDraft(index, "statement", offset + now[0], offset + now[1], "tense_sentence", 0.35).on(day)
        going.inferred, going.date_kind = True, "approximate"  # "苏方专家组上周到达兰州，现正进行勘察": arrived last week, the
        events.append(going)  # survey under way now, on the day the text speaks from
    return events


_DECIDED_WHEN = compile_opening(event_words("decided_when"))
_ADVICE_HOME = compile_opening(event_words("advice_home"))


def _decision_and_plan(index: int, sentence: str, offset: int, decided: re.Match, scope: Scope, day: date,
                       language: str | None) -> list[EventDraft]:
    """"中央决定于十一月下旬召开工作会议，讨论明年计划问题": the decision, taken on or before the day the text speaks
    from, and the gathering it decided on, a plan from the date after the decision to its clause's end (undated)."""
    decision = EventDraft(index, "statement", offset, offset + len(sentence), "tense_sentence", 0.4)
    decision.inferred = True
    (decision.end_date, decision.precision), decision.date_kind = scope.before(day), "upper_bound"
    decision.sources = clause_names(sentence[: decided.start()], language)
    start = decided.start() + 2  # after the verb "决定": the plan opens with its time ("于十一月下旬", "本月十五日")
    end = next((m.start() for m in _ZH_CLAUSE_BREAK.finditer(sentence, decided.end())), len(sentence))
    plan = EventDraft(index, "statement", offset + start, offset + end, "tense_sentence", 0.35)
    plan.inferred, plan.date_kind, plan.precision = True, "undated", "unknown"
    plan.sources = list(decision.sources)
    return [decision, plan]


@cache
def already_pattern(language: str | None) -> re.Pattern[str]:
    """A language's word of "already" (its ``already_words``; English's where the language is None), whole; in a
    script written without spaces between words (Chinese "已经") wherever it stands."""
    words = lexicon(language or "en").get("already_words") or []
    if not words:
        return re.compile("(?!)")
    if not lexicon(language or "en").get("alphabet") and language not in (None, "en"):
        return compile_opening("(?:" + alternation(words) + ")", re.IGNORECASE)
    return compile_opening(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)", re.IGNORECASE)


# A word that ties an act done already to another happening ("before the takeover", "By then ..."; en.yaml
# done_already_anchored), in any case.
DONE_ANCHORED = compile_opening(r"\b(?:" + (alternation(lexicon("en").get("done_already_anchored") or []) or "(?!)") + r")\b", re.IGNORECASE)
_ALREADY_DONE_LANGUAGES = ("en", "ru", "zh")  # the languages whose acts done already already_done reads


def already_done(sentence: str, language: str | None) -> Cue | None:
    """The act a sentence says is done already ("I've already told Mansfield", "我们已经请外交部通知……"): the verb of
    saying or the past after the word "already" (or at it, Chinese "已经" being the cue itself); None where there is none,
    or the sentence is a condition."""
    language = language or "en"
    pattern = already_pattern(language) if language in _ALREADY_DONE_LANGUAGES else None
    if pattern is None or not (already := pattern.search(sentence)) or is_hypothetical(sentence, language):
        return None
    return next((c for c in read_cues(sentence, language) if c.kind in ("past", "speech") and c.end > already.start()), None)


def turn_plans(index: int, s: Sentence, language: str | None, context: Context, previous_actor: str | None,
               scope: Scope | None = None) -> list[EventDraft]:
    """What a turn's opening sentence tells beside the saying its turn row holds: the plan it states after its saying
    ("布托表示，他明天将去上海参观，然后回国。"), undated; the act it says is done already ("RUSK: I've already told
    Mansfield."), on or before the meeting's day."""
    if scope is not None and scope.day is not None and (done := already_done(s.text, language)):
        act = EventDraft(index, "statement", s.start, s.end, "tense_sentence", 0.35)
        act.inferred = True
        (act.end_date, act.precision), act.date_kind = scope.before(scope.day), "upper_bound"
        act.sources, act.targets = cue_actors(s.text, done, language, context, previous_actor)
        return [act]
    cues = read_cues(s.text, language)
    if scope is not None and scope.day is not None and (told := _turn_tells_its_day(s.text, cues, language)) is not None:
        when, verb, label = told  # "Cde. Mikoyan: Nasser telephoned our ambassador last night": that night's act
        back = weekday_offset(when.weekday, scope.day) if when.weekday >= 0 else when.days  # "on Monday": the last before the meeting
        act = EventDraft(index, "statement", s.start + label, s.end, "relative_date", 0.4).on(scope.day + timedelta(days=back))
        act.inferred, act.date_kind, act.date_text = True, "exact", s.text[when.start: when.end]
        act.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[label:])), "statement")
        act.sources, act.targets = cue_actors(s.text[label:], Cue(verb.kind, verb.start - label, verb.end - label), language, context, previous_actor)
        act.targets = [n for n in act.targets if n not in context.listeners]  # "our ambassador": no listener of the turn
        if (ours := _OUR_OFFICE.search(s.text, verb.end)) and (adjective := _STATE_ADJECTIVES.get(side_of(context.speaker) or "")):
            act.targets.append(f"{adjective} {ours['office'].lower()}")  # a Soviet speaker's "our ambassador": the Soviet one
        return [act]
    said = next((c for c in cues if c.kind == "speech"), None)
    opened = said
    if said is None and language in (None, "en") and (label := _TURN_LABEL.match(s.text)) is not None:
        opened = Cue("speech", label.end(), label.end())  # "Comrade Široký: The Americans searched two ships in the
        # Caribbean last week.": the words open after the label, their first act told of the period
    if scope is not None and scope.day is not None and (told_period := _turn_tells_its_period(s.text, cues, opened)) is not None:
        said = opened
        when, verb = told_period  # "Альенде сказал, что на прошлой неделе он встречался с кардиналом": the week's act
        told_at = said.end + len(s.text[said.end:]) - len(s.text[said.end:].lstrip(" ,\uff0c:\uff1a"))
        act = EventDraft(index, "statement", s.start + told_at, s.end, "tense_sentence", 0.4)
        act.inferred = True
        within_period(act, written_on(scope, context, scope.day), when.period)
        act.date_text = s.text[when.start: when.end]
        act.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[said.end:])), "statement")
        act.sources, act.targets = cue_actors(s.text[said.end:], Cue(verb.kind, verb.start - said.end, verb.end - said.end),
                                              language, context, previous_actor)
        return [act]
    plan = next((c for c in cues if c.kind == "planned" and said is not None and c.start >= said.end), None)
    if plan is None or not _states_plan(s.text, plan, said, language):
        return []
    return [_reported_plan(index, s.text, s.start, said, plan, language, context, previous_actor)]


_TOLD_PERIODS = frozenset({"week", "weekend", "month"})


def _turn_tells_its_period(sentence: str, cues: list[Cue], said: Cue | None) -> tuple[Cue, Cue] | None:
    """A turn's opening sentence whose saying tells an act of a calendar period before the talk ("Allende said that last
    week he had met the Cardinal", "Альенде сказал, что на прошлой неделе он встречался ...", "他说，上周……会见了……"):
    the period's word and the told act's verb, both after the saying. Not a plan, nor a question."""
    if said is None or "?" in sentence or any(c.kind == "planned" for c in cues):
        return None
    when = next((c for c in cues if c.kind == "period" and c.start >= said.end), None)
    if when is None or when.period not in _TOLD_PERIODS:
        return None
    verb = next((c for c in cues if c.kind == "past" and c.start >= said.end), None)
    return (when, verb) if verb is not None else None


# "our ambassador" in a speaker's words: his own state's (``own_offices``), named by its adjective (``state_adjectives``).
_OUR_OFFICE = compile_opening(r"\b[Oo]ur\s+(?P<office>" + alternation(lexicon("en").get("own_offices") or []) + r")\b") \
    if lexicon("en").get("own_offices") else re.compile(r"(?!)")
_STATE_ADJECTIVES: dict[str, str] = {}
for _adjective, _state in (lexicon("en").get("state_adjectives") or {}).items():
    _STATE_ADJECTIVES.setdefault(_state, _adjective)  # "Soviet Union": "Soviet", the first the list gives it
# A turn's label before its words ("Cde. Mikoyan: ", "Cde. Khrushchev—").
_TURN_LABEL = compile_opening(r"^[^:\u2014\n]{2,60}?(?::|\u2014)\s*")


def _turn_tells_its_day(sentence: str, cues: list[Cue], language: str | None) -> tuple[Cue, Cue, int] | None:
    """A turn's opening sentence that tells, as its words' first act, one done on a day before the meeting that it
    names by a relative word or a day of the week ("Cde. Mikoyan: Nasser telephoned our ambassador last night and asked
    for support.", "Comrade Jaruzelski: The units were put on alert on Monday."):
    the day's word, the act's verb, and where the words open after the label. Not a plan, a question or a perfect."""
    label = _TURN_LABEL.match(sentence)
    if label is None or language not in (None, "en"):
        return None
    when = next((c for c in cues if c.kind == "relative" and (c.days < 0 if c.weekday < 0 else c.to_weekday < 0) and not c.bound), None)
    verb = next((c for c in cues if c.kind in ("past", "speech") and c.start >= label.end()), None)
    if when is None or verb is None or any(c.kind == "planned" for c in cues) or verb.start > when.start \
            or not is_past_form(sentence[verb.start: verb.end]) or _PERFECT.match(sentence[verb.start: verb.end]) \
            or not (_SUBJECT_BEFORE.search(sentence[label.end(): verb.start]) or _passive_subject(sentence[label.end(): verb.start], sentence[verb.start: verb.end])) \
            or "?" in sentence:
        return None
    return when, verb, label.end()


_PAST_AUXILIARIES = frozenset(w.lower() for w in lexicon("en").get("past_auxiliaries") or [])
_NOUN_SUBJECT = compile_opening(r"^[A-Z][^\W\d]*(?:\s+[^\W\d][\w'’-]*){1,8}\s+$")


def _passive_subject(before: str, verb: str) -> bool:
    """A passive told of a thing the turn's words open with ("The price increases were announced on Saturday"): the
    noun phrase before the auxiliary is its subject, no name needed."""
    return verb.split()[0].lower() in _PAST_AUXILIARIES and bool(_NOUN_SUBJECT.match(before))


def _states_plan(sentence: str, plan: Cue, said: Cue, language: str | None) -> bool:
    """The plan a saying tells is stated (a verb's own future), not an intention or a condition."""
    return sentence[plan.start: plan.end].lower() in _STATED_FUTURES.get(language or "en", ()) and not is_hypothetical(sentence[said.end:], language)


_ZH_CLAUSE_BREAK = compile_opening("[\uff0c,\uff1b;]")


_NOW_SUBJECT = 6  # the characters of a clause's own subject before its "now" word ("街上", "金边局势")


def _now_clause(sentence: str, cues: list[Cue], main: Cue) -> tuple[int, int] | None:
    """A Chinese clause opened by "now" ("现正") after the clause that tells the sentence's act: its own span."""
    now = next((c for c in cues if c.kind == "ongoing" and c.start >= main.end), None)
    breaks = [m.end() for m in _ZH_CLAUSE_BREAK.finditer(sentence, main.end, now.start + 1)] if now else []
    if not breaks or len(sentence[breaks[-1]: now.start].strip()) > _NOW_SUBJECT:
        return None  # "，街上尚属平静": the clause's own short subject may stand before the word
    end = next((m.start() for m in _ZH_CLAUSE_BREAK.finditer(sentence, now.end)), len(sentence))
    return breaks[-1], end


# A verb's own future form ("посетит", "направит"), which states what will be done: a plan decided, not an intention
# ("准备", "intend to") that a meeting's saying holds alone.
_STATED_FUTURES = {language: frozenset(w.lower() for w in lexicon(language).get("perfective_futures") or []) for language in ("en", "ru", "zh")}
_CLAUSE_START = compile_opening(r",\s*|\bthat\s+|\s*\uff0c")  # where the clause a saying reports opens: "said that", "сказал, что"


def _reported_plan(index: int, sentence: str, offset: int, said: Cue, plan: Cue, language: str | None, context: Context,
                   previous_actor: str | None) -> EventDraft:
    """The plan a speaker tells of at a meeting ("Subandrio stated that at the end of May he would visit Moscow"):
    decided, not yet done, so undated; its words are the reported clause."""
    opens = _CLAUSE_START.search(sentence, said.end, plan.start)
    start = opens.end() if opens else said.end
    event = EventDraft(index, "statement", offset + start, offset + len(sentence), "tense_sentence", 0.35)
    event.inferred, event.date_kind, event.precision = True, "undated", "unknown"
    event.sources, event.targets = cue_actors(sentence[start:], Cue(plan.kind, plan.start - start, plan.end - start), language, context, previous_actor)
    if not event.sources and _SAYER_HIMSELF.search(sentence, start, plan.start):
        sayer = [n for n in cue_actors(sentence, said, language, context, previous_actor)[0] if is_person(n)]
        event.sources = sayer[:1]  # "Subandrio stated that at the end of May he would visit Moscow": the sayer's plan
        event.targets = [n for n in event.targets if n not in event.sources]
    return event


# In the words a speaker is reported to say, "he" is most often the speaker ("Субандрио заявил, что в конце мая он
# посетит Москву", "布托表示，他明天将去上海参观").
_SAYER_HIMSELF = re.compile(r"\b(?:he|she)\b|(?<!\w)(?:" + event_words("he_subject") + r")", re.IGNORECASE)


# "The conference was convened on the initiative of the Soviet Union.": the meeting a record is of, called together.
_CONVENED = compile_opening(
    r"\b(?:the|this|present)\s+(?:" + alternation(lexicon("en").get("gathering_nouns") or []) + r")\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:"
    + alternation(lexicon("en").get("convening_verbs") or []) + r")\b", re.IGNORECASE,
)


_INVITED = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("invitation_verbs") or []) + r")\s+to\s+(?:the|this)\s+(?:"
    + alternation(lexicon("en").get("gathering_nouns") or []) + r")\b", re.IGNORECASE,
)


def convened_by(sentence: str, context: Context) -> tuple[date, str] | None:
    """In a record of a meeting, the calling of that meeting ("The conference was convened on the initiative of the
    Soviet Union.", "Albania was not invited to the conference."): done before its first day, though the record has
    told of a later day since."""
    if context.is_record and context.occasion is not None and context.occasion_precision == "day" and (
        _CONVENED.search(sentence) or _INVITED.search(sentence)
    ):
        return context.occasion, "day"
    return None


# "As I have already reported,", "As we informed you earlier,": an aside on an earlier report of what the sentence tells.
_AS_REPORTED = compile_opening(
    r"^\W*As\s+(?:I|we|he|she|they|[A-Z][\w'’.-]+)\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+|already\s+)*(?:"
    + alternation(lexicon("en").get("reporting_verbs") or []) + r")\b[^,;:]{0,40},\s*"
)


_RU_LEX = lexicon("ru")
_AS_REPORTED_RU = compile_opening(
    r"^\W*(?:" + alternation(_RU_LEX.get("as_words") or []) + r")\s+(?:(?:" + alternation(_RU_LEX.get("reporting_subjects") or [])
    + r")\s+)?(?:\w+\s+){0,2}?(?:" + alternation(_RU_LEX.get("reporting_verbs") or []) + r")\b[^,;:]{0,40},\s*"
)  # the same aside in Russian ("Как я сообщал 3 августа, ...")


def dated_aside(sentence: str, dated: list[DateMention], language: str | None) -> int | None:
    """Where the main clause begins after an aside on an earlier report that writes the report's day ("As I
    telegraphed on 3 August, Gomułka raised ...", "Как мы сообщали 14 августа, ..."): every date of the sentence
    is inside it, so the dates are the report's, and the act the clause tells is not dated by them."""
    m = (_AS_REPORTED_RU if language == "ru" else _AS_REPORTED).match(sentence)
    return m.end() if m and dated and all(d.end <= m.end() for d in dated) else None


def aside_events(
    index: int, s: Sentence, cut: int, dated: list[DateMention], context: Context, scope: Scope, language: str | None,
    previous_actor: str | None,
) -> list[EventDraft]:
    """The report an aside dates (by the writer to the addressee, or by the one it names) and the act the main clause
    tells: a past act known by then, on or before the day the text speaks from, as after an undated aside."""
    sentence, offset = s.text, s.start
    verb = next((c for c in read_cues(sentence, language) if c.start >= cut and c.kind in ("speech", "past")), None)
    if verb is None or scope.day is None:
        return []
    report = EventDraft(index, "report", offset, offset + cut, "dated_sentence", 0.5).dated(dated[0])
    named = actor_names(sentence[:cut])
    if _FIRST_PERSON_ASIDE.match(sentence) or (language == "ru" and not named):
        report.sources, report.targets = list(context.senders), list(context.recipients)
    else:
        report.sources = named[:1]
    act = _told_after_aside(index, sentence, offset, (cut, verb), report, scope, language, context, previous_actor)
    return [report, act]


_FIRST_PERSON_ASIDE = compile_opening(r"^\W*As\s+(?:I|we)\b", re.IGNORECASE)


def _told_after_aside(
    index: int, sentence: str, offset: int, aside: tuple[int, Cue], reported: EventDraft, scope: Scope, language: str | None,
    context: Context, previous_actor: str | None,
) -> EventDraft:
    """The act the main clause tells after an aside on its earlier report ("As I have already reported, during my stay
    in the Brioni Islands, Com. Tito told me of his desire to talk with me."): a past act of the writer's story, told
    from the clause on; the report is the sentence's row."""
    cut, verb = aside
    event = EventDraft(index, "statement", offset + cut, offset + len(sentence), "tense_sentence", 0.35)
    event.inferred, event.date_kind = True, "upper_bound"
    event.end_date, event.precision = scope.before(scope.day)
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[cut:])), "statement")
    event.sources, event.targets = cue_actors(sentence[cut:], Cue(verb.kind, verb.start - cut, verb.end - cut), language, context, previous_actor)
    if context.is_correspondence and not scope.moved:
        scope.narrated.append(event)  # a letter's story: by the day it reaches next
    return event


TOLD_JOINER = compile_opening(r"(?:,\s*|\s+)(?:" + alternation(lexicon("en").get("told_clause_joiners") or []) + r")\s+|\s*;\s*", re.IGNORECASE)
_LATER_DAY_JOINER = compile_opening(r",\s*(?:" + (alternation(lexicon("en").get("later_day_clause_joiners") or []) or "(?!)") + r")\s+"
                                     r"|\s+(?:" + (alternation(lexicon("en").get("later_day_clause_openers") or []) or "(?!)") + r")\s+", re.IGNORECASE)
# A state told in the present perfect ("has been out of touch", "have been in force"): a course, when a since word dates
# its start.
_COURSE_SINCE = compile_opening(r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|also\s+)?been\b", re.IGNORECASE)
# A past passive ("was named", "were arrested", "was freed"): the act of a clause that names no doer.
_PASSIVE_PAST = compile_opening(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en|wn)|" + (alternation(
    lexicon("en").get("irregular_participles") or []) or "(?!)") + r")\b", re.IGNORECASE)  # a cable in capitals too
# A joiner right before the second verb of one subject ("was imposed on Wednesday night and lifted yesterday"):
# shared_subject_joiners.
SHARED_SUBJECT_JOINER = compile_opening(r"\s+(?:" + (alternation(lexicon("en").get("shared_subject_joiners") or []) or "(?!)") + r")\s+$", re.IGNORECASE)
# The same subject's second verb, one of lasting that reads as no past of its own ("continued", not_past), after such a
# joiner: "rioting had broken out yesterday afternoon and had continued through the night" (night_lasting_verbs).
_LASTING_SECOND = compile_opening(r"\s+(?:" + (alternation(lexicon("en").get("shared_subject_joiners") or []) or "(?!)") + r")\s+(?P<joined>"
                                  r"(?:had\s+)?(?P<verb>" + (alternation(lexicon("en").get("night_lasting_verbs") or []) or "(?!)") + r"))\b",
                                  re.IGNORECASE)
_DAY_JOINER = compile_opening(r"(?:,\s*|\s+)(?:" + (alternation(w for lang in ("en", "ru") for w in lexicon(lang).get("day_clause_joiners") or [])
                                                     or "(?!)") + r")\s+", re.IGNORECASE)
# The comma that closes an aside right after its day (", closed on Monday, were reopened yesterday").
_ASIDE_CLOSE = compile_opening(r"\s*,\s*")
DAY_JOINER = _DAY_JOINER  # also where a turn's words go on to a clause with a day of its own (document_act)


@cache
def _day_joiner(language: str | None) -> re.Pattern | None:
    """The joiners of a clause that opens with its own day (day_clause_joiners): en's and ru's on their pages, the page's
    language's own on a page in another ("Am Montag beschossen die Rebellen den Flughafen, und gestern sprengten sie die
    Brücke"); None where its file lists none."""
    if language in (None, "en", "ru"):
        return _DAY_JOINER
    joiners = lexicon(language).get("day_clause_joiners") or []
    return compile_opening(r"(?:,\s*|\s+)(?:" + alternation(joiners) + r")\s+", re.IGNORECASE) if joiners else None


# A clause that tells a course since a happening ("the authorities had arrested some two hundred officers since the
# attack"): a span up to the saying, not an act before it (since_openers).
_SINCE_IN = compile_opening(r"\b(?:" + alternation(lexicon("en").get("since_openers") or ["(?!)"]) + r")\b", re.IGNORECASE)


def _plain_past_report(clause: str) -> bool:
    """A clause a saying reports that tells one act done before it, in the pluperfect ("Mobutu had dissolved the
    parliament", "U Thant had received a letter"): not a state ("Togo needed a road survey"), not a course since a day."""
    return pluperfect_in(clause) is not None and not _SINCE_IN.search(clause)


# "that" opening the clause a saying reports.
_REPORTED_THAT = compile_opening(r"\bthat\s+", re.IGNORECASE)


def _told_clause(sentence: str, said: Cue | None, main: Cue) -> tuple[int, int] | None:
    """The span of the one clause of a saying that holds the day ("said that the army had arrested two ministers on
    Sunday and that Mobutu had dissolved the parliament": "the army ... on Sunday"), when the saying reports several
    joined by "and that", "but that" or a semicolon; None when it reports one."""
    if said is None or said.end > main.start:
        return None
    openers = list(_REPORTED_THAT.finditer(sentence, said.end, main.start))
    if not openers:
        return None
    start = openers[-1].end()
    stop = TOLD_JOINER.search(sentence, main.end)
    if stop is None and start == _REPORTED_THAT.search(sentence, said.end).end():
        return None  # one clause only: the whole sentence reads as before
    return start, stop.start() if stop else len(sentence.rstrip(" ."))


# The writer or his side opening the sentence ("I said that I would ...", "We told him ..."): his own saying is the
# document's act (document_act), read there.
_WRITER_OPENS = compile_opening(r"^\W*(?:I|We)\b")


def _saying_of_a_timed_plan(index: int, sentence: str, offset: int, cues: list[Cue], will, main: Cue, scope, context: Context,
                            day: date, language: str | None, previous_actor: str | None, in_turn: bool) -> EventDraft | None:
    """A plan with its time told by another in a cable or a record ("He said he would see the Spanish Ambassador this
    evening"): beside the plan's undated row, the saying on the day it was said (the talk's in a record, else the day
    the text speaks from), the speaker as its actor; the writer's own saying ("I said that I would ...") is read as his
    act elsewhere."""
    if will is None or in_turn or language not in (None, "en") or not (context.is_record or context.is_correspondence) \
            or _WRITER_OPENS.match(sentence):
        return None
    said = next((c for c in cues if c.kind == "speech" and c.end <= will.start()), None)
    if said is None or any(c.kind in ("past", "speech") and said.end <= c.start < will.start() for c in cues if c is not said):
        return None
    verb = sentence[said.start: said.end].split()[-1].lower()
    if verb.endswith("s") and not verb.endswith("ss"):
        return None  # "the PRC says it will reopen on Monday", "The US Embassy reports that ...": a present report's
        # source, read by its own rules
    spoken = day if context.is_record else written_on(scope, context, day)
    if spoken is None:
        return None
    row = EventDraft(index, "statement", offset, offset + len(sentence.rstrip()), "tense_sentence", 0.4).on(spoken)
    row.date_kind, row.inferred = "exact", True
    row.sources = cue_actors(sentence, said, language, context, previous_actor)[0][:1]
    return row


# The word that opens the clause a saying reports right after the saying's own day ("announced this morning that ...",
# "сообщил сегодня, что ...": saying_day_clause_openers).
_SAYING_DAY_OPENER = {
    language: compile_opening(r"\s*,?\s*(?:" + alternation(words_) + r")\s+", re.IGNORECASE)
    for language in ("en", "ru") if (words_ := lexicon(language).get("saying_day_clause_openers"))
}
# A Chinese saying written after its day, the clause it reports after its comma ("外交部发言人今天表示，昨天……"):
# zh.yaml saying_day_verbs; a part of the day may stand between the day and the verb ("今天上午宣布，").
_SAYING_AFTER_DAY_ZH = compile_opening(
    r"(?:" + (alternation(lexicon("zh").get("day_part_openers") or []) or "(?!)") + r")?(?:"
    + (alternation(lexicon("zh").get("saying_day_verbs") or []) or "(?!)") + r")[\uff0c,\uff1a:]")


def _said_on_its_day(sentence: str, cues: list[Cue], main: Cue, language: str | None) -> re.Match | None:
    """The opener of the clause a saying reports, when the saying's day (``main``, counted from the writing) stands
    between its verb and the clause, and the clause tells an act of another day counted from the writing ("Radio
    Vanuatu announced this morning that the Papua New Guinea troops arrived in Luganville yesterday afternoon"); None
    otherwise."""
    if main.kind != "relative" or main.days > 0 or main.weekday >= 0 or main.bound or main.since:
        return None
    if language == "zh":
        that = _SAYING_AFTER_DAY_ZH.match(sentence, main.end)  # "今天表示，昨天……": the verb after the saying's day
    elif (opener := _SAYING_DAY_OPENER.get(language or "en")) is None:
        return None
    else:
        said = next((c for c in reversed(cues) if c.kind == "speech" and c.end <= main.start), None)
        if said is None or len(sentence[said.end: main.start].split()) > 2 or re.search(r"[,;:.]", sentence[said.end: main.start]):
            return None  # "announced this morning", "announced late this morning": the day is the saying's
        that = opener.match(sentence, main.end)
    if that is None or not any(c.kind == "relative" and c.start >= that.end() and c.days <= 0 and c.weekday < 0 and c.days != main.days
                               and not c.bound and not c.since for c in cues):
        return None
    return that


def second_told_day(index: int, sentence: str, offset: int, cues: list[Cue], main: Cue, spoken: date, language: str | None,
                     context: Context, previous_actor: str | None) -> list[EventDraft]:
    """A second clause a saying tells, joined by "and that", with a day of its own ("GIEREK said that the strikes on the
    coast had ended by Saturday evening and that work in the shipyards resumed yesterday"): its act, on its own day."""
    joiner = TOLD_JOINER.search(sentence, main.end) if language in (None, "en") else None
    if joiner is None and (day_joiner := _day_joiner(language)) is not None:  # ", and the day before yesterday they bombed
        joiner = next((j for j in day_joiner.finditer(sentence, main.end)  # ...": a clause that opens with its own day
                       if any(c.kind == "relative" and c.start == j.end() and c.days <= 0 for c in cues)), None)
    if joiner is None and language in (None, "en"):  # "... still held some 1,500 hostages when mediators reached agreement
        # with President Somoza late last night", ", and clashes ... left 15 dead yesterday": a later clause, its verb and
        # then its own day (an intelligence daily's items count them from the issue's day)
        joiner = next((j for j in _LATER_DAY_JOINER.finditer(sentence, main.end)
                       if (verb := next((c for c in cues if c.kind == "past" and c.start >= j.end()), None)) is not None
                       and any(c.kind == "relative" and c.start >= verb.end and c.days <= 0 and not c.bound for c in cues)), None)
    course = None
    if joiner is None and language in (None, "en"):  # "Last night soldiers beat up several Europeans, and our Consulate has
        # been out of touch since yesterday morning": a later clause's state in the present perfect, from its own day on
        joiner = next((j for j in _LATER_DAY_JOINER.finditer(sentence, main.end)
                       if (since := next((c for c in cues if c.kind == "relative" and c.since and c.start >= j.end()), None)) is not None
                       and (course := _COURSE_SINCE.search(sentence, j.end(), since.start)) is not None), None)
    if joiner is None and language in (None, "en") \
            and (second := next((c for c in cues if c.kind == "past" and c.start >= main.end), None)) is not None \
            and (shared := SHARED_SUBJECT_JOINER.search(sentence, main.end, second.start)) is not None \
            and any(c.kind == "relative" and c.start >= second.end and c.days <= 0 and not c.bound for c in cues):
        joiner = shared  # "A curfew was imposed on Wednesday night and lifted yesterday morning": the same subject's second
        # verb right after the joiner, with a day of its own counted from the writing
    else:
        shared = None
    if joiner is None and language in (None, "en") and main.kind == "relative" and main.days <= 0 \
            and _IN_ASIDE.search(sentence, 0, main.start) and (closed := _ASIDE_CLOSE.match(sentence, main.end)) is not None \
            and (second := next((c for c in cues if c.kind == "past" and c.start >= closed.end()), None)) is not None \
            and any(c.kind == "relative" and c.start >= second.end and c.days <= 0 and not c.bound for c in cues):
        joiner = shared = closed  # "The port and the airport, closed on Monday, were reopened yesterday": the day in the
        # aside dates its participle; the main verb after the aside, with a day of its own, is an act of that day
    said_day = _said_on_its_day(sentence, cues, main, language) if joiner is None else None
    if said_day is not None:
        joiner = said_day  # "Radio Vanuatu announced this morning that the troops arrived in Luganville yesterday
        # afternoon": the saying dated by its own day, the act it reports by another counted from the writing
    if joiner is None:
        return _night_after_day(index, sentence, offset, cues, main, spoken, language, context, previous_actor)
    when = next((c for c in cues if c.kind == "relative" and c.start >= joiner.end() and c.days <= 0), None)
    verb = next((c for c in cues if c.kind in ("past", "speech") and joiner.end() <= c.start), None)  # "and on Monday
    # our Ambassador asked to speak": a verb of saying is the clause's act too
    if verb is None and course is not None:
        verb = Cue("past", course.start(), course.end())
    if verb is None and (back := pluperfect_in(sentence, joiner.end())) is not None:
        verb = Cue("past", back.start(), back.end())  # "...; the chargé had come on Monday": a pluperfect
    if verb is None and when is not None and when.start == joiner.end() and (done := _PASSIVE_PAST.search(sentence, when.end)) is not None:
        verb = Cue("past", done.start(), done.end())  # "..., and today Malloum was named head of state": a past passive
    if verb is None and when is not None and when.start > joiner.end() \
            and (done := _PASSIVE_PAST.search(sentence, joiner.end(), when.start)) is not None:
        verb = Cue("past", done.start(), done.end())  # "..., AND THAT TWO SHERMAN TANKS WERE SEEN NEAR MELCHOR DE MENCOS ON
        # TUESDAY": the told clause's past passive before its own day
    if when is None or verb is None or TOLD_JOINER.search(sentence, joiner.end(), when.start):
        return []
    clause = sentence[joiner.end():].rstrip(" .")
    row = EventDraft(index, "statement", offset + joiner.end(), offset + joiner.end() + len(clause), "relative_date", 0.4)
    row.inferred = True
    day = spoken + timedelta(days=weekday_offset(when.weekday, spoken) if when.weekday >= 0 else when.days)
    row.on(day).date_kind = "exact"
    if when.bound:
        row.start_date, row.date_kind = None, "upper_bound"
    elif when.since and spoken > day:  # "has been out of touch since yesterday morning": to the day the text speaks from
        row.end_date, row.date_kind = spoken, "range"
    row.date_text = sentence[when.start: when.end]
    row.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
    shifted = Cue(verb.kind, verb.start - joiner.end(), verb.end - joiner.end())
    row.sources, row.targets = cue_actors(clause, shifted, language, context, previous_actor)
    if said_day is not None and not row.sources and language in (None, "en"):
        row.sources = clause_group(clause)  # "told me today that Aden had closed the border crossing at Qataba
        # yesterday": the clause's subject the gazetteer lacks, a capital for its government
    if shared is not None and not row.sources and (first := next((c for c in cues if c.kind == "past" and c.end <= shared.start()), None)):
        row.sources = cue_actors(sentence[: shared.start()], first, language, context, previous_actor)[0]  # "Sukarno spent
        # yesterday at Halim and moved this morning to Bogor": the first verb's doer does the second
    return [row]


_WEEKDAY_NUMBERS = weekday_numbers("en")
_NIGHT_UNTIL_WEEKDAY = compile_opening(r"\s*(?:" + (alternation(lexicon("en").get("night_until_openers") or []) or "(?!)")
                                       + r")\s+(?P<day>" + (alternation(list(lexicon("en").get("weekdays") or {})) or "(?!)") + r")\b", re.IGNORECASE)


def _night_until_weekday(sentence: str, at: int, written: date) -> date | None:
    """The day a night told right before ``at`` ran into, where a weekday after "until" names it ("through the night
    until Sunday noon"): the last such weekday up to the day written (that day itself when it is the one named)."""
    if (m := _NIGHT_UNTIL_WEEKDAY.match(sentence, at)) is None:
        return None
    weekday = _WEEKDAY_NUMBERS[m["day"].lower()]
    return written if written.weekday() == weekday else written + timedelta(days=weekday_offset(weekday, written))


def _night_after_day(index: int, sentence: str, offset: int, cues: list[Cue], main: Cue, spoken: date, language: str | None,
                     context: Context, previous_actor: str | None) -> list[EventDraft]:
    """The same subject's second verb told through the night after a day ("On Monday at 18.20 the Civil Guards burst into
    the Congress and held the deputies hostage through the night"): that night, from the day into the next (recent_days
    of one night: "through the night", "overnight")."""
    if language not in (None, "en") or main.kind != "relative" or main.days > 0 or main.bound or main.to_weekday >= 0:
        return []
    joined = ((c, m.start(), m.end()) for c in cues if c.kind == "past" and c.start >= main.end
              and (m := SHARED_SUBJECT_JOINER.search(sentence, main.end, c.start)) is not None)
    second, cut, begin = next(joined, (None, 0, 0))
    if second is None and (lasting := _LASTING_SECOND.search(sentence, main.end)) is not None:  # "had broken out in Derry
        # yesterday afternoon and had continued through the night": a verb of lasting, no past cue of its own
        second, cut, begin = Cue("past", lasting.start("verb"), lasting.end("verb")), lasting.start(), lasting.start("joined")
    if second is None:
        return []
    night = next((c for c in cues if c.kind == "recent_days" and c.start >= second.end and c.days == -1 and c.until == 0), None)
    if night is None or any(c.kind == "relative" and c.start >= begin for c in cues):
        return []
    clause = sentence[begin:].rstrip(" .")
    day = spoken + timedelta(days=weekday_offset(main.weekday, spoken) if main.weekday >= 0 else main.days)
    row = EventDraft(index, "statement", offset + begin, offset + begin + len(clause), "relative_date", 0.4)
    row.inferred, row.precision, row.date_kind = True, "day", "range"
    row.start_date, row.end_date = day, day + timedelta(days=1)
    row.date_text = sentence[night.start: night.end]
    row.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
    first = next((c for c in cues if c.kind == "past" and c.end <= cut), None)
    row.sources = cue_actors(sentence[: cut], first, language, context, previous_actor)[0] if first is not None else []
    return [row]


night_after_day = _night_after_day  # also where a meeting's turn tells a day counted back (passages)


def _prior_events(index: int, sentence: str, offset: int, event: EventDraft, language: str | None, after: tuple[int, int] | None,
                  closing: bool = False) -> list[EventDraft]:
    """The act a perfect participle's clause tells ("Having studied the proposal, the Politburo rejected it", "...,
    изменив тактику, проявляют ..."): done by the main clause's subject before its act, so on or before its day; and
    the act of a clause opened by "After" when the main one is not told on a day of its own; and that of a clause that
    closes the sentence with "after" (``closing``), by the main act's day."""
    if event.date_kind == "undated" or event.end_date is None:
        return []  # "Having finished the talks, the delegation will leave": a plan, and so is what comes before it
    found = []
    clauses = [] if closing else [(start, end, list(event.sources), []) for start, end in prior_clauses(sentence, language)]
    if (event.date_kind != "exact" or closing) and after:
        named = clause_names(sentence[after[0]: after[1]], language)  # the clause's own subject and those it names; not "After
        # the meeting was opened by comrade Ochab, ... X were added": the same day, in turn
        if knew := clause_experiencer(sentence[after[0]: after[1]]):  # "After it became clear to the Western powers from
            clauses.append((*after, knew, [n for n in named if n not in knew]))  # their discussions with Kroll": theirs, with him
        else:
            clauses.append((*after, named, []))
    for start, end, sources, targets in clauses:
        prior = EventDraft(index, "statement", offset + start, offset + end, "tense_sentence", 0.35)
        prior.inferred, prior.date_kind = True, "upper_bound"
        prior.end_date, prior.precision = event.end_date, event.precision
        prior.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[start:end])), "statement")
        prior.sources, prior.targets = sources, targets
        found.append(prior)
    return found


# A plan in a speaker's own voice, said to the other side ("we will give you", "we want this trust to be turned ...").
_VOICED = compile_opening(r"\b(?:we|We|I)\s+(?:\w+ly\s+)?(?:will|shall|want|wish|intend|plan)\b")


_PERFECT = compile_opening(r"^(?:has|have|had)\b", re.IGNORECASE)
# A past the text marks as done by the day it tells ("攻势已进入第三阶段", "войска уже заняли город"): the perfective
# mark on the verb, or the word "already" right before it (the language files' perfect_marks).
_PERFECT_MARKS = {language: tuple(lexicon(language).get("perfect_marks") or ()) for language in ("ru", "zh")}
_ALREADY_BEFORE = compile_opening(r"(?<!\w)(?:" + alternation(_PERFECT_MARKS["ru"] or ["(?!)"]) + r")\s+$", re.IGNORECASE)


def _marked_done_before(sentence: str, cues: list[Cue], main: Cue) -> bool:
    """Whether a Chinese saying is the second verb of an act its clause marks as done ("邻国元首已先后致电比亚表示支持":
    the perfect mark on the first verb, the saying after it in the same clause, no clause mark between)."""
    return any(c.kind == "past" and c.end <= main.start and sentence.startswith(_PERFECT_MARKS["zh"], c.start)
               and not _ZH_CLAUSE_MARK.search(sentence, c.end, main.start) for c in cues)


_ZH_CLAUSE_MARK = re.compile("[\uff0c\u3002\uff1b\uff1a,;:]")  # full-width comma, full stop, semicolon, colon; and half-width


_RECENT_DONE = tuple(lexicon("zh").get("recent_done_before") or ())  # "已于" before "日前": done by the day written


def recent_done(sentence: str, cue: Cue, language: str | None) -> bool:
    """Whether the days just past a cue names follow a mark of the done ("已于日前奉召回国"): on or before the day the text
    speaks from, not within the week before it (zh.yaml recent_done_before)."""
    return language == "zh" and cue.kind == "recent_days" and sentence[: cue.start].endswith(_RECENT_DONE)


def done_by_then(sentence: str, main: Cue, language: str | None) -> bool:
    """Whether a past in a Chinese or Russian text is told as done by the day the text is at, not done on it: "越南人民军
    在奠边府的攻势已进入第三阶段" under a diary's day has entered its third phase by then (on or before the day), where
    "总理在大会上发言" spoke that day; Russian "уже" right before the verb ("войска уже заняли город")."""
    if language == "zh":
        return sentence.startswith(_PERFECT_MARKS["zh"], main.start)
    return language == "ru" and bool(_ALREADY_BEFORE.search(sentence, 0, main.start))
# What may stand before a time of the day the text is written that opens a sentence: a clock time ("At approximately
# 0300 this morning", "At 10 a.m. today"), or nothing.
_DASHES = {"-", "\u2013", "\u2014", "/"}
# A night of two days that a date names ("night of December 31-January 1", "overnight 12-13 April"): the words just
# before the date (night_range_words); and the midnight words that put an hour past it (midnight_after_words).
_NIGHT_BEFORE = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("night_range_words") or []) or "(?!)")
                                + r")(?:\s+of)?(?:\s+the)?\s*$", re.IGNORECASE)
_AFTER_MIDNIGHT = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("midnight_after_words") or []).replace(r"\ ", r"\s+")
                                                   or "(?!)") + r")(?!\w)", re.IGNORECASE)
_OPENS_WITH_TODAY = compile_opening(
    r"^\W*(?:(?:" + alternation(lexicon("en").get("clock_openers") or []) + r")\s+(?:[a-z]+\s+)?\d{1,4}(?:[.:]\d{2})?(?:\s*[ap]\.\s?m\.)?\s*)?$",
    re.IGNORECASE,
)
_NOW_PERFECT = compile_opening(r"^(?:" + alternation(lexicon("en").get("present_perfect") or []) + r")\b", re.IGNORECASE)
_PERFECT_INFINITIVE = compile_opening(r"\b(?:" + alternation(lexicon("en").get("perfect_infinitive_before") or []) + r")\s+$", re.IGNORECASE)


def _done_by_now(sentence: str, main: Cue, scope: Scope, context: Context, event: EventDraft, told: bool,
                 language: str | None) -> bool:
    """A Russian or Chinese past marked as done already ("Лидер ОГБ Бём уже объявил об исключении ...", "...亦已表示祝贺")
    in the writer's own narration after the text moved to an earlier day ("Министр ... заявил вчера ..."): as the
    English present perfect (_now_perfect), done by the day of writing, not by the story's day."""
    return (main.kind == "past" and not told and scope.moved and context.letter_date is not None and event.end_date is not None
            and event.precision == "day" and event.end_date < context.letter_date and done_by_then(sentence, main, language))


def _now_perfect(sentence: str, main: Cue, scope: Scope, context: Context, event: EventDraft, told: bool) -> bool:
    """A present perfect in the writer's own narration ("The regime has announced Iraq's withdrawal from the Arab
    Union", "King Husayn has asked the US and UK for military assistance") after the text moved to an earlier day
    ("... were killed in the palace on the morning of 14 July"): done by the day of writing, not by the story's day;
    a past perfect ("had announced") stays before the story's day."""
    return (main.kind == "past" and not told and scope.moved and context.letter_date is not None and event.end_date is not None
            and event.precision == "day" and event.end_date < context.letter_date and bool(_NOW_PERFECT.match(sentence[main.start: main.end]))
            and not _PERFECT_INFINITIVE.search(sentence, 0, main.start))  # "appears to have been planned": placed by the story
# A verb of knowing and the clause it opens ("understood that", "learned that"): what happened is told in the clause.
_KNOWING = compile_opening(r"(?:" + alternation(lexicon("en").get("knowing_verbs") or []) + r")\s+that\s+", re.IGNORECASE)


_WRITER_WORDS = {
    language: compile_opening(rf"(?<!\w)(?:{alternation(lexicon(language)['writer_words'])})(?!\w)" if language != "zh"
                              else alternation(lexicon(language)["writer_words"]))
    for language in ("en", "ru", "zh") if lexicon(language).get("writer_words")
}


def names_the_writer(sentence: str, language: str | None) -> bool:
    """The sentence names the writer ("I", "меня", "我"): writer_words of the language file."""
    pattern = _WRITER_WORDS.get(language or "en")
    return pattern is not None and pattern.search(sentence) is not None


_WRITER_SIDE = {
    language: compile_opening(r"(?<!\w)(?:" + alternation(lexicon(language)["writer_side_words"]).replace(r"\ ", r"\s+") + r")(?!\w)",
                              re.IGNORECASE)
    for language in ("en", "ru") if lexicon(language).get("writer_side_words")
}


def names_the_writers_side(sentence: str, language: str | None) -> bool:
    """The sentence names the writer or his own side, his mission or delegation (writer_words, writer_side_words)."""
    pattern = _WRITER_SIDE.get(language or "en")
    return names_the_writer(sentence, language) or (pattern is not None and pattern.search(sentence) is not None)


def _tells_the_day(scope: Scope, context: Context, quoted: bool, narrated: bool = False) -> bool:
    """A letter, cable or record whose text has moved to a day by opening a clause with it ("When we flew into
    Belgrade on the morning of 26 September ...", "On 19 October at 10:00 am the proceedings ... began."): its writer
    tells that day's acts in turn, so a simple past that follows happened on it. A line that only reports a day
    ("The reporting group met on July 12th") moves the day the text speaks from, but tells nothing after it. Not inside a quotation (a speaker's earlier acts), and not in
    a book's narrative, which moves through the days of a history with its own analysis between them. A record's own
    narration outside its speakers' turns that opens by placing itself in the meeting's day ("In the afternoon the two
    delegations visited the combine.", "After the discussion the Executive Committee resolved:") tells its meeting's
    acts: on its day, or within its days."""
    return (scope.told or narrated) and not quoted and (context.is_record or context.is_correspondence or context.is_journal or bool(context.entries))


def _says_on_the_told_day(sentence: str, main: Cue, scope: Scope, context: Context, quoted: bool, in_turn: bool,
                          language: str | None) -> bool:
    """A saying told in the simple past with no day of its own, after the text opened a sentence on the day it is written
    ("This morning the army took power. Radio Ankara announced martial law."): said on the day the text tells, as a
    simple past after it happened then (``_tells_the_day``), where before only a day the text moved to ("Yesterday ...")
    dated it; not one done by then ("Libya and Algeria have already declared their support", "уже заявили"), nor one
    told as a habit or over a stretch of time ("Demirel often said ...", "For years the generals told visitors ..."),
    which no single day holds: up to the saying's verb, not in what was said ("proposed that the meetings be held
    every day")."""
    return _tells_the_day(scope, context, quoted) and not in_turn and not done_by_then(sentence, main, language) \
        and not told_as_a_habit(sentence[:main.end])


# A frequency or a stretch of time in a sentence ("often said", "For years the generals told ..."): en.yaml habitual_cues.
_HABITUAL = compile_opening(r"(?<!\w)(?:" + (alternation(words("habitual_cues", ("en",))) or "(?!)").replace(r"\ ", r"\s+")
                            + r")(?!\w)", re.IGNORECASE)


def told_as_a_habit(sentence: str) -> bool:
    """Whether the sentence tells its act as a habit or over a stretch of time ("Demirel often said ...", "For years the
    generals told visitors ..."): no single day's act."""
    return bool(_HABITUAL.search(sentence))


def _story_day_governs(scope: Scope, context: Context, quoted: bool, in_turn: bool) -> bool:
    """A report or a cable that stated a day in a sentence's opening ("In the morning of 25 January they took the radio
    station", "At 3:45 p.m. ...") tells that day's acts in turn: a simple past after it, with no date of its own, happened
    on it, until another date is written or a relative day is told. Not in a record (its turns are of the talk's day), nor
    in a speaker's words."""
    return scope.stated is not None and not quoted and not in_turn and not context.is_record and context.is_correspondence \
        and (scope.day is None or scope.stated <= scope.day)


# A day of the week named right after "this week" ("本周三", "本周五"): zh.yaml weekdays.
_WEEKDAY_OF_THE_WEEK = compile_opening(r"(?:" + (alternation(list(lexicon("zh").get("weekdays") or {})) or "(?!)") + r")")


# The words a sentence opens with to name who reports what it tells ("According to the army, ...", "По данным полиции,
# ..."): en.yaml and ru.yaml hearsay_openers.
_HEARSAY_OPENS = compile_opening(r"^[\W\d]*(?:" + (alternation(words("hearsay_openers", ("en", "ru"))) or "(?!)").replace(r"\ ", r"\s+")
                                 + r")(?!\w)", re.IGNORECASE)


def reported_by_others(sentence: str) -> bool:
    """Whether the sentence opens by naming who reports what it tells ("According to the army, six generals were
    killed"): another's report, not a step of the writer's story told in turn."""
    return bool(_HEARSAY_OPENS.match(sentence))


def _story_span_governs(scope: Scope, context: Context, quoted: bool, in_turn: bool) -> bool:
    """A report or a cable that stated a night or a span of two days in a sentence's opening ("В ночь на 22 ноября с
    кораблей высадились отряды", "On the night of 12-13 April rebels landed") tells that span's acts in turn: a simple past
    after it, with no date of its own ("Они подожгли резиденцию, захватили электростанцию"), happened in it, until another
    date is written or a relative day is told (``_story_day_governs``, for a day)."""
    return scope.stated_span is not None and scope.stated is None and not quoted and not in_turn and not context.is_record \
        and context.is_correspondence and (scope.day is None or scope.stated_span[1] <= scope.day)


def _after_the_story_day(scope: Scope, context: Context, quoted: bool, in_turn: bool, event: EventDraft) -> bool:
    """A report's or a cable's simple past told with no date after the story stated a day (``Scope.story``), on or before
    the day written: on or after the story's day."""
    return scope.story is not None and not quoted and not in_turn and not context.is_record and context.is_correspondence \
        and event.precision == "day" and event.end_date is not None and scope.story < event.end_date


_RELATIVE_CLAUSE = compile_opening(r",\s*(?:" + (alternation(lexicon("en").get("background_clause_pronouns") or []) or "(?!)") + r")\b", re.IGNORECASE)
# A date inside an aside set off by commas (", appointed only on 1 January,"): it dates the aside, not the story.
_IN_ASIDE = compile_opening(r",[^,.;:]*$")


def _relative_story_day(scope: Scope, context: Context, record: bool, told: bool, cues: list[Cue], main: Cue,
                        event: EventDraft, sentence: str) -> bool:
    """A cable's or a bulletin's first act dated by a day counted back from its writing, that day's word after the verb
    ("Units loyal to Jadid attacked the residence before dawn yesterday", "Enlisted men stormed the Mansion early this
    morning"): the day its story is on (``Scope.news_day``). Only the text's first act so dated, and only as the
    sentence's own act: one told in a relative clause ("camps, which revolted yesterday afternoon, still hold ...") is
    the background of the news, not its story. A day of the week counted back may open the sentence before its verb
    ("On Tuesday before dawn the commanders deposed the President"): the story's day as well, when the text has written
    no day before its own ("On the night of 30 September ..."): a story told from a written day goes on from it."""
    verb = next((c for c in cues if c.kind == "past" and c.end <= main.start), None)
    opening = context.letter_date is not None and (scope.earliest is None or scope.earliest >= context.letter_date)
    if verb is None and main.weekday >= 0 and opening:
        verb = next((c for c in cues if c.kind == "past" and c.start >= main.end), None)
    return context.tells_news and not record and not told and not scope.news_counted and main.days <= 0 \
        and (main.weekday < 0 or opening) \
        and verb is not None and not _RELATIVE_CLAUSE.search(sentence, 0, verb.start) \
        and not main.since and not main.bound and event.date_kind == "exact" and event.start_date is not None \
        and context.letter_date is not None and event.start_date <= context.letter_date


def _news_day_governs(scope: Scope, context: Context, told: bool, day: date) -> bool:
    """A bulletin or a cable whose first act was dated by a day counted back from its writing ("seized control of
    Damascus early yesterday morning"), the story now at that day: the simple pasts it tells next with no date of their
    own ("The President and the Prime Minister were arrested and Parliament was dissolved") are that day's acts, until
    another date is written (``Scope.follow`` ends ``news_day``). Not a speaker's words, nor a record's. A cable that
    opens its story on its own day ("Karamanlis arrived ... at about 2:00 a.m. today ... He was met by tens of thousands
    of people"), with no earlier day written before, tells that day's acts in turn as well; one that counts to its own
    day after a story told from written days ("Before dawn on 25 November ... the paratroopers surrendered this
    morning") does not: its undated acts may be of either."""
    return scope.news_day is not None and not told and context.tells_news \
        and not context.is_record and context.letter_date is not None and (scope.news_day < context.letter_date or (
            scope.news_day == context.letter_date and (scope.earliest is None or scope.earliest >= context.letter_date)))


def _hour_of_the_news_day(sentence: str, cues: list[Cue], main: Cue, scope: Scope, context: Context, told: bool, day: date,
                          language: str | None) -> bool:
    """A telegram's hour with no day of its own ("RADIO MOGADISHU ANNOUNCED AT 0630 LOCAL TIME THAT ...") told in the
    simple past after the cable's story moved to a day counted back from its writing ("... TOOK CONTROL OF MOGADISHU IN
    THE EARLY HOURS OF YESTERDAY"): an hour of that day (``_news_day_governs``), as a simple past with no hour is. Not
    the writer's own act ("At 1100 I called on the President": his day's), nor a sentence with a day word of its own."""
    hour = sentence[main.start: main.end]
    return main.days == 0 and main.weekday < 0 and not (main.bound or main.since or main.months) and hour.isdigit() \
        and _news_day_governs(scope, context, told, day) \
        and all(c is main or c.kind != "relative" for c in cues) \
        and any(c.kind == "past" for c in cues) and not reported_by_others(sentence) \
        and not names_the_writer(sentence, language) and not _RELATIVE_CLAUSE.search(sentence, 0, main.start)


# A day to come named as the time a thing is set for ("has called a general strike for tomorrow", "have fixed the vote for
# Friday"; en.yaml appointed_day_words), after a present perfect: the setting is done by the writing, the day is its
# thing's.
_SET_FOR = compile_opening(r"\b(?:" + (alternation(lexicon("en").get("appointed_day_words") or []) or "(?!)") + r")\s+(?:next\s+|this\s+)?$", re.IGNORECASE)


def _set_for_the_day(sentence: str, cues: list[Cue], main: Cue) -> re.Match | None:
    """The present perfect that set a thing for the sentence's day to come ("The CGT has called a general strike for
    tomorrow"), in a clause with no plan of its own before the day; None for any other day."""
    if (main.days <= 0 and main.weekday < 0) or main.bound or main.since or not _SET_FOR.search(sentence, max(0, main.start - 12), main.start):
        return None
    perfects = list(_PERFECT_VERB.finditer(sentence, 0, main.start))
    perfect = perfects[-1] if perfects else None
    if perfect is None or any(c.kind in ("planned", "speech") and c.start < main.start for c in cues) \
            or AHEAD_WORDS.search(sentence, perfect.end(), main.start) or _CLAUSE_BREAK.search(sentence, perfect.end(), main.start):
        return None
    return perfect


def _thing_set_for(index: int, sentence: str, offset: int, perfect: re.Match, main: Cue) -> EventDraft:
    """The thing a present perfect set for a day to come ("a general strike for tomorrow"): a plan, undated."""
    start = perfect.end() + len(sentence[perfect.end(): main.start]) - len(sentence[perfect.end(): main.start].lstrip())
    plan = EventDraft(index, "statement", offset + start, offset + main.end, "tense_sentence", 0.35)
    plan.inferred, plan.date_kind, plan.precision = True, "undated", "unknown"
    plan.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[start: main.end])), "statement")
    plan.date_text = sentence[main.start: main.end]
    return plan


# A present perfect's auxiliary and participle ("has called", "have already fixed").
_PERFECT_VERB = compile_opening(r"\b(?:" + alternation(lexicon("en").get("present_perfect") or []) + r")\s+(?:[a-z]+ly\s+|also\s+|already\s+)?(?:[a-z]{3,}ed|"
                                + alternation(lexicon("en").get("irregular_participles") or []) + r")\b", re.IGNORECASE)
_CLAUSE_BREAK = compile_opening(r"[;:]|,\s+(?:and|but|which|who|that)\b")


# The subject of the writer's own act: "I", "we", or his own mission with no name ("Embassy has advised", "The Ambassador
# has asked"): the writer's report of what he did, by the day he writes, not a step of the story (en.yaml own_offices).
_OWN_MISSION = compile_opening(r"^\W*(?:(?:the|our)\s+)?(?:" + (alternation(lexicon("en").get("own_offices") or []) or "(?!)") + r")\s+$", re.IGNORECASE)


def _writer_acts(subject: str) -> bool:
    opening = subject.lstrip()  # "We have asked": the sentence's capital is the word's own
    return bool(_OWN_MISSION.match(subject)) or names_the_writer(opening[:1].lower() + opening[1:] if opening[:2] != "I " else opening, "en")


def story_day_row(scope: Scope, context: Context, event: EventDraft) -> bool:
    """The row of a simple past the story's stated day dated (``_story_day_governs``)."""
    return scope.stated is not None and event.method == "tense_sentence" and event.date_kind == "exact" \
        and event.start_date == event.end_date == scope.stated and not context.is_record and context.is_correspondence


# "The answer was:", "The reply was:": the other side's reply given at the meeting, whatever words follow.
ANSWER_WAS = compile_opening(r"^\W*(?:the|his|her|their)\s+(?P<noun>" + alternation(lexicon("en").get("answer_nouns") or []) + r")\s+(?:was|were)\s*:", re.IGNORECASE)
def _before_the_body(event: EventDraft, context: Context) -> bool:
    """A saying to the body whose meeting of several days the record records, told on one of them: done at that
    meeting, on a day the record does not tell."""
    return (event.method == "document_act" and event.date_kind == "exact" and context.body in event.targets
            and context.occasion is not None and context.occasion_end is not None and event.start_date is not None
            and context.occasion <= event.start_date <= context.occasion_end)


# A message's sentence that opens by qualifying what its writer grants with what cannot be done ("惟空军暂时无法出动。":
# but the air force cannot move out for now): the writer's statement.
_WRITER_CANNOT = compile_opening(r"^(?:" + event_words("contrast_openers") + r").{0,16}?(?:" + event_words("inability") + ")")
_THEM = compile_opening(r"\b(?:them|their)\b", re.IGNORECASE)
_US = compile_opening(r"\b(?:us|our)\b", re.IGNORECASE)


def _told_of_others(event: EventDraft, context: Context) -> bool:
    """A saying in a record whose subjects are all states or bodies other than the side the words speak for
    ("Britain urged them to reply and asked us how to respond" in Premier Zhou's words): not a turn of the meeting."""
    known = [lookup(n) for n in event.sources]
    return bool(known) and all(e is not None and e.kind != "person" and e.name != context.side for e in known)


def _perfect_before(sentence: str, cues: list[Cue], main: Cue) -> Cue | None:
    """A perfect ("have already reported", "had defected") that comes before the sentence's saying: the main
    clause tells of an act done before the day, the saying after it belongs to a clause of its own."""
    return next((c for c in cues if c.kind == "past" and c.start < main.start and _PERFECT.match(sentence[c.start:c.end])), None)


def _numbered(sentence: str) -> bool:
    """A sentence that opens with a point's number ("(三)", "2."): one of the writer's numbered points."""
    lead = sentence[: len(sentence) - len(sentence.lstrip(POINT_MARKS))]
    return any(c in lead for c in ")\uff09\u3001.")  # a bracket, its full-width form, the enumeration comma, a full stop


# What opens the words a speaker said after his verb ("He said that ...", "他说，……", "Он сказал, что ..."): the days they
# count back are counted from the day he spoke, not from the day the text is written (en.yaml, ru.yaml said_complement).
_COMPLEMENTS = [w for lang in ("en", "ru") for w in lexicon(lang).get("said_complement") or []]
_SAID_COMPLEMENT = compile_opening(
    r"^\s*[,:\uff0c\uff1a]?\s*(?:(?:" + (alternation(_COMPLEMENTS) or "(?!)") + r")\s*)?$", re.IGNORECASE)


def written_after_meeting(scope: Scope, context: Context, index: int, day: date | None) -> bool:
    """A record of a meeting written up on a later day (its opening, ``Scope.opening``, passed), the text still on the
    meeting's day: a day its writer counts back on his own in a later paragraph is counted from the writing."""
    return context.is_record and scope.opening is not None and index > scope.opening and context.occasion is not None \
        and day == context.occasion and context.letter_date is not None and context.letter_date > day


def _writers_own_day(sentence: str, cues: list[Cue], main: Cue) -> bool:
    """The day counted back opens the sentence (after a point's mark) or closes it, and no verb of speech or telling
    comes before it: the writer tells it, not a speaker's words ("Вчера МИД передал посольству просьбу", "The delegation
    reported orally to Comrade Axen yesterday.")."""
    if any(c.kind == "speech" and c.end <= main.start for c in cues):
        return False
    opens = not sentence[: main.start].strip(POINT_MARKS + " \"“")
    closes = not sentence[main.end:].strip(" .;\u3002")
    return opens or closes


def said_at_the_scene(sentence: str, cues: list[Cue], main: Cue) -> bool:
    """The day ``main`` counts back opens the words a speaker said ("He said that the day before yesterday ...", "他说，
    前天……"): his verb of speech, then only a comma, a colon or "that" before it ("He told me yesterday that": no)."""
    speech = next((c for c in reversed(cues) if c.kind == "speech" and c.end <= main.start), None)
    if speech is None or not sentence[speech.end: main.start].strip():
        return False
    return _SAID_COMPLEMENT.match(sentence[speech.end: main.start]) is not None


# A record of a talk held on a day of the week names that day for the talk's own acts ("The President received me on
# Tuesday at 10 a.m.", in the record of the talk of Tuesday 6 November): that very Tuesday, not the one before; a word
# that sends it a week back ("last Tuesday", "the previous Tuesday") keeps the one before (en.yaml weekday_earlier_words).
_WEEKDAY_EARLIER = compile_opening(
    r"^\W*(?:" + (alternation(lexicon("en").get("weekday_earlier_words") or []) or "(?!)") + r")\b", re.IGNORECASE
)


def talk_weekday_offset(said: str, weekday: int, spoken: date, context: Context) -> int:
    """Days from ``spoken`` back to the day of the week ``said`` names: the last such day before it, or the day itself
    where the text is the record of a talk held on that day and ``said`` does not send it a week back."""
    if context.is_record and context.held_on == spoken and spoken.weekday() == weekday and not _WEEKDAY_EARLIER.match(said):
        return 0
    return weekday_offset(weekday, spoken)


# The line opening a signature block with for whom the signers sign ("Signed on behalf of the delegation:"; en.yaml
# signing_lead_openers): the whole line, no clause after it.
_SIGNING_LEAD = re.compile(
    r"^\W*(?:" + (alternation(words("signing_lead_openers")) or "(?!)").replace(r"\ ", r"\s+") + r")\s[^.;:!?,\n]{1,80}:?\s*$",
    re.IGNORECASE)


def signing_lead(text: str) -> bool:
    """A signature block's opening line: "Signed on behalf of the delegation:" (the check of signing_lead_openers)."""
    return bool(_SIGNING_LEAD.match(text.strip()))


def written_on(scope: Scope, context: Context, day: date) -> date:
    """The day words such as "yesterday", "last week", "over the weekend" count from: in a memorandum, a report, a
    bulletin or a letter, the day it was written, though the text moved to a day it told ("A Soviet naval force arrived
    at Havana on 20 July. ... Castro toured the cruiser yesterday afternoon" in a memo of 21 July; "On 22 February he
    announced ... Student demonstrators, who last week demanded ..." in a weekly summary of 3 March); in a record of a
    conversation, the meeting's day the speakers speak on."""
    if scope.moved and not context.is_record and not context.is_journal and not context.entries and not scope.broadcast \
            and context.letter_date is not None and context.letter_date > day:  # a journal's entry: its own day
        return context.letter_date
    return day


def within_period(event: EventDraft, day: date, period: str, after: bool = False, story: bool = False) -> None:
    """"last week": Monday to Sunday of the week before the day; "over the weekend": the Saturday and Sunday before it
    (after it, where the day is one a narrative reached, with no document's date to speak from); "last month": the
    calendar month before; "this week" from its Monday to the day, "this month" the month of the day; a season the last
    begun by the day (in a history, a narrative no day of writing or of news speaks from, the one of the story's
    year). Approximate: the words name the period, not the day."""
    event.date_kind, event.precision = "approximate", "day"
    if period == "week":  # from the first day of the week where the page's language names another one than Monday (an
        # Iranian week runs from Saturday: fa.yaml supplement week_first_day)
        first = (lexicon(language).get("week_first_day") or 0) if (language := reading_language()) else 0
        event.start_date = day - timedelta(days=(day.weekday() - first) % 7 + 7)
        event.end_date = event.start_date + timedelta(days=6)
    elif period == "weekend":
        saturday = day + timedelta(days=(5 - day.weekday()) % 7 or 7) if after else day - timedelta(days=(day.weekday() - 5) % 7 or 7)
        event.start_date, event.end_date = saturday, min(saturday + timedelta(days=1), day) if not after else saturday + timedelta(days=1)
    elif period == "month":
        first = (day.replace(day=1) - timedelta(days=1)).replace(day=1)
        event.start_date, event.end_date, event.precision, event.date_kind = first, period_end(first, "month"), "month", "exact"
    elif period == "this_week":  # "this week": its Monday to the day
        event.start_date, event.end_date = day - timedelta(days=day.weekday()), day
    elif period == "earlier_this_week":  # "earlier in the week": its Monday to the day before (on a Monday, that day)
        event.start_date = day - timedelta(days=day.weekday())
        event.end_date = max(event.start_date, day - timedelta(days=1))
    elif period == "earlier_this_month":  # "he had instructed AID earlier this month": its first day to the day
        event.start_date, event.end_date = day.replace(day=1), day
    elif period == "this_month":  # "there were some clashes in Luanda this month": the month of the day
        first = day.replace(day=1)
        event.start_date, event.end_date, event.precision = first, period_end(first, "month"), "month"
    elif period == "year":  # "Last year we delivered tanks to Syria": the calendar year before
        event.start_date, event.end_date, event.precision, event.date_kind = date(day.year - 1, 1, 1), date(day.year - 1, 12, 31), "year", "exact"
    elif season := season_of(period):  # "in the spring" said in September 1977: March to May 1977; in February, the
        opens, closes = _SEASONS[season]  # spring before
        year = day.year if (day.month, day.day) >= (opens, 1) else day.year - 1
        if (after or story) and closes > opens:  # a history, its story on 27 May 1977: "in the autumn he announced a
            year = day.year  # liberalisation": the autumn of the story's year
        last = date(year + (closes < opens), closes, 1)
        if season != period and period_end(last, "month") >= day:  # "whose government asked them last summer not to
            year, last = year - 1, in_year(last, last.year - 1)  # call", in June 1978: the summer before the one under way
        event.start_date, event.end_date, event.precision = date(year, opens, 1), period_end(last, "month"), "month"


_SEASONS: dict[str, list[int]] = lexicon("en").get("seasons") or {}
_PREVIOUS = "previous_"  # relative_periods' value of "last summer", "прошлым летом": the last such season over by the day


def season_of(period: str) -> str | None:
    """The season a calendar period names ("summer" for "in the summer" and for "last summer"), or None."""
    season = period.removeprefix(_PREVIOUS)
    return season if season in _SEASONS else None


def lately_past(event: EventDraft, day: date, cue: Cue) -> None:
    """"日前", "the other day", "на днях": about the week before the day; "近日", "in recent days": up to it."""
    event.date_kind, event.precision = "approximate", "day"
    event.start_date, event.end_date = day + timedelta(days=cue.days), day + timedelta(days=cue.until)


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


_PRESENT_PROGRESSIVE = compile_opening(r"\b(?:is|are|am)\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)  # "is sending": under way or
# to come
_PROGRESSIVE = compile_opening(r"(?:was|were)\s+\w+ing", re.IGNORECASE)  # "was inviting": going on when it was told
_NONE = compile_opening(r"[\W]*(?:nothing|no\s+one|nobody)\b", re.IGNORECASE)  # "have [heard] nothing": the act did not happen
_COORDINATED = compile_opening(r"(?:and|but)\s+|[,;]\s+", re.IGNORECASE)  # a clause of its own, not one a verb reports
# A perfect in a clause that names its noun with no word to open it ("talked about the report I had just received"):
# the noun, then its clause's subject, then the perfect. The act was done before the saying.
_REDUCED_RELATIVE = compile_opening(r"\b(?:the|a|an|this|that|these|those|his|her|their|our|my|your)\s+(?:[\w'’-]+\s+){0,2}?(?:I|we|he|she|they|you)\s+(?:\w+ly\s+|just\s+|already\s+)*$")
_CLAUSE_OPENERS = compile_opening(r"\b(?:that|and|but|as|which|who|because)\s+|[,;:]\s+", re.IGNORECASE)


_NEGATIONS = {language: frozenset(w.lower() for w in lexicon(language).get("negation") or []) for language in ("en", "ru")}


def _negated_plan(clause: str, language: str | None) -> bool:
    """A plan's word right after a negation ("не будет принят", "will not"): the clause tells what will not be done."""
    plan = next((c for c in read_cues(clause, language) if c.kind == "planned"), None)
    before = clause[: plan.start].split()[-1:] if plan is not None else []
    return bool(before) and before[0].lower() in _NEGATIONS.get(language or "en", frozenset())


def _reported_pluperfects(index: int, sentence: str, offset: int, cues: list[Cue], said: Cue, event: EventDraft, scope: Scope,
                          language: str | None, context: Context, previous_actor: str | None) -> list[EventDraft]:
    """A saying on a day a relative word names ("On Sunday evening the King announced on television that the marshal had
    resigned", "Yesterday the ministry stated that the talks had broken down"): what it reports in the pluperfect came on
    or before that day, an upper bound; a plan it tells is undated; the saying keeps its own row on the day."""
    found = []
    for row in _embedded_events(index, sentence, offset, cues, said, event.start_date, scope, language, context, previous_actor,
                                event.sources):
        if row.date_kind == "undated":  # "Вчера президент заявил, что правительство внесет поправку": the plan it tells,
            if not _negated_plan(sentence[row.evidence_start - offset: row.evidence_end - offset], language):
                found.append(row)  # undated beside the saying; not "... что посол не будет принят", no plan to act
            continue
        if pluperfect_in(sentence[row.evidence_start - offset: row.evidence_end - offset]) is None:
            continue
        row.start_date, (row.end_date, row.precision), row.date_kind = None, (event.start_date, "day"), "upper_bound"
        found.append(row)
    return found


def _embedded_events(
    index: int, sentence: str, offset: int, cues: list[Cue], main: Cue, day: date, scope: Scope,
    language: str | None, context: Context, previous_actor: str | None, subject: list[str] | None = None, quoted: bool = False,
) -> list[EventDraft]:
    """A past act or a plan reported inside a saying ("announced that the Chinese government had already sent a greeting")."""
    found = []
    for cue in cues:
        if cue.start <= main.end or cue.kind not in ("past", "planned"):
            continue
        opener = [m for m in _CLAUSE_OPENERS.finditer(sentence, main.end, cue.start)]
        relative = None if opener or cue.kind != "past" or not _PERFECT.match(sentence[cue.start: cue.end]) else _REDUCED_RELATIVE.search(sentence, main.end, cue.start)
        named = _NAMED_PLAN.search(sentence, main.end, cue.start) if cue.kind == "planned" and _TO_BE.match(sentence, cue.start) else None
        if named is not None:  # "mentioned the elections to be held in December": the thing to come, named with its plan
            opener, relative = [], named
        if not opener and not relative:
            continue
        start = relative.start() if relative else opener[-1].end()
        stop = _CLAUSE_OPENERS.search(sentence, cue.end)
        end = stop.start() if stop else len(sentence.rstrip(" .;"))
        if end - start < 8 or any(e.evidence_start == offset + start for e in found):
            continue
        if cue.kind == "past" and (states_a_quality(sentence[start:end], [Cue("past", cue.start - start, cue.end - start)]) or _NONE.match(sentence, cue.end, end)):
            continue  # "noted that Tito had proved himself an unreliable partner", "told me that they have heard nothing": no act
        if cue.kind == "planned" and language in (None, "en") and keeps_a_stance(sentence[start:end]):
            continue  # "told me that the new regime would honour all its obligations": an assurance, no act planned
        event = EventDraft(index, "statement", offset + start, offset + end, "tense_sentence", 0.35)
        event.inferred = True
        if cue.kind == "planned":
            event.date_kind = "undated"
        elif not relative and _tells_the_day(scope, context, quoted) and (
            _COORDINATED.fullmatch(opener[-1].group()) or _PROGRESSIVE.fullmatch(sentence[cue.start: cue.end])
        ) and not _PERFECT.match(sentence[cue.start: cue.end]) and not done_by_then(sentence, cue, language):  # "... who
            # informed me that Com. Tito was inviting me": then, too; not a past told as done by then ("отметил, что
            # Саудовская Аравия уже закрыла границу": on or before the talk)
            event.on(day).date_kind = "exact"  # "After the meeting was opened ..., X were added to the Central Committee": the
            scope.during(event)  # next act of the day the text moved to, not a clause another's words report
        else:
            (event.end_date, event.precision), event.date_kind = scope.before(day), "upper_bound"
            if scope.floor and not context.is_record:  # after the directive it answers, as the act that reports it
                event.start_date, event.date_kind = scope.floor, "range"
        event.sources, event.targets = cue_actors(sentence[start:end], Cue(cue.kind, cue.start - start, cue.end - start), language, context, previous_actor)
        shared = found[-1].sources if found and found[-1].sources else subject  # the clause before it in the saying, else the sayer
        if not event.sources and shared and opener and re.fullmatch(r"\s*and\s*", sentence[opener[-1].start(): start], re.IGNORECASE):
            event.sources = [n for n in shared if n not in event.targets]  # "KIM asked me ... and ordered PAK ...": one subject, two verbs
            if found and shared is found[-1].sources:  # "the Chinese government had already sent a greeting and tomorrow would discuss"
                event.targets = [n for n in event.targets if n not in (subject or []) and n not in context.senders]
        elif not event.sources and cue.kind == "planned" and main.kind == "speech" and _SAYER_HIMSELF.search(sentence, start, cue.start):
            sayer = subject or cue_actors(sentence, main, language, context, previous_actor)[0]
            event.sources = [n for n in sayer if is_person(n)][:1]  # "stated that at the end of May he would visit Moscow"
        found.append(event)
    return found


# A future auxiliary, the adverbs that may stand after it, then a verb of a stance kept (en.yaml kept_stance_verbs): "would
# honour", "will also support", "would continue to respect".
_STANCE = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("reported_future_auxiliaries") or []) + r")\s+(?:(?:"
    + (alternation(lexicon("en").get("kept_stance_adverbs") or []).replace(r"\ ", r"\s+") or "(?!)") + r")\s+)*(?:"
    + (alternation(lexicon("en").get("kept_stance_verbs") or []).replace(r"\ ", r"\s+") or "(?!)") + r")\b", re.IGNORECASE)
_PLAN_TIMES = compile_opening(r"\b(?:" + (alternation([*(lexicon("en").get("plan_times") or []), *(lexicon("en").get("kept_stance_bounds") or [])])
                                           .replace(r"\ ", r"\s+") or "(?!)") + r")\b", re.IGNORECASE)


def keeps_a_stance(clause: str) -> bool:
    """A reported clause that assures a stance kept ("the new regime would honour all its obligations") and names no
    time to come (en.yaml kept_stance_verbs, plan_times, a day or a month): no plan to act."""
    return bool(_STANCE.search(clause)) and not _PLAN_TIMES.search(clause) and not find_dates(clause, None) \
        and not any(c.kind in _WHEN_CUES for c in read_cues(clause, "en"))


def reply_reports(index: int, s: Sentence, reply: EventDraft, scope: Scope, language: str | None, context: Context,
                  previous_actor: str | None) -> list[EventDraft]:
    """The acts a reply reports in the past ("Tshombe replied that U Thant had received a letter from Kasavubu", "He
    answered that the Belgians had withdrawn their advisers"): each a row of its own, its subject and object its
    clause's, on or before the day of the reply, as a "said that" turn's are; not one whose clause names no doer
    ("answered that the war had weakened the movement": his view of it)."""
    if language not in (None, "en") or reply.end_date is None:
        return []
    sentence = s.text
    cues = read_cues(sentence, language)
    said = next((c for c in cues if c.kind == "speech" and _REPORTED_THAT.match(sentence, c.end + 1)), None)
    if said is None:
        return []
    return [e for e in _embedded_events(index, sentence, s.start, cues, said, reply.end_date, scope, language, context, previous_actor)
            if e.date_kind in ("upper_bound", "range") and e.sources and _plain_past_report(sentence[e.evidence_start - s.start: e.evidence_end - s.start])
            and not any(c.kind in (*_WHEN_CUES, "planned") and said.end <= c.start < e.evidence_end - s.start for c in cues)]  # a clause with
    # a day of its own ("and that the army had seized the radio station on Monday") is dated by that day's rules


# A thing named just before a passive infinitive of a plan ("the elections | to be held in December"): its determiner,
# at most three words, then "to be".
_TO_BE = compile_opening(r"to\s+be\s", re.IGNORECASE)
_NAMED_PLAN = compile_opening(r"\b(?:the|a|an|its|their|his|her|our|new)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _undated_events(
    index: int, sentence: str, offset: int, language: str | None, context: Context, previous_actor: str | None, in_turn: bool,
    scope: Scope | None = None,
) -> list[EventDraft]:
    """A document that gives no date: its happenings are rows all the same, undated."""
    if in_turn or is_hypothetical(sentence, language):
        return []
    cues = [c for c in read_cues(sentence, language) if c.kind in ("speech", "past", "planned", "performative")]
    if not cues or (language in (None, "en") and len(LOWER_WORD.findall(sentence)) < 2):
        return []
    if language in (None, "en") and states_a_quality(sentence, cues):
        return []  # "This is of course the way life is—good and bad mixed together."
    if is_commentary(sentence, language) and not any(c.kind in ("speech", "performative") for c in cues):
        return []  # "Помимо проблем ... у КГБ появились серьезные проблемы": the historian's judgement
    placed = scope is not None and scope.dated_text and not (context.is_record or context.is_correspondence) and not any(
        c.kind == "planned" for c in cues
    )  # a history that writes its dates ("Была сформирована Центральная группа войск." between "11 октября" and
    # "17 октября"): the next date it writes places the act, no date at all would be wrong; a plan has none yet
    event = EventDraft(index, "statement", offset, offset + len(sentence), "tense_sentence", 0.3)
    event.date_kind = "upper_bound" if placed else "undated"
    event.inferred = placed
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence)), "statement")
    verb = next(c for kind in _CUE_ORDER for c in cues if c.kind == kind)  # "As the first wave entered, Gorbachev said ...": said
    event.sources, event.targets = cue_actors(sentence, verb, language, context, previous_actor)
    if placed and scope.written and _MEANWHILE.match(sentence):  # "Между тем Кремль делал шаги ...": about the month of the
        event.date_kind, event.precision = "approximate", "month"  # date the history last wrote, not before the next one
        event.start_date, event.end_date = scope.written.replace(day=1), period_end(scope.written, "month")
        return [event]
    if placed:
        scope.untold.append(event)  # a row once the history's next date places it; none if it writes no other
        return []
    return [event]


# "Meanwhile ...", "Между тем ...", "与此同时，..." opening a sentence: at about the time of the date told last.
_MEANWHILE = compile_opening(
    r"^\W*(?:" + alternation(words("meanwhile_words")) + r")(?=\W)", re.IGNORECASE
)
_EN = lexicon("en")
_STATE_NOUNS = frozenset(_EN.get("state_nouns") or [])
_STANCE_VERBS = frozenset(_EN.get("stance_verbs") or [])
_COPULA = compile_opening(r"\b(?:" + "|".join(_EN.get("copulas") or []) + r")\b", re.IGNORECASE)
_RELATIVIZER = compile_opening(r"\b(?:" + "|".join(_EN.get("relativizers") or []) + r")\b", re.IGNORECASE)
_DEMONSTRATIVE_COPULA = compile_opening(
    r"^\W*(?:" + "|".join(_EN.get("demonstratives") or []) + r")\s+(?:" + "|".join(_EN.get("copulas") or []) + r")\b", re.IGNORECASE
)
_LINKING = compile_opening(r"(?:" + "|".join(re.escape(w) for w in _EN.get("linking_verbs") or []) + r")\b", re.IGNORECASE)
_SUBJECT_WORD = compile_opening(r"([A-Za-z]+)\W*(?:\b(?:that|which|who)\s+)?$")


def states_a_quality(sentence: str, cues: list[Cue]) -> bool:
    """The sentence's past verbs tell what a state became, or describe the subject of a main 'to be': a quality.

    "the United States regarded the matter as an internal affair", "he regretted this decision": every past verb tells a
    stance held (stance_verbs), and the sentence no saying of its own.
    "the objective situation has changed", "It is the situation that has moved forward": the subject of every
    past verb is a state ("situation", "attitude"). "what had occurred there was a miracle", "This was a great
    accomplishment, which served ...": every past verb sits in a clause opened by "what", "which", "who" or
    "that", and the main verb is 'to be' ("was", not "was infected", which is itself a past cue).
    """
    past = [c for c in cues if c.kind == "past"]
    if past and all(sentence[c.start: c.end].split()[-1].lower() in _STANCE_VERBS for c in past) \
            and not any(c.kind in ("speech", "performative") for c in cues):
        return True  # "the United States regarded the matter as an internal affair": a view held, no act
    if not past or any(c.kind != "past" for c in cues):
        return False

    if _LINKING.match(sentence, past[0].end - len(sentence[past[0].start: past[0].end].split()[-1])):
        return True  # the main verb links: "Tito had proved himself an unreliable partner", "has completely turned into a puppet"

    def subject_is_state(cue: Cue) -> bool:
        m = _SUBJECT_WORD.search(sentence[: cue.start])
        return bool(m) and m[1].lower() in _STATE_NOUNS

    if all(subject_is_state(c) for c in past):
        return True
    inside = [c for c in past if _RELATIVIZER.search(re.split(r"[,;:—–(]|--", sentence[: c.start])[-1])]
    if len(inside) != len(past):
        first = min(c.start for c in past)  # "It is known that the Americans attacked ...": a fact reported, kept
        return bool(_DEMONSTRATIVE_COPULA.match(sentence)) and first >= 12 and not re.search(r"\bthat\b", sentence[:first])
    return any(not any(c.start <= m.start() < c.end for c in past) for m in _COPULA.finditer(sentence))


_EN_WORDS = lexicon("en")
_ACTOR_HEADS = frozenset(_EN_WORDS.get("actor_nouns") or [])
_WHO = r"(?:[Tt]he\s+)?(?:entire\s+|whole\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,4}?"
# "Hungary supports this ...", "The enemy, making use of this situation, makes demands ...", "On the view of the Chinese
# comrades—they suggest that ...": the party before a verb of holding a position in the present.
_HOLDS_POSITION = compile_opening(
    r"^\W*(?P<lead>[^.;:—–]{0,60}?(?:[—–:]|--)\s*)?(?P<who>" + _WHO + r")(?:\s*,[^,;:]{3,60},)?\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?(?:"
    + alternation(_EN_WORDS.get("position_verbs") or []) + r")\b"
)
_OPINION_HOLDER = r"(?:Mr\.\s+|Com\.\s+|Comrade\s+)?[A-Z][\w'’.-]+(?:\s+\[[^\]]{1,30}\])?"  # "Mr. Liao [Chengzhi]"
_OPINION_OF = compile_opening("|".join(
    re.escape(form).replace(re.escape("{who}"), rf"(?P<who{i}>" + _OPINION_HOLDER + ")")
    for i, form in enumerate(_EN_WORDS.get("opinion_of") or [])
), re.IGNORECASE)
_NOT_A_PARTY = frozenset(["i", "we", "you", "it", "this", "that", "there", "my", "our", "your", "to", "if", "when", "unless",
                          "whether", "should", "then", "as", "and", "but", "so", "what", "which", "who", "how", "why"])


def _party_named(phrase: str) -> list[str]:
    """The party a phrase names: the gazetteer's, a group by its head noun ("the Chinese comrades", "The enemy"), or a
    surname the gazetteer lacks ("Malinin")."""
    phrase = re.sub(r"^(?:on|of|in|from|by)\s+(?:the\s+\w+\s+of\s+)?", "", phrase.strip(), flags=re.IGNORECASE)
    words_ = re.sub(r"^(?:the\s+)?(?:entire\s+|whole\s+)?", "", phrase, flags=re.IGNORECASE).split()
    if not words_ or words_[0].lower() in _NOT_A_PARTY or any(w.lower() in _NOT_A_PARTY for w in words_):
        return []
    if named := clause_names(phrase, "en"):
        return named
    if words_[-1].lower() in _ACTOR_HEADS and len(words_) <= 3 and all(w[:1].isupper() for w in words_[:-1]):
        return [" ".join(words_)]  # "Chinese comrades", "enemy"
    if len(words_) == 1 and words_[0][:1].isupper() and words_[0].isalpha():
        return [canonical_name(words_[0])]  # "Malinin"
    return []


def position_holders(sentence: str, context: Context) -> list[str]:
    """Who holds the position a sentence tells in the present: the party before a verb of holding one ("The entire
    CPC CC Politburo supports this position"), or the one a claim is ascribed to ("Nagy is playing a double game (in
    Malinin's opinion)", "According to Mr. Liao, it seems that ..."), with the party the claim is about. None for the
    writer's or speaker's own view ("We support this idea")."""
    if (m := _OPINION_OF.search(sentence)) is not None:
        who = next(v for k, v in m.groupdict().items() if v)
        start, end = _claim_span(sentence, m)
        about = [n for n in clause_names(sentence[start: m.start()] + " " + sentence[m.end(): end], "en") if is_person(n)]  # whom it judges
        return list(dict.fromkeys(_party_named(who) + about))
    if (m := _HOLDS_POSITION.match(sentence)) is None or is_hypothetical(sentence, "en"):
        return []  # "If the Americans reject ... then we will insist ...": a condition, no position held
    if m["who"] in ("they", "They"):
        return _party_named(re.split(r"[—–:]|--", m["lead"])[0]) if m["lead"] else []
    holders = _party_named(m["who"])
    return [n for n in holders if n != context.speaker and n not in (context.senders if not context.speaker else [])]


def _claim_span(sentence: str, ascribed: re.Match) -> tuple[int, int]:
    """The claim an opinion's words ascribe ("Nagy is playing a double game (in Malinin's opinion)."): from the last
    sentence break before them (a full stop a note's number may follow) to their end."""
    breaks = [m.end() for m in re.finditer(r"[.!?](?:\(\d{1,3}\))?\s+(?=[A-Z])", sentence[: ascribed.start()])]
    start = breaks[-1] if breaks else 0
    end = ascribed.end() + len(sentence[ascribed.end():]) - len(sentence[ascribed.end():].lstrip(").,; "))
    if _OPENS_CLAIM.match(sentence, ascribed.start()):
        end = len(sentence.rstrip())  # "According to Mr. Liao, it seems that ...": the claim follows
    return start, end


_OPENS_CLAIM = compile_opening(r"according\s+to\b", re.IGNORECASE)


def _position_event(index: int, offset: int, span: tuple[int, int], holders: list[str], scope: Scope, day: date, record: bool) -> EventDraft:
    """A party's position a record's speaker reports: held at or before the meeting; a letter's: about its day. Told
    in the present, it holds on the day the text speaks from, not on an earlier day the passage turned to."""
    event = EventDraft(index, "statement", offset + span[0], offset + span[1], "tense_sentence", 0.35)
    event.inferred, event.present = True, True
    if record:
        (event.end_date, event.precision), event.date_kind = scope.before(day), "upper_bound"
    else:
        event.on(day).date_kind = "approximate"
    event.sources = holders
    return event


# A word that keeps a sentence from being a step of a story told in the simple past (en.yaml story_step_not_with): a
# perfect or a pluperfect ("had refused"), a past going on ("were being held"), a present ("are not known"), a modal
# ("shall have to").
_NOT_A_STEP = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("story_step_not_with") or []) or "(?!)") + r")(?!\w)",
                              re.IGNORECASE)


def _simple_past_told(sentence: str, language: str | None, alone: bool) -> bool:
    """The sentence tells its act in the simple past ("The army took the radio station", "Parliament was dissolved"),
    not in a perfect, a pluperfect or a past going on; with ``alone``, every verb it has is such a past and it names no
    time of its own (no relative day, no period, no plan)."""
    if language not in (None, "en"):
        return False
    cues = read_cues(sentence, language)
    verbs = [c for c in cues if c.kind not in _WHEN_CUES]
    if not verbs or verbs[0].kind != "past" or _NOT_A_STEP.search(sentence[verbs[0].start: verbs[0].end]):
        return False
    return not alone or (all(c.kind == "past" for c in cues) and not _NOT_A_STEP.search(sentence))


def story_step(sentence: str, language: str | None) -> bool:
    """A sentence told as a step of a story: every verb a simple past, no time of its own ("Parliament and all
    political parties were dissolved."), none in a present, a perfect or with a modal; not one a saying in the present
    opens ("The organizers say the violence was provoked.": said as the text speaks)."""
    return _simple_past_told(sentence, language, alone=True) and not present_saying(sentence)


# A verb of saying in the present before the sentence's first past ("The organizers say the violence was provoked"; en.yaml
# present_sayings): its subject of a few words before it.
_PRESENT_SAYING = re.compile(
    r"^\W*(?:[\w'’.-]+\s+){1,6}?(?:" + (alternation(words("present_sayings")) or "(?!)") + r")\b(?!\s+(?:that\s+)?(?:he|she|it|they)\s+will\b)",
    re.IGNORECASE)


def present_saying(sentence: str) -> bool:
    """A sentence opened by a saying in the present: "The organizers say the violence was provoked." (the check of
    present_sayings)."""
    return bool(_PRESENT_SAYING.match(sentence))


def told_day_of(sentence: str, start: int, rows: list[EventDraft], language: str | None) -> date | None:
    """The day a narrative sentence tells its own act on, when it dates it to one day by a date written or a day
    counted ("On Friday the army took the radio station", "Troops seized Damascus early yesterday morning", "Soglo
    seized power on 22 December"): the row on the sentence's own opening, exact to the day, of a simple past."""
    day = next((e.start_date for e in rows if e.evidence_start == start and e.date_kind == "exact" and e.precision == "day"
                and e.start_date is not None and e.method in ("relative_date", "dated_sentence")), None)
    return day if day is not None and _simple_past_told(sentence, language, alone=False) else None


def told_night_of(sentence: str, start: int, rows: list[EventDraft], language: str | None) -> date | None:
    """The night a narrative sentence tells its own act over, when it opens on it ("In the night from Thursday to Friday
    a group ... seized six generals"): the night's second day, its row on the sentence's own opening spanning the two
    days, of a simple past."""
    end = next((e.end_date for e in rows if e.evidence_start == start and e.date_kind == "range" and e.start_date is not None
                and e.end_date is not None and (e.end_date - e.start_date).days == 1 and e.method in ("relative_date", "dated_sentence")
                and _NIGHT_OPENING.match(sentence)), None)
    return end if end is not None and _simple_past_told(sentence, language, alone=False) else None


_NIGHT_OPENING = compile_opening(r"^\W*(?:\d+\.\s*)?(?:" + (alternation(lexicon("en").get("night_openers") or []) or "(?!)").replace(r"\ ", r"\s+")
                                 + r")\b", re.IGNORECASE)


def goes_on_that_day(sentence: str, rows: list[EventDraft], day: date, language: str | None) -> bool:
    """A simple past told next in the same paragraph with no time of its own ("On Friday the army took the radio
    station. Parliament and all political parties were dissolved.") goes on with the story of the day the sentence
    before told: its act happened that day, not merely by the writing. Only when every row of it was read as a past
    on or before a day no earlier than that one; a perfect, a pluperfect or a past going on stays a bound."""
    return bool(rows) and all(e.method in ("tense_sentence", "undated_sentence") and e.date_kind == "upper_bound"
                              and e.end_date is not None and e.end_date >= day for e in rows) \
        and story_step(sentence, language)


# The clause a saying reports, right after its verb and those it names as told ("told me that", "сообщил, что", "said
# the army had"): the language files' reported_that words open it (a bare comma before the Russian "что").
_REPORTED_OPENER = {
    language: compile_opening(r"[^.;:!?]{0,60}?(?:(?<=\s)|,\s*)(?:" + alternation(lexicon(language).get("reported_that") or ["(?!)"]) + r")\s+",
                              re.IGNORECASE)
    for language in ("en", "ru")
}


def reported_clause_start(sentence: str, language: str | None) -> int | None:
    """Where the clause a saying reports opens, after its "that" ("On 27 June the High Commissioner announced that ..."),
    None for a sentence with no saying so framed."""
    opener = _REPORTED_OPENER.get(language or "en")
    said = next((c for c in read_cues(sentence, language) if c.kind == "speech"), None)
    that = opener.match(sentence, said.end) if opener is not None and said is not None else None
    return that.end() if that is not None else None


def reported_done_clause(sentence: str, language: str | None) -> str | None:
    """The first clause a saying reports that tells an act done by the saying, with no day of its own ("Nimeiri admitted
    that the editor had been tried and hanged": "the editor had been tried and hanged"; "told me that the crop has
    failed", "сказал, что правительство отказалось принять груз"), None for a plan, a view, or a clause that dates itself."""
    rows = _done_reports(sentence, language, read_cues(sentence, language))
    return sentence[rows[0][0]: rows[0][1]] if rows else None


def _done_reports(sentence: str, language: str | None, cues: list[Cue]) -> list[tuple[int, int, Cue]]:
    """The spans of the clauses a sentence's saying reports as done (their start, end and verb): after a verb of saying and
    its reported_that opener, a past, a perfect or a pluperfect; none when the sentence dates its acts or plans."""
    opener = _REPORTED_OPENER.get(language or "en")
    said = next((c for c in cues if c.kind == "speech"), None)
    if opener is None or said is None or (that := opener.match(sentence, said.end)) is None:
        return []
    if any(c.kind in (*_WHEN_CUES, "planned", "obligation") for c in cues if c.start >= that.end()):
        return []  # a day or a plan in the clause reported; one between the saying and its "that" is the saying's own
        # ("told me by telephone on Friday that the crop has failed", "said yesterday that")
    found = []
    for cue in cues:
        if cue.kind != "past" or cue.start < that.end():
            continue
        start = that.end() if not found else _CLAUSE_OPENERS.search(sentence, found[-1][1] - 1, cue.start)
        if start is None:
            continue
        start = start if isinstance(start, int) else start.end()
        if not found and language in (None, "en") and (joined := list(TOLD_JOINER.finditer(sentence, start, cue.start))):
            start = joined[-1].end()  # "told me that he had not signed the decree freely and that his signature was
            # obtained under pressure": the clause of the verb read opens at its own "and that"
        stop = _CLAUSE_OPENERS.search(sentence, cue.end)
        while stop is not None and (shared := next((c for c in cues if c.kind == "past" and c.start == stop.end()), None)):
            stop = _CLAUSE_OPENERS.search(sentence, shared.end)  # "had been tried ... and hanged": one subject, both verbs
        end = stop.start() if stop else len(sentence.rstrip(" .;"))
        if end - start < 8 or (found and start < found[-1][1]):
            continue
        clause = sentence[start:end]
        if _NOT_DONE_BEFORE[language or "en"].search(sentence, start, cue.end) or _SINCE_IN.search(clause) \
                or _NOTHING_DONE.match(sentence, cue.end):
            continue  # "that Moscow would not accept ...", "who had met ...", "had worsened since ...", "had received no word"
        if not _tells_a_deed(sentence[cue.start: cue.end]):
            continue  # "said that the leadership was using ...", "that the comrades deserved support": a course, a view
        if language in (None, "en") and " " not in sentence[cue.start: cue.end] and (
                sentence[:cue.start].rstrip().endswith(",") or _BY_AFTER.match(sentence, cue.end)):
            continue  # "the Communist Party of Yugoslavia, headed by Khrushchev": a participle naming a party, no deed
        if language in (None, "en") and sentence[cue.start: cue.end].split()[0].lower() not in _PERFECT_AUXILIARIES \
                and not is_past_form(sentence[said.start: said.end]):
            continue  # "The evidence suggests that Nagy lost control": a past under a present saying is a view of it
        if states_a_quality(clause, [Cue("past", cue.start - start, cue.end - start)]) or _NONE.match(sentence, cue.end, end):
            continue  # "noted that Tito had proved himself an unreliable partner", "told me that they have heard nothing"
        if any(w.lower() in _NEGATIONS.get(language or "en", ()) for w in _WORDS.findall(sentence, start, cue.start)):
            continue  # "..., and nothing he told me when I returned": nothing done
        found.append((start, end, cue))
    return found


_STATE_VERBS = frozenset(w.lower() for w in lexicon("en").get("reported_state_verbs") or [])
_COPULAS = frozenset({"was", "were"})
# Before a reported clause's verb, a word that makes it no deed done (the language files' hypothetical words: "would",
# "should", "if") or that opens a relative clause of its subject ("President Costa Gomes, who had met ..."); after it,
# "no" ("had received no advance word"): nothing was done.
_NOT_DONE_BEFORE = {language: compile_opening(r"(?<!\w)(?:" + alternation([*(lexicon(language).get("hypothetical") or []), *(lexicon(language).get("reported_not_done") or [])] or ["(?!)"]) + r")(?!\w)", re.IGNORECASE)
                    for language in ("en", "ru")}
_NOTHING_DONE = compile_opening(r"\s+no\b", re.IGNORECASE)
_WORDS = compile_opening(r"[\w'’]+")
_PERFECT_AUXILIARIES = frozenset({"had", "has", "have"})


def _tells_a_deed(verb: str) -> bool:
    """A reported verb that tells a deed done, not a course under way ("was using"), a denial ("was not directed") or a
    state or view (reported_state_verbs: "deserved", "excluded")."""
    words = verb.lower().split()
    return bool(words) and not words[-1].endswith("ing") and words[-1] not in _STATE_VERBS \
        and not (words[0] in _COPULAS and (len(words) == 1 or "not" in words))


def reported_done_acts(index: int, s: Sentence, day: date, language: str | None, context: Context,
                       previous_actor: str | None, taken: list[tuple[int, int]]) -> list[EventDraft]:
    """The acts a saying on ``day`` reports as done ("Nimeiri admitted that the editor had been tried and hanged", "X told
    me that the first group arrived", "Кениата сказал, что правительство отказалось принять груз"): each a row of its own
    beside the saying's, on or before its day, done by the clause's own subject (and the one the clause names it done
    to); not a clause another row already holds (``taken``), nor one whose clause names no doer."""
    if language not in (None, "en", "ru"):
        return []
    sentence = s.text
    rows = []
    for start, end, cue in _done_reports(sentence, language, read_cues(sentence, language)):
        if any(a < s.start + end and s.start + start < b for a, b in taken):
            continue
        row = EventDraft(index, "statement", s.start + start, s.start + end, "relative_date", 0.35)  # dated by the saying
        row.inferred, row.date_kind, row.end_date, row.precision = True, "upper_bound", day, "day"
        clause = sentence[start:end]
        row.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
        row.sources, row.targets = cue_actors(clause, Cue(cue.kind, cue.start - start, cue.end - start), language, context, previous_actor)
        if not row.sources or _NO_DOER[language or "en"].match(clause):
            continue  # "said that it had been a mistake": no doer
        rows.append(row)
    return rows


# A reported clause opened by a subject that names no doer ("that it had been ...", "that there had been", "что это было"):
# a view of a state, no act of its own (reported_no_doer in the language files).
_NO_DOER = {language: compile_opening(r"^\W*(?:" + alternation(lexicon(language).get("reported_no_doer") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE)
            for language in ("en", "ru")}
