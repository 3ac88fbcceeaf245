"""``clause_plans``: a plan stated inside a turn or a statement, a row of its own.

A record's turn, a reported statement, a letter's or a telegram's sentence, a decision's point may hold a clause whose
verb is a decided plan or an act to come ("Comrade Zhou Enlai: Chairman Mao will receive you this evening", "Chen Yi
— In December our government will send a trade delegation to Hanoi", "The Politburo decided to send Comrade Nguyen Van
Vinh to the South in January", "2. Comrade Ivan Bashev to receive the Libyan chargé d'affaires in Sofia this week",
"Делегация будет направлена в Москву в декабре", "我回国后将向国王陛下报告"). The sentence's own row is the turn's, the
statement's or the decision's, on its day; the plan is undated until it happens (CORPUS.md: a plan the text presents as
decided is listed with date_kind undated and note planned), its day, if the clause names one, kept in date_text. Its
actor is the clause's subject: a name of the gazetteer, the speaker for "I", the speaker's side for "we"/"our".

A condition, a question, a wish or a guess ("it would be useful if", "could", "might", "if ... will"), a negation and
a clause that has an undated row already make none. The words are the language files' ``clause_plan_*`` lists.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.events.annotate import Sentence
from pipeline.extract.events.common import (
    KEYWORD_PATTERNS,
    EventDraft,
    actor_names,
    kept_actors,
    subject_groups,
    subject_names,
    subject_phrase,
)
from pipeline.extract.tense import is_hypothetical, read_cues
from pipeline.normalize.lexicon import alternation, lexicon
from pipeline.normalize.openings import compile_opening

_EDGES = {"en": (r"(?<![\w'’-])", r"(?![\w'’-])"), "ru": (r"(?<!\w)", r"(?!\w)"), "zh": ("", "")}
_WORD_EDGES = (r"(?<!\w)", r"(?!\w)")  # any other language written with spaces between its words
# Where a clause ends or opens: a comma, a semicolon, a colon, a dash, a full stop (and the full-width Chinese forms).
_MARKS = {"en": r"[,;:()\u2014\u2013]|\s-\s|\.\s", "ru": r"[,;:()\u2014\u2013]|\s-\s|\.\s", "zh": r"[\uff0c\uff1b\uff1a\u3002\uff08\uff09,;:()\u2014]"}
# In English a clause joined by ", and" or ", but" ends there.
_EN_ENDS = compile_opening(r",\s+(?:and|but|while|whereas)\s|;|\.\s|\.$|:\s")
# A decision's point that sets its act as "Name to verb" ("2. Comrade Ivan Bashev to receive ... this week"), or as
# "Name to be" and the act's participle ("2. A Police Mobile Unit to be deployed to the Francistown area"): the number
# before it in the sentence, or alone before the sentence where the point's number was split off ("1. " / "The Minister
# of External Affairs to raise ...").
_POINT_NUMBER = r"^\W*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+"
_POINT_BODY = r"(?P<subject>[A-Z][^,;:.]{0,80}?)\s+(?P<aux>to)\s+(?:be\s+(?P<participle>[a-z]+ed)\b|(?!be\b)(?P<verb>[a-z]+))"
_POINT_TO = compile_opening(_POINT_NUMBER + _POINT_BODY)
_POINT_AFTER_NUMBER = compile_opening("^" + _POINT_BODY)
_NUMBER_ALONE = compile_opening(_POINT_NUMBER.rstrip("+") + "*$")


@cache
def _words(language: str) -> dict:
    """The language's lists, compiled once."""
    lex = lexicon(language)
    before, after = _EDGES.get(language, _WORD_EDGES)
    markers = list(lex.get("clause_plan_auxiliaries") or []) + list(lex.get("clause_plan_futures") or [])
    if language == "ru":
        markers += list(lex.get("planned") or [])
    if language in ("ru", "zh"):
        markers += list(lex.get("perfective_futures") or [])
    markers += list(lex.get("clause_plan_verbs") or []) + list(lex.get("clause_plan_past_verbs") or [])
    reported = list(lex.get("clause_plan_reported") or [])

    def words(key: str) -> re.Pattern | None:
        found = lex.get(key) or []
        return compile_opening(before + "(?:" + alternation(found).replace(r"\ ", r"\s+") + ")" + after, re.IGNORECASE) if found else None

    forms = [alternation(markers).replace(r"\ ", r"\s+")] if markers else []
    if endings := lex.get("clause_plan_future_endings"):  # a future told by the verb's ending (Spanish "llegará",
        forms.append(r"[^\W\d_]+(?:" + alternation(endings) + ")")  # Esperanto "venos"): a word of the language ending so
    marker = compile_opening(before + "(?P<aux>" + "|".join(forms) + ")" + after) if forms else None
    negation = lex.get("clause_plan_negations") or lex.get("negation") or []
    vague = {w.lower() for w in [*(lex.get("plan_times_vague") or []), *(lex.get("plan_times_not_alone") or [])]}  # "will
    # test the new rulers early": a manner
    times = [w for w in lex.get("plan_times") or [] if w.lower() not in vague] + list(lex.get("clause_plan_times") or [])
    times += [f"in {m}" for m in lex.get("months") or {}] if language == "en" else []
    if language not in _EDGES:  # a day to come the language names by a word of its own ("mañana", "утре"), a weekday
        # or a month in a clause told in the future ("llegará el sábado", "ќе дојде во мај")
        times += [w for w, offset in (lex.get("relative_days") or {}).items() if isinstance(offset, int) and offset > 0]
        times += [w for w in [*(lex.get("weekdays") or {}), *(lex.get("months") or {})] if isinstance(w, str) and len(w) > 2]
    return {
        "marker": marker,
        "reported": compile_opening(before + "(?P<aux>" + alternation(reported) + ")" + after) if reported else None,
        "not_after": frozenset(w.lower() for w in lex.get("clause_plan_not_after") or []),
        "not_futures": frozenset(w.lower() for w in lex.get("clause_plan_not_futures") or []),
        "not_before": frozenset(w.lower() for w in lex.get("clause_plan_not_before") or []),
        "participles": frozenset(w.lower() for w in lex.get("planned_participles") or []),
        "states": frozenset(w.lower() for w in lex.get("clause_plan_state_participles") or []),
        "he": frozenset(w.lower() for w in lex.get("clause_plan_he") or []),
        "doubts": words("clause_plan_doubts"),
        "conditions_after": frozenset(w.lower() for w in lex.get("clause_plan_conditions_after") or []),
        "negation": compile_opening(before + "(?:" + alternation(negation).replace(r"\ ", r"\s+") + ")" + after, re.IGNORECASE) if negation else None,
        "opens": words("clause_plan_openers"),
        "past": frozenset(w.lower() for w in lex.get("clause_plan_past_verbs") or []),
        "adverbs": frozenset(w.lower() for w in lex.get("clause_plan_adverbs") or []),
        "done_before": words("clause_plan_done_before"),
        "times": compile_opening(before + "(?:" + alternation(times).replace(r"\ ", r"\s+") + ")" + after, re.IGNORECASE) if times else None,
        "i": frozenset(lex.get("clause_plan_i") or []),
        "we": frozenset(lex.get("clause_plan_we") or []),
        "point_not_verbs": frozenset(w.lower() for w in lex.get("point_to_not_verbs") or []),
        "point_deferred": frozenset(w.lower() for w in lex.get("point_to_deferred") or []),
        "point_openers": frozenset(lex.get("point_to_openers") or []),
        "point_not_in_subject": frozenset(w.lower() for w in lex.get("point_to_not_in_subject") or []),
    }


def _bounds(text: str, at: int, end: int, language: str) -> tuple[int, int]:
    """The clause around a plan's word at ``at``..``end``: from the last mark before it (or a reported "that") to the
    next mark after it."""
    marks = list(re.finditer(_MARKS.get(language, _MARKS["ru"]), text))
    start = max([m.end() for m in marks if m.end() <= at] or [0])
    if (opens := _words(language)["opens"]) is not None:
        start = max([start] + [m.end() for m in opens.finditer(text, start, at)])  # a clause a saying reports opens at its "that"
    if language == "en":
        stop = _EN_ENDS.search(text, end)
        stop_at = stop.start() if stop else len(text)
    else:
        stop_at = min([m.start() for m in marks if m.start() >= end] or [len(text)])
        if language not in _EDGES and (opens := _words(language)["opens"]) is not None and (then := opens.search(text, end, stop_at)):
            stop_at = then.start()  # "se rendrait à Moscou à l'automne et que le communiqué ...": a second reported clause
    if language == "en":  # "received Ambassador this morning and said the council would close ...": after the saying
        start = max([start] + [c.end for c in read_cues(text, "en") if c.kind == "speech" and start <= c.start and c.end <= at])
    while start < at and text[start] in " \t\n\"“«'":
        start += 1
    return start, len(text[:stop_at].rstrip(" .;,"))


def _en_verb_after(text: str, end: int, words: dict) -> bool:
    """The word after an English auxiliary is an act's verb: not a state or a wish ("will be glad", "would like"), but
    "be" and a plan's participle ("will be held") is."""
    after = re.findall(r"[A-Za-z'’-]+", text[end: end + 60])
    while len(after) > 1 and (after[0].lower().endswith("ly") or after[0].lower() in words["adverbs"]):
        after = after[1:]  # "will then go", "will shortly leave", "will long remember"
    if not after or not after[0][:1].islower():
        return False
    first = after[0].lower()
    if first == "be" and len(after) > 1:
        return after[1].lower() in words["participles"] or (after[1].lower().endswith("ed") and after[1].lower() not in words["states"])
    return first not in words["not_after"]


def point_to(text: str, lead: str = "") -> re.Match | None:
    """A decision's point that sets its act as "Name to verb" or "Name to be" and a participle, its number in the text
    or alone in ``lead`` (the block's text before the sentence); None for any other sentence, and for a point whose verb
    is no act's (a determiner after "to": "1. Report of the Chief of the General Staff to the Minister ...") or that
    leaves the question to a later decision ("3. The question of sending advisers to be decided after consultations":
    the session's decision, no plan; ``point_to_deferred``)."""
    m = _POINT_TO.match(text) or (_POINT_AFTER_NUMBER.match(text) if lead and _NUMBER_ALONE.match(lead) else None)
    if m is None:
        return None
    words = _words("en")
    if m["verb"] is not None and m["verb"] in words["point_not_verbs"] or m["participle"] is not None and m["participle"] in words["point_deferred"]:
        return None
    subject = re.findall(r"[^\W\d_][\w'’-]*", m["subject"])
    if not subject or subject[0] not in words["point_openers"] or any(
            w.lower() in words["point_not_in_subject"] or w.islower() and w.endswith(("ed", "ing")) for w in subject[1:]):
        return None  # "To instruct the Ministry ... to strengthen", "Instructs the Ministry ... to withdraw", "The Ministry
        # ... is to prepare", "The Soviet Embassy appears to have been informed": a verb in the subject; the point's
        # subject is the one it sets the act, named with its article or title alone ("The Vice-President", "Comrade Ivan
        # Bashev", "A Kenyan delegation")
    return m


def clause_plans(index: int, s: Sentence, made: list[EventDraft], language: str | None, speaker: str | None = None,
                 side: str | None = None, lead: str = "") -> list[EventDraft]:
    """The plans the sentence's clauses state, each an undated row beside the sentence's own (``made``: the rows
    read of it so far). None where the sentence is a condition or a question, or a row undated already covers the
    clause. ``lead``: the block's text before the sentence (a decision point's number split off from it)."""
    language = language or "en"
    words = _words(language)
    text = s.text
    if words["marker"] is None or is_hypothetical(text, language):
        return []
    found: list[tuple[int, int, str]] = [(m.start("aux"), m.end("aux"), m["aux"]) for m in words["marker"].finditer(text)]
    pointed = None  # where a decision's point sets its act ("The Vice-President to seek UNHCR assistance"): decided by the
    # point itself, a plan with or without a time to come
    if language == "en":
        if (point := point_to(text, lead)) is not None and not any(c.kind in ("past", "speech", "planned") and c.end <= point.start("aux")
                                                                    for c in read_cues(text[: point.start("aux")], "en")):
            found.append((point.start("aux"), point.end("aux"), "to"))
            pointed = point.start("aux")
        if words["reported"] is not None:
            cues = [c for c in read_cues(text, "en") if c.kind == "speech"]
            found += [(m.start("aux"), m.end("aux"), m["aux"]) for m in words["reported"].finditer(text)
                      if any(c.end <= m.start() for c in cues)]
    events: list[EventDraft] = []
    seen: set[int] = set()
    for at, end, aux in sorted(found):
        start, stop = _bounds(text, at, end, language)
        clause = text[start:stop]
        if start in seen or len(clause.strip()) < 6 or stop <= end:
            continue
        if language == "en":
            before = re.findall(r"[A-Za-z'’-]+", text[max(0, at - 20): at])
            if before and before[-1].lower() in words["not_before"]:
                continue  # "the will of the people"
            if aux.lower() in ("will", "shall", "would") and not _en_verb_after(text, end, words):
                continue
        elif language not in _EDGES and (aux[:1].isupper() and at > start or aux.lower() in words["not_futures"]):
            continue  # a name or a word that only ends as a future does ("Ankara", "para"); a future opening its clause
            # is written with its capital ("Llegará a Pudahuel el sábado 15 la delegación")
        elif language != "zh" and words["not_after"] and (nxt := re.match(r"\s*(\w+)", text[end:])) and nxt.group(1).lower() in words["not_after"]:
            continue
        after = start if aux.lower() not in words["past"] else end  # "agreed to hold their next meeting in Bali in July":
        # a decision's time to come written after its verb ("On Tuesday the Council decided to ...": the decision's day)
        if at != pointed and not _timed(s, words, after, stop):
            continue  # no time to come: an undertaking ("I replied that I would report this"), the saying's alone
        if words["done_before"] is not None and words["done_before"].search(text, start, at) is not None:
            continue  # "told me that the strikers had gone back to work and will be paid in April": the words report a past
        if words["doubts"] is not None and any(d.group().lower() not in words["conditions_after"] or not (
                (end <= d.start() and _timed(s, words, after, d.start()))  # after this plan's verb and time, or an earlier
                or any(e <= d.start() < start for _, e, _ in found if e <= at))  # plan's ("would go ... if X agreed, and that Y would fly")
                for d in words["doubts"].finditer(text, 0, stop)):
            continue  # "if they came he would ...", "it would be useful if you could come", "we hope that ... will"
        if words["negation"] is not None and (words["negation"].search(clause, 0, max(0, end - start) + (8 if language != "zh" else 2))):
            continue  # "will not attend", "не будет", "将不出席"
        if any(e.start_date is None and e.end_date is None and e.evidence_start < s.start + stop and s.start + start < e.evidence_end
               for e in made):
            continue  # read as a plan already
        seen.add(start)
        kind = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
        event = EventDraft(index, kind, s.start + start, s.start + stop, "tense_sentence", 0.35)
        event.inferred, event.date_kind, event.precision = True, "undated", "unknown"
        if dated := [d for d in s.dates if start <= d.start and d.end <= stop]:
            event.date_text = dated[0].text
        subject, rest = text[start:at], text[end:stop]
        sayer = subject_names(text[:start], "en")[-1:] if language == "en" else []
        event.sources = _subject(subject, rest, clause, language, words, speaker, side, sayer)
        event.targets = [n for n in actor_names(rest) if n not in event.sources][:2]
        events.append(event)
    return events


def _timed(s: Sentence, words: dict, start: int, stop: int) -> bool:
    """A time to come between ``start`` and ``stop`` of the sentence: a date written or one of the language's times."""
    return any(start <= d.start and d.end <= stop for d in s.dates) or (
        words["times"] is not None and words["times"].search(s.text, start, stop) is not None)


def _subject(subject: str, rest: str, clause: str, language: str, words: dict, speaker: str | None, side: str | None,
             sayer: list[str] | None = None) -> list[str]:
    """Who the plan is of: a name of the subject, the speaker for "I", his side for "we", else a name of the clause."""
    if names := actor_names(subject):
        return names[-1:] if language == "en" else names[:1]
    if language == "en" and subject.strip() and (phrase := subject_phrase(subject)):
        return phrase[:1]  # "The UPS National Council is to meet ...", "A senior official of the Political Department will leave"
    if language in ("ru", "zh") and (groups := kept_actors(subject_groups(subject, language))):
        return groups[:1]
    tokens = re.findall(r"\w+", subject) if language != "zh" else [w for w in sorted(words["we"] | words["i"], key=len, reverse=True) if w in subject][:1]
    if any(t in words["we"] for t in tokens) and (side or speaker):
        return [side or speaker]
    if any(t in words["i"] for t in tokens) and speaker:
        return [speaker]
    if language == "en" and (said := sayer) and any(t.lower() in words["he"] for t in tokens):
        return said  # "The President said that he would ask the Congress ...": the one whose saying tells it
    return actor_names(clause)[:1] if language != "en" or not subject.strip() else []
