"""``undated_sentence``: a completed act stated without a date (on or before the document's date) and a
decided plan (no date yet)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pipeline.extract.events.annotate import Sentence
from pipeline.extract.events.common import (
    CASE_TWINS,
    DECISION,
    DONE_UNDATED,
    FIRST_PERSON,
    KEYWORD_PATTERNS,
    PAST_ACT,
    PLANNED,
    Context,
    EventDraft,
    actor_names,
    clause_names,
    kept_actors,
    object_group,
    reported_subject,
    subject_groups,
    subject_names,
)
from pipeline.extract.mentions import find_mentions
from pipeline.extract.tense import is_hypothetical, read_cues
from pipeline.normalize.dates import DateMention
from pipeline.normalize.lexicon import alternation, lexicon
from pipeline.normalize.lowered import lowered
from pipeline.normalize.openings import compile_opening

_ARTICLE = compile_opening(r"\b(?:the|all\s+the)\s", re.IGNORECASE)  # where a group named by a common noun may open
_WE_BEFORE = compile_opening(r"(?:^|\W)\[?[Ww]e\]?\s+(?:\w+\s+)?$")  # "[We] have agreed": the subject of the act that follows
_WE_PLAN = compile_opening(r"\bwe\s+(?:\w+\s+)?(?:intend|plan|are\s+going)\b", re.IGNORECASE)  # the plan of the speaker's side


def undated_events(index: int, s: Sentence, context: Context, by: date | None = None) -> list[EventDraft]:
    """A completed act without a date (on or before the day the text speaks from: ``by``, the meeting's day once
    the text has moved to it, else the document's date), a plan (no date yet)."""
    sentence, offset = s.text, s.start
    if context.letter_date is None and not context.is_correspondence:
        return []
    if PLANNED.search(sentence) and (names := actor_names(sentence)):
        event = EventDraft(index, "proposal", offset, offset + len(sentence), "undated_sentence", 0.4)
        if context.side and _WE_PLAN.search(sentence):
            event.sources = [context.side]  # "Premier Zhou said that ... We intend to cable Ambassador Zhu Qiwen": China intends
        else:
            event.sources = list(context.senders) if FIRST_PERSON.search(sentence) else names[:1]
        groups = [g for m in _ARTICLE.finditer(sentence, PLANNED.search(sentence).end()) if (g := object_group(sentence[m.start():]))]
        event.targets = [n for n in dict.fromkeys(names + groups) if n not in event.sources]  # "... and ask him to inform the Vietnamese comrades"
        return [event]
    if (m := DONE_UNDATED.search(sentence)) and not re.search(r"\b(?:we|I)\s+(?:\w+\s+)?$", sentence[: m.start()], re.IGNORECASE):
        if re.search(r"\bnot\b|\bnever\b", sentence[max(0, m.start() - 10): m.end()]):
            return []
        kind = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence)), "statement")
        event = EventDraft(index, kind, offset, offset + len(sentence), "undated_sentence", 0.4)
        event.end_date = by or context.letter_date
        names = actor_names(sentence)
        event.sources, event.targets = names[:1], names[1:]
        if not names and not sentence[: m.start()].rstrip().endswith(",") \
                and (subject := kept_actors(subject_names(sentence[: m.start()], "en"))):
            event.sources = subject[:1]  # "Dr. Goh Keng Swee has already begun talks": the subject before the auxiliary,
            # a name the gazetteer lacks; one set off after an office ("The Foreign Minister, Mr. X, has") is the office's holder
        if context.side and _WE_BEFORE.search(sentence, 0, m.start()):  # "Mikoyan spoke about ...: 3. [We] have agreed to your request"
            event.sources, event.targets = [context.side], [n for n in names if n != context.side]
        return [event]
    if context.is_correspondence and (m := PAST_ACT.search(sentence)):
        return _past_act(index, sentence, offset, m, context, by)
    return []


def planned_events(index: int, s: Sentence, ahead: list[DateMention], language: str | None = None, group_before: str | None = None) -> list[EventDraft]:
    """A day to come that the text names for an act ("已电华东调一个高射炮团于十月十四日从上海开动", "beginning with the
    emigration of GDR citizens from September 11" in the minutes of 5 September): a plan, undated until it happens.
    Its evidence is the clause that holds the day. In Russian and Chinese a clause that names no one in the gazetteer
    is done by the group the sentence before told as acting (a Chinese plan: "志愿军……。……十五日出动"), else by the
    group a common noun names before the day ("一个高射炮团于十月十四日……开动": the regiment)."""
    events = []
    for mention in ahead:
        start = max(s.text.rfind(p, 0, mention.start) for p in _CLAUSE_MARKS) + 1
        start += len(s.text[start:]) - len(s.text[start:].lstrip())
        ends = [i for p in _CLAUSE_MARKS if (i := s.text.find(p, mention.end)) >= 0]
        end = min(ends) if ends else len(s.text.rstrip())
        clause = s.text[start:end]
        if any(e.evidence_start == s.start + start for e in events) or len(clause.strip()) < 6:
            continue
        kind = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
        event = EventDraft(index, kind, s.start + start, s.start + end, "undated_sentence", 0.35)
        event.date_kind, event.date_text = "undated", mention.text
        names = actor_names(clause)
        event.sources, event.targets = names[:1], names[1:]
        if language in (None, "en") and (subject := reported_subject(s.text[start: mention.start])):
            event.sources, event.targets = subject, []  # "JAROSZEWICZ added that the Sejm will meet between ...": the Sejm's plan
        elif not names and language == "zh" and start and (earlier := kept_actors(subject_groups(s.text[:start], language))):
            event.sources = earlier[-1:]  # "匈牙利代表团已于本月二日抵京，拟于本月上旬离京……": the clause goes on with the subject before it
        elif not names and language == "zh" and group_before:
            event.sources = [group_before]
        elif not names and language in ("ru", "zh"):
            event.sources = kept_actors(subject_groups(s.text[start: mention.start], language))
        events.append(event)
    return events


_CLAUSE_MARKS = (",", ";", ":", "\uff0c", "\uff1b", "\uff1a", "\u3002")  # and their full-width Chinese forms


def _past_act(index: int, sentence: str, offset: int, verb: re.Match, context: Context, by: date | None = None) -> list[EventDraft]:
    """"during two meetings the Americans deliberately raised the issue": a named actor's act before the letter was written."""
    subject = [x for x in find_mentions(sentence[: verb.start()]) if x.entity.is_actor]
    between = sentence[subject[-1].end: verb.start()] if subject else ""
    if not subject or not re.fullmatch(r"\s+(?:(?:\w+ly|also|then)\s+)?", between) or re.search(r"\bif\b", sentence, re.IGNORECASE):
        return []  # the actor is the verb's subject ("the Americans deliberately raised"), and the act is not a condition
    kind = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence)), "statement")
    event = EventDraft(index, kind, offset, offset + len(sentence), "undated_sentence", 0.35)
    event.end_date = by or context.letter_date
    event.sources = [subject[-1].entity.name]
    event.targets = [n for n in actor_names(sentence[verb.end():]) if n not in event.sources]
    return [event]


def _opening(words: list[str]) -> str:
    """A lookahead for the words' first letters, in either case: most places are turned away before the words are tried."""
    return "(?=[" + re.escape("".join(sorted({c for w in words for c in (w[0].lower(), w[0].upper())}))) + "])"


def _referred_patterns(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """A message cited by its number, and an act named by a noun after a word that sets it before the sentence's own."""
    lex = lexicon(language)
    cited = None
    if nouns := lex.get("cited_messages"):
        signs = alternation(lex.get("number_signs") or [])
        codes = alternation(lex.get("cited_message_codes") or []) or "(?!)"
        cited = compile_opening(
            rf"(?<!\w)(?:(?P<noun>{alternation(nouns)})\w{{0,3}}\s*(?:{signs})\s*|(?P<code>{codes})\s+)(?P<number>\d[\w/-]*)"
        )
    before = None
    if (frames := lex.get("frames_before")) and (acts := lex.get("act_nouns")):
        before = compile_opening(
            rf"(?<!\w){_opening(frames)}(?P<frame>{alternation(frames)})\s+(?:(?:the|his|her|their|its|our|your|my)\s+)?(?:[\w'’.-]+\s+){{0,3}}?(?P<noun>{alternation(acts)})(?!\w)",
            re.IGNORECASE,
        )
    named = None
    if (acts := lex.get("act_nouns")) and (agents := lex.get("act_prepositions")):
        more = lex.get("message_act_nouns") or []
        named = compile_opening(  # from the noun, the first letters looked at first; "the" before it is read by ``_THE_BEFORE``
            rf"(?<!\w){_opening(list(acts) + list(more))}(?P<noun>{alternation(list(acts) + list(more))})s?\s+(?:(?:in|at)\s+[A-Z][\w'’-]+\s+)?(?:{alternation(agents)})\s+"
            rf"(?P<doer>(?:(?:the|{alternation(lex.get('titles') or [])})\.?\s+)?)",
        )
    held = None
    if (acts := lex.get("act_nouns")) and (participles := lex.get("act_participles")):
        nouns = list(acts) + list(lex.get("message_act_nouns") or [])
        held = compile_opening(
            rf"(?<!\w){_opening(nouns)}(?P<noun>{alternation(nouns)})s?\s+(?P<participle>{alternation(participles)})\s+"
            rf"(?:{alternation(lex.get('participle_places') or [])})(?!\w)"
        )
    bare = None
    if (acts := lex.get("act_nouns")) and (agents := lex.get("act_prepositions")) and (articles := lex.get("articles")):
        nouns = list(acts) + list(lex.get("message_act_nouns") or [])
        bare = compile_opening(  # telegraphese: the noun with no article, its doer or object named after a preposition or a verb
            rf"(?<![\w'’]){_opening(nouns)}(?P<noun>{alternation(nouns)})s?\s+(?:(?:{alternation(agents)})|to\s+[a-z]+)\s+(?:(?:{alternation(lex.get('titles') or [])})\.?\s+)?"
        )
        bare = (bare, compile_opening(rf"(?<![\w'’])(?:{alternation(articles)})(?![\w'’])", re.IGNORECASE))
    return cited, before, named, held, bare


_REFERRED = {language: _referred_patterns(language) for language in ("en", "ru")}
# The words of time before that follow an act's day in its clause (``frames_after_day``): "after", "following".
_FRAME_OPENING = {
    language: compile_opening(rf"(?:{alternation(words)})(?!\w)", re.IGNORECASE)
    for language in ("en", "ru") if (words := lexicon(language).get("frames_after_day"))
}
_BOUNDING_PRECISIONS = frozenset({"day", "minute", "month"})
# A language whose phrases of time before are rows only after a day of the sentence's own (``frames_bounded_only``).
_BOUNDED_ONLY = {language: bool(lexicon(language).get("frames_bounded_only")) for language in ("en", "ru")}
# Between the day and the phrase: a comma, an adverb of nearness ("shortly", "soon", "just", "immediately").
_DAY_THEN_FRAME = {
    language: compile_opening(r"[\s,.)\]]*(?:(?:" + alternation(lexicon(language).get("frame_adverbs") or ["(?!)"]) + r")\s+)?", re.IGNORECASE)
    for language in ("en", "ru")
}


def _noun_places(language: str) -> re.Pattern | None:
    """Where an act noun may open a name of an act (``_referred_patterns``: named, held, bare): every match of those
    patterns starts at such a place, so one scan finds the places and each pattern is tried at them alone."""
    lex = lexicon(language)
    if not (acts := lex.get("act_nouns")):
        return None
    nouns = list(acts) + list(lex.get("message_act_nouns") or [])
    return compile_opening(rf"(?<!\w){_opening(nouns)}(?=(?:{alternation(nouns)}))")


_NOUN_PLACES = {language: _noun_places(language) for language in ("en", "ru")}


def _matches_at(pattern: re.Pattern, text: str, places: list[int]) -> list[re.Match]:
    """``list(pattern.finditer(text))`` for a pattern whose every match is not empty and starts at one of ``places``
    (in order): tried at each place past the last match's end."""
    hits, end = [], 0
    for place in places:
        if place >= end and (m := pattern.match(text, place)) is not None:
            hits.append(m)
            end = m.end()
    return hits
# A sentence of this many words or more without one article is telegraphese ("On balance we consider selection of X
# for New York and decision to despatch Y to Cuba encouraging factors"): its act nouns stand without "the".
_TELEGRAPHESE_WORDS = 10
_POINT_MARKS = " (（)）0123456789、.;；"
# After the act's noun: the clause goes on to its verb ("After the meeting was opened"): a clause, read by the tenses.
_VERB_AFTER = compile_opening(r"\s+(?:was|were|is|are|had|has|have|will|would|resumed|began|ended|opened|took)\b", re.IGNORECASE)
_NOUN_PHRASE_END = compile_opening(r"[,;:.()\u2014\u2013]|\s(?:and|but|which|who|that|when|while|where)\s|\s[a-z]{3,}ed\s")
_WORDS = compile_opening(r"[^\W\d_]+")
_DIGIT = compile_opening(r"\d")
_FINITE = compile_opening(r"\s(?:was|were|is|are|has|have|had|will|would|shall|should|can|could|must|may|might)\b")
_TOPIC = compile_opening(r"\b(?:" + alternation(lexicon("en").get("topic_words") or []) + r")\s+$", re.IGNORECASE)
_THE_BEFORE = compile_opening(r"(?<!\w)(?:the|The|your|his|her|their|our|my)\s+(?:[\w'’.-]+\s+){0,2}$")
_ADDRESSED_IN = compile_opening(r"\s(?:to|for)\s")
_INDEFINITE = compile_opening(r"\b(?:a|an)\s", re.IGNORECASE)
_DURATION = compile_opening(
    r"(?<!\w)(?:\d+|" + alternation(list(lexicon("en").get("counts") or {}) + list(lexicon("en").get("duration_counts") or []))
    + r")\s+(?:" + alternation(lexicon("en").get("duration_units") or []) + r")\s+of\s", re.IGNORECASE)
_INTENT = compile_opening(r"\b(?:" + alternation(lexicon("en").get("intentions") or []) + r")\b", re.IGNORECASE)
_BY_AGENT = compile_opening(r"\sby\s+(?:the\s+)?(?P<agent>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
_ADDRESSEE_FORM = compile_opening(r"(?:" + alternation(lexicon("en").get("addressee_forms") or []) + r")\b")
_AND_NAME = compile_opening(r"\s+and\s+(?:the\s+)?")
_RELATIVE_TAIL = compile_opening(r",\s+(?:which|who|whom|whose)\b")
# A talk named alone by its noun after "after" ("after the conversation", "after the talks"): the one the text tells
# (conversation_nouns in en.yaml), no act beyond it; one named with its party or place ("after the talks with Tito") is.
_THE_TALK = compile_opening(
    r"\s+(?:the|this|that|our)\s+(?:" + alternation(lexicon("en").get("conversation_nouns") or []) + r")\s*", re.IGNORECASE
)
_FUTURE = compile_opening(r"\b(?:" + alternation(lexicon("en").get("future_auxiliaries") or []) + r")\b", re.IGNORECASE)
# Any act named by its noun alone after "after" and a determiner ("after the coup", "Following his departure", "Since
# your departure"): the one the text tells or the reader knows, a time, no act of its own; one named with its party,
# place or day ("after the Brunei revolt", "after the arrest of the leaders") is (told_act_determiners in en.yaml).
_THE_TOLD_ACT = compile_opening(
    r"\s+(?:" + (alternation(lexicon("en").get("told_act_determiners") or []) or "(?!)") + r")\s+[a-z][\w'’-]*[\s,;:.]*", re.IGNORECASE
)


def referred_events(index: int, s: Sentence, by: tuple[date, str] | None, language: str | None, context: Context) -> list[EventDraft]:
    """Happenings a sentence names as done without telling them, on or before the day its text speaks from
    (``referred_spans``); a message cited by its number was sent by the one it is from, or by the writer ("our",
    "my") or the addressee ("your")."""
    if by is None or s.apparatus:
        return []
    found = []
    for kind, start, end, number_end in referred_spans(s, language):
        phrase = s.text[start:end]
        bound = _bound_by_day_before(s, start, context.letter_date, language)
        if bound is None and _BOUNDED_ONLY.get(language or "en") and (frame := _FRAME_OPENING.get(language or "en")) and frame.match(s.text, start):
            continue  # "Осенью 1958 г., после образования правительства ...", "признать ... сразу после его объявления": a
            # time frame or a plan's condition, no day of an act it came before
        event = EventDraft(index, kind, s.start + start, s.start + end, "undated_sentence", 0.35)
        (event.end_date, event.precision), event.date_kind, event.inferred = bound or by, "upper_bound", True
        if by[1] == "day" and (night := next((c for c in read_cues(phrase, language) if c.kind == "recent_days" and c.until == 0), None)):
            event.start_date, event.date_kind = by[0] + timedelta(days=night.days), "range"  # "after all-night talks": the
            # night before the day it names, up to it
        names = actor_names(phrase) or (clause_names(phrase, language) if language in (None, "en") else [])  # "the Polish Roundtable agreement"
        if kind != "message_sent" and (form := _ADDRESSEE_FORM.search(phrase)) and (addressee := context.listeners or context.recipients):
            event.sources = list(addressee)  # "the suggestion of Your Excellency for Cuba to ...": the addressee's
            event.targets = [n for n in actor_names(phrase[form.end():]) if n not in event.sources][:1]  # the party it is for
        elif kind != "message_sent" and (doer := _BY_AGENT.search(phrase)):  # "... by the Akmolinskaya Oblast'": the doer, named as written
            event.sources = actor_names(doer["agent"])[:1] or [doer["agent"].rstrip(".,;")]
            rest = phrase[: doer.start()] + phrase[doer.end():]  # the doer's own words name no one else
            event.targets = [n for n in names if n not in event.sources and n in (actor_names(rest) or clause_names(rest, language))]
        elif kind != "message_sent" and (owner := _owner(s.text[start:start + 6], context)):
            event.sources = owner  # "your conversation with Henry Kissinger": the listener's, with the one it names
            event.targets = [n for n in names if n not in owner]
        elif kind != "message_sent":
            event.sources, event.targets = names[:1], names[1:]
        elif (after := actor_names(s.text[number_end:end])) and re.match(r"\s*from\b", s.text[number_end:end]):
            to = _ADDRESSED_IN.search(s.text, number_end, end)
            event.sources = after[:1]  # "telegram #154 from the USSR Foreign Ministry regarding ...": to the writer, unless it says to whom
            event.targets = [n for n in actor_names(s.text[to.end(): end])][:1] if to else [n for n in context.senders if n not in event.sources]
        elif (code := _CODES.get(s.text[start:number_end].split()[0])) and (parties := _code_parties(code, context)):
            event.sources, event.targets = parties  # "(Embtel 1139)" in the Embassy's telegram: its own, to the Department
        elif re.search(r"\byour\s*$", s.text[max(0, start - 6): start], re.IGNORECASE):
            event.sources, event.targets = list(context.recipients), list(context.senders)
        elif re.search(r"\b(?:our|my)\s*$", s.text[max(0, start - 6): start], re.IGNORECASE):
            event.sources, event.targets = list(context.senders), list(context.recipients)
        found.append(event)
    found += _given_messages(index, s, by, language, context, found)
    return found + _listener_acts(index, s, by, found, context)


def _bound_by_day_before(s: Sentence, start: int, written: date | None, language: str | None) -> tuple[date, str] | None:
    """The day of the act a phrase of time before follows in its clause ("had first spoken of it in January 1963,
    shortly after the Brunei revolt", "was called off on December 3 after the publication of the speech"): the
    phrase's act came by that day's end, not only by the day the text speaks from. Not a day after the document's
    own (a plan's), nor a season or a year ("Осенью 1958 г., после образования правительства ..."): a time frame the
    phrase narrows, no act's day."""
    if not (_BEFORE_FRAME := _FRAME_OPENING.get(language or "en")) or not _BEFORE_FRAME.match(s.text, start):
        return None
    between = _DAY_THEN_FRAME[language or "en"]
    day = max((d for d in s.dates if d.end <= start and d.end_date is not None and d.precision in _BOUNDING_PRECISIONS
               and (d.start_date is None or d.start_date.replace(day=1) == d.end_date.replace(day=1))  # not a season
               and (written is None or d.end_date <= written)
               and between.fullmatch(s.text, d.end, start)), key=lambda d: d.end, default=None)
    return (day.end_date, "day") if day is not None else None


def _after_a_day(s: Sentence, start: int, language: str | None) -> bool:
    """A day of the sentence's own stands just before the phrase of time before that opens at ``start``."""
    between = _DAY_THEN_FRAME.get(language or "en")
    return between is not None and any(d.end <= start and between.fullmatch(s.text, d.end, start) for d in s.dates)


# The passive's participle after the clause's auxiliary ("was published", "had been announced"): the act it tells.
_PASSIVE_END = compile_opening(r"\s+(?:been\s+)?[a-z]{3,}(?:ed|en|wn|ht|ne)\b")


def _stems(words) -> str:
    """Words as alternatives, longest first: one ending in "*" is a stem that takes any ending, any other stands alone."""
    return "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)" for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def given_pattern(language: str) -> re.Pattern | None:
    """A message named, then a relative clause that tells who gave it and to whom (``given_message_nouns``,
    ``relative_pronouns``, ``giving_verbs`` of the language file): the giver and the words after the verb."""
    lex = lexicon(language)
    nouns, relatives, verbs = lex.get("given_message_nouns"), lex.get("relative_pronouns"), lex.get("giving_verbs")
    if not (nouns and relatives and verbs):
        return None
    return compile_opening(
        rf"(?<!\w)(?:{_stems(nouns)})[^,;:.!?()]{{0,80}}?,?\s+(?:{_stems(relatives)})\s+(?P<giver>[^,;:.!?()]{{1,40}}?)\s+"
        rf"(?:(?:had|have|has)\s+)?(?:{_stems(verbs)})\s+(?:to\s+)?(?P<whom>[^,;:.!?()]{{2,60}})",
        re.IGNORECASE,
    )


@cache
def _giver_roles(language: str) -> dict[str, str]:
    return {w.lower(): role for w, role in (lexicon(language).get("giver_words") or {}).items()}


@cache
def _giving_words(language: str) -> tuple[str, ...]:
    """The letters every match of ``given_pattern`` holds in its verb (``giving_verbs``, a stem without its "*"), lower case."""
    return tuple(w[:-1].lower() if w.endswith("*") else w.lower() for w in lexicon(language).get("giving_verbs") or [])


def _may_give(text: str, language: str) -> bool:
    """``text`` may hold a verb of giving, by substring tests on its lower case (a letter that matches one of theirs
    ignoring case yet lowers to another, ``CASE_TWINS``, lets it through)."""
    if CASE_TWINS.search(text):
        return True
    low = lowered(text)
    return any(w in low for w in _giving_words(language))


def _given_messages(index: int, s: Sentence, by: tuple[date, str], language: str | None, context: Context, found: list[EventDraft]) -> list[EventDraft]:
    """A message the sentence names, then tells in a relative clause as given by someone to someone ("we fully agree
    with the memorandum of the Soviet government, which you gave to President Kennedy"): sent before the day the text
    speaks from, by the clause's subject ("you": the one addressed, "I" and "we": the writer, or the name it gives),
    to the one the gazetteer names after the verb. Nothing where either is unknown."""
    pattern = given_pattern(language or "en")
    if pattern is None:
        return []
    if not _may_give(s.text, language or "en"):
        return []  # no verb of giving: no message given
    roles = _giver_roles(language or "en")
    writer = [context.speaker] if context.speaker else list(context.senders)
    acts = []
    for m in pattern.finditer(s.text):
        role = roles.get(m["giver"].strip().lower())
        givers = {"addressee": list(context.listeners or context.addressees), "writer": writer}.get(role) if role else actor_names(m["giver"])
        whom = [n for n in actor_names(m["whom"]) if n not in (givers or [])]
        if not givers or not whom:
            continue
        the = _THE_BEFORE.search(s.text, max(0, m.start() - 60), m.start())
        start, end = (the.start() if the else m.start()), m.end("whom")
        if any(e.evidence_start < s.start + end and s.start + start < e.evidence_end for e in found):
            continue
        event = EventDraft(index, "message_sent", s.start + start, s.start + end, "undated_sentence", 0.35)
        (event.end_date, event.precision), event.date_kind, event.inferred = by, "upper_bound", True
        event.sources, event.targets = givers, whom[:1]
        acts.append(event)
    return acts


def _listener_acts(index: int, s: Sentence, by: tuple[date, str], found: list[EventDraft], context: Context) -> list[EventDraft]:
    """An act noun after "your" in the words a record reports of one side to the other ("Mikoyan spoke about the
    following questions: ... [We] have agreed to your request regarding the housing"): an act the listener's side
    did before, addressed to the speaker's side. Only where both sides are known (``Context.side``, ``listener_side``)."""
    if not (context.side and context.listener_side and context.listener_side != context.side) or _YOUR_ACT is None:
        return []
    acts = []
    for m in _YOUR_ACT.finditer(s.text):
        start, end = s.start + m.start(), s.start + _phrase_end(s.text, m.end())
        if any(e.evidence_start < end and start < e.evidence_end for e in found) or is_hypothetical(s.text, "en") or _FUTURE.search(s.text) or _INTENT.search(s.text):
            continue  # "We will consider your proposal": not yet an answer to a request the text tells as made
        kind = next((k for k, p in KEYWORD_PATTERNS if p.search(m.group(0))), "statement")
        event = EventDraft(index, kind, start, end, "undated_sentence", 0.35)
        (event.end_date, event.precision), event.date_kind, event.inferred = by, "upper_bound", True
        event.sources, event.targets = [context.listener_side], [context.side]
        acts.append(event)
    return acts


_ACT_NOUNS = (lexicon("en").get("act_nouns") or []) + (lexicon("en").get("message_act_nouns") or [])
_YOUR_ACT = compile_opening(rf"(?<!\w)(?:[Yy]our)\s+(?P<noun>{alternation(_ACT_NOUNS)})s?(?!\w)") if _ACT_NOUNS else None
_CODES = lexicon("en").get("cited_message_codes") or {}
_OWNER_YOUR = compile_opening(r"(?i:your)\s")
_OWNER_MY = compile_opening(r"(?:my|My)\s")


def _owner(opening: str, context: Context) -> list[str]:
    """Whose act a possessive before the act noun makes it: "your talks with X" the listener's (or the addressee's),
    "my talks with X" the speaker's (or the writer's); none for "his", "their" or "our" (whose "we" may be a side)."""
    if _OWNER_YOUR.match(opening):
        return list(context.listeners or context.addressees)
    if _OWNER_MY.match(opening):
        return [context.speaker] if context.speaker else list(context.senders)
    return []


def _code_parties(code: str, context: Context) -> tuple[list[str], list[str]] | None:
    """Who sent a message a code cites: the writer ("Mytel"), the addressee ("Urtel"), or the party whose name holds
    the code's word ("Embtel": the embassy's, writer or addressee of the document)."""
    writer, addressee = list(context.senders), list(context.recipients)
    if code == "writer" or any(code in n for n in writer):
        return (writer, addressee) if writer else None
    if code == "addressee" or any(code in n for n in addressee):
        return (addressee, writer) if addressee else None
    return None


def referred_spans(s: Sentence, language: str | None) -> list[tuple[str, int, int, int]]:
    """The happenings a sentence names as done without telling them: (event type, start, end, where the name ends).

    - a message cited by its number in running text ("the contents of telegram #154 from the USSR Foreign
      Ministry", "Gromyko initiative on Cuba yesterday (Embtel 1139)"): it was sent; not the document's own
      number, which a heading or a stamp gives, and not one a date follows (the dated rule reads it);
    - an act named by a noun after a word that sets it before the sentence's own act ("Sense of relief here
      following publication exchanges of letters", "just after the conclusion of the Polish Roundtable
      agreement"): it happened. Not in a plan, a condition or a future ("after the signing the troops will
      leave"), not where the noun opens a clause with a verb of its own ("After the meeting was opened"), and not
      where the phrase holds its own date.
    """
    cited, before, named, held, bare = _REFERRED.get(language or "en", (None, None, None, None, None))
    sentence, found = s.text, []
    cited_hits = list(cited.finditer(sentence)) if cited and _DIGIT.search(sentence) else []
    before_hits = list(before.finditer(sentence)) if before else []
    places = [m.start() for m in noun_at.finditer(sentence)] if (noun_at := _NOUN_PLACES.get(language or "en")) is not None else []
    named_hits = _matches_at(named, sentence, places) if named else []
    held_hits = _matches_at(held, sentence, places) if held else []
    bare_hit = bare is not None and not named_hits and any(bare[0].match(sentence, p) is not None for p in places)  # "decision to despatch X"
    if not (cited_hits or before_hits or named_hits or held_hits or bare_hit) or sum(w[0].islower() for w in _WORDS.findall(sentence)) < 4:
        return []  # nothing named, or a heading, a stamp or a label line ("Ciphered Telegram # 600428/sh"): no running text
    for m in cited_hits:
        noun = m["noun"] or ""
        if (noun and noun[:1].isupper()) or any(0 <= d.start - m.end() <= 12 for d in s.dates):
            continue  # "Telegram No. 709" opening a line names the document; "your telegram No. 3153 of 3 July" is dated
        found.append(("message_sent", m.start(), _phrase_end(sentence, m.end()), m.end()))
    for m in before_hits:
        end = _phrase_end(sentence, m.end())
        if (verb := _VERB_AFTER.match(sentence, m.end())) and _after_a_day(s, m.start(), language) and _PASSIVE_END.match(sentence, verb.end()):
            end = _phrase_end(sentence, _PASSIVE_END.match(sentence, verb.end()).end())  # "was called off on December 3 after
            # the text of Tito's speech was published": a dated sentence, whose tenses are not read; the clause's act by that day
        elif verb or any(d.start < end and m.start() < d.end for d in s.dates):
            continue
        told = sentence[: tail.start()] if (tail := _RELATIVE_TAIL.match(sentence, end)) else sentence  # not "..., which include elections scheduled for June"
        if _INDEFINITE.search(sentence, m.end("frame"), m.start("noun")):
            continue  # "After an exchange of greetings": not an act the text already knows
        if _DURATION.search(sentence, m.end("frame"), m.start("noun")):
            continue  # "After three days of talks the delegation agreed": the time up to the act, in the talks told
        if language in (None, "en") and (_THE_TALK.fullmatch(sentence, m.end("frame"), end) or _THE_TOLD_ACT.fullmatch(sentence, m.end("frame"), end)):
            continue  # "Béavogui told me after the conversation that ...", "the signing was postponed after the coup": the act the
            # text tells, a time, no act of its own
        if not (is_hypothetical(told, language) or _FUTURE.search(told) or _INTENT.search(told) or any(c.kind == "planned" for c in read_cues(told, language))):
            kind = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[m.start(): end])), "statement")
            found.append((kind, m.start(), end, end))
    starts = {m.start for m in s.mentions if m.entity.is_actor} if named_hits else set()
    for m in named_hits:
        if not (the := _THE_BEFORE.search(sentence, max(0, m.start() - 60), m.start())):
            continue  # "the" or a possessive and at most two words before the noun: "the agreements", "your conversation"
        if _TOPIC.search(sentence, max(0, the.start() - 40), the.start()) and not _BY_AGENT.search(sentence, m.end("noun"), _phrase_end(sentence, m.end())):
            continue  # "discussed the withdrawal of Hungary from the Warsaw Pact", "the question of the recognition of the GDR": a topic
        end = _phrase_end(sentence, m.end())
        while (joined := _AND_NAME.match(sentence, end)) and joined.end() in starts:
            end = _phrase_end(sentence, joined.end() + 1)  # "between Erich Honecker and Kohl": both
        if not sentence[: the.start()].strip(_POINT_MARKS + "\"“«"):
            continue  # the sentence's subject: its own verb tells the act ("The conversation with Com. Tito ... was held")
        if re.search(r"\s(?:was|were|is|are|has|have|had)\s", sentence[m.end(): end + 1]):
            continue  # "[Oskar] Fischer.The letter from Comrade Shevardnadze was forwarded": the subject of a verb that tells it
        named_doer = m.end() in starts or m.start("doer") in starts or bool(_BY_AGENT.search(sentence, m.end("noun"), end) or _ADDRESSEE_FORM.match(sentence, m.end()))
        if not named_doer or any(a < end and the.start() < b for _, a, b, _ in found) or _VERB_AFTER.match(sentence, m.end("noun")):
            continue  # the act's doer or object is a name the gazetteer knows ("the agreements between Erich Honecker and Kohl")
            # or a named doer after "by" ("the fulfillment of the plan ... by the Akmolinskaya Oblast'")
        if any(d.start < end + 12 and the.start() < d.end for d in s.dates) or _dated_further(s, end) or DECISION.match(sentence.lstrip(_POINT_MARKS)):
            continue  # "the letter from Kim Il Sung of 16.7.52" is dated; "1. To propose the conclusion ...": a decision to come
        told = sentence[: tail.start()] if (tail := _RELATIVE_TAIL.match(sentence, end)) else sentence
        if not (is_hypothetical(told, language) or _FUTURE.search(told) or _INTENT.search(told) or any(c.kind == "planned" for c in read_cues(told, language))):
            kind = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[the.start(): end])), "statement")
            found.append((kind, the.start(), end, end))
    found += _bare_acts(s, language, bare, found)
    for m in held_hits:  # "the talks held in Moscow", "the communique signed in Bucharest": the participle tells the act
        start = the.start() if (the := _THE_BEFORE.search(sentence, max(0, m.start() - 60), m.start())) else m.start()
        end = _phrase_end(sentence, m.end())
        end = verb.start() if (verb := _FINITE.search(sentence, m.end(), end)) else end  # "... signed in Bucharest | have now been broken"
        if any(a < end and start < b for _, a, b, _ in found) or any(d.start < end and start < d.end for d in s.dates):
            continue
        told = sentence[: tail.start()] if (tail := _RELATIVE_TAIL.match(sentence, end)) else sentence
        if not (is_hypothetical(told, language) or _FUTURE.search(told) or _INTENT.search(told) or any(c.kind == "planned" for c in read_cues(told, language))):
            kind = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[start: end])), "statement")
            found.append((kind, start, end, end))
    return found


def _bare_acts(s: Sentence, language: str | None, bare, found: list) -> list[tuple[str, int, int, int]]:
    """Telegraphese, which leaves articles out: an act noun whose doer or object the gazetteer knows comes right after
    its preposition or its verb ("consider selection of Kuznetsov for New York and decision to despatch Mikoyan to
    Cuba encouraging"): it was done. Only in a sentence of ten words or more without one article; not the sentence's
    subject, not a topic ("question of"), not dated, not in a plan, a condition or a future."""
    sentence = s.text
    if bare is None or len(_WORDS.findall(sentence)) < _TELEGRAPHESE_WORDS or bare[1].search(sentence):
        return []
    starts = {m.start for m in s.mentions if m.entity.is_actor}
    spans = []
    for m in bare[0].finditer(sentence):
        if m.end() not in starts or not sentence[: m.start()].strip(_POINT_MARKS + "\"“«") or _TOPIC.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        end = _phrase_end(sentence, m.end())
        if re.search(r"\s(?:was|were|is|are|has|have|had)\s", sentence[m.end(): end + 1]):
            continue  # "decision to recall X ... was taken yesterday": the subject of a verb that tells it
        if any(a < end and m.start() < b for _, a, b, _ in found + spans) or any(d.start < end + 12 and m.start() < d.end for d in s.dates) \
                or _dated_further(s, end):
            continue
        told = sentence[: tail.start()] if (tail := _RELATIVE_TAIL.match(sentence, end)) else sentence
        if not (is_hypothetical(told, language) or _FUTURE.search(told) or _INTENT.search(told) or any(c.kind == "planned" for c in read_cues(told, language))):
            kind = next((k for k, p in KEYWORD_PATTERNS if p.search(sentence[m.start(): end])), "statement")
            spans.append((kind, m.start(), end, end))
    return spans


_CLAUSE_BREAK = compile_opening(r"[;:!?()]|\s[a-z]{3,}ed\s")
_DATED_FURTHER_CHARS = 240


def _dated_further(s: Sentence, end: int) -> bool:
    """The named act's own date stands further on in its clause, after the rest of its parties and their titles
    ("Record of conversation between Castro and Honecker, 3 April 1977", "of the official talks between Comrade Erich
    Honecker, General Secretary of the SED Central Committee, and Comrade Samora Machel, ..., on 23 February 1979"):
    the phrase was cut at its first party, and the dated rule reads the act whole. Nothing between the cut and the
    date may open a clause of its own (a finite verb, a participle, a semicolon or a bracket)."""
    after = [d for d in s.dates if end <= d.start <= end + _DATED_FURTHER_CHARS]
    if not after:
        return False
    gap = s.text[end: min(d.start for d in after)]
    return not (_CLAUSE_BREAK.search(gap) or _FINITE.search(gap) or _VERB_AFTER.search(gap))


def _phrase_end(sentence: str, at: int) -> int:
    end = _NOUN_PHRASE_END.search(sentence, at)
    return end.start() if end and end.start() - at < 80 else min(len(sentence.rstrip()), at + 80)


def _conformity_pattern(language: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """"In accordance with your instruction", "В соответствии с вашим указанием", "按你预定指示": the frame, whose it
    is, and the message noun (``conformity_frames``, ``conformity_owners``, ``conformity_nouns``)."""
    lex = lexicon(language)
    frames, owners, nouns = lex.get("conformity_frames"), lex.get("conformity_owners"), lex.get("conformity_nouns")
    if not (frames and owners and nouns):
        return None
    gap = r"\s*\w{0,4}?\s*" if language == "zh" else r"\s+(?:[\w'’-]+\s+){0,2}?"
    edge = "" if language == "zh" else r"(?<![\w'’])"
    ending = {"en": "s?", "ru": r"\w{0,4}"}.get(language, "")  # "instructions", "указанием"
    pattern = compile_opening(
        rf"{edge}(?:{alternation(frames)})\s*(?P<owner>{alternation(owners)}){gap}(?P<noun>{alternation(nouns)}){ending}(?![\w'’])"
        if language != "zh" else rf"(?:{alternation(frames)})(?P<owner>{alternation(owners)}){gap}(?P<noun>{alternation(nouns)})", re.IGNORECASE
    )
    return pattern, {k.lower(): v for k, v in owners.items()}


_CONFORMITY = {language: _conformity_pattern(language) for language in ("en", "ru", "zh")}
_OWN_REQUEST = {
    language: compile_opening(rf"^(?:{alternation(nouns)})", re.IGNORECASE)
    for language in ("en", "ru", "zh") if (nouns := lexicon(language).get("conformity_own_requests"))
}


def own_request_told_with_its_act(text: str, language: str | None) -> bool:
    """The writer's own request told with the act it led to ("Министр принял меня по моей просьбе", "Pursuant to our
    request, the minister received me"; ``conformity_own_requests``): the asking for an audience is told by the
    audience itself, one row, as a request frame told with its act is (``request_told_with_its_act``). The
    addressee's request ("по вашей просьбе") stays a message of its own."""
    found, own = _CONFORMITY.get(language or "en"), _OWN_REQUEST.get(language or "en")
    if found is None or own is None or (m := found[0].search(text)) is None:
        return False
    return found[1].get(m["owner"].lower()) == "writer" and bool(own.match(m["noun"]))


_DATE_OF = compile_opening(r"\s+(?:[^\W\d_]+\s+){0,3}[^\W\d_]{1,6}\s+")  # "of", "dated", "in two telegrams dated": words that give
# the message its date; not in Chinese, where a date right after the message is the act's ("按你预定指示十五日出动")


def conformity_events(
    index: int, s: Sentence, by: tuple[date, str] | None, language: str | None, context: Context, message: EventDraft | None = None,
) -> list[EventDraft]:
    """An earlier instruction or request the sentence says an act follows ("In accordance with your instruction, the
    troops will set out on the 15th", "В соответствии с вашим указанием ...", "按你预定指示十五日出动"): given before the
    day the text speaks from, by the addressee ("your") to the writer, or by the writer ("our", "my") to the addressee,
    whether the act that follows it is done or planned. In the words of a message the passage gives in paraphrase
    ("电报说:……"), by that message's day and between its parties."""
    found = _CONFORMITY.get(language or "en")
    if found is None or by is None or s.apparatus:
        return []
    pattern, owners = found
    writers, addressees = (message.sources, message.targets) if message is not None else (context.senders, context.recipients)
    if message is not None and message.start_date is not None:
        by = (message.start_date, message.precision if message.precision != "unknown" else "day")
    events = []
    for m in pattern.finditer(s.text):
        if any(m.start() <= d.start < m.end() or _DATE_OF.fullmatch(s.text, m.end(), d.start) for d in s.dates):
            continue  # "in accordance with your instruction of 8 October", "按你十月九日指示": the dated rule reads it
        if own_request_told_with_its_act(m.group(), language):
            continue  # "принял меня по моей просьбе": the audience is the row, the asking for it no act of its own
        event = EventDraft(index, "instruction", s.start + m.start(), s.start + m.end(), "undated_sentence", 0.35)
        (event.end_date, event.precision), event.date_kind, event.inferred = by, "upper_bound", True
        event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(m["noun"])), "instruction")
        whose = owners.get(m["owner"].lower())
        if whose == "addressee":
            event.sources, event.targets = list(addressees), list(writers)
        elif whose == "writer":
            event.sources, event.targets = list(writers), list(addressees)
        events.append(event)
    return events


def _request_pattern(language: str) -> re.Pattern | None:
    """"at the request of X", "по просьбе X", "应X的邀请": an earlier request, invitation or order of the party named
    (``request_frames``; in Chinese the frame's two parts around the party, ``request_frames_around``)."""
    lex = lexicon(language)
    if language == "zh" and (around := lex.get("request_frames_around")):
        return compile_opening(
            rf"(?:{alternation(around['open'])})(?P<party>[^\uff0c,\u3002\uff1b;:\uff1a]{{2,30}}?)(?:{alternation(around['link'])})"
            rf"(?P<noun>{alternation(around['nouns'])})"
        )
    if not (frames := lex.get("request_frames")):
        return None
    return compile_opening(
        rf"(?<![\w'’])(?P<noun>{alternation(frames)})\s+(?P<party>[^,;.()]{{3,140}}?)(?=\s*[,;.()]|\s+(?:to|that|and|in)\s|$)",
        re.IGNORECASE,
    )


_REQUEST = {language: _request_pattern(language) for language in ("en", "ru", "zh")}


_TOLD_WITH_THE_ACT = {
    language: compile_opening(rf"^\W*(?:{alternation(frames)})(?!\w)", re.IGNORECASE)
    for language in ("en", "ru") if (frames := lexicon(language).get("request_frames_told_with_the_act"))
}


def request_told_with_its_act(text: str, language: str | None) -> bool:
    """A request frame told with the act it led to ("at the request of the premier", "по просьбе кенийской стороны";
    ``request_frames_told_with_the_act``), not an instruction or order the doer received ("по поручению ЦК КПСС")."""
    pattern = _TOLD_WITH_THE_ACT.get(language or "en")
    return bool(pattern is not None and pattern.match(text))


def requested_events(index: int, s: Sentence, by: tuple[date, str] | None, language: str | None) -> list[EventDraft]:
    """An earlier request, invitation or order an act is said to answer ("at the request of the majority of the members
    of the Presidium ..., they intervened", "по просьбе правительства ВНР", "应越南政府的邀请"): made by the party named,
    by the day the text speaks from, whether the act it led to is done or planned."""
    pattern = _REQUEST.get(language or "en")
    if pattern is None or by is None or s.apparatus:
        return []
    events = []
    for m in pattern.finditer(s.text):
        party = m["party"]
        event = EventDraft(index, "proposal", s.start + m.start(), s.start + m.end(), "undated_sentence", 0.35)
        (event.end_date, event.precision), event.date_kind, event.inferred = by, "upper_bound", True
        event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(m["noun"])), "proposal")
        event.sources = actor_names(party)[:1] or (clause_names(party, language)[:1] if language in (None, "en") else [])
        events.append(event)
    return events
