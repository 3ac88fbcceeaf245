"""``dated_sentence``: a sentence that writes a date; the words around the date say what happened and who did it."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from pipeline.extract.events.annotate import Sentence
from pipeline.extract.events.cable_header import fix_stamp_year
from pipeline.extract.events.cable_trailer import HANDLING_VERBS, handling_actors, sentence_handling_kind
from pipeline.extract.events.common import (
    BY_NAME,
    KEYWORD_PATTERNS,
    LABEL_BEFORE,
    MESSAGE_NOUN,
    MINE,
    MONTHS,
    NOT_LATIN,
    RU_LETTER,
    SPEECH_VERBS,
    STAMP,
    YOURS,
    Context,
    EventDraft,
    clause_actors,
    clause_group,
    clause_names,
    coordinated,
    course_end,
    event_words,
    finite_passive_agent,
    group_nouns,
    led_group,
    name_spans,
    office_spans,
    subject_group,
    subject_phrase,
    talk_partners,
    told_clause,
    told_group,
    window_actors,
)
from pipeline.extract.events.tense_sentence import AHEAD_WORDS, OPENS_WITH_DAY, TOOK_PLACE, Scope
from pipeline.extract.mentions import find_mentions
from pipeline.extract.tense import Cue, read_cues, since_after_perfect
from pipeline.normalize.capitals import heading_case
from pipeline.normalize.dates import DateMention, find_dates
from pipeline.normalize.lexicon import alternation, lexicon, reading_language
from pipeline.normalize.names import canonical_name, lookup
from pipeline.normalize.openings import compile_opening
from pipeline.normalize.text import FULL_STOPS
from pipeline.parse.generic import agency_dateline, correspondent_dateline, wire_opening_end

# A clause set off by commas after the sentence's subject, with a verb and a day of its own ("Makarios, who flew to
# London on 17 July, addressed the Security Council on Friday", "Косыгин, прибывший в Ханой 6 февраля, вылетел вчера в
# Пекин"): the main clause after it is an act of its own, of another day. The clause opens with a relative word
# (relative_clause_openers in en.yaml, ru.yaml) or a Russian participle (participle_endings in ru.yaml).
_INTERPOSED_OPENERS = [w for lang in ("en", "ru") for w in lexicon(lang).get("relative_clause_openers") or []]
_PARTICIPLE_ENDINGS = lexicon("ru").get("participle_endings") or []
_INTERPOSED = compile_opening(
    r"(?<=[^\W\d_]),\s+(?:(?:" + alternation(_INTERPOSED_OPENERS) + r")\s" + (
        r"|[^\W\d_]+(?:" + alternation(_PARTICIPLE_ENDINGS) + r")\s" if _PARTICIPLE_ENDINGS else "")
    + r")(?P<clause>[^,;:()]{3,160}?),\s+(?=[^\W\d_])"
) if _INTERPOSED_OPENERS else None


def interposed_clause(sentence: str, dated: list[DateMention], language: str | None) -> tuple[int, int] | None:
    """Where a clause set off by commas that holds every day the sentence writes (``_INTERPOSED``) opens (its comma,
    the subject's end) and where the main clause goes on after it, when it goes on with a word in lower case (its
    verb); None for any other sentence."""
    if language == "zh" or _INTERPOSED is None or not dated or "," not in sentence:
        return None
    for m in _INTERPOSED.finditer(sentence):
        if m.start("clause") <= dated[0].start and dated[-1].end <= m.end("clause") and sentence[m.end()].islower():
            return m.start(), m.end()
    return None


def interposed_tail(sentence: str, dated: list[DateMention], language: str | None) -> int | None:
    """Where the main clause goes on after the interposed clause (``interposed_clause``), or None."""
    found = interposed_clause(sentence, dated, language)
    return found[1] if found else None


# A present perfect opening the main clause after an interposed clause ("has been broken", "have since been
# withdrawn"): the course it tells runs from the interposed clause's day to the day written.
_PERFECT_GOES_ON = compile_opening(
    r"(?:(?:\w+ly|also|since|now|already)\s+)*(?:has|have)\s+(?:\w+ly\s+|been\s+|also\s+|not\s+|since\s+)?(?:\w+(?:ed|en|wn|ne|ght)|"
    + alternation(lexicon("en").get("irregular_participles") or []) + r")\b", re.IGNORECASE,
)


def course_after_aside(index: int, s: Sentence, dated: list[DateMention], written: date | None,
                       language: str | None) -> EventDraft | None:
    """"The cease-fire, which was announced by both sides on 3 May, has been broken several times": the interposed
    clause dates its subject; the perfect of the main clause tells a course from that day to the day the text is
    written (a range), beside the day's own row. A past main clause ("The treaty, signed on 3 May, was broken") is
    no course."""
    if written is None or language not in (None, "en") or (found := interposed_clause(s.text, dated, language)) is None:
        return None
    first = dated[-1]
    if first.start_date is None or first.start_date >= written or not _PERFECT_GOES_ON.match(s.text, found[1]):
        return None
    span = EventDraft(index, "statement", s.start + found[1], s.start + len(s.text), "dated_sentence", 0.5)
    span.start_date, span.end_date, span.precision, span.date_kind = first.start_date, written, "day", "range"
    span.inferred, span.date_text = True, first.text
    span.sources = clause_names(s.text[: found[0]], language)[:1]  # the subject the aside dated: "The cease-fire"
    return span


def interposed_clause_tail(example: str) -> str | None:
    """The main clause's words after the interposed clause of ``example`` (the examples' check), or None."""
    at = interposed_tail(example, find_dates(example, 1970), "ru" if re.search(r"[^\x00-\u024f]", example) else "en")
    return example[at:] if at is not None else None


def is_dateline(sentence: str, offset: int, mention: DateMention, language: str | None = None) -> bool:
    """A date that dates the page rather than a happening: alone, opening a passage (but for one that opens the
    clause of its act, "21 августа польские войска вошли в Чехословакию"), or after a label or heading."""
    rest = (sentence[: mention.start] + sentence[mention.end:]).strip(" .,;:()（）[]")
    if not re.search(r"\w", rest) or _WEEKDAY_ALONE.fullmatch(rest):
        return True  # "15 January 1985", "Tuesday, 15 January 1985": a date line, its weekday no act
    if mention.kind == "approximate":
        return False  # a season ("Осенью 1958 г., после ...", "That autumn the battalions ..."): a page is not dated so
    if offset + mention.start == 0:
        return not _opens_its_clause(sentence[mention.end:], language)
    if offset == 0 and (opened := agency_dateline(sentence[:80]) or correspondent_dateline(sentence[:80])) is not None \
            and sentence.find(opened[1]) <= mention.start < sentence.find(opened[1]) + len(opened[1]):
        return True  # "NICOSIA, Cyprus, July 16 — Archbishop Makarios, whom ... tried to overthrow yesterday, was flown
        # out ... this afternoon": the dispatch's day, which its "yesterday" and "this afternoon" count from
    if offset == 0 and (wired := wire_opening_end(sentence)) is not None and mention.start < wired:
        return True  # "新华社科伦坡七月十五日电　斯里兰卡总理……昨天在总理府会见了……": the dispatch's day, which its 昨天 counts from
    if _PREPOSITION_ALONE.fullmatch(sentence[: mention.start]):
        return False  # "В марте с.г. из ГДР ушли ...": a capital preposition opens the sentence, no label
    if _POINT_OPENED.fullmatch(sentence[: mention.start]):
        return False  # "1. (S) AT 240500H FEB 68, 2ND BN 3RD ARVN REGT SEIZED ...": a report's numbered point in capitals,
        # its classification mark and the preposition that dates its act, no label
    if _alone_on_its_line(sentence, mention, language) or _under_a_heading(sentence, mention, language):
        return True  # "CENTRAL INTELLIGENCE AGENCY / Directorate of Intelligence / 21 July 1969": a header's date line
    before = _WEEKDAY_BEFORE.sub("", sentence[max(0, mention.start - 40): mention.start])  # "Date: Tuesday, August 4, 1964"
    return mention.start > 0 and _labelled(before) and not _line_in_capitals(sentence[: mention.start])


def _labelled(before: str) -> bool:
    """The words before a date are its label ("Date:", "Дата:") or a head's words without a small letter ("OCI No.
    0279/67 Copy No. 45"); a small letter of a script the label's pattern does not list is a sentence's word all the
    same ("2. Την 23ην Μαΐου ο κυβερνήτης ...", "Κατά την νύκτα της ..."), and so is a letter of a script without case
    ("1. השיחות נפתחו במשרד בירושלים ביום ב', 16 בנובמבר"; Han and Hangul the pattern lists): no label."""
    if not LABEL_BEFORE.search(before):
        return False
    return before.rstrip().endswith(":") or not any(
        (c.islower() and not ("a" <= c <= "z" or _CYRILLIC_SMALL[0] <= ord(c) <= _CYRILLIC_SMALL[1] or ord(c) == _CYRILLIC_SMALL_IO))
        or (c.isalpha() and not c.isupper() and not c.islower()) for c in before)


_CYRILLIC_SMALL, _CYRILLIC_SMALL_IO = (0x430, 0x44F), 0x451  # the small letters the label's pattern lists, and "yo"


_NO_SMALL_LETTER = re.compile(r"[^a-z]*[A-Z][^a-z]*")
_PLACE_FIRST = compile_opening(r"\W*(?P<place>[^\W\d][^,:;\d]{1,40}?)\s*,")


def _line_in_capitals(before: str) -> bool:
    """A head's line in capitals that its mixed case would read as an act, not a label: a handling stamp
    ("DISPATCHED: TIRANA, 28 APRIL 1961, 21:10", "RECEIVED IN MOSCOW ON 3/10/60") or a place and its day ("BAGHDAD,
    9 FEBRUARY 1963, 13:40", "NEW DELHI, 5 JULY 1989"): in capitals it has no small letter, yet is no heading's mark."""
    if not _NO_SMALL_LETTER.fullmatch(before):
        return False
    if sentence_handling_kind(before) is not None:
        return True
    place = _PLACE_FIRST.match(before)
    return place is not None and (known := lookup(heading_case(place["place"]))) is not None and known.kind == "place"


_WEEKDAY_ALONE = compile_opening(r"(?:" + alternation(list(lexicon("en").get("weekdays") or {})) + r")", re.IGNORECASE)
_WEEKDAY_BEFORE = compile_opening(r"(?<=:)\s*(?:" + alternation(list(lexicon("en").get("weekdays") or {})) + r")\s*,?\s*$")


# A header's words before its date line, each capitalised or a number, joined by a few small words (header_joiners in
# en.yaml): "Directorate of Intelligence 21 July 1969", "OCI No. 0279/67 Copy No. 45 3 March 1967".
_HEADING_WORDS = compile_opening(
    r"^\W*(?:(?:[A-Z0-9][\w/.'’()-]*|" + alternation(lexicon("en").get("header_joiners") or []) + r")[\s,.:;()\[\]-]*)+$"
)


def _under_a_heading(sentence: str, mention: DateMention, language: str | None) -> bool:
    """The date ends a line of capitalised words or numbers that tells no act, with no comma before it (a place's or a
    signature's dating of the record is its writing): a header's date, not a happening."""
    if language not in (None, "en") or mention.start == 0 or re.search(r"\w", sentence[mention.end:]):
        return False
    before = sentence[: mention.start]
    if not before[:1].isupper() or "," in before:
        return False  # "3 Dated October 31.": a note; "Secret, Copy 1, 19 April 1958", "Yu. Tsedenbal ... Ulaanbaatar, 9
        # September 1969": a diary's or a signature's dating, the writing of the record
    return bool(_HEADING_WORDS.match(before)) and not any(
        c.kind in ("past", "speech", "ongoing", "performative") for c in read_cues(before, language))


def is_header_date(text: str) -> bool:
    """``text`` is a header line that ends in its date (the check of header_joiners' examples)."""
    dates = find_dates(text, None)
    return bool(dates) and _under_a_heading(text, dates[-1], "en")


def _alone_on_its_line(sentence: str, mention: DateMention, language: str | None) -> bool:
    """The date stands alone on a line of its own below lines that tell no act ("OCI No. 0279/67 / Copy No. 45 / 3 March
    1967", "Directorate of Intelligence / 21 July 1969"): the date line of a header block, not a happening."""
    line_start = sentence.rfind("\n", 0, mention.start) + 1
    line_end = sentence.find("\n", mention.end)
    line_end = len(sentence) if line_end < 0 else line_end
    left = (sentence[line_start: mention.start] + sentence[mention.end: line_end]).strip(" .,;:()[]")
    if line_start == 0 or (re.search(r"\w", left) and not _WEEKDAY_ALONE.fullmatch(left)):
        return False  # the date and at most its weekday ("Tuesday, 15 January 1985") on the line
    return not any(c.kind in ("past", "speech", "ongoing", "performative") for c in read_cues(sentence[:line_start], language))


_PREPOSITION_ALONE = compile_opening(r"\s*(?:" + event_words("date_prepositions") + r")\s+")
# A numbered point's figure and its classification mark in brackets ("1. (S)", "(C)"), then a word that opens its time
# (en.yaml dtg_openers: "AT", "ON", "BY"): the point's own sentence opening on its day, however its cable's capitals read.
_POINT_OPENED = compile_opening(r"\s*(?:\d{1,2}\.\s*)?\((?:TS|S|C|U|SBU|LOU|S/NF|C/NF|S-NF)\)\s*(?:"
                                + (alternation(lexicon("en").get("dtg_openers") or []) or "(?!)") + r")\s+", re.IGNORECASE)


# The words right after a date that opens a passage, on one line with it: the clause it dates runs on from there.
_CLAUSE_AFTER = compile_opening(r",?[ \t]+(?=\w)")  # "24 февраля, когда ..., части армии захватили": a comma may set it off
_ENGLISH_CLAUSE_AFTER = compile_opening(r"(?:[ \t]+(?=[a-z])|,[ \t]+(?=\w)|:[ \t]+(?=[a-z])|[ \t]+(?:--|[\u2013\u2014])[ \t]+(?=\w))")  # a
# log's line: "20 to 22 Oct: enemy aircraft flew 60 to 80 sorties a day", its clause in small letters after the colon; a
# chronology's entry, its day and a dash before the sentence ("12/24/79 -- Soviet airborne units began landing ...")
# In Chinese the clause may follow the date without a space ("三月五日大使递交照会。"), after a space or a comma.
_ZH_CLAUSE_AFTER = compile_opening(r"[ \t\u3000\uff0c,]*(?=\w)")
_ZH_STOP = "\u3002"


def _opens_its_clause(after: str, language: str | None) -> bool:
    """The date heads the clause of a past act told right after it, on its line ("21 августа 1968 г. польские войска
    вошли ...", "20 августа вечером ... вошли", "12 May 1953, the delegation left ...", "24 февраля, когда ...,
    части армии захватили ..."), not a dateline above the text.
    In English the clause goes on in lower case, after a comma, or after a colon in lower case (a combat log's "20 to 22
    Oct: enemy aircraft flew ..."): a capital after the date may open the text below a
    dateline run onto its line ("12 May 1953 TOP SECRET ...")."""
    if language == "zh":  # no tense to read: a whole sentence on the date's line ("8月23日 下午，部队开始炮击金门。")
        line = after.split("\n", 1)[0]
        return _ZH_CLAUSE_AFTER.match(line) is not None and _ZH_STOP in line.rstrip()[-1:]
    clause = (_ENGLISH_CLAUSE_AFTER if language in (None, "en") else _CLAUSE_AFTER).match(after)
    if clause and language is not None and language == reading_language() and lexicon(language).get("borrowed"):
        return _goes_on_as_a_sentence(after.split("\n", 1)[0])  # a language whose verbs no file lists
    return bool(clause) and any(c.kind in ("past", "speech") for c in read_cues(after.split("\n", 1)[0], language))


_SENTENCE_WORDS = 4  # a dateline's place and mark after its day are fewer words ("12 d. Vilnius")


def _goes_on_as_a_sentence(line: str) -> bool:
    """What follows a date on its line, in a language whose verbs no file lists, is a sentence: a full stop closes it,
    ``_SENTENCE_WORDS`` words or more, the first and most of them in small letters ("Liepos 12 d. atlaidai baigėsi
    procesija aplink Kalvarijos kalną."; the full stop of its script too, Armenian "։": "Դեկտեմբերի 7-ին, ժամը 11.41-ին,
    երկրաշարժը քանդեց ... տոկոսը։"), no place or heading run onto the date's line."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    if len(words) < _SENTENCE_WORDS or not line.rstrip().endswith(FULL_STOPS) or not _not_capital(words[0]):
        return False
    return 2 * sum(map(_not_capital, words)) > len(words)


def _not_capital(word: str) -> bool:
    """A word opening in a small letter, or in a script without capitals (Bengali, Tamil, Devanagari: "১৯৭৫ মার্চ ১০
    ..." goes on as a sentence, which no capital opens). Every caseless script is so taken by design: a line of Arabic,
    Hebrew, Chinese or Ethiopic long enough and closing on a full stop goes on as a sentence, its words' case telling
    nothing."""
    first = next((c for c in word if c.isalpha()), "")
    return first.islower() or (first != "" and not first.isupper())


_SUBORDINATE = compile_opening(r"^(?:After|Before|When|Since|Until|While|Once|As soon as)\b")


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
        return sentence[: comma if comma >= 0 else _word_end(sentence, mention.end + 80)]
    if any(pattern.search(before) for kind, pattern in KEYWORD_PATTERNS if kind in _NOUN_KINDS) and re.search(r"\b(?:in|on|of)\s*$", before):
        return sentence[: mention.end]
    end = _word_end(sentence, mention.end + 80)
    if (taking := _PARTICIPANTS_FOLLOW.search(sentence, mention.end)) and taking.start() < end:
        clause = sentence.find(";", taking.end())  # "..., в котором приняли участие Н.С. Хрущев и президент Насер": all of them
        return sentence[: clause if clause >= 0 else len(sentence)]
    if (relative := _RELATIVE_OPENER.search(sentence, mention.end)) and relative.start() < end:
        return sentence[: relative.start()]  # "правительство КНР выступило с предложением, которое индийское правительство
    return sentence[:end]  # отвергло": the relative clause tells another act, by its own subject


_RELATIVE_OPENER = compile_opening(r",\s*(?:" + event_words("relative_openers") + ")", re.IGNORECASE)


# Words after which a clause names those who took part, to its end (``participants_follow`` of the event words).
_PARTICIPANTS_FOLLOW = compile_opening(r"\b(?:took\s+part|attended\s+by|participated)\b|" + event_words("participants_follow"), re.IGNORECASE)
_REST_OF_NAME = compile_opening(r"[\w’'.-]*(?:\s+[A-Z][\w’'-]*)*")


def _word_end(sentence: str, end: int) -> int:
    """A window's end moved past the word and the name it would cut ("... the head of the government Mao Zed|ong")."""
    return _REST_OF_NAME.match(sentence, min(end, len(sentence))).end() if end < len(sentence) else end


_NOUN_KINDS = ("attack", "meeting", "agreement")


# A date inside the name of a paper or decision ("specified by the August (1955) agreement", "your telegram of
# 3 July"): it dates that thing, and the sentence's own verb tells of another act.
_NAMED_THING = compile_opening(r"^\W*(?:agreement|treaty|decision|resolution|statement|communiqu[eé]|declaration|telegram|cable|letter|note|memorandum|directive|plan|constitution|charter)\b", re.IGNORECASE)
_OF_THING = compile_opening(r"\b(?i:agreement|treaty|decision|resolution|statement|communiqu[eé]|declaration|telegram|cable|letter|note|memorandum|directive|plan|constitution|charter)s?\s+"
                           r"(?:of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){1,6})?(?i:of|dated|from)\s+$")
# ... with its author's name between ("the statement of the DRV Ministry of Foreign Affairs of 31 January")


_NAMED_THING_ZH = compile_opening(r"\s*(?:" + event_words("attributive") + r")?(?:" + event_words("named_things") + r")")  # "三月一日会议": the meeting of 1 March


def names_a_thing(sentence: str, mention: DateMention) -> bool:
    """The date belongs to a paper or a decision the sentence names, not to the sentence's own act; or a month named
    alone closes a noun and the participle that tells its act ("thanks for the medical team sent in May")."""
    after = sentence[mention.end:]
    return bool(_NAMED_THING.match(after) or _OF_THING.search(sentence[: mention.start]) or _NAMED_THING_ZH.match(after)
                or (mention.alone and _PARTICIPLE_OF_THING.search(sentence, 0, mention.start)))


# A noun and the participle after it that a month named alone dates ("the medical team sent in May", "the credit granted
# in March"): that thing's act, not the sentence's.
_PARTICIPLE_OF_THING = re.compile(r"\b(?:the|a|an|his|her|its|their|our|your)\s+(?:[a-z]+\s+){0,2}(?:[a-z]{3,}ed|"
                                  + alternation(lexicon("en").get("irregular_past") or []) + r")\s+$")


# The day a plan was set for, just before the date ("was set for 26 September", "had been scheduled for 12 May").
_PLAN_DAY = compile_opening(r"\b(?:" + alternation(lexicon("en").get("plan_day_verbs") or []) + r")\s+for\s+(?:the\s+)?$", re.IGNORECASE)


def plan_day(sentence: str, mention: DateMention) -> date | None:
    """The last day on which a sentence that names the day a plan was set for can have happened: the day before."""
    if mention.precision == "day" and mention.start_date == mention.end_date and _PLAN_DAY.search(sentence[: mention.start]):
        return mention.start_date - timedelta(days=1)
    return None


# A day or a period that opens its clause after a word of "by" (deadline_passed_openers in en.yaml, ru.yaml; the Chinese
# "截至" before it, "为止" after it), in a sentence that tells no plan: what the clause tells had come about by its end
# ("By the end of August the Somali forces held most of the lowlands", "...; by May 5 over 14,000 U.S. troops were in the
# Dominican Republic", "к концу августа из Китая выехали 1390 человек"): on or before it (an upper bound). A deadline
# after the verb ("will prepare a draft reply by 1 October", "demanded the withdrawal by the end of March") is a plan's
# or a demand's, read by the rules of plans.
_CLAUSE_JOINERS = [w for lang in ("en", "ru") for w in lexicon(lang).get("deadline_clause_joiners") or []] or ["and"]
_DEADLINE_OPENERS = [w for lang in ("en", "ru", "zh") for w in lexicon(lang).get("deadline_passed_openers") or []]
# A part of the day between the opener and its date ("By the evening of 14 April", "by the morning of the 3rd"): the
# deadline is that day's (en.yaml deadline_day_parts). A day of the month named with its article alone ("By the 16th the
# last hostages had been freed", "by the 3rd the talks had broken down") is such a deadline too: the article may stand
# between the opener and the day.
_DEADLINE_DAY_PART = (r"(?:\s+the\s+(?:" + alternation(lexicon("en").get("deadline_day_parts") or []) + r")\s+of(?:\s+the)?|\s+the)?"
                      if lexicon("en").get("deadline_day_parts") else r"(?:\s+the)?")
_DEADLINE_OPENS = compile_opening(
    r"(?:^|[;:,\uff0c\uff1b\uff1a\u3002]|(?<!\w)(?:" + alternation(_CLAUSE_JOINERS) + r")(?!\w))[\s\u2014\u2013-]*(?:" + alternation(_DEADLINE_OPENERS).replace(r"\ ", r"\s+")
    + r")" + _DEADLINE_DAY_PART + r"\s*$", re.IGNORECASE) if _DEADLINE_OPENERS else None
_DEADLINE_CLOSERS = tuple(w for w in lexicon("zh").get("deadline_passed_closers") or [])
_AHEAD_ANY = compile_opening(
    r"(?<!\w)(?:" + alternation(w for lang in ("en", "ru") for w in lexicon(lang).get("ahead_words") or []).replace(r"\ ", r"\s+") + r")(?!\w)",
    re.IGNORECASE,
)


_ZH_PLAN_WORDS = tuple(lexicon("zh").get("deadline_plan_words") or [])


def deadline_passed(sentence: str, mention: DateMention, language: str | None) -> date | None:
    """The last day of a period that opens its clause after "by" in a sentence that tells no plan, else None."""
    if _DEADLINE_OPENS is None or mention.end_date is None:
        return None
    head = sentence[: mention.start]
    written = mention.text.lower()
    for opener in _DEADLINE_OPENERS:  # "by the end of 1949": the date's own words may hold the opener
        if written.startswith(opener.lower() + " "):
            head += mention.text[: len(opener)]
            break
    closed = bool(_DEADLINE_CLOSERS) and sentence.startswith(_DEADLINE_CLOSERS, mention.end)
    if not closed and not _DEADLINE_OPENS.search(head[-40:] if len(head) > 40 else head):
        return None
    if _AHEAD_ANY.search(sentence) or (language == "zh" and any(w in sentence for w in _ZH_PLAN_WORDS)) or any(c.kind == "planned" for c in read_cues(sentence, language or "en")):
        return None
    return mention.end_date


_MODAL = frozenset(["would", "could", "might", "will", "shall", "should", "can", "must", "may", "cannot"])


# A date between an article and the thing it names ("the 18 March elections", "the 17 July provincial elections"): the
# thing's day, not the act the sentence tells of it (dated_thing_nouns).
_DATED_THINGS = frozenset(w.lower() for w in lexicon("en").get("dated_thing_nouns") or [])
_THE_BEFORE = compile_opening(r"(?:^|\s)the\s+$", re.IGNORECASE)
_THING_OF_BEFORE = compile_opening(r"(?:^|\s)the\s+(?:[a-z]+\s+)?([a-z]+)\s+of\s+$", re.IGNORECASE)  # "the (general) election of |"


def names_a_dated_thing(sentence: str, mention: DateMention, language: str | None) -> bool:
    """A date that names a thing ("the 18 March elections", "the election of 27 January") in a sentence that tells its
    act on a past day of the week or a day counted back from the writing before it ("On Saturday he annulled all the 18
    March provincial elections", "At my call yesterday evening Jonathan said that the election of 27 January had been
    marred"): the act is of that day."""
    if language not in (None, "en"):
        return False
    if (of := _THING_OF_BEFORE.search(sentence[: mention.start])) is not None:
        if of.group(1).lower() not in _DATED_THINGS:
            return False  # "... said that the election of 27 January had been marred": the thing, then its date after "of"
    elif not _THE_BEFORE.search(sentence[: mention.start]):
        return False
    else:
        after = [w.strip(".,;:").lower() for w in sentence[mention.end:].split(None, 2)[:2]]
        if not (after and (after[0] in _DATED_THINGS or len(after) == 2 and after[0].isalpha() and after[1] in _DATED_THINGS)):
            return False  # one adjective may stand between: "the 18 March provincial elections"
    return any(c.kind == "relative" and not c.bound and not c.since and not c.forward  # "On Saturday", "yesterday evening"
               and (c.weekday >= 0 or (c.days < 0 and not c.period and not c.months and not c.years))
               for c in read_cues(sentence[: mention.start], language or "en"))


# A year named as the year of a thing ("under the 1933 concession", "invoked the 1965 defence agreement", "the partial
# test ban treaty of 1963") or as the start of a course ("the Greek troops sent to the island since 1964", "since
# independence in 1960"), in a sentence that tells its own act on a day counted from the writing or the story ("called
# on Kazemi yesterday", "flew to Dakar the next day", "was freed on Sunday afternoon"): the year is the thing's, the
# sentence's act is of that day (backdrop_year_openers, backdrop_year_determiners in en.yaml).
_BACKDROP_SINCE = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("backdrop_year_openers") or []).replace(r"\ ", r"\s+") or "(?!)") + r")\s+$", re.IGNORECASE)
_BACKDROP_OWNER = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("backdrop_year_determiners") or []) or "(?!)") + r")\s+$", re.IGNORECASE)
_BACKDROP_OF = compile_opening(r"(?<![\w-])[A-Za-z][a-z]{3,}s?\s+of\s+$")  # "the treaty of | 1963", "the constitution of | 1968"
_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]{3,}\b")  # "| concession", "| defence agreement"
_YEAR_ONLY = re.compile(r"^\d{4}$")
# A year inside an aside that a relative word opens after a comma and a comma closes ("Ahmed Abdallah, whom Soilih had
# ousted in 1975, flew in from Paris on Sunday"): the aside's time, not the main clause's (relative_clause_openers).
_ASIDE_OPENED = compile_opening(r",\s*(?:" + (alternation(w for w in lexicon("en").get("relative_clause_openers") or []) or "(?!)")
                                + r"|whom)\b[^,;:()]*\bin\s+$", re.IGNORECASE)
_ASIDE_CLOSED = re.compile(r"\s*,")


def backdrop_year(sentence: str, mention: DateMention, language: str | None, counted_day: bool = False) -> bool:
    """A bare year that names a thing or the start of a course in a sentence whose own act is told on a day of its own:
    a day counted back from the writing or a day of the week anywhere in it, or (``counted_day``) a day counted from the
    story ("the next day")."""
    if language not in (None, "en") or mention.precision != "year" or not _YEAR_ONLY.match(mention.text.strip()):
        return False
    before = sentence[: mention.start]
    if not (_BACKDROP_SINCE.search(before) or _BACKDROP_OF.search(before)
            or (_BACKDROP_OWNER.search(before) and _NOUN_AFTER.match(sentence, mention.end))
            or (_ASIDE_OPENED.search(before) and _ASIDE_CLOSED.match(sentence, mention.end))):
        return False
    rest = sentence[: mention.start] + " " * (mention.end - mention.start) + sentence[mention.end:]
    return counted_day or any(c.kind == "relative" and not c.bound and not c.since and not c.forward
                              and (c.weekday >= 0 or (c.days <= 0 and not c.period and not c.months and not c.years))
                              for c in read_cues(rest, language or "en"))


def is_unreal(sentence: str, mention: DateMention, language: str | None) -> bool:
    """A sentence whose main verb is a modal or a future ("It would be good if he could come tomorrow, October 20",
    "In 1956 we will not pay ..."): a wish, a plan or a condition, no happening on its date."""
    if language not in (None, "en"):
        return False
    if (known := _READER_KNOWS.match(sentence)) is not None and known.end() <= mention.start:
        sentence, mention = sentence[known.end():], replace(mention, start=mention.start - known.end(), end=mention.end - known.end())
        # "You will know that the violence which broke out ... on the night of 24th to 25th July": no plan, what happened
    words = [w.lower() for w in re.findall(r"[A-Za-z'’]+", sentence[: mention.start] + " " + sentence[mention.end:])][:6]
    pairs = list(itertools.pairwise([*words, ""]))[:5]  # the first five words, each with the word after it
    return any(w in _MODAL and not (w in _INFERRED_PAST and after == "have") for w, after in pairs)


_READER_KNOWS = compile_opening(r"^\W*(?:(?:" + (alternation(lexicon("en").get("reader_knows_openers") or []) or "(?!)").replace(r"\ ", r"\s+")
                                + r")\b[\s,]*(?:that\b)?|(?-i:(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){1,4})will\s+(?:"
                                + (alternation(lexicon("en").get("future_reminders") or []) or "(?!)") + r")\s+that\b)", re.IGNORECASE)
# ... or the body a report is addressed to ("The Security Council will recall that on 30 August I informed its President")


# "The decision must have been made between ... 28 October and ... 31 October": a modal of inference before a perfect
# tells what the writer infers happened (inferred_past_modals in en.yaml), no wish or condition.
_INFERRED_PAST = frozenset(w.lower() for w in lexicon("en").get("inferred_past_modals") or [])


# The day of an act only wanted or proposed, in the same clause as the wish: "I wanted to make a suggestion to fly to
# Belgrade on 25 September".
_WISHED_DAY = compile_opening(r"\b(?:" + alternation(lexicon("en").get("wished_acts") or []) + r")\s+[^,;:.]{0,80}$", re.IGNORECASE)


def is_wished(sentence: str, mention: DateMention, language: str | None) -> bool:
    """A day the sentence names for an act its subject only wanted, intended or proposed ("I felt ... that I wanted to
    make a suggestion to fly to Belgrade on 25 September"): no happening on it, told as past or to come."""
    return language in (None, "en") and bool(_WISHED_DAY.search(sentence[: mention.start]))


# The participle that names the day a thing was set for, right before the day (ru.yaml scheduled_participles).
_SCHEDULED = compile_opening(r"(?<!\w)(?:" + (alternation(w for lang in ("en", "ru") for w in lexicon(lang).get("scheduled_participles") or [])
                                              or "(?!)").replace(r"\ ", r"\s+") + r")\s*$", re.IGNORECASE)


# The word before a day to come that makes it the day a thing is set for ("has called a mass march in Tehran for 19
# January", "has announced another for 6 July": en.yaml appointed_day_words).
_APPOINTED_FOR = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("appointed_day_words") or []) or "(?!)") + r")\s+(?:the\s+)?$",
                                 re.IGNORECASE)


_PERFECT_BEFORE = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("present_perfect") or []) or "(?!)") + r")\s+\w")


def scheduled_day(sentence: str, mention: DateMention) -> bool:
    """A day right after a participle of setting ("назначенный на 18 января"): the day a thing was set for, a plan's."""
    return bool(_SCHEDULED.search(sentence, max(0, mention.start - 40), mention.start))


def is_ahead(sentence: str, mention: DateMention, scope: Scope, context: Context, language: str | None, later_note: bool = False) -> bool:
    """A date after the day the text speaks from that names a thing to come or a plan ("同我就三月一日会议交换意见":
    the conference of 1 March, in a record of 5 February; "the departure ... was set for 26 September"): no
    happening on it. The sentence is read by its verbs instead: the saying that tells of the plan happened on the
    day, a plan decided has no date yet. In a record, a handling line dated after the meeting ("Printed ... 27
    November") and the text moving to a later day are happenings, so there only a named thing or a plan's own date is
    read so; a cable or letter speaks from its own date, and all its later days but its stamps' are to come, but not
    those of the editor's note printed under it (``later_note``: "¹ ... flown to Dublin on 17 November"), written after."""
    if scheduled_day(sentence, mention):
        return True  # "референдум в Тунисе, назначенный на 18 января, накануне был отложен": the day it was set for
    if scope.precision != "day":
        return False
    now = max((d for d in (scope.day, context.letter_date) if d is not None), default=None)
    if context.letter_date is not None and mention.start_date > context.letter_date \
            and _APPOINTED_FOR.search(sentence, max(0, mention.start - 12), mention.start) and _PERFECT_BEFORE.search(sentence, 0, mention.start):
        return True  # "The Tudeh Party ... has announced another for 6 July", in a summary of 29 June: the day the next
        # demonstration is set for, a plan's; the announcing, told in the present perfect, was done by the writing (not
        # a story told in the past, which goes on to that day: "The clandestine Junta Patriótica called a general strike
        # for 21 January. Newspapers stopped appearing that morning")
    if now is not None and mention.start_date > now and _ahead_in_clause(sentence, mention):
        return True  # "The MPRS is to convene in special session on 7 March", "Вылет делегации намечен на 31 января",
        # "will leave Beijing for Pyongyang on the 9th": a day to come a plan or a future sets, in any kind of text
    if now is not None and mention.start_date > now and not later_note and _by_deadline(sentence, mention, language):
        return True  # "дэканам да 15 мая прадставіць новыя расклады" in an order of 12 May, "1 наурызға дейін ... хабарлауды
        # сұрау" in a report of 22 February: a day to come named as the deadline of an act, the act not done yet
    if now is not None and mention.start_date > now and not (context.is_record or context.is_message) and not later_note \
            and _plan_word_of(sentence, mention, language):
        return True  # "国王将于四月出访西部地区" in an embassy's report of 28 February, "we shall send a delegation in
        # November" in a letter: a plan's word before a day to come, in a text that is no record or cable as well
    if now is not None and mention.start_date > now and not context.is_record and not later_note \
            and language is not None and language == reading_language() and not _EDITORS_MARK.match(sentence) \
            and (len(sentence.split()) > _HANDLING_LINE_WORDS or _named_day_weeks_ahead(mention, now)) \
            and not (_HANDLED.search(sentence) or STAMP.search(sentence)):
        return True  # "Menteri ... akan memberikan keterangan pers besok pagi, Kamis 26 Februari 1976", in a release of 25
        # February; "... της Δευτέρας 28ης Μαΐου" in an order of the 26th: a day after the writing, in a language whose
        # words of plan and tense no file lists, is a day to come
    if not (context.is_record or context.is_message):
        return False
    if now is not None and mention.start_date < mention.end_date and mention.end_date >= now and any(
        c.kind == "planned" and c.end <= mention.start and len(sentence[c.end: mention.start].strip()) <= 2
        for c in read_cues(sentence, language)
    ):
        return True  # "拟于本月上旬离京" in a cable of 6 November: a plan for days not all past yet, no happening
    if now is None or mention.start_date <= now:
        return False
    if names_a_thing(sentence, mention) or _OCCASION_OF.search(sentence[: mention.start]):
        return True
    if context.is_message and not context.is_record and not later_note and not (_HANDLED.search(sentence) or STAMP.search(sentence)):
        return True  # a cable's order for a later day ("调一个高射炮团于十月十四日从上海开动" in a cable of 11 October): not yet done
    if context.is_record and not (_HANDLED.search(sentence) or STAMP.search(sentence)) and mention.start_date > (scope.last or now) \
            and not _stamped_in_figures(sentence, mention, now, language):
        before = sentence[: mention.start]
        if not (OPENS_WITH_DAY.search(before) or TOOK_PLACE.search(before) or _HELD.search(before)):
            return True  # "A change in the Hungarian position, beginning with the emigration ... from September 11, should
            # not be expected" in the minutes of 5 September: a day to come, which the text does not move to
    return _plan_word_of(sentence, mention, language)


# A handling line's words at most ("Recebido na Delegação em 17.3.71.", "Dada cópia ao QG/RMM em 18.3.71.", "Recibido en
# la Secretaría el 14 de septiembre de 1973 por valija."): a receipt or a copy made after the writing, done, no plan.
_HANDLING_LINE_WORDS = 12
# A short sentence's day with its month's name, more than this many days after the writing, is a plan's all the same
# ("Naslednja seja senata bo 10. januarja 1972." in minutes of 6 December 1971; "Läänemaa praostkonna sinod peetakse 6.
# novembril Haapsalus" in a letter of 18 October): a receipt or a copy is stamped within days, in figures as a rule.
_HANDLING_DAYS = 7


@cache
def _deadline_words(language: str | None) -> tuple[re.Pattern | None, re.Pattern | None] | None:
    """The words of "until", "by" of a language with no file, as its supplement lists them: the preposition before a
    date (``deadline_openers``: Belarusian "да") and the postposition after it (``deadline_closers``: Kazakh "дейін",
    Basque "arte")."""
    lex = lexicon(language) if language else {}
    if not lex.get("borrowed"):
        return None
    openers, closers = lex.get("deadline_openers") or [], lex.get("deadline_closers") or []
    if not (openers or closers):
        return None
    return (re.compile(r"(?<!\w)(?:" + alternation(openers) + r")\s+$", re.IGNORECASE) if openers else None,
            re.compile(r"\s+(?:" + alternation(closers) + r")(?!\w)", re.IGNORECASE) if closers else None)


def _by_deadline(sentence: str, mention: DateMention, language: str | None) -> bool:
    """The date of a language with no file is named as a deadline, its supplement's word of "until" just before it
    ("да 15 мая") or just after it ("1 наурызға дейін")."""
    words = _deadline_words(language)
    if words is None:
        return False
    before, after = words
    return bool(before is not None and before.search(sentence, max(0, mention.start - 20), mention.start)
                or after is not None and after.match(sentence, mention.end))


def _stamped_in_figures(sentence: str, mention: DateMention, now: date, language: str | None) -> bool:
    """A handling line of a language whose handling words no file lists: a short line, its day in figures alone and
    within ``_HANDLING_DAYS`` of the writing ("Prejeto 7.12.1971." under minutes of 6 December): a receipt or a copy,
    done."""
    return language is not None and language == reading_language() and bool(lexicon(language).get("borrowed")) \
        and len(sentence.split()) <= _HANDLING_LINE_WORDS and not any(c.isalpha() for c in mention.text) \
        and (mention.start_date - now).days <= _HANDLING_DAYS


def _named_day_weeks_ahead(mention: DateMention, now: date) -> bool:
    """The day is written with its month's name, not in figures alone, and falls more than ``_HANDLING_DAYS`` after
    ``now``."""
    return any(c.isalpha() for c in mention.text) and (mention.start_date - now).days > _HANDLING_DAYS
# An editor's note under the text, its call mark first ("¹ Vapaakauppasopimus ... allekirjoitettiin Brysselissä
# 5.10.1973. – Toim."): written later, its days no plan of the text's.
_EDITORS_MARK = re.compile(r"^\s*[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020]")


def _plan_word_of(sentence: str, mention: DateMention, language: str | None) -> bool:
    """A plan's word before the day ("will leave on the 9th"), or after it in a language whose verb ends its sentence
    (ko.yaml verb_final: "내 20일 오후 국방부 측과도 면담할 예정임": will meet on the 20th)."""
    after = bool(lexicon(language or "en").get("verb_final"))
    cues = read_cues(sentence, language)
    if any(c.kind == "planned" and (c.end <= mention.start or after and c.start >= mention.end) for c in cues):
        return True
    # the day put first and the future's verb after it in the same clause, no act done or said in the sentence ("A partir
    # del lunes 16 de abril los bodegueros sólo despacharán los productos ...", "On 16 April the shops will sell ..."): a
    # notice's day to come
    return not any(c.kind in ("past", "speech") for c in cues) and any(
        c.kind == "planned" and c.start >= mention.end and not _CLAUSE_BREAK.search(sentence, mention.end, c.start) for c in cues)


def _ahead_in_clause(sentence: str, mention: DateMention) -> bool:
    """A plan's or a future's word in the clause of the day, with no act done between them ("he will meet with me
    afterwards. [...] This meeting took place on 5 March": the day is the meeting's, held)."""
    opens = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, mention.start)), default=0)
    words_ = sorted([*AHEAD_WORDS.finditer(sentence, opens, mention.start), *_AHEAD_MODALS.finditer(sentence, opens, mention.start),
                     *_AHEAD_INFINITIVE.finditer(sentence, opens, mention.start)], key=lambda m: m.end())
    if words_ and _JOINED_DAY.search(sentence, words_[-1].end(), mention.start) is not None:
        after = sentence[mention.end: (m.start() if (m := _CLAUSE_BREAK.search(sentence, mention.end)) else len(sentence))]
        if not (AHEAD_WORDS.search(after) or _AHEAD_MODALS.search(after)):
            return False  # "King Hassan II agreed to send 1,500 soldiers, and from 9 to 12 April French aircraft flew them
            # to Kolwezi": a clause of its own joined after the plan, opened by its day, its verb no plan's
    return bool(words_) and not _HELD.search(sentence, words_[-1].end(), mention.start)


_CLAUSE_BREAK = compile_opening(r"[;:!?…\]]|\.\s")
# A clause joined after a comma that opens with its own day ("..., and from 9 to 12 April French aircraft flew them"):
# en.yaml joined_day_openers, the joiner and the words of time before the date.
_JOINED_DAY = compile_opening(r",\s+(?:" + (alternation(lexicon("en").get("joined_day_joiners") or []) or "(?!)")
                              + r")\s+(?:(?:" + (alternation(lexicon("en").get("joined_day_openers") or []) or "(?!)")
                              + r")\s+)?(?:the\s+)?$", re.IGNORECASE)
# "have threatened to strike again in April": a verb of promise or plan and the act it commits to, a "to" and its verb.
_AHEAD_INFINITIVE = compile_opening(
    r"(?<!\w)(?:" + alternation(lexicon("en").get("ahead_infinitive_verbs") or []) + r")\s+to\s+[a-z]+(?!\w)", re.IGNORECASE)
_AHEAD_MODALS = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("ahead_modals") or []) + r")(?!\w)", re.IGNORECASE)


# "The conference was held on July 11, from 3 to 9 p.m. and on July 12 ...": the days a happening took place on.
_HELD = compile_opening(r"\b(?:took\s+place|was\s+held|were\s+held|began|opened|met|lasted|continued)\b", re.IGNORECASE)
_HANDLED = compile_opening(r"\b(?:" + "|".join(HANDLING_VERBS) + r")\b|" + event_words("handled"), re.IGNORECASE)  # "18:45 Received 17.7 20:50": a stamp
_OCCASION_OF = compile_opening(r"\b(?:conference|meeting|session|talks|visit|congress|plenum|summit|departure|arrival)s?\s+(?:of|on|for|set\s+for)\s+$", re.IGNORECASE)


# A diary's or record's opening phrase of place or occasion before the writer ("At a reception at the Czechoslovak embassy I had").
_OCCASION = r"(?:At|On|During|In\s+the\s+course\s+of)\s+[^,.;:]{3,60}?,?\s+"
_WRITER_SUBJECT = compile_opening(r"(?:^|^" + _OCCASION + r"|[,;(]\s*|\b(?i:when|after|before|as|then|and|that)\s+)(?:I|[Ww]e)\s+(?!(?:all|both)\b)[a-z]")
_TO_WHOM = compile_opening(r"\b(?:to|with|told|asked|informed|invited|thanked)\s+(?:(?:com|comrade|cde|mr)\.?\s+)?$", re.IGNORECASE)
_OPENS_WITH_WRITER = compile_opening(r"\W*(?:\d+\.\s*)?(?:" + _OCCASION + r")?(?:I|[Ww]e)\s+(?!(?:all|both)\b)[a-z]")
# The writer's verb right before a person, its object: "I visited Fidel Castro", "we received Ambassador Zimyanin".
_WRITER_VERB_BEFORE = compile_opening(r"\b(?:I|[Ww]e)\s+(?:also\s+|then\s+)?[a-z]+(?:ed|ted|ght|ent|et|ook|ave|ew)\s+(?:(?i:com|comrade|cde|mr|ambassador|president|premier)\.?\s+)?$")
_OPENS_WITH_WE = compile_opening(r"\W*(?:\d+\.\s*)?(?:We|\[We\])\b(?!\s+(?:all|both)\b)")
# The writer's passive with its agent ("On 12 March I was received by Captain X, President of ..., at the Presidency",
# "we were informed by the Foreign Minister"): the one it names after "by" is a party to the act beside the writer.
_WRITER_PASSIVE = compile_opening(r"\b(?:I|[Ww]e)\s+(?:was|were|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:\s*,[^,.;]{0,40},)?"
                                  r"(?:\s+[^,.;]{0,30}?)?\s+by\s+(?=(?:the\s+)?[A-Z])")
# "We in India have followed ...": a writer's "we" that names the state it stands for.
_WE_IN = compile_opening(r"\b[Ww]e\s+in\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def we_in_state(text: str) -> str | None:
    """The state a "we in ..." names ("We in India have followed"), None when the words after it are no state."""
    for m in _WE_IN.finditer(text):
        found = lookup(m["state"])
        if found is not None and found.is_state:
            return found.name
    return None


_WRITER_OBJECT = compile_opening(r"\b(?:(?<!seems )(?<!appears )to|with|told|asked|informed|invited|gave|sent|wrote|received)\s+(?:me|us)\b")


# "the Soviet statement of October 30", "the Chinese government's note dated 3 July": a state's act named by a noun and dated.
_NOMINAL_ACT = compile_opening(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<state>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+(?:government['’]s\s+|side['’]s\s+)?(?:"
    + "|".join(re.escape(w) for w in lexicon("en").get("nominal_acts") or []) + r")\s+(?:of|dated|from)\s+(?:the\s+)?$"
)


_STATE_ADJECTIVES = lexicon("en").get("state_adjectives") or {}


def state_government(adjective: str) -> str | None:
    """The government a state's adjective names ("Soviet": the gazetteer's Government of the USSR; "Chinese": the Chinese
    government, kept as a name), or None for a word that names no state."""
    if (known := lookup(f"{adjective} government")) is not None:
        return known.name
    return f"{adjective} government" if adjective in _STATE_ADJECTIVES else None


_TREATY = alternation(lexicon("en").get("treaty_nouns") or [])
_PACT_AFTER = compile_opening(r"\s+(?:" + _TREATY + r")\b")  # "the August (1955) | agreement"
_THE_BEFORE_DATE = compile_opening(r"\b[Tt]he\s+$")
_PACT_BEFORE = compile_opening(r"\b[Tt]he\s+(?:" + _TREATY + r")\s+(?:of|dated|signed\s+on)\s+$")  # "the treaty of | 14 February 1950"


def names_a_pact(sentence: str, mention: DateMention) -> bool:
    """The date is where a pact is named, with no party between ("the August (1955) agreement", "the treaty of 14
    February 1950"; not "the Sino-Soviet treaty of 1950", which names its parties): the date is the pact's."""
    before = sentence[: mention.start]
    return bool((_THE_BEFORE_DATE.search(before) and _PACT_AFTER.match(sentence, mention.end)) or _PACT_BEFORE.search(before))


def _first_verb(window: str) -> Cue | None:
    return next((c for c in read_cues(window, "en") if c.kind in ("past", "speech", "performative", "ongoing")), None)


_BE_PAST = frozenset(w.lower() for lang in ("en", "ru") for w in lexicon(lang).get("past_auxiliaries") or [])


def _group_subject(window: str, mention: DateMention, language: str | None) -> list[str]:
    """The group noun phrase before an active verb that no name precedes ("(On 21 August) Polish troops entered
    Czechoslovakia", "Польские войска 21 августа вошли в Чехословакию"): the clause's subject, the one who acted; the
    state named after the verb is what the act was done to. A passive's subject ("were arrested by ...") underwent it."""
    language = language or ("ru" if _CYRILLIC.search(window) else "en")
    verb = next((c for c in read_cues(window, language) if c.kind == "past" or (c.kind == "speech" and c.start > mention.end)), None)
    if verb is None or window[verb.start: verb.end].split()[0].lower() in _BE_PAST:  # "In mid-June the Western powers announced"
        return []
    start = verb.start - len(prefix[0]) if (prefix := _VERB_PREFIX.search(window, 0, verb.start)) else verb.start  # "tanks re-entered"
    if any(m.entity.is_actor and m.start < verb.start for m in find_mentions(window)):  # a name before the verb: only a group
        led = led_group(window[mention.end: start] if mention.end <= verb.start else window[: start]) if language == "en" else None
        return [led] if led else []  # led by it ("troops loyal to General Amin seized") is the subject, with him
    if mention.end <= verb.start:  # the date before the verb: the subject after it ("On 21 August Polish troops"), or before it
        return subject_group(window[mention.end: start], language) or subject_group(window[: mention.start], language)
    return subject_group(window[: start], language) if verb.end <= mention.start else []


# A group with the one at its head ("the delegation headed by Deputy Premier Jedrychowski", "led by Marshal Chen Yi"):
# the leader acted with it (heading_by).
_HEADED_BY = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("heading_by") or []) + r")\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z]\.(?=\s+[A-Z])|[A-Z][\w'’-]+)){0,5})"
)
_TITLE_WORDS = frozenset(w.lower() for t in (lexicon("en").get("titles") or []) + (lexicon("en").get("title_modifiers") or []) for w in t.split())
_VERB_PREFIX = compile_opening(r"\b\w+-$")  # the prefix a hyphen joins to the verb ("re-entered"): no part of the subject


_SAID_THAT = compile_opening(r"\b(?:said|says|stated|states|declared|declares|announced|announces|noted|notes|reported|reports|claimed|claims|stressed|stresses)\s+that\b")


_RU_FRAMED = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("ru").get("request_frames") or []) + r")\s+(?P<party>[^,;.()]{3,60})", re.IGNORECASE)
_WRITER_PAST_END = tuple(lexicon("ru").get("writer_past_endings") or ())
_CLOCK_WORDS = frozenset(lexicon("ru").get("clock_words") or ())
_RU_TITLES = frozenset(t.lower() for t in lexicon("ru").get("titles") or [])


def writer_past(clause: str) -> bool:
    """A Russian diary's clause that opens with a past verb of no subject, after its time: the writer's own act."""
    for word in re.finditer(r"\w+", clause):
        text = word[0]
        if text.isdigit() or text.lower() in _CLOCK_WORDS:
            continue
        verb = any(c.kind in ("past", "speech") and c.start == word.start() for c in read_cues(clause, "ru"))  # "Передал ..."
        return (verb and text.lower().endswith(_WRITER_PAST_END)
                and text.lower() not in _RU_TITLES and not find_mentions(text))
    return False


# A relative clause the date ends, with no clause break between ("..., which Comrade Simunek raised with Kosygin in March").
# "..., which Comrade Simunek raised with Comrade Kosygin in March", "..., as the Soviet Union had done on the 16th": a
# clause after a comma whose own names did the act its date dates (en.yaml dated_clause_openers)
_RELATIVE_CLAUSE = compile_opening(r",\s*(?:" + (alternation(lexicon("en").get("dated_clause_openers") or []) or "which|whom")
                                   + r")\s+(?=[^,;:]*$)", re.IGNORECASE)
# A relative clause on a person (en/ru person_clause_openers: "who", "который"), the date inside it: the clause's act.
_PERSON_CLAUSE = compile_opening(r",\s*(?:" + (alternation([w for lang in ("en", "ru") for w in lexicon(lang).get("person_clause_openers") or []]) or "(?!)")
                                 + r")\s+(?=[^,;:]*$)", re.IGNORECASE)
_ANTECEDENT_GAP = 24  # characters between the name and the comma: "President Keita and his delegation, who ..."
_CLAUSE_BREAK_BEFORE_DATE = re.compile(r"[,;]\s*(?:\w+\s+){0,3}$")


def _clause_end(window: str, after: int, later: int) -> int:
    """Where the clause of a date ends before the next date the sentence writes: at the comma or semicolon that opens the
    next date's clause (", and on 24 June"), else at that date."""
    cut = _CLAUSE_BREAK_BEFORE_DATE.search(window, after, later)
    if cut:
        return cut.start()
    joints = [*_JOINED_CLAUSE.finditer(window, after, later)]  # "On 15 July marines landed at Beirut, and paratroops were
    if joints and _has_clause_verb(window[joints[-1].end(): later], None):  # flown into Amman on 17 July": the next
        return joints[-1].start()  # date's clause, by its own subject
    return later


_JOINED_CLAUSE = re.compile(r"[,;]\s+(?:and|but)\s+", re.IGNORECASE)
# The date opening the joined clause, its verb after it: "..., and on 6 October Peng Dehuai announced a suspension".
# A participle set off by commas ("four boats, manned by Albanian crews, were seized"): who it names does not act.
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]{3,}\s+by\s+[^,;]+,")
_SEMICOLON = re.compile(r";\s+")  # "...would abandon the city; on 2 August he received the three Western ambassadors"
_DATE_OPENS = re.compile(r"(?:on|in|by|at|from)?\s*(?:the\s+)?", re.IGNORECASE)


def _has_verb(clause: str, language: str | None) -> bool:
    return any(c.kind in ("past", "speech") for c in read_cues(clause, language or "en"))


# A passive of an irregular participle ("British paratroops were flown into Amman"): a verb of the clause's own, as
# a past is (agent_auxiliaries, irregular_participles in en.yaml).
_IRREGULAR_PASSIVE = compile_opening(
    r"(?<![\w-])(?i:" + alternation(lexicon("en").get("agent_auxiliaries") or []) + r")\s+(?:[a-z]+ly\s+)?(?:"
    + alternation(lexicon("en").get("irregular_participles") or []) + r")(?![\w-])"
)


def _has_clause_verb(clause: str, language: str | None) -> bool:
    """A clause with a verb of its own: a past, a saying, or (in English) an irregular passive."""
    return _has_verb(clause, language) or (language in (None, "en") and _IRREGULAR_PASSIVE.search(clause) is not None)


def _untitled(group: str) -> str:
    """A person named with the titles before the name ("Deputy Premier Mieczysław Jagielski"): the name; a group stays."""
    words_ = group.split()
    while len(words_) > 2 and words_[0].lower() in _TITLE_WORDS and all(w[:1].isupper() for w in words_[1:]):
        words_ = words_[1:]
    return " ".join(words_)


# A day of the week with its comma before the date ("Since Monday, 8 August, the general strike has paralysed Rangoon"):
# part of the date the since word opens.
_WEEKDAY_COMMA = r"(?:(?:" + alternation(lexicon("en").get("weekdays") or {}) + r"),\s+)?"
_SINCE_BEFORE = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("since_openers") or []) + r")\s+(?:[^\s,;:.]+\s+){0,6}" + _WEEKDAY_COMMA + "$", re.IGNORECASE
)
# The since word opening a clause of its own with the date at its end ("has consolidated its hold since the army and
# police overthrew the regime in the early hours of February 24"): the perfect before it runs from that date.
_SINCE_CLAUSE = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("since_openers") or []) + r")\s+(?:[^\s,;:.]+\s+){0,18}$", re.IGNORECASE
)
# A month named alone with the since word as its opener ("since March", "since the middle of September":
# month_alone_openers): the word is inside the date's text.
_SINCE_OPENS = compile_opening(r"^(?:" + alternation(lexicon("en").get("since_openers") or []) + r")\b", re.IGNORECASE)
# The since word right before the date ("since September 15", "since the autumn of 1946"), nothing but the article
# between: the date names the course's first day.
_SINCE_JUST = compile_opening(r"\b(?:" + alternation(lexicon("en").get("since_openers") or []) + r")\s+(?:the\s+)?" + _WEEKDAY_COMMA + "$",
                              re.IGNORECASE)
# "八月以来": the word after a Chinese date (zh.yaml since_after).
_SINCE_AFTER = compile_opening(r"\s*(?:" + alternation(lexicon("zh").get("since_after") or ["(?!)"]) + r")") \
    if lexicon("zh").get("since_after") else None
_CLAUSE_END_ZH = compile_opening(r"[\uff0c\uff1b\u3002]")
# "自十月三十一日晚起连续轰炸", "自二月起先后举行了四次会议": a date between a since word before it and its closer after it
# (zh.yaml since_enclosing), a time of the day between; not a span with an end of its own ("自一日起至五日止").
_ZH_SINCE = lexicon("zh").get("since_enclosing") or {}
_SINCE_ENCLOSED_OPENS = compile_opening(r"(?:" + alternation(_ZH_SINCE.get("openers") or ["(?!)"]) + r")\s*$")
_SINCE_ENCLOSED_CLOSES = compile_opening(
    r"\s*(?:" + alternation(lexicon("zh").get("day_part_openers") or ["(?!)"]) + r")?\s*(?:" + alternation(_ZH_SINCE.get("closers") or ["(?!)"])
    + r")(?!" + alternation(_ZH_SINCE.get("not_before") or ["(?!)"]) + r")")
_SINCE_RU = alternation(lexicon("ru").get("since_openers") or ["(?!)"])  # ru.yaml since_openers, shared by the readers below
# "бомбардировки, продолжающиеся с 18 декабря": a day after "с" that a word of lasting comes right before (ru.yaml
# since_lasting_words), not the first day of a span ("с 5 по 10 мая").
_SINCE_LASTING_RU = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("ru").get("since_lasting_words") or ["(?!)"])
                                    + r")\w*(?:\s+[^\s,;:.()]+){0,3}?\s+(?:" + _SINCE_RU + r")\s+$", re.IGNORECASE)  # up to three words between ("находящиеся в Сан-Хосе с 16 июня")
_SPAN_CLOSES_RU = compile_opening(r"\s*(?:" + alternation(lexicon("ru").get("since_span_closers") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE)


_SINCE_ENCLOSED_LASTING = compile_opening(alternation(_ZH_SINCE.get("lasting") or ["(?!)"]))
_SINCE_ENCLOSED_AFTER_PERFECT = since_after_perfect("zh")


def _since_enclosed(text: str, mention: DateMention) -> re.Match | None:
    """The closer of a Chinese date a since word opens and closes ("自十月三十一日晚起"), where it stands, when its
    clause tells a course by a word of lasting or of acts over and again ("连续轰炸", "先后举行了四次会议"); not an act
    begun that day ("从十二月一日起后撤": the withdrawal's first day)."""
    if not _SINCE_ENCLOSED_OPENS.search(text, max(0, mention.start - 3), mention.start) \
            or (closes := _SINCE_ENCLOSED_CLOSES.match(text, mention.end)) is None:
        return None
    if _SINCE_ENCLOSED_AFTER_PERFECT.search(text, max(0, mention.start - 5), mention.start):
        return closes  # "边境口岸已自十月三日起恢复通行": a perfect mark before the since word tells the course
    end = _CLAUSE_END_ZH.search(text, closes.end())
    return closes if _SINCE_ENCLOSED_LASTING.search(text, closes.end(), end.start() if end else len(text)) else None


def since_lasting_ru(s: Sentence, mention: DateMention) -> bool:
    """A Russian day after "с" that a word of lasting comes right before ("продолжающиеся с 18 декабря", "длится с 3
    мая"): the first day of a course that runs on, not a span's first day."""
    if mention.precision not in ("day", "minute") or mention.start_date != mention.end_date or _SPAN_CLOSES_RU.match(s.text, mention.end):
        return False
    if _SINCE_LASTING_RU.search(s.text, max(0, mention.start - 40), mention.start):
        return True
    # "С 25 июля в Коломбо ... действует комендантский час": the since word right before the day and the word of
    # lasting after it, in the same clause, no other day between
    if not (_SINCE_JUST_RU.search(s.text, max(0, mention.start - 12), mention.start) or _SINCE_JUST_RU_IN.match(mention.text)):
        return False
    end = _CLAUSE_END_RU.search(s.text, mention.end)
    stop = end.start() if end else len(s.text)
    return bool(_LASTING_AFTER_RU.search(s.text, mention.end, stop)) and not any(mention.end <= d.start < stop for d in s.dates if d is not mention)


_SINCE_JUST_RU = compile_opening(r"(?<!\w)(?:" + _SINCE_RU + r")\s+$", re.IGNORECASE)
_SINCE_JUST_RU_IN = compile_opening(r"(?:" + _SINCE_RU + r")\s", re.IGNORECASE)
# A present of a state in force after the day ("С 25 июля ... действует комендантский час": ru.yaml since_lasting_after).
_LASTING_AFTER_RU = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("ru").get("since_lasting_after") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE)
_CLAUSE_END_RU = compile_opening(r"[;.!?]")  # the clause the lasting word must stand in: up to the sentence's end or a semicolon
# A month's part opened by a Russian since word ("С начала ноября", "с середины мая": ru.yaml since_openers), the words
# inside the date's text.
_SINCE_OPENS_RU = compile_opening(r"^(?:" + _SINCE_RU + r")(?!\w)", re.IGNORECASE)
# A present perfect that tells a state or a course that lasts ("has eroded steadily", "have staged", "have held"): since
# a date, up to the day the text is written ("has now lasted", "has had no water"). Its participle regular or one of
# irregular_participles or lasting_participles. (The pluperfect
# of reported speech is read apart: _LASTING_PLUPERFECT.)
_PERFECT_PARTICIPLE = (  # what follows the auxiliary in both: an adverb or "been", then the participle
    r"\s+(?:\w+ly\s+|been\s+|not\s+|also\s+|already\s+|now\s+|still\s+)?(?:\w+(?:ed|en|wn|ne|ght)|"
    + alternation((lexicon("en").get("irregular_participles") or []) + (lexicon("en").get("lasting_participles") or []))
    + r")\b"
)
_LASTING_PERFECT = compile_opening(r"\b(?:has|have)" + _PERFECT_PARTICIPLE, re.IGNORECASE)
# The same course told in the pluperfect, as a report or a conversation retells it ("Castro said that some 3,000 men had
# returned to Cuba since the end of May", "the party had warned of this danger since 1963"): read only with the since
# word right before the date or inside its text, which then names nothing but the course's first day; the course runs
# to the day the text (or the talk it records) speaks from. Not with a thing the since word dates ("had been closed since
# the break-up of the Federation in August 1960"), nor a passive ("complained that deliveries had been delayed since
# April"): a state as the speaker found it, told with his saying, no course of its own.
_LASTING_PLUPERFECT = compile_opening(r"\b(?:has|have|had)" + _PERFECT_PARTICIPLE, re.IGNORECASE)


# A second predicate of the sentence's subject after the since phrase ("... since at least March and was to have been
# carried out on April 19"): the date after it is that predicate's, not the since clause's.
_SECOND_PREDICATE = compile_opening(r"\b(?:and|but)\s+(?:was|were|is|are|has|have|had|will|would)\b")
_PLUPERFECT = compile_opening(r"had\b", re.IGNORECASE)
_DONE_BY = compile_opening(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)  # "had already reached ... by 17 October": a bound
_INFINITIVE = compile_opening(r"\bto\s+[a-z]+\b")
_ASKING_VERBS = frozenset(w.lower() for w in lexicon("en").get("deadline_asking_verbs") or [])


_BEFORE_END = compile_opening(r"before\s", re.IGNORECASE)  # a month alone after "before the end of" (month_alone_openers)


def reached_by(sentence: str, at: int) -> bool:
    """The clause before the day at ``at`` tells in the simple past what was done by that day ("Remnants of the garrison
    reached Ban Houei Sai by 9 May", "regained control of Bujumbura by 1 May"): done on or before it, an upper bound. Not
    a deadline the clause sets ("directed the Ministry to brief the posts by 23 July", "demanded the withdrawal of the
    crews by 1 May": en.yaml deadline_asking_verbs) nor a plan ("will prepare a reply by 1 October")."""
    before = sentence[:at]
    if not (by := _DONE_BY.search(before)):
        return False
    clause = re.split(r"[;:]|,\s+(?:and|but)\s+", before[: by.start()])[-1]
    if (told := [m for m in _TOLD_THAT.finditer(clause)]) and any(c.kind == "speech" for c in read_cues(clause[: told[-1].start()], "en")):
        clause = clause[told[-1].end():]  # "The Minister said that the hostages ... had all been released by 6th August":
        # the reported clause's own act, done by that day
    cues = read_cues(clause, "en")
    if not cues and (done := _HAD_DONE.search(clause)) is not None:
        return done.group("verb").lower() not in _ASKING_VERBS  # "the hostages had all been released by 6th August": a
        # perfect, what had come about by that day
    if not cues or any(c.kind != "past" for c in cues):
        return False
    last = cues[-1]
    return clause[last.start: last.end].lower().split()[-1] not in _ASKING_VERBS and not _INFINITIVE.search(clause, last.end)


_HAD_DONE = compile_opening(r"\b(?:had|has|have)\s+(?:(?:all|already|now|also|been)\s+){0,3}(?P<verb>[a-z]+ed)\s*(?:\S+\s+){0,8}$", re.IGNORECASE)
_TOLD_THAT = compile_opening(r"\bthat\s+")  # where the clause a saying reports opens
_PLUPERFECT_PASSIVE = compile_opening(r"had\s+(?:\w+ly\s+|not\s+|also\s+|already\s+)?been\s+\S", re.IGNORECASE)  # "had been
# delayed", not "had been in exile"
# Where a reported clause opens: after "that", a colon or a semicolon ("Castro said that ...: some 3,000 men had returned").
_REPORTED_OPENS = compile_opening(r"\bthat\s+|[:;]\s*", re.IGNORECASE)
_NEGATED = compile_opening(r"(?:has|have|had)\s+(?:not|never)\b", re.IGNORECASE)
_CLAUSE_BEFORE = compile_opening(r"(?:[,;:]|\b(?:but|and|yet|while|whereas))\s*$")  # where a clause opens


def _since_ru(mention: DateMention) -> bool:
    """A Russian since word opens the date's text and the date is one month's part ("с сентября", "с середины мая"),
    not a span of months it opens ("с апреля по июнь")."""
    return bool(_SINCE_OPENS_RU.match(mention.text)) and mention.start_date is not None and mention.end_date is not None \
        and (mention.start_date.year, mention.start_date.month) == (mention.end_date.year, mention.end_date.month)


# Words after a since date that tell an act on that day too (en.yaml since_day_echoes: "..., when", "on that day").
_SINCE_DAY_ECHO = compile_opening(r"\b(?:" + alternation(lexicon("en").get("since_day_echoes") or ["(?!)"]).replace(r"\ ", r"\s+")
                                  + r")\b", re.IGNORECASE)


# A passive perfect before the date ("The Canal has been closed to shipping since 6 June"): the state an act of that day
# left, the closing; not a want or a course ("has been without water", "has been besieging").
_PERFECT_PASSIVE = compile_opening(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+|not\s+|also\s+|now\s+|still\s+)?been\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b", re.IGNORECASE)


def since_day_told(s: Sentence, mention: DateMention) -> bool:
    """The day the since word opens its course with is also an act's: the sentence tells one on it after the date
    ("since 29 October, when Israeli forces crossed into Sinai"), or its passive perfect is the state that day's act
    left ("has been closed to shipping since 6 June"). The day keeps a row of its own beside the course."""
    return bool(_SINCE_DAY_ECHO.search(s.text, mention.end) or _PERFECT_PASSIVE.search(s.text, 0, mention.start))


@cache
def _since_words(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """A language's since words (its file's ``since_openers``: "seit", "depuis", "desde", "dal", "od", "sinds"), read
    right before a date ("seit 20. Jänner") and opening the clause a date ends ("Seit der Verhängung des Kriegsrechts in
    Polen am 13. Dezember hat sich ..."), and the words that close a span after the date (``since_span_closers``,
    ``range_joiners``: "od 5 do 10 maja", "desde el 3 hasta el 5": a span's first day, no course): None where the file
    lists no since word."""
    openers = lexicon(language).get("since_openers") or []
    if not openers:
        return None
    since = r"(?<![\w'’])(?:" + alternation(openers) + r")"
    closers = [*(lexicon(language).get("since_span_closers") or []), *(lexicon(language).get("range_joiners") or [])]
    # the day's week day and the part of it between the since word and the date ("منذ مساء الأربعاء 16 أيلول", "منذ يوم
    # الخميس 17 أيلول"), the date still naming when the course began, in a language that lists its words for the day
    # (since_day_words; Spanish "desde el domingo 9" asks for a request made that day, not a course)
    between = [*(lexicon(language).get("weekdays") or {}), *day_words] if (day_words := lexicon(language).get("since_day_words")) else []
    gap = (r"(?:(?:" + alternation(between) + r")\s+){0,2}") if between else ""
    return (compile_opening(since + r"\s+" + gap + r"$", re.IGNORECASE),
            compile_opening(r"(?:^|[,;:]\s*)[\"'«„“(]?" + since + r"\s+(?:[^\s,;:.()]+\s+){1,8}$", re.IGNORECASE),
            compile_opening(r"\s*(?:" + (alternation(closers) or "(?!)") + r")(?!\w)", re.IGNORECASE))


@cache
def _since_after(language: str) -> re.Pattern | None:
    """A language's since word written after the day, a postposition (``since_closers``: Hindi "से", "3 दिसम्बर से"),
    the part of the day between where written ("3 दिसम्बर की शाम से": ``since_closer_day_parts``); None where the
    language lists none."""
    closers = lexicon(language).get("since_closers") or []
    if not closers:
        return None
    parts = lexicon(language).get("since_closer_day_parts") or []
    gap = (r"(?:(?:" + alternation(parts) + r")\s+)?") if parts else ""
    return compile_opening(r",?\s+" + gap + r"(?:" + alternation(closers) + r")(?!\w)")


@cache
def _span_closer(language: str) -> re.Pattern | None:
    """The word a language writes after a span's last day (``day_span_joiners``' closers: Hindi "तक"); None where none."""
    closers = [c for c in (lexicon(language).get("day_span_joiners") or {}).values() if c]
    return compile_opening(r"\s*(?:" + alternation(closers) + r")(?!\w)") if closers else None


def _span_closed(s: Sentence, mention: DateMention, language: str) -> bool:
    """The next day after the date is closed by the language's span closer ("3 अक्टूबर से 6 दिसम्बर तक", from 3 October
    until 6 December): the since word after the date is a span's "from", no course to the day written."""
    following = next((d for d in s.dates if d.start >= mention.end), None)
    return following is not None and (closer := _span_closer(language)) is not None and closer.match(s.text, following.end) is not None


def _single_period(mention: DateMention) -> bool:
    """A day or a month, one of them ("20. Jänner", "März"), not a span of its own ("vom 18. bis 22. Jänner")."""
    return mention.precision in ("day", "minute", "month") and mention.start_date is not None and mention.end_date is not None \
        and (mention.start_date == mention.end_date or (mention.precision == "month" and mention.start_date.month == mention.end_date.month
                                                        and mention.start_date.year == mention.end_date.year))


def since_other(s: Sentence, mention: DateMention, language: str | None) -> str | None:
    """In a language other than en, ru, zh with since words of its own: "just" where the since word stands right before
    the date ("Die Turnhalle ist seit 20. Jänner als Notquartier belegt", "depuis le 3 mai": the date names only when
    the course began); "clause" where it opens the clause the date ends ("Seit der Verhängung des Kriegsrechts in Polen
    am 13. Dezember hat sich der tägliche Zustrom mehr als verdoppelt": the day is an act's of its own, the clause after
    it the course from it); else None."""
    if language in (None, "en", "ru", "zh") or not _single_period(mention):
        return None
    if (after := _since_after(language)) is not None and mention.precision != "month" and after.match(s.text, mention.end) \
            and not _span_closed(s, mention, language):
        return "just"  # "परसों, 3 दिसम्बर की शाम से शहर में पूर्ण ब्लैकआउट लागू है": the since word after the day
    if (pats := _since_words(language)) is None or pats[2].match(s.text, mention.end):
        return None
    if pats[0].search(s.text, max(0, mention.start - 30), mention.start) or pats[0].match(mention.text):
        return "just"
    if (opened := pats[1].search(s.text, 0, mention.start)) and s.text[mention.end:].strip(" .;:!?\"'»“”)") \
            and not any(d is not mention and opened.start() <= d.start < mention.start for d in s.dates):
        return "clause"  # not a date a span's other day comes before ("desde el 3 de mayo hasta el 5 de mayo")
    return None


def names_since(s: Sentence, mention: DateMention, language: str | None) -> bool:
    """The date is the first day of a course and nothing else ("since March", "since September 15", "八月以来"): the
    since word right before it, inside its text, or (zh) right after it."""
    if language == "zh":
        return (_SINCE_AFTER is not None and bool(_SINCE_AFTER.match(s.text, mention.end))) or _since_enclosed(s.text, mention) is not None
    if language == "ru":
        return _since_ru(mention) or since_lasting_ru(s, mention)
    if language not in (None, "en"):
        return since_other(s, mention, language) == "just"
    return bool(_SINCE_OPENS.match(mention.text) or _SINCE_JUST.search(s.text, 0, mention.start))


def since_span(index: int, s: Sentence, mention: DateMention, event: EventDraft, context: Context,
               language: str | None, day: date | None = None, heading: date | None = None) -> EventDraft | None:
    """"Sukarno's position has eroded steadily since the abortive coup of October 1965" in a summary of 3 March 1967:
    beside the coup's month, the course the perfect tells, from that date to the day the text is written. "八月以来，
    克什米尔地区的武装冲突不断扩大": the clause after the date, from it to the day written."""
    written = course_end(context, day, heading)
    if written is None or mention.start_date is None or mention.start_date >= written:
        return None
    if language == "zh":
        if not (after := (_SINCE_AFTER.match(s.text, mention.end) if _SINCE_AFTER is not None else None) or _since_enclosed(s.text, mention)):
            return None
        first = _CLAUSE_END_ZH.search(s.text, after.end())
        first = first.end() if first is not None and first.start() == after.end() else after.end()  # "八月以来，"
        end = _CLAUSE_END_ZH.search(s.text, first)
        span = EventDraft(index, "statement", s.start, s.start + (end.start() if end else len(s.text)), "dated_sentence", 0.5)
        span.start_date, span.end_date, span.precision, span.date_kind = mention.start_date, written, mention.precision, "range"
        span.inferred = True
        span.sources, span.targets = clause_actors(s.text, first, span.evidence_end - s.start)  # the clause's own actors, not
        # the saying's or the sender's
        return span
    if language == "ru":
        if not (_since_ru(mention) or since_lasting_ru(s, mention)):
            return None  # "С начала ноября в стране ощущается острая нехватка риса": the sentence's state, from then on
        span = EventDraft(index, "statement", s.start, s.start + len(s.text), "dated_sentence", 0.5)
        span.start_date, span.end_date, span.precision, span.date_kind = mention.start_date, written, "day", "range"
        span.inferred = True
        span.sources, span.targets = list(event.sources), list(event.targets)
        return span
    if language not in (None, "en"):
        if (how := since_other(s, mention, language)) is None:
            return None
        start = mention.end if how == "clause" else 0  # "Seit ... am 13. Dezember hat sich der Zustrom verdoppelt": the
        # clause after the day is the course; "Die Turnhalle ist seit 20. Jänner ... belegt": the sentence
        while start < len(s.text) and s.text[start] in " ,":
            start += 1
        span = EventDraft(index, "statement", s.start + start, s.start + len(s.text), "dated_sentence", 0.5)
        span.start_date, span.end_date, span.precision, span.date_kind = mention.start_date, written, "day", "range"
        span.inferred = True
        span.sources, span.targets = list(event.sources), list(event.targets)
        return span
    since = _SINCE_BEFORE.search(s.text, 0, mention.start)
    at = since.start() if since is not None else mention.start if _SINCE_OPENS.match(mention.text) else None
    direct = bool(_SINCE_OPENS.match(mention.text) or _SINCE_JUST.search(s.text, 0, mention.start))  # the since word
    # right before the date or inside its text ("since 1965", "since the end of May"), not before a thing it dates
    if at is None and (since := _SINCE_CLAUSE.search(s.text, 0, mention.start)) is not None \
            and _LASTING_PERFECT.search(s.text, 0, since.start()) and not _CLAUSE_BEFORE.search(s.text, 0, since.start()) \
            and not any(since.start() <= d.start and d.end <= mention.start for d in s.dates if d is not mention) \
            and not _SECOND_PREDICATE.search(s.text, since.start(), mention.start):
        at = since.start()  # "has consolidated its hold ... since the army and police overthrew the regime ... February 24":
        # the since clause tells its own act on its date; the perfect before it runs from that date (not when a date
        # or a second predicate of the subject comes between: "had been planned since at least March and was to have
        # been carried out on April 19": the day is the second predicate's)
    if at is None:
        return None
    opens = not s.text[:at].strip(" \"'(") or bool(_CLAUSE_BEFORE.search(s.text, 0, at))  # "Since
    # the evening of 24 January, the population of Pyongyang has been mobilized for air-raid drills": the sentence (or its
    # clause: "..., but since 10 October it has been pushed back") opens with the date, its perfect after it
    lasting = _LASTING_PLUPERFECT if direct else _LASTING_PERFECT
    if not (perfect := lasting.search(s.text, 0, at) or (opens and lasting.search(s.text, mention.end))):
        return None
    if _PLUPERFECT_PASSIVE.match(perfect.group()):
        return None  # "He complained that deliveries of fertilizer had been delayed since April": a state as the speaker
        # found it, told with his complaint; the act is the telling, no course of its own
    if mention.precision in ("day", "minute") and _NEGATED.match(s.text, perfect.start()):
        return None  # "The Commission has not met since 2 February": the day of the last meeting, its own row; no course
    told = 0 if opens or not _PLUPERFECT.match(perfect.group()) else \
        max((m.end() for m in _REPORTED_OPENS.finditer(s.text, 0, perfect.start())), default=0)
    if told:  # "the President said that the fighting in Beirut had flared up again since the middle of September": the
        # course is the reported clause's, its words and its own actors, not the saying's
        span = EventDraft(index, "statement", s.start + told, s.start + at, "dated_sentence", 0.5)
        span.start_date, span.end_date, span.precision, span.date_kind = mention.start_date, written, mention.precision, "range"
        span.inferred = True
        span.sources, span.targets = window_actors(s.text[told: at], None)
        return span
    span = EventDraft(index, "statement", s.start, s.start + (at if not opens else len(s.text)), "dated_sentence", 0.5)
    span.start_date, span.end_date, span.precision, span.date_kind = mention.start_date, written, mention.precision, "range"
    span.inferred = True
    span.sources = list(event.sources[:1]) or clause_names(s.text[mention.end if opens else 0: perfect.start()], language)[:1]
    span.targets = [n for n in clause_actors(s.text, mention.end if opens else at, len(s.text) if opens else at)[1]
                    if n not in span.sources]  # "... deliveries of arms to the MPLA since March": to whom the course is
    return span


def sentence_event(index: int, s: Sentence, mention: DateMention, previous_actor: str | None, context: Context,
                   language: str | None = None) -> EventDraft:
    """A sentence that writes a date: what happened on it, read from the words around the date."""
    sentence, offset = s.text, s.start
    window = _event_window(sentence, mention)
    if (later := next((d.start for d in s.dates if d.start >= mention.end and d.start < len(window)), None)) is not None:
        window = window[: _clause_end(window, mention.end, later)]  # "In mid-June the Western powers announced ..., and on
        # 24 June the Soviets halted ...": the next date's clause is that date's act, by its own subject
    in_window, told = mention, []
    if not (joined := [m for m in _JOINED_CLAUSE.finditer(window, 0, mention.start)]):
        joined = [m for m in _SEMICOLON.finditer(window, 0, mention.start) if _DATE_OPENS.fullmatch(window, m.end(), mention.start)
                  or any(window_actors(window[m.end():], None)) or finite_passive_agent(window[m.end():])]  # "...withdrew its
        # submarines; four boats were seized by Tirana on 5 June": a clause of its own verb and actors is its own act
        # ("...; martial law was declared in Ankara on 29 April": one that names no actor is still the sentence's)
    if joined and (
            (_has_verb(window[: joined[-1].start()], language) and _has_clause_verb(window[joined[-1].end(): mention.start], language))
            or (_DATE_OPENS.fullmatch(window, joined[-1].end(), mention.start) and _has_verb(window[mention.end:], language))):
        cut = joined[-1].end()  # "We sent a note to Hanoi last week, and Seaborn saw Pham Van Dong in June": the clause the
        named_before = [m.entity.name for m in find_mentions(window[:cut]) if m.entity.kind == "person"]
        previous_actor = named_before[0] if named_before else previous_actor  # "Stalin hoped ...; on 2 August he received": Stalin
        window = window[cut:]  # date ends is its act; the one before it is another's
        in_window = replace(mention, start=mention.start - cut, end=mention.end - cut)
    if (cut := told_clause(window, in_window.start, in_window.end, language)) is not None:
        grouped = told_group(window, in_window.start, in_window.end)  # "Tito told me that on 3 May the Yugoslav government
        # had recalled ...", "... that the Privy Council would consider the offer on 3 May": the clause's group, the day read out
        window = window[cut:]  # "Ким Ир Сен сообщил, что 28 сентября прибыла делегация": the reported act, by its own subject
        in_window = replace(in_window, start=in_window.start - cut, end=in_window.end - cut)
        told = grouped or clause_group(window[in_window.end:])
    kind = next((k for k, pattern in KEYWORD_PATTERNS if pattern.search(window)), "statement")
    confidence = 0.6 if mention.inferred else 0.7
    event = EventDraft(index, kind, offset, offset + len(sentence), "dated_sentence", confidence).dated(mention)
    event.sources, event.targets = window_actors(window, previous_actor)
    own = window[window.rfind(";", 0, in_window.start) + 1: in_window.end] + re.split(r"[,;]| and ", window[in_window.end:], maxsplit=1)[0]
    if (agent := finite_passive_agent(own)) is not None and agent not in event.sources + event.targets:  # the date's own clause
        # "four boats, manned by Albanian crews, were seized by Tirana on 5 June": the passive's agent acts (a capital
        # as its state); what the act was done to, and who manned it, are no actor of it
        rest = window_actors(_PARTICIPLE_ASIDE.sub(lambda a: " " * len(a[0]), window), previous_actor)
        event.sources, event.targets = [agent], [n for n in dict.fromkeys(rest[0] + rest[1]) if n != agent]
    if language in (None, "en") and (which := _RELATIVE_CLAUSE.search(window, 0, in_window.start)) and (
        named := clause_names(window[which.end(): in_window.start], language)
    ):  # "our request for a credit, which Comrade Simunek already raised with Comrade Kosygin in March": the clause's act,
        event.sources, event.targets = named[:1], named[1:]  # by the name it opens with, to the names after it
    if told and not event.sources:
        event.sources = told
    if (subject := [_untitled(g) for g in _group_subject(window, in_window, language)]) and subject[0] not in event.sources:
        event.sources, event.targets = subject, [n for n in dict.fromkeys(event.sources + event.targets) if n not in subject]
        if head := _HEADED_BY.search(window):  # "The delegation headed by Deputy Premier Jedrychowski arrived": he came with it
            words_ = head["name"].split()
            while len(words_) > 1 and words_[0].lower() in _TITLE_WORDS:
                words_ = words_[1:]  # "Deputy Premier Jedrychowski": Jedrychowski
            entity = lookup(" ".join(words_))
            leader = entity.name if entity is not None and entity.kind == "person" else canonical_name(" ".join(words_))
            event.sources = list(dict.fromkeys(event.sources + [leader]))
            event.targets = [n for n in event.targets if n != leader]
    if (who := _PERSON_CLAUSE.search(window, 0, in_window.start)) is not None and (
        antecedent := name_spans(window[: who.start()], language, False)
    ) and who.start() - antecedent[-1][1] <= _ANTECEDENT_GAP:
        # "Novotný welcomed President Keita and his delegation, who arrived in Prague on 16 July": the day is the
        # clause's, whose act is of the one named right before it ("President Juan Bosch, who had been overthrown in
        # September 1963"; "посла, который прибыл 3 мая")
        inside = clause_names(window[who.end(): in_window.start], language)
        event.targets = [n for n in event.sources + event.targets if n in inside and n != antecedent[-1][2]]  # (the names
        # read already, those the clause holds: "Kania, who replaced Gierek as First Secretary": Gierek, not the office)
        event.sources = [antecedent[-1][2]]
    if event.targets and (said := _SAID_THAT.search(window)) and mention.start < said.start():
        # "The Front's statement of 22 March stated that the Saigon regime is a puppet of the United States": what it
        # says names the United States, it is not addressed to them. A date inside what is said is that act's ("The
        # source text notes that a copy of the telegram was passed to the White House on October 31"), and so are its names
        before = {m.entity.name for m in find_mentions(window[: said.end()])} | {n for _, _, n in office_spans(window[: said.end()], [])}
        event.targets = [n for n in event.targets if n in before]
    writer = [context.speaker] if context.speaker else list(context.senders)
    if writer and (partners := talk_partners(window, None)):  # "The conversation with Kim Il Sung, at which ... were present, was held on"
        everyone = event.sources + event.targets
        event.sources = list(dict.fromkeys(writer + partners + [n for n in everyone if n not in partners]))
        event.targets = []
    if not event.sources and context.recipients and _THIS_MESSAGE_PASSED.search(window) and not BY_NAME.search(window):
        event.sources = [n for n in context.recipients if n not in event.targets]  # "a copy of the telegram was passed to the
        # White House on October 31": the one it was addressed to passed it on
    if not event.sources and (agent := BY_NAME.search(window)) and agent[1] not in MONTHS:
        event.sources = [canonical_name(agent[1])]
    if context.side and _OPENS_WITH_WE.match(window):  # "We, he said, never repudiated our support of the Cominform decision of 1948"
        event.sources, event.targets = [context.side], [n for n in event.sources + event.targets if n != context.side]
    elif context.speaker and not context.senders and (i := _WRITER_SUBJECT.search(window)) and i.group().lstrip(",;( ").split()[-2:-1] == ["I"] \
            and context.speaker not in event.sources:  # "Comrade Nicolae Ceaușescu: ... When I met Nixon in October, ...": the
        event.sources, event.targets = [context.speaker], [n for n in event.sources + event.targets if n != context.speaker]  # turn's speaker
    elif context.speaker and not context.senders and not event.sources and not event.targets and not any(
        c.kind in ("past", "speech", "ongoing", "performative", "planned") for c in read_cues(sentence, language or "en")
    ):  # "TEMPLETON: In the summer of 1960, a few weeks before ...": a speaker's answer with no verb of its own tells his time
        event.sources = [context.speaker]
    elif context.senders:  # the writer: "When we flew into Belgrade on 26 September", "Tito said he wanted to talk with me"
        writer = _WRITER_SUBJECT.search(window)
        state = (we_in_state(window) or (context.writer_state if "we" in writer.group().lower().split() else None)) if writer else None
        if state:  # a prime minister's letter: "we sent a third battalion": his state did; any writer's "We in India have
            event.sources = [state]  # followed the events": the state he names
            event.targets = [n for n in event.targets if n != state]
        elif writer and not (event.sources and set(event.sources) - set(context.senders)):
            event.sources = list(context.senders)
        elif writer and _OPENS_WITH_WRITER.match(window) and not MESSAGE_NOUN.search(sentence[: mention.start]):
            # "I discovered this document in the archive of the MGB USSR ...": the writer opens the sentence as its
            # subject; a body named later is where or what, not who. "I report the letter from KIM IL SUNG to Comrade
            # STALIN of 16.7.52": the date is the message's, and so are the actors
            addressed = [m.entity.name for m in find_mentions(window) if _TO_WHOM.search(window[max(0, m.start - 24): m.start])
                         or (m.entity.kind == "person" and _WRITER_VERB_BEFORE.search(window[max(0, m.start - 40): m.start]))]
            agents = [n for n in event.sources if n not in context.senders] if _WRITER_PASSIVE.search(window) else []
            event.sources = list(context.senders)  # "I said to Com. Tito, ...": Tito is whom the writer spoke to
            event.targets = [n for n in dict.fromkeys(agents + event.targets + addressed) if n not in event.sources]
        elif _WRITER_OBJECT.search(window):
            event.targets = list(dict.fromkeys(event.targets + [n for n in context.senders if n not in event.sources]))
    if (nominal := _NOMINAL_ACT.search(sentence[: mention.start])) and (government := state_government(nominal["state"])):
        event.sources, event.targets = [government], []  # "the Soviet statement of October 30": the date is the statement's
    if context.sides and names_a_pact(sentence, mention):
        event.event_type, event.sources, event.targets = "agreement", list(context.sides), []  # "the August (1955) agreement"
    if not event.sources and not event.targets and (verb := _first_verb(window)) is not None:
        event.sources = subject_phrase(window[: verb.start])  # "The reporting group met on July 12th": a group the gazetteer lacks
    if _CYRILLIC.search(window) and (groups := group_nouns(window, "ru")):
        _russian_groups(event, window, groups)
    places = [m.entity.name for m in find_mentions(window) if m.entity.kind == "place" and not m.entity.is_state]
    event.place = places[0] if places else None
    if context.is_correspondence:
        _correspondence_actors(event, sentence, mention, context)
    if (said := _AS_SAID.search(sentence, 0, mention.start)) is not None and (speaker := _aside_speaker(sentence, said, previous_actor)):
        event.event_type, event.sources, event.targets = "statement", [speaker], []  # "(“a man you can do business with,” as she said in 1984)"
    if language in (None, "en") and mention.precision in ("day", "minute") and (
        # "The units had already reached their assembly area west of the post by 17 October": done on or before that
        # day, not on it; so is "reached Bujumbura by 1 May"
        (_DONE_BY.search(sentence, 0, mention.start) and _LASTING_PLUPERFECT.search(sentence, 0, mention.start))
        or reached_by(sentence, mention.start)
    ) or (language in (None, "en") and mention.alone and _BEFORE_END.match(mention.text) and not _AHEAD_ANY.search(sentence)
          and not any(c.kind == "planned" for c in read_cues(sentence, "en"))):  # "had already reached agreement ... before
        # the end of January": done on or before the month's last day
        (event.start_date, event.end_date, event.start_time), event.date_kind = (None, mention.end_date, None), "upper_bound"
    if (before := plan_day(sentence, mention)) is not None:
        (event.start_date, event.end_date, event.start_time), event.date_kind = (None, before, None), "upper_bound"
        event.inferred = True  # "how would he view it if the departure ... was set for 26 September": asked before that day
    if language == "ru" and context.senders and not context.speaker and writer_past(window[in_window.end:]):
        framed = {n for m in _RU_FRAMED.finditer(window) for n in window_actors(m["party"], None)[0]}  # "по поручению ЦК КПСС"
        others = [n for n in event.sources + event.targets if n not in context.senders and n not in framed]
        event.sources, event.targets = list(context.senders), others  # "2 октября посетил Ким Ир Сена": the diarist visited him
    if (actors := handling_actors(sentence, context)) is not None:
        event.sources, event.targets = actors
        if event.event_type == "statement" and (kind := sentence_handling_kind(sentence)):
            event.event_type = kind  # "Отправлено 27.X.62 в 21 ч. 40 м.": the stamp's act
    elif not event.sources and not event.targets and context.senders and len(_SMALL_WORD.findall(sentence)) < 2 \
            and not (_ZH_CLAUSE.search(sentence) and not _ZH_FIRST_PERSON.search(sentence)):  # "一、二月五日，拉马南措将军将全部
        # 权力移交给...": a Chinese clause of others' acts, not a line; "我军于本月四日占领汉城，": the writer's side's
        # a line of the document's own with no verb ("Moscow, October 31, 1962, 2 p.m.", "Secret, Copy 1, 19 April
        # 1958", a letter's "Ulaanbaatar, 9 September 1969"): its writer dates and signs it, to its recipients
        event.sources, event.targets = list(context.senders), list(context.recipients) if told_home(sentence) else []
    return event


_ZH_HOME_WORDS = tuple(lexicon("zh").get("told_home_words") or ())


def told_home(sentence: str) -> bool:
    """The recipients of a line the writer dates and signs are its recipients; a Chinese clause of the writer's own act
    ("十九日下午，我馆派人前往市区了解情况") is done to no one but where it reports home ("我馆曾以明码电将政变初步情况简报国内",
    zh.yaml told_home_words)."""
    return _ZH_CLAUSE.search(sentence) is None or bool(_ZH_HOME_WORDS) and any(w in sentence for w in _ZH_HOME_WORDS)


# A word of small letters, Latin or Cyrillic: a line with fewer than two is the document's own ("Moscow, October 31, 1962",
# "10 февраля 1962 г."); an impersonal Russian sentence ("В сентябре 1955 г. в Москве было подписано соглашение") is
# not, and its signer is not its subject.
# A Chinese sentence's comma, semicolon or enumeration comma: a clause, not a bare line ("（一九七五年二月十四日）",
# "驻马达加斯加使馆 二月十四日" are lines of the document's own; "二月五日，拉马南措将军将全部权力移交给..." tells an act).
_ZH_CLAUSE = compile_opening(r"[\uff0c\uff1b\u3001]")
_ZH_FIRST_PERSON = compile_opening(event_words("first_person"))
_SMALL_WORD = compile_opening(r"\b(?:[a-z]|" + RU_LETTER + r"){2,}\b")


# A date in a clause that says who said the words before it ("“a man you can do business with,” as she said in 1984"):
# the date is the saying's, by the clause's subject.
_AS_SAID = compile_opening(
    r"\bas\s+(?:(?P<pronoun>he|she)|(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+)?))\s+(?:(?:had|has|once)\s+)?(?:"
    + SPEECH_VERBS + r"|wrote|put\s+it)\s+(?:(?:in|on|at)\s+)?(?:the\s+)?$"
)


def _aside_speaker(sentence: str, said: re.Match, previous_actor: str | None) -> str | None:
    """Who an "as he said" clause names: its name, or for "he" or "she" the last person named before it (else before the sentence)."""
    if said["name"]:
        return canonical_name(said["name"])
    people = [m.entity.name for m in find_mentions(sentence[: said.start()]) if m.entity.kind == "person"]
    return people[-1] if people else previous_actor


# The document itself handed on by someone left unnamed: an editor's note on who else received it.
_THIS_MESSAGE_PASSED = compile_opening(
    r"\b(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:the|this)\s+(?:telegram|cable|message|letter|memorandum)\s+(?:was|were|has\s+been)\s+"
    r"(?:passed|sent|forwarded|transmitted|given|repeated)\s+(?:on\s+)?to\b"
)
_CYRILLIC = compile_opening(r"[\u0400-\u04ff]")


def _russian_groups(event: EventDraft, window: str, groups: list[tuple[int, int, str]]) -> None:
    """A Russian sentence's groups named by a common noun (``group_nouns``): the last before the verb is its subject,
    or whom the act was done to when a name already acts ("Шесть участников демонстрации были арестованы и ...
    осуждены Московским городским судом"); those after the verb are whom it was done to, when no one else is."""
    verb = next((c for c in read_cues(window, "ru") if c.kind in ("past", "speech", "performative", "ongoing")), None)
    at = verb.start if verb else len(window)
    subject = [name for a, _, name in groups if a < at][-1:]
    named = [(m.start, m.end, m.entity.name) for m in find_mentions(window) if m.entity.is_actor and m.end <= at]
    joined = coordinated(sorted(named + [g for g in groups if g[1] <= at]), window)
    if len(joined) > 1 and any(name in event.sources for name in joined) and subject and subject[0] in joined:
        event.sources = list(dict.fromkeys(joined))  # "КГБ, МВД и прокуратура ... информировали ЦК КПСС": one subject of three
        event.targets = [n for n in event.targets if n not in event.sources]
    elif subject and not event.sources:
        event.sources = subject
    elif subject and subject[0] not in event.sources:
        event.targets = [*event.targets, *subject]
    if not event.targets:
        event.targets = [name for a, _, name in groups if a >= at and name not in event.sources]


# The message's own date right after it: "your letter of 2 March", "my telegram No. 1476 dated 14 October", "Ваше письмо от
# 2 июля" (the date is the message's); "your proposals at its session on 6 May" dates the session.
_DATES_THE_MESSAGE = compile_opening(
    r"^\w*\s*(?:(?:No\.?|Nos\.?|" + alternation([*(lexicon("en").get("number_signs") or []), *(lexicon("ru").get("number_signs") or [])])
    + r")\s*[\w/-]+\s*,?\s*)?(?:(?:\w+\s+){0,2}?(?:of|dated|sent\s+on|from|" + event_words("date_of") + r")\s*)?(?:(?:,|and|" + event_words("coordination") + r")\s*)*$",
    re.IGNORECASE,
)


def _dates_the_message(gap: str, year: int | None) -> bool:
    """The words between a message's noun and a day name that day as the message's ("telegrams dated March 28 and"
    before "May 31" too: the days listed before it are left out)."""
    for day in reversed(find_dates(gap, year or 1950)):
        gap = gap[: day.start] + gap[day.end:]
    return bool(_DATES_THE_MESSAGE.match(gap))


def _envoy_of_yours(clause: str, at: int) -> bool:
    """Whether the "your" at ``at`` opens the subject of a relative clause after a message ("your letter of 2 March,
    which your Ambassador, Mr. X, handed to me"): a relative pronoun (``relative_pronouns``) right before it, and not a
    style that names the addressee himself ("the message which Your Excellency was kind enough to address to me")."""
    before = clause[:at].rstrip().rsplit(None, 1)
    return len(before) == 2 and before[1].lower() in _RELATIVE_PRONOUNS and MESSAGE_NOUN.search(before[0]) is not None \
        and not _ADDRESSEE_STYLE.match(clause, at)


_RELATIVE_PRONOUNS = frozenset(w.lower() for w in lexicon("en").get("relative_pronouns") or [])
# The vocatives that name the addressee by a "your" ("Your Excellency": vocatives in en.yaml).
_ADDRESSEE_STYLE = re.compile(alternation([v for v in lexicon("en").get("vocatives") or [] if v.lower().startswith("your ")]) or "(?!)",
                              re.IGNORECASE)


# The label of a cable form's receipt line at its opening ("收报时间：...", receipt_line_labels in zh.yaml).
_RECEIPT_LINE = compile_opening(r"^\s*(?:" + event_words("receipt_line_labels") + r")\s*[:\uff1a]")


def _correspondence_actors(event: EventDraft, sentence: str, mention: DateMention, context: Context) -> None:
    """In a letter: "your telegram of 3 July" was sent by the recipient to the writer; "my telegrams dated ..." the other way."""
    clause = sentence[:mention.start]
    if STAMP.search(sentence) or _RECEIPT_LINE.match(sentence):
        event.event_type = "message_received"  # "Received: February 8, 9:12 p.m.": the receiver's act; "Ваше письмо от 2
        # июля получено" stays the letter between the two parties, and so does a stamp that tells the sending and receipt
        # in one ("發自北京,1951年11月14日收到", as the seed gold has it)
        if context.recipients and not YOURS.search(sentence) and (not NOT_LATIN.search(sentence) or _RECEIPT_LINE.match(sentence)):
            event.sources, event.targets = list(context.recipients), []  # "收报时间：一九六〇年七月一日零时四十分" too: the
            # receiving office's act, not the sending embassy's
            if _RECEIPT_LINE.match(sentence):
                event.sources = event.sources[:1]  # a cable form's receipt line is the ministry's it came home to, the first
                # the header addresses ("外交部并中联部："): no department or the Centre it is also for
        else:
            event.sources, event.targets = list(context.senders), list(context.recipients)
        fix_stamp_year(event, context.letter_date)
        return
    if not MESSAGE_NOUN.search(clause):
        return
    mine, yours = list(MINE.finditer(clause)), list(YOURS.finditer(clause))
    last_mine = mine[-1].start() if mine else -1
    last_yours = yours[-1].start() if yours else -1
    if last_mine < 0 and last_yours < 0:
        return
    noun = next(reversed(list(MESSAGE_NOUN.finditer(clause, max(last_mine, last_yours)))), None)  # the one nearest the day
    if noun is None and last_yours > last_mine and _envoy_of_yours(clause, last_yours):
        return  # "your letter of 2 March, which your Ambassador, Mr. X, handed to me on 9 March": the "your" nearest the
        # day is the envoy's, who handed it, not a message's nor the addressee himself ("the message which Your
        # Excellency was kind enough to address to me on 31 October"); the clause's own subject is the actor
    if not _dates_the_message(clause[noun.end():] if noun else "", context.year):
        return  # "I received your letter of 2 March and discussed it ... on 6 March": the 6th is the discussion's, not the letter's
    if event.event_type not in ("reply", "proposal"):
        event.event_type = "message_sent"
    if last_yours > last_mine:
        event.sources, event.targets = list(context.recipients), list(context.senders)
    else:
        event.sources, event.targets = list(context.senders), list(context.recipients)


_LIST_JOINT = compile_opening(r"^\s*(?:,|;|\band\b|\bor\b|&)(?:\s*(?:the\s+)?(?:night|morning|evening|afternoon)\s+of)?\s*(?:(?:on|of|from|№|No\.)\s*[\w/-]*\s*(?:" + event_words("date_of") + r"|of|dated)?\s*)?$|^\s*(?:to|until|till|through|[-–—])\s*$", re.IGNORECASE)
# A semicolon and a day's "on" or "from" after it ("The final assault began on 29 October; on 1 November Denard crossed
# ..."): the next clause opens on a day of its own, two acts, no list.
_CLAUSE_JOINT = compile_opening(r"^\s*;\s*(?:on|from)\s*$", re.IGNORECASE)
_LIST_SPAN = compile_opening(r"^\s*(?:to|until|till|through|[-–—])\s*$", re.IGNORECASE)


def merge_listed(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Days listed together are one happening's: "on July 11 and the night of July 12" (two days, one bombing),
    "from 15 August to 24 September 1952" (a range), "№ 2102-А от 5 сентября; № 2205-А от 20 сентября" (several)."""
    if len(mentions) < 2 or any(m.precision not in ("day", "minute") for m in mentions):
        return mentions
    joints = [sentence[a.end: b.start] for a, b in zip(mentions, mentions[1:], strict=False)]
    if not all(len(j) <= 40 and _LIST_JOINT.search(j) and not _CLAUSE_JOINT.match(j) for j in joints):
        return mentions
    if any(b.start_date < a.end_date for a, b in zip(mentions, mentions[1:], strict=False)):
        return mentions  # days listed out of order are not one span ("August 1-1/1/1800")
    first, last = mentions[0], mentions[-1]
    consecutive = len(mentions) == 2 and (last.start_date - first.start_date).days == 1
    kind = "range" if consecutive or all(_LIST_SPAN.search(j) for j in joints) else "multiple"
    text = sentence[first.start: last.end]
    return [DateMention(first.start, last.end, text, first.start_date, last.end_date, "day", None,
                        any(m.inferred for m in mentions), all(m.year_written for m in mentions), kind)]
