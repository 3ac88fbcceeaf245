"""What a sentence without a date says happened, and when, read from its verbs.

Most happenings a record states carry no date of their own: "Mao thanked me
and announced that the Chinese government had already sent a greeting", "Cuba
continues totally mobilized", "Cde. Konev is to be sent to Budapest". Their
date comes from the sentence's grammar and the document:

- a verb of saying or a meeting's act (``speech``): in a record of a meeting
  it happened at the meeting;
- the writer's own act, first person present (``performative``: "I ask your
  decision", "We warmly thank you"): on the document's date;
- a past or perfect act (``past``: "had already sent", "was poisoned"): on
  or before the date the text speaks from;
- a state or process going on (``ongoing``: "continues", "is strengthening"):
  about that date;
- a decided plan (``planned``: "is to be sent", "intend to"): no date yet;
- a relative day ("yesterday", "last night", "today"), a recent period
  ("recently", "over the past year") or "two years ago".

The words are data, per language, in ``pipeline/reference/lang/*.yaml``;
Russian past tenses are recognised by their endings, Chinese aspect by its
particles. This module only reads cues; ``events`` turns them into rows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.extract.mentions import trie_pattern
from pipeline.normalize.borrowed import WEEKDAY_ENDING_LETTERS, Stemmed
from pipeline.normalize.dates import clock_hours, last_year_dates
from pipeline.normalize.lexicon import (
    LANGUAGES,
    alternation,
    letters,
    lexicon,
    reading_language,
    weekday_numbers,
)
from pipeline.normalize.openings import compile_opening


@dataclass(frozen=True)
class Cue:
    kind: str  # speech, performative, past, ongoing, planned, relative, recent, years_ago, obligation
    start: int
    end: int
    days: int = 0
    night: bool = False  # "last night": the night before the day, which may run into it
    months: int = 0
    years: int = 0
    period: str = ""  # "last week", "over the weekend", "last month": the calendar period it names (relative_periods)
    weekday: int = -1  # "on Sunday", "last Tuesday": the day of the week (Monday 0), the last before the reference date
    until: int = 0  # "the other day", "日前": the last of the days a recent_days cue names, counted like ``days``
    bound: bool = False  # "by Saturday evening": the day is the last the act may have been done on (deadline_openers)
    to_weekday: int = -1  # "From Friday to Sunday": the last day of a span of days of the week (weekday_range_openers)
    forward: bool = False  # "resisted for more than twenty-four hours": a counted span from the day the story is on, ``days`` after it
    since: bool = False  # "since Sunday": a course from that day of the week on to the day the text speaks from (weekday_since_openers)


def weekday_offset(weekday: int, day) -> int:
    """Days from ``day`` back to the last ``weekday`` before it ("on Sunday" said on Tuesday 4 August: -2)."""
    return -((day.weekday() - weekday) % 7 or 7)


def _phrase_pattern(phrases, boundary: bool = True, ending: str = "") -> re.Pattern | None:
    phrases = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    if not phrases:
        return None
    body = trie_pattern(phrases)  # shared beginnings written once, a longer phrase tried before a shorter one it starts with
    # The phrases' first letters, checked first, turn most positions away before the boundary and every phrase are tried.
    opening = "(?=[" + re.escape("".join(sorted({p[0] for p in phrases}))) + "])"
    return compile_opening(rf"{opening}(?<![\w'’])(?:{body}){ending}(?![\w'’])" if boundary else f"{opening}(?:{body})", re.IGNORECASE)


CASE_ENDING_LETTERS = 3  # "өткен апта|да" (in the last week)


def _case_ending(lex: dict) -> str:
    """The case ending a language whose locale data writes its words in the nominative only glues to a phrase's last
    word (``borrowed.weekday_stems``' languages: Kazakh "өткен аптада", in the last week), in its small letters."""
    if not (lex.get("borrowed") and lex.get("weekday_stems") and lex.get("alphabet")):
        return ""
    return f"(?:{letters(lex['alphabet'])}{{1,{CASE_ENDING_LETTERS}}})?"


def declined_key(words: dict, found: str):
    """The value of ``found`` in ``words``, read with the case ending ``_case_ending`` allows taken off."""
    found = found.lower()
    for cut in range(CASE_ENDING_LETTERS + 1):
        if (key := found[: len(found) - cut]) in words:
            return words[key]
    raise KeyError(found)


@cache
def _patterns(language: str) -> dict[str, re.Pattern | None]:
    lex = lexicon(language)
    boundary = lex.get("word_boundaries", language != "zh")  # zh, ko: a word read inside a longer one
    return {
        key: _phrase_pattern(lex.get(key, []), boundary)
        for key in ("speech", "ongoing", "hypothetical", "negation", "obligation", "past", "refusals", "planned_before")
    } | {
        "relative": _phrase_pattern(lex.get("relative_days", {}), boundary),
        "relative_not": _phrase_pattern(lex.get("relative_days_not", []), boundary),
        "recent": _phrase_pattern(lex.get("recent_months", {}), boundary),
        "recent_days": _phrase_pattern(lex.get("recent_days", {}), boundary),
        "planned": _phrase_pattern([*lex.get("planned", []), *lex.get("perfective_futures", []),
                                    *(f"to be {p}" for p in lex.get("planned_participles", []))], boundary),
        "period": _phrase_pattern(lex.get("relative_periods", {}), boundary, _case_ending(lex)),
        "performative": _phrase_pattern(lex.get("performative", []), boundary),
    }


# A number just before the words ("于十日前报告", "before the 10th"): a day of the month, not days lately past.
# What may stand between a telegram's hour and the day word after it: commas, and the marks of the clock's zone or unit
# (hour_zone_marks: "1800 local yesterday", "0300 hours last night", "2200 hours local time yesterday").
_HOUR_MARKS = compile_opening(r"[\s,]*(?:(?:" + (alternation(lexicon("en").get("hour_zone_marks") or []).replace(r"\ ", r"\s+") or "(?!)")
                              + r")\b[\s,]*)*", re.IGNORECASE)  # one mark or more ("2200 hours local time yesterday")
_COUNTED_BEFORE = compile_opening("(?:\\d|" + "|".join(map(re.escape, lexicon("zh").get("numerals") or {})) + ")$")
_WORD = compile_opening(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A word after a span of days that makes it a part of a period named ("the last week of July"): counted_span_not_before.
_PART_OF = {lang: compile_opening(rf"\s+(?:{alternation(words)})\b", re.IGNORECASE)
            for lang in ("en", "ru", "zh") if (words := lexicon(lang).get("counted_span_not_before"))}
# The marks of a time to come around the days lately past ("将于近日成立", "近日亦将减少人员", "拟于近日派人": in the coming
# days): recent_days_to_come, no days counted back, the plan its own cue tells.
_TO_COME = {lang: (compile_opening(f"(?:{alternation(marks.get('before') or [])})$") if marks.get("before") else None,
                   compile_opening(alternation(marks.get("after") or [])) if marks.get("after") else None)
            for lang in ("zh",) if (marks := lexicon(lang).get("recent_days_to_come"))}


def _to_come(sentence: str, start: int, end: int, language: str | None) -> bool:
    """Whether the days lately past between start and end are days to come, a mark of the future right before or after."""
    before, after = _TO_COME.get(language or "en", (None, None))
    return bool((before is not None and before.search(sentence[max(0, start - 4): start]))
                or (after is not None and after.match(sentence, end)))


_AGO = compile_opening(r"\b(?P<n>\d{1,2}|[a-z]+)\s+(?P<unit>years?|months?)\s+ago\b", re.IGNORECASE)
_AGO_WORD = compile_opening("ago", re.IGNORECASE)  # looked for first: few sentences say "ago", and each word may open "two years ago"


def read_cues(sentence: str, language: str | None) -> list[Cue]:
    """Every cue the sentence holds, in order of position. The rules of one sentence ask for its cues several times
    (its verb, its plans, its relative days): they are read once and kept for the last sentences read."""
    language = language or "en"
    if lexicon(language).get("borrowed") and language != reading_language():
        return []  # a language with no file: its borrowed words are read on a page written in it (lexicon.reading) alone
    return list(_cues_of(sentence, language))


@lru_cache(maxsize=2048)
def _cues_of(sentence: str, language: str) -> tuple[Cue, ...]:
    return tuple(_read_cues(sentence, language))


def cues_cache_clear() -> None:
    """Forget the cues read (a timed run starts cold)."""
    _cues_of.cache_clear()


def _read_cues(sentence: str, language: str) -> list[Cue]:
    if language == "en":
        cues = _english(sentence)
    elif language == "ru":
        cues = _russian(sentence)
    elif language == "zh":
        cues = _chinese(sentence)
    elif lexicon(language):
        cues = _dated_words(sentence, language)
    else:
        return []
    return sorted(cues, key=lambda c: (c.start, c.kind))


@cache
def _common_words(language: str) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """The relative days and recent periods with their offsets, and the nights, in lower case: read once."""
    lex = lexicon(language)
    days = {k.lower(): v for k, v in (lex.get("relative_days") or {}).items()}
    months = {k.lower(): v for k, v in (lex.get("recent_months") or {}).items()}
    return days, months, frozenset(w.lower() for w in lex.get("nights", []))


@cache
def _span_words(language: str) -> tuple[dict[str, list[int]], dict[str, str]]:
    """The days lately past and the calendar periods, each with what it names, in lower case: read once."""
    lex = lexicon(language)
    return ({k.lower(): v for k, v in (lex.get("recent_days") or {}).items()},
            {k.lower(): v for k, v in (lex.get("relative_periods") or {}).items()})


def _day_noun_modified(sentence: str, m: re.Match, language: str) -> bool:
    """A borrowed word of today that is the word of day declined (``relative_days_declined_nouns``: Georgian "დღეს"),
    after a word that names which day ("the same day", "the next day": the supplement's ``day_noun_modifiers``): no day
    of writing."""
    lex = lexicon(language)
    declined, modifiers = lex.get("relative_days_declined_nouns"), lex.get("day_noun_modifiers")
    if not (declined and modifiers) or m.group().lower() not in declined:
        return False
    head = sentence[: m.start()]
    return head[-1:].isspace() and head.split()[-1:] != [] and head.split()[-1].lower() in modifiers


def _common(sentence: str, language: str) -> list[Cue]:
    """Relative days, recent periods and plans: the cues every language marks with words."""
    pats = _patterns(language)
    cues = []
    days, months, nights = _common_words(language)
    if pats["relative"]:
        # not a day counted where the word names a part of the day ("am Morgen", "por la mañana": relative_days_not)
        other = [(m.start(), m.end()) for m in pats["relative_not"].finditer(sentence)] if pats["relative_not"] else []
        since = _day_since_before(language)
        cues += [
            Cue("relative", m.start(), m.end(), days=days[m.group().lower()], night=m.group().lower() in nights,
                since=days[m.group().lower()] < 0 and ((
                    since is not None and since.search(sentence, 0, m.start()) is not None
                    and _lasting_before(language).search(sentence, 0, m.start()) is not None) or _course_after(sentence, m, language)))
            for m in pats["relative"].finditer(sentence) if not any(a <= m.start() < b for a, b in other)
            and not _day_noun_modified(sentence, m, language)
        ]  # "has been quiet since last night", "out of touch since yesterday morning", "昨晚起，政府大楼周围加派了警卫": a
        # course from that day to the writing
    if language == "en":  # "At 0500 radio announced ...", "I called on President Yun at 1100": a telegram's time of its day
        cues += [Cue("relative", a, b, days=0) for a, b, _ in clock_hours(sentence)
                 if not any(c.start <= a < c.end or a <= c.start < b for c in cues)
                 and not any(c.start >= b and c.days < 0 and _HOUR_MARKS.fullmatch(sentence, b, c.start) for c in cues)]  # "seized
        # by the rebels at 1430 yesterday", "At approximately 1800 local yesterday": the hour is of the day the word after
        # it counts back to
    if pats["recent"]:
        cues += [Cue("recent", m.start(), m.end(), months=months[m.group().lower()]) for m in pats["recent"].finditer(sentence)]
    if pats["recent_days"]:
        spans = _span_words(language)[0]
        cues += [Cue("recent_days", m.start(), m.end(), days=spans[m.group().lower()][0], until=spans[m.group().lower()][1])
                 for m in pats["recent_days"].finditer(sentence) if not _COUNTED_BEFORE.search(sentence[: m.start()])
                 and not ((part := _PART_OF.get(language or "en")) is not None and part.match(sentence, m.end()))
                 and not _to_come(sentence, m.start(), m.end(), language)]  # "the last
        # week of July": a part of the month named, no days counted back
    cues += _counted_spans(sentence, language, cues)
    if pats["period"]:
        periods = _span_words(language)[1]
        spans = [(c.start, c.end) for c in cues if c.kind == "counted_span"]  # "during the last month": the month to the day
        found = [Cue("period", m.start(), m.end(), period=declined_key(periods, m.group())) for m in pats["period"].finditer(sentence)
                 if not any(a <= m.start() < b for a, b in spans)]
        if any(c.period == "year" for c in found) and (dated := last_year_dates(sentence)):  # "in November of last year": the
            found = [c for c in found if not (c.period == "year" and any(a <= c.start < b for a, b in dated))]  # month's year
        cues += found
    if pats["planned"]:
        cues += [Cue("planned", m.start(), m.end()) for m in pats["planned"].finditer(sentence)]
    return cues


@cache
def _counted_span_pattern(language: str) -> re.Pattern | None:
    lex = lexicon(language)
    openers, units, counts = lex.get("counted_span") or [], lex.get("counted_span_units") or {}, lex.get("counts") or {}
    if not openers or not units:
        return None
    count = "|".join([r"\d{1,3}", *(re.escape(c) for c in sorted(counts, key=len, reverse=True))])
    not_before = lex.get("counted_span_not_before") or []
    refused = rf"(?!\s+(?:{alternation(not_before)})\b)" if not_before else ""
    return compile_opening(
        rf"(?<![\w'’])(?P<opener>{alternation(openers)})\s+(?:(?P<n>{count})\s+)?(?P<unit>{alternation(list(units))})(?![\w'’]){refused}",
        re.IGNORECASE)


@cache
def _counted_span_words(language: str) -> tuple[dict, dict, frozenset[str], re.Pattern | None, frozenset[str]]:
    """The units and counts of a counted span, the openers that need a perfect, the perfect's pattern and the units
    that stand for one without a count: read once."""
    lex = lexicon(language)
    return ({k.lower(): v for k, v in lex["counted_span_units"].items()},
            {k.lower(): v for k, v in (lex.get("counts") or {}).items()},
            frozenset(w.lower() for w in lex.get("counted_span_needs_perfect") or []),
            _phrase_pattern(lex.get("counted_span_present_perfect") or []),
            frozenset(w.lower() for w in lex.get("counted_span_single_units") or []))


def _counted_spans(sentence: str, language: str, cues: list[Cue]) -> list[Cue]:
    """"for ten days", "in the last two years": the span counted back from the day the text speaks from (days back, or
    months back), to it; "for" only after a perfect ("has been silent for ten days")."""
    pattern = _counted_span_pattern(language)
    if pattern is None:
        return []
    units, counts, needs_perfect, perfect, single = _counted_span_words(language)
    found = []
    for m in pattern.finditer(sentence):
        if any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in cues):
            continue
        if " ".join(m["opener"].lower().split()) in needs_perfect and not (perfect and perfect.search(sentence, 0, m.start())):
            continue
        if m["n"] is None:  # "during the last month": one of the unit, up to the day spoken from
            number = 1 if m["unit"].lower() in single else None
        else:
            n = m["n"].lower()
            number = int(n) if n.isdigit() else counts.get(n)
        if not number:
            continue
        days, months = units[m["unit"].lower()]
        found.append(Cue("counted_span", m.start(), m.end(), days=-number * days, months=number * months))
    return found


def _near(pattern: re.Pattern | None, text: str) -> bool:
    return bool(pattern and pattern.search(text))


@cache
def _weekday_pattern(language: str = "en") -> tuple[re.Pattern | None, dict[str, int]]:
    lex = lexicon(language)
    days = weekday_numbers(language)
    openers = [*(lex.get("past_weekday_openers") or []), *(lex.get("deadline_openers") or []), *(lex.get("weekday_since_openers") or [])]
    if not days or not (openers or lex.get("weekdays_alone")):  # a language with no file names its past days bare (borrowed)
        return None, days
    # A day of the week with its part of the day needs no opening word ("At 10:45 Wednesday morning the guards
    # attacked", "Tuesday night the troops moved in"): en.yaml weekday_parts_alone.
    parts = lex.get("weekday_parts_alone") or []
    alone = rf"|(?=(?:{'|'.join(days)})\s+(?:{alternation(parts)})\b)" if parts else ""
    # A day of the week with the word after it that sends it back ("mardi dernier"), or alone where the language's news
    # names the week's past days bare ("Dimanche, les parachutistes ...", "a affirmé lundi devant la Chambre"; fr.yaml
    # past_weekday_closers, weekdays_alone), not with a word after it that sends it forward ("lundi prochain").
    closers = lex.get("past_weekday_closers") or []
    if closers:
        alone += rf"|(?=(?:{'|'.join(days)})\s+(?:{alternation(closers)})\b)"
    if lex.get("weekdays_alone"):
        alone += "|"
    ahead = lex.get("weekday_forward_closers") or []
    forward = rf"(?!\s+(?:{alternation(ahead)})\b)" if ahead else ""
    closing = rf"(?:\s+(?:{alternation(closers)})\b)?" if closers else ""
    # nor where its date's figure follows the word that sends it back ("ddydd Llun diwethaf, 5 Gorffennaf", "mardi
    # dernier, 5 juillet"): the date names the day; nor before its day's ordinal glued to the figure by a hyphen
    # ("noong Martes, ika-21 ng Mayo", as "Tuesday, the 21st of May")
    closing = rf"(?!\s+(?:{alternation(closers)})\s*,?\s*\d){closing}" if closers else ""
    # a day declined by a language whose locale data writes it in the nominative only ("Herenegun, ostiralean,",
    # "Алдыңғы күні, дүйсенбіде,", "Пазаўчора, у суботу,": borrowed.weekday_stems), its ending in small letters, set off
    # by its comma as the day of the words before it (not a day's attribute, "osteguneko euskal kantaldia", Thursday's
    # concert), the stem capitalised only where it opens the sentence (``declined_name``: not a name, "Сәрсенбаев")
    named = "|".join(days)
    if stems := lex.get("weekday_stems"):
        small = letters(lex.get("alphabet") or "") if lex.get("alphabet") else r"[^\W\d_]"
        named += rf"|(?-i:(?:{trie_pattern([*stems, *(st[:1].upper() + st[1:] for st in stems)])}){small}{{1,{WEEKDAY_ENDING_LETTERS}}})(?=\s*,)"
        days = Stemmed(days, stems, WEEKDAY_ENDING_LETTERS)
    # its end where no letter follows, not a word's boundary: a name may end in a vowel sign or a virama, no word
    # character (Tamil "திங்கள்", Telugu "సోమవారం")
    # nor right after its date's figures and a comma ("दिनांक: 5 दिसम्बर 1971, रविवार"): the date names the day (an hour
    # before it, "At about 10:45 Wednesday morning", leaves the day to the week day)
    return compile_opening(
        rf"\b(?:(?P<opener>{'|'.join(map(re.escape, sorted(openers, key=len, reverse=True))) or '(?!)'})\s+{alone})(?<!\d,\s)(?P<day>{named})(?!\w){forward}(?!\s*,?\s*(?:\d|the\s+\d|[^\W\d_]{{1,4}}-\d)){closing}",
        re.IGNORECASE,
    ), days


@cache
def _asked_to_pattern() -> re.Pattern | None:
    """A request's verb and the infinitive of the act it asks for, in the clause before a day of the week ("I have asked
    our Ambassador to call on Secretary Rusk on Monday"): en.yaml weekday_request_verbs."""
    verbs = lexicon("en").get("weekday_request_verbs") or []
    return compile_opening(r"\b(?:" + alternation(verbs) + r")\b[^;:]{0,60}?\bto\s+(?!the\b|a\b|an\b|him\b|her\b|them\b|me\b|us\b)(?-i:[a-z]+)\b[^,;:.]{0,60}?\b(?:on|next|this|coming)\s+$",
                           re.IGNORECASE) if verbs else None


def _asked_to_before(sentence: str, at: int) -> bool:
    """The day of the week at ``at`` is the day of an act a request asks for ("asked our Ambassador to call on Secretary
    Rusk on Monday"), not of the asking: no day of the sentence's own act."""
    pattern = _asked_to_pattern()
    return pattern is not None and pattern.search(sentence, max(0, at - 160), at) is not None


@cache
def _weekday_after_verb_pattern() -> re.Pattern | None:
    """A day of the week right after a verb of the past, no opening word between, as a cable writes it ("Strikes began
    Saturday", "Minister resigned Tuesday"): the day of that act (en.yaml irregular_past; the -ed forms by their ending)."""
    lex = lexicon("en")
    days = [k.lower() for k in lex.get("weekdays") or {}]
    if not days:
        return None
    return compile_opening(
        rf"\b(?:[a-z]{{3,}}ed|{alternation(lex.get('irregular_past') or [])})\s+(?P<day>(?-i:{'|'.join(d.capitalize() for d in days)}))\b"
        r"(?!\s*,?\s*(?:\d|the\s+\d))(?!\s+(?:" + alternation(lex.get("weekday_parts_alone") or ["(?!)"]) + r")\b)",
        re.IGNORECASE)


def _last_word(before: str) -> str:
    words = before.split()
    return words[-1].lower().strip(",") if words else ""


def _weekday_not_after(before: str) -> bool:
    """A word before a day of the week that sends it forward or makes it a habit ("next Wednesday morning", "every Friday
    evening"), or an opening word the opened pattern already read (en.yaml weekday_not_after)."""
    words = before.split()
    return bool(words) and words[-1].lower().strip(",") in _weekday_blockers()


@cache
def _weekday_blockers() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("en").get("weekday_not_after") or [])


@cache
def _weekday_range_pattern() -> re.Pattern | None:
    lex = lexicon("en")
    days, openers, joiners = lex.get("weekdays") or {}, lex.get("weekday_range_openers") or [], lex.get("weekday_range_joiners") or []
    if not days or not openers or not joiners:
        return None
    return compile_opening(
        rf"\b(?:{alternation(openers)})\s+(?P<day>{'|'.join(days)})\s+(?:{alternation(joiners)})\s+(?P<to>{'|'.join(days)})\b", re.IGNORECASE)


@cache
def _weekday_pair_pattern() -> re.Pattern | None:
    """"on Saturday and Sunday": two days of the week joined, a span when the second is the day after the first
    (en.yaml weekday_pair_openers)."""
    lex = lexicon("en")
    days, openers = lex.get("weekdays") or {}, lex.get("weekday_pair_openers") or []
    if not days or not openers:
        return None
    return compile_opening(rf"\b(?:{alternation(openers)})\s+(?P<day>{'|'.join(days)})(?P<between>(?:\s*,\s*(?:{'|'.join(days)}))*),?\s+and\s+"
                           rf"(?P<to>{'|'.join(days)})\b", re.IGNORECASE)


def _days_in_a_row(m: re.Match, days_of_week: dict[str, int]) -> bool:
    """The days of the week a pair or a list names ("on Saturday and Sunday", "on Saturday, Sunday and Monday") follow one
    another."""
    named = [m["day"], *(d for d in re.split(r"\s*,\s*", m["between"]) if d), m["to"]]
    return all(days_of_week[b.lower()] == (days_of_week[a.lower()] + 1) % 7 for a, b in zip(named, named[1:], strict=False))


@cache
def _weekday_night_onto_pattern() -> re.Pattern | None:
    """"the night to Friday", "the night before Friday": the night that runs into that day (en.yaml weekday_night_onto)."""
    lex = lexicon("en")
    days, openers = lex.get("weekdays") or {}, lex.get("weekday_night_onto") or []
    if not days or not openers:
        return None
    spaced = alternation(openers).replace(r"\ ", r"\s+")
    return compile_opening(rf"\b(?:{spaced})\s+(?P<day>{'|'.join(days)})\b", re.IGNORECASE)


@cache
def _since_openers() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("en").get("weekday_since_openers") or [])


@cache
def _day_since_before(language: str) -> re.Pattern | None:
    """The since word right before a day counted back from the writing ("since yesterday", "ever since last night"; a
    language's day_since_openers)."""
    openers = lexicon(language).get("day_since_openers") or []
    parts = alternation(lexicon(language).get("day_since_parts") or []) or "(?!)"  # "since noon yesterday"
    return compile_opening(r"(?<!\w)(?:" + alternation(openers) + r")\s+(?:(?:" + parts + r")\s+)?$", re.IGNORECASE) if openers else None


@cache
def _since_after_day(language: str) -> tuple[re.Pattern | None, tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern] | None]:
    """The since words a language writes after a day (zh.yaml since_after: "以来", "起，"), a time of the day between
    (day_part_openers); and the since word and closer that enclose a day, with the words of lasting its clause tells a
    course by (since_enclosing: "自 ... 起" and "陆续", "不断"), as dated_sentence reads them after a day written."""
    lex = lexicon(language)
    parts = alternation(lex.get("day_part_openers") or []) or "(?!)"
    after = compile_opening(r"\s*(?:" + parts + r")?\s*(?:" + alternation(lex["since_after"]) + r")") if lex.get("since_after") else None
    spec = lex.get("since_enclosing") or {}
    if not (spec.get("openers") and spec.get("closers") and spec.get("lasting")):
        return after, None
    return after, (compile_opening(r"(?:" + alternation(spec["openers"]) + r")\s*$"),
                   compile_opening(r"\s*(?:" + parts + r")?\s*(?:" + alternation(spec["closers"]) + r")(?!"
                                   + (alternation(spec.get("not_before") or []) or "(?!)") + r")"),
                   compile_opening(alternation(spec["lasting"])),
                   since_after_perfect(language))


@cache
def since_after_perfect(language: str) -> re.Pattern:
    """The perfect's mark right before the since word that opens an enclosed day ("已自昨日起放宽", "边境口岸已自十月三日起恢复
    通行"; since_enclosing after_perfect and openers): the perfect tells the course, whatever its clause's words."""
    spec = lexicon(language).get("since_enclosing") or {}
    perfect = alternation(spec.get("after_perfect") or []) or "(?!)"
    return compile_opening(r"(?:" + perfect + r")\s*(?:" + (alternation(spec.get("openers") or []) or "(?!)") + r")\s*$")


_CLAUSE_END_MARKS = compile_opening(r"[,;\uff0c\uff1b\u3002]")


def _course_after(sentence: str, m: re.Match, language: str) -> bool:
    """A day counted back from the writing that a since word after it makes the start of a course ("前天下午起，圣地亚哥市内
    枪声不断", "昨晚起，政府大楼周围加派了警卫", "自昨日起陆续抵达": from that day to the day written), not an act of that
    day ("从昨天起撤出": the withdrawal's first day; "昨天起义": an uprising)."""
    after, enclosing = _since_after_day(language)
    if after is not None and after.match(sentence, m.end()):
        return True
    if enclosing is None or not enclosing[0].search(sentence, max(0, m.start() - 3), m.start()) \
            or (closes := enclosing[1].match(sentence, m.end())) is None:
        return False
    if enclosing[3].search(sentence, max(0, m.start() - 5), m.start()):
        return True  # "南非已自昨日起放宽对过境车辆的检查": a perfect before the since word, the course to the day written
    end = _CLAUSE_END_MARKS.search(sentence, closes.end())
    return enclosing[2].search(sentence, closes.end(), end.start() if end else len(sentence)) is not None


@cache
def _lasting_before(language: str) -> re.Pattern:
    """A perfect that tells a state or a course before the since word ("has been quiet", "has been out of touch", "has
    been broadcasting"), not one that tells an act, whose day the word names ("had been placed on combat alert since last
    night", "had withdrawn all buses since last night": placed, withdrawn last night), nor a present ("Since yesterday,
    one can perceive a certain relief": about that day). A present perfect's passive tells the state its act left, held
    to the day written ("The bazaar has been closed since the day before yesterday", "The compound has been cordoned off
    since yesterday"), as a pluperfect's does not; a perfect participle as a present perfect ("having been off watch
    since last night": day_since_participles)."""
    lex = lexicon(language)
    perfect, present = lex.get("perfect") or [], [*(lex.get("present_perfect") or []), *(lex.get("day_since_participles") or [])]
    been = r"\s+(?:\w+ly\s+|not\s+|also\s+|already\s+)?been\s+"
    return compile_opening(r"(?<!\w)(?:(?:" + (alternation(perfect) or "(?!)") + r")" + been + r"(?!\w+(?:ed|en|wn)\b)|(?:"
                           + (alternation(present) or "(?!)") + r")" + been + r")", re.IGNORECASE)


@cache
def _deadline_openers() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("en").get("deadline_openers") or [])


def _english(sentence: str) -> list[Cue]:
    pats = _patterns("en")
    cues = _common(sentence, "en")
    weekday, days_of_week = _weekday_pattern()
    if weekday is not None and "day" in sentence.lower():  # "on Sunday", not "on Sunday, 2 August" (a date written out)
        deadlines = _deadline_openers()
        since = _since_openers()
        cues += [Cue("relative", m.start(), m.end(), weekday=days_of_week[m["day"].lower()], bound=" ".join((m["opener"] or "").lower().split()) in deadlines,
                     since=" ".join((m["opener"] or "").lower().split()) in since)
                 for m in weekday.finditer(sentence) if (m["opener"] or not _weekday_not_after(sentence[: m.start()]))
                 and not _asked_to_before(sentence, m.start("day"))]
        if (bare := _weekday_after_verb_pattern()) is not None:  # "Strikes and crowds began Saturday": that Saturday
            held = {c.start for c in cues}
            cues += [Cue("relative", m.start("day"), m.end(), weekday=days_of_week[m["day"].lower()])
                     for m in bare.finditer(sentence) if m.start("day") not in held]
        if (spans := _weekday_range_pattern()) is not None:  # "From Friday to Sunday the new leadership met ...": those days
            cues += [Cue("relative", m.start(), m.end(), weekday=days_of_week[m["day"].lower()], to_weekday=days_of_week[m["to"].lower()])
                     for m in spans.finditer(sentence)]
        if (pairs := _weekday_pair_pattern()) is not None and (joined := [
            m for m in pairs.finditer(sentence) if _days_in_a_row(m, days_of_week)
        ]):  # "where on Saturday and Sunday he had held talks with General Obasanjo": the two days, one span; so the days
            # of a list in a row ("had bombed the oasis on Saturday, Sunday and Monday")
            cues = [c for c in cues if not any(c.start < m.end() and m.start() < c.end for m in joined)]
            cues += [Cue("relative", m.start(), m.end(), weekday=days_of_week[m["day"].lower()], to_weekday=days_of_week[m["to"].lower()])
                     for m in joined]
        if (onto := _weekday_night_onto_pattern()) is not None and (nights := list(onto.finditer(sentence))):  # "In the night to
            # Friday the colonels occupied Athens": the night from the day before into that day
            cues = [c for c in cues if not any(c.start < m.end() and m.start() < c.end for m in nights)]
            cues += [Cue("relative", m.start(), m.end(), weekday=(days_of_week[m["day"].lower()] - 1) % 7, to_weekday=days_of_week[m["day"].lower()])
                     for m in nights]
    if any(c.weekday >= 0 for c in cues) and (hours := {(a, b) for a, b, _ in clock_hours(sentence)}):
        cues = [c for c in cues if not ((c.start, c.end) in hours and c.days == 0 and c.weekday < 0 and any(
            w.weekday >= 0 and w.start >= c.end and _HOUR_MARKS.fullmatch(sentence, c.end, w.start) for w in cues))]
        # "Radio Kampala announced at 1545 on Monday", "at 0300 hours local time on Sunday": the hour is of the day of the
        # week after it, not of the day the text is written (as "at 1430 yesterday" is of yesterday)
    numbers = lexicon("en").get("number_words", {})
    for m in _AGO.finditer(sentence) if _AGO_WORD.search(sentence) else ():
        n = m["n"].lower()
        count = int(n) if n.isdigit() else numbers.get(n)
        if count:
            unit = m["unit"].lower()
            cues.append(Cue("years_ago", m.start(), m.end(), years=count if unit.startswith("year") else 0,
                            months=count if unit.startswith("month") else 0))
    if sentence.isascii():  # its lower case has the same letters at the same places: the words read from it at once
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence.lower())]
    else:
        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(sentence)]
    if (modal_months := _modal_months()) and any(w in modal_months for _, _, w in words):
        words = [(s, e, _MONTH_WORD if w in modal_months and _is_month(sentence, s, e) else w) for s, e, w in words]
        # "On 12 May the gendarmerie fired ...": the month, not the modal before "fired"
    speech, irregular, not_past, perfect, perfect_adverbs, past_auxiliaries, subjects, performative, adverbs, perfect_participles, passive_negations, passive, \
        perfect_not_past = _english_words()
    auxiliaries = past_auxiliaries | perfect
    performative_leads, leads = _performative_leads()
    for i, (start, end, word) in enumerate(words):
        if word in subjects and i + 1 < len(words):
            j = i + 1
            while j < len(words) and words[j][2] in adverbs and words[j][2] not in performative:
                j += 1
            if j < len(words) and (words[j][2] in performative or " ".join(w for _, _, w in words[j: j + 2]) in performative) and not is_opinion(
                sentence[words[j][0]:]
            ):
                cues.append(Cue("performative", start, words[j][1]))
        if word in leads and i + 2 < len(words) and f"{word} {words[i + 1][2]}" in performative_leads:
            k = next((k for k in range(i + 2, min(i + 6, len(words))) if words[k][2] == "to" or words[k][2] in performative), None)
            k = k + 1 if k is not None and words[k][2] == "to" else k  # "Allow me first of all to thank you", "Let me thank you"
            if k is not None and k < len(words) and words[k][2] in performative:
                cues.append(Cue("performative", start, words[k][1]))
        if word in not_past and i + 1 < len(words) and words[i + 1][2] in _visit_words().get(word, ()) \
                and not (i > 0 and words[i - 1][2] in _function_words("visit_not_after")) \
                and not _negated(pats, words, i) and not _modal_before(_before(words, i), pats) and not _after_auxiliary(words, i, auxiliaries):
            cues.append(Cue("past", start, end))  # "The Indonesian Ambassador called at his own request at 3:30 p.m.",
            continue  # "Chargé called on Foreign Ministry Friday": a visit paid, not a thing "called" so
        if not (word in speech or word in auxiliaries or _is_past(word, irregular, not_past)):
            continue  # no word of saying, no auxiliary, no past form: no cue to read at it
        if _compound(sentence, start, end):
            continue  # "as result set-back", "well-informed circles": a part of a compound word, no verb
        if word in speech and not _negated(pats, words, i):
            if not _named_noun(sentence, start, i, word) and not _counted_noun(sentence, words, i):
                cues.append(Cue("speech", start, end))
        elif word in past_auxiliaries and i + 1 < len(words):
            j = i + 1
            while j < len(words) and words[j][2] in perfect_adverbs:
                j += 1
            if j < len(words) and (_is_participle(words[j][2], irregular, not_past) or words[j][2] in passive or words[j][2].endswith("ing")) \
                    and not _negated(pats, words, i):
                cues.append(Cue("past", start, words[j][1]))  # "was later poisoned", "were demanding"; "was present" is a state
            elif j + 1 < len(words) and words[j][2] in passive_negations and _is_participle(words[j + 1][2], irregular, not_past) \
                    and not _negated(pats, words, i):
                cues.append(Cue("past", start, words[j + 1][1]))  # "Romania was not invited": left out, an act done
            elif (to := _ranked_act(words, j)) is not None and not _negated(pats, words, i):
                cues.append(Cue("past", start, words[to][1]))  # "Spain was the first to recognize ...": an act done
        elif word in perfect and i + 1 < len(words):
            j = i + 1
            while j < len(words) and words[j][2] in perfect_adverbs:
                j += 1
            participle = j < len(words) and (_is_participle(words[j][2], irregular, not_past) or (words[j][2] in passive and words[j - 1][2] == "been")
                                             or (word == "had" and words[j][2] in perfect_participles) or words[j][2] in perfect_not_past)
            if participle and not _near(pats["negation"], " ".join(w for _, _, w in words[i: j])):
                cues.append(Cue("past", start, words[j][1]))  # "had already sent", "he had had a telephone conversation"
            elif word == "had" and (talk := _held_talk(words, i)) and not _negated(pats, words, i):
                cues.append(Cue("past", start, words[talk][1]))  # "I had a meeting with KIM IL SUNG": held it
        elif _is_past(word, irregular, not_past) and not _negated(pats, words, i) and not _modal_before(_before(words, i), pats) and not _after_auxiliary(words, i, auxiliaries):
            if i > 0 and words[i - 1][2] in _function_words("adjective_participle_after"):
                continue  # "the proposed plan": an adjective
            if i > 0 and words[i - 1][2] in _function_words("present_passive_before"):
                continue  # "the point is kept": a present passive, not a past act
            if i > 0 and words[i - 1][2] in _linking_verbs():
                continue  # "he looked exhausted", "seemed worried": how someone was, no act
            cues.append(Cue("past", start, end))
    if pats["ongoing"]:
        cues += [Cue("ongoing", m.start(), m.end()) for m in pats["ongoing"].finditer(sentence)]
    if (" is " in sentence or " are " in sentence) and (state := _progressive_state(sentence, cues)) is not None:
        cues.append(state)  # "The Indian chairman is avoiding any session": a course under way, the sentence's only verb
    if pats["refusals"]:
        cues += [Cue("past", m.start(), m.end()) for m in pats["refusals"].finditer(sentence)]  # "They would not agree to this."
    if (omitted := _omissions()) is not None:
        cues += [Cue("past", m.start(), m.end()) for m in omitted.finditer(sentence)]  # "Ignatiev did not report this memorandum"
    cues += _future(sentence, words, cues, pats)
    cues += _reported_future(sentence, words, cues)
    if any(c.kind == "past" for c in cues) and not any(c.kind in ("counted_span", "planned", "ongoing") for c in cues):
        cues += forward_spans(sentence, cues)  # "For five days the delegations argued": from the day the story is on
    if (expected := _expected_pattern()) is not None and not any(c.kind in ("relative", "period") for c in cues):
        cues += [Cue("planned", m.start(), m.end()) for m in expected.finditer(sentence)
                 if not any(c.kind == "speech" and c.end <= m.start() for c in cues)]  # "is expected within days": a plan
    return cues


_VERB_KINDS = frozenset(("past", "speech", "performative", "planned", "obligation", "ongoing"))


@cache
def _progressive_pattern() -> tuple[re.Pattern | None, frozenset[str]]:
    """"is (still) avoiding", "are believed still to be moving", "is reported to be considering" (en.yaml
    ``progressive_*``), and the words in -ing that are no verb there."""
    lex = lexicon("en")
    auxiliaries, adverbs, reporting = lex.get("progressive_auxiliaries") or [], lex.get("progressive_adverbs") or [], lex.get("progressive_reporting") or []
    if not auxiliaries:
        return None, frozenset()
    adverb = r"(?:(?:" + alternation(adverbs) + r")\s+)*" if adverbs else ""
    reported = r"(?:(?:" + alternation(reporting) + r")\s+" + adverb + r"to\s+be\s+" + adverb + r")?" if reporting else ""
    return (compile_opening(r"(?<![\w'’])(?:" + alternation(auxiliaries) + r")\s+" + adverb + reported + r"(?P<verb>[a-z]{2,}ing)\b"),
            frozenset(w.lower() for w in lex.get("progressive_not_verbs") or []))


def _progressive_state(sentence: str, cues: list[Cue]) -> Cue | None:
    """A state or course told in the present progressive, the sentence's only verb ("the units called up are still
    assembling"): an ongoing cue on the progressive, None when another verb tells the sentence's act."""
    pattern, not_verbs = _progressive_pattern()
    if pattern is None or (m := next((m for m in pattern.finditer(sentence) if m["verb"] not in not_verbs), None)) is None:
        return None
    if any(c.kind in _VERB_KINDS and not m.start() <= c.start < m.end() for c in cues):
        return None  # "is reported to be considering": the reporting word is the progressive's own
    return Cue("ongoing", m.start(), m.end())


@cache
def _forward_span_pattern() -> re.Pattern | None:
    """"for more than twenty-four hours", "within three days", "in the first two days" (en.yaml ``forward_span_*``)."""
    lex = lexicon("en")
    openers, counts, units = lex.get("forward_span_openers") or {}, lex.get("forward_span_counts") or {}, lex.get("forward_span_units") or {}
    if not openers or not units:
        return None
    qualifiers = lex.get("forward_span_qualifiers") or []
    qualifier = r"(?:(?:" + alternation(qualifiers) + r")\s+)?" if qualifiers else ""
    count = "|".join([r"\d{1,3}", *(re.escape(c) for c in sorted(counts, key=len, reverse=True))])
    return compile_opening(rf"(?<![\w'’-])(?P<opener>{alternation(list(openers))})\s+{qualifier}(?P<n>{count})\s+(?P<unit>{alternation(list(units))})(?![\w'’])",
                           re.IGNORECASE)


_TO_VERB = compile_opening(r"\bto\s+[a-z]+\b[^,;]*$")  # "ordered to leave within forty-eight hours": the order's span
_PERFECT_SPAN = compile_opening(r"\b(?:has|have|had)\s+(?:\w+ly\s+|not\s+|already\s+)?(?:been|\w+ed|\w+en)\b", re.IGNORECASE)  # "had been held ... for two days": counted back to the day told


def forward_spans(sentence: str, cues: list[Cue]) -> list[Cue]:
    """A span a past act's sentence counts forward from the day the story is on: ``days`` after that day the span ends
    ("for five days": 4, "for more than twenty-four hours": 1, "within three days": 3)."""
    if "for " not in sentence.lower() and "in " not in sentence.lower() and "within" not in sentence.lower():
        return []
    if (pattern := _forward_span_pattern()) is None or _PERFECT_SPAN.search(sentence):
        return []
    lex = lexicon("en")
    openers = {" ".join(k.lower().split()): v for k, v in lex["forward_span_openers"].items()}
    counts = {k.lower(): v for k, v in (lex.get("forward_span_counts") or {}).items()}
    units = {k.lower(): v for k, v in lex["forward_span_units"].items()}
    for m in pattern.finditer(sentence):
        if any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in cues) or _TO_VERB.search(sentence, 0, m.start()):
            continue
        n = m["n"].lower()
        number = int(n) if n.isdigit() else counts.get(n)
        if not number:
            continue
        per = units[m["unit"].lower()]
        extra = openers.get(" ".join(m["opener"].lower().split()), 0)
        days = -(-number // 24) if per == 0 else number * per - 1 + extra
        return [Cue("counted_span", m.start(), m.end(), days=days, forward=True)]
    return []


@cache
def _expected_pattern() -> re.Pattern | None:
    """An act expected or due as the sentence's own predicate (``expected_plans``)."""
    lex = lexicon("en")
    copulas, adverbs, predicates = lex.get("plan_copulas") or [], lex.get("plan_copula_adverbs") or [], lex.get("plan_predicates") or []
    shaped = [f"{c} {a}{p} to".replace(" '", "'") for c in copulas for a in ["", *(f"{a} " for a in adverbs)] for p in predicates]
    return _phrase_pattern([*(lex.get("expected_plans") or []), *shaped])


def _reported_future(sentence: str, words: list[tuple[int, int, str]], cues: list[Cue]) -> list[Cue]:
    """A future told in the clause a saying reports with a time to come that the rules of days do not read ("Dr.
    Kissinger has told us that he will come to Cairo in the first days of November"): the act to come is a plan of
    another's, undated, beside the saying. With no time of any kind ("The President said that he would ask Secretary
    McNamara to review the request", "he stated that he would raise the crime before the General Assembly") the
    saying's row is the event and its clause no plan of its own. Its
    subject opens the clause ("that" and a few words, or the words right after the verb of saying) and is not the
    writer or his side ("I replied that I would report this": the reply is the act); a state or a passive ("would
    be", "will have") is no act to come, and a condition is no plan."""
    future, not_acts, after_that, first_person, adverbs = _reported_future_words()
    if not any(w in future for _, _, w in words) or any(c.kind in ("relative", "period") for c in cues):
        return []  # "would call the House into session next Monday": the day's own rules read a plan with its day
    found = []
    for i, (start, _end, word) in enumerate(words):
        if word not in future or i + 1 >= len(words) or any(c.kind == "planned" and c.start <= start < c.end for c in cues):
            continue
        said = [c for c in cues if c.kind == "speech" and c.end <= start]
        if not said or _after_relativizer(sentence, said[-1].start):
            continue  # "he sent the chief of staff to me, who informed me that the talks would begin": the clause of a noun
        between = [w for w in words if said[-1].end <= w[0] and w[1] <= start]
        opener = next((k for k in range(len(between) - 1, -1, -1) if between[k][2] in after_that), None)
        subject = between[opener + 1:] if opener is not None else between[-1:]
        if opener is not None and opener and between[opener - 1][2] == "and":
            head = subject[0][0]  # "said that the Project would be examined, and that Secretary Rusk would discuss ...": the
        else:  # second clause the saying reports, its own subject after "and that"
            head = said[-1].end
            if (opener or 0) > 2 or any(_is_past(w[2], set(), set()) for w in between[:opener or 0]):
                continue
        if not subject or len(subject) > 4 or any(w[2] in first_person for w in subject) \
                or any(p in sentence[head: start] for p in ",;:()") or any(ch.isdigit() for ch in sentence[start:]) \
                or _near(_plan_time_pattern(), sentence[start:]):
            continue  # "said he doubted that ...": another verb governs the clause; a day or a time to come written after
            # it ("next Monday", "in June") is read with the plan by the rules of days (passages.told_plans)
        if not _names_plan_time(sentence[said[-1].end:]):
            continue  # "stated that he would raise the crime before the General Assembly": no time at all, the saying
            # ("added that in April he would travel to Conakry": the time before the verb is the plan's too)
        if any(w[2] in not_acts for w in between if w[0] >= head):
            continue  # "said that if they came he would ...": a condition
        j = i + 1
        while j < len(words) - 1 and (words[j][2].endswith("ly") or words[j][2] in adverbs):
            j += 1  # "would again be facing", "would then go"
        if words[j][2] in not_acts:
            continue
        found.append(Cue("planned", start, words[j][1]))
    return found


def _after_relativizer(sentence: str, at: int) -> bool:
    """The word before ``at`` opens a clause about a noun ("who", "which": ``relativizers``)."""
    before = _WORD.findall(sentence[max(0, at - 12): at])
    return bool(before) and before[-1].lower() in _relativizers()


@cache
def _relativizers() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("en").get("relativizers") or [])


@cache
def _plan_time_pattern() -> re.Pattern | None:
    """A time to come a told plan names ("next Monday", "at the end", "in June"): ``plan_times``, "in" and a month."""
    lex = lexicon("en")
    return _phrase_pattern([*(lex.get("plan_times") or []), *(f"in {m}" for m in lex.get("months") or {})])


_BODY_AFTER = re.compile(r"\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})")


def _names_plan_time(text: str) -> bool:
    """A time to come in a reported plan's clause (``_reported_plan_time_pattern``), not a body it is put "before" ("would
    raise the crime before the General Assembly": the place of the act, not its time)."""
    from pipeline.normalize.names import lookup  # the gazetteer, read only here

    pattern = _reported_plan_time_pattern()
    for m in pattern.finditer(text) if pattern is not None else ():
        body = _BODY_AFTER.match(text, m.end())
        if body is not None and (entity := lookup(body["body"])) is not None and entity.kind == "organisation":
            continue
        return True
    return False


@cache
def _reported_plan_time_pattern() -> re.Pattern | None:
    """A time a reported plan is set in, in words the rules of days do not read ("in the first days of November",
    "towards the end of the summer", "within ten days", "before the Emperor left", "after his stay in Washington"):
    ``months``, ``seasons``, ``reported_plan_times``."""
    lex = lexicon("en")
    words = [*(m for m in lex.get("months") or {} if m[:1].isupper() and not m.endswith(".")), *(lex.get("seasons") or {}),
             *(lex.get("reported_plan_times") or [])]
    if not words:
        return None
    return compile_opening(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                           + r")(?![\w'’])")  # a month with its capital ("May", not the verb "may")


@cache
def _reported_future_words() -> tuple[frozenset[str], ...]:
    """The auxiliaries of a reported future, the words that make no act after them or no plan before them, the words
    that open the reported clause, and the writer's pronouns (``_reported_future``), made once."""
    lex = lexicon("en")
    return (frozenset(lex.get("reported_future_auxiliaries") or []), frozenset(lex.get("reported_future_not") or []),
            frozenset(lex.get("reported_clause_openers") or []), frozenset(lex.get("writer_pronouns") or []),
            frozenset([*(lex.get("perfect_adverbs") or []), "again"]) - {"been", "being"})


@cache
def _omissions() -> re.Pattern | None:
    """An act left undone in the past, told with "did not" before its verb ("Ignatiev did not report this memorandum",
    "we did not agree to meet", "The embassy didn't reply"): the omission is a happening of its day (``negated_acts``)."""
    verbs = lexicon("en").get("negated_acts") or []
    if not verbs:
        return None
    return compile_opening(r"\b(?:did\s+not|didn['’]t)\s+(?:(?:\w+ly|" + alternation(lexicon("en").get("omission_adverbs") or ["(?!)"])
                           + r")\s+)?(?:" + "|".join(re.escape(v) for v in verbs) + r")\b", re.IGNORECASE)


def _held_talk(words: list[tuple[int, int, str]], i: int) -> int | None:
    """The talk that "had" at ``i`` takes as its object ("had a meeting", "had a long conversation", "had talks"): where
    its noun (``conversation_nouns``) stands, or None."""
    talks = _talk_nouns()
    j = i + 1
    if j < len(words) and words[j][2] in ("a", "an"):
        j += 1
        if j + 1 < len(words) and words[j][2] not in talks and words[j + 1][2] in talks:
            j += 1  # "a long conversation", "a brief meeting"
    return j if j < len(words) and words[j][2] in talks else None


@cache
def _talk_nouns() -> frozenset[str]:
    return frozenset(lexicon("en").get("conversation_nouns") or [])


def _future(sentence: str, words: list[tuple[int, int, str]], cues: list[Cue], pats) -> list[Cue]:
    """A named actor's act to come as the sentence's main verb ("my assistant [Brent] Scowcroft will invite him",
    "Kvitsinsky will speak with ..."): a plan. Its subject is a name or a body ("the delegation"), not a pronoun
    (the writer's or a speaker's "we will" are read by ``planned``) nor a thing ("the news will arrive"); a future
    inside a saying, a wish or a clause of another verb ("stated that ... they will fulfill it", "I hope you will
    find", "the negative side is that the Americans will view it as ...") is not the sentence's act."""
    future, not_acts, pronouns, clauses, bodies = _future_words()
    if not any(w in future for _, _, w in words):
        return []
    for i, (start, _end, word) in enumerate(words):
        if word not in future or i == 0 or i + 1 >= len(words):
            continue
        j = i + 1
        while j < len(words) - 1 and words[j][2].endswith("ly"):
            j += 1  # "will probably be pulled out"
        subject_start, subject_end, subject = words[i - 1]
        if (aside := _BY_ASIDE.search(sentence, 0, start)) and (head := [w for w in words[:i] if w[1] <= aside.start()]):
            subject_start, subject_end, subject = head[-1]  # "Our delegation, headed by Comrade Todorov, will arrive"
            subject_end = aside.end()
        named = (sentence[subject_start].isupper() and subject not in pronouns) or subject in bodies
        if not named or words[j][2] in not_acts or sentence[subject_end: start].strip(" ]"):
            continue
        if words[j][2] in _reminders() and j + 1 < len(words) and words[j + 1][2] == "that":
            continue  # "The Security Council will recall that on 30 August I informed ...": the writer reminds, no plan
        if any(c.start < start and not (aside and aside.start() <= c.start) for c in cues if c.kind in ("speech", "past", "performative")) or _near(pats["hypothetical"], sentence[:start].lower()):
            continue
        if any(w in clauses for _, _, w in words[:i]):
            continue  # "the negative side is that the Americans will view it as ...": a clause of another verb's
        return [Cue("planned", start, words[j][1])]
    return []


# A participle's aside between the subject and its verb ("Our delegation, headed by Comrade Todorov, will arrive"): it
# names who leads, no act before the future's.
_BY_ASIDE = compile_opening(r",\s*\w+ed\s+by\s+[^,;:.]{1,60},\s*$")


@cache
def _reminders() -> frozenset[str]:
    """The verbs after a future that remind the reader of what was ("will recall that", "will remember that")."""
    return frozenset(lexicon("en").get("future_reminders") or [])


@cache
def _future_words() -> tuple[frozenset[str], ...]:
    """The future auxiliaries, the words after them that make no act, the pronoun subjects, the clause openers and the
    bodies that may be a subject (``_future``), made once."""
    lex = lexicon("en")
    keys = ("future_auxiliaries", "future_not_acts", "future_not_subjects", "future_not_after")
    return (*(frozenset(lex.get(k, [])) for k in keys), frozenset(w.lower() for w in lex.get("actor_nouns", [])))


def _compound(sentence: str, start: int, end: int) -> bool:
    """A word joined to another by a hyphen ("set-back", "so-called", "well-informed"): a part of a noun or adjective;
    not a verb after a prefix that repeats or joins the act ("re-entered", "co-signed": verb_prefixes)."""
    if start > 1 and sentence[start - 1] == "-" and sentence[start - 2].isalpha():
        prefix = re.search(r"(\w+)-$", sentence[:start])
        return not (prefix and prefix[1].lower() in _verb_prefixes() and (prefix.start() == 0 or not sentence[prefix.start() - 1].isalpha()))
    return end + 1 < len(sentence) and sentence[end] == "-" and sentence[end + 1].isalpha()


@cache
def _verb_prefixes() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("en").get("verb_prefixes") or [])


def is_opinion(clause: str) -> bool:
    """A verb of opinion that judges ("we consider selection of Kuznetsov ... encouraging") rather than takes a
    position on what is to be done ("I consider it necessary to report"): no act of the writer's."""
    opinion, position = _opinion_patterns()
    verb = opinion.match(clause)
    if not verb:
        return False
    return not position.search(clause[verb.end(): verb.end() + 40])


@cache
def _opinion_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The verbs of opinion and the words of a position (``is_opinion``), compiled once."""
    lex = lexicon("en")
    return (compile_opening(r"(?:" + "|".join(lex.get("opinion_verbs") or []) + r")\b", re.IGNORECASE),
            compile_opening(r"\b(?:" + "|".join(lex.get("position_words") or []) + r")\b", re.IGNORECASE))


def _counted_noun(sentence: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """A plural of saying that is a noun after a quantifier, perhaps with a name's adjective between ("both German
    states", "the two talks", "all reports"): no act."""
    if not words[i][2].endswith("s") or i == 0:
        return False
    quantifiers, determiners = _quantifiers()
    before = words[i - 1]
    if before[2] in quantifiers or before[2] in determiners:
        return True  # "the talks", "both states"; not "the Politburo agrees"
    return i > 1 and sentence[before[0]].isupper() and words[i - 2][2] in quantifiers


@cache
def _quantifiers() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon("en")
    return frozenset(lex.get("quantifiers", [])), frozenset(lex.get("determiners", []))


def _named_noun(sentence: str, start: int, i: int, word: str) -> bool:
    """A word of saying that is a noun here: capitalised inside a sentence ("the United States", "the Paris Talks"),
    or a plural opening it with no subject before it ("Talks like this I have never held"). A sentence all in
    capitals ("KIM IL SUNG STATED THAT") says nothing by its case."""
    if not sentence[start].isupper() or sentence.isupper():
        return False
    return i > 0 or (word.endswith("s") and not word.endswith("ss"))


@cache
def _english_words() -> tuple[frozenset[str], ...]:
    """The word lists ``_english`` looks words up in, as sets made once rather than for every sentence."""
    lex = lexicon("en")
    keys = ("speech", "irregular_past", "not_past", "perfect", "perfect_adverbs", "past_auxiliaries", "performative_subjects", "performative", "adverbs",
            "perfect_participles", "passive_negations", "passive_participles", "perfect_not_past")
    return tuple(frozenset(lex.get(key, [])) for key in keys)


@cache
def _ranked_words() -> frozenset[str]:
    """The ranks an act is told by after "was the" (en.yaml ranked_act_words: "first", "last", "only")."""
    return frozenset(w.lower() for w in lexicon("en").get("ranked_act_words") or [])


def _ranked_act(words: list[tuple[int, int, str]], j: int) -> int | None:
    """Where the verb is in "the first to recognize", "the last country to sign" read from the j-th word; None if not."""
    if j + 3 >= len(words) or words[j][2] != "the" or words[j + 1][2] not in _ranked_words():
        return None
    to = next((k for k in range(j + 2, min(j + 4, len(words) - 1)) if words[k][2] == "to"), None)
    if to is None or words[to][0] != words[to - 1][1] + 1 or words[to + 1][0] != words[to][1] + 1:
        return None  # words apart across a comma or a break: not one phrase
    return to + 1


@cache
def _performative_leads() -> tuple[frozenset[str], frozenset[str]]:
    """The words that lead the writer's own act in the first person ("allow me", "permit us": performative_leads), and
    their first words alone (looked up first, at every word)."""
    leads = frozenset(" ".join(p.lower().split()) for p in lexicon("en").get("performative_leads") or [])
    return leads, frozenset(p.split()[0] for p in leads)


@cache
def _function_words(key: str) -> frozenset[str]:
    """English function words the reader of tenses asks of the word before a verb (en.yaml ``visit_not_after``: "the so
    called"; ``adjective_participle_after``: "the proposed plan"; ``present_passive_before``: "is kept"), in small letters."""
    return frozenset(w.lower() for w in lexicon("en").get(key) or [])


@cache
def _visit_words() -> dict[str, frozenset[str]]:
    """The words after which a word ``not_past`` keeps from the past tense is one all the same (en.yaml
    not_past_before: "called on", "called at")."""
    return {k.lower(): frozenset(w.lower() for w in v) for k, v in (lexicon("en").get("not_past_before") or {}).items()}


@cache
def _linking_verbs() -> frozenset[str]:
    """The verbs after which a word in -ed is how someone or something was (``looks_verbs``)."""
    return frozenset(w.lower() for w in lexicon("en").get("looks_verbs") or [])


def _before(words: list[tuple[int, int, str]], i: int) -> list[str]:
    """The three words before the i-th."""
    return [w for _, _, w in words[max(0, i - 3): i]]


def _negated(pats, words: list[tuple[int, int, str]], i: int) -> bool:
    """A negation among the three words before the i-th: asked only of a word that may be a verb, as
    most words are not, the search being the costliest step of reading a word."""
    return _near(pats["negation"], " ".join(_before(words, i)))


def _after_auxiliary(words, i: int, auxiliaries: set[str]) -> bool:
    """The participle of "was poisoned" or "has sent": its auxiliary already made the cue."""
    return any(w in auxiliaries for _, _, w in words[max(0, i - 3): i])


_MONTH_WORD = "<month>"  # what a month's name that is also a modal reads as among a sentence's words: neither


@cache
def _modal_months() -> frozenset[str]:
    """The English months whose names are also modals of ``hypothetical`` ("May")."""
    lex = lexicon("en")
    return frozenset(m.lower() for m in lex.get("months") or {}) & frozenset(w.lower() for w in lex.get("hypothetical") or [])


_DAY_NUMBER_BEFORE = compile_opening(r"\d(?:st|nd|rd|th)?[\s,]*$")
_DAY_NUMBER_AFTER = compile_opening(r"[\s,]*\d")


def _is_month(sentence: str, start: int, end: int) -> bool:
    """A word that is a month's name and a modal, read as the month: written with its capital next to a day's or a
    year's number ("On 12 May the gendarmerie fired", "May 12, 1968") or inside the sentence after a word ("in May the
    strikes spread"), where the modal is written small; the capital opening a sentence or a quotation is the modal's."""
    if not sentence[start].isupper():
        return False
    if _DAY_NUMBER_BEFORE.search(sentence, 0, start) or _DAY_NUMBER_AFTER.match(sentence, end):
        return True
    head = sentence[:start].rstrip()
    return bool(head) and head[-1].isalnum() and not sentence[start:end].isupper()


def _modal_before(before: list[str], pats) -> bool:
    return _near(pats["hypothetical"], " ".join(before))


def _is_participle(word: str, irregular: set[str], not_past: set[str]) -> bool:
    return _is_past(word, irregular, not_past) or word.endswith("en") and len(word) > 4 and word not in ("often", "even", "between", "garden", "women", "children", "seven", "eleven", "citizen", "citizens")


def _is_past(word: str, irregular: set[str], not_past: set[str]) -> bool:
    if word in not_past:
        return False
    return word in irregular or (len(word) > 4 and word.endswith("ed"))


def _stem(verb: str, infinitive_endings: list[str]) -> str:
    """The stem of an infinitive, which its past tenses share (a verb of saying in any of its forms)."""
    return next((verb[: -len(e)] for e in infinitive_endings if verb.endswith(e)), verb[:-2])


@cache
def _russian_words() -> tuple:
    """The stems, endings and word sets ``_russian`` reads words with, made once rather than for every sentence."""
    lex = lexicon("ru")
    return (
        tuple(_stem(w, lex["infinitive_endings"]) for w in lex.get("speech", [])),
        tuple(lex["past_endings"]), tuple(lex["present_endings"]),
        frozenset(lex["not_verbs"]),
        frozenset(lex["past_auxiliaries"]), tuple(lex["short_participle_endings"]),
        frozenset(w.lower() for w in lex.get("performative", [])),
        frozenset(w.lower() for w in lex.get("obligation", [])),
        frozenset(w.lower() for w in lex.get("negation", [])),
    )


@cache
def _bare_participles() -> frozenset[str]:
    return frozenset(lexicon("ru").get("bare_past_participles") or [])
def _russian_omissions() -> tuple[str, ...]:
    """The stems of the Russian acts whose omission is a happening (``negated_acts``: "не ответил", "не доложил")."""
    return tuple(w.lower() for w in lexicon("ru").get("negated_acts") or [])


def _dated_words(sentence: str, language: str) -> list[Cue]:
    """A language whose file lists only the words of its days and the forms of a few verbs (de, fr, it, es): the days
    named from the day of writing ("gestern", "hier", "ieri", "ayer"), the days of the week after their opening word ("am
    Montag", "el lunes"), and the forms of saying (speech), of a past act (past), of the writer's own act in the first
    person present (performative: "Молим") and of a state going on (ongoing: "추진하고 있음") written out whole."""
    cues = _common(sentence, language)
    if (before := _day_before_yesterday(language)) is not None:  # "alaltăieri", "i forgårs", "Prekjuče": borrowed words
        held = [(c.start, c.end) for c in cues]
        cues += [Cue("relative", m.start(), m.end(), days=-2) for m in before.finditer(sentence)
                 if not any(a < m.end() and m.start() < b for a, b in held)]
    weekday, days_of_week = _weekday_pattern(language)
    if weekday is not None:
        held = [(c.start, c.end) for c in cues]  # "Pada minggu lalu" (last week): Indonesian's Sunday inside a period's words
        ahead = frozenset(w.lower() for w in lexicon(language).get("weekday_forward_openers") or [])
        cues += [Cue("relative", m.start(), m.end(), weekday=days_of_week[m["day"].lower()]) for m in weekday.finditer(sentence)
                 if not any(a < m.end() and m.start() < b for a, b in held)
                 and not (ahead and _last_word(sentence[: m.start()]) in ahead)  # "volgende Maandag": a day to come
                 and not declined_name(sentence, m.start("day"), m["day"], days_of_week)]
    pats = _patterns(language)
    for kind in ("speech", "past", "performative", "ongoing"):  # the forms of saying, of a past act and of the writer's own act the
        # file lists whole ("Er sagte", "a déclaré", "disse", "dijo"; "übergab", "remit"; "Молим"): no morphology reads their tense
        if pats[kind] is not None:
            held = [(c.start, c.end) for c in cues]
            cues += [Cue(kind, m.start(), m.end()) for m in pats[kind].finditer(sentence)
                     if not any(a < m.end() and m.start() < b for a, b in held)]
    cues += _by_ending(sentence, language, cues)
    return cues


def declined_name(sentence: str, at: int, word: str, days: dict) -> bool:
    """A word read as a declined day of the week by its stem (``borrowed.weekday_stems``) that is a capitalised name
    inside the sentence ("Сәрсенбаев", a surname opening as "сәрсенбі", Wednesday, does), not the day."""
    return word.lower() not in days and word[:1].isupper() and bool(sentence[:at].strip())


# The letters glued before a word of yesterday that make it the day before ("alaltă|ieri", "przed|wczoraj", "for|gårs",
# "prek|juče"; "avant-|hier"), as the locale data of many languages lacks that day: two letters or more, six at most.
_BEFORE_YESTERDAY_PREFIX = r"[^\W\d_]{2,6}-?"


@cache
def _accents() -> dict[str, str]:
    """Each letter with the accented letters written on it (Latin, Greek, Cyrillic): a word the locale data writes
    without its accent, as a page may write it with one ("χθες": "Προχθές")."""
    marked: dict[str, list[str]] = {}
    for code in range(0xC0, 0x500):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if char.isalpha() and base != char and base.isalpha():
            marked.setdefault(base, []).append(char)
    return {base: "".join(chars) for base, chars in marked.items()}


def accented(word: str) -> str:
    """A pattern of ``word`` whose letters may carry an accent the word does not write."""
    return "".join(f"[{re.escape(c)}{re.escape(_accents()[c])}]" if c in _accents() else re.escape(c) for c in word)


@cache
def _day_before_yesterday(language: str) -> re.Pattern | None:
    """On a page in a language with no file, the day before yesterday as its locale's word of yesterday with letters
    glued before it, the words before that word kept and one letter after it allowed where there are some ("i går":
    "i forgårs"); None for a language with a file (its own words) or a word of yesterday too short to tell."""
    lex = lexicon(language)
    if not lex.get("borrowed"):
        return None
    forms = []
    for phrase, days in (lex.get("relative_days") or {}).items():
        *lead, last = phrase.lower().split()
        if days != -1 or len(last) < (3 if lead else 4):  # "i går": its opening word holds a short one
            continue
        opening = "".join(re.escape(w) + r"\s+" for w in lead)
        forms.append(opening + _BEFORE_YESTERDAY_PREFIX + accented(last) + (r"[^\W\d_]?" if lead else ""))
    return compile_opening(r"(?<![\w'’])(?:" + "|".join(forms) + r")(?![\w'’])", re.IGNORECASE) if forms else None


@cache
def _endings(language: str) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], frozenset[str]]:
    lex = lexicon(language)
    kinds = tuple((kind, tuple(w.lower() for w in lex.get(f"{kind}_endings") or [])) for kind in ("past", "planned"))
    return tuple(k for k in kinds if k[1]), frozenset(w.lower() for w in lex.get("endings_not") or [])


_ENDING_WORD_LEN = 5  # a verb's form is longer than the short words that end alike ("yo", "no", "ya")


def _by_ending(sentence: str, language: str, cues: list[Cue]) -> list[Cue]:
    """The past acts and the plans a language marks by the ending of its verb (es.yaml ``past_endings``: the preterite's
    "-ó", "-aron", "-ieron": "bombardearon", "se anunció"; ``planned_endings``: the future's "-rá", "-rán": "llegará",
    "saldrán"), a word in lower case not already read; none of the words listed as ending alike (``endings_not``)."""
    kinds, refused = _endings(language)
    if not kinds:
        return []
    held = [(c.start, c.end) for c in cues]
    found = []
    for m in _WORD.finditer(sentence):
        w = m.group()
        if len(w) < _ENDING_WORD_LEN or not w.islower() or w in refused or any(a < m.end() and m.start() < b for a, b in held):
            continue
        kind = next((k for k, endings in kinds if w.endswith(endings)), None)
        if kind is not None:
            found.append(Cue(kind, m.start(), m.end()))
    return found


def _russian(sentence: str) -> list[Cue]:
    cues = _common(sentence, "ru")
    weekday, days_of_week = _weekday_pattern("ru")
    if weekday is not None:  # "В понедельник посол вручил ноту": the last Monday before the day the text speaks from
        held = [(c.start, c.end) for c in cues]  # "Pada minggu lalu" (last week): Indonesian's Sunday inside a period's words
        cues += [Cue("relative", m.start(), m.end(), weekday=days_of_week[m["day"].lower()]) for m in weekday.finditer(sentence)
                 if not any(a < m.end() and m.start() < b for a, b in held)]
    speech_stems, past_endings, present_endings, not_verbs, past_auxiliaries, participles, performative, obligation, negation = _russian_words()
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(sentence)]
    for i, (start, end, word) in enumerate(words):
        negated = i > 0 and words[i - 1][2] in negation
        if word in _bare_participles() and not negated and not (i > 0 and words[i - 1][2] in past_auxiliaries):
            cues.append(Cue("past", start, end))  # "Ваши телеграммы получены": received, with no form of "to be"
        elif word in past_auxiliaries:
            after = words[i + 1][2] if i + 1 < len(words) else (words[i - 1][2] if i else "")
            if after.endswith(participles) and not negated:
                cues.append(Cue("past", start, end))  # "были арестованы", "сформирована была"
        elif word in performative:
            cues.append(Cue("performative", start, end))
        elif word in obligation:
            cues.append(Cue("obligation", start, end))
        elif negated and word.endswith(past_endings) and word.startswith(_russian_omissions()):
            cues.append(Cue("past", words[i - 1][0], end))  # "Игнатьев не доложил эту записку": an act left undone
        elif word in not_verbs or len(word) < 4 or negated or (i > 0 and sentence[start].isupper()):
            continue  # a capital after the sentence's first word opens a name or a title ("Дорогой товарищ Цеденбал!")
        elif word.endswith(past_endings) and word[0].isalpha():
            kind = "speech" if word.startswith(speech_stems) else "past"
            cues.append(Cue(kind, start, end))
        elif word.endswith(present_endings) and len(word) >= 4:
            cues.append(Cue("ongoing", start, end))
    return cues


@cache
def _zh_weekday_pattern() -> tuple[re.Pattern | None, dict[str, int]]:
    """A Chinese day of the week ("星期三", "周三"), not one of a week to come ("下星期三", "本周三": ``weekday_not_after``)."""
    lex = lexicon("zh")
    days = lex.get("weekdays") or {}
    if not days:
        return None, days
    before = "".join(lex.get("weekday_not_after") or [])
    guard = f"(?<![{re.escape(before)}])" if before else ""
    return compile_opening(f"{guard}(?P<day>{'|'.join(map(re.escape, sorted(days, key=len, reverse=True)))})"), days


def _chinese(sentence: str) -> list[Cue]:
    pats = _patterns("zh")
    cues = _common(sentence, "zh")
    zh_weekday, zh_days = _zh_weekday_pattern()
    if zh_weekday is not None:  # "星期三会见了苏联大使", "上周三": the last such day before the day the text speaks from
        cues += [Cue("relative", m.start(), m.end(), weekday=zh_days[m["day"]]) for m in zh_weekday.finditer(sentence)]
    for kind in ("performative", "speech", "past", "ongoing"):
        if pats[kind]:
            cues += [Cue(kind, m.start(), m.end()) for m in pats[kind].finditer(sentence)]
    if (not_speech := _not_speech()) is not None and (silent := [(m.start(), m.end()) for m in not_speech.finditer(sentence)]):
        cues = [c for c in cues if not (c.kind == "speech" and any(a <= c.start and c.end <= b for a, b in silent))]  # "访问"
    now = [c for c in cues if c.kind == "ongoing"]  # "现正准备访问东南亚": the preparing goes on now, no plan of its own
    first = [(m.start(), m.end()) for m in pats["planned_before"].finditer(sentence)] \
        if pats["planned_before"] and any(c.kind == "past" for c in cues) else []
    return [c for c in cues if not (c.kind == "planned" and (any(n.end <= c.start <= n.end + 1 for n in now)
                                                            or any(a <= c.start <= b for a, b in first)))]  # "原拟发言稿已印发":
    # the speech first drafted was handed out, no plan of its own; a sentence with no past keeps its plan


@cache
def _not_speech() -> re.Pattern | None:
    """The Chinese words that hold a word of saying and say nothing ("访问"), as a pattern made once."""
    words = lexicon("zh").get("not_speech")
    return _phrase_pattern(words, False) if words else None


@cache
def _prior_words(language: str) -> tuple[re.Pattern | None, tuple[str, ...], frozenset[str]]:
    """English: the participle's word ("having") as a pattern with the verb after it; Russian: the gerund's endings
    and the words with them that are not gerunds."""
    lex = lexicon(language)
    words = tuple(lex.get("prior_participles") or [])
    if language == "en" and words:
        return compile_opening(rf"\b(?:{'|'.join(map(re.escape, words))})\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]{{3,}}\b", re.IGNORECASE), (), frozenset()
    return None, words, frozenset(lex.get("not_prior_participles") or [])


# A prior clause's end: its comma or stop, or the main clause's subject pronoun ("Having met the minister he left":
# en.yaml clause_end_pronouns, as written).
_CLAUSE_END = compile_opening(r"[,;:.!?()\u2014\u2013]|\s(?=(?:" + alternation(lexicon("en").get("clause_end_pronouns") or ["(?!)"]) + r")\s)")
_OPENS_CLAUSE = compile_opening(r"(?:^|[,;:(\u2014\u2013])[\s\d.)(]*$")


@cache
def _after_opening(language: str) -> re.Pattern | None:
    """A sentence's opening word of time before ("After"), from the language's ``after_words``: compiled once."""
    words = lexicon(language).get("after_words") or []
    return compile_opening(rf"^\W*(?:{'|'.join(map(re.escape, words))})\s+", re.IGNORECASE) if words else None


# The subject pronoun opening a clause after "After" ("After it became clear ...", "After he had left ..."): en.yaml
# after_clause_pronouns, as written.
_AFTER_PRONOUN = re.compile(r"(?:" + alternation(lexicon("en").get("after_clause_pronouns") or ["(?!)"]) + r")\s+\w")


def after_clause(sentence: str, language: str | None) -> tuple[int, int] | None:
    """The clause a sentence opens with "After" and a subject that acts ("After it became clear to the Western powers
    that ..., a stronger propaganda has set in", "After the envoy had left, ..."): an act done before the main
    clause's. Its subject is a pronoun, or its words hold a past verb; not a noun alone ("After the conclusion of
    the talks", which the act nouns read), and it ends at its comma."""
    opening = pattern.match(sentence) if (pattern := _after_opening(language or "en")) else None
    if opening is None or (comma := sentence.find(",", opening.end())) < 0:
        return None
    clause = sentence[opening.end(): comma]
    pronoun = _AFTER_PRONOUN.match(clause)
    if len(clause.split()) < 3 or not (pronoun or any(c.kind == "past" for c in read_cues(clause, language))):
        return None
    return opening.start() + len(sentence[opening.start():]) - len(sentence[opening.start():].lstrip(" \"“«(")), comma


@cache
def _closing_after(language: str) -> re.Pattern | None:
    """A word of time before that opens a sentence's closing clause (``closing_after_words``): compiled once."""
    words = lexicon(language).get("closing_after_words") or []
    return compile_opening(rf"(?<=\w)\s+(?:{'|'.join(map(re.escape, words))})\s+", re.IGNORECASE) if words else None


def closing_after_clause(sentence: str, language: str | None) -> tuple[int, int] | None:
    """The clause that closes a sentence with "after" and a subject that acts ("Government troops reoccupied the post
    at Sam Neua over the weekend after the Pathet Lao withdrew"): an act done before the main clause's, with actors
    of its own. Its subject is a pronoun or a noun, and its words hold a past verb of their own; not a noun alone
    ("left after the talks"); it runs to the sentence's end or its next comma or semicolon."""
    pattern = _closing_after(language or "en")
    opening = next(iter(pattern.finditer(sentence)), None) if pattern else None
    if opening is None or not any(c.kind == "past" for c in read_cues(sentence[: opening.start()], language)):
        return None
    stop = re.search(r"[,;:(]|\s[-\u2013\u2014]\s", sentence[opening.end():])
    end = opening.end() + (stop.start() if stop else len(sentence[opening.end():].rstrip(" .!?\"\u201d")))
    clause = sentence[opening.end(): end]
    if len(clause.split()) < 2 or clause.split()[0].lower().endswith("ing") or not any(
        c.kind == "past" and c.start > 0 for c in read_cues(clause, language)
    ):
        return None
    return opening.start() + len(sentence[opening.start(): opening.end()]) - len(sentence[opening.start(): opening.end()].lstrip()), end


def prior_clauses(sentence: str, language: str | None) -> list[tuple[int, int]]:
    """The clauses a perfect participle opens ("Having studied the proposal, ...", "..., изменив тактику, проявляют"):
    each an act done before the clause's own verb. Only where the participle opens the sentence or follows a comma
    (not "punished for having left"); the clause runs to its comma, or to the subject of the main clause."""
    language = language or "en"
    if language not in ("en", "ru"):
        return []
    pattern, endings, not_words = _prior_words(language)
    if language == "en":
        starts = [m.start() for m in pattern.finditer(sentence)] if pattern and "aving" in sentence else []
    else:
        starts = [
            m.start() for m in _WORD.finditer(sentence)
            if len(w := m.group().lower()) >= 5 and w.endswith(endings) and w not in not_words
        ] if endings else []
    found = []
    for start in starts:
        if not _OPENS_CLAUSE.search(sentence[:start]):
            continue
        end = _CLAUSE_END.search(sentence, start + 1)
        end = end.start() if end else len(sentence.rstrip())
        if end - start >= 8 and len(sentence[start:end].split()) >= 2:
            found.append((start, end))
    return found


def states_a_wish(sentence: str, language: str | None) -> bool:
    """A speaker's wish in the first person present ("We want to know your opinion", "Мы хотим ...", "我们希望……"):
    said then and there, as a turn of a record states it (``wishes`` in the language files)."""
    pattern = _wish_pattern(language or "en")
    return bool(pattern and pattern.search(sentence))


@cache
def _wish_pattern(language: str) -> re.Pattern | None:
    return _phrase_pattern(lexicon(language).get("wishes") or [], language != "zh")


def is_hypothetical(sentence: str, language: str | None) -> bool:
    """A condition or a wish rather than a statement ("If it had been convened ...")."""
    pats = _patterns(language or "en")
    opening = sentence.lstrip(" “\"«(").split(" ")[:3]
    conditions = _conditions(language or "en")
    if any(w.lower().strip(",") in conditions for w in opening) or sentence.rstrip().endswith("?"):
        return True
    first = opening[0].lower() if opening else ""
    return bool(pats["hypothetical"] and pats["hypothetical"].fullmatch(first)) or "on the condition" in sentence


# A fear told of what another would do ("He feared that they would try to hold meetings in Maseru", "The Minister was
# afraid the army might intervene"): the outcome feared has not happened, and the fearing is no act (``fear_words``).
_FEARS_OUTCOME = compile_opening(
    r"^\W*(?:\d+\.\s+)?(?:[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z]?[\w'’.-]+){0,4})\s+(?:\w+ly\s+|also\s+|still\s+)?(?:"
    + (alternation(lexicon("en").get("fear_words") or []).replace(r"\ ", r"\s+") or "(?!)")
    + r")\s+(?:that\s+)?[^.;:!?]{0,80}?\b(?:" + alternation(lexicon("en").get("fear_outcome_modals") or ["(?!)"]) + r")\b", re.IGNORECASE
)


def fears_an_outcome(sentence: str, language: str | None) -> bool:
    """Whether ``sentence`` only tells a fear of what someone would do: nothing happened (``fear_words``)."""
    return language in (None, "en") and _FEARS_OUTCOME.match(sentence) is not None


@cache
def _conditions(language: str) -> frozenset[str]:
    return frozenset(lexicon(language).get("conditions", []))


def is_commentary(sentence: str, language: str | None) -> bool:
    """The writer's or a speaker's judgement, not a happening: an impression or a harm that "emerges" or is
    "suffered" ("Several striking impressions emerge from the talks", "the Soviet Union suffered real political
    damage", "у КГБ появились серьезные проблемы"), praise of how an act was done ("You represented excellently
    the standpoint of the CPSU"), or the writer's belief about a state ("we believe Khrushchev personally convinced
    situation was critically dangerous"). The words are data (``judgement_*`` in the language files)."""
    pattern = _commentary(language or "en")
    if pattern is not None and pattern.search(sentence):
        return True
    if tells_only_atmosphere(sentence, language):
        return True
    if language not in (None, "en"):
        held = _held_view(language)[0]  # "Мы считаем, что положение стало крайне опасным": the writer's view
        return bool(held and (m := held.search(sentence)) and holds_a_view(sentence[m.start():], language))
    if language in (None, "en") and (opens := _OPINION_OPENS.match(sentence)) is not None:
        rest = sentence[opens.end():]  # "In my opinion the new leaders will seek credits": a view, unless it tells a past
        return not _opinion_patterns()[1].search(rest, 0, 60) and not any(  # act or a saying, or takes a position
            c.kind in ("past", "speech") for c in read_cues(rest, "en"))
    return language in (None, "en") and bool(
        (held := _WRITER_HOLDS.search(sentence)) and is_opinion(sentence[held.end():])
    )


# A view told under its own opening, after a point's mark at most ("In my opinion ...", "In the opinion of the embassy,
# ..."): en.yaml opinion_openers.
_OPINION_OPENS = compile_opening(
    r"^\W*(?:(?:\d{1,2}|[a-z])[.)]\s*)?(?:" + ("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon("en").get("opinion_openers") or []) or "(?!)")
    + r")\b", re.IGNORECASE)


def tells_only_atmosphere(sentence: str, language: str | None) -> bool:
    """A record's line that only tells the mood its talk was held in ("The conversation took place in a cordial
    atmosphere.", "Беседа прошла в дружественной обстановке.", "会谈在亲切友好的气氛中进行。"): the recorder's
    impression, no act of its own; the talk itself is the record's meeting. The words are data (``atmosphere_*``)."""
    pattern = _atmosphere(language or "en")
    found = pattern.search(sentence) if pattern is not None else None
    # the words before the mood qualify it ("in a frank, comradely atmosphere"); a name or a number among them is a
    # place or a time ("in Moscow in a friendly atmosphere", "at 10 a.m."), which the meeting's row wants
    return bool(found and not any(w[:1].isupper() or w[:1].isdigit() for w in (found.group("mood") + (found.groupdict().get("after") or "")).split()))


@cache
def _atmosphere(language: str) -> re.Pattern | None:
    lex = lexicon(language)
    talks, verbs, within, moods = (lex.get(k) or [] for k in ("atmosphere_talks", "atmosphere_verbs", "atmosphere_in", "atmosphere_nouns"))
    if not (talks and verbs and within and moods):
        return None
    if language == "zh":  # "会谈在亲切友好的气氛中进行": the talk, where (in what mood), then the verb, no spaces
        return compile_opening(
            rf"^\W*(?:{_any_of(talks)})(?:{_any_of(within)})(?P<mood>.{{0,16}}?)(?:{_any_of(moods)})(?:{_any_of(verbs)})\W*$"
        )
    # "The talks were held in a spirit of cordial friendship.": a short subject that ends in the talk's noun, the verb
    # of its course, then only the mood and what qualifies it (no place, no clock time, no second clause).
    return compile_opening(
        rf"^\W*(?:[\w.'’-]+\s+){{0,2}}?(?:{_any_of(talks)})(?:\s+[\w.'’-]+){{0,5}}?\s+(?:{_any_of(verbs)})\s+"
        rf"(?:{_any_of(within)})\s+(?P<mood>(?:[\w'’-]+,?\s+){{0,5}}?)(?:{_any_of(moods)})(?P<after>(?:,?\s+[\w'’-]+){{0,8}})\W*$",
        re.IGNORECASE,
    )


@cache
def _commentary(language: str) -> re.Pattern | None:
    lex = lexicon(language)
    nouns, verbs, adverbs = (lex.get(key) or [] for key in ("judgement_nouns", "judgement_verbs", "judgement_adverbs"))
    branches = []
    if nouns and verbs:
        noun, verb = _any_of(nouns), _any_of(verbs)
        branches += [rf"\b(?:{verb})(?:\s+[\w-]+){{0,3}}?\s+(?:{noun})\b", rf"\b(?:{noun})\s+(?:{verb})\b"]
    if adverbs:
        branches.append(rf"\b(?:{_any_of(adverbs)})\b")
    if (conduct := lex.get("conduct_verbs")) and (manner := lex.get("manner_adverbs")):
        branches.append(rf"\b(?:{_any_of(conduct)})(?:\s+[\w-]+){{0,2}}?\s+(?:{_any_of(manner)})\b")  # "acted correctly"
    return compile_opening("|".join(branches), re.IGNORECASE) if branches else None


def holds_a_view(clause: str, language: str | None) -> bool:
    """A clause that opens with a verb of opinion and takes no position on what is to be done ("считаем, что положение
    стало опасным", "believe X was dangerous"; not "считаем необходимым направить ...")."""
    if language in (None, "en"):
        return is_opinion(clause)
    held, position = _held_view(language)
    return bool(held and (m := held.match(clause)) and not (position and position.search(clause, m.end(), m.end() + 60)))


def a_view_held(sentence: str) -> bool:
    """A sentence that holds a view in a language whose words of opinion are data other than English ("Мы считаем, что
    положение стало крайне опасным"): English opinions are read by ``is_opinion`` after "we"/"I"."""
    return any(
        (held := _held_view(language)[0]) is not None and (m := held.search(sentence)) is not None and holds_a_view(sentence[m.start():], language)
        for language in LANGUAGES if language != "en"
    )


@cache
def _held_view(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """A language's first-person verbs of opinion ("считаем", "полагаю") and the stems of taking a position on what is
    to be done ("необходим-", "целесообразн-"): a view held, unless it takes a position."""
    lex = lexicon(language)
    forms, stems = lex.get("opinion_forms") or [], lex.get("position_stems") or []
    held = compile_opening(rf"\b(?:{_any_of(forms)})\b", re.IGNORECASE) if forms else None
    return held, compile_opening(rf"\b(?:{_any_of(stems)})", re.IGNORECASE) if stems else None


def _any_of(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WRITER_HOLDS = compile_opening(
    r"\b(?:we|I)\s+(?:(?:" + alternation(lexicon("en").get("writer_holds_adverbs") or ["(?!)"]) + r")\s+)*(?=(?:"
    + "|".join(lexicon("en").get("opinion_verbs") or []) + r")\b)", re.IGNORECASE,
)
