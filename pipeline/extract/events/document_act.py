"""``document_act``: the writer's own acts ("We agree", "Hereby I am sending"), a resolution's decisions,
the turns of a record of conversation, and a message a document reads out or forwards."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from pipeline.extract.events.annotate import Sentence, cites_an_archive, is_apparatus
from pipeline.extract.events.common import (
    COMMITMENT,
    DECISION,
    DECISION_PHRASE,
    GRATEFUL_IF,
    HEARD_LABEL,
    KEYWORD_PATTERNS,
    SECOND_PERSON,
    SPEECH_VERBS,
    TASK,
    TURN,
    Context,
    EventDraft,
    actor_names,
    asked_act,
    charged_point,
    decision_targets,
    event_words,
    inside_quotation,
    performative_kind,
    subject_names,
    told_clause,
    told_group,
    window_actors,
    written_to,
)
from pipeline.extract.events.tense_sentence import (
    AHEAD_WORDS,
    DAY_JOINER,
    TOLD_JOINER,
    WRITER_INFORMED,
    Scope,
)
from pipeline.extract.mentions import Mention, find_mentions
from pipeline.extract.tense import (
    Cue,
    a_view_held,
    is_opinion,
    lexicon,
    read_cues,
    states_a_wish,
    weekday_offset,
)
from pipeline.normalize.dates import find_dates
from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, alternation, words
from pipeline.normalize.names import canonical_name, lookup
from pipeline.normalize.openings import compile_opening
from pipeline.normalize.text import without_accents
from pipeline.parse.generic import DOTTED_ASKED
from pipeline.parse.parties import parties_named


def quoted_statement(index: int, text: str, speech: EventDraft) -> EventDraft:
    """A quoted paragraph after "X made following statement:": said by X on the day of that meeting."""
    event = EventDraft(index, "statement", 0, len(text), "document_act", 0.5).on(speech.start_date)
    event.sources = list(speech.sources)
    return event


def act_events(index: int, s: Sentence, context: Context, dateline: date | None = None) -> list[EventDraft]:
    """The writer's own acts in a letter or cable, and a resolution's decisions, on the document's date.

    A cover note dated below its text ("31st of December 1949.") dates its own acts.
    """
    sentence, offset = s.text, s.start
    if context.letter_date is None and dateline is None:
        return []
    if context.resolver and (heard := HEARD_LABEL.match(sentence)) and (names := actor_names(sentence[heard.end():])):
        event = EventDraft(index, "statement", offset, offset + len(sentence), "document_act", 0.6).on(context.letter_date)
        event.sources, event.targets = names, list(context.resolver)  # they reported to the body, at its session
        return [event]
    if context.resolver and (DECISION.search(sentence) or DECISION_PHRASE.search(sentence) or charged_point(sentence)
                             or context.decision_points.get(index) == offset):
        event = EventDraft(index, "instruction", offset, offset + len(sentence), "document_act", 0.6).on(
            context.adopted_on or context.letter_date)  # a resolution's decisions: on the day its line under them writes
        event.sources = list(context.resolver)
        event.targets = decision_targets(sentence, event.sources)  # "To instruct Comrade Dugersuren to inform ...": him
        later = any(d.start_date is not None and d.start_date > context.letter_date for d in s.dates)
        if planned_point(sentence, context.adopted_on or context.letter_date):  # "2. The Solidarity Committee will send medicines ... in February": the plan set,
            # undated (its own row where a day or a task is named), no decision on the session's day beside it
            if not TASK.search(sentence) and not later:
                return []
            task = EventDraft(index, "instruction", offset, offset + len(sentence), "document_act", 0.55)
            task.targets = list(event.targets)
            task.sources = list(context.responsible.get(index) or event.sources)
            return [task]
        if not TASK.search(sentence) and not later:
            return [event]
        task = EventDraft(index, "instruction", offset, offset + len(sentence), "document_act", 0.55)  # the task set, or the act
        # the point fixes for a later day ("4. Созвать 28 октября пленум ЦК"): a plan, no date yet
        task.targets = list(event.targets)
        task.sources = list(context.responsible.get(index) or [])  # "Verantwortlich: Genosse Winzer": he carries it out
        if task.sources and later and not TASK.search(sentence):
            return [task]  # "2. Die Erklärung ... ist bis zum 18. März fertigzustellen." / "Verantwortlich: Genosse Winzer": the
            # act to come of the one the line names, no decision of the session's beside it
        return [event, task]
    if not context.is_correspondence:
        return []
    kind = performative_kind(sentence)
    if kind is not None and foresees(sentence):
        return []  # "Следует ожидать визита советской делегации": the writer's forecast, no act of his (CORPUS.md: an
        # expectation is no event)
    if kind == "statement" and not context.is_message:
        return []  # "We believe ..." in a briefing or report is an assessment, not an act
    if kind == "statement" and (opinion := _OPINION.search(sentence)) and is_opinion(sentence[opinion.end():]):
        return []  # "we consider selection of Kuznetsov ... encouraging": a judgement, no act of the writer's
    if kind == "statement" and a_view_held(sentence):
        return []  # "Мы считаем, что положение стало крайне опасным": the same in the other languages' words
    act = next((a for language in ("en", "ru") if (a := asked_act(sentence, language)) is not None), None)
    names = actor_names(sentence[:act] if act is not None else sentence)  # "asked me to pass to the Soviet government ...": of me
    if kind is None:
        first = find_mentions(sentence[:40])
        if not (first and first[0].start <= 4 and first[0].entity.is_actor and COMMITMENT.match(sentence, first[0].end)):
            return []
        kind, sources = "statement", [first[0].entity.name]
        if context.is_message and commits_at_a_time(sentence, first[0].end, context.letter_date or dateline):
            return []  # "Mr. Koča Popović will go to New York next week.", "Singapore will apply for membership in the United
            # Nations in September." in a cable: another's plan with its time, undated (clause_plans), no act of the day's
        if not context.is_message:  # "Lord Carrington will send an envoy ..." in a memorandum: another's plan, told to
            event = EventDraft(index, kind, offset, offset + len(sentence), "document_act", 0.5)  # the reader; no date yet
            event.sources = sources
            return [event]
    else:
        sources = list(context.senders)
    event = EventDraft(index, kind, offset, offset + len(sentence), "document_act", 0.55).on(dateline or context.letter_date)
    event.sources = sources
    # the writer's proposal or request is put to the one written to, whether or not it says "you" ("I request
    # instructions whether ...", "I recommend that we accept."): the golds' rows name him (batches 8-104, 66 of 75 such rows)
    # ("I should be grateful if India could receive ...": a favour asked of the one the sentence names keeps him alone)
    favour_of_another = bool(names) and _ASKS_A_FAVOUR.search(sentence) is not None
    targets = written_to(context) if kind == "proposal" and not favour_of_another else \
        list(context.addressees) if SECOND_PERSON.search(sentence) else []
    if kind == "proposal" and context.addressees and proposes_that(sentence):
        targets, names = list(context.addressees), []  # "I propose that Comrade Zhivkov send a message ...": to the one
        # written to; those the clause names are what is proposed
    event.targets = list(dict.fromkeys(n for n in targets + names if n not in sources))
    if dateline is None:
        event.key_as = ("communication", list(context.senders), list(context.recipients))
    return [event]


# A resolution's point told as an act to come, its doer named first (en.yaml planned_point_modals): its label, an
# optional "that", a few words of the doer, opening with a capital after an article and not with a verb ("Instructs the
# ...", "approves ..."), none a past form ("Agreed that ...", "Invited X to ..." are the session's own verbs) nor closing a
# sentence but an abbreviation's "Mr."; then the modal and the act's verb.
_PLANNED_POINT = compile_opening(
    r"^\W*(?:(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s*)?(?:that\s+)?(?=(?:the\s+|a\s+|an\s+)?[A-Z])(?![A-Z][a-z]+s\s+(?:the|a|an)\b)(?:(?![A-Z]?[a-z]{2,}ed\b)(?:[\w'’,-]{1,3}\.|[\w'’,-]+)\s+){1,9}?(?:"
    + alternation(lexicon("en").get("planned_point_modals") or ["(?!)"]) + r")\s+(?!not\b)[a-z]")


# The time to come such a point names besides a date (en.yaml planned_point_times, a weekday, a month alone): "on
# Monday", "this afternoon", "at its next session", "within a week", "in February".
_POINT_TIME = compile_opening(r"\b(?:" + alternation(list(lexicon("en").get("planned_point_times") or [])
                                                    + list(lexicon("en").get("weekdays") or {})
                                                    + [f"in {month}" for month in calendar.month_name[1:]]).replace(r"\ ", r"\s+") + r")\b")


def planned_point(sentence: str, day: date | None = None) -> bool:
    """A resolution's point that tells its act as one to come at a time it names ("2. The Solidarity Committee of the GDR
    will send ... in February", "(i) The Prime Minister shall make a statement ... this afternoon"), not a point its
    session's own verb opens; a point with no time ("The diplomatic relations with Chile are to be broken off.") is the
    session's decision on its day, as the golds give it."""
    if DECISION.search(sentence) or DECISION_PHRASE.search(sentence) or charged_point(sentence) or not _PLANNED_POINT.match(sentence):
        return False
    return _POINT_TIME.search(sentence) is not None or any(
        d.start_date is not None and (day is None or d.start_date >= day) for d in find_dates(sentence, day.year if day else None))


def commits_at_a_time(sentence: str, after: int, day: date | None) -> bool:
    """Whether a sentence that opens "X will ..." names the time its act is to come at, after ``after`` (the name's end):
    a word of a time to come ("next week", "tomorrow", "in September", ``planned_point_times``) or a day later than the
    document's ``day``: a plan told with its time (CORPUS.md: undated, planned)."""
    return _POINT_TIME.search(sentence, after) is not None or any(
        d.start_date is not None and day is not None and d.start_date > day and d.start >= after for d in find_dates(sentence, day.year))


_ASKS_A_FAVOUR = compile_opening(GRATEFUL_IF, re.IGNORECASE)  # "I should be grateful if the talks could resume ...": asked of the one written to


# The writer's proposal that another act (en.yaml proposal_that_verbs): "I propose that our Foreign Ministers meet ...",
# also after his own act that "and" joins it to ("I am prepared to come to Delhi early in April, and I suggest that ...").
_PROPOSES_THAT = compile_opening(
    r"^\W*(?:(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s*)?(?:[^.;:]{2,100},\s+and\s+)?(?:I|We)\s+(?:" + alternation(lexicon("en").get("proposal_that_verbs") or ["(?!)"]).replace(r"\ ", r"\s+")
    + r")\s+that\b")


def proposes_that(sentence: str) -> bool:
    """The sentence opens with the writer's proposal, recommendation or request that another act."""
    return _PROPOSES_THAT.match(sentence) is not None




# A modal that bids the reader expect, not act ("We must expect", "Следует ожидать", "可以预料"): the writer foresees;
# the modal's own cue ("следует", "must") is no instruction then (expectation_modals in the language files).
_FORESEES = {
    language: compile_opening((r"(?<!\w)(?:" if language != "zh" else r"(?:") + alternation(forms).replace(r"\ ", r"\s+")
                              + (r")(?!\w)" if language != "zh" else r")"), re.IGNORECASE)
    for language in ("en", "ru", "zh") if (forms := lexicon(language).get("expectation_modals"))
}


def foresees(sentence: str) -> bool:
    """Whether ``sentence`` bids its reader expect something (``expectation_modals``), in any of the three languages."""
    return any(pattern.search(sentence) for pattern in _FORESEES.values())


_CLAUSE_MARKS = ",;:\uff0c\uff1b\uff1a"
_POINT_OPENING = compile_opening(r"[\W\d_]*|\W*\w{1,2}[\u3001.)\uff09]\W*")  # nothing, or a point's number: "1. ", "（三）", "五、"


def foresees_alone(sentence: str) -> bool:
    """Whether the whole of ``sentence`` is the writer's forecast: it opens with the modal ("Следует ожидать визита ...",
    "可以预料，……") or is one clause that holds it ("A new wave of arrests is to be expected after the congress.")."""
    text = sentence.strip()
    for pattern in _FORESEES.values():
        if (m := pattern.search(text)) is not None and (
            _POINT_OPENING.fullmatch(text[: m.start()]) or not any(c in text for c in _CLAUSE_MARKS)
        ):
            return True
    return False


_OPINION = compile_opening(r"\b(?:we|I)\s+(?:(?:also|therefore|now|still)\s+)*(?=" + "|".join(lexicon("en").get("opinion_verbs") or []) + r")", re.IGNORECASE)


def turn_speaker_in(text: str) -> Mention | None:
    """The speaker of a record of conversation's turn ("Comrade Mao Zedong: ...")."""
    m = TURN.match(text)
    if not m:
        return None
    found = [x for x in find_mentions(m["name"]) if x.entity.kind == "person"]
    if not found and m["name"].isupper():  # "TODOR ZHIVKOV: ...", «А. А. ГРОМЫКО: ...»: a label set in capitals names him as well
        found = [x for x in find_mentions(spoken_name(m["name"])) if x.entity.kind == "person"]
    return found[0] if found else None


def spoken_name(label: str) -> str:
    """A speaker's label as his name is written: a label set in capitals ("JAIME WHEELOCK") in the case of a name
    ("Jaime Wheelock"); any other label as it is."""
    return label.title() if label.isupper() and len(label) > 3 else label


def turn_event(index: int, text: str, speaker: Mention, context: Context, speakers: list[str]) -> EventDraft:
    """A turn of a record of conversation: said at the conversation, on the record's date."""
    event = EventDraft(index, "statement", 0, len(text), "document_act", 0.5).on(context.occasion or context.letter_date)
    event.sources = [speaker.entity.name]
    event.key_as = ("meeting", speakers, [])
    return event


_ZH_TURN_TITLES = tuple(sorted(lexicon("zh").get("turn_label_titles") or [], key=len, reverse=True))
_ZH_ENVOYS = tuple(lexicon("zh").get("mission_offices") or ["(?!)"])  # "赞比亚驻华大使": a state's envoy
_HAN_LABEL = re.compile(r"[\u4e00-\u9fff\u00b7\u30fb]{3,14}")


# A verbatim record's line in round brackets that tells the chamber's reaction or a member's interjection at the
# sitting ("(Lebhafter Beifall bei allen Fraktionen)", "(Zurufe von der CDU/CSU)", "(Applause)", "(Abg. Dr. Kohl
# [CDU/CSU]: Schändlich!)"): chamber_reactions and interjection_titles in each language's file.
_REACTION = compile_opening(r"^\(\s*(?:\w+\s+){0,2}?(?:" + (alternation(words("chamber_reactions")) or "(?!)") + r")\b[^()]*\)\s*$", re.IGNORECASE)
_INTERJECTION = compile_opening(r"^\(\s*(?:(?:" + (alternation(words("interjection_titles")) or "(?!)") + r")\s+)*"
                                r"(?P<name>[A-Z\u00c0-\u024f\u0400-\u042f][\w\u00c0-\u024f'’.-]*(?:\s+[A-Z\u00c0-\u024f\u0400-\u042f][\w\u00c0-\u024f'’.-]*){0,2})"
                                r"\s*\[[^\]\[]{1,20}\]\s*:\s*\S[^()]*\)\s*$")


def sitting_interjection(text: str) -> tuple[str, str | None] | None:
    """("reaction", None) for a verbatim record's bracketed line that tells the chamber's reaction ("(Lebhafter Beifall
    bei allen Fraktionen)", "(Applause)"), ("interjection", name) for a member's bracketed interjection with his group
    ("(Abg. Dr. Kohl [CDU/CSU]: Schändlich!)", "(Wehner [SPD]: Das hat er doch gesagt!)"); None for any other line."""
    text = text.strip()
    if (m := _INTERJECTION.match(text)) is not None:
        return "interjection", m["name"]
    return ("reaction", None) if _REACTION.match(text) else None


def interjection_event(index: int, text: str, context: Context) -> EventDraft | None:
    """A sitting's reaction or interjection (``sitting_interjection``): an act at the sitting, on the record's day, by the
    member who called out (a reaction names no one)."""
    found = sitting_interjection(text)
    day = context.occasion or context.letter_date
    if found is None or day is None:
        return None
    event = EventDraft(index, "statement", 0, len(text), "document_act", 0.4).on(day)
    if found[1]:
        entity = lookup(found[1])
        event.sources = [entity.name if entity is not None and entity.kind == "person" else canonical_name(found[1])]
    return event


def zh_turn_label(text: str) -> str | None:
    """A Chinese record's turn labelled with a name and the title after it ("拉扎克总理：谢谢。"): the gazetteer's person
    where it knows him ("周总理"), else the label as the page writes it where a title ends it; none for another label."""
    if (m := TURN.match(text)) is None or not _HAN_LABEL.fullmatch(label := m["name"].strip()):
        return None
    found = [x for x in find_mentions(label) if x.entity.kind == "person"]
    if found:
        return found[0].entity.name
    if any(x.entity.kind != "person" for x in find_mentions(label)) and not label.endswith(_ZH_ENVOYS):
        return None  # "中方：": a side or a state, not a speaker; a state's envoy ("赞比亚驻华大使") is one
    return label if any(label.endswith(t) and len(label) - len(t) >= 2 for t in _ZH_TURN_TITLES) else None


def turn_name_in(text: str, questions: bool = False) -> str | None:
    """The speaker of a turn whose name the gazetteer may not know ("Takeiri: ...", "Cde. Bulganin—The Chinese ...",
    "[Willi] Stoph. The West wants ...": a transcript's surname with the editors' given name). In an interview
    (``questions``), a question is a turn too ("MCKINZIE: And the meeting at the White House?"): the interviewer's."""
    if (bracketed := BRACKETED_TURN.match(text)) and len(text.split()) >= 5:
        name = f"{bracketed['given']} {bracketed['surname']}"
        entity = lookup(name) or lookup(bracketed["surname"])
        return entity.name if entity is not None and entity.kind == "person" else canonical_name(name)
    if (dotted := _DOTTED_TURN.match(text)) and all(w[:1].isupper() for w in dotted["name"].split()):
        entity = lookup(dotted["name"])  # "Пузанов. Я сказал, что ...", "Gromyko. I replied that ...": a known person only
        if entity is not None and entity.kind == "person":
            return entity.name
    if (titled := TITLED_DOTTED_TURN.match(text)) and len(text.split()) >= 5 and all(w[:1].isupper() for w in titled["name"].split()):
        entity = lookup(titled["name"])  # "Comrade Rapacki. The Chinese comrades have been silent.", "Тов. Громыко. Обстановка ...":
        return entity.name if entity is not None and entity.kind == "person" else canonical_name(titled["name"])  # the title marks the label
    if (capitals := _CAPITALS_TURN.match(text)) and len(text.split()) >= 4 and member_label(text, alone=False) is None:
        name = spoken_name(capitals["name"])  # "УСТИНОВ. В ночь на 1 сентября ...", "ТИХОНОВ Н.А. Надо поручить ...": a
        entity = lookup(name)  # working record's speaker, his surname in capitals and his initials after it
        if entity is not None and entity.kind == "person":
            return entity.name
        if capitals["initials"]:
            return canonical_name(f"{capitals['initials'].strip()} {name}")
    if (member := member_label(text, alone=False)) is not None and (questions or not text.rstrip().endswith("?")):
        entity = lookup(member)  # "The Secretary of State for the Colonies (Mr. Anthony Greenwood): Since ...", "Mr. Fisher: Is
        return entity.name if entity is not None and entity.kind == "person" else canonical_name(member)  # ...?": a sitting's
        # member; a question his turn where the record's questions are turns (a sitting's, an interview's)
    if (hearing := _HEARING_TURN.match(text)) and len(text.split()) >= 5:
        name = hearing["name"].title()  # "Secretary KISSINGER. Senator, no new funds ...": a printed hearing's turn
        entity = lookup(name)
        return entity.name if entity is not None and entity.kind == "person" else canonical_name(name)
    if (dotted_label := _DOTTED_INTERVIEW_LABEL.match(text)) and len(text[dotted_label.end():].split()) >= 2:
        return dotted_label["label"]  # "Q. When did you arrive?" / "A. This morning at 0630 ...": an interview's labels
    m = _NAMED_TURN.match(text)
    if not m:
        return None
    name = spoken_name(_ROLE_ASIDE.sub("", m["name"].strip()))  # "Hermann Axen (reporting). - ...": the speaker, not his part
    said = text[m.end() - 1:].split()
    if _ATTENDEE.match(text[m.end() - 1:]):
        return None  # "Bulgaria: K. Tellalov – head of the Foreign Policy Division": who attended, not a turn
    if is_apparatus(text) or cites_an_archive(text, alone=True):
        return None  # "Опубликовано: Россия и Африка ...", "Source: ...": an edition's label, no speaker's; "The National
        # Archives, Kew: FO 371/1234, ...": an archive's name and its town before the file it keeps, no speaker
    if name.lower() in _ASKERS:
        return name if len(said) >= 2 else None  # "Q: When did you leave?": the interviewer's turn
    asks = questions and text.rstrip().endswith("?") and len(said) >= 2
    if not asks and (len(said) < 5 or (text.rstrip().endswith("?") and not _STATES_FIRST.search(text[m.end() - 1:]))):
        return None  # "K: Right.", "D: Hum?": an acknowledgement or a question, not a statement ("D: Hello. I received ... OK?" is)
    words = name.split()
    if not 1 <= len(words) <= 4 or is_head_label(name) or not all(w[:1].isupper() or w in ("de", "von", "van") for w in words):
        return None
    entity = lookup(name)
    if entity is not None and entity.kind == "place":
        return None  # "Bulgaria: K. Tellalov – head of ...": a list of those present, not a turn
    return canonical_name(name)


# A minutes' line that lists who spoke on an item ("Speaking: Oskar Fischer, Horst Sindermann, Kurt Hager.",
# ``speaker_list_labels``): the names after the label, each as the gazetteer knows him, titles of address off.
_SPEAKER_LIST = compile_opening(
    r"^\s*(?:" + alternation(words("speaker_list_labels") or ["(?!)"]) + r")\s*[:\u2013\u2014-]\s*(?:(?:Comrades?|Cdes?\.|Com\.)\s+)?(?P<names>[^:]{2,300}?)\.?\s*$",
    re.IGNORECASE,
)
_LIST_SEPARATOR = compile_opening(r"\s*(?:,|;|\band\b)\s*(?:(?:Comrades?|Cdes?\.|Com\.)\s+)?")


def listed_speakers(text: str) -> list[str]:
    """Those a minutes' line lists as speaking on an item ("Speaking: Oskar Fischer, Horst Sindermann, Kurt Hager.":
    the three), each a name in capitals; none where the line is no such list."""
    m = _SPEAKER_LIST.match(text)
    if m is None:
        return []
    names = [n.strip(" .") for n in _LIST_SEPARATOR.split(m["names"]) if n.strip(" .")]
    if not names or not all(1 <= len(n.split()) <= 4 and all(w[:1].isupper() or w in ("de", "von", "van") for w in n.split()) for n in names):
        return []
    return [e.name if (e := lookup(n)) is not None and e.kind == "person" else canonical_name(n) for n in names]


# A member's label in a sitting of a house (en.yaml member_titles): his title and name, his seat in brackets after it
# ("Sir Alec Douglas-Home (Kinross and West Perthshire)", "Mr. Biggs-Davison (Chigwell)"; a verbatim record's delegate
# with his country and the language he is interpreted from: "Mr. HAMMADI (Iraq) (interpretation from Arabic)"), or the minister's office with
# his title and name in brackets ("The Secretary of State for the Colonies (Mr. Anthony Greenwood)"); on its own line or
# before a colon and the words he says. A name may open with its initials ("SHRI Y. B. CHAVAN: ...").
_MEMBER_TITLES = alternation(lexicon("en").get("member_titles") or []) or "(?!)"
_MEMBER_LABEL = compile_opening(
    rf"^\s*(?:[^\W\d_][^():\n]{{2,100}}?\s*\(\s*(?:{_MEMBER_TITLES})\s+(?P<held>[^\W\d_][^()\n:]{{1,50}}?)\s*\)"
    rf"|(?:{_MEMBER_TITLES})\s+(?P<name>(?:[^\W\d_]\.\s+){{0,3}}[^\W\d_][^()\n:.?!,;]{{1,40}}?)(?:\s*\([^()\n]{{2,60}}\)){{0,2}})\s*(?:(?P<colon>:)\s*(?=\S)|$)")


def member_label(text: str, alone: bool = True) -> str | None:
    """The member a sitting's turn label names, as the page writes his name after his title: the label on its own line
    (``alone``), or before a colon and his words; None where the line is neither ("Mr. Fisher asked the Secretary of
    State ...": a question told, no label)."""
    m = _MEMBER_LABEL.match(text)
    if m is None or bool(m["colon"]) == alone:
        return None
    name = (m["held"] or m["name"]).strip()
    words_ = name.split()
    if not 1 <= len(words_) <= 4 or not all(w[:1].isupper() for w in words_):
        return None
    return name.title() if name.isupper() else name  # "SHRI HEM BARUA (Gauhati)": Hem Barua


def is_head_label(name: str) -> bool:
    """A label of a record's head, not a speaker: one of ``labels`` ("Time"), or several joined ("DATE, TIME AND PLACE")."""
    name = re.sub(r"\s+\d{1,2}$", "", name.strip())  # "Invited to item 1": an item's label, its number after it
    parts = [p for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+|\s*/\s*", name.lower()) if p]
    return name.lower() in _TURN_LABELS or bool(parts) and all(p in _TURN_LABELS for p in parts)


# A speaker's part or office in brackets after his name in a turn's label ("Hermann Axen (reporting). - On Sunday ...",
# "Werner Lamberz (rapporteur): ...", a verbatim record's "The PRESIDENT (interpretation from Spanish): ..."): no part of
# his name.
_ROLE_ASIDE = compile_opening(r"(?:\s*\([^()\n]{2,60}\)){1,2}\.?$")
_STATES_FIRST = compile_opening(r"\w{2,}[.!]\s+(?:\w+\s+){3,}\S*[.!]")  # a turn with a statement of four words or more before its question


def initialled_speaker(name: str, participants: list[str]) -> str:
    """A transcript's turn labelled with an initial ("K:", "D:"): the one participant whose surname, or family name
    written first, begins with it; else the label as written."""
    if not (name.isupper() and len(name) <= 2 and name.isalpha()):
        return name
    found = [p for p in participants if any(w.startswith(name) for w in (p.split()[0], p.split()[-1]))]
    return found[0] if len(found) == 1 else name


# A turn's label that gives its speaker a short name for his later turns: "Kosygin (hereafter K): ...", "Gromyko (below:
# G.): ...", "柯西金(以下简称柯):……" (short_name_markers in the language files).
_SHORT_NAME = compile_opening(
    r"^\s*(?P<name>[^\W\d_][^:：()（）\[\]\n]{0,80}?)\s*[(（\[]\s*(?:" + alternation(words("short_name_markers"))
    + r")(?:\s+(?:" + alternation(words("short_name_fillers")) + r"))?\s*[:：,，–—-]?\s*(?P<short>[^\W\d_][^\W_]{0,5}?)\.?\s*[)）\]]\s*[:：]"
)
_SHORT_LABEL = compile_opening(r"^\s*(?P<short>[^\W\d_][^\W_]{0,5}?)\.?\s*[:：]\s*(?=\S)")  # "K: ...", "柯:……"


def short_names(texts) -> dict[str, str]:
    """The short names a record's turn labels give their speakers ("Kosygin (hereafter K): ...": K is Alexei Kosygin),
    each the gazetteer's person where it knows the name."""
    found = {}
    for text in texts:
        if m := _SHORT_NAME.match(text):
            name = m["name"].strip()
            words_ = name.split()  # "Chairman of the Council of Ministers Kosygin", "Премьер Косыгин": the person after his title
            entity = next((e for i in range(len(words_)) if (e := lookup(" ".join(words_[i:]))) is not None and e.kind == "person"), None)
            found[m["short"]] = entity.name if entity is not None else canonical_name(name)
    return found


def defines_short_name(text: str) -> bool:
    return bool(_SHORT_NAME.match(text))


def short_turn(text: str, shorts: dict[str, str]) -> str | None:
    """The speaker of a turn labelled with the short name an earlier label gave him ("K: ..."), or by the label that
    gives it ("Kosygin (hereafter K): I am glad ...")."""
    m = _SHORT_NAME.match(text) or _SHORT_LABEL.match(text)
    return shorts.get(m["short"]) if m else None


# A speaker's label closed by a full stop, then his words in the first person ("Пузанов. Я сказал, что ...").
_DOTTED_TURN = compile_opening(
    r"^\s*(?P<name>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,2})\.\s+(?=(?:I|We)\b|(?:" + event_words("first_person") + r")\b)", re.IGNORECASE
)
BRACKETED_TURN = compile_opening(r"^\[(?P<given>[A-Z][\w'’-]+)\]\s+(?P<surname>[A-Z][\w'’-]+)\.\s*(?=\S)")
_ATTENDEE = compile_opening(r"^\s*(?:[A-Z\u0410-\u042f]\.\s*){1,3}[^\W\d_][\w'’-]+(?:\s*,\s*[^–—-]{0,40})?\s+[–—-]\s+\S")
# What parts a turn's speaker from what they said: a colon, a dash ("—", " – ", or "--" in a plain-text capture).
_TURN_MARK = r":|—|--|\s–\s|\s-\s"
# A turn numbered or lettered as a point of the record ("1. Frigyes Puja: ...", "a) Comrade X: ...", "(2) Громыко: ...",
# "II. Kádár: ..."): the point's mark before the speaker's name.
_POINT_MARK = r"(?:(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)]\s+|\((?:\d{1,2}|[a-z])\)\s+)?"
# A protocol's item head before its block ("Ad 1.", "Re item 3:", "Point 2.", "К пункту 1.", "По пункту II:"; item_heads
# in en.yaml): the item's number closes it; the block under it is dated by the session as any other.
ITEM_HEAD = r"(?:(?i:" + alternation(lexicon("en").get("item_heads") or ["(?!)"]) + r")\s*(?:No\.\s*|№\s*)?(?:\d{1,2}|[IVX]{1,4})\s*[.:)]\s+)"
_ITEM_HEAD = compile_opening(r"^\s*" + ITEM_HEAD)


def item_head_end(text: str) -> int:
    """Where a protocol's item head that opens ``text`` ends ("Ad 1. Comrade Naszkowski reported.": after "Ad 1. "); 0
    where none opens it."""
    m = _ITEM_HEAD.match(text)
    return m.end() if m else 0


# A speaker's label of a title of address and a surname, closed by a full stop, his words after it in a sentence of their
# own ("Comrade Gomułka. The PKI leadership went the Chinese way ...", "Тов. Ульбрихт. Положение в Берлине ...",
# "Ad 2. Comrade Ochab. We propose ..."): the title marks it a label whatever person the words are in.
TITLED_DOTTED_TURN = compile_opening(
    r"^\s*" + ITEM_HEAD + "?" + _POINT_MARK
    + r"(?:Comrade|Cde\.|Com\.|Tov\.|" + event_words("turn_titles") + r")\s+(?P<name>(?:[^\W\d_][^\W\d_A-Z]?\.\s*){0,2}[^\W\d_][\w'’-]+"
    r"(?:[\s-][^\W\d_][\w'’-]+){0,2})\.\s+(?=[^\W\d_]|[«“\"])"
)
_NAMED_TURN = compile_opening(r"^" + ITEM_HEAD + "?" + _POINT_MARK + r"(?:(?:Comrade|Cde\.|Com\.|Tov\.|Mr\.|Premier|President|Chairman|General)\s+)?(?P<name>[^\W\d_][^:—–\n]{0,40}?(?:\s*\([^()\n]{2,60}\)){0,2})\s*(?:" + _TURN_MARK + r")\s*\S")
# A committee's printed hearing: a title and the speaker's surname in capitals, then a full stop ("Senator CLARK. ...",
# "Secretary KISSINGER. ...", hearing_turn_titles in en.yaml).
_HEARING_TURN = compile_opening(
    r"^\s*(?:" + (alternation(lexicon("en").get("hearing_turn_titles") or []) or "(?!)") + r")\s+(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?)\.\s+(?=\S)")
# A working record's turn ("рабочая запись" of a Politburo session): the speaker's surname in capitals, his initials
# after it or none, a full stop, then his words ("ЧЕРНЕНКО. Юрий Владимирович просил передать ...", "ГРОМЫКО А.А. Вчера
# госсекретарь ..."); a speaker the gazetteer knows, or one with his initials (a word in capitals alone, "SECRET.", is none).
_CAPS = r"A-Z\u0410-\u042f\u0401"
_CAPITALS_TURN = compile_opening(
    rf"^\s*(?P<name>[{_CAPS}][{_CAPS}'’-]{{2,}})(?:\.|\s+(?P<initials>(?:[{_CAPS}]\.\s?){{1,2}}))\s+(?=[^\W\d_]|[«“\"])")
_TURN_LABELS = frozenset(w.lower() for key in ("labels", "attendance_labels") for w in lexicon("en").get(key) or [])  # and
# the head's lists of those present ("Participating: ...", "Chairman: ...", "Invited to item 1: ...")
# The interviewer's label in an interview transcript ("Q: When did you go out to Vientiane?"): his questions are turns.
# The label in any language's file or supplement ("WARTAWAN (Utusan Malaysia): Adakah benar ...?", a Malay press
# conference's reporter, the paper he asks for aside).
_ASKERS = frozenset(w.lower() for w in words("interviewer_labels", (*LANGUAGES, *SUPPLEMENTED)))
_ANSWERERS = frozenset(w.lower() for w in lexicon("en").get("answerer_labels", []))
# An interview's question labelled with a full stop, not a colon ("Q. When did you arrive?"): the one capital of the
# interviewer's labels (interviewer_labels), then the question's words. The answer's "A." is no label here: a lettered
# point ("A. The fighting over the past few months ...") and a name's initial ("A. C. S. Hameed") open lines so; the
# answers' acts are read as any sentence's.
_DOTTED_INTERVIEW_LABEL = DOTTED_ASKED  # (parse.generic: the transcript's turns are split on it too)


def is_asker(name: str | None) -> bool:
    """The interviewer's label ("Q"): each of his questions is a turn, however short."""
    return bool(name) and name.lower() in _ASKERS


# "Interviewed by: Charles Stuart Kennedy": the interviewer's name after a head line's label (a name, not a question).
_INTERVIEWER_HEAD = compile_opening(
    r"^\s*(?:" + alternation(lexicon("en").get("interviewer_heads") or []) + r")\s*:?\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})(?:,?\s+(?:in|at|on)\s+[^\n]{2,80})?\s*$"  # the place and day after
    # the name ("Conducted by Joseph E. O'Connor in Austin, Texas, on June 3, 1969")
)
_INTERVIEW_DATE = compile_opening(r"^\s*(?:" + alternation(lexicon("en").get("interview_date_labels") or []) + r")\s*:", re.IGNORECASE)


def interviewer_in(line: str) -> str | None:
    """The interviewer a head line names ("Interviewed by: Charles Stuart Kennedy"), or None."""
    m = _INTERVIEWER_HEAD.match(line)
    return canonical_name(m["name"]) if m else None


def dates_the_interview(line: str) -> bool:
    """A head line that dates the interview ("Initial interview date: March 14, 1989")."""
    return bool(_INTERVIEW_DATE.match(line))


# In a recollection's head, the line that names its interviewer by a bare "by" ("by Richard D. McKinzie" under the
# interview's place and day), and the title's words before the one interviewed ("Oral History Interview with Loy W.
# Henderson"): en.yaml recalled_interviewer_heads, interviewee_heads.
_RECALLED_INTERVIEWER = compile_opening(
    r"^\s*(?:" + alternation(lexicon("en").get("recalled_interviewer_heads") or ["(?!)"]) + r")\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}?)(?:\s+(?:in|at)\s+[A-Z][^:]{2,80}?)?\s*$")  # "... in Austin, Texas, on June 3, 1969"
_INTERVIEWEE = compile_opening(
    r"\b(?i:" + alternation(lexicon("en").get("interviewee_heads") or ["(?!)"]) + r")\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})")


def recalled_interviewer_in(line: str) -> str | None:
    """The interviewer a recollection's head line names after a bare "by" ("by Richard D. McKinzie"), or None."""
    m = _RECALLED_INTERVIEWER.match(line)
    return canonical_name(m["name"]) if m else None


def interviewee_in(title: str) -> str | None:
    """The one interviewed, whom an interview's title names ("Oral History Interview with Loy W. Henderson"), or None."""
    m = _INTERVIEWEE.search(title)
    if m is None or not m["name"][:1].isupper():
        return None
    known = lookup(m["name"])
    return known.name if known is not None and known.kind == "person" else canonical_name(m["name"])


# The label of a catalogue's field that heads a name in an interview's head ("Creator:", "Narrator:"): one word and a colon.
_HEAD_LABEL = re.compile(r"[A-Z][a-z]+[:：]")


def interview_parties(doc, recalls: bool = False) -> tuple[str, str | None] | None:
    """An interview transcript's interviewer (its head's "Interviewed by: ..." line, in a recollection a bare "by ..."
    line) and the one interviewed, whom the line above it names after his titles ("AMBASSADOR HOWARD R. TEMPLETON":
    Howard R. Templeton), or the title ("Oral History Interview with Loy W. Henderson"); None for any other page."""
    lines = [b.text.strip() for b in doc.blocks[:10] if len(b.text) < 120]
    heads = list(dict.fromkeys(lines if (doc.title or "").strip() in lines else [doc.title or "", *lines]))  # the lines in the page's order
    at = next((i for i, text in enumerate(heads) if interviewer_in(text)), None)
    if at is None and recalls and (at := next((i for i, text in enumerate(heads) if recalled_interviewer_in(text)), None)) is not None:
        return recalled_interviewer_in(heads[at]), next((n for text in heads[:at] if (n := interviewee_in(text))), None)  # the
        # title, or the line over the interviewer's ("Oral History Interview with ..." under the archive's name)
    if at is None:
        return None
    interviewer = interviewer_in(heads[at])
    words_ = heads[at - 1].split() if at > 0 else []  # the line above: "AMBASSADOR HOWARD R. TEMPLETON"
    if words_ and _HEAD_LABEL.fullmatch(words_[0]):
        words_ = words_[1:]  # a catalogue's field over the interviewer's ("Creator: Maurice M. Bernbaum"): the name after its label
    titles = {w.lower().rstrip(".") for key in ("titles", "participant_surname_titles") for w in lexicon("en").get(key) or []}
    while words_ and words_[0].lower().rstrip(".") in titles:  # "AMBASSADOR", "CONSUL", "GENERAL": his rank, not his name
        words_ = words_[1:]
    name = " ".join(words_)
    if not 2 <= len(words_) <= 5 or not all(w[:1].isupper() for w in words_) or interviewer_in(name):
        return interviewer, next((n for text in heads[:at] if (n := interviewee_in(text))), None)  # or the title over it
        # ("Oral History Interview with Harold B. Kessler" / "Conducted by David G. McComb in Austin, Texas, on ...")
    known = lookup(name)
    return interviewer, (known.name if known is not None and known.kind == "person" else
                         " ".join(w if not w.isupper() or len(w.rstrip(".")) <= 1 else w.capitalize() for w in words_))


def interview_turn(name: str, parties: tuple[str, str | None] | None) -> str:
    """The speaker of an interview's turn: the interviewer for his label ("Q"), the one interviewed for the answers'
    label ("A") or his surname ("TEMPLETON"); any other label as written."""
    if parties is None:
        return name
    interviewer, interviewee = parties
    if is_asker(name) or (interviewer and name.split() and name.split()[-1].casefold() == interviewer.split()[-1].casefold()):
        return interviewer  # "Q", or his surname as a recollection labels his turns ("MCKINZIE: ...")
    if interviewee and name.split() and (name.casefold() in _ANSWERERS or name.split()[-1].casefold() == interviewee.split()[-1].casefold()):
        return interviewee  # "A", or his surname ("TEMPLETON")
    return name


def named_turn_event(index: int, text: str, first: int, name: str, scope: Scope, language: str | None = None) -> EventDraft:
    """A speaker's turn, the whole passage: said at the meeting, unless its first sentence names another day
    ("Thank you for telephone call late last night")."""
    event = EventDraft(index, "statement", 0, len(text), "document_act", 0.5).on(scope.day)
    scope.during(event)
    if scope.day is None:
        event.date_kind = "undated"  # a record that gives no date: its turns are undated
    relative = [c for c in read_cues(text[:first], language) if c.kind == "relative" and (c.days <= 0 or c.weekday >= 0)]
    # a day to come the first sentence names ("Schaufele: I will see the Governor of the Bank of Zaire tomorrow") is its
    # plan's: the turn is said at the meeting
    told: tuple[list[str], list[str]] = ([], [])
    if relative and scope.day and told_weekday_act(0, text, first, scope, language) is None:
        event.turn_day = scope.day
        event.on(scope.day + timedelta(days=relative[0].days)).date_kind = None
        event.method, event.date_text = "relative_date", text[relative[0].start: relative[0].end]
        if (cut := told_clause(text[:first], relative[0].start, relative[0].end, language)) is not None:
            sources, targets = window_actors(text[cut:first], None)  # "The Minister of Fisheries reported that the frigate
            # Lowestoft had rammed the gunboat Týr on Monday": the day is the reported act's, and so are its actors
            told = (sources or told_group(text[:first], relative[0].start, relative[0].end), targets)
    event.sources = [name]
    if WRITER_INFORMED.search(text[:first]) and (informants := [n for n in actor_names(text[:first]) if n != name]):
        event.sources = informants  # "Last night, we have been informed from Warsaw - there was also a TASS communiqué -":
        # the source named reports what the speaker relays, as in a sentence of the record (tense_sentence)
    elif told[0]:
        event.sources, event.targets = told[0], [n for n in told[1] if n not in told[0]]
    return event


# The subject of an act a turn reports, named by its state and office ("that the Turkish ambassador had called on him"):
# the office (own_offices) of the state its adjective names (state_adjectives); "him", "me" after it: the speaker.
_ROLE_SUBJECT = compile_opening(
    r"\W*(?:\w+\s+){0,2}?that\s+(?:the\s+)?(?P<role>(?:" + alternation(lexicon("en").get("state_adjectives") or {}) + r")\s+(?:"
    + alternation(lexicon("en").get("own_offices") or []) + r"))\b(?P<rest>[^,;]*)$") if lexicon("en").get("own_offices") else None
_SPEAKER_OBJECT = compile_opening(r"\b(?:him|me)\b")


def told_weekday_act(index: int, text: str, first: int, scope: Scope, language: str | None = None,
                     speaker: str | None = None) -> EventDraft | None:
    """The act a turn's first sentence reports as done on a day of the week ("Comrade Mladenov reported further that the
    Turkish ambassador had called on him on Sunday"): on the last such day before the meeting, the turn itself on the
    meeting's day; its actors the office its subject names and the speaker its "him" stands for."""
    if scope.day is None:
        return None
    cues = read_cues(text[:first], language)
    when = next((c for c in cues if c.kind == "relative" and c.weekday >= 0 and c.to_weekday < 0 and not c.bound), None)
    said = next((c for c in cues if c.kind == "speech" and when is not None and c.end <= when.start), None)
    if said is None and when is not None and (verb := next((c for c in cues if c.kind == "past"), None)) is not None \
            and when.end <= verb.start and not any(c.kind in ("speech", "planned", "hypothetical") for c in cues) \
            and not AHEAD_WORDS.search(text, 0, first):
        said = Cue("speech", 0, 0)  # "At about 10:45 Wednesday morning some thirty guards attacked the work party": a turn
        # that opens with its day of the week and then its act tells the act of that day, the turn itself the meeting's
    told_before, label_end = False, 0
    if said is None and when is not None and (verb := next((c for c in cues if c.kind == "past"), None)) is not None \
            and verb.end <= when.start and not any(c.kind in ("planned", "hypothetical") or (c.kind == "speech" and c.start < when.start)
                                                   for c in cues) \
            and not AHEAD_WORDS.search(text, 0, first):
        told_before, label_end = True, text.rfind(":", 0, verb.start) + 1
        said = Cue("speech", label_end, label_end)  # "Comrade David: President Arbenz resigned on Sunday evening and
        # handed power to ...": a turn whose first sentence tells a past act on a day of the week reports that day's act
    if when is None or said is None or any(c.kind == "planned" for c in cues) or AHEAD_WORDS.search(text, said.end, when.start):
        return None  # "said that the ships will sail on Friday": a plan
    opens = said.end
    if (own := _own_day_before(text, cues, said.end, when)) is not None:
        opens = own[1]  # "..., что позавчера совет распустил парламент, а в пятницу назначил ...": the weekday's act its clause
    close = first
    if language in (None, "en") and said.end > 0:  # "said that the army had arrested two ministers on Sunday and that Mobutu
        # had dissolved the parliament": Sunday's act is its own clause's, the others the saying reports are rows of their own
        joined = [j for j in TOLD_JOINER.finditer(text, opens, first)]
        opens = max([opens, *(j.end() for j in joined if j.end() <= when.start)])
        close = next((j.start() for j in joined if j.start() >= when.end), first)
    act = EventDraft(index, "statement", opens, close, "relative_date", 0.4).on(scope.day + timedelta(days=weekday_offset(when.weekday, scope.day)))
    act.inferred, act.date_kind, act.date_text = True, "exact", text[when.start: when.end]
    if told_before:  # the act's own subject and object, not the speaker's label
        act.sources, act.targets = ([n for n in names if n != speaker] for names in window_actors(text[label_end:first], None))
    elif said.end == 0:  # the turn opened with its day: the actors of the clause after it
        act.sources, act.targets = window_actors(text[when.end: first], None)
    elif (told := told_clause(text[:close], when.start, when.end, language)) is not None and told >= said.start:
        act.sources = window_actors(text[max(opens, told): close], None)[0] or told_group(text[:close], when.start, when.end)
        # "The Minister of Fisheries reported that the frigate Lowestoft had rammed the gunboat Týr on Monday": the clause's
        # own subject did that day's act, not the teller (whom it was done to, the page's other readers tell)
    if language in (None, "en") and _ROLE_SUBJECT is not None and (role := _ROLE_SUBJECT.match(text, said.end, when.start)):
        act.sources = [" ".join(role["role"].split())]
        teller = (subject_names(text[: said.start], language) or [speaker])[0]  # "Comrade Mladenov reported": him
        act.targets = [teller] if teller and _SPEAKER_OBJECT.search(role["rest"]) else []
    return act


def _own_day_before(text: str, cues: list, opens: int, when: Cue) -> tuple[Cue, int] | None:
    """A clause before the weekday's, from the words said on, that opens with a day counted from the talk ("that the day
    before yesterday the council dissolved parliament, and on Friday named ministers", day_clause_joiners): that day and
    where the weekday's clause begins (after the joiner)."""
    day = next((c for c in cues if c.kind == "relative" and opens <= c.start and c.end <= when.start and c.weekday < 0
                and c.days < 0 and not c.bound and not c.since), None)
    if day is None:
        return None
    joiners = [j.end() for j in DAY_JOINER.finditer(text, day.end, when.start)]
    return (day, joiners[-1]) if joiners and joiners[-1] == when.start else None


def told_own_day_before(index: int, text: str, first: int, scope: Scope, language: str | None = None) -> EventDraft | None:
    """The act of the clause before a weekday's in a turn's first sentence (``told_weekday_act``) that opens with a day
    counted from the talk ("Не Вин сообщил, что позавчера совет распустил парламент, а в пятницу назначил ..."): on that
    day, its actors the clause's."""
    if scope.day is None:
        return None
    cues = read_cues(text[:first], language)
    when = next((c for c in cues if c.kind == "relative" and c.weekday >= 0 and c.to_weekday < 0 and not c.bound), None)
    said = next((c for c in cues if c.kind == "speech" and when is not None and c.end <= when.start), None)
    if when is None or said is None or any(c.kind == "planned" for c in cues) or (own := _own_day_before(text, cues, said.end, when)) is None:
        return None
    day, opens = own
    cut = text.rfind(",", 0, opens)
    act = EventDraft(index, "statement", said.end, cut if cut > day.end else opens, "relative_date", 0.4).on(scope.day + timedelta(days=day.days))
    act.inferred, act.date_kind, act.date_text = True, "exact", text[day.start: day.end]
    act.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(text[said.end: act.evidence_end])), "statement")
    act.sources, act.targets = window_actors(text[day.end: act.evidence_end], None)
    return act


# A turn told in reported speech in the speaker's own voice ("Premier Zhou said that the Soviet Union recently asked for
# our view ... We intend to cable ..."): the paragraphs after it that name no speaker of their own go on with his
# words ("Our view is:", "First, Cambodia's attitude has not changed."), as after "Comrade X:".
# The heading of a topic and a phrase that moves to it, before the speaker ("Indonesia. Turning to Indonesia, ..."):
# turn_openers; not a title and an initial ("Comrade Ts. Dugersuren reported.": the speaker's own name).
_TURN_OPENER = (r"(?:[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]{2,}){0,2}\.\s+)?(?:(?:" + alternation(lexicon("en").get("turn_openers") or [])
                + r")\b[^,.;:]{0,60},\s*)?")
_REPORTED_TURN = compile_opening(
    r"^\W*" + ITEM_HEAD + "?" + _TURN_OPENER + r"(?P<titled>(?:(?:the\s+)?(?:" + "|".join(re.escape(w) for w in sorted(lexicon("en").get("titles") or [], key=len, reverse=True))
    + r")\.?\s+)*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}))\s+(?:\[[^\]]{1,40}\]\s+)?(?:then\s+|also\s+)?(?:"
    + "|".join(re.escape(w) for w in lexicon("en").get("reported_speech_verbs") or [] if " " in w) + "|"  # "pointed out that"
    + SPEECH_VERBS + r")(?:(?:\s+(?:" + alternation(lexicon("en").get("turn_listeners") or []) + r"))?\s+(?:that|whether|if)\b"
    + r"|[.:](?=\s|$)|\s+(?:on|about)\s+(?=(?:the|a|an|his|her|their|its|our)\s))"
    # "Comrade Cyrankiewicz asked whether ...": a question reported, his turn too; "Comrade Ts. Dugersuren reported.": the
    # verb alone, what he reported the sentences after it; "Comrade X reported on the diplomatic struggle.": its topic;
    # "Hunlédé informed me that ...": the one he told between his verb and "that" (turn_listeners), his turn still
)
# A title that only a person bears ("Comrade", "Mr."): the name after it is a speaker's though the gazetteer lacks him.
_PERSONAL_TITLE = compile_opening(r"^(?:the\s+)?(?:" + alternation(lexicon("en").get("personal_titles") or []) + r")\.?\s")
_OWN_VOICE = compile_opening(r"\b(?:we|We|our|Our|us)\b")


def reported_turn(text: str) -> str | None:
    """The speaker of a paragraph that reports his words in his own voice ("Premier Zhou said that ... our view ...")."""
    m = _REPORTED_TURN.match(text)
    if not m or not _OWN_VOICE.search(text, m.end()):
        return None
    entity = lookup(m["name"])
    if entity is not None and entity.kind == "place":
        return None  # "The Soviet Union said that ...": a state, not a speaker of the meeting
    return entity.name if entity is not None and entity.kind == "person" else canonical_name(m["name"])


def bare_turn(text: str) -> bool:
    """A paragraph of a record that opens with its speaker and a verb of saying alone ("Comrade Ts. Dugersuren
    reported.", "Comrade X spoke:"): what he said, the sentences after it."""
    return (m := _REPORTED_TURN.match(text)) is not None and m[0][-1:] in ".:"


def narrated_speaker(text: str, language: str | None = None, people: Iterable[str] = (), written: Iterable[str] = ()) -> str | None:
    """The person a paragraph of a record opens with as the one saying ("Chen Yi then remarked that ..."): his own
    turn, told in the third person, not the last speaker's going on ("Ким Ир Сен сообщил, что ..." too). Only a person
    the gazetteer knows, or one of ``people`` (those the record names in full: its participants, the persons its text
    names) whose surname is the one the paragraph opens with and no other's ("Nguza said that ..." after "The Secretary:
    ...", in a record whose participants list "Foreign Minister Nguza Karl-i-Bond"); failing those, one of ``written``
    (the given name and surname the record writes, ``written_names``) whose surname it is and no other's ("Hunlédé
    informed me that ..." in a record that names "the Minister of Foreign Affairs, Joachim Hunlédé"), in English only
    (a Russian record writes names declined: "с Мохаммедом ФИТУРИ")."""
    if language == "ru":  # "Ким Ир Сен сообщил, что ...": the name, then the verb of saying
        said = next((c for c in read_cues(text[:80], language) if c.kind == "speech"), None)
        head = text[: said.start].strip(" ,") if said else ""
        entity = lookup(head) if head and len(head.split()) <= 4 else None
        name = head if head and all(w[:1].isupper() for w in head.split()) else ""  # "Хамид сообщил": a surname alone
    else:
        m = _REPORTED_TURN.match(text)
        entity = (lookup(m["name"]) or lookup(re.sub(r"^(?:the|The)\s+", "", m["titled"]))) if m else None  # "Secretary Dulles"
        if m and entity is None and _PERSONAL_TITLE.match(m["titled"]) and len(m["name"].split()) <= 2:
            return canonical_name(m["name"])  # "Comrade Mittag reported that ...": a member the gazetteer lacks, his own turn
        name = m["name"] if m else ""
    if entity is None and name and 1 <= len(short := _folded_words(name)) <= 2 and len(full := {
        p for p in people if len(words := _folded_words(p)) > len(short) and (words[-len(short):] == short or words[: len(short)] == short)
    } or {p for p in written if language in (None, "en") and len(words := _folded_words(p)) == len(short) + 1 and words[1:] == short}) == 1:
        return full.pop()  # "General Vessey reported that ...": the "General John W. Vessey, Jr." the record names; "Nguza
        # said": "Nguza Karl-i-Bond", named by his first name as a Zairean or a Chinese name is; "Хамид сообщил, что ...":
        # the "А. С. Ш. Хамид" a Russian record names
    return entity.name if entity is not None and entity.kind == "person" else None


def written_names(texts: Iterable[str]) -> list[str]:
    """The names of two words a record writes, a given name and a surname each capitalised ("Joachim Hunlédé"), not
    a title (en.yaml ``titles``) nor a name the gazetteer holds as a place or a body: whom a paragraph opening with
    the surname alone may mean (narrated_speaker)."""
    found: dict[str, None] = {}
    for text in texts:
        for m in _WRITTEN_NAME.finditer(text):
            if not (m[1][:1].isupper() and m[2][:1].isupper()) or {m[1].casefold(), m[2].casefold()} & _TITLE_WORDS:
                continue
            if (known := lookup(m[0])) is not None and known.kind != "person":
                continue
            found[m[0]] = None
    return list(found)


_WRITTEN_NAME = re.compile(r"(?<![\w'’.-])([^\W\d_][^\W\d_'’-]+)\s+([^\W\d_][\w'’-]+)(?![\w'’-]|\s+[^\W\d_])")
_TITLE_WORDS = frozenset(w.casefold().strip(".") for w in [*(lexicon("en").get("titles") or []), *(lexicon("en").get("personal_titles") or [])])


def _folded_words(name: str) -> list[str]:
    """A name's words without accents, case or full stops ("Hunlédé" -> ["hunlede"])."""
    plain = without_accents(name)
    words = [w.strip(".,") for w in plain.casefold().split() if w.strip(".,")]
    return words[:-1] if len(words) > 2 and words[-1] in _NAME_SUFFIXES else words


_NAME_SUFFIXES = frozenset(w.casefold().strip(".") for w in lexicon("en").get("name_generation_suffixes") or [])


SPEAKER_LINE = compile_opening(r"^\s*(?:(?:Comrade|Cde\.|Com\.|Mr\.)\s+)?(?P<name>[^\W\d_][^:\n]{1,50}?)\s*:\s*$")
LABELLED = compile_opening(r"^\s*[^\W\d_][^:—\n]{0,40}(?::|—|--)")


# Words a body or an office shares with a participant without naming him: the states' adjectives and the titles ("the
# Bulgarian Red Cross" is not "the Bulgarian Ambassador").
_NOT_NAME_WORDS = frozenset(w.casefold() for w in [*(lexicon("en").get("state_adjectives") or {}), *(lexicon("en").get("titles") or [])])


def turn_addressees(speakers: list[str], participants: list[str]) -> list[str]:
    """Whom a turn of a two- or three-party conversation is said to: the other participants."""
    if not speakers or not 2 <= len(participants) <= 3:
        return []
    said_by = set(speakers[0].casefold().split()) - _NOT_NAME_WORDS
    others = [p for p in participants if not said_by & set(p.casefold().split())]  # "Zhou" is "Zhou Enlai"
    return others if len(others) < len(participants) else []


_MESSAGE_NOUNS = alternation(lexicon("en").get("quoted_message_nouns") or [])
ANNOUNCED = compile_opening(
    rf"\b(?:{_MESSAGE_NOUNS})\s+from\s+(?P<sender>.+?)\s+to\s+(?P<recipient>.+?)(?=\s+of\s+\d|\s+dated\b|(?<!\b[A-Z])[.:;,]|$)",
    re.IGNORECASE,
)
FORWARDED = compile_opening(
    rf"\b(?:{alternation(lexicon('en').get('forwarding_verbs') or [])})\s+(?:the\s+)?following\s+(?:{_MESSAGE_NOUNS})\s+"
    r"to\s+(?P<recipient>[^.:;,]+?)\s*(?:[.:;]|$)",
    re.IGNORECASE,
)  # "Transmit the following answer to MAO ZEDONG.": the writer's own message, to be passed on
_FOLLOWING = compile_opening("following", re.IGNORECASE)  # a word FORWARDED needs
_FROM = compile_opening("from", re.IGNORECASE)  # a word ANNOUNCED needs
_RU = lexicon("ru")
FORWARDED_RU = compile_opening(
    rf"(?<!\w)(?:{alternation(_RU.get('forwarding_verbs') or [])})\s+(?P<recipient>[^.:;,]{{3,60}}?)\s+"
    rf"(?:{alternation(_RU.get('following_words') or [])})(?:\s+(?:{alternation(_RU.get('quoted_message_nouns') or [])}))?\s*(?:[.:;]|$)"
)  # the same in Russian: the one named stands in the dative between the verb and "the following"
_ATTACHMENT_WORDS = [w for language in ("en", "ru", "zh") for w in lexicon(language).get("attachment_headings") or []]
_ATTACHMENT_NUMBERS = [w for language in ("en", "ru", "zh") for w in lexicon(language).get("attachment_numbers") or []]
ATTACHMENT_HEADING = compile_opening(
    rf"^\W{{0,2}}(?P<heading>(?:{alternation(_ATTACHMENT_WORDS)})"
    rf"(?P<number>\s*(?:No\.?|№)?\s*(?:\d{{1,3}}|[A-Z]|[IVX]{{1,4}}|(?:{alternation(_ATTACHMENT_NUMBERS) or 'x^'})+)\b)?)\s*[.:：]?",
    re.IGNORECASE,
)  # "Attachment No. 1", "Приложение № 2", "附件一": a paper attached to the document opens here
_ATTACHMENT_REFERENCE = compile_opening(
    rf"\((?P<label>(?:{alternation(_ATTACHMENT_WORDS)})\s*(?:No\.?|№)?\s*\d{{1,3}})\)", re.IGNORECASE
)  # "... the attached draft letters ... (Attachment No. 1)": the passage that refers to it


_PAPER_OF = compile_opening(rf"\b(?:{_MESSAGE_NOUNS})s?\s+(?:of|from)\s+(?P<parties>[^()]+?)\s*\((?:{alternation(_ATTACHMENT_WORDS)})", re.IGNORECASE)


def attachment_references(doc) -> dict[str, tuple[int, int, int]]:
    """Each attachment's label ("attachment no. 1") and the passage that refers to it (its index and whole span)."""
    referred: dict[str, tuple[int, int, int]] = {}
    for index, block in enumerate(doc.blocks):
        for m in _ATTACHMENT_REFERENCE.finditer(block.text):
            referred.setdefault(" ".join(m["label"].split()).casefold(), (index, 0, len(block.text)))
    return referred
_SALUTATION = compile_opening(r"^\W*(?:[A-Z]{1,3}\s*:\s*)?[“«\"]\s*(?:Dear|Respected|Esteemed)\s+(?P<name>[^:,!\n]{2,60})", re.IGNORECASE)


def attachments(doc, referred: dict[str, tuple[int, int, int]]) -> list[Embedded]:
    """The papers attached to the document: each opens at a heading of its own ("Attachment No. 1", alone on its line
    or opening a run-together page's passage) and runs to the next such heading or the end of the text. The sentence
    that refers to it ("... draft letters ... (Attachment No. 1)") announces it where there is one, else the heading."""
    found: list[Embedded] = []
    for index, block in enumerate(doc.blocks):
        if block.section_type in ("header", "trailer"):
            continue
        m = ATTACHMENT_HEADING.match(block.text)
        if not m or not (m["number"] or m.end() >= len(block.text.rstrip())):
            if found and found[-1].active:
                found[-1].blocks.append(index)
            continue
        part = Embedded([], [], None, active=True, kind="attachment", blocks=[index])
        label = " ".join(m["heading"].split())
        part.announcement = referred.get(label.casefold(), (index, 0, len(m["heading"])))
        if (told := _PAPER_OF.search(doc.blocks[part.announcement[0]].text)) and part.announcement[0] != index:
            part.senders, part.recipients = parties_named(told["parties"])  # "draft letters of X to Y (Attachment No. 1)"
        found.append(part)
    return found


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
    announcement: tuple[int, int, int] = (0, 0, 0)  # the passage and the span of the sentence that announces it
    blocks: list[int] = field(default_factory=list)  # the passages of the quoted message, in order
    inside: bool = False  # its quotation is still open after the last of its passages
    kind: str = "quoted_message"  # or "attachment": a paper attached to the document
    date_text: str | None = None  # the words its date was read from

    @classmethod
    def announced(cls, s: Sentence, writers: list[str]) -> Embedded | None:
        # the words "following" and "from" looked for first: few sentences forward or announce a message
        if forwarded := (_FOLLOWING.search(s.text) and FORWARDED.search(s.text)) or FORWARDED_RU.search(s.text):
            return cls(list(writers), [canonical_name(forwarded["recipient"])], None)
        m = ANNOUNCED.search(s.text) if _FROM.search(s.text) else None
        if not m:
            return None
        days = [d for d in s.dates if m.end() <= d.start < m.end() + 30 and d.precision in ("day", "minute")]
        embedded = cls([canonical_name(m["sender"])], [canonical_name(m["recipient"])], days[0].start_date if days else None)
        embedded.date_text = days[0].text if days else None
        return embedded

    @staticmethod
    def opens(text: str) -> bool:
        return bool(re.match(r"^\W{0,3}(?:[A-Z]{1,3}\s*:\s*)?[“«\"]", text))

    def enter(self, index: int, text: str, found: list[Embedded]) -> Embedded | None:
        """The next passage of the document: the quotation opens in it (the message is then ``found``), goes on, or
        has closed in the passage before (the message has ended: None); a quotation that does not open within
        ``wait`` passages of the announcement is not the message."""
        if not self.active:
            if not self.opens(text):
                self.wait -= 1
                return self if self.wait > 0 else None
            self.active = True
            found.append(self)
        elif not self.inside:
            return None
        self.inside = inside_quotation(("“" if self.blocks else "") + text, len(text) + (1 if self.blocks else 0))
        self.blocks.append(index)
        return self

    def claim(self, events: list[EventDraft], context: Context, text: str) -> None:
        """A passage of the message: its events are told in it, and its writer's acts are his."""
        if (greeting := _SALUTATION.match(text)) and (entity := lookup(greeting["name"])):
            self.recipients = [entity.name]  # "Dear Comrade STALIN I.V.": the letter's own addressee
        if self.day is None and _SIGNED.search(text) and (signed := [d for d in find_dates(text) if d.precision in ("day", "minute")]):
            self.day, self.date_text = signed[-1].start_date, signed[-1].text  # "Sincerely, L. Brezhnev, October 19, 1973"
        for event in events:
            event.part = self
            first_person = event.method == "document_act" or (event.sources and set(event.sources) <= set(context.senders))
            if event.method not in ("document_act", "tense_sentence", "relative_date") or not first_person:
                continue  # "the enemy put out of operation ...": a third party's act, told in the letter
            if set(self.senders) <= set(context.senders):  # the writer's own message, to be passed on: his acts as they are
                event.targets = event.targets or [n for n in self.recipients if n not in self.senders]
                continue
            covering = {*context.senders, *context.recipients, *self.senders, *self.recipients}
            others = [n for n in event.targets if n not in covering]  # "with the leading comrades of Poland": theirs still
            event.sources = list(self.senders)
            event.targets = [n for n in self.recipients if n not in self.senders] + others
            event.key_as = None
            if self.day and event.method == "document_act" and event.start_date == event.end_date:
                event.on(self.day)


def names_a_role(text: str) -> bool:
    """"Alexandrov – head of the secretariat of ...": who attended and in what office, not a turn of the meeting."""
    return bool(_ROLE.match(_said_part(text)))


def _said_part(text: str) -> str:
    """What a turn says, its speaker's label off: after the colon or dash, or after a printed hearing's "Secretary
    KISSINGER." (whose title is no office a list of those present gives)."""
    if (hearing := _HEARING_TURN.match(text)) is not None:
        return text[hearing.end():]
    return re.split(_TURN_MARK, text, maxsplit=1)[-1]


def says_something(text: str, language: str | None, carried: bool = True) -> bool:
    """A turn states something when a verb says, asks, proposes or tells of an act; a turn with its speaker's label
    also when it names a state, a person or a body ("China needs a period of 3-5 years of peace"). A paragraph
    going on with a turn ("plus advisors and experts.") and a courtesy ("Takeiri: I am glad to hear that.") state
    nothing; a wish in the first person ("We want to know ...") states what the speaker wants."""
    said = _said_part(text)
    if _ROLE.match(said):
        return False  # "Alexandrov – head of the secretariat of ...": who attended, not what was said
    if not carried and any(m.entity.is_actor for m in find_mentions(said)):
        return True
    if _SIGNED.search(text):
        return True  # "Sincerely, L. Brezhnev, October 19, 1973": the letter read out is signed
    if not carried and _COMMITS.match(said):
        return True  # "Ambassador Troyanovsky: I will convey your request.": a promise made at the meeting
    if not carried and _HEARING_TURN.match(text) and said.rstrip().endswith("?") and len(said.split()) >= _QUESTION_WORDS:
        return True  # "Mr. PAYNTER. Mr. Medeiros, did you get the name of the vessel?": a member's question to the witness
    if states_a_wish(said, language):
        return True  # "K.: We want to know your opinion.", "К.: Мы хотим ...": the speaker's wish, said at the meeting
    return any(c.kind in ("speech", "performative", "past", "obligation", "planned", "ongoing") for c in read_cues(text, language))


_QUESTION_WORDS = 4  # a question put, not a word of assent ("Really?")
_COMMITS = compile_opening(r"\s*(?:" + (alternation(lexicon("en").get("turn_commitments") or []).replace("\\ ", "\\s+") or "(?!)") + r")\s", re.IGNORECASE)
_ROLE = compile_opening(r"\s*(?:the\s+)?(?:head|member|chief|secretary|chairman|deputy|director|minister|ambassador|advis[eo]r|interpreter|translator)\b", re.IGNORECASE)
_SIGNED = compile_opening(r"\b(?:Sincerely|Respectfully|Yours)\b", re.IGNORECASE)
