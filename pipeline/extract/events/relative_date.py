"""Sentences dated from the last date the text gave: "Stalin replied:", "five days later"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.events.annotate import Sentence, pluperfect_in
from pipeline.extract.events.common import (
    KEYWORD_PATTERNS,
    OPENING_PREPOSITIONS,
    REPLIED,
    Context,
    EventDraft,
    actor_names,
    clause_actors,
    clause_group,
    course_end,
    last_dated,
    last_message,
    office_spans,
    subject_names,
    teller_again,
    told_clause,
    told_group,
    window_actors,
)
from pipeline.extract.events.tense_sentence import (
    OPENS_WITH_DAY,
    SHARED_SUBJECT_JOINER,
    TOLD_JOINER,
    second_told_day,
)
from pipeline.extract.tense import Cue, read_cues, weekday_offset
from pipeline.normalize.dates import DateMention, RelativeMention, find_dates, find_relative, period_end
from pipeline.normalize.lexicon import alternation, lexicon, weekday_numbers
from pipeline.normalize.openings import compile_opening

# A word that puts what follows ahead ("would", "will", "is to"): after a saying, the offset it precedes dates a plan.
_AHEAD = compile_opening(
    r"(?<!\w)(?:" + alternation(w for lang in ("en", "ru") for w in lexicon(lang).get("ahead_words") or []).replace(r"\ ", r"\s+") + r")(?!\w)",
    re.IGNORECASE,
)
_BY = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("deadline_openers") or []).replace(r"\ ", r"\s+") + r")\s+"
                     r"(?:the\s+(?:" + (alternation(lexicon("en").get("weekday_parts_alone") or []) or "(?!)") + r")\s+of\s+)?$", re.IGNORECASE)
# (a part of the day counted, "by the evening of the next day", is a bound as "by the next morning" is)


_DAY_PARTS = frozenset(lexicon("zh").get("day_part_openers") or [])  # "晚上", "下午": a time of the day given last


def _speaker_named(before: str) -> list[str]:
    """Who a reply's words before its verb name: the gazetteer's names, else an office the page knows the holder of
    ("The Ambassador replied", after "Ambassador Menshikov"), else a summary record's speaker, his title and his name in
    capitals ("4. MR. CORWIN replied that ...")."""
    if found := actor_names(before) or [name for _, _, name in office_spans(before, [])]:
        return found
    if (titled := _TITLED_CAPITALS.match(before)) is not None:
        return [" ".join(w.capitalize() for w in titled["name"].split())]
    return []


# A summary record's turn opening on its speaker's title and his name in capitals before the verb ("4. MR. CORWIN replied
# that ...", "SIR HUGH TANCRED thanked ..."; hearing_turn_titles and vocatives in en.yaml).
_TITLED_CAPITALS = compile_opening(
    r"^\W*(?:\d{1,2}\.\s+)?(?i:" + (alternation([*(lexicon("en").get("hearing_turn_titles") or []), *(lexicon("en").get("vocatives") or [])]) or "(?!)")
    + r")\s+(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2})\s+$")


def relative_events(index: int, s: Sentence, earlier: list[EventDraft], context: Context | None = None,
                    now: date | None = None, said_on: date | None = None, previous_actor: str | None = None,
                    entry_day: date | None = None, language: str | None = None, texts: list[str] | None = None,
                    written: date | None = None) -> list[EventDraft]:
    """"Stalin replied:" answers the last dated message; "five days later" counts from the last date, "a week ago" from
    the day the text speaks from (``now``); "X said that the day before ..." inside a conversation counts from its day
    (``said_on``), and the saying is a row of that day. In a journal's entry (``entry_day``, its heading's day) with no
    date written since the heading, the day given last is the heading's ("四月二十六日 / 晚上总理设宴 ...": that evening).

    In a record of a meeting or a cable, a reply that names no day and follows a message of a day before the one the
    text speaks from ("Comrade Lesechko replied that ...", "I replied that I would report this immediately") is a turn
    of that meeting or talk: on its day (or days), not on the earlier message's.

    A day of the week told with no date ("On Sunday a PLAN unit attacked ... and the following morning ...", "The next day
    he addressed the Knesset, and on Monday he held talks with Begin") is the last such day before the day of writing
    (``written``, where a report, a communiqué or an article has moved its story to a day it told), as the tense reader
    counts it (tense_sentence.written_on), not the last before the story's day.
    """
    weekdays_from = written or now
    sentence, offset = s.text, s.start
    if (m := REPLIED.search(sentence)) and (previous := last_message(earlier)):
        answered = previous.end_date if previous.date_kind == "range" and previous.end_date else previous.start_date
        event = EventDraft(index, "reply", offset, offset + len(sentence), "relative_date", 0.4).on(answered)  # a message
        # told over days ("informed me that during the night ..."): answered at its end
        counted = next((r for r in s.relative if r.start > m.start() and not (r.from_now or r.within or r.in_month or r.until)
                        and not told_clause(sentence, r.start, r.end, None)), None)
        asked = next((c for c in read_cues(sentence, "en") if c.kind == "relative" and c.end <= m.start() and c.days < 0
                      and not (c.months or c.years or c.until or c.period or c.since or c.bound) and c.weekday < 0), None) \
            if counted is None and now is not None and language in (None, "en") else None
        if asked is not None and sentence[asked.end: m.start()].count(";") + sentence[asked.end: m.start()].count(".") <= 1:
            event.on(now + timedelta(days=asked.days)).date_kind = "exact"  # "Lodge asked us last night whether Canada could
            event.inferred = True  # support it; I replied that I would seek your instructions": answered when asked, the
            event.date_text = sentence[asked.start: asked.end]  # day the sentence counts back to from the writing
            names = _speaker_named(sentence[: m.start()])
            event.sources = names[:1] or list(previous.targets[:1])
            event.targets = [n for n in previous.sources if n not in event.sources]
            return [event]
        later = next((c for c in read_cues(sentence, "en") if c.kind == "relative" and c.start >= m.end() and c.days < 0
                      and not (c.months or c.years or c.until or c.period or c.since or c.bound) and c.weekday < 0), None) \
            if counted is None and asked is None and (said_on or now) is not None and language in (None, "en") else None
        if later is not None and not told_clause(sentence, later.start, later.end, None):
            event.on((said_on or now) + timedelta(days=later.days)).date_kind = "exact"  # "He answered the note
            event.inferred = True  # yesterday.": the day before the talk (or the writing), not the note's day nor the talk's
            event.date_text = sentence[later.start: later.end]
            names = _speaker_named(sentence[: m.start()])
            event.sources = names[:1] or list(previous.targets[:1])
            event.targets = [n for n in previous.sources if n not in event.sources]
            return [event]
        if counted is not None:  # "The President replied on the same day", "Moscow answered three days later": counted from
            event.on(answered + timedelta(days=counted.days)).date_kind = "exact"  # the message it answers
            event.inferred = True
            names = _speaker_named(sentence[: m.start()])
            event.sources = names[:1] or list(previous.targets[:1])
            event.targets = [n for n in previous.sources if n not in event.sources]
            event.date_text = counted.text
            return [event]
        if context is not None and (context.is_record or context.is_correspondence) and context.occasion \
                and context.occasion_precision == "day" and previous.start_date < context.occasion:
            event.on(context.occasion)
            if context.is_record and said_on is not None and previous.start_date < said_on < context.occasion:
                event.on(said_on)  # a record written the day after its talk ("[Damascus, 15 October 1975]" over "On 14
                # October 1975 at 17:30 ... was received"): the reply is a turn of the talk, on its day
            elif context.is_record and context.occasion_end:
                event.end_date, event.date_kind = context.occasion_end, "range"
            elif context.is_record and context.speaker and previous.block == index and _WE_ANSWERED.match(sentence[: m.start()]):
                event.start_date, event.end_date, event.date_kind = previous.start_date, context.occasion, "range"  # "Kádár:
                # The Romanian comrades made a similar proposal to us ... a week ago. We answered that ...": the speaker's
                # side answered the message his turn told of, after it and by the meeting
                event.sources, event.targets = [context.speaker], [n for n in previous.sources + previous.targets if n != context.speaker]
                return [event]
            if (speaker := _speaker_named(sentence[: m.start()]) or subject_names(sentence[: m.start()], None)):
                event.sources, event.targets = speaker[:1], []  # the speaker of the turn, not the earlier message's addressee
                return [event, *_acts_the_reply_tells(index, s, m.end(), said_on or now, language)]
        names = _speaker_named(sentence[: m.start()])
        event.sources = names[:1] or list(previous.targets[:1])
        event.targets = [n for n in previous.sources if n not in event.sources]
        if _TITLED_CAPITALS.match(sentence[: m.start()]) and not actor_names(sentence[: m.start()]):
            event.targets = []  # "4. MR. CORWIN replied that ...": a summary record's turn, its speaker alone (minutes)
        event.date_text = None
        return [event, *_acts_the_reply_tells(index, s, m.end(), said_on or now, language)]
    relative = s.relative
    if relative and language in (None, "en") and modal_count(sentence, relative[0]):
        return []  # "Two regiments can reach Gdańsk within six hours": what may or must come, nothing done on the day
    if relative and weekdays_from is not None and (told := _weekday_then(index, s, relative[0], weekdays_from, language)):
        return told
    if relative and ((previous := _month_story_dated(earlier, index, relative[0])) or entry_day is not None):
        when = relative[0]
        if previous is not None and when.days >= 0 and not when.from_now and (back := _looked_back_from(previous, earlier, texts if pluperfect_in(sentence) is None else None)) is not None:
            previous = back  # "On March 31 the army removed the President. X had returned two days earlier. In a
            # memorandum the next day, ...": the day after the story's day, not after the day the look back told; "...
            # entered Kampala on 11 April. Libyan soldiers were withdrawn two days earlier. The radio station was taken
            # the same morning": the story's day again
            # "He informed Comrade Tambo that the Committee had already sent medicines on 25 June. / Comrade Tambo left for
            # Moscow the same evening.": the same day too counts on from the story's, not from the look back's
        if previous is not None and not when.from_now:
            previous = _story_not_paper(previous, earlier, texts)
        if previous is not None and not when.from_now and (named := _named_after(
                previous, earlier, texts, (context.letter_date or context.occasion) if context is not None else None)) is not None:
            previous = named  # "The disturbances which began on 29 December reached the capital on Tuesday ... the same
            # evening": the day the text named last, by the day of the week after its date or a day it was done by
        if previous is not None and not when.from_now and (opened := sentence_opened_on(previous, earlier, texts)) is not None:
            previous = opened
        if previous is None or (entry_day is not None and when.text in _DAY_PARTS and previous.start_date != entry_day):
            previous = EventDraft(index, "statement", 0, 0, "relative_date", 0.5).on(entry_day)  # "晚上总理设宴 ...": the
            previous.date_kind = "exact"  # entry's evening, whatever day the entry looked back to before
        cut = told_clause(sentence, when.start, when.end, "ru" if language == "ru" else None) or 0  # "X informed me that the day before the Korean side had ..."
        again = teller_again(sentence, when.start, when.end) if said_on and not cut and when.days < 0 and context is not None \
            and (context.is_journal or context.is_record) else None  # "Taraki received me ... and told me that the day before he had met ...": in a
        # journal's entry, the talk is of the entry's day, the teller's own act told in it of the day counted from it; in a
        # record too ("Comrade Tito recalled that he had been in Prague only ten days ago"): the saying on the talk's day
        if again:
            anchor_said = said_on
        anchor = (written or now) if when.from_now and now else said_on if cut and said_on and when.days else _counted_from(previous, 1 if when.within else when.days)
        # (a saying's clause counted from the talk, "said that the day before ..."; but "the same evening" in it is the
        # evening of the story's day told last: "reported that two passengers who had left the aircraft at Seawell had
        # flown to Trinidad the same evening", after "the aircraft which left Seawell ... on Wednesday")
        if anchor == previous.end_date and _night_closed(previous, when, texts, sentence):
            anchor = previous.start_date  # "In the night of 12 to 13 December ... the next morning": the 13th
        elif not cut and when.days == 0 and previous.end_date is not None and _day_after_night(previous, when, texts, earlier):
            anchor = previous.end_date  # "В ночь на 22 ноября ... высадился отряд ... К вечеру того же дня ...": the 22nd
        if now is not None and not when.from_now and not cut and (told := _NOW_DAY.search(sentence, 0, when.start)):
            anchor = now + timedelta(days=_NOW_DAYS[" ".join(told.group().lower().split())])  # "Yesterday the general
            # resigned, and the same evening ...": counted from the day the sentence named from the writing
        event = EventDraft(index, "statement", offset, offset + len(sentence), "relative_date", 0.5)
        _count(event, anchor, when)
        if not cut and not when.from_now and (night := _counted_night(previous, when, texts)) is not None:
            (event.start_date, event.end_date), event.date_kind = night, "range"  # "In the night of 17 to 18 February ...
            # The next night French paratroopers landed": from the 18th into the 19th
        plan = _plan_told(sentence, when)
        if plan is not None:  # "Dorticós read the letter and said he would inform Fidel the following day": the day
            event.on(anchor).date_kind = "exact"  # counted is the plan's; the reading and the saying are the anchor's,
            event.date_text = None  # the sayer's: not those the plan names
        if _BY.search(sentence, 0, when.start):  # "By the next morning the strike had spread": on or before it
            event.start_date, event.date_kind = None, "upper_bound"
        elif plan is None and _ahead_of_writing(event, when, context):
            event.start_date = event.end_date = event.date_text = None  # "Договорились встретиться снова через две
            event.date_kind, event.precision, event.inferred = "undated", "unknown", False  # недели": a day counted past the
            # writing is a plan's, with no date yet
        event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence)), "statement")
        event.sources, event.targets = window_actors(sentence[cut: plan], None if cut else previous_actor)  # "He reported
        # that he had spoken by telephone with Comrade Brezhnev on Sunday": he, the one last named, and the one he spoke with
        if cut and not event.sources and (subject := told_group(sentence, when.start, when.end) or clause_group(sentence[when.end:])):
            event.sources = subject  # a group the gazetteer lacks ("the Korean side"), before the day or after it ("told
            # me that the Privy Council would consider the offer on Monday")
        elif not event.sources and not event.targets and (subject := _group_without(sentence[cut:], when.start - cut, when.end - cut)):
            event.sources = subject  # "The Politburo had in fact rescinded the norm increase that very afternoon"
        if again:
            _count(event, anchor_said, when)
            said = EventDraft(index, "statement", offset, offset + again, "relative_date", 0.45).on(anchor_said)
            said.date_kind = "exact"
            said.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[:again])), "statement")
            said.sources, said.targets = window_actors(sentence[:again], previous_actor)
            event.evidence_start = offset + again
            teller = said.sources[:1]
            told = window_actors(sentence[again: plan], None)
            event.sources = teller + [n for n in told[0] if n not in teller]
            event.targets = [n for n in told[1] if n not in event.sources]
            return [said, event]
        later = _later_told_clauses(index, sentence, offset, cut, when, event, said_on, language, context, previous_actor) \
            if cut and said_on and now is not None and context is not None and plan is None else []
        if cut and said_on and when.days:  # "PHAM VAN DONG said that the day before the government had published ...": his
            said = EventDraft(index, "statement", offset, offset + cut, "relative_date", 0.45).on(said_on)  # saying, that day
            said.date_kind = "exact"
            said.sources, said.targets = window_actors(sentence[:cut], None)
            return [said, event, *later]
        if later:
            return [event, *later]
        read_as = "ru" if language == "ru" else "en"  # "В понедельник ... убили ..., а позавчера ...": a Russian page's joiners
        if now is not None and context is not None and not cut and plan is None \
                and (main := next((c for c in read_cues(sentence, read_as) if c.kind == "past" and c.start > when.end), None)):
            cues = read_cues(sentence, read_as)  # "On the same day the Government condemned it, and on Monday our
            # Ambassador asked to speak": the second clause's act, on the day of its own
            if any(c.kind == "past" and c.end <= when.start for c in cues):
                main = Cue("past", when.start, when.end)  # "... were taken to Sharjah the following day, and from there
                # were sent by sea to Dammam on Sunday": the first clause ends with its day; the joiner comes after it
            return [event, *second_told_day(index, sentence, offset, cues, main, weekdays_from, None if read_as == "en" else read_as, context,
                                            previous_actor)]
        return [event]
    return []


def _pluperfects(sentence: str, start: int, end: int) -> list[re.Match]:
    """The pluperfects from ``start`` that end by ``end``, in the order written."""
    found = []
    while (m := pluperfect_in(sentence, start)) is not None and m.end() <= end:
        found.append(m)
        start = m.end()
    return found


def _later_told_clauses(index: int, sentence: str, offset: int, cut: int, when, event: EventDraft, said_on: date,
                        language: str | None, context: Context, previous_actor: str | None) -> list[EventDraft]:
    """The clause a saying reports after the one its first day dates, with a day of its own ("said that the negotiators
    had reached an agreement the day before, and that Escobar had flown back on Sunday"; "reported that two passengers
    had flown to Trinidad the same evening and had been arrested by the Trinidad police yesterday"): its row on its own
    day, counted from the saying; the first row's evidence then ends where the second clause is joined, with its own doers."""
    cues = read_cues(sentence, "en")
    done = [Cue("past", m.start(), m.end()) for m in _pluperfects(sentence, cut, when.start)]  # "had flown to Trinidad"
    main = next((c for c in reversed([*cues, *done]) if c.kind == "past" and cut <= c.start and c.end <= when.start), None) \
        or next((c for c in cues if c.kind == "past" and c.start >= cut), None)
    if main is None:
        return []
    later = second_told_day(index, sentence, offset, cues, main, said_on, None if language in (None, "en") else language, context,
                            previous_actor)
    second = later[0].evidence_start - offset if later else 0
    if later and ((joined := TOLD_JOINER.search(sentence, when.end, second)) is not None
                  or (joined := SHARED_SUBJECT_JOINER.search(sentence[:second], when.end)) is not None):
        event.evidence_end = offset + joined.start()  # "said that the negotiators had reached an agreement the day
        # before, and that Escobar had flown back on Sunday": each told clause its own row, its own doers
        event.sources, event.targets = window_actors(sentence[cut: joined.start()], None)
    return later


# A day named from the day of writing (relative_days: "yesterday", "the day before yesterday"), written in a sentence
# before a day counted from another ("..., and the same evening"): the count runs from it, not from the last date given.
_NOW_DAYS = {" ".join(k.lower().split()): v for lang in ("en", "ru") for k, v in (lexicon(lang).get("relative_days") or {}).items()}
_NOW_DAY = compile_opening(r"(?<!\w)(?:" + alternation(_NOW_DAYS).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)


# A turn's sentence whose subject is the speaker's own side, before its verb of answering ("We answered that ...").
_WE_ANSWERED = compile_opening(r"^\W*(?:We|I)\s+(?:\w+ly\s+|then\s+|also\s+)?$")

_SINCE_THEN = compile_opening(r"^\W*(?:" + alternation(lexicon("en").get("since_then_openers") or []).replace(r"\ ", r"\s+") + r")\b", re.IGNORECASE)
# The same opening in Russian ("С тех пор правительство ведёт переговоры"): its verb's tense is no sign (a present or a
# past tells the same course), so the opening alone (ru.yaml since_then_openers).
_SINCE_THEN_RU = compile_opening(r"^\W*(?:" + (alternation(lexicon("ru").get("since_then_openers") or []).replace(r"\ ", r"\s+") or "(?!)")
                                 + r")(?!\w)", re.IGNORECASE)
# The present perfect: "has"/"have", an adverb between, and a participle, regular or one of irregular_participles ("Since
# then they have held a strip of the province").
PERFECT_VERB = compile_opening(r"\b(?:has|have)\s+(?:(?:\w+ly|been|also|not|already)\s+){0,2}(?:\w+(?:ed|en|wn|ne|ght)|"
                               + alternation(lexicon("en").get("irregular_participles") or []) + r")\b", re.IGNORECASE)


_PERIOD_STARTS = {" ".join(k.lower().split()): v for lang in ("en", "ru", "zh") for k, v in (lexicon(lang).get("since_period_starts") or {}).items()}
_PERIOD_START = compile_opening(r"(?<!\w)(?:" + alternation(_PERIOD_STARTS).replace(r"\ ", r"\s+") + r")", re.IGNORECASE) \
    if _PERIOD_STARTS else None
_PERIOD_SCREEN = tuple(sorted({k[:3] for k in _PERIOD_STARTS}))
_ANY_PERIOD_SCREEN = re.compile("|".join(map(re.escape, _PERIOD_SCREEN)) or "(?!)")  # the stems in one scan of the text


def _looked_back_from(previous: EventDraft, earlier: list[EventDraft], texts: list[str] | None = None) -> EventDraft | None:
    """The row a look back ("X had returned two days earlier") counted from, when ``previous`` is that look back's: the
    story's day a later count forward ("the next day") goes on from; or the row before a look back told in the
    pluperfect with a day of its own, earlier than the story's ("On Monday, November 10, the General Assembly adopted
    Resolution 3379 ... The Third Committee had already approved the text on October 17. ... The following day the
    Senate ..."), where the count forward is told in the simple past (a story told on in the pluperfect, "Two days later
    the army had been forced to give up Qataba", counts from its own last day). None for any other row."""
    if previous.method == "dated_sentence" and previous.start_date is not None and (found := _told_at(previous, texts)) is not None:
        told, at = found
        opens = max(told.rfind(". ", 0, at), told.rfind("; ", 0, at), 0)
        before = last_dated([e for e in earlier if e is not previous and e.start_date is not None])
        if pluperfect_in(told[:at], opens) is not None and before is not None and before.start_date is not None \
                and before.start_date > previous.start_date and before.date_kind == "exact":
            return before
        return None
    if previous.method != "relative_date" or not previous.date_text:
        return None
    told = find_relative(previous.date_text)
    if len(told) != 1 or told[0].days >= 0 or told[0].from_now or told[0].within or told[0].until is not None:
        return None
    before = last_dated([e for e in earlier if e is not previous])
    if before is None or before.start_date is None or previous.start_date is None \
            or before.start_date + timedelta(days=told[0].days) != previous.start_date:
        return None
    return before


# A span with no count ("Within days officers held the garrison"): it tells by when the act came, not a day the story
# is at; a later "the next morning" counts from the day before it (en.yaml within_uncounted).
_UNCOUNTED_SPANS = frozenset(" ".join(k.lower().split()) for k in lexicon("en").get("within_uncounted") or {})


def _spans_uncounted(event: EventDraft) -> bool:
    return event.method == "relative_date" and event.date_text is not None \
        and " ".join(event.date_text.lower().split()) in _UNCOUNTED_SPANS


# The morning that closes a night told as a span: counted from the night's first day, it is the night's last
# (en.yaml morning_after_night; the night's openers are day_span_openers that name a night).
_MORNING_AFTER_NIGHT = frozenset(" ".join(k.lower().split()) for k in lexicon("en").get("morning_after_night") or [])
_NIGHT_OF = compile_opening(r"(?<!\w)(?:" + (alternation([k for k in lexicon("en").get("day_span_openers") or {} if "night" in k])
                                              or "(?!)").replace(r"\ ", r"\s+") + r")\s+(?:the\s+)?$", re.IGNORECASE)


# The small hours named before a count of one day ("In the early hours of the following day"): the morning after the
# night the story told (en.yaml small_hours_words).
_SMALL_HOURS_OF = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("small_hours_words") or [])
                                                   or "(?!)").replace(r"\ ", r"\s+") + r")\s+of\s+$", re.IGNORECASE)
# The words by which a row's evidence tells a night with no day of its own ("Fighting at the airport went on through the
# night"): en.yaml night_spans. English alone, unlike passages' night spans of every language: the night is read only
# where an English count names the morning after it (_night_closed: en.yaml morning_after_night, small_hours_words),
# and another language's night goes with its own words for that morning, which no file lists yet.
_NIGHT_SPAN_TOLD = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("night_spans") or [])
                                                    or "(?!)").replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)


def _night_closed(previous: EventDraft, when: RelativeMention, texts: list[str] | None, sentence: str = "") -> bool:
    """"In the night of 12 to 13 December ... the next morning", "Fighting at the airport went on through the night. In
    the early hours of the following day ...": the count names the morning the night ran into."""
    morning = " ".join(when.text.lower().split()) in _MORNING_AFTER_NIGHT \
        or (when.days == 1 and _SMALL_HOURS_OF.search(sentence, 0, when.start) is not None)
    return morning and (_told_night(previous, texts) or _night_spanned(previous, texts))


def _night_spanned(previous: EventDraft, texts: list[str] | None) -> bool:
    """The row is a night of two days that its evidence tells with no day of its own ("went on through the night")."""
    if previous.date_kind != "range" or previous.end_date is None or previous.start_date is None or texts is None \
            or previous.end_date - previous.start_date != timedelta(days=1) or not 0 <= previous.block < len(texts):
        return False
    return _NIGHT_SPAN_TOLD.search(texts[previous.block], previous.evidence_start, previous.evidence_end) is not None


# The same day told after a night told as a span of two days ("В ночь на 22 ноября ... К вечеру того же дня ...", "In
# the night of 21 to 22 November ... Later the same day ..."): the day the night ran into (en.yaml, ru.yaml
# same_day_after_night).
_SAME_DAY_AFTER_NIGHT = frozenset(" ".join(k.lower().split()) for language in ("en", "ru")
                                  for k in lexicon(language).get("same_day_after_night") or [])
_NIGHT_ONTO = compile_opening(r"(?<!\w)(?:" + (alternation([*(lexicon("ru").get("night_onto_openers") or []),
                                                             *(lexicon("en").get("weekday_night_onto") or [])])
                                               or "(?!)").replace(r"\ ", r"\s+") + r")\s+$", re.IGNORECASE)
# ("В ночь на 22 ноября", "In the night to Friday": the night onto the day named, whose day the same evening is)


def _day_after_night(previous: EventDraft, when: RelativeMention, texts: list[str] | None, earlier: list[EventDraft]) -> bool:
    """The count names the same day after a night told as a span of two days: the night's last day. A row carrying the
    night's days with no words of its own ("Нападавшие сожгли ...") is read by the row that wrote them."""
    if " ".join(when.text.lower().split()) not in _SAME_DAY_AFTER_NIGHT:
        return False
    if not previous.date_text:
        previous = next((e for e in reversed(earlier) if e.date_text and (e.start_date, e.end_date) == (previous.start_date, previous.end_date)
                         and e.block == previous.block), previous)
    if _told_night(previous, texts):
        return True
    if previous.date_kind != "range" or previous.start_date is None or previous.end_date is None \
            or previous.end_date - previous.start_date != timedelta(days=1) or (found := _told_at(previous, texts)) is None:
        return False
    told, at = found
    return _NIGHT_ONTO.search(told, max(0, at - 20), at) is not None \
        or _NIGHT_ONTO.search(told, at, at + len(previous.date_text) - len(previous.date_text.split()[-1])) is not None


def _told_at(previous: EventDraft, texts: list[str] | None) -> tuple[str, int] | None:
    """The text of the row's passage and where its date's words stand in it."""
    if texts is None or not previous.date_text or not 0 <= previous.block < len(texts):
        return None
    told = texts[previous.block]
    at = told.find(previous.date_text, previous.evidence_start, previous.evidence_end)
    return (told, at) if at > 0 else None


# A message named by its own day ("handed me your letter of 11th December", "my telegram No. 226 of 10 December"): the
# paper's day, not a day the story went on to (en.yaml quoted_message_nouns).
_PAPERS_DAY = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("quoted_message_nouns") or ["(?!)"]) + r")s?\s+(?:No\.?\s*[\w/-]+\s+)?(?:of|dated)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _story_not_paper(previous: EventDraft, earlier: list[EventDraft], texts: list[str] | None) -> EventDraft:
    """The row an offset counts from, not a message's own day its sentence names beside the day the story went on to
    ("Your Ambassador called on me on the 12th December and handed me your letter of 11th December ... I announced the
    decision the following day": the 13th, the day after the call): the last other day that sentence gives."""
    if previous.method != "dated_sentence" or (found := _told_at(previous, texts)) is None:
        return previous
    told, at = found
    if not _PAPERS_DAY.search(told, max(0, at - 40), at):
        return previous
    others = [(pos, e) for e in earlier if e is not previous and e.block == previous.block and e.evidence_start == previous.evidence_start
              and e.method == "dated_sentence" and e.date_text and e.start_date and e.precision in ("day", "minute")
              and (pos := told.find(e.date_text, e.evidence_start, e.evidence_end)) >= 0
              and not _PAPERS_DAY.search(told, max(0, pos - 40), pos)]
    return max(others, key=lambda p: p[0])[1] if others else previous


def _told_night(previous: EventDraft, texts: list[str] | None) -> bool:
    """The row is dated by a night told as a span of two days ("In the night of 12 to 13 December ...")."""
    if previous.date_kind != "range" or previous.end_date is None or previous.start_date is None \
            or previous.end_date - previous.start_date != timedelta(days=1) or (found := _told_at(previous, texts)) is None:
        return False
    told, at = found
    return _NIGHT_OF.search(told, max(0, at - 20), at) is not None


# A night counted from the last day the story told (en.yaml nights_counted).
_NIGHTS_COUNTED = {" ".join(k.lower().split()): v for k, v in (lexicon("en").get("nights_counted") or {}).items()}


def _counted_night(previous: EventDraft, when: RelativeMention, texts: list[str] | None) -> tuple[date, date] | None:
    """The two days of a night counted from the row the story told last ("that night", "the next night"): that row's
    night when it told one as a span, else the night that follows the day it told, from that day's own evening ("On
    Tuesday morning ...", "fired on the aircraft on Wednesday ... the following night"). None where the count names no
    night, or names that same night of a day with no night told (that day)."""
    forward = _NIGHTS_COUNTED.get(" ".join(when.text.lower().split()))
    if forward is None or previous.start_date is None:
        return None
    if _told_night(previous, texts):
        step = timedelta(days=forward)
        return previous.start_date + step, previous.end_date + step
    if not forward:
        return None
    day = previous.end_date if previous.date_kind == "range" and previous.end_date else previous.start_date
    return night_counted(day, forward)


def night_counted(day: date, forward: int) -> tuple[date, date]:
    """The two days of a night counted from a day told: the night that follows a day is that day's own, from its
    evening ("the following night"); the night before it runs from the evening before into that day ("the previous
    night")."""
    first = day + timedelta(days=forward - 1 if forward > 0 else forward)
    return first, first + timedelta(days=1)


def story_dated(earlier: list[EventDraft], index: int) -> EventDraft | None:
    """The row a relative day ("the same night", "the next morning") counts from: the last the text dated, but not a
    speaker's saying in the passage ("The Force Commander, he said, had been in contact ...", the meeting's day) after a
    day the passage told ("In the early hours of the 23rd ... Loyal officers arrested Bangura the same night"): the
    story's day, which the saying tells of; nor a span with no count ("Within days ..."), which names no story day."""
    last = last_dated(earlier)
    if last is not None and _spans_uncounted(last):
        earlier = [e for e in earlier if e is not last]
        last = last_dated(earlier)
    if last is None or last.method != "document_act" or last.block != index:
        return last
    told = last_dated([e for e in earlier if e.block == index and e.method == "dated_sentence"])
    return told if told is not None and told.evidence_end <= last.evidence_start else last  # not a paper's day the
    # saying's own sentence names ("I handed him the reply to his letter of 20 May")


def sentence_opened_on(previous: EventDraft, earlier: list[EventDraft], texts: list[str] | None) -> EventDraft | None:
    """The row of the day a sentence opens on ("On the afternoon of 21 March the Governor-General swore in Stevens, his
    party having won the general election of 17 March. Within an hour ... The same evening ..."), where the last day
    the sentence dated is a later one it names of a thing before (the election's): the story is at its opening's day,
    which the next sentences count from. None where the last day is the opening's or no such row stands."""
    if texts is None or previous.method != "dated_sentence" or not previous.date_text or previous.block >= len(texts):
        return None
    text = texts[previous.block]
    same = [e for e in earlier if e.block == previous.block and e.evidence_start == previous.evidence_start
            and e.method == "dated_sentence" and e.date_text and e.start_date and e.precision in ("day", "minute")]
    opened = [e for e in same if (at := text.find(e.date_text, e.evidence_start, e.evidence_end)) >= 0
              and OPENS_WITH_DAY.search(text[e.evidence_start: at])]
    if len(opened) != 1 or opened[0] is previous or opened[0].start_date <= previous.start_date:
        return None
    return opened[0]


def _month_story_dated(earlier: list[EventDraft], index: int, when: RelativeMention) -> EventDraft | None:
    """The row an offset counts from (story_dated); months counted ("In March 1980 ... A month later ...") count from a
    month the text dated after its last day too."""
    previous = story_dated(earlier, index)
    if not when.months:
        return previous
    after = earlier[next(i for i, e in enumerate(earlier) if e is previous) + 1:] if previous is not None else earlier
    return next((e for e in reversed(after) if e.start_date and e.precision == "month"), previous)


def period_start_course(text: str, written: date | None) -> tuple[date, re.Match] | None:
    """"since the beginning of the month", "с начала года", "年初以来": the first day of the month or year of
    ``written`` that the phrase opens a course from, and where it is written."""
    if written is None or _PERIOD_START is None or not _ANY_PERIOD_SCREEN.search(text.lower()):
        return None
    if (m := _PERIOD_START.search(text)) is None:
        return None
    period = _PERIOD_STARTS.get(" ".join(m.group().lower().split()))
    return (written.replace(day=1) if period == "month" else written.replace(month=1, day=1)), m


_CLAUSE_END = compile_opening(r"[,;\uff0c\uff1b]")


def period_start_events(index: int, s: Sentence, context: Context | None, day: date | None = None,
                        heading: date | None = None) -> list[EventDraft]:
    """"Somali forces have been besieging Harar since the beginning of the month, and the loss of Jijiga, which fell in
    September, ...": the clause, a course from the first of the month spoken from to that day (a range)."""
    if (course := period_start_course(s.text, written := course_end(context, day, heading))) is None or not course[0] < written:
        return []
    end = _CLAUSE_END.search(s.text, course[1].end())
    end = len(s.text) if end is None or end.start() == course[1].end() and s.text[end.start()] in "\uff0c" else end.start()
    event = EventDraft(index, "statement", s.start, s.start + end, "relative_date", 0.45)
    event.start_date, event.end_date, event.precision, event.date_kind = course[0], written, "day", "range"
    event.inferred, event.date_text = True, course[1].group()
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[:end])), "statement")
    event.sources, event.targets = clause_actors(s.text, course[1].start(), end)  # the clause's own: "According to
    # Mengistu, Somali forces have been besieging Harar since ...": Somali forces
    if not event.sources and not event.targets:
        event.sources, event.targets = window_actors(s.text[:end], None)
    return [event]


def _acts_the_reply_tells(index: int, s: Sentence, after: int, day: date | None, language: str | None) -> list[EventDraft]:
    """The acts a reply's reported clauses tell on a day counted back from the talk ("Lloyd replied that the Foreign
    Office had followed the demonstrations ... with concern, and that the British Consulate in Zagreb had been stoned
    last night"): each a row of its own on that day, from its clause's "that", beside the reply said at the talk."""
    if day is None or language not in (None, "en"):
        return []
    sentence, acts = s.text, []
    for c in read_cues(sentence, "en"):
        weekday = c.weekday >= 0 and not c.days and not c.to_weekday >= 0 and not c.forward  # "and that martial law had
        # been proclaimed on Saturday evening": the last such day before the talk
        if c.kind != "relative" or c.start < after or (c.days >= 0 and not weekday) or (c.weekday >= 0 and not weekday) \
                or c.months or c.years or c.until or c.period or c.since or c.bound \
                or told_clause(sentence, c.start, c.end, None) is None:
            continue
        opens = max(after, sentence.rfind(" that ", after, c.start) + len(" that "))
        if weekday and _AHEAD.search(sentence, opens, c.start):
            continue  # "answered that Eden ... would reply personally on Monday": a plan's day, none past
        if acts and acts[-1].evidence_start - s.start == opens:
            continue  # one clause, one row: its first day dates it
        offset = weekday_offset(c.weekday, day) if weekday else c.days
        act = EventDraft(index, "statement", s.start + opens, s.start + len(sentence), "relative_date", 0.4).on(day + timedelta(days=offset))
        act.date_kind, act.inferred, act.date_text = "exact", True, sentence[c.start: c.end]
        act.sources = window_actors(sentence[opens: c.start], None)[0][:1]
        if acts and (joined := TOLD_JOINER.search(sentence, acts[-1].evidence_start - s.start, opens)) is not None:
            acts[-1].evidence_end = s.start + joined.start()  # "... had dismissed Nahas Pasha yesterday and that martial
            # law had been proclaimed on Saturday evening": each told clause its own row, its own day
        acts.append(act)
    return acts


def since_then_events(index: int, s: Sentence, earlier: list[EventDraft], context: Context | None,
                      day: date | None = None, heading: date | None = None) -> list[EventDraft]:
    """"The first clash, on 2 March, left 31 Soviet border guards dead. Since then both sides have staged mass
    demonstrations ...": a course from the last day the text wrote to the day it is written (a range). "Somali forces
    have been besieging Harar since the beginning of the month": from the first of the month to the day spoken from."""
    if course := period_start_events(index, s, context, day, heading):
        return course
    written = context.letter_date if context is not None else None
    if written is None:
        return []
    if (opens := _SINCE_THEN_RU.match(s.text)) is not None:
        pass
    elif (opens := _SINCE_THEN.match(s.text)) is not None:
        if not PERFECT_VERB.search(s.text, opens.end()):
            return []
    elif (closes := _SINCE_THEN_AFTER.search(s.text)) is not None and PERFECT_VERB.search(s.text, 0, closes.start()) \
            and not any(c.kind in ("relative", "period", "recent", "recent_days") for c in read_cues(s.text, "en")):
        opens = closes  # "Police have arrested some forty opposition leaders since then." (a day or a period of its own,
        # "was defeated last winter and has been under surveillance since then", dates the sentence by its own rules)
    else:
        return []
    previous = last_dated(earlier)
    if previous is None or previous.start_date is None or previous.start_date >= written:
        return []
    event = EventDraft(index, "statement", s.start, s.start + len(s.text), "relative_date", 0.45)
    event.start_date, event.end_date, event.precision, event.date_kind = previous.start_date, written, "day", "range"
    event.inferred, event.date_text = True, s.text[opens.start(): opens.end()].strip()
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text)), "statement")
    opening = opens.start() == 0 or not s.text[: opens.start()].strip(" \"'“‘([")
    event.sources, event.targets = window_actors(s.text[opens.end():] if opening else s.text, None)
    if not event.sources and opening and _PRONOUN_SUBJECT.match(s.text, opens.end()):
        event.sources = list(previous.sources)  # "Since then they have held a strip of the province": the last act's doers
    return [event]


# "since then" opening a clause joined to one that dates an act ("On 1 February my Government accepted the cease-fire,
# and since then our troops have not fired a shot"; "had proclaimed the independence of the State on 24 September, and
# that since then more than sixty States had recognized it"): the joints before it (en.yaml since_then_joints).
_SINCE_THEN_JOINED = compile_opening(r"(?:[,;]\s+|\s+(?=(?:and|but)\b))(?:(?:" + (alternation(lexicon("en").get("since_then_joints") or []).replace(r"\ ", r"\s+") or "(?!)")
                                     + r")\s+)?(?P<since>(?:" + alternation(lexicon("en").get("since_then_openers") or []).replace(r"\ ", r"\s+")
                                     + r"))\b", re.IGNORECASE)
# The end of the joined clause: a ";" or the sentence's own closing "." (not the dot of "U.S." inside it).
_JOINED_CLAUSE_END = re.compile(r";|\.\s*$")
# Its perfect, present or past (the past of reported speech: "that since then ... had recognized it").
_JOINED_PERFECT = compile_opening(r"\b(?:has|have|had)\s+(?:(?:\w+ly|been|also|not|already)\s+){0,2}(?:\w+(?:ed|en|wn|ne|ght)|"
                                  + alternation(lexicon("en").get("irregular_participles") or []) + r")\b", re.IGNORECASE)


def since_then_joined(index: int, s: Sentence, context: Context | None, day: date | None = None,
                      heading: date | None = None) -> list[EventDraft]:
    """A clause that "since then" opens after a clause dated by a day the sentence writes ("... was set up on 16 May, and
    since then groups of demonstrators have gathered daily outside Government House"): the course its perfect tells,
    from that day to the day the text speaks from (a range), a row of its own beside the dated act's."""
    if (m := _SINCE_THEN_JOINED.search(s.text)) is None or (written := course_end(context, day, heading)) is None:
        return []
    stop = _JOINED_CLAUSE_END.search(s.text[m.end():])
    if not _JOINED_PERFECT.search(s.text, m.end(), m.end() + stop.start() if stop else len(s.text)):
        return []
    before = [d for d in s.dates if d.end <= m.start() and d.start_date is not None and d.precision in ("day", "minute")]
    if not before or (first := before[-1].end_date or before[-1].start_date) >= written:
        return []
    event = EventDraft(index, "statement", s.start + m.start("since"), s.start + (m.end() + stop.start() if stop else len(s.text)),
                       "relative_date", 0.45)
    event.start_date, event.end_date, event.precision, event.date_kind = first, written, "day", "range"
    event.inferred, event.date_text = True, m.group("since")
    clause = s.text[m.end(): event.evidence_end - s.start]
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
    event.sources, event.targets = window_actors(clause, None)
    return [event]


_SINCE_THEN_AFTER = compile_opening(r"\s(?:" + alternation(lexicon("en").get("since_then_openers") or []).replace(r"\ ", r"\s+")
                                    + r")\s*(?=[.,;:]|$)", re.IGNORECASE)


def since_then_after_date(index: int, s: Sentence, dated: list[DateMention], written: date | None) -> list[EventDraft]:
    """A clause after a sentence's date that closes on "since then" after a present perfect ("They signed the agreement
    in May 1979, and trade between them has doubled since then"): a course from that date to the day the text is
    written (a range), beside the dated act's row."""
    if written is None or not dated or (m := _SINCE_THEN_AFTER.search(s.text, max(d.end for d in dated))) is None:
        return []
    before = [d for d in dated if d.end <= m.start() and d.start_date is not None and d.start_date < written]
    opens = [c.end() for c in _CLAUSE_OPENS.finditer(s.text, before[-1].end, m.start())] if before else []
    if not opens or not PERFECT_VERB.search(s.text, opens[-1], m.start()):
        return []
    begin = opens[-1] + (lead.end() - lead.start() if (lead := _LEADING_AND.match(s.text, opens[-1])) else 0)
    event = EventDraft(index, "statement", s.start + begin, s.start + m.end(), "relative_date", 0.45)
    event.start_date, event.end_date, event.precision, event.date_kind = before[-1].start_date, written, "day", "range"
    event.inferred, event.date_text = True, m.group().strip()
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[begin: m.start()])), "statement")
    event.sources, event.targets = window_actors(s.text[begin: m.start()], None)
    return [event]


# "since Sunday", "since Wednesday evening", "ever since last Friday": a weekday the since word opens a course from
# (en.yaml since_openers, weekdays, since_weekday_parts).
_WEEKDAYS = weekday_numbers("en")
_WEEKENDS = {k.lower().replace("-", ""): v for k, v in (lexicon("en").get("since_weekend_words") or {}).items()}
_SINCE_WEEKDAY = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("since_openers") or []) + r")\s+(?:last\s+|the\s+(?=week))?(?P<day>" + alternation(_WEEKDAYS)
    + r"|" + "|".join(re.escape(k).replace(r"\-", "").replace("kend", r"k-?\s*end") for k in _WEEKENDS) + r")\b(?:\s+(?:" + alternation(lexicon("en").get("since_weekday_parts") or ["(?!)"]) + r")\b)?", re.IGNORECASE,
) if _WEEKDAYS else None
# A present perfect before the since word ("has been broadcasting threats", "have sounded out"), or, when the sentence
# opens with the since phrase, after it.
_COURSE_PERFECT = compile_opening(
    r"\b(?:has|have)\s+(?:\w+ly\s+|been\s+|not\s+|also\s+|already\s+)?(?:\w+(?:ed|en|wn|ne|ght)|"
    + alternation(lexicon("en").get("irregular_participles") or []) + r")\b", re.IGNORECASE,
)
# ... and before a since word that closes its clause, the pluperfect a report or a body's minutes tell it in too ("The
# Coast Guard ... had kept the mutineers on the Chaguaramas peninsula since then", reported at a meeting): the same
# course, to the day the report speaks from (as _HAS_SINCE below reads "had since refused").
_CLOSING_PERFECT = compile_opening(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+|been\s+|not\s+|also\s+|already\s+)?(?:\w+(?:ed|en|wn|ne|ght)|"
    + alternation(lexicon("en").get("irregular_participles") or []) + r")\b", re.IGNORECASE,
)
# "he has since asked for asylum in Britain", "The government has since been spreading lies": the perfect that "since"
# sits inside tells a course that began with the last happening the text dated; so does the pluperfect a report tells
# it in ("the Anguillans had since refused all talks"), to the day the report speaks from.
_HAS_SINCE = compile_opening(r"\b(?:has|have|had)\s+since\s+\w+", re.IGNORECASE)
# ... and a since word that closes the clause of a perfect ("20 other states have done so since.", "has repeated it in
# every appearance since then"): the same course (en.yaml since_then_openers).
_SINCE_CLOSES = compile_opening(r"\s(?:since|" + alternation(lexicon("en").get("since_then_openers") or []).replace(r"\ ", r"\s+")
                                + r")\s*(?=[.,;:!?)]|$)", re.IGNORECASE)


# "has not yet replied", "have not commented", "had never answered", "never answered" (en.yaml unanswered_verbs).
_UNANSWERED = compile_opening(
    r"\b(?:(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?|never\s+)(?:" + alternation(lexicon("en").get("unanswered_verbs") or ["(?!)"])
    + r")\b", re.IGNORECASE,
)


# Clause breaks by punctuation alone, and a joined clause with a past verb of its own ("... and the rebels fled"), which
# would end the perfect's clause.
_PUNCTUATION_OPENS = compile_opening(r"[,;:]\s*|\uff0c|\uff1b")
_PAST_AFTER_JOIN = compile_opening(r"\s(?:and|but|while)\s+(?:\w+\s+){0,3}?\w+ed\b")


def _closing_since(text: str) -> re.Match | None:
    """The since word that closes a clause, a present perfect in that clause before it ("have done so since.")."""
    if (m := _SINCE_CLOSES.search(text)) is None:
        return None
    begin = max((c.end() for c in _CLAUSE_OPENS.finditer(text, 0, m.start())), default=0)
    if _CLOSING_PERFECT.search(text, begin, m.start()):
        return m
    begin = max((c.end() for c in _PUNCTUATION_OPENS.finditer(text, 0, m.start())), default=0)  # "Police have arrested
    # some forty Liberal and Febrerista leaders since then": an "and" between two words of one thing opens no clause
    perfect = _CLOSING_PERFECT.search(text, begin, m.start())
    return m if perfect is not None and not _PAST_AFTER_JOIN.search(text, perfect.end(), m.start()) else None


def _closing_since_after_dates(s: Sentence) -> re.Match | None:
    """A since word closing a perfect's clause ("have done so since."), in a sentence with no date or with its dates all
    in a clause before it ("The USSR recognized the regime on 11 November; some 20 other states have done so since."):
    the course runs from the day the sentence (or the text before it) last dated."""
    if (m := _closing_since(s.text)) is None or not s.dates:
        return m
    last = max(d.end for d in s.dates)
    return m if last < m.start() and _PUNCTUATION_OPENS.search(s.text, last, m.start()) else None


_NAMED_SUBJECT = compile_opening(r"\b[A-Z]\w")  # a clause's own subject, named ("King Moshoeshoe II has been ...")


# A day counted back from the story's ("Army units had entered Montreal a day earlier"): a look back, not the day a
# "since" counts from ("The police have since detained ...": since the story's day, the proclamation's).
_LOOKED_BACK = compile_opening(r"\b(?:earlier|before)\b", re.IGNORECASE)


def _day_of_week(word: str) -> int:
    """A weekday's number, or the day a word for the week's end starts on ("week- end": Saturday)."""
    folded = re.sub(r"[-\s]", "", word.lower())
    return _WEEKDAYS[folded] if folded in _WEEKDAYS else _WEEKENDS[folded]


def since_told_events(index: int, s: Sentence, earlier: list[EventDraft], context: Context | None,
                      day: date | None = None, heading: date | None = None) -> list[EventDraft]:
    """Courses a perfect tells with a since word and no date written: "a Ugandan who has been broadcasting threats to
    the Arab population since Sunday" (from the last Sunday before the day written, to that day), and "he has since
    asked for asylum in Britain" (from the last day the text dated, to the day written): ranges, beside the sentence's
    other rows. The day "since" (or an answer not given) looks back to is one the same paragraph told: a paragraph
    before may be a look back of its own ("The tragedy began earlier. On October 19 ...")."""
    written = course_end(context, day, heading)
    if written is None:
        return []
    found = []
    if (m := _UNANSWERED.search(s.text)) is not None and (previous := last_dated(earlier)) is not None and previous.block == index \
            and previous.start_date is not None and previous.start_date < written:
        begin = max((c.end() for c in _CLAUSE_OPENS.finditer(s.text, 0, m.start())), default=0)
        begin += lead.end() - lead.start() if (lead := _LEADING_AND.match(s.text, begin)) else 0
        end = next((c.start() for c in _CLAUSE_END.finditer(s.text, m.end())), len(s.text))
        event = EventDraft(index, "statement", s.start + begin, s.start + end, "relative_date", 0.45)
        event.start_date, event.end_date, event.precision, event.date_kind = previous.start_date, written, "day", "range"
        event.inferred, event.date_text = True, m.group()
        event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[begin:end])), "statement")
        event.sources = window_actors(s.text[begin: m.start()], None)[0]
        found.append(event)  # "The Soviet Union has not commented on the Chinese announcement": no answer yet, since then
    if "since" not in s.text.lower():
        return found
    if _SINCE_WEEKDAY is not None and (m := _SINCE_WEEKDAY.search(s.text)) is not None and not s.dates:
        opens = not s.text[: m.start()].strip(" \"'(")
        if ((perfect := _COURSE_PERFECT.search(s.text, 0, m.start())) or (opens and _COURSE_PERFECT.search(s.text, m.end()))) and (
            first := written + timedelta(days=weekday_offset(_day_of_week(m["day"]), written))
        ) < written:
            end = len(s.text) if opens else m.end()
            begin = 0 if opens or perfect is None else max((c.end() for c in _CLAUSE_OPENS.finditer(s.text, 0, perfect.start())), default=0)
            begin += lead.end() - lead.start() if begin and (lead := _LEADING_AND.match(s.text, begin)) else 0  # "...
            # were arrested on Saturday, and King Moshoeshoe II has been confined ... since the week-end": the perfect's clause
            if perfect is not None and not _NAMED_SUBJECT.search(s.text, begin, perfect.start()):
                begin = 0  # "President Podgorny, who has been with us since Wednesday": the clause has no subject of its own
            event = EventDraft(index, "statement", s.start + begin, s.start + end, "relative_date", 0.45)
            event.start_date, event.end_date, event.precision, event.date_kind = first, written, "day", "range"
            event.inferred, event.date_text = True, m.group()
            event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[begin:end])), "statement")
            event.sources, event.targets = window_actors(s.text[begin:end], None)
            found.append(event)
    if (m := _HAS_SINCE.search(s.text) or _closing_since_after_dates(s)) is not None \
            and (previous := last_dated([e for e in earlier if not _LOOKED_BACK.search(e.date_text or "")])) is not None and previous.block == index and previous.start_date is not None and previous.start_date < written:
        begin = max((c.end() for c in _CLAUSE_OPENS.finditer(s.text, 0, m.start())), default=0)
        if not _COURSE_PERFECT.search(s.text, begin, m.end()):
            begin = max((c.end() for c in _PUNCTUATION_OPENS.finditer(s.text, 0, m.start())), default=0)  # "leaders since then"
        begin += lead.end() - lead.start() if (lead := _LEADING_AND.match(s.text, begin)) else 0
        end = next((c.start() for c in _CLAUSE_END.finditer(s.text, m.end())), len(s.text))
        event = EventDraft(index, "statement", s.start + begin, s.start + end, "relative_date", 0.45)
        event.start_date, event.end_date, event.precision, event.date_kind = previous.start_date, written, "day", "range"
        event.inferred, event.date_text = True, "since"
        event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[begin:end])), "statement")
        event.sources, event.targets = window_actors(s.text[begin:end], None)
        if not event.sources and (_PRONOUN_SUBJECT.match(s.text, begin) or _HAS_SINCE.match(s.text, begin)):
            event.sources = list(previous.sources)  # "he has since asked ...", "... at dawn on 17 February, and had since
            # taken Lao Cai": the last act's doers
        found.append(event)
    return found


# A modal of possibility or duty (en.yaml ahead_modals: "can", "could", "must") before a day counted from the story's
# ("Two regiments can reach Gdańsk within six hours", "The B-52s from Guam can fly along the DMZ the same day"), in the
# clause of the count: what may or must come, no happening on the day counted. After a saying or a past act ("Mr.
# Stassen stated that FOA could make funds available within ten days") the saying's row is read as before.
_MODAL = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("ahead_modals") or []) or "(?!)") + r")(?!\w)", re.IGNORECASE)
_CLAUSE_MARKS = ";:"
_NOT_AFTER = compile_opening(r"\s*(?:not|n[’']t)\b", re.IGNORECASE)


def modal_count(sentence: str, when: RelativeMention | None = None) -> bool:
    """The day ``when`` counts (the first the sentence counts, if not given) is governed by a modal of possibility or
    duty with no saying or past act before it: no happening on that day."""
    when = when if when is not None else next(iter(find_relative(sentence)), None)
    if when is None or when.days < 0 or when.from_now:
        return False
    opens = max(sentence.rfind(mark, 0, when.start) for mark in _CLAUSE_MARKS) + 1
    modal = _MODAL.search(sentence, opens, when.start)
    if modal is None or modal.group().lower() == "cannot" or _NOT_AFTER.match(sentence, modal.end()):
        return False  # "The troops could not reach the town until two days later": done then, read as before
    return not any(c.kind in ("past", "speech") for c in read_cues(sentence[: when.start], "en"))


def _plan_told(sentence: str, when: RelativeMention) -> int | None:
    """A saying, then a word that puts what follows ahead, then the offset ("said he would inform Fidel the following
    day"): the offset dates the plan the saying tells, not the saying."""
    ahead = list(_AHEAD.finditer(sentence, 0, when.start))
    if ahead and when.days > 0 and any(c.kind == "speech" for c in read_cues(sentence[: ahead[-1].start()], "en")):
        return ahead[-1].start()
    return None


_THEN_JOINER = compile_opening(r"(?:,\s*|\s+)(?:" + (alternation(lexicon("en").get("day_clause_joiners") or []) or "(?!)") + r")\s+", re.IGNORECASE)


def _weekday_then(index: int, s: Sentence, when: RelativeMention, now: date, language: str | None = None) -> list[EventDraft]:
    """"The Commission arrived in the capital on Monday and flew north the next day": the offset counts from the day of
    the week told before it in the sentence (the last such day before the day the text speaks from), not from the last
    date of the text; the clause before the joining "and" is an act of that day."""
    if when.from_now or when.within or when.in_month or when.until is not None or when.days < 0:
        return []
    sentence = s.text
    day = next((c for c in read_cues(sentence[: when.start], "ru" if language == "ru" else "en") if c.kind == "relative" and c.weekday >= 0
                and c.to_weekday < 0 and not c.bound and not c.since), None)
    if day is None or _AHEAD.search(sentence, 0, when.start):
        return []  # "will arrive on Monday and leave the next day": a plan
    first = now + timedelta(days=weekday_offset(day.weekday, now))
    joiner = next((j for j in _THEN_JOINER.finditer(sentence, day.end, when.start)), None)
    rows = []
    if joiner is not None:
        head = EventDraft(index, "statement", s.start, s.start + joiner.start(), "relative_date", 0.45).on(first)
        head.date_kind, head.inferred, head.date_text = "exact", True, sentence[day.start: day.end]
        head.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[: joiner.start()])), "statement")
        head.sources, head.targets = window_actors(sentence[: joiner.start()], None)
        rows.append(head)
    start = joiner.end() if joiner is not None else 0
    then = EventDraft(index, "statement", s.start + start, s.start + len(sentence), "relative_date", 0.45)
    then.date_kind = "exact"
    _count(then, first, when)
    then.inferred = True
    then.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[start:])), "statement")
    then.sources, then.targets = window_actors(sentence[start:], None)
    if not then.sources and rows:
        then.sources = list(rows[0].sources)  # "... and flew north the next day": the first clause's subject
    return rows + [then]


def _ahead_of_writing(event: EventDraft, when: RelativeMention, context: Context | None) -> bool:
    """A count forward ("in two weeks", "через две недели") from the talk or the news of a record, a letter or a cable
    that names a day after the one the text was written on: what it dates is still to come, a plan (a recollection's
    story and a history's are told after their days: never)."""
    if when.days <= 0 or context is None or context.recalls or event.start_date is None \
            or not (context.is_record or context.is_correspondence or context.tells_news):
        return False
    written = context.letter_date or context.occasion
    return written is not None and event.start_date > written


def _count(event: EventDraft, anchor: date, when: RelativeMention) -> None:
    """The day an offset names from its anchor; the span "in the following weeks" names; about the day weeks name."""
    event.on(anchor + timedelta(days=when.days))
    event.date_text = when.text
    if when.months:  # "a month later" after March 1980: April 1980; "a year earlier" after 1948: 1947
        month = anchor.year * 12 + anchor.month - 1 + when.months
        event.start_date = date(month // 12, 1, 1) if when.in_year else date(month // 12, month % 12 + 1, 1)
        event.precision = "year" if when.in_year else "month"
        event.end_date, event.date_kind = period_end(event.start_date, event.precision), "exact"
    elif when.in_month:  # "arrested soon afterwards": about the month of the date it follows
        event.start_date = anchor.replace(day=1)
        event.end_date, event.precision, event.date_kind = period_end(event.start_date, "month"), "month", "approximate"
    elif when.calendar_week:  # "the following week": Monday to Sunday after the anchor's week
        monday = anchor + timedelta(days=7 - anchor.weekday())
        event.start_date, event.end_date, event.date_kind = monday, monday + timedelta(days=6), "range"
    elif when.until is not None:
        event.end_date, event.date_kind = anchor + timedelta(days=when.until), "range"
    elif when.approximate:
        event.date_kind = "approximate"


# Where a clause opens before an offset that follows the sentence's date: "... on the evening of 6 September and was
# received by Mao the next day", "... on 27 August ..., who were released four days later".
_CLAUSE_OPENS = compile_opening(r"[,;:]\s*|\s(?:and|but|while|whereupon)\s|\uff0c|\uff1b")
# A preposition's object after the offset ("the day before the vote", "two days after his arrival"): the offset counts
# from that, not from the sentence's date.
_OBJECT_AFTER = compile_opening(r"\s+(?:the|his|her|their|its|a|an)\b|\s+(?:[A-Z][\w.]*\s+){0,3}[A-Z]\w*['’]s\b")  # "the day
# before the vote", "ten days before President Prado's term was to end": the offset names the date, counted to a thing

# The thing an offset apposed to a date counts to ("on 29 July, the day before independence", "on 26 October, the day
# after the last Soviet soldier had left"): a word of it in small letters, or one of _OBJECT_AFTER's.
_TO_COME = compile_opening(r"\b(?:was|were|is|are)\s+to\b")  # "the day before the Olympic Games were to open": a time to come
_APPOSED_OFFSETS = {" ".join(k.lower().split()): v for k, v in (lexicon("en").get("apposed_day_offsets") or {}).items()}
_APPOSED = compile_opening(rf"\s*,\s*(?P<offset>{alternation(list(_APPOSED_OFFSETS)) or '(?!)'})"
                           r"(?!\s+(?:your|our|my)\b)(?=\s+(?:(?:the|his|her|their|its)\s+\w|[a-z]{4,}\b))", re.IGNORECASE)


def apposed_offset(text: str) -> int | None:
    """The days an offset apposed to a date counts to the thing it names (", the day before independence": the thing is
    one day after the date), else None."""
    return -_APPOSED_OFFSETS[" ".join(m["offset"].lower().split())] if (m := _APPOSED.match(text)) else None


def apposed_events(index: int, s: Sentence, dated: list[DateMention]) -> list[EventDraft]:
    """The thing an offset apposed to a day counts to ("on 29 July, the day before independence", "on 26 October, the
    day after the last Soviet soldier had left", "On the 9th, the day after your departure"): a happening of its own, on
    the day the offset names from the date (en.yaml apposed_day_offsets), not the date's nor the day before it; not a
    time to come ("the day before the Games were to open")."""
    events = []
    for mention in dated:
        if mention.precision not in ("day", "minute") or mention.start_date is None or mention.start_date != mention.end_date:
            continue
        if (m := _APPOSED.match(s.text, mention.end)) is None:
            continue
        close = _CLAUSE_OPENS.search(s.text, m.end())
        end = close.start() if close else len(s.text.rstrip())
        if _TO_COME.search(s.text, m.end(), end):
            continue
        event = EventDraft(index, "statement", s.start + m.start("offset"), s.start + end, "relative_date", 0.4)
        event.on(mention.start_date + timedelta(days=-_APPOSED_OFFSETS[" ".join(m["offset"].lower().split())]))
        event.date_text = m["offset"]
        events.append(event)
    return events


def counted_after_date(index: int, s: Sentence, dated: list[DateMention], earlier: list[EventDraft],
                       made: list[EventDraft], writers: list[str] | None = None, now: date | None = None,
                       talk_day: date | None = None, language: str | None = None) -> list[EventDraft]:
    """A sentence that writes a day and, in a clause of its own, an offset from it: "I received your letter of 11 March,
    handed to me by Ambassador Ponomarenko two days later" (13 March), "Beria's arrest four weeks earlier" after "the
    plenum of 24–26 July" (26 June); an offset that opens the sentence before its date counts from the last date the
    text wrote ("In the following weeks the Chinese side reduced the shelling, and on 6 October ...").

    An offset counted from the day the text speaks from ("ten days ago", "a fortnight ago": from_now_directions) never
    counts from the sentence's date: "Malik said that the agreement, signed on August 11, was being carried out; the last
    guerrillas had been withdrawn ten days ago" counts from the talk's day (``now``), its clause the act of that day."""
    sentence, offset = s.text, s.start
    events = []
    for when in s.relative:
        if not when.days and when.until is None and not when.from_now and (same := _same_day_as_counted(s, when, dated, events)):
            events.append(same)  # "General Spínola resigned two days later and General Costa Gomes succeeded him the same
            continue  # day": the day the clause before counted, not the date the sentence wrote before it
        if not when.days and when.until is None and not _same_day_before_date(sentence, when, dated):
            continue  # "on 5 May ... the same day": that date's own row tells it
        if any(m.start < when.end and when.start < m.end for m in dated):
            continue
        before = [m for m in dated if m.end <= when.start and (m.precision in ("day", "minute") or (when.in_month or when.months) and m.start_date)]
        if when.from_now:
            if now is None:
                continue
            opens = [c.end() for c in _CLAUSE_OPENS.finditer(sentence, 0, when.start)]
            if (told := told_clause(sentence, when.start, when.end, None)) is not None:
                opens.append(told)
            begin = max(opens, default=0)
            close = _CLAUSE_OPENS.search(sentence, when.end)
            end = close.start() if close else len(sentence)
            anchor, source = now, None
        elif before:
            anchor_mention = before[-1]
            opens = [c.end() for c in _CLAUSE_OPENS.finditer(sentence, anchor_mention.end, when.start)]
            if (told := told_clause(sentence, when.start, when.end, None)) is not None and told > anchor_mention.end:
                opens.append(told)  # "On 8 March Kim told me that the previous day the Korean side had handed ...": the told act
            if not opens or (when.text.lower().split()[-1] in ("before", "after") and _OBJECT_AFTER.match(sentence, when.end)) \
                    or _APPOSED.match(sentence, anchor_mention.end):  # read by apposed_events
                continue  # "on 5 May, the day before the vote": the offset names the date, no act of its own
            begin = max(opens)
            close = _CLAUSE_OPENS.search(sentence, when.end)
            end = close.start() if close else len(sentence)
            anchor = anchor_mention.start_date
            source = next((e for e in made if e.start_date == anchor), None)
        elif talk_day is not None and when.days < 0 and not when.within \
                and (told := told_clause(sentence, when.start, when.end, language)) is not None:
            close = _CLAUSE_OPENS.search(sentence, when.end)  # in a record's turn, a day counted back in the clause the
            begin, end = told, close.start() if close else len(sentence)  # speaker tells, with no day written before it
            anchor, source = talk_day, None  # ("Он сказал, что референдум ..., назначенный на 18 января, накануне был
            # отложен ..., а министр ... 14 января снят с поста"): counted from the talk's day he told it on, not from
            # the day the story named last nor the one the clause names after
        else:
            after = [m for m in dated if m.start >= when.end]
            previous = last_dated(earlier)
            opens = [c for c in _CLAUSE_OPENS.finditer(sentence, when.end, after[0].start)] if after else []
            if previous is None or not opens or previous.start_date is None \
                    or (when.within and len(sentence[when.end: after[0].start].strip(" ,:;(\u2013\u2014-")) <= 4):
                # "Within ten days, from 13 to 22 December, ...": the date it writes is the span's own
                continue  # "Two days later, on 5 May, ...": the date it writes is the offset's day
            begin, end, anchor, source = 0, opens[-1].start(), _counted_from(previous, 1 if when.within else when.days), None
        clause = sentence[begin:end]
        if not clause.strip():
            continue
        event = EventDraft(index, "statement", offset + begin, offset + end, "relative_date", 0.45)
        _count(event, anchor, when)
        if not when.from_now and (forward := _NIGHTS_COUNTED.get(" ".join(when.text.lower().split()))):
            (event.start_date, event.end_date), event.date_kind = night_counted(anchor, forward), "range"  # "On 4 May
            # ... after the ambush of a patrol the previous night": from the evening before into that day
        if not when.from_now and when.days > 0 and _BY.search(sentence, begin, when.start):  # "During the night of 3rd/4th
            event.start_date, event.date_kind = None, "upper_bound"  # July ... re-entered Crater; by the following evening
            # the battalion had occupied the whole district": done by that evening, not on it
        event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
        event.sources, event.targets = window_actors(clause, None)
        if source is not None and (_NO_SUBJECT.match(clause) or (_BARE_PAST.match(clause) and _AND_PAST.search(sentence, 0, begin))
                                   or _PRONOUN_SUBJECT.match(sentence, when.end)):  # "..., and within three days they occupied"
            event.sources = list(dict.fromkeys(source.sources + event.sources))  # "... and was received by Mao": the same subject
            event.targets = [n for n in event.targets if n not in event.sources]
        elif not event.sources and not event.targets and (subject := _group_without(clause, when.start - begin, when.end - begin)):
            event.sources = subject  # "In the following weeks the Chinese side reduced the intensity of the shelling"
        if writers and _WRITER.search(clause):  # "handed to me by Ambassador Ponomarenko two days later": to the letter's writer
            event.targets += [n for n in writers if n not in event.sources and n not in event.targets]
        events.append(event)
    return events


def _same_day_before_date(sentence: str, when: RelativeMention, dated: list[DateMention]) -> bool:
    """A day the story told last ("the same afternoon", "that evening", "当天下午") in a clause of its own before the one
    the sentence's date is written in, with no day written before it ("His body was flown to Vallegrande the same
    afternoon and displayed to the press on October 10", "机场于当天下午关闭，六日上午重新开放"): its clause is the act of
    the story's day, not of the date written after it. Not a day set beside the date ("The same day, 5 May, ..."): the
    clause must tell something besides its day."""
    if when.from_now or any(m.end <= when.start for m in dated):
        return False
    after = next((m for m in dated if m.start >= when.end), None)
    if after is None or after.precision not in ("day", "minute") or _UNTIL_BEFORE.search(sentence, 0, after.start):
        return False  # "... telephoned me and asked to thank us for the team sent in May": a month names a thing, not a
        # clause's day; "That night the leaders went to the palace and negotiated until the early hours of 10 April": the
        # night's course runs to that day
    opens = list(_CLAUSE_OPENS.finditer(sentence, when.end, after.start))
    if not opens:
        return False
    clause = sentence[: opens[-1].start()]
    return len(_WORD.findall(clause[: when.start] + " " + clause[when.end:])) >= 2


_WORD = compile_opening(r"\w+")
_UNTIL_BEFORE = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("lasting_until_openers") or []) or "(?!)")
                                + r")\s+(?:\w+\s+){0,4}$", re.IGNORECASE)


def _same_day_as_counted(s: Sentence, when: RelativeMention, dated: list[DateMention], counted: list[EventDraft]) -> EventDraft | None:
    """The story's own day ("the same day", "that evening") in a clause after one whose day the sentence counted from
    its date ("A demonstration called for 28 September was banned the night before; General Spínola resigned two days
    later and General Costa Gomes succeeded him the same day"): the clause's act, on the day counted last (the 30th),
    with no date written between; None otherwise."""
    sentence = s.text
    last = next((e for e in reversed(counted) if e.evidence_end - s.start <= when.start and e.start_date is not None
                 and e.start_date == e.end_date and e.date_kind in (None, "exact")), None)
    if last is None or any(last.evidence_end - s.start <= m.start and m.end <= when.start for m in dated):
        return None
    opens = list(_CLAUSE_OPENS.finditer(sentence, last.evidence_end - s.start, when.start))
    if not opens:
        return None
    begin = opens[-1].end()
    close = _CLAUSE_OPENS.search(sentence, when.end)
    end = close.start() if close else len(sentence)
    clause = sentence[begin:end]
    if len(_WORD.findall(sentence[begin: when.start] + " " + sentence[when.end: end])) < 2:
        return None
    event = EventDraft(last.block, "statement", s.start + begin, s.start + end, "relative_date", 0.45).on(last.start_date)
    event.date_kind, event.inferred, event.date_text = "exact", True, when.text
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
    event.sources, event.targets = window_actors(clause, None)
    return event


def zh_told_days_after_date(index: int, s: Sentence, dated: list[DateMention], now: date | None) -> list[EventDraft]:
    """A Chinese sentence that writes a day and goes on in clauses each opening with a day counted back from the day the
    text speaks from ("公主殿下十四日到北京，前天参观了北京大学，昨天我们两国代表团在钓鱼台进行了会谈"): each clause's act,
    on its own day counted from the talk's (zh.yaml relative_days), beside the dated clause's row."""
    if now is None:
        return []
    sentence, events = s.text, []
    for cue in read_cues(sentence, "zh"):
        if cue.kind != "relative" or cue.days >= 0 or cue.weekday >= 0 or cue.bound or cue.period or cue.months or cue.years \
                or cue.start == 0 or sentence[cue.start - 1] not in _ZH_CLAUSE_STOPS \
                or any(m.start < cue.end and cue.start < m.end for m in dated):
            continue
        end = next((i for i in range(cue.end, len(sentence)) if sentence[i] in _ZH_CLAUSE_STOPS or sentence[i] == "\u3002"), len(sentence))
        event = EventDraft(index, "statement", s.start + cue.start, s.start + end, "relative_date", 0.45).on(now + timedelta(days=cue.days))
        event.date_kind, event.inferred, event.date_text = "exact", True, sentence[cue.start: cue.end]
        event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[cue.start: end])), "statement")
        event.sources, event.targets = window_actors(sentence[cue.start: end], None)
        events.append(event)
    return events


_ZH_CLAUSE_STOPS = "\uff0c\uff1b"  # the full-width comma and semicolon that close a Chinese clause


_FRAMED_DATE = compile_opening(r"\b(?:after|since|before|until)\b[^,;]*$", re.IGNORECASE)
_WHICH = compile_opening(r"(?:which|who)\s", re.IGNORECASE)
_LEADING_AND = compile_opening(r"(?:and|but|while|whereupon)\s+")  # the conjunction a clause opens with: not its evidence


def ongoing_after_date(index: int, s: Sentence, dated: list[DateMention], language: str | None,
                       written: date | None, made: list[EventDraft] | None = None) -> list[EventDraft]:
    """A sentence that dates an act and, in a clause of its own after the date, tells a state going on ("The contact
    group met in New York on 3 May, but Washington continues to link the two questions", "... proclaimed on 15 February,
    has lost the oil fields, which continue to operate under army protection"): the clause is under way on the day the
    text is written (approximate), beside the dated act's row."""
    if written is None or not dated or language not in (None, "en") or s.relative \
            or _FRAMED_DATE.search(s.text, 0, min(m.start for m in dated)):
        return []  # "Three weeks after the army moved on 25 March, ... resistance continues": the date frames a time the
        # sentence speaks from, counted from it, not the day of an act beside the state
    last = max(m.end for m in dated)
    if any(m.start_date is not None and m.start_date >= written for m in dated):
        return []  # the sentence's date is the writing's own: that row holds the day already
    opens = list(_CLAUSE_OPENS.finditer(s.text, last))
    for i, opened in enumerate(opens):
        end = opens[i + 1].start() if i + 1 < len(opens) else len(s.text)
        begin = opened.end() + (lead.end() - lead.start() if (lead := _LEADING_AND.match(s.text, opened.end())) else 0)
        clause = s.text[begin: end]
        cues = read_cues(clause, language or "en")
        verbs = sorted((c for c in cues if c.kind in ("ongoing", "past", "speech", "planned", "relative", "performative")),
                       key=lambda c: c.start)
        if not verbs or verbs[0].kind != "ongoing":
            continue  # the clause's first verb tells a state going on ("continues to refuse any talks"), no act of a day
        if any(s.start + begin - 8 <= e.evidence_start < s.start + end for e in made or []):
            return []  # a row of the sentence tells the clause already
        event = EventDraft(index, "statement", s.start + begin, s.start + end, "tense_sentence", 0.4)
        event.on(written).date_kind = "approximate"
        event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
        event.sources = window_actors(clause, None)[0][:1]  # a state's holder: "Washington continues to link ... Namibia"
        if not event.sources and _WHICH.match(clause):  # "... the Caltex oil fields, which continue to operate": the
            event.sources = window_actors(s.text[opens[i - 1].end() if i else last: opened.start()], None)[0][-1:]  # antecedent
        return [event]
    return []


# A clause whose subject is a pronoun after its offset ("within three days they occupied the towns"): the doers of the
# act it counts from.
_PRONOUN_SUBJECT = compile_opening(r"\s*(?:they|he|she|it)\s", re.IGNORECASE)
# A clause with no subject of its own goes on with the one before it: "... and was received by Mao the next day".
_NO_SUBJECT = compile_opening(r"\s*(?:was|were|had|has|have|then)\s")
# A past verb right after "and" goes on with the subject before it too ("were expelled in May and arrested soon
# afterwards"); after a comma it is a participle of a thing named before ("your letter of 11 March, handed to me ...").
_AND_PAST = compile_opening(r"\band\s+$")
_BARE_PAST = compile_opening(r"\s*[a-z]{3,}ed\s")
# The writer named in his own clause ("to me", "I").
_WRITER = compile_opening(r"\b(?:me|I|us)\b")


def _group_without(clause: str, start: int, end: int) -> list[str]:
    """The group a clause opens with as its subject, the offset taken out ("In the following weeks the Chinese side ...")."""
    head = clause[:start]
    if head.strip().lower() in OPENING_PREPOSITIONS:
        head = ""  # "By the next morning the strike had spread": the offset's preposition goes with it
    return clause_group(head + " " + clause[end:].lstrip(" ,"))


# A day of the week written after a row's date in its own sentence ("which began on 29 December ..., reached the capital
# on Tuesday", "... reached me at dawn on Sunday"): the day the story went on to (en.yaml weekdays).
_ON_WEEKDAY = compile_opening(r"\bon\s+(?P<day>" + alternation(_WEEKDAYS) + r")\b(?!\s+(?:next|week)\b)", re.IGNORECASE) if _WEEKDAYS else None


_ASIDE_PRONOUN = compile_opening(r"\b(?:" + alternation(lexicon("en").get("background_clause_pronouns") or ["(?!)"]) + r")\b", re.IGNORECASE)


def _named_after(previous: EventDraft, earlier: list[EventDraft], texts: list[str] | None, written: date | None) -> EventDraft | None:
    """The day the text named after the row an offset would count from, when it named one: a day the row's sentence goes
    on to by the day of the week after its date (the first such day from the date's, not past the day written), or a day
    a later sentence says an act was done by ("by the evening of the 29th"). None when it named none."""
    day = None
    if _ON_WEEKDAY is not None and previous.start_date is not None and (found := _told_at(previous, texts)) is not None:
        told, at = found
        weekday = next(_ON_WEEKDAY.finditer(told, at + len(previous.date_text), previous.evidence_end), None)
        if weekday is not None and not _ASIDE_PRONOUN.search(told, at + len(previous.date_text), weekday.start()):  # not "...
            # seized two policemen, who were set free on Sunday": a later act told aside, the story still at its date
            day = previous.start_date + timedelta(days=(_day_of_week(weekday["day"]) - previous.start_date.weekday()) % 7)
            day = day if day != previous.start_date and (written is None or day <= written) else None
    if day is None:
        at = next((i for i, e in enumerate(earlier) if e is previous), None)
        after = earlier[at + 1:] if at is not None else []
        bound = next((e for e in reversed(after) if e.date_kind == "upper_bound" and e.start_date is None and e.end_date is not None
                      and e.date_text and e.method in ("dated_sentence", "relative_date") and e.precision in ("day", "minute")
                      and previous.start_date is not None and e.end_date > previous.start_date), None)
        day = bound.end_date if bound is not None else None
    if day is None:
        return None
    named = EventDraft(previous.block, "statement", previous.evidence_start, previous.evidence_end, "relative_date", 0.5).on(day)
    named.date_kind, named.sources, named.targets = "exact", list(previous.sources), list(previous.targets)
    return named


def _counted_from(previous: EventDraft, days: int) -> date:
    """The day an offset counts from: a span's last day for a count forward ("в ночь на 3 мая ... Группа ... на
    следующий день ликвидирована": the day after 3 May), its first day otherwise."""
    if days > 0 and previous.date_kind == "range" and previous.end_date is not None:
        return previous.end_date
    return previous.start_date


# A state told as lasting up to the day written, with no start of its own ("The FLQ still holds Cross", "Pretoria has so
# far kept silent"): from the first day the story told to the day written, a range (en.yaml ongoing_words).
_ONGOING = compile_opening(r"\b(?:" + alternation(lexicon("en").get("ongoing_words") or ["(?!)"]).replace(r"\ ", r"\s+") + r")\b", re.IGNORECASE)
# The clause is told in the present: an auxiliary of the present, or "still" before a verb of the present ("still holds").
_NOW_TOLD = compile_opening(r"\b(?:is|are|has|have|remains|remain)\b|\bstill\s+(?!\w+ed\b|(?:" + alternation(
    lexicon("en").get("irregular_participles") or ["(?!)"]) + r")\b)[a-z]+\b")  # "still hold(s)", not "still held"
# ... and not in the past, nor in a saying or a thought it reports ("Tripoli still regards ..." told "this morning that").
_NOT_NOW = compile_opening(r"\b(?:was|were|had|did|would|could|that|if|whether|said|says|told|tells|believes|thinks|will|expected)\b", re.IGNORECASE)

# A clause the sentence's main one leans on ("..., since Sukarno still commands the marines"): a reason, not a state told.
_SUBORDINATE = compile_opening(r"\s*(?:since|because|as|while|although|though|when|until|unless)\b", re.IGNORECASE)


def story_start(earlier: list[EventDraft], written: date, texts: list[str]) -> date | None:
    """The first day the story tells, in the order it is written ("Between 5 and 10 October cells of the FLQ kidnapped
    ..."; "... on 30 January, when early returns from the elections of 27 January showed ...": the 30th): a day before
    the day written that a sentence dates."""
    told = [e for e in earlier if e.method in ("dated_sentence", "relative_date") and e.start_date is not None
            and e.precision in ("day", "minute") and e.start_date < written and e.date_kind in (None, "exact", "range", "multiple")]
    if not told:
        return None

    def at(e: EventDraft) -> tuple[int, int]:
        where = texts[e.block].find(e.date_text, e.evidence_start) if e.date_text else -1
        return e.block, where if where >= 0 else e.evidence_start
    return min(told, key=at).start_date


def ongoing_span(s: Sentence, earlier: list[EventDraft], context: Context | None, texts: list[str],
                 day: date | None = None, heading: date | None = None) -> tuple[date, date, re.Match, int, int] | None:
    """"The FLQ still holds Cross.", "Pretoria ... has so far kept silent.": a state told in the present with a word that
    it lasts, with no date of its own, runs from the story's first day to the day written. That span, the lasting word
    and the clause's bounds in the sentence; None for a sentence of no such state."""
    if s.dates or (m := _ONGOING.search(s.text)) is None or (written := course_end(context, day, heading)) is None:
        return None
    begin = max((c.end() for c in _PUNCTUATION_OPENS.finditer(s.text, 0, m.start())), default=0)
    end = next((c.start() for c in _CLAUSE_END.finditer(s.text, m.end())), len(s.text))
    clause = s.text[begin:end]
    if not _NOW_TOLD.search(clause) or _NOT_NOW.search(clause) or _SUBORDINATE.match(clause) or (first := story_start(earlier, written, texts)) is None:
        return None
    return first, written, m, begin, end


def ongoing_state(s: Sentence, own: list[EventDraft], earlier: list[EventDraft], context: Context | None,
                  texts: list[str], day: date | None = None, heading: date | None = None) -> None:
    """The sentence's rows (read by their tense as done by the day written) of a lasting state take its span
    (``ongoing_span``). A sentence with none gets no row: a state with no row of its own is mostly one the text denies
    ("has so far made no move"), and such rows matched no event in the held-out golds."""
    if (span := ongoing_span(s, earlier, context, texts, day, heading)) is None:
        return
    first, written, m, begin, end = span
    mine = [e for e in own if e.evidence_start < s.start + end and s.start + begin < e.evidence_end]
    if any(e.start_date is not None for e in mine):
        return  # a day of its own already read ("on Saturday")
    for event in mine:
        event.start_date, event.end_date, event.start_time, event.precision, event.date_kind = first, written, None, "day", "range"
        event.inferred, event.date_text = True, m.group()


# A happening named by its noun after a count ("within a day of the coup", "Three weeks after the coup", "政变次日"), with
# the verbs a sentence tells it by (happening_nouns in the language files): the count runs from its day.
_HAPPENINGS = {lang: {_folded_noun: list(acts or []) for _folded_noun, acts in (lexicon(lang).get("happening_nouns") or {}).items()}
               for lang in ("en", "ru", "zh")}
_HAPPENING_AFTER = compile_opening(
    r"\s*(?:of|after|before)?\s*(?:the|his|her|their|its)\s+(?:[A-Za-z]+\s+)?(?P<noun>" + (alternation(
        [n for lang in ("en", "ru") for n in _HAPPENINGS[lang]]) or "(?!)") + r")\b", re.IGNORECASE)
_HAPPENING_BEFORE = compile_opening(r"(?:" + (alternation(_HAPPENINGS["zh"]) or "(?!)") + r")$")
# In Russian the happening follows its preposition in the genitive, with no article ("Через два дня после переворота"):
# happening_after in ru.yaml, the nouns keyed by that form.
_RU_HAPPENING_AFTER = compile_opening(
    r"\s*(?:" + (alternation(lexicon("ru").get("happening_after") or []) or "(?!)") + r")\s+(?P<noun>"
    + (alternation(_HAPPENINGS["ru"]) or "(?!)") + r")(?!\w)", re.IGNORECASE)
# The sentence before the count opens with the happening as its subject ("The takeover was bloodless. Soglo told the
# diplomatic corps the next day ..."): the count is from the happening, not from a day a look back set since.
_HAPPENING_OPENS = compile_opening(
    r"(?:the|this|that)\s+(?:[A-Za-z]+\s+)?(?P<noun>" + (alternation([n for n in _HAPPENINGS["en"]]) or "(?!)") + r")\b", re.IGNORECASE)
_SENTENCE_BEFORE = compile_opening(r"(?:^|[.!?]\s+)(?=[A-Z])(?![^.!?]*[.!?]\s+[A-Z])")
_HAPPENING_DAY_GAP = 40  # "the referendum of 20 May", "the coup on Thursday 30 July": the day written right after the noun
_HAPPENING_DATE_AFTER = compile_opening(r"\s+(?:of|on)\s+")


def happening_named(sentence: str, when: RelativeMention) -> str | None:
    """The happening a count names as its start ("within a day of the coup": "coup"), None for one counted from the
    last date written."""
    if (m := _HAPPENING_AFTER.match(sentence, when.end) or _RU_HAPPENING_AFTER.match(sentence, when.end)) is not None:
        return m["noun"].lower()
    if (z := _HAPPENING_BEFORE.search(sentence, 0, when.start)) is not None:
        return z.group()
    return None


def happening_day(noun: str, earlier: list[EventDraft], texts: list[str], block: int, before: int,
                  year: int | None) -> date | None:
    """The day of a happening the page names by its noun: the day written right after it earlier on the page ("the
    referendum of 20 May"), else the first day the page told one of its verbs on ("On 30 July ... seized the radio
    station": the coup's); None when the page dates it nowhere."""
    pattern = _NOUN_PATTERNS.get(noun)
    if pattern is None:
        pattern = _NOUN_PATTERNS[noun] = re.compile(r"(?<!\w)" + re.escape(noun) + r"(?!\w)" if noun.isascii() else re.escape(noun), re.IGNORECASE)
    for i in range(block, -1, -1):
        text = texts[i][:before] if i == block else texts[i]
        for m in reversed(list(pattern.finditer(text))):
            if (gap := _HAPPENING_DATE_AFTER.match(text, m.end())) is None:
                continue
            found = find_dates(text[gap.end(): gap.end() + _HAPPENING_DAY_GAP], year)
            if found and found[0].start == 0 and found[0].precision in ("day", "minute") and found[0].start_date:
                return found[0].start_date
    acts = next((a for lang in _HAPPENINGS.values() for n, a in lang.items() if n == noun), [])
    if not acts:
        return None
    verbs = _ACT_PATTERNS.get(noun)
    if verbs is None:
        verbs = _ACT_PATTERNS[noun] = re.compile("|".join(
            (r"(?<!\w)" + re.escape(a).replace(r"\ ", r"\s+") + r"(?!\w)") if a.isascii() else re.escape(a) for a in acts), re.IGNORECASE)
    told = [e for e in earlier if e.method == "dated_sentence" and e.start_date is not None and e.precision in ("day", "minute")
            and e.date_kind in (None, "exact") and e.block < len(texts)
            and verbs.search(texts[e.block], e.evidence_start, e.evidence_end)]
    return min(told, key=lambda e: (e.block, e.evidence_start)).start_date if told else None


_NOUN_PATTERNS: dict[str, re.Pattern] = {}
_ACT_PATTERNS: dict[str, re.Pattern] = {}


_SINCE_HAPPENING_DAYS = 31  # a happening dated further back than this before the writing is a look back, no story's start
# A since word before a happening the page names ("has been in hiding since the coup"): the course runs from its day.
_SINCE_HAPPENING = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("since_openers") or ["(?!)"]) + r")\s+(?:the|this|that)\s+(?:[A-Za-z]+\s+)?(?P<noun>"
    + (alternation([n for n in _HAPPENINGS["en"]]) or "(?!)") + r")\b", re.IGNORECASE)


def since_happening_events(index: int, s: Sentence, earlier: list[EventDraft], texts: list[str], context: Context | None,
                           day: date | None = None, heading: date | None = None) -> list[EventDraft]:
    """A course a perfect tells since a happening the page dates, no date written in the sentence ("Haya de la Torre has
    been in hiding since the coup", after "The armed forces seized power in Lima early on 18 July", in a weekly of 20
    July): from the happening's day to the day written, a range. None where the page dates the happening nowhere."""
    written = course_end(context, day, heading)
    if written is None or s.dates or (m := _SINCE_HAPPENING.search(s.text)) is None:
        return []
    begin = max((c.end() for c in _CLAUSE_OPENS.finditer(s.text, 0, m.start())), default=0)
    if not _COURSE_PERFECT.search(s.text, begin, m.start()):
        return []
    first = happening_day(m["noun"].lower(), earlier, texts, index, s.start, s.year)
    if first is None or not (written - timedelta(days=_SINCE_HAPPENING_DAYS) <= first < written):
        return []
    end = next((c.start() for c in _CLAUSE_END.finditer(s.text, m.end())), len(s.text))
    event = EventDraft(index, "statement", s.start + begin, s.start + end, "relative_date", 0.45)
    event.start_date, event.end_date, event.precision, event.date_kind = first, written, "day", "range"
    event.inferred, event.date_text = True, m.group()
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[begin:end])), "statement")
    event.sources, event.targets = window_actors(s.text[begin: m.start()], None)
    return [event]


def happening_before(text: str, start: int) -> str | None:
    """The happening the sentence before ``start`` in its passage opens with as its subject ("The takeover was
    bloodless."), None for any other sentence."""
    before = text[max(0, start - 300): start].rstrip()
    if not before.endswith((".", "!")):
        return None
    opened = _SENTENCE_BEFORE.search(before, 0, len(before) - 1)
    if opened is None:
        return None
    m = _HAPPENING_OPENS.match(before, opened.end())
    return m["noun"].lower() if m is not None else None


def from_happening(s: Sentence, earlier: list[EventDraft], texts: list[str], index: int) -> list[EventDraft] | None:
    """In place of the rows a count counts from, the happening's day it names when the page dates it ("Pakistan
    recognised the new government within a day of the coup", after "on Friday, 15 August, a group of majors attacked the
    residence"), or the happening the sentence before opens with ("The takeover was bloodless. Soglo told the diplomatic
    corps the next day ..."): one row of that day; None when the count names no happening or the page dates it nowhere."""
    when = next(iter(s.relative), None)
    if when is None or when.from_now:
        return None
    noun = happening_named(s.text, when)
    if noun is None and not (when.within or when.until or when.in_month) and index < len(texts):
        noun = happening_before(texts[index], s.start)
    if noun is None:
        return None
    day = happening_day(noun, earlier, texts, index, s.start, s.year)
    if day is None:
        return None
    anchor = EventDraft(index, "statement", s.start, s.start, "relative_date", 0.5).on(day)
    anchor.date_kind, anchor.precision = "exact", "day"
    return [anchor]
