"""The walk through a document's passages: each passage annotated once, each sentence handed to the
rules of every method in turn, with what the walk carries (the day in scope, the last speaker, a
quotation left open, a message read out)."""

from __future__ import annotations

import calendar
import functools
import itertools
import re
from calendar import monthrange
from copy import copy
from dataclasses import replace
from datetime import date, timedelta

from pipeline.extract import row_filter
from pipeline.extract.events.annotate import (
    Sentence,
    annotate,
    compared_time,
    issue_line,
    looks_back,
    plan_opened,
    pluperfect_in,
    tells_a_plan,
    whole_line,
)
from pipeline.extract.events.cable_header import header_events
from pipeline.extract.events.cable_trailer import (
    distributed_to,
    drafts_at,
    handling_actors,
    is_distribution_line,
    is_form_hand_line,
    is_repeat_line,
    receipt_day,
    repeat_posts,
    sentence_handling_kind,
    shaped_handling,
    shaped_lines,
    trailer_events,
)
from pipeline.extract.events.clause_plans import clause_plans
from pipeline.extract.events.common import (
    _BARE_FORCE_WORDS,
    CLOCK,
    DECISION,
    INTRODUCES_SPEECH,
    KEYWORD_PATTERNS,
    OPENING_QUOTES,
    SAID_ASIDE,
    SENT_TYPES,
    SPEECH_VERBS,
    SYMMETRIC,
    TEXT_BLOCKS,
    TURN,
    Context,
    EventDraft,
    actor_names,
    addressed_first,
    apposed_holders,
    carried_subject,
    clause_names,
    course_end,
    cue_actors,
    decision_targets,
    event_words,
    force_actors,
    group_nouns,
    group_without_rank,
    inside_quotation,
    is_person,
    kept_actors,
    last_dated,
    met_with,
    name_spans,
    object_group,
    opening_name,
    own_group,
    own_named,
    owned_groups,
    page_state,
    qualified_holders,
    reading_page,
    side_of,
    standing_starts,
    subject_group,
    subject_names,
    subject_phrase,
    telling_after,
    titles_of_language,
    told_clause,
    told_group,
    unqualified_actors,
    window_actors,
    written_to,
    zh_opening_subject,
)
from pipeline.extract.events.context import (
    RECORD_WORDS,
    beside_day,
    dateline_blocks,
    day_alone,
    document_context,
    entry_day_in_head,
    entry_head,
    foot_name,
    form_vessel,
    is_transcription_label,
    listed_office_holders,
    listed_offices_opening,
    log_day_head,
    log_entry_hour,
    log_keeper,
    member_opening,
    mission_in_title,
    office_opening,
    offices_listed_alone,
    opens_the_talk,
    own_weekday_heading,
    page_month,
    participants_named,
    people_present,
    present_line,
    present_list_lines,
    present_members,
    present_told,
    register_row,
    register_row_hour,
    reviewed_year,
    sheet_keeper,
    weekday_day_head,
    wire_day,
)
from pipeline.extract.events.coordinated_acts import part_coordinated_acts
from pipeline.extract.events.dated_sentence import (
    backdrop_year,
    course_after_aside,
    deadline_passed,
    interposed_clause,
    interposed_tail,
    is_ahead,
    is_dateline,
    is_unreal,
    is_wished,
    merge_listed,
    names_a_dated_thing,
    names_a_thing,
    names_since,
    sentence_event,
    since_day_told,
    since_lasting_ru,
    since_other,
    since_span,
    writer_past,
)
from pipeline.extract.events.document_act import (
    ANNOUNCED,
    ATTACHMENT_HEADING,
    BRACKETED_TURN,
    FORWARDED,
    FORWARDED_RU,
    LABELLED,
    SPEAKER_LINE,
    TITLED_DOTTED_TURN,
    Embedded,
    act_events,
    attachment_references,
    attachments,
    bare_turn,
    dates_the_interview,
    defines_short_name,
    foresees_alone,
    initialled_speaker,
    interjection_event,
    interview_parties,
    interview_turn,
    interviewer_in,
    is_asker,
    item_head_end,
    listed_speakers,
    member_label,
    named_turn_event,
    names_a_role,
    narrated_speaker,
    planned_point,
    quoted_statement,
    recalled_interviewer_in,
    reported_turn,
    says_something,
    short_names,
    short_turn,
    spoken_name,
    told_own_day_before,
    told_weekday_act,
    turn_addressees,
    turn_event,
    turn_name_in,
    turn_speaker_in,
    written_names,
    zh_turn_label,
)
from pipeline.extract.events.document_metadata import (
    closing_dateline,
    document_event,
    heading_event,
    occasion_event,
)
from pipeline.extract.events.full_names import (
    folded_capitals,
    nominative_names,
    page_lower_words,
    resolve_bare_bodies,
    resolve_countries_groups,
    resolve_owned_groups,
    resolve_posted_offices,
    resolve_short_names,
    surnames_alone,
)
from pipeline.extract.events.message_file import day_of_message, message_heads, message_parties
from pipeline.extract.events.recollection import date_answers_by_story
from pipeline.extract.events.relative_date import (
    PERFECT_VERB,
    apposed_events,
    counted_after_date,
    from_happening,
    ongoing_after_date,
    ongoing_state,
    period_start_events,
    relative_events,
    sentence_opened_on,
    since_happening_events,
    since_then_after_date,
    since_then_events,
    since_then_joined,
    since_told_events,
    zh_told_days_after_date,
)
from pipeline.extract.events.source_account import account_events
from pipeline.extract.events.talk_parties import talk_parties
from pipeline.extract.events.tense_sentence import (
    AHEAD_WORDS,
    ASSENT_TURN,
    DONE_ANCHORED,
    MEETING_OPENS,
    POINT_MARKS,
    RECORDED_BY,
    SCHEDULED_PRESENT,
    Scope,
    already_pattern,
    aside_events,
    convened_by,
    dated_aside,
    goes_on_that_day,
    is_past_form,
    night_after_day,
    reply_reports,
    reported_by_others,
    reported_clause_start,
    reported_done_acts,
    states_day,
    story_day_row,
    tense_events,
    told_day_of,
    told_night_of,
    turn_plans,
    within_period,
    written_on,
)
from pipeline.extract.events.titles import (
    contested_offices,
    holder,
    is_bare_title,
    office_holders,
    ru_office_holders,
    zh_office_holders,
)
from pipeline.extract.events.undated_sentence import (
    conformity_events,
    planned_events,
    referred_events,
    request_told_with_its_act,
    requested_events,
    undated_events,
)
from pipeline.extract.mentions import find_mentions, read_passage, reading_passages, reading_variants
from pipeline.extract.tense import closing_after_clause, is_hypothetical, read_cues, weekday_offset
from pipeline.normalize.capitals import in_capitals, names_after_titles, sentence_case
from pipeline.normalize.dates import (
    EVERY_LENGTH,
    DateMention,
    ascii_figures,
    clock_hours,
    find_dates,
    find_months_alone,
    find_relative,
    in_year,
    lines_read_once,
    slashes_read,
    year_heading,
)
from pipeline.normalize.doctypes import document_type_of
from pipeline.normalize.lexicon import (
    LANGUAGES,
    SUPPLEMENTED,
    alternation,
    lexicon,
    page_language,
    reading,
    reading_language,
    weekday_numbers,
    words,
)
from pipeline.normalize.names import canonical_name, dated_surname, entity, lookup, resolve
from pipeline.normalize.offices import (
    bare_holders,
    home_countries,
    house_offices,
    office_names,
    participant_in_office,
)
from pipeline.normalize.openings import compile_opening
from pipeline.normalize.organs import own_organs, writer_state
from pipeline.normalize.text import normalize_space, sentence_spans
from pipeline.parse.book_page import is_notes_heading
from pipeline.parse.book_shape import is_document_number_alone, is_document_number_head, note_number
from pipeline.parse.generic import (
    CATALOGUE_ENTRY,
    LOG_HOUR,
    broadcast_item_line,
    kept_span_line,
    wire_opening_end,
)
from pipeline.parse.headings import is_publishing_site
from pipeline.parse.model import ParsedDocument, dated_line, ends_sentence
from pipeline.parse.signal_head import log_way
from pipeline.parse.signature import SIGNED_LABEL, is_annotation_line
from pipeline.parse.source_note import citation_line
from pipeline.parse.wcda_layout import is_head_line, reads_as_summary

_DECISION_LABELS = frozenset(w.casefold() for w in lexicon("en").get("decision_labels") or [])
# English words of grammar the sentence readers' patterns are built of (en.yaml): the auxiliaries of a passive ("was
# heard", "have been shot down"), the pronouns a verb takes for its object ("thanked him") and for the one spoken to
# ("told us that ...").
_PASSIVE_AUXILIARIES = alternation(lexicon("en").get("passive_auxiliaries") or ["(?!)"]).replace(r"\ ", r"\s+")
_OBJECT_PRONOUNS = alternation(lexicon("en").get("object_pronouns") or ["(?!)"])
_SPOKEN_TO = alternation(lexicon("en").get("spoken_to_pronouns") or ["(?!)"])


def is_decision_label(name: str) -> bool:
    """A record's decision label read as a speaker's name ("Resolved", "Постановили")."""
    return name.strip(" :").casefold() in _DECISION_LABELS


_HAN_FIRST, _HAN_LAST = 0x3400, 0x9FFF  # the Han characters: a language written without spaces between its words
_DECISION_HEADS = frozenset(w.casefold() for w in lexicon("en").get("decision_heads") or [])
_UNSPACED_HEADS = tuple(w for w in _DECISION_HEADS if any(_HAN_FIRST <= ord(c) <= _HAN_LAST for c in w))  # "会议决定：": no space before
_HEAD_LENGTH = 120  # a line that leads into a list, not a paragraph that ends with a colon
_SUBJECT_LINE = 80  # "The Presidium of the CC CPCz", alone on its line between the head and the points


def is_decision_head(text: str) -> bool:
    """A line that leads into a body's decisions, closed by a colon: a decision label alone ("Decided:"), or a line
    whose last word before the colon is one ("Resolution:", "The Politburo DECIDED:", and their Russian and Chinese
    forms, ``decision_heads`` in en.yaml)."""
    text = text.strip()
    if not text or len(text) > _HEAD_LENGTH or text[-1] not in ":\uff1a":
        return False
    head = text[:-1].rstrip().casefold()
    return is_decision_label(text) or (head.rsplit(None, 1) or [""])[-1] in _DECISION_HEADS or head.endswith(_UNSPACED_HEADS)


def _decided_items(doc: ParsedDocument, body: str | None = None) -> set[int]:
    """The blocks of the items a record lists under a line that heads its decisions ("Decided:", "Resolution:", "The
    Politburo DECIDED:"), or under the record's body named alone before a colon ("The National Security Council: / a.
    Noted and discussed ..."), with the body's name alone on a line between them ("Resolution: / The Presidium of the CC
    CPCz / 1. takes note of ..."); the paragraph right under the head is its decision told in running text ("Decision: /
    The Political Committee approved ... The Hungarian Red Cross is to send ...")."""
    items, under, listed, style = set(), False, False, None
    for index, block in enumerate(doc.blocks):
        if is_decision_head(block.text) or body is not None and names_the_body(block.text, body):
            under, listed, style = True, False, None
        elif under and (block.passage_type == "list_item" or _NUMBERED_POINT.match(block.text) or _POINT_OPENING.match(block.text)):
            marker = _marker_style(block.text)
            if listed and style is not None and marker is not None and marker != style:
                under = False  # "a. ..., b. ..., c. ..." then "5. Any other business": the minutes' next item, not a point
                continue
            items.add(index)  # "1. ...", and a paragraph numbered as a point ("二、由总参谋部准备……", "2) ...")
            listed, style = True, style or marker
        elif under and not listed and len(block.text) <= _SUBJECT_LINE and not block.text.rstrip().endswith((".", ":", ";", "\u3002", "\uff1a", "\uff1b")):
            continue  # the body's name that the points complete ("The Presidium ... / 1. takes note of ...")
        elif under and not listed and block.passage_type == "paragraph" and not _TURN_LABEL.match(block.text):
            items.add(index)  # "Decision: / The Political Committee approved the text ...": its decisions in a paragraph
            listed = True
        else:
            under = False
    return items


def _marker_style(text: str) -> str | None:
    """How a point is marked: by a figure ("1.", "(2)") or a letter ("a.", "(b)"); None for any other opening."""
    opening = text.lstrip(" (")[:1]
    return "figure" if opening.isdigit() else "letter" if opening.isalpha() and opening.islower() and text.lstrip(" (")[1:2] in ".)" else None


def _place_and_day(text: str) -> bool:
    """A line that is a place and a day alone ("Ulaanbaatar, 18 March 1969."), as a session's minutes head their list of
    those present."""
    days = [d for d in find_dates(text) if d.precision in ("day", "minute")]
    if len(days) != 1:
        return False
    rest = (text[: days[0].start] + " " + text[days[0].end:]).strip(" .,;:\n")
    words = rest.replace(",", " ").split()
    return 1 <= len(words) <= _PLACE_WORDS and all(w[:1].isupper() for w in words)


_PLACE_WORDS = 3  # "Ulaanbaatar", "Ulan Bator", "Berlin, Prenzlauer Berg"


_NUMBERED_POINT = compile_opening(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z]\)|[a-z]\.)\s")  # "1. ", "(2) ", "(a) ", "b) ", "c. "


def names_the_body(text: str, body: str) -> bool:
    """A short line that is only the record's body before a colon: "The National Security Council:", "Политбюро ЦК:"; or
    before a dash, as a cabinet's conclusions head the points it agreed ("The Cabinet—" / "(1) Took note ...", "The
    Cabinet -" / "(a) noted ...")."""
    text = text.strip()
    if not text or len(text) > _SUBJECT_LINE or text[-1] not in ":\uff1a\u2014\u2013-" or text.endswith("-") and text[-2:-1] != " ":
        return False
    name = text[:-1].strip()
    if name.casefold() in (body.casefold(), "the " + body.casefold()):
        return True  # "The Cabinet—": the body as the record names it, which the gazetteer need not know
    mentions = find_mentions(name)
    return len(mentions) == 1 and mentions[0].entity.name == body and len(name) - (mentions[0].end - mentions[0].start) <= _ARTICLE


_ARTICLE = 4  # "The " before the body's name


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """A paragraph's sentences: cut after a full stop or semicolon that ends a word in small letters or a bracket
    ("... on 21 February. The Hungarian Red Cross ..."), not after an initial ("Cde. A. Puja"), and after the Chinese stops."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        stop = m.start()
        word = text[:stop].rsplit(None, 1)[-1] if text[:stop].strip() else ""
        if text[stop] in "\u3002\uff1b" or text[stop - 1:stop] == ")" or len(word) >= _SHORTENED and word[-1:].isalpha() \
                or len(word) >= 2 and word.islower():
            if text[start:m.end()].strip():
                spans.append((start, stop + 1))
            start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


_SHORTENED = 4  # "Cde.", "Dr.", "т.": a word shortened before its stop is shorter than this, and written with a capital
_SENTENCE_END = re.compile(r"(?<=\w)[.;](?:\s+|$)|(?<=\))[.;](?:\s+|$)|[\u3002\uff1b]\s*")


# A task the point sets in a clause of its own, after its head verb: "approves the proposal ... to send ...", "одобрить
# предложение ... направить делегацию ...": a later day there is the task's, the point is decided on the session's day.
_EMBEDDED_TASK = compile_opening(r"\bto\s+[a-z]{2,}|\s[^\W\d_]{2,}(?:" + alternation(lexicon("ru").get("infinitive_endings") or ["(?!)"]) + r")(?!\w)")


def _decisions(doc: ParsedDocument, context: Context, decided: set[int], events: list[EventDraft]) -> list[EventDraft]:
    """Each point a session's minutes list under their decision label ("Decision: / 1. The Political Committee takes
    note of the information. / 2. ... approves the dispatch of ... / 3. The position is to be coordinated ..."): the
    body's decision, on the session's day; one row a point that has none of that day yet. A point whose own clause
    names a later day is the plan for it, as the rules read it already."""
    day = context.occasion or context.letter_date
    if day is None:
        return []
    if context.occasion is not None and context.occasion_end is not None:
        return _session_decisions(doc, context, decided, events)
    made = []
    for index in sorted(decided):
        text = doc.blocks[index].text
        spans = _sentence_spans(text) if doc.blocks[index].passage_type == "paragraph" else [(0, len(text))]
        if len(spans) == 1 and any(e.block == index and e.start_date == day == e.end_date for e in events):
            continue  # a paragraph of several points: each its own row, below
        head = next((i for i in range(index - 1, -1, -1) if is_decision_head(doc.blocks[i].text)), None)
        if head is not None and any(e.block == head and e.start_date is not None and e.start_date <= day <= (e.end_date or e.start_date)
                                    for e in events):
            continue  # "6. After the discussion the Executive Committee resolved: / a) to instruct the Bureau ...": the
            # line's own row is the decision, its points what was resolved
        for start, end in spans:  # a paragraph of decisions: one row a sentence ("... approved the text ... The Hungarian
            # Red Cross is to send medical supplies ... Comrade Gyenes is to inform the fraternal parties.")
            said = text[start:end]
            if len(spans) > 1 and any(e.block == index and e.start_date == day == e.end_date and start <= e.evidence_start < end for e in events):
                continue
            if planned_point(said, day) or (decision_point(said) and not names_the_session_day(said, day)):
                continue  # "2. The Solidarity Committee of the GDR will send medicines ... in February", "(i) that a
                # Hurricane Relief Fund be opened ...": the plan the session set, its row the plan's own, undated
                # (decided_point), no decision on the session's day beside it unless the point names that day
            point = re.split(r"(?<=[a-z)])[.;]\s", re.sub(r"^\W*\d{1,2}[.)]\s*", "", said), maxsplit=1)[0]
            if any(d.start_date and d.start_date > day and not _EMBEDDED_TASK.search(point, 4, d.start) for d in find_dates(point, day.year)):
                continue  # "3. To convene the Politburo again on 17 December.": a plan for that day, told as such; not
                # "2. ... approves the dispatch ... Deadline: 20 October 1973.", whose day is the task's, nor "2. approves
                # the proposal of Comrade Husák to send a delegation ... in January 1982": the day of the task it sets
            event = EventDraft(index, "instruction", start, end, "document_act", 0.55).on(day)
            event.inferred = True
            event.sources = [context.body]
            event.targets = [n for n in decision_targets(said, [context.body]) if not is_decision_label(n)]  # whom a task is set
            made.append(event)
    return made


def _names_office(text: str, office: str) -> bool:
    """The office written in the text as a whole word ("the Minister for Defence", "the Taoiseach")."""
    at = text.find(office)
    while at >= 0:
        end = at + len(office)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(office, at + 1)
    return False


def _session_decisions(doc: ParsedDocument, context: Context, decided: set[int], events: list[EventDraft]) -> list[EventDraft]:
    """The decisions of a session held over several days ("from 4 to 6 July"), on no day the record names: one row on the
    line that heads them ("Decided:"), within the session's days; its points are what was decided, plans where they say
    so ("1. The deputy ministers shall meet before the end of the year"), no act of their own on a day the record does not
    tell. Points under no head line (the body's name alone before them) are each a decision within those days."""
    made = []
    heads = {index: next((i for i in range(index - 1, -1, -1) if is_decision_head(doc.blocks[i].text)), None) for index in sorted(decided)}
    for index, head in heads.items():
        at = head if head is not None else index
        if any(e.block == at for e in events + made):
            continue  # "After the discussion the Executive Committee resolved:": the line's own row already
        text = doc.blocks[at].text
        event = EventDraft(at, "instruction", 0, len(text.rstrip()), "document_act", 0.55).on(context.occasion)
        event.end_date, event.date_kind = context.occasion_end, "range"
        event.inferred = True
        event.sources = [context.body]
        if head is None:
            event.targets = [n for n in decision_targets(text, [context.body]) if not is_decision_label(n)]
        made.append(event)
    return made


def extract_events(doc: ParsedDocument) -> list[EventDraft]:
    # a page in a language with no file of its own reads its dates with the months that language borrows (lexicon.reading)
    with reading(page_language((b.language, len(b.text)) for b in doc.blocks)), \
            titles_of_language((b.language, len(b.text)) for b in doc.blocks), \
            slashes_read(doc.slash_day_first), \
            lines_read_once(EVERY_LENGTH):  # "6/3/61" beside "13/3/61": the order the page's reading told; and each text's
        # dates read once for the page, the dozen readers that ask a sentence or a clause for them sharing one reading
        return _events_of_page(doc)


def _events_of_page(doc: ParsedDocument) -> list[EventDraft]:
    read = read_in_sentence_case(doc)
    homes = home_countries(read.url, read.title)
    texts = [read.title or ""] + [b.text for b in read.blocks]  # "the President": the one the page names, else its government's
    with reading_variants(texts):  # "Ас-Салял" for the gazetteer's "Ас-Салляль": the page's spelling of a person
        events = _read_page(read, homes, texts)
    doc.subdocuments = read.subdocuments  # the attachments found while reading: the page's own
    for event in events:
        _own_states_off(event)
        _states_spoken_of_off(event)
    _hours_of_the_night(events, read.blocks)
    _nights_as_spans(events, read.blocks, read.document_date)
    _lasting_until(events, read.blocks)
    _weekdays_after_the_told_day(events, read.blocks, read.document_date)
    _days_told_again(events, read.blocks, read.document_date)
    _within_the_opening_span(events, read.blocks)
    _resolution_acts(events, read)
    _sources_that_have_learned(events, read)
    _done_by_the_day_written(events, read)
    account_events(events, read)  # a debriefing's summary: its questioning, and the source's sayings, on the days it names
    _conditions_no_events(events, read)
    _calm_states_no_events(events, read)
    _appeal_actions(events, read)
    _moved_and_seconded(events, read)
    _named_by_the_page(events, read, homes)
    _subjects_after_the_verb(events, read)
    _envoys_at_the_post(events, read.title or "")
    _addressee_as_written(events, read)
    _host_bodies(events, read)
    _own_groups_named(events, read, homes)
    _generation_suffixes(events, texts)
    _during_the_visit(events, read)
    _turns_back_on_the_meeting_day(events, read.blocks)
    _turns_at_the_labelled_sitting(events, read.blocks)
    _groups_with_their_leaders(events, read.blocks)
    _initialed_persons(events, read.blocks)
    for event in events:
        event.sources = list(dict.fromkeys(kept for name in event.sources if (kept := name_kept(name))))
        event.targets = list(dict.fromkeys(kept for name in event.targets if (kept := name_kept(name))))
    return events


# A group named with the one who leads it ("a Revolutionary Council headed by Abeid Karume", "loyal troops under General
# Oufkir", "a Polish trade delegation led by Vice-Minister Trąmpczyński"): en.yaml group_leader_links.
_GROUP_LEADER_LINK = re.compile(r"(?:,\s*)?\b(?:" + alternation([*words("force_leader_links"), *words("group_leader_links")]) + r")\s+")
_LEADER_SPAN = 80  # the words after the link that name the leader, his rank and title before him


def _groups_with_their_leaders(events: list[EventDraft], blocks) -> None:
    """A row whose actor is the leader a group is named with ("a Revolutionary Council headed by Abeid Karume"): the
    group named before the link (the noun phrase before it, ``subject_phrase``) joins the row on the leader's side,
    just before him, where no actor of the row names it already; a plan told as coming too ("a Polish trade delegation
    led by Vice-Minister Trąmpczyński will arrive": the golds name the group its party)."""
    for event in events:
        if event.block >= len(blocks) or blocks[event.block].language not in (None, "en") or not event.sources + event.targets:
            continue
        told = blocks[event.block].text[event.evidence_start: event.evidence_end]
        for link in _GROUP_LEADER_LINK.finditer(told):
            after = _WORD_TOKEN.findall(re.split(r"[,;:()]", told[link.end(): link.end() + _LEADER_SPAN], maxsplit=1)[0])
            leader = next((n for n in event.sources + event.targets if n.split()[-1:] and n.split()[-1] in after), None)
            if leader is None:
                continue
            group = subject_phrase(told[max(0, link.start() - _LEADER_SPAN): link.start()] + " ")[:1]
            group_words = group[0].split() if group else []
            if not group_words or group_words[-1] in after or len(group_words) == 1 and not group_words[0][:1].isupper():
                continue  # a bare noun ("The delegation, led by Comrade Axen", "A junta under Colonel Pinilla"): the group
                # the sentences before named, no name of its own here
            if group_words[-1].lower() in _BARE_FORCE_WORDS and any(_BARE_FORCE_WORDS & set(n.lower().split()) for n in event.sources + event.targets):
                continue  # "troops loyal to General Idi Amin", read as the Ugandan army already (force_actors)
            if any(w.lower() in group[0].lower().split() for n in event.sources + event.targets for w in n.split()[-1:]):
                continue  # "the National Liberation Council under Lt. Gen. Ankrah": the council named already
            side = event.sources if leader in event.sources else event.targets
            side.insert(side.index(leader), group[0])
            break


_WORD_TOKEN = re.compile(r"[\w'’-]+")


# A person written with the initials of his given names before his surname, in any script ("Б. Сәрсенбаев", "ჯ.
# პატიაშვილი", "J. P. Joensen", "Р. Һәсәнов"): one or two initials, each a capital (or a letter of a script with no
# capitals) and a full stop, then the surname. A reading that needs no word of the page's language.
_INITIALED = re.compile(r"(?<![\w.])(?P<initials>(?:[^\W\d_]\.\s?){1,2})(?P<surname>[^\W\d_][\w'’-]{2,})")


def _capital(letter: str, one_case: bool) -> bool:
    return letter.isupper() or one_case or not letter.islower()  # "J", "Б"; "ჯ" of a text written in one case


def _one_case(text: str) -> bool:
    """Text written in letters of one case only, as Georgian is (its capitals unused): no letter beyond ASCII a capital."""
    return not any(c.isupper() for c in text if not c.isascii())


# An interview's one-letter label that opens a block ("Q. Where ...", "A. This morning ..."): en.yaml interviewer_labels,
# answerer_labels.
_INTERVIEW_LETTERS = frozenset(w for w in (*words("interviewer_labels"), *words("answerer_labels")) if len(w) == 1)


def initialed_names(text: str) -> list[tuple[int, str]]:
    """The persons ``text`` writes with their initials, where each stands and as written; not a line's label that opens
    it ("A. This morning ...", "Q. Where ...") nor an abbreviation the gazetteer knows as no person ("U.S. Embassy")."""
    found, one_case = [], _one_case(text)
    for m in _INITIALED.finditer(text):
        initials = [c for c in m["initials"] if c.isalpha()]
        if not all(_capital(c, one_case and not c.isascii()) for c in initials) or not _capital(m["surname"][0], one_case and not m["surname"][0].isascii()) \
                or (not text[: m.start()].strip() and len(initials) == 1 and initials[0] in _INTERVIEW_LETTERS):
            continue
        name = " ".join(f"{c}." for c in initials) + " " + m["surname"]
        known = resolve(name) or lookup("".join(f"{c}." for c in initials))
        if known is not None and known.kind != "person":
            continue
        found.append((m.start(), name))
    return found


def _page_form(name: str, forms: dict[str, int]) -> str:
    """The form the page writes a person in most often, of the ones with his initials and his surname's stem ("ჯ.
    პატიაშვილმა" in the ergative: the "ჯ. პატიაშვილი" the page names him as elsewhere)."""
    initials, surname = name.rsplit(" ", 1)
    stem = surname[: max(3, len(surname) - 3)]
    same = [f for f in forms if f.rsplit(" ", 1)[0] == initials and f.rsplit(" ", 1)[1].startswith(stem)]
    return max(same, key=lambda f: (forms[f], -len(f))) if same else name


def _initialed_persons(events: list[EventDraft], blocks) -> None:
    """A row that no reader gave an actor, whose evidence names persons by their initials: the first it names is its
    source, those named after him its targets (the act's objects: "H. Brown sent the report to J. Smith", "G. Ford
    złożył przysięgę przed prezesem Sądu Najwyższego W. Burgerem"), each in the form the page names him most often
    (``initialed_names``), whatever the language of the page."""
    forms: dict[str, int] | None = None
    for event in events:
        if event.sources or event.targets or event.block >= len(blocks):
            continue
        text = blocks[event.block].text
        named = [n for at, n in initialed_names(text) if event.evidence_start <= at < event.evidence_end]
        if not named:
            continue
        if forms is None:
            forms = {}
            for block in blocks:
                for _, n in initialed_names(block.text):
                    forms[n] = forms.get(n, 0) + 1
        named = list(dict.fromkeys(_page_form(n, forms) for n in named))
        event.sources, event.targets = named[:1], named[1:]


# A name that is no name, wherever a reader took it (``not_actor_names``, ``not_actor_marks``, ``not_actor_patterns`` in
# en/ru/zh.yaml): a noun opening a sentence read as its doer ("Curfew imposed from 1900 tonight", "Беседа продолжалась
# около часа", "会谈于下午五时半结束"), a distribution's or a closing's label ("Разослано: тт. Брежневу ..."), a Chinese
# clause's day or adverb read into its subject ("七日下午，昆切总统提前回国", "已于今晨将侨民疏散", "明日拟会见"); a body's
# name cut where a date followed it ("the Council of Ministers of 23 December 1975") loses the joiner it ended on.
_NOT_NAMES = frozenset(w for language in ("en", "ru", "zh") for key in ("not_actor_names", "distribution_labels", "closing_labels")
                       for w in lexicon(language).get(key) or [])
_NOT_NAME_MARKS = tuple(lexicon("zh").get("not_actor_marks") or ["(?!)"])
_NOT_NAME_PATTERN = re.compile("|".join(lexicon("zh").get("not_actor_patterns") or ["(?!)"]))
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TRAILING_JOINER = re.compile(r"\s+(?:" + (alternation(lexicon("en").get("name_trailing_joiners") or []) or "(?!)") + r")$")


# A decision's or a list's point number read into the name opening it ("(iii) The Minister of Home Affairs shall report",
# "c) The International Department"): the number and the article before the name, no part of it.
_POINT_NUMBER = re.compile(r"^\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s+(?:[Tt]he\s+)?(?=[A-Z])")


def name_kept(name: str) -> str | None:
    """``name`` as an actor: None where it is no name (a sentence's noun, a label, a Chinese clause's day or adverb), cut
    of a joiner it ends on ("Council of Ministers of")."""
    name = _TRAILING_JOINER.sub("", _POINT_NUMBER.sub("", name.strip()))
    if not name or name in _NOT_NAMES:
        return None
    if _HAN.search(name) and (any(m in name for m in _NOT_NAME_MARKS) or _NOT_NAME_PATTERN.search(name) or find_dates(name, 1960)):
        return None
    return name


# A joint communiqué's head (en.yaml joint_communique_heads): it tells a visit's days ("paid a state visit to China from
# April 19 to 24, 1973"), then what the two sides did in their talks with no day of its own ("The two sides reviewed
# ...", "The Mexican side reaffirmed ...", "President Echeverria invited Premier Chou En-lai to visit Mexico"): done
# during the visit, up to the communiqué's signing ("Peking, April 22, 1973"), not on the last day a sentence wrote.
_JOINT_COMMUNIQUE = compile_opening(
    r"(?<!\w)(?:" + alternation(lexicon("en").get("joint_communique_heads") or ["(?!)"]).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)
_CARRIED_READERS = frozenset({"tense_sentence", "document_act"})


# A form's or a judgment's head line that labels the days of a sitting its text speaks of (sitting_date_labels: "Dates
# of hearing: 16th and 17th April 1974"), and the words that name that sitting in a paragraph of the text
# (sitting_openers before its noun: "On the hearing Mr. Denys Whitcombe for the applicant submitted that ...").
_SITTING_LABEL = compile_opening(
    r"^\W*(?:" + (alternation(lexicon("en").get("sitting_date_labels") or []) or "(?!)").replace(r"\ ", r"\s+") + r")\s*:\s*", re.IGNORECASE)
_SITTING_OPENERS = lexicon("en").get("sitting_openers") or []
_HEAD_LINES = 20  # the head of a form or a judgment: its labelled lines stand over the text
_THAT_AFTER = compile_opening(r"\s+that\b")


def sitting_days(line: str) -> tuple[str, date, date] | None:
    """The sitting a head line labels and its first and last day ("Dates of hearing: 16th and 17th April 1974": hearing,
    16-17 April 1974), or None."""
    if (label := _SITTING_LABEL.match(line)) is None:
        return None
    days = [d for d in find_dates(line[label.end():], None) if d.year_written and d.precision in ("day", "minute")]
    if not days:
        return None
    return label.group().split()[-1].rstrip(":").lower(), min(d.start_date for d in days), max(d.end_date for d in days)


# A vote the page's head names with its day ("REPORT OF THE OBSERVER DELEGATION TO THE REFERENDUM IN SRI LANKA, 22
# DECEMBER 1982": poll_words), and the words that name that day in its text (polling_day_phrases: "On polling day the
# members divided between Colombo, Kandy and Jaffna."): the day the story moves to, its acts of that day.
_POLL_WORD = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("poll_words") or []) or "(?!)") + r")(?!\w)", re.IGNORECASE)
_POLLING_DAY = compile_opening(
    r"(?<!\w)(?:" + (alternation(lexicon("en").get("polling_day_phrases") or []) or "(?!)").replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)


def poll_day(heads: list[str]) -> date | None:
    """The day of the vote a head line names with one full date ("... TO THE REFERENDUM IN SRI LANKA, 22 DECEMBER 1982"),
    or None."""
    for line in heads:
        if len(line) < 200 and _POLL_WORD.search(line):
            days = [d for d in find_dates(line, None) if d.year_written and d.precision == "day" and d.start_date == d.end_date]
            if len(days) == 1:
                return days[0].start_date
    return None


def _on_polling_day(sentence: Sentence, day: date) -> Sentence:
    """The sentence with the day its "polling day" names, where it writes no date of its own."""
    if sentence.dates or sentence.apparatus or (m := _POLLING_DAY.search(sentence.text)) is None:
        return sentence
    mention = DateMention(m.start(), m.end(), m.group(), day, day, "day", None, True, False)
    return replace(sentence, dates=[mention])


def _turns_at_the_labelled_sitting(events: list[EventDraft], blocks: list) -> None:
    """A paragraph that names the sitting its head labels ("Dates of hearing: 16th and 17th April 1974" / "On the hearing
    Mr. Denys Whitcombe for the applicant submitted that the order was bad ... Mr. Alan Kwok, Crown Counsel, for the
    Director, replied that ..."): the turns its sentences open with, with no day written, were said at that sitting, over
    its days; the acts they report keep their own."""
    labelled = next((found for b in blocks[:_HEAD_LINES] if len(b.text) < 120 and (found := sitting_days(b.text))), None)
    if labelled is None:
        return
    noun, first, last = labelled
    named = re.compile(r"(?<!\w)(?:" + (alternation(_SITTING_OPENERS) or "(?!)").replace(r"\ ", r"\s+") + r")\s+" + re.escape(noun) + r"\b",
                       re.IGNORECASE)
    for event in events:
        text = blocks[event.block].text
        if event.method not in ("tense_sentence", "document_act", "relative_date") or event.date_text \
                or len(text) < 120 or not named.search(text):
            continue
        opening = next((a for a, b in sentence_spans(text) if a <= event.evidence_start < b), None)
        evidence = text[event.evidence_start: event.evidence_end]
        if opening is None or text[opening: event.evidence_start].strip() or not any(
                c.kind in ("speech", "past") and _THAT_AFTER.match(evidence, c.end) for c in read_cues(evidence, "en")):
            continue  # a clause the turn reports ("that the Director had informed the applicant ..."): its own day; a
            # turn is a verb with its "that" ("submitted that", "replied that", "contended that")
        event.start_date, event.end_date = first, last
        event.date_kind, event.precision, event.inferred = ("exact" if first == last else "range"), "day", True


def _turns_back_on_the_meeting_day(events: list[EventDraft], blocks: list) -> None:
    """A turn moved to the day its first sentence names ("ГРОМЫКО А.А. Вчера госсекретарь Шульц выступил с заявлением
    ...") goes back to the meeting's day where that sentence names another as the one who acted on that day: the act a
    row of its own, of that day (Shultz's statement, yesterday), the speaker telling of it at the meeting; one that opens
    on another's word ("По словам министра, вчера Революционный совет принял решение ...") leaves the act alone; a turn whose
    day's act is his own ("Zhou: Thank you for telephone call late last night.") stays on that day."""
    for turn in list(events):
        if turn.turn_day is None or turn.start_date is None or not turn.sources or not turn.date_text:
            continue
        text = blocks[turn.block].text
        first = next(iter(sentence_spans(text)), (0, len(text)))[1]
        at = text.find(turn.date_text, 0, first)
        if at < 0:
            continue
        sources, targets = window_actors(text[at + len(turn.date_text): first], None)
        others = [n for n in sources if n not in turn.sources]
        opens = at
        if not others and (cut := told_clause(text[:first], at, at + len(turn.date_text), blocks[turn.block].language)) is not None:
            others, opens = [""], cut  # "The Taoiseach informed
            # the Government that serious rioting had broken out in Derry yesterday afternoon": the clause his saying
            # reports names a doer of its own, the act no act of his; he tells of it at the meeting
        if not others:
            continue
        act = EventDraft(turn.block, turn.event_type, opens, first, "relative_date", 0.4).on(turn.start_date)
        act.date_kind, act.inferred, act.date_text = "exact", True, turn.date_text
        act.sources, act.targets = others, [n for n in targets if n not in others]
        events.insert(events.index(turn) + 1, act)
        language = blocks[turn.block].language
        if language in (None, "en") and (main := next((c for c in read_cues(text[opens:first], "en") if c.kind == "relative"), None)):
            # "... had broken out in Derry yesterday afternoon ... and had continued through the night": that night a row
            # of its own, from the act's day into the next
            night = night_after_day(turn.block, text[opens:first], opens, read_cues(text[opens:first], "en"), main, turn.turn_day,
                                    language, Context(None, None, [], [], False, False, []), None)
            for row in night:
                if row.start_date == turn.start_date:
                    row.sources = row.sources or list(others if others != [""] else [])
                    events.insert(events.index(act) + 1, row)
        if reported_by_others(text):
            events.remove(turn)  # "По словам министра, вчера Революционный совет принял решение ...": the act told on
            continue  # another's word, its row alone; no turn of the source's at the meeting (fixtures README)
        turn.on(turn.turn_day).date_kind = "exact"
        turn.method, turn.date_text, turn.event_type = "document_act", None, "statement"


def names_a_joint_communique(line: str) -> bool:
    """A title or head line that names a joint communiqué ("Joint Communique of the People's Republic of China and the
    United Mexican States")."""
    return bool(_JOINT_COMMUNIQUE.search(line))


def _during_the_visit(events: list[EventDraft], doc: ParsedDocument) -> None:
    heads = [doc.title or ""] + [b.text for b in doc.blocks[:4]]
    if not any(len(h) < 200 and names_a_joint_communique(h) for h in heads):
        return
    visit = next((e for e in events if e.method == "dated_sentence" and e.date_kind == "range" and e.start_date and e.end_date), None)
    signed = next((e for e in reversed(events) if e.method == "dated_sentence" and e.date_kind == "exact" and e.start_date
                   and dated_line(doc.blocks[e.block].text) is not None), None)
    if visit is None or signed is None or not visit.start_date < signed.start_date <= visit.end_date:
        return
    for event in events:
        if event.method in _CARRIED_READERS and event.date_kind == "exact" and event.inferred and event.date_text is None \
                and event.block > visit.block and event.start_date is not None and visit.start_date <= event.start_date < signed.start_date:
            event.start_date, event.end_date, event.date_kind = visit.start_date, signed.start_date, "range"


# A row every reader left without an actor, of an English or Russian sentence: the run of capitalised words right before
# its first verb ("Karangwa welcomed ...", "On 19 June the Front for National Salvation seized ...", "Ахмед Бен Белла
# покинул ..."), a name the gazetteer may lack, kept as the page writes it (people, offices and groups not in the
# gazetteer are kept as names, never dropped). No name where a word in small letters heads the subject ("The Soviet
# government replied": the capitals only qualify it), the verb opens with an auxiliary (a passive, what was done to it:
# "Dinner was set for 7:30"), the date is a told clause's or a message's ("X told me that on 28 June ...", "the note of
# 5 March"), the run is a place ("in Warsaw"), a decision's label ("Resolved"), a capitalised word the page also writes
# in small letters ("Curfew") or capitals the gazetteer does not know (an acronym the page never introduced).
# unnamed_actor_skip (en.yaml, ru.yaml): the capitalised words that open a sentence or a clause and name no one
# (articles, prepositions, pronouns, days, months, adverbs); unnamed_actor_joiners: the small words a name runs on
# through ("Organization of African Unity"); unnamed_actor_prepositions: the words before a run that make it a place or
# a thing the act is at, to or from ("in Hodeidah", "в Ходейде"); an office named alone ("Посол ответил": office_stems)
# is left to the readers that resolve its holder.
_UNNAMED_SKIP = {language: frozenset(lexicon(language).get("unnamed_actor_skip") or []) for language in ("en", "ru")}
_UNNAMED_JOINERS = {language: frozenset(lexicon(language).get("unnamed_actor_joiners") or []) for language in ("en", "ru")}
_OFFICE_STEMS = {language: tuple(sorted(lexicon(language).get("office_stems") or {})) for language in ("en", "ru")}
_UNNAMED_PREPOSITIONS = {language: frozenset(lexicon(language).get("unnamed_actor_prepositions") or []) for language in ("en", "ru")}
_RUN_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_RUN_LENGTH = 6  # words: a longer run is a title or a list, read in parts
_DOER_CUES = ("past", "speech", "performative", "ongoing")
_AUXILIARY_AT = compile_opening(r"(?:" + _PASSIVE_AUXILIARIES + r"|is|are|be)\s")  # "Shooting was heard": done to it


def first_named(text: str, language: str, lower: frozenset[str] = frozenset()) -> str | None:
    """The run of capitalised words before the first verb of ``text`` that names its doer (``_named_by_the_page``), or
    None."""
    verb = next((c for c in read_cues(text, language) if c.kind in _DOER_CUES), None)
    if verb is None or _AUXILIARY_AT.match(text, verb.start):
        return None
    skip, joiners = _UNNAMED_SKIP.get(language, frozenset()), _UNNAMED_JOINERS.get(language, frozenset())
    run, opener, previous, last = [], None, None, None
    for match in _RUN_WORD.finditer(text, 0, verb.start):
        word = match.group(0)
        adjacent = last is not None and text[last:match.start()].isspace()
        if run and (not adjacent or len(run) == _RUN_LENGTH):
            run = []
        if word[0].isupper() or word in joiners:
            if not run:
                opener = previous if adjacent else None
            run.append(word)
        else:
            run = []
        previous, last = word, match.end()
    if not run or not text[last:verb.start].isspace():
        return None  # "The Soviet government replied": a word in small letters heads the subject, the capitals qualify it
    if opener is not None and opener.lower() in _UNNAMED_PREPOSITIONS.get(language, frozenset()):
        return None  # "строительство порта в Ходейде будет завершено": a place the act is at, not its doer
    if len(run) == 1 and run[0].lower().startswith(_OFFICE_STEMS.get(language, ())):
        return None  # "Посол ответил": an office named alone, its holder the one the record's readers resolve
    words_ = run
    while words_ and (words_[0] in skip or words_[0] in joiners):
        words_ = words_[1:]
    while words_ and words_[-1] in joiners:
        words_ = words_[:-1]
    name = " ".join(words_).rstrip(".")
    return name if len(name) >= 3 and _names_a_doer(name, lower) else None


# A row no reader gave an actor whose sentence's first verb has a group, a body or an office named by its common noun
# as its subject, which the capitals of ``first_named`` do not name ("On the night of 12 to 13 May the gendarmerie fired
# on demonstrators", "At 7 this morning the radio announced", "For five days the delegations argued", "Накануне офицеры
# разоружили отряды"): the words right before the verb, back to the first that opens a noun phrase (an article, a
# preposition, a pronoun, a number: en.yaml unnamed_subject_breaks and the lists it names), kept as the page writes them
# when their head is an actor noun (actor_nouns); the writer's own ("Our police arrested", "our air force struck") as his
# state's (``own_named``), the addressee's ("your people drove them back") not at all. No subject where the verb opens with an auxiliary (a passive), where its head is one of
# unnamed_subject_not_heads ("the two sides agreed": the parties the page names elsewhere), the run is longer than
# unnamed_subject_longest words or the sentence is written in capitals throughout (a cable's heading). Russian: the
# groups of ``subject_groups`` before the verb, the last right before it.
_EN = lexicon("en")
_SUBJECT_BREAKS = frozenset(str(w).lower() for key in [*(_EN.get("unnamed_subject_break_lists") or []), "unnamed_subject_breaks"]
                            for w in _EN.get(key) or []) | frozenset(str(w).lower() for w in _EN.get("number_words") or {})
_SUBJECT_ADVERBS = frozenset(w for w in [*(_EN.get("subject_trailing_adverbs") or []), *(_EN.get("unnamed_subject_adverbs") or [])]
                             if " " not in w)
_SUBJECT_NOT_HEADS = frozenset(_EN.get("unnamed_subject_not_heads") or [])
_SUBJECT_LONGEST = int(_EN.get("unnamed_subject_longest") or 4)
_ACTOR_HEADS = frozenset(w.lower() for key in ("actor_nouns", "unnamed_subject_heads") for w in _EN.get(key) or [])
_OWN_BEFORE = compile_opening(r"(?<![\w-])(?:[Oo]ur)\s+$")
_YOURS_BEFORE = compile_opening(r"(?<![\w-])(?:[Yy]our)\s+$")


def subject_named(text: str, language: str) -> list[str]:
    """The group, body or office the first verb of ``text`` has as its subject, named by a common noun, or none."""
    verb = next((c for c in read_cues(text, language) if c.kind in _DOER_CUES), None)
    if verb is None or text.isupper():
        return []
    if language == "ru":
        groups = group_nouns(text[: verb.start], language)
        if not groups or text[groups[-1][1]: verb.start].strip():
            return []  # "декларации о «единстве партии и народа» обесценились": a group inside the subject, not the subject
        return subject_group(text[: verb.start], language)
    if language != "en" or _AUXILIARY_AT.match(text, verb.start):
        return []
    before = text[: verb.start]
    run: list[str] = []
    end = len(before.rstrip())
    for match in reversed(list(_RUN_WORD.finditer(before))):
        if before[match.end(): end].strip():
            break
        word = match.group(0)
        if not run and (word.lower() in _SUBJECT_ADVERBS or (word.islower() and word.endswith("ly"))):
            end = match.start()  # "the Supreme Court nevertheless registered": the subject, then how
            continue
        if word.lower() in _SUBJECT_BREAKS:
            break
        run.insert(0, word)
        end = match.start()
        if len(run) > _SUBJECT_LONGEST:
            return []
    if not run or run[-1].lower() in _SUBJECT_NOT_HEADS or run[-1].lower() not in _ACTOR_HEADS:
        return []
    if _YOURS_BEFORE.search(before, 0, end):
        return []  # "your forces and your people drove them back": the addressee's, whom the sentence does not name
    name = " ".join(run)
    return ["our " + name if _OWN_BEFORE.search(before, 0, end) and name.islower() else name]


def _names_a_doer(name: str, lower: frozenset[str]) -> bool:
    known = lookup(name)
    if known is not None and known.kind == "place" and not known.is_state:
        return False
    return not (is_decision_label(name) or " " not in name and (name.lower() in lower or (name.isupper() and known is None)))


def _named_by_the_page(events: list[EventDraft], doc: ParsedDocument, homes: frozenset[str] = frozenset()) -> None:
    blocks, lower, context = doc.blocks, None, None
    for event in events:
        if event.sources or event.targets or event.block >= len(blocks):
            continue
        language = blocks[event.block].language or "en"
        if language not in _UNNAMED_SKIP:
            continue
        if lower is None:
            lower = page_lower_words(" ".join(b.text for b in blocks))
        told = blocks[event.block].text[event.evidence_start: event.evidence_end]
        at = told.find(event.date_text) if event.date_text else -1
        if at >= 0 and (told_clause(told, at, at + len(event.date_text), language) is not None or _NAMED_BY_ITS_DAY.search(told, 0, at)):
            continue  # "X told me that on 28 June a plot had been uncovered", "replied to the note of 5 March": not X's act
        if name := first_named(told, language, lower):
            event.sources = [name]
        elif names := subject_named(told, language):
            if context is None:
                context = document_context(doc)
            event.sources = [own_named(n, context, homes).removeprefix("our ") for n in names]  # a state unknown: the group alone



# A Russian row no reader gave a doer whose clause puts the subject after a verb of coming, opening or taking place
# ("Вчера во Вьентьяне открылся Национальный съезд ...", "прибыла ливийская военная делегация во главе с ..."): the
# noun phrase after the verb and the places and times it names, as the page writes it; a person by his name; the one
# "во главе с" names beside it. Nothing may name a doer before the verb in its clause (a name or a group not after a
# preposition, a pronoun). ru.yaml subject_after_verbs, subject_after_skip, subject_after_breaks, subject_after_heads.
_RU = lexicon("ru")
_AFTER_VERB = compile_opening(r"(?<![\w-])(?:" + alternation(_RU.get("subject_after_verbs") or ["(?!)"]) + r")(?![\w-])", re.IGNORECASE)
_AFTER_SKIP = frozenset(str(w).lower() for w in _RU.get("subject_after_skip") or [])
_AFTER_PREPOSITIONS = frozenset(str(w).lower() for w in _RU.get("unnamed_actor_prepositions") or [])
_AFTER_BREAK = compile_opening(r"(?<![\w-])(?:" + alternation(_RU.get("subject_after_breaks") or ["(?!)"]) + r")(?![\w-])|[,;:.!?()\[\]«»\"“”—–]",
                               re.IGNORECASE)
_AFTER_HEADED = compile_opening(r"\s*(?:" + alternation(_RU.get("subject_after_heads") or ["(?!)"]) + r")\s+(?P<who>[^,;()]{2,60})", re.IGNORECASE)
_CLAUSE_OPENS = compile_opening(r",\s*(?:" + alternation(_RU.get("subject_after_clause_openers") or ["(?!)"]) + r")\s|[;:]\s*")
_RU_PRONOUNS = frozenset(str(w).lower() for w in _RU.get("subject_after_pronouns") or [])
_AFTER_LONGEST = 8  # words


def subject_after_verb(text: str) -> list[str]:
    """The doer a Russian clause names after its verb of coming, opening or taking place (above), or none."""
    verb = _AFTER_VERB.search(text)
    if verb is None:
        return []
    opens = max((m.end() for m in _CLAUSE_OPENS.finditer(text, 0, verb.start())), default=0)
    before = text[opens: verb.start()]
    words_before = [w.lower() for w in _RUN_WORD.findall(before)]
    if any(w in _RU_PRONOUNS for w in words_before):
        return []
    for m in find_mentions(before):
        word_before = (_RUN_WORD.findall(before[: m.start]) or [""])[-1].lower()
        if m.entity.is_actor and word_before not in _AFTER_PREPOSITIONS:
            return []  # "Делегация КНР прибыла": the subject before the verb
    if any((_RUN_WORD.findall(before[:a]) or [""])[-1].lower() not in _AFTER_PREPOSITIONS for a, _, _ in group_nouns(before, "ru")):
        return []
    at, end = verb.end(), len(text)
    while True:  # past the places and times after the verb: "прибыл в Лусаку министр", "прибыл сегодня утром"
        word = _RUN_WORD.match(text, at + len(text[at:]) - len(text[at:].lstrip()))
        if word is None:
            return []
        if word[0].lower() in _AFTER_SKIP:
            at = word.end()
            continue
        if word[0].lower() in _AFTER_PREPOSITIONS:
            place = _RUN_WORD.match(text, word.end() + len(text[word.end():]) - len(text[word.end():].lstrip()))
            if place is None:
                return []
            at = place.end()
            while (more := _RUN_WORD.match(text, at + 1)) is not None and text[at: at + 1] == " " and more[0][:1].isupper() and place[0][:1].isupper():
                at = more.end()  # "в Буэнос Айрес"
            continue
        break
    start = word.start()
    stop = _AFTER_BREAK.search(text, word.end())
    phrase_end = stop.start() if stop is not None else end
    phrase = text[start: phrase_end].strip()
    words_ = phrase.split()
    if not words_ or len(words_) > _AFTER_LONGEST or words_[0].lower() in _RU_PRONOUNS:
        return []
    named = [n for n in clause_names(phrase, "ru") if is_person(n)]
    if named:
        doers = named[:1]
    elif phrase[:1].isupper() or group_nouns(phrase, "ru"):
        doers = [phrase]
    else:
        return []  # "началась забастовка": no doer
    if (head := _AFTER_HEADED.match(text, phrase_end)) is not None:
        doers += [n for n in clause_names(head["who"], "ru") if is_person(n) and n not in doers][:1]
    return doers



# A Chinese row no reader gave an actor whose clause opens with a body, a group or an envoy named by the noun that
# heads it ("昨日，阿外交部照会各国使馆", "埃及驻阿大使已于日前奉召回国"), where ``zh_opening_subject`` finds no subject
# (no word of its ``subject_ends`` closes it, or the clause opens with two words of time): the phrase as the page
# writes it, after the point's numeral and the words of time before it. zh.yaml subject_opening_heads, subject_opening_not_before,
# subject_opening_times, subject_opening_longest.
_ZH = lexicon("zh")
_ZH_NUMERAL = "[0-9０-９" + "".join(_ZH.get("numerals") or {}) + "]"
_ZH_TIME = ("(?:" + alternation(_ZH.get("subject_opening_times") or ["(?!)"]) + "|" + _ZH_NUMERAL + "+[" + "".join(_ZH.get("subject_opening_date_marks") or []) + "]"
            + "|[（(]" + _ZH_NUMERAL + "+[)）]|" + alternation(_ZH.get("subject_opening_month_parts") or ["(?!)"]) + ")")
_ZH_OPENING_SUBJECT = compile_opening(
    r"^\s*(?:[（(]?" + _ZH_NUMERAL + r"+[）)、.]\s*)?(?:" + _ZH_TIME + r")*[，,]?\s*(?:" + _ZH_TIME + r")*"
    r"(?:《(?P<paper>[^》]{1,12})》|(?P<subject>[^\s，。；：、,;:《》“”\"]{1," + str(int(_ZH.get("subject_opening_longest") or 12)) + r"}?(?:"
    + alternation(_ZH.get("subject_opening_heads") or ["(?!)"]) + r"))(?![" + "".join(_ZH.get("subject_opening_not_before") or []) + r"]))"
    r"(?=[^\s，。；：、,;:])")
_ZH_NOT_SUBJECTS = tuple(str(w) for key in ("own_group_words", "state_body_not_after") for w in _ZH.get(key) or []) \
    + tuple((_ZH.get("event_words") or {}).get("not_subject_openers") or [])


def zh_headed_opening(text: str) -> str | None:
    """The body, group or envoy a Chinese clause opens with, as written (above), or None."""
    if (m := _ZH_OPENING_SUBJECT.match(text)) is None:
        return None
    name = m["paper"] or m["subject"]
    if name.startswith(_ZH_NOT_SUBJECTS) or _ZH_TIME_ONLY.fullmatch(name):
        return None  # "我们表示": the writer's own, read elsewhere; "要求中央政府撤出": a clause of asking, no subject
    return name


_ZH_TIME_ONLY = compile_opening(r"(?:" + _ZH_TIME + r")+")

# The languages read through their own file whose readers name no actor of a row's sentence (those but English, Russian
# and Chinese): a row of theirs no reader gave an actor has those the gazetteer reads in its sentence, its first name the
# doer, as an English dated sentence's (``window_actors``).
_OTHER_READ = frozenset(LANGUAGES) - {"en", "ru", "zh"}


def _writer_object_first(told: str) -> int | None:
    """Where the first verb of a Russian clause stands when the writer, as its object, stands before it and no one else
    does ("Сегодня утром меня принял Секу Туре", "ко мне прибыл представитель ..."): the doer is named after the verb
    (ru.yaml event_words me_object), or None."""
    verb = next((c for c in read_cues(told, "ru") if c.kind in _DOER_CUES), None)
    if verb is None:
        return None
    opens = max((m.end() for m in _CLAUSE_OPENS.finditer(told, 0, verb.start)), default=0)
    before = told[opens: verb.start]
    if not _RU_WRITER_OBJECT.search(before) or any(m.entity.is_actor for m in find_mentions(before)):
        return None
    return verb.end


_RU_WRITER_OBJECT = compile_opening(r"(?<!\w)(?:" + event_words("me_object") + r")(?!\w)", re.IGNORECASE)


def _subjects_after_the_verb(events: list[EventDraft], doc: ParsedDocument) -> None:
    context = None
    for event in events:
        if event.sources or event.block >= len(doc.blocks):
            continue
        language, told = doc.blocks[event.block].language, doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        if language in _OTHER_READ and not event.targets:
            event.sources, event.targets = window_actors(told, None)  # "Avant-hier, M. Moïse Tshombe a proclamé ...": the
            continue  # names the gazetteer reads in the sentence of a language read through its own file alone
        if language != "ru":
            continue
        if (first := _writer_object_first(told)) is not None:
            if context is None:
                context = document_context(doc)
            writer = [context.speaker] if context.speaker else [context.signer] if context.signer else list(context.senders)
            if writer and not any(n in writer for n in event.sources + event.targets):
                if not event.sources:  # "Сегодня утром меня принял Секу Туре в присутствии ... Л. Л. Беавоги": Sékou Touré
                    named = [n for n in event.targets if n in clause_names(told[first:], "ru")]  # received the writer
                    event.sources, event.targets = named[:1], [n for n in event.targets if n not in named[:1]]
                event.targets = event.targets + writer[:1]
            continue
        if not (doers := subject_after_verb(told)):
            continue
        inside = set(doers) | {n for d in doers for n in clause_names(d, "ru")} | {g for d in doers for _, _, g in group_nouns(d, "ru")}
        event.sources = doers
        event.targets = [n for n in event.targets if n not in inside and not any(n in d or d in n for d in doers)]

# The writer's own mission a row names by its bare noun ("The embassy has instructed Romanian specialists at Bokaro",
# "Позавчера посольство уже направило в Москву проект соглашения") on a page whose title names it with its post
# ("Ciphered Telegram from the Romanian Embassy in New Delhi", "Из дневника посла СССР в Тунисе"): the mission as the
# title names it ("Romanian Embassy in New Delhi", "посольство СССР в Тунисе"), as the dev gold names a sending embassy
# ("US Embassy in the Soviet Union"). Another state's envoy named by office alone ("the Soviet ambassador") is left
# as written: the golds are split on giving him the page's post (tests/fixtures/README.md). en.yaml
# envoy_post_offices, envoy_own_heads; ru.yaml envoy_post_offices, envoy_post_in, envoy_own_mission.
_POST_OFFICES = {
    "en": compile_opening(r"(?<![\w-])(?P<whose>(?:[A-Z][\w-]*\s+){1,2})(?:" + alternation(lexicon("en").get("envoy_post_offices") or ["(?!)"])
                          + r")\s+in\s+(?P<post>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:es\s+|de\s+)?[A-Z][\w'’-]*)*)"),
    "ru": compile_opening(r"(?<![\w-])(?i:" + alternation(lexicon("ru").get("envoy_post_offices") or ["(?!)"]) + r")\s+(?P<whose>[^\W\d_][\w-]*)\s+(?:"
                          + alternation(lexicon("ru").get("envoy_post_in") or ["(?!)"]) + r")\s+(?P<post>[^\W\d_][\w-]*)"),
}
_BARE_MISSION = re.compile(r"^(?:the\s+)?(?P<head>" + alternation(lexicon("en").get("envoy_own_heads") or ["(?!)"]) + r")$", re.IGNORECASE)


def at_the_post(name: str, title: str) -> str:
    """``name``, a bare mission, as the writer's own at the post the title names; any other name as it is."""
    if (own := _BARE_MISSION.match(name)) is None:
        return name
    for language, pattern in _POST_OFFICES.items():
        if post := next((m for m in pattern.finditer(title) if m["whose"][:1].isupper() and m["post"][:1].isupper()), None):
            if language == "ru":
                return f"{lexicon('ru').get('envoy_own_mission')} {post['whose']} {(lexicon('ru').get('envoy_post_in') or [''])[0]} {post['post']}"
            return f"{post['whose'].strip()} {own['head'].capitalize()} in {post['post']}"
    return name


def _addressee_as_written(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A Chinese cable's or report's addressee as its address line writes it (the bare office over the text, the head
    row's other party): a row that names that office by the gazetteer's name where its own words do not name it (the
    receipt line, the closing request for instructions: the addressee the page's head gave it, the gazetteer's form of
    the office being the page's bare one with its state's name before it) names it as the page and the head row do, as
    the settled rows on receipt lines give it; an office a row's own words name ("the Pakistani foreign ministry", in
    Chinese) stays as read."""
    head = next((e for e in events if e.method == "document_metadata" and e.targets), None)
    written = [n for n in head.targets if _HAN.search(n)] if head is not None else []
    forms: dict[str, tuple[str, tuple[str, ...]]] = {}  # the gazetteer's name: the page's bare form, the Chinese aliases
    for name in {n for e in events for n in e.sources + e.targets if not _HAN.search(n)} if written else ():
        known = lookup(name)
        bare = next((w for w in written if known is not None and any(a != w and a.endswith(w) and _HAN.match(a) for a in known.aliases)), None)
        if bare is not None:
            forms[name] = bare, tuple(a for a in known.aliases if _HAN.match(a)) + (bare,)
    if not forms:
        return
    for event in events:
        block = doc.blocks[event.block] if event.block < len(doc.blocks) else None
        told = block.text[event.evidence_start: event.evidence_end] if block is not None else ""

        unnamed = {name: bare for name, (bare, aliases) in forms.items() if not any(f in told for f in aliases)}
        event.sources = list(dict.fromkeys(unnamed.get(n, n) for n in event.sources))
        event.targets = list(dict.fromkeys(unnamed.get(n, n) for n in event.targets))


# A Russian mission's page by its title ("Шифротелеграмма посла СССР в Шри-Ланке", "Из дневника посла СССР на
# Мадагаскаре"): the post's word (ru.yaml home_post_words), the sending state's name, a preposition of place
# (host_post_in) and the host's capitalised name.
_RU_HOST_POST = compile_opening(
    r"(?<![\w-])(?i:" + alternation(lexicon("ru").get("home_post_words") or ["(?!)"]) + r")\s+[^\W\d_][\w-]*\s+(?i:"
    + alternation(lexicon("ru").get("host_post_in") or ["(?!)"]) + r")\s+(?P<post>[^\W\d_a-z\u0430-\u044f][\w-]*(?:\s+[^\W\d_a-z\u0430-\u044f][\w-]*){0,3})")


_EN_HOST_POST = compile_opening(r"(?<![\w-])(?:" + alternation(lexicon("en").get("envoy_post_offices") or ["(?!)"])
                                + r")\s+(?:in|at)\s+(?P<post>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def _state_of_post(words: str):
    """The state a post's name is, or whose capital it is ("Шри-Ланке", "Народной Республике Бенин", "Tehran"), or None."""
    parts = words.split()
    for name in [words] + parts[::-1]:
        known = lookup(name)
        if known is not None and known.is_state:
            return known
        if known is not None and known.capital_of and (state := entity(known.capital_of)) is not None:
            return state
    return None


def host_state(title: str, senders: list[str] = ()) -> str | None:
    """The state a mission's page is written from: the host its title names after the mission's post (a Russian
    "посла СССР в X", an English "Embassy in X"), or the one a Chinese sending post names ("驻锡兰使馆"); None else."""
    for m in _RU_HOST_POST.finditer(title):
        if (state := _state_of_post(m["post"])) is not None:
            return state.name
    for m in _EN_HOST_POST.finditer(title):
        if (state := _state_of_post(m["post"])) is not None:
            return state.name
    if (host := host_of(list(senders))) is not None and (state := _state_of_post(host)) is not None:
        return state.name
    return None


# The one body a mission's row names bare that is the host state's ("government": "правительство ввело цензуру",
# "政府宣布释放全部政治犯", "The government imposed a curfew" in an envoy's cable), named as that state's (en.yaml
# host_bodies: the form the gazetteer's state bodies resolve).
_HOST_BODIES = {k.casefold(): v for k, v in (lexicon("en").get("host_bodies") or {}).items()}
_HOST_BODIES_OWN = re.compile("|".join(
    ("" if _HAN.match(w) else r"(?<![\w-])") + re.escape(w) + ("" if _HAN.match(w[-1]) else r"(?![\w-])")
    for w in sorted({str(w).casefold() for w in words("host_bodies_own")}, key=lambda w: (-len(w), w))) or "(?!)")
# each language's host_bodies_own, whole words ("our government", not in "your government"; a Han phrase inside its
# sentence: "支持我国政府的声明")


def _host_bodies(events: list[EventDraft], doc: ParsedDocument) -> None:
    if not any(n.casefold() in _HOST_BODIES for e in events for n in e.sources + e.targets):
        return
    host = host_state(doc.title or "", list(document_context(doc).senders))
    if host is None:
        return
    named = {}
    for bare, form in _HOST_BODIES.items():
        if (body := resolve(form.format(state=host))) is not None:
            named[bare] = body.name
    for event in events:
        block = doc.blocks[event.block] if event.block < len(doc.blocks) else None
        told = block.text[event.evidence_start: event.evidence_end].casefold() if block is not None else ""
        if _HOST_BODIES_OWN.search(told):
            continue  # "支持我国政府的声明", "our Government has decided": the writer's own government
        event.sources = list(dict.fromkeys(named.get(n.casefold(), n) for n in event.sources))
        event.targets = list(dict.fromkeys(named.get(n.casefold(), n) for n in event.targets))


# A group a row names as the writer's words call it his own ("informed our embassy in Havana", "would receive our trade
# delegation", "our High Commissioner raised the case", "Our Government has decided"), read without the "our": his
# state's, by its adjective ("Bulgarian embassy in Havana", "British High Commissioner"), as own_named reads such a
# subject; a name the row's words do not write after "our" stays as read.
_OUR_BEFORE = compile_opening(r"(?<![\w-])(?:" + alternation(lexicon("en").get("own_group_openers") or ["(?!)"]) + r")\s+$", re.IGNORECASE)


def _own_groups_named(events: list[EventDraft], doc: ParsedDocument, homes: frozenset[str]) -> None:
    adjective: list[str | None] = []
    for event in events:
        block = doc.blocks[event.block] if event.block < len(doc.blocks) else None
        if block is None or block.language not in (None, "en"):
            continue
        told = block.text[event.evidence_start: event.evidence_end]
        low = told.lower()
        own = {n for n in event.sources + event.targets if n[:1].isalpha() and not _HAN.search(n) and any(
            _OUR_BEFORE.search(told, 0, at) for at in (standing_starts(n.lower(), low, "_-") if len(low) == len(told) else [
                m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", told, re.IGNORECASE)]))}
        # the name's starts as a word of its own, case aside, found with string searches (a pattern per name where
        # lowering the words changes their length)
        if not own:
            continue
        if not adjective:
            read = own_named("our group", document_context(doc), homes)  # the adjective own_named gives "our"
            adjective.append(read.removesuffix(" group") if read != "our group" else None)
        if adjective[0] is None:
            return
        event.sources = list(dict.fromkeys(f"{adjective[0]} {n}" if n in own else n for n in event.sources))
        event.targets = list(dict.fromkeys(f"{adjective[0]} {n}" if n in own else n for n in event.targets))


def _envoys_at_the_post(events: list[EventDraft], title: str) -> None:
    if not any(_BARE_MISSION.match(n) for e in events for n in e.sources + e.targets):
        return
    for event in events:
        event.sources = [at_the_post(n, title) for n in event.sources]
        event.targets = [at_the_post(n, title) for n in event.targets]


# A person the page writes with a generational suffix after his name ("President William R. Tolbert, Jr.", "Douglas
# MacArthur II", "William E. Schaufele Jr."), whom a row names by the name without it (the comma before the suffix
# ended the name where it was read, or the row took him from the page's list of participants): named with it, as the
# page and the golds write him. en.yaml name_generation_suffixes.
_SUFFIXED = re.compile(r"(?<![\w.])(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?P<suffix>,?\s+(?:"
                       + alternation(lexicon("en").get("name_generation_suffixes") or ["(?!)"]) + r"))(?![\w'’-])")


def suffixed_names(texts: list[str]) -> dict[str, str]:
    """Each name the page writes with a generational suffix, with the name and the suffix as written; the last two,
    three or four words of the name each stand for it ("Cecil Dennis" for "C. Cecil Dennis, Jr."; "N. Irwin" for "John
    N. Irwin II", written "Under Secretary John N. Irwin II": his titles no part of it)."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _SUFFIXED.finditer(text):
            words = m["name"].split()
            while len(words) > 2 and words[0].rstrip(".").casefold() in _SUFFIXED_TITLES:
                words = words[1:]
            if _named_bare(" ".join(words), texts):
                continue  # the page names the father too ("President Habib Bourguiba" and "Habib Bourguiba Jr."): the
                # name without the suffix is his, not the son's
            full = " ".join(words) + m["suffix"]
            for k in range(2, len(words) + 1):
                found.setdefault(" ".join(words[-k:]), full)
    return found


def _named_bare(name: str, texts: list[str]) -> bool:
    """The page writes the full name somewhere without a generational suffix after it (a father and his son)."""
    bare = re.compile(r"(?<![\w'’.-])" + re.escape(name) + r"(?![\w'’-])(?!,?\s+(?:"
                      + alternation(lexicon("en").get("name_generation_suffixes") or ["(?!)"]) + r")(?![\w'’-]))")
    return any(bare.search(text) for text in texts)


_SUFFIXED_TITLES = frozenset(w.rstrip(".").casefold() for w in lexicon("en").get("titles") or [] if " " not in w)


def _generation_suffixes(events: list[EventDraft], texts: list[str]) -> None:
    if not (found := suffixed_names(texts)):
        return
    for event in events:
        event.sources = [found.get(n, n) for n in event.sources]
        event.targets = [found.get(n, n) for n in event.targets]


# The hours of a night told with no day of their own (en.yaml night_hours: "shortly before midnight", "after one o'clock
# in the morning"), and the words by which a row told a day's night (night_told_words: "Friday night", "at 18.20 ...
# through the night") or its small hours (small_hours_words: "In the early hours of Wednesday").
_NIGHT_HOURS = {" ".join(k.lower().split()): v for k, v in (lexicon("en").get("night_hours") or {}).items()}
_NIGHT_HOUR = compile_opening(r"(?<!\w)(?:" + (alternation(_NIGHT_HOURS) or "(?!)").replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)
_NIGHT_TOLD = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("night_told_words") or ["(?!)"]).replace(r"\ ", r"\s+")
                              + r")(?!\w)", re.IGNORECASE)
_SMALL_HOURS_TOLD = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("small_hours_words") or ["(?!)"]).replace(r"\ ", r"\s+")
                                    + r")(?!\w)", re.IGNORECASE)


def _hours_of_the_night(events: list[EventDraft], blocks: list) -> None:
    """An hour of the night told after a day the story reached by a word ("President Arias was overthrown Friday night.
    ... Arias took refuge in the Canal Zone shortly before midnight", "On Monday at 18.20 the Civil Guards burst into
    the Congress and held the deputies through the night. Shortly after one o'clock in the morning the King spoke"):
    before midnight on that day, after it on the next; after a day told by its small hours ("In the early hours of
    Wednesday the army removed the President. She was detained shortly after midnight"), on that day. Until a row
    dated on another day."""
    night: tuple[date, bool] | None = None  # the day whose night the story told last; True: its small hours
    for event in sorted(events, key=lambda e: (e.block, e.evidence_start)):
        if event.start_date is None:
            continue
        if not 0 <= event.block < len(blocks) or blocks[event.block].language not in (None, "en"):
            night = None
            continue
        text = blocks[event.block].text[event.evidence_start: event.evidence_end]
        if night is not None and event.method == "tense_sentence" and event.date_kind in ("exact", "range") \
                and (hour := _NIGHT_HOUR.search(text)) is not None:
            forward = _NIGHT_HOURS[" ".join(hour.group().lower().split())]
            if not (night[1] and not forward):  # before midnight after the small hours told: which night, no telling
                event.on(night[0] + timedelta(days=0 if night[1] else forward)).date_kind = "exact"
            continue
        if event.method == "relative_date" and event.date_kind == "exact":
            if _SMALL_HOURS_TOLD.search(text):
                night = (event.start_date, True)
                continue
            if _NIGHT_TOLD.search(text):
                night = (event.start_date, False)
                continue
        if night is not None and event.start_date not in (night[0], night[0] + timedelta(days=1)):
            night = None


@functools.cache
def _night_span_pattern(language: str) -> re.Pattern | None:
    """The words of a night with no day of its own in ``language`` (its file's night_spans: "during the night", "в
    течение ночи", "夜间", "طوال الليلة"), any language whose file holds the key; None where it holds none."""
    lex = lexicon(language)
    if not (spans := lex.get("night_spans")):
        return None
    edge = "" if language == "zh" else r"(?<!\w)"  # Chinese writes no spaces between words
    return re.compile(edge + "(?:" + alternation(spans).replace(r"\ ", r"\s+") + ")" + edge.replace("<", ""), re.IGNORECASE)


_NIGHT_TO = tuple(lexicon("zh").get("night_span_to") or ["\0"])  # "五日夜间至六日凌晨": a span to the day after, as written
_NIGHT_DAY_ENDS = {language: tuple(ends) for language in ("zh",) if (ends := lexicon(language).get("night_day_ends"))}  # "昨天夜间"
_NIGHT_SPAN_NOT_WITH = {language: re.compile(r"(?<!\w)(?:" + alternation(words_) + r")(?!\w)|\d[.:]\d\d|\d{4}\s*(?:hours|hrs)", re.IGNORECASE)
                        for language in ("en",) if (words_ := lexicon(language).get("night_span_not_with"))}


# Where the clause of a night told inside a saying or beside an hour opens and closes (en.yaml night_clause_openers,
# night_clause_closers, and any language's file with the keys: ar.yaml "أن", "وأن"): "Kaul stated that | Indian troops
# had crossed ... during the night | and that India ...". The Arabic comma closes a clause as the Latin one does.
@functools.cache
def _night_clause_marks(language: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    lex = lexicon(language)
    opens, closes = lex.get("night_clause_openers"), lex.get("night_clause_closers")
    if not (opens and closes):
        return None, None
    return (compile_opening(r"(?:(?<!\w)(?:" + alternation(opens) + r")(?!\w)|[;:])\s*", re.IGNORECASE),
            compile_opening(r"\s*(?:(?<!\w)(?:" + alternation(closes) + r")(?!\w)|[;:,.\u060c])", re.IGNORECASE))


_WEEKDAY_NAMES = frozenset(k.lower() for k in lexicon("en").get("weekdays") or {})


def night_clause(text: str, language: str) -> tuple[int, int] | None:
    """The clause of ``text`` that tells an act of the night (night_spans) with no hour nor part of the day of its own,
    where the text holds a saying or an hour beside it ("Kaul stated that Indian troops had crossed into East Pakistan
    during the night and that ...", "The news was kept secret during the night and announced at 6 a.m."): where it
    opens and closes; None when the night is the text's only time or there is no such clause."""
    pattern, (opens, closes) = _night_span_pattern(language), _night_clause_marks(language)
    if pattern is None or opens is None or closes is None or (night := pattern.search(text)) is None:
        return None
    start = max((m.end() for m in opens.finditer(text, 0, night.start())), default=0)
    end = next((m.start() for m in closes.finditer(text, night.end())), len(text))
    clause = text[start:end]
    other = _NIGHT_SPAN_NOT_WITH.get(language)
    if len(clause.split()) < 4 or (other is not None and other.search(clause)) or (start == 0 and not text[end:].strip(" .;:")) \
            or tells_a_plan(clause, language) or _MAY_BE.search(clause) or any(ch.isdigit() for ch in clause) \
            or any(c.kind == "relative" and c.weekday >= 0 for c in read_cues(clause, language)) \
            or any(w in _WEEKDAY_NAMES for w in re.findall(r"[a-z]+", clause.lower())):  # "in the night to Friday", "the night
        return None  # of 22 to 23 March": the night has a day of its own
    return start, end


def night_clause_texts(text: str, language: str | None) -> list[str]:
    """The clause of ``night_clause`` as text (for the language file's examples)."""
    found = night_clause(text, language or "en")
    return [text[found[0]: found[1]]] if found else []


# A bare day of the week an act is dated by ("on Sunday", "Sunday"), no word sending it a week back ("last Sunday").
_BARE_WEEKDAY = compile_opening(r"^\s*(?:on\s+)?(?P<day>" + alternation(lexicon("en").get("weekdays") or {}) + r")\s*$", re.IGNORECASE)
_WEEKDAY_NUMBERS = weekday_numbers("en")
WEEK_DAYS = 7


# What may come before the day a sentence opens with ("3. On Saturday, 15 May, ..."): its number, "on", the weekday.
_OPENS_WITH_THE_DAY = compile_opening(r"^\s*(?:\d{1,2}\.\s*)?(?:on\s+)?(?:(?:" + alternation(lexicon("en").get("weekdays") or {}) + r"),?\s*)?$", re.IGNORECASE)
# A week the day of the week is named in ("on Monday of last week", "Monday next"): counted from the writing, not the story.
_WEEK_NAMED_AFTER = compile_opening(r"\s+(?:of|last|next|this|week)\b", re.IGNORECASE)


def _weekdays_after_the_told_day(events: list[EventDraft], blocks: list, written: date | None) -> None:
    """A report that tells its story day by day names a day, then the next by its day of the week alone ("On Saturday,
    15 May, we visited the Leuna works near Merseburg; on Sunday we rested at a union holiday home"): the Sunday after
    the day the passage told last, not the last one before the report was written. Only where that day falls within the
    week after the told one and not after the day written."""
    for at, event in enumerate(events):
        if event.method != "relative_date" or event.date_kind != "exact" or event.start_date is None or not event.date_text \
                or (m := _BARE_WEEKDAY.match(event.date_text)) is None:
            continue
        told = next((e for e in reversed(events[:at]) if e.block == event.block and e.evidence_start < event.evidence_start
                     and e.method == "dated_sentence"), None)
        if told is None or told.date_kind != "exact" or told.start_date is None or told.precision != "day" \
                or told.end_date != told.start_date:
            continue
        text = blocks[told.block].text
        said = text.find(told.date_text or "\0", told.evidence_start)
        opened = max(text.rfind(". ", 0, said), text.rfind("; ", 0, said), -2) + 2 if said >= 0 else -1
        if said < 0 or not _OPENS_WITH_THE_DAY.match(text[opened:said]):
            continue  # "The Poznan trade fair, which opened on 17 June, was closed on Thursday": a day told aside
        after = told.start_date + timedelta(days=(_WEEKDAY_NUMBERS[m["day"].lower()] - told.start_date.weekday()) % WEEK_DAYS or WEEK_DAYS)
        if after != event.start_date and (written is None or after <= written) \
                and not _WEEK_NAMED_AFTER.match(blocks[event.block].text, blocks[event.block].text.find(event.date_text, event.evidence_start) + len(event.date_text)):
            event.on(after)


_AGAIN_DAYS = {word: days for word, days in (lexicon("en").get("relative_days") or {}).items() if days <= 0}
# A day of the week joined to a day counted from the writing ("had been in touch with the Home Office on Monday and again
# yesterday"): the act done on both (again_day_joiners).
_DAY_AGAIN = compile_opening(r"\s+(?:" + (alternation(lexicon("en").get("again_day_joiners") or []).replace(r"\ ", r"\s+") or "(?!)")
                             + r")\s+(?P<day>" + (alternation(_AGAIN_DAYS).replace(r"\ ", r"\s+") or "(?!)") + r")\b", re.IGNORECASE)


def _days_told_again(events: list[EventDraft], blocks: list, written: date | None) -> None:
    """A row on a day of the week whose words go on to a second day counted from the writing ("on Monday and again
    yesterday"): both days, the act done more than once (date kind "multiple", from the first day to the second)."""
    if written is None:
        return
    for event in events:
        if event.method != "relative_date" or event.date_kind != "exact" or event.start_date is None or not event.date_text                 or blocks[event.block].language not in (None, "en") or not _BARE_WEEKDAY.search(event.date_text):
            continue
        text = blocks[event.block].text
        at = text.find(event.date_text, event.evidence_start)
        if at < 0 or (m := _DAY_AGAIN.match(text, at + len(event.date_text))) is None:
            continue
        again = written + timedelta(days=_AGAIN_DAYS[" ".join(m["day"].lower().split())])
        if event.start_date < again <= written and (again - event.start_date).days < WEEK_DAYS:
            event.end_date, event.date_kind = again, "multiple"


_RESOLUTION_BODY = compile_opening(r"^\s*(?:This\s+|The\s+)?(?:" + alternation(lexicon("en").get("resolution_speaking_bodies") or ["(?!)"])
                                   + r")\s+(?=[a-z])")
_RESOLUTION_ACT = compile_opening(r"(?P<verb>" + alternation(lexicon("en").get("resolution_acts") or ["(?!)"]).replace(r"\ ", r"\s+") + r")\b")
_AND_ACT = compile_opening(r",?\s+and\s+(?=(?:" + alternation(lexicon("en").get("resolution_acts") or ["(?!)"]).replace(r"\ ", r"\s+") + r")\b)")
# Where the act's own clause ends: a comma, a relative or a "when" clause, "to" before the task it sets, a day it tells
# of, the sentence's end.
_RESOLUTION_ACT_ENDS = compile_opening(r",|\s+(?:who|which|when|to|that|without|on|since)\b|[.;]")


def resolution_act_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of a paragraph of a congress's resolution that name the body's own acts ("This Congress salutes the
    Grunwick strikers", "... and condemns the police violence at the mass picket"): where each opens and closes."""
    body = _RESOLUTION_BODY.match(text)
    if body is None:
        return []
    starts = ([(0, m.end())] if (m := _RESOLUTION_ACT.match(text, body.end())) else []) \
        + [(m.end(), _RESOLUTION_ACT.match(text, m.end()).end()) for m in _AND_ACT.finditer(text, body.end())]
    spans = []
    for opens, verb_end in starts:
        end = _RESOLUTION_ACT_ENDS.search(text, verb_end + 1)
        spans.append((opens, end.start() if end else len(text)))
    return spans


def _resolution_acts(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A congress's resolution speaks in the body's name: what it salutes, condemns, calls on a body to do or instructs
    its committee to do are its acts on the day it carried the resolution (resolution_acts), each a row of its own beside
    the rows of what the paragraph tells."""
    if doc.document_type != "resolution" or doc.document_date is None:
        return
    for index, block in enumerate(doc.blocks):
        if block.section_type != "body":
            continue
        for opens, closes in resolution_act_spans(block.text):
            if any(e.block == index and e.evidence_start == opens and e.start_date == doc.document_date for e in events):
                continue
            act = EventDraft(index, "statement", opens, closes, "document_act", 0.5).on(doc.document_date)
            act.date_kind, act.inferred = "exact", True
            act.sources = list(doc.sender_names)
            at = next((i for i, e in enumerate(events) if e.block > index), len(events))
            events.insert(at, act)
            for task_opens, task_closes in (_set_tasks(block.text, closes) if _INSTRUCTS.search(block.text, opens, closes) else []):
                _tasks_undated(events, index, block.text, task_opens, task_closes)
                task = EventDraft(index, "statement", task_opens, task_closes, "document_act", 0.45)
                task.date_kind, task.precision = "undated", "unknown"  # "Congress instructs the Executive Committee | to call
                # a national meeting ... before Christmas, and to report ... in January": the tasks it sets, plans
                events.insert(at + 1, task)


# The task a resolution's act sets, after "to", and the next one joined by "and to" ("instructs the Executive Committee to
# call a national meeting ..., and to report on the campaign ...").
_INSTRUCTS = compile_opening(r"\b(?:" + alternation(lexicon("en").get("resolution_instructing_acts") or ["(?!)"]) + r")\b")
_TASK_OPENS = compile_opening(r"\s+to\s+(?=[a-z])")
_NEXT_TASK = compile_opening(r",?\s+and\s+to\s+(?=[a-z])")


def _set_tasks(text: str, closes: int) -> list[tuple[int, int]]:
    """The tasks a resolution's act sets: the clauses from "to" on, to the sentence's end, parted at "and to"."""
    if (m := _TASK_OPENS.match(text, closes)) is None:
        return []
    end = next((e.start() + 1 for e in re.finditer(r"[.;](?:\s|$)", text[m.start():])), len(text) - m.start()) + m.start()
    tasks, opens = [], m.start() + 1
    for joint in _NEXT_TASK.finditer(text, opens, end):
        tasks.append((opens, joint.start()))
        opens = joint.end() - len("to ") if text[joint.end() - 3: joint.end()] == "to " else joint.end()
    tasks.append((opens, end - 1 if text[end - 1: end] in ".;" else end))
    return [(a, b) for a, b in tasks if b > a]


def _tasks_undated(events: list[EventDraft], index: int, text: str, opens: int, closes: int) -> None:
    """The rows another reader dated by a day the task names ("to report ... in January"): the task's day is still to
    come, no day of an act; those rows go (the task is a plan of its own)."""
    for event in list(events):
        if event.block == index and event.method == "dated_sentence" and event.date_text \
                and opens <= text.find(event.date_text, event.evidence_start) < closes:
            events.remove(event)


# A report's source told in the present perfect at the opening of a sentence ("Amnesty International has learned that the
# above were arrested ...", "The Department has learned that several African delegations were under strong pressure"):
# the learning is a row of its own, on or before the day written, beside the act it reports (en.yaml
# source_perfect_verbs).
_LEARNED = compile_opening(r"^(?:[A-Z]+:\s+)?(?P<who>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})\s+(?P<verb>"
                           + alternation(lexicon("en").get("source_perfect_verbs") or ["(?!)"]).replace(r"\ ", r"\s+") + r")\s+that\b")


def learned_source(sentence: str) -> tuple[str, int] | None:
    """The source a sentence opens with as having learned what it reports, and where the learning's words end; None."""
    m = _LEARNED.match(sentence)
    return (m["who"], m.end("verb")) if m else None


def _sources_that_have_learned(events: list[EventDraft], doc: ParsedDocument) -> None:
    if doc.document_date is None:
        return
    for index, block in enumerate(doc.blocks):
        if block.section_type != "body" or (block.language or "en") != "en":
            continue
        for start, end in sentence_spans(block.text):
            if (found := learned_source(block.text[start:end])) is None:
                continue
            who, closes = found
            learned = EventDraft(index, "statement", start, start + closes, "document_act", 0.45)  # the report's own telling
            learned.start_date, learned.end_date, learned.date_kind = None, doc.document_date, "upper_bound"
            learned.inferred = True
            learned.sources = window_actors(who, None)[0] or [who.removeprefix("The ").strip()]
            at = next((i for i, e in enumerate(events) if e.block > index), len(events))
            events.insert(at, learned)


# The word a language marks an act done already with, before or after its verb ("aveva già ricevuto", "a déjà fait
# savoir", "wurde bereits vereinbart", "is reeds gestuur", "on juba kinnitanud", "έχει ήδη ζητήσει"): a file's or a
# supplement's done_marks, with the phrases where the word is no such mark (done_marks_not: "ya que", because).
@functools.cache
def _done_marks(language: str) -> tuple[re.Pattern, re.Pattern | None] | None:
    lex = lexicon(language)
    if not lex.get("done_marks"):
        return None
    marks = re.compile(r"(?<!\w)(?:" + alternation(lex["done_marks"]).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)
    refused = lex.get("done_marks_not") or []
    return marks, re.compile(r"(?:" + alternation(refused).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE) if refused else None


def done_already(sentence: str, language: str | None) -> int | None:
    """Where a sentence of a page in a language other than English, Russian and Chinese (whose tense readers mark it on
    the verb: tense_sentence.done_by_then, _PERFECT) says its act is done already: the mark's place, else None (none, or
    the sentence is a condition)."""
    if language in (None, "en", "ru", "zh") or (found := _done_marks(language)) is None:
        return None
    marks, refused = found
    for m in marks.finditer(sentence):
        if refused is None or not refused.match(sentence, m.start()):
            return None if is_hypothetical(sentence, language) else m.start()
    return None


@functools.cache
def _done_elsewhere(language: str) -> re.Pattern | None:
    """What dates a done act against another day than the one the text speaks from: a month the sentence names ("olin
    jo joulukuussa kirjoittanut", a form of five letters or more of the language's months, not a short one that is a
    word too: Romanian "mai") or a word of "before" another act (done_before: "a trimis deja, înainte de întoarcerea
    președintelui", "ще до виїзду"), whose day the sentence does not write."""
    lex = lexicon(language)
    words = [w for w in lex.get("months") or {} if isinstance(w, str) and len(w) >= 5 and w.isalpha()] + list(lex.get("done_before") or [])
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + alternation(words).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)


def _done_by_the_day_written(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A sentence of a page in another language that tells its act as done already ("Mi risulta che il direttore ...
    aveva già ricevuto l'ordine ...", "Die wapens is reeds aan die Distrikskommandant gestuur."): done on or before the
    day the text speaks from there, an upper bound (CORPUS.md), as the English "has already" is. The day is the one a
    row on the sentence was given without a day written in it (a log's entry, a minutes' session: "11h00 - O comandante
    ... declara que o armador já vendeu a carga"), else the page's date; a sentence that writes a day or a span of its
    own, a month, or an act it was done before is left as read (_done_elsewhere). A row on the sentence with no date
    takes the bound; else the bound is a row beside the others."""
    for index, block in enumerate(doc.blocks):
        if block.section_type != "body" or not block.language:
            continue
        for start, end in sentence_spans(block.text):
            sentence = block.text[start:end]
            if (mark := done_already(sentence, block.language)) is None or \
                    ((elsewhere := _done_elsewhere(block.language)) is not None and elsewhere.search(sentence)):
                continue
            on = [e for e in events if e.block == index and e.evidence_start < end and start < e.evidence_end]
            if any(e.date_text or e.date_kind not in (None, "exact", "undated") for e in on):
                continue  # a day, a span or a bound the sentence writes: as read
            days = {e.start_date for e in on if e.start_date is not None and e.start_date == e.end_date}
            if len(days) > 1 or any(e.start_date != e.end_date for e in on):
                continue
            day = next(iter(days), None) or day_of_message(doc, index) or doc.document_date  # a telex file's message: its own day
            if day is None:
                continue
            done = next((e for e in on if e.start_date is None and e.end_date is None), None)
            if done is None:
                done = EventDraft(index, "statement", start, end, "tense_sentence", 0.35)
                done.sources = clause_names(sentence[:mark], block.language)[-1:]
                at = next((i for i, e in enumerate(events) if e.block > index), len(events))
                events.insert(at, done)
            done.start_date, done.end_date, done.start_time, done.precision = None, day, None, "day"
            done.date_kind, done.inferred = "upper_bound", True


# A day told inside a condition ("Check with the International Secretariat ... if sending appeals after 25 January
# 1980"): what would follow if it came, no act (en.yaml condition_openers).
_CONDITION_OPENS = compile_opening(r"\b(?:" + alternation(lexicon("en").get("condition_openers") or ["(?!)"]) + r")\s+(?:[a-z]+ing|you|they|we)\b[^.;:]*$",
                                   re.IGNORECASE)


def _conditions_no_events(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A row a reader dated by a day to come that the sentence tells inside a condition ("... if sending appeals after 25
    January 1980"): the day bounds what may be done, nothing happened; the row goes."""
    written = doc.document_date
    for event in list(events):
        if event.method != "dated_sentence" or written is None or event.start_date is None or event.start_date <= written \
                or not event.date_text or not 0 <= event.block < len(doc.blocks):
            continue
        text = doc.blocks[event.block].text
        at = text.find(event.date_text, event.evidence_start)
        if at >= 0 and _CONDITION_OPENS.search(text[event.evidence_start:at]):
            events.remove(event)


# A place's or the situation's calm told alone (en.yaml calm_states): its subject's few words, a copula or none, the
# state, and a day counted from the writing before or after, nothing more.
_NOW_DAY_WORDS = alternation(lexicon("en").get("relative_days") or {}).replace(r"\ ", r"\s+")
_CALM_STATE = compile_opening(
    r"^\W*(?:(?:" + _NOW_DAY_WORDS + r")\s*,?\s+)?(?:the\s+)?(?:(?!(?:that|reports?|said|says)\b)[\w'’.-]+\s+){1,5}?(?:(?:is|was|are|were|remained|remains)\s+)?"
    r"(?:(?:still|again|generally|relatively|fairly|quite|completely)\s+)?(?:" + (alternation(lexicon("en").get("calm_states") or []).replace(r"\ ", r"\s+") or "(?!)")
    + r")(?:\s+(?:" + _NOW_DAY_WORDS + r"))?\s*[.!]?\s*$", re.IGNORECASE)


def calm_state(sentence: str) -> bool:
    """The sentence tells only a place's or the situation's calm ("Today the city is quiet.", "Situation calm this
    morning."): no happening."""
    return _CALM_STATE.match(sentence.strip()) is not None


def _calm_states_no_events(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A row whose evidence is a calm told alone goes: a state, not an event (CORPUS.md)."""
    for event in list(events):
        if event.method in ("relative_date", "tense_sentence") and 0 <= event.block < len(doc.blocks) \
                and calm_state(doc.blocks[event.block].text[event.evidence_start: event.evidence_end]):
            events.remove(event)


# An appeal's call to its members (an Amnesty International Urgent Action): the label of the action it recommends, over
# the letters to write ("RECOMMENDED ACTION: Telegrams/express letters/airmail letters:"), the recommending on the day
# it was issued; the request to send them ("PLEASE SEND APPEALS IMMEDIATELY."), a plan (en.yaml
# recommended_action_labels, appeal_requests).
_RECOMMENDED = compile_opening(r"^\s*(?:" + alternation(lexicon("en").get("recommended_action_labels") or ["(?!)"]).replace(r"\ ", r"\s+") + r")\s*:",
                               re.IGNORECASE)
_APPEAL_REQUEST = compile_opening(r"(?:^|(?<=[.!]\s))(?:" + alternation(lexicon("en").get("appeal_requests") or ["(?!)"]).replace(r"\ ", r"\s+")
                                  + r")\b[^.!]*[.!]", re.IGNORECASE)


def appeal_action(text: str) -> str | None:
    """What an appeal's line asks of its members: "recommended" for the label of the recommended action, "request" for
    the request to send the appeals, else None."""
    return "recommended" if _RECOMMENDED.match(text) else "request" if _APPEAL_REQUEST.search(text) else None


def _appeal_actions(events: list[EventDraft], doc: ParsedDocument) -> None:
    if doc.document_date is None:
        return
    for index, block in enumerate(doc.blocks):
        if block.section_type != "body" or len(block.text) > 400 or (kind := appeal_action(block.text)) is None:
            continue
        if kind == "recommended":
            act = EventDraft(index, "statement", 0, len(block.text.rstrip()), "document_act", 0.5).on(doc.document_date)
            act.date_kind, act.inferred = "exact", True
        else:
            m = _APPEAL_REQUEST.search(block.text)
            act = EventDraft(index, "instruction", m.start(), m.end(), "document_act", 0.5)
            act.date_kind, act.precision = "undated", "unknown"
        act.sources = list(doc.sender_names)
        at = next((i for i, e in enumerate(events) if e.block > index), len(events))
        events.insert(at, act)


# The foot of a congress's resolution, who moved it and who seconded it, before the vote that carried it ("Moved by
# Comrade Pat Harrison (Brent), seconded by Comrade Mick Costello. Carried unanimously, Monday 14 November."): each an
# act on the day it was carried (en.yaml moving_words; the names' titles, comrade_titles).
_MOVED = compile_opening(r"(?:^|(?<=[.,;]\s))(?P<verb>(?i:" + alternation(lexicon("en").get("moving_words") or ["(?!)"]).replace(r"\ ", r"\s+")
                         + r"))\s+(?:(?:Comrade|Cde\.|Brother|Sister|Councillor|Mr\.?|Mrs\.?|Ms\.?)\s+)?"
                         r"(?P<who>[A-Z](?:\.|[\w'’-]+)(?:\s+[A-Z](?:\.|[\w'’-]+)){0,3})(?:\s+\([^()]{1,40}\))?")


def moved_and_seconded(text: str) -> list[tuple[int, int, str]]:
    """The movers and seconders a resolution's foot names: where each clause opens and closes, and the name."""
    return [(m.start(), m.end(), m["who"]) for m in _MOVED.finditer(text)]


def _moved_and_seconded(events: list[EventDraft], doc: ParsedDocument) -> None:
    if doc.document_type != "resolution" or doc.document_date is None or not doc.document_date_text:
        return
    for index, block in enumerate(doc.blocks):
        if doc.document_date_text not in block.text or len(block.text) > 300:
            continue  # the foot's line that carries the resolution on its day
        for opens, closes, who in moved_and_seconded(block.text):
            act = EventDraft(index, "statement", opens, closes, "document_act", 0.5).on(doc.document_date)
            act.date_kind, act.inferred, act.sources = "exact", True, [canonical_name(who)]
            events[:] = [e for e in events if not (e.block == index and e.date_kind == "upper_bound" and e.evidence_start <= opens < e.evidence_end)]
            at = next((i for i, e in enumerate(events) if e.block > index), len(events))
            events.insert(at, act)


_SPAN_OPENS_WITHIN = 6  # characters before the span's sentence: the passage's number ("3. ")


def _within_the_opening_span(events: list[EventDraft], blocks: list) -> None:
    """A passage that opens with a span of days ("3. From 12 to 14 May we were in the Rostock district. At the Warnow
    shipyard the works trade union committee described the system of brigades, and we met a group of apprentices"): the
    past acts it goes on to tell with no day of their own, which a reader dated over a wider span (the whole visit up to
    the day written), happened within that span."""
    for opening in events:
        if opening.method != "dated_sentence" or opening.date_kind != "range" or opening.start_date is None \
                or opening.end_date is None or opening.precision != "day" or not 0 <= opening.block < len(blocks) \
                or blocks[opening.block].text[:opening.evidence_start].strip(" .0123456789") \
                or opening.evidence_start > _SPAN_OPENS_WITHIN:
            continue
        for event in events:
            if event.block == opening.block and event is not opening and event.evidence_start >= opening.evidence_end \
                    and event.method in _CARRIED_READERS and event.date_text is None and event.inferred \
                    and event.date_kind == "range" and event.start_date is not None and event.end_date is not None \
                    and event.start_date <= opening.start_date and opening.end_date <= event.end_date \
                    and (event.start_date, event.end_date) != (opening.start_date, opening.end_date):
                event.start_date, event.end_date, event.date_kind = opening.start_date, opening.end_date, "range"


def _nights_as_spans(events: list[EventDraft], blocks: list, written: date | None) -> None:
    """An act a row dates on one day that its own clause tells as taking the night ("Indian troops had crossed into
    East Pakistan during the night", "昨天夜间……实行宵禁"): the night from the evening of one day into the next. On the
    writing day, the night before it; on a day the story told, that day's night (night_spans). Not a turn or a saying
    whose words tell of the night ("Kaul stated that Indian troops had crossed ... during the night": the saying is on
    its day), nor an act told at an hour or a part of the day (night_span_not_with)."""
    told = []
    for event in list(events):
        if event.date_kind not in (None, "exact") or event.start_date is None or event.end_date != event.start_date \
                or event.precision not in ("day", "minute") or not 0 <= event.block < len(blocks):
            continue
        language = blocks[event.block].language or "en"
        pattern, text = _night_span_pattern(language), blocks[event.block].text[event.evidence_start: event.evidence_end]
        if pattern is None or (night := pattern.search(text)) is None:
            continue
        if event.method == "document_act" or event.start_time is not None or event.precision != "day" \
                or ((other := _NIGHT_SPAN_NOT_WITH.get(language)) and other.search(text)) \
                or any(c.kind == "speech" and c.start < night.start() for c in read_cues(text, language)):
            # a saying, or an act told at an hour, whose own clause tells of the night before its day: that clause's act,
            # a row of its own over the night ("Kaul stated that Indian troops had crossed ... during the night")
            if (clause := night_clause(text, language)) is not None \
                    and not (event.method != "document_act" and event.date_text and written is not None
                             and event.start_date < written
                             and (at := text.find(event.date_text)) >= 0 and not clause[0] <= at < clause[1]):
                # not from a row another clause dates by a day before the writing ("... طوال الليلة الماضية، وأن سيارتي
                # إسعاف أصيبتا أمس": the ambulances' yesterday is not the saying's day the night ran into)
                first = event.start_date - timedelta(days=1)
                extra = replace(event, evidence_start=event.evidence_start + clause[0], evidence_end=event.evidence_start + clause[1],
                                method="tense_sentence", start_time=None, date_kind="range", inferred=True,
                                date_text=night.group(), sources=list(event.sources), targets=list(event.targets))
                extra.start_date, extra.end_date = first, event.start_date
                if not any(e.block == extra.block and e.start_date == first and e.end_date == extra.end_date for e in events + told):
                    told.append(extra)
            continue
        if event.date_text and (at := text.find(event.date_text)) >= 0 and not (at - 25 <= night.start() <= at + len(event.date_text) + 25):
            continue  # "in the night of 16-17 August ..., and on 2 September a further group was dropped": the night is another day's
        if text[:night.start()].endswith(_NIGHT_DAY_ENDS.get(language, ("\0",))) and not text.startswith(_NIGHT_TO, night.end()):
            continue  # "二十五日夜间", "昨天夜间": the night of the day named, that day, as "on the night of 25 March" is
        first = event.start_date - timedelta(days=1) if event.start_date == written else event.start_date
        event.start_date, event.end_date, event.date_kind = first, first + timedelta(days=1), "range"
    events += told


# A state or a course told as lasting until a later day ("Martial law remained in force in 167 of the 217 districts until
# 11 July", "Fighting with the Civil Guard went on in the capital until Friday noon"): from the day the story had reached
# to that day (en.yaml lasting_until_openers); a time of the same day ("continued until dusk") is no other day.
_LASTING_UNTIL = {language: re.compile(r"(?<!\w)(?:" + alternation(words_) + r")\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
                  for language in ("en",) if (words_ := lexicon(language).get("lasting_until_openers"))}
_LASTING_UNTIL_NOT = {language: re.compile(r"(?<!\w)(?:" + alternation(words_) + r")(?!\w)", re.IGNORECASE)
                      for language in ("en",) if (words_ := lexicon(language).get("lasting_until_not"))}
_LASTING_UNTIL_DAYS = 62  # the story's day and the day it lasted to lie within two months of each other


def _lasting_until(events: list[EventDraft], blocks: list) -> None:
    """A row dated on the day an "until" names, as its only day, whose clause tells what lasted until then: a range from
    the day of the row told before it in the same block (the day the story had reached) to that day."""
    for event in events:
        if event.date_kind not in (None, "exact") or event.start_date is None or event.end_date != event.start_date \
                or event.precision != "day" or not event.date_text or not 0 <= event.block < len(blocks):
            continue
        block = blocks[event.block]
        until = _LASTING_UNTIL.get(block.language or "en")
        text = block.text[event.evidence_start: event.evidence_end]
        if until is None or (at := text.find(event.date_text)) < 0 or until.search(text, 0, at) is None \
                or ((other := _LASTING_UNTIL_NOT.get(block.language or "en")) and other.search(text, 0, at)):
            continue
        before = [e for e in events if e is not event and e.block == event.block and e.evidence_start < event.evidence_start
                  and e.start_date is not None and e.date_kind in (None, "exact", "range")]
        if not before:
            continue
        told = max(before, key=lambda e: e.evidence_start)
        first = told.start_date if told.date_kind != "range" else told.end_date
        if first is None or not 0 < (event.start_date - first).days <= _LASTING_UNTIL_DAYS:
            continue
        event.start_date, event.date_kind, event.inferred = first, "range", True


@functools.lru_cache(maxsize=4096)
def _own_state(name: str) -> str | None:
    """The state a person speaks for, as the gazetteer gives it (his ``side``), when it is a state; else None."""
    person = lookup(name)
    if person is None or person.kind != "person" or not person.side:
        return None
    side = entity(person.side)
    return side.name if side is not None and getattr(side, "is_state", False) else None


@functools.lru_cache(maxsize=4096)
def _governs(name: str) -> str | None:
    """The state a government governs, as the gazetteer gives it (the ``side`` of "Government of the People's Republic
    of China": China); else None."""
    body = lookup(name)
    if body is None or body.kind != "organisation" or not body.side:
        return None
    side = entity(body.side)
    return side.name if side is not None and getattr(side, "is_state", False) else None


def _own_states_off(event: EventDraft) -> None:
    """A row's actors less the state of a person among them, or its government ("Premier Zhou received the Ghanaian
    ambassador, saying that China ...", "周恩来表示，中国政府和人民坚决支持 ...": Zhou, not China or the Chinese
    government beside him): the person stands for his state, which is no second party."""
    owned = {s for n in event.sources + event.targets if (s := _own_state(n))}
    if not owned:
        return
    drop = {n for n in {*event.sources, *event.targets} if n in owned or _governs(n) in owned}
    if drop:
        event.sources = [n for n in event.sources if n not in drop]
        event.targets = [n for n in event.targets if n not in drop]


# The rows in which a body speaks or directs: a state among its other parties is what it speaks of, not its listener.
_SPOKEN_BY_A_BODY = frozenset({"statement", "instruction"})


@functools.lru_cache(maxsize=4096)
def _kind_of(name: str) -> str | None:
    """"state" for a state the gazetteer knows, else the gazetteer's kind of the name (person, organisation, place)."""
    found = lookup(name)
    if found is None:
        return None
    return "state" if getattr(found, "is_state", False) else found.kind


def _states_spoken_of_off(event: EventDraft) -> None:
    """A body's statement or instruction less the states it names as its other parties ("The Indonesian Communist Party
    has stepped up its campaign against the United States", "中国政府已于一月决定向坦桑尼亚提供贷款"): a state a party, a
    government or a council speaks of or acts toward in its words is no party to its speaking. A person among the
    speakers keeps them (his talks, his letters are read by other rules)."""
    if event.event_type not in _SPOKEN_BY_A_BODY or not event.targets:
        return
    kinds = [_kind_of(n) for n in event.sources]
    if "organisation" not in kinds or "person" in kinds:
        return
    event.targets = [n for n in event.targets if _kind_of(n) != "state"]


def read_in_sentence_case(doc: ParsedDocument) -> ParsedDocument:
    """A document whose text is all in capitals (a teletype, an Intelligence Information Cable in OCR) read in sentence
    case: its passages cased letter for letter (pipeline/normalize/capitals.py), so that the rules' cues and names are
    found and every row's evidence still points at the page's own characters. Any other document as it is."""
    written = [b for b in doc.blocks if b.passage_type == "paragraph"]
    if not written:
        return doc
    if sum(in_capitals(b.text) for b in written) >= max(2, 0.6 * len(written)):
        # and its numbered items of prose in capitals ("10. SUMMARY: (C) THE FAZ AND MOROCCAN COUNTEROFFENSIVE ...
        # BEGAN ON 14 APR.", a Defense Attaché's Intelligence Information Report)
        cased = [b for b in written if in_capitals(b.text)] + [
            b for b in doc.blocks if b.passage_type == "list_item" and _prose_in_capitals(b.text)]
    else:  # a body in capitals under a head in mixed case: its paragraphs of prose alone
        cased = [b for b in doc.blocks if b.passage_type in ("paragraph", "list_item") and _prose_in_capitals(b.text)]
        if len(cased) < 2 and not any(b.text[:1] in OPENING_QUOTES for b in cased):
            return doc  # one paragraph in capitals in a page of prose: a heading's run, unless it is a telegram quoted whole
            # ('"MOST IMMEDIATE. FOR CHARGE FROM KAUL. NO. 1207. 2 MARCH 1972. PRIME MINISTER HAS DECIDED ..."', a memoir's)
    names = names_after_titles(b.text for b in cased)
    blocks = [replace(b, text=sentence_case(b.text, names)) if b in cased else b for b in doc.blocks]
    return replace(doc, blocks=blocks)


def _prose_in_capitals(text: str) -> bool:
    """A paragraph of prose written in capitals: a sentence or more (a dozen words and a full stop), not a heading."""
    return len(text.split()) >= 12 and "." in text and in_capitals(text)


def _one_per_body(names, before: list[str] = ()) -> list[str]:
    """The names, each state's body once: "Rhodesian troops" and the "Rhodesian army" a rule makes of the clause's
    troops are one body (state_bodies.yaml), the first name kept; ``before`` the names another list of the row has."""
    seen = {e.id for e in map(resolve, before) if e is not None and (e.made_only or e.made)}
    kept = []
    for name in names:
        body = resolve(name)
        if body is not None and (body.made_only or body.made):
            if body.id in seen:
                continue
            seen.add(body.id)
        kept.append(name)
    return kept


def _as_headed(own, parties: set[str]):
    """``own`` (a writer's own body read by the state he writes for) but for the parties the document's head names, kept
    as it names them: a cable's sending, from the embassy "to 外交部", is to the ministry its head writes."""
    return lambda name: name if name in parties else own(name)


# A log's entry: its passage opens with the hour in four figures, then the entry's words ("0612 Set general quarters.",
# "1005 Embarked 40 crewmembers ..."): a ship's deck log, a watch officer's or an operations centre's log. A log kept
# in a language that writes its hours after a word of the clock opens each entry with that word ("Kl. 0740  Overbetjent
# ... overtok vakten", "Kl 1430 ..."): the words after which a number is always an hour, of every language's file and
# supplement (sv.yaml clock_sure_openers).
_LOG_CLOCK_WORDS = frozenset(w for w in words("clock_sure_openers", (*LANGUAGES, *SUPPLEMENTED)) if w[:1].isalpha())


@functools.cache
def _log_hour(language: str | None) -> re.Pattern:
    """A log entry's opening hour, after the clock's word of every language's file and supplement and of the page's
    language where it borrows its words (borrowed.py: Norwegian "kl.", Malay "jam")."""
    clock = sorted(_LOG_CLOCK_WORDS | {w for w in (lexicon(language).get("clock_sure_openers") or []) if w[:1].isalpha()}
                   if language else _LOG_CLOCK_WORDS)
    four = (r"(?:(?i:" + alternation(clock) + r")[ \t]+)?" if clock else "") \
        + LOG_HOUR
    if not clock:
        return compile_opening(four)
    # The clock's word before an hour written with its stop or colon ("ساعت ۶:۵۵ — فرستنده روشن شد.", "1. الساعة 6.30
    # صباحاً: افتتح ...", "क्रम 611 — समय 00.20 — सूचना: ..."): an entry of a log or of minutes kept by the clock in a
    # language that writes its hours after that word, behind the item's number or the entry's serial where it has one
    # (``log_entry_marks``: "क्रम 611 —"); read on the text's figures in ASCII (dates.ascii_figures).
    marks = words("log_entry_marks", (*LANGUAGES, *SUPPLEMENTED)) + (
        list(lexicon(language).get("log_entry_marks") or []) if language else [])
    serial = (r"(?:(?:" + alternation(marks) + r")[ \t]+\d{1,5}[ \t]*[\u2014\u2013-][ \t]*)?") if marks else ""
    worded = r"(?:\d{1,3}\.[ \t]+)?" + serial + r"(?i:" + alternation(clock) + r")[ \t]+(?P<whour>[01]?\d|2[0-3])[.:]" \
        r"(?P<wminute>[0-5]\d)(?![\d.:]\d|\d)"
    return compile_opening(r"(?:" + four + r"|" + worded + r")")


_LOG_ENTRIES_AT_LEAST = 3  # entries that make a log's page: one line opening with a year is no log


def _worded_entry(text: str) -> bool:
    """A log's entry whose hour follows the clock's word with its stop or colon ("ساعت ۶:۵۵ — ...", "समय 00.20"), not a
    deck log's four figures."""
    return (m := _log_hour(reading_language()).match(ascii_figures(text))) is not None and m["whour"] is not None


def _log_entries(doc: ParsedDocument) -> tuple[dict[int, str], date | None, dict[int, date]]:
    """The passages of a log's page that are its entries, each with its hour (HH:MM): three at least, their hours never
    going back, in the body's passages; and the day the sheet heads, the last day its head lines write above the first
    entry ("USS HENRY B. WILSON (DDG-7) THURSDAY 15 MAY 1975 ZONE DESCRIPTION -7"), not an archive's stamp in its page
    head. Each entry tells acts of that day, at that hour; a page of years ("1952 Numayri graduated ...") goes back or
    has fewer entries. A log kept over more than one day writes each day alone on its line over that day's entries
    ("29.6.71" / "1830 TASS in English: ..." / "30.6.71" / "0600 ..."): the hours never go back within a day, and
    the days so written, by their passage, are the third part. A night's log writes no day between its evening's
    entries and its small hours ("NIGHT OF 5/6 OCTOBER 1957" / "2300  K. Hill relieved ..." / "0352  Watch begun ..."):
    an hour of the morning after one of the evening, no day written between, is past midnight, the next day's
    (its first entry among the days, an entry of its own)."""
    found, days, hours, rolled = {}, {}, [], []
    year = doc.document_date.year if doc.document_date else None
    for index, block in enumerate(doc.blocks):
        if block.section_type != "body" or block.passage_type not in TEXT_BLOCKS:
            continue
        if (m := _log_hour(reading_language()).match(ascii_figures(block.text))):
            found[index] = f"{m['hour']}:{m['minute']}" if m["hour"] else f"{int(m['whour']):02d}:{m['wminute']}"
            if hours and found[index] < hours[-1] and hours[-1] >= _EVENING and found[index] < _NOON and not rolled:
                rolled.append(index)  # past midnight: the hours go on from the next day's
                hours = []
            hours.append(found[index])
        elif found and day_alone(block.text.strip(), year) and (day := find_dates(block.text, year)[0]).year_written:
            days[index] = day.start_date  # a day written alone between the entries: a new day of the log
            hours = []
            rolled = rolled and [None]  # a day written after a night's small hours: no night's log
        if hours != sorted(hours):
            return {}, None, {}
    if len(found) < _LOG_ENTRIES_AT_LEAST:
        return {}, None, {}
    for index in [i for i in found if _worded_entry(doc.blocks[i].text)]:  # an entry's line under it, going on with its
        following = index + 1  # hours ("क्रम 611 — समय 00.20 — ..." / "रवाना 00.24, पहुँचे 00.41, आग पर काबू 03.10।"): of the
        while following < len(doc.blocks) and following not in found and doc.blocks[following].section_type == "body" \
                and doc.blocks[following].passage_type in TEXT_BLOCKS and not find_dates(doc.blocks[following].text, year) \
                and (clock := _REGISTER_CLOCK.search(ascii_figures(doc.blocks[following].text))):  # entry, at its first hour
            found[following] = f"{int(clock['hour']):02d}:{clock['minute']}"
            following += 1
    heads = [(i, d.start_date) for i, b in enumerate(doc.blocks[: min(found)]) if b.section_type == "body"
             and len(b.text) < _LOG_HEAD_LINE and not b.text.rstrip().endswith(".") for d in find_dates(b.text, year)
             if d.precision in ("day", "minute") and d.year_written]
    if days and heads and day_alone(doc.blocks[heads[-1][0]].text.strip(), year):
        days[heads[-1][0]] = heads[-1][1]  # the first day's line over the first entry is the log's first day
    first = heads[-1][1] if heads else None
    if rolled and not days:  # (a day written after the roll made days; rolled is [None] only then)
        nights = [d for b in doc.blocks[: min(found)] if len(b.text) < _LOG_HEAD_LINE for d in find_dates(b.text, year)
                  if d.kind == "range" and d.precision == "day" and d.end_date == d.start_date + timedelta(days=1)]
        first = first or (nights[-1].start_date if nights else None)  # "NIGHT OF 5/6 OCTOBER 1957" over the sheet, in its
        if first is not None:  # head lines or its title: the evening's day, the small hours the next
            days[rolled[0]] = first + timedelta(days=1)  # the night's small hours: the next day's, from their first entry
    return found, first, days


_EVENING, _NOON = "18:00", "12:00"  # a log's last hour before midnight, its first after it


# A form's line of signature and date ("Signed: C. E. Brackenbury, Honorary Secretary          Date: 16.1.76" under a
# life-boat station's service return, "Signed: R. F. Aylmer, Q.M.   Date: 29.X.62" under a messenger's route sheet): the
# signed label (en.yaml signed_labels), the signer and his post, then the date's label (signed_line_date_labels) and a
# day alone.
_SIGNED_AND_DATED = compile_opening(
    r"^\W*" + SIGNED_LABEL + r"\s*:?\s+(?P<name>[A-Z][^:;\n]{2,80}?)\s+(?:"
    + (alternation(lexicon("en").get("signed_line_date_labels") or []) or "(?!)") + r")\s*[:.]\s*(?P<day>[^:;\n]{4,30}?)\s*$")


def _signed_and_dated(index: int, text: str, year: int | None) -> EventDraft | None:
    """The signing a form's line of signature and date tells (``_SIGNED_AND_DATED``): on the day it writes alone, the
    signer (his name before his post) its actor; None where the line is no such line."""
    if (m := _SIGNED_AND_DATED.match(text.strip())) is None or not (days := find_dates(m["day"], year)) \
            or days[0].precision != "day" or m["day"][: days[0].start].strip() or m["day"][days[0].end:].strip():
        return None
    event = EventDraft(index, "statement", 0, len(text), "document_act", 0.5).on(days[0].start_date, inferred=False)
    event.date_kind = "exact"
    event.sources = [m["name"].split(",")[0].strip()]
    return event


# A report told in the present by the one who reports it, at a sentence's opening ("\"O Século\" reports that a Danish
# freighter sighted the liner yesterday morning", "Ambassador Cutler reports that Mobutu asked him yesterday", "All
# morning papers print on the front page the communiqué issued ... last night", "\"Diário da Manhã\" calls it \"an act
# of piracy\" and says ..."): a press summary's, a bulletin's or an evening report's source telling as the text is
# written (en.yaml present_report_verbs: the present of the verbs of saying, reporting and printing); its subject a few
# words, a paper's name in quotes among them.
_REPORT_VERBS = alternation(lexicon("en").get("present_report_verbs") or []) or "(?!)"
_REPORT_BARE_VERBS = alternation(lexicon("en").get("present_report_bare_verbs") or []) or "(?!)"
_PRINTING_VERBS = alternation(lexicon("en").get("present_printing_verbs") or []) or "(?!)"
_REPORT_NOT_OPENINGS = alternation(lexicon("en").get("present_report_not_openings") or []) or "(?!)"
_REPORT_DAY = alternation(list(lexicon("en").get("relative_days") or {})) or "(?!)"
_PRESENT_REPORT = compile_opening(
    r"^\W*(?:(?i:" + _REPORT_DAY + r")\b,?\s+)?"
    r"(?P<subject>(?:[\"“][^\"”]{2,40}[\"”]|(?!(?:" + _REPORT_NOT_OPENINGS + r"|(?i:" + _REPORT_DAY + r"))\b)[A-Z][\w'’.-]*)"
    r"(?:\s+(?:[\"“][^\"”]{2,40}[\"”]|(?![\w'’-]*ed\b)[\w'’.-]+)){0,4}?)\s+"
    r"(?:(?:" + _REPORT_VERBS + r"|" + _REPORT_BARE_VERBS + r")\s+[^.;:]{0,50}?\s+and\s+)?"
    r"(?P<verb>(?:" + _REPORT_VERBS + r")\s+that|(?:" + _REPORT_BARE_VERBS + r")|(?:" + _PRINTING_VERBS + r"))\b")


def _present_reports(index: int, text: str, sentences: list, made: list[EventDraft], writing: date) -> list[EventDraft]:
    """The report a sentence opened by a present report tells (``_PRESENT_REPORT``): a row of its own on the day the
    text is written, the reporter its actor, where the sentence's rows date what it reports on another day ("yesterday
    morning", "last night", "on Monday") and none dates the report itself on the writing day; where what it reports is
    dated from the story ("early that morning", "the same day"), from that day to the writing."""
    found = []
    for s in sentences:
        if s.apparatus or (m := _PRESENT_REPORT.match(s.text)) is None or not _report_subject(m["subject"]):
            continue
        rows = [e for e in made if e.block == index and s.start <= e.evidence_start < s.end]
        if not rows or not all(e.start_date is not None and e.start_date < writing for e in rows):
            continue  # the report's own row there already, or nothing it reports dated before the writing
        event = EventDraft(index, "statement", s.start, s.start + m.end(), "tense_sentence", 0.4).on(writing)
        event.date_kind, event.inferred = "exact", True
        if any(not r.from_now for r in s.relative):  # "Moscow claims that Chinese troops crossed the frontier ... early
            event.start_date = min(e.start_date for e in rows)  # that morning" in a weekly summary: the day told is the
            event.date_kind = "range"  # story's, not the writing's; the claim made since that day, by the writing
        quoted = re.match(r"[\"“]([^\"”]+)[\"”]", m["subject"])
        event.sources = [quoted[1] if quoted else m["subject"].strip()]  # "\"Diário da Manhã\" calls it ... and says": the paper
        found.append(event)
    return found


_REPORT_NO_SUBJECT = frozenset(w.lower() for w in lexicon("en").get("present_report_not_subjects") or [])
_REPORT_ARTICLES = frozenset(w.lower() for w in lexicon("en").get("present_report_articles") or [])


def _report_subject(subject: str) -> bool:
    """A present report's subject: no pronoun's or possessive's opening or closing it (read with its antecedent's rows),
    no article alone ("The reports ..."); an article before a name is ("The Times reports that ...")."""
    said = subject.lower().split()
    return said[0] not in _REPORT_NO_SUBJECT and said[-1] not in _REPORT_NO_SUBJECT | _REPORT_ARTICLES


_LOG_HEAD_LINE = 160  # a head line of the sheet, no paragraph


def _register_row_hours(index: int, text: str, named_end: int, day: date, year: int | None,
                        entered: list[str]) -> list[EventDraft]:
    """The acts a register's row tells at an hour in its columns after the one it enters, each clause between the
    columns' bars and semicolons ("сол голун сынығы; бу ҝүн саат 14.00 радәләриндә ... јыхылыб", "ахшам саат 21.00-да
    ... галыб", "sailed 1620 for the Minch"): the act on the row's day at that hour, the one's the row enters
    (``entered``: the one admitted, the vessel arrived). A clause that writes its own day
    ("1.1.1990 саат 09.30 Бакыја ... көчүрүлдү") is read as its sentence is; one of two hours over the night ("all
    pilotage suspended 1900 to 0600") from the row's day to the next."""
    found = []
    for m in _REGISTER_CLAUSE.finditer(text, named_end):
        clause = m.group().strip(" ;|.")
        if not clause or find_dates(clause, year) or not (clock := _REGISTER_CLOCK.search(clause) or _clock_word_hour(reading_language()).search(clause)
                                                           or _REGISTER_FIGURES_HOUR.search(clause)):
            continue  # "сәһәр саат 8 радәләриндә": an hour after the clock's word, its minutes or none
        start = m.start() + m.group().index(clause)
        event = EventDraft(index, "statement", start, start + len(clause), "document_act", 0.4).on(day)
        event.date_kind, event.inferred = "exact", True
        event.start_time = f"{int(clock['hour']):02d}:{clock['minute'] or '00'}"
        if (night := _REGISTER_NIGHT_HOURS.search(clause)) and int(night["until"]) < int(night["since"]):
            event.end_date, event.date_kind, event.start_time = day + timedelta(days=1), "range", None
        event.sources = list(entered)
        found.append(event)
    return found


_REGISTER_CLAUSE = re.compile(r"[^|;.]+(?:\.(?!\s|$)[^|;.]*)*")  # a clause of a register row's column, between its bars,
# semicolons and sentences' stops ("Sunday. No arrivals. Gale warning ... 1700")


def _four_figure_hour(hour: str = "hour", minute: str = "minute") -> str:
    """An hour in four figures in an entry's or a register row's words ("sailed 1620 for the Minch", "Arr. Moscow
    1240.", "Body recovered by Whirlwind 1130."), its groups so named; not a count, a figure an amount's verb opens
    or a lower-case word other than the hour's followers follows ("landed 1500 tons of grain", "a crew of 1200 men",
    "There are 1900 Soviet specialists.", "The budget was 1500."; a word in capitals may follow an hour: "0800 Air
    filter changed", "1000 Mr Whitcombe called on the Director"): en.yaml
    hour_followers, hour_amount_openers. The other hours of four figures are read where their guards differ: a log's
    entry opening on its hour before a word in capitals (_log_hour), a register's time column whole
    (context.register_time_column)."""
    return (_NO_AMOUNT_BEFORE + rf"(?<![\d.,:/])(?P<{hour}>[01]\d|2[0-3])(?P<{minute}>[0-5]\d)(?![\d.,:/]\d)"
            r"(?!(?:\s*hrs?\b)?\s+(?!(?:" + _HOUR_FOLLOWERS + r")(?![\w'’-]))[a-z])")


_HOUR_FOLLOWERS = alternation(lexicon("en").get("hour_followers") or ["(?!)"])
_NO_AMOUNT_BEFORE = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in lexicon("en").get("hour_amount_openers") or [])
_REGISTER_FIGURES_HOUR = re.compile(_four_figure_hour())  # "sailed 1620"
_REGISTER_NIGHT_HOURS = re.compile(r"(?<![\d.,])(?P<since>[01]\d|2[0-3])[0-5]\d\s*(?:to|-|\u2013)\s*(?P<until>[01]\d|2[0-3])[0-5]\d(?![\d.,])")
_VESSEL_IN_CAPITALS = re.compile(r"(?<!\w)(?:[A-Z][A-Z'\-]+\s?){1,4}(?!\w)")  # "ORION", "PROFESSOR BARABANOV": a ship as a register names it


@functools.cache
def _clock_word_hour(language: str | None) -> re.Pattern:
    """An hour after the clock's word of every language's file and supplement and of the page's borrowed language
    ("саат 8", "kl. 9", "at 0930"): the hour, and its minutes where written."""
    clock = sorted(_LOG_CLOCK_WORDS | {w for w in (lexicon(language).get("clock_sure_openers") or []) if w[:1].isalpha()}
                   if language else _LOG_CLOCK_WORDS)
    return compile_opening(r"(?<!\w)(?i:" + (alternation(clock) if clock else "(?!)") + r")\.?\s+(?P<hour>[01]?\d|2[0-3])"
                           r"(?:[.:](?P<minute>[0-5]\d))?(?![\d.:])")
_REGISTER_CLOCK = re.compile(r"(?<![\d.])(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)(?![\d.])")  # a register row's hour


def _cable_handling(events: list[EventDraft], doc: ParsedDocument) -> list[EventDraft]:
    """An intelligence cable's own lines about its reporting: "SOURCE SAID THAT ..." is the informant's telling to the
    Agency, of no day the cable gives (the acts it reports are read as they are), and the dissemination paragraph's
    "SENT TO EMBASSY BANGKOK" is the cable's handling, on the day it was distributed, by its sender."""
    sent = next((e for e in events if e.method == "document_metadata" and e.event_type == "message_sent"), None)
    kept = []
    for event in events:
        text = doc.blocks[event.block].text
        evidence = text[event.evidence_start: event.evidence_end]
        if event.method == "document_act" and _SOURCE_SAID.match(evidence) and doc.document_type == "cable":
            continue
        if sent is not None and event is not sent and event.event_type == "message_sent" and _DISSEM_LINE.search(text):
            event.on(sent.start_date).date_kind = "exact"
            event.sources = event.sources or list(sent.sources)
            if not event.targets and (to := _SENT_TO.search(text, event.evidence_start, event.evidence_end)):
                event.targets = [to["to"].title() if to["to"].islower() else to["to"]]  # "SENT TO EMBASSY BANGKOK": an office
                # named in capitals, its words each capitalised again
        if event.method in ("tense_sentence", "undated_sentence") and not event.date_text and event.evidence_start == 0 \
                and sentence_handling_kind(text) in ("printed", "deciphered") and len(text) < _UNDATED_HANDLING_LINE \
                and (day := receipt_day(doc) or (doc.document_date if doc.document_date_precision in ("day", "minute") else None)):
            event.on(day).date_kind = "approximate"  # "Typed in 5 copies by: Pálné" under a cable, no day of its own: its
            event.event_type, event.inferred = sentence_handling_kind(text), True  # copies typed where it came in, once it was
        if event.method == "cable_trailer" and event.event_type == "printed" and event.date_kind == "approximate" \
                and event.start_date is not None and is_distribution_line(evidence):
            written = doc.document_date if doc.document_date_precision in ("day", "minute") else None
            if written is not None and doc.document_type in _WRITERS_PAPERS:  # "Copies: Delegation Buenos Aires; Division
                event.on(written).sources = event.sources or list(doc.sender_names)  # of Operations" under a delegate's
                kept.append(event)  # report, over its "Received Geneva: 27.07.1979": the writer's copies, sent with the
                continue  # report on its day; a cable's are made where it came in (below)
            above = None if doc.document_type in ("cable", "telegram") else event.block  # a paper's copies line over a
            # reader's stamp of receipt, sent out before it; a cable's copies over its own stamps, made once it came in
            received = receipt_day(doc, above) or max(d for d in (written, event.start_date) if d)  # "Copies: Minister,
            if received > event.start_date:  # ..." under "Arrived: 16 Apr." after "Sent: 15 Apr.": the copies are made where
                event.on(received).date_kind = "approximate"  # it was received, once it was; never before the cable's own
                # day ("Kopi til: ..." under a telegram whose last sentence told of the day before yesterday)
        kept.append(event)
    return kept


def _typed_copies(events: list[EventDraft], doc: ParsedDocument) -> list[EventDraft]:
    """A typing line under the signature that gives the copies and no day ("Отпечатано 3 экз.", "Отп. 4 экз.",
    "Отпечатано 2 экз.: 1 — т. Громыко, 2 — в дело." over "5.XII.71 г."), where no reader made a row of it: the copies
    typed on the day the line under it gives alone, else about the paper's own day (a cable's: once it came in)."""
    year = doc.document_date.year if doc.document_date else None
    rowed = {e.block for e in events}
    made = []
    for index, block in enumerate(doc.blocks):
        text = block.text.strip()
        if index in rowed or block.section_type == "header" or len(text) >= _UNDATED_HANDLING_LINE \
                or sentence_handling_kind(text) != "printed" or not any(c.isdigit() for c in text) or find_dates(text, year):
            continue
        below = doc.blocks[index + 1].text.strip() if index + 1 < len(doc.blocks) else ""
        days = [d for d in find_dates(below, year) if d.precision in ("day", "minute") and d.start_date] \
            if len(below) < _UNDATED_HANDLING_LINE and index + 1 not in rowed else []
        event = EventDraft(index, "printed", 0, len(block.text.rstrip()), "cable_trailer", 0.4)
        if len(days) == 1:
            event.on(days[0].start_date).date_kind = "exact"
        elif (day := (receipt_day(doc) if doc.document_type in ("cable", "telegram") else None)
                or (doc.document_date if doc.document_date_precision in ("day", "minute") else None)) is not None:
            event.on(day).date_kind = "approximate"
            event.inferred = True
        else:
            continue
        made.append(event)
    return made


def _distribution_over_a_list(events: list[EventDraft], doc: ParsedDocument) -> list[EventDraft]:
    """A distribution label alone on its line over the list of those the copies went to, one a line ("Distribution:" /
    "Comrade Honecker" / "Comrade Mielke", "Distribution:" / "1. Comrade Minister S. Olszowski" / ...): one row of the
    copies sent out, about the paper's day (a cable's: once it came in), to those the lines name."""
    rowed = {e.block for e in events}
    made = []
    for index, block in enumerate(doc.blocks):
        if index in rowed or not _DISTRIBUTION_HEAD.match(block.text.strip()):
            continue
        listed = []
        for below in doc.blocks[index + 1: index + 1 + _LISTED_COPIES]:
            line = below.text.strip()
            if not line or len(line) > _LISTED_LINE or line.endswith(".") and len(line.split()) > _LISTED_WORDS:
                break
            listed.append(line.rstrip(",;"))
        whom = distributed_to(block.text.strip() + " " + ", ".join(listed), doc.blocks[index].language) if listed else []
        day = (receipt_day(doc) if doc.document_type in ("cable", "telegram") else None) or (
            doc.document_date if doc.document_date_precision in ("day", "minute") else None)
        if not whom or day is None:
            continue
        event = EventDraft(index, "printed", 0, len(block.text.rstrip()), "cable_trailer", 0.4).on(day)
        event.date_kind, event.inferred, event.targets = "approximate", True, whom
        made.append(event)
    return made


_DISTRIBUTION_HEAD = compile_opening(r"^\W*(?:" + alternation(words("distribution_labels", (*LANGUAGES, *SUPPLEMENTED)))
                                     + r")[^:\uff1a\n]{0,30}[:\uff1a]$", re.IGNORECASE)  # "Distribution:" alone on its line
_LISTED_COPIES = 15  # the lines of a list of copies, one a line
_LISTED_LINE = 90  # "1. Comrade Minister S. Olszowski": a line of the list, no paragraph
_LISTED_WORDS = 8  # a line closing with a stop and more words than this is a sentence of the text


# The kinds of paper whose distribution line lists the copies its writer sent out with it (a report, a memorandum), not
# those a cable's receiving end made once it came in.
# A relative clause in the pluperfect closing the sentence ("..., which had been proposed by Mr Bech on 11 August"): the
# day it writes is its own act's, earlier than the main clause's.
_CLOSING_PLUPERFECT = compile_opening(r",\s*(?:which|who)\s+had\s+")


def _main_before_dated_aside(index: int, s: Sentence, dated: list, day, made: list[EventDraft]) -> list[EventDraft]:
    """In a record, a main clause in the simple past before a closing pluperfect relative clause that holds every date
    of the sentence ("The Council approved the appointment of Mr Albert Wehrer as envoy to Bonn, which had been proposed
    by Mr Bech on 11 August"): the main clause's act is the meeting's, on its day, a row of its own; the rows the date
    made keep the relative clause's words and doers."""
    aside = _CLOSING_PLUPERFECT.search(s.text)
    if aside is None or not dated or any(m.start < aside.end() for m in dated) or any(m.start_date is None or m.start_date >= day for m in dated) \
            or not made or any(e.start_date is None or e.start_date >= day or e.evidence_start != s.start for e in made):
        return []
    main = next((c for c in read_cues(s.text[: aside.start()], "en") if c.kind == "past"), None)
    if main is None or "had " in s.text[: main.end].lower():
        return []
    row = EventDraft(index, "statement", s.start, s.start + aside.start(), "tense_sentence", 0.4).on(day)
    row.date_kind, row.inferred = "exact", True
    row.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[: aside.start()])), "statement")
    row.sources = subject_names(s.text[: main.start], "en")[:1] or list(made[0].sources[:1])
    opens = aside.start() + len(aside.group()) - len(aside.group().lstrip(", \t\n"))  # "which had been proposed ..."
    for event in made:
        event.evidence_start = s.start + opens
        event.sources, event.targets = window_actors(s.text[aside.end():], None)
    return [row]


_UNDATED_HANDLING_LINE = 80  # "Typed in 5 copies by: Pálné": a stamp's line, no sentence of the text
_STAMP_BESIDE = 2  # the lines between a stamp of receipt and the copies line made with it


_WRITERS_PAPERS = ("report", "memorandum", "record_of_conversation")  # an ambassador's record of his talk: "Copies: 1 -
# Minister Rapacki, 2 - Dept. V MFA, 3 - a/a" over "Received in the Ministry 19 III 1959", the copies his, of its day


_SOURCE_SAID = compile_opening(
    r"^\W*(?:\d{1,2}\.\s+)?(?:" + alternation(lexicon("en").get("cable_source_sayings") or ["(?!)"]) + r")\b", re.IGNORECASE)
_SENT_TO = compile_opening(r"\bsent\s+to\s+(?P<to>[^\W\d_][^.;:,]{2,60}?)\s*[.;]?\s*$", re.IGNORECASE)
_DISSEM_LINE = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("cable_dissem_labels") or ["(?!)"]) + r")\s*:", re.IGNORECASE)


def _summary_of(doc: ParsedDocument) -> list[str]:
    """The site's summary of the record, when it is this record's: no row is read from it, but the people it names in
    short ("the fall of General Torres") are the record's own, and name them so where the text gives them in full."""
    if not doc.summary or any("summary may belong to another record" in w for w in doc.warnings):
        return []
    return [doc.summary]


def _first_introduced(apposed: dict[str, str], titled: dict[str, str], texts: list[str]) -> dict[str, str]:
    """The holders of offices the page names both with a holder set off by commas and with a holder written after the
    title: where the two differ, the one the page names first ("Record of Conversation with the President of Mali,
    Modibo Keita", later "he had written to President Nasser": "the President" stays Keita, the record's own party)."""
    held = apposed | titled
    if not any(office in titled and titled[office] != person for office, person in apposed.items()):
        return held
    page = "\n".join(texts)

    def first(name: str) -> int:
        at = page.find(name.split()[-1])
        return at if at >= 0 else len(page)

    for office, person in apposed.items():
        if office in titled and first(person) < first(titled[office]):
            held[office] = person
    return held


def _read_page(doc: ParsedDocument, homes: frozenset[str], texts: list[str]) -> list[EventDraft]:
    own = bare_holders(doc.document_date or _first_day_written(doc), homes)
    bare = house_offices(doc.collection, doc.url) | own | _first_introduced(apposed_holders(texts), office_holders(texts, []), texts)  # "The Director
    # stated" in a CIA record; "the Amir accepted it" after "the Amir, Shaikh Isa bin Salman Al Khalifa, issued"
    bare |= ru_office_holders(texts) | zh_office_holders(texts)  # "Президент сказал" after "с президентом ... А. ас-Салялем", "总理说" after "周恩来总理"
    bare |= {office: own[office] for office in offices_listed_alone(doc) if office in own}  # "PARTICIPANTS: The President"
    holders = listed_office_holders(doc)
    listed = listed_offices_opening(doc, holders)  # "Present: ..., Secretary of State for Defence", "the President of the Republic, X"
    bare |= {form.lower(): holder for form, holder in listed.items() if " " not in form}  # "The President replied": X, the
    # page's own, not the holder of that office in the government of the body's name
    offices = office_names(doc.document_date, homes) | holders
    contested = contested_offices(texts)  # "President Fulbert Youlou" and "President de Gaulle": "the President" is
    bare |= {office: found[-1][2] for office, found in contested.items() if office not in bare}  # the one named last before
    with reading_page(texts + _summary_of(doc), offices, bare, contested, own), reading_passages():
        return _extract_events(doc, homes)



# A relative clause that closes the words before the verb ("The Marines who landed at Beirut on July 15 had not been fired
# upon", "The Soviet airlift into Kabul that began on 24 December has brought in"): the group it qualifies is the subject.
_RELATIVE_CLOSES = compile_opening(r"\s+(?:who|which|that)\b[^,;:]*$")


# A place a clause goes into, comes from or passes through ("crossed into Shaba from Angola and Zambia"), or whose thing
# it names ("the center of Zaire's copper mining"): where the act was, no party to it (``route_prepositions``, en.yaml).
_ROUTE_BEFORE = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("route_prepositions") or ["(?!)"]) + r")\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:,|\band\b|\bor\b)\s*){0,3}$")
_ROUTE_VERB = compile_opening(r"\b(?:" + alternation(lexicon("en").get("route_verbs") or ["(?!)"]) + r")\b", re.IGNORECASE)
_THING_OF = compile_opening(r"\bof\s+(?:the\s+)?$")
_POSSESSIVE_S = compile_opening(r"['’]s\b")


def _places_passed_through(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A state or place among an English row's other parties that its evidence names only as where a movement went or
    came from ("Katangan rebels crossed into Shaba from Angola and Zambia", not "India had received tanks from the Soviet
    Union") or as the owner of a thing ("the center of Zaire's copper mining"): no party to the act."""
    for event in events:
        if not event.targets or event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en"):
            continue
        text = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        mentions = find_mentions(text)
        kept = []
        for name in event.targets:
            at = [m for m in mentions if m.entity.name == name]
            if at and all(m.entity.kind == "place" for m in at) and all(
                _ROUTE_BEFORE.search(text[max(0, m.start - 80): m.start]) and _ROUTE_VERB.search(text, 0, m.start)
                or _THING_OF.search(text[max(0, m.start - 20): m.start]) and _POSSESSIVE_S.match(text, m.end)
                for m in at
            ):
                continue
            kept.append(name)
        event.targets = kept


# The finite verb of a clause by its auxiliary, where the cues read none ("has not met", "have been arresting", "had
# called out"): en.yaml ``finite_auxiliaries``.
_FINITE_VERB = compile_opening(r"\s(?:" + alternation(lexicon("en").get("finite_auxiliaries") or []) + r")\b")
_NAMED_BY_ITS_DAY = compile_opening(r"\bof\s+(?:the\s+)?$")
_PASSIVE_VERB = compile_opening(r"(?:" + _PASSIVE_AUXILIARIES + r")\s+[a-z]+(?:ed|en|wn|t)\b")


# The writer in the clause a day stands in (en.yaml writer_in_clause_subject, writer_in_clause_object, clause_breaks):
# "This morning I called on the Minister", "received by me", between the clause's breaks around the day.
_WRITER_SUBJECT = re.compile(r"(?<![\w'’.-])(?:" + alternation(lexicon("en").get("writer_in_clause_subject") or ["(?!)"]) + r")\s+(?:[a-z]+ly\s+)?[a-z]")
_WRITER_AFTER = re.compile(r"\b(?:" + alternation(lexicon("en").get("writer_in_clause_object") or ["(?!)"]) + r")\s+me(?![\w'’])|\b[Mm]y\s+(?:[a-z]+\s+)?(?:"
                           + alternation(lexicon("en").get("writer_in_clause_possessed") or ["(?!)"]) + r")\b")
_WRITER_BREAK = re.compile(r"\s*[,;:()\u2014]\s*|\s+(?:" + alternation(lexicon("en").get("clause_breaks") or ["(?!)"]) + r")\s+")
_PAPER_DAY = re.compile(r"\b(?:" + alternation((lexicon("en").get("nominal_acts") or []) + (lexicon("en").get("paper_nouns") or []))
                        + r")s?\b[^,;]{0,60}?\s(?:of|dated)\s+(?:the\s+)?$", re.IGNORECASE)


def writer_in_its_clause(text: str, start: int, end: int) -> bool:
    """The writer is a party of the act the day at ``start:end`` dates: the clause it stands in, from the break before
    it to the break after it, has "I" as its subject, "me" after a preposition or as the object of a verb of
    ``writer_object_verbs`` ("This morning I called on the Minister", "Goukouni Weddeye was received by me ... on 24th
    November", "whom I met at the reception ... on the evening of 2 December", "Burnham called me to his residence at
    2300 last night"); not a day after "of" ("in his message of 23 November": the paper's), nor one in a clause
    the writer's words only report ("I understand that they talked yesterday")."""
    if _PAPER_DAY.search(text[max(0, start - 90): start]):
        return False
    begin = max((m.end() for m in _WRITER_BREAK.finditer(text, 0, start)), default=0)
    stop = len(text)
    for m in _WRITER_BREAK.finditer(text, end):
        if m.start() <= end + 1 and not text[begin:start].strip(" ,") and "," in m.group():
            continue  # "Yesterday, I received your Ambassador": the comma after an opening day ends no clause
        stop = m.start()
        break
    clause = text[begin:stop]
    return bool(_WRITER_SUBJECT.search(clause) or _WRITER_AFTER.search(clause) or _ME_DONE_TO.search(clause))


# "President Lopez Arellano called me to Casa Presidencial at 2130 last night", "Patassé told me last night that ...":
# the writer is the one the act was done to (``writer_object_verbs``), a party of the clause's act.
_ME_DONE_TO = re.compile(r"\b(?:" + alternation(lexicon("en").get("writer_object_verbs") or ["(?!)"]) + r")\s+me(?![\w'’])")


def _writer_in_its_clause(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """A row of an English sentence whose day stands in a clause the writer is a party of ("This morning I called on
    the Minister of Foreign Affairs, Dr. Hilgard Muller", "Weddeye was received by me ... on 24th November"): the
    writer joins its actors, its source where he is the clause's "I"."""
    if len(context.senders) != 1 or context.body:
        return
    writer = context.senders[0]
    surname = writer.split()[-1]
    foot = " ".join(b.text for b in doc.blocks[-4:])  # the signature under the text
    for event in events:
        if event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en") or not event.date_text \
                or event.method not in ("dated_sentence", "relative_date") or any(surname in n.split() for n in event.sources + event.targets):
            continue
        told = _evidence(event, doc)
        at = told.find(event.date_text)
        if at < 0 or not writer_in_its_clause(told, at, at + len(event.date_text)):
            continue
        if any(n.split()[-1].casefold() not in told.casefold() and n.split()[-1] in foot for n in event.sources + event.targets):
            continue  # "I called on President Yun Po Sun at 1100" read already with the ambassador who signs the embassy's
            # cable ("Green" at its foot): its "I" named
        begin = max((m.end() for m in _WRITER_BREAK.finditer(told, 0, at)), default=0)
        if _WRITER_SUBJECT.search(told, begin, at + len(event.date_text) + 40):
            event.targets = [n for n in event.sources + event.targets if n != writer]
            event.sources = [writer]
        elif (done_to := _ME_DONE_TO.search(told, begin, at)) and not _WRITER_AFTER.search(told, begin, at) \
                and not _WRITER_SUBJECT.search(told, begin, done_to.start()):
            me = context.signer or writer  # "Burnham called me to his residence at 2300 last night": in a mission's cable,
            # the envoy who signs it
            if not any(me.split()[-1] in n.split() for n in event.sources + event.targets):
                event.targets = [n for n in event.targets if n not in (writer, me)] + [me]
        else:
            event.targets = [n for n in event.targets if n != writer] + [writer]


def _bare_rows_subject(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A row whose reader named no actor, of an English sentence whose subject is a group the gazetteer lacks ("the army
    has arrested ...", "The Marines who landed at Beirut ..."): that group, the noun phrase before the first verb; else
    the name it opens with before its verb ("Yesterday Denard was named commander"), a person's or a body's, also for a
    row whose reader found only whom the act was done to."""
    lower = None
    for event in events:
        if event.sources or event.block >= len(doc.blocks):
            continue
        if doc.blocks[event.block].language == "zh":
            if not event.targets and (
                subject := zh_opening_subject(told := doc.blocks[event.block].text[event.evidence_start: event.evidence_end])
                or zh_headed_opening(told)
            ):
                event.sources = [subject]  # "奠边府守军已于昨日下午投降": a body the gazetteer lacks, as the page writes it
            continue
        if doc.blocks[event.block].language not in (None, "en"):
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        at = told.find(event.date_text) if event.date_text else -1
        reported = at >= 0 and told_clause(told, at, at + len(event.date_text), "en") is not None
        if not event.targets:  # "The Minister of Fisheries reported that the frigate Lowestoft had rammed the gunboat Týr on
            # Monday": the day's act is the reported clause's, by its own subject, not the teller
            event.sources = told_group(told, at, at + len(event.date_text)) if reported \
                else _group_subject(told, event.date_text, event.start_date is not None)
        if not event.sources:  # "Seaga won": the name the sentence opens with, the gazetteer's or not, no word the page
            if lower is None:  # writes in small letters ("Curfew announced")
                lower = page_lower_words(" ".join(b.text for b in doc.blocks))
            if reported:
                continue  # "Nasser told me that on 28 September a conspiracy had been discovered": the told act, not the teller's
            if (name := opening_name(told, lower)) and not any(t.split()[-1] == name.split()[-1] for t in event.targets):
                event.sources = [name]  # "Newsom welcomed the Prime Minister": he, to the one his reader found
            elif not event.targets:
                event.sources = _apposed_subject(told, lower)


# A subject set off from its verb by an aside between commas: "Colonel Jean-Bedel Bokassa, army chief of staff, seized
# power", "Azahari, who is in Manila, proclaimed", "The Soviet representative, Sobolev, denounced the landing".
_APPOSED_SUBJECT = compile_opening(r"^(?P<head>[^,;:]+),\s*(?P<aside>[^,;:]+),\s*$")


def _apposed_subject(told: str, lower: frozenset[str]) -> list[str]:
    """The subject of an English sentence whose subject and verb an aside between commas parts: the person the aside
    names where the subject is his office ("The exiled leader of the Ansar, Sadiq al-Mahdi, told"), else the subject
    before it, a name or a group ("Egal, who was in the United States at the time, flew home")."""
    verb = next((c.start for c in read_cues(told, "en") if c.kind in ("past", "speech", "performative", "ongoing")), None)
    if verb is None and (finite := _FINITE_VERB.search(told)) is not None:
        verb = finite.start() + 1
    if verb is None or (m := _APPOSED_SUBJECT.match(told[: verb])) is None:
        return []
    rest = told[verb:]
    if not _APPOSED_RELATIVE.match(m["aside"]) and (held := opening_name(f"{m['aside'].strip()} {rest}", lower)):
        return [held]  # the office, then the man who holds it
    if name := opening_name(f"{m['head'].strip()} {rest}", lower):
        return [name]
    return [p for p in subject_phrase(m["head"] + " ") if len(p.split()) > 1 or p[:1].isupper()]  # not a bare noun ("The
    # group, which includes a cruiser, ...": which group, the sentences before tell)


_APPOSED_RELATIVE = compile_opening(r"^\s*(?:" + alternation(lexicon("en").get("relativizers") or ["(?!)"]) + r")\b", re.IGNORECASE)  # an
# aside that is a relative clause ("who is in Manila"), naming no one


def _group_subject(text: str, date_text: str | None = None, dated: bool = False) -> list[str]:
    """The group that is an English sentence's subject, the noun phrase before its first verb; none if not a group."""
    verb = next((c.start for c in read_cues(text, "en") if c.kind in ("past", "speech", "performative", "ongoing")), None)
    if verb is None and dated and (finite := _FINITE_VERB.search(text)) is not None:
        verb = finite.start() + 1  # "The Commission has not met since 2 February", "the army and Muslim organizations have
        # been arresting ...": an auxiliary the cues read no act at opens the verb all the same (of a row with its day: an
        # undated one is no act the reader found, kept only for an actor)
    if verb is None or (date_text and _NAMED_BY_ITS_DAY.search(text, 0, max(0, text.find(date_text)))):
        return []  # "The Soviet government did not reply to the note of 5 March": the day is the note's, sent by another
    before = text[: verb]
    if (relative := _RELATIVE_CLOSES.search(before)) is not None and not subject_phrase(before):
        before = before[: relative.start()] + " "
    passive = _PASSIVE_VERB.match(text, verb)  # "61 aircraft have been shot down": what the act was done to
    return subject_phrase(before) or _subject_before_aside(before) or _craft_subject(before, passive is not None)


# An aside between commas after the subject, of small words ("The counter-revolutionary bands, armed and trained in
# Honduras, have carried out ..."), or a participle opening it read as the verb: the subject before it.
_ASIDE_CLOSES = compile_opening(r"^(?P<subject>[^,]+),(?:\s+[a-z][^,]*,?)?\s*$")


def _subject_before_aside(before: str) -> list[str]:
    return subject_phrase(m["subject"] + " ")[:1] if (m := _ASIDE_CLOSES.match(before)) is not None else []


# The craft and the operations that act only as a subject ("Israeli aircraft bombed the camps", "The Soviet airlift into
# Kabul that began on 24 December", "The airlift began two days later"): after a verb they are more often what was shot
# down or flown in (en.yaml).
_COUNTED = alternation([w for w in lexicon("en").get("number_words") or {} if len(w) > 1]) + r"|\d+"
_SUBJECT_ONLY_CRAFT = frozenset(w.lower() for w in lexicon("en").get("subject_only_craft") or [])
_SUBJECT_ONLY_HEADS = frozenset(w.lower() for w in lexicon("en").get("subject_only_actor_nouns") or []) | _SUBJECT_ONLY_CRAFT
_CRAFT_SUBJECT = compile_opening(
    r"(?:^|[,;:]\s*|\b(?:ago|yesterday|today|morning|evening|night|dawn)\s+)(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:" + _COUNTED + r")\s+)?"
    r"(?P<phrase>(?!(?:The|An?)\s)(?:[A-Z][\w’'-]*\s+(?:[a-z][\w-]*\s+){0,2}?)?(?P<head>[a-z][\w-]*))"
    r"(?:\s+(?:into|over|to|from|of)\s+[A-Z][\w’'-]*)?\s*$"
)


def _craft_subject(before: str, passive: bool = False) -> list[str]:
    m = _CRAFT_SUBJECT.search(before)
    heads = _SUBJECT_ONLY_HEADS - _SUBJECT_ONLY_CRAFT if passive else _SUBJECT_ONLY_HEADS
    return [canonical_name(m["phrase"])] if m is not None and m["head"].lower() in heads else []

def _first_day_written(doc: ParsedDocument) -> date | None:
    """The first day, with its year, that the text of a document with no date of its own writes ("On July 23, 1962, the
    Declaration ... was signed" in an editorial note): the time its offices are read at."""
    for block in doc.blocks:
        if block.section_type == "body" and block.passage_type in TEXT_BLOCKS and (
            days := [d.start_date for d in find_dates(block.text, None) if d.year_written and d.precision in ("day", "minute")]
        ):
            return days[0]
    return None


def _extract_events(doc: ParsedDocument, homes: frozenset[str] = frozenset()) -> list[EventDraft]:
    doc.subdocuments = []
    context = document_context(doc)
    own = document_event(doc) or heading_event(doc, context) or occasion_event(doc, context)
    speakers = _record_speakers(doc, context)  # "Zhou Enlai, in his turn, said": in the record's conversation
    stamps = header_events(doc)
    stamped = {(e.block, e.start_date) for e in stamps}  # "ON/26/26/X/62" under "RECEIVED": the stamp's day, not a sending
    rest = stamps + trailer_events(doc, context) + [
        e for e in _sentence_events(doc, context, speakers) if e.method != "dated_sentence" or (e.block, e.start_date) not in stamped
    ]
    advised = _advice_rows([e for e in rest if _advice(e, doc)], doc, context)
    rest = [e for e in rest if not _names_the_record(e, own, doc) and not _within_the_heading(e, own, doc, context) and not _unreal_undated(e, doc) and not _cut_at_an_initial(e, doc) and not _enclosure_note(e, doc) and not _advice(e, doc)
            and not _courtesy(e, doc) and not _heading_goes_on(e, doc)] + advised
    noted = {e.block for e in rest if e.method == "cable_trailer" and is_annotation_line(doc.blocks[e.block].text)}
    rest = [e for e in rest if e.block not in noted or e.method == "cable_trailer"]  # "[Minute on file copy:] Seen. Please
    # draft a reply ... 27/1.": the hand's note is one act on its own day, not a request of the text's writer
    if told := [e for e in own if _meeting_told(e, rest, doc)]:  # the heading and its dated reading: neither a row
        rest = [e for e in rest if not any(e.block == o.block and e.start_date == o.start_date for o in told)]
    closing = closing_dateline(doc) if doc.document_date is not None and doc.title_block is not None else None
    datelines = {(o.block, o.start_date) for o in own if o.event_type == "message_sent" and o.method == "document_metadata"
                 and closing is not None and o.block == closing[0]}
    rest = [e for e in rest if e.method != "dated_sentence" or (e.block, e.start_date) not in datelines]  # the line that dates
    # the message's sending ("Moscow, the Kremlin, 17 September 1965" under the signature) tells no other happening
    lined = {id(o) for o in own if _dateline_row(o, rest, doc) is not None}  # "Letter from President X to Prime Minister
    # Y" over "Dar es Salaam, 14th December, 1965" at its foot: one row, the line's, as the line reader reads it (a
    # letter's closing place and day is its writer's dating; a cable's, its dispatch)
    for o in own:  # "A. SHUKOV" / "14/I-67" over "Sent 14/I-67 at 12:10.": the stamp tells the sending, the signature's
        if (o.block, o.start_date) in datelines and o.block != doc.title_block and _stamped_sending(o, rest):  # day the
            o.targets, o.key_as = [], ("communication", list(o.sources), list(context.recipients))  # writer's signing alone
    events = _read_as_a_line([e for e in own if (not _told_again(e, rest, context.senders if doc.sending_office else None) or (e.block, e.start_date) in datelines and not e.targets
                                                 and e.key_as is not None) and e not in told and id(e) not in lined] + rest, doc)
    events = _meeting_told_again(events, doc, context)
    events = [e for e in events if not _signed_under_a_dateline(e, events, doc) and not _trailer_read_again(e, events, doc)]
    events = _cable_handling(events, doc)
    events += _typed_copies(events, doc)
    events += _distribution_over_a_list(events, doc)
    events = shaped_handling(events, doc, context)  # "Lähetetty 16.1.1973 klo 14.20": a handling line by its shape
    events = _sent_by_a_head_line(events, doc)
    _apposed_days(events, doc)
    _broadcast_by_station(events, doc)
    _sayings_at_the_visit(events, doc, context)
    for meeting in (e for e in own if e.event_type == "meeting"):
        meeting.sources += [n for n in speakers if n not in meeting.sources + meeting.targets]
    for part in attachments(doc, attachment_references(doc)):  # "Attachment No. 1": the papers attached, to the end
        doc.subdocuments.append(part)
        for event in events:
            if event.part is None and part.blocks[0] <= event.block <= part.blocks[-1]:
                event.part = part
    doc.subdocuments.sort(key=lambda part: part.blocks[0])
    for event in events:
        _received_on_its_day(event, doc.subdocuments)
    if context.body:
        for event in events:  # "The meeting opens at 6:30 a.m.", "Information from Cdes. Mikoyan and Serov is read aloud"
            held = event.start_date is not None and context.occasion is not None and (
                context.occasion <= event.start_date <= (context.occasion_end or context.occasion)
            )  # the record's own meeting, not "Their meeting in Bonn"
            if event.event_type == "meeting" and held and not event.sources and not event.targets:
                event.sources = [context.body]  # the body alone met, not the ministers its minutes list present (the
                # minutes of a body: the body on its session, the speaker on a turn)
            elif held and not event.sources and not event.targets and event.method == "dated_sentence" and event.block < len(doc.blocks) \
                    and _place_and_day(doc.blocks[event.block].text[event.evidence_start: event.evidence_end]):
                event.event_type, event.sources = "meeting", [context.body]  # "Ulaanbaatar, 18 March 1969. Present: ...": the
                # session's own place and day over those present, the body met
            elif held and not event.sources and not event.targets and event.block < len(doc.blocks) and MEETING_OPENS.search(
                doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
            ):
                event.sources = [context.body]  # "The agenda was adopted without changes.": by the body in session
            elif event.event_type == "message_sent" and event.sources and not event.targets and _MESSAGE_FROM.search(
                doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
            ):
                event.targets = [context.body]  # a message read out to the meeting: sent to the body
            if held and context.body != (short := context.body.split(" ", 1)[-1]):
                event.sources = [context.body if n == short else n for n in event.sources]  # "the Executive Committee
                # resolved" in the minutes of the CMEA Executive Committee: that body
    if context.is_record and not context.body and context.occasion is not None and (listed := people_present(doc) or present_line(doc) or present_told(doc)):
        everyone = list(dict.fromkeys(participants_named(doc, "") + listed))  # the two it was held between, and those present
        for event in events:  # "The conversation lasted some forty minutes.": the record's talk, among those it lists
            if event.event_type == "meeting" and event.start_date == context.occasion and (
                not event.sources + event.targets or event.method == "document_metadata" and set(event.sources + event.targets) <= {*everyone, *context.senders}
            ):  # the heading's talk, or one told with no party ("The conversation began at 10:15 a.m.")
                event.sources += [n for n in everyone if n not in event.sources + event.targets]
    _bare_rows_subject(events, doc)
    _places_passed_through(events, doc)
    titled = any(is_bare_title(n) for e in events for n in e.sources + e.targets)  # the document read again only then
    parties = context.senders + context.recipients + (participants_named(doc, "") if context.is_record and titled else [])
    holders = office_holders(page := [doc.title or ""] + [b.text for b in doc.blocks], parties) if titled else {}
    if holders:  # a holder the page set off by commas before it named another after the title: the first (_first_introduced)
        first = _first_introduced(apposed_holders(page), holders, page)
        holders = {office: first.get(office, person) for office, person in holders.items()}
    if titled:  # "the President" in a memorandum of the National Security Council: the President of that day
        holders = bare_holders(context.occasion or doc.document_date, homes) | holders
    if holders:
        for event in events:  # "the Ambassador thanked him": the ambassador the document names
            event.sources = list(dict.fromkeys(holder(n, holders) for n in event.sources))
            event.targets = [n for n in dict.fromkeys(holder(n, holders) for n in event.targets) if n not in event.sources]
        for part in doc.subdocuments:  # "a message from Brezhnev to the President": the President the document names
            part.senders = list(dict.fromkeys(holder(n, holders) for n in part.senders))
            part.recipients = list(dict.fromkeys(holder(n, holders) for n in part.recipients))
    year = (context.occasion or doc.document_date).year if (context.occasion or doc.document_date) else None
    signers = {*context.senders, *context.recipients}  # "V I N O G R A D O V": a surname alone names a party
    for event in events:  # "M. Popović said": the one person of that surname in office that year
        event.sources = list(dict.fromkeys(_dated_name(n, year, n in signers) for n in event.sources))
        event.targets = [n for n in dict.fromkeys(_dated_name(n, year, n in signers) for n in event.targets) if n not in event.sources]
        event.sources = list(dict.fromkeys(group_without_rank(n) for n in event.sources))  # "the first Soviet specialists
        event.targets = [n for n in dict.fromkeys(group_without_rank(n) for n in event.targets) if n not in event.sources]  # arrived"
    writer = writer_state(list(context.senders), None)  # "the police", "troops": the army and police of the state the page is about
    about = page_state([doc.title or ""] + [b.text for b in doc.blocks], homes | {writer.name} if writer is not None else homes)
    for event in events:  # "Troops took control of Kampala": the Ugandan army; "units of the army under General X": the army and X
        if event.block < len(doc.blocks) and doc.blocks[event.block].language in (None, "en"):
            clause = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
            event.sources = list(dict.fromkeys(n for name in event.sources for n in force_actors(own_named(name, context, homes), clause, about)))
            event.targets = [n for n in dict.fromkeys(n for name in event.targets for n in force_actors(own_named(name, context, homes), clause, about)) if n not in event.sources]
    _signer_speaks(events, doc, context)
    _own_post(events, context)
    _conveyer_of_a_message(events, doc, context)  # "Comrade Lamberz conveyed the greetings of Comrade Erich Honecker"
    _writer_talks(events, doc, context, holders)
    _subjectless_writer(events, doc, context)
    if context.body:  # "Decided:" over "1. To send Comrade Kliszko to Gdańsk today": the body decided, and whom it sends
        decided = _decided_items(doc, context.body)
        for event in events:
            if event.block in decided and event.sources != [context.body]:
                event.targets = [n for n in dict.fromkeys(event.sources + event.targets) if n != context.body and not is_decision_label(n)]
                event.sources = [context.body]
        events += _decisions(doc, context, decided, events)
        members = listed_office_holders(doc) if decided else {}
        for event in events:  # "2. The Minister for External Affairs was directed to ...": the member listed with that
            if event.block in decided and event.sources == [context.body]:  # office, charged by the point
                point = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
                event.targets += [n for n in dict.fromkeys(n for form, n in members.items() if _names_office(point, form)) if n not in event.targets]
        day = context.occasion or context.letter_date
        events = [e for e in events if not (
            e.block in decided and day is not None and e.start_date is None and e.end_date == day and e.method in ("tense_sentence", "undated_sentence")
        ) and not (
            decided and e.start_date is None and e.method in ("tense_sentence", "undated_sentence") and e.block < len(doc.blocks)
            and is_decision_label(doc.blocks[e.block].text)
        )]  # "3. instructs the Ministry ...", read as done by the session's day: the decision itself, taken that day; the
        # label over the points ("Постановили:") no act of its own
    for event in events:  # "Resolved: Cdes. Gromyko and Ponomarev are to prepare ...": the body decided, no "Resolved" spoke
        event.sources = list(dict.fromkeys(context.body if is_decision_label(n) else n for n in event.sources if context.body or not is_decision_label(n)))
        event.targets = [n for n in event.targets if not is_decision_label(n)]
    for event in events:  # "встреча Н. С. Хрущева с президентом Финляндии У. К. Кекконеном": Kekkonen met him, not Finland
        if event.block < len(doc.blocks) and (event.sources or event.targets):
            told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
            sources, targets = unqualified_actors(told, event.sources), unqualified_actors(told, event.targets)
            if event.sources and not sources and (held := [n for n in qualified_holders(told) if n in targets][:1]):
                sources, targets = held, [n for n in targets if n not in held]  # "первый секретарь ЦК СЕПГ В. Ульбрихт принял"
            event.sources, event.targets = sources, targets
    organs = {}
    for event in events:  # "The Central Committee will convene a plenum", "中央决定": the writer's party's body
        language = doc.blocks[event.block].language if event.block < len(doc.blocks) else None
        writers = [*context.senders, (doc.title or "").split(" to ")[0]]  # "Telegram from the Hungarian Legation in Tirana to ..."
        own = organs.setdefault(language, own_organs(writers, language, context.body, homes))
        if event.method == "document_metadata":  # "驻马耳他使馆 → 外交部": the message's own sending names its parties as
            own = _as_headed(own, {*doc.sender_names, *doc.recipient_names})  # the document's head does
        event.sources = _one_per_body(dict.fromkeys(map(own, event.sources)))
        event.targets = [n for n in _one_per_body(dict.fromkeys(map(own, event.targets)), event.sources) if n not in event.sources]
    closings = {e.block for e in events if e.method == "cable_trailer" and e.event_type == "report"}
    events = [e for e in events if e.block not in closings or e.start_date is not None]  # "Berlin, 14 September 1977": read once, dated
    for event in events:  # "Distribution list - 6 copies: ...": the copies are made of the text deciphered, after its receipt
        if event.method == "cable_trailer" and event.event_type == "printed" and event.date_kind == "approximate" and event.start_date:
            handled = [e.end_date for e in events if e.block < event.block and e.end_date and e.event_type in ("message_received", "deciphered")
                       and (doc.document_type not in _WRITERS_PAPERS or event.block - e.block <= _STAMP_BESIDE)]  # a record's
            # copies line under its signature ("Gez. Bertsch" / "Verteiler: 1x Gen. Winzer, ...") lists its writer's
            # copies, of the record's day, though the head bears the stamp of its receipt in Berlin a week on; a copies
            # line among the receipt's stamps ("Eingang: 7.6.78" / "Verteiler: Gen. Axen, Gen. Fischer") the reader's
            if handled and max(handled) > event.start_date and not _HAN.search(_evidence(event, doc)):
                event.start_date = event.end_date = max(handled)  # but a Chinese embassy's "抄送：新华社、中联部": the
                # sender's own copies, made as it sent the telegram, whatever day its 收报时间 line gives the receipt
    for event in events:  # "Repeated to Washington, Paris and Rome.": a handling line, about the message's own day
        if event.start_date is None and event.end_date is not None and is_repeat_line(doc.blocks[event.block].text):
            event.start_date, event.date_kind, event.inferred = event.end_date, "approximate", True
            event.sources = event.sources or list(context.senders)  # repeated by the post that sent it
        elif context.letter_date is not None and event.start_date != context.letter_date and event.block < len(doc.blocks) \
                and is_repeat_line(told := _evidence(event, doc)) and not find_dates(told):
            event.start_date = event.end_date = context.letter_date  # "Repeated to Santiago, Lima and Buenos Aires." at a
            # note's end: the message's own day, not the day the paragraph before it told ("On October 16 ...")
            event.date_kind, event.inferred = "approximate", True
            event.sources = event.sources or list(context.senders)
    for event in events:  # "I have asked to see Kollias tomorrow.", "I have informed my colleagues.": the writer's own act
        # told in the present perfect, done on or before the day he writes, as an envoy's "I have already reported" and
        # "I have received" are bounded; the day to come it names is its plan's (a request the sentence makes
        # after it, "We have decided to ..., and I would be grateful if ...", is the letter's own act, on its day); a span
        # that runs past the day written is the plan's too ("I have instructed the Minister for Finance to submit the bill
        # before the end of this month": the month, not the instruction)
        if context.is_message and context.letter_date is not None and event.method in ("tense_sentence", "relative_date") \
                and event.start_date is not None and event.end_date is not None \
                and (event.start_date == event.end_date >= context.letter_date or event.end_date > context.letter_date) \
                and event.block < len(doc.blocks) and _WRITER_PERFECT.match(_evidence(event, doc)):
            event.start_date, event.end_date, event.precision = None, context.letter_date, "day"
            event.date_kind, event.inferred = "upper_bound", True
    events += list({(d.block, d.evidence_start): d for event in events
                    if (d := _writer_perfect_of_a_dated_thing(event, doc, context)) is not None}.values())  # once a sentence
    events += [done for event in events if (done := _done_before_a_dated_clause(event, doc, context)) is not None]
    for event in events:  # "Repeated to Washington, Paris and Rome." read by the sentence reader: the post that sent the
        # message sends it on to the posts the line names, as the source note's reader gives them (_note_events) and a
        # cable's handling lines name their receivers
        if event.method != "cable_trailer" and not event.targets and event.block < len(doc.blocks) \
                and (posts := repeat_posts(_evidence(event, doc))):
            event.targets = [p for p in posts if p not in event.sources]
    if context.resolver and context.letter_date:  # "2. To instruct ... to begin the deliveries ... in the second half of June
        # 1977": the month is the task's, planned; the point is the body's act on the session's day, the task a plan
        events = [e for e in events if not (
            e.method == "dated_sentence" and e.start_date is not None and e.start_date > context.letter_date
            and e.block < len(doc.blocks) and DECISION.match(doc.blocks[e.block].text[e.evidence_start: e.evidence_end].lstrip())
        )]
    if context.is_journal and context.senders:
        writer = context.senders[0]
        for event in events:  # "Hoang Van Loi telephoned ... and said that ...": a journal's saying to no one named, to its keeper
            if event.event_type in _SAID_TO_THE_KEEPER and event.sources and not any(map(_not_a_person, event.sources)) \
                    and writer not in event.sources and not event.targets \
                    and event.block < len(doc.blocks) and doc.blocks[event.block].language != "zh" and any(c.kind == "speech" for c in read_cues(
                        doc.blocks[event.block].text[event.evidence_start: event.evidence_end], doc.blocks[event.block].language)):
                event.targets = [writer]  # not in a Chinese diary of a delegation ("总理说，……"): its leader's words to
                # all of it, the diarist among them, are his saying alone
    if len(context.senders) == 1 and not context.body and _signed_person(writer := context.senders[0]):
        for event in events:  # "The same evening Dorticós telephoned me and asked ...": to the writer, not to the one the
            # entry before spoke with; the others it names stay. Not in a turn ("Gomułka: Kociołek told me ..."): its speaker's
            block = doc.blocks[event.block].text if event.block < len(doc.blocks) else ""
            told = block[event.evidence_start: event.evidence_end]
            surname = writer.split()[-1]
            me = WRITER_OBJECT.search(told)  # its subject one of the act's own: not "X told me that the Korean side had handed ..."
            if me and event.sources and not any(surname in n.split() for n in event.sources + event.targets) and not _TURN_LABEL.match(block) \
                    and any(n.split()[-1] in (told[me.end():] if me["passive"] else told[: me.start()]) for n in event.sources) \
                    and not _THAT_CLAUSE.search(told, 0, me.start()):
                named = {m.entity.name for m in find_mentions(told)}
                event.targets = [writer] + [n for n in event.targets if n != writer and (n in named or n.split()[-1] in told or me["passive"])]
                # "I was received by Touré ... Béavogui was present": those present at it stay
    _reported_acts(events, doc, context)
    _reported_doers(events, doc)
    _unnamed_listeners(events, doc, context)
    talk_parties(events, doc, context)
    _speaker_alone(events, doc, context)
    _writer_opens(events, doc, context)
    _proposer_alone(events, doc)
    _answer_to_the_asker(events, doc, context)
    _turn_to_the_last_speaker(events, doc, context)
    _met_parties(events, doc, context)  # "Sadat summoned Ambassador Vinogradov": he, and the one met
    _writer_in_its_clause(events, doc, context)  # "This morning I called on the Minister": the writer, a party
    _told_of_himself(events, doc)  # "Secretary Dulles said that he had seen the Indonesian Ambassador": Dulles, a party
    _told_to_himself(events, doc)  # "Frydenlund said that the Soviet Ambassador had called on him": Frydenlund, a party
    _offices_bodies_off(events, doc)  # "the message of Comrade Pál Losonczi, Chairman of the Presidential Council": no Council
    _no_third_of_a_request_to_convey(events, doc)  # "asked me to convey his greetings to comrade Husák": no Husák
    _the_mission_for_its_we(events, doc, context)  # "We recommend that the Department ...": the Embassy
    for event in events:  # "TELEGRAM NUMBER 1063 OF 24 AUGUST" under the signal head: the message's own number and day,
        # sent by its writer to its addressee (named once the sentences are read, which count their days from a message named)
        if event.event_type == "message_sent" and event.method == "dated_sentence" and not event.sources + event.targets \
                and context.senders and event.block < len(doc.blocks) and _heads_the_text(doc, event.block) \
                and _OWN_NUMBER.match(text := doc.blocks[event.block].text.strip()) and _evidence(event, doc).strip() == text:
            event.sources, event.targets = list(context.senders), list(context.recipients)
    nominative_names(events, [doc.title or ""] + [b.text for b in doc.blocks])  # "президенту Дж. Сунаю": the "Сунай" the
    # page writes him as elsewhere
    surnames_alone(events, [(b.text, b.language) for b in doc.blocks], [doc.title or ""] + [b.text for b in doc.blocks])  # "Хамид
    # обещал": the "А. С. Ш. Хамида" the page names
    folded_capitals(events, [doc.title or ""] + [b.text for b in doc.blocks])  # "HUGH TANCRED": Hugh Tancred, whom the page may name in full elsewhere
    resolve_short_names(events, [doc.title or ""] + [b.text for b in doc.blocks], context)  # "Traoré answered": the
    # "Lieutenant Moussa Traoré" the page names, when no one else it names has that surname
    resolve_bare_bodies(events, [doc.title or ""] + [b.text for b in doc.blocks])  # "The council dissolved ...": the
    # "Supreme Military Council" the page set up, when it names no other council
    resolve_posted_offices(events, [b.text for b in doc.blocks])  # "the British ambassador in Warsaw": with his post
    resolve_countries_groups(events, [b.text for b in doc.blocks])  # "the ambassadors of the socialist countries"
    resolve_owned_groups(events, [(b.text, b.language) for b in doc.blocks], doc.title or "")  # "政府宣布": the "锡兰政府" the page
    # names before it
    events = part_coordinated_acts(events, doc.blocks)  # "I handed over a letter from Comrade X and informed him that ...":
    # a row for each act
    events = [e for e in events if not _a_date_alone_undated(e, doc)]
    spoken = {context.occasion, context.letter_date, doc.document_date} - {None}
    events = [e for e in events if not _undated_within_dated(e, events, spoken)]
    events = [e for e in events if not _bound_within_its_act(e, events)]
    return sorted(_once(events), key=lambda e: (e.block, e.evidence_start, e.event_type, e.start_date or date.min))


_DATE_READERS = frozenset({"dated_sentence", "relative_date"})
_OWN_ASKING = frozenset({"message_sent", "message_received", "proposal", "instruction"})  # a message, a suggestion or an
# order a sentence cites


def _bound_by_verbs(event: EventDraft) -> bool:
    """A row read by its verbs alone as done by the day the text speaks from (a clause of a longer sentence)."""
    return event.method == "tense_sentence" and event.date_kind == "upper_bound"


def _overlap(a: EventDraft, b: EventDraft) -> bool:
    return a.block == b.block and a.evidence_start < b.evidence_end and b.evidence_start < a.evidence_end


def _same_clause_read(held: EventDraft, made: EventDraft) -> bool:
    """A row of a reported clause read by its verbs alone, from the same words and of the same doers as the saying's
    reported act read there ("Mahjub had been tried by a military court", "hanged at Kober prison": the clause cut at its
    "and"): the one row replaces them."""
    return _bound_by_verbs(held) and made.evidence_start <= held.evidence_start and held.evidence_end <= made.evidence_end + 2 \
        and set(held.sources) <= set(made.sources)


def _saying_row(events: list[EventDraft], index: int, s: Sentence) -> EventDraft | None:
    """The row of a saying on one day that holds the sentence whole ("Nimeiri admitted that ...", a turn's row), or None."""
    return next((e for e in reversed(events) if e.block == index and e.evidence_start <= s.start and e.evidence_end >= s.end - 2
                 and e.start_date is not None and e.start_date == e.end_date and e.date_kind in (None, "exact")), None)


def _undated_within_dated(event: EventDraft, events: list[EventDraft], spoken: set[date]) -> bool:
    """A nominal act read with no date of its own, only as done by the day the text speaks from, inside the words of a
    sentence a date reader dated to another day ("the meeting of the Military Armistice Commission in Panmunjom" in "On 24
    January the American representative raised the question at the meeting of the Military Armistice Commission in
    Panmunjom"; "after the junta had promised elections" in "Washington recognised the new government on 31 July, after
    the junta had promised elections"): a piece of that dated happening, told by its row, no happening of its own. A
    message, a suggestion or an order the sentence cites ("Embtel 1139", "the suggestion of Your Excellency for Cuba to
    invite the UN observers", "In accordance with your instruction, the troops will set out on the 15th") is an act of
    its own, and keeps its row."""
    if event.method != "undated_sentence" or event.date_kind != "upper_bound" or event.start_date is not None \
            or event.end_date not in spoken or event.event_type in _OWN_ASKING:
        return False
    return any(
        other.method in _DATE_READERS and other.block == event.block and other.start_date is not None
        and other.evidence_start <= event.evidence_start and event.evidence_end <= other.evidence_end
        and other.evidence_end - other.evidence_start > event.evidence_end - event.evidence_start
        and (other.end_date or other.start_date) != event.end_date
        for other in events
    )


def _bound_within_its_act(event: EventDraft, events: list[EventDraft]) -> bool:
    """A message read with no date of its own, only as sent by the day the text speaks from, whose words lie within the
    words of a row of the same kind of act between the same parties, dated to one day on or before it ("in accordance
    with your telegram" in "This morning, in accordance with your telegram No. 1530 of 1 June, I called on ...", read as
    the ministry's telegram of 1 June; "as instructed in your telegram" in "I delivered our protest as instructed in your
    telegram No. 498 of 9 October"): the one message, told by the row that dates it.

    A piece read with no party of its own stays ("the letter of Comrade Gustáv Husák inviting the President" in "I
    handed over the letter ...", "the concentration of mil.-transport aircraft" in Zhukov's information): the letter's
    writing before its handing, or the happening a turn reports, is an event of its own."""
    if event.method != "undated_sentence" or event.date_kind != "upper_bound" or event.start_date is not None \
            or event.end_date is None or event.event_type != "message_sent":
        return False  # "after the text of Tito's speech was published" in "... was called off on December 3 after ...":
        # a happening of its own
    parties = set(event.sources + event.targets)
    return bool(event.sources) and any(
        other is not event and other.block == event.block and other.event_type == event.event_type
        and other.start_date is not None and other.start_date == other.end_date <= event.end_date
        and other.date_kind in (None, "exact") and parties == set(other.sources + other.targets)
        and other.evidence_start <= event.evidence_start and event.evidence_end <= other.evidence_end
        and other.evidence_end - other.evidence_start > event.evidence_end - event.evidence_start
        for other in events
    )


def _a_date_alone_undated(event: EventDraft, doc: ParsedDocument) -> bool:
    """A row of no date whose words are a date and nothing else ("in May 1963" cut from the sentence it dates, "20
    September 1964" in a note's citation, "4.VIII.1971" under a signature): no act to tell, and the date is not its
    own. A date's row is the dated readers' to make, of the words around it."""
    if event.start_date is not None or event.end_date is not None or event.block >= len(doc.blocks):
        return False
    words = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
    dates = find_dates(words, None)
    if not dates:
        return False
    for mention in sorted(dates, key=lambda d: -len(d.text)):
        words = words.replace(mention.text, " ")
    left = [w for w in re.split(r"\W+", words) if w]
    return len(left) <= 1 and all(len(w) <= 3 for w in left)


# "informed her that", "told me that", "said that": a verb of saying (``speech``, ``report_frame_verbs``) and the
# clause it reports, whose own subject does the act told there.
_REPORT_FRAME = compile_opening(r"\b(?:" + alternation([*(lexicon("en").get("speech") or []), *(lexicon("en").get("report_frame_verbs") or [])])
                                + r")\b[^.;:]{0,60}?\bthat\b")


_DESCRIBED_LINE = 300  # a line that describes a document, not its first paragraph


def _numbered_document_day(doc: ParsedDocument, index: int, year: int | None) -> date | None:
    """The day alone on its line under the heading of one of the numbered documents a printed collection's page holds
    ("№ 46. Телеграмма посла СССР в Египте ..." / "28 июля 1956 г."), or under the title of a paper attached to the
    document after the attachment's own heading ("附：" / "关于接待美国乒乓球代表团情况的报告" / "（一九七一年四月十八日）",
    a notice forwarding a report): the day that document speaks from; None for any other line. On an editor's page, the
    line that describes a posted document under its number alone ("Document 4" / "Cable, Seoul 06410, Gleysteen to
    Secretary of State, "Kwangju Situation," May 22, 1980, 0845Z") dates it by the one day it names, whatever day the
    editors' introduction above was published on."""
    block = doc.blocks[index]
    if is_document_number_alone(doc.blocks[index - 1].text) and len(block.text) < _DESCRIBED_LINE:
        days = [d for d in find_dates(block.text, year) if d.precision in ("day", "minute") and d.year_written]
        return days[0].start_date if len(days) == 1 else None
    if not day_alone(block.text, year):
        return None
    above = doc.blocks[index - 1].text
    attached = index >= 2 and (m := ATTACHMENT_HEADING.match(doc.blocks[index - 2].text)) is not None \
        and m.end() >= len(doc.blocks[index - 2].text.rstrip()) and len(above) < 160 and not ends_sentence(above)
    if not attached and not is_document_number_head(above):
        return None
    return find_dates(block.text, year)[0].start_date


_INSERTED_FROM = compile_opening(r"^(?:" + (alternation(lexicon("en").get("inserted_item_openers") or []).replace(r"\ ", r"\s+") or "(?!)")
                                 + r")\s+(?=[A-Z])")
_SOURCE_LINE = 200  # a line over the item, not a paragraph


def reprint_source_day(text: str, year: int | None, printed: date | None) -> date | None:
    """The day of the issue a source line over a reprinted item names, bracketed ("[From the Washington Times, Sept. 9,
    1983]", the Congressional Record's head of an article printed in it) or by the issue's line ("(By Pravda's Political
    Observer. Pravda, Nov. 22, p. 5. Complete text:)", a digest's): the day the item speaks from, where it is before the
    page's own (``printed``: the Record's day, the digest's issue); None for any other line (en.yaml inserted_item_openers)."""
    line = text.strip()
    if len(line) > _SOURCE_LINE:
        return None
    inner = line[1:-1].strip() if line[:1] in "[(" and line[-1:] in "])" else None
    if inner is not None and _INSERTED_FROM.match(inner):
        named = inner
    elif (m := issue_line(line)) is not None:
        named = m["day"]
    else:
        return None
    days = [d for d in find_dates(named, year if year is not None else printed.year if printed else None)
            if d.precision in ("day", "minute")]
    if len(days) != 1:
        return None  # two issues, or none
    day = days[0].start_date
    if printed is not None and not days[0].year_written and day > printed:
        day = in_year(day, day.year - 1)  # "Nov. 22" in a digest of January: of the year before
    return day if printed is None or day < printed else None


def reported_clause(text: str) -> str | None:
    """The clause a saying reports, after its "that" ("informed her that the Red Cross had sent ..."), None if none."""
    return text[frame.end():].strip() if (frame := _REPORT_FRAME.search(text)) else None


def _reported_acts(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """An act told in the clause a saying reports ("I ... informed her that the Bulgarian Red Cross had sent a second
    consignment ... on 15 September"): its day written in that clause and its doers named there, the act is theirs
    alone; the one who tells it and the one told (the writer's "I", "her") are no party to it."""
    for event in events:
        if event.block >= len(doc.blocks) or not event.sources or not event.targets or not event.date_text:
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        if (frame := _REPORT_FRAME.search(told)) is None or event.date_text not in told[frame.end():]:
            continue
        clause = told[frame.end():]
        named = {m.entity.name for m in find_mentions(clause)}
        if not all(n in named or n.split()[-1] in clause for n in event.sources):
            continue
        event.targets = [n for n in event.targets if n in named or n.split()[-1] in clause]



# The first verb of a reported clause, after its subject ("that the Politburo had decided", "that Chinese troops have").
_REPORTED_VERB = compile_opening(r"\s(?:had|has|have|was|were|will|would|did)\b|\s[a-z]{3,}ed\b")
# A clause that opens with the teller again or a pronoun ("that he had met", "that they would"): no doer of its own.
_PRONOUN_SUBJECT = compile_opening(r"^\W*(?:he|she|it|they|we|I|you|this|that|there)\b", re.IGNORECASE)



# A name the preposition just before it ties to the subject, not the subject itself ("the amphibious group bound for
# Lebanon", "the campaign against the Kurds").
_TIED_BY_PREPOSITION = compile_opening(r"\b(?:for|of|in|to|from|at|on|with|against|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
_TIME_OPENERS = frozenset(w.lower() for w in lexicon("en").get("subject_time_openers") or [])


def _clause_doer(before: str) -> list[str]:
    """The subject of a reported clause, before its verb: its names, not one that a preposition ties to the subject
    ("the amphibious group bound for Lebanon"), else its group, after a time the clause opens with ("in the past two
    weeks Chinese troops")."""
    spans = [x for x in name_spans(before, "en") if not _TIED_BY_PREPOSITION.search(before[: x[0]])]
    if spans and (names := subject_names(before, "en")) and spans[-1][2] in names:
        return names
    if group := subject_phrase(before)[:1]:
        return group
    words = before.split()
    if len(words) > 2 and words[0].lower() in _TIME_OPENERS:
        for at in range(2, len(words)):
            if words[at][:1].isupper() and (group := subject_phrase(" ".join(words[at:]) + " ")[:1]):
                return group
    return []

def _reported_doers(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A row dated inside the clause a saying reports, whose actor is the teller ("Comrade Molomjamts said that in the
    past two weeks Chinese troops have become more active", "He informed me that the Politburo had decided on Sunday"):
    the act is the clause's, done by its subject; the teller and the one told are no party to it. The saying's own row
    (dated by the talk, no date written in the clause) keeps its teller."""
    for event in events:
        if event.block >= len(doc.blocks) or not event.sources or doc.blocks[event.block].language not in (None, "en"):
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        if (frame := _REPORT_FRAME.search(told)) is None or frame.start() > 80:
            continue
        clause = told[frame.end():]
        in_clause = event.date_text in clause if event.date_text else (
            event.method == "tense_sentence" and event.start_date is not None and event.start_date != event.end_date)
        if not in_clause or _PRONOUN_SUBJECT.match(clause) or (verb := _REPORTED_VERB.search(clause)) is None:
            continue
        teller = told[: frame.start()]
        if not any(n.split()[-1] in teller for n in event.sources):
            continue  # the row's actor is no teller of the clause
        subject = _clause_doer(clause[: verb.start()] + " ")
        if subject and not any(n.split()[-1] in teller for n in subject):
            event.sources, event.targets = subject, [n for n in event.targets if n.split()[-1] in clause[verb.start():]]



# A saying that reports what was said, to no one the sentence names ("The Prime Minister answered that ...", "He asked
# whether ..."): the one who speaks is its actor, not the partner of the talk it was said in that a third party records;
# the document's writer, spoken to in his own record told in the first person, stays.
_SAYING_ALONE = compile_opening(
    r"^\W*(?:[A-Z][\w.’'-]*\s+){0,4}?(?:[Hh]e|[Ss]he|[A-Z][\w’'-]+)\s+(?:then\s+|also\s+|further\s+)?"
    r"(?:(?:" + alternation(lexicon("en").get("content_saying_verbs") or []) + r")"
    r"(?:\s+(?:further|also|again))?\s*(?:,\s*)?that|asked\s+(?:whether|if))\b"  # not "asked that we keep ...": a request, nor "asked about": a topic put to the one who spoke
)




# A plain saying turn ("Kaunda said that ...", "Nehru said, that ..." of a Russian record, a Chinese "X said: ..."): the
# one who speaks alone, the listener kept only where the sentence names him ("said to me", "talk with me in the
# evening"); a reply or a question ("replied", "asked whether") is left to the rules of the talk (the dev gold splits).
_PLAIN_SAYING = {
    "en": compile_opening(r"^\W*(?:[A-Z][\w.’'-]*\s+){0,4}?(?:[Hh]e|[Ss]he|[A-Z][\w’'-]+)\s+(?:then\s+|also\s+|further\s+)?(?:"
                          + alternation(lexicon("en").get("plain_saying_verbs") or ["(?!)"]) + r")(?:\s+(?:further|also|again))?\s*,?\s*"
                          r"(?:that\b|(?=(?:" + alternation(lexicon("en").get("plain_saying_bare_openers") or ["(?!)"]) + r")\s))"),
    "ru": compile_opening(r"^\W*(?:(?!(?:" + alternation(lexicon("ru").get("plain_saying_joined") or ["(?!)"]) + r")\s)[^\W\d_][\w.-]*\s+){0,4}?(?:" + alternation(lexicon("ru").get("plain_saying_verbs") or ["(?!)"])
                          + r")\s*,\s*(?:" + event_words("that_conjunction") + r")", re.IGNORECASE),
    "zh": compile_opening(r"^\W*[^\uff0c,\u3002\uff1a:\uff1b;\s]{1,12}?(?:" + alternation(lexicon("zh").get("plain_saying_verbs") or ["(?!)"])
                          + r")[\uff0c,\uff1a:]"),
}
_LISTENER_NAMED = {
    "en": re.compile(r"(?<!\w)(?:" + alternation(lexicon("en").get("plain_saying_listener") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:" + alternation(lexicon("ru").get("plain_saying_listener") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE),
    "zh": re.compile(alternation(lexicon("zh").get("plain_saying_listener") or ["(?!)"])),
}
_SAID_BY_ME = re.compile(r"\b(?:I|We)\b|(?i:" + event_words("first_person") + r")")  # "Puzanov. I said that ...": the writer's own turn
_TURN_END = re.compile(r"[.!?\u3002\uff01\uff1f](?:\s|$)")


def plain_saying(sentence: str, language: str | None) -> bool:
    """The sentence tells a plain saying turn to no listener it names: "Kaunda said that the border was closed", not
    "Kaunda said to me that ..." nor "Tito said that he wanted to talk with me"."""
    pattern = _PLAIN_SAYING.get(language or "en")
    raw = sentence
    if (language or "en") == "en" and sentence.isupper():
        sentence = sentence.capitalize()  # a cable in capitals ("MARCOS SAID THE AMBUSH ..."): read as written in small letters
    said = pattern.match(sentence) if pattern is not None else None
    return said is not None and _SAID_BY_ME.search(sentence, 0, said.end()) is None and _SAID_BY_ME.search(raw, 0, said.end()) is None \
        and _LISTENER_NAMED[language or "en"].search(sentence) is None




# A row of the clause a saying reports, "that" just before it ("The President told me that |on Monday he would open the
# congress"): the act told, whose actors are the clause's own; the listener of the saying stays out of it unless the
# clause names him.
_REPORTED_CLAUSE = re.compile(r"\bthat\s*$")


def _speaker_alone(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """A plain saying turn of another than the writer carries its speaker alone: the listener the record's author
    stands for, that the sentence does not name, dropped; the others it names stay. Only the
    record's keeper (its sender, the envoy who signs it): a third party's record of two principals' talk ("Record of
    Conversation between Premier Zhou Enlai and Ambassador ...") keeps the one spoken to."""
    keepers = set(context.senders) | {foot_name(doc)}
    signed = [b.text.strip() for b in doc.blocks[-6:] if len(b.text.strip()) <= 40]  # "Wilkins" alone under the cable
    for event in events:
        if not event.targets or not event.sources or event.block >= len(doc.blocks) \
                or set(event.sources) & set(context.senders):
            continue
        block = doc.blocks[event.block]
        end = _TURN_END.search(block.text, max(len(block.text[: event.evidence_end].rstrip()) - 1, event.evidence_start))
        sentence = block.text[event.evidence_start: end.end() if end else len(block.text)]
        told = block.language in (None, "en") and (_REPORTED_CLAUSE.search(block.text, 0, event.evidence_start) is not None
                                                    or _TOLD_THAT.search(block.text, 0, event.evidence_start) is not None) \
            and _LISTENER_NAMED["en"].search(sentence) is None and not asks_or_answers(sentence)  # "... said that |the
        # drought had cost Niger"; a turn the paragraph opens by telling the writer ("Talhouni told me this morning that
        # ... He said King intends ..."); a request or a reply in it ("He asked that the Soviet doctors remain") is said
        # to the one it answers, left to the rules of the talk
        if not told and not plain_saying(sentence, block.language):
            continue
        named = {m.entity.name for m in find_mentions(sentence)}
        event.targets = [n for n in event.targets if n in named or n.split()[-1] in sentence
                         or n not in keepers and not any(n.split()[-1] in line for line in signed)]


# A saying whose reported clause opens with "he" or "she" ("Secretary Dulles said that he had seen the Indonesian
# Ambassador on Monday", "Dr Owen said that he had seen Mr Nkomo and Mr Mugabe on Tuesday", "Touré informed me that he
# will leave for Cairo"): the one who speaks is that clause's subject, a party of the act it tells
# (en.yaml told_of_himself_verbs).
_TOLD_OF_HIMSELF = compile_opening(
    r"^\W*(?P<who>[^,;:()]{2,60}?)\s+(?:(?:also|further|then)\s+)?(?:" + alternation(lexicon("en").get("told_of_himself_verbs") or ["(?!)"])
    + r")(?:\s+(?:me|us|him|her|them))?\s*,?\s+that\s+(?:he|she)\s+(?!(?:said|says|thought|thinks|believed|believes|understood)\b)")
_CLAUSE_WITHIN = compile_opening(r"\b(?:that|which|where|when|who|whom|whose|while|after|before|because|since|until)\b")


def _told_of_himself(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A row of the act an English saying reports with "he" or "she" as its subject ("President Keita said that he had
    spoken about this with President Sékou Touré in Conakry on 27 June"), whose actors lack the speaker: the speaker
    acts, those the row named are the ones he acted with or on. Not where another clause opens between the pronoun and
    the row's day ("said that he had learned that the army had seized ... on Monday": the army's act)."""
    for event in events:
        if event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en"):
            continue
        text = doc.blocks[event.block].text
        stop = max(text.rfind(". ", 0, event.evidence_start + 1), text.rfind("; ", 0, event.evidence_start + 1))
        opens = stop + 2 if stop >= 0 else 0
        m = _TOLD_OF_HIMSELF.match(text, opens)
        if m is None or event.evidence_start > m.end() or event.evidence_end <= m.end() or _SAID_BY_ME.search(m["who"]):
            continue
        rest = text[m.end(): event.evidence_end]
        at = rest.find(event.date_text) if event.date_text else -1
        if at >= 0 and _CLAUSE_WITHIN.search(rest, 0, at):
            continue
        speaker = [n for n in subject_names(m["who"], "en") if is_person(n)]
        if len(speaker) != 1 or any(n == speaker[0] or n.split()[-1] == speaker[0].split()[-1] for n in event.sources + event.targets):
            continue
        event.targets = [n for n in dict.fromkeys(event.sources + event.targets) if _kind_of(n) != "state"]  # not "Pakistan" of
        # "on a Pakistan International Airlines aircraft": a state the clause names beside his act is no party to it
        event.sources = speaker


# A saying whose reported clause tells another's act done to "him" or "her" ("Frydenlund said that the Soviet Ambassador
# had called on him on Monday", "He told me that the British High Commissioner had called on him on Thursday"): the one
# who speaks is the other party of that act (en.yaml told_to_himself_verbs).
_TOLD_TO_HIMSELF = compile_opening(
    r"^\W*(?P<who>[^,;:()]{2,60}?)\s+(?:(?:also|further|then)\s+)?(?:" + alternation(lexicon("en").get("told_of_himself_verbs") or ["(?!)"])
    + r")(?:\s+(?:me|us))?(?:\s+(?:also|further|then))?\s*,?\s+that\s+(?!(?:he|she)\b)(?P<clause>(?:(?![.!?]\s+[A-Z])[^;:()]){2,160}?)\s(?:"
    + alternation(lexicon("en").get("told_to_himself_verbs") or ["(?!)"]) + r")\s+(?:him|her)\b")
_PRONOUN_WHO = compile_opening(r"^(?:[Hh]e|[Ss]he)$")
_HONORIFICS = frozenset(lexicon("en").get("told_to_himself_honorifics") or [])


def told_to_himself(sentence: str, sources: list[str]) -> tuple[list[str], str | None]:
    """The one who speaks in ``sentence`` where the clause his saying reports tells an act of the row's ``sources``
    done to "him" (``_TOLD_TO_HIMSELF``): the speaker as the saying names him ([] where a pronoun names him), and the
    pronoun ("He", "She") where one does; ([], None) where the sentence tells no such act of the sources."""
    m = _TOLD_TO_HIMSELF.match(sentence)
    if m is None or not sources or _SAID_BY_ME.search(m["who"]):
        return [], None
    clause = m["clause"]
    if not all(s.split()[-1].casefold() in clause.casefold() for s in sources):
        return [], None  # the act is not the row's sources'
    if any(not any(n == s or n.split()[-1] == s.split()[-1] for s in sources) for n in clause_names(clause, "en") if is_person(n)):
        return [], None  # "said that Zhivkov had met Brezhnev and told him": him is the other one named
    who = m["who"].strip()
    if _PRONOUN_WHO.match(who):
        return [], who
    speaker = [n for n in subject_names(who, "en") if is_person(n)]
    if not speaker and (len(who.split()) == 1 or len(who.split()) == 2 and who.split()[0] in _HONORIFICS) \
            and (alone := _SURNAME_ALONE.fullmatch(who.split()[-1])) and lookup(alone[0]) is None:
        speaker = [alone[0]]  # "Frydenlund said that ...": a surname the gazetteer lacks
    return (speaker, None) if len(speaker) == 1 else ([], None)


def _told_to_himself(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A row of the act an English saying's clause tells, done to "him", the one who speaks (``told_to_himself``):
    the speaker joins its other party. A speaker named "he" is the one the saying's own row gives."""
    for event in events:
        if event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en") or not event.sources:
            continue
        text = doc.blocks[event.block].text
        stop = max(text.rfind(". ", 0, event.evidence_start + 1), text.rfind("; ", 0, event.evidence_start + 1))
        opens = stop + 2 if stop >= 0 else 0
        sentence = text[opens:]
        m = _TOLD_TO_HIMSELF.match(sentence)
        if m is None or opens + m.start("clause") > event.evidence_end or event.evidence_start > opens + m.end():
            continue
        speaker, pronoun = told_to_himself(sentence, event.sources)
        if pronoun:  # "He told me that ...": the speaker the row of that saying holds
            said = [e for e in events if e is not event and e.block == event.block and e.evidence_start <= opens + m.end("who") < e.evidence_end
                    and len(e.sources) == 1 and is_person(e.sources[0])]
            speaker = [said[0].sources[0]] if len({e.sources[0] for e in said}) == 1 else []
        if len(speaker) != 1 or any(n == speaker[0] or n.split()[-1] == speaker[0].split()[-1] for n in event.sources + event.targets):
            continue
        event.targets = [*event.targets, speaker[0]]


# A person's office set off by a comma after his name, with the body it is of ("Comrade Pál Losonczi, Chairman of the
# Presidential Council,", "Arne Treholt, head of the Press Section of the Ministry of Foreign Affairs"): the body says
# what he is, no party of his act (en.yaml apposed_offices).
_OFFICE_OF_BODY = compile_opening(
    r"[A-Z][\w'’.-]+\s*,\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?i:" + alternation(lexicon("en").get("apposed_offices") or ["(?!)"])
    + r")\s+(?:of|for)\s+(?P<body>[^,;:()]{3,90})")


def _offices_bodies_off(events: list[EventDraft], doc: ParsedDocument) -> None:
    """The bodies a row of an English sentence names only as the office of a person among its actors, dropped."""
    for event in events:
        if event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en") or len(event.sources + event.targets) < 2:
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        spans = [m for m in _OFFICE_OF_BODY.finditer(told)]
        if not spans:
            continue
        rest = told
        for o in reversed(spans):
            rest = rest[: o.start("body")] + rest[o.end("body"):]  # the sentence less the offices' bodies
        dropped = {n for n in event.sources + event.targets if not is_person(n) and n.split()[-1] not in rest
                   and any(set(n.casefold().split()) <= set(o["body"].casefold().split()) for o in spans)}
        if dropped and any(is_person(n) for n in event.sources + event.targets if n not in dropped):
            event.sources = [n for n in event.sources if n not in dropped] or event.sources
            event.targets = [n for n in event.targets if n not in dropped]


_PROPOSAL_TURN = compile_opening(r"^(?P<before>[^;]*?)\b(?<!\bhad\s)(?<!\bhas\s)(?:" + alternation(lexicon("en").get("proposal_turn_verbs") or ["(?!)"])
                                 + r")\s+that\b")


def proposal_turn(sentence: str) -> bool:
    """The sentence puts another's proposal to no one it names ("Comrade Gomułka proposed that the declaration call for
    ..."): not the writer's ("I proposed that ..."), not one recalled ("he had proposed that ..."), not one put "to me"."""
    m = _PROPOSAL_TURN.match(sentence)
    return m is not None and _SAID_BY_ME.search(m["before"]) is None and _LISTENER_NAMED["en"].search(sentence) is None


def _proposer_alone(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A proposal another than the writer puts at a talk or a session carries its proposer alone: the one it is put to,
    that the sentence does not name, dropped (proposal_turn_verbs in en.yaml)."""
    for event in events:
        if not event.targets or not event.sources or event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en"):
            continue
        block = doc.blocks[event.block]
        end = _TURN_END.search(block.text, max(len(block.text[: event.evidence_end].rstrip()) - 1, event.evidence_start))
        sentence = block.text[event.evidence_start: end.end() if end else len(block.text)]
        if not proposal_turn(sentence):
            continue
        named = {m.entity.name for m in find_mentions(sentence)}
        event.targets = [n for n in event.targets if n in named or n.split()[-1] in sentence]


# A reply turn ("Ratu Mara replied that ...", "He answered that ...") and a question put in the sentence before it ("Mr
# Ennals asked whether Fiji would accept a loan."): the answer is said to the one who asked (answer_reply_verbs,
# question_verbs, question_words in en.yaml).
_TURN_SUBJECT = (r"^\W*(?:\d+\.\s+)?(?P<who>[Tt]he\s+(?i:" + alternation(lexicon("en").get("office_titles") or ["(?!)"]) + r")|"
                 r"(?:[A-Z][\w.’'-]*\s+){0,4}?(?:[Hh]e|[Ss]he|I|We|[A-Z][\w’'-]+))\s+(?:then\s+|also\s+|further\s+|simply\s+)?")
# (the one who speaks: a name, a pronoun, or an office written bare after "the", "The ambassador informed the President")
_REPLY_TURN = compile_opening(_TURN_SUBJECT + r"(?:" + alternation(lexicon("en").get("answer_reply_verbs") or ["(?!)"]) + r")\b")
_QUESTION_TURN = compile_opening(_TURN_SUBJECT + r"(?:" + alternation(lexicon("en").get("question_verbs") or ["(?!)"])
                                 + r")\s+(?:(?:me|us|him|her|them)\s+)?(?:" + alternation(lexicon("en").get("question_words") or ["(?!)"]) + r")\b")


_REPLIER_WORDS = frozenset(["He", "She", "The"])


def answers_a_question(sentence: str) -> bool:
    """The sentence opens with a reply turn: "The Ambassador replied that ...", not "He said that ..."."""
    return _REPLY_TURN.match(sentence) is not None


def asks_a_question(sentence: str) -> bool:
    """The sentence opens with a question put: "Mr Hattersley asked whether ...", not "asked about", "asked that"."""
    return _QUESTION_TURN.match(sentence) is not None


def _answer_to_the_asker(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """A reply that follows at once the question another put ("Dr Owen asked whether Australia would contribute to
    the fund. Mr Fraser replied that ..."): said to the one who asked, whoever keeps the record, where the reply's row
    names no one it is said to. The question's row is the one whose sentence ends just before the reply, in its
    passage or as the last of the passage before. Not at a body's session ("Secretary Humphrey inquired whether ...
    Mr. Dulles replied that ..." at the National Security Council): there the answer is to the council."""
    if context.body:
        return
    asked: dict[int, list[tuple[int, str]]] = {}  # block: (where the question's sentence ends, the one who asked)
    for event in events:
        if len(event.sources) != 1 or event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en"):
            continue
        text = doc.blocks[event.block].text
        if not asks_a_question(text[event.evidence_start: event.evidence_end]) or _not_a_person(event.sources[0]):
            continue
        end = _TURN_END.search(text, max(len(text[: event.evidence_end].rstrip()) - 1, event.evidence_start))
        asked.setdefault(event.block, []).append((end.end() if end else len(text), event.sources[0]))
    if not asked:
        return
    for event in events:
        if event.targets or len(event.sources) != 1 or event.event_type not in ("reply", "statement") or event.block >= len(doc.blocks):
            continue
        text = doc.blocks[event.block].text
        told = text[event.evidence_start: event.evidence_end]
        reply = _REPLY_TURN.match(told)
        replier = event.sources[0]
        if reply is None or replier.split()[-1] not in reply["who"].split() and (
                reply["who"].split()[0] not in _REPLIER_WORDS or replier.split()[-1] in told[reply.end():]):
            continue  # "Tupuola answered that a Soviet fishing delegation had called ...": the delegation's row is no reply
            # ("He replied", "The Ambassador replied": the row's one who said it, not one the answer names)
        if text[: event.evidence_start].strip():
            before = [who for end, who in asked.get(event.block, []) if not text[end: event.evidence_start].strip()]
        else:
            previous = event.block - 1
            while previous >= 0 and not doc.blocks[previous].text.strip():
                previous -= 1
            before = [who for end, who in asked.get(previous, []) if not doc.blocks[previous].text[end:].strip()] if previous >= 0 else []
        askers = [who for who in dict.fromkeys(before) if who != replier and who.split()[-1] != replier.split()[-1]]
        if len(askers) == 1:
            event.targets = askers


# A turn of a talk that asks or answers ("Soares replied that ...", "The Ambassador asked when the Polish delegation would
# arrive.", "He asked that Hungary send medical supplies ..."), the one it is said to unnamed: said to the one who spoke
# before it in the record (en.yaml request_turn_verbs, answer_reply_verbs, question_verbs; talk_turn_lookback).
_ASK_TURN = compile_opening(_TURN_SUBJECT + r"(?:" + alternation(lexicon("en").get("request_turn_verbs") or ["(?!)"])
                            + r")\s+(?!(?:me|us|him|her|them|the|his|her|their|to)\b)(?:" + alternation(
                                lexicon("en").get("request_turn_objects") or ["(?!)"]) + r")\b")
_SPOKEN_TURN = compile_opening(_TURN_SUBJECT + r"(?:" + SPEECH_VERBS + r")\b")
_TURN_LOOKBACK = int((lexicon("en").get("talk_turn_lookback") or [3])[0])


def asks_or_answers(sentence: str) -> bool:
    """The sentence opens with a turn that asks or answers, its listener unnamed: "Soares replied that ...", "The
    Ambassador asked when ...", "He asked that ..."; not "He asked me whether ...", "He said that ..."."""
    return _REPLY_TURN.match(sentence) is not None or _ASK_TURN.match(sentence) is not None


def _turn_to_the_last_speaker(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """A turn that asks or answers in the record of a talk (not a body's session, nor a keeper's journal), whose row
    names no one it is said to: in an envoy's cable telling his talk, to its writer; in a record, to the one who spoke
    the turn before it, within a few paragraphs ("The Secretary asked about the role of the Communists ... Soares
    replied that ...": to Kissinger; "Premier [Zhou] asked about the state of industry": to Kim Il Sung, whom he was
    talking with; "I replied that I would report this": to Mao, who spoke before)."""
    if context.body or context.is_journal:
        return
    cable = not context.is_record and context.is_message and len(context.senders) == 1 and _signed_person(context.senders[0])
    # an envoy's cable telling his own talk ("He asked that the Hungarian government send medical teams"): to its writer
    if not context.is_record and not cable:
        return
    turns: list[tuple[int, int, str]] = []  # block, where the turn opens, its speaker
    for event in events:
        if len(event.sources) != 1 or event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en"):
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        if _SPOKEN_TURN.match(told) and (is_person(event.sources[0]) or is_bare_title(event.sources[0])):
            turns.append((event.block, event.evidence_start, event.sources[0]))  # "The Acting Secretary said that ...": the
            # office the record names its speaker by, as the page's own form of him
    turns.sort()
    for event in events:
        if event.targets or len(event.sources) != 1 or event.block >= len(doc.blocks):
            continue
        text = doc.blocks[event.block].text
        told = text[event.evidence_start: event.evidence_end]
        turn = _REPLY_TURN.match(told) or _ASK_TURN.match(told)
        speaker = event.sources[0]
        if turn is None or speaker.split()[-1] not in turn["who"].split() and (
                turn["who"].split()[0] not in _REPLIER_WORDS or speaker.split()[-1] in told[turn.end():]):
            continue
        if cable:
            if speaker != context.senders[0] and speaker.split()[-1] != context.senders[0].split()[-1]:
                event.targets = [context.senders[0]]
            continue
        before = [who for block, start, who in turns if (block, start) < (event.block, event.evidence_start)
                  and block >= event.block - _TURN_LOOKBACK and who.split()[-1] != speaker.split()[-1]]
        if before:
            event.targets = [before[-1]]


# A meeting the row's own subject holds or plans with another: the one met is the act's other party (meeting_verbs,
# meeting_helpers, meeting_object_enders in en.yaml).
_MEETING = compile_opening(
    r"(?<![\w-])(?P<who>(?:[A-Z][\w.’'-]*\s+){0,4}?(?:[Hh]e|[Ss]he|I|We|and|[A-Z][\w’'-]+)),?"
    r"(?:\s+(?:" + alternation(lexicon("en").get("meeting_helpers") or ["(?!)"]) + r"|[a-z]+ly))*"
    r"\s+(?:(?P<done>" + alternation(lexicon("en").get("done_to_verbs") or ["(?!)"]) + r")|"
    + alternation(lexicon("en").get("meeting_verbs") or ["(?!)"])
    + r"|(?:" + alternation(lexicon("en").get("meeting_with_verbs") or ["(?!)"]) + r")\s+(?:[^,;:.()]{1,60}?\s+)?with"
    + r"|(?:" + alternation(lexicon("en").get("meeting_with_holds") or ["(?!)"]) + r")\s+(?:"
    + alternation(lexicon("en").get("meeting_with_nouns") or ["(?!)"]) + r")\s+with"
    + r")\s+(?P<object>[^,;:.()]+(?:,\s+(?:including|among them|among whom)\s+[^,;:.()]+)?)"
)
_MEETING_OBJECT_END = compile_opening(r"\s(?:" + alternation(lexicon("en").get("meeting_object_enders") or ["(?!)"]) + r")\b|\s\d")
# A saying before a meeting's verb ("He said that ... met", "told that ..."): the meeting is the told one's (en.yaml
# told_before_words).
_TOLD_BEFORE = compile_opening(r"\b(?:" + alternation(lexicon("en").get("told_before_words") or ["(?!)"]) + r")\b")
_PRONOUN_SUBJECTS = frozenset(["He", "he", "She", "she"])
_SURNAME_ALONE = compile_opening(r"[A-Z][a-z][\w'’-]+")
_JOINED_ON = compile_opening(r"\s+and\s+[A-Z]")  # "received Soviet and Chinese recognition": a word qualifying the thing


_BODY_WORDS = frozenset(lexicon("en").get("body_head_words") or [])
_NOT_MET_GROUPS = frozenset(lexicon("en").get("met_group_not_parties") or [])


def _done_to_person(name: str) -> bool:
    """A person an act is done to: the gazetteer's or the page's, or a name it lacks with no word of a body's name."""
    return is_person(name) or lookup(name) is None and all(w[:1].isupper() for w in name.split()) and not _BODY_WORDS & set(name.split())


def met_party(sentence: str, sources: list[str], writer: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The one the row's source meets, calls on, receives or summons in ``sentence``, as ``clause_names`` reads him
    ("Sadat summoned Ambassador Vinogradov to his residence": Vinogradov); none where the verb's subject is not the
    row's own or the meeting is in a clause another's saying tells."""
    for m in _MEETING.finditer(sentence):
        who = m["who"].split()
        if who[-1] in ("I", "We"):  # the writer's row, or the one "I" was read as where the sentence opens with him
            own = bool(writer) and set(sources) <= set(writer) or len(sources) == 1 and not sentence[: m.start()].strip()
        elif who[-1] in _PRONOUN_SUBJECTS:
            own = len(sources) == 1 and not _not_a_person(sources[0]) and _TOLD_BEFORE.search(sentence, 0, m.start()) is None \
                and not any(s.split()[-1] in sentence[m.end():] for s in sources)
        elif who[-1] == "and":  # "Adderley will be in London ... and will call on Sir Alec": the subject the verbs share
            own = len(sources) == 1 and sources[0].split()[-1] in sentence[: m.start()] and _TOLD_BEFORE.search(sentence, 0, m.start()) is None
        else:
            own = any(s.split()[-1] in who or s == m["who"].strip() for s in sources)
        if not own:
            continue
        obj = " " + m["object"]
        if end := _MEETING_OBJECT_END.search(obj):
            obj = obj[: end.start()]  # "received on Friday the text of the treaty": no one met
        named = clause_names(obj, "en", addressed_only=True)
        if not named and (alone := _SURNAME_ALONE.fullmatch(obj.strip())) and lookup(alone[0]) is None and not _JOINED_ON.match(m["object"], len(obj) - 1) \
                and alone[0] not in calendar.day_name and alone[0] not in calendar.month_name:
            named = [alone[0]]  # "had called on Melgar": a surname the gazetteer lacks, resolved as the page names him later
        if not named and not m["done"] and (group := object_group(obj)) and len(group.split()) > 1 and group.split()[-1].lower() not in _NOT_MET_GROUPS:
            named = [group]  # "received the service commanders at the palace": a group the gazetteer cannot list
        met = [n for n in named
               if n not in sources and not any(n.split()[-1] == s.split()[-1] for s in sources)
               and not (m["done"] and not _done_to_person(n))]  # an act done to a person: not "dissolved the Assembly"
        if met:
            return met
    return []


def _met_parties(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """A row with its source and no other party whose sentence tells its source meeting another (``met_party``): the
    one met is its other party."""
    for event in events:
        if event.targets or not event.sources or event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en"):
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        if met := met_party(told, event.sources, context.senders):
            event.targets = met


def _unnamed_listeners(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """The persons a saying's row holds as its targets that the sentence does not name, dropped (``_SAYING_ALONE``)."""
    own = context.senders if any(_FIRST_PERSON.search(b.text) for b in doc.blocks if b.language in (None, "en")) else []
    for event in events:
        if not event.targets or not event.sources or event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en"):
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        if _SAYING_ALONE.match(told) is None:
            continue
        event.targets = [n for n in event.targets if not is_person(n) or n.split()[-1] in told or n in own]


# An English sentence opening with its writer as the subject ("I telephoned you that morning ...", "I promised to report
# the requests to Sofia at once."), a time or a "then" before him at most.
_I_OPENS = re.compile(r"^\W*(?:(?:[A-Z][a-z]+|\d+)(?:\s+\w+){0,3},?\s+)?(?:then\s+|also\s+)?I\s+(?!am\s+writing)(?:myself\s+)?[a-z]")
_YOU_OBJECT = re.compile(r"\b(?:you|your)\b")
_THAT_BEFORE = re.compile(r"\bthat\b")


def _writer_opens(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """A row of no actors whose English sentence opens with "I" and writes the day of his act: its writer's act, the one person who writes the letter,
    the cable or the record (its signer for a mission's cable), and, in a letter to one, the "you" it is done to ("I
    telephoned you that morning": Gayoom, to Rajiv Gandhi). Not in a transcript's turns ("RUSK: I talked ..."), an
    interview's answers or a body's minutes, whose "I" is a speaker's."""
    writer = context.signer or (context.senders[0] if len(context.senders) == 1 else None)
    if writer is None or not _signed_person(writer) or context.body or context.recalls or not (context.is_correspondence or context.is_record):
        return
    addressee = context.addressees[0] if context.is_letter and len(context.addressees) == 1 and _signed_person(context.addressees[0]) else None
    for event in events:
        if event.sources or event.targets or event.block >= len(doc.blocks):
            continue
        block = doc.blocks[event.block]
        if block.language not in (None, "en") or _TURN_LABEL.match(block.text):
            continue
        told = block.text[event.evidence_start: event.evidence_end]
        if _I_OPENS.match(told) is None or not event.date_text or (at := told.find(event.date_text)) < 0 \
                or _THAT_BEFORE.search(told, 0, at):
            continue  # a day the sentence writes for his act; not one of a clause he tells ("I know that your forces
            # drove them back within forty-eight hours"), nor a state of his with no day ("I remain convinced ...")
        event.sources = [writer]
        if addressee and addressee != writer and _YOU_OBJECT.search(told):
            event.targets = [addressee]


def _signed_person(name: str) -> bool:
    """A writer who is a person: the gazetteer's, or a name it lacks that names nothing it knows ("Kuchta" under the
    cable of an embassy), not "US Embassy in Italy"."""
    return is_person(name) or lookup(name) is None and len(words := name.split()) <= 3 and all(w[:1].isupper() for w in words) \
        and not any(lookup(w) for w in words)


# "Dorticós telephoned me": a verb of which the keeper is the object (``writer_object_verbs``).
WRITER_OBJECT = compile_opening(r"\b(?:" + alternation(lexicon("en").get("writer_object_verbs") or []) + r")\s+me\b|\bI\s+was\s+(?P<passive>"
                                + alternation(lexicon("en").get("writer_object_verbs") or []) + r")\s*(?:,[^,.;]{0,40},\s*)?by\b")
_TURN_LABEL = re.compile(r"^[^.:]{1,60}:\s")
_THAT_CLAUSE = re.compile(r"\bthat\b")
_SAID_TO_THE_KEEPER = ("statement", "reply")


def _not_a_person(name: str) -> bool:
    """A state or a body the gazetteer knows ("North Vietnam", a party's Politburo): it publishes, it tells no keeper."""
    entity = lookup(name)
    return entity is not None and entity.kind != "person"
_TALK_NOUNS = "|".join(sorted((re.escape(w) for w in lexicon("en").get("conversation_nouns") or []), key=len, reverse=True))
# "PAK HEON-YEONG [Pak Hon Yong] was present at the meeting.", "Marshal Zhukov was also present at this conversation."
_PRESENT_AT = compile_opening(r"^\W*(?P<who>[^.;:]{2,120}?)\s+(?:was|were)\s+(?:also\s+)?present\s+(?:at|during)\s+(?:the|this|that|our)\s+(?:" + _TALK_NOUNS + r")\b")
# "The conversation took place in a cordial atmosphere.": the recorder tells of the talk itself, no speaker's turn goes on.
_TALK_NARRATED = compile_opening(r"^\W*(?:The|This|Our)\s+(?:" + _TALK_NOUNS + r")\s+(?:" + alternation(lexicon("en").get("talk_course_verbs") or []) + r")\b") \
    if lexicon("en").get("talk_course_verbs") else re.compile(r"(?!)")
# "NAM IL was also present.", after the sentence that told the writer was received: present at that meeting.
_PRESENT_ALONE = compile_opening(r"^\W*(?P<who>(?:[^.;:]|(?<=\b[A-Z])\.){2,80}?)\s+(?:was|were)\s+(?:also\s+)?present\s*\.?\s*$")
# "Present was H. Amin.", "Also present were Nam Il and Pak Chong Ae.": the same, the names after.
_PRESENT_FIRST = compile_opening(r"^\W*(?:Also\s+)?[Pp]resent\s+(?:also\s+)?(?:was|were)\s+(?:also\s+)?(?P<who>(?:[^.;:]|(?<=\b[A-Z])\.){2,80}?)\s*\.?\s*$")
# "The Minister of Foreign Affairs, Frederick Wills, was present.": an office told first, the name of its holder set off after it.
_OFFICE_FIRST = compile_opening(r"^\W*(?i:the|his|her|their|our)\s+[^,]{2,60},\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})\s*,?\s*$")
# "Taraki received me in the presence of Amin": one more at the meeting the sentence tells of.
_IN_PRESENCE = compile_opening(r"\bin\s+the\s+presence\s+of\s+(?P<who>(?:[^.;:,]|(?<=\b[A-Z])\.){2,80}?)(?=\s+(?:and|who|at|in|on)\b|[.,;:]|$)")
# "JAROSZEWICZ joined us half an hour later.", after the sentence that told the writer was received: at that meeting too.
_JOINED_TALK = compile_opening(r"^\W*(?P<who>[^.;:]{2,80}?)\s+(?:also\s+|later\s+)?(?:" + alternation(lexicon("en").get("joined_talk") or [])
                               + r")\b[^.;:]{0,40}\.?\s*$")
# The talk a sentence tells of, and with whom: "I had a meeting with KIM IL SUNG".
_TALK_WITH_NAME = compile_opening(r"\b(?:" + _TALK_NOUNS + r"|met)\s+with\s+(?P<whom>[^.;:]{2,80})")


def _from_last_told(rows: list[EventDraft], earlier: list[EventDraft], sentence: str, language: str | None,
                    texts: list[str] | None = None) -> None:
    """"As you know, on Tuesday, October 25, United States forces landed ... The workers resisted for more than
    twenty-four hours.": a span counted forward from the day the text last told, in a letter that speaks from its own
    day (tense_sentence dates it from the day the story is on, the letter's own when no clause moved it)."""
    if language not in (None, "en") or not any(r.date_kind == "range" for r in rows) or (last := last_dated(earlier)) is None:
        return
    if (forward := next((c for c in read_cues(sentence, language) if c.kind == "counted_span" and c.forward), None)) is None:
        return
    last = sentence_opened_on(last, earlier, texts) or last  # "On the afternoon of 21 March ... the election of 17 March.
    # Within an hour ...": from the day the last sentence opened on, not the day of the thing it named after it
    for row in rows:
        if row.date_kind == "range" and row.start_date is not None and last.start_date < row.start_date:
            row.start_date, row.end_date = last.start_date, last.start_date + timedelta(days=forward.days)


def _join_meeting(events: list[EventDraft], doc: ParsedDocument, index: int, present: list[str]) -> None:
    """Those a sentence says were present at the meeting join the rows of the meeting the sentence before told of: the
    rows that have among their actors the one it was held with."""
    for event in events[-4:]:
        if event.block not in (index, index - 1):
            continue
        talk = _TALK_WITH_NAME.search(doc.blocks[event.block].text, event.evidence_start, event.evidence_end)
        if talk and set(clause_names(talk["whom"], doc.blocks[event.block].language)) & set(event.sources + event.targets):
            event.targets += [n for n in present if n not in event.sources + event.targets]


def _record_speakers(doc: ParsedDocument, context: Context) -> list[str]:
    """The people a record written by one who took part tells as speaking ("Mao Zedong noted that ...", "Zhou Enlai, in
    his turn, said ..." in a memorandum of a conversation with Mao Zedong): they took part in its conversation, whether
    or not its heading names them. None for the minutes of a body, whose speakers are its members, nor for a talk with a
    group ("the conversations with Com. Tito and other Yugoslav leaders"), whose speakers are of it."""
    if not (context.is_record and context.senders and not context.body):
        return []
    if not all(is_person(n) for n in participants_named(doc, "")):
        return []
    spoke = []
    for block in doc.blocks:
        if block.section_type in ("header", "trailer") or block.passage_type not in TEXT_BLOCKS or block.language not in (None, "en"):
            continue
        spoke += [m.entity.name for m in find_mentions(block.text) if m.entity.kind == "person" and _SPOKE.match(block.text, m.end)]
    return [n for n in dict.fromkeys(spoke) if n not in context.senders]


# A person's name, then his saying: "Mao Zedong noted", "Zhou Enlai, in his turn, said", "Mao then spoke".
_SPOKE = compile_opening(r"(?:\s*,[^,.;:]{1,30},)?\s+(?:\w+ly\s+|also\s+|then\s+)?(?:" + SPEECH_VERBS + r")\b")


def _once(events: list[EventDraft]) -> list[EventDraft]:
    """One row per happening a span tells: two methods reading the same words as the same kind of act on the same
    days ("Memorandum of Conversation with ... MAO ZEDONG" as the record's meeting and as a dated line) give one row,
    the surer reading with its actors."""
    best: dict[tuple, EventDraft] = {}
    for event in events:
        key = (event.block, event.evidence_start, event.evidence_end, event.event_type, event.start_date, event.end_date, event.date_kind)
        kept = best.get(key)
        if kept is None or (event.confidence, len(event.sources) + len(event.targets)) > (kept.confidence, len(kept.sources) + len(kept.targets)):
            best[key] = event
    chosen = {id(e) for e in best.values()}
    kept = [e for e in events if id(e) in chosen]
    dropped = set()
    for fragment in kept:
        whole = next((other for other in kept if id(other) not in dropped | {id(fragment)} and _read_whole(fragment, other)), None)
        if whole is not None:  # the fragment's row, whose words are the act's own
            dropped.add(id(whole))
    return [e for e in kept if id(e) not in dropped]


def _read_whole(fragment: EventDraft, whole: EventDraft) -> bool:
    """A row whose words lie within the words of another row of the same passage, read as the same kind of act on the
    same days ("headed by Comrade Jaroszewicz" in "Our delegation for economic talks, headed by Comrade Jaroszewicz,
    will leave for Moscow ..."): one happening, told by one row, the fragment's, whose words are the act's own (the
    sentence's row naming the same people or no one). A clause whose people differ ("..., Ulbricht said, Khrushchev
    met Kennedy") is another."""
    return fragment is not whole and fragment.block == whole.block and fragment.event_type == whole.event_type \
        and (fragment.start_date, fragment.end_date) == (whole.start_date, whole.end_date) \
        and (set(fragment.sources + fragment.targets) == set(whole.sources + whole.targets) or not whole.sources + whole.targets) \
        and whole.evidence_start <= fragment.evidence_start and fragment.evidence_end <= whole.evidence_end \
        and fragment.evidence_end - fragment.evidence_start < whole.evidence_end - whole.evidence_start \
        and not (whole.method == "document_act" and whole.evidence_start == 0 < fragment.evidence_start and fragment.method == "tense_sentence")
    # a speaker's turn ("Comrade Le Duc Tho reported on the delegation's visit ... He said that on 23 November ...") and
    # his saying again later in it: two sayings, the turn's row not read as the later one's


def _received_on_its_day(event: EventDraft, parts: list) -> None:
    """A message received on or before the day the text speaks from, when the sentence that tells it announces a
    message of that same day ("I received a short message from Brezhnev to the President." over a letter signed
    October 19, in a call of October 19): it cannot have come before it was written, so it came that day."""
    if event.event_type != "message_received" or event.date_kind != "upper_bound" or event.start_date is not None:
        return
    if any(
        part.day == event.end_date and part.announcement[0] == event.block
        and part.announcement[1] < event.evidence_end and event.evidence_start < part.announcement[2]
        for part in parts
    ):
        event.start_date, event.date_kind = event.end_date, "exact"


# The readers of a document's own lines (its place-and-date line, its handling and recorder's lines) and the readers of
# its sentences: a line one of the first read ("Recorded by: J. Vodička", "Rangoon, 4 September 1956") is that line's
# happening alone, not a second one a sentence reader made of the same words.
_LINE_READERS = frozenset({"cable_trailer", "cable_header", "document_metadata"})
_SENTENCE_READERS = frozenset({"dated_sentence", "tense_sentence", "undated_sentence", "relative_date"})


def _read_as_a_line(events: list[EventDraft], doc: ParsedDocument) -> list[EventDraft]:
    """The events without a sentence reader's row of the very words a line reader made a row of, naming no party that
    row does not (a paragraph the document's own meeting is read from keeps the rows of its sentences)."""
    def words(e: EventDraft) -> str:
        return doc.blocks[e.block].text[e.evidence_start: e.evidence_end].strip(" \t\n.,;") if e.block < len(doc.blocks) else ""

    lines: dict[tuple[int, str], set[str]] = {}
    for e in events:
        if e.method in _LINE_READERS and e.evidence_end > e.evidence_start:
            lines.setdefault((e.block, words(e)), set()).update(e.sources + e.targets)
    if not lines:
        return events
    return [e for e in events if e.method not in _SENTENCE_READERS or (key := (e.block, words(e))) not in lines
            or not set(e.sources + e.targets) <= lines[key]]  # a sentence row that names parties the line's row lacks
    # ("the Moscow meeting [on 9-10 June 1967]" read as the leaders' meeting) keeps them


def _stamped_sending(own: EventDraft, rest: list[EventDraft]) -> bool:
    """A handling stamp of the trailer logs the message's sending on its day ("Sent 14/I-67 at 12:10.")."""
    return any(e.method == "cable_trailer" and e.event_type == "message_sent" and e.start_date == own.start_date
               and e.date_kind == "exact" for e in rest)


def _told_again(own: EventDraft, rest: list[EventDraft], office: list[str] | None = None) -> bool:
    """The title's sending that a line of the document tells itself: one happening, told by the line that dates it.
    A mission's cable its head signs (``office``: the mission) is sent by the mission: the envoy's own sayings in it
    ("I told the King ...") are his, not its sending told again.

    "Sent by wire on 10/14/50 at 03:15 a.m." under "Ciphered Telegram, Shtykov to Feng Xi", or a stamp of the
    telegram's sending in the days after its date ("Sent 17.7.52 18:45" under a cable of 16 July). A stamp of its
    receipt ("received 1500 13 July 1951") is another happening, and so is another writer's message ("We received
    your telegram of 3 July" in Stalin's reply of that day).
    """
    if own.event_type != "message_sent" or own.start_date is None:
        return False
    handled_by = (own.end_date or own.start_date) + timedelta(days=_TRANSIT_DAYS)
    senders = set(office or own.sources)
    if own.precision in ("month", "year") and any(
        e.method == "document_act" and (e.start_date, e.end_date) == (own.start_date, own.end_date) and e.sources and set(e.sources) <= set(own.sources)
        for e in rest
    ):
        return True  # a letter known only to its month ("We warmly thank you ...", June 1961): its acts are its sending's
    return any(
        e.event_type == "message_sent" and e.precision in ("day", "minute") and e.start_date is not None
        and e.date_kind != "approximate" and (  # "Repeated to Paris and London": copies to others about that day
            (e.start_date == own.start_date and e.sources and set(e.sources) == senders
             and not (e.targets and own.targets and not set(e.targets) & set(own.targets)))  # "I told him I would so
            # inform Washington": the writer's saying to another, not the sending to the cable's addressees
            or (e.method in _HANDLING_METHODS and own.start_date - timedelta(days=1) <= e.start_date <= handled_by
                and not set(e.sources) - senders)  # "dispatched 1.3.1966 at 2140 hrs" under a cable dated by
            # its receipt the next day: the stamp is the sending
        )
        for e in rest
    )


def is_place_dateline(text: str, day_text: str | None) -> bool:
    """A line that gives only the place a message was written at and its day, perhaps its hour ("Dar es Salaam, 14th
    December, 1965", "Moscow, the Kremlin, 17 September 1965", "Tehran, May 16, 1951—5 p.m."): no sentence."""
    text = text.strip()
    if not day_text or len(text) >= 80 or (at := text.find(day_text)) <= 0:
        return False
    before, after = text[:at].strip(), text[at + len(day_text):]
    return before.endswith(",") and len(before) <= 50 and not re.search(r"[^\W\d_]{2}", after) \
        and len(find_dates(text)) == 1 and before[:1].isupper()


def _sent_by_a_head_line(events: list[EventDraft], doc: ParsedDocument) -> list[EventDraft]:
    """A message's sending read from its title ("Botschafter Allardt, Moskau, an das Auswärtige Amt", "Code telegram from
    the Department of External Affairs to the Permanent Mission ...", "電信写") when a short line of its head, among the
    lines between the title and the text, dates that sending on the same day as a line of its own and another reader
    made a row of it: a labelled sending line ("Aufgabe: 8. März 1969, 13.20 Uhr", "発信：昭和四十八年十月九日 二十三時十分",
    "Data: 14.III.1972, ora 18.40", "Afsendt den 12. marts 1968 kl. 17.20") or a dateline the place-and-day reader does
    not take for one ("(No. 214) DUBLIN, 9 November 1960", "Il Cairo, 28 luglio 1956, ore 14,30"). One happening, told by
    the line: the line's row is the sending, with the title's parties; the title only names the paper. A line of the
    receipt or of another hand (a label a language file or the line's shape reads as such) is no sending."""
    own = next((e for e in events if e.method == "document_metadata" and e.event_type == "message_sent" and e.block == doc.title_block
                and e.date_kind in (None, "exact") and e.start_date is not None and e.precision in ("day", "minute")), None)
    if own is None or doc.title_block is None:
        return events
    kinds = {s.block: s.kind for s in shaped_lines(doc)}
    under = range(doc.title_block + 1, min(len(doc.blocks), doc.title_block + _DATELINE_REACH + 1))
    over = range(doc.title_block - 1, max(-1, doc.title_block - _DATELINE_REACH - 1), -1)
    for side in (under, over):  # the lines under the title first, then those over it, each to the text
        for index in side:
            text = doc.blocks[index].text.strip()
            if side is under and index + 1 < len(doc.blocks) and _form_line(doc.blocks[index + 1]):
                continue  # the site's summary between the edition's title and the cable's own head ("The embassy reports
                # ..." over "CIPHERED TELEGRAM No. 4417" / "Rangoon, dispatched 27.7.1988 at 18.20 local time")
            if len(text) >= _BODY_LINE or text.endswith(_TEXT_LINE_ENDS):
                break  # the text has begun: no line of the head beyond
            dated = [e for e in events if e.block == index and e is not own and e.start_date is not None]
            if not dated:
                continue
            line = dated[0]
            told = _evidence(line, doc).strip()
            if len(dated) == 1 and len(find_dates(text, own.start_date.year)) == 1 and told and text.endswith(told) \
                    and line.method in _SENTENCE_READERS and line.date_kind in (None, "exact") \
                    and (line.start_date, line.end_date) == (own.start_date, own.end_date) \
                    and line.event_type in ("statement", "message_sent", "other") and kinds.get(index) in (None, "message_sent"):
                if line.event_type == "statement":  # a line no label reader knew: the sending, the heading's parties
                    line.event_type = "message_sent"  # (a stamp read by its shape keeps its kind and hands, "other")
                    if own.sources or own.targets:
                        line.sources, line.targets = list(own.sources), list(own.targets)
                return [e for e in events if e is not own]
            break  # the side's first dated line is not the sending's own line
    return events


def _apposed_days(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A day counted from another ("Two weeks later", "Накануне приезда гостей", "Másnap", "三天后", "only ten days ago")
    that the sentence names itself right after it, set off by a comma ("Two weeks later, on 29 May, he was shot",
    "Накануне сборища, 4 декабря, с ним была проведена беседа", "Másnap, augusztus 18-án ...", "三天后，即八月十二日，..."):
    the day named is the day of the act, whatever the count from the story's last day gives (a count from the wrong
    anchor, or from a day the page does not tell). The counted reading, cut at that comma, takes the named day."""
    for event in events:
        if event.method != "relative_date" or event.start_date is None or event.block >= len(doc.blocks):
            continue
        text = doc.blocks[event.block].text
        told = text[event.evidence_start: event.evidence_end]
        at = told.find(event.date_text) if event.date_text else -1
        if at < 0 or len(told[at + len(event.date_text):].split()) > 2:
            continue  # the count is not what stands before the comma ("... lowered the flag, and on 1 August ...")
        rest = text[event.evidence_end:]
        comma = len(rest) - len(rest.lstrip())
        if rest[comma: comma + 1] not in (",", "\uff0c"):
            continue
        after = rest[comma + 1:]
        named = next((d for d in find_dates(after, event.start_date.year) if d.precision in ("day", "minute")), None)
        if named is None or named.start_date is None or named.start_date == event.start_date:
            continue
        between = after[: named.start].strip()
        if len(between) > _APPOSED_MARK or " " in between:
            continue  # at most a preposition before the day ("on", "即"): "two days later, and on 18 January" is another clause's
        closes = after[named.end: named.end + 1]
        if closes and closes not in (",", "\uff0c", ".", "\u3002", " "):
            continue
        event.dated(named)


def _form_line(block) -> bool:
    """A short line that names a message's form with its number, no date ("CIPHERED TELEGRAM No. 4417", "CIPHERGRAM No.
    2186", "ШИФРТЕЛЕГРАММА"): the head of the message itself begins there."""
    text = block.text.strip()
    return len(text) < 40 and not find_dates(text) and document_type_of(text) in SENT_TYPES


_APPOSED_MARK = 3  # the letters of the word that may stand between the comma and a day set beside a count ("on", "即")
_TEXT_LINE_ENDS = (".", "!", "?", "\u3002", "\uff01", "\uff1f", ":")  # a line of the text, or one that opens a list
_BODY_LINE = 80  # a line of the message's text, not of its head


def _dateline_row(own: EventDraft, rest: list[EventDraft], doc: ParsedDocument) -> EventDraft | None:
    """The row a dated-sentence reader made of the message's own dateline, when the message's sending is read from its
    heading ("Letter from President X to Prime Minister Y", "CIPHERED TELEGRAM"): the line that dates the sending tells it,
    the heading only names the message. Its date is the heading's; a heading with no date of its own takes the line's
    from right under it ("The Ambassador in Iran (Grady) to the Department of State" over "Tehran, May 16, 1951—5 p.m.")."""
    if own.event_type != "message_sent" or own.method != "document_metadata" or own.block != doc.title_block:
        return None
    for e in rest:
        if e.method != "dated_sentence" or e.start_date is None or e.precision not in ("day", "minute") or e.block >= len(doc.blocks):
            continue
        if own.start_date is not None and (e.start_date, e.end_date) != (own.start_date, own.end_date):
            continue
        if own.start_date is None and not own.block < e.block <= own.block + _DATELINE_REACH:
            continue
        if is_place_dateline(doc.blocks[e.block].text, e.date_text) and _evidence(e, doc).strip() == doc.blocks[e.block].text.strip():
            return e
    return None


_DATELINE_REACH = 8  # the short lines under a message's heading, before its text begins


_TRANSIT_DAYS = 3  # a cable is stamped sent, received and deciphered within days of its date
_HANDLING_METHODS = ("cable_header", "cable_trailer", "dated_sentence")


_WRITER_PERFECT = row_filter.WRITER_PERFECT  # "I have asked", "We have already informed": the writer's own act


_SINCE_WORD = compile_opening(r"\b(?:" + (alternation(lexicon("en").get("since_openers") or []) or "(?!)") + r")\b", re.IGNORECASE)
_JOINED_CLAUSE = compile_opening(r"[,;]\s*(?:" + (alternation(lexicon("en").get("day_clause_joiners") or []) or "(?!)") + r")\s|;")


def _writer_perfect_of_a_dated_thing(event: EventDraft, doc: ParsedDocument, context: Context) -> EventDraft | None:
    """The writer's own act told in the present perfect, its sentence's day that of a thing it names, told in a clause of
    its own after it ("I have also read the statement you made in Parliament on 23rd February"): the statement's row keeps
    its day; the writer's reading is a row of its own, on or before the day he writes, as a perfect with no day of its own
    ("I have received"). Not where the day is the thing's name ("I have received your letter of
    14th March"): no verb of its own between."""
    if not context.is_message or context.letter_date is None or event.method not in ("dated_sentence", "relative_date") \
            or event.date_kind != "exact" or event.start_date is None or event.start_date >= context.letter_date \
            or not event.date_text or event.block >= len(doc.blocks):
        return None
    told = _evidence(event, doc)
    perfect = _WRITER_PERFECT.match(told)
    at = told.find(event.date_text)
    if perfect is None or at < perfect.end() or _SINCE_WORD.search(perfect.group()) or not any(
            c.kind == "past" and perfect.end() < c.start and c.end <= at and not _JOINED_CLAUSE.search(told, perfect.end(), c.start)
            for c in read_cues(told[:at], "en")):
        return None  # "We have since added a squadron ...": a course from the last day told; "I have discussed it with my
        # colleagues, and Cabinet considered the question on Thursday": a clause of its own, its own subject
    done = copy(event)
    done.method, done.date_text, done.inferred = "tense_sentence", None, True
    done.start_date, done.end_date, done.precision, done.date_kind = None, context.letter_date, "day", "upper_bound"
    done.sources, done.targets = list(context.senders), []
    return done


_ALREADY_ZH = compile_opening("|".join(map(re.escape, lexicon("zh").get("already_clause_marks") or [])) or "(?!)")
_DATED_CLAUSE_JOINER_ZH = compile_opening(
    "[\uff0c\uff1b](?:" + ("|".join(map(re.escape, lexicon("zh").get("already_clause_joiners") or [])) or "(?!)") + ")")


def done_before_a_dated_clause(sentence: str, at: int | None = None) -> str | None:
    """The clause told as done already before the joined clause whose day is at ``at`` (the first date, if not given)
    ("军方已宣布全国实行紧急状态，关闭机场和边界，并于昨（六）日晚宣布……": "军方已宣布全国实行紧急状态，关闭机场和边界"), None
    where no such clause stands before the day (zh.yaml already_clause_joiners)."""
    if at is None:
        dates = find_dates(sentence, 1960, 1)
        if not dates:
            return None
        at = dates[0].start
    joiner = next((j for j in _DATED_CLAUSE_JOINER_ZH.finditer(sentence, 0, at) if at - j.end() <= 3), None)  # the day right
    # after the joiner, a relative word and a bracket at most before the day's figure
    if joiner is None or not _ALREADY_ZH.search(sentence, 0, joiner.start()) or find_dates(sentence[: joiner.start()], 1960, 1):
        return None
    return sentence[: joiner.start()]


def _done_before_a_dated_clause(event: EventDraft, doc: ParsedDocument, context: Context) -> EventDraft | None:
    """A Chinese sentence's act told as done already before the clause its day dates (``done_before_a_dated_clause``): a
    row of its own, on or before the day the cable is written."""
    if context.letter_date is None or event.method != "dated_sentence" or event.date_kind != "exact" \
            or event.start_date is None or event.start_date > context.letter_date or not event.date_text \
            or event.block >= len(doc.blocks) or doc.blocks[event.block].language != "zh":
        return None
    told = _evidence(event, doc)
    at = told.find(event.date_text)
    if at < 0 or (first := done_before_a_dated_clause(told, at)) is None:
        return None
    done = copy(event)
    done.evidence_end = event.evidence_start + len(first)
    done.method, done.date_text, done.inferred = "tense_sentence", None, True
    done.start_date, done.end_date, done.precision, done.date_kind = None, context.letter_date, "day", "upper_bound"
    done.sources, done.targets = list(event.sources), list(event.targets)
    return done


def _evidence(event: EventDraft, doc: ParsedDocument) -> str:
    return doc.blocks[event.block].text[event.evidence_start: event.evidence_end]


def _names_the_record(event: EventDraft, own: list[EventDraft], doc: ParsedDocument) -> bool:
    """A heading that names the record with its date ("周总理、陈毅副总理同柯西金等第一次接触谈话记录(一九六五年二月五日)") when
    another line ("时间:一九六五年二月五日十五时") gives the meeting's row: the meeting, told once. A heading is a line
    that ends with no full stop."""
    return event.method == "dated_sentence" and any(
        o.event_type == "meeting" and o.block != event.block and o.start_date == event.start_date for o in own
    ) and len(text := doc.blocks[event.block].text.rstrip()) < 200 and text[-1:] not in ".。!?！？" and bool(RECORD_WORDS.search(text))


# An undated row whose sentence tells no happening but an intention denied, a likelihood or a promise to report
# later ("China did not intend to attack Taiwan", "the army will probably move cautiously", "the final stage could take
# place in late June", "Embassy will report further as plenum proceeds"): no event, nor a plan the text presents as
# decided (unreal_words in en.yaml).
_UNREAL = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("unreal_words") or []).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)
_REPORT_LATER = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("unreal_report_words") or []).replace(r"\ ", r"\s+") or "(?!)")
                                + r")(?!\w)", re.IGNORECASE)
# The time to come a promise to report may name ("tomorrow", "this evening", "next week"): en.yaml plan_times but the
# vague ones ("soon", "in due course"), and clause_plan_times.
_REPORT_TIME = compile_opening(r"(?<!\w)(?:" + alternation(
    [w for w in lexicon("en").get("plan_times") or [] if w.lower() not in {v.lower() for v in [*(lexicon("en").get("plan_times_vague") or []),
                                                                                                 *(lexicon("en").get("plan_times_not_alone") or [])]}]
    + list(lexicon("en").get("clause_plan_times") or [])).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)


def tells_no_happening(text: str) -> bool:
    """An intention denied, a likelihood or a promise to report later (the check of unreal_words' and
    unreal_report_words' examples); not a promise to report at a time it names ("I will report further tomorrow."): the
    writer's plan, an undated row."""
    return bool(_UNREAL.search(text)) or (_REPORT_LATER.search(text) is not None and _REPORT_TIME.search(text) is None)


# A record's line that only tells its meeting again ("The conversation lasted about an hour.", "На беседе присутствовал
# ...", meeting_told_again in en.yaml and ru.yaml).
_TOLD_AGAIN = compile_opening(
    r"(?<!\w)(?:" + alternation([w for lang in ("en", "ru") for w in lexicon(lang).get("meeting_told_again") or []]).replace(r"\ ", r"\s+")
    + r")(?!\w)", re.IGNORECASE,
)


def tells_the_meeting_again(text: str) -> bool:
    """A line that tells how long the record's meeting lasted, or who was present at it (meeting_told_again's check)."""
    return bool(_TOLD_AGAIN.search(text))


_FULL_STOPS = (".", "!", "?", "\u3002")


def _meeting_told_again(events: list[EventDraft], doc: ParsedDocument, context: Context) -> list[EventDraft]:
    """A record's meeting is one happening: once a sentence of its text has told something on its day ("On 22 September
    I was received by the Prime Minister."), a later line that only says how long it lasted or who was present at it restates
    that meeting and makes no row of its own (the first line of a record that tells its meeting so is kept)."""
    day = context.occasion
    if not context.is_record or day is None or context.occasion_precision != "day":
        return events

    def again(e: EventDraft) -> bool:
        return e.method == "tense_sentence" and e.block < len(doc.blocks) and (e.start_date or e.end_date) == day \
            and tells_the_meeting_again(_evidence(e, doc))

    def sentence(e: EventDraft) -> bool:  # a sentence of the record's text, not its heading or a dateline
        return e.method != "document_metadata" and e.block < len(doc.blocks) and doc.blocks[e.block].text.rstrip().endswith(_FULL_STOPS)

    told = [(e.block, e.evidence_start) for e in events if e.start_date == day and not again(e) and sentence(e)]
    return [e for e in events if not (again(e) and any(at < (e.block, e.evidence_start) for at in told))]


def _trailer_read_again(event: EventDraft, events: list[EventDraft], doc: ParsedDocument) -> bool:
    """A line the trailer reader has read as the document's handling ("Recorded by: J. Novák" as the record's writing
    at its foot; an airgram's form line "Drafted: IO/UNP:JMcCaffrey:11/13/75 ext. 21452") is not read again as a sentence
    of the story: one line, one row (the trailer's). So is an edition's drafting line the trailer reader read from its
    label ("Drafted in ARA/CEN on April 23; cleared by William D. Rogers."): its day is the drafting's, told by that row."""
    text = doc.blocks[event.block].text if event.block < len(doc.blocks) else ""
    return (event.method == "tense_sentence" or event.method == "dated_sentence" and is_form_hand_line(text)) and any(
        o.method == "cable_trailer" and o.block == event.block and o.evidence_start < event.evidence_end and event.evidence_start < o.evidence_end
        for o in events
    ) or event.method == "dated_sentence" and any(
        o.method == "cable_trailer" and o.block == event.block and o.evidence_start == event.evidence_start and drafts_at(text, o.evidence_start)
        for o in events
    )


def _signed_under_a_dateline(event: EventDraft, events: list[EventDraft], doc: ParsedDocument) -> bool:
    """A memorandum's bare signature under its text ("William P. Rogers") when the line under its title has already
    dated its writing ("Washington, April 21, 1971."): the same act, the writer's, read once from that line."""
    signature = doc.signature
    return event.method == "cable_trailer" and event.event_type == "report" and doc.document_type == "memorandum" \
        and signature is not None and signature.date is None and event.block == signature.name_block \
        and any(o.method == "document_metadata" and o.event_type == "message_sent" and o.start_date == event.start_date
                and o.block != event.block for o in events)


def _unreal_undated(event: EventDraft, doc: ParsedDocument) -> bool:
    return event.start_date is None and event.end_date is None and event.block < len(doc.blocks) \
        and tells_no_happening(doc.blocks[event.block].text[event.evidence_start: event.evidence_end])


# A line that only says a paper goes with the document ("Проект распоряжения прилагается.", "The draft resolution is
# attached."): the document's apparatus, no happening (enclosure_words in en.yaml and ru.yaml).
_ENCLOSURE = compile_opening(
    r"^\W*[^.;:!?]{0,80}?(?<!\w)(?:" + alternation([w for lang in ("en", "ru") for w in lexicon(lang).get("enclosure_words") or []]).replace(r"\ ", r"\s+")
    + r")\W*$", re.IGNORECASE,
)


_VISIT = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("visit_verbs") or []).replace(r"\ ", r"\s+") or "(?!)") + r")(?!\w)")
_SAYING_SUBJECT_WORDS = 4  # "Captain Zotov said ...", "He asked ...": the sayer, then the verb


def tells_a_visit(text: str) -> bool:
    """Whether the sentence tells a visit or a meeting by its verb (the check of visit_verbs' examples)."""
    return _VISIT.search(text) is not None


def _sayings_at_the_visit(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """A report's visit told on its day ("Vice Consul Halloran saw subject the following day ..."): the plain sayings its
    passage tells after it with no day of their own ("He asked for vitamins and English reading matter.") were said at
    that visit, on its day, not on or before it; a saying of an earlier act ("He said he had signed a statement") is
    read by that act. A record's turns are read as its own."""
    if context.is_record:
        return
    for visit in [e for e in events if e.date_kind in ("exact", None) and e.start_date is not None and e.end_date == e.start_date
                  and e.block < len(doc.blocks) and doc.blocks[e.block].language in (None, "en")
                  and tells_a_visit(_evidence(e, doc))]:
        told = doc.blocks[visit.block].text
        following = visit.block + 1  # the next passage goes on with the visit where its first saying's sayer is one the
        # visit's passage named ("... in the presence of a KGB investigator, Captain Yu. P. Zotov" / "4. Charges. Captain
        # Zotov said subject would probably be charged ..."), and no row of it has a day of its own
        goes_on = following < len(doc.blocks) and not any(e.block == following and e.date_kind not in ("upper_bound", "undated")
                                                          for e in events)
        sayer_present = False
        for event in sorted(events, key=lambda e: (e.block, e.evidence_start)):
            if event.block not in (visit.block, following) or (event.block == visit.block and event.evidence_start < visit.evidence_end) \
                    or event.method != "tense_sentence" or event.date_kind != "upper_bound":
                continue
            said = _evidence(event, doc).strip()
            cues = read_cues(said, "en")
            if not (cues and cues[0].kind == "speech" and len(said[: cues[0].start].split()) <= _SAYING_SUBJECT_WORDS
                    and said[:1].isupper() and not looks_back(said)):
                continue
            if event.block == following:
                named = [w for w in said[: cues[0].start].split()[1:] if w[:1].isupper()]
                sayer_present = sayer_present or bool(named) and all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", told) for w in named)
                if not (goes_on and sayer_present):
                    continue
            elif event.end_date != visit.start_date:
                continue
            event.on(visit.start_date).date_kind = "exact"


# A relative aside after a comma that tells the attachment of what the sentence's act produced ("issued a statement to
# the press, a copy of which is attached"): en.yaml enclosure_asides.
_ENCLOSURE_ASIDE = compile_opening(
    r",\s*(?:" + (alternation(lexicon("en").get("enclosure_asides") or []).replace(r"\ ", r"\s+") or "(?!)") + r")\s+\w+\s+\w+\W*$",
    re.IGNORECASE,
)


def is_enclosure_note(text: str) -> bool:
    """A sentence that only says a paper is attached (the check of enclosure_words' examples); not an act told with
    the attachment in an aside after it."""
    return bool(_ENCLOSURE.match(text.strip())) and not _ENCLOSURE_ASIDE.search(text.strip())


# A letter's courtesy close ("Please accept, Excellency, the assurances of my highest consideration.", "I wish you, dear
# comrade, long years of health"): the formula's opener at the sentence's start, perhaps a vocative, then a word of the
# formula (courtesy_openers, courtesy_words in en.yaml and ru.yaml). Politeness, no happening.
def _courtesy_pattern(language: str) -> re.Pattern | None:
    lex = lexicon(language)
    openers, formula = lex.get("courtesy_openers") or [], lex.get("courtesy_words") or []
    if not openers or not formula:
        return None
    titled = alternation(lex.get("abbreviations") or []) or "(?!)"  # "Please accept, Mr. President and dear brother, ..."
    return compile_opening(r"^\W*(?:" + alternation(openers).replace(r"\ ", r"\s+") + r")(?!\w)(?:(?<!\w)(?:" + titled
                           + r")\.|[^.;!?]){0,80}?(?<!\w)(?:" + alternation(formula).replace(r"\ ", r"\s+") + r")", re.IGNORECASE)


_COURTESY = {language: _courtesy_pattern(language) for language in ("en", "ru")}
# A letter's valediction above its signature ("With my renewed thanks and warm personal regards,"): the whole line, a
# valediction word in it and a comma closing it (valediction_openers, valediction_words in en.yaml).
_VALEDICTION = compile_opening(
    r"^\W*(?:" + alternation(lexicon("en")["valediction_openers"]) + r")\s[^.;:!?\n]{0,80}?(?<!\w)(?:"
    + alternation(lexicon("en")["valediction_words"]) + r")(?!\w)[^.;:!?,\n]{0,80},\s*$", re.IGNORECASE)


def is_courtesy_close(text: str, language: str | None = None) -> bool:
    """A letter's closing formula or valediction (the check of courtesy_openers' and valediction_openers' examples)."""
    patterns = [_COURTESY[language]] if language in _COURTESY else list(_COURTESY.values())
    if language in (None, "en") and _VALEDICTION.match(text.strip()):
        return True
    return any(pattern is not None and pattern.match(text.strip()) for pattern in patterns)


def _courtesy(event: EventDraft, doc: ParsedDocument) -> bool:
    return event.block < len(doc.blocks) and is_courtesy_close(_evidence(event, doc), doc.blocks[event.block].language)


def _heading_goes_on(event: EventDraft, doc: ParsedDocument) -> bool:
    """A sentence reader's row of the line that carries a heading on ("СПРАВКА" / "о событиях в ... (январь 1986 г.)",
    "RECORD OF CONVERSATION" / "with the Prime Minister of ..., 22 September 1971"): under a heading in capitals or the
    document's title, a line at the head of the page that opens in lower case and ends with no full stop names the paper
    and the day it is about; the record's own lines tell what happened."""
    if event.method not in _SENTENCE_READERS or event.block >= min(len(doc.blocks), _HEAD_BLOCKS):
        return False
    text = doc.blocks[event.block].text
    start = text.rfind("\n", 0, event.evidence_start) + 1
    end = text.find("\n", event.evidence_end)
    line = text[start: end if end >= 0 else len(text)].strip()
    if not line[:1].islower() or len(line) >= 200 or line.endswith(_SENTENCE_STOPS):
        return False
    if start > 0:
        above, above_block = text[:start].rstrip().rsplit("\n", 1)[-1].strip(), event.block
    elif event.block > 0:
        above, above_block = doc.blocks[event.block - 1].text.strip().rsplit("\n", 1)[-1].strip(), event.block - 1
    else:
        return False
    return bool(above) and len(above) < 120 and not above.endswith(_SENTENCE_STOPS) and (
        above.isupper() or (above_block == doc.title_block and bool(doc.title) and normalize_space(doc.title) in normalize_space(above)))


_HEAD_BLOCKS = 16  # the lines a page opens with: its headings
_SENTENCE_STOPS = (".", "!", "?", "\u3002", "\uff01", "\uff1f", ":", ";")


# The writer's advice to those he reports to: a paragraph labelled as his recommendation ("Recommendation:") or a
# line in which he (or he and others he names) recommends a course or asks for instructions ("I request instructions
# whether ...", "Cy, Andy Young and I recommend that ..."); in Russian the verb alone ("Прошу указаний", "Посольство
# считало бы целесообразным ..."). Counsel: the acts it recommends are no happenings; the line of his own verb is one,
# his proposal (advice_* in the language files; _advice_rows).
def _advice_pattern(language: str) -> re.Pattern | None:
    lex = lexicon(language)
    labels, verbs, subjects = (lex.get(k) or [] for k in ("advice_labels", "advice_verbs", "advice_subjects"))
    branches = []
    if impersonal := lex.get("advice_impersonal"):  # "It is proposed to send a delegation ...": the writer's, unnamed
        branches.append(r"^\W*(?:" + alternation(impersonal).replace(r"\ ", r"\s+") + r")\s+(?:to|that)\s")
    if passive := lex.get("advice_passive"):  # "Pick-up from Hazen is requested for 28 August at the latest": the writer's
        branches.append(r"^\W*(?:[\w'-]+\s+){1,6}(?:" + alternation(passive).replace(r"\ ", r"\s+") + r")\s+(?:to|that|for)\s(?![^.;:!?]*\bby\s+the\b)")
    if labels:
        branches.append(r"^\W*(?:" + alternation(labels).replace(r"\ ", r"\s+") + r")\s*:")
    if verbs and subjects:  # "I recommend", "Cy, Andy Young and I recommend": the writer among the subject's words
        branches.append(r"^\W*(?:[^.;:!?]{0,60}?\s)?(?:" + alternation(subjects) + r")\s+(?:" + alternation(verbs).replace(r"\ ", r"\s+") + r")(?!\w)")
    elif verbs:
        branches.append(r"^[^.;:!?]{0,80}?(?<!\w)(?:" + alternation(verbs).replace(r"\ ", r"\s+") + r")(?!\w)")
    return compile_opening("|".join(branches), re.IGNORECASE) if branches else None


_ADVICE = {language: _advice_pattern(language) for language in ("en", "ru")}


def gives_advice(text: str, language: str | None = None) -> bool:
    """The writer's comment, recommendation or request for instructions (the check of advice_labels' examples)."""
    patterns = [_ADVICE[language]] if language in _ADVICE else list(_ADVICE.values())
    return any(pattern is not None and pattern.match(text.strip()) for pattern in patterns)


def _advice_rows(advice: list[EventDraft], doc: ParsedDocument, context: Context) -> list[EventDraft]:
    """The writer's own recommendation or request for instructions in a line of its own verb ("I recommend that we
    state publicly tomorrow ...", "Полагал бы целесообразным направить ...", "Прошу указаний."): one row, his proposal
    on the day he writes (his other rows of the line, the acts he recommends, are counsel, no happening). None under a
    paragraph's label alone ("Recommendation:"), nor in a document of no day."""
    if doc.document_date is None or doc.document_date_precision not in (None, "day"):
        return []
    rows, seen = [], set()
    for e in sorted(advice, key=lambda e: (e.block, e.evidence_start, -e.evidence_end)):
        text = _evidence(e, doc)
        if (e.block, e.evidence_start) in seen or _ADVICE_LABEL.match(text.strip()):
            continue
        seen.add((e.block, e.evidence_start))
        row = EventDraft(e.block, "proposal", e.evidence_start, e.evidence_end, "document_act", 0.4).on(doc.document_date)
        row.date_kind = "exact"
        row.sources = list(context.senders)
        row.targets = [n for n in written_to(context) if n not in row.sources]  # advice is given to the one written to
        rows.append(row)
    return rows


_ADVICE_LABEL = compile_opening(r"^\W*(?:" + (alternation(w for lang in ("en", "ru") for w in lexicon(lang).get("advice_labels") or [])
                                              .replace(r"\ ", r"\s+") or "(?!)") + r")\s*:", re.IGNORECASE)


def _advice(event: EventDraft, doc: ParsedDocument) -> bool:
    return event.block < len(doc.blocks) and gives_advice(_evidence(event, doc), doc.blocks[event.block].language)


# A telegram repeating another (repeat_openers, quote_words, unquote_words in en.yaml): "FOLLOWING REPEAT BANGKOK 22418
# ACTION SECSTATE INFO CINCPAC 07 OCT 76." names the repeated telegram and its day, written as a cable writes it.
_REPEAT_LINE = compile_opening(
    r"^\W*(?:" + alternation(lexicon("en").get("repeat_openers") or ["(?!)"]).replace(r"\ ", r"\s+")
    + r")\b.*?\b(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3})[A-Za-z]*\.?\s+(?P<year>\d{4}|\d{2})\W*$", re.IGNORECASE)
_QUOTE_OPENS = compile_opening(r"^\W*(?:" + alternation(lexicon("en").get("quote_words") or ["(?!)"]) + r")\b", re.IGNORECASE)
_UNQUOTE = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("unquote_words") or ["(?!)"]) + r")\b", re.IGNORECASE)
_MONTH_ABBREVIATIONS = {calendar.month_abbr[n].lower(): n for n in range(1, 13)}


def repeated_message(text: str, year: int | None = None) -> date | None:
    """The day of the telegram a repeat line names ("FOLLOWING REPEAT BANGKOK 22418 ACTION SECSTATE INFO CINCPAC 07 OCT
    76.": 7 October 1976), a two-digit year read in the century of ``year``; None for any other line."""
    if not (m := _REPEAT_LINE.match(text.strip())) or (month := _MONTH_ABBREVIATIONS.get(m["month"].lower())) is None:
        return None
    written = int(m["year"])
    if written < 100:
        written += (year // 100 * 100) if year else 1900
    try:
        return date(written, month, int(m["day"]))
    except ValueError:
        return None


def opens_quoted_message(text: str) -> bool:
    """A passage that opens the text a repeat line named ("QUOTE C O N F I D E N T I A L BANGKOK 22418")."""
    return bool(_QUOTE_OPENS.match(text))


def closes_quoted_message(text: str) -> bool:
    """A passage in which the repeated text ends ("... WHITEHOUSE UNQUOTE KISSINGER")."""
    return bool(_UNQUOTE.search(text))


def _enclosure_note(event: EventDraft, doc: ParsedDocument) -> bool:
    return event.block < len(doc.blocks) and is_enclosure_note(_evidence(event, doc))


def _cut_at_an_initial(event: EventDraft, doc: ParsedDocument) -> bool:
    """A nominal act cut at the full stop of an initial or an abbreviation ("the withdrawal of U" of "U.S. forces", "the
    reply of N" of "N. S. Khrushchev", "15 января с" of "с.г."): a broken piece of the sentence's own row, no act."""
    if event.method != "undated_sentence" or event.block >= len(doc.blocks):
        return False
    text = doc.blocks[event.block].text
    return text[event.evidence_end: event.evidence_end + 1] == "." and bool(_LONE_LETTER_END.search(text, 0, event.evidence_end))


_LONE_LETTER_END = compile_opening(r"(?<!\w)[^\W\d_]$")


def _within_the_heading(event: EventDraft, own: list[EventDraft], doc: ParsedDocument, context: Context) -> bool:
    """A nominal act read inside the record's own heading ("RECORD / of the conversation between Comrade János Kádár and
    Comrade Todor Zhivkov / Sofia, ... 14 March 1975", "MINUTES / of the conversation between ..."): the record's own
    meeting, which the heading's row (or the record's lines on its time and place) tells once, on its day."""
    if event.method != "undated_sentence":
        return False
    if any(o.event_type == event.event_type and o.block == event.block
           and o.evidence_start <= event.evidence_start and event.evidence_end <= o.evidence_end for o in own):
        return True
    return context.is_record and event.event_type == "meeting" and event.start_date is None and event.block < len(doc.blocks) \
        and len(text := doc.blocks[event.block].text.rstrip()) < 200 and text[-1:] not in ".。!?！？" and bool(RECORD_WORDS.search(text))


def _meeting_told(own: EventDraft, rest: list[EventDraft], doc: ParsedDocument) -> bool:
    """A record's heading ("Memorandum of Conversation with ... MAO ZEDONG on 20 October 1949") whose text opens a
    sentence with that day ("On 20 October at 2000 hours, the Ambassador was invited to dinner ..."): the sentence
    tells the meeting, the heading only names it. A meeting of several days is more than its first day's sentence.
    So too a diary's record ("Запись беседы с министром ..." over "28 ноября 1975 г.") whose text's first sentence, of
    that day, is the writer's meeting ("Принят в президентском дворце по моей просьбе.", "Сегодня был принят ...",
    ``met_writer_opening``, ``met_openers`` + ``met_writer`` in ru.yaml)."""
    if own.event_type != "meeting" or own.start_date != own.end_date:
        return False
    if any(e.method == "dated_sentence" and e.block > own.block and e.start_date == own.start_date and e.date_text
           and re.match(r"\W*On\s+(?:the\s+)?" + re.escape(e.date_text), _evidence(e, doc)) for e in rest):
        return True
    first = min((e for e in rest if e.block > own.block), key=lambda e: (e.block, e.evidence_start), default=None)
    return first is not None and first.start_date == own.start_date and first.end_date in (None, own.start_date) and (
        _RU_MET_OPENING.match(text := _evidence(first, doc)) is not None or _RU_MET.match(text) is not None)


# A meeting's agenda: its label alone on its line ("Agenda:", "Повестка дня:", "议程：", agenda_labels in en.yaml, ru.yaml,
# zh.yaml) and the numbered items under it ("1. The situation in Indonesia after the events of 30 September.", "2.
# Information on the visit of the delegation to Finland"), numbered on from 1, each short: the topics the meeting takes
# up, not happenings. The items end where the numbering starts again ("1. Frigyes Puja: On 17 February, at dawn, ...",
# the minutes of the first item) or a passage of another shape stands ("Ad 1. Comrade Naszkowski reported.").
_AGENDA_LABEL = compile_opening(
    r"^\W{0,3}(?:" + (alternation(words("agenda_labels", ("en", "ru", "zh"))) or "(?!)") + r")\s*[:\uff1a]?\s*$", re.IGNORECASE)
_AGENDA_ITEM = compile_opening(r"^\s*[(\uff08]?(?P<n>\d{1,2})\s*[.)\uff09\u3001\uff0e]\s*\S")
_AGENDA_ITEM_LENGTH = 160  # an item names a topic in a line; the minutes of an item run longer
_AGENDA_LABEL_LENGTH = 40


def is_agenda_label(text: str) -> bool:
    return len(text) <= _AGENDA_LABEL_LENGTH and _AGENDA_LABEL.match(text) is not None


def agenda_items(texts: list[str]) -> set[int]:
    """The indexes of the passages that are an agenda's items (above), among ``texts``, the passages in order."""
    items: set[int] = set()
    for i, text in enumerate(texts):
        if not is_agenda_label(text):
            continue
        expected = 1
        for j in range(i + 1, len(texts)):
            m = _AGENDA_ITEM.match(texts[j])
            if m is None or int(m["n"]) != expected or len(texts[j]) > _AGENDA_ITEM_LENGTH:
                break
            items.add(j)
            expected += 1
    return items


def _opens_with_the_talk(doc: ParsedDocument) -> bool:
    """The record's text opens with its meeting ("Today I was received by General Ne Win at his residence ..."): what
    its speaker then tells of earlier days ("On 28 June an employee ... was killed") is a look back, and the sayings in
    the passages after it ("Ne Win asked that ...", "I told him ...") are of the meeting's day."""
    told = [b for b in doc.blocks if b.section_type == "body" and b.passage_type in ("paragraph", "list_item") and len(b.text.split()) >= 8][:3]
    return any(opens_the_talk(_LIST_MARK.sub("", b.text, count=1).split(". ", 1)[0]) for b in told)  # past a headnote of
    # the editors'; a numbered paragraph by its text ("1. The Africa Working Group met at 3 p.m. today ...")


def _in_relative_aside(sentence: str, mention: DateMention, opening_end: int) -> bool:
    """The date stands inside a relative clause set off by commas after the sentence's opening count of days ("The same
    night former King Ntare V, who had been returned from Uganda under guard at the end of March, was killed"): the
    aside's day, not the main clause's."""
    if mention.start < opening_end or opening_end > 20:
        return False
    aside = _COUNTED_ASIDE.search(sentence, opening_end, mention.start)
    return aside is not None and "," not in sentence[aside.end(): mention.start] and "," in sentence[mention.end:]


_COUNTED_ASIDE = compile_opening(r",\s*(?:" + (alternation(lexicon("en").get("relative_clause_openers") or []) or "(?!)") + r")\b", re.IGNORECASE)
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s+")  # "1. ", "b) ": a numbered paragraph's mark


def _sentence_events(doc: ParsedDocument, context: Context, record_speakers: list[str]) -> list[EventDraft]:
    letter_date = context.letter_date  # a repeated telegram's passages speak from its own day (_told_from_its_day)
    try:
        return _told_events(doc, context, record_speakers)
    finally:
        context.letter_date = letter_date


def _opening_written_later(doc: ParsedDocument, context: Context) -> int | None:
    """The first paragraph of a record written up after its meeting (the note of 15 November on the talk of the 14th):
    where it tells the meeting by a day counted back from the writing ("At his own request the Ambassador of Finland was
    received yesterday at 12.00", "At 1030 yesterday the DD/P chaired a meeting", "Вчера по приглашению Субандрио посетил
    его"), that day is the meeting's (tense_sentence, Scope.opening)."""
    occasion, written = context.occasion, context.letter_date
    if not context.is_record or occasion is None or written is None or context.occasion_precision != "day" or not occasion < written:
        return None
    return next((i for i, b in enumerate(doc.blocks) if b.section_type == "body" and b.passage_type in TEXT_BLOCKS
                 and len(b.text.split()) >= 8 and b.text.rstrip()[-1:] in (".", "!", "?", "\u3002")), None)


def _broadcast_by_station(events: list[EventDraft], doc: ParsedDocument) -> None:
    """The row of a monitoring service's item line ("BK190632 Melbourne Overseas Service in English 0600 GMT 19 Aug 80"):
    the broadcast of the station the line names, not of the first item's station the page's sender is, nor of a state
    read inside the station's name ("Port Vila Radio Vanuatu")."""
    for event in events:
        if event.block < len(doc.blocks) and event.method == "dated_sentence" \
                and (found := broadcast_item_line(doc.blocks[event.block].text)) is not None:
            event.sources, event.targets = [found[0]], []


# The holder's line of an archive's catalogue entry over the item ("Held by: The National Archives, Kew"; en.yaml
# catalogue_holder_labels).
_CATALOGUE_HOLDER = re.compile(rf"^(?:{alternation(words('catalogue_holder_labels')) or '(?!)'})\s*:\s+\S")
_CATALOGUE_SPAN = 4  # the lines of one entry


def _catalogue_field(doc: ParsedDocument, index: int) -> bool:
    """A field of an archive's catalogue entry read as the page's text ("Date: 1973 Jan 04 - 1973 Jan 17" between
    "Description: Mongolia: annual review for 1972" and "Held by: The National Archives, Kew"): the catalogue's dates
    of the file, no act of the paper's."""
    text = doc.blocks[index].text
    return len(text) < 160 and bool(CATALOGUE_ENTRY.match(text)) and any(
        _CATALOGUE_HOLDER.match(doc.blocks[i].text) for i in range(max(0, index - _CATALOGUE_SPAN), min(len(doc.blocks), index + _CATALOGUE_SPAN + 1)))


def _told_events(doc: ParsedDocument, context: Context, record_speakers: list[str]) -> list[EventDraft]:
    year = context.year
    reviewed: int | None = None  # the year a review reviews, once its heading is read (reviewed_year)
    events: list[EventDraft] = []
    told_courses: list[EventDraft] = []  # courses told with a since word and no date (since_told_events)
    speakers = list(dict.fromkeys(t.entity.name for b in doc.blocks if (t := turn_speaker_in(b.text)))) if context.is_conversation else []
    shorts = short_names(b.text for b in doc.blocks) if context.is_record or context.is_conversation else {}  # "Kosygin (hereafter K):"
    datelines = dateline_blocks(doc)
    sending_logged = _sending_logged(doc, context)
    speech: EventDraft | None = None  # the dated event that introduced a quoted statement ("made following statement:")
    scope = Scope(context.occasion, context.occasion_precision, last=context.occasion_end)
    scope.record = context.is_record
    session_last = _session_last_day(doc, context)
    scope.reports = context.is_correspondence and not context.is_record and not context.is_journal and not context.entries \
        and context.letter_date is not None  # a report, a cable, a letter: its relative days count from its writing
    scope.recalls = context.recalls
    scope.opening = _opening_written_later(doc, context)
    if context.is_record and context.occasion_precision == "day" and (
            context.occasion != context.letter_date or context.held_on or speakers or doc.document_type == "minutes"
            or _opens_with_the_talk(doc)):
        scope.talk = context.occasion  # the meeting day the record's head names: its speakers speak on it (Scope.talk),
        # though the minutes be dated that day too ("Session of 17 March 1969" ... "On 11 March a group of ...": a look back);
        # a transcript's turns ("ORTEGA: ... On 14 March they blew up the bridges ... Last week a band crossed ..."): the
        # day a speaker tells of is a look-back, and his "yesterday", "last week" count from the talk's day; a body's
        # minutes are dated by their session ("Ulaanbaatar, 18 March 1969. Present: ..."): the days its speakers report
        # ("On 15 March the fighting resumed") are look-backs, the turns after them of the session's day
    talk: tuple[str | None, str | None, date] | None = None  # a cable's conversation: the one met, the writer, the day
    went_at: int | None = None  # the block of a talk the writer went to ("I saw the Foreign Minister yesterday"), the last
    # that went on with its turns
    if context.occasion is None and not (context.is_record or context.is_correspondence):  # a narrative with no date of its own
        scope.dated_text = any(find_dates(b.text, None) for b in doc.blocks if b.passage_type in TEXT_BLOCKS)
    speaker: str | None = None  # the speaker of the last turn of a record
    labelled_at, label_words = -2, 0  # the passage that was a speaker's label on its own line ("Comrade Nicolae Ceausescu:")
    quoting = False  # a quotation opened in an earlier passage and not yet closed
    participants = participants_named(doc, "") if context.is_record else []
    members = present_members(doc) if context.is_record and context.body else []  # the minutes of a body: its members
    member_offices = listed_offices_opening(doc) if members else {}  # and their offices, as the list gives them
    head_lines = frozenset(present_list_lines(doc)) if members else frozenset()  # "Secretary: General X": no turn
    interview = interview_parties(doc, context.recalls) if context.is_record else None  # "Interviewed by: ...": whose the "Q:" turns are
    at_meeting = _present_at(doc, participants, context) if context.is_record and context.held_on else None  # who speaks at it
    held_at: dict[str, DateMention] = {}  # a place's gathering the text dated: "the Moscow meeting [on 9-10 June 1967]"
    talk_opened = False  # the sentence opening the talk a record's head dates was read (its day: the talk's)
    editors_until = _record_opens(doc)  # a book's headnote before the record it prints: the editors' words, not the record's
    if len(participants) == 1 and context.senders and participants[0] not in context.senders:
        participants = list(context.senders) + participants  # "Tsedenbal's diary on his conversation with Mikoyan": and its writer
    participants += [n for n in record_speakers if n not in participants]
    named_people = list(dict.fromkeys([*participants, *people_present(doc), *members, *(
        m.entity.name for b in doc.blocks for m in find_mentions(b.text) if m.entity.kind == "person")])) \
        if context.is_record else []  # those the record names in full: a paragraph opening with one's surname is his turn
    written_people = written_names(b.text for b in doc.blocks) if context.is_record else []  # "Joachim Hunlédé": one the
    # gazetteer lacks, written in full in the record's text
    two_sides = 2 <= len(participants) <= 3  # a talk of two sides: at the meeting of a body or of many, "we" may be all of them
    sides = [side_of(p) for p in participants] if two_sides else []
    states = sides and all(s and (e := lookup(s)) is not None and e.is_state for s in sides)  # a pact, "our two countries": states
    context.sides = list(dict.fromkeys(sides)) if states and len(set(sides)) == 2 else []  # "the August (1955) agreement"
    context.parties = [p for p in participants if is_person(p)] if two_sides else []  # "Both sides agreed to sign ...": the two met
    embedded: Embedded | None = None  # a message forwarded or read out: announced, then quoted
    recent: list[list[str]] = []
    previous_actor: str | None = None  # the last person named, the last passage's too: "He also said ..."
    points_by: str | None = None  # who makes the numbered points below a line that announces them
    quote_speaker: str | None = None  # whose words a quotation open since an earlier sentence holds: its "I"
    last_sayer: str | None = None  # the one person who spoke in the sentence before
    reported_by: str | None = None  # the speaker whose words the paragraphs report in the third person
    narrated_turn = False  # the last turn was told in the third person ("Цеденбал сообщил, что ..."): a paragraph in the
    # first person after it ("Я поблагодарил за информацию ...") is the writer's, no going on with it
    turns_open = False  # a record's first turn seen
    ru_talk: tuple | None = None  # a Russian cable's talk: partner, writer, day, its meeting's rows and passage
    ru_talk_day: date | None = None  # the day of the talk a Russian cable told, whose later turns are still of it
    met_rows: list[EventDraft] = []  # the rows of a sentence that told the writer was received ("KIM IL SUNG received me")
    written_month = _title_month(doc.title or "")  # the month the text wrote last: "本月中旬" in a chronicle's page of one month
    endnotes = _endnotes_from(doc) if doc.source_type == "book_excerpt" else None
    note_dates = _note_dates(doc, endnotes) if doc.source_type == "book_excerpt" else None
    agenda = agenda_items([b.text for b in doc.blocks])
    first_entry = _first_entry_in_head(doc, year) if context.is_journal else None
    broadcasts = broadcast_days(doc, year)  # "SOURCE: (a) Tripoli home service ... 19 Aug 81; (b) ...": each item's day
    entry_from: int | None = None  # a journal's rows since its last entry heading: the day given last is the heading's
    opened_in: tuple[int, date] | None = None  # the passage and the day a relative word opening its sentence stated
    requests: list[EventDraft] = []  # the passage's rows of a request an act answers ("at the request of X")
    repeated: tuple | None = None  # a repeated telegram: its day, its last passage, the covering letter's day and scope, the line's passage
    talk_turn_day: date | None = None  # the day a cable's turns were said on when its last passage closed
    log_entries, log_day, log_days = _log_entries(doc)  # a deck log's or a watch log's entries, each opening with its hour
    day_lines = any(i not in log_entries for i in log_days)  # its days written alone between them (not a night's small hours)
    worded_log = any(_worded_entry(doc.blocks[i].text) for i in log_entries)  # its hours after the clock's word
    message_file = message_heads(doc, year)  # a file of telexes: each message's head line, its way, day and hour
    message_file_parties = message_parties(doc, message_file)
    if message_file:
        context.is_correspondence = True  # each message of the file is one: its writer tells the acts of its day in turn
    diary_month = page_month(doc) if context.entries == "diary" else None  # "Dim. 10. — ...": the month of a diary's days alone
    poll = poll_day([doc.title or ""] + [b.text for b in doc.blocks[:_HEAD_LINES]])
    for index, block in enumerate(doc.blocks):
        read_passage(block.text)  # the names of its sentences and their pieces are read from the passage's
        if scope.said_day is not None and scope.said_day[0] != index:
            scope.said_day = None  # the told day dates its own passage's acts only
        if opened_in is not None and opened_in[0] != index:
            if scope.stated == opened_in[1]:
                scope.stated = scope.inside = None  # a day counted from the writing, stated in a passage before, no longer dates the hours
            opened_in = None  # of the next one ("Третьего дня ... задержан ..." / "В 17 часов отправил ...": the writing day's)
        if repeated is not None and repeated[1] is not None and repeated[1] < index:
            context.letter_date = repeated[2]  # the repeated telegram has ended (UNQUOTE): the covering one speaks again
            scope.day, scope.precision, scope.moved, scope.told, scope.last = repeated[3]
            repeated = None
        if repeated is None and (day := repeated_message(block.text, year)) is not None:
            repeated = (day, None, None, None, index)  # "FOLLOWING REPEAT BANGKOK 22418 ... 07 OCT 76.": its QUOTE follows
        elif repeated is not None and repeated[2] is None and index - repeated[4] > 3:
            repeated = None  # no QUOTE opened under the line
        elif repeated is not None and repeated[2] is None and opens_quoted_message(block.text):
            repeated = (repeated[0], None, context.letter_date, (scope.day, scope.precision, scope.moved, scope.told, scope.last), index)
            context.letter_date = repeated[0]  # "QUOTE ... BANGKOK 22418 / ... AT 1800 YESTERDAY ...": the repeated
            scope.enter_day(repeated[0])  # telegram's "yesterday" and "today" count from its own day, not the covering one's
        if repeated is not None and repeated[2] is not None and repeated[1] is None and closes_quoted_message(block.text):
            repeated = (repeated[0], index, *repeated[2:])  # "... WHITEHOUSE UNQUOTE KISSINGER": its last passage
        if context.is_journal and (day := entry_day_in_head(doc, index, year)) is not None:
            scope.enter_day(day)  # "From the diary of ..." / "3 March 1965" / text / "5 March 1965": the entry's day, read
            # with the head as the page's date line, dates the entry all the same
        if (head := message_file.get(index)) is not None:
            context.letter_date = head.day  # "IN  22/9/80 1140" / "[2] ENIRA — 13.7.78 0910": one message of a file of
            scope.enter_day(head.day)  # messages came in or went out then; its "yesterday" and "this morning" count from
            # its own day, not the file's first
            came = EventDraft(index, head.kind, 0, len(block.text.rstrip()), "cable_header", 0.5).on(head.day, inferred=False)
            came.start_time, came.date_kind = head.time, "exact"
            came.sources, came.targets = message_file_parties.get(index, ([], []))  # its signer, to its addressee
            events.append(came)
            continue
        if message_file and block.section_type == "body" and (way := log_way(block.text)) is not None \
                and (day := day_of_message(doc, index)) is not None:
            logged = EventDraft(index, way[0], 0, len(block.text.rstrip()), "cable_header", 0.5).on(day, inferred=True)
            logged.start_time, logged.date_kind = way[1], "exact"  # "Sent 1722 RBM": the operator sent the pad's
            logged.sources = [way[2]]  # message above at that hour, on its group's day
            events.append(logged)
            continue
        if index and (day := _numbered_document_day(doc, index, year)) is not None:
            context.letter_date = day  # "№ 46. Телеграмма ..." / "28 июля 1956 г." on a collection's page after "№ 45. Запись
            scope.enter_day(day)  # беседы ..." of 26 July: the second document's "Позавчера" and "сегодня" count from its own
            # day; a forwarded report's "已" from the report's day, not the notice's
        if block.section_type not in ("header", "trailer") and (
                day := reprint_source_day(block.text, year, context.letter_date or context.occasion)) is not None:
            context.letter_date = day  # "[From the Washington Times, Sept. 9, 1983]" in the Record of 12 September: the
            scope.enter_day(day)  # article's "yesterday" and "on Wednesday" count from its issue's day
        if embedded is not None and block.section_type not in ("header", "trailer"):
            embedded = embedded.enter(index, block.text, doc.subdocuments)  # None once the quoted message has ended
        first_of_block = len(events)
        paraphrased: EventDraft | None = None  # the message named on its day whose words the passage gives
        if block.passage_type == "signature" and block.section_type not in ("header", "trailer"):
            events += _signed(index, block.text, year, context, sending_logged, _name_above(doc, index))
            if embedded is not None and embedded.active:
                embedded.claim(events[first_of_block:], context, block.text)
            continue
        if block.passage_type == "paragraph" and block.section_type == "body" and not (context.is_journal and _heads_an_entry(doc, index)) \
                and (signer := _under_signature(doc, index)):
            events += _signed(index, block.text, year, context, sending_logged, signer)  # "S H T Y K O V / No. 1476/sh / 14 October 1950"
            continue
        if context.is_record and block.section_type == "body" and (interjected := interjection_event(index, block.text, context)):
            events.append(interjected)  # "(Lebhafter Beifall bei allen Fraktionen)", "(Abg. Dr. Kohl [CDU/CSU]: Schändlich!)":
            continue  # the chamber's reaction or a member's interjection, an act at the sitting
        if block.section_type == "header" and (announced := _announced_in_heading(index, block.text, year, context)):
            embedded = announced  # "TO KRASOVSKY / Transmit the following answer to MAO ZEDONG.": the answer follows
        if context.is_record and block.passage_type == "salutation" and block.section_type == "body" and (
            label := SPEAKER_LINE.match(block.text)
        ) and (known := lookup(label["name"])) is not None and known.kind == "person":
            speaker = known.name  # "Comrade Nicolae Ceausescu:" read as a letter's salutation: in a record, the speaker's label
            labelled_at, label_words = index, len(block.text.split())
            continue
        if block.section_type in ("header", "trailer") or block.passage_type not in TEXT_BLOCKS or index in agenda:
            continue  # an agenda's item: a topic, not a happening
        if first_entry is not None and index == first_entry[0]:
            scope.enter_day(first_entry[1])  # "12 марта 1962 г." read with the head, over the first entry: that entry's day
        if block.section_type == "original" and block.aligned_to is not None:
            continue  # the aligned translation reports the same event
        if broadcasts and (item := _ITEM_LABEL.match(block.text)) and item[1] in broadcasts:
            scope.enter_day(broadcasts[item[1]])
            scope.broadcast = True  # "(b) The radio said that ...": the item speaks from its broadcast's
            # day, its "this morning", "yesterday" counted from it, not from the day the monitoring digest was issued
        if _is_furniture(block.text, doc) or _summary_under_site(index, doc) or _catalogue_field(doc, index):
            continue
        if (headed_year := year_heading(block.text)) is not None:
            year = headed_year  # "1955年" over a chronicle's entries: the days they write without a year are of it
            continue
        if (context.year is not None and len(block.text) < 160 and not ends_sentence(block.text)  # a heading, not a sentence
                and reviewed_year(block.text) == context.year):  # naming the year's report ("The Annual Report 1973 was published ...")
            year = reviewed = context.year  # "MONGOLIA: ANNUAL REVIEW FOR 1972" under the despatch's date line of 4
            continue  # January 1973: the review's days written without a year are of the year it reviews, each
            # paragraph's (a year told in passing, "since the crash ... in September 1971", is no year of the review's)
        if reviewed is not None:
            year = reviewed
        if block.text[:1] in OPENING_QUOTES and (addressed := _quoted_wire_head(index, block.text, year)) is not None:
            events.append(addressed)  # '"MOST IMMEDIATE. FOR CHARGE FROM KAUL. NO. 1207. 2 MARCH 1972. ..."': the quoted
            # telegram's own sending, on its own day, by its own sender, whatever day the page quoting it tells of
        if doc.document_date is not None and (wired := wire_opening_end(block.text)) is not None \
                and (filed := wire_day(block.text, doc.document_date)) is not None:
            dispatch = EventDraft(index, "message_sent", 0, wired, "document_act", 0.5).on(filed)
            dispatch.date_kind = "exact"  # "新华社科伦坡七月十五日电　…": the agency files its dispatch on the dateline's day,
            dispatch.sources = list(doc.sender_names)  # which dates the page, not the sentence after it
            events.append(dispatch)
        if (comment := _leader_comment(index, block.text, year)) is not None:
            events.append(comment)  # "刘少奇圈阅。（四月五日）": a leader's comment on the request, on its own day
        if index in log_days:
            log_day = log_days[index]  # "30.6.71" between a log's entries: the entries below are of that day, their
            scope.enter_day(log_day)  # "yesterday" and "tonight" counted from it
            context.letter_date = log_day
            if index not in log_entries:  # a night's first entry past midnight is an entry still, of the next day
                continue
        if index in log_entries and (day := log_day or scope.day or doc.document_date) is not None:
            entry = EventDraft(index, "statement", 0, len(block.text), "document_act", 0.5).on(day)
            entry.date_kind, entry.start_time = "exact", log_entries[index]  # "0612 Set general quarters.": a log's watch
            events.append(entry)  # entry, its acts on the day the sheet heads, at the hour it opens with
            if not day_lines and not worded_log:
                continue
            # an entry after the clock's word ("ساعت ۷:۰۰ — برنامه ترکی صبح طبق دستور دیروز حذف شد.") is read sentence by
            # sentence too: the days it counts from the log's day and the plans it tells are its own rows (below)
            scope.enter_day(day)  # a log of several days: the entry's report ("TASS recalls that Soyuz-11 was launched
            # on 6 June ...") tells its own acts, read as told on the entry's day
        if block.section_type == "body" and (signed := _signed_and_dated(index, block.text, year)) is not None:
            events.append(signed)  # "Signed: C. E. Brackenbury, Honorary Secretary    Date: 16.1.76": the form signed that day
            continue
        if block.section_type == "body" and kept_span_line(block.text):
            days = [d for d in find_dates(block.text, year) if d.precision == "day" and d.year_written]
            kept = EventDraft(index, "statement", 0, len(block.text), "document_act", 0.5).on(days[0].start_date, inferred=False)
            kept.end_date, kept.date_kind = days[1].end_date, "range"  # "Башланыб: 1 декабр 1989 — Гуртарыб: 31 јанвар
            events.append(kept)  # 1990": the register kept from the first day to the last
            continue
        if block.section_type == "body" and (row := register_row(block.text, year)) is not None:
            entered, named_end = row  # "№ 1417 | 31.12.1989, саат 16.20 | Мәммәдов Елчин Тофиг оғлу, 24 јаш | ...": the row
            entry = EventDraft(index, "statement", 0, named_end, "document_act", 0.5).on(entered.start_date)  # enters one
            entry.date_kind, entry.inferred = "exact", False  # admission, arrival or case on its day, the one it names
            cell_end = block.text.find("|", entered.end)
            if (clock := _REGISTER_CLOCK.search(block.text, entered.end, cell_end if cell_end > 0 else len(block.text))):
                entry.start_time = f"{int(clock['hour']):02d}:{clock['minute']}"  # "31.12.1989, саат 16.20": at its hour
            entry.start_time = entry.start_time or register_row_hour(block.text, entered.end)  # "16.9.77 | 0640 | ..."
            named = block.text[block.text.rfind("|", 0, named_end) + 1: named_end].strip()
            entry.sources = [named] if named[:1].isupper() and (1 < len(named.split()) <= 5 or _VESSEL_IN_CAPITALS.fullmatch(named)) \
                else []  # a person entered by his names, a vessel by its name in capitals ("ORION")
            if block.text.count("|") == 2:  # a row told in words ("Fishery protection HMS JERSEY arrived."): the vessel it
                vessel = _VESSEL_IN_CAPITALS.search(named)  # names in capitals, if any
                entry.sources = [vessel.group().strip()] if vessel and len(vessel.group().strip()) > 3 \
                    and len(named[: vessel.start()].split()) <= 2 else []  # its subject, not a later word ("re ORION seaman")
            if entry.start_time or block.text.count("|") > 2:
                events.append(entry)  # a row of no hour told in words alone ("18.9.77 | — | Sunday. No arrivals. ...")
                # enters nothing of its own: its clauses are read as they are
            events += _register_row_hours(index, block.text, named_end, entered.start_date, year, entry.sources)
            scope.enter_day(entered.start_date)  # what the row tells ("бу ҝүн саат 14.00 ...", "дүнән ахшамдан бәри") is
            # counted from its day
        if context.entries == "diary" and block.section_type == "body" \
                and (weekday_head := weekday_day_head(block.text, diary_month, block.language)) is not None:
            scope.enter_day(weekday_head.start_date)  # "Mar. 12. — Nuit agitée : coups de feu ...": a diary's entry under its
            # day of the week and its day alone, of the title's month; its acts, and the days it counts, are of that day
        if speech is not None and block.text[:1] in OPENING_QUOTES:
            events.append(quoted_statement(index, block.text, speech))
            continue
        speech = None
        recent = recent[-1:]  # the people each of the last two sentences named, the last passage's too ("… to them.")
        if context.is_record and (aside := _interjection(block.text, participants)) is not None:
            event = EventDraft(index, "statement", 0, len(block.text), "document_act", 0.5).on(context.occasion or scope.day)
            event.date_kind = "exact"  # "(Comrade Chivu Stoica: Did he give way on anything?)": a member's interjection,
            event.sources = [aside]  # said at the session, to the one who has the floor; the floor stays his, the
            event.targets = [speaker] if speaker and speaker != aside else []  # paragraph after it going on with his turn
            events.append(event)
            continue
        if context.sitting and (member := member_label(block.text)) is not None:
            known = lookup(member)  # "Sir Alec Douglas-Home (Kinross and West Perthshire)" on its own line in a sitting's
            speaker = known.name if known is not None and known.kind == "person" else canonical_name(member)  # debate: the
            labelled_at, label_words = index, len(block.text.split())  # paragraphs below are his turn
            continue
        if context.is_record and (label := SPEAKER_LINE.match(block.text)) and (
            name := _known_person(label["name"]) or turn_name_in(label["name"] + ": said")
        ):
            speaker = initialled_speaker(name, participants)  # "Comrade Nicolae Ceausescu:" on its own line: the paragraphs below are his turn
            labelled_at, label_words = index, len(block.text.split())
            continue
        intro = _intro_speaker(m["name"], context) if context.is_record and (m := _INTRODUCES_POINTS.match(block.text)) else None
        speaks_from = (scope.day.year, scope.day.month) if scope.day and (context.is_correspondence or context.is_record) else None
        if context.recalls and speaks_from is not None and context.occasion is not None:
            speaks_from = (context.occasion.year, context.occasion.month)  # a recollection speaks from its interview, not from
            # the day its story has reached: "It was ... the 21st of February 1947 ... sometime in May" is May 1947
        elif speaks_from is not None and (written := letter_written_from(context, scope)) != scope.day:
            speaks_from = (written.year, written.month)
        entered = year
        sentences, year = annotate(block.text, year, (scope.day.year, scope.day.month) if scope.day else written_month, speaks_from,
                                   block.language, (scope.day.year, scope.day.month) if scope.day else None,
                                   _is_endnote(index, block, endnotes), context.recalls,
                                   written_month[1] if context.recalls and written_month and written_month[0] == year else None,
                                   scope.day if speaks_from and not context.recalls else None,
                                   (context.letter_date.year, context.letter_date.month) if context.letter_date and not speaks_from
                                   and not context.recalls and doc.source_type != "book_excerpt" else None,
                                   note_dates)
        if poll is not None:
            sentences = [_on_polling_day(x, poll) for x in sentences]
        if context.entries == "chronicle" and year != entered and not _head_writes_year(sentences):
            year = entered  # "十五日在万隆 ... 回顾一九五五年四月在万隆召开的亚非会议。": a year an entry's text looks back to; the
            # chronicle's next entries ("十七日 ...") are of the year its heads are at
        written_month = next(((d.start_date.year, d.start_date.month) for x in reversed(sentences) for d in reversed(x.dates)
                              if d.precision in ("day", "minute", "month") and d.start_date.month == d.end_date.month), written_month)
        scope.bound = None  # a period governs only the passage that opens with it
        turn = turn_speaker_in(block.text) if context.is_conversation else None
        turn_name = turn.entity.name if turn else (turn_name_in(block.text, context.recalls or context.sitting) if context.is_record else None)
        if turn is None and turn_name is None and speaker is not None and context.is_record and block.language == "zh":
            turn_name = zh_turn_label(block.text)  # "拉扎克总理：谢谢。" after "周总理：……": the other party's turn, his name as
            # the page writes it, not the last speaker going on; on a page whose turn labels the gazetteer reads
        if turn_name and not turn:
            turn_name = initialled_speaker(turn_name, participants)  # "D: Hello. I received ...": Dobrynin
            turn_name = participant_in_office(turn_name, context.occasion, participants) or turn_name  # "THE PRESIDENT: ..."
        asked = is_asker(turn_name)  # "Q: When did you leave?": a question of the interviewer's, however short
        named_asker = bool(turn_name) and not asked  # "GRELE: ...": a transcript that labels the interviewer's turns by his name
        questioned = (context.recalls or context.sitting) and bool(turn_name) and block.text.rstrip().endswith("?")  # "MCKINZIE: And the meeting
        # at the White House?": in a recollection, a turn that asks is the interviewer's question, of the interview's day
        asked = asked or questioned
        if turn_name and not turn:
            turn_name = interview_turn(turn_name, interview)  # "Q": the interviewer the head names; "TEMPLETON": the one interviewed
        if turn_name and not turn and (names_a_role(block.text) or block.text.strip() in head_lines):
            turn_name = None  # "Alexandrov – head of the secretariat of ...": one of those present, no speaker
        if turn_name and not turn and whole_line(block.text):
            turn_name = None  # "Verteiler: 1x Gen. Winzer, ..." under "Gez. Bertsch", "Отпечатано 2 экз.: 1 — т. Громыко":
            # a copies or a handling line under the signature, no speaker's label
        listed = listed_speakers(block.text) if turn_name and context.is_record else []
        if listed:
            turn_name = listed[0]  # "Speaking: Oskar Fischer, Horst Sindermann, Kurt Hager.": the label is no speaker
        short = short_turn(block.text, shorts) if shorts else None
        if short:
            turn, turn_name = None, short  # "K: ...", after "Kosygin (hereafter K): ...": Kosygin's turn
        carried = False
        narrated = None
        assenting: list[str] = []
        bracketed = bool(BRACKETED_TURN.match(block.text))  # "[Oskar] Fischer.The letter ...": the label, then a sentence of its own
        labelled_to = 0 if not turn_name else dotted.end() if (dotted := TITLED_DOTTED_TURN.match(block.text)) else item_head_end(block.text)
        # "Comrade Rapacki. The Chinese comrades ...", "Ad 2. Decided: the delegation ...": the label or the item's head a
        # sentence of its own, the turn's first sentence the one after it
        reported = reported_turn(block.text) if context.is_record and turn_name is None else None
        if block.passage_type != "list_item" and not intro:
            points_by = None  # the points announced are over
        if turn_name is None and reported is None and points_by and block.passage_type == "list_item":
            turn_name, carried = points_by, True  # "1. [The Soviet] geological ministry is in the MPR ...": the announced points
        elif turn_name is None and reported is None and speaker is not None and (own := own_speaker(block.text, block.language)):
            turn_name = own  # "七、库兹涅佐夫说,……": a point that names its own speaker, not the last one's going on
        elif turn_name is None and reported is None and context.is_record and (assenting := assent_speakers(block.text, block.language)):
            turn_name = assenting[0]  # "Cde. Suslov agrees.": a member's own turn, not the last speaker's going on
        elif turn_name is None and reported is None and (speaker is not None or (context.is_record and (
                block.language == "ru" or bare_turn(block.text)))) \
                and (narrated := narrated_speaker(block.text, block.language, named_people, written_people)) and narrated != speaker:
            if members and lookup(narrated) is None and (member := member_opening(block.text, members)):
                narrated = member  # "Minister De Koning says that ...": the member as the list of those present writes him
            turn_name = narrated  # "Chen Yi then remarked that ...": the one named says it, not the last speaker; in a Russian
            # record the first turn too ("Цеденбал сообщил, что 5 июня ...", "Comrade Ts. Dugersuren reported."): his saying,
            # beside the day's act it tells
        elif turn_name is None and reported is None and speaker is not None and (members or member_offices) and (narrated := (
                member_opening(block.text, members) or office_opening(block.text, member_offices))) and narrated != speaker:
            turn_name = narrated  # "Comrade Maidar supported the proposal", "The Minister of the Army reported that": a member
            # the list of those present names ("D. Maidar"), or holds the office it lists, on his own turn, not the last
            # speaker's going on; the first turn of a body's minutes too ("The Taoiseach informed the Government that ...")
        elif turn_name is None and reported is None and speaker is not None and context.body and opens_with_body(block.text, context.body) \
                and not block.text.rstrip().endswith(":"):
            turn_name = context.body  # "The Politburo decided to send ...": the body's own act, not the last speaker's going on
            # ("The Politburo RESOLVED:" heads its decisions, read as such below)
        elif turn_name is None and reported is None and speaker is not None and block.passage_type == "paragraph" \
                and not (narrated_turn and _OPENS_IN_FIRST_PERSON.match(block.text)) and (
            not LABELLED.match(block.text) or _ANNOUNCES.match(block.text)  # "Our view is:": what follows is his
        ) and not (len(block.text) < 120 and RECORDED_BY.search(block.text)) and not _TALK_NARRATED.match(block.text):  # "Conversation recorded by V. Sukhodrev.": the record's
            turn_name, carried = speaker, True  # a paragraph that goes on with the last speaker's turn
        narrated_turn = bool(narrated) and turn_name == narrated or (carried and narrated_turn)  # told in the third person
        if quoting and (turn or turn_name) and not carried and not _performs(block.text, block.language):
            turn = turn_name = None  # "D: If they develop ..." inside the letter read out: the letter's words, no turn
        speaker = (turn_name or reported) if context.is_record else None
        speaker = intro or speaker  # "Mikoyan spoke about the following questions:": the points below are his words
        points_by = intro or points_by
        if context.is_record and (turn or turn_name) and not turns_open:
            turns_open = True
            scope.open_turns()  # "The reporting group met on July 12th" above the first turn: the schedule
        opened = carried and labelled_at == index - 1  # the first paragraph under a label on its own line: read with its label,
        # as the same label and words in one passage are ("Comrade Nicolae Ceausescu: The situation, comrades, is grave ...")
        if turn_name and carried and not opened and _runs_on(doc.blocks, index):
            pass  # "Commander DOYLE. Mr. Chairman, on March 4 of this year the cutter" / "Vigorous boarded the Soviet stern
            # trawler ...": a hard-wrapped turn's next line, its sentence run on; the turn's row is the label's passage's
        elif turn_name and context.sitting and carried and not opened:
            pass  # a minister's statement going on in its next paragraph: one turn of the sitting, its first paragraph's
        elif turn_name and not (context.sitting and (opened or not carried)) \
                and ((carried and not opened) or len(block.text.split()) + (label_words if opened else 0) < 15) \
                and not says_something(block.text, block.language, carried and not opened) \
                and not (short and defines_short_name(block.text)) and not asked:  # the label that names him opens his first turn
            pass  # "plus advisors and experts.", "Takeiri: I am glad to hear that.": no statement of its own
        elif turn_name and not turn and interview is not None and interviewer_in(block.text.strip()) \
                and not block.text.rstrip().endswith("?"):
            pass  # "Interviewer: Ronald J. Grele" in the head: the line that names the interviewer, no question of his
        elif turn_name and not turn and context.recalls and interview is not None and interview[0] and not asked \
                and turn_name != interview[0]:
            pass  # "HARLAN: Yes. The Black Power marches had begun in February, ...": an oral history's answer tells a story
            # whose acts have their rows, each on its own day; the answer is no act of the interview's day (its questions are)
        elif turn:
            events.append(turn_event(index, block.text, turn, context, speakers))
            if block.language in (None, "en") and (act := told_weekday_act(
                    index, block.text, sentences[0].end if sentences else len(block.text), scope, block.language,
                    (events[-1].sources or [None])[0])) is not None:
                events.insert(len(events) - 1, act)  # "Comrade Štrougal: ... informed that the government approved on Tuesday
                # an emergency delivery": that day's act, beside the turn
        elif turn_name and is_decision_label(turn_name) and block.language in (None, "en") and decision_point(block.text) \
                and not names_the_session_day(block.text, scope.day):
            pass  # "Decided: that up to 1,000 Hungarian refugees be admitted to the State; ...": the plans the session set,
            # undated (decided_point), no turn of the label's on the session's day
        elif turn_name and reported_by_others(block.text):
            told_act = named_turn_event(index, block.text, sentences[0].end if sentences else len(block.text), turn_name, scope, block.language)
            if told_act.turn_day is not None:  # "По словам Ньерере, позавчера Амин заявил ...": the act its first sentence
                events.append(told_act)  # dates, on that day; no turn of the source's on the talk's day beside the acts
                # told on his word ("По словам Кибеди, ...", "According to the President, ...": fixtures README,
                # "according to X" naming a person)
        elif turn_name:
            events.append(named_turn_event(index, block.text, sentences[0].end if sentences else len(block.text), turn_name, scope, block.language))
            if listed:
                events[-1].sources = listed  # one turn of all those the line lists as speaking
            if interview is not None and interview[1] and ((named_asker and turn_name == interview[0] and events[-1].sources == [turn_name]
                                                            and block.text.rstrip().endswith("?")) or (asked and events[-1].sources == [interview[0]])):
                events[-1].targets = [interview[1]]  # "GRELE: Did he ask for anything?", "Q: When did you arrive?": the question
                # the interviewer puts to the one the interview's head names
            if context.recalls and context.occasion is not None and events[-1].method == "document_act":
                events[-1].on(context.occasion).date_kind = "exact"  # a turn of an interview is said on its day, whatever
                # day of the story the answer before it reached
            if (act := told_weekday_act(index, block.text, sentences[0].end if sentences else len(block.text), scope, block.language,
                                        turn_name)) is not None:
                events.insert(len(events) - 1, act)  # "reported that the ambassador had called on him on Sunday": that day's act
                if (own := told_own_day_before(index, block.text, sentences[0].end if sentences else len(block.text), scope,
                                               block.language)) is not None:
                    events.insert(len(events) - 1, own)  # "..., что позавчера ..., а в пятницу ...": the first clause's own day
            if narrated and turn_name == narrated and context.is_conversation and len(context.senders) == 1 \
                    and turn_name not in context.senders and events[-1].sources == [turn_name] \
                    and (addressed_turn(block.text) if block.language in (None, "en") else bool(_RU_ADDRESSED.search(block.text, 0, 80))):
                events[-1].targets = list(context.senders)  # "Цеденбал сообщил, что ...", in the writer's record of his talk: to
                # him; "заметил", "подчеркнул", "remarked" tell the speaker's point only
            if assenting and len(assenting) > 1 and turn_name == assenting[0]:
                events[-1].sources = list(assenting)  # "Cdes. Kozlov and Mikoyan agree.": both members
        spoken = [x for x in sentences if re.search(r"[^\W\d]", x.text)]  # "3. " before a point is no sentence
        opening = spoken[0].text if spoken else block.text
        if (turn or turn_name) and len(spoken) > 1 and len(_LABEL_OFF.sub("", opening).split()) <= 2:
            opening = f"{opening} {spoken[1].text}"  # "Chancellor Kohl: I shall. I had also wanted to thank you ...": a reply of a
            # word or two opens the turn, the sentence after it says to whom
        if (turn or turn_name) and events and events[-1].block == index and not events[-1].targets and (_ADDRESSES.search(opening) or GREETING.match(opening) or VOCATIVE.match(opening) or _THANKS.match(opening) or _TO_THE_OTHER.match(block.text)):
            events[-1].targets = turn_addressees(events[-1].sources, participants)  # "Zhou: Thank you for ...", not "Takeiri: Japanese media ..."
        elif (turn or turn_name) and events and events[-1].block == index and not events[-1].targets and (greeted := addressed_first(opening)):
            events[-1].targets = [greeted]  # "KADAR : Upon greeting the delegates com. Kadar stated that ...": to the delegates
        elif (turn or turn_name) and context.is_conversation and events and events[-1].block == index and not events[-1].targets \
                and _I_SAID.match(block.text):
            events[-1].targets = turn_addressees(events[-1].sources, participants)  # "Пузанов. Я сказал, что ...": to the other party
        elif (turn or turn_name) and context.body and events and events[-1].block == index and not events[-1].targets and calls_on_hearers(opening):
            events[-1].targets = [context.body]  # "This is comrades, the goal of the present meeting ...": to the body in session
        context.speaker = turn_name if context.is_record else None
        context.listeners = turn_addressees([turn_name], participants) if context.speaker else []
        reported_by = reported or intro or (reported_by if carried and turn_name == reported_by else None)
        context.side = side_of(_participant(reported_by, participants)) if two_sides else None  # "Premier Zhou said that ... our view ...": the words of China's premier
        others = turn_addressees([_participant(reported_by, participants)], participants) if context.side else []
        context.listener_side = side_of(others[0]) if len(others) == 1 else None  # "Mikoyan spoke about ...: [We] have agreed to your request": Mongolia's
        turn_speaker, turn_listeners = context.speaker, context.listeners
        heading: DateMention | None = None  # a date written alone as a sentence, heading the clause told after it
        day_heading: DateMention | None = None  # "12 July: The delegation arrived ...": a day heading its paragraph
        zh_talk: date | None = None  # the day of the talk a Chinese cable's passage opened with ("昨日下午，X约见Y")
        zh_talk_with: list[str] = []  # who met at it: X and Y
        told_day: date | None = None  # the day the sentence before told its own simple past on
        told_night: date | None = None  # and the night's second day, when it told it over a night
        turn_day = talk_turn_day  # the day a German, French, Italian or Spanish cable's turns are said on: a passage that
        # opens with a turn goes on with the talk the passage before told ("2. Soares deelde mede dat ...")
        for s_at, s in enumerate(sentences):
            if s.apparatus:
                continue  # a citation, or the editors' note: not the record's words
            sentence, start, end = s.text, s.start, s.end
            before_sentence = len(events)
            if went_at is not None and index != went_at and s_at == 0:
                if _TALK_TURN.match(sentence):
                    went_at = index  # "3. He added that ...": the talk goes on in the next point
                else:  # "4. Two British bank managers were detained ... on Tuesday": a point of its own, told from the day
                    if context.letter_date is not None and scope.day is not None and scope.day < context.letter_date:
                        scope.day, scope.precision, scope.last = context.letter_date, "day", None  # the cable is written on
                    talk, went_at = None, None
            if context.is_record and two_sides and SAID_ASIDE.match(sentence) and (aside := side_of(previous_actor)):
                context.side = aside  # "Then Mao spoke on ... We, he said, never repudiated ...": his words to the passage's end
            if embedded is None and not turn_name:  # "... informed the Politburo about the meeting. “Talks like this I have never held ...”"
                inside = inside_quotation(("“" if quoting else "") + block.text, start + (1 if quoting else 0))
                if not inside and sentence.lstrip()[:1] in OPENING_QUOTES:
                    quote_speaker = last_sayer  # a quotation opens: the words of the one who spoke just before it
                elif not inside:
                    quote_speaker = None
                context.speaker, context.listeners = (quote_speaker, []) if quote_speaker else (turn_speaker, turn_listeners)
            dated = merge_listed(sentence, [m for m in s.dates if not is_dateline(sentence, start, m, block.language)])
            if heading is not None and not s.dates and block.text.count("\n", heading.end, start) == 0 \
                    and any(c.kind in ("past", "speech") for c in read_cues(sentence, block.language)):
                dated = [replace(heading, start=0, end=0)]  # "12 May 1953. The delegation left for Berlin.": that day's act
            if dated and all(m.alone for m in dated) and (told_when := _opening_day_cue(sentence, block.language)) is not None \
                    and all(m.start >= told_when for m in dated):
                dated = []  # "Yesterday evening the ambassador informed ... that ... by the end of May": the act is of the
                # day the opening counts back to; the month named alone after it is the content's (a deadline, a plan)
            if dated and block.language in (None, "en") and (told_at := _told_on_a_relative_day(sentence)) is not None \
                    and all(m.start >= told_at for m in dated) and AHEAD_WORDS.search(sentence, told_at, min(m.start for m in dated)):
                dated = []  # "Peking radio announced late yesterday that Chinese forces will cease fire ... from midnight
                # November 21": the saying is of the day its relative word names; the days after it are the plan's
            if not block.text[:start].strip() and (lead := _day_heading(sentence, s.dates)) is not None:
                day_heading, dated = lead, [lead] + [m for m in dated if m is not lead]  # "13 July: Talks with ... lasted ..."
                if context.entries == "diary" and lead.precision in ("day", "minute"):
                    scope.enter_day(lead.start_date)  # "12 March: ... Yesterday ...": a journal's entry, its days counted from its own
            elif context.entries == "chronicle" and not block.text[:start].strip() and s.dates and s.dates[0].start == 0 \
                    and s.dates[0].precision == "day" and entry_head(block.text[start:], s.year, s.dates[0].start_date.month) is not None:
                scope.enter_day(s.dates[0].start_date)  # "三月二十二日　... 昨日，...": a chronicle's entry (a 年谱's day); what it tells
                # with no date of its own, and the days it counts (昨日, 当天), are of that day
            elif day_heading is not None and not s.dates \
                    and any(c.kind in ("past", "speech") for c in read_cues(sentence, block.language)):
                dated = [replace(day_heading, start=0, end=0)]  # "In the evening a dinner was given ...": under the day's heading
            heading = _bare_date(sentence, start, s.dates, context.recalls)
            if context.entries == "diary" and not block.text[:start].strip() and (lead := log_day_head(sentence, s.year)) is not None:
                scope.enter_day(lead.start_date)  # "Sat 21.7.73  0800 Air filter changed.": a log's line opens the day's
                # entries, its own the first; the lines under it ("1430 NZPO radio message ...") are of that day
                if not beside_day(sentence, lead):  # "Mánudagur 16. október. NA 6, súld. Kveikt á vitanum ...": the day's
                    entry_from = len(events)  # heading a sentence of its own, no act; the entry's sentences after it
                    continue
            if context.is_record and (session_day := _session_day_heading(block.text, s, context, session_last)) is not None:
                scope.enter_day(session_day)  # "22 December, morning" / "23 December" in the record of a session of two days:
                continue  # the turns under it said on that day; the heading no act
            if heading is not None and (context.is_record or context.is_journal or context.entries) and heading.precision in ("day", "minute") \
                    and not block.text[:start].strip() and (block.text[end:].strip() or context.is_journal or context.entries == "diary"):
                scope.enter_day(heading.start_date)  # "5 June. At a reception ...": a diary's entry for that day, to the next one
                if (context.is_journal or context.entries == "diary" and own_weekday_heading(block.text.strip(), s.year)) \
                        and not block.text[end:].strip():  # a log's "Segunda-feira, 4 de Abril de 1966" over its timed entries
                    entry_from = len(events)  # "四月二十六日　星期一", "Monday, 5 April 1968": the entry's heading, no act;
                    continue  # its day of the week is the day's own, no day before it; what the entry counts from
            dated = [m for m in dated if not is_unreal(sentence, m, block.language)
                     and not names_a_dated_thing(sentence, m, block.language)  # "On Saturday he annulled the 18 March elections"
                     and not (block.language in (None, "en") and compared_time(sentence, m))]  # "... than they had been in 1955"
            counted_day = bool(dated) and any(r.days and not r.months and not r.in_year and not r.in_month and not r.from_now for r in s.relative)
            backdrop = [m for m in dated if backdrop_year(sentence, m, block.language, counted_day)]  # "called on Kazemi
            # yesterday and delivered a note proposing arbitration under the 1933 concession": the year is the concession's
            # (a row of its own), the sentence's act is of the day it counts
            ahead = [m for m in dated if is_ahead(sentence, m, scope, context, block.language, later_note=_EDITORS_NOTE.match(block.text) is not None)]
            dated = [m for m in dated if m not in ahead and not is_wished(sentence, m, block.language)]
            since_only = [m for m in dated if (m.alone or block.language == "zh" or (block.language == "ru" and since_lasting_ru(s, m)))
                          and names_since(s, m, block.language)]
            dated = [m for m in dated if m not in since_only]  # "since March", "八月以来": the first day of a course, no
            # act's own day; the sentence keeps the row it has without it (the meeting's day) and the course is added
            ahead = [m for m in ahead if not m.alone]  # "в Москве будут рады видеть его в ноябре": a month to come named alone
            # is a wish's or a plan's loose time, read by the sentence's verbs and plan words, not a day an act is set for
            reported = (cut := dated_aside(sentence, dated, block.language)) is not None and bool(
                told := aside_events(index, s, cut, dated, context, scope, block.language, previous_actor))
            if reported:  # "As I telegraphed on 3 August, Gomułka raised ...": the day is the report's, not the act's
                events += told
                dated = []
            opening_counted = []  # "The same night former King Ntare V, who had been returned from Uganda at the end of
            if dated and s.relative and all(_in_relative_aside(sentence, m, s.relative[0].end) or m in backdrop for m in dated) \
                    and (not s.relative[0].from_now or len(backdrop) == len(dated)) and block.language in (None, "en"):  # March, was killed": the main
                opening_counted = relative_events(  # clause's act, on the day its opening counts from the story's; the
                    index, s, events, context, scope.day or context.occasion or context.letter_date, None, previous_actor,
                    language=block.language, texts=[b.text for b in doc.blocks])  # aside's day dates the aside alone
            if dated:
                scope.period = None  # a date of its own: the period named before no longer governs
            if not dated and context.is_record and context.occasion_end and scope.day and scope.day < context.occasion_end \
                    and new_scene(sentence):  # "At Belvedere Palace the talks had a similar tone.": a later scene of the story
                scope.bound = (context.occasion_end, "day")
                if _TALKS_THERE.search(sentence):
                    events.append(_talks_there(index, s, scope.bound))
            if scope.dated_text and dated:
                if scope.written and (before := told_before(sentence, dated[0], block.language)):
                    events.append(_between(index, s, before, scope.written, dated[0], block.language))  # "... were arrested and soon tried on 9-11 October"
                events += scope.place(dated[0])  # the acts the history told since its last date happened by this one
            spoke_from = scope.day  # the day the text spoke from before this sentence's own days
            headed = day_heading.start_date if day_heading is not None and day_heading.precision in ("day", "minute") else None
            for mention in s.dates:
                scope.follow(sentence, mention)
                scope.govern(sentence, mention)
            if not s.dates and (s.relative or _opening_relative_day(sentence, block.language)) and not _story_day_kept(s):
                scope.stated = scope.stated_span = scope.said_day = scope.inside = None  # "Yesterday evening ...", "the next day ...": a day of its own, not the one stated before
            if (between := happened_between(sentence, dated)) is not None:
                events.append(_between_days(index, s, *between))  # "... which must have taken place between despatch
                # Khrushchev private letter October 26 and published letter October 27"
            for mention in dated:
                if (place := _place_named(sentence[: mention.start], _PLACE_THING_DATED)) is not None:
                    held_at[place] = mention  # "the Moscow meeting [on 9-10 June 1967]": what was done there, on those days
                event = sentence_event(index, s, mention, previous_actor, context, block.language)
                if context.is_letter and context.recipients and not event.targets and event.sources == list(context.senders) \
                        and block.text.strip() == sentence.strip() and (_heads_the_text(doc, index) or is_place_dateline(sentence, mention.text)):
                    event.targets = list(context.recipients)  # "Budapest, 17 July 1968" over a letter, "Havana, October 28,
                    # 1983" under its signature: the place and day it is written and sent from, to its addressee
                if _acted_on_paper(sentence, mention, block.language):
                    event.event_type, event.sources, event.targets = "message_sent", [], []  # "X did not reply to the note
                    # of 5 March": the date is the note's, sent by someone the sentence does not name, not X's reply
                if context.is_record and _spans_the_day(mention, scope):
                    event.on(scope.day).date_kind = "exact"  # "Kim described the situation ... during 1958": at the meeting
                elif (by := deadline_passed(sentence, mention, block.language)) is not None and event.date_kind != "upper_bound":
                    event.start_date, event.end_date, event.start_time, event.date_kind = None, by, None, "upper_bound"
                    event.inferred = True  # "By the end of August the Somali forces held most of the lowlands": by then
                if not event.sources and not event.targets and event.event_type == "meeting":
                    event.sources = actor_names(block.text[end: end + 120])[:1]  # "Meeting on 25 July opened. Senior delegate UNC ..."
                events.append(event)
                if (course := since_span(index, s, mention, event, context, block.language, scope.day, headed)) is not None:
                    events.append(course)  # "has eroded steadily since the abortive coup of October 1965": to the day written
                    if (course.evidence_end == event.evidence_end and event.sources == course.sources and mention.precision in ("day", "minute")
                        and since_other(s, mention, block.language) != "clause") \
                            or (names_since(s, mention, block.language) and not since_day_told(s, mention)):
                        events.remove(event)  # "..., but since 10 October it has been pushed back", "Embassy has had no
                        # water since September 15", "the party had warned of this danger since 1963": the course only; the
                        # date right after the since word names when it began, no act of its own
            if dated and not reported and (saying := _saying_on_a_relative_day(index, s, dated, context, block.language, previous_actor)):
                events.append(saying)  # "FATHER LINI TOLD ME THIS MORNING THAT HE HAD ASKED ... ON 31 MAY": the saying on
                # the day its own word counts from the writing, beside the act it reports on that act's date
            for mention in since_only:  # the course alone, its actors the clause's subject (the sentence's own actors)
                if (course := since_span(index, s, mention, sentence_event(index, s, mention, previous_actor, context, block.language),
                                         context, block.language, scope.day, headed)) is not None:
                    events.append(course)
            if dated and (course := period_start_events(index, s, context, scope.day, headed)):
                events += course  # "have been besieging Harar since the beginning of the month, and ... in September"
            if context.is_correspondence and not context.is_record and not context.is_journal and scope.day is not None \
                    and scope.floor is None and (came := _ARRIVED.get(block.language or "en")) is not None and came.search(sentence) \
                    and (days := [m.start_date for m in dated if m.precision in ("day", "minute") and m.start_date < scope.day]):
                scope.floor = days[0]  # "15 января с.г. в Москву прибыла делегация ...": what it did after, by the note's day
            if (context.is_record or context.is_correspondence or context.is_journal) and scope.day is not None:
                events += _studied_papers(index, s, dated, scope.day, previous_actor, block.language,
                                          context.senders)  # "The Soviet leadership has
                # carefully studied your letter of 21 April": between the letter's day and the day the text speaks from
            if dated and scope.day is not None and scope.precision == "day":
                events += _handed_on_a_day(index, s, dated, scope.day, block.language, context.senders)  # "Your cable
                # 2107 of 16 May was received here at 0340 hours this morning": the receipt on its own day
                if block.language in (None, "en") and context.is_record:
                    events += _main_before_dated_aside(index, s, dated, scope.day, events[before_sentence:])  # "The Council
                    # approved the appointment ..., which had been proposed by Mr Bech on 11 August": the approval, that day
                if not any(e.start_date == scope.day or e.start_date is None for e in events[before_sentence:]
                           if e.evidence_start <= s.start and e.evidence_end >= s.end):
                    events += _act_on_a_paper(index, s, dated, scope.day, block.language, context.senders,
                                              previous_actor)  # "... and
                    # handed him his message of 9 March", in the record of a talk of 15 March: the hand-over that day
            if len(dated) > 1 and len(events) - before_sentence == len(dated):
                _until_next(events[before_sentence:], s, dated)  # "... from 24 October 1956, and then on 4 November ..."
            if dated and block.language == "zh" and (context.is_record or context.is_correspondence):  # "十四日到北京，前天参观了
                events += zh_told_days_after_date(index, s, dated, scope.talk or scope.day or context.occasion)  # 北京大学"
            if dated:
                events += apposed_events(index, s, dated)  # "on 29 July, the day before independence": independence, 30 July
            if dated and s.relative:  # "... on the evening of 6 September and was received by Mao the next day": that day's act
                happened = from_happening(s, events[:before_sentence], [b.text for b in doc.blocks], index)  # "Three weeks
                # after the coup ...": from the coup's day, not the last date written
                counted = counted_after_date(index, s, dated, happened or events[:before_sentence], events[before_sentence:],
                                             list(context.senders) if context.is_correspondence else None,
                                             scope.talk or scope.day or context.occasion or context.letter_date,
                                             (scope.talk or scope.day) if context.is_record and block.language == "ru" else None,
                                             block.language)  # "... ten
                # days ago": from the day the text speaks from (a record's talk), never from the date the sentence writes
                written = s.start + max(m.start for m in dated)  # "... accepted it two days later, and on the morning of 11
                # April the delegation left Vienna": the clause counted before the date goes before the sentence's rows, so
                # the day written last stays the last the text wrote ("The talks opened the next afternoon": the 12th)
                events[before_sentence:before_sentence] = [e for e in counted if e.evidence_end <= written]
                events += [e for e in counted if e.evidence_end > written]
                events += _look_back_aside_counted(index, s, dated, block.language, events[:before_sentence], context,
                                                   scope.day or context.occasion or context.letter_date, previous_actor)
            if dated:  # "... met on 3 May, but Washington continues to link ...": the state under way as the text is written
                events += ongoing_after_date(index, s, dated, block.language, course_end(context, scope.day, headed),
                                             events[before_sentence:])
                events += since_then_after_date(index, s, dated, course_end(context, scope.day, headed))
                if (course := course_after_aside(index, s, dated, course_end(context, scope.day, headed), block.language)) is not None:
                    told_courses.append(course)  # "The cease-fire, which was announced on 3 May, has been broken several times"
            if dated and ((block.language == "zh" and (tail := _undated_tail(sentence, dated)) is not None)
                          or (block.language != "zh" and (tail := _weekday_tail(sentence, dated, block.language)) is not None)):
                made = tense_events(index, Sentence(s.start + tail, s.end, sentence[tail:], [], s.year), block.language, context,
                                    scope, previous_actor, bool(turn or turn_name), block.text)  # "……七日进占水原，敌已退至平泽、安城一线。"
                if block.language != "zh" and (interposed := interposed_clause(sentence, dated, block.language)) is not None \
                        and interposed[1] == tail and (subject := actor_names(sentence[: interposed[0]])):
                    for event in made:  # "Makarios, who flew to London on 17 July, addressed ...": the subject's act
                        event.sources = [*subject[:1], *(n for n in event.sources if n != subject[0])]
                        event.targets = [n for n in event.targets if n != subject[0]]
                    for event in events[before_sentence:]:  # the interposed clause's own row: none the main clause names
                        event.targets = [n for n in event.targets if n not in actor_names(sentence[tail:]) or n in actor_names(sentence[: tail])]
                elif block.language in (None, "en") and weekday_clause(sentence, max(m.end for m in dated)) == tail \
                        and (subject := actor_names(sentence[: tail])):
                    for event in made:  # "The Council met on 28 April and on Tuesday sent ...": the joined clause's act is
                        if not event.sources:  # the subject's of the clause it is joined to
                            event.sources = subject[:1]
                            event.targets = [n for n in event.targets if n != subject[0]]
                events += made
            events += opening_counted
            if dated and (not (context.is_correspondence or context.is_record) or (editors_until is not None and (index, start) < editors_until)):
                events += _told_as_to_come(index, s, block.language)  # "After ... in December 1988, Thatcher would proclaim ...":
                # a history, or the editors' headnote above a record
            if not dated and not reported:
                now = scope.day or context.occasion or context.letter_date  # the day the text speaks from: "a week ago"
                said_on = scope.day if (context.is_record or entry_from is not None) and not turn and not turn_name else None  # a conversation's day, a journal entry's
                counted = events[entry_from:] if entry_from is not None else events  # a journal's: from its entry's heading on
                if context.recalls and context.occasion is not None and (told_story := [e for e in counted if e.start_date != context.occasion]) \
                        and last_dated(told_story) is not None:
                    counted = told_story  # a recollection's "the following week", "two days later" count from the last day its
                    # story set ("The coup came on February 25, 1980"), not from the interview's turns and head, said on its day
                texts = [b.text for b in doc.blocks]
                if (happened := from_happening(s, counted, texts, index)) is not None:
                    counted, said_on = happened, None  # "within a day of the coup": from the coup's day the page told
                elif (marked := _note_marked_at(index, s.start, texts, counted)) is not None:
                    counted = marked  # "〔4〕 当晚，周恩来召集 ...": the evening of the day of the text the note's mark stands in
                events += since_then_events(index, s, events, context, scope.day, headed) or relative_events(
                    index, s, counted, context, now, said_on, previous_actor, entry_day=scope.day if entry_from is not None else None,
                    language=block.language, texts=texts, written=written_on(scope, context, now) if now is not None else None) or (
                    [] if _opening_relative_day(sentence, block.language) else undated_events(index, s, context, scope.before(scope.day)[0] if scope.day else None))
                if len(events) == before_sentence + 1 and events[-1].event_type == "reply" and events[-1].method == "relative_date":
                    events += reply_reports(index, s, events[-1], scope, block.language, context, previous_actor)  # "Tshombe
                    # replied that U Thant had received a letter": the reply, and the act it reports
                # "This morning Prime Minister Gandhi announced ...", "Вчера посол сообщил ...": the opening day counted
                # from the day of writing dates the sentence's act (its verbs read by ``tense_events``), no bound
            if dated and block.language in (None, "en"):  # "..., and since then our troops have not fired a shot": the
                told_courses += since_then_joined(index, s, context, scope.day, headed)  # course after the dated act
            below = next((datelines[i] for i in range(index + 1, index + 5) if i in datelines), None)
            events += act_events(index, s, context, below)
            only_named = dated and len(events) - before_sentence == len(dated) and all(
                (names_a_thing(sentence, m) and not _thing_acts(sentence, m, block.language)) or m in backdrop for m in dated
            ) and not opening_counted
            answered = answers_before(sentence) if len(events) == before_sentence and events and events[-1].block == index else None
            if (len(events) == before_sentence or only_named) and not ((turn or turn_name) and start <= labelled_to and not bracketed) \
                    and not answered:  # "Com. Tito agreed to this.": the answer to the act before, not a past act of its own
                events += tense_events(
                    index, s, block.language, context, scope, previous_actor, bool(turn or turn_name),
                    ("“" if quoting else "") + block.text, 1 if quoting else 0,
                )
                if len(events) > before_sentence:
                    _from_last_told(events[before_sentence:], events[:before_sentence], sentence, block.language,
                                    [b.text for b in doc.blocks])
                if context.is_record and block.language == "ru" and scope.day and scope.day == context.occasion and s.start == 0 \
                        and not _RU_PRESENT.match(sentence) and _keeper_opens(sentence, "ru") and len(sentence.split()) > 4:
                    for event in events[before_sentence:]:  # "Принял Д. Сассу-Нгессо по его просьбе ...": the one who keeps
                        if event.date_kind == "upper_bound" and event.end_date == scope.day:  # the record tells the talk
                            event.on(scope.day).date_kind = "exact"  # he held, on the record's day
                if len(events) == before_sentence + 1 and not quoting and story_day_row(scope, context, events[-1]):
                    events[before_sentence:] = _story_day_clauses(index, s, events[-1], block.language, context, scope,
                                                                  previous_actor, bool(turn or turn_name))
            elif context.is_record and (turn or turn_name) and start <= labelled_to and not bracketed and not dated:
                events += turn_plans(index, s, block.language, context, previous_actor, scope)  # "布托表示，他明天将去上海参观": the
                # turn's row holds the saying; the plan it states is a row of its own
            if len(events) > before_sentence:
                events[before_sentence:before_sentence] = _own_clause_acts(
                    index, s, events[before_sentence:], block.language, context, scope, previous_actor, bool(turn or turn_name),
                    events[:before_sentence])  # before the sentence's own rows: its own day stays the last the text wrote  # "…; the body of Nuri Said … was
                # found … yesterday", "Группа была окружена … и на следующий день ликвидирована": each clause its own day
            if context.is_message and not context.is_record and scope.moved and scope.day is not None and context.letter_date \
                    and scope.day < context.letter_date and _opens_on_the_day_written(sentence, block.language) \
                    and any(e.start_date == e.end_date == context.letter_date for e in events[before_sentence:]):
                scope.day, scope.precision, scope.last = context.letter_date, "day", None  # "Yesterday morning Libyan
                # authorities forced down ... . Early this morning the police began arresting ...": the cable's story back
                # on the day it is written, its acts told after it ("We agreed to ask ...") of that day
            if block.language in (None, "en", "ru") and (not dated or (
                    (opens := reported_clause_start(sentence, block.language)) is not None and all(m.end <= opens for m in dated))) \
                    and (host := _saying_row(events, index, s)) is not None:  # "On 27 June the High Commissioner announced
                # that he had invited ...": the day written before the reported clause is the saying's, and its "he" the one
                # who says it
                held = [e for e in events[before_sentence:] if e.block == index and e is not host and s.start <= e.evidence_start < s.end]
                made = reported_done_acts(index, s, host.start_date, block.language, context, host.sources[0] if dated and host.sources else previous_actor, [
                    (e.evidence_start, e.evidence_end) for e in held if not _bound_by_verbs(e)])  # "Nimeiri admitted that
                # Mahjub had been tried and hanged": the saying's row, and the act it reports as done, on or before its day
                made = [m for m in made if all(_same_clause_read(e, m) for e in held if _overlap(e, m))
                        and not (host.date_text and host.date_text in block.text[m.evidence_start: m.evidence_end])] if not any(
                    e.start_date not in (None, host.start_date) for e in held) else []  # "informed me that the day before
                # the Korean side had handed ...": a clause with a day of its own is that day's act
                events[before_sentence:] = [e for e in events[before_sentence:] if not any(_overlap(e, m) and _same_clause_read(e, m) for m in made)] + made
                # in place of the same clause read alone by its verbs, cut at its "and"
            if context.is_record and scope.day is not None and (label := _labelled_within(sentence)) and start + label[0] > 0:
                events[before_sentence:] = [e for e in events[before_sentence:] if e.evidence_start < s.start + label[0] or e.method == "dated_sentence"] + [
                    _turn_within(index, s, label, scope)]  # "... June.) […] Gorbachev: On the one hand, ...": his turn from there;
                # a day his words name stays a row ("TEMPLETON: In the summer of 1960, ...")
            if context.is_record and scope.day is not None and (talked := _TALKS_HEADING.match(sentence)):
                events[before_sentence:] = [_talks_heading(index, s, talked, scope, block.language)]  # "On Discussions with the
                # Chinese comrades.", "Concerning the talks with the Hungarian leadership.": the point, no act of its own
            for event in events[before_sentence:]:
                if event.method != "dated_sentence" and event.start_date is not None and event.start_date == event.end_date \
                        and event.date_kind in (None, "exact") \
                        and _BY_COUNTED_DAY.match(block.text, event.evidence_start, event.evidence_end):
                    event.start_date, event.start_time, event.date_kind = None, None, "upper_bound"  # "..., and by today
                    # it has reached Jessore", "к сегодняшнему дню": on or before that day
            if context.is_record and block.language == "zh" and not s.dates and scope.day is not None \
                    and (met := next((e for e in events[before_sentence:] if e.method == "relative_date" and e.start_date is not None
                                      and e.start_date == e.end_date and e.evidence_start <= s.start + 1), None)) is not None \
                    and met.start_date > scope.day and _ZH_TALK.search(sentence):
                scope.enter_day(met.start_date)  # "……七月五日抵京……十二日……签订了协定。签字前一日晚，周总理……会见了两国代表团":
                # a record or a circular that tells its talk on a day counted from the days it wrote: the turns after it
                # ("周总理说，……", "贾迈勒表示，……") are of that day, not of the delegation's arrival
            if context.is_record and scope.day is not None and block.language in (None, "en") and s.dates \
                    and not any(e.start_date == scope.day for e in events[before_sentence:]) and _body_decides(sentence, context.body):
                decided = EventDraft(index, "statement", s.start, s.end, "document_act", 0.5).on(scope.day)
                decided.date_kind, decided.sources = "exact", [context.body]  # "The Presidium approves the publication of an
                events.insert(before_sentence, decided)  # editorial in Rudé právo on 12 January.": decided at the session,
                # the publication its plan
            if not s.dates and (opened := _day_opened(sentence, events[before_sentence:])) is not None:
                scope.stated = opened  # "In the early hours of Friday the government proclaimed ...": the day the sentence
                # opens on dates the clock hours and day parts told after it in its passage ("At 3:10 a.m. ...")
                opened_in = (index, opened)
            elif (opened := _told_day_opened(sentence, events[before_sentence:])) is not None:
                scope.said_day = (index, opened)  # "He said that on the evening of 25 November some forty-four mercenaries had
                # arrived ... . Fighting at the airport went on through the night.", "The Commissioner stated that yesterday
                # morning ... . In the afternoon crowds had burned buses": the day a saying's told clause opens on dates the
                # day parts and nights of the acts its passage tells next (tense_sentence.py, Scope.said_day)
            if answered and len(events) == before_sentence:
                events.append(_answer(index, s, events[-1], answered, block.language))  # "I said to Com. Tito, how would he
                # view it if ... He agreed.": on the day of the asking
            if editors_until is not None and (index, start) < editors_until:
                for event in events[before_sentence:]:
                    _undated_background(event)
            if not dated and (course := _course_before(events[first_of_block:before_sentence], index, s.start, block.text)) is not None \
                    and PERFECT_VERB.search(sentence):
                for event in events[before_sentence:]:  # "... since the beginning of the year. The bands have carried out more
                    _goes_on(event, course)  # than a hundred attacks": the perfect after the course tells of the same span
            if not reported:  # "who has been broadcasting threats since Sunday", "he has since asked for asylum": a course to
                told_courses += since_told_events(index, s, events, context, scope.day, headed) \
                    or since_happening_events(index, s, events, [b.text for b in doc.blocks], context, scope.day, headed)  # the day written, beside the
                # sentence's rows; added at the end, no day the relative days after it count from
                if block.language in (None, "en"):  # "The FLQ still holds Cross.": from the story's first day to the day written
                    ongoing_state(s, events[before_sentence:], events[:before_sentence], context,
                                  [b.text for b in doc.blocks], scope.day, headed)
                    # a present perfect with no day nor course of its own ("Paris has denied any part in the coup") stays on
                    # or before the day written, though the page told the happening it names (fixtures README)
            if (recounted := _recounted_day(events[first_of_block:before_sentence], scope.day)) is not None \
                    and not (block.language in (None, "en") and PERFECT_VERB.search(sentence)) \
                    and not (context.is_record and told_already(sentence, block.language)):
                # "... a curfew from 2000 yesterday. Embassy has advised American citizens to stay in their homes.": a present
                # perfect is told as of the writing day, not of the day the passage turned back to; "His government had
                # already lodged a complaint", in a record of a talk or minutes: the speaker's "has already", done by the day
                # the talk is held, whatever earlier day the passage told before (not a story's "By then Carter had already
                # approved")
                for event in events[before_sentence:]:  # "Thank you for telephone call late last night. ... The word
                    _by_the_day_told(event, recounted, [context.speaker, context.side, *context.senders])  # appeared"
            if held_at and (place := _place_named(sentence, _PLACE_THING)) in held_at:
                for event in events[before_sentence:]:
                    _done_there(event, held_at[place])
            if told_day is not None and not s.dates and not s.relative and not quoting \
                    and not (told_night is not None and reported_by_others(sentence)) \
                    and goes_on_that_day(sentence, events[before_sentence:], told_day, block.language):
                for event in events[before_sentence:]:  # "On Friday the army took the radio station. Parliament was
                    event.on(told_day).date_kind = "exact"  # dissolved.": the story of that day goes on; no day of
                    event.clock = "day"  # its own, so a passage turned back to the day before stays on it
                    if told_night is not None:  # "In the night from Thursday to Friday a group ... seized six
                        event.end_date, event.date_kind = told_night, "range"  # generals. Nasution escaped over the
                        # wall of his house": the story of that night goes on, over both its days
            told_night = None
            if not quoting and (told_day := told_day_of(sentence, start, events[before_sentence:], block.language)) is None:
                told_night = told_night_of(sentence, start, events[before_sentence:], block.language)
                told_day = told_night and next(e.start_date for e in events[before_sentence:]
                                               if e.evidence_start == start and e.end_date == told_night)
            # sentence on: what comes after that one ("Limann went into hiding ...") is told as of the writing
            if (weekend := _by_the_weekend(block.text, s.start, block.language, scope.day, context.letter_date)) is not None:
                for event in events[before_sentence:]:  # "By the weekend the rebels controlled Cochabamba and Oruro.": on or
                    if event.date_kind in ("upper_bound", "exact", None) and event.evidence_start == s.start:  # before its Saturday
                        event.start_date, event.end_date, event.start_time, event.date_kind = None, weekend, None, "upper_bound"
                        event.precision = "day"
            if not any(e.start_date is None and e.end_date is None for e in events[before_sentence:]):  # read as a plan already
                planned = planned_events(index, s, ahead, block.language, context.group_before)  # after the sentence's own acts, which the rules above read first
                for event in planned:  # "Our delegation will leave Beijing for Pyongyang on the 9th": the speaker's side's delegation
                    if not event.sources and block.language in (None, "en"):
                        event.sources = own_group(block.text[event.evidence_start: event.evidence_end], context)
                events += planned
            if block.language in (None, "en") and not (context.is_correspondence or context.is_record) \
                    and not any(e.start_date is None and e.end_date is None for e in events[before_sentence:]):
                events += told_plans(index, s, None, turn_name or context.speaker, sentences[s_at - 1].text if s_at else None, vague=False,
                                     previous_actor=previous_actor)  # an
                # agency's memorandum or a report with no sender: "Zerbo promised to name a government within a week", a plan too
            if block.language in (None, "en") and (context.is_correspondence or context.is_record) \
                    and not any(e.start_date is None and e.end_date is None for e in events[before_sentence:]):
                events += told_plans(index, s, context.senders[0] if len(context.senders) == 1 else None, turn_name or context.speaker,
                                     sentences[s_at - 1].text if s_at else None,  # "Globke added that the Bundestag will debate the treaty in the second half of June"
                                     context.addressees[0] if context.is_correspondence and len(context.addressees) == 1 else None,
                                     previous_actor=previous_actor)
                events[before_sentence:] = writer_plan_alone(s, events[before_sentence:])  # "I propose to see the Chief
                # Justice on Monday": the writer's plan, no proposal on the telegram's day beside it
                events += coordinated_plans(index, s, context.signer or (context.senders[0] if len(context.senders) == 1 else None))  # "The leaders were arrested on 24 November and will be tried ... in January"
            elif block.language == "zh" and (context.is_correspondence or context.is_record):
                events += [e for e in zh_plan_clauses(index, s, context.listeners or (
                    turn_addressees([turn_name], participants) if context.is_conversation and turn_name else [])) if not any(
                    x.evidence_start == e.evidence_start and x.start_date is None and x.end_date is None for x in events[before_sentence:])]
            events += clause_plans(index, s, events[before_sentence:], block.language, turn_name or context.speaker or (
                context.senders[0] if len(context.senders) == 1 else None), context.side, block.text[:s.start])  # "Chen Yi — In December our
            # government will send a trade delegation to Hanoi": the turn's row, and the plan it states, undated
            if block.language in (None, "en") and context.is_record:  # "(iii) that the Prime Minister tour the Western
                events[before_sentence:] = decided_point(index, s, events[before_sentence:], scope.day)  # Division on Monday": the act
                # the session decided, to come, undated
            if block.language in (None, "en", "ru"):  # "Gabon would establish relations with Luanda when the foreign troops
                events[before_sentence:] = [e for e in events[before_sentence:] if not (  # have left": no plan decided
                    e.date_kind == "undated" and e.start_date is None and e.end_date is None and e.block == index
                    and on_an_open_condition(block.text[e.evidence_start: s.end], block.language, s.year))]
            if block.language in (None, "en") and (context.is_correspondence or context.is_record) and scope.day is not None:
                events += told_in_period(index, s, scope.day, events[before_sentence:])  # "He added that Gronchi had raised objections
                # in a letter to Segni last week": that week's act, beside the saying
            if block.language in (None, "en") and scope.day is not None:
                events += joined_done_already(index, s, scope.day, events[before_sentence:])  # "..., and that the Permanent
                # Representative had already conveyed the views of the Government": on or before the saying's day
            if block.language in (None, "en") and (context.is_correspondence or context.is_record) and scope.day is not None:
                events += done_in_a_month(index, s, scope.day, events[before_sentence:])  # "the development grant agreed in
                # June": the grant's agreeing, that June, beside the sentence's own act
            if block.language in (None, "en") and context.is_record and scope.day is not None:
                events += agreed_at_the_meeting(index, s, scope.day, events[before_sentence:])  # "It was agreed that the
                # conference would sign its report on Monday": the meeting's agreement, on its day, beside the plan
            paraphrase = bool(_MESSAGE_SAYS.match(sentence)) and _names_a_dated_message(events[first_of_block:before_sentence])
            if paraphrase:
                paraphrased = events[before_sentence - 1]  # the message whose words the passage gives from here
            elif any(e.method == "dated_sentence" for e in events[before_sentence:]):
                paraphrased = None  # another message, or a day of its own: the words given are over
            if paraphrased is not None and _DECIDED.search(sentence):
                for event in events[before_sentence:]:
                    _decided_in(event, paraphrased)
            if block.language == "zh" and context.group_before:
                for event in events[before_sentence:]:  # "志愿军各项出动准备不充分。……十五日出动": a Chinese plan that names no
                    if event.date_kind == "undated" and not event.sources and not event.targets:  # doer, a plan, has the
                        event.sources = [context.group_before]  # group the sentence before named as its subject
            if scope.day is not None:  # "the contents of telegram #154 from ...", "following publication exchanges of letters"
                events += referred_events(index, s, convened_by(sentence, context) or scope.before(scope.day), block.language, context)
                events += conformity_events(index, s, scope.before(scope.day), block.language, context, paraphrased)  # "按你预定指示"
                requests += (asked_for := requested_events(index, s, scope.before(scope.day), block.language))
                events += asked_for  # "at the request of X, they intervened"
            if context.is_record:
                for event in events[before_sentence:]:
                    said = _SAID_TO.search(sentence)
                    if said is None and event.sources and event.sources[0] in participants:  # "Сукарно поблагодарил ...": by one
                        said = _SAID_TO_OTHER.search(sentence)  # of the talk's parties, to the other ("said" alone tells no listener)
                    asked = said is not None and (event.event_type not in SYMMETRIC or _SUBJECT_ONLY.match(sentence[: said.start()]))
                    # "In 1956 we will not pay 40 million tugrug ...": the writer's own commitment, refusal or proposal in the talk,
                    # said to the other party (an account of what he reported or sent says to whom by itself, or to no one)
                    asked = asked or (event.method == "document_act" and bool(context.senders) and event.sources == list(context.senders)
                                      and event.event_type in _SAID_IN_TURN)
                    told = event.method == "dated_sentence" and said is not None and len(event.sources) == 1 \
                        and (that := _THAT_TOLD.search(sentence, said.end())) is not None \
                        and (last := event.sources[0].split()[-1]) in sentence[that.end():] and last not in sentence[: that.start()]
                    if not event.targets and len(event.sources) == 1 and asked and not told:  # "I requested ... the August (1955)
                        # agreement" too; not an act a "that" clause tells ("informed her that the Bulgarian Red Cross had sent ...")
                        event.targets = turn_addressees(event.sources, participants) or _to_the_writer(event, participants, context) or (
                            _last_other(events[:before_sentence], event.sources) if event.method == "document_act" else []
                        )  # "Premier Zhou asked about ...": of Kim
                    elif not event.targets and len(event.sources) == 1 and context.senders and event.sources[0] not in context.senders \
                            and (said := _SPEECH.search(sentence)) and _TO_ME.search(sentence, said.end()):
                        event.targets = list(context.senders)  # "He also said that it would be desirable for me to transmit ...": said to the writer
                    elif event.event_type == "reply" and not event.sources and not event.targets and (asker := _last_other(events[:before_sentence], [])):
                        event.sources, event.targets = turn_addressees(asker, participants), asker  # "The answer was: we support this idea."
            if block.language in (None, "en") and (head := group_head(sentence)) is not None:
                for event in events[before_sentence:]:  # "The delegation headed by Deputy Premier Jedrychowski arrived": he too
                    if event.sources and event.targets in ([], [head]) and head not in event.sources and _GROUP_SUBJECT.match(
                        sentence[: _HEADED_BY.search(sentence).start()]
                    ):  # the group is the sentence's subject: the man "led by" names acts with it, and is no target
                        event.sources, event.targets = [*event.sources, head], []
            if block.language in (None, "en") and (telling := _telling(index, s, events[before_sentence:], scope.day or context.letter_date,
                                                                      previous_actor, context, participants,
                                                                      _passage_day(events[first_of_block:before_sentence], scope, context))):
                events.append(telling)  # "Pella told me this morning that the cabinet had decided on May 20 ...": the telling too
            if block.language == "zh" and context.is_correspondence and not context.is_record and scope.day is not None:
                if (talk_day := _zh_talk_day(sentence, written_on(scope, context, scope.day))) is not None:
                    zh_talk, zh_talk_with = talk_day, [n for side in _zh_talk_parties(sentence.lstrip(POINT_MARKS + " ")) for n in side]
                if zh_talk is not None:
                    events[before_sentence:] = _zh_talk_turn(index, s, events[before_sentence:], zh_talk, previous_actor, zh_talk_with)
            if doc.document_type == "record_of_conversation" and context.held_on is not None and not talk_opened and s.start == 0 \
                    and not s.dates and opens_the_talk(sentence):
                talk_opened = True  # "NOTE on a conversation ... on 6 November" / "X received the undersigned for a farewell
                for event in events[before_sentence:]:  # visit": the sentence that opens the talk the head dated, on its day
                    _on_the_talk_day(event, s, context.held_on)
            if at_meeting is not None and scope.day is not None and scope.talk is not None and scope.day >= scope.talk:
                events[before_sentence:before_sentence] = _turn_at_the_meeting(index, s, events[before_sentence:], scope.day, at_meeting,
                                                                               block.language)  # the saying, then what it tells
            if block.language in (None, "en") and context.is_correspondence and not context.is_record and scope.day is not None \
                    and (met := met_the_writer(opened := _with_its_opener(block.text, start, sentence))) is not None:
                spoke_from = written_on(scope, context, spoke_from or scope.day)  # "Yesterday ... . In a talk with me today, ...":
                # today is the cable's day, though its story told the day before first
                scope.day, scope.precision, scope.moved, scope.last = spoke_from + timedelta(days=met), "day", True, None
                scope.talk = scope.talk or scope.day  # the talk the cable tells: a day before it that a later sentence opens
                # with is a look back told at the talk ("On 24 January the American representative raised ..."), not a move
                went = _talk_opened(opened)
                who, went_at = went["who"], index if went.re is _WRITER_OPENED else None
                if went_at is not None and (named := _OFFICE_NAMED.match(opened, went.end("who"))) is not None:
                    who = named["name"]  # "I called on the Minister of Foreign Affairs, Dr. Hilgard Muller, who ...": the name
                partner = previous_actor if who in ("He", "She") else (actor_names(who) or [canonical_name(who)])[0]
                talk = (partner, _cable_signer(doc) or (context.senders[0] if context.senders else None), scope.day)
                for event in events[before_sentence:]:
                    _on_the_talk_day(event, s, scope.day)  # "Today at 6 p.m. SADAT received me": the meeting, on that day
                    if event.evidence_start == s.start and event.event_type in ("message_received", "message_sent"):
                        event.event_type = "meeting"  # "Mosadeq received me this morning at his house": no message, the talk
                    if talk[1] and event.evidence_start == s.start and event.sources and talk[1] not in event.sources + event.targets \
                            and _MET_WRITER_PASSIVE.match(opened):
                        event.targets = [talk[1], *event.targets]  # "Today at 11:00 I was received by President Touré": he met the writer
                    elif talk[0] and talk[1] and event.evidence_start == s.start and event.start_date == scope.day \
                            and talk[0] not in event.sources and _MET_WRITER.match(opened):
                        event.sources, event.targets = [talk[0]], [talk[1]]  # "Habyarimana called in the Ambassador at 1600
                        # yesterday and said ...": he met the writer, whatever the clause he told of names
            elif talk is not None and block.language in (None, "en"):
                turns = _talk_turn(index, s, events[before_sentence:], talk[2], None if dated else scope.day) if scope.day is not None and scope.day <= talk[2] \
                    and _TALK_TURN.match(sentence) else []  # a day told before it is a look back told at the talk ("... began
                # arriving last week. He asked that ..."): the saying that follows is still the talk's
                events += turns
                if not turns and scope.day is not None and scope.day <= talk[2] and not dated and _WRITER_ACTED.match(sentence):
                    for event in events[before_sentence:]:  # "Ambassador made no commitment.": the writer's own answer in
                        _on_the_talk_day(event, s, talk[2])  # the talk, on its day, not by it
                for event in events[before_sentence:]:
                    _said_in_the_talk(event, s, talk)
                for event in turns:
                    if event.sources != [talk[1]] and not _TO_THE_WRITER.search(sentence, 0, 60) and not addressed_turn(sentence):
                        event.targets = []  # "He stressed that ...": his point; "He said that", "He informed me", "asked me": to the writer
            if block.language in TURN_LANGUAGES and not context.is_record:
                turn_day = talk_turn_day = _turns_on_the_day_told(index, s, events, before_sentence, turn_day, block.language,
                                                                  _cable_signer(doc) or (context.senders[0] if context.senders else None), previous_actor)
            if block.language == "ru" and context.is_correspondence and (not context.is_record or not context.speaker and len(context.senders) == 1):
                ru_talk = _ru_conversation(doc, index, s, events, before_sentence, context, ru_talk, spoke_from or scope.day)
                if ru_talk is not None:
                    ru_talk_day = ru_talk[2]
                elif ru_talk_day is not None and _RU_TURN.match(sentence):  # "Туре сообщил, что 20 ноября были арестованы ...",
                    events[before_sentence:] = _ru_turn_saying(index, s, events[before_sentence:], ru_talk_day, previous_actor)
                    # after a line of the cable's own between the turns: the saying still of the talk, beside the act it tells
                elif ru_talk_day is not None and s.start == 0 and tells_the_meeting_again(sentence):
                    events[before_sentence:] = [e for e in events[before_sentence:] if not (e.evidence_start == s.start and e.method == "tense_sentence")]
                    # "Беседа продолжалась около часа." after the turns and the lines between them: the talk told once
            if block.language == "ru" and (context.is_record or context.is_journal) and scope.day is not None:
                events[before_sentence:] = _ru_turn_saying(index, s, events[before_sentence:], scope.day, previous_actor,
                                                           [e for e in events[:before_sentence] if e.block == index and e.evidence_start == s.start])
            if block.language == "zh" and context.is_record and scope.day is not None and s.start == 0:
                events[before_sentence:] = _zh_turn_saying(index, s, events[before_sentence:], scope.day,
                                                           turn_name or zh_label_speaker(block.text))
            if block.language in TURN_LANGUAGES and context.is_record and scope.day is not None:
                events[before_sentence:] = _clause_turn_saying(index, s, events[before_sentence:], scope.day, previous_actor, block.language)
            if block.language in (None, "en") and (context.is_record or context.is_journal) and scope.day is not None \
                    and not (turn or turn_name) and talk is None:
                events[before_sentence:] = _en_turn_saying(index, s, events[before_sentence:], scope.day, previous_actor, context)
            if met_rows and _JOINED_TALK.match(sentence):
                events[before_sentence:] = [e for e in events[before_sentence:] if e.start_date is not None]  # the coming is no act of its own
            if met_rows and (present := _PRESENT_ALONE.match(with_initial := _initial_before(block.text, start) + sentence)
                             or _PRESENT_FIRST.match(sentence) or _JOINED_TALK.match(with_initial)):
                who = present["who"].split(",")[0] if clause_names(present["who"].split(",")[0], block.language) or "," not in present["who"] \
                    or len(present["who"].split(",")[0].split()) <= 4 else present["who"]  # "T. N. Kaul, Secretary of the Ministry ...": the name
                if (office := _OFFICE_FIRST.match(present["who"])) is not None:
                    who = office["name"]  # "The Minister of Foreign Affairs, Frederick Wills, was present.": the name after his office
                for event in met_rows:  # "Today at 6 p.m. SADAT received me ... Prime Minister SIDKY was present.": at it too
                    there = clause_names(who, block.language) or ([canonical_name(who)] if len(who.split()) <= 4 else [])
                    event.targets += [n for n in there if n not in event.sources + event.targets]
                met_rows = []
            received = _WRITER_RECEIVED.match(sentence) if block.language in (None, "en") else None
            if block.language in (None, "en") and (_met_writer(_with_its_opener(block.text, start, sentence)) or _WRITER_VISITED.match(sentence)
                                                   or received):
                met_rows = [e for e in events[before_sentence:] if e.evidence_start == start]
                if received and len(context.senders) == 1 and _signed_person(writer := context.senders[0]):
                    for event in met_rows:  # "On 14 June at 11:00 I was received, at my own request, by Chairman Boumediene": the writer met him
                        event.targets += [writer] if writer not in event.sources + event.targets else []
            elif not (met_rows and met_rows[0].block == index):
                met_rows = []  # "... I was received by Prime Minister Indira Gandhi. The conversation lasted about 50 minutes. T. N.
                # Kaul ... was present.": those present are told in the paragraph that told the meeting
            if met_rows and (present := _IN_PRESENCE.search(sentence)):
                for event in met_rows:  # "Taraki received me in the presence of Amin and told me ...": at it too
                    event.targets += [n for n in clause_names(present["who"], block.language) if n not in event.sources + event.targets]
            if len(events) == before_sentence and (present := _PRESENT_AT.match(sentence)):
                _join_meeting(events, doc, index, clause_names(present["who"], block.language))  # "PAK HEON-YEONG was present at the meeting."
            if context.speaker and block.language in (None, "en"):
                for event in events[before_sentence:]:  # "Chancellor Kohl: ... Egon Krenz called me this morning": the speaker
                    if event.block == index and event.sources and context.speaker not in event.sources + event.targets \
                            and _DONE_TO_ME.search(block.text, event.evidence_start, event.evidence_end):
                        event.targets = [context.speaker] + event.targets
            people = [m.entity.name for m in s.mentions if m.entity.kind == "person"]
            acted = [e.sources[0] for e in events[before_sentence:] if len(e.sources) == 1 and is_person(e.sources[0])]
            met = [t for e in events[before_sentence:] if e.sources and all(n in context.senders for n in e.sources)
                   for t in e.targets if t not in context.senders and is_person(t)]  # "I was received by the Minister, X": him
            if _FIRST_PERSON.search(sentence) and (others := [n for n in acted + met + people if n not in context.senders]):
                acted = others  # "As I have already reported, ... Tito told me ... But I understood that he ...": "he" is not the "I"
            if context.speaker and (third := [n for n in acted + people if n != context.speaker and n not in context.listeners]):
                acted = third  # "Bush: ... your conversation with Henry Kissinger. ... Scowcroft will invite him": not the turn's "I" or "you"
            if not acted and (_PRESENT_ALONE.match(sentence) or _PRESENT_FIRST.match(sentence)):
                people = []  # "I was received by Prime Minister Indira Gandhi. ... T. N. Kaul ... was present. I handed her the
                # message": one only present at the talk is not whom the next "her" or "he" means (one "present at the meeting"
                # stays: "I read the text of your telegram to them" means him with the one received)
            if previous_actor and previous_actor not in context.senders and (
                    is_person(previous_actor) or lookup(previous_actor) is None and not is_bare_title(previous_actor)):
                for event in events[before_sentence:]:  # "Mintoff took office on 17 June ... He leaves for London on Sunday.": the
                    if not event.sources and not event.targets and event.block == index and _PRONOUN_ROW.match(block.text, event.evidence_start, event.evidence_end):
                        event.sources = [previous_actor]  # row its pronoun opens, read with no actor, is the person named before
            subject = carried_subject(sentence, block.language, previous_actor)  # "Tupuola said that ... He asked": the
            if subject and subject != context.speaker and subject not in context.listeners:  # speaker goes on, not one he spoke of
                previous_actor = subject
            else:
                previous_actor = acted[0] if acted else people[0] if people else previous_actor  # "... forwarded by Comrade Gorinovich. He emphasized"
            groups = [e.sources[0] for e in events[before_sentence:] if len(e.sources) == 1 and not is_person(e.sources[0])
                      and e.sources[0] != context.side]  # a speaker's "we" is no later "it"
            context.group_before = groups[0] if groups else None if acted or people else context.group_before  # its "it"
            if paraphrase:  # its subject still the one of the words that follow ("电报说:志愿军……。……十五日出动")
                events[before_sentence:] = [e for e in events[before_sentence:] if not _tells_its_words(e, s)]
            said = [e.sources[0] for e in events[before_sentence:] if len(e.sources) == 1 and is_person(e.sources[0])
                    and e.event_type in ("statement", "message_sent", "report", "reply", "proposal", "meeting")]
            last_sayer = said[0] if said else None  # who spoke in this sentence: the speaker of a quotation opening next
            recent = [*recent[-1:], people]
            context.met_with = met_with(sentence, block.language) or context.met_with
            _parties_there(events[before_sentence:], block.text, context)
            events += _journey_of_the_day(index, s, events[before_sentence:], block.language)
            context.gathered.update(gathered_parties(sentence, block.language))
            _gathering_group(events[before_sentence:], block.text, context)
            if block.language in (None, "en") and (series := GATHERED_GROUP.search(sentence)):
                context.gathering_group = series["group"]
            context.people_before = list(dict.fromkeys(n for names in recent for n in names))
            # the colon first: the pattern ends in one, and most sentences have none to look back from
            if ":" in sentence and INTRODUCES_SPEECH.search(sentence) and (last := last_dated(events)) and (names := s.actor_names()):
                speech = EventDraft(index, "statement", 0, 0, "document_act", 0.5).on(last.start_date)
                speech.sources = names[:1]
            if (announced := Embedded.announced(s, context.senders)) is not None:
                embedded = announced
                embedded.announcement = (index, s.start, s.end)
        if embedded is not None and embedded.active:
            embedded.claim(events[first_of_block:], context, block.text)
        if context.entries == "diary" and sentences and scope.day is not None and (hour := log_entry_hour(block.text)) is not None \
                and not any(e.start_date == scope.day == e.end_date and e.evidence_start <= sentences[0].start < e.evidence_end
                            for e in events[first_of_block:]):
            entry = EventDraft(index, "statement", sentences[0].start, sentences[0].end, "tense_sentence", 0.4).on(scope.day)
            entry.date_kind, entry.start_time = "exact", hour  # "09h10 — O posto do Macúti comunica que a fragata ...
            events.insert(first_of_block, entry)  # interceptou ontem à noite": the log's entry is the report at its hour,
            # beside the act it reports on its own day (or the plan it tells: "15h30 — ... o navio deverá largar")
        if block.language in (None, "en") and not context.is_record and not context.recalls and not context.is_conversation \
                and (writing := written_on(scope, context, scope.day) if scope.day else None) is not None:
            events += _present_reports(index, block.text, sentences, events[first_of_block:], writing)
        if index in log_entries and not day_lines and worded_log:  # the entry's own day is its row's:
            entered = log_day or scope.day or doc.document_date  # a sentence dated so again is no row of its own
            events[first_of_block:] = [e for e in events[first_of_block:] if e.method == "document_act" and e.evidence_start == 0
                                       or not (e.date_kind == "exact" and e.start_date == e.end_date == entered)]
        if index in log_entries and day_lines:  # a log of several days, its entry read sentence by sentence ("Kl. 0740
            for event in events[first_of_block:]:  # Overbetjent ... overtok vakten etter konstabel ..."): the row of the
                if event.evidence_start == 0 and event.start_time is None and event.date_kind == "exact" \
                        and event.start_date == event.end_date == scope.day:  # sentence the hour opens is at that hour
                    event.start_time = log_entries[index]
        if questioned:  # the question is the row: what it says of the past ("you were in charge ... when the British said
            # ...") is the asker's framing, no happening the interview tells
            events[first_of_block:] = [e for e in events[first_of_block:] if e.method == "document_act" and e.evidence_start == 0]
        if requests:  # "Army units entered Montreal on 15 October at the request of the premier": the act's row holds it
            events[first_of_block:] = [e for e in events[first_of_block:]
                                       if not (any(e is r for r in requests) and _answered_on_its_day(e, events[first_of_block:], block.text, block.language))]
            requests = []
        quoting = inside_quotation(("“" if quoting else "") + block.text, len(block.text) + (1 if quoting else 0))
    events += told_courses
    events += _footnoted_events(doc, context)
    if interview is not None:
        for event in events:
            if not event.sources and dates_the_interview(doc.blocks[event.block].text) or event.start_date is not None \
                    and recalled_interviewer_in(doc.blocks[event.block].text.strip()):  # "Conducted by X in Austin, Texas, on June 3, 1969"
                event.sources, event.targets = [interview[0]], [n for n in interview[1:] if n]  # "Initial interview date: ..."
        if context.recalls and not any(dates_the_interview(doc.blocks[e.block].text) for e in events) \
                and (held := _interview_day(doc, interview)) is not None:
            events.insert(0, held)
    if context.recalls and context.occasion is not None and context.occasion_precision == "day":
        date_answers_by_story([e for e in events if not e.present], [b.text for b in doc.blocks], context.occasion,
                              interview[0] if interview else None)
    reports: list[EventDraft] = []
    zh_blocks = [b.text for b in doc.blocks if b.language == "zh"]
    bare = tuple(dict.fromkeys(f for text in zh_blocks for *_, name in page_people(text) for f in _bare_forms(name)))
    writer = [*context.senders, *map(own_organs(list(context.senders), "zh"), context.senders)] if bare else []
    bodies = page_bodies(zh_blocks) if zh_blocks else {}
    own = own_organs(list(context.senders), "zh") if zh_blocks else None
    host = host_of(list(context.senders)) if zh_blocks else None
    for event in events:
        if doc.blocks[event.block].language == "zh":
            _name_page_groups(event, doc.blocks[event.block].text[event.evidence_start: event.evidence_end], own, host)
            if bare:
                _name_page_people(event, doc.blocks[event.block].text[event.evidence_start: event.evidence_end], bare, writer)
            if bodies:  # "成立军事指挥委员会。" and, after, "指挥委员会宣布……", "军委会任命……": the body the page founded
                _name_page_bodies(event, doc.blocks[event.block].text[event.evidence_start: event.evidence_end], bodies)
            if (report := _report_of(event, doc.blocks[event.block].text, context.letter_date)) is not None:
                reports.append(report)
    events += reports
    for event in events:  # "（一）我军于本月四日占领汉城": the writing commander's army took it
        block = doc.blocks[event.block] if event.block < len(doc.blocks) else None
        if block is not None and block.language == "zh" and event.sources == list(context.senders) and (
            army := writer_army(block.text[event.evidence_start: event.evidence_end], context.senders)
        ):
            event.sources, event.targets = [army], []
    if len(context.senders) == 1 and is_person(context.senders[0]):
        for event in events:  # "（二）昨（七）日与金日成同志会商，……": no subject, the writer met them
            block = doc.blocks[event.block]
            if block.language == "zh" and event.method in ("dated_sentence", "relative_date", "tense_sentence") and (
                people := writer_with(block.text[event.evidence_start: event.evidence_end], context.year)
            ) and context.senders[0] not in people:
                event.sources, event.targets = [context.senders[0], *people], [n for n in event.targets if n not in people]
    if context.is_journal and len(context.senders) == 1 and not context.speaker:
        for event in events:  # "Принял министра ... Субандрио", "Received Subandrio at his request.": a journal's sentence that
            block = doc.blocks[event.block]  # opens with a past of no subject tells its keeper's own act, with those it names
            if event.method in ("tense_sentence", "document_act") and context.senders[0] not in event.sources \
                    and _keeper_opens(block.text[event.evidence_start: event.evidence_end], block.language):
                event.sources, event.targets = [context.senders[0], *event.sources], [n for n in event.targets if n not in event.sources]
    heads = [doc.title or ""] + [b.text for b in doc.blocks[:4] if len(b.text) < 40]  # "《邓小平年谱》1963年7月" above the title read
    if any(_CHRONICLE.search(text) for text in heads):
        _entry_days(doc, events)
    if (person := next((p for text in heads if (p := chronicle_person(text)) is not None), None)) is not None:
        last_led: str | None = None  # the delegation he led, named: "率代表团回到北京" later is that one's return
        for event in events:
            block = doc.blocks[event.block]
            line = block.text[event.evidence_start: event.evidence_end]
            if block.language == "zh" and (parties := chronicle_parties(line, person, context.year)):
                event.sources, event.targets = parties  # "8月27日 接见苏联驻华大使尤金": his act, in the chronicle of his life
                if led := [n for n in parties[0] if n != person]:
                    last_led = led[0] if _CHRONICLE_NAMED_LEAD.search(line[:24]) else last_led
                elif last_led and _CHRONICLE_BARE_LEAD.search(line[:24]):
                    event.sources = [*parties[0], last_led]
        split: list[EventDraft] = []
        for event in events:
            block = doc.blocks[event.block]
            acts = chronicle_acts(block.text[event.evidence_start: event.evidence_end], person, context.year) if block.language == "zh" else []
            if len(acts) < 2:
                split.append(event)
                continue
            for start, end, sources, targets in acts:  # "率代表团回到北京，毛泽东、刘少奇等到机场迎接": two acts, each of its own
                if start == 0:  # the first act's, as the whole line read them (the delegation he led)
                    sources = list(dict.fromkeys([*sources, *(n for n in event.sources if n not in targets)]))
                split.append(replace(event, evidence_start=event.evidence_start + start, evidence_end=event.evidence_start + end,
                                     sources=list(sources), targets=list(targets)))
        events = split
    events += _timed_sentences_of_day_rows(doc, events, year)
    _the_forms_vessel(doc, events)
    _the_sheets_keeper(doc, events, year)
    return [e for e in events if not (e.block < len(doc.blocks) and _no_happening(
        doc.blocks[e.block].text[e.evidence_start: e.evidence_end], doc.blocks[e.block].language))]


def _the_forms_vessel(doc: ParsedDocument, events: list[EventDraft]) -> None:
    """A form's rows whose sentence opens with "The vessel" or "The ship" ("The vessel arrived at Chittagong outer
    anchorage on 27 November 1971 ...", under "Vessel: m.v. "LAKSHMI DEVI", ..."): the vessel its labelled line names
    is the one that acts."""
    vessel = next((v for b in doc.blocks[:_FORM_HEAD_BLOCKS] for line in b.text.splitlines() if (v := form_vessel(line))), None)
    if vessel is None:
        return
    for event in events:
        text = doc.blocks[event.block].text if event.block < len(doc.blocks) else ""
        opening = next((text[s:e] for s, e in sentence_spans(text) if s <= event.evidence_start < e), "")
        if _THE_VESSEL_OPENS().match(opening) and doc.blocks[event.block].language in (None, "en"):
            event.sources = [vessel]  # "The vessel remained at Chittagong ..., when she was towed": not the surveyor the
            event.targets = [t for t in event.targets if t != vessel]  # sentence before named


_FORM_HEAD_BLOCKS = 12  # a form's labelled lines stand over its text


def _the_sheets_keeper(doc: ParsedDocument, events: list[EventDraft], year: int | None) -> None:
    """A route sheet's day rows ("Tue 23 Oct   Dep. Helsinki 0905 Aeroflot. Arr. Moscow Sheremetyevo 1240. ..."): a
    sentence that opens with no subject, a past or the sheet's departure or arrival ("Received 2140.", "Held in Moscow
    on Ambassador's instructions ..."), is the act of the one its labelled line names as keeping it ("Messenger: Major
    R. F. Aylmer"); the day's words before it name no one ("Mon 22 Oct Dep. ..." is no "Oct Dep")."""
    keeper = next((k for b in doc.blocks[:_FORM_HEAD_BLOCKS] for line in b.text.splitlines() if (k := sheet_keeper(line))), None)
    from_heading = keeper is None
    if keeper is None:  # "OCEAN WEATHER SHIP "WEATHER REPORTER" — STATION LOG": a log's entries are its keeper's acts
        keeper = log_keeper([line for b in doc.blocks[:_FORM_HEAD_BLOCKS] for line in b.text.splitlines()], year)
    if keeper is None:
        return
    openers = tuple(w.casefold() for w in lexicon("en").get("sheet_keeper_openers") or [])
    for event in events:
        if event.block >= len(doc.blocks):
            continue  # a row of no passage of the page: no entry's sentence
        text = doc.blocks[event.block].text
        sentence = next((text[s:e] for s, e in sentence_spans(text) if s <= event.evidence_start < e), "")
        heads = find_dates(sentence[:16], year)
        if heads and heads[0].precision == "day" and heads[0].start <= _WEEKDAY_CUT:
            sentence = sentence[heads[0].end:]  # "Mon 22 Oct   Dep. London Airport 1010": the row's day, then its sentence
        sentence = _ENTRY_HOUR.sub("", sentence.strip(), count=1)  # "0815 Sighted Thai fishing vessel ...": the entry's hour
        if _LABELLED.match(sentence) or (from_heading and sentence.split(" ", 1)[0].isupper() and len(sentence.split(" ", 1)[0]) > 3):
            continue  # "Signed: A. Prichard, Team Leader, 18.2.74", "RECEIVED MARINE BRANCH 25 FEB 1963": a signature's
            # line or a receiving office's stamp, not an entry's act
        language = doc.blocks[event.block].language
        if sentence.casefold().startswith(openers) or _keeper_opens(sentence, language) \
                or (from_heading and _keeper_passive(sentence, language)):
            event.sources = [keeper, *(n for n in event.sources if n != keeper and n in sentence)]
        elif from_heading and keeper not in event.sources + event.targets and _reports_to_keeper(sentence, language):
            event.targets = [*event.targets, keeper]  # "0625 USS HOLT reports Marine boarding party embarked ...": to the keeper


_WEEKDAY_CUT = 4  # "Mon 22 Oct": the day of the week cut short before the day
_LABELLED = re.compile(r"^\w+(?:\s\w+)?\s*(?::|[\u2014\u2013-]\s)")  # "Signed: ...", "Examined \u2014 J. R. Halcrow, ..."
_ENTRY_HOUR = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d(?:\s*(?:GMT|UT|Z|hrs?)\b)?\s+")  # "0000 GMT  On station."


@functools.cache
def _THE_VESSEL_OPENS() -> re.Pattern:  # noqa: N802
    words = lexicon("en").get("vessel_words") or []
    return re.compile(r"^\W*(?:\d+\.\s+(?:[A-Z]\w+\.\s+)?)?the\s+(?:" + (alternation(words) if words else "(?!)") + r")\b", re.IGNORECASE)


# An hour in four figures as a row's sentence tells it: opening the sentence ("0915 Pilot ... found dead"), closing it
# ("Body recovered by Whirlwind 1130.", "Received 2140."), or before a carrier's name or a comma ("Dep. Moscow 1015 LOT.",
# "Dep. London Airport 1010, BEA 810."); not a count ("работают 1900 советских специалистов", "There are 1900 Soviet
# specialists.": _four_figure_hour)
_ROW_HOUR = re.compile(r"(?:^|(?<=\s))" + _four_figure_hour() + r"(?:\s*hrs?\b)?(?=\s*(?:[.,;]|$)|\s+[A-Z][A-Za-z]*\b)|"
                       r"^(?P<hour2>[01]\d|2[0-3])(?P<minute2>[0-5]\d)\s")


def _timed_sentences_of_day_rows(doc: ParsedDocument, events: list[EventDraft], year: int | None) -> list[EventDraft]:
    """The sentences of a day's row of a route sheet or a log that tell an act at an hour in four figures, no other
    row reading them ("Tue 23 Oct   Dep. Helsinki 0905 Aeroflot. Arr. Moscow Sheremetyevo 1240. ...", "Sunday 17th:
    0730 Four of ours out again ... 0915 Pilot ... found dead ... Body recovered by Whirlwind 1130."): each an act on
    the row's day, the day it opens with, at that hour; a row read from such a sentence with no day of its own is dated
    so. Returns the new rows."""
    found: list[EventDraft] = []
    month = (doc.document_date.year, doc.document_date.month) if doc.document_date is not None else None
    for index, block in enumerate(doc.blocks):
        if block.section_type != "body" or block.passage_type not in TEXT_BLOCKS:
            continue
        heads = find_dates(block.text[:16], year)
        head = heads[0] if heads and heads[0].precision == "day" and not block.text[: heads[0].start].strip(" ,.").count(" ") \
            else weekday_day_head(block.text.split(":")[0], month, block.language or reading_language() or "en") \
            if ":" in block.text[:16] else None
        if head is None or head.start > 5 or head.start_date is None:
            continue  # "Mon 22 Oct", "Sunday 17th:": the row opens on its day
        for start, end in sentence_spans(block.text):
            sentence = block.text[start:end].strip()
            hour = _ROW_HOUR.search(sentence)
            if start < head.end or hour is None or find_dates(sentence, year):
                continue
            read = [e for e in events if e.block == index and e.evidence_start < end and start < e.evidence_end]
            if any(e.start_date is not None for e in read):
                continue  # read with a day already
            at = start + block.text[start:end].index(sentence)
            event = read[0] if read else EventDraft(index, "statement", at, at + len(sentence), "document_act", 0.4)
            event.on(head.start_date).date_kind, event.inferred = "exact", True  # a sentence read with no day, or none
            event.start_time = f"{hour['hour'] or hour['hour2']}:{hour['minute'] or hour['minute2']}"  # read: the row's day at its hour
            if not read:
                found.append(event)
    return found


def _no_happening(evidence: str, language: str | None) -> bool:
    """A row whose whole sentence tells nothing that happened: an act still awaited, or the writer's forecast."""
    return awaited_only(evidence, language) or foresees_alone(evidence)


# An act still awaited on the day the text speaks from, told alone in its sentence ("Athens has not yet replied.",
# "Ответ пока не получен.", "巴方尚未答复。"): nothing happened; the dev gold keeps a negated act done ("Romania was not
# invited", "did not report") and an act "not yet" done beside another ("visited Delhi, but his efforts have not yet
# brought a cease-fire"), so only a sentence of one clause (no comma, semicolon or colon) goes (not_yet in the language files).
_NOT_YET = {
    language: compile_opening((r"(?<!\w)(?:" if language != "zh" else r"(?:") + alternation(markers).replace(r"\ ", r"\s+")
                              + (r")(?!\w)" if language != "zh" else r")"), re.IGNORECASE)
    for language in ("en", "ru", "zh") if (markers := lexicon(language).get("not_yet"))
}
_CLAUSE_MARKS = ",;:\uff0c\uff1b\uff1a\u3001"
_AWAITED_STOPS = ".!?\u3002\uff01\uff1f"


def awaited_only(evidence: str, language: str | None) -> bool:
    """Whether ``evidence`` is a whole sentence of one clause that tells an act not yet done."""
    text = evidence.strip()
    if not text or text[-1] not in _AWAITED_STOPS or any(c in text for c in _CLAUSE_MARKS):
        return False  # the cheap tests first: most rows end in no stop or hold a comma
    pattern = _NOT_YET.get(language or "en")
    return pattern is not None and pattern.search(text) is not None


_CHRONICLE = compile_opening("|".join(re.escape(w) for w in lexicon("zh").get("chronicle_words") or []) or r"(?!)")
_CHRONICLE_VERB = compile_opening(alternation(lexicon("zh").get("chronicle_verbs") or []) or r"(?!)")
_CHRONICLE_WITH = compile_opening(alternation(lexicon("zh").get("chronicle_with") or []) or r"(?!)")
_CHRONICLE_LEADS = frozenset(lexicon("zh").get("chronicle_leads") or [])
_CHRONICLE_COPULAS = frozenset(lexicon("zh").get("chronicle_copulas") or [])  # "邓小平为副团长": what he is, no act
_CHRONICLE_BARE_LEAD = compile_opening("(?:" + alternation(_CHRONICLE_LEADS) + ")(?:" + alternation(lexicon("zh").get("owned_groups") or {}) + ")"
                                       if _CHRONICLE_LEADS else r"(?!)")  # "率代表团": the delegation not named again
_CHRONICLE_NAMED_LEAD = compile_opening("(?:" + alternation(_CHRONICLE_LEADS) + r")\w{1,8}?(?:" + alternation(lexicon("zh").get("owned_groups") or {}) + ")"
                                        if _CHRONICLE_LEADS else r"(?!)")  # "率中共代表团"
_CHRONICLE_WIRES = frozenset(lexicon("zh").get("chronicle_wires") or [])
_CHRONICLE_DURING = compile_opening(r"[^\s,.\uff0c\u3002]{1,16}?(?:" + alternation(lexicon("zh").get("chronicle_during") or []) + r")[\s,\uff0c]+"
                                     if lexicon("zh").get("chronicle_during") else r"(?!)")
_CHRONICLE_ATTENDS = frozenset(lexicon("zh").get("chronicle_attends") or [])
_CHRONICLE_LEAD = compile_opening(r"(?:[\s,.;:\uff0c\u3001\uff1b\uff1a]*(?:" + alternation(lexicon("zh").get("chronicle_lead") or []) + r"))+[\s,\uff0c]*")


_SENTENCE_ENDS = ("\u3002", "\uff01", "\uff1f")  # the full stops of a Chinese sentence


def _keeper_passive(sentence: str, language: str | None) -> bool:
    """A log's entry told in a past participle with no agent, after a thing's name of a few words ("Air filter changed
    (filter 73/201).", "Call received from Bangor police.", "Signal sent to Met Office Bracknell", "Team paged."): the
    keeper's own act; not a verb that has its own subject ("Supervisor arrived from Wellington", ``entry_own_subject_pasts``)
    nor one whose agent follows ("Programmes replaced by funeral music")."""
    if language not in (None, "en"):
        return False
    first = next(iter(read_cues(sentence, "en")), None)
    if first is None or first.kind != "past" or first.start == 0:
        return False
    lead, verb, rest = sentence[:first.start].split(), sentence[first.start:first.end], sentence[first.end:].lstrip()
    own = {w.casefold() for w in lexicon("en").get("entry_own_subject_pasts") or []}
    followers = tuple(w.casefold() + " " for w in lexicon("en").get("entry_passive_followers") or [])
    return 0 < len(lead) <= _PASSIVE_LEAD_WORDS and sentence[:1].isupper() and verb.casefold() not in own \
        and not any(w[:1].isupper() for w in lead[1:]) and (not rest or rest[:1] in ".,;(" or rest.casefold().startswith(followers))


_PASSIVE_LEAD_WORDS = 4  # "Filters 73/201-203 packed ...": a thing's name of a few words


def _reports_to_keeper(sentence: str, language: str | None) -> bool:
    """A log's entry in which one it names reports, telephones or asks, to no one named ("USS HOLT reports Marine
    boarding party embarked ...", "Christchurch telephoned: result for filter 73/208 ...", "The Director of Education
    telephoned this afternoon: ..."): told to the log's keeper (``entry_reporting_verbs``)."""
    if language not in (None, "en"):
        return False
    verbs = {w.casefold() for w in lexicon("en").get("entry_reporting_verbs") or []}
    head = sentence.split()[:_REPORTER_WORDS + 1]
    at = next((i for i, w in enumerate(head) if w.strip(":,").casefold() in verbs), None)
    if not at or not next((c for c in sentence if c.isalpha()), "").isupper() or head[at - 1].casefold() in ("was", "were", "been", "is", "are", "be"):
        return False  # "The same vessel was reported by ...": a report of it, by another
    after = sentence.split()[at + 1: at + 2]
    return not after or after[0].casefold() not in ("to", "the", "him", "her", "them")


_REPORTER_WORDS = 6  # "Fishery protection HMS JERSEY reports": the one reporting, in a few words


def _keeper_opens(sentence: str, language: str | None) -> bool:
    """A journal's sentence that opens with its verb, no subject before it: the keeper's own act ("Принял министра ...",
    "Посетил генерала ...", "Received Subandrio at his request.", "Met Nasution at the airport.")."""
    if language == "ru":
        return writer_past(sentence)
    if language not in (None, "en"):
        return False
    lead = len(sentence) - len(sentence.lstrip())
    first = next(iter(read_cues(sentence, "en")), None)
    return first is not None and first.start == lead and first.kind in ("past", "speech") and sentence[lead:lead + 1].isupper() \
        and not any(m.start == lead for m in find_mentions(sentence[lead: first.end + 1]))


def _first_entry_in_head(doc: ParsedDocument, year: int | None) -> tuple[int, date] | None:
    """A journal whose first entry's day stands alone on the line just above its text, read with the page's head (the
    title, then "12 марта 1962 г.", then "Принял министра ..."): the first entry's passage and its day, as a day alone in
    the body heads the entries after it."""
    first = next((i for i, b in enumerate(doc.blocks) if b.section_type == "body" and b.passage_type in TEXT_BLOCKS and b.text.strip()), None)
    above = next((b for b in reversed(doc.blocks[:first]) if b.text.strip()), None) if first else None
    if above is None or above.section_type != "header" or not day_alone(above.text.strip(), year):
        return None
    return first, find_dates(above.text, year)[0].start_date


def _entry_days(doc: ParsedDocument, events: list[EventDraft]) -> None:
    """A chronicle's entry is one day's ("十三日 抵日内瓦。在机场发表书面谈话，表示……"): a later sentence of the entry
    that writes no date of its own, a saying or an act and not a plan, is of the day the entry opens with."""
    entry: dict[int, EventDraft] = {}
    acts: list[EventDraft] = []
    for event in events:
        block = doc.blocks[event.block]
        if block.language != "zh":
            continue
        head = entry.get(event.block)
        if head is None:
            if event.date_kind == "exact" and event.precision == "day" and event.start_date is not None and event.evidence_start <= 1:
                entry[event.block] = event
            continue
        if event.method == "dated_sentence" and event.precision == "day" and event.start_date is not None \
                and event.start_date < head.start_date and event.evidence_start >= head.evidence_end and (
                    later := _after_an_earlier_day(block.text[event.evidence_start: event.evidence_end], event.date_text)
                ) is not None:  # "因恩克鲁玛总统二日遇刺受伤，同加纳方面商定，……": the earlier day is the wound's; the agreement, the entry's
            acts.append(replace(event, evidence_start=event.evidence_start + later, method="tense_sentence", sources=[], targets=[],
                                date_text=None).on(head.start_date))
            acts[-1].date_kind = "exact"
            continue
        if event.date_kind not in ("undated", "upper_bound") or event.method != "tense_sentence" \
                or event.evidence_start < head.evidence_end or (event.date_kind == "upper_bound" and event.end_date < head.start_date):
            continue
        if any(c.kind == "planned" for c in read_cues(block.text[event.evidence_start: event.evidence_end], "zh")):
            continue  # a plan told in the entry: no act of the entry's day
        event.on(head.start_date).date_kind = "exact"
    events += acts
    for index, head in entry.items():  # "8月27日 接见苏联驻华大使尤金，通报金门局势。尤金表示将立即报告莫斯科。": Yudin's saying, that day
        text, told = doc.blocks[index].text, [(e.evidence_start, e.evidence_end) for e in events if e.block == index]
        start = head.evidence_end
        for end in [i + 1 for i, c in enumerate(text) if c in _SENTENCE_ENDS and i >= start] + [len(text)]:
            sentence = text[start:end]
            if sentence.strip() and not any(a < end and start < b for a, b in told) and (
                ((cues := read_cues(sentence, "zh")) and cues[0].kind == "speech" and (people := _opening_people(sentence)))
                or (people := _people_then_verb(sentence))
            ):  # "周恩来率领在京党政负责人到机场迎接。": the people the sentence opens with, then a chronicle's verb: their act
                lead = len(sentence) - len(sentence.lstrip())
                said = EventDraft(index, "statement", start + lead, end, "tense_sentence", 0.5, sources=people).on(head.start_date)
                said.date_kind = "exact"
                events.append(said)
            start = end


def _after_an_earlier_day(sentence: str, day_text: str | None) -> int | None:
    """Where the clause after the one that names an earlier day opens ("恩克鲁玛介绍本月二日遇刺经过，周恩来表示慰问。": "周恩来表示慰问"),
    when the day is not the sentence's opening and the clause after names no day of its own; None otherwise."""
    at = sentence.find(day_text) if day_text else -1
    if at <= 0 or not sentence[:at].strip():
        return None
    cut = sentence.find("\uff0c", at + len(day_text))
    rest = sentence[cut + 1:].strip() if cut >= 0 else ""
    if len(rest) < 4 or find_dates(rest, 1950):
        return None
    return cut + 1


_CLAUSE_JOINERS = {
    language: compile_opening(r"(?:" + alternation(words_).replace(r"\ ", r"\s+") + r")", re.IGNORECASE)
    for language in ("en", "ru") if (words_ := lexicon(language).get("second_clause_joiners"))
}


_DAY_WORD = {  # a day named from the one the text speaks from: "yesterday", "last night", "вчера"
    language: compile_opening(r"(?<!\w)(?:" + alternation(list(days)).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)
    for language in ("en", "ru") if (days := lexicon(language).get("relative_days"))
}


def _story_day_kept(s: Sentence) -> bool:
    """A sentence whose only days are the story's own ("were detained the same night", "That evening ..."): the day
    stated before still dates the hours told after it ("Army units entered Rangoon shortly after midnight on 2 March ...
    detained the same night. ... Ne Win announced at 0850 hours ...": the 2nd), as no other day has been named."""
    return bool(s.relative) and all(r.days == 0 and not (r.from_now or r.within or r.in_month or r.months or r.until is not None)
                                    for r in s.relative)


def own_clauses(sentence: str, language: str | None, sayings: bool = False) -> list[tuple[int, int]]:
    """The clauses a sentence's joiners part ("…, and …", "…; …", "… и …"), each that tells a past act of its own (a verb
    of the past in it; with ``sayings``, a saying in the past too: "Ben Bella the same evening accused Rabat ..., and on
    the 14th the Royal Armed Forces ... retook both posts"); none for a sentence of one clause."""
    pattern = _CLAUSE_JOINERS.get(language or "en")
    if pattern is None:
        return []
    joins = [(m.start(), m.end()) for m in pattern.finditer(sentence)]
    if not joins:
        return []
    bounds = [0, *(j for pair in joins for j in pair), len(sentence)]
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    return [(a, b) for a, b in spans if sentence[a:b].strip()
            and any(c.kind == "past" or sayings and c.kind == "speech" and language in (None, "en") and is_past_form(sentence[a:b][c.start: c.end])
                    for c in read_cues(sentence[a:b], language))]


# A look-back told in a clause set off by commas: its pluperfect ("who had left for Manila at the end of November").
_LOOK_BACK = compile_opening(r"\bhad\s+(?:\w+ly\s+|already\s+|just\s+)?(?!been\s+\w+ing\b)\w", re.IGNORECASE)


def _look_back_aside_counted(index: int, s: Sentence, dated: list, language: str | None, earlier: list[EventDraft],
                             context: Context, now: date | None, previous_actor: str | None) -> list[EventDraft]:
    """A sentence whose every date sits in a clause set off by commas that looks back (a pluperfect, or a part of a month
    rather than a day: "A. M. Azahari, who had left for Manila at the end of November, proclaimed the state there the
    same day") and whose main clause counts a day ("the same day", "that night", "two days later"): the main clause's
    act counts from the nearest day the text stated before the sentence, not from the look-back's time; its subject
    is the sentence's. A day-precision aside in the plain past ("Nasser, who arrived on 3 May, met Tito the same
    day") is the story's day itself and keeps counting from it."""
    if language not in (None, "en") or (found := interposed_clause(s.text, dated, language)) is None:
        return []
    opened, tail = found
    aside = s.text[opened:tail]
    exact_day = all(m.precision in ("day", "minute") and m.start_date == (m.end_date or m.start_date) for m in dated)
    story = last_dated(earlier)
    if exact_day and not _LOOK_BACK.search(aside) and not (
            story is not None and story.start_date is not None and all(m.start_date < story.start_date for m in dated)
            and all(r.days == 0 and not (r.within or r.in_month or r.months or r.until) for r in find_relative(s.text[found[1]:]))):
        return []  # the aside's day in the plain past is the story's, unless the story has gone past it and the main
        # clause names the story's own day ("Yesterday the Chamber elected Ne Win. U Nu, who announced on 26 September
        # that he would hand over power, resigned the same morning": yesterday's morning); a span counted ("the uprising,
        # which began on 16 June, had spread within a week") is the aside's subject's, from its day
    clause = Sentence(s.start + tail, s.end, s.text[tail:], [], s.year)
    if not clause.relative or any(r.from_now for r in clause.relative) or story is None:
        return []
    made = relative_events(index, clause, earlier, context, now, None, previous_actor)
    subject = actor_names(s.text[:opened])
    for event in made:
        if subject:
            event.sources = [*subject[:1], *(n for n in event.sources if n != subject[0])]
            event.targets = [n for n in event.targets if n != subject[0]]
    return made


def own_clause_texts(sentence: str, language: str | None) -> list[str]:
    """The clauses of ``own_clauses`` as text (for the language files' examples)."""
    return [sentence[a:b].strip() for a, b in own_clauses(sentence, language)]


def _own_clause_acts(index: int, s: Sentence, made: list[EventDraft], language: str | None, context: Context, scope: Scope,
                     previous_actor: str | None, in_turn: bool, earlier: list[EventDraft]) -> list[EventDraft]:
    """A clause of a dated sentence with a day of its own that the sentence's rows do not hold: a row of its own.

    - a day counted from the text's ("yesterday", "within hours") in a clause beside another that writes its date
      ("… killed in the palace on 14 July; the body of Nuri Said … was found in a Baghdad street yesterday"): counted
      from the sentence's own date, or from the day the text speaks from;
    - a clause that names no day before one whose day is counted from the last date ("Группа была окружена силами
      милиции и на следующий день ликвидирована"): the act of the day counted from, the later act on its own day.
    """
    held = {(e.start_date, e.end_date) for e in made}
    # A day counted from the text's in another clause ("on Tuesday", "yesterday") parts the sentence for a clause of the
    # week before only ("..., and the engineers finished the bridge last week"): the week's act, a row of its own.
    cues = read_cues(s.text, language or "en")
    days_told = [] if any(c.kind == "planned" for c in cues) else [
        c for c in cues if c.kind == "relative" and (c.days or c.weekday >= 0) and not c.bound and not c.since]
    weeks_only = not (s.dates or s.relative)
    spans = own_clauses(s.text, language, sayings=True) if s.dates or s.relative or days_told else []
    found: list[EventDraft] = []
    period = scope.period
    for a, b in spans:
        inside = [d for d in s.dates if a <= d.start and d.end <= b]
        others = [d for d in s.dates if not (a <= d.start and d.end <= b)]
        relative = [r for r in s.relative if a <= r.start and r.end <= b]
        day_elsewhere = [c for c in days_told if not (a <= c.start and c.end <= b)]  # "on Tuesday", "yesterday" in another clause
        clause = Sentence(s.start + a, s.start + b, s.text[a:b], [], s.year)
        told: list[EventDraft] = []
        week_before = any(c.kind == "period" and c.period in _WEEKS_BEFORE for c in read_cues(clause.text, language or "en"))
        if weeks_only and not (day_elsewhere and week_before):
            continue
        if relative and others and not inside and not any(e.method == "relative_date" for e in made):
            told = relative_events(index, clause, [*earlier, *made] if any(d.start < a for d in others) or any(r.months for r in relative) else earlier, context,
                                   scope.day or context.occasion or context.letter_date, None, previous_actor)
            # "Ben Bella the same evening accused Rabat ..., and on the 14th ... retook both posts": a day counted from the
            # last date in a clause before the sentence's own date counts from the date told before the sentence (months
            # and years counted, "The amputation of his leg two years earlier ..., and the ministers who met him in July",
            # keep the sentence's own date: a year's count lands in the same year from either)
        elif others and not inside and not relative and (_DAY_WORD.get(language or "en") is not None
                                                          and _DAY_WORD[language or "en"].search(clause.text)):
            told = [e for e in tense_events(index, clause, language, context, scope, previous_actor, in_turn)
                    if e.start_date is not None and e.start_date == e.end_date]
        elif (others or (day_elsewhere and week_before)) and not inside and not relative and _names_its_week(clause.text, language):
            told = [e for e in tense_events(index, clause, language, context, scope, previous_actor, in_turn)
                    if e.start_date is not None and (e.method == "relative_date" or e.date_kind == "approximate")]  # "..., and last week Smith's
            # commandos blew up the bridge", "..., and the bombing which began on Wednesday evening": its day of the
            # week, or the week before, counted from the day the text speaks from
        elif not relative and not inside and not s.dates and (
            base := _counted_from(s, b, made)
        ) is not None:
            told = [e.on(base) for e in tense_events(index, clause, language, context, scope, previous_actor, in_turn)
                    if e.start_date is not None or e.end_date is not None]
            for event in told:
                event.date_kind = "exact"
        scope.period = period
        found += [e for e in told if (e.start_date, e.end_date) not in held and (e.start_date or e.end_date)]
    return found + _main_of_a_dated_aside(index, s, held, language, context, scope, previous_actor, in_turn) \
        + _main_beside_a_dated_aside(index, s, held, language, context, scope, previous_actor, in_turn) \
        + _aside_of_its_own_week(index, s, held, language, context, scope, previous_actor, in_turn) \
        + _month_of_its_own_clause(index, s, held, language, context, scope) \
        + _clauses_of_their_own_day(index, s, held, language, context, scope, previous_actor, in_turn) \
        + _present_clauses(index, s, made, language, context) + _perfect_clauses(index, s, made, language, context) \
        + _week_after_its_cause(index, s, made, language, context) + _pluperfect_asides(index, s, made, language, context) \
        + _pluperfect_sayings(index, s, made, language) \
        + _pluperfect_afters(index, s, made, language, context) + (
            [] if in_turn else _turn_before_its_aside(index, s, held, language, context, scope, previous_actor)
        )  # a paragraph that opens a turn with its speaker's name and a saying has its row for the saying already


# What parts the clauses of a sentence written without spaces ("卡马拉说，代表团昨天抵达北京，前天在广州参观了出口商品交易会"):
# each may name its own day (zh.yaml day_clause_separators).
_DAY_CLAUSE_SEPARATORS = {
    language: compile_opening(r"(?:" + alternation(separators) + r")")
    for language in LANGUAGES if (separators := lexicon(language).get("day_clause_separators"))
}


_DAY_CLAUSE_COURSE = {
    language: compile_opening(r".{0,4}?(?:" + alternation(marks) + r")(?!" + alternation(lexicon(language).get("day_clause_course_not_before") or ["(?!)"]) + r")")
    for language in LANGUAGES if (marks := lexicon(language).get("day_clause_course_marks"))
}


def own_day_clauses(sentence: str, language: str | None) -> list[tuple[int, int]]:
    """The clauses a sentence's separators part that each name a day of their own, counted back from the day the text
    speaks from ("昨天抵达北京", "前天在广州参观了出口商品交易会"): one day of the past or today, not the bound or the start of a
    course ("前天夜里起实行宵禁"), nor a day to come (a plan's)."""
    pattern = _DAY_CLAUSE_SEPARATORS.get(language or "en")
    if pattern is None:
        return []
    cuts = [(m.start(), m.end()) for m in pattern.finditer(sentence)]
    spans = [(a, b) for a, b in zip([0, *(e for _, e in cuts)], [*(c for c, _ in cuts), len(sentence)], strict=True)]
    found = []
    for a, b in spans:
        cues = read_cues(sentence[a:b], language)
        days = [c for c in cues if c.kind == "relative" and c.weekday < 0 and c.days <= 0 and not (
            c.bound or c.since or c.until or c.months or c.years or c.period or c.forward)]
        course = _DAY_CLAUSE_COURSE.get(language or "en")
        told = [ch for ch in sentence[a: a + days[0].start] + sentence[a + days[0].end: b] if ch.isalpha()] if len(days) == 1 else []
        if len(told) >= 4 and not any(c.kind in ("planned", "obligation") for c in cues) \
                and not (course is not None and course.match(sentence, a + days[0].end, b)):  # "昨日下午，" alone
            # opens the clause that tells its act
            found.append((a, b))
    return found


def _clauses_of_their_own_day(index: int, s: Sentence, held: set, language: str | None, context: Context, scope: Scope,
                              previous_actor: str | None, in_turn: bool) -> list[EventDraft]:
    """A sentence of clauses each naming its own day ("他前天在武汉参观，昨天上午回到北京"): a row for each clause whose day
    the sentence's rows do not hold, on that day, its words the clause's."""
    found = []
    for a, b in own_day_clauses(s.text, language):
        clause = Sentence(s.start + a, s.start + b, s.text[a:b], [], s.year)
        for event in tense_events(index, clause, language, context, copy(scope), previous_actor, in_turn):
            if event.method == "relative_date" and event.date_kind == "exact" and event.start_date is not None \
                    and (event.start_date, event.end_date) not in held:
                held.add((event.start_date, event.end_date))
                found.append(event)
    return found


def _story_day_clauses(index: int, s: Sentence, row: EventDraft, language: str | None, context: Context, scope: Scope,
                       previous_actor: str | None, in_turn: bool) -> list[EventDraft]:
    """A sentence the story's stated day dates, of clauses each with a past act and its own subject ("There was fighting
    in Kampala until the evening, and some officers were killed"): a row for each clause, on that day."""
    spans = own_clauses(s.text, language)
    if len(spans) < 2:
        return [row]
    rows = []
    for a, b in spans:
        clause = Sentence(s.start + a, s.start + b, s.text[a:b], [], s.year)
        told = [e for e in tense_events(index, clause, language, context, scope, previous_actor, in_turn)
                if story_day_row(scope, context, e)]
        if len(told) != 1:
            return [row]
        rows += told
    return rows


def _names_its_week(clause: str, language: str | None) -> bool:
    """A clause that names a day of the week ("on Wednesday evening") or the week or weekend before ("last week") as
    its own time, not as a deadline or the start of a course."""
    return any((c.kind == "relative" and c.weekday >= 0 and not c.bound and not c.since) or (c.kind == "period" and c.period in _WEEKS)
               for c in read_cues(clause, language or "en"))


_WEEKS = ("week", "weekend", "this_week", "earlier_this_week")  # a season named alone ("it broke apart in the autumn") is the story's, not the week's


# Where a clause with a verb of its own opens inside a sentence, with or without a comma: "the results of the talks which
# the delegation had held the day before", "the Sinai agreement, which Egypt had signed ... on 4 September".
_RELATIVE_OPENS = {
    language: compile_opening(r"(?:,\s*|\s+)(?:" + alternation(openers) + r")(?!\w)", re.IGNORECASE)
    for language in ("en", "ru") if (openers := lexicon(language).get("turn_clause_openers"))
}


def turn_main_clause(sentence: str, firsts: list[int], language: str | None) -> str | None:
    """The main clause of a turn whose days (at ``firsts``) all lie in a clause of their own after it; None if one does
    not, or no such clause opens before them."""
    cut = _turn_clause_cut(sentence, firsts, language)
    return sentence[: cut[0]] if cut else None


def _turn_clause_cut(sentence: str, firsts: list[int], language: str | None) -> tuple[int, int] | None:
    pattern = _RELATIVE_OPENS.get(language or "en")
    if pattern is None or not firsts:
        return None
    if (m := pattern.search(sentence, 0, min(firsts))) and m.start() >= _MAIN_CLAUSE_LENGTH:
        return m.start(), m.end()
    return _phrase_cut(sentence, min(firsts), language)


# The phrase after a saying's object that dates a thing it names ("reported on the negotiations of the ministers held in
# Moscow in June", "... since the meeting of June 1962"): turn_phrase_openers, after no auxiliary (turn_phrase_auxiliaries).
_PHRASE_OPENS = {
    language: compile_opening(r"\s+(?:" + alternation(openers) + r")(?!\w)", re.IGNORECASE)
    for language in ("en",) if (openers := lexicon(language).get("turn_phrase_openers"))
}
_AUXILIARIES = frozenset(w.casefold() for w in lexicon("en").get("turn_phrase_auxiliaries") or ())


def _phrase_cut(sentence: str, first: int, language: str | None) -> tuple[int, int] | None:
    """Where a phrase that dates a thing the saying names opens, before the first day: only after a main part that holds a
    verb of saying, and not after an auxiliary ("the talks were held in June": held is the verb itself)."""
    pattern = _PHRASE_OPENS.get(language or "en")
    m = pattern.search(sentence, 0, first) if pattern is not None else None
    if m is None or m.start() < _MAIN_CLAUSE_LENGTH or not any(c.kind == "speech" for c in read_cues(sentence[: m.start()], language)):
        return None
    before = sentence[: m.start()].rsplit(None, 1)
    if not before or before[-1].casefold() in _AUXILIARIES:
        return None
    return m.start(), m.end()


def _turn_before_its_aside(index: int, s: Sentence, held: set, language: str | None, context: Context, scope: Scope,
                           previous_actor: str | None) -> list[EventDraft]:
    """A record's turn whose days all lie in a clause of their own after its main verb ("Comrade Biľak conveyed ... the
    greetings ... and informed him of the results of the talks which the delegation had held the day before", "He then
    spoke at length of the Sinai agreement, which Egypt had signed ... on 4 September"): those days are the clause's,
    the turn is said at the talk, on its day. A letter's writer who thanks, asks or reports in his own voice ("I thank
    you for the rice which the ship brought to Malé on 21 March") does so on the letter's day the same way."""
    day = scope.day if context.is_record else context.letter_date if context.is_letter else None
    if day is None or (day, day) in held or not (s.dates or s.relative):
        return []
    firsts = [d.start for d in s.dates] + [r.start for r in s.relative]
    cut = _turn_clause_cut(s.text, firsts, language)
    if cut is None or context.occasion_end is None and cut == _phrase_cut(s.text, min(firsts), language):
        return []  # a phrase's cut only within a session of several days: a talk of one day reads "He informed her about
        # the results of the congress held in June" with its teller's row already (told_weekday_act, the turn readers)
    def performative() -> bool:  # read only where it decides: a letter's, or a record's written up after its talk
        return any(c.kind == "performative" for c in read_cues(s.text[: cut[0]], language or "en"))

    if not context.is_record and not performative():
        return []  # a letter's sentence that tells what happened, not the writer's own act of its day
    if context.is_record and context.held_on is not None and context.letter_date is not None \
            and context.held_on < context.letter_date and performative():
        return []  # "I propose that our Ministry invite a delegation ... in the first half of 1983." closing a record written
        # up days after its talk: the writer's own act as he writes (act_events, on the record's date), no turn of the talk
    main, read = s.text[: cut[0]], s.text[: cut[1]]  # read with its opener: "He reported that" is a turn, "He reported" too short
    period = scope.period
    span = (context.occasion, context.occasion_end) if context.occasion_end is not None else None
    told = [e for e in tense_events(index, Sentence(s.start, s.start + len(read), read, [], s.year), language, context, scope,
                                    previous_actor, False)
            if e.start_date == day == e.end_date or span is not None and (e.start_date, e.end_date) == span]  # or within the
    # days of a session held over several, on none of them named
    scope.period = period
    for event in told:
        event.evidence_end = s.end  # the turn is the whole sentence, its clause's day a row of its own
    named = [m for m in find_mentions(main) if m.entity.is_actor]
    if told and named and named[0].start <= _TITLE_ROOM:  # "Comrade Biľak conveyed ... the greetings of Comrade Husák": the
        subject = named[0].entity.name  # clause's subject speaks, the others it names are spoken to or of
        told[0].sources = [subject]
        told[0].targets = [n for n in dict.fromkeys(m.entity.name for m in named) if n != subject]
    return told[:1]


_TITLE_ROOM = 12  # "Comrade ", "President ", "The Syrian ": the words a subject's name may follow at the clause's head


_MAIN_CLAUSE_LENGTH = 6  # a subject and a verb at least before the clause opens: "He said that ..."


_NOW_WORDS = {  # "now", "by now", "at present": a state told as of the day the text is written (now_state_words)
    language: compile_opening(r"(?<!\w)(?:" + alternation(words_).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)
    for language in ("en", "ru") if (words_ := lexicon(language).get("now_state_words"))
}
_NOT_NOW = {  # "it will now advance north": a modal's clause tells no state of the day (now_state_not_with)
    language: compile_opening(r"(?<!\w)(?:" + alternation(words_).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)
    for language in ("en", "ru") if (words_ := lexicon(language).get("now_state_not_with"))
}
_PROGRESSIVE = compile_opening(r"(?<!\w)(?:is|are)\s+(?:(?:now|still|already|reportedly)\s+)?[a-z]{2,}ing\b")  # "is moving north"
_AND_THEN = compile_opening(r"(?<=[a-z])\s+and\s+(?=(?:is|are|now)\b)")  # "took Benguela ... and is moving north"


def present_clauses(sentence: str, language: str | None, dated: list[int] | None = None) -> list[str]:
    """The clauses after a sentence's first that tell a state as of the day the text is written ("... on 10 November,
    and its forces now hold the capital", "took Benguela ... between 5 and 7 November and is moving north")."""
    pattern = _CLAUSE_JOINERS.get(language or "en")
    now = _NOW_WORDS.get(language or "en")
    if pattern is None or now is None:
        return []
    joins = sorted((m.start(), m.end()) for m in pattern.finditer(sentence))
    if language in (None, "en") and (ands := list(_AND_THEN.finditer(sentence))):
        dated = dated if dated is not None else [d.start for d in find_dates(sentence, 1950)]  # (where its dates stand) "took Benguela ... between 5 and 7 November and is moving
        for m in ands:  # north": a dated act and the state it left; not "he escaped to the north and is rallying ...", one report
            before = max([j[1] for j in joins if j[1] <= m.start()], default=0)
            if any(before <= d < m.start() for d in dated):
                joins.append((m.start(), m.end()))
        joins.sort()
    if not joins:
        return []
    bounds = [0, *(j for pair in joins for j in pair), len(sentence)]
    spans = [(bounds[i], bounds[i + 1]) for i in range(2, len(bounds), 2)]  # the first clause is the sentence's own
    return [sentence[a:b] for a, b in spans if a < b and (now.search(sentence, a, b) or (
        language in (None, "en") and _PROGRESSIVE.search(sentence, a, b)))
        and not any(c.kind in ("planned", "past") for c in read_cues(sentence[a:b], language))
        and not (_NOT_NOW.get(language or "en") and _NOT_NOW[language or "en"].search(sentence, a, b))]


# A later clause of a dated sentence told in the present perfect ("... yesterday asking for French help; the French have
# put a regiment on alert", "told the Ambassador today that some thirty others have been arrested"; "has armed his
# militia and staged a rally on 1 May"): done by the day the text is written, on or before it (now_perfect_openers,
# now_perfect_not_with; pipeline/extract/events/passages.py, perfect_clauses).
_PERFECT_OPENS = {  # a clause a saying opens: "told X that ...", "reported that ..."
    language: compile_opening(r"(?<!\w)(?:" + alternation(words_).replace(r"\ ", r"\s+") + r")\s+", re.IGNORECASE)
    for language in ("en",) if (words_ := lexicon(language).get("now_perfect_openers"))
}
_NOT_PERFECT = {  # "have been here since May", "has just arrived", "will have left": a course, the day itself, a plan
    language: compile_opening(r"(?<!\w)(?:" + alternation(words_).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)
    for language in ("en",) if (words_ := lexicon(language).get("now_perfect_not_with"))
}
_PERFECT_AFTER = compile_opening(  # ", and" before the perfect: it follows the act of the clause before (now_perfect_after)
    r"(?:" + alternation(lexicon("en").get("now_perfect_after") or ["(?!)"]).replace(r"\ ", r"\s+") + r")\s*$", re.IGNORECASE)
_AND_PERFECT = {  # "seized power last Friday and has formed a council": the perfect's clause opens at the bare "and"
    language: compile_opening(r"(?<!\w)(?:" + alternation(words_) + r")\s+(?=(?:has|have)\s)", re.IGNORECASE)
    for language in ("en",) if (words_ := lexicon(language).get("now_perfect_and"))
}
_PERFECT_PLAN_AFTER = {  # "has accepted to command the force if the OAS so decides": a condition after the participle is the
    # plan's, not the perfect's (now_perfect_plan_after)
    language: {w.lower() for w in words_} for language in ("en",) if (words_ := lexicon(language).get("now_perfect_plan_after"))
}
_PERFECT_ASIDE = {  # "has rejected the recommendations of the Court, which reported on 25 August,": the aside's day is its own
    language: compile_opening(r",\s+(?:" + alternation(words_) + r")\s[^,;:()]*(?:,|$)", re.IGNORECASE)
    for language in ("en",) if (words_ := lexicon(language).get("now_perfect_asides"))
}


def _perfect_negated(negated: re.Pattern, sentence: str, a: int, b: int, participle: int, language: str | None) -> bool:
    """A course, the very day or a plan told in the perfect's clause; a condition or a modal after its participle is of
    the plan the perfect tells, not of the perfect ("has accepted to command the force if ..."), after a bare "and"
    that joins the perfect to a dated act of the same subject too ("recognized it on Monday and has announced that it
    will send advisers": the announcing, from Monday to the day written)."""
    after = _PERFECT_PLAN_AFTER.get(language or "en", set())
    return any(not (m.start() >= participle and m.group().lower() in after) for m in negated.finditer(sentence, a, b))


_AFTER_PREPOSITION = compile_opening(r"\b(?:to|of|in|into|from|for|at|on|with)\s")
_AND_PARTICIPLE = compile_opening(r"\s+and\s+(?=(?:[a-z]+ed|" + alternation(lexicon("en").get("irregular_participles") or []) + r")\b)")  # "has armed his militia and staged a rally on 1 May"


def perfect_clauses(sentence: str, language: str | None, dated: list[int] | None = None) -> list[tuple[int, int]]:
    """The clauses after a sentence's first that tell, in the present perfect, an act done by the day the text is
    written: after a joiner ("...; the French have put a regiment on alert"), or the clause a saying opens ("told the
    Ambassador today that thirty others have been arrested"). A perfect whose participle comes before a second one that
    holds the sentence's date ("has armed his militia and staged a rally on 1 May") is a clause of its own, to the "and"."""
    opens, joiner, negated = _PERFECT_OPENS.get(language or "en"), _CLAUSE_JOINERS.get(language or "en"), _NOT_PERFECT.get(language or "en")
    if opens is None or joiner is None or negated is None:
        return []
    dated = dated if dated is not None else [d.start for d in find_dates(sentence, 1950)]
    cuts = {m.end() for m in joiner.finditer(sentence)} | {m.end() for m in opens.finditer(sentence)}
    shared = set()  # "seized power last Friday and has formed ...": a perfect that shares its subject with a dated act
    if (bare := _AND_PERFECT.get(language or "en")) is not None:
        shared = {m.end() for m in bare.finditer(sentence)} - cuts
        cuts |= shared
    cuts = sorted(cuts)
    found: list[tuple[int, int]] = []
    for verb in PERFECT_VERB.finditer(sentence):
        a = max([c for c in cuts if c <= verb.start()], default=0)
        a += len(sentence[a: verb.start()]) - len(sentence[a: verb.start()].lstrip())
        b = min([m.start() for m in joiner.finditer(sentence, verb.end())], default=len(sentence))
        if (m := _AND_PARTICIPLE.search(sentence, verb.end(), b)) and any(m.end() <= d < b for d in dated) \
                and not any(verb.end() <= d < m.start() for d in dated):
            if (a, m.start()) not in found and not negated.search(sentence, a, m.start()):
                found.append((a, m.start()))  # the first participle's clause, to the "and"
            continue
        if a == 0 and dated and (said := opens.match(sentence, verb.end() + len(sentence[verb.end():]) - len(sentence[verb.end():].lstrip()))) \
                and min(dated) >= said.end() and not negated.search(sentence, 0, verb.end()):
            if (0, said.end()) not in found:  # "General Nimmo has reported that the violations which began on 5 August
                found.append((0, said.end()))  # ...": the saying in the perfect, every day of the sentence in what it tells
            continue
        first = a == 0 and b < len(sentence) and bool(told := dated or [c.start for c in read_cues(sentence, language or "en")
                                                              if c.kind == "relative"]) and min(told) >= b  # "Ambassador Burns has already delivered our
        # protest to the Foreign Ministry, and Secretary Rogers saw the Ecuadorean Ambassador last Friday": the opening
        # clause in the perfect, every day of the sentence in the clause joined after it
        aside = _PERFECT_ASIDE.get(language or "en")
        if aside is not None and (m := aside.search(sentence, verb.end(), b)) is not None and not any(a <= d < m.start() for d in dated) \
                and any(m.start() <= d < m.end() for d in dated):
            b = m.start()  # "has rejected the recommendations of the Court, which reported on 25 August,": to the aside
        if (a == 0 and not first) or any(a <= d < b for d in dated) or _perfect_negated(negated, sentence, a, b, verb.end(), language) \
                or (a, b) in found:
            continue  # the sentence's own clause, a day of its own, or a course, the very day, a plan
        found.append((a, b))
    return found


# A relative clause in the pluperfect that closes a dated sentence with no day of its own ("... on 26 April forced their
# way into the Embassy to seize opponents of Duvalier who had taken asylum there"): done before the sentence's act, on
# or before its day (pluperfect_clause_openers).
_PLUPERFECT_ASIDE = {
    language: compile_opening(r"(?<!\w)(?:" + alternation(words_) + r")\s+had\s+(?:\w+ly\s+|already\s+)?(?!been\s+\w+ing\b)(?:been\s+)?"
                              r"(?:\w+(?:ed|en|wn|ne|ght)|" + alternation(lexicon("en").get("irregular_participles") or []) + r")\b[^,;:()]*$", re.IGNORECASE)
    for language in ("en",) if (words_ := lexicon(language).get("pluperfect_clause_openers"))
}


def pluperfect_aside(sentence: str, language: str | None) -> tuple[int, int] | None:
    """The closing relative clause of a sentence told in the pluperfect ("who had taken asylum there"), if any."""
    pattern = _PLUPERFECT_ASIDE.get(language or "en")
    m = pattern.search(sentence.rstrip(" .")) if pattern is not None else None
    if m is None or (_NOT_PERFECT.get(language or "en") and _NOT_PERFECT[language or "en"].search(m.group())) \
            or _PLUPERFECT_OWN_DAY[language or "en"].search(m.group()) \
            or any(c.kind in ("counted_span", "period", "relative", "recent", "ongoing") for c in read_cues(m.group(), language or "en")):
        return None  # "which had been closed for a week", "who had been there since May": a course, not an act before
    return m.start(), m.end()


def _pluperfect_asides(index: int, s: Sentence, made: list[EventDraft], language: str | None, context: Context) -> list[EventDraft]:
    if not s.dates or context.is_record or (aside := pluperfect_aside(s.text, language)) is None:
        return []
    if any(aside[0] <= d.start for d in s.dates) or _DAY_WORD[language or "en"].search(s.text, aside[0]):
        return []  # a day of its own
    dated = [e for e in made if e.method == "dated_sentence" and e.start_date is not None and e.evidence_start <= s.start + aside[0] < e.evidence_end]
    if len({e.start_date for e in dated}) != 1:
        return []
    event = EventDraft(index, "statement", s.start + aside[0], s.start + aside[1], "dated_sentence", 0.35)  # by the sentence's date,
    # its last day when it names a span ("In the second week of June 1986 a party ... found it occupied by soldiers who
    # had put up huts": on or before 14 June)
    (event.end_date, event.precision), event.date_kind, event.inferred = (dated[0].end_date or dated[0].start_date, "day"), "upper_bound", True
    return [event]


# A clause opened by "after" and told in the pluperfect inside a dated sentence, with no day of its own ("Washington
# recognised the new government on 31 July, after the junta had promised elections", "In the early hours of 23 January,
# after the navy ... had withdrawn their support, the dictator flew ..."): done before the sentence's act, on or before
# the last day of its date (pluperfect_after_openers). To its comma, semicolon or the sentence's end.
_PLUPERFECT_AFTER = {
    language: compile_opening(r"(?<!\w)(?:" + alternation(words_) + r")\s+(?:[^\s,;:()]+\s+){1,8}?had\s+(?:\w+ly\s+|already\s+)?"
                              r"(?!been\s+\w+ing\b)(?:been\s+)?(?:\w+(?:ed|en|wn|ne|ght)|"
                              + alternation(lexicon("en").get("irregular_participles") or []) + r")\b[^,;:()]*", re.IGNORECASE)
    for language in ("en",) if (words_ := lexicon(language).get("pluperfect_after_openers"))
}

_PLUPERFECT_AFTER_COUNTED = {  # a unit of time right before "after": a day counted from the clause's act
    language: compile_opening(r"(?<!\w)(?:" + alternation(lexicon(language).get("pluperfect_after_counted") or ["(?!)"]) + r")\s+$", re.IGNORECASE)
    for language in ("en",)
}
_PLUPERFECT_OWN_DAY = {  # a day of the clause's own, counted back ("the night before")
    language: compile_opening(r"(?<!\w)(?:" + alternation(lexicon(language).get("pluperfect_own_day") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE)
    for language in ("en",)
}


def pluperfect_after(sentence: str, language: str | None) -> list[tuple[int, int]]:
    """The clauses opened by "after" in the pluperfect in a sentence ("after the junta had promised elections"): each
    from its "after" to its comma, semicolon or the sentence's end; not one of a course ("after they had been waiting for
    a week")."""
    pattern = _PLUPERFECT_AFTER.get(language or "en")
    if pattern is None:
        return []
    found = []
    counted, own_day = _PLUPERFECT_AFTER_COUNTED[language or "en"], _PLUPERFECT_OWN_DAY[language or "en"]
    for m in pattern.finditer(sentence):
        clause = m.group().rstrip(" .\"”")
        if counted.search(sentence, 0, m.start()) or own_day.search(clause):
            continue  # "two days after ... had tried", "the day after ... had left": a day counted from it; "had been
            # stabbed the night before": a day of its own
        if (_NOT_PERFECT.get(language or "en") and _NOT_PERFECT[language or "en"].search(clause)) or any(
            c.kind in ("counted_span", "period", "relative", "recent", "ongoing") for c in read_cues(clause, language or "en")
        ):
            continue
        found.append((m.start(), m.start() + len(clause)))
    return found


def _pluperfect_afters(index: int, s: Sentence, made: list[EventDraft], language: str | None, context: Context) -> list[EventDraft]:
    """The acts of a dated sentence's "after" clauses in the pluperfect (``pluperfect_after``): a row of its own each,
    on or before the last day of the one date the sentence's dated rows give it; not where the clause holds a date."""
    if context.is_record or not (s.dates or s.relative or any(e.method == "relative_date" for e in made)):
        return []
    found = []
    for a, b in pluperfect_after(s.text, language):
        if any(a <= d.start < b for d in s.dates) or any(a <= r.start < b for r in s.relative) or _DAY_WORD[language or "en"].search(s.text, a, b):
            continue  # a day of its own
        dated = [e for e in made if e.method in ("dated_sentence", "relative_date") and e.end_date is not None
                 and e.date_kind in ("exact", "range") and e.evidence_start <= s.start + a < e.evidence_end]
        if len({e.end_date for e in dated}) != 1 or any(e.evidence_start == s.start + a for e in made):
            continue
        event = EventDraft(index, "statement", s.start + a, s.start + b, dated[0].method, 0.35)  # dated by the sentence's date
        (event.end_date, event.precision), event.date_kind, event.inferred = (dated[0].end_date, "day"), "upper_bound", True
        event.sources = clause_names(s.text[a:b], language)[:2]
        found.append(event)
    return found


def _week_after_its_cause(index: int, s: Sentence, made: list[EventDraft], language: str | None, context: Context) -> list[EventDraft]:
    """A weekly report's "this week" in a main clause whose closing "after" clause holds the sentence's dates ("Tension
    between the two countries rose sharply this week after Haitian police on 26 April forced their way into the
    Embassy"): the main act runs from that day to the day the report is written, a row of its own beside the dated one."""
    day = context.letter_date
    if day is None or language not in (None, "en") or not s.dates or context.is_record:
        return []
    closing = closing_after_clause(s.text, language)
    if closing is None or not all(closing[0] <= d.start < closing[1] for d in s.dates):
        return []
    if not any(c.kind == "period" and c.period == "this_week" and c.end <= closing[0] for c in read_cues(s.text[: closing[0]], language)):
        return []
    since = min(d.start_date for d in s.dates)
    main = s.text[: closing[0]].rstrip(" ,")
    if not since <= day <= since + timedelta(days=7) or any(e.evidence_start == s.start and e.evidence_end <= s.start + len(main) for e in made):
        return []
    event = EventDraft(index, "statement", s.start, s.start + len(main), "tense_sentence", 0.4)
    event.start_date, event.end_date, event.precision, event.date_kind, event.inferred = since, day, "day", "range", True
    event.sources = clause_names(main, language)[:2]
    return [event]


# A saying on its day that reports an act in the pluperfect with no day of its own ("The UAR consul told me yesterday
# evening that Cairo had already advised Gizenga to avoid further bloodshed", "The Minister stated that he had already
# received copies of the papers"): the act done on or before the day of the saying, a row of its own beside it
# (fixtures README: an act told in the pluperfect inside a saying). The reported clause to its end, a relative clause
# after a comma or a semicolon.
_SAYING_THAT = compile_opening(
    r"\b(?:" + (alternation(lexicon("en").get("reported_speech_verbs") or []) or "(?!)") + r"|told|informed|assured)\b[^;:]{0,60}?\bthat\s+")
_REPORTED_PLUPERFECT = compile_opening(
    r"(?P<clause>(?:[A-Z][\w'’.-]*|he|she|they|it|we|the\s+\w+)[^,;:()]{0,60}?\s+had\s+(?:\w+ly\s+|already\s+|not\s+yet\s+)?(?!been\s+\w+ing\b)"
    r"(?:been\s+)?(?!been\b)(?:\w+(?:ed|en|wn|ne|ght)|" + alternation(lexicon("en").get("irregular_participles") or []) + r")\b[^;:()]*?)"
    r"(?=,\s+(?:which|who|where|when)\b|;|\.?\s*$)")


_HOUR_OF_DAY = compile_opening(r"\b\d{1,2}(?:[.:]\d\d)?\s*[ap]\.\s?m\.", re.IGNORECASE)  # "had asked to see him at 5 a.m.": a time of its own


def _pluperfect_sayings(index: int, s: Sentence, made: list[EventDraft], language: str | None) -> list[EventDraft]:
    if (language or "en") != "en" or (said := _SAYING_THAT.search(s.text)) is None:
        return []
    if (m := _REPORTED_PLUPERFECT.match(s.text, said.end())) is None:
        return []
    clause = m["clause"].rstrip(" .")
    a = said.end()
    b = a + len(clause)
    if any(d.start < a for d in s.dates) or not any(c.kind == "relative" for c in read_cues(s.text[:a], "en")):
        return []  # a saying on a day written out ("announced on 27th June that he had invited ..."): its clause is bounded
        # where the written day is read (relative_date); a saying on the day written, by the reported-act rows
    if len(clause.split()) < 4 or _DAY_WORD["en"].search(clause) or clock_hours(clause) or _HOUR_OF_DAY.search(clause) or any(a <= d.start < b for d in s.dates) \
            or any(a <= r.start < b for r in s.relative) or any(c.kind in ("counted_span", "period", "relative", "recent", "ongoing", "planned")
                                                             for c in read_cues(clause, "en")):
        return []  # a day, a course or a plan of its own: read as it is
    saying = [e for e in made if e.date_kind == "exact" and e.start_date is not None and e.start_date == e.end_date
              and e.precision in ("day", "minute") and e.evidence_start <= s.start + said.start() < e.evidence_end
              and not (e.date_text and s.text.find(e.date_text) >= a)]  # not dated by a
    # day told after the saying ("..., which named a landing for the night of 2nd May")
    if len({e.start_date for e in saying}) != 1 or any(e.evidence_start >= s.start + a and e.date_kind != "exact" for e in made):
        return []
    event = EventDraft(index, "statement", s.start + a, s.start + a + len(clause), "tense_sentence", 0.35)
    event.end_date, event.precision, event.date_kind, event.inferred = saying[0].start_date, "day", "upper_bound", True
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
    event.sources = clause_names(clause, language)[:1]
    return [event]


def _perfect_clauses(index: int, s: Sentence, made: list[EventDraft], language: str | None, context: Context) -> list[EventDraft]:
    """A dated sentence's later clause told in the present perfect (``perfect_clauses``): on or before the day the text
    is written, a row of its own. In a report, cable or memorandum (a record's turns speak for themselves)."""
    day = context.letter_date
    if day is None or context.is_record or not made or (language or "en") not in _PERFECT_OPENS or not (
        s.dates or s.relative or any(e.method == "relative_date" for e in made)
    ):
        return []
    found = []
    for a, b in perfect_clauses(s.text, language, [d.start for d in s.dates] + [r.start for r in s.relative]):
        clause = s.text[a:b].rstrip(" .;,")
        if len(clause.split()) < 3 or _DAY_WORD[language or "en"].search(clause) or any(e.evidence_start == s.start + a and e.evidence_end <= s.start + b for e in made):
            continue
        event = EventDraft(index, "statement", s.start + a, s.start + a + len(clause), "tense_sentence", 0.4)
        (event.end_date, event.precision), event.date_kind, event.inferred = (day, "day"), "upper_bound", True
        if _PERFECT_AFTER.search(s.text[:a]) and (since := [e.start_date for e in made if e.method == "relative_date"
                                                            and e.start_date is not None and e.start_date < day]):
            event.start_date, event.date_kind = min(since), "range"  # "Amin was ousted last night by a coup, and Kabul Radio
            # has proclaimed Karmal head of the new regime": what followed the day counted back, up to the writing day
        event.sources, event.present = clause_names(clause, language)[:2], True  # told as of the writing day, not of a
        # day the passage turned back to ("Yesterday I spoke in Parliament ... and I have sent messages")
        bare = _AND_PERFECT.get(language or "en")
        if bare is not None and (m := bare.search(s.text, max(0, a - 8))) is not None and m.end() == a:
            counted = [e.start_date for e in made if e.evidence_start == s.start and e.start_date is not None
                       and (e.method == "relative_date" or e.date_kind == "exact" and e.precision in ("day", "minute"))]
            if not counted or max(counted) >= day:
                continue  # no day of the first clause's act before the writing
            event.start_date, event.date_kind = min(counted), "range"  # from the first clause's day to the writing ("was
            # arrested in Dacca on 26 March and has reportedly been flown to West Pakistan": a passive's subject the first
            # clause's, as an active's)
            verb = next((c.start for c in read_cues(s.text[: m.start()], language) if c.kind in ("past", "speech")), m.start())
            first = clause_names(s.text[:verb], language)[:1] or next((e.sources[:1] for e in made if e.sources and e.evidence_start == s.start), [])
            if not (first := first or (_group_subject(s.text[: m.start()]) if (language or "en") == "en" else [])):
                continue  # no subject read for the clause that leaves it out
            event.sources, event.targets = list(first), [n for n in event.sources if n not in first and not _AFTER_PREPOSITION.search(
                clause, 0, max(0, clause.find(n.split()[-1])))]  # "seized power ... and has formed a council": the first
            # clause's subject; the clause's own names what it acted on, not where ("flown to West Pakistan")
        found.append(event)
    return found


def _present_clauses(index: int, s: Sentence, made: list[EventDraft], language: str | None, context: Context) -> list[EventDraft]:
    """A present state in a dated sentence's later clause, told as of the day of writing: a row of that day. In a report,
    cable or memorandum (a record's turns speak for themselves)."""
    day = context.letter_date
    if day is None or not s.dates or context.is_record or (language or "en") not in _NOW_WORDS:
        return []
    found = []
    for clause in present_clauses(s.text, language, [d.start for d in s.dates]):
        a = s.text.index(clause)
        if any(s.start + a <= d.start + s.start < s.start + a + len(clause) for d in s.dates):
            continue  # a date of its own: read with it
        if any(e.start_date == day == e.end_date and e.evidence_start <= s.start + a < e.evidence_end for e in made):
            continue
        event = EventDraft(index, "statement", s.start + a, s.start + a + len(clause), "tense_sentence", 0.4).on(day)
        event.date_kind, event.inferred = "exact", True
        event.sources = actor_names(clause)[:2]
        found.append(event)
    return found


_RELATIVE_ASIDE = {  # ", which opened yesterday morning and was adjourned during visit,": an aside with its own verb
    language: compile_opening(r",\s+(?:" + alternation(openers) + r")\b[^,;]*", re.IGNORECASE)
    for language in ("en", "ru") if (openers := lexicon(language).get("relative_clause_openers"))
}


def _main_of_a_dated_aside(index: int, s: Sentence, held: set, language: str | None, context: Context, scope: Scope,
                           previous_actor: str | None, in_turn: bool) -> list[EventDraft]:
    """A sentence whose aside names a day counted from the text's ("plenum, which opened yesterday morning …, resumed at
    10 a.m. today"): the aside's day is its own, the main clause is read without it."""
    aside, days = _RELATIVE_ASIDE.get(language or "en"), _DAY_WORD.get(language or "en")
    if aside is None or days is None or s.dates or s.relative or not (m := aside.search(s.text)) or not days.search(m.group()):
        return []
    if language in (None, "en") and not s.text[m.end():].strip(" .") and not days.search(s.text, 0, m.start()) \
            and PERFECT_VERB.search(s.text, 0, m.start()):
        return _perfect_before_aside(index, s, m, language, context, scope, previous_actor, in_turn)
    return _main_clause_told(index, s, m, days, held, language, context, scope, previous_actor, in_turn)


def _perfect_before_aside(index: int, s: Sentence, aside: re.Match, language: str | None, context: Context, scope: Scope,
                          previous_actor: str | None, in_turn: bool) -> list[EventDraft]:
    """A main clause in the present perfect before a closing aside that names a day counted from the text's ("I have
    instructed our Permanent Representative ... to keep in close touch with Mr. Krishna Menon during the General
    Assembly, which opened yesterday."): the aside's day is the Assembly's; the instruction is done by the writing, a
    row of its own read without the aside (an upper bound), beside the row the aside's day makes."""
    main = s.text[: aside.start()] + "." + " " * (len(s.text) - aside.start() - 1)
    period = scope.period
    told = [e for e in tense_events(index, Sentence(s.start, s.end, main, [], s.year), language, context, scope, previous_actor, in_turn)
            if e.date_kind == "upper_bound" and e.start_date is None]
    scope.period = period
    for event in told:
        event.evidence_end = min(event.evidence_end, s.start + aside.start())
    return told


def _main_clause_told(index: int, s: Sentence, aside: re.Match, days: re.Pattern, held: set, language: str | None,
                      context: Context, scope: Scope, previous_actor: str | None, in_turn: bool, news: bool = False) -> list[EventDraft]:
    """The sentence read with its ``aside`` blanked out, when its main clause still names a day counted from the text's:
    the acts it tells on one day, not already held (the scope's period left as it was). In a cable or a bulletin whose
    story is at a day counted back from its writing (``news``), a main clause with no day of its own is read too ("THE
    PRIME MINISTER, MR EGAL, WHO HAD RETURNED FROM THE UNITED STATES ON 16 OCTOBER, WAS ARRESTED ..."): the story's
    day dates it, the aside's earlier date only the aside."""
    main = s.text[: aside.start()] + " " * (aside.end() - aside.start()) + s.text[aside.end():]
    week = not days.search(main) and _names_its_week(main, language)  # "Mobutu's regime, which took power on 25
    # November, this week banned party activity": the main clause's week, counted from the day the text speaks from
    if not days.search(main) and not week and not news:
        return []
    period = scope.period
    told = [e for e in tense_events(index, Sentence(s.start, s.end, main, [], s.year), language, context, scope, previous_actor, in_turn)
            if e.start_date is not None and (e.start_date == e.end_date or (week and e.end_date is not None))
            and (e.start_date, e.end_date) not in held]
    scope.period = period
    return told


# An aside between commas that a participle or a relative word opens (", suspended since the riots of 9 April,", ", which
# began on 12 March,"), or a relative clause that closes the sentence (", which the government had ordered on 27 May."):
# what it dates is its own.
_CLOSED_ASIDE = compile_opening(r",\s+(?:[a-z]+ed|" + alternation(lexicon("en").get("relative_clause_openers") or ["(?!)"])
                                + r")\b[^,;]*,|,\s+(?:" + alternation(lexicon("en").get("relative_clause_openers") or ["(?!)"])
                                + r")\b[^,;]*?(?=[.\s]*$)")


def _main_beside_a_dated_aside(index: int, s: Sentence, held: set, language: str | None, context: Context, scope: Scope,
                               previous_actor: str | None, in_turn: bool) -> list[EventDraft]:
    """A sentence whose dates all stand in an aside between commas, its main clause naming a day counted from the text's
    ("The Conference at Bogota, suspended since the riots of 9 April, reconvened yesterday in a school"): the main
    clause's act on that day, counted from the day the text speaks from, not from the aside's date."""
    days = _DAY_WORD.get("en")
    if language not in (None, "en") or days is None or not s.dates or s.relative:
        return []
    for m in _CLOSED_ASIDE.finditer(s.text):
        if not all(m.start() <= d.start and d.end <= m.end() for d in s.dates):
            continue
        news = scope.news_day is not None and context.tells_news and not in_turn and s.text[: m.start()].strip() != "" \
            and all(d.end_date is not None and d.end_date < scope.news_day for d in s.dates) \
            and m.group().endswith(",")  # a relative clause that closes the sentence: only a main clause's own day
        return _main_clause_told(index, s, m, days, held, language, context, scope, previous_actor, in_turn, news)
    return []


# An aside a relative word opens after a comma, to the next comma or the sentence's end ("Tambo, who arrived from Lusaka
# on Tuesday evening, thanked ...", "Babu, whose party was banned last week, returned ...") (en.yaml relativizers).
_WHO_ASIDE = compile_opening(r",\s+(?:" + alternation(lexicon("en").get("relativizers") or ["(?!)"]) + r")\b[^,;]*", re.IGNORECASE)


def _aside_of_its_own_week(index: int, s: Sentence, held: set, language: str | None, context: Context, scope: Scope,
                           previous_actor: str | None, in_turn: bool) -> list[EventDraft]:
    """An aside that names its own day of the week or week ("Comrade Tambo, who arrived in Berlin on Tuesday evening,
    thanked the SED for the statement it issued on 18 June"; "Babu, whose party was banned last week, returned
    yesterday") beside another time the sentence names: the aside's act, on its own day, counted from the day the text
    speaks from."""
    if language not in (None, "en") or not (s.dates or _DAY_WORD["en"].search(s.text) or s.relative):
        return []
    found = []
    for m in _WHO_ASIDE.finditer(s.text):
        if any(m.start() <= d.start < m.end() for d in s.dates) or not _names_its_week(m.group(), language):
            continue
        if not (any(not m.start() <= d.start < m.end() for d in s.dates) or _DAY_WORD["en"].search(s.text[: m.start()] + s.text[m.end():])):
            continue  # the aside's week is the sentence's only time: the sentence's own row
        period, at = scope.period, m.end() - len(m.group()[1:].lstrip())
        found += [e for e in tense_events(index, Sentence(s.start + at, s.start + m.end(), s.text[at: m.end()], [], s.year), language,
                                          context, scope, previous_actor, in_turn)
                  if e.start_date is not None and (e.method == "relative_date" or e.date_kind == "approximate")
                  and (e.start_date, e.end_date) not in held]
        scope.period = period
    for a, b in restricted_week_clauses(s.text, language):
        if not (any(not a <= d.start < b for d in s.dates) or _DAY_WORD["en"].search(s.text[:a] + s.text[b:])):
            continue  # the clause's week is the sentence's only time: the sentence's own row
        period = scope.period
        found += [e for e in tense_events(index, Sentence(s.start + a, s.start + b, s.text[a:b], [], s.year), language,
                                          context, scope, previous_actor, in_turn)
                  if e.start_date is not None and e.end_date is not None and e.start_date < e.end_date
                  and (e.start_date, e.end_date) not in held]
        scope.period = period
    return found


# A clause inside a noun phrase with no comma before it, opened by a relative word ("the groups that occupied three
# churches last week") or by a pronoun as its subject with no relative word ("the plan he presented last week")
# (en.yaml restricted_clause_openers, restricted_clause_subjects).
_RESTRICTED_OPENER = compile_opening(r"(?<=\w)\s+(?P<w>" + alternation(lexicon("en").get("restricted_clause_openers") or ["(?!)"]) + r")\b")
_RESTRICTED_SUBJECT = compile_opening(
    r"(?<=\w)\s+(?P<w>" + alternation(lexicon("en").get("restricted_clause_subjects") or ["(?!)"]) + r")\s+[a-z]+\b"
)
_WEEKS_BEFORE = ("week", "weekend")


def restricted_week_clauses(sentence: str, language: str | None) -> list[tuple[int, int]]:
    """The clauses of a noun phrase that name the week or weekend before as their own time ("Yesterday the front's leader
    broke off the talks on the plan he presented last week"): from the relative word nearest before the time (else the
    pronoun that is the clause's subject) to the end of the time, no comma or semicolon between. English only; a
    weekday or a week to come is no such clause."""
    if language not in (None, "en") or "week" not in sentence:
        return []
    spans = []
    for cue in read_cues(sentence, "en"):
        if cue.kind != "period" or cue.period not in _WEEKS_BEFORE:
            continue
        opened = max(sentence.rfind(",", 0, cue.start), sentence.rfind(";", 0, cue.start)) + 1
        found = [m.start("w") for m in _RESTRICTED_OPENER.finditer(sentence, opened, cue.start)] or [
            m.start("w") for m in _RESTRICTED_SUBJECT.finditer(sentence, opened, cue.start)]
        if found:
            spans.append((found[-1], cue.end))
    return spans


# A clause that a past participle opens after a noun ("the protocol on the wool deliveries signed in April"), and the
# clauses of _RESTRICTED_OPENER and _RESTRICTED_SUBJECT, a comma allowed before a relative word (", which the delegation
# discussed with us in January").
_PARTICIPLE_OPENER = compile_opening(r"(?<=\w)\s+(?P<w>[a-z]{3,}ed)\b")
# The words before a month named alone that make it an act's own time ("signed in April"), not a course's start ("since
# July") nor a deadline ("by June") (en.yaml month_act_openers).
_MONTH_OF_AN_ACT = tuple(w.lower() for w in lexicon("en").get("month_act_openers") or ["(?!)"])
_PAST_PARTICIPLE = compile_opening(r"\b[a-z]{3,}ed\b")
_MAY_BE = compile_opening(r"\b(?:" + alternation(lexicon("en").get("possibility_modals") or ["(?!)"]) + r")\b", re.IGNORECASE)
_SPAN_GOES_ON = compile_opening(r"\s*(?:" + alternation([*(lexicon("en").get("month_span_joiners") or []), *(lexicon("en").get("month_span_and") or [])])
                                 + r")(?!\w)\s*(?:(?:early|mid|late)[\s-]+)?[A-Z]")  # "in January and February", not "in January to send"
_INFINITIVE = compile_opening(r"\bto\s+[a-z]+\b")
_OPENER_AFTER_COMMA = compile_opening(r",\s+(?P<w>" + alternation(lexicon("en").get("restricted_clause_openers") or ["(?!)"]) + r")\b")


def restricted_month_clauses(sentence: str, year: int | None, now: tuple[int, int] | None) -> list[tuple[int, DateMention]]:
    """The clauses of a sentence that tell a past act of a month named alone inside a noun phrase or a reported clause
    ("May I ask you to speed up the release of the grant agreed in June", "I asked whether the agreement signed in
    October would remain in force", "proposals ..., which the delegation discussed with us in January"): where each
    opens (its relative word, pronoun subject or participle nearest before the month, no comma between) and the month,
    of the last such month by ``now`` (the year and month the text is written in). None where the clause tells a plan."""
    if year is None or now is None:
        return []
    found = []
    for month in find_months_alone(sentence, year, now, past=True, last_from=now):
        opened = max(sentence.rfind(",", 0, month.start), sentence.rfind(";", 0, month.start))
        words_ = [m.start("w") for m in _OPENER_AFTER_COMMA.finditer(sentence, max(opened, 0), month.start) if m.start() == opened] \
            + [m.start("w") for pattern in (_RESTRICTED_OPENER, _RESTRICTED_SUBJECT) for m in pattern.finditer(sentence, opened + 1, month.start)]
        starts = words_ + [m.start("w") for m in _PARTICIPLE_OPENER.finditer(sentence, opened + 1, month.start)]  # the nearest
        # opens the clause; a relative word or subject before its participle with no infinitive between opens it instead
        # ("that the Hungarian government had decided in January", "which the delegation discussed with us in January")
        if not starts or not month.text.lower().startswith(_MONTH_OF_AN_ACT) or tells_a_plan(sentence[opened + 1: month.end], "en") \
                or _MAY_BE.search(sentence, opened + 1, month.start) or plan_opened(sentence, month.start) \
                or _SPAN_GOES_ON.match(sentence, month.end):  # "in January and February": a span of months, not one
            continue  # "agreed to meet in Bali in July", "will be tried by the court in January", "could receive the
            # minister in October": the act to come's loose time; "since July": a course's start
        at = max(starts)
        if words_ and max(words_) < at and not _INFINITIVE.search(sentence, max(words_), at):
            at = max(words_)
        clause = sentence[at: month.start]
        if _INFINITIVE.search(clause) or not (_PAST_PARTICIPLE.search(clause) or any(c.kind == "past" for c in read_cues(clause, "en"))):
            continue  # "that Hungary send its delegation in September", "was ready to send teachers in September": a plan
        if (month.start_date.year, month.start_date.month) > now:  # a past act: no month after the writing's
            last = month.end_date.replace(day=1, year=month.end_date.year - 1)
            month = replace(month, start_date=in_year(month.start_date, month.start_date.year - 1),
                            end_date=last.replace(day=monthrange(last.year, last.month)[1]) if month.end_date.day >= 28 else
                            in_year(month.end_date, month.end_date.year - 1))
        found.append((at, month))
    return found


def restricted_month_clause_texts(sentence: str, language: str | None) -> list[str]:
    """The clauses of ``restricted_month_clauses`` as text, read in a text written in February 1961 (for the language
    files' examples)."""
    return [sentence[at: month.end] + f" ({month.start_date:%Y-%m})" for at, month in restricted_month_clauses(sentence, 1961, (1961, 2))]


def letter_written_from(context: Context, scope: Scope) -> date | None:
    """The day a letter's months alone are read up to: the day its sentences speak from, but the day it is written on
    where its story has moved to an earlier day by opening a clause with it (a despatch that tells its year in order, "3.
    ... On 1 May half a million people marched ... 4. Palma Carlos resigned in July", written on 2 January 1975: July
    1974, not July of the year before 1 May). Not a record, whose sentences speak from its meeting's day."""
    if context.is_correspondence and not context.is_record and scope.told and scope.day is not None \
            and context.letter_date is not None and scope.day < context.letter_date:
        return context.letter_date
    return scope.day


def _month_of_its_own_clause(index: int, s: Sentence, held: set, language: str | None, context: Context, scope: Scope) -> list[EventDraft]:
    """A letter's or record's sentence that tells an act of another time (a request, a question, a saying of the day)
    and, in a clause inside it, a past act of a month named alone (``restricted_month_clauses``): that act, a row of its
    own on its month, beside the sentence's."""
    day = letter_written_from(context, scope) or context.letter_date
    if language not in (None, "en") or day is None or not held or not (context.is_correspondence or context.is_record) or context.recalls:
        return []  # a recollection speaks of its story's year, not of the interview's
    found = []
    for at, month in restricted_month_clauses(s.text, day.year, (day.year, day.month)):
        if (month.start_date, month.end_date) in held or any(e.start_date == month.start_date for e in found):
            continue
        clause = s.text[at: month.end]
        event = EventDraft(index, "statement", s.start + at, s.start + month.end, "tense_sentence", 0.4)
        event.start_date, event.end_date, event.precision, event.date_kind, event.inferred = (
            month.start_date, month.end_date, "month", "exact", True)
        event.sources = clause_names(clause, language)[:2]
        found.append(event)
    return found


def restricted_week_clause_texts(sentence: str, language: str | None) -> list[str]:
    """The clauses of ``restricted_week_clauses`` as text (for the language files' examples)."""
    return [sentence[a:b] for a, b in restricted_week_clauses(sentence, language)]


def _counted_from(s: Sentence, after: int, made: list[EventDraft]) -> date | None:
    """The day a later clause's "the next day" counts from, as the sentence's row of that clause read it."""
    later = [r for r in s.relative if r.start >= after and not r.from_now and r.until is None and not r.approximate]
    if len(later) != 1:
        return None
    rows = [e for e in made if e.method == "relative_date" and e.start_date is not None and e.start_date == e.end_date]
    return rows[0].start_date - timedelta(days=later[0].days) if len(rows) == 1 else None


def _undated_tail(sentence: str, dated: list[DateMention]) -> int | None:
    """Where the last clause of a Chinese sentence opens when it follows the clauses its dates are in, names no date and
    tells a past act of its own subject ("我军于本月四日占领汉城，七日进占水原，敌已退至平泽、安城一线。": the enemy's withdrawal,
    by the message's day); None for any other sentence."""
    cut = max(sentence.rfind(mark) for mark in ("\uff0c", ","))
    if cut <= max(m.end for m in dated) or not _ZH_PAST_OPENING.match(sentence, cut + 1):
        return None
    return cut + 1


def _weekday_tail(sentence: str, dated: list[DateMention], language: str | None) -> int | None:
    """Where the last clause of a sentence opens after a semicolon, past its dates, when it names a day of the week
    of its own ("Strikes ... were broken up between 14 and 16 December; at the Wujek mine nine miners were killed on
    Wednesday": the killing, on the last Wednesday); None for any other sentence."""
    cut = sentence.rfind(";")
    if cut < max(m.end for m in dated) or cut < 0:
        if language in (None, "en") and (joined := weekday_clause(sentence, max(m.end for m in dated))) is not None:
            return joined  # "The Council met on 28 April and on Tuesday sent a committee": the second act on its own day
        at = interposed_tail(sentence, dated, language)  # "Makarios, who flew to London on 17 July, addressed the Security
        # Council on Friday": the main clause after the interposed one, on the day its own relative word names
        if at is None or find_dates(sentence[at:]) or not any(c.kind == "relative" for c in read_cues(sentence[at:], language or "en")):
            return None
        return at
    if "day" not in sentence[cut:].lower() and language in (None, "en"):
        return None
    cues = read_cues(sentence[cut + 1:], language or "en")
    if not any(c.kind == "relative" and c.weekday >= 0 for c in cues) or find_dates(sentence[cut + 1:]):
        return None
    return cut + 1


# A clause joined to a dated one that opens on a day of the week of its own ("... met on 28 April and on Tuesday sent a
# committee to both capitals", "... on 2 May, but last Friday withdrew it"): en.yaml weekday_clause_joins, weekdays.
_WEEKDAY_CLAUSE = compile_opening(
    r"(?:,\s*|\s+)(?:" + alternation(lexicon("en").get("weekday_clause_joins") or []) + r")\s+(?=(?:on\s+|last\s+)?(?:"
    + alternation(list(lexicon("en").get("weekdays") or {})) + r")\b(?!\s*,?\s*\d))"
    # ... or on its own past verb, the day of the week after it in its clause ("... left for Tehran on 18 December and
    # returned on Wednesday evening", "... went into hiding the same day and resigned on Tuesday")
    + r"|(?:,\s*|\s+)(?:" + alternation(lexicon("en").get("weekday_clause_joins") or []) + r")\s+(?:(?:\w+ly|also|then)\s+)?"
    r"(?=(?:(?:was|were)\s+)?(?-i:[a-z]+ed|" + alternation(lexicon("en").get("irregular_past") or []) + r")\b[^,;:.()\d]{0,60}?\b(?:(?:on|last)\s+(?:"
    + alternation(list(lexicon("en").get("weekdays") or {})) + r")|" + alternation(lexicon("en").get("joined_clause_days") or ["(?!)"]).replace(r"\ ", r"\s+")
    + r")\b(?!\s*,?\s*(?:the\s+)?\d)[^\d]*$)"
    # ... or on a subject of its own and its perfect, the day of the week closing the sentence ("..., although the Supreme
    # Court had proclaimed the final results only on Tuesday": weekday_subject_clause_joins)
    + r"|(?:,\s*|\s+)(?:" + (alternation(lexicon("en").get("weekday_subject_clause_joins") or []) or "(?!)") + r")\s+"
    r"(?=(?:(?!had\b|has\b)[\w'’.-]+\s+){1,5}(?:had|has)\s+(?:\w+ly\s+|already\s+)?(?:been\s+)?(?:[a-z]+ed|"
    + alternation(lexicon("en").get("irregular_participles") or []) + r")\b[^,;:.()\d]{0,60}?\b(?:only\s+)?(?:on|last)\s+(?:"
    + alternation(list(lexicon("en").get("weekdays") or {})) + r")\b(?!\s*,?\s*(?:the\s+)?\d)[^\d]*$)", re.IGNORECASE,
) if lexicon("en").get("weekday_clause_joins") else None


def weekday_clause(sentence: str, after: int = 0) -> int | None:
    """Where a clause joined after ``after`` opens on its own day of the week ("... on 28 April and on Tuesday sent ...":
    at "on Tuesday"); None when no such clause follows. A weekday beside a written day ("and on Tuesday, 30 April") is
    that day's, read as written."""
    if _WEEKDAY_CLAUSE is None or (m := _WEEKDAY_CLAUSE.search(sentence, after)) is None:
        return None
    return m.end()


_ZH_PAST_OPENING = compile_opening(r"\w{1,6}?(?:" + alternation(lexicon("zh").get("tail_past") or []) + ")" if lexicon("zh").get("tail_past") else r"(?!)")


def _title_month(title: str) -> tuple[int, int] | None:
    """The month a title writes with its year ("中苏关系大事记（1969年3月）"): the month the page's days alone are of."""
    return next(((d.start_date.year, d.start_date.month) for d in find_dates(title) if d.year_written and d.precision == "month"), None)


_POINT_OPENING = compile_opening(r"^[\s(\uff08]*(?:" + alternation((lexicon("zh").get("event_words") or {}).get("point_numerals") or []) + r")[)\uff09\u3001]\s*"
                                  if (lexicon("zh").get("event_words") or {}).get("point_numerals") else r"(?!)")


def writer_with(line: str, year: int | None = None) -> list[str]:
    """The people a message's sentence with no subject names after "与"/"同" at its opening (after its point's numeral
    and its date: "（二）昨（七）日与金日成同志会商"): the writer acted with them. Empty for any other sentence."""
    rest = line[m.end():] if (m := _POINT_OPENING.match(line)) else line
    dates = find_dates(rest[:16], year or 1950, 1)
    rest = rest[dates[0].end:] if dates and dates[0].start <= 2 else rest
    rest = rest.lstrip(" ,\uff0c")
    if not _CHRONICLE_WITH.match(rest):
        return []
    clause = min((i for i in (rest.find(c) for c in (*_CHRONICLE_CLAUSE_MARKS, *_SENTENCE_ENDS)) if i >= 0), default=len(rest))
    return list(dict.fromkeys(x.entity.name for x in find_mentions(rest[:clause]) if x.entity.kind == "person"))


def _head_writes_year(sentences: list) -> bool:
    """A chronicle's passage whose entry head writes its year ("1964年1月5日 ..."): the chronicle moves on to that year."""
    first = sentences[0].dates[0] if sentences and sentences[0].dates else None
    return first is not None and first.year_written and sentences[0].start + first.start <= 1


def chronicle_person(title: str) -> str | None:
    """The one person a chronicle of a life is of ("《周恩来年谱》1958年8月": Zhou Enlai), or None for any other title."""
    if not (m := _CHRONICLE.search(title)):
        return None
    people = {x.entity.name for x in find_mentions(title[: m.start()]) if x.entity.kind == "person"}
    return people.pop() if len(people) == 1 else None


def chronicle_parties(line: str, person: str, year: int | None = None) -> tuple[list[str], list[str]] | None:
    """A chronicle's line that opens with its verb (after its date, time of day and adverbs), no subject before it: the
    chronicle's person acts, with those it names after "同"/"与" ("同彭德怀、黄克诚研究 ...") or on them ("接见 ... 尤金").
    None when the line names its own subject first ("尤金表示 ...", "福建前线部队开始炮击金门")."""
    dates = find_dates(line[:16], year or 1950, 1)  # a month and day without a year under the chronicle's year heading, or a day
    rest = line[dates[0].end:] if dates and dates[0].start <= 1 else line  # alone ("二日，致电中共中央"): only where it ends matters
    if (lead := _CHRONICLE_LEAD.match(rest)) is not None:
        rest = rest[lead.end():]
    rest = rest.lstrip(" ,\uff0c")
    if (during := _CHRONICLE_DURING.match(rest)) is not None:
        rest = rest[during.end():]  # "日内瓦会议期间，在中国代表团驻地举行记者招待会": when, then his act
    if not (verb := _CHRONICLE_VERB.match(rest)):
        return None
    mentions = find_mentions(rest)
    people = [n for n in dict.fromkeys(x.entity.name for x in mentions if x.entity.kind == "person") if n != person]
    if _CHRONICLE_WITH.match(rest):
        return [person, *people], []
    if verb[0] in _CHRONICLE_LEADS:  # "率中共代表团抵达莫斯科": he and the delegation he leads
        led = [name for start, _, name in owned_groups(rest, mentions) if start == verb.end()]
        return [person, *led], people
    if verb[0] in _CHRONICLE_WIRES:  # "致电中共中央": the body he wires is its other party, as a person would be
        addressed = min((i for i in (rest.find(c, verb.end()) for c in _CHRONICLE_CLAUSE_MARKS) if i >= 0), default=len(rest))
        bodies = [x.entity.name for x in mentions if x.entity.is_actor and x.entity.kind != "person" and (
            x.start == verb.end() or (verb.end() < x.start < addressed and rest[x.start - 1] in _ZH_ALSO_TO))]  # "致电毛泽东、周恩来并中共中央"
        return [person], [*people, *bodies]
    if verb[0] in _CHRONICLE_ATTENDS:  # "出席苏联部长会议举行的招待会": the body that holds what he attends is its other party
        clause = min((i for i in (rest.find(c, verb.end()) for c in (*_CHRONICLE_CLAUSE_MARKS, *_SENTENCE_ENDS)) if i >= 0), default=len(rest))
        bodies = [x.entity.name for x in mentions if x.entity.kind == "organisation" and verb.end() <= x.start < clause]
        return [person], list(dict.fromkeys([*people, *bodies]))
    return [person], people


_CHRONICLE_SECOND = compile_opening(r"[\s\uff0c,]*(?:" + alternation(lexicon("zh").get("chronicle_second_acts") or []) + ")"
                                     if lexicon("zh").get("chronicle_second_acts") else r"(?!)")
_CHRONICLE_CLAUSE_MARKS = ("\uff0c", ",")
_ZH_ALSO_TO = tuple(w for w in lexicon("zh").get("salutation_joiners") or [] if len(w) == 1) + ("\u3001",)  # "并", "和", "、": and to


def chronicle_acts(line: str, person: str, year: int | None = None) -> list[tuple[int, int, list[str], list[str]]]:
    """A chronicle's line of the person's act whose later clause tells another act ("……研究金门作战情况，并致电福建前线指挥部。",
    "率代表团回到北京，毛泽东、刘少奇等到机场迎接。", "率中共代表团抵达莫斯科，同苏共代表团举行会谈。"): each act with where it
    stands in the line and its parties: his own after "并", the people it opens with, or the delegation he led and the one
    it met. One act (or none): an empty list."""
    if chronicle_parties(line, person, year) is None:
        return []
    cuts: list[tuple[int, str]] = [(0, "first")]
    for cut in sorted(i for i, c in enumerate(line) if c in _CHRONICLE_CLAUSE_MARKS):
        if len(cuts) == 1 and chronicle_parties(line[:cut], person, year) is None:
            continue  # "同日 晚，": the date and the time of day, no act yet
        clause = line[cut + 1:]
        if (also := _CHRONICLE_SECOND.match(clause)) is not None and _CHRONICLE_VERB.match(clause, also.end()):
            cuts.append((cut + 1, "also"))
        elif len(cuts) == 1 and _CHRONICLE_WITH.match(clause) and _led(line[:cut], person, year):
            cuts.append((cut + 1, "met"))
        elif (names := _opening_people(clause)) and person not in names:
            cuts.append((cut + 1, "own"))
    if len(cuts) < 2:
        return []
    acts: list[tuple[int, int, list[str], list[str]]] = []
    for (start, kind), (end, _) in zip(cuts, [*cuts[1:], (len(line), "")], strict=True):
        text = line[start:end]
        if kind == "first":
            parties = chronicle_parties(text, person, year)
        elif kind == "also":
            parties = chronicle_parties(text[_CHRONICLE_SECOND.match(text).end():], person, year)
        elif kind == "met":
            mentions = find_mentions(text)
            led = _led(line[:start], person, year)
            met = [name for _, _, name in owned_groups(text, mentions)] + [
                x.entity.name for x in mentions if x.entity.kind == "person" and x.entity.name != person]
            parties = (led + [n for n in met if n not in led], [])
        else:
            parties = (_opening_people(text), [])
        if parties is None:
            return []
        acts.append((start, end, list(parties[0]), list(parties[1])))
    return acts


def _led(text: str, person: str, year: int | None) -> list[str]:
    """The delegation a chronicle's line says the person led ("率中共代表团抵达莫斯科": CCP delegation), or none."""
    parties = chronicle_parties(text, person, year)
    return [n for n in parties[0] if n != person] if parties else []


_ZH_WORDS = lexicon("zh")
_STATIONED = compile_opening(r"(?:" + alternation((_ZH_WORDS.get("event_words") or {}).get("stationed") or []) + r")\w{1,8}?(?:"
                             + alternation(_ZH_WORDS.get("mission_nouns") or []) + ")" if _ZH_WORDS.get("mission_nouns") else r"(?!)")
_AUTHORITIES = compile_opening(alternation(_ZH_WORDS.get("authority_nouns") or []) if _ZH_WORDS.get("authority_nouns") else r"(?!)")
_ZH_FIRST_PERSON = tuple((_ZH_WORDS.get("event_words") or {}).get("first_person") or ())
_OWN_MISSION = compile_opening(alternation(_ZH_WORDS.get("own_mission") or []) if _ZH_WORDS.get("own_mission") else r"(?!)")
_OFFICIAL = compile_opening(
    r"(?:" + alternation(_ZH_WORDS.get("ministry_nouns") or []) + r")(?:" + alternation(_ZH_WORDS.get("ministry_officials") or []) + r")"
) if _ZH_WORDS.get("ministry_nouns") and _ZH_WORDS.get("ministry_officials") else compile_opening(r"(?!)")
# The envoys of all the states at a post, summoned or received as one body ("召见各国使节", "召见各国驻也门使节",
# "接见外交使团"): a group named in the page's words right after a verb of a talk (zh.yaml envoy_group_openers,
# envoy_group_heads, talk_opening_verbs); not the envoys who only attend ("各国使节均出席").
# The verb is matched and the group is its span (``m.start("group")``): a look-behind would take verbs of one length only.
_ENVOY_GROUP = compile_opening(
    r"(?:" + alternation(_ZH_WORDS.get("talk_opening_verbs") or ["\x00"]) + r")(?P<group>(?:" + alternation(_ZH_WORDS.get("envoy_group_openers") or []) + r")(?:(?:" + alternation(list(
        (_ZH_WORDS.get("event_words") or {}).get("stationed") or [])) + r")\w{1,4}?)?(?:" + alternation(_ZH_WORDS.get("envoy_group_heads") or []) + r"))"
) if _ZH_WORDS.get("envoy_group_openers") and _ZH_WORDS.get("envoy_group_heads") else compile_opening(r"(?!)")
_LONGEST_TALK_VERB = max(map(len, _ZH_WORDS.get("talk_opening_verbs") or ["\x00"]))


def _envoy_group_at(text: str, at: int) -> bool:
    """The envoys summoned as one body (``_ENVOY_GROUP``) are named from ``at``, right after the verb of the talk."""
    for m in _ENVOY_GROUP.finditer(text, max(0, at - _LONGEST_TALK_VERB)):
        if m.start("group") >= at:
            return m.start("group") == at
    return False


_OFFICIAL_OWNER = compile_opening(r"(?:" + alternation(_ZH_WORDS.get("official_owners") or []) + r")$") \
    if _ZH_WORDS.get("official_owners") else compile_opening(r"(?!)")


_STATIONED_WORDS = tuple((_ZH_WORDS.get("event_words") or {}).get("stationed") or ())


def host_of(senders: list[str]) -> str | None:
    """The state an embassy's report home is sent from, as the sending post's name writes it ("驻锡兰使馆": "锡兰")."""
    posts = sorted(_ZH_WORDS.get("mission_nouns") or [], key=len, reverse=True)
    hosts = {sender[len(w):-len(post)] for sender in senders for w in _STATIONED_WORDS if sender.startswith(w)
             for post in [next((p for p in posts if sender.endswith(p)), "")] if post}
    return next(iter(hosts)) if len(hosts) == 1 and len(next(iter(hosts))) >= 2 else None


def page_groups(text: str, host: str | None = None) -> list[tuple[int, int, str]]:
    """The groups a Chinese text names in its own words ("苏联驻印尼使馆", "印尼当局", "我驻印度尼西亚使馆": the writer's
    state's mission), with where each stands; not a title before the name of the one who holds it. A ministry's official
    written after the first character of the state the report is sent from (``host``: "锡外交部常务秘书" in a report
    from "驻锡兰使馆") is that state's ("锡兰外交部常务秘书")."""
    mentions = find_mentions(text)
    owners = [(x.start, x.end, text[x.start: x.end]) for x in mentions if x.entity.is_state]
    owners += [(i, i + len(w), _ZH_WORDS.get("own_state") or w) for w in _ZH_FIRST_PERSON for i in range(len(text)) if text.startswith(w, i)
               and _STATIONED.match(text, i + len(w))]
    found: list[tuple[int, int, str]] = []
    for start, end, owner in sorted(owners):
        if (m := _STATIONED.match(text, end) or _AUTHORITIES.match(text, end)) is None:
            continue
        if any(x.start == m.end() and x.entity.kind == "person" for x in mentions):
            continue  # "苏联驻华大使尤金": Yudin, by his title
        if not any(a <= start < b for a, b, _ in found):
            found.append((start, m.end(), owner + text[end: m.end()]))
    for i in (i for i in range(len(text)) if text.startswith(_ZH_FIRST_PERSON, i)):
        # "我临时代办", "我馆": the writer's own mission or envoy, in an embassy's words (zh.yaml own_mission)
        w = next(w for w in _ZH_FIRST_PERSON if text.startswith(w, i))
        if (m := _OWN_MISSION.match(text, i + len(w))) is None or any(a <= i < b for a, b, _ in found):
            continue
        if any(x.start == m.end() and x.entity.kind == "person" for x in mentions):
            continue  # "我大使王幼平": the ambassador, by his name
        found.append((i, m.end(), text[i: m.end()]))
    for m in _OFFICIAL.finditer(text):  # "新政权外交部秘书长召见……": the ministry's official, with the state or regime before it
        if any(a <= m.start() < b for a, b, _ in found) or any(x.start == m.end() and x.entity.kind == "person" for x in mentions):
            continue
        start = next((x.start for x in mentions if x.end == m.start() and x.entity.is_state), None)
        if start is None and host and m.start() >= 1 and text[m.start() - 1] == host[0] \
                and (m.start() < 2 or not text[m.start() - 2].isalnum()):
            found.append((m.start() - 1, m.end(), host + text[m.start(): m.end()]))
            continue
        if start is None and (owner := _OFFICIAL_OWNER.search(text, max(0, m.start() - 4), m.start())) is not None:
            start = owner.start()
        found.append((start if start is not None else m.start(), m.end(), text[start if start is not None else m.start(): m.end()]))
    for m in _ENVOY_GROUP.finditer(text):  # "……秘书长召见各国使节": the envoys summoned, as one body
        if not any(a < m.end() and m.start("group") < b for a, b, _ in found):
            found.append((m.start("group"), m.end(), m["group"]))
    return sorted(found)


_REPORTED_BY = tuple(_ZH_WORDS.get("reported_by") or ())


_SIGNS = _ZH_WORDS.get("transliteration_characters") or ""
_NAME_RUN = "[" + re.escape(_SIGNS) + "](?:[" + re.escape(_SIGNS) + "\u00b7\u30fb\\-]{0,18}[" + re.escape(_SIGNS) + "])" if _SIGNS else "(?!)"
_TITLED_NAME = compile_opening(
    "(?P<office>" + alternation(_ZH_WORDS.get("name_offices_before") or []) + ")?(?P<name>" + _NAME_RUN + ")(?P<title>"
    + alternation(_ZH_WORDS.get("name_titles_after") or []) + ")?"
) if _SIGNS and _ZH_WORDS.get("name_titles_after") else compile_opening("(?!)")


_TOLD = tuple((_ZH_WORDS.get("event_words") or {}).get("told_comma") or ()) or ("\0",)
_TOLD_OWN = compile_opening("(?:" + alternation(_TOLD) + ")\\W{0,2}(?:" + alternation(_ZH_WORDS.get("told_own_acts") or ["\0"]) + ")")


def _tells_other(text: str, at: int) -> bool:
    """A told verb at ``at`` whose clause is another's act ("什蒂拉说，苏联已……"), not the speaker's own ("马尔罗说，他……")."""
    return text.startswith(_TOLD, at) and not _TOLD_OWN.match(text, at)


def page_people(text: str) -> list[tuple[int, int, str, str]]:
    """The foreign people a Chinese text names in transliteration with an office or rank the gazetteer does not know
    ("拉齐曼德拉瓦上校", "总理拉乌尔"; zh.yaml ``name_titles_after``, ``name_offices_before``): where each stands, as the
    text writes him and his bare name; none a name the gazetteer knows covers ("巴基斯坦总统", "曼德拉总统")."""
    found: list[tuple[int, int, str, str]] = []
    mentions = None
    for m in _TITLED_NAME.finditer(text):
        if _tells_other(text, m.end()):
            continue  # "罗亚外长表示，……": the speaker of what the clause after tells, not its actor
        if not (m["office"] or m["title"]) or (m.start("name") > 0 and text[m.start("name") - 1] in _SIGNS and not m["office"]):
            continue
        if mentions is None:
            mentions = find_mentions(text)
        if any(x.start < m.end("name") and m.start("name") < x.end for x in mentions):
            continue
        found.append((m.start(), m.end(), m[0], m["name"]))
    return found


def _bare_forms(name: str) -> tuple[str, ...]:
    """A titled name's forms a page writes it by later: the name, and its last part after "·" ("萨莱克")."""
    last = re.split("[\u00b7\u30fb]", name)[-1]
    return tuple(dict.fromkeys(f for f in (name, last) if len(f) >= 2))


def people_in(text: str, bare: tuple[str, ...]) -> list[str]:
    """The page's foreign people a text names: by office or rank (``page_people``), or by a bare name the page gave
    one of them with his office elsewhere (``bare``), that no character of a foreign name touches."""
    titled = page_people(text)
    spans = [(a, b) for a, b, _, _ in titled]
    named = [(a, written) for a, _, written, _ in titled]
    for form in sorted(bare, key=len, reverse=True):
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not any(a <= at < b or a < end <= b for a, b in spans) and not (at > 0 and text[at - 1] in _SIGNS) \
                    and not (end < len(text) and text[end] in _SIGNS) and not _tells_other(text, end):
                spans.append((at, end))
                named.append((at, form))
            at = text.find(form, end)
    return list(dict.fromkeys(written for _, written in sorted(named)))


def _name_page_people(event: EventDraft, evidence: str, bare: tuple[str, ...], writer: list[str]) -> None:
    """A Chinese row's foreign people the gazetteer does not know, in the page's words (``people_in``), where the row has
    no subject or only the page's writer: the first its subject, the others with those it has."""
    if event.sources and not (writer and set(event.sources) <= set(writer)):
        return  # a row whose subject the gazetteer named already
    have = event.targets
    people = [p for p in people_in(evidence, bare) if not any(p in n or n in p for n in have)]
    if people:
        event.sources, event.targets = people[:1], event.targets + people[1:]


_FOUNDED_BODY_ENDINGS = tuple(sorted(_ZH_WORDS.get("founded_body_endings") or [], key=len, reverse=True))
_FOUNDED_BODY = compile_opening(
    "(?:" + alternation(_ZH_WORDS.get("founded_body_verbs") or []) + r")[\"\u201c\u300c]?(?P<name>[\u4e00-\u9fff]{1,16}?(?:"
    + alternation(_FOUNDED_BODY_ENDINGS) + r"))(?=[\"\u201d\u300d]|[^\w])"
) if _FOUNDED_BODY_ENDINGS and _ZH_WORDS.get("founded_body_verbs") else compile_opening("(?!)")


def founded_bodies(text: str) -> list[str]:
    """The bodies a Chinese text names as it tells of their founding ("成立军事指挥委员会。"; zh.yaml ``founded_body_verbs``)
    that the gazetteer knows by no name covering them ("成立中央军事委员会" is the CMC's founding, named by the gazetteer)."""
    found = []
    for m in _FOUNDED_BODY.finditer(text):
        if lookup(m["name"]) is None and not any(x.end - x.start >= len(m["name"]) for x in find_mentions(m["name"])):
            found.append(m["name"])
    return list(dict.fromkeys(found))


def page_bodies(texts: list[str]) -> dict[str, str]:
    """Each form a Chinese page may name one of its founded bodies by (``founded_bodies``), with that body: its name, the
    name's last words keeping two characters or more before the body's word ("指挥委员会" of "军事指挥委员会"), and its
    abbreviation, a character of those words with the first and last of the body's word ("军委会"); a form two bodies
    share is left out."""
    forms: dict[str, set[str]] = {}
    for name in dict.fromkeys(n for text in texts for n in founded_bodies(text)):
        ending = next(e for e in _FOUNDED_BODY_ENDINGS if name.endswith(e))
        head = name[: len(name) - len(ending)]
        for cut in range(len(head) - 1):
            forms.setdefault(name[cut:], set()).add(name)
        if len(ending) >= 3:
            for sign in dict.fromkeys(head):
                forms.setdefault(sign + ending[0] + ending[-1], set()).add(name)
    return {form: next(iter(names)) for form, names in forms.items() if len(names) == 1}


def bodies_in(text: str, forms: dict[str, str]) -> list[tuple[int, int, str]]:
    """Where a Chinese text names the page's founded bodies by one of their ``forms`` (``page_bodies``), with the body
    each stands for; not a form within a longer name the gazetteer knows ("中央军事委员会" holds "军事委员会")."""
    mentions, found = None, []
    for form in sorted(forms, key=len, reverse=True):
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if mentions is None:
                mentions = find_mentions(text)
            if not any(a < end and at < b for a, b, _ in found) and not any(
                x.start < end and at < x.end and (x.start < at or x.end > end) for x in mentions
            ):
                found.append((at, end, forms[form]))
            at = text.find(form, end)
    return sorted(found)


_ANNOUNCED_FOUNDING = compile_opening(
    "(?:" + alternation(_ZH_WORDS.get("founding_announced") or []) + ")(?:" + alternation(_ZH_WORDS.get("founded_body_verbs") or [])
    + r")[\"\u201c\u300c]?$"
) if _ZH_WORDS.get("founding_announced") and _ZH_WORDS.get("founded_body_verbs") else compile_opening("(?!)")


def _name_page_bodies(event: EventDraft, evidence: str, forms: dict[str, str]) -> None:
    """A Chinese row's bodies the page founded, by any form it names them by (``bodies_in``), in place of a name the
    gazetteer read inside one ("军委" of "军委会"); the first its subject when the row has none. A founding the row's
    subject announces ("西哈努克宣布成立……阵线") is what he said: the body no party to it (zh.yaml founding_announced)."""
    found = bodies_in(evidence, forms)
    if event.sources:
        found = [(a, b, n) for a, b, n in found if not _ANNOUNCED_FOUNDING.search(evidence[max(0, a - 8): a])]
    if not found:
        return
    inside = {x.entity.name for x in find_mentions(evidence) if any(a <= x.start and x.end <= b for a, b, _ in found)}
    sources = [n for n in event.sources if n not in inside]
    targets = [n for n in event.targets if n not in inside]
    names = list(dict.fromkeys(name for _, _, name in found))
    if not sources:
        sources, names = names[:1], names[1:]
    event.sources, event.targets = sources, targets + [n for n in names if n not in sources and n not in targets]


_OWN_ARMY = compile_opening(r"\s*(?:" + alternation(lexicon("zh").get("own_army_words") or []) + r")") \
    if lexicon("zh").get("own_army_words") else compile_opening(r"(?!)")


def writer_army(evidence: str, senders: list[str]) -> str | None:
    """The army a Chinese point or sentence opening with "我军" names: the one its writer commands (the gazetteer's
    ``army``), None where it opens otherwise or the writer commands none."""
    rest = evidence[m.end():] if (m := _POINT_OPENING.match(evidence)) else evidence  # after its point's numeral: "（一）"
    if not _OWN_ARMY.match(rest) or len(senders) != 1:
        return None
    writer = lookup(senders[0])
    army = entity(writer.army) if writer is not None and writer.army else None
    return army.name if army is not None else None


def _name_page_groups(event: EventDraft, evidence: str, own=None, host: str | None = None) -> None:
    """A Chinese row's groups in the page's words ("印尼当局下令关闭……": the authorities, "召见印尼驻华临时代办": the chargé):
    its actors in place of the state each is of; the first its subject when the row has none. Not the one a report is
    said to come from ("据我驻印度尼西亚使馆报告，……": the act it reports is another's)."""
    groups = [g for g in page_groups(evidence, host) if not evidence[max(0, g[0] - 2): g[0]].endswith(_REPORTED_BY)] if _REPORTED_BY \
        else page_groups(evidence, host)
    if not groups:
        return
    inside = {x.entity.name for x in find_mentions(evidence) if any(a <= x.start < b for a, b, _ in groups)}
    nouns = [name for s, _, name in group_nouns(evidence, "zh") if any(a <= s < b for a, b, _ in groups)]
    inside |= {*nouns, *map(own or (lambda n: n), nouns)}  # "外交部秘书长": the official, not his ministry, nor the writer's
    sources = [n for n in event.sources if n not in inside]
    targets = [n for n in event.targets if n not in inside]
    names = [name for _, _, name in groups]
    subjects = [name for a, _, name in groups if not _envoy_group_at(evidence, a)]  # the envoys summoned are done to,
    if not sources and not subjects:  # never the subject: with no one found to summon them ("阿外交部召见各国使节"), the
        return  # row is left to the readers after this one, which name the summoner (the ministry)
    if not sources:
        sources, names = subjects[:1], [n for n in names if n != subjects[0]]
    event.sources, event.targets = sources, targets + [n for n in names if n not in sources and n not in targets]


_REPORT = compile_opening(r"(?:" + alternation(_REPORTED_BY) + r")(?P<who>\w{2,20}?)(?:" + alternation(_ZH_WORDS.get("report_verbs") or [])
                          + r")[\s\uff0c,]" if _REPORTED_BY and _ZH_WORDS.get("report_verbs") else r"(?!)")


def _report_of(event: EventDraft, text: str, day: date | None) -> EventDraft | None:
    """The report a Chinese row's act is told from ("据我驻印度尼西亚使馆报告，五月九日，……"): a row of its own, the
    reporter's, made by the day of the page that tells it; None when the row tells none or the page has no day."""
    if day is None or event.method not in ("dated_sentence", "tense_sentence", "relative_date"):
        return None
    m = _REPORT.search(text, event.evidence_start, event.evidence_end)
    if m is None or m.start() > event.evidence_start + 3:
        return None
    who = [name for _, _, name in page_groups(m["who"])] or [x.entity.name for x in find_mentions(m["who"]) if x.entity.is_actor]
    if not who:
        return None
    report = EventDraft(event.block, "statement", m.start(), m.end() - 1, "tense_sentence", 0.5, end_date=day, precision="day",
                        inferred=True, sources=who[:1], date_kind="upper_bound")
    return report


_JOINERS = tuple((lexicon("zh").get("event_words") or {}).get("coordination") or ())


def _opening_people(clause: str) -> list[str]:
    """The people a clause opens with, as its subject ("毛泽东、刘少奇等到机场迎接": Mao Zedong, Liu Shaoqi)."""
    return _opening_people_at(clause)[0]


def _people_then_verb(clause: str) -> list[str]:
    """The people a clause opens with when a chronicle's verb follows them ("周恩来率领在京党政负责人到机场迎接": Zhou
    Enlai, who leads and so acts), else none."""
    names, at = _opening_people_at(clause)
    return names if names and (verb := _CHRONICLE_VERB.match(clause, at)) and verb.group() not in _CHRONICLE_COPULAS else []


def _opening_people_at(clause: str) -> tuple[list[str], int]:
    names: list[str] = []
    at = len(clause) - len(clause.lstrip())
    for x in sorted(find_mentions(clause), key=lambda x: x.start):
        if x.start < at:
            continue
        if x.start != at or x.entity.kind != "person":
            break
        names.append(x.entity.name)
        at = x.end
        at += next((len(w) for w in _JOINERS if clause.startswith(w, at)), 0)  # "、", "和": the names of one subject
    return names, at


# A sentence whose subject is the message the passage has just named, and its verb one of saying ("The telegram said
# that ...", "电报说:……", "В телеграмме говорилось ..."): the words of that message, not another act.
_MESSAGE_SAYS = compile_opening(
    r"^\W*(?:(?:the|this|that|his|her|their|its)\s+(?:telegram|cable|letter|message|note)\s+(?:\w+ly\s+)?(?:" + SPEECH_VERBS + r")\b|"
    + event_words("message_says") + ")", re.IGNORECASE,
)


def _names_a_dated_message(before: list[EventDraft]) -> bool:
    """The passage named a message on a day of its own just before ("十月十日电,指一九五○年十月十日彭德怀给毛泽东的电报。",
    "Telegram 1139 from Moscow, October 30."): the row of that message holds what it said."""
    return bool(before) and before[-1].method == "dated_sentence" and before[-1].start_date is not None


# A decision its writer tells ("故决全部集结江南", "we have decided to concentrate ...").
_DECIDED = compile_opening(r"\b(?:decided|resolved)\b|" + event_words("decided"), re.IGNORECASE)


def _decided_in(event: EventDraft, message: EventDraft) -> None:
    """A decision told in the words of a message named on its day ("十月十日电,……电报说:……原拟先出两个军……,故决全部集结江南,
    改变原定计划。"): its writer's, taken by the day he wrote, told on it."""
    if event.method == "tense_sentence" and message.start_date is not None:
        event.on(message.start_date).date_kind = "exact"
        event.sources, event.targets = list(message.sources[:1]), []


def _tells_its_words(event: EventDraft, s) -> bool:
    """The row a message's paraphrase makes of its saying: the whole sentence, read from its verb of saying. The acts
    its words report ("The telegram said that the troops had crossed ...") are rows of their own."""
    return event.method == "tense_sentence" and event.evidence_start <= s.start + (len(s.text) - len(s.text.lstrip())) and event.evidence_end >= s.end - 1


# Where a book's page starts to print the record: its first speaker's label, at the start of a passage (after the
# note's number: "3Bush: Secondly, ...") or after the mark of words left out ("... June.) […] Gorbachev: On the one hand").
_RECORD_TURN = compile_opening(r"(?:^\d{0,2}|(?<=\[…\])\s*|(?<=\[\.\.\.\])\s*)(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2}):\s+(?=[A-Z])")


_GATHERINGS = alternation(lexicon("en").get("gathering_nouns") or [])
_GATHERING_PAPERS = alternation(lexicon("en").get("gathering_papers") or [])
# A gathering named by its place just before its date: "the Moscow meeting [on 9-10 June 1967]", "the Geneva conference of".
_PLACE_THING_DATED = compile_opening(r"\bthe\s+(?P<place>[A-Z][a-z]+)\s+(?:" + _GATHERINGS + r")s?\s*[\[(]?\s*(?:on|of|in)?\s*$")
# A past act that names a gathering or its paper by that place: "we have already spoken out ... in the Moscow statement".
_PLACE_THING = compile_opening(r"\bthe\s+(?P<place>[A-Z][a-z]+)\s+(?:" + _GATHERINGS + "|" + _GATHERING_PAPERS + r")s?\b")


# "on the afternoon of their arrival in Beijing": a journey of the act's doers that the day of the act is named by.
JOURNEY_DAY = compile_opening(
    r"\b(?:on|in|during)\s+the\s+(?:" + alternation(words("day_parts")) + r")\s+of\s+(?P<act>(?:his|her|their|its)\s+(?:"
    + alternation(words("journey_nouns")) + r")\s+(?:in|at|to|from|into)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _journey_of_the_day(index: int, s, told: list[EventDraft], language: str | None) -> list[EventDraft]:
    """The journey a sentence names its act's day by ("Premier Kim Il Sung and the delegation visited Premier Zhou Enlai
    on the afternoon of their arrival in Beijing"): the doers' arrival (return, departure), on that same day."""
    m = JOURNEY_DAY.search(s.text) if language in (None, "en") else None
    act = next((e for e in told if e.sources and e.start_date and e.start_date == e.end_date and e.precision in ("day", "minute")), None)
    if m is None or act is None or len(s.text[: m.start()].split()) < 3 or re.search(r"\bby\b", s.text[: m.start()]):
        return []  # "On the day of his arrival, Stalin received Mao", "Mao was received by Stalin on ...": whose is not told
    plural = m["act"].lower().startswith("their")
    if plural != (len(act.sources) > 1 or not is_person(act.sources[0])):
        return []  # "their" for the doers, "his" or "her" for the one person who acted
    event = EventDraft(index, "statement", s.start + m.start("act"), s.start + m.end("act"), act.method, 0.35).on(act.start_date)
    event.sources = list(act.sources)
    return [event]


# Talks named by their place, then the parties between whom they were ("the Bucharest negotiations between the CPSU
# and the Communist Party of Yugoslavia"); an OCR break inside the noun ("ne gotiations") leaves two words.
_PLACE_TALKS_BETWEEN = compile_opening(r"\bthe\s+(?P<place>[A-Z][a-z]+)\s+(?:[a-z]+\s+){1,2}?between\s+(?P<parties>[^,;:.()]{3,120})")
# A paper signed or issued at a place ("the secret communique signed in Bucharest"): the parties the text told met
# there made it.
_PAPER_THERE = compile_opening(
    r"\b(?:" + _GATHERING_PAPERS + r"|" + alternation(lexicon("en").get("message_act_nouns") or []) + r")s?\s+(?:"
    + alternation(lexicon("en").get("act_participles") or []) + r")\s+(?:in|at)\s+(?P<place>[A-Z][a-z]+)\b"
)


# "the second meeting of the party and government leaders of the socialist countries": a gathering of a group that the
# text names by its members, a plural of ``gathered_members`` after at most four lower-case words.
GATHERED_GROUP = compile_opening(
    r"\b(?:" + _GATHERINGS + r")s?\s+of\s+the\s+(?P<group>(?:[a-z][\w-]*\s+){0,4}?(?:" + alternation(words("gathered_members"))
    + r")(?:\s+of\s+the\s+[\w\s-]{3,60}?)?)(?=\s+(?:on|in|at|about|to|for|concerning|regarding)\b|\s*[,.;:(]|\s*$)"
)
_GATHERING_NAMED = compile_opening(r"\b(?:" + _GATHERINGS + "|" + _GATHERING_PAPERS + r")s?\b", re.IGNORECASE)


def _gathering_group(told: list[EventDraft], text: str, context: Context) -> None:
    """The meetings and papers a text tells with no actor after it named a series of gatherings by their members' group
    ("the second meeting of the party and government leaders of the socialist countries. No one doubts that the Moscow
    meeting [on 9-10 June 1967] has brought about good results"): that group's."""
    if context.gathering_group is None:
        return
    for event in told:
        if not event.sources and not event.targets and _GATHERING_NAMED.search(text, event.evidence_start, event.evidence_end):
            event.sources = [context.gathering_group]


def gathered_parties(sentence: str, language: str | None) -> dict[str, list[str]]:
    """The places at which a sentence tells talks between two or more parties the gazetteer knows, with those parties:
    "the Bucharest negotiations between the CPSU and the Communist Party of Yugoslavia" (Bucharest: CPSU, CPY)."""
    if language not in (None, "en"):
        return {}
    found = {}
    for m in _PLACE_TALKS_BETWEEN.finditer(sentence):
        known = lookup(m["place"])
        parties = [n for n in actor_names(m["parties"]) if n != (known.name if known else None)]
        if known is not None and known.kind == "place" and len(parties) >= 2:
            found[m["place"]] = parties
    return found


def _parties_there(told: list[EventDraft], text: str, context: Context) -> None:
    """A paper the text names as signed or issued at a place where it told talks between parties before ("I pointed out
    that the obligations contained in the secret communique signed in Bucharest have now been broken"): theirs."""
    if not context.gathered:
        return
    for event in told:
        if event.method != "undated_sentence" or event.sources or event.targets:
            continue
        m = _PAPER_THERE.search(text, event.evidence_start, event.evidence_end)
        if m and (parties := context.gathered.get(m["place"])):
            event.sources = list(parties)


def _place_named(text: str, pattern: re.Pattern) -> str | None:
    """The place a gathering or its paper is named by, where the gazetteer knows it as a place."""
    m = pattern.search(text)
    return m["place"] if m and (known := lookup(m["place"])) is not None and known.kind == "place" else None


def _course_before(told: list[EventDraft], index: int, start: int, text: str) -> EventDraft | None:
    """The course the sentence just before told ("The situation has become much harder since the beginning of the
    year."): a range from a day to the day written, the last row of the passage, that sentence's own, nothing between
    them (a point's number opens another point)."""
    if not told or (last := told[-1]).block != index or last.date_kind != "range" or last.start_date is None \
            or last.end_date is None or last.method not in ("relative_date", "dated_sentence") or not last.inferred:
        return None
    return last if last.evidence_end <= start and not text[last.evidence_end: start].strip() and last.start_date < last.end_date else None


def _goes_on(event: EventDraft, course: EventDraft) -> None:
    """A present perfect told next with no day of its own, on or before the day the course reaches: within the course."""
    if event.method == "tense_sentence" and event.date_kind == "upper_bound" and event.end_date == course.end_date:
        event.start_date, event.precision, event.date_kind = course.start_date, "day", "range"


def _recounted_day(told: list[EventDraft], day: date | None) -> date | None:
    """The earlier day a passage has turned to by a relative word ("Thank you for telephone call late last night."):
    until a row of its own puts the passage on another day again."""
    for event in reversed(told):
        if event.method == "relative_date" and event.date_kind == "range" and day is not None and event.end_date is not None \
                and event.end_date >= day:
            return None  # "The situation has become much harder since the beginning of the year.": a course up to the day
            # spoken from, no turn back to an earlier day
        if event.method == "relative_date" and event.start_date is not None and day is not None and event.start_date < day:
            return event.start_date
        if (event.date_kind in ("exact", "range") and event.clock is None) or event.method == "dated_sentence":
            return None  # "Yesterday morning ... In the evening ...": a time of the day goes on with the day turned to
    return None


def told_already(sentence: str, language: str | None) -> bool:
    """A sentence that tells its act as done already ("His government had already lodged a complaint with the Security
    Council", "Лидер ОГБ Бём уже объявил ...", "...已经..."): done by the day the text speaks from (the talk's, the
    writing's), not by an earlier day the passage turned to before it (the language's ``already_words``); not where a
    word ties the act to another happening ("had already stopped loading before the takeover", "By then ...": en.yaml
    done_already_anchored)."""
    return bool(already_pattern(language).search(sentence)) and not DONE_ANCHORED.search(sentence)


def _by_the_day_told(event: EventDraft, day: date, speakers: list[str | None]) -> None:
    """What others did that a passage tells after turning to an earlier day ("... late last night. The word
    'Nationalist Government' appeared numerous times. It said that ..."): by that day. The speaker's own acts ("We
    heard from Mr. Xiao ...") are told from the day he speaks on."""
    if event.method == "tense_sentence" and event.date_kind == "upper_bound" and event.end_date is not None and day < event.end_date \
            and not event.present \
            and not set(event.sources) & {n for n in speakers if n}:
        event.end_date, event.precision = day, "day"
    elif event.clock is not None and event.start_date is not None and day < event.start_date \
            and not set(event.sources) & {n for n in speakers if n}:  # "Yesterday morning ... workers ... stopped work. In the
        event.start_date = day  # evening groups of youths set fire to cars": that evening; its midnight into the next day
        event.end_date = day + timedelta(days=1) if event.clock == "midnight" else day
        event.date_kind = "range" if event.clock == "midnight" else "exact"


def _done_there(event: EventDraft, held: DateMention) -> None:
    """A past act told without a date that names a gathering by its place, or the paper it issued, when the text
    dated that gathering before ("No one doubts that the Moscow meeting [on 9-10 June 1967] has brought about good
    results ... we have already spoken out on all important issues in the Moscow statement"): done there, then."""
    if event.method == "tense_sentence" and event.date_kind == "upper_bound" and held.start_date is not None:
        event.start_date, event.end_date, event.precision = held.start_date, held.end_date, held.precision
        event.date_kind = "exact" if held.start_date == held.end_date or held.precision != "day" else "range"


def _record_opens(doc: ParsedDocument) -> tuple[int, int] | None:
    """In a book's page that prints a record of conversation, where the record's words begin (the passage and the
    offset in it of its first speaker's label): the text before it is the editors' headnote. None where the page names
    no speaker (a history's narrative), or is no book's."""
    if doc.source_type != "book_excerpt":
        return None
    for index, block in enumerate(doc.blocks):
        if block.passage_type not in TEXT_BLOCKS or block.section_type in ("header", "trailer"):
            continue
        for label in _RECORD_TURN.finditer(block.text):
            if (known := lookup(label["name"])) is not None and known.kind == "person":
                return index, label.start("name")
    return None


def _undated_background(event: EventDraft) -> None:
    """A past act an editors' headnote tells with no date of its own ("Her voice persuaded President Reagan to engage the
    new Kremlin leader"): the headnote speaks from the book's day, not the record's, so the record's date bounds nothing."""
    if event.method == "tense_sentence" and event.date_kind == "upper_bound":
        event.start_date = event.end_date = None
        event.date_kind, event.precision, event.inferred = "undated", "unknown", False


def _participant(name: str | None, participants: list[str]) -> str | None:
    """The one participant a speaker's name written in part stands for ("Zhou" in "Premier Zhou said": Zhou Enlai)."""
    found = [p for p in participants if name and (p == name or name in p.split())]
    return found[0] if len(found) == 1 else name


def _answered_on_its_day(request: EventDraft, rows: list[EventDraft], text: str, language: str | None) -> bool:
    """The request an act answers ("The army entered Montreal on 15 October at the request of the premier", "оружие
    было направлено в апреле по просьбе кенийской стороны") is told with that act, whose row holds it in the same clause and has its own
    day: one row per act, the request no row of its own. An act with no day of its own, or told in another clause than
    the dated row's ("At 3:00 an officer brought a note; the note related that, at the request of the majority of the
    Presidium, they intervened") leaves the request's row, bounded by the day the text speaks from."""
    if not request_told_with_its_act(text[request.evidence_start: request.evidence_end], language):
        return False  # "по поручению ЦК КПСС передал ему приглашение": the instruction received, a message of its own
    return any(r.block == request.block and r.start_date is not None and r.date_kind != "upper_bound"
               and r.evidence_start <= request.evidence_start and request.evidence_end <= r.evidence_end
               and not _CLAUSE_BREAK.search(text, r.evidence_start, request.evidence_start) for r in rows)


_CLAUSE_BREAK = re.compile(r"[;\uff1b]")  # a semicolon: the clause before it tells another act


def _endnotes_from(doc: ParsedDocument) -> int | None:
    """Where a book page's list of notes begins: the passage after its heading ("Notes", "Endnotes"), None without one."""
    return next((i + 1 for i, b in enumerate(doc.blocks) if b.passage_type != "title" and is_notes_heading(b.text)), None)


def _note_dates(doc: ParsedDocument, endnotes: int | None) -> dict[int, list[DateMention]]:
    """The dates with their year (a day or a month) each numbered note under a book's page writes, by its number ("23.
    Bourguiba to de Gaulle, 6 July 1961, Archives diplomatiques ..." gives 23: 6 July 1961): the year of the sources
    the page's sentences call (``annotate``'s ``notes``)."""
    found: dict[int, list[DateMention]] = {}
    for index, block in enumerate(doc.blocks):
        if block.section_type != "trailer" and (endnotes is None or index < endnotes):
            continue
        if (number := note_number(block.text.strip())) is not None and number not in found:
            found[number] = [d for d in find_dates(block.text) if d.year_written and d.precision in ("day", "minute", "month")]
    return found


def _is_endnote(index: int, block, endnotes: int | None) -> bool:
    """A note of the list under its heading that opens with its own number ("14. Minutes of ...", "3. Nikitin to
    Gromyko, ..."): the book's apparatus. A note under the page without that heading stays with the page's text, unless
    ``cites_only`` finds it cites alone."""
    return endnotes is not None and index >= endnotes and bool(block.footnote_numbers) and block.text[:1].isdigit() \
        and note_number(block.text.strip()) == block.footnote_numbers[0]


# An editor's note under the text, opened by its mark in brackets ("〔4〕 当晚，...", "[4] That evening ..."), the same mark
# standing in the text it annotates ("请恩来同志今晚召集军委有关同志商定〔4〕").
_NOTE_MARK = compile_opening(r"^\s*(?P<mark>\u3014\d{1,3}\u3015|\[\d{1,3}\])")


def _note_marked_at(index: int, start: int, texts: list[str], earlier: list[EventDraft]) -> list[EventDraft] | None:
    """The dated row of the sentence an editor's note is marked in, for the note's first sentence: a day the note counts
    ("当晚", "the same evening") is of the day that sentence tells, not of the last day the notes before it named (Mao's
    manuscripts with their editors' notes, 建国以来毛泽东文稿; the notes under a telegram of Zhou Enlai's or Deng Xiaoping's).
    None for any other sentence."""
    if start > 8 or not (m := _NOTE_MARK.match(texts[index])):
        return None
    for at in range(index - 1, -1, -1):
        if (where := texts[at].find(m["mark"])) < 0 or texts[at].lstrip().startswith(m["mark"]):
            continue
        rows = [e for e in earlier if e.block == at and e.start_date is not None and e.evidence_start <= where <= e.evidence_end]
        return rows[-1:] or None
    return None


def _footnoted_events(doc: ParsedDocument, context: Context) -> list[EventDraft]:
    """An edition's footnote that tells what followed the record at a time of the day ("2. At 11:10 a.m., X called Y
    back and asked him to ...", "Y gave the Secretary a copy at 11:45 a.m."): an act on the record's day at that
    time, by the sentence's own subject. A footnote's other sentences (sources, notes on the text) are no rows."""
    if not context.is_record or context.occasion is None:
        return []
    events: list[EventDraft] = []
    for index, block in enumerate(doc.blocks):
        if block.section_type != "trailer" or not _FOOTNOTE.match(block.text) or not CLOCK.search(block.text):
            continue
        read_passage(block.text)
        sentences, _ = annotate(block.text, context.year)
        for s in sentences:
            if s.apparatus or s.dates or not CLOCK.search(s.text):
                continue
            scope = Scope(context.occasion, context.occasion_precision)
            rows = [e for e in tense_events(index, s, block.language, context, scope, None, False, block.text) if e.date_kind == "exact" and e.start_time]
            verb = next((c for c in read_cues(s.text, block.language) if c.kind in ("past", "speech")), None)
            named = name_spans(s.text, block.language)
            if verb is None or not named or named[0][0] > verb.start:
                continue
            for event in rows:  # a footnote's plain prose: its first name is the subject ("At 11:10 a.m., X called Y
                # back and asked him"), whom it acts on the others before the verb, or after it ("gave the Secretary")
                event.sources = [named[0][2]]
                between = [n for a, _, n in named[1:] if a < verb.start and n not in event.sources]
                title = _OFFICE_OBJECT.match(s.text, verb.end)
                after = [n for n in cue_actors(s.text, verb, block.language, context, None)[1] if n not in event.sources]
                event.targets = between or after or ([title["office"]] if title else [])
            events += rows
    return events


_OFFICE_OBJECT = compile_opening(r"\s+(?P<office>the\s+(?:" + alternation(lexicon("en").get("office_titles") or []) + r"))\b")  # "gave the Secretary"
_FIRST_PERSON = compile_opening(r"\b(?:I|me|my|we|us|our)\b")
# A row whose own words open with the pronoun of one person as their subject ("He leaves for London on Sunday.", "Он
# просил ускорить поставку ..."): the one the sentences before were about (``previous_actor``).
_PRONOUN_ROW = compile_opening(
    r"[\W\d]*(?:(?:Then|Later|Also|However|But|And|Moreover|Finally|Next),?\s+)?(?:(?:He|She)\b"
    r"|(?i:" + alternation((lexicon("ru").get("event_words") or {}).get("he_subject") or ["(?!)"]) + r")(?=\s)"
    r"|(?:" + alternation((lexicon("zh").get("event_words") or {}).get("he_subject") or ["(?!)"]) + r")(?!" + event_words("plural_suffix") + r"))"
)
_OPENS_IN_FIRST_PERSON = compile_opening(r"^\W*(?:(?:At|In|On|After)\s+[^,;]{1,40}?\s*,?\s+)?(?:(?:I|We)\b|(?:" + event_words("first_person") + r"))", re.IGNORECASE)  # the writer telling his own story in his own voice
# An editor's note printed under a document of an edition, opened by its superscript mark ("¹ Two members of the patrol
# survived. The bodies ... were flown to Dublin on 17 November."): written after the document, it tells what followed.
_EDITORS_NOTE = re.compile("^\\s*[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3}\\s")
_FOOTNOTE = compile_opening(r"^\s*\d{1,3}\.?\s+(?=[A-Z])")  # "2. At 11:10 a.m., ...": an edition's numbered footnote


def _announced_in_heading(index: int, text: str, year: int | None, context: Context) -> Embedded | None:
    """A cable's heading line that announces the message below it ("Transmit the following answer to MAO ZEDONG.")."""
    if not (FORWARDED.search(text) or FORWARDED_RU.search(text) or ANNOUNCED.search(text)):
        return None
    for s in annotate(text, year)[0]:
        if (announced := Embedded.announced(s, context.senders)) is not None:
            announced.announcement = (index, s.start, s.end)
            return announced
    return None


def _thing_acts(sentence: str, mention, language: str | None) -> bool:
    """The dated paper is the subject of the sentence's verb ("The Front's statement of 22 March stated that ..."):
    the dated row tells that act, and no other act is left for the verbs to date. Not when the paper stands after
    the verb ("Dulles then commented that the Soviet statement of October 30 ...": his comment is another act)."""
    verbs = [c for c in read_cues(sentence, language) if c.kind in ("speech", "past", "performative")]
    if not verbs or verbs[0].start < mention.end or _CLAUSE_BETWEEN.search(sentence[mention.end: verbs[0].start]):
        return False
    return len(sentence[verbs[0].start: verbs[0].end].split()) == 1  # active: "Your telegram of 21 February has been
    # received" tells its receipt, another act


_THE_PAPER_OF = compile_opening(r"\bthe\s+(?:" + alternation(lexicon("en").get("quoted_message_nouns") or []) + r")s?\s+(?:of|dated)\s+$", re.IGNORECASE)


# A message's own number and day on a line of its own over its text ("TELEGRAM NUMBER 1063 OF 24 AUGUST", "Telegram
# No. 14 of 26 January"), not one it refers to ("MY TELEGRAM NO. 1021 OF 20 JUNE", "REFERENCE YOUR TELEGRAM NUMBER 87").
_OWN_NUMBER = compile_opening(r"^\W*(?:" + alternation(lexicon("en").get("own_number_papers") or ["(?!)"]) + r")\s+(?:NUMBER|No\.?|Nr\.?)\s*\d+\s+OF\s", re.IGNORECASE)


def _acted_on_paper(sentence: str, mention, language: str | None) -> bool:
    """A message named by its date after the verb that acts on it ("The Soviet government replied to the note of 5
    March", "The leaders rejected the letter of 15 July"): the date is the message's, not the act's."""
    if language not in (None, "en") or not (paper := _THE_PAPER_OF.search(sentence[: mention.start])):
        return False
    return any(c.kind in ("speech", "past") and c.end <= paper.start() for c in read_cues(sentence, language))


_CLAUSE_BETWEEN = compile_opening(r"\b(?:that|which|who|when|while|after|before|and|but)\b|[;:]")


def _sending_logged(doc: ParsedDocument, context: Context) -> bool:
    """The message's own handling lines log its sending by its writer ("Sent by wire on 10/14/50 at 03:15 a.m.", "From
    Correspondent 20 Sent 17.7.52 18:45"): that line is the act that sends it to its recipients."""
    sending = (list(context.senders), list(context.recipients))
    return bool(context.senders) and any(handling_actors(b.text, context) == sending for b in doc.blocks if len(b.text) < 160)


_LEADER_COMMENT = re.compile(r"^(?P<name>\w{2,4}?)(?:" + (alternation(lexicon("zh").get("leader_comment_verbs") or []) or "(?!)")
                             + r")[\uff1a:\u3002\uff0c,].*[\uff08(](?P<day>[^\uff08\uff09()]{2,16})[\uff09)]\s*$", re.DOTALL)


def _leader_comment(index: int, text: str, year: int | None) -> EventDraft | None:
    """A leader's comment on a request for instructions, closed by its day in brackets ("周恩来批示：同意。...（四月四日）",
    "刘少奇圈阅。（四月五日）"): his act, on that day (the request's year). None for any other passage."""
    if (m := _LEADER_COMMENT.match(text.strip())) is None or (known := lookup(m["name"])) is None or known.kind != "person":
        return None
    days = [d for d in find_dates(m["day"], year) if d.precision == "day" and d.start_date]
    if len(days) != 1:
        return None
    event = EventDraft(index, "statement", 0, len(text.rstrip()), "document_act", 0.5).dated(days[0])
    event.sources = [known.name]
    return event


def leader_comment(example: str, year: int = 1964) -> list | None:
    """The leader and the day of a comment line (for the language files' examples)."""
    event = _leader_comment(0, example, year)
    return [event.sources[0], event.start_date] if event is not None else None


def _signed(index: int, text: str, year: int | None, context: Context, sending_logged: bool = False,
            signer: str | None = None) -> list[EventDraft]:
    """A date in a message's signature ("毛泽东" then "十月十一日", "S H T Y K O V / No. 1476/sh 14 October 1950"): its writer
    signed and dated it, to its addressees, on that day; when a handling line logs the sending ("Sent by wire on ..."),
    the signature is its writer's signing alone (a letter's, "Prague, 8 May 1963", is sent to its addressee). A record's or a report's writer who signs and dates it under its text
    ("P. Ponomarenko" / "11 February 1957", "N. MIKHAILOV" / "14.IV.61") writes it that day."""
    if not context.is_message and not signer:
        return []
    dates = [d for d in find_dates(text, year) if d.precision in ("day", "minute")]
    if len(dates) != 1 or len(re.sub(r"\W|\d|No|sh", "", text.replace(dates[0].text, ""))) > 12:
        return []
    if not context.is_message:
        event = EventDraft(index, "report", 0, len(text), "dated_sentence", 0.5).dated(dates[0])
        event.sources = list(context.senders) or actor_names(signer) or [canonical_name(signer)]
        return [event]
    event = EventDraft(index, "message_sent", 0, len(text), "dated_sentence", 0.6).dated(dates[0])
    alone = sending_logged  # a letter's ("Sofia, 11 March 1968") too is its writer's dating and sending to its addressee
    event.sources, event.targets = list(context.senders), [] if alone else list(context.recipients)
    if alone:
        event.key_as = ("communication", list(context.senders), list(context.recipients))  # part of the sending all the same
    return [event]


def _heads_the_text(doc: ParsedDocument, index: int) -> bool:
    """Whether the block stands above the text: no passage before it ends a sentence ("Letter from János Kádár to
    Alexander Dubček" / "Budapest, 17 July 1968" / "Dear Comrade Dubček, ...")."""
    return not any(b.passage_type in TEXT_BLOCKS and b.section_type == "body" and ends_sentence(b.text) for b in doc.blocks[:index])


def _under_signature(doc: ParsedDocument, index: int) -> str | None:
    """A date alone on its line under the writer's name, with at most a line of the message's number between them
    ("S H T Y K O V" / "No. 1476/sh" / "14 October 1950"), where the page did not mark the lines as a signature: the
    date the writer signed it on, with its place before it ("Sofia, 11 March 1968") or the year's mark after it
    ("14.IV.61 g."). The name line, or None."""
    text = doc.blocks[index].text
    dates = find_dates(text, None)
    if len(dates) != 1 or not _DATE_LINE_REST.fullmatch(text.replace(dates[0].text, " ").strip()) or index < 2:
        return None
    if not any(b.passage_type in TEXT_BLOCKS and ends_sentence(b.text) for b in doc.blocks[:index - 1]):
        return None  # a signature signs the text above it: a date under a name at the page's head, no sentence told
        # before it ("SECRET" / "WEEKLY SUMMARY" / "26 August 1977"), is the issue's date under its publication's name
    return _name_above(doc, index)


# A verb of working on a paper and the paper a date names after it ("has carefully studied your letter of 21 April",
# "had discussed Johnson's speech of 31 March"): ``paper_study_verbs`` and ``studied_papers`` of en.yaml.
_STUDIED_PAPER = compile_opening(
    r"\b(?P<verb>" + alternation(lexicon("en").get("paper_study_verbs") or []) + r")\s+(?:[\w'’-]+\s+){0,4}?(?:"
    + alternation(lexicon("en").get("studied_papers") or []) + r")s?\s+(?:of|dated|from)\s+(?:the\s+)?$"
) if lexicon("en").get("paper_study_verbs") and lexicon("en").get("studied_papers") else None


# A visitors' arrival on a day a note or report writes (``arrival_words``): the stay it reports on begins then.
_ARRIVED = {language: compile_opening(r"(?<!\w)(?:" + alternation(arrival) + r")", re.IGNORECASE)
            for language in ("en", "ru") if (arrival := lexicon(language).get("arrival_words"))}


# The receipt of a paper: its verbs (en.yaml paper_receipt_verbs) and, in Russian, the paper's noun and "от" before its
# day and a word of receipt after it ("Ваше письмо от 2 июля получено": ru.yaml received_papers, paper_received_words).
_RECEIPT_VERBS = frozenset(v.lower() for v in lexicon("en").get("paper_receipt_verbs") or [])
_RECEIVED_PAPER_RU = compile_opening(
    r"(?<!\w)(?:" + alternation(lexicon("ru").get("received_papers") or ["(?!)"]) + r")\s+(?:"
    + alternation(lexicon("ru").get("paper_of_words") or ["(?!)"]) + r")\s+$", re.IGNORECASE)
_PAPER_RECEIVED_RU = compile_opening(
    r"\s+(?:[^\W\d_]+\s+)?(?:" + alternation(lexicon("ru").get("paper_received_words") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE)
_WE_OR_I = compile_opening(r"^\W*(?:I|We)\s*$")
_RECEIPT_DATED = {language: compile_opening(r"(?<!\w)(?:" + alternation(said) + r")(?!\w)", re.IGNORECASE)
                  for language in ("en", "ru") if (said := lexicon(language).get("receipt_dated_words"))}


def _received_until(s: Sentence, mention: DateMention, day: date) -> date:
    """The end of a paper's receipt: the next day the sentence names after the paper's ("I received your letter of 2
    March and discussed it ... on 6 March"), else the day the text speaks from."""
    return min((d.start_date for d in s.dates if d.start >= mention.end and d.precision in ("day", "minute")
                and d.start_date is not None and mention.start_date < d.start_date <= day), default=day)


def _studied_papers(index: int, s: Sentence, dated: list[DateMention], day: date, previous_actor: str | None,
                    language: str | None = None, senders: list[str] | tuple[str, ...] = ()) -> list[EventDraft]:
    """A paper of a day the sentence names as what its subject studied or discussed, with no day of its own for that:
    done between the paper's day and the day the text speaks from ("The Politburo of the VWP had discussed Johnson's
    speech of 31 March at a session that lasted two days", in a journal's entry of 5 April). A paper received ("I
    received your letter of 2 March and discussed it ... on 6 March", "Ваше письмо от 2 июля получено"): from its day to
    the next day the sentence names, else the day the text speaks from; received by the writer when "I" or "we" say so."""
    found = []
    for mention in dated:
        if mention.precision not in ("day", "minute") or mention.start_date is None or not mention.start_date < day:
            continue
        if language == "ru":
            if not (_RECEIVED_PAPER_RU.search(s.text, 0, mention.start) and _PAPER_RECEIVED_RU.match(s.text, mention.end)) \
                    or _RECEIPT_DATED["ru"].search(s.text, mention.end):
                continue
            end, sources, received = _received_until(s, mention, day), list(senders[:1]), True
        else:
            m = _STUDIED_PAPER.search(s.text, 0, mention.start) if _STUDIED_PAPER else None
            if m is None or m.end() != mention.start:
                continue
            subject = _AUXILIARY_TAIL.sub("", s.text[: m.start("verb")])  # "The Soviet leadership [has carefully]"
            received = m.group("verb").lower() in _RECEIPT_VERBS
            if received and "en" in _RECEIPT_DATED and _RECEIPT_DATED["en"].search(s.text, mention.end):
                continue  # "I received your letter of 11 March, handed to me ... two days later": the hand-over's day
            end = _received_until(s, mention, day) if received else day
            sources = actor_names(subject)[:1] or subject_phrase(subject)[:1] or (
                [previous_actor] if previous_actor and _HE_ALONE.search(subject) else []) or (
                list(senders[:1]) if received and _WE_OR_I.search(subject) else [])
        event = EventDraft(index, "message_received" if received else "statement", s.start, s.end, "tense_sentence", 0.4)
        event.inferred, event.date_kind = True, "range"
        event.start_date, event.end_date, event.precision = mention.start_date, end, "day"
        event.sources = sources
        found.append(event)
    return found


# A paper of a day and the word of its hand-over after it (en.yaml, ru.yaml paper_handover_words): the paper's noun, up
# to three words (its number, its author), "of", "dated" or "от" right before its day.
def _handed_paper(papers: list[str] | None, of: list[str] | None, handover: list[str] | None) -> tuple[re.Pattern, re.Pattern] | None:
    if not papers or not of or not handover:
        return None
    return (compile_opening(r"(?<!\w)(?:" + alternation(papers) + r")s?(?:\s+[^\s,;:.]+){0,3}?\s+(?:"
                            + alternation(of) + r")\s+(?:the\s+)?$", re.IGNORECASE),
            compile_opening(r"(?<!\w)(?:" + alternation(handover) + r")(?!\w)", re.IGNORECASE))


_HANDED_PAPER = {language: pair for language, pair in (
    ("en", _handed_paper(lexicon("en").get("studied_papers"), ["of", "dated"], lexicon("en").get("paper_handover_words"))),
    ("ru", _handed_paper(lexicon("ru").get("handed_papers"), lexicon("ru").get("paper_of_words"), lexicon("ru").get("paper_handover_words"))))
    if pair is not None}
_CLAUSE_MARK = re.compile(r"[,;:]")


def _handed_on_a_day(index: int, s: Sentence, dated: list[DateMention], day: date, language: str | None,
                     senders: list[str] | tuple[str, ...] = ()) -> list[EventDraft]:
    """A paper of a day handed over or received after it, on a day a word of its own counts from the day the text is
    written ("Your cable 2107 of 16 May was received here at 0340 hours this morning", «Заявление ... от 17 октября,
    текст которого нам передал в прошлый вторник посол ...»): the hand-over, a row of that day beside the paper's; received
    by the writer ("was received here"), or handed by the one its clause names to the writer ("нам передал ... посол")."""
    language = language or "en"
    if language not in _HANDED_PAPER:
        return []
    paper, handed = _HANDED_PAPER[language]
    for mention in dated:
        if mention.precision not in ("day", "minute") or mention.start_date is None or not mention.start_date < day \
                or not paper.search(s.text, max(0, mention.start - 80), mention.start):
            continue
        verb = handed.search(s.text, mention.end)
        if verb is None or _CLAUSE_MARK.search(s.text, mention.end, verb.start()) and language == "en":
            continue
        close = _CLAUSE_MARK.search(s.text, verb.end())
        end = close.start() if close else len(s.text.rstrip(". "))
        cue = next((c for c in read_cues(s.text[:end], language) if c.kind == "relative" and c.start >= verb.end()
                    and not s.text[c.start: c.end].strip().isdigit() and c.days <= 0 and not c.until and c.to_weekday < 0), None)
        if cue is None:
            continue
        when = day + timedelta(days=weekday_offset(cue.weekday, day) if cue.weekday >= 0 else cue.days)
        if not mention.start_date <= when <= day:
            continue
        opens = _CLAUSE_MARK.search(s.text[::-1], len(s.text) - verb.start())  # the clause's first word ("текст которого ...")
        begin = len(s.text) - opens.start() if opens and len(s.text) - opens.start() > mention.end else verb.start()
        begin += len(s.text[begin:]) - len(s.text[begin:].lstrip())
        event = EventDraft(index, "message_received", s.start + begin, s.start + end, "relative_date", 0.4).on(when)
        event.date_kind, event.date_text = "exact", s.text[cue.start: cue.end]
        names = [n for n in actor_names(s.text[verb.end(): end]) if n not in senders]
        event.sources, event.targets = (names[:1], list(senders[:1])) if names else (list(senders[:1]), [])
        return [event]
    return []


def handed_on_a_day(example: str, language: str) -> str | None:
    """The day of the hand-over of a dated paper a sentence tells (for the language files' examples): written on
    Wednesday 17 May 1967 (en) or Saturday 24 October 1964 (ru)."""
    day = date(1967, 5, 17) if language == "en" else date(1964, 10, 24)
    from pipeline.extract.events.annotate import Sentence

    dates = find_dates(example, day.year)
    found = _handed_on_a_day(0, Sentence(0, len(example), example, dates), dates, day, language, ["Writer"])
    return str(found[0].start_date) if found else None


# The act done with a paper of a day (en.yaml paper_act_verbs, paper_act_papers, paper_act_after_words): the paper's noun,
# up to three words (its author, its number), "of" or "dated" right before its day; the act's verb before the paper in
# its clause, or the minutes' word of approval right after the day (after the comma that closes a day with its year:
# "The Conclusions of the Meeting of 28th July, 1981, were confirmed.").
_ACT_PAPER = compile_opening(r"(?<!\w)(?:" + (alternation([*(lexicon("en").get("studied_papers") or []), *(lexicon("en").get(
    "paper_act_papers") or [])]) or "(?!)") + r")s?(?:\s+[^\s,;:.]+){0,3}?\s+(?:of|dated)\s+(?:the\s+)?$", re.IGNORECASE)
_PAPER_ACT_VERB = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("paper_act_verbs") or []) or "(?!)") + r")(?!\w)",
                                  re.IGNORECASE)
_PAPER_ACT_AFTER = compile_opening(r"\s*,?\s+(?:" + (alternation(lexicon("en").get("paper_act_after_words") or []) or "(?!)") + r")(?!\w)",
                                   re.IGNORECASE)
_PAPER_DETERMINER = compile_opening(r"\b(?:the|his|her|your|their|its|our|my)\b", re.IGNORECASE)
_HIM_ALONE = compile_opening(r"\W*(?:" + _OBJECT_PRONOUNS + r")\W*$", re.IGNORECASE)
_ACT_PAPERS_MINUTES = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("en").get("paper_act_papers") or []) or "(?!)") + r")(?!\w)",
                                      re.IGNORECASE)


def _act_on_a_paper(index: int, s: Sentence, dated: list[DateMention], day: date, language: str | None,
                    senders: list[str] | tuple[str, ...] = (), previous_actor: str | None = None) -> list[EventDraft]:
    """The act done with a paper of a day the sentence names, on the day the text speaks from or the sentence's own day
    word ("I ... handed him his message of 9 March" in the record of a talk of 15 March, "Thank you for your letter of 29
    April", "The Conclusions of the meeting of 19th August were confirmed", "Yesterday I received your Ambassador, who
    handed me your message of 5th July"): a row of that day beside the paper's. None where the sentence writes a second
    day of its own (the act's, read by the sentence's other rules)."""
    if language not in (None, "en"):
        return []
    days = [m for m in dated if m.precision in ("day", "minute")]
    mention = next((m for m in days if m.start_date is not None and m.start_date < day
                    and _ACT_PAPER.search(s.text, max(0, m.start - 80), m.start)), None)
    if mention is None:
        return []
    paper = _ACT_PAPER.search(s.text, max(0, mention.start - 80), mention.start)
    close = _CLAUSE_MARK.search(s.text, mention.end)  # what a clause after the paper tells (", which your Ambassador
    ends = close.start() if close else len(s.text)  # handed to me on 9 March") is that clause's own act and day
    if any(m is not mention and m.start < ends for m in days):
        return []
    clause = max((m.end() for m in _CLAUSE_MARK.finditer(s.text, 0, paper.start())), default=0)
    verb = None
    for found in _PAPER_ACT_VERB.finditer(s.text, clause, paper.start()):
        verb = found
    if verb is None and not (_PAPER_ACT_AFTER.match(s.text, mention.end) and _ACT_PAPERS_MINUTES.match(s.text, paper.start())):
        return []
    when, cue_text = day, None
    for cue in read_cues(s.text, "en"):
        if cue.kind != "relative" or paper.start() <= cue.start < mention.end or cue.start >= ends \
                or s.text[cue.start: cue.end].strip().isdigit():
            continue
        if cue.days > 0 or cue.until or cue.to_weekday >= 0:
            return []  # a day to come: a plan, read by the sentence's plan rules
        when = day + timedelta(days=weekday_offset(cue.weekday, day) if cue.weekday >= 0 else cue.days)
        cue_text = s.text[cue.start: cue.end]
        break
    if not mention.start_date <= when <= day:
        return []
    event = EventDraft(index, "message_sent" if verb is not None else "statement", s.start, s.end, "relative_date", 0.4).on(when)
    event.date_kind, event.date_text, event.inferred = "exact", cue_text, True
    subject = s.text[clause: verb.start()] if verb is not None else ""
    names = list(senders[:1]) if _WRITER_OPENS.match(subject) else actor_names(subject)
    event.sources = names[:1]
    if verb is not None:  # the one handed to, named before the paper's own words ("handed him the text of the Soviet
        # government's statement": him, not the government whose paper it is)
        given = s.text[verb.end(): paper.start()]
        given = given[: m.start()] if (m := _PAPER_DETERMINER.search(given)) else given
        named = actor_names(given) or ([previous_actor] if previous_actor and _HIM_ALONE.match(given) else [])
        event.targets = [n for n in named if n not in event.sources]
    return [event]


def act_on_a_paper(example: str) -> str | None:
    """The day of the act done with a dated paper a sentence tells (for the language file's examples), written on
    Wednesday 17 May 1967."""
    from pipeline.extract.events.annotate import Sentence

    day = date(1967, 5, 17)
    dates = find_dates(example, day.year)
    found = _act_on_a_paper(0, Sentence(0, len(example), example, dates), dates, day, "en", ["Writer"])
    return str(found[0].start_date) if found else None


_HE_ALONE = compile_opening(r"^\W*(?:He|She)\s*$")
_AUXILIARY_TAIL = compile_opening(r"\s+(?:(?:has|have|had|also|then|already|\w+ly)\s+)*$")


def _heads_an_entry(doc: ParsedDocument, index: int) -> bool:
    """In a journal, a day alone on its line with the entry's text below it ("FROM THE JOURNAL OF / I. S. SHCHERBAKOV /
    5 April 1968 / At 4 p.m. I visited ..."): the first entry's heading under the keeper's name, not his signature."""
    below = next((b for b in doc.blocks[index + 1:] if b.text.strip()), None)
    return below is not None and below.section_type == "body" and below.passage_type in TEXT_BLOCKS \
        and len(below.text) > 40 and not find_dates(below.text[:40], None) \
        and not citation_line(below.text)  # the edition's archive line under a signed record's date ("И. КОВРОВ" / "4.V.65" /
    # "АВП РФ. Ф. 0571. ..."): no entry's text, the date the signer's


def _name_above(doc: ParsedDocument, index: int) -> str | None:
    """The writer's name on the line above a date line, or above the message's number line over it."""
    above = [doc.blocks[i].text for i in range(max(0, index - 2), index)]
    if above and _NUMBER_LINE.fullmatch(above[-1].strip()):
        above = above[:-1]
    if not above:
        return None
    line = above[-1].strip()
    if _NAME_LINE.fullmatch(line):
        return line
    known = lookup(line) if len(line) < 40 else None  # "Zhou Enlai" / "17 August 1962": a person the gazetteer knows
    return line if known is not None and known.kind == "person" else None


# "S H T Y K O V", "FILIPPOV", and initials before a surname: "P. Ponomarenko", "A. A. Smirnov"
_NAME_LINE = compile_opening(
    r"(?:[A-Z\u0410-\u042f]\s){2,}[A-Z\u0410-\u042f]|[A-Z\u0410-\u042f][A-Z\u0410-\u042f.' -]{2,30}"
    r"|(?:[A-Z\u0410-\u042f]\.\s?){1,2}[A-Z\u0410-\u042f][^\W\d_]+(?:-[A-Z\u0410-\u042f][^\W\d_]+)?"
)
# What a signature's date line may hold beside the date: the place it was signed in ("Sofia,"), a year's mark ("g.")
_DATE_LINE_REST = compile_opening(r"(?:[A-Z\u0410-\u042f][^\W\d_]+(?:[ -][A-Z\u0410-\u042f][^\W\d_]+)?,)?\s*(?:[^\W\d_]{1,2}\.)?")
_NUMBER_LINE = compile_opening(r"(?:No|N|#|№)\.?\s*\d[\w/-]*")  # "No. 1476/sh"


def _spans_the_day(mention, scope: Scope) -> bool:
    """A year or a month that holds the day a record speaks from ("the situation of food provisions ... in North Korea
    during 1958" in a record of 22 November 1958): the topic of what is said at the meeting, not the act's date."""
    return (mention.precision in ("month", "year") and scope.day is not None and scope.precision == "day"
            and mention.start_date <= scope.day <= mention.end_date)


def _performs(text: str, language: str | None) -> bool:
    """A passage with an act of saying or a performative ("My colleagues and I suggest ...")."""
    return any(c.kind in ("speech", "performative") for c in read_cues(text, language))


# A line that announces the points someone makes below it ("Mikoyan spoke about the following questions:", "I raised the
# following questions:", "Comrade X stated as follows:").
_INTRODUCES_POINTS = compile_opening(
    r"^\W*(?P<name>[A-Z][\w.’'\[\] -]{0,40}?)\s+(?:" + SPEECH_VERBS
    + r")\s+(?:(?:about|on|of)\s+)?(?:the\s+following|as\s+follows)\b[^:.]{0,40}:\s*$"
)


def own_speaker(text: str, language: str | None) -> str | None:
    """In Chinese, a passage that opens with a name and a verb of saying ("七、库兹涅佐夫说,……"): its speaker, kept as
    written when the gazetteer does not know the name. A name has no punctuation and no more than eight characters."""
    if language != "zh":
        return None
    said = next((c for c in read_cues(text[:60], language) if c.kind == "speech"), None)
    head = text[: said.start].strip(POINT_MARKS + " ") if said else ""
    if not 2 <= len(head) <= 8 or re.search(r"[\W\d]", head):
        return None
    entity = lookup(head) or next((m.entity for m in find_mentions(head) if m.start == 0 and m.entity.kind == "person"), None)
    if entity is not None and entity.kind != "person":  # "陈毅副总理说": the person before his title
        return None  # "苏方说": a side, not a speaker
    return entity.name if entity is not None else head


_COMRADE = compile_opening(r"^\W*(?:(?:" + alternation(lexicon("en").get("summary_not_after") or []) + r")\.?\s+)?")  # "Cde.", "Comrades"


def assent_speakers(text: str, language: str | None) -> list[str]:
    """The members a session's line gives one verb of assent or objection ("Cde. Suslov agrees.", "Cdes. Kozlov and
    Mikoyan object."): each the gazetteer's person where it knows the name, else the name as written."""
    if language not in (None, "en") or not (turn := ASSENT_TURN.match(text)):
        return []
    head = _COMRADE.sub("", turn["names"])
    names = [_COMRADE.sub("", w) for w in re.split(r"\s*,\s*|\s+and\s+", head.strip()) if w]
    found = []
    for name in names:
        entity = lookup(name)
        if entity is not None and entity.kind != "person":
            return []  # "Poland agrees.": a state, not a member of the session
        found.append(entity.name if entity is not None else canonical_name(name))
    return found


def _intro_speaker(name: str, context: Context) -> str | None:
    """Who announces the points: the writer for "I", else the person named."""
    if name in ("I", "We"):
        return context.senders[0] if len(context.senders) == 1 else None
    entity = lookup(name)
    return entity.name if entity is not None and entity.kind == "person" else None


_ANNOUNCES = compile_opening(r"^[^:\n]{3,40}\b(?:is|are|was|were)\s*:\s*$")


# A verb that says something to someone: in a conversation of two or three, it is said to the others.
# A turn that speaks to the other side ("Thank you for ...", "I ask you ...") rather than states something.
# An act another did to the one who speaks a turn, told with "me" as its object ("Egon Krenz called me this morning",
# "the Foreign Minister telephoned me"): the speaker of the turn is its other party.
_DONE_TO_ME = compile_opening(r"\b(?:[a-z]+ed|" + alternation(lexicon("en").get("done_to_me_verbs") or ["(?!)"]) + r")\s+me\b")  # en.yaml done_to_me_verbs: the irregular ones
_LABEL_OFF = compile_opening(r"^\W*[^\W\d][^:：]{0,40}[:：]\s*")  # a turn's label before its words ("The President: ")
_ADDRESSES = compile_opening(r"\b(?:you|your|yours)\b|" + event_words("second_person"), re.IGNORECASE)
# A turn whose speaker tells what he did to "him" ("CHERVONENKO - I thanked him ...", "Gromyko: I reminded her that ..."):
# in a talk of two, to the other party.
# A turn that opens with thanks ("Ким Ир Сен: Благодарю за приглашение.", "金日成：感谢邀请。"): said to the other party.
_THANKS = compile_opening(r"^\W*(?:[^\W\d][^:：]{0,40}[:：]\s*)?(?:" + event_words("thanks") + ")", re.IGNORECASE)
# A turn whose speaker says in the first person that he said or told ("Пузанов. Я сказал, что ...", "Gromyko: I said that ..."):
# in a talk of two, to the other party.
_I_SAID = compile_opening(
    r"^\W*(?:[^\W\d][^:.]{0,40}(?::|\.|\s[-–—]\s))?\s*(?:I|" + event_words("first_person") + r")\s+(?:(?:also|then|again)\s+)?(?:said|told|"
    + event_words("i_said") + r")\b", re.IGNORECASE
)
_TO_THE_OTHER = compile_opening(r"^\W*(?:[^\W\d][^:]{0,40}(?::|\s[-–—]\s))?\s*I\s+(?:\w+\s+)?\w+ed\s+(?:" + _OBJECT_PRONOUNS + r")\b")
# A turn that opens with a greeting ("D: Hello. I received ...") is said to the other party, as one that says "you" is.
GREETING = compile_opening(
    r"^\W*(?:[^\W\d][^:]{0,40}:\s*)?(?:(?:" + "|".join(re.escape(w) for w in lexicon("en").get("greetings") or []) + r")\b|" + event_words("greetings") + ")", re.IGNORECASE
)
# A turn that opens by calling the other party by his name or office ("RUSK: Mr. President, Admiral Sharp called ..."):
# said to him, as one that says "you" is.
VOCATIVE = compile_opening(
    r"^\W*(?:[^\W\d][^:]{0,40}:\s*)?(?:" + "|".join(re.escape(w) for w in sorted(lexicon("en").get("vocatives") or [], key=len, reverse=True))
    + r")(?:\s+[A-Z][\w.'’-]*){0,3}\s*,"
)
_SAID_TO = compile_opening(r"\b(?:raised|asked|asks|told|tells|reminded|reminds|replied|replies|answered|answers|thanked|thanks|invited|invites|informed|informs|urged|urges|assured|assures|proposed|proposes|suggested|suggests|requested|requests|"
                      + "|".join(re.escape(w) for w in lexicon("en").get("passing_verbs") or []) + r")\b")


_SPEECH = compile_opening(r"\b(?:" + SPEECH_VERBS + r")\b")
_SAID_TO_OTHER = compile_opening(event_words("said_to_other"), re.IGNORECASE)  # "Ким Ир Сен сообщил, что ...": to the other party
_SAID_IN_TURN = frozenset(["statement", "proposal", "instruction"])
_TO_ME = compile_opening(r"\b(?:me|Me)\b")
_TO_YOU = compile_opening(r"\b(?:you|You)\b")
_WE_HOPE = compile_opening(r"\bthat\s+we\b")  # a plan verb that holds "that we" (plan_verbs: "hope that we may")
_SUBJECT_ONLY = compile_opening(r"^\W*(?:\d+\.\s*)?(?:I|We|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:\w+ly\s+)?$")  # "1. I requested"
_MESSAGE_FROM = compile_opening(r"\b(?:" + alternation(lexicon("en").get("message_from_nouns") or ["(?!)"]) + r")s?\s+from\b", re.IGNORECASE)  # en.yaml message_from_nouns


# "Pella told me this morning that ...", "KIM IL SUNG informed me that the day before ...": someone tells the writer, on the
# day the text speaks from (or the day its words before "that" name), what happened on another day.
_TOLD_THAT = compile_opening(
    r"^\W*(?:\d+\.\s+)?(?P<who>(?:He|She|[A-Z][\w'’.-]*(?:\s+(?:(?:de|du|da|di|van|von|der|la|le)\s+)?\[?[A-Z][\w'’.\]-]*){0,3}))\s+(?:also\s+|then\s+)?"
    r"(?:told|informed|assured|reminded)\s+(?:me|us)\b(?P<when>[^,;:]{0,30}?)\s*,?\s+that\b"
)

# "Mr. Dulles said that Shepilov had arrived in Cairo on June 16", "Comrade Le Duc Tho reported that on 23 November ...":
# a speaker at the meeting the text records tells of an act of another day; the saying is the meeting's A phrase that
# leads to the saying ("Referring to the seizure of the ship on 23 January, Ho Dam said that ...") names a thing of its day.
_SAID_THAT = re.compile(
    r"^\W*(?:\d+\.\s+)?(?P<lead>(?:[A-Z][a-z]+ing\s[^;:,]{0,120}?,\s*)?)(?P<who>(?:He|She|[A-Z][\w'’.-]*(?:\s+(?:(?:de|du|da|di|van|von|der|la|le)\s+)?\[?[A-Z][\w'’.\]-]*){0,3}))(?:,\s*who\s[^,;:.]{1,60},)?\s+(?:also\s+|then\s+)?"  # "The Chief Cashier, who attended for
    # this item, replied that ...": the speaker's relative clause between him and his saying
    r"(?:[a-z]+ed\b[^,;:.]{0,60}?\s+and\s+)?"  # "Comrade Husák thanked him for the invitation and reported that ...": the
    # courtesy before the saying
    r"(?:" + alternation(lexicon("en").get("reported_speech_verbs") or []) + r")(?:\s+(?:to\s+)?(?:me|us|him|them))?(?P<when>)\s*,?\s+that\b"
)


# "He informed her about the results of the Party Congress held in June last year", "Mrs. Bandaranaike thanked the GDR
# for the solidarity it had shown in April 1971": a speaker's turn that names what it is about, a thing of its own day
# (told_of_verbs, told_of_prepositions in en.yaml).
_TOLD_OF = compile_opening(
    r"^\W*(?:\d+\.\s+)?(?P<who>(?:He|She|(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:de|du|da|di|van|von|der|la|le)\s+)?\[?[A-Z][\w'’.\]-]*){0,3}))\s+"
    r"(?:also\s+|then\s+|briefly\s+)?(?:" + alternation(lexicon("en").get("told_of_verbs") or []) + r")\s+(?P<whom>(?!(?:that|for|about|of|on|with|regarding|concerning)\b)[^,;:.]{1,40}?)\s+(?:"
    + alternation(lexicon("en").get("told_of_prepositions") or []) + r")\s+(?P<when>)"
) if lexicon("en").get("told_of_verbs") else None


def told_of(sentence: str) -> str | None:
    """Who opens a sentence by telling another about a thing ("He informed her about the results of ..."), or None."""
    m = _TOLD_OF.match(sentence) if _TOLD_OF is not None else None
    return m["who"] if m else None


def reported_speaker(sentence: str) -> str | None:
    """Who opens a sentence by saying that something happened ("Secretary Hoover pointed out that ..."), or None."""
    m = _TOLD_THAT.match(sentence) or _SAID_THAT.match(sentence)
    return m["who"] if m else None


_MET_OPENER = alternation(lexicon("en").get("met_writer_openers") or []) or r"(?!)"
# A telegram's writer in its own third person ("Bokassa received Ambassador this morning", "Foreign Minister called in
# Chargé"): the envoy who signs it, met as "me" is, when no name follows the title (writer_third_person).
WRITER_THIRD = r"(?:the\s+)?(?:" + (alternation(lexicon("en").get("writer_third_person") or []).replace(r"\ ", r"\s+") or r"(?!)") \
    + r")(?![\w-]|\s+(?:[A-Z]|of\b))"
# The numbers before the talk's opening: a cable's own ("4012.") and its point's ("1.").
# A weekday opening the sentence, its part of the day and its date after it ("On Tuesday afternoon", "On Wednesday, 10
# October,", "On Friday, 11 March 1983,": en.yaml weekdays, day_parts).
_WEEKDAY_OPENING = (r"(?:" + alternation(list(_EN.get("weekdays") or {})) + r")(?:\s+(?:" + alternation(_EN.get("day_parts") or [])
                    + r"))?(?:\s*,\s*\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?")
_MET_WRITER = compile_opening(
    r"^\W*(?:\d+\.\s+){0,2}(?:On\s+(?:(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?|" + _WEEKDAY_OPENING + r")\s*,?\s+)?(?:(?i:" + _MET_OPENER + r")(?:\s+at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.\s?m\.)?)?\s*,?\s+(?:the\s+)?)?(?P<who>He|She|[A-Z][\w'’.-]*(?:\s+(?:\[?[A-Z][\w'’.\]-]*|(?-i:van|von|de|den|der|da|di|le|la)\b)){0,3}?)"
    r"(?:\s+\([A-Z][^()]{1,40}\))?\s+(?:also\s+|then\s+)?(?:"  # "VAN DEN BROEK (Foreign Minister) told me": his office in brackets
    + alternation(lexicon("en").get("met_writer_verbs") or []) + r")\s+(?:me|us\b|" + WRITER_THIRD + r")\b"
)
# The same told of the writer ("Today, at 11:00, I was received at my request by Comrade Ho Dam"): the one met after "by".
_MET_WRITER_PASSIVE = compile_opening(
    r"^\W*(?:\d+\.\s+){0,2}(?i:" + _MET_OPENER + r")(?:\s*,?\s*at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.\s?m\.)?)?\s*,?\s+(?:I|we)\s+(?:"
    + alternation(lexicon("en").get("met_writer_passive") or []) + r")\s+(?:[^,.;]{0,30}?\s+)?by\s+(?:(?i:comrade|cde\.?)\s+)?"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
) if lexicon("en").get("met_writer_passive") else re.compile(r"(?!)")


# "On 22 September, at 17:30, I was received by Prime Minister Indira Gandhi", "On 14 June at 11:00 I was received, at my
# own request, by Chairman Boumediene", "On Wednesday, 13 October, at 10:30 a.m., I was received by ...": the writer
# received, after the day and hour that open the sentence (the hour's "a.m." no end of it).
_WRITER_RECEIVED = compile_opening(
    r"^(?:[^.;:]|(?<=\d)[:.](?=\d)|(?<=\d\s[ap])\.m\.|(?<=\d[ap])\.m\.){0,60}?(?:^|[\s,])(?:I|[Ww]e)\s+(?:" + alternation(lexicon("en").get("met_writer_passive") or []) + r")\s*(?:,[^,.;]{0,40},\s*)?"
    r"(?:[^,.;]{0,30}?\s+)?by\s+(?:the\s+)?(?:(?i:comrade|cde\.?)\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)


def _met_writer(sentence: str) -> re.Match | None:
    """The writer's conversation opened with a relative day: the one met as the subject or after "by"; or the writer
    received, the day anywhere in the sentence ("Today at noon I was received by ...", "I was received by the Foreign
    Minister yesterday": met_the_writer reads the day)."""
    return _MET_WRITER.match(sentence) or _MET_WRITER_PASSIVE.match(sentence) or _WRITER_RECEIVED.match(sentence)


# The writer's own call on someone ("At 4 p.m. I visited Premier PHAM VAN DONG at his request."): those the next
# sentence says were present were at that meeting too.
_WRITER_VISITED = compile_opening(
    r"^\W*(?:(?:At|In|On)\s+[^,;]{1,24}?\s*,?\s+)?(?:I|We)\s+(?:" + alternation(lexicon("en").get("writer_visit_verbs") or []) + r")\s+[A-Z]"
) if lexicon("en").get("writer_visit_verbs") else re.compile(r"(?!)")


# The writer or the one he met, then a verb of saying: a turn of the cable's conversation ("He added that ...", "I
# urged him to ...", "Pella asked that ...").
_TALK_TURN = compile_opening(
    r"^\W*(?:\d+\.\s+)?(?:[A-Z][a-z]+ing\s[^;:,]{0,120}?,\s*)?(?P<who>I|He|She|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+(?:\w+ly\s+|also\s+|then\s+)?(?:"
    + SPEECH_VERBS + r")\b(?P<rest>.*)", re.DOTALL
)  # "Referring to the seizure of the ship on 23 January, Ho Dam said that ...": the phrase leading to the saying names a thing
# The writer, in the first person or the telegram's third ("I made no commitment", "Ambassador made no commitment"),
# opening a sentence after the cable's talk opened: his own part in it.
_WRITER_ACTED = compile_opening(r"^\W*(?:\d+\.\s+)?(?:I|We|" + WRITER_THIRD + r")\s+(?:\w+ly\s+|also\s+|then\s+)?[a-z]")
_HIM = compile_opening(r"^\s*(?:" + _OBJECT_PRONOUNS + r")\b")
# The verbs a turn of the cable's talk asks with ("He asked that ...", "She requested that ..."), and "that" after them: the
# asking is an act of the talk's day, whatever the day of what it asks for.
_ASKING_VERBS = frozenset(w for w in lexicon("en").get("request_verbs") or [] if w.endswith("ed"))
_ASKED_THAT = compile_opening(r"^\s+(?:me\s+|us\s+)?that\b")
_THAT = compile_opening(r"^\s*that\b")
_TO_THE_WRITER = compile_opening(r"\b(?:me|us)\b")
_SAID_TO_WHOM = compile_opening(r"(?:\s+(?:to\s+)?(?:" + _SPOKEN_TO + r"))?(?:\s*,?\s*that\b|\s+to\b)?")


_CONVEY_TO = compile_opening(
    r"\b(?:" + alternation(_ASKING_VERBS) + r")\s+(?:[^;:,.]{1,40}?\s+)?(?:to\s+(?:" + alternation(lexicon("en").get("convey_to") or [])
    + r")|be\s+(?:" + alternation(lexicon("en").get("conveyed_to") or []) + r"))\b(?:\s+(?!to\b)[^;:,]{1,60}?)??\s+to\s+"
    r"(?P<whom>[^;:,]{2,80}?)(?=\s+(?:that|his|her|their|the|a|an|for|on|at)\b|[;:,]|\.?\s*$)"
)


def conveyed_to(sentence: str) -> list[str]:
    """Whom the one who asks would have his words passed on to ("SADAT asked me to convey to L. I. Brezhnev that ...",
    "the President asked me to convey his greetings to comrade Gustáv Husák"): the third they are to reach, no party to
    the request (the one who asks and the one asked are: "Mao asked that this opinion be passed to the Soviet
    government", told by the envoy he asked, is Mao's and the envoy's)."""
    m = _CONVEY_TO.search(sentence)
    return [] if m is None else [n for n in actor_names(m["whom"]) if is_person(n)]


# A mission's cable whose "we" tells the mission's own doing ("We are preparing for possible evacuation ...", "We recommend
# that the Department ...", "WE ISSUED 1,140 ENTRY VOUCHERS"): the mission, whoever signs it, as an embassy is named for
# the acts its own telegrams tell; a "we" of a joint act ("We agreed ...", "we talked for an hour") is the
# writer with those he met, and not read here (en.yaml mission_we_verbs).
_MISSION_WE = compile_opening(
    r"^\W*(?:\d+[.)]\s+)?(?:(?:[A-Z][\w’'-]*|\d+)(?:\s+[\w’'-]+){0,3},?\s+)??(?:we|We|WE)\s+(?:(?i:have|had|are|were|also|already|therefore|now)\s+)*"
    r"(?i:" + alternation(lexicon("en").get("mission_we_verbs") or ["(?!)"]) + r")\b"
)


def mission_we(sentence: str) -> bool:
    """The sentence opens with a mission's "we" telling its own doing: "We recommend that ...", not "We agreed to ..."."""
    return _MISSION_WE.match(sentence) is not None


def _the_mission_for_its_we(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """The "we" of a mission's cable telling the mission's own doing: the mission (the office the cable is sent from, or
    the one its title names with its seat: "Ciphered Telegram from the Czechoslovak Embassy in Tripoli"), in place of its
    writer."""
    if doc.document_type not in SENT_TYPES or context.is_record or context.speaker:
        return
    mission = doc.sending_office or ((found := mission_in_title(doc.title or "")) and found[1])
    if not mission:
        return
    writers = {*context.senders, *([context.signer] if context.signer else [])}
    for event in events:
        if event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en") or not set(event.sources) <= writers \
                or not event.sources and event.targets:
            continue
        if mission_we(doc.blocks[event.block].text[event.evidence_start: event.evidence_end]):
            event.sources = [mission]
            event.targets = [n for n in event.targets if n != mission]


def _no_third_of_a_request_to_convey(events: list[EventDraft], doc: ParsedDocument) -> None:
    """The row of a request to convey words to a third holds the one who asks and the one asked: the third dropped."""
    for event in events:
        if not event.targets or event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en"):
            continue
        thirds = conveyed_to(doc.blocks[event.block].text[event.evidence_start: event.evidence_end])
        if thirds:
            event.targets = [n for n in event.targets if n not in thirds and not any(n.split()[-1] == t.split()[-1] for t in thirds)]


_ADDRESSED_TURN = compile_opening(
    r"^\W*(?:\d+\.\s+)?(?:I|He|She|[A-Z][\w'’.-]+)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:"
    + alternation(lexicon("en").get("talk_addressed_verbs") or []) + r")\b"
)


def addressed_turn(sentence: str) -> bool:
    """A turn told with a verb of addressing ("SADAT said that", "He asked that"): said to the one the speaker talked with."""
    return bool(_ADDRESSED_TURN.match(sentence))


def _cable_signer(doc: ParsedDocument) -> str | None:
    """The name a cable is signed with, on its own line under the text ("Zellerbach")."""
    signed = [b.text.strip() for b in doc.blocks if b.passage_type == "signature" and b.section_type == "body"]
    return canonical_name(signed[-1]) if len(signed) == 1 and len(signed[0].split()) <= 3 and not find_dates(signed[0], None) else None


def _said_in_the_talk(event: EventDraft, s: Sentence, talk: tuple[str | None, str | None, date]) -> None:
    """A saying of the cable's conversation, on its day: the one met says it to the writer, the writer's "I" to him."""
    partner, writer, day = talk
    turn = _TALK_TURN.match(s.text)
    if turn is None or partner is None or writer is None or event.start_date != day or event.evidence_start != s.start:
        return
    if turn["who"] == "I":
        event.sources = [writer]
        if _HIM.match(turn["rest"]) or _THAT.match(turn["rest"]):
            event.targets = [partner]  # "I urged him", "I told him", "I replied that ...": to the one met
    elif turn["who"] in ("He", "She") or partner in (actor_names(turn["who"]) or [canonical_name(turn["who"])]):
        event.sources, event.targets = [partner], [writer]  # "asked me to convey to L. I. Brezhnev": the writer, not Brezhnev
    elif event.method == "tense_sentence" and not event.sources and not event.targets:
        event.sources = actor_names(turn["who"]) or [canonical_name(turn["who"])]  # "SIDKY added that ...": the one present


_RU_MET_OPENING = compile_opening(r"^\W*(?:" + event_words("met_writer_opening") + r")", re.IGNORECASE)
_RU_MET = compile_opening(r"^\W*(?:\d+\.\s+)?(?:" + event_words("met_openers") + r")(?:[^.;:]|(?<=\s\w)\.){0,40}?(?:" + event_words("met_writer") + r")",
                         re.IGNORECASE)  # "Сегодня в 12 часов А. Садат принял меня": the full stop of an initial no end of it
_RU_TURN = compile_opening(r"^\W*(?:\d+\.\s+)?(?P<who>\w[\w.-]*(?:\s+\w[\w.-]*){0,2}?)\s+(?:\w+\s+)?(?P<verb>" + event_words("talk_turn_verbs")
                           + r")(?:\s*,\s*(?:" + event_words("that_conjunction") + r"))?")
_RU_I_WHO = compile_opening(r"(?:" + event_words("i_subject") + r")", re.IGNORECASE)
_RU_HE_WHO = compile_opening(r"(?:" + event_words("he_subject") + r")", re.IGNORECASE)
_RU_ADDRESSED = compile_opening(r"(?:" + event_words("talk_addressed_verbs") + r")")
_RU_TO_ME = compile_opening(r"(?:" + event_words("me_object") + r")", re.IGNORECASE)
_INITIALED_NAME = compile_opening(r"(?<!\w)(?:[^\W\d_]\.\s?){1,2}\s*(?P<surname>[^\W\d_][\w'’-]+)")  # "Д. Тумур-Очир", "Л. Н. Соловьев"
_RU_PRESENT = compile_opening(r"^\W*(?:" + event_words("participants_follow") + r")", re.IGNORECASE)


_RU_MET_CLAUSE = re.compile(r"[^,.;:()]{1,80}")  # the words after the meeting's, to the clause's end


def _ru_met_name(sentence: str) -> str | None:
    """The one who met the writer, named after the meeting's words and his office ("Сегодня утром меня принял капитан Ёро
    Диаките, назначенный ..."): two or three capitalised words after his office's words, all in lower case."""
    met = _RU_MET.match(sentence)
    clause = _RU_MET_CLAUSE.match(sentence, met.end()) if met else None
    words = clause.group().split() if clause else []
    name = list(itertools.dropwhile(str.islower, words))
    if not 2 <= len(name) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name):
        return None
    return canonical_name(" ".join(name))


# The languages whose files name a turn's subjects and objects (de, fr, it, es: turn_he_subjects, turn_i_subjects,
# turn_me_objects) and whose verbs of saying are listed whole (speech): a turn in a cable's passage is read by them.
TURN_LANGUAGES = tuple(language for language in (*LANGUAGES, *SUPPLEMENTED) if lexicon(language).get("turn_i_subjects"))


@functools.cache
def _turn_words(language: str) -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    lex = lexicon(language)
    objects = "|".join(re.escape(w) + ("" if w[-1:] in "'’" else r"(?!\w)") for w in lex.get("turn_me_objects") or []) or "(?!)"
    return (frozenset(w.lower() for w in lex.get("turn_he_subjects") or []), frozenset(w.lower() for w in lex.get("turn_i_subjects") or []),
            compile_opening(r"(?<![\w'’])(?:" + objects + r")", re.IGNORECASE))  # "m'a déclaré": the elided one before its verb


@functools.cache
def _turn_titles(language: str) -> frozenset[str]:
    """The words of address a speaker's surname may follow in a turn ("Genosse Stoph berichtete, ...": turn_titles)."""
    return frozenset(lexicon(language).get("turn_titles") or [])


@functools.cache
def _turn_articles(language: str) -> frozenset[str]:
    """The articles a minutes' speaker opens with before his title ("O Sr. Rei Barreiro (BNG) expón que ...", "A Sra.
    Amoedo Piñeiro lembra que ...": turn_articles)."""
    return frozenset(w.lower() for w in lexicon(language).get("turn_articles") or [])


# An item's mark opening a minutes' paragraph ("(a) Adroddodd ...", "(dd) Gofynnodd ...", "3. Er sagte ...") and an aside
# in brackets after a speaker's name ("O Sr. Rei Barreiro (BNG) expón"): no word of the subject.
_TURN_ITEM_MARK = re.compile(r"^\W*(?:\(?[^\W\d_]{1,3}\)|\d{1,2}[.)])\s+")
_TURN_ASIDE = re.compile(r"\([^()]{1,40}\)")


def _turn_subject(clause: str, end: int, language: str) -> tuple[list[str], bool]:
    """The words before a turn's verb of saying, without the item's mark, the asides in brackets, and (where the file
    lists them) the article and the title a minutes' speaker opens with; and whether an article or a title was left out
    ("O Sr. Rei Barreiro (BNG) expón": ["Rei", "Barreiro"], True)."""
    head = clause[:end]
    if (mark := _TURN_ITEM_MARK.match(head)) is not None:
        head = head[mark.end():]
    words = re.findall(r"[^\W\d_]+['’]?", _TURN_ASIDE.sub(" ", head))
    titled = False
    if len(words) >= 2 and words[0].lower() in _turn_articles(language):
        words, titled = words[1:], True  # "O Sr. Alcalde", "Der Lagerleiter"
    if len(words) >= 2 and words[0] in _turn_titles(language):
        words, titled = words[1:], True  # "Genosse Stoph berichtete": the surname after the word of address
    return words, titled


def clause_turns(sentence: str, language: str) -> list[tuple[int, int, str, bool]]:
    """The turns of a conversation a sentence of a cable tells in a language its file lists the words of ("Er sagte, die
    Sowjetunion werde ...", "Er fragte mich, wie Bonn die Lage beurteile; ich erwiderte, ...", "Il m'a déclaré que ...",
    "Je lui ai répondu que ...", "Dijo que ...", "Fawzi mi ha detto che ..."): each clause that opens with a verb of
    saying after at most its subject pronoun, or the one surname of the one met, and an object pronoun, as (start, end,
    who: "he", "i" or the surname, said to the writer)."""
    if language not in TURN_LANGUAGES:
        return []
    he, i, me = _turn_words(language)
    turns, at = [], 0
    for clause in re.split(r"(?<=;)", sentence):
        cues = [c for c in read_cues(clause, language) if c.kind == "speech"]
        words, titled = _turn_subject(clause, cues[0].start, language) if cues else ([], False)
        named = bool(cues) and 1 <= len(words) <= 2 and words[0][:1].isupper() and words[0][1:].islower() and words[0].lower() not in he | i and not me.fullmatch(words[0]) \
            and words[0] in clause.lstrip()[: len(words[0]) + 12] and all(me.fullmatch(w) for w in words[1:])
        # "Fawzi mi ha detto che ...": a surname alone before the verb (and "mi") as the subject, the gazetteer's person
        # or, where it lacks him, the surname as written
        full = bool(cues) and titled and 1 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) \
            and words[0].lower() not in he | i  # "O Sr. Rei Barreiro (BNG) expón que": the name after the article and title
        if cues and len(words) <= 3 and (not words or words[0].lower() in he | i or me.fullmatch(words[0]) or named or full):  # "Me dijo que"
            who = " ".join(words) if full and not named else words[0] if named else "i" if words and words[0].lower() in i else "he"
            turns.append((at + len(clause) - len(clause.lstrip()), at + len(clause.rstrip(" ;")), who,
                          bool(me.search(clause, 0, cues[0].end + 6))))
        at += len(clause)
    return turns


def _turns_on_the_day_told(index: int, s: Sentence, events: list[EventDraft], before: int, day: date | None, language: str,
                           writer: str | None, previous_actor: str | None) -> date | None:
    """A cable's conversation told in German, French, Italian or Spanish: a sentence that dates its own act to a day
    ("J'ai reçu hier soir ... le capitaine Kong Le", "Semjonow, den ich am 6. März ... aufsuchte, kam ... zu sprechen")
    sets the day its turns are said on; each turn after it in the passage, with no day of its own ("Il m'a déclaré que
    ...", "Er sagte, ...", "Je lui ai répondu que ..."), is a row of that day, said by the one met ("il", "er": the
    person last named) or by the writer ("je", "ich"). Returns the day the next sentence's turns are said on."""
    ours = [e for e in events[before:] if e.evidence_start == s.start]
    turns = clause_turns(s.text, language)
    if day is not None and turns and not s.dates and not s.relative:
        for start, end, who, to_writer in turns:
            row = next((e for e in ours if e.evidence_start == s.start + start and e.event_type in ("statement", "reply")), None) \
                or (next((e for e in ours if e.event_type in ("statement", "reply")), None) if start == 0 else None)
            if row is None:
                row = EventDraft(index, "statement", s.start + start, s.start + end, "tense_sentence", 0.4)
                events.append(row)
            row.on(day).date_kind, row.inferred = "exact", True
            speaker = writer if who == "i" else previous_actor if who == "he" else next(iter(clause_names(who, language)), who)
            if speaker and not row.sources:
                row.sources = [speaker]
                row.targets = [writer] if who == "he" and to_writer and writer and writer != speaker else row.targets
        return day
    if day is not None and turns and turns[0][0] == 0 and ours and all(
            e.start_date is not None and not e.start_date <= day <= (e.end_date or e.start_date) for e in ours):
        cue = next(c for c in read_cues(s.text, language) if c.kind == "speech")
        if not any(d.start < cue.start for d in s.dates):  # "Am 12. März sagte er ...": the saying of that day
            _, _, who, to_writer = turns[0]
            speaker = writer if who == "i" else previous_actor if who == "he" else next(iter(clause_names(who, language)), who)
            said = _saying(index, s, min(len(s.text), cue.end + 40), day, [speaker] if speaker else [])
            said.targets = [writer] if who != "i" and to_writer and writer and writer != speaker else []
            events.append(said)  # "Hij verklaarde dat de PS bij de verkiezingen van 25 april ...", "Green a arătat că ...
            return day  # comunicatul ..., semnat la 27 februarie": the days its words name are theirs, its saying the talk's
    told = [e for e in ours if e.date_kind == "exact" and e.precision == "day" and e.start_date is not None
            and e.start_date == e.end_date and e.method in ("relative_date", "dated_sentence")]
    return told[0].start_date if told else None


def _ru_conversation(doc: ParsedDocument, index: int, s: Sentence, events: list[EventDraft], before: int, context: Context,
                     talk: tuple | None, spoke_from: date | None) -> tuple | None:
    """A Russian cable's conversation, as the English one ("Вчера меня пригласил к себе премьер-министр Дж. Неру.
    ... Неру сказал, что ... Он просил ... Я ответил, что ..."): the meeting on the day its relative word names, each
    turn a row of that day, said by its speaker (to the writer when it says "мне", "нам"; the writer's to the one met).
    Returns the talk still told, or None once a passage opens with no turn."""
    sentence = s.text
    if _RU_MET.match(sentence) and spoke_from is not None:
        days = [c.days for c in read_cues(sentence, "ru") if c.kind == "relative" and c.days <= 0]
        if not days:
            return None
        written = doc.document_date if context.entries is None and doc.document_date_precision in ("day", "minute") else None
        if context.is_record and context.held_on is not None:
            written = context.held_on  # a record whose head dates the talk, entered in a diary days later ("ЗАПИСЬ БЕСЕДЫ" /
            # "21 января 1977 года" under "«25» января 1977 г."): its "Сегодня" is the talk's day
        day = (written or spoke_from) + timedelta(days=days[0])  # "Сегодня утром меня принял ...": counted from the cable's
        # day, though a sentence before moved the story to another ("Вчера ... выступил по радио")
        writer = _cable_signer(doc) or (context.senders[0] if context.senders else None)
        named = [n for n in clause_names(sentence, "ru") if n != writer and n not in context.senders]
        partner = next((n for n in named if is_person(n) or lookup(n) is None), None) or _ru_met_name(sentence) \
            or (named[0] if named else None)  # "меня принял министр иностранных дел Югославии С. Симич": the minister
        # who received the writer, not the state his office names; "меня принял капитан Ёро Диаките": one the gazetteer lacks
        rows = [e for e in events[before:] if e.evidence_start == s.start]
        for event in rows:
            _on_the_talk_day(event, s, day)
            if event.start_date == day == event.end_date and not event.sources and set(event.targets) <= {partner} and partner and writer:
                event.sources, event.targets = [partner], [writer]  # "Вчера меня пригласил к себе Неру": he received the writer
        return partner, writer, day, [e for e in rows if e.sources] + [index]
    if talk is None:
        return None
    partner, writer, day, (*met, met_block) = talk
    turn = _RU_TURN.match(sentence)
    if turn is None:
        if index == met_block and s.start > 0:
            if met and _RU_PRESENT.match(sentence):
                there = [n for n in clause_names(sentence, "ru") if n != writer and n not in context.senders and is_person(n)] \
                    or [canonical_name(m[0]) for m in _INITIALED_NAME.finditer(sentence) if m[0][:1].isupper() and m["surname"][:1].isupper()]
                # "Присутствовал секретарь ЦК МНРП Д. Тумур-Очир.": one the gazetteer lacks, by his initials and surname
                for event in met:  # "Присутствовал секретарь МИД Индии М. Дж. Десаи.": at the meeting too
                    event.targets += [n for n in there if n not in event.sources + event.targets]
            events[before:] = [e for e in events[before:] if not (e.evidence_start == s.start and e.method == "tense_sentence"
                                                                  and e.date_kind == "upper_bound" and e.end_date == day)]
            # "Беседа продолжалась около часа.", "Присутствовал ...": the meeting itself, told once
        elif met and tells_the_meeting_again(sentence):
            events[before:] = [e for e in events[before:] if not (e.evidence_start == s.start and e.method == "tense_sentence")]
            # "Беседа продолжалась около полутора часов." after the turns: the talk its opening told, again
        return None if s.start == 0 else talk
    who = turn["who"]
    if _RU_I_WHO.fullmatch(who):
        sources, targets = [writer], [partner]
    elif _RU_HE_WHO.fullmatch(who):
        sources, targets = [partner], [writer] if _RU_TO_ME.search(sentence, 0, turn.end() + 10) or _RU_ADDRESSED.fullmatch(turn["verb"]) else []
    else:
        names = clause_names(who, "ru")  # "Десаи заметил": one the gazetteer lacks, a turn still, by no one it can name
        addressed = bool(_RU_ADDRESSED.fullmatch(turn["verb"])) and names[:1] == [partner]  # "Неру сказал, что": to the writer
        sources, targets = names[:1], [writer] if _RU_TO_ME.search(sentence, 0, turn.end() + 10) or addressed else []
    if None in sources:
        return talk
    targets = [n for n in targets if n is not None]
    made = events[before:]
    for event in made:
        _on_the_talk_day(event, s, day)
        if spoke_from is not None and spoke_from < day and event.date_text is None and event.method in ("tense_sentence", "document_act") \
                and s.start <= event.evidence_start < s.end and event.start_date == event.end_date == spoke_from:
            event.on(day).date_kind, event.inferred = "exact", True  # "Вчера, по его словам, он обсудил ..." / "Я заявил
            # Садату, что доложу ..., и выразил сожаление ...": a day before the talk the one met spoke of moves no turn off it
    said = next((e for e in made if e.evidence_start == s.start and e.start_date == day == e.end_date
                 and e.method != "dated_sentence"), None)
    if said is None and (said := next((e for e in made if e.evidence_start == s.start and e.event_type in ("statement", "reply")
                                       and e.method == "relative_date" and e.start_date == spoke_from == e.end_date), None)):
        said.on(day).date_kind = "exact"  # "Я ответил, что незамедлительно доложу ...": said at the talk, not on the cable's day
    if said is None:
        said = EventDraft(index, "statement", s.start, s.start + turn.end(), "tense_sentence", 0.4).on(day)
        said.date_kind = "exact"
        events.append(said)
    said.inferred = True
    said.sources, said.targets = sources, targets
    return talk


# The speaker after a verb that opens its turn, after an article or none ("Adroddodd y Prif Swyddog Cynllunio Argyfwng
# fod ...": "Prif Swyddog Cynllunio Argyfwng"): the words in capitals there, up to six.
_CAPITALS_AFTER_VERB = re.compile(r"\s+(?:[^\W\d_A-Z]{1,3}\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})")


def _clause_turn_saying(index: int, s: Sentence, made: list[EventDraft], day: date, previous_actor: str | None,
                        language: str) -> list[EventDraft]:
    """A record's or minutes' turn in German, French, Italian or Spanish whose rows are all of the days its words name
    ("Genosse Stoph berichtete über die Vorgespräche ..., die am 12. März abgeschlossen wurden.", "Er teilte mit, daß die
    Bonner Seite gestern ... bestanden habe"): its saying too, on the day the record speaks from, by the one named (or
    "er": the last), as a Russian record's (``_ru_turn_saying``)."""
    turns = clause_turns(s.text, language)
    ours = [e for e in made if e.evidence_start == s.start]
    if not turns or turns[0][0] != 0 or turns[0][2] == "i" or not ours or any(e.start_date is None or e.start_date <= day <= e.end_date for e in ours):
        return made
    cue = next(c for c in read_cues(s.text, language) if c.kind == "speech")
    if any(d.start < cue.start for d in s.dates):
        return made  # "Am 12. März sagte er ...": the saying of that day, no turn at the session
    who = turns[0][2]
    speaker = previous_actor if who == "he" else next(iter(clause_names(who, language)), canonical_name(who))
    if who == "he" and not _turn_subject(s.text, cue.start, language)[0]:  # "(a) Adroddodd y Prif Swyddog fod ...": the
        after = s.text[cue.end: cue.end + 80]  # verb first, its speaker after it: a name, else the capitals he is called by
        capitals = _CAPITALS_AFTER_VERB.match(after)
        speaker = next(iter(clause_names(after, language)), canonical_name(capitals["who"]) if capitals else speaker)
    if not speaker:
        return made
    return [_saying(index, s, min(len(s.text), cue.end + 40), day, [speaker]), *made]


_ZH_LABEL = re.compile(r"[\u4e00-\u9fff\u00b7\u30fb]{2,14}")


def zh_label_speaker(text: str) -> str | None:
    """The speaker a Chinese record's turn label names ("交通厅刘锦平：……"): the gazetteer's person in it, else the label
    as the page writes it; None for a passage that opens with no such label."""
    if (m := TURN.match(text)) is None or not _ZH_LABEL.fullmatch(label := m["name"].strip()):
        return None
    return next((x.entity.name for x in find_mentions(label) if x.entity.kind == "person"), label)


def _zh_turn_saying(index: int, s: Sentence, made: list[EventDraft], day: date, speaker: str | None) -> list[EventDraft]:
    """A Chinese record's turn opening its passage with its speaker's label, whose rows are all of the days its words name
    ("韦国清：中央五月二十九日来电，要求……", "柳州铁路局张德明：上月二十日美机轰炸了……"): its saying too, on the day the
    record speaks from, by the one the label names, as a Russian record's (``_ru_turn_saying``)."""
    m = TURN.match(s.text)
    ours = [e for e in made if e.evidence_start == s.start]
    if m is None or not speaker or not any(e.start_date is not None for e in ours) \
            or any(e.start_date is not None and e.start_date <= day <= (e.end_date or e.start_date) for e in ours):
        return made
    return [_saying(index, s, min(len(s.text), m.end() + 12), day, [speaker]), *made]


def _saying(index: int, s: Sentence, end: int, day: date, speakers: list[str]) -> EventDraft:
    """The saying of a record's turn whose rows are all of other days: a statement by ``speakers`` on the day the record
    speaks from, its evidence the sentence's first ``end`` characters (the turn's opening)."""
    said = EventDraft(index, "statement", s.start, s.start + end, "tense_sentence", 0.4).on(day)
    said.date_kind, said.inferred, said.sources = "exact", True, speakers
    return said


def _ru_turn_saying(index: int, s: Sentence, made: list[EventDraft], day: date, previous_actor: str | None,
                    turned: list[EventDraft] = ()) -> list[EventDraft]:
    """A Russian record's or diary's turn whose rows are all of the days its words name ("Он просил ускорить поставку
    ..., предусмотренных соглашением, подписанным в январе 1961 г.", "Насутион выразил благодарность за специалистов,
    прибывших в начале марта"): its saying too, on the day the record speaks from, by the one named (or "он": the last),
    unless the passage's turn (``turned``) says it already."""
    turn = _RU_TURN.match(s.text)
    ours = [e for e in made if e.evidence_start == s.start]
    if turn is None or not ours or any(e.start_date is None or e.start_date <= day <= e.end_date for e in [*ours, *turned]) \
            or any(d.start < turn.start("verb") for d in s.dates) or _RU_I_WHO.fullmatch(turn["who"]):
        return made
    speaker = [previous_actor] if _RU_HE_WHO.fullmatch(turn["who"]) and previous_actor else clause_names(turn["who"], "ru")[:1] \
        or ([canonical_name(turn["who"])] if _RU_SURNAME.fullmatch(turn["who"]) and turn["who"] not in _RU_NO_NAME
            and not s.text[turn.end("who"): turn.start("verb")].strip() else []) \
        or ([canonical_name(initialled)] if _INITIALED_NAME.fullmatch(initialled := s.text[turn.start("who"): turn.start("verb")].strip())
            else [])
    # "Хаксар добавил, что ...": one the gazetteer lacks, by the surname the turn writes (as a German or French turn's);
    # "Л. Лара добавил, что вчера арестованы ...": by his initial and surname
    if not speaker or None in speaker:
        return made
    return [_saying(index, s, turn.end(), day, speaker), *made]


# The name an office the writer went to see is given in apposition ("the Minister of Foreign Affairs, Dr. Hilgard Muller,
# who confirmed ..."): after the office's "of ..." and a comma, a short title at most before it.
_OFFICE_NAMED = compile_opening(
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,4})?\s*,\s*(?:[A-Z][a-z]{0,3}\.\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){0,3}?)(?=\s*[,;.]|\s+(?:who|and)\b)")
_RU_NO_NAME = frozenset(lexicon("ru").get("unnamed_actor_skip") or [])  # "Затем добавил": no one's name
_RU_SURNAME = compile_opening(r"[^\W\d_](?<=[^\W\d_a-z])[\w'’-]{2,}")  # one word with a capital first letter


def _en_turn_saying(index: int, s: Sentence, made: list[EventDraft], day: date, previous_actor: str | None,
                    context: Context) -> list[EventDraft]:
    """A record's sentence told as a saying whose rows are all of the days its words name ("The Ambassador said that his
    Government had recalled its Ambassador from London on Monday", "Sir Alec asked about the events of 18 November"): its
    saying too, on the day the record speaks from, by the one named (or "he": the last), as a Russian record's
    (``_ru_turn_saying``)."""
    turn = _TALK_TURN.match(s.text)
    ours = [e for e in made if e.evidence_start == s.start]
    if turn is None or not ours or any(e.start_date is None or e.start_date <= day <= e.end_date for e in ours) \
            or any(d.start < turn.start("rest") for d in s.dates) or _earlier_time(s.text[: turn.start("rest")]):
        return made  # "Yesterday Ambassador Vidić handed me a note ...": an act of its own day, no saying at the talk
    said = next((c for c in read_cues(s.text, "en") if c.kind == "speech"), None)
    if said is None or said.end > turn.start("rest"):
        return made
    if any(e.event_type == "reply" and e.method == "relative_date" and e.date_text for e in ours):
        return made  # "He answered the note yesterday.": the answer is the act told, of its own day, no saying at the talk
    if turn["who"] == "I":
        speaker = context.senders[:1] if len(context.senders) == 1 else []  # "I thanked him for the welcome of May": the writer's
    else:
        speaker = [previous_actor] if turn["who"] in ("He", "She") and previous_actor else cue_actors(s.text, said, "en", context, previous_actor)[0][:1]
    if not speaker or None in speaker:
        return made
    return [_saying(index, s, turn.end(), day, speaker), *made]


def _initial_before(text: str, start: int) -> str:
    """The initials a split cut off the name that opens a sentence ("... 50 minutes. T. | N. Kaul ... was present."), else ""."""
    return m[0] if (m := _INITIALS_BEFORE.search(text, 0, start)) and m.end() == len(text[:start].rstrip()) + (len(text[:start]) - len(text[:start].rstrip())) else ""


_INITIALS_BEFORE = compile_opening(r"(?<=[.!?]\s)(?:[A-Z]\.\s?){1,2}\s*$")


def _with_its_opener(text: str, start: int, sentence: str) -> str:
    """A sentence with the short time the passage opens with, which a split at "p.m." cut off from it ("Today at 6
    p.m. | SADAT received me ...")."""
    head = text[:start]
    return head + sentence if 0 < len(head) <= 25 and head.rstrip().endswith(".") and not head.rstrip()[:-1].count(".") > 2 else sentence


def _on_the_talk_day(event: EventDraft, s: Sentence, day: date) -> None:
    """A row of the sentence that opens the cable's conversation, or of a turn in it ("He asked that they return home
    ..."), read as done by the talk's day: done on it, the day the saying was made."""
    if event.evidence_start == s.start and event.method == "tense_sentence" and event.end_date == day \
            and event.date_kind in ("upper_bound", "range"):
        event.on(day).date_kind = "exact"
        event.inferred = True


_ABOUT_A_THING = compile_opening(r"\s+(?:" + alternation(lexicon("en").get("told_of_prepositions") or []) + r")\b")




def _past_before_plan(words: str) -> bool:
    """The words a turn reports tell a past act in the pluperfect before the plan they state ("army had acted only to
    prevent bloodshed and would respect its obligations"): an account of what was done, no plan alone."""
    done, plan = pluperfect_in(words), _FUTURE_WORD.search(words)
    return done is not None and plan is not None and done.end() <= plan.start()


def _talk_turn(index: int, s: Sentence, made: list[EventDraft], day: date, spoke_from: date | None = None) -> list[EventDraft]:
    """A turn of the cable's conversation ("SADAT said that he had studied the reply ... on Thursday", "SIDKY added
    that he had been told ... last night"): said at the meeting, on its day, whatever the day of what it tells. A past
    act told inside it keeps its own row (by the meeting's day, or on its own). After a look back (``spoke_from``, the
    day the last sentence moved the text to, before the talk's), the saying's row read by that day is the talk's."""
    for event in made:
        if spoke_from is not None and spoke_from < day and event.end_date == spoke_from and event.start_date is None:
            event.end_date = day  # "... began arriving last week. He asked that ...": by the talk's day, not the week's
        _on_the_talk_day(event, s, day)
    turn = _TALK_TURN.match(s.text)
    if s.text[: turn.start("rest")].split()[-1] not in _ASKING_VERBS or _ASKED_THAT.match(turn["rest"]) is None:
        pass
    elif (planned := [e for e in made if e.evidence_start == s.start and e.date_kind == "undated" and e.event_type in _TALK_ROWS]):
        planned[0].on(day).date_kind, planned[0].inferred = "exact", True  # "He asked that the
        return []  # visit, planned for November, be put off": the asking is the talk's act, on its day; its words no plan of his
    if (told := [e for e in made if e.evidence_start == s.start and e.date_kind == "undated" and e.method == "tense_sentence"]) \
            and _past_before_plan(turn["rest"]):
        told[0].on(day).date_kind, told[0].inferred = "exact", True  # "He said army had acted only to prevent bloodshed and
        return []  # would respect the country's obligations": the words tell what was done first, the saying is the talk's act
    if any(e.evidence_start == s.start and (e.date_kind == "undated" or e.start_date == day == e.end_date) for e in made):
        return []  # "Kyprianou told me afterwards that the Archbishop will send ...": read as the plan it tells
    reach = _SAID_TO_WHOM.match(turn["rest"]).end()
    if not reach and _ABOUT_A_THING.match(turn["rest"]):
        return []  # "He thanked for the delivery of the aircraft, which arrived on 9 December": no words reported
    said = turn.start("rest") + reach  # "SADAT said that", "SADAT asked me to": the saying
    event = EventDraft(index, "statement", s.start, s.start + said, "tense_sentence", 0.4).on(day)
    event.date_kind, event.inferred = "exact", True
    return [event]


_MONTH_NAMES = alternation(list(lexicon("en").get("months") or {}))
# A clause a saying reports ("... added that", "... and that"), its subject, "will", "shall" or "would" (or a verb of
# expecting, intending, undertaking: plan_verbs) and a verb, and a time to come in it ("next Monday", "at the end of
# March", "on May 27"): the plan it tells.
_PLAN_AUX = r"(?P<aux>will|shall|would|" + alternation(lexicon("en").get("plan_verbs") or []).replace(r"\ ", r"\s+") + r")"
# A name set between commas after the subject's head ("Our Minister of External Affairs, Mr. Cameron Tudor, will visit
# ...", "The Minister of Fisheries, Lúðvík Jósepsson, would go ..."): the subject still, the plan its.
_APPOSITION = r"(?:[\w'’.\[\]-]+,\s+(?:[\w'’.\[\]-]+\s+){0,3}?[\w'’.\[\]-]+,\s+)?"
_PLAN_ASIDE = r"(?:,\s+(?:" + alternation(lexicon("en").get("plan_asides") or ["(?!)"]).replace(r"\ ", r"\s+") + r"),)?"  # "would, however, ask"
_APPOSED_NAME = compile_opening(r",\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+),\s*$")  # the name between the commas
_TOLD_PLAN = compile_opening(
    r"\b(?:" + SPEECH_VERBS + r")\b[^.;]*?\bthat\s+(?P<clause>(?:[\w'’.\[\]-]+\s+){1,8}?" + _APPOSITION + _PLAN_AUX + _PLAN_ASIDE
    + r"\s+(?!not\b|never\b|have\b|that\b)[a-z]+\b[^.;]*)"
)
# The same told by the clause's own verb, no saying before it: after a semicolon, "and", "who", "which" or at the
# sentence's start ("...; Bouteflika will hand me a list tomorrow", "..., who would receive him the following morning",
# "and he expected it to reach Brazilian waters within the next few days", "Martin undertook to discuss ... tomorrow").
_PLAN_CLAUSE = compile_opening(
    r"(?:^\W*|;\s*|(?<=[a-z]):\s+|,\s+(?=who\b|which\b)|\band\s+)(?P<clause>(?:who\s+|which\s+)?(?:[\w'’.\[\]-]+\s+){0,6}?" + _APPOSITION + _PLAN_AUX + _PLAN_ASIDE
    + r"\s+(?!not\b|never\b|have\b|that\b|been\b)\w+\b(?:(?!,\s+(?:and|but)\s)[^;])*)"
)  # a period inside the sentence is an abbreviation's ("Mr. Martin"); ", and" opens the next clause
_HOPES = frozenset(w.lower() for w in lexicon("en").get("hope_plan_words") or [])
_MEETING_VERB = compile_opening(r"\s+(?:" + alternation(lexicon("en").get("hoped_meeting_verbs") or ["(?!)"]) + r")\b", re.IGNORECASE)


def _hoped_meeting(m: re.Match) -> bool:
    """A plan verb that is a hope, a verb of meeting right after it ("I hope that we may meet at the conference", "hope
    to welcome you in Malé"): a hope to meet, no plan (hope_plan_words, hoped_meeting_verbs)."""
    return m["aux"].split()[0].lower() in _HOPES and _MEETING_VERB.match(m.string, m.end("aux")) is not None
_NOT_ALONE = frozenset(w.lower() for w in lexicon("en").get("plan_times_not_alone") or [])
_VAGUE_TIMES = frozenset(w.lower() for w in lexicon("en").get("plan_times_vague") or [])
_EXPECTING = compile_opening(r"\b(?:" + alternation(lexicon("en").get("expectation_words") or []) + r")\b", re.IGNORECASE)
_HAD_BEFORE = compile_opening(r"\bhad\s+(?:\w+ly\s+|also\s+|already\s+)?$")
_NOT_BEFORE = compile_opening(r"(?:\b(?:not|never)|n[’']t)\s+$")
_SAID_IN_SUBJECT = compile_opening(r"\b(?:" + SPEECH_VERBS + r")\b(?:\s+that\b)?")
_TIME_TO_COME = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("plan_times") or []) + r")\b(?:\s+of)?\s*(?:" + _MONTH_NAMES + r"|week|month|year)?|\bon\s+(?:"
    + _MONTH_NAMES + r")\s+\d{1,2}\b|\bon\s+\d{1,2}\s+(?:" + _MONTH_NAMES + r")\b|\bin\s+(?:" + _MONTH_NAMES + r")\b",
    re.IGNORECASE,
)


# A record's own "it was agreed that", "agreed that" (after a point's number: "4. It was agreed that ..."): what the meeting
# agreed there and then (meeting_agreed_openings, en.yaml).
_AGREED_HERE = compile_opening(r"^\W*(?:(?:\d{1,2}|[a-z])[.)]\s*)?(?:" + alternation(lexicon("en").get("meeting_agreed_openings") or ["(?!)"]).replace(r"\ ", r"\s+")
                               + r")\s+(?:that|to)\b", re.IGNORECASE)


def agreed_at_the_meeting(index: int, s: Sentence, day: date, made: list[EventDraft]) -> list[EventDraft]:
    """A record's "It was agreed that the Taoiseach would receive a deputation on Monday next" whose rows read only the
    plan it tells (undated): the agreement too, made at the meeting, on the record's day (CORPUS.md: an agreement the
    record tells is the meeting's act; the act agreed on, to come, is a plan)."""
    if _AGREED_HERE.match(s.text) is None or not made or any(e.start_date is not None or (e.end_date is not None and e.end_date != day)
                                                             for e in made):
        return []  # (a bound by the record's day is no day of the agreement's own)
    event = EventDraft(index, "agreement", s.start, s.start + len(s.text.rstrip()), "document_act", 0.45).on(day)
    event.date_kind, event.inferred = "exact", True
    return [event]


def told_plans(index: int, s: Sentence, writer: str | None = None, speaker: str | None = None,
               previous: str | None = None, reader: str | None = None, vague: bool = True,
               previous_actor: str | None = None) -> list[EventDraft]:
    """A plan a saying reports with its time to come ("Makarios added that he would call the House into session next
    Monday", "He said that the CC will convene a plenum at the end of March"), or a clause tells by its own verb ("...;
    Bouteflika will hand me a list of requirements tomorrow", "and he expected it to reach Brazilian waters within the
    next few days"): decided, not yet done, so undated, beside the saying itself; its words are the clause."""
    events, seen = [], set()
    found = list(_TOLD_PLAN.finditer(s.text))
    found += [m for m in _PLAN_CLAUSE.finditer(s.text) if not any(f.start("clause") <= m.start("aux") < f.end("clause") for f in found)]
    for m in found:
        clause = m["clause"].rstrip(" ,.")
        aux = m.start("aux") - m.start("clause")
        when = _TIME_TO_COME.search(clause, aux) or _TIME_TO_COME.match(clause)  # after the verb, or opening the clause ("that
        # at the end of May he would visit Moscow")
        if when is not None and when.group().strip().lower() in _NOT_ALONE and not clause[when.end():].strip():
            continue  # "the drought will test the new rulers early": a manner, no time to come
        if when is not None and not vague and when.group().strip().lower() in _VAGUE_TIMES:
            continue  # a report's "announced that elections would be held in due course": no time set, no plan read
        if when is None or m.start("clause") in seen or _HAD_BEFORE.search(clause, 0, aux) or _NOT_BEFORE.search(clause, 0, aux):
            continue  # "on 23 November the Chinese comrades had promised to send ...": a promise already past, no plan;
            # "Nyerere does not intend to recognise either side": an intention denied
        joined = clause.find(" and ", len(clause[: when.end()].rstrip()))  # "... within next 48 hours and asked whether
        # ...": another act (from the time's last word: the space after it may be the one before "and")
        if _IF.search(clause, 0, joined if joined > 0 else len(clause)) or _IF.search(s.text, max(0, s.text.rfind(",", 0, m.start("clause")), s.text.rfind(";", 0, m.start("clause"))),
                                            m.start("clause")):
            continue  # "If the army moves, the Americans would respond within a week", "whether US would respond if ...": a condition
        opens = max(s.text.rfind(c, 0, m.start("clause")) for c in ",;:") + 1
        if _EXPECTING.search(s.text, max(opens, m.start()), m.start("aux")) or _EXPECTING.search(s.text, m.end("aux"), min(len(s.text), m.end("aux") + 16)):
            # the clause up to the word after its verb, but for the verb of plan itself ("I hope to visit Moscow in May")
            continue  # "Embassy believes that Tito will use ...", "will probably be": an expectation, no plan
        if _hoped_meeting(m):
            continue  # "I hope that we may meet at the conference next year": a hope, no plan decided
        seen.add(m.start("clause"))
        event = EventDraft(index, "statement", s.start + m.start("clause"), s.start + m.start("clause") + len(clause), "tense_sentence", 0.35)
        event.inferred, event.date_kind, event.precision = True, "undated", "unknown"
        subject, saying = clause[:aux].strip(), s.text[:m.start()]
        if (said := _SAID_IN_SUBJECT.search(subject)) is not None:  # "Alekseev said he would ...": the saying, then the subject
            saying, subject = saying + " " + subject[: said.end()], subject[said.end():].strip()
        if (named := _APPOSED_NAME.search(subject)) is not None:  # "Our Minister of External Affairs, Mr. Cameron Tudor,": he
            event.sources = actor_names(named["name"])[:1] or [canonical_name(named["name"])]
        elif subject.split(None, 1)[:1] in (["who"], ["which"]):  # "the Chairman, who would receive ...": the one named before
            subject = subject.split(None, 1)[1] if " " in subject else ""
            event.sources = _plan_subject(subject, saying) if subject else actor_names(saying)[-1:]
        elif (speaker or writer) and _PLAN_IN_FIRST_PERSON.fullmatch(subject.split()[-1] if subject.split() else ""):
            event.sources = [speaker or writer]  # "Kohl: Tomorrow I will telephone Gorbachev.": the speaker's own plan, with
            event.targets = [n for n in actor_names(clause[aux:]) if n != event.sources[0]][:2]  # the one it is to reach
        else:
            event.sources = _plan_subject(subject, saying, previous, previous_actor)
        if event.sources and not event.targets and (party := _PLAN_PARTY.match(clause, aux + len(m["aux"]))) is not None:
            event.targets = [n for n in actor_names(party["party"]) if n not in event.sources][:1]  # "He will write to Mr.
            # Rowling next week": the one the plan's verb is to reach
        if writer and writer not in event.sources and _TO_ME.search(clause, aux):
            event.targets = [writer]  # "Bouteflika will hand me a list of requirements tomorrow": to the writer
        if reader and reader not in event.sources and reader not in event.targets and (
                _TO_YOU.search(clause, aux) or _WE_HOPE.search(m["aux"])):  # "I hope that we may meet at the conference": the two
            event.targets.append(reader)  # "Our Minister will be in Delhi in May and would be honoured to be received by you": the
            # one the letter is written to
        events.append(event)
    return events



# A session's numbered decision point that orders an act to come ("(iii) that the Prime Minister tour the Western
# Division on Monday.", decision_point_opener, en.yaml): the point's mark, "that", and the clause up to its first
# semicolon or the end.
# A point's mark: a letter or a number, or a decision label closed by a colon in its place ("Decided: that up to 1,000
# refugees be admitted to the State; that ...", an Irish Cabinet's minutes writing its decisions on one line; en.yaml
# decision_labels).
_POINT_MARK = (r"^\W*(?:\(?[a-z]{1,4}\)|\d{1,2}[.)]|(?:" + (alternation(lexicon("en").get("decision_labels") or []) or "(?!)")
               + r")\s*:)\s*")
_DECISION_POINT = compile_opening(_POINT_MARK + r"(?:" + (alternation(lexicon("en").get("decision_point_opener") or []) or "(?!)")
                                  + r")\s+(?P<clause>[^;]+)")
_POINT_MODAL = compile_opening(r"\b(?:" + (alternation(lexicon("en").get("decision_point_modals") or []) or "(?!)") + r")\b")
_POINT_NOT_PLAN = compile_opening(r"\b(?:" + (alternation(lexicon("en").get("decision_point_not_plan") or []) or "(?!)") + r")\b")
_POINT_PERFORMED = compile_opening(r"\bbe\s+(?:" + (alternation(lexicon("en").get("decision_point_performed") or []) or "(?!)") + r")\b")
_POINT_NEGATION = compile_opening(r"\b(?:" + (alternation(lexicon("en").get("decision_point_negations") or []).replace(r"\ ", r"\s+") or "(?!)") + r")\b")
# A subject named with capitals ("the Prime Minister", "the Minister of Foreign Affairs") and a bare verb after it
# ("tour", "present", "meet"): the subjunctive of an order.
_BARE_AFTER_TITLE = compile_opening(r"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?)+(?P<verb>[a-z]+)\b")


def decision_point(sentence: str) -> bool:
    """Whether ``sentence`` is a numbered point of a session's decisions that orders an act to come (_DECISION_POINT)."""
    if (m := _DECISION_POINT.match(sentence)) is None:
        return False
    clause = m["clause"]
    modal, done = _POINT_MODAL.search(clause), _POINT_NOT_PLAN.search(clause)
    if _POINT_NEGATION.search(clause):
        return False  # "(b) that the Government shall not negotiate with the abductors": an act barred, none to come
    if _POINT_PERFORMED.search(clause):
        return False  # "Resolved: that the action taken by the Governor be approved and confirmed": the decision itself
    if modal is not None and (done is None or modal.start() < done.start()):
        return True
    bare = _BARE_AFTER_TITLE.match(clause)
    return done is None and bare is not None and not bare["verb"].endswith(("s", "ed"))


# The words by which a session's point names the session's own day for the act it orders ("3. that the Minister for
# Foreign Affairs inform the Advisory Council at 14.00 today"): en.yaml decision_point_own_day.
_POINT_OWN_DAY = compile_opening(r"\b(?:" + (alternation(lexicon("en").get("decision_point_own_day") or []).replace(r"\ ", r"\s+") or "(?!)")
                                 + r")\b", re.IGNORECASE)


def names_the_session_day(sentence: str, day: date | None) -> bool:
    """Whether a decision point names the session's own ``day`` for its act, in words ("today", "this afternoon") or as
    that day's date: the session's decision then stands beside the plan on that day."""
    return _POINT_OWN_DAY.search(sentence) is not None or (
        day is not None and any(d.start_date == d.end_date == day for d in find_dates(sentence, day.year)))


def decided_point(index: int, s: Sentence, made: list[EventDraft], day: date | None = None) -> list[EventDraft]:
    """A record's numbered decision point that orders an act to come ("(iii) that the Prime Minister tour the Western
    Division on Monday.", "(i) that a Hurricane Relief Fund be opened ..."): the act decided, undated, whatever day it
    names; the sentence's rows from the point's start lose their dates, a row of a later clause ("..., which had been
    received on 21st April") keeps its own, and a row on the session's own ``day`` ("3. that the Minister for Foreign
    Affairs inform the Advisory Council at 14.00 today": the decision, on the session's day) stays beside
    the plan. With no row from the point's start, the plan is one, its doer the clause's first name."""
    if not decision_point(s.text):
        return made
    clause = _DECISION_POINT.match(s.text)
    modal, done = _POINT_MODAL.search(clause["clause"]), _POINT_NOT_PLAN.search(clause["clause"])
    told = s.text.rfind(",", 0, clause.start("clause") + done.start()) if modal is not None and done is not None else -1
    whole = [e for e in made if e.evidence_start == s.start] if told <= clause.start("clause") else []  # "(3) that the
    # Government of Venezuela be thanked for its offer of assistance, which had been received on 21st April": the
    # offer's day stays its row's, the thanks to come a row of its own up to the comma
    kept = [e for e in whole if day is not None and e.start_date == e.end_date == day and not planned_point(s.text, day)
            and names_the_session_day(s.text, day)]
    # not where the point tells its act to come at a time it names ("(3) that a day of national mourning should be
    # observed on 15th October"), nor where it names no time ("(b) that the Minister for Defence should arrange for Army
    # field hospitals to be set up ..."): the plan alone
    if kept:  # the session's decision on its day: the act decided beside it, undated
        whole = [replace(kept[0], sources=list(kept[0].sources), targets=list(kept[0].targets))]
        made = [*made, whole[0]]
    for event in whole:
        event.start_date = event.end_date = None
        event.start_time, event.clock, event.date_text = None, None, None
        event.date_kind, event.precision, event.inferred = "undated", "unknown", True
    if whole:
        return made
    end = s.start + (told if told > clause.start("clause") else len(s.text.rstrip(" ;.,")))
    event = EventDraft(index, "instruction", s.start, end, "document_act", 0.45)
    event.date_kind, event.precision, event.inferred = "undated", "unknown", True
    event.sources = actor_names(_DECISION_POINT.match(s.text)["clause"])[:1]
    return [*made, event]


# The writer's own act to come put as his proposal, opening the sentence ("I propose to call on him tomorrow": the
# language file's writer_plan_openings).
_WRITER_PLAN = compile_opening(r"^\W*(?:" + (alternation(lexicon("en").get("writer_plan_openings") or []).replace(r"\ ", r"\s+") or "(?!)")
                               + r")\s+\w", re.IGNORECASE)


def writer_plan_alone(s: Sentence, made: list[EventDraft]) -> list[EventDraft]:
    """A sentence where the writer proposes his own act to come with its time ("I propose to see the King's private
    secretary tomorrow", "I PROPOSE TO SEEK A CALL ON AMIN TOMORROW"): the plan told_plans read from its start is its
    row, undated; the proposal the writer's performative words made a row of, on the document's day, is dropped (an
    envoy's proposal of his own call is the call to come, not a second act). With no plan read (no time to come: "I also propose to ask that ..."), the
    proposal stays."""
    if _WRITER_PLAN.match(s.text) is None or not any(
            e.evidence_start == s.start and e.date_kind == "undated" and e.method == "tense_sentence" for e in made):
        return made
    return [e for e in made if not (e.method == "document_act" and e.evidence_start == s.start and e.date_kind != "undated")]


# The words that tie what a plan's clause tells to a condition ("as soon as", "as long as", "when", "как только"; the
# language files' open_conditions): with no time to come of its own, the act waits on the condition, decided by none.
_CONDITION_EDGES = {"en": (r"\b", r"\b"), "ru": (r"(?<!\w)", r"(?!\w)"), "zh": ("", "")}
_OPEN_CONDITIONS = {language: compile_opening(
    before + "(?:" + (alternation(lexicon(language).get("open_conditions") or []).replace(r"\ ", r"\s+") or "(?!)") + ")" + after,
    re.IGNORECASE) for language, (before, after) in _CONDITION_EDGES.items()}
_SET_TIMES = ("relative", "period", "years_ago", "recent", "recent_days", "counted_span")  # cues that tell a time, not a verb
_ANY_YEAR = 1960  # whether a day is written, whatever its year


def on_an_open_condition(clause: str, language: str | None, year: int | None = None) -> bool:
    """A plan's clause that waits on a condition and names no time to come ("Egyptian troops would stay as long as the
    royalists received arms", "Gabon would establish relations with Luanda when the foreign troops have left", "We will
    report on new ministers as soon as names are known"): what is to come is not decided, an intention or a
    hypothetical, no event (CORPUS.md); a plan with its time ("will sign as soon as he returns next week") stays one,
    and a saying or an act before the condition is read as before ("announced that he would hold elections when
    conditions permit": the announcement)."""
    pattern = _OPEN_CONDITIONS.get(language or "en")
    if pattern is None or (condition := pattern.search(clause)) is None:
        return False
    cues = read_cues(clause, language)
    if any(c.kind in ("past", "speech", "performative") and c.start < condition.start() for c in cues):
        return False
    rest = clause[: condition.start()] + " " * (condition.end() - condition.start()) + clause[condition.end():]
    return not (any(c.kind in _SET_TIMES for c in cues) or find_dates(rest, year or _ANY_YEAR) or find_months_alone(rest, year or _ANY_YEAR)
                or (language in (None, "en") and _TIME_TO_COME.search(rest)))


# A time word is a word only when the characters after it do not make it part of another (日内瓦 is Geneva, 明年计划 a
# noun, next year's plan): zh.yaml plan_time_not_before.
_ZH_PLAN_TIME = compile_opening("(?:" + (alternation(lexicon("zh").get("plan_times") or []) or "(?!)") + ")(?!"
                                + (alternation(lexicon("zh").get("plan_time_not_before") or []) or "(?!)") + ")")
_ZH_PAST = compile_opening(alternation(lexicon("zh").get("plan_past_marks") or []) or "(?!)")  # zh.yaml: a past in the clause
_ZH_CLAUSE_MARK = compile_opening(r"[\uff0c\uff1b\uff1a\u3002,;:]")


def zh_plan_clauses(index: int, s: Sentence, listeners: list[str] | None = None) -> list[EventDraft]:
    """A Chinese clause with a time to come and no past in it ("毛主席明天上午在颐和园接见首相阁下", "具体条款由两国外交部在
    下周商定"): a plan, undated, beside the saying or the turn that tells it; its words are the clause."""
    if _ZH_PLAN_TIME.search(s.text) is None:
        return []
    events, at = [], 0
    for mark in [*_ZH_CLAUSE_MARK.finditer(s.text), None]:
        end = mark.start() if mark is not None else len(s.text)
        clause, start = s.text[at:end], at
        at = mark.end() if mark is not None else end
        if len(clause.strip()) < 6 or _ZH_PLAN_TIME.search(clause) is None or _ZH_PAST.search(clause):
            continue
        start += len(clause) - len(clause.lstrip())
        event = EventDraft(index, "statement", s.start + start, s.start + end, "undated_sentence", 0.35)
        event.inferred, event.date_kind, event.precision = True, "undated", "unknown"
        names = actor_names(clause)
        event.sources, event.targets = names[:1], names[1:]
        if listeners and _ADDRESSES.search(clause):  # the Chairman "will receive Your Excellency tomorrow": the one the turn
            # is said to
            event.targets += [n for n in listeners if n not in event.targets and n not in event.sources]
        events.append(event)
    return events


# An act to come joined to a past one in the same sentence: "and will be tried", "and will then go" (``future_auxiliaries``).
# The future may have a subject of its own, a name or a pronoun ("China has called the action an aggression, and the
# Security Council will meet on Thursday"), and the act to come may be one the subject intends or expects ("I have asked
# for a meeting and expect to see him this evening": ``coordinated_intentions``).
_AND_FUTURE = compile_opening(
    r"\band\s+(?P<clause>(?:(?:(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,4}|he|she|they|we)\s+)?(?:"
    + alternation(lexicon("en").get("future_auxiliaries") or []) + r")\s+(?!not\b|never\b|have\b)[a-z]+\b[^.;:]*|(?:"
    + alternation(lexicon("en").get("coordinated_intentions") or ["(?!)"]).replace(r"\ ", r"\s+") + r")\s+(?!be\b|have\b)[a-z]+\b[^.;:]*)"
)


def coordinated_plans(index: int, s: Sentence, writer: str | None = None) -> list[EventDraft]:
    """A past act, then the act to come its subject faces ("The leaders were arrested on 24 November and will be tried by
    the People's Court in January"): the second is a plan, undated, beside the dated act; its words are the clause from
    the auxiliary. Not a future after a future ("will leave ... and will return": one plan) nor a condition."""
    m = _AND_FUTURE.search(s.text)
    if m is None and ";" in s.text and not is_hypothetical(s.text, "en"):
        return _plan_then_past(index, s)
    if m is None or is_hypothetical(s.text, "en"):
        return []
    cues = read_cues(s.text[: m.start()], "en")
    if not (any(c.kind == "past" for c in cues) or PERFECT_VERB.search(s.text, 0, m.start())) or any(c.kind == "planned" or (c.kind == "speech" and _REPORTS.search(s.text, c.end, m.start()))
                                                      for c in cues) or _FUTURE_WORD.search(s.text, 0, m.start()):
        return []  # "asked for a meeting and expect to see him": no words reported, the plan the writer's own
    clause = m["clause"].rstrip(" ,")
    event = EventDraft(index, "statement", s.start + m.start("clause"), s.start + m.start("clause") + len(clause), "tense_sentence", 0.35)
    event.inferred, event.date_kind, event.precision = True, "undated", "unknown"
    names = actor_names(clause)  # "the Security Council will meet ... at the request of Cambodia": its subject, then the rest
    event.sources, event.targets = names[:1], names[1:]
    if m["clause"][:1].islower() and not names and _OBJECT_PRONOUN.search(clause):  # "I have asked for a meeting with
        # Balaguer and expect to see him": the subject of the act before goes on, and the pronoun is the one it named
        before = actor_names(s.text[: m.start()])
        subject = ([writer] if writer else []) if _WRITER_OPENS.match(s.text) else before[:1]
        event.sources, event.targets = subject, [n for n in before if n not in subject][:1]
    return [event]


def _plan_then_past(index: int, s: Sentence) -> list[EventDraft]:
    """A plan, then after a semicolon an act already done ("The President intends to invite both leaders to Monrovia
    before the end of the year; he had sent a message to Lagos the previous day"): the plan's clause an undated row
    beside the sentence's dated one. Its verb a decided intention or a future (``planned``, ``future_auxiliaries``)."""
    head, _, rest = s.text.partition(";")
    cues = read_cues(head, "en")
    if not (any(c.kind == "planned" for c in cues) or SCHEDULED_PRESENT.search(head)) or any(c.kind in ("past", "speech") for c in cues) \
            or not any(c.kind == "past" for c in read_cues(rest, "en")):
        return []
    clause = head.rstrip(" ,")
    event = EventDraft(index, "statement", s.start, s.start + len(clause), "tense_sentence", 0.35)
    event.inferred, event.date_kind, event.precision = True, "undated", "unknown"
    names = actor_names(clause)
    event.sources, event.targets = names[:1], names[1:]
    return [event]


_OBJECT_PRONOUN = compile_opening(r"\b(?:" + _OBJECT_PRONOUNS + r")\b")
_WRITER_OPENS = compile_opening(r"\W*(?:\d+\.\s*)?(?:I|We)\b")


_FUTURE_WORD = compile_opening(r"\b(?:" + alternation(lexicon("en").get("ahead_words") or []) + r")\b", re.IGNORECASE)

_REPORTS = compile_opening(r"\bthat\b|:")  # a saying's words reported: "told me that ...", "said: ..."

# A saying and the words it reports: "He added that ...", "Comrade Chervonenko said: ...".
_TOLD_CLAUSE = compile_opening(r"\b(?:" + SPEECH_VERBS + r")\b(?:\s+(?:" + _SPOKEN_TO + r"))?(?:\s*:\s*|\s+that\s+)(?P<clause>[^.;]+)")


# A thing named with the act that made it and a month alone ("the development grant agreed in June", "the agreement on the
# shoe factory signed in October"): en.yaml month_participles; not after a word that makes it to come ("to be signed").
_DONE_IN_MONTH = compile_opening(
    r"\b(?P<thing>(?:the|an?|our|your|their|its|his|her)\s+(?:[\w'’-]+\s+){0,6}?)(?P<verb>"
    + alternation(lexicon("en").get("month_participles") or ["(?!)"]) + r")\s+in\s+(?P<month>" + _MONTH_NAMES
    + r")(?!\s*,?\s*\d)\b"
)
_NOT_DONE_BEFORE = frozenset(("be", "been", "being", "is", "are", "was", "were", "to", "not", "will", "would", "shall", "had", "has", "have"))


def done_in_a_month(index: int, s: Sentence, day: date, made: list[EventDraft]) -> list[EventDraft]:
    """A thing the sentence names by the act that made it in a month named alone ("May I ask you to speed up the release
    of the development grant agreed in June", "work under the agreement signed in October has not begun"): that act, in
    the last such month up to the day the text speaks from, beside the sentence's own row; none where a row of the
    sentence has that month already."""
    events, months = [], lexicon("en").get("months") or {}
    for m in _DONE_IN_MONTH.finditer(s.text):
        words = m["thing"].split()
        if len(words) < 2 or words[-1].lower() in _NOT_DONE_BEFORE:
            continue  # "the conference to be held in June": to come
        month = months.get(m["month"]) or months.get(m["month"].title())
        if month is None:
            continue
        year = day.year if month <= day.month else day.year - 1
        first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if any(e.start_date is not None and first <= e.start_date <= last for e in made):
            continue
        event = EventDraft(index, "statement", s.start + m.start("thing"), s.start + m.end("month"), "tense_sentence", 0.4)
        event.start_date, event.end_date, event.precision, event.date_kind, event.inferred = first, last, "month", "exact", True
        event.date_text = m["month"]
        events.append(event)
    return events


# A joined clause that tells an act done already ("..., and that the Permanent Representative had already conveyed ...",
# "...; the Soviet consulate had already sent its staff ..."): en.yaml done_already_joints, a subject of a few words, the
# pluperfect with "already" (flashback_auxiliaries, already_words) and its participle.
_DONE_ALREADY = compile_opening(
    r"(?P<joint>(?:" + (alternation(lexicon("en").get("done_already_joints") or []) or "(?!)").replace(r"\ ", r"\s+") + r"))\s+"
    r"(?P<clause>(?!that\b)(?:[\w'’.,-]+\s+){1,8}?(?:" + (alternation(lexicon("en").get("flashback_auxiliaries") or []) or "(?!)")
    + r")\s+(?:" + (alternation(lexicon("en").get("already_words") or []) or "(?!)") + r")\s+(?:been\s+)?[a-z]+\b[^;.]*)")
_A_MONTH = compile_opening(r"\b(?:" + _MONTH_NAMES + r")\b")  # "had already asked the IMF for a standby arrangement in February"


def done_already_clause(sentence: str) -> re.Match | None:
    """The joined clause of ``sentence`` that tells an act done already with no day of its own (_DONE_ALREADY), or None:
    none that a word of its own dates or anchors ("before the fighting began")."""
    m = _DONE_ALREADY.search(sentence)
    if m is None or m.start() == 0 or DONE_ANCHORED.search(m["clause"]) or find_dates(m["clause"], 1960) \
            or _A_MONTH.search(m["clause"]) or any(c.kind == "relative" for c in read_cues(m["clause"], "en")) \
            or m["clause"].split()[-1] in ("been", "already"):  # "the universities had already been" / "closed once in May.":
        # a clause a line end cut before its participle
        return None
    return m


def joined_done_already(index: int, s: Sentence, day: date, made: list[EventDraft]) -> list[EventDraft]:
    """A joined clause that tells an act done already, with no day of its own (done_already_clause): a row of its own, on
    or before the saying's ``day`` where the clause is one its "that" reports ("The Minister reported that ..., and that
    the Permanent Representative had already conveyed the views of the Government"), else on or before the day the
    sentence's first clause tells ("... were killed on the first day; the Soviet consulate had already sent its staff");
    none where a row of the sentence opens within the clause already."""
    m = done_already_clause(s.text)
    if m is None or any(e.evidence_start >= s.start + m.start("clause") for e in made):
        return []
    if "that" in m["joint"]:
        bound = day
    else:
        told = [e for e in made if e.evidence_start < s.start + m.start("clause") and e.date_kind in ("exact", "range") and e.end_date]
        bound = told[0].end_date if told else None
    if bound is None or bound > day:
        return []
    event = EventDraft(index, "statement", s.start + m.start("clause"), s.start + m.end("clause"), "tense_sentence", 0.4)
    event.start_date, event.end_date, event.date_kind, event.precision, event.inferred = None, bound, "upper_bound", "day", True
    names = actor_names(m["clause"])
    event.sources = names[:1]
    return [event]


def told_in_period(index: int, s: Sentence, day: date, made: list[EventDraft]) -> list[EventDraft]:
    """An act a saying reports in a recent period ("He added that President Gronchi had raised objections in a letter to
    Segni last week", "Chervonenko said: The Soviet delegation received instructions last week"): an act of that
    period (the week or the month before the day the saying was made), beside the saying, when no row of the sentence
    dates it already."""
    m = _TOLD_CLAUSE.search(s.text) if ":" in s.text or "that" in s.text else None  # the words it reports open with either
    if m is None or any(e.date_kind == "approximate" or (e.start_date and e.start_date < day and e.evidence_start >= s.start + m.start("clause")) for e in made):
        return []
    clause = m["clause"]
    cues = read_cues(clause, "en")
    period = next((c for c in cues if c.kind == "period"), None)
    if period is None or not any(c.kind == "past" and c.start < period.start for c in cues) or plan_opened(clause, period.start, "en"):
        return []  # "that the authorities had arrested two hundred officers, and that a military court would try them in the
        # autumn": the period is the plan's, told in its own clause after the past act, which keeps the saying's day
    end = m.start("clause") + period.end
    event = EventDraft(index, "statement", s.start + m.start("clause"), s.start + end, "tense_sentence", 0.4)
    within_period(event, day, period.period)
    if any((e.start_date, e.end_date) == (event.start_date, event.end_date) for e in made):
        return []  # the sentence's own row is dated by that period already
    event.inferred, event.date_text = True, clause[period.start: period.end]
    event.sources = actor_names(clause[: next(c.start for c in cues if c.kind == "past")])[:1]
    return [event]


_HE_SHE = compile_opening(r"(?:he|she|He|She)")
_SELF = compile_opening(r"(?:himself|herself)")


def _plan_subject(subject: str, saying: str, previous: str | None = None, previous_actor: str | None = None) -> list[str]:
    """Who a told plan is of: the clause's own subject ("the Cuban delegation would leave ..."), or, for "he" or "she",
    the one whose saying tells it ("Honecker said that he would travel ..."), else the first person the
    sentence before names (``previous``: "Tubman asked me to ... He himself would like to stop in Warsaw next summer")."""
    words = subject.split()
    if words and (_HE_SHE.fullmatch(words[-1]) or (_HE_SHE.fullmatch(words[0]) and len(words) == 2 and _SELF.fullmatch(words[1]))):
        return subject_names(saying, "en")[:1] or _person_before(previous or "") or (
            [previous_actor] if previous_actor and is_person(previous_actor) and not _UNKNOWN_OPENING.match(previous or "")
            else [])  # "at the end of May he would visit
        # Moscow": the time first, then "he"; "Tubman asked me ... He himself would like ...": the sentence before's; else
        # the person the passage spoke of last ("The ambassador called today. ... He will visit Berlin next year")
    return actor_names(subject)[:1] or subject_phrase(subject)[:1] or (
        [subject.strip()] if _BARE_NAME.fullmatch(subject.strip()) else [])  # "...; Bouteflika will hand me": a name alone


def _person_before(sentence: str) -> list[str]:
    """The one a "he" or "she" after ``sentence`` means: the name it opens with, alone before its verb ("Tubman asked
    me to ..."), else the first person it names."""
    if (m := _OPENING_NAME.match(sentence)) and _BARE_NAME.fullmatch(m["name"]):
        return [m["name"]]
    return [n for n in actor_names(sentence) if is_person(n)][:1]


# The one a plan's own verb, next after its auxiliary, is to reach, named after it ("will write to Mr. Rowling", "will call on the Foreign Minister",
# "would visit President Nyerere"): en.yaml plan_party_verbs, the verb and its preposition.
_PLAN_PARTY = compile_opening(r"\s*(?:(?:also|then|\w+ly)\s+)?(?:" + alternation(lexicon("en").get("plan_party_verbs") or ["(?!)"]).replace(r"\ ", r"\s+")
                              + r")\s+(?P<party>(?:(?:the|Mr\.?|Mrs\.?|Sir|President|Minister|Ambassador|Senator)\s+)?[A-Z][^,;:]*)")
# A sentence opened by a name the gazetteer does not know ("Gouled Aptidon thanked him ..."): the "he" after it is that
# one, not the person named before it.
_UNKNOWN_OPENING = compile_opening(r"(?!(?:The|This|That|These|Those|It|There|He|She|They|We|I|You)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s+[a-z]")
_OPENING_NAME = compile_opening(r"(?P<name>[A-Z][\w'’-]+)\s+(?=[a-z])")
_PLAN_IN_FIRST_PERSON = compile_opening(r"I|we|We")  # the subject of a speaker's own plan
# A subject of one capitalised word, no article, pronoun or determiner: a name ("Bouteflika will hand me a list").
_BARE_NAME = compile_opening(r"(?!(?:The|This|That|These|Those|It|There|He|She|They|We|I|You|Each|All|Both|Some|Any|Such)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def met_the_writer(sentence: str) -> int | None:
    """A cable that opens its story with its writer's conversation on a day it names by a relative word ("Pella told me
    this morning that ...", "Makarios received me at the Palace last night", "The Foreign Minister saw us yesterday"):
    the days from the cable's date to the conversation's. The sayings the cable goes on to tell ("He added that ...",
    "I urged him ...") were made at it, on that day."""
    met = _talk_opened(sentence)
    if met is None:
        return None
    days = [c.days for c in read_cues(sentence if met.re is not _TALK_WITH_WRITER else sentence[: met.start("who")], "en")
            if c.kind == "relative" and c.days <= 0]
    return days[0] if days else None


def _talk_opened(sentence: str) -> re.Match | None:
    """The one who met the writer, in a sentence that opens the cable's talk: met as the subject or after "by" (``_met_writer``),
    or the one who speaks after an opening phrase that names the talk with the writer and its relative day ("In a talk
    with me today, the Secretary ... assured me that ...", "During a conversation with us yesterday, X said ...")."""
    if (met := _met_writer(sentence)) is not None:
        return met
    if (went := _WRITER_OPENED.match(sentence)) is not None and any(c.kind == "relative" and c.days <= 0 for c in read_cues(sentence, "en")):
        return went  # "I saw the Foreign Minister, Wanume Kibedi, yesterday afternoon and left him an aide-memoire. He said
        # that ...": the writer went to see him; the sayings after it were made at that talk, as when the one met received him
    talked = _TALK_WITH_WRITER.match(sentence)
    if talked is None or not any(c.kind == "relative" and c.days <= 0 for c in read_cues(sentence[: talked.start("who")], "en")):
        return None
    return talked


# The writer opens the talk himself ("I saw the Foreign Minister this morning", "At 4 p.m. I visited Premier PHAM VAN
# DONG at his request"): the one he met as written.
_WRITER_OPENED = compile_opening(
    r"^\W*(?:\d+\.\s+)?(?:[^;:]{0,40}?[\s,])?I\s+(?:also\s+|then\s+|first\s+)?(?:" + alternation(lexicon("en").get("writer_opened_verbs") or [])
    + r")\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+\[?[A-Z][\w'’.\]-]*){0,4})"
)
# A paragraph that tells something ends as a sentence does: a line without ("Minutes", "6 April 1968") ends a talk.
_TOLD_LINE = compile_opening(r"[.!?…][\"”’»)]?\s*$")
# A turn of the one met, told as "he": "He told me that ...", "2. She added that ...".
_HE_TURN = compile_opening(r"^\W*(?:\d+\.\s+)?(?:He|She)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:" + SPEECH_VERBS + r")\b")
_WRITER_I = compile_opening(r"\bI\b")
# What a turn of the writer's talk may be: a saying, a message handed over, the meeting itself.
_TALK_ROWS = ("statement", "reply", "proposal", "request", "report", "message_sent", "agreement", "meeting", "refusal")


def _dated_name(name: str, year: int | None, alone: bool = False) -> str:
    """An actor written as an initial and a surname the gazetteer lists no form of, as the one person it names that
    year ("M. Popović" in 1953: Koča Popović), else as written; a party's surname alone too, with ``alone``."""
    name = _POSSESSED.sub("", name)  # "Ambassador Attwood's talks": Attwood talked, not "Attwood's"
    person = dated_surname(name, year, alone)
    return person.name if person is not None else name


_POSSESSED = compile_opening(r"(?<=\w)['’]s$|(?<=s)['’]$")  # a name read with its possessive ending: the owner is the actor


def writer_opened(sentence: str) -> str | None:
    """The one a sentence says its writer went to see or met ("I saw the Foreign Minister this morning": "the Foreign
    Minister"), as written; None if it opens no talk of the writer's."""
    m = _WRITER_OPENED.match(sentence)
    return m["who"].rstrip(".") if m else None


_SUBJECTLESS_WRITER = compile_opening(
    r"^\W*(?:" + alternation(lexicon("en").get("subjectless_writer_verbs") or []) + r")\s+(?!in\b|at\b|on\b|from\b|by\b)\w"
) if lexicon("en").get("subjectless_writer_verbs") else re.compile(r"(?!)")


_ONE_WRITER = compile_opening(r"\b(?:I|me|my|myself)\b")  # the writer alone, not "we" (the mission and its staff)
_MAIN_CLAUSE = compile_opening(r"[^,;:]*?(?=,|;|:|\s(?:that|whether|if)\s|$)")  # up to the first comma or reported clause


def _signer_speaks(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """A mission's cable signed by its envoy ("... Hungarian Embassy in Addis Ababa ..." signed "István Szabó"): its "I"
    and "me" are the envoy's ("Today at noon I was received by Mengistu", "Ratanov told me"), the mission stays the
    actor of what it does as a post ("The embassy has instructed ...")."""
    signer, mission = context.signer, set(context.senders)
    if signer is None or not mission:
        return
    for event in events:
        if event.block >= len(doc.blocks):
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        if mission & {*event.sources, *event.targets}:
            if _ONE_WRITER.search(told):
                event.sources = list(dict.fromkeys(signer if n in mission else n for n in event.sources))
                event.targets = [n for n in dict.fromkeys(signer if n in mission else n for n in event.targets) if n not in event.sources]
        elif signer not in event.sources + event.targets and event.start_date is not None and event.start_date == context.occasion \
                and (main := _MAIN_CLAUSE.match(told)) and _ONE_WRITER.search(main[0]) \
                and any(n in main[0] or n.split()[-1] in main[0] for n in event.sources + event.targets):
            event.targets.append(signer)  # "Today at noon I was received by Mengistu, ...": the envoy met him (on the cable's
            # day; "I pointed out the position set out in his message of 23 November": that message is not the envoy's)


_POST_WORDS = frozenset(w.casefold() for w in lexicon("en").get("own_post_words") or [])


# The same in a Chinese embassy's report home: its "我馆", "我使馆" (zh.yaml own_post_words) is the embassy that sends it,
# a sender whose name ends with the word of a post (own_post_senders: "驻刚果（布）使馆").
_ZH_POST_WORDS = frozenset(_ZH_WORDS.get("own_post_words") or [])
_ZH_POST_SENDERS = tuple(_ZH_WORDS.get("own_post_senders") or ())


def _a_post(name: str) -> bool:
    return bool(_POST_WORDS & set(name.casefold().split())) or bool(_ZH_POST_SENDERS) and name.endswith(_ZH_POST_SENDERS)


def own_post(name: str, senders: list[str]) -> str:
    """A post written bare ("the embassy", "我馆") in a cable one mission sends: that mission; any other name as it is."""
    if name in _ZH_POST_WORDS:
        missions = [n for n in senders if _ZH_POST_SENDERS and n.endswith(_ZH_POST_SENDERS)]
        return missions[0] if len(missions) == 1 else name
    missions = [n for n in senders if _POST_WORDS & set(n.casefold().split())]
    bare = " ".join(name.casefold().split()).removeprefix("the ")
    return missions[0] if len(missions) == 1 and bare in _POST_WORDS else name


def _own_post(events: list[EventDraft], context: Context) -> None:
    if not any(_a_post(n) for n in context.senders):
        return
    for event in events:
        event.sources = list(dict.fromkeys(own_post(n, context.senders) for n in event.sources))
        event.targets = [n for n in dict.fromkeys(own_post(n, context.senders) for n in event.targets) if n not in event.sources]


def _subjectless_writer(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """A journal's line that opens with its verb ("Received Deputy Minister ... Hoang Van Loi at his request."): the writer's
    act, to the ones it names."""
    writer = context.senders[0] if len(context.senders) == 1 and not context.speaker and not context.body else None
    if writer is None or _not_a_person(writer) or doc.document_type != "diary_entry":
        return
    for event in events:
        if event.block >= len(doc.blocks) or writer in event.sources:
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        if _SUBJECTLESS_WRITER.match(told):
            event.targets = [n for n in dict.fromkeys(event.sources + event.targets) if n != writer]
            event.sources = [writer]


# Greetings or a message an envoy conveys with its author named ("I conveyed to the Prime Minister the greetings of Comrade
# Fidel Castro", "Comrade Lamberz conveyed the greetings of Comrade Erich Honecker", "The undersigned conveyed the
# greetings of comrade Erich Honecker"): the one who conveys them, the one they are conveyed to and their author, as
# "I received a short message from Brezhnev to the President" names its author a party, and the README table's rows on
# messages and greetings conveyed settle it (en.yaml conveyed_message_verbs, conveyed_message_nouns, writer_self_names).
_CONVEYED_MESSAGE = compile_opening(
    r"(?P<subject>^[^;:]{0,160}?)\s*\b(?:" + alternation(lexicon("en").get("conveyed_message_verbs") or ["(?!)"]) + r")\s+"
    r"(?:to\s+(?P<to>[^,;:]{2,60}?)\s+)?(?:the|a|his|her)\s+(?:[\w-]+\s+){0,2}?(?:"
    + alternation(lexicon("en").get("conveyed_message_nouns") or ["(?!)"]) + r")\s+(?:of|from)\s+"
    r"(?P<author>(?:(?i:comrade)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)"
)
_WRITER_SELF = compile_opening(r"(?:^|\s)(?:I|" + alternation(lexicon("en").get("writer_self_names") or ["(?!)"]) + r")\s*$", re.IGNORECASE)


def conveyed_message(sentence: str) -> tuple[str, list[str]] | None:
    """Who conveys the greetings or message the sentence tells conveyed, as written ("I", "Comrade Lamberz"), and the
    authors it names, or None."""
    if (m := _CONVEYED_MESSAGE.search(sentence)) is None or not (authors := actor_names(m["author"])):
        return None
    subject = m["subject"].split(",")[-1].strip()
    if (subject == "and" or subject.endswith(" and")) and subject.split()[0] in ("I", "We"):
        subject = subject.split()[0]  # "I informed him that ... and conveyed the greetings of President Novotný": the writer
    if (own := _WRITER_SELF.search(" " + subject)) is not None:
        subject = own.group(0).strip()  # "At the beginning I conveyed ...": the writer
    return subject, authors


def _conveyer_of_a_message(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """Greetings or a message conveyed with its author named: the row's source the one who conveys them (the writer for
    "I", "the undersigned"), not their author, who stays its other party with the one they are conveyed to."""
    writer = _cable_signer(doc) or context.signer or (context.senders[0] if len(context.senders) == 1 else None)
    for event in events:
        if event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en") or not event.sources:
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        if (conveyed := conveyed_message(told)) is None:
            continue
        subject, authors = conveyed
        year = event.start_date.year if event.start_date else None
        if event.method == "dated_sentence" and (after := _CONVEYED_MESSAGE.search(told)) is not None \
                and find_dates(told[after.end():], year) and not find_dates(told[: after.end()], year):
            continue  # "I conveyed the greetings of Comrade Erich Honecker and handed over his letter of 15 May": the row of
            # the letter's day is the letter's, its author's
        if _WRITER_SELF.search(" " + subject):
            conveyer = [writer] if writer is not None and not _not_a_person(writer) else []
        else:
            conveyer = [n for n in actor_names(subject) if is_person(n)][-1:]
        if conveyer and (set(event.sources) <= set(authors) or event.sources == conveyer):
            event.targets = [n for n in dict.fromkeys(event.targets + authors) if n not in conveyer]
            event.sources = conveyer


def _writer_talks(events: list[EventDraft], doc: ParsedDocument, context: Context, holders: dict[str, str]) -> None:
    """A talk its writer opens himself ("I saw the Foreign Minister this morning ... M. Popović said ... He told me that
    ... When I raised the Trieste question he said ...") holds between him and the one he met, as one opened by "X
    received me" does: the writer's own acts in it that name no one else ("I thanked the Premier", "gave him the
    substance") are to that one, and "He told me" is that one's. The talk runs over the paragraphs that follow, to a
    heading, a day's line or the next talk. The one met written as an office alone ("the Foreign Minister") is the
    holder the document names, else the first other person who speaks in the talk."""
    writer = _cable_signer(doc) or context.signer or (context.senders[0] if len(context.senders) == 1 else None)
    if writer is None or _not_a_person(writer) or context.speaker or context.body:
        return
    rows = sorted((e for e in events if e.block < len(doc.blocks)), key=lambda e: (e.block, e.evidence_start))
    talk: list | None = None  # [partner or None, written office, last block, rows awaiting the partner]
    for event in rows:
        block = doc.blocks[event.block]
        if talk is not None and (event.block - talk[2] > 4 or any(
            b.section_type != "body" or b.passage_type not in ("paragraph", "list_item") or not _TOLD_LINE.search(b.text)
            or is_repeat_line(b.text) for b in doc.blocks[talk[2] + 1: event.block + 1]
        )):
            talk = None  # a heading, a day's line or the document's end between: that talk is over
        if block.language not in (None, "en") or block.section_type != "body":
            continue
        told = block.text[event.evidence_start: event.evidence_end]
        if (who := writer_opened(told)) is not None:
            people = [n for n in actor_names(who) if is_person(n) and n != writer]
            if is_bare_title(who) and not holders:  # "I saw the Ambassador": the one the document names "Ambassador X"
                holders = office_holders([doc.title or ""] + [b.text for b in doc.blocks], [])
            office = holder(who, holders) if is_bare_title(who) else who
            partner = people[0] if people else office if not is_bare_title(office) and is_person(office) else None
            if talk is None or talk[0] != partner or partner is None:
                talk = [partner, who, event.block, []]
            named = set(event.sources + event.targets)
            met = partner if partner is not None else next(iter(named)) if len(named) == 1 and next(iter(named)) in who else None
            if met is not None and writer not in named and named <= {met}:
                event.sources, event.targets = [writer], [met]  # "I called on President Yun Po Sun at 1100": the writer's
                # call on the one he met
        if talk is None:
            continue
        talk[2] = event.block
        if talk[0] is None and len(event.sources) == 1 and event.sources[0] != writer and is_person(event.sources[0]) \
                and not _HE_TURN.match(told):
            talk[0] = event.sources[0]  # "I saw the Foreign Minister ... M. Popović said": the one who answers
            for waiting in talk[3]:
                waiting.targets = [talk[0]]
        if _HE_TURN.match(told) and event.sources == [writer] and talk[0] is not None:
            event.sources = [talk[0]]  # "He told me that ...": the one met, to the writer
            event.targets = [writer] if _TO_THE_WRITER.search(told, 0, 40) else [n for n in event.targets if n != talk[0]]
        elif event.sources == [writer] and event.event_type in _TALK_ROWS and _WRITER_I.search(told) and (
                not event.targets or set(event.targets) <= set((conveyed_message(told) or ("", []))[1])):
            if talk[0] is not None:
                event.targets = [talk[0]] + [n for n in event.targets if n != talk[0]]  # "I thanked the Premier for the
                # information", "When I raised the Trieste question"; "I conveyed the greetings of Comrade Jenő Fock": to
                # the one met, from their author too
            else:
                talk[3].append(event)


# A talk with the writer told by the phrase the sentence opens with, then the one who spoke and his saying ("In
# conversation with me after the meeting, deputy minister Hoang Van Loi stated that ...", "During a talk with us, he
# said that ..."): talk_with_writer_openers in en.yaml.
_TALK_WITH_WRITER = compile_opening(
    r"^\W*(?:\d+\.\s+){0,2}(?i:" + alternation(lexicon("en").get("talk_with_writer_openers") or []).replace(r"\ ", r"\s+")
    + r")\b[^,;:.]{0,60},\s*(?P<who>[^,;:.]{2,60}?(?:,\s*[^,;:.]{2,40}?,)?)\s+(?:also\s+|then\s+)?(?:" + SPEECH_VERBS + r")\b(?:\s+(?:to\s+)?(?:me|us))?(?:\s+that\b)?"
) if lexicon("en").get("talk_with_writer_openers") else re.compile(r"(?!)")


def said_in_talk_with_writer(example: str) -> str | None:
    """The one who speaks in a sentence that opens with its talk with the writer (the examples' check), or None."""
    return m["who"] if (m := _TALK_WITH_WRITER.match(example)) else None


def _passage_day(earlier: list[EventDraft], scope, context: Context) -> date | None:
    """The one day a report's paragraph told before the sentence ("2. On the following day we were received by Harry
    Tisch ... He told us that since 1 May ..."): his telling is of that day, not of the day the report was written, where
    the story itself did not move off the day of writing."""
    if not context.is_correspondence or context.is_record or context.letter_date is None \
            or (scope.day is not None and scope.day != context.letter_date):
        return None
    told = [e for e in earlier if e.method in ("dated_sentence", "relative_date") and e.start_date is not None
            and e.start_date == e.end_date and e.precision == "day" and e.start_date < context.letter_date]
    return told[-1].start_date if told else None


def _telling(index: int, s: Sentence, made: list[EventDraft], day: date | None, previous_actor: str | None,
             context: Context, participants: list[str] | None = None, passage_day: date | None = None) -> EventDraft | None:
    """The telling of a sentence whose rows are all the day of what was told ("told me this morning that the cabinet
    had decided at its meeting May 20"): said on the day the text speaks from, or on the day its own words name; with
    no day of its own, on the day its paragraph told before it (``passage_day``), where there is one."""
    m = _TOLD_THAT.match(s.text)
    if m is None and (context.is_record or context.is_journal) and (said := _SAID_THAT.match(s.text)) is not None \
            and (any(d.start >= said.end() or d.end <= said.end("lead") for d in s.dates) or _earlier_time(s.text[said.end():])):
        m = said  # "Mr. Dulles said that Shepilov had arrived in Cairo on June 16", "Taraki said that the Politburo had
        # decided the day before ...": a day written in what is said, or one it counts back to
    if m is None and context.is_record and _TOLD_OF is not None and (about := _TOLD_OF.match(s.text)) is not None \
            and any(d.start >= about.end() for d in s.dates) and not any(d.start < about.end() for d in s.dates):
        m = about  # "He informed her about the results of the Party Congress, held in June last year": the thing told of is
        # of its own day, the informing is a turn of the talk
    made = [e for e in made if e.start_date is not None or e.end_date is not None]  # "... and that the Christian Democrats
    # would decide their position in late September": a plan the clause goes on to tell is no act of that day
    if m is None and context.is_correspondence and day is not None and made and (talked := _TALK_WITH_WRITER.match(s.text)) is not None \
            and not any(e.start_date == day or e.start_date is None for e in made):
        back = [c.days for c in read_cues(s.text[: talked.start("who")], "en") if c.kind == "relative" and c.days <= 0]
        told = (context.letter_date or day) + timedelta(days=back[0]) if back else day  # "During a talk with us yesterday, ...":
        # counted from the cable's day, though its story told the day before first
        if any(e.start_date == told for e in made):
            return None
        event = EventDraft(index, "statement", s.start, s.start + talked.end(), "tense_sentence", 0.45).on(told)
        event.date_kind, event.inferred = "exact", True  # "In conversation with me after the meeting, deputy minister Hoang
        # Van Loi stated that the evacuation began on Saturday": his saying, at the talk, on the day the text speaks from
        event.sources = [previous_actor] if talked["who"] in ("he", "she") and previous_actor else \
            actor_names(talked["who"])[:1] or [canonical_name(talked["who"].split(",")[0])]
        event.targets = [n for n in context.senders if n not in event.sources]
        return event
    relative = [c for c in read_cues(m["when"], "en") if c.kind == "relative"] if m is not None else []
    if m is not None and passage_day is not None and not relative:
        day = passage_day  # "On the following day we were received by Harry Tisch ... He told us that since 1 May ..."
    if m is None or day is None or not made or any(e.start_date == day or e.start_date is None for e in made):
        return None
    told = day + timedelta(days=relative[0].days) if relative else day
    if any(e.start_date == told for e in made):
        return None
    who = m["who"]
    event = EventDraft(index, "statement", s.start, s.start + m.end(), "tense_sentence", 0.45).on(told)
    event.date_kind = "exact"
    writer = [context.speaker] if context.speaker else list(context.senders)
    event.sources = [previous_actor] if who in ("He", "She") and previous_actor else writer if who in ("I", "We") and writer \
        else actor_names(who) or [canonical_name(who)]  # "I thanked the Prime Minister for ...": the record's writer
    event.targets = list(context.senders) if _TOLD_THAT.match(s.text) else \
        turn_addressees(event.sources, participants) if context.is_record and participants else []  # the talk's other party
    event.targets = [n for n in event.targets if n not in event.sources]
    return event


_DAY_BEFORE = compile_opening(r"\b(?:" + alternation([k for k, v in (lexicon("en").get("next_days") or {}).items() if v < 0]) + r")\b", re.IGNORECASE) \
    if any(v < 0 for v in (lexicon("en").get("next_days") or {}).values()) else re.compile(r"(?!)")


# The words a sentence may open with before its subject: a point's number or label ("1.", "Re 2:"), a title of address.
_TURN_LEAD = compile_opening(r"^\W*(?:(?:\d+[.)]|[A-Z][a-z]{0,3}\.?\s*\d+\s*:)\s*)?(?:(?:Comrade|Cde\.|Com\.|Tov\.|"
                             + event_words("turn_titles") + r")\s+)?")
_TITLES_AFTER_NAME = tuple(lexicon("zh").get("titles_after_name") or ())
_SUBJECT_GAP = 3  # characters between the subject and its verb: a space, or "同志"'s place taken by the lead
_PLUPERFECT = compile_opening(r"\b(?:had|has|have|would|will|was\s+to)\b", re.IGNORECASE)


def _present_at(doc: ParsedDocument, participants: list[str], context: Context) -> tuple[frozenset[str], str | None]:
    """Who takes turns at the meeting a record records: the parties its title names, those its labelled lines list at its
    head ("Present: Yu. Tsedenbal, Zh. Sambuu", "Members present: Hermann Axen, ...", "Chaired by: Comrade Erich
    Honecker", "出席：毛泽东、周恩来", "Присутствовали: ..."), and the body whose session it is."""
    people = set(participants) | {m.entity.name for m in find_mentions(doc.title or "") if m.entity.kind == "person"}
    for block in doc.blocks[:16]:
        text = block.text
        if len(text) < 400 and (":" in text[:40] or "\uff1a" in text[:40]):
            people |= {m.entity.name for m in find_mentions(text) if m.entity.kind == "person"}
    return frozenset(people), context.body


_BODY_DECIDES = compile_opening(r"^\W*(?:the|our)\s+\S+\s+(?:" + (alternation(lexicon("en").get("body_decision_verbs") or []) or "(?!)") + r")\b", re.IGNORECASE)


def _body_decides(sentence: str, body: str | None) -> bool:
    """The sentence opens with the body whose session the minutes record and a verb of its deciding in the present
    ("The Presidium approves ...", ``body_decision_verbs``): a decision taken at the session."""
    return bool(body) and opens_with_body(sentence.lstrip(), body) and _BODY_DECIDES.match(sentence) is not None


def body_decision(example: str) -> bool:
    """Whether ``example`` is a decision of the Presidium's (for the language files' examples)."""
    return _body_decides(example, "Presidium")


def opens_with_body(text: str, body: str) -> bool:
    """The text opens with the body whose session a record records as its subject ("The Politburo decided ...", "Our
    Presidium ..."): its own act, not a member's."""
    words = text[:40].split()
    return len(words) >= 2 and words[0].lower() in ("the", "our") and words[1].strip(",.:;") in body.split()


def _turn_at_the_meeting(index: int, s: Sentence, made: list[EventDraft], day: date, present: tuple[frozenset[str], str | None],
                         language: str | None) -> list[EventDraft]:
    """A record's sentence whose subject is one who takes part in its meeting, its verb straight after ("Comrade Honecker
    summed up the discussion.", "The Politburo took note of the report.", "林彪说，要加强东北边防。", "Тов. Брежнев
    согласился."), no day before the verb: a turn of the meeting, on its day (``day``), not an act done by the record's
    date. A turn that tells of acts of other days ("刘主席说，去年十一月二十四日比利时伞兵在斯坦利维尔降落。") gives
    its saying too, on the meeting's day (in Chinese: the other languages' turns give theirs)."""
    people, body = present
    sentence = s.text
    lead = _TURN_LEAD.match(sentence)
    start = lead.end() if lead else 0
    first = next((m for m in find_mentions(sentence[start: start + 60])), None)
    if first is None or first.start > 0:
        speaker = body if body and opens_with_body(sentence[start:], body) else None  # "The Politburo took note": the body itself
        ends = start + len(" ".join(sentence[start:].split()[:2])) if speaker else 0
    else:
        speaker = first.entity.name if first.entity.kind == "person" and first.entity.name in people else None
        ends = start + first.end
    if speaker is None:
        return []
    ends += next((len(t) for t in _TITLES_AFTER_NAME if sentence.startswith(t, ends)), 0)  # "林彪同志说": the title after the name
    cue = next((c for c in read_cues(sentence, language or "en") if c.kind in ("speech", "past", "performative")), None)
    if cue is None or not 0 <= cue.start - ends <= _SUBJECT_GAP or not all(c.isalnum() or c.isspace() for c in sentence[ends: cue.start]) or any(d.start < cue.start for d in s.dates) \
            or _PLUPERFECT.search(sentence, ends, cue.end):
        return []
    turned = False
    for event in made:
        if event.evidence_start == s.start and event.start_date is None and event.end_date == day and event.date_kind in ("upper_bound", None):
            event.on(day).date_kind = "exact"  # told as done by the record's day (kind written, or read from the dates): done
            # at its meeting ("Comrade Axen declared the readiness ... and informed the delegation that ... in June")
            event.sources = event.sources or [speaker]
            turned = True
    if turned or any(e.start_date == day for e in made) or not s.dates or cue.kind != "speech" or language != "zh":
        return []  # the English saying of a dated thing is the telling's (``_telling``), the Russian the paragraph's turn's
    said = EventDraft(index, "statement", s.start, s.start + cue.end, "tense_sentence", 0.45).on(day)
    said.date_kind, said.sources = "exact", [speaker]
    return [said]


_ZH_TALK = compile_opening(event_words("talk_verbs"))
# "格瓦拉说，……", "他表示：……", or the saying's words right after its verb ("我临时代办表示将立即报告国内"): a turn.
_ZH_SAID = compile_opening(r"^(?P<who>[^\W\d]{1,12}?)(?:" + event_words("told_comma") + r")(?:\s*[\uff0c,\uff1a:]|(?=[^\W\d]))")


def _zh_talk_day(sentence: str, written: date) -> date | None:
    """The day of a talk a Chinese cable opens a sentence with: a day counted from the cable's ("昨日下午，", "今晨，"),
    then a verb of meeting ("阿外长约见罗士高大使")."""
    text = sentence.lstrip(POINT_MARKS + " ")
    cues = [c for c in read_cues(text[:12], "zh") if c.kind in ("relative", "period")]
    cue = next(iter(cues), None)
    if cue is not None and cue.kind == "period" and cue.start == 0:  # "上周五": last week's word, then its Friday
        cue = next((c for c in cues if c.kind == "relative" and c.weekday >= 0 and c.start < cue.end), cue)
        cue = replace(cue, start=0) if cue.kind == "relative" else cue
    if cue is None or cue.kind != "relative" or cue.start > 0 or cue.days > 0 or not _ZH_TALK.search(text, cue.end, cue.end + 40):
        return None
    if cue.weekday >= 0:  # "上周五，格瓦拉在工业部接见我临时代办": the last Friday before the report's day
        return None if cue.to_weekday >= 0 or cue.bound or cue.since else written + timedelta(days=weekday_offset(cue.weekday, written))
    return written + timedelta(days=cue.days)


def _zh_talk_parties(text: str) -> tuple[list[str], list[str]]:
    """Who met whom in a Chinese cable's talk ("昨日下午，阿外长贝哈尔·什蒂拉约见罗士高大使，……"): the one before the verb
    of meeting and the one after it, up to the clause's comma; the gazetteer's names, else as written."""
    cue = next((c for c in read_cues(text[:12], "zh") if c.kind == "relative"), None)
    met = _ZH_TALK.search(text, cue.end if cue else 0)
    if met is None:
        return [], []
    before = re.split(r"[\uff0c,]", text[cue.end if cue else 0: met.start()])[-1].strip(" 、")  # "下午，阿外长……": after the time
    after = re.split(r"[\uff0c,\u3002;\uff1b]", text[met.end():], maxsplit=1)[0].strip()

    def named(part: str) -> list[str]:
        if 2 <= len(part) <= 16 and part.endswith(_ZH_OFFICE_ENDS) and not any(x.entity.kind == "person" for x in find_mentions(part)):
            return [part]  # "罗外交部副部长": the Romanian deputy minister, as written, not the ministry inside his office
        return actor_names(part)[:1] or ([part] if 2 <= len(part) <= 16 and not re.search(r"[^\w\u00b7]", part) else [])
    return named(before), named(after)


_ZH_OFFICE_ENDS = tuple(lexicon("zh").get("office_words") or ())


def _zh_talk_turn(index: int, s: Sentence, made: list[EventDraft], day: date, previous_actor: str | None,
                  met: list[str] | None = None) -> list[EventDraft]:
    """A Chinese cable's passage that tells its talk: the talk's own sentence ("昨日下午，阿外长约见罗士高大使，感谢周总理10月19日
    的讲话，……") has a row on the talk's day beside the days it names, and a turn after it ("什蒂拉说，苏联已于本月初撤走……",
    "他说，埃军已于昨日奉命……", "我临时代办表示将立即报告国内") gives its saying on that day beside the act it tells,
    whatever that act's day; the writer's own envoy's said to the other one who met (``met``)."""
    ours = [e for e in made if e.evidence_start == s.start]
    if any(e.start_date == day for e in ours):
        return made
    lead = len(s.text) - len(s.text.lstrip(POINT_MARKS + " "))
    if _zh_talk_day(s.text, day) is not None:  # the talk's own sentence: its act on the talk's day
        if ours and all(e.start_date is not None for e in ours):
            event = EventDraft(index, "meeting", s.start + lead, s.end, "tense_sentence", 0.45).on(day)
            event.date_kind, event.inferred = "exact", True
            event.sources, event.targets = _zh_talk_parties(s.text[lead:])
            return [event, *made]
        return made
    said = _ZH_SAID.match(s.text, lead)
    if said is None or not made:
        return made
    who = said["who"]
    speaker = previous_actor if who in _HE_ZH and previous_actor else own_speaker(s.text[lead:], "zh")
    if speaker is None:
        return made
    heard = [n for n in met or [] if n != speaker] if speaker in (met or []) and speaker.startswith(_ZH_FIRST_PERSON) else None
    # "我临时代办表示将立即报告国内": the writer's own envoy answers the one who received him, to him; the other side's
    # sayings ("纳赛尔表示感谢") are its own position, told with no hearer
    for event in ours:
        if event.start_date is None and event.end_date is not None and event.date_kind == "upper_bound":
            event.on(day).date_kind = "exact"  # "什蒂拉说，阿方将坚持……" told as done by the cable's day: said at the talk
            event.inferred = True
            if heard is not None:
                event.sources, event.targets = [speaker], heard
            elif not event.sources:
                event.sources = [speaker]  # "凯塔说，马里愿意……": the speaker, where the words named no one
            return made
    event = EventDraft(index, "statement", s.start + lead, s.start + said.end(), "tense_sentence", 0.45).on(day)
    event.date_kind, event.inferred, event.sources = "exact", True, [speaker]
    event.targets = heard or []
    return [event, *made]


_HE_ZH = frozenset((lexicon("zh").get("event_words") or {}).get("he_subject") or [])


def _earlier_time(clause: str) -> bool:
    """A clause that counts back to a time of its own ("the day before", "during the night", "last Sunday")."""
    return bool(_DAY_BEFORE.search(clause)) or any(c.kind == "relative" and (c.days < 0 or c.night or (c.weekday >= 0 and c.to_weekday < 0)) and not c.bound
               for c in read_cues(clause, "en"))


_HEAD_WORDS = lexicon("en").get("head_words") or []
_HEADED_BY = compile_opening(
    r"\b(?:" + alternation(_HEAD_WORDS) + r")\s+(?:(?:" + alternation([*(lexicon("en").get("titles") or []), *(lexicon("en").get("title_words") or [])])
    + r")\.?\s+)*(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
) if _HEAD_WORDS else None


# The words before "headed by" when the group opens the sentence as its subject ("The Yugoslav delegation", "On 3 May,
# the trade mission"), not as the object of another's act ("Khrushchev received the mission").
_GROUP_SUBJECT = compile_opening(r"^\W*(?:(?:On|In|At)\s+[^,]{1,30},\s*)?(?:the|a|an|our|their|its|his|her)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def group_head(sentence: str) -> str | None:
    """The person a group is named with at its head ("the delegation headed by Deputy Premier Jedrychowski"), as the
    sentence writes him after his titles, resolved where the gazetteer knows him."""
    m = _HEADED_BY.search(sentence) if _HEADED_BY else None
    if m is None:
        return None
    return next(iter(actor_names(m["who"])), None) or canonical_name(m["who"])


_THAT_TOLD = compile_opening(r"\bthat\s+")  # the clause a saying opens: the acts it tells are not said to anyone


def _to_the_writer(event: EventDraft, participants: list[str], context: Context) -> list[str]:
    """Whom a turn is said to in a record its writer took part in, when its speaker is none of the parties the title
    names ("Bouteflika added that ...", at the Czechoslovak ambassador's talk with Boumediene): the writer."""
    writer = context.senders[0] if len(context.senders) == 1 else None
    if writer is None or writer not in participants or event.sources[0] in (*participants, writer) or event.method != "document_act" \
            or (known := lookup(event.sources[0])) is None or known.kind != "person":
        return []  # "the Ambassador transmitted ...": an office may be the writer's own
    return [writer]


def _last_other(events: list[EventDraft], sources: list[str]) -> list[str]:
    """Whom a record's speaker asks or tells when its title names no two parties: the last other one who spoke or acted
    ("Premier Kim gave a brief introduction ... Vice Premier Peng Dehuai asked about production": Peng asked Kim)."""
    for event in reversed(events):
        people = [n for n in event.sources if (known := lookup(n)) and known.kind == "person"]
        if len(people) == 1 and people != sources and len(event.sources) - len(people) <= 1:  # "Kim and the delegation visited"
            return people
    return []


# A clause that opens with "by" and a day counted from the day of writing (deadline_passed_openers, relative_days):
# "and by today it has reached Jessore", "by now the rebels hold the port", "к сегодняшнему дню ...".
# "By the weekend the rebels controlled Cochabamba": on or before the Saturday of the weekend the story reaches next
# (deadline_weekends): the first after the day the text is at, no later than the day it is written.
_BY_WEEKEND = {
    language: compile_opening(r"\W*(?:" + alternation(words_).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)
    for language in ("en", "ru") if (words_ := lexicon(language).get("deadline_weekends"))
}


def by_the_weekend_day(at: date | None, written: date | None) -> date | None:
    """The Saturday a sentence opening "By the weekend" is bound by: the first on or after the day the text is at, if
    the text is written after it, else the last before the day it is written."""
    if at is not None and (saturday := at + timedelta(days=(5 - at.weekday()) % 7)) and (written is None or saturday <= written):
        return saturday
    return written - timedelta(days=(written.weekday() - 5) % 7 or 7) if written is not None else None


def _by_the_weekend(text: str, start: int, language: str | None, at: date | None, written: date | None) -> date | None:
    pattern = _BY_WEEKEND.get(language or "en")
    return by_the_weekend_day(at, written) if pattern is not None and pattern.match(text, start) else None


_BY_COUNTED_DAY = compile_opening(
    r"\W*(?:" + alternation(w for lang in ("en", "ru") for w in lexicon(lang).get("deadline_passed_openers") or []).replace(r"\ ", r"\s+")
    + r")\s+(?:" + alternation([*(k for lang in ("en", "ru") for k in lexicon(lang).get("relative_days") or {}),
                                 *(w for lang in ("en", "ru") for w in lexicon(lang).get("deadline_counted_days") or [])]).replace(r"\ ", r"\s+")
    + r")(?!\w)", re.IGNORECASE)


_OPENING_WORDS = 5  # at most so many words before the day a sentence opens on ("In the early hours of Friday")


def _day_opened(sentence: str, rows: list[EventDraft]) -> date | None:
    """The one day a relative word at the head of the sentence dated ("In the early hours of Friday ...", "On Wednesday
    ...", "The next morning ..."): the day the sentence states, as a written day in its opening is; None otherwise."""
    row = next((r for r in rows if r.method == "relative_date"), None)
    if row is None or row.date_kind != "exact" or row.start_date is None or row.start_date != row.end_date or not row.date_text:
        return None
    at = sentence.find(row.date_text)
    before = sentence[:at] if at >= 0 else None
    if before is None or len(before.split()) > _OPENING_WORDS or (before.strip() and not states_day(before)):
        return None
    return row.start_date


def _told_day_opened(sentence: str, rows: list[EventDraft]) -> date | None:
    """The one day the clause a saying reports opens on ("He said that on the evening of 25 November ...", "The
    Commissioner of Police stated that yesterday morning ...", "сказал, что в пятницу около 4 час. утра ..."): the day
    the speaker's story is at, as ``_day_opened`` reads a sentence's own opening; None where no told clause opens on a
    day, or the clause names another before its own."""
    told = telling_after(sentence, 0)
    if told is None:
        return None
    for row in rows:
        if row.method not in ("relative_date", "dated_sentence") or row.date_kind not in (None, "exact") or row.start_date is None \
                or row.start_date != row.end_date or row.precision not in ("day", "minute") or not row.date_text:
            continue
        at = sentence.find(row.date_text, told)
        if at < 0:
            continue
        before = sentence[told:at]
        if len(before.split()) <= _OPENING_WORDS and (not before.strip() or states_day(before)):
            return row.start_date
    return None


def _opens_on_the_day_written(sentence: str, language: str | None) -> bool:
    """The sentence opens with the day of writing itself ("Early this morning ...", "This afternoon ...", "Сегодня утром
    ..."), a word or two before it at most."""
    cue = next((c for c in read_cues(sentence, language) if c.kind in ("relative", "period")), None)
    return cue is not None and cue.kind == "relative" and cue.days == 0 and cue.weekday < 0 \
        and len(sentence[: cue.start].split()) <= _BEFORE_THE_DAY


_BEFORE_THE_DAY = 2  # "Early", "Late in": the words a day's opening may have before it


def _opening_relative_day(sentence: str, language: str | None) -> bool:
    """The sentence opens with a day counted from the day of writing ("This morning ...", "Yesterday ...", "Вчера ...",
    "今天上午……"), a single day (no period: "Last week ..." is read by its own rules)."""
    cue = next((c for c in read_cues(sentence, language) if c.kind in ("relative", "period")), None)
    return cue is not None and cue.kind == "relative" and not sentence[: cue.start].strip(" \"“")


def _told_on_a_relative_day(sentence: str) -> int | None:
    """Where the clause a saying reports begins, when the saying names its own day by a word counted from the day of
    writing ("announced late yesterday that", "told me this morning that"); None otherwise."""
    cue = next((c for c in read_cues(sentence, "en") if c.kind == "relative" and c.days <= 0 and c.weekday < 0), None)
    if cue is None or (told := telling_after(sentence, 0)) is None:
        return None
    return told if cue.end <= told else None


def _saying_on_a_relative_day(index: int, s: Sentence, dated: list[DateMention], context: Context, language: str | None,
                              previous_actor: str | None) -> EventDraft | None:
    """In a cable, a letter or a record, a saying that names its own day by a word counted from the day of writing
    ("told me this morning that", "told me yesterday that", "REPORTED THIS MORNING THAT") and reports an act on a day the
    reported clause writes ("... had asked the Australian Government on 31 May to hold troops in readiness"): the saying
    is a row of its own on its day, as the settled rows on saying turns give it; a saying of a plan ("announced late
    yesterday that Chinese forces will cease fire ... from midnight November 21") is read where its days are dropped."""
    if language not in (None, "en") or not (context.is_message or context.is_record or context.is_correspondence) \
            or (day := context.letter_date) is None:
        return None
    sentence = s.text
    probe = sentence.lower() if sentence.isupper() else sentence  # a telegram in capitals: its words read as written small
    if (told_at := _told_on_a_relative_day(probe)) is None or not all(m.start >= told_at for m in dated) \
            or AHEAD_WORDS.search(probe, told_at):
        return None
    cues = read_cues(probe[:told_at], language or "en")
    when = next((c for c in cues if c.kind == "relative" and c.days <= 0 and c.weekday < 0 and not c.period), None)
    verb = next((c for c in cues if c.kind == "speech"), None)
    if when is None or verb is None or when.start < verb.start:
        return None  # "Yesterday the Foreign Minister told me that ...": the opening day is read with the sentence's own
    event = EventDraft(index, "statement", s.start, s.start + told_at, "relative_date", 0.5).on(day + timedelta(days=when.days), inferred=False)
    event.date_kind = "exact"
    event.sources, event.targets = cue_actors(sentence[:told_at], verb, language, context, previous_actor)
    return event


def _opening_day_cue(sentence: str, language: str | None) -> int | None:
    """Where the sentence's opening day counted from the day of writing ends ("Yesterday evening ...", "Last week ..."),
    if it opens with one."""
    cue = next((c for c in read_cues(sentence, language) if c.kind in ("relative", "period")), None)
    return cue.end if cue is not None and not sentence[: cue.start].strip(" \"“") else None


_RUN_ON_WORDS = 8  # a line of prose, not a heading's few words


def _runs_on(blocks: list, index: int) -> bool:
    """The passage goes on with the sentence the one before it broke off (a hard-wrapped page cut into lines, "... on
    March 4 of this year the cutter" / "Vigorous boarded ..."): the passage before is a line of prose of the same part
    of the page that stops on a word or a comma, no heading in capitals, and no point or label opens this one."""
    if index == 0:
        return False
    before, block = blocks[index - 1], blocks[index]
    text = before.text.rstrip()
    return before.passage_type == "paragraph" and block.passage_type == "paragraph" and before.section_type == block.section_type \
        and len(text.split()) >= _RUN_ON_WORDS and text.upper() != text and not ends_sentence(text) \
        and (text[-1:].isalnum() or text[-1:] == ",") and not LABELLED.match(block.text)


def _day_heading(sentence: str, dates: list[DateMention]) -> DateMention | None:
    """A day (or a run of days) that opens a paragraph and is closed by a colon, the paragraph told after it ("12 July:
    The delegation arrived ...", "14-15 July: The delegation visited ..."): a report's or a journal's heading for the
    acts of that day, not the page's dateline."""
    if not dates or dates[0].start != 0 or dates[0].precision not in ("day", "minute") or dates[0].kind not in ("exact", "range"):
        return None
    after = sentence[dates[0].end:]
    return dates[0] if after[:1] == ":" and after[1:].strip()[:1].isupper() else None


def _interview_day(doc: ParsedDocument, interview: tuple[str, str | None]) -> EventDraft | None:
    """A recollection's interview, held on the day its head writes alone on a line among the interview's place and its
    interviewer ("Washington, D.C." / "June 14, 1973" / "by Richard D. McKinzie"): the interviewer's with the one
    interviewed. Only the document's own day, before the first turn."""
    for index, block in enumerate(doc.blocks[:_INTERVIEW_HEAD_BLOCKS]):
        text = block.text.strip()
        if turn_name_in(text, True):
            return None
        if (line := dated_line(text)) is None or line.precision != "day" or line.start_date != doc.document_date:
            continue
        start = block.text.index(text)
        event = EventDraft(index, "statement", start, start + len(text), "dated_sentence", 0.7).dated(line)
        event.date_kind, event.inferred = "exact", False
        event.sources, event.targets = [interview[0]], [n for n in interview[1:] if n]
        return event
    return None


_INTERVIEW_HEAD_BLOCKS = 10  # the title, the site's lines, the one interviewed, the place, the day and the interviewer


# A monitoring digest's source line (en.yaml broadcast_source_labels): each lettered item of its text quotes a
# broadcast of the day the line gives it ("SOURCE: (a) Tripoli home service in Arabic 1430 gmt 19 Aug 81; (b) ...").
_BROADCAST_SOURCE = compile_opening(
    r"^\s*(?:" + alternation(lexicon("en").get("broadcast_source_labels") or ["(?!)"]) + r")\s*:\s*(?=\([a-z]\))")
_ITEM_LABEL = re.compile(r"^\s*\(([a-z])\)\s")


def broadcast_days(doc: ParsedDocument, year: int | None) -> dict[str, date]:
    """The day of each lettered broadcast a monitoring digest's source line lists ("SOURCE: (a) Tripoli home service in
    Arabic 1430 gmt 19 Aug 81; (b) JANA in English 0915 gmt 20 Aug 81": a -> 19 August, b -> 20 August); empty for
    any other page."""
    for block in doc.blocks[:12]:
        if _BROADCAST_SOURCE.match(block.text):
            return broadcast_days_line(block.text, year)
    return {}


def broadcast_days_line(line: str, year: int | None = None) -> dict[str, date]:
    """The day of each lettered broadcast one source line lists; empty for a line of no such label."""
    if (m := _BROADCAST_SOURCE.match(line)) is None:
        return {}
    days: dict[str, date] = {}
    for part in re.split(r";\s*(?=\([a-z]\))", line[m.end():]):
        label = _ITEM_LABEL.match(part + " ")
        dated = [d for d in find_dates(part, year) if d.precision in ("day", "minute")]
        if label and dated:
            days[label[1]] = dated[-1].start_date
    return days


_DAY_PART_WORDS = frozenset(w.casefold() for w in words("day_parts"))
_SESSION_HEADING_CHARS = 40


def _session_last_day(doc: ParsedDocument, context: Context) -> date | None:
    """The last day of the session of several days a record records: the context's, else the end of a span of days its
    head writes from the session's first day ("（一九六五年六月八日至十日，南宁）" under "……座谈会记录")."""
    if context.occasion_end is not None or context.occasion is None or not context.is_record:
        return context.occasion_end
    for block in doc.blocks[:_SESSION_HEAD_BLOCKS]:
        if len(block.text) <= _SESSION_HEAD_CHARS:
            spans = [d for d in find_dates(block.text, context.occasion.year) if d.kind == "range" and d.start_date == context.occasion]
            if spans:
                return spans[0].end_date
    return None


_SESSION_HEAD_BLOCKS = 8
_SESSION_HEAD_CHARS = 120


def _session_day_heading(text: str, s: Sentence, context: Context, last: date | None) -> date | None:
    """A day alone on its line, or with its part of the day ("22 December, morning", "23 December", "十日下午"), inside the
    days of the session of several days a record records (to ``last``): the day the turns under it are said on. None for
    any other line."""
    if context.occasion is None or last is None or last <= context.occasion \
            or len(text) > _SESSION_HEADING_CHARS or s.start != 0 or len(s.dates) != 1 or s.dates[0].precision != "day" \
            or s.dates[0].start != 0 or not context.occasion <= s.dates[0].start_date <= last:
        return None
    rest = re.findall(r"[^\W\d_]+", text[s.dates[0].end:])
    return s.dates[0].start_date if all(w.casefold() in _DAY_PART_WORDS for w in rest) and len(rest) <= 1 else None


def _bare_date(sentence: str, start: int, dates: list[DateMention], recalls: bool = False) -> DateMention | None:
    """A day or month written alone as a sentence ("12 May 1953."), its offsets in the passage: it dates the clause
    told right after it on its line, or, with nothing told after it, the page (a dateline). In a recollection's answer
    (``recalls``) the day it recalls in a sentence of its own ("It was a Friday afternoon, the 21st of February 1947.")
    is such a day too."""
    if len(dates) != 1 or dates[0].precision not in ("day", "minute", "month"):
        return None
    if beside_day(sentence, dates[0]) and not (recalls and recalled_day(sentence, dates[0])):
        return None
    return replace(dates[0], start=start + dates[0].start, end=start + dates[0].end)


_RECALLED_FRAME = compile_opening(
    r"^\W*(?:[A-Z][\w.'’ -]{0,40}:\s+)?(?:" + alternation(lexicon("en").get("recalled_day_frames") or ["(?!)"]) + r")(?!\w)",
    re.IGNORECASE)
_RECALLED_WORDS = frozenset(w.casefold() for w in lexicon("en").get("recalled_day_words") or [])


def recalled_day(sentence: str, mention: DateMention) -> bool:
    """The sentence recalls the day alone: a frame ("It was", "That was") after a speaker's label, then the day with no
    words but its weekday and time of day ("It was a Friday afternoon, the 21st of February 1947.")."""
    frame = _RECALLED_FRAME.match(sentence[: mention.start])
    if frame is None:
        return False
    rest = sentence[frame.end(): mention.start] + " " + sentence[mention.end:]
    return all(w.casefold() in _RECALLED_WORDS for w in re.findall(r"[^\W\d_]+", rest))


def recalled_day_of(sentence: str) -> date | None:
    """The day a recollection's sentence recalls alone (the check of recalled_day_frames' examples), or None."""
    dates = find_dates(sentence)
    return dates[0].start_date if len(dates) == 1 and recalled_day(sentence, dates[0]) else None


def _is_furniture(text: str, doc: ParsedDocument) -> bool:
    """A site's credit line or its summary of the record: the page's words, not the record's."""
    if _CREDIT.search(text) or is_site_summary(text) or is_release_stamp(text):
        return True
    return bool(doc.summary) and normalize_space(text) == normalize_space(doc.summary)


def _summary_under_site(index: int, doc: ParsedDocument) -> bool:
    """The site's summary of the record set between the site's lines and the record's own head: a paragraph of prose
    right under the site's name or its "Translation - English" label, the record's heading, letterhead or dateline
    right under it ("Wilson Center Digital Archive" / "Translation - English" / "The Yugoslav ambassador hands over
    Tito's invitation and hears Bongo on ..." / "Libreville, 17 May 1976"; "... / The Executive Committee of the Council
    for Mutual Economic Assistance discusses Cuban nickel, ..." / "Council for Mutual Economic Assistance"): the page's
    words, whatever its verb, as the summaries that name the envoy by office are (_SUMMARY); the record never opens on a
    paragraph of prose set above its own head (wcda_layout.is_head_line). Batches 42-69 print 38 such pages."""
    if index == 0 or index + 1 >= len(doc.blocks) or not reads_as_summary(doc.blocks[index].text.strip()):
        return False
    above, below = doc.blocks[index - 1].text.strip(), doc.blocks[index + 1].text.strip()
    return (is_transcription_label(above) or is_publishing_site(above)) and is_head_line(below)


# "Shtykov describes the reactions of Kim Il Sung ... to Stalin's telegram": a summary, its subject a name or two.
_SUMMARY = compile_opening(
    # the subject a name or two, perhaps with an apposition ("Selivanov, student at the ... Academy and former
    # adviser to the ... KPA, describes how ...")
    r"^\W*(?!(?:" + alternation(lexicon("en").get("summary_not_after") or []) + r")\.?\s)"  # "Cde. Gromyko reports on ...": the session's words
    r"(?:(?:[A-Z][\w'’.-]*,?\s+(?:and\s+|of\s+|the\s+)?){1,6}(?:(?<=,\s)[^;:\n]{3,200}?,\s+)?"
    # or an envoy or his mission by office, after "The" and a national adjective, perhaps with his post ("The Polish
    # embassy in Kuwait reports on ...")
    r"|The\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:" + alternation(lexicon("en").get("summary_subject_nouns") or [])
    + r")\s+(?:(?:in|at|to)\s+(?:[A-Z][\w'’.-]*\s+){1,3})?)(?:"
    + "|".join(re.escape(w) for w in lexicon("en").get("summary_verbs") or []) + r")\s+(?:the|a|an|his|her|their|how|what|why)\b"
    # or a verb of the message's own act, then its addressee by name and what it is about ("Zhou Enlai instructs Chen Yi
    # on the talks ...", "Mao informs Stalin about ..."): the site tells what the document does
    r"|^\W*(?!(?:" + alternation(lexicon("en").get("summary_not_after") or []) + r")\.?\s)(?:[A-Z][\w'’.-]*\s+){1,4}(?:" + alternation(lexicon("en").get("summary_addressing_verbs") or [])
    + r")\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:on|about|of|that)\s"
)
# A paragraph under the site's own label ("Summary: Tsedenbal informs Brezhnev of border violations ..."): the site's
# summary of the record, not the record's words (summary_labels in en.yaml).
_SUMMARY_LABEL = compile_opening(r"^\W{0,3}(?:" + alternation(lexicon("en").get("summary_labels") or []) + r")\s*:\s")


def is_site_summary(text: str) -> bool:
    """The site's summary of the record: under its label, or a name or two doing what the document does."""
    return bool(_SUMMARY_LABEL.match(text) or _SUMMARY.match(text))


# An archive's stamp of the paper's release at the foot or head of a page ("DECLASSIFIED PER E.O. 13526 2009-0275-F
# 10/30/2009", "Sanitized Copy Approved for Release 2010/08/05"): the archive's handling decades on, not the record's
# (release_stamps in en.yaml).
_RELEASE_STAMP = compile_opening(
    r"^\W{0,3}(?:" + alternation(lexicon("en").get("release_stamps") or []).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)


def is_release_stamp(text: str) -> bool:
    """An archive's declassification or release stamp (the check of release_stamps' examples)."""
    return bool(_RELEASE_STAMP.match(text))


_CREDIT = compile_opening(r"^This document was made possible with support from\b|^In lieu of an abstract\b")


# "He agreed.", "They refused.", "Com. Tito consented to this.": a short answer, its subject a pronoun or a name of a
# few words (answer_verbs in en.yaml); "We agreed." is the writer's own act, read by the other rules.
_ANSWER = compile_opening(
    r"^\W*(?P<who>He|She|They|(?:(?:Com|Comrade|Cde|Mr)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+(?:\w+ly\s+|also\s+|then\s+)?(?:"
    + alternation(lexicon("en").get("answer_verbs") or []) + r")(?:\s+(?:(?:to|with)\s+)?(?:this|that|it|him|her|them|us|me))?\s*[.!]?\s*$"
)


def answers_before(sentence: str) -> str | None:
    """Who gives a short answer ("He agreed."): the words of its subject."""
    m = _ANSWER.match(sentence)
    return m["who"] if m and m["who"] not in ("I", "We") else None


def _answer(index: int, s, asked: EventDraft, who: str, language: str | None) -> EventDraft:
    """A short answer to the act the sentence before told ("I said to Com. Tito, how would he view it if the departure
    ... was set for 26 September. He agreed."): given at once, so dated as that act; by the one it was said to when
    the subject is a pronoun, else by the one it names."""
    event = EventDraft(index, "statement", s.start, s.end, "tense_sentence", 0.35)
    event.start_date, event.end_date, event.precision = asked.start_date, asked.end_date, asked.precision
    event.date_kind, event.inferred = asked.date_kind, True
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text)), "statement")
    event.sources = list(asked.targets) if who in ("He", "She", "They") else (clause_names(who, language) or [canonical_name(who)])
    return event


_SOON_AFTER = compile_opening(r"\s(?:" + alternation(words("soon_after")) + r")\b", re.IGNORECASE)


def told_before(sentence: str, mention: DateMention, language: str | None) -> int | None:
    """Where the clause ends that tells a past act just before the dated one the sentence goes on to ("Six of the
    demonstrators were arrested and soon tried on 9-11 October", "... были арестованы и вскоре ... 9–11 октября
    осуждены"); None when no such clause opens the sentence."""
    joined = [m for m in _SOON_AFTER.finditer(sentence, 0, mention.start)]
    if not joined or not any(c.kind == "past" for c in read_cues(sentence[: joined[0].start()], language)):
        return None
    return joined[0].start()


_OPEN_START = compile_opening(
    r"(?:(?<![^\W\d_])(?:" + alternation(words("open_start_words", ("en", "ru"))) + r")|(?:"
    + alternation(words("open_start_words", ("zh",))) + r"))\s*$", re.IGNORECASE)
_THEN = compile_opening(
    r"(?:(?<![^\W\d_])(?:" + alternation(words("soon_after", ("en", "ru"))) + r")(?![^\W\d_])|(?:"
    + alternation(words("sequence_words", ("zh",))) + r"))", re.IGNORECASE)


def lasts_until_next(sentence: str, dated: list[DateMention]) -> list[tuple[int, int, int]]:
    """The acts a history tells from a day until the next act it joins to them ("The troops stayed in Budapest from
    24 October 1956, and then on 4 November they attacked the city", "с 24 октября ..., а затем 4 ноября ...",
    "从1969年3月12日开始,然后在6月12日……"): for each, the index of its date, of the next act's date, and where the words
    that join them begin."""
    found = []
    for i, (first, then) in enumerate(itertools.pairwise(dated)):
        joint = _THEN.search(sentence, first.end, then.start)
        if joint and _OPEN_START.search(sentence[: first.start]) and first.kind == "exact" and then.start_date > first.end_date:
            found.append((i, i + 1, joint.start()))
    return found


def _until_next(told: list[EventDraft], s, dated: list[DateMention]) -> None:
    """A history's act from a day until the next act it tells: a range to that act's day, each told by its own clause."""
    for i, j, cut in lasts_until_next(s.text, dated):
        first, then = told[i], told[j]
        first.end_date, first.date_kind = dated[j].start_date, "range"
        first.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[:cut])), "statement")  # "stayed": not the attack after it
        first.evidence_end = min(first.evidence_end, s.start + cut)
        then.evidence_start = max(then.evidence_start, s.start + cut)


# A history's act told as still to come after a dated one ("After Gorbachev's U.N. speech in December 1988, Thatcher would
# proclaim the Cold War over"): the future in the past of a narrative (later_frames in en.yaml); not a condition, a wish,
# a refusal or an ability ("would not", "would like", "would be able").
_LATER_WOULD = compile_opening(
    r"^\W*(?:" + alternation(words("later_frames", ("en",))) + r")\b[^,;]{3,160},\s+(?P<main>(?:[\w'’.-]+\s+){1,6}?)would\s+"
    r"(?!have\b|not\b|never\b|be\s+able\b|like\b|rather\b|prefer\b)(?P<verb>[a-z]+)\b"
)
_IF = compile_opening(r"\b(?:" + alternation(lexicon("en").get("conditions") or ["if"]) + r")\b", re.IGNORECASE)


def _told_as_to_come(index: int, s, language: str | None) -> list[EventDraft]:
    """The act of a history's main clause told as to come after the dated act its opening clause names: it happened,
    on a day the text does not give (undated), by the clause's subject."""
    m = _LATER_WOULD.match(s.text) if language in (None, "en") else None
    if m is None or _IF.search(s.text, m.start("main")):
        return []
    event = EventDraft(index, "statement", s.start + m.start("main"), s.end, "tense_sentence", 0.3)
    event.date_kind = "undated"
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(s.text[m.start("verb"):])), "statement")
    event.sources = actor_names(m["main"])[:1] or subject_phrase(m["main"])[:1]
    return [event]


def _between(index: int, s, end: int, last: date, mention: DateMention, language: str | None = None) -> EventDraft:
    """The act a history tells just before a later, dated one: after the last date it wrote, by that day. Its actor is
    the one the gazetteer names in it, else the group its subject names before the verb ("Шесть участников демонстрации
    были арестованы и вскоре ... осуждены": the demonstrators), as in a sentence of its own."""
    event = EventDraft(index, "statement", s.start, s.start + end, "tense_sentence", 0.35)
    event.start_date, event.end_date, event.precision = last, mention.start_date, "day"
    event.date_kind, event.inferred = "range", True
    clause = s.text[:end]
    event.event_type = next((k for k, p in KEYWORD_PATTERNS if p.search(clause)), "statement")
    event.sources = actor_names(clause)[:1]
    if not event.sources and (verb := next((c for c in read_cues(clause, language) if c.kind == "past"), None)):
        event.sources = kept_actors(subject_group(clause[: verb.start], language))
    return event


# A speaker's label inside a record's passage: opening a sentence ("... for peace. Thatcher: I agree.") or after the mark
# of words left out ("... June.) […] Gorbachev: On the one hand, ...").
_LABEL_WITHIN = compile_opening(r"(?:^\s*|(?:\[…\]|\[\.\.\.\])\s*)(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2}):\s+(?=[A-Z])")


_WIRE_WORDS = lexicon("en").get("quoted_wire_head") or {}
# A telegram quoted whole, its head first ("FOR CHARGE FROM KAUL. NO. 1207. 2 MARCH 1972."): the words are data
# (quoted_wire_head in en.yaml).
_QUOTED_WIRE_HEAD = compile_opening(
    r"(?:^|(?<=[.\s\"“]))(?P<head>(?:" + (alternation(_WIRE_WORDS.get("to") or []) or "(?!)") + r")\s+(?P<to>[^\W\d_][^.\d]{0,40}?)\s+(?:"
    + (alternation(_WIRE_WORDS.get("from") or []) or "(?!)") + r")\s+(?P<by>[^\W\d_][^.\d]{0,40}?)\.(?:\s*(?:"
    + (alternation(_WIRE_WORDS.get("number") or []) or "(?!)") + r")\s*\d+\.)?\s*(?P<day>\d{1,2}\s+[^\W\d_]+\.?\s+\d{4})\.)", re.IGNORECASE)


def _quoted_wire_head(index: int, text: str, year: int | None) -> EventDraft | None:
    """The head of a telegram a page quotes whole, within its first sentences ('"MOST IMMEDIATE. FOR CHARGE FROM KAUL.
    NO. 1207. 2 MARCH 1972. PRIME MINISTER HAS DECIDED ..."'): its sender's sending to its addressee on its day."""
    m = _QUOTED_WIRE_HEAD.search(text, 0, 160)
    dates = [d for d in find_dates(m["day"], year) if d.precision == "day"] if m else []
    if not dates:
        return None
    event = EventDraft(index, "message_sent", m.start("head"), m.end("head"), "document_act", 0.6).dated(dates[0])
    event.sources, event.targets = [canonical_name(m["by"].title())], [canonical_name(m["to"].title())]
    return event


_INTERJECTION = compile_opening(r"^\s*[(\[](?P<label>[^()\[\]:;.,]{3,60}):\s*(?P<said>[^()\[\]]+?)\s*[)\]]\s*$")


def _interjection(text: str, participants: list[str]) -> str | None:
    """The speaker of a stenographic record's interjection, the whole passage in brackets ("(Comrade Chivu Stoica: Did he
    give way on anything?)", "(Comrade Alexandru Bârlădeanu: It will be ready.)"): a person the gazetteer knows, or one of
    those present. None for any other passage."""
    if (m := _INTERJECTION.match(text)) is None:
        return None
    label = spoken_name(m["label"].strip())
    if (known := _known_person(label)) is not None:
        return known
    name = _TITLE_OF_ADDRESS.sub("", label).strip()
    return next((p for p in participants if p == name or p.split()[-1:] == name.split()[-1:]), None)


_TITLE_OF_ADDRESS = compile_opening(r"^(?:" + (alternation([w for lang in ("en", "ru") for w in lexicon(lang).get("personal_titles") or []]) or "(?!)")
                                     + r")\.?\s+", re.IGNORECASE)  # "Comrade", "Cde.", "тов." (personal_titles)


def _known_person(name: str) -> str | None:
    """The person the gazetteer knows by a speaker's label alone on its line ("Comrade Nicolae Ceausescu:")."""
    known = lookup(name)
    return known.name if known is not None and known.kind == "person" else None


def _labelled_within(sentence: str) -> tuple[int, str] | None:
    """Where a turn opens inside a record's passage, and the person its label names."""
    for m in _LABEL_WITHIN.finditer(sentence):
        known = lookup(m["name"])
        if known is not None and known.kind == "person":
            return m.start("name"), known.name
    return None


def _turn_within(index: int, s, label: tuple[int, str], scope: Scope) -> EventDraft:
    """A turn that opens inside a passage ("[…] Gorbachev: On the one hand, there is a point of view ..."): said at the
    meeting, as a turn that opens a passage is; its words run to the sentence's end."""
    event = EventDraft(index, "statement", s.start + label[0], s.end, "document_act", 0.5).on(scope.day)
    event.date_kind = "exact"
    scope.during(event)
    event.sources = [label[1]]
    return event


# "At Belvedere Palace ...", "In the Kremlin ...": a sentence that opens at a place, a building the venue nouns name or
# one the gazetteer knows.
_AT_PLACE = compile_opening(r"^\W*(?:At|In)\s+(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\b")
_VENUES = frozenset(lexicon("en").get("venue_nouns") or [])
_TALKS_THERE = compile_opening(r"\b(?:the|our|these)\s+(?:" + _TALK_NOUNS + r")\b", re.IGNORECASE)


def new_scene(sentence: str) -> str | None:
    """The place a sentence opens at, when it is a venue ("At Belvedere Palace ...") or a place the gazetteer knows."""
    m = _AT_PLACE.match(sentence)
    if not m:
        return None
    words_ = m["place"].split()
    known = lookup(m["place"].removeprefix("the "))
    return m["place"] if words_[-1] in _VENUES or (known is not None and known.kind == "place") else None


def _talks_there(index: int, s, bound: tuple[date, str]) -> EventDraft:
    """The talks a later scene's sentence names ("At Belvedere Palace the talks had a similar tone."): held there, by
    the meeting's last day."""
    event = EventDraft(index, "meeting", s.start, s.end, "tense_sentence", 0.35)
    (event.end_date, event.precision), event.date_kind, event.inferred = bound, "upper_bound", True
    return event


# "between despatch Khrushchev private letter October 26 and published letter October 27": two days that bound a
# happening, each with the thing it is the day of.
_BETWEEN = compile_opening(r"\b(?:" + alternation(lexicon("en").get("between_words") or []) + r")\b", re.IGNORECASE)
_AND_THEN_DAY = compile_opening(r"\s+(?:" + alternation(lexicon("en").get("between_joiners") or []) + r")\b[^,;:.]{0,50}$", re.IGNORECASE)


def happened_between(sentence: str, dated: list[DateMention]) -> tuple[DateMention, DateMention] | None:
    """The two days a sentence places its happening between ("must have taken place between despatch Khrushchev
    private letter October 26 and published letter October 27"): "between" opens the words of the first, "and" the
    words of the second, each at most a few words before its day."""
    for first, second in itertools.pairwise(dated):
        if first.start_date is None or second.start_date is None or second.start_date <= first.end_date:
            continue
        head, link = sentence[max(0, first.start - 60): first.start], sentence[first.end: second.start]
        opened = [m for m in _BETWEEN.finditer(head)]
        if opened and not re.search(r"[,;:.]", head[opened[-1].end():]) and _AND_THEN_DAY.match(link):
            return first, second
    return None


def _between_days(index: int, s, first: DateMention, second: DateMention) -> EventDraft:
    """A happening placed between two days: some day from the first to the second."""
    event = EventDraft(index, "statement", s.start, s.end, "dated_sentence", 0.4)
    event.start_date, event.end_date, event.precision = first.start_date, second.end_date, "day"
    event.date_kind, event.inferred, event.date_text = "range", first.inferred or second.inferred, s.text[first.start: second.end]
    return event


# "Comrades, ...", "This is, comrades, ...": the hearers called on, at the opening or set off after a verb or a comma.
_VOCATIVE = compile_opening(r"(?:^\W*|(?:[:—]|--)\s*|,\s*|\b(?:is|are|dear|Dear)\s+)(?:" + alternation(lexicon("en").get("audience_vocatives") or []) + r")\s*[,!:]", re.IGNORECASE)


def calls_on_hearers(sentence: str) -> bool:
    """A turn's sentence that calls on its hearers ("This is comrades, the goal of the present meeting ...")."""
    return bool(_VOCATIVE.search(sentence))


# A record's heading of a point of its agenda that names talks with a party ("On Discussions with the Chinese
# comrades. (6)", "On the talks with the Yugoslav delegation"): held before the session that hears of them.
_TALKS_HEADING = compile_opening(r"^\W*(?:" + alternation(words("agenda_openers")) + r")\s+(?:the\s+)?(?:" + _TALK_NOUNS + r")\s+with\s+(?P<whom>[^.;:()]{2,60}?)\s*\.?\s*(?:\(\d{1,3}\))?\s*$", re.IGNORECASE)


def _talks_heading(index: int, s, talked: re.Match, scope: Scope, language: str | None) -> EventDraft:
    """The talks a point of a record's agenda is about: held with the party it names, by the session's day."""
    event = EventDraft(index, "meeting", s.start, s.end, "tense_sentence", 0.35)
    (event.end_date, event.precision), event.date_kind, event.inferred = scope.before(scope.day), "upper_bound", True
    whom = talked["whom"].strip()
    event.targets = clause_names(whom, language) or [re.sub(r"^the\s+", "", whom, flags=re.IGNORECASE)]
    return event
