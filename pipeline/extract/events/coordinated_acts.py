"""``coordinated_acts``: two acts of one subject joined by "and" in one clause, a row each.

A record's or a cable's sentence often joins a hand-over or a reception to the next act of the same subject, the
second verb with no subject of its own: "I handed over a letter from Comrade Todor Zhivkov and informed him that ...",
"He received me at 10 a.m. and told me that ...", "Вручил президенту послание ... Косыгина и сообщил, что ...",
"周总理接见了美国队……，并同美国队员进行了谈话". Each act is an event of its own (CORPUS.md; tests/fixtures/README.md,
the row on a message handed over, which names its author): the row read of the whole sentence is parted at the joiner,
the first act keeping the row's actors, the second its subject and the one it was done to, not the message's author
nor those "in the presence of" whom the first was done ("received me in the presence of Amin and told me"); a plain
saying ("and said that ...") its speaker alone, as the row on the listener of a plain "said" turn reads it. Both keep
the row's day: the second verb is a simple past with no day of its own (a perfect joined by "and" is read by
``passages.perfect_clauses``, a day of the second clause's own by the sentence's dated rows, which are not parted).

Not parted: nouns joined ("the President and the Foreign Minister received ..."), an infinitive's ("decided to hand
over the note and inform ..."), a clause a saying reports ("said that X had received ... and told ..."), a first verb
that is itself a saying or a courtesy ("thanked me and said": one turn, as the golds row it). The words are the
language files' ``coordinated_act_*`` lists.
"""

from __future__ import annotations

import re
from copy import copy
from functools import cache

from pipeline.extract.events.common import KEYWORD_PATTERNS, EventDraft
from pipeline.extract.mentions import find_mentions
from pipeline.extract.tense import read_cues
from pipeline.normalize.dates import find_dates
from pipeline.normalize.lexicon import alternation, lexicon
from pipeline.normalize.openings import compile_opening
from pipeline.normalize.text import without_accents

_EDGES = {"en": (r"(?<![\w'’-])", r"(?![\w'’-])"), "ru": (r"(?<!\w)", r"(?!\w)"), "zh": ("", "")}
# What the words between the two verbs hold: no clause's end; a full stop only after an initial ("А. Н. Косыгина", "10 a.m.");
# in Chinese no comma either ("转交了……贺信，国王表示感谢，并说": the "并" is the next clause's, of another subject).
_BETWEEN = {"en": r"[^;:.?!()\"“”]", "ru": r"[^;:.?!()\"“”«»]", "zh": r"[^。；;：:！？?!（）()“”，,]"}


@cache
def _words(language: str) -> dict | None:
    """The language's lists, compiled once; None for a language without them."""
    lex = lexicon(language)
    first, second, joiners = (lex.get(k) or [] for k in ("coordinated_act_first_verbs", "coordinated_act_second_verbs", "coordinated_act_joiners"))
    if language not in _EDGES or not first or not second or not joiners:
        return None
    before, after = _EDGES[language]

    def alt(words: list[str]) -> str:
        return alternation(words).replace(r"\ ", r"\s+")

    adverbs = lex.get("coordinated_act_adverbs") or []
    space = r"\s*" if language == "zh" else r"\s+"
    adverb = rf"(?:(?:{alt(adverbs)}){space})?" if adverbs else ""
    comma = r"[,\uff0c]?\s*" if language == "zh" else r",?\s*(?<!\w)"
    joined = compile_opening(
        before + rf"(?P<first>{alt(first)})" + after + rf"(?P<between>(?:{_BETWEEN[language]}|(?<=(?<!\w)\w)\.)*?)"
        + rf"(?P<join>{comma}(?:{alt(joiners)}){space})" + adverb + rf"(?P<second>{alt(second)})" + after, re.IGNORECASE)
    reported = lex.get("coordinated_act_reported") or []
    not_after = lex.get("coordinated_act_not_after") or []
    return {
        "joined": joined,
        "reported": compile_opening(before + f"(?:{alt(reported)})" + after, re.IGNORECASE) if reported else None,
        "not_after": compile_opening(before + f"(?:{alt(not_after)})" + r"\s+$", re.IGNORECASE) if not_after else None,
        "sayings": frozenset(w.lower() for w in lex.get("coordinated_act_plain_sayings") or []),
        "by": compile_opening(before + f"(?:{alt(lex.get('coordinated_act_by_others') or ['(?!)'])})" + after, re.IGNORECASE),
        "paper_dates": compile_opening(before + f"(?:{alt(lex.get('coordinated_act_paper_dates') or ['(?!)'])})" + r"\s+$", re.IGNORECASE),
        "receptions": frozenset(w.lower() for w in lex.get("coordinated_act_receptions") or []),
        "asides": compile_opening(r"[,\uff0c]\s*(?:" + alt(lex.get("coordinated_act_asides") or ["(?!)"]) + ")", re.IGNORECASE),
    }


def coordinated_acts(text: str, language: str | None) -> list[tuple[int, int, int, str, str]]:
    """Where ``text`` (a row's words) joins two acts of one subject: for each join, where the first verb ends, where
    the first act's words end (before the joiner), where the second's begin (its verb), that verb and the first."""
    language = language or "en"
    words = _words(language) if language in _EDGES else None
    if words is None:
        return []
    found: list[tuple[int, int, int, str, str]] = []
    for m in words["joined"].finditer(text):
        head = text[: m.start("first")]
        if words["reported"] is not None and words["reported"].search(head):
            continue  # "told me that Taraki had received ... and asked": a clause a saying reports, read by the saying rules
        if words["not_after"] is not None and words["not_after"].search(head):
            continue  # "decided to hand over the note and inform ...": an infinitive's, or a plan's; "was received by
            # the Commandant and talked with the detainees": a passive's subject is not the one who received
        if ":" in head or "\uff1a" in head:
            continue  # "Comrade Olszowski: Obasanjo received our chargé ... and said ...": the row is the speaker's turn
        found.append((m.end("first"), m.start("join"), m.start("second"), m["second"], m["first"]))
    return found


def coordinated_act_texts(text: str, language: str | None) -> list[list[str]]:
    """The first and the second act's words of each join (for the language files' examples)."""
    return [[text[:end].strip(" ,，"), text[second:].strip()] for _, end, second, _, _ in coordinated_acts(text, language)]


def _folded(name: str) -> str:
    """A name's last word, its accents off and its case folded, to compare names written with or without them."""
    plain = without_accents(name)
    return plain.casefold().split()[-1] if plain.split() else plain.casefold()


def _by_others(first: str, verb_end: int, language: str, named: list[str] = ()) -> set[str]:
    """The names the first act's words give after its verb as the author of what it handed ("a letter from Comrade
    Todor Zhivkov", "послание Председателя ... Косыгина") or those in whose presence it was done ("in the presence of
    Amin"): not parties to the second act."""
    words = _words(language)
    found = set()
    for mention in find_mentions(first):
        if mention.start < verb_end:
            continue
        between = first[verb_end: mention.start].rsplit(",", 1)[-1] if language != "zh" else first[mention.end:]
        if words["by"].search(between):  # "of Comrade X" after the verb, not "to the President of Mali, X": the listener
            found.add(_folded(mention.entity.name))
    if language != "zh":  # a name the row's readers gave that the gazetteer lacks, as written
        folded = without_accents(first).casefold()
        for name in named:
            at = folded.find(_folded(name), verb_end)
            if at > 0 and words["by"].search(first[verb_end:at].rsplit(",", 1)[-1]):
                found.add(_folded(name))
    return found


def _aside_date(text: str, date_text: str | None, end: int, language: str) -> bool:
    """The row's day is written in the second act's words, or in an aside of the first's ("the message ..., which had
    reached the embassy by courier the day before,"): the day is not the first act's."""
    if not date_text:
        return False
    at = text.find(date_text)
    if at < 0:
        return False
    if at >= end or _words(language)["paper_dates"].search(text, 0, at):
        return True  # the second act's day, or a paper's ("in accordance with your telegram of 1 June, I called on ...")
    comma = max(text.rfind(",", 0, at), text.rfind("\uff0c", 0, at))
    return comma >= 0 and _words(language)["asides"].match(text, comma) is not None


def _own_day(words: str, language: str) -> bool:
    """The words name a day or a time of their own ("5 мая", "last autumn")."""
    return bool(find_dates(words, 1950)) or any(c.kind in ("period", "relative", "counted_span") for c in read_cues(words, language))


def part_coordinated_acts(events: list[EventDraft], blocks: list) -> list[EventDraft]:
    """Each dated row whose words join two acts of one subject (``coordinated_acts``), parted into a row for each."""
    out: list[EventDraft] = []
    for event in events:
        out.append(event)
        if event.block >= len(blocks) or (event.start_date is None and event.end_date is None):
            continue
        language = blocks[event.block].language or "en"
        if language not in _EDGES or _words(language) is None:
            continue
        text = blocks[event.block].text[event.evidence_start: event.evidence_end]
        joins = coordinated_acts(text, language)
        if not joins:
            continue
        verb, end, second, second_verb, first_verb = joins[0]
        if _aside_date(text, event.date_text, end, language) or event.method != "document_act" and _own_day(text[second:], language):
            continue  # the row's day is the second act's, or one of its own words may be: a record's turn on the talk's
            # day (document_act) is parted whatever day the second act's words tell of
        later = joins[1][1] if len(joins) > 1 else len(text)  # a third act joined again: the second's words end there
        authors = _by_others(text[:end], verb, language, event.targets)
        other = copy(event)
        other.evidence_start, other.evidence_end = event.evidence_start + second, event.evidence_start + len(text[:later].rstrip(" ,，"))
        other.sources = list(event.sources)
        words = _words(language)
        other.targets = [] if second_verb.lower() in words["sayings"] and re.sub(r"\s+", " ", first_verb.lower()) not in words["receptions"] else [
            n for n in event.targets if _folded(n) not in authors]
        other.event_type = next((kind for kind, pattern in KEYWORD_PATTERNS if pattern.search(text[second:later])), event.event_type)
        other.key_as = None
        event.evidence_end = event.evidence_start + len(text[:end].rstrip(" ,，"))
        out.append(other)
    return out
