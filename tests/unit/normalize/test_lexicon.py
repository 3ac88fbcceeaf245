"""Every rule of the language files carries examples, and each example runs here.

A key ``examples_<rule>`` in ``pipeline/reference/lang/<language>.yaml`` holds the examples of the rule
``<rule>``; ``CHECKS`` says how an example of each rule is checked. An example of any other rule is a
sentence with a cue of that kind (speech, performative, planned, past ...: pipeline/extract/tense.py).
The words of the event rules (``event_words``) have theirs in ``event_word_examples``: each example
holds its rule's words.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipeline.extract.events import annotate as annotate_module
from pipeline.extract.events import (
    cable_header,
    cable_trailer,
    common,
    dated_sentence,
    document_act,
    document_metadata,
    extract_events,
    passages,
    relative_date,
    tense_sentence,
    undated_sentence,
)
from pipeline.extract.events import clause_plans as clause_plans_module
from pipeline.extract.events import context as context_module
from pipeline.extract.events import coordinated_acts as coordinated_acts_module
from pipeline.extract.events import full_names as full_names_module
from pipeline.extract.events import talk_parties as talk_parties_module
from pipeline.extract.events import titles as titles_module
from pipeline.extract.events.annotate import Sentence
from pipeline.extract.events.cable_header import dispatch_stamp, is_telegram_reference
from pipeline.extract.events.cable_trailer import _note_events, drafting_events
from pipeline.extract.events.common import decision_targets, event_words, said_to_one_in_dative
from pipeline.extract.events.context import present_names, record_writer, signed_name
from pipeline.extract.events.dated_sentence import writer_past
from pipeline.extract.events.tense_sentence import lists_those_present, states_a_quality, talk_weekday_offset
from pipeline.extract.events.titles import (
    holder,
    office_holders,
    ru_bare_office_spans,
    ru_office_holders,
    zh_bare_office_spans,
    zh_office_holders,
)
from pipeline.extract.mentions import find_mentions, find_unknown_names
from pipeline.extract.tense import (
    after_clause,
    closing_after_clause,
    fears_an_outcome,
    is_commentary,
    prior_clauses,
    read_cues,
    states_a_wish,
)
from pipeline.normalize.dates import (
    clock_hours,
    find_dates,
    find_month_parts,
    find_months_alone,
    find_relative,
    find_seasons,
    join_month_spans,
    year_heading,
    year_parts_named,
)
from pipeline.normalize.language import _mostly_english, _surely_russian, detect_language
from pipeline.normalize.lexicon import (
    LANGUAGES,
    SUPPLEMENTED,
    alternation,
    borrows,
    letters,
    lexicon,
    reading,
)
from pipeline.normalize.names import (
    canonical_name,
    dated_surname,
    lookup,
    russian_case_forms,
    russian_head_case_forms,
    titled_person,
)
from pipeline.normalize.organs import party_organ, state_body, writer_party, writer_state
from pipeline.normalize.text import sentence_spans
from pipeline.parse import generic, headings, signature, wcda, wcda_layout, wcda_text
from pipeline.parse import model as model_module
from pipeline.parse import source_note as source_note_module
from pipeline.parse.model import Block, ParsedDocument, dated_line
from pipeline.parse.parties import (
    read_diary_heading,
    read_memo_header,
    read_title_parties,
    read_wire_parties,
    telegram_head,
)
from pipeline.parse.source_note import citation_line, footnote_citations, kept_at_citation, read_source_notes
from pipeline.parse.wcda import citations as wcda_citations


def _first_date(language, text, expected):
    found = find_dates(text)
    assert (found[0].start_date if found else None) == expected, (text, found)


def _first_day_in_context(language, text, expected):
    """The first day a sentence of a language with no file writes by its month's name (dates._named_month_grammar), in
    the year its closing "(1977)" gives where it writes none."""
    told, year = (text.rsplit(" (", 1)[0], int(text.rsplit(" (", 1)[1].rstrip(")"))) if text.endswith(")") and \
        text.rsplit(" (", 1)[-1].rstrip(")").isdigit() else (text, None)
    found = find_dates(told, year)
    assert (found[0].start_date if found else None) == expected, (text, found)


def _day_before_year(language, text, expected):
    """A month capitalised as names write it too: a day read only where the year follows it."""
    days = [d for d in find_dates(text) if d.precision == "day"]
    assert (days[0].start_date if days else None) == expected, (text, days)


def _no_day_nor_month(language, text, expected):
    """A file's or a document's number, a span of years: no day and no month read in it."""
    assert not [d for d in find_dates(text) if d.precision != "year"], (text, find_dates(text))


def _edition_day(language, text, expected):
    """The first date of a text read in 1962; none where the only day is an edition's (posted, accessed)."""
    found = find_dates(text, 1962)
    assert (found[0].start_date if found else None) == expected, (text, found)


def _date_texts(language, text, expected):
    assert [d.text for d in find_dates(text)] == expected, (text, find_dates(text))


def _is_summary(language, text, expected):
    from pipeline.extract.events.passages import _SUMMARY

    assert bool(_SUMMARY.match(text)) == expected, text


def _in_1958(language, text, expected):
    found = find_dates(text, 1958)  # read in a text of 1958
    assert found and found[0].start_date == expected, (text, found)


def _month_alone(language, text, expected):
    found = find_months_alone(text, 1958)  # read in a text of 1958
    assert ([found[0].start_date, found[0].end_date] if found else None) == expected, (text, found)


def _month_part(language, text, expected):
    found = find_month_parts(text, (1958, 6), (1959, 2))  # a story at June 1958, spoken from February 1959
    assert ([found[0].start_date, found[0].end_date] if found else None) == expected, (text, found)


def _alone_in_sentence(language, text, expected):
    found = [d for d in annotate_module.annotate(text, 1958)[0][0].dates if d.alone]
    assert ([found[0].start_date, found[0].end_date] if found else None) == expected, (text, found)


def _plan_month(language, text, expected):
    """A month named alone, read in a record of 14 May 1975: none where it is a committed act's time to come."""
    found = [d for d in annotate_module.annotate(text, 1975, (1975, 5), (1975, 5), language, (1975, 5))[0][0].dates if d.alone]
    assert ([found[0].start_date, found[0].end_date] if found else None) == expected, (text, found)


def _year_part_named(language, text, expected):
    found = year_parts_named(text, 1958, (1959, 3))  # read in a text of 1958 spoken from in March 1959
    assert ([found[0].start_date, found[0].end_date] if found else None) == expected, (text, found)


def _month_span(language, text, expected):
    found = [d for d in join_month_spans(text, find_months_alone(text, 1958)) if d.kind == "range" and d.start_date.month != d.end_date.month]
    assert ([found[0].start_date, found[0].end_date] if found else None) == expected, (text, found)


def _season(language, text, expected):
    found = find_seasons(text, 1958, (1959, 3), 9)  # read in a text of 1958 spoken from in March 1959, its story in September
    assert ([found[0].start_date, found[0].end_date] if found else None) == expected, (text, found)


def _ahead(language, text, expected):
    from datetime import date

    from pipeline.extract.events.common import Context
    from pipeline.extract.events.dated_sentence import is_ahead
    from pipeline.extract.events.tense_sentence import Scope
    day = date(1967, 3, 3)  # read on 3 March 1967, a report's date
    mention = find_dates(text, 1967)[0]
    context = Context(day, 1967, [], [], False, False, [], is_message=False, occasion=day)
    assert is_ahead(text, mention, Scope(day=day), context, language) is expected, text


def _bound_before(language, text, expected):
    from datetime import date

    from pipeline.extract.events.annotate import Sentence
    from pipeline.extract.events.common import Context
    from pipeline.extract.events.undated_sentence import referred_events
    day = date(1963, 9, 30)  # read on 30 September 1963
    context = Context(day, 1963, [], [], False, False, [], is_message=False, occasion=day)
    found = referred_events(0, Sentence(0, len(text), text, find_dates(text, 1963), 1963), (day, "day"), language, context)
    assert [str(e.end_date) for e in found][:1] == [expected], (text, found)


def _this_year(language, text, expected):
    found = find_dates(text, 1961)  # read in a document of 1961
    assert (found[0].start_date if found else None) == expected, (text, found)


def _day_alone(language, text, expected):
    found = find_dates(text, 1950, 10)  # read in October 1950
    assert (found[0].start_date if found else None) == expected, (text, found)


def _day_span(language, text, expected):
    found = find_dates(text, 1958, 7)  # read in July 1958
    assert found and [found[0].start_date, found[0].end_date] == expected, (text, found)


def _day_list(language, text, expected):
    found = find_dates(text, 1958, 7)  # read in July 1958
    assert found and [found[0].start_date, found[0].end_date, found[0].kind] == expected, (text, found)


def _day_alone_or_none(language, text, expected):
    found = find_dates(text, 1958)  # read in a text of 1958
    assert (found[0].start_date if found else None) == expected, (text, found)


def _day_part(language, text, expected):
    found = find_relative(text)
    assert (found[0].days if found else None) == expected, (text, found)


def _relative_month(language, text, expected):
    found = find_dates(text, 1950, None, (1950, 10))  # read in a text of October 1950
    assert (found[0].start_date if found else None) == expected, (text, found)


def _offset(language, text, days):
    found = find_relative(text)
    assert found and found[0].text == text and found[0].days == days, (text, found)


def _happening(language, text, expected):
    from pipeline.extract.events.passages import extract_events
    from pipeline.parse import parse_text

    head = {
        "en": "source: https://example.org/history/7\nA history, p. 12\n\nThe crisis opened in 1972.\n\n",
        "ru": "source: https://example.org/ru/document/7\nСправка, 3 марта 1966 г.\n\nСПРАВКА\n\n",
    }.get(language, "source: https://example.org/zh/document/7\n\u62a5\u544a\n\n\uff08\u4e00\u4e5d\u4e03\u56db\u5e74\u516d\u6708\u5341\u4e03\u65e5\uff09\n\n")
    doc = parse_text(head + text + "\n")
    last = [e for e in extract_events(doc) if e.method == "relative_date"]
    assert last and [last[-1].start_date, last[-1].end_date][-1] == expected[-1], (text, [(e.start_date, e.end_date) for e in last])


def _story_last_day(language, text, expected):
    """The day of the last row a history's page dates, its story in 1961: "start" or "start..end"."""
    from pipeline.extract.events.passages import extract_events
    from pipeline.parse import parse_text

    doc = parse_text("source: https://example.org/history/9\nA history, p. 40\n\nThe crisis opened in 1961.\n\n" + text + "\n")
    rows = [e for e in extract_events(doc) if e.start_date is not None]
    last = rows[-1] if rows else None
    told = None if last is None else str(last.start_date) if last.end_date in (None, last.start_date) else f"{last.start_date}..{last.end_date}"
    assert told == expected, (text, [(e.start_date, e.end_date, e.date_text) for e in rows])


def _following(language, text, expected):
    found = [f for f in find_relative(text) if f.until is not None]
    assert ([found[0].days, found[0].until] if found else None) == expected, (text, found)


def _soon_afterwards(language, text, expected):
    assert any(f.in_month for f in find_relative(text)) is expected, (text, find_relative(text))


def _case_form(language, name, form):
    forms = russian_case_forms(name)
    assert (form in forms) if form else forms == [], (name, forms)


def _head_case_form(language, name, form):
    forms = russian_head_case_forms(name)
    assert (form in forms) if form else forms == [], (name, forms)


def _commentary(language, sentence, expected):
    assert is_commentary(sentence, language) is expected, sentence


def _opinion(language, text, expected):
    assert ("performative" not in {c.kind for c in read_cues(text, language)}) == expected, text


def _no_cue(language, text, kind):
    assert kind not in {c.kind for c in read_cues(text, language)}, text


def _matches(pattern):
    return _holds(pattern.match)


def _groups(find, *names):
    def check(language, text, expected):
        m = find(text)
        assert m and [m[n] for n in names] == (expected if isinstance(expected, list) else [expected]), (text, m)
    return check


def _tail_past(language, text, expected):
    cut = passages._undated_tail(text, find_dates(text, 1951, None, (1951, 1)))
    assert (text[cut:] if cut is not None else None) == expected, (text, cut)


def _compiled_by(language, text, expected):
    m = generic._ZH_COMPILED_BY.match(text)
    assert (m["name"] if m else None) == expected, (text, m)


def _place_sent_from(language, text, expected):
    doc = generic.parse(f"source: https://example.org\n\n标题\n\n{text}\n\n正文。", len("source: https://example.org\n"))
    assert doc.sent_from == canonical_name(expected), doc.sent_from


def _salutation(language, text, expected):
    assert wcda_text._SALUTATION.match(text) and wcda_text._ADDRESS.match(text), text


def _telegram_number(language, text, number):
    m = wcda._TEXT_NUMBER.search(text)
    assert m and m["number"] == number, text


def _source_note(language, note, expected):
    doc = ParsedDocument(parser="generic/1", source_type="archival_record", blocks=[Block("paragraph", 0, len(note), note)])
    read_source_notes(doc)
    got = [{k: c[k] for k in ("archive", *(expected or {})) if c.get(k) is not None} for c in doc.citations]
    assert got == ([expected] if expected else []), (note, doc.citations)


def _catalogue_head(lines, expected):
    cited = source_note_module.head_mark_citation(lines.split(" / ", 1))
    got = {k: cited[0].get(k) for k in expected} if cited and expected else (cited or None)
    assert got == ({k: str(v) for k, v in expected.items()} if expected else None), (lines, cited)


def _footnote_citations(language, note, expected):
    got = [{k: c[k] for k in ("archive", *e) if c.get(k) is not None} for c, e in zip(footnote_citations(note), expected, strict=False)]
    assert len(footnote_citations(note)) == len(expected) and got == expected, (note, footnote_citations(note))


def _citation_strings(language, text, expected):
    cited = wcda_citations(text)
    got = [{k: c[k] for k in ("archive", *e) if c.get(k) is not None} for c, e in zip(cited, expected, strict=False)]
    assert len(cited) == len(expected) and got == expected, (text, cited)


def _telegram_reference(language, line, expected):
    assert is_telegram_reference(line) is expected, line


def _telegram_head(language, line, expected):
    assert telegram_head(line) == (tuple(expected) if expected else None), line


def _dispatch_stamps(language, line, expected):
    event = dispatch_stamp(0, line, 1953)
    if expected is None:
        assert event is None, line
        return
    assert [event.event_type, event.start_date.isoformat(), event.start_time] == expected, line


def _drafted_by(language, line, expected):
    day = date(1959, 3, 4)
    doc = ParsedDocument(parser="frus/1", source_type="archival_record", document_date=day, document_date_precision="day")
    events = drafting_events(0, line, doc)
    if expected is None:
        assert events == [], line
        return
    (drafter, when), approval, *cleared = expected
    drafted = events[0]
    assert drafted.sources == (drafter if isinstance(drafter, list) else [drafter]), line
    if when == "doc":
        assert (drafted.start_date, drafted.end_date) == (day, day), line
    elif when == "till-approval":
        assert (drafted.date_kind, drafted.start_date, drafted.end_date) == ("range", day, events[1].start_date), line
    else:
        assert drafted.start_date == date.fromisoformat(when), line
    if approval is None:
        assert len(events) == 1, line
    else:
        assert events[1].sources == [approval[0]] and events[1].start_date == date.fromisoformat(approval[1]), line
        # the clearances before the approval ("cleared by the DCM"), each a row of its own: its hands, its day
        assert [[e.sources, e.start_date.isoformat()] for e in events[2:]] == (cleared[0] if cleared else []), line


def _title_parties(language, title, expected):
    doc = ParsedDocument(parser="generic/1", source_type="archival_record", title=title)
    read_title_parties(doc)
    assert [doc.sender_names, doc.recipient_names] == expected, title


def _holds(predicate):
    def check(language, text, expected):
        assert predicate(text), text
    return check


def _true_of(predicate):
    def check(language, text, expected):
        assert bool(predicate(text)) == expected, text
    return check


def _is_of_language(expected_language):
    def check(language, text, expected):
        assert detect_language(text) == (expected_language or language), text
    return check


def _quality(language, sentence, expected):
    assert states_a_quality(sentence, read_cues(sentence, language)) is expected, sentence


def _dated_surname(language, text, expected):
    written, year = text.split("|")
    person = dated_surname(written, int(year))
    assert (person.name if person else None) == expected, text


def _office_holder(language, text, expected):
    written, person = expected
    assert holder(written, office_holders([text], [])) == person, text


def _office_alone(language, text, expected):
    spans = ru_bare_office_spans(text, ru_office_holders([text]), [])
    assert (spans[-1][2] if spans else None) == expected, text


def _office_word_alone(language, text, expected):
    spans = zh_bare_office_spans(text, zh_office_holders([text]), [])
    assert (spans[-1][2] if spans else None) == expected, text


def _receiving_office(language, heading, expected):
    doc = ParsedDocument(parser="wcda/1", source_type="archival_record", blocks=[Block("header", 0, len(heading), heading)])
    assert headings.receiving_office(doc) == expected, heading


def _telegram_reply(language, text, expected):
    assert generic.answers_telegrams(text) is expected, text


def _memo_header(language, text, expected):
    doc = ParsedDocument(parser="generic/1", source_type="archival_record", blocks=[Block("paragraph", 0, len(text), text)])
    read_memo_header(doc, text)
    assert [doc.sender_names, doc.recipient_names, doc.sent_from] == expected, text


def _diary_heading(language, text, expected):
    blocks, start = [], 0
    for line in text.split("\n"):
        blocks.append(Block("paragraph", start, start + len(line), line))
        start += len(line) + 1
    doc = ParsedDocument(parser="generic/1", source_type="archival_record", blocks=blocks)
    read_diary_heading(doc)
    assert doc.sender_names == expected, text


def _wire_parties(language, text, expected):
    title, *lines = text.split("\n")
    blocks, start = [], 0
    for line in lines:
        blocks.append(Block("paragraph", start, start + len(line), line))
        start += len(line) + 1
    doc = ParsedDocument(parser="wcda/1", source_type="archival_record", title=title, document_type="telegram", blocks=blocks)
    read_title_parties(doc)
    read_wire_parties(doc)
    assert [doc.sender_names, doc.recipient_names] == expected, text


def _editor_glosses(language, text, expected):
    assert generic.editor_glosses([Block("footnote", 0, len(text), text)]) == expected, text


def _salutation_line(language, text, expected):
    assert generic.salutation_names(text) == expected, text


def _addressee_offices(language, text, expected):
    assert generic.salutation_names(text) == expected, text
    assert generic.addressee_parts(text.rstrip(":：")) == expected, text


def _salutation_copies(language, text, expected):
    assert generic.salutation_copies(text) == expected, text


def _clause_sources(language, text, expected):
    from pipeline.extract.events import extract_events
    from pipeline.parse import parse_text

    doc = parse_text(f"Record of a conversation\n\n{text}\n")
    rows = [e for e in extract_events(doc) if e.method == "dated_sentence"]
    assert rows and rows[0].sources == expected, (text, [(e.sources, e.targets) for e in rows])


def _nominal_act(language, text, government):
    from pipeline.extract.events.dated_sentence import _NOMINAL_ACT, state_government

    (when, *_) = find_dates(text, 1956)
    m = _NOMINAL_ACT.search(text[: when.start])
    assert m and state_government(m["state"]) == government, (text, m)


def _state_adjective(language, adjective, state):
    entity = lookup(state)
    assert entity is not None and entity.is_state, (adjective, state)


def _knowing(language, text, expected):
    m = tense_sentence._KNOWING.search(text)
    assert m and text[m.end():].split(" that ")[0].find(expected) >= 0, (text, m)


def _referred(language, text, expected):
    from pipeline.extract.events.annotate import annotate
    from pipeline.extract.events.undated_sentence import referred_spans

    (sentence,), _ = annotate(text, 1950)
    spans = [sentence.text[start:end] for _, start, end, _ in referred_spans(sentence, language)]
    assert spans == ([expected] if expected else []), (text, spans)


def _dates_and_months(text, language):
    """The dates a sentence holds as the events read them (months named alone too), read in 1956."""
    return [d for sentence in annotate_module.annotate(text, 1956, language=language)[0] for d in sentence.dates]


def _eq(got, expected, text):
    assert got == expected, text


def _writer_in_clause(language, text, day):
    """The day's clause names the writer ("This morning I called on ..."); with no day given, no day of the text's does."""
    if day:
        at = text.find(day)
        assert passages.writer_in_its_clause(text, at, at + len(day)), text
    else:
        assert not any(passages.writer_in_its_clause(text, d.start, d.end) for d in find_dates(text, 1970)), text


def _kept(text):
    """The archive and the pages a "kept at" citation line gives (zh archive_keeps), None for another line."""
    cited = kept_at_citation(text)
    return None if cited is None else {"archive": cited["archive"], "folios": cited["folios"]}


def _meeting_body(language, text, body):
    assert common.meeting_body(text) == body, text


_NO_CONTEXT = common.Context(None, None, [], [], is_correspondence=False, is_conversation=False, resolver=[])

def _weekday_before(language: str, example: str, expected) -> None:
    """The day of the week a past sentence names: the last such day before the day written after it."""
    from datetime import date, timedelta

    from pipeline.extract.tense import weekday_offset

    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    cue = next(c for c in read_cues(sentence, language) if c.kind == "relative" and c.weekday >= 0)
    assert day + timedelta(days=weekday_offset(cue.weekday, day)) == expected, example


def _talk_weekday(language: str, example: str, expected) -> None:
    """The day of the week a record of a talk names, the talk held on the day in brackets: that day, unless a word
    sends it a week back."""
    from datetime import timedelta

    from pipeline.extract.events.common import Context

    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    cue = next(c for c in read_cues(sentence, language) if c.kind == "relative" and c.weekday >= 0)
    context = Context(day, day.year, [], [], False, True, [], is_record=True, held_on=day)
    assert day + timedelta(days=talk_weekday_offset(sentence[cue.start: cue.end], cue.weekday, day, context)) == expected, example


def _entry_heading(language: str, example: str, expected) -> None:
    """A journal's day heading, its day of the week or weather beside it: a day alone on its line (the year after it)."""
    line, year = example.rsplit(" (", 1)
    assert context_module.day_alone(line, int(year.rstrip(")"))) is expected, example


def _log_day_head(language: str, example: str, expected) -> None:
    """A log's line that opens on its day of the week and its day, its first entry after them: that day; None for a
    line whose day of the week is not the day's own or that opens on no day."""
    found = context_module.log_day_head(example, None)
    assert (found.start_date if found else None) == expected, example


def _wire_dateline(language: str, example: str, expected) -> None:
    """A news agency's dispatch line, the day of the paper that prints it after it: the dispatch's day."""
    text, printed = example.rsplit(" (", 1)
    found = context_module.wire_day(text, date.fromisoformat(printed.rstrip(")")))
    assert (found.isoformat() if found else None) == expected, example


def _feast_day(language: str, example: str, expected) -> None:
    """The first date a sentence names, its year after it: a feast of a fixed day is that day of the year."""
    sentence, year = example.rsplit(" (", 1)
    assert str(find_dates(sentence, int(year.rstrip(")")))[0].start_date) == expected, example


def _deadline_ahead(language: str, example: str, expected) -> None:
    """A day after the writing named as a deadline by a supplement's word of "until" is a day to come (the writing's day
    after the sentence)."""
    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    mention = find_dates(sentence, day.year)[0]
    assert (mention.start_date > day and dated_sentence._by_deadline(sentence, mention, language)) == expected, example


def _since_span(language: str, example: str, expected) -> None:
    """The course a since word opens: from the date it names to the day the text is written (after the sentence)."""
    from types import SimpleNamespace

    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    s = annotate_module.annotate(sentence, day.year, language=language)[0][0]
    courses = [c for m in s.dates if (c := dated_sentence.since_span(0, s, m, common.EventDraft(0, "statement", 0, 1, "dated_sentence", 0.7),
                                                                     SimpleNamespace(letter_date=day), language)) is not None]
    assert (f"{courses[0].start_date}..{courses[0].end_date}" if courses else None) == expected, (example, s.dates)


def _since_told(language: str, example: str, expected) -> None:
    """A course a perfect tells with a since word and no date of its own ("since Sunday", "has since fled"): from the
    weekday before the day written after the sentence (or the day the sentence dated before it), to that day."""
    from types import SimpleNamespace

    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    sentences = annotate_module.annotate(sentence, day.year, language=language)[0]
    earlier = [common.EventDraft(0, "statement", 0, 1, "dated_sentence", 0.7).dated(m) for s in sentences for m in s.dates]
    found = relative_date.since_told_events(0, s := sentences[-1], earlier, SimpleNamespace(letter_date=day), day)
    assert (f"{found[0].start_date}..{found[0].end_date}" if found else None) == expected, (example, s.dates)


def _ongoing(language: str, example: str, expected) -> None:
    """A state told in the present as lasting ("still holds", "has so far kept silent"): from the first day the text
    told before it to the day written after the text."""
    from types import SimpleNamespace

    text, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    sentences = annotate_module.annotate(text, day.year, language=language)[0]
    earlier = [common.EventDraft(0, "statement", s.start, s.end, "dated_sentence", 0.7).dated(m) for s in sentences[:-1] for m in s.dates]
    span = relative_date.ongoing_span(sentences[-1], earlier, SimpleNamespace(letter_date=day), [text], day)
    assert (f"{span[0]}..{span[1]}" if span else None) == expected, example


def _unanswered(language: str, example: str, expected) -> None:
    """An answer not given to what the text dated before: from that day to the day written after the text."""
    from types import SimpleNamespace

    text, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    sentences = annotate_module.annotate(text, day.year, language=language)[0]
    earlier = [common.EventDraft(0, "statement", 0, 1, "dated_sentence", 0.7).dated(m) for s in sentences for m in s.dates]
    found = relative_date.since_told_events(0, sentences[-1], earlier, SimpleNamespace(letter_date=day), day)
    assert (f"{found[0].start_date}..{found[0].end_date}" if found else None) == expected, example


def _course_after_aside(language: str, example: str, expected) -> None:
    """The course a perfect after an interposed dated clause tells: from that day to the day written after it."""
    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    s = annotate_module.annotate(sentence, day.year, language=language)[0][0]
    found = dated_sentence.course_after_aside(0, s, s.dates, day, language)
    assert (f"{found.start_date}..{found.end_date}" if found else None) == expected, (example, s.dates)


def _period_start(language: str, example: str, expected) -> None:
    """A course from the start of the month or year of the day written after the sentence, to that day."""
    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    found = relative_date.period_start_course(sentence, day)
    assert (f"{found[0]}..{day}" if found else None) == expected, example


def _weekday_span(language: str, example: str, expected: str) -> None:
    """The days of the week a span names: from the last first day before the day written after it, to the day after."""
    from datetime import date, timedelta

    from pipeline.extract.tense import weekday_offset

    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    cue = next(c for c in read_cues(sentence, language) if c.kind == "relative" and c.to_weekday >= 0)
    first = day + timedelta(days=weekday_offset(cue.weekday, day))
    assert f"{first}..{first + timedelta(days=(cue.to_weekday - cue.weekday) % 7)}" == expected, example


def _weekday_since(language: str, example: str, expected: str) -> None:
    """A course told from a day of the week on: from the last such day before the day written after it, to that day."""
    from datetime import date, timedelta

    from pipeline.extract.tense import weekday_offset

    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    cue = next(c for c in read_cues(sentence, language) if c.kind == "relative" and c.since)
    assert f"{day + timedelta(days=weekday_offset(cue.weekday, day))}..{day}" == expected, example


def _day_since(language: str, example: str, expected: str | None) -> None:
    """A course told from a day counted back from the writing: from that day to the day written after it."""
    from datetime import date, timedelta

    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    cue = next((c for c in read_cues(sentence, language) if c.kind == "relative" and c.since), None)
    assert (f"{day + timedelta(days=cue.days)}..{day}" if cue else None) == expected, example


def _lasting_until(language: str, example: str, expected: str | None) -> None:
    """What lasted until a later day, told after a row on the day in brackets: from that day to the day "until" names."""
    from types import SimpleNamespace

    sentence, day = example.rsplit(" (", 1)
    day = date.fromisoformat(day.rstrip(")"))
    mention = next(d for d in annotate_module.annotate(sentence, day.year, language=language)[0][0].dates if d.start_date)
    text = "X. " + sentence
    told = common.EventDraft(0, "statement", 0, 2, "dated_sentence", 0.7).on(day)
    row = common.EventDraft(0, "statement", 3, len(text), "dated_sentence", 0.7).on(mention.start_date)
    row.date_text = mention.text
    events = [told, row]
    passages._lasting_until(events, [SimpleNamespace(text=text, language=language)])
    assert (f"{row.start_date}..{row.end_date}" if row.date_kind == "range" else None) == expected, example


def _day_row(day: date) -> common.EventDraft:
    return common.EventDraft(0, "statement", 0, 1, "dated_sentence", 0.7).on(day)


def _written(day: date) -> common.Context:
    return common.Context(day, day.year, [], [], False, False, [])


def _since_then_joined(language: str, example: str, expected: str | None) -> None:
    """The course a clause opened by "since then" tells after the day its sentence writes, to the day written."""
    sentence, day = example.rsplit(" (", 1)
    written = date.fromisoformat(day.rstrip(")"))
    rows = relative_date.since_then_joined(0, Sentence(0, len(sentence), sentence, find_dates(sentence, written.year), written.year), _written(written))
    assert (f"{rows[0].start_date}..{rows[0].end_date}" if rows else None) == expected, example


def _second_told_day(language: str, example: str, expected: str | None) -> None:
    """The day of the second clause a saying tells, counted from the day written after the sentence."""
    sentence, day = example.rsplit(" (", 1)
    cues = read_cues(sentence, language)
    main = next(c for c in cues if c.kind == "relative")
    context = common.Context(None, None, [], [], False, False, [])
    rows = tense_sentence.second_told_day(0, sentence, 0, cues, main, date.fromisoformat(day.rstrip(")")), language, context, None)
    assert (str(rows[0].start_date) if rows else None) == expected, example


def _night_after_day(language: str, example: str, expected: str | None) -> None:
    """The days of a second clause told through the night after the day of the first, the day written after the sentence."""
    sentence, day = example.rsplit(" (", 1)
    cues = read_cues(sentence, language)
    main = next(c for c in cues if c.kind == "relative")
    context = common.Context(None, None, [], [], False, False, [])
    rows = tense_sentence.second_told_day(0, sentence, 0, cues, main, date.fromisoformat(day.rstrip(")")), language, context, None)
    assert (f"{rows[0].start_date}..{rows[0].end_date}" if rows else None) == expected, example


def _perfect_after(language: str, example: str, expected: list) -> None:
    """The present perfect clause of a cable's dated sentence (the cable's day after it): its row's first and last day."""
    from pipeline.seed import process_seed

    sentence, day = example.rsplit(" (", 1)
    written = date.fromisoformat(day.rstrip(")"))
    text = (f"source: https://history.example.org/cable/{written:%Y%m%d}\nTelegram From the Embassy in Lagos to the Department of State\n\n"
            f"Lagos, {written:%B} {written.day}, {written.year}, 2 p.m.\n\n{sentence}\n")
    clause = passages.perfect_clauses(sentence, language)[0]
    opening = sentence[clause[0]: clause[1]][:30]
    rows = [r for r in process_seed("x.txt", text.encode()).events.to_pylist() if r["evidence_text"].startswith(opening)]
    assert [[str(r["start_date"]) if r["start_date"] else None, str(r["end_date"])] for r in rows] == [expected], example


def _aside_and_main_days(language: str, example: str, expected: list) -> None:
    """The days of the rows a cable's sentence makes whose dates all stand in a relative clause (the cable's day after
    it): the clause's own date and the main clause's day counted from the writing."""
    from pipeline.seed import process_seed

    sentence, day = example.rsplit(" (", 1)
    written = date.fromisoformat(day.rstrip(")"))
    text = (f"source: https://history.example.org/cable/{written:%Y%m%d}\nTelegram From the Embassy in La Paz to the Department of State\n\n"
            f"La Paz, {written:%B} {written.day}, {written.year}, 2 p.m.\n\n{sentence}\n")
    rows = [r for r in process_seed("x.txt", text.encode()).events.to_pylist() if r["evidence_text"].strip().startswith(sentence[:30])]
    assert sorted({str(r["start_date"]) for r in rows if r["start_date"] != written}) == expected, (example, rows)


def _days_again(language: str, example: str, expected: str | None) -> None:
    """The days of a cable's row told on a day of the week and again on a day counted from the writing (the cable's day
    after the sentence): its first and last, for a row of kind "multiple"."""
    from pipeline.seed import process_seed

    sentence, day = example.rsplit(" (", 1)
    written = date.fromisoformat(day.rstrip(")"))
    text = (f"source: https://history.example.org/cable/{written:%Y%m%d}\nTelegram From the Embassy in Dublin to the Department of State\n\n"
            f"Dublin, {written:%B} {written.day}, {written.year}, 2 p.m.\n\n{sentence}\n")
    rows = [r for r in process_seed("x.txt", text.encode()).events.to_pylist() if r["date_kind"] == "multiple"]
    assert (f"{rows[0]['start_date']}..{rows[0]['end_date']}" if rows else None) == expected, (example, rows)


def _night_hour_day(language: str, example: str, expected: str) -> None:
    """The day of the row a cable tells at an hour of the night (night_hours), the cable's day after the text."""
    from pipeline.seed import process_seed

    told, day = example.rsplit(" (", 1)
    written = date.fromisoformat(day.rstrip(")"))
    text = (f"source: https://history.example.org/cable/{written:%Y%m%d}\nTelegram From the Embassy in Madrid to the Department of State\n\n"
            f"Madrid, {written:%B} {written.day}, {written.year}, 2 p.m.\n\n{told}\n")
    rows = [r for r in process_seed("x.txt", text.encode()).events.to_pylist()
            if re.search(r"midnight|o'clock|small hours", r["evidence_text"])]
    assert [str(r["start_date"]) for r in rows][:1] == [expected] and rows[0]["end_date"] == rows[0]["start_date"], (example, rows)


def _night_span(language: str, example: str, expected: str) -> None:
    """The days of a row its clause tells as taking the night: the row's day and the writing day after the sentence."""
    sentence, days = example.rsplit(" (", 1)
    on, written = (date.fromisoformat(d.strip()) for d in days.rstrip(")").split(","))
    blocks = [Block("paragraph", 0, len(sentence), sentence, language=language)]
    row = common.EventDraft(0, "statement", 0, len(sentence), "tense_sentence", 0.5).on(on)
    passages._nights_as_spans([row], blocks, written)
    assert f"{row.start_date}..{row.end_date}" == expected, example


def _weekend_bound(language: str, example: str, expected: str) -> None:
    """The Saturday a sentence opening "By the weekend" is bound by, from the story's day and the writing day after it."""
    sentence, days = example.rsplit(" (", 1)
    at, written = (None if d.strip() == "None" else date.fromisoformat(d.strip()) for d in days.rstrip(")").split(","))
    assert passages._BY_WEEKEND[language].match(sentence), example
    assert str(passages.by_the_weekend_day(at, written)) == expected, example


def _within_period(language: str, example: str, expected: str) -> None:
    """The period the sentence's words name, counted from the day written after it: its first and last day."""
    from datetime import date

    from pipeline.extract.events.common import EventDraft

    sentence, day = example.rsplit(" (", 1)
    cue = next(c for c in read_cues(sentence, language) if c.kind == "period")
    event = EventDraft(0, "statement", 0, len(sentence), "tense_sentence", 0.4)
    tense_sentence.within_period(event, date.fromisoformat(day.rstrip(")")), cue.period)
    assert f"{event.start_date}..{event.end_date}" == expected, example


import pipeline.extract.events.document_metadata as _document_metadata  # noqa: E402
import pipeline.normalize.capitals as _capitals  # noqa: E402


def _assert_equal(got, expected, example: str) -> None:
    assert got == expected, example


def _plan(language: str, example: str, expected: None) -> None:
    assert "planned" in {c.kind for c in read_cues(example, language)}, example


def _repeated_to(language, example, expected):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1964, 2, 9),
                         sender_names=["US Embassy in Cyprus"], recipient_names=["United States Department of State"])
    rows = _note_events(0, example, doc)
    sent = [r.targets for r in rows if r.event_type == "message_sent"]
    received = [r.start_time for r in rows if r.event_type == "message_received"]
    assert sent[:1] == [expected[0]] and all(r.start_date == date(1964, 2, 9) for r in rows), (example, rows)
    assert received == ([expected[1]] if expected[1] else []), example


def _zh_plan(language, example, expected):
    text = example.split("。")[-2] + "。" if example.count("。") > 1 else example  # the sentence the plan is in
    rows = passages.zh_plan_clauses(0, Sentence(0, len(text), text, []))
    assert [text[r.evidence_start: r.evidence_end] for r in rows] == ([expected] if expected else []), example


def _told_plan(language, example, expected):
    rows = passages.told_plans(0, Sentence(0, len(example), example, []))
    assert [example[r.evidence_start: r.evidence_end] for r in rows] == ([expected] if expected else []), example


def _clause_plan(language, example, expected):
    """The first plan a sentence's clauses state, beside the sentence's own dated row (clause_plans)."""
    turn = common.EventDraft(0, "statement", 0, len(example), "document_act", 0.5).on(date(1971, 6, 3))
    rows = clause_plans_module.clause_plans(0, Sentence(0, len(example), example, []), [turn], language, "Speaker", "Side")
    _assert_equal(example[rows[0].evidence_start: rows[0].evidence_end] if rows else None, expected, example)


def _short_name(language, example, expected):
    """"Thi Han / U Thi Han; Ne Win": the short name and the fuller ones its page gives; the name it is read as."""
    short, people = example.split(" / ")
    page = " ".join(people.split("; "))
    resolved = full_names_module.fuller_name(short, full_names_module.full_names(people.split("; "), page), page)
    _assert_equal(None if resolved == short else resolved, expected, example)


def _second_sentence_day(example: str) -> date | None:
    """The day of the row of a cable's second sentence (the cable of 14 January 1967)."""
    from pipeline.extract.events import extract_events

    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1967, 1, 14),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(example), example, language="en")])
    second = example.index(". ") + 2
    return next((e.start_date for e in extract_events(doc) if e.evidence_start >= second), None)


def _set_for_a_day(sentence: str) -> bool:
    """The sentence's day to come is the time of a thing its present perfect set (tense_sentence._set_for_the_day)."""
    cues = read_cues(sentence, "en")
    day = next((c for c in cues if c.kind == "relative"), None)
    return day is not None and tense_sentence._set_for_the_day(sentence, cues, day) is not None


def _department_stamp(language: str, example: str, expected) -> None:
    """The Department's receipt stamp read: its day and hour, or no stamp."""
    from pipeline.extract.events.cable_header import department_stamp
    from pipeline.parse.model import ParsedDocument

    stamp = department_stamp(0, example, ParsedDocument(parser="generic/1", source_type="archive"))
    got = [stamp.start_date.isoformat(), stamp.start_time] if stamp is not None else None
    assert got == expected, example


def _bare_distribution(language: str, example: str, expected: bool) -> None:
    from pipeline.extract.events.document_metadata import _DISTRIBUTION

    assert bool(_DISTRIBUTION.match(example)) is expected, example


def _quoted_wire(language: str, example: str, expected) -> None:
    head = passages._quoted_wire_head(0, example, None)
    got = [head.sources[0], head.targets[0], head.start_date.isoformat()] if head is not None else None
    assert got == expected, example


CHECKS = {
    "sheet_keeper_labels": lambda language, example, expected: _assert_equal(context_module.sheet_keeper(example), expected, example),
    "entry_reporting_verbs": lambda language, example, expected: _assert_equal(passages._reports_to_keeper(example, language), expected, example),
    "entry_passive_followers": lambda language, example, expected: _assert_equal(passages._keeper_passive(example, language), expected, example),
    "log_titles": lambda language, example, expected: _assert_equal(context_module.log_keeper(example.splitlines()), expected, example),
    "form_vessel_labels": lambda language, example, expected: _assert_equal(context_module.form_vessel(example), expected, example),
    "sent_from_openers": lambda language, text, expected: _assert_equal(generic.heading_goes_on(*text.split(" / ")), expected, text),
    "post_line_openers": lambda language, text, expected: _assert_equal(generic._post_under_heading(*text.split(" / ")), expected, text),
    "sitting_interjection": lambda language, text, expected: _assert_equal(
        document_act.sitting_interjection(text), tuple(expected) if expected else None, text),
    "clause_turns": lambda language, text, expected: _assert_equal([t[2] for t in passages.clause_turns(text, language)], expected, text),
    "group_leader_links": lambda language, text, expected: _assert_equal(_with_leader(text), expected, text),
    "finite_auxiliaries": lambda language, example, expected: _assert_equal(passages._group_subject(example, dated=True), expected, example),
    "body_name_links": lambda language, example, expected: _assert_equal(passages._group_subject(example), expected, example),
    "doer_endings": lambda language, example, expected: _assert_equal(passages._group_subject(example), expected, example),
    "head_cut_words": lambda language, example, expected: _assert_equal(passages._group_subject(example), expected, example),
    "department_receipt_stamps": _department_stamp,
    "cable_date_labels_bare": _bare_distribution,
    "quoted_wire_head": _quoted_wire,
    "story_step_not_with": lambda language, example, expected: _assert_equal(
        __import__("pipeline.extract.events.tense_sentence", fromlist=["x"]).story_step(example, language), expected, example),
    "plain_saying_verbs": lambda language, example, expected: _assert_equal(passages.plain_saying(example, language), expected, example),
    "done_before": lambda language, example, expected: _assert_equal(bool(passages._done_elsewhere(language).search(example)), expected, example),
    "done_marks": lambda language, example, expected: _assert_equal(passages.done_already(example, language) is not None, expected, example),
    "perfect_marks": lambda language, example, expected: _assert_equal(
        __import__("pipeline.extract.events.tense_sentence", fromlist=["x"]).done_by_then(
            example, next(c for c in read_cues(example, language) if c.kind == "past"), language), expected, example),
    "dated_papers": lambda language, example, expected: _assert_equal(
        __import__("pipeline.extract.events.annotate", fromlist=["x"]).paper_of_a_year_before(example), expected, example),
    "ordinal_day_before": lambda language, example, expected: _assert_equal(
        next((d.start_date for d in find_dates(example, this_month=(1962, 10))), None), expected, example),
    "ordinal_day_weekday_words": lambda language, example, expected: _assert_equal(
        next((d.start_date for d in find_dates(example, this_month=(1962, 10))), None), expected, example),
    "day_ordinal_words": lambda language, example, expected: _assert_equal(
        next((d.start_date for d in find_dates(example)), None), expected, example),
    "day_in_apposition_parts": lambda language, example, expected: _assert_equal(_second_sentence_day(example), expected, example),
    "said_complement": lambda language, example, expected: _assert_equal(
        __import__("pipeline.extract.events.tense_sentence", fromlist=["x"]).said_at_the_scene(
            example, read_cues(example, language), next(c for c in read_cues(example, language) if c.kind == "relative")),
        expected, example),
    "titled_events": lambda language, example, expected: _assert_equal(
        __import__("pipeline.parse.generic", fromlist=["x"]).titles_events_of(example, find_dates(example)[-1].text), expected, example),
    "weekday_clause_joins": lambda language, example, expected: _assert_equal(
        None if (at := passages.weekday_clause(example)) is None else example[at:], expected, example),
    "this_month_words": lambda language, example, expected: _assert_equal(  # the story last at August: still October's
        next((d.start_date for d in find_dates(example, 1962, 8, this_month=(1962, 10))), None), expected, example),
    "year_heading_marks": lambda language, example, expected: _assert_equal(year_heading(example), expected, example),
    "told_plans": _told_plan,
    "plan_verbs": _told_plan,
    "hoped_meeting_verbs": _told_plan,
    "several_talks_headings": lambda language, example, expected: _eq(headings.heads_several_talks(example), expected, example),
    "plan_times_not_alone": _told_plan,
    "plan_times": _zh_plan,
    "report_frame_verbs": lambda language, example, expected: _assert_equal(passages.reported_clause(example), expected, example),
    "reported_that": lambda language, example, expected: _assert_equal(tense_sentence.reported_done_clause(example, language), expected, example),
    "present_labels": lambda language, example, expected: _assert_equal(present_names(example), expected, example),
    "repeated_to": _repeated_to,
    "open_conditions": lambda language, example, expected: _assert_equal(passages.on_an_open_condition(example, language), expected, example),
    "fear_words": lambda language, example, expected: _assert_equal(fears_an_outcome(example, language), expected, example),
    "reported_speech": lambda language, example, expected: _assert_equal(passages.reported_speaker(example), expected, example),
    "told_of": lambda language, example, expected: _assert_equal(passages.told_of(example), expected, example),
    "firm_before": lambda language, example, expected: _assert_equal(  # the actors, the state inside a firm's name not one
        [m.entity.name for m in find_mentions(example) if m.entity.is_actor and not common.is_where(example, m)
         and not common.is_modifier(example, m)], expected, example),
    "topic_of_talk": lambda language, example, expected: _assert_equal(  # the actors, the talk's topic not one
        [m.entity.name for m in find_mentions(example) if m.entity.is_actor and not common.is_where(example, m)
         and not common.is_modifier(example, m)], expected, example),
    "official_words": lambda language, example, expected: _assert_equal(
        sorted({m.entity.name for ms in [find_mentions(example)] for m in ms if common.qualifies_an_official(example, m, ms)}), sorted(expected), example),
    "group_rank_words": lambda language, example, expected: _assert_equal(common.group_without_rank(example), expected, example),
    "told_home_words": lambda language, example, expected: _assert_equal(dated_sentence.told_home(example), expected, example),
    "host_officials": lambda language, example, expected: _assert_equal(  # "the sentence / the report's sender"
        [name for *_, name in passages.page_groups(example.split(" / ")[0], passages.host_of([example.split(" / ")[1]]))], expected, example),
    "own_post_words": lambda language, example, expected: _assert_equal(  # "The embassy has ... / its cable's sender"
        [passages.own_post(example.split()[1 if example.startswith("The ") else 0], [example.split(" / ")[1]])], expected, example),
    "body_office_words": lambda language, example, expected: _assert_equal(
        sorted({m.entity.name for ms in [find_mentions(example)] for m in ms if common.qualifies_an_official(example, m, ms)}), sorted(expected), example),
    "member_words": lambda language, example, expected: _assert_equal(
        sorted({m.entity.name for ms in [find_mentions(example)] for m in ms if common.qualifies_an_official(example, m, ms)}), sorted(expected), example),
    "headed_government_words": lambda language, example, expected: _assert_equal(sorted(common.headed_governments(example).values()), expected, example),
    "interviewer_labels": lambda language, example, expected: _assert_equal(document_act.turn_name_in(example), expected, example),
    "answerer_labels": lambda language, example, expected: _assert_equal(  # the interviewee's label: his turn
        document_act.interview_turn(document_act.turn_name_in(example) or "", ("Thomas Stern", "James R. Calloway")),
        "James R. Calloway" if expected else None, example),
    "body_decision_verbs": lambda language, example, expected: _assert_equal(passages.body_decision(example), expected, example),
    "hearing_turn_titles": lambda language, example, expected: _assert_equal(document_act.turn_name_in(example), expected, example),
    "speaker_list_labels": lambda language, example, expected: _assert_equal(document_act.listed_speakers(example), expected, example),
    "interviewer_heads": lambda language, example, expected: _assert_equal(document_act.interviewer_in(example), expected, example),
    "background_clause_pronouns": lambda language, example, expected: _assert_equal(
        bool(__import__("pipeline.extract.events.tense_sentence", fromlist=["x"])._RELATIVE_CLAUSE.search(example)), expected, example),
    "appointed_day_words": lambda language, example, expected: _assert_equal(
        _set_for_a_day(example), expected, example),
    "news_periodical_heads": lambda language, example, expected: _assert_equal(
        __import__("pipeline.extract.events.context", fromlist=["x"]).names_a_news_periodical(example), expected, example),
    "joint_communique_heads": lambda language, example, expected: _assert_equal(
        passages.names_a_joint_communique(example), expected, example),
    "broadcast_source_labels": lambda language, example, expected: _assert_equal(
        bool(passages.broadcast_days_line(example)), expected, example),
    "recollection_heads": lambda language, example, expected: _assert_equal(
        __import__("pipeline.extract.events.context", fromlist=["x"]).names_a_recollection(example), expected, example),
    "head_of_government_titles": lambda language, example, expected: _assert_equal(
        __import__("pipeline.extract.events.context", fromlist=["x"]).writes_as_head(example), expected, example),
    "recalled_day_frames": lambda language, example, expected: _assert_equal(passages.recalled_day_of(example), expected, example),
    "recalled_interviewer_heads": lambda language, example, expected: _assert_equal(document_act.recalled_interviewer_in(example), expected, example),
    "story_span_openers": lambda language, example, expected: _assert_equal(
        __import__("pipeline.extract.events.recollection", fromlist=["x"]).story_span_days(example), expected, example),
    "interviewee_heads": lambda language, example, expected: _assert_equal(document_act.interviewee_in(example), expected, example),
    "interview_date_labels": lambda language, example, expected: _assert_equal(document_act.dates_the_interview(example), expected, example),
    "interview_place_heads": lambda language, example, expected: _assert_equal(
        __import__("pipeline.parse.headings", fromlist=["x"]).interview_place_line(["Interviews", example]) == 1, expected, example),
    "clock_after": lambda language, example, expected: _assert_equal([d.start_date for d in find_dates(example)], expected, example),
    "hour_zone_marks": lambda language, example, expected: _assert_equal(
        [c.days for c in read_cues(example, language) if c.kind == "relative"], [expected], example),
    "clock_hour_openers": lambda language, example, expected: _assert_equal(
        next((hhmm for _, _, hhmm in clock_hours(example)), None), expected, example),
    "planned_before": lambda language, example, expected: _assert_equal(
        any(c.kind == "planned" for c in read_cues(example, language)), expected, example),
    "counted_span_not_before": lambda language, example, expected: _assert_equal(
        any(c.kind == "counted_span" for c in read_cues(example, language)), expected, example),
    "recent_done_before": lambda language, example, expected: _assert_equal(
        tense_sentence.recent_done(example, next(c for c in read_cues(example, language) if c.kind == "recent_days"), language),
        expected, example),
    "recent_days": lambda language, example, expected: _assert_equal(
        next(([c.days, c.until] for c in read_cues(example, language) if c.kind == "recent_days"), None), expected, example),
    "talk_addressed_verbs": lambda language, example, expected: _assert_equal(passages.addressed_turn(example), expected, example),
    "answer_reply_verbs": lambda language, example, expected: _assert_equal(passages.answers_a_question(example), expected, example),
    "request_turn_verbs": lambda language, example, expected: _assert_equal(passages.asks_or_answers(example), expected, example),
    "question_verbs": lambda language, example, expected: _assert_equal(passages.asks_a_question(example), expected, example),
    "meeting_verbs": lambda language, example, expected: _assert_equal(passages.met_party(example, expected[:1]), expected[1:], example),
    "proposal_that_verbs": lambda language, example, expected: _assert_equal(document_act.proposes_that(example), expected, example),
    "told_to_himself_verbs": lambda language, example, expected: _assert_equal(
        passages.told_to_himself(example, expected[:1])[0], expected[1:], example),
    "joined_talk": lambda language, example, expected: _assert_equal(
        (m["who"] if (m := passages._JOINED_TALK.match(example)) else None), expected, example),
    "convey_to": lambda language, example, expected: _assert_equal(passages.conveyed_to(example), expected, example),
    "mission_we_verbs": lambda language, example, expected: _assert_equal(passages.mission_we(example), expected, example),
    "proposal_performatives": lambda language, example, expected: _assert_equal(
        common.performative_kind(example) == "proposal", expected, example),
    "conveyed_message_verbs": lambda language, example, expected: _assert_equal(
        (lambda found: None if found is None else [found[0], found[1]])(passages.conveyed_message(example)), expected, example),
    "present_told": lambda language, example, expected: _assert_equal(context_module.present_named(example), expected, example),
    "group_verbs_after": lambda language, example, expected: _assert_equal([g for _, _, g in common.state_groups(example)], expected, example),
    "bloc_adjectives": lambda language, example, expected: _assert_equal([g for _, _, g in common.state_groups(example)], expected, example),
    "subject_time_openers": lambda language, example, expected: _assert_equal(common.subject_phrase(example), expected, example),
    "subject_place_prepositions": lambda language, example, expected: _assert_equal(common.subject_phrase(example), expected, example),
    "subject_clock_openers": lambda language, example, expected: _assert_equal(common.subject_phrase(example), expected, example),
    "subject_time_parts": lambda language, example, expected: _assert_equal(common.subject_phrase(example), expected, example),
    "own_army_words": lambda language, example, expected: _assert_equal(passages.writer_army(*(lambda t, w: (t, [w]))(*example.split(" / "))), expected, example),
    "capital_acts": lambda language, example, expected: _assert_equal(common.clause_names(example, language), expected, example),
    "state_peoples": lambda language, example, expected: _assert_equal(common.clause_names(example, language), expected, example),
    "giver_from_verbs": lambda language, example, expected: _assert_equal(common.clause_names(example, language), expected, example),
    "group_openers": lambda language, example, expected: _assert_equal([g for _, _, g in common.state_groups(example)], expected, example),
    "met_writer": lambda language, example, expected: _assert_equal(passages.met_the_writer(example), expected, example),
    "topic_verbs": lambda language, example, expected: _assert_equal(common.talked_topic(example) is not None, expected, example),
    "writer_object_verbs": lambda language, text, expected: _eq(bool(passages.WRITER_OBJECT.search(text)), expected, text),
    "participant_side_words": lambda language, text, names: _eq(context_module.listed_names(text), names, text),
    "participant_name_prefixes": lambda language, text, names: _eq(context_module.listed_names(text), names, text),
    "participant_role_words": lambda language, text, names: _eq(context_module.listed_names(text), names, text),
    "decision_task_verbs": lambda language, text, names: _eq(decision_targets(text, []), names, text),
    "planned_point_modals": lambda language, text, expected: _eq(document_act.planned_point(text, date(1960, 1, 1)), expected, text),
    "planned_point_times": lambda language, text, expected: _eq(document_act.planned_point(text, date(1960, 1, 1)), expected, text),
    "participant_surname_titles": lambda language, text, names: _eq(context_module._titled_surname(text), names, text),
    "participant_list_closers": lambda language, text, expected: _eq(_listed_lines(text), expected, text),
    "attendance_labels": lambda language, text, expected: _eq(lists_those_present(text), expected, text),
    "chronicle_names": lambda language, text, expected: _eq(context_module.names_a_chronicle(text), expected, text),
    "transcription_labels": lambda language, text, expected: _eq(context_module.is_transcription_label(text), expected, text),
    "participant_labels": lambda language, text, expected: _eq(bool(context_module._PARTICIPANT_LABEL.match(text)), expected, text),
    "domain_office_heads": lambda language, text, forms: _eq(context_module.office_forms(text), forms, text),
    "domain_office_closers": lambda language, text, forms: _eq(context_module.office_forms(text), forms, text),
    "present_name_styles": lambda language, text, name: _eq(context_module.present_name(text), name, text),
    "post_nominals": lambda language, text, name: _eq(canonical_name(text), name, text),
    "talk_opening_verbs": lambda language, text, expected: _eq(context_module.opens_the_talk(text), expected, text),
    "meeting_held_openings": lambda language, text, expected: _eq(context_module.held_line(text, 1971), expected, text),
    "proposal_turn_verbs": lambda language, text, expected: _eq(passages.proposal_turn(text), expected, text),
    "office_not_name_letters": lambda language, text, expected: _eq(
        titles_module._zh_unknown_name_before(text, min(i for i in (text.find(w) for w in ("总理", "总统", "外长")) if i >= 0)), expected, text),
    "office_post_markers": lambda language, text, expected: _eq(
        not titles_module.zh_bare_office_spans(text, {"zh:总理": "Zhou Enlai"}, []), expected, text),  # true: no holder read
    "turn_label_titles": lambda language, text, expected: _eq(document_act.zh_turn_label(text), expected, text),
    "titles_after_name": lambda language, text, expected: _eq(next(
        (text[: text.index(t) + len(t)] for t in passages._TITLES_AFTER_NAME if t in text), None), expected, text),
    "writer_opened": lambda language, example, expected: _assert_equal(passages.writer_opened(example), expected, example),
    "honorific_initials": _dated_surname,
    "name_particles": _short_name,
    "body_head_words": _short_name,
    "titled_name_breaks": lambda language, example, expected: _assert_equal(
        (person.name if (person := titled_person(example)) else None), expected, example),
    "relative_periods": _within_period,
    "previous_occasion_words": lambda language, text, expected: _eq(tense_sentence.names_previous_occasion(text), expected, text),
    "occasion_date_labels": lambda language, text, expected: _eq(tense_sentence.names_occasion_day(text), expected, text),
    "poll_words": lambda language, text, expected: _eq(passages.poll_day([text]), expected, text),
    "sitting_date_labels": lambda language, text, expected: _eq(
        (lambda found: [found[0], found[1], found[2]] if found else None)(passages.sitting_days(text)), expected, text),
    "perfective_futures": _plan,
    "weekdays": _weekday_before,
    "weekday_earlier_words": _talk_weekday,
    "entry_heading_words": _entry_heading,
    "log_day_heads": _log_day_head,
    "wire_dateline": _wire_dateline,
    "deadline_asking_verbs": lambda language, text, expected: _assert_equal(
        dated_sentence.reached_by(text, text.rindex(" by ") + 4), expected, text),
    "fixed_feasts": _feast_day,
    "date_name_heads": lambda language, example, expected: _assert_equal(
        next((str(d.start_date) for d in find_dates(example.rsplit(" (", 1)[0], int(example.rsplit(" (", 1)[1].rstrip(")")))), None),
        expected, example),
    "weekday_range_openers": _weekday_span,
    "weekday_night_onto": _weekday_span,
    "weekday_pair_openers": lambda language, example, expected: _weekday_span(language, example, expected) if expected else _assert_equal(
        any(c.to_weekday >= 0 for c in read_cues(example.rsplit(" (", 1)[0], language)), False, example),
    "weekday_since_openers": _weekday_since,
    "day_since_openers": _day_since,
    "lasting_until_openers": _lasting_until,
    "already_clause_joiners": lambda language, text, expected: _eq(passages.done_before_a_dated_clause(text), expected, text),
    "since_spans": _since_span,
    "since_day_echoes": lambda language, example, expected: _eq(
        any(dated_sentence.since_day_told(s, m) for s in annotate_module.annotate(example, 1970, language=language)[0] for m in s.dates),
        expected, example),
    "since_told": _since_told,
    "unanswered": _unanswered,
    "ongoing_words": _ongoing,
    "course_after_aside": _course_after_aside,
    "since_period_starts": _period_start,
    "escort_asides": lambda language, example, expected: _assert_equal(
        common.subject_names(example[: next(c.start for c in read_cues(example, language) if c.kind == "past" and c.start > example.index(" by "))], language), expected, example),
    "relative_days": lambda language, example, expected: _assert_equal(
        next((c.days for c in read_cues(example, language) if c.kind == "relative" and c.weekday < 0), None), expected, example),
    "already_words": lambda language, text, expected: _eq(bool(tense_sentence.already_done(text, language)), True, text),
    "not_speech": lambda language, text, expected: _eq("speech" in {c.kind for c in read_cues(text, language)}, expected, text),
    "head_words": lambda language, example, expected: _assert_equal(passages.group_head(example), expected, example),
    "office_domains": lambda language, example, expected: _assert_equal([n for _, _, n in find_unknown_names(example, [])], [expected], example),
    "body_name_openers": lambda language, example, expected: _assert_equal([n for _, _, n in find_unknown_names(example, [])], [expected], example),
    "quality": _quality,
    "office_titles": _office_holder,
    "minutes_heading_bodies": lambda language, text, expected: _assert_equal(context_module.heading_body(text), expected, text),
    "office_stems": _office_alone,
    "office_words": _office_word_alone,
    "dative_endings": lambda language, text, expected: _assert_equal(said_to_one_in_dative(text), expected, text),
    "later_words": _holds(tense_sentence._LATER.search),
    "present_perfect": _holds(tense_sentence._NOW_PERFECT.match),
    "perfect_infinitive_before": _true_of(tense_sentence._PERFECT_INFINITIVE.search),
    "meanwhile_words": _holds(tense_sentence._MEANWHILE.match),
    "story_openers": _true_of(tense_sentence.STORY_GOES_ON.match),
    "flashback": _true_of(tense_sentence.looks_back),
    "knowing_verbs": _knowing,
    "registration_marks": _matches(cable_header.REGISTERED),
    "registration_issuers": lambda language, text, expected: _eq(bool(cable_header._ISSUER.fullmatch(text)), True, text),
    "months": _first_date,
    "calendar_days": _first_day_in_context,
    # a language lingua has no model of, told by its own words from the one it reads it as (language._told_by_words)
    "told_from": lambda language, text, expected: _eq(detect_language(text), expected, text),
    "months_before_year": _day_before_year,
    "past_endings": lambda language, text, expected: _eq(
        [text[c.start: c.end] for c in read_cues(text, language) if c.kind == "past"], expected, text),
    "planned_endings": lambda language, text, expected: _eq(
        [text[c.start: c.end] for c in read_cues(text, language) if c.kind == "planned"], expected, text),
    "year_first_months": _first_date,
    "iso_lookalikes": _no_day_nor_month,
    "edition_date_labels": _edition_day,
    "range_joiners": _first_date,
    "range_day_parts": lambda language, text, expected: _eq(
        [(d.start_date, d.kind) for d in find_dates(text, 1958, 7)][:1], [(expected, "range")], text),
    "day_stating_openers": lambda language, text, expected: _eq(tense_sentence.states_day(text[: find_dates(text, 1967)[0].start]), expected, text),
    "roman_month_year_marks": _first_date,
    "day_alone": _day_alone,
    "day_spans": _day_span,
    "day_lists": _day_list,
    "month_parts_alone": _day_span,
    "month_not_before": _day_alone_or_none,
    "day_part_openers": _day_part,
    "relative_months": _relative_month,
    "this_year_marks": _this_year,
    "summary_not_after": _is_summary,
    "summary_subject_nouns": _is_summary,
    "summary_addressing_verbs": _is_summary,
    "header_joiners": lambda language, text, expected: _eq(dated_sentence.is_header_date(text), expected, text),
    "since_openers": lambda language, text, expected: _eq(annotate_module.reads_since(text, 1967), expected, text),
    "unreal_words": lambda language, text, expected: _eq(passages.tells_no_happening(text), expected, text),
    "unreal_report_words": lambda language, text, expected: _eq(passages.tells_no_happening(text), expected, text),
    "meeting_told_again": lambda language, text, expected: _eq(passages.tells_the_meeting_again(text), expected, text),
    "enclosure_words": lambda language, text, expected: _eq(passages.is_enclosure_note(text), expected, text),
    "visit_verbs": lambda language, text, expected: _eq(passages.tells_a_visit(text), expected, text),
    "resolves": lambda language, text, expected: _eq(common.RESOLVES_CUE.search(text) is not None, expected, text),
    "responsible_labels": lambda language, text, expected: _assert_equal(common.responsible_names(text, language), expected, text),
    "decision_phrases": lambda language, text, expected: _eq(common.DECISION_PHRASE.search(text) is not None, expected, text),
    "repeat_openers": lambda language, text, expected: _eq(
        (d.isoformat() if (d := passages.repeated_message(text)) else None), expected, text),
    "advice_labels": lambda language, text, expected: _eq(passages.gives_advice(text, language), expected, text),
    "looks_verbs": lambda language, text, expected: _eq(any(c.kind == "past" for c in read_cues(text, language)), expected, text),
    "not_past_before": lambda language, text, expected: _eq(any(c.kind == "past" for c in read_cues(text, language)), expected, text),
    # the English function words of the reader of tenses (pipeline/extract/tense.py)
    "visit_not_after": lambda language, text, expected: _eq(any(c.kind == "past" for c in read_cues(text, language)), expected, text),
    "adjective_participle_after": lambda language, text, expected: _eq(any(c.kind == "past" for c in read_cues(text, language)), expected, text),
    "present_passive_before": lambda language, text, expected: _eq(any(c.kind == "past" for c in read_cues(text, language)), expected, text),
    "omission_adverbs": lambda language, text, expected: _eq(any(c.kind == "past" for c in read_cues(text, language)), expected, text),
    "fear_outcome_modals": lambda language, text, expected: _eq(fears_an_outcome(text, language), expected, text),
    "after_clause_pronouns": lambda language, text, clause: _eq(text[slice(*span)] if (span := after_clause(text, language)) else None, clause, text),
    "clause_end_pronouns": lambda language, text, clause: _eq(([text[a:b] for a, b in prior_clauses(text, language)] or [None])[0], clause, text),
    "writer_holds_adverbs": lambda language, text, expected: _eq(is_commentary(text, language), expected, text),
    # the English words of grammar of the sentence readers (pipeline/extract/events/passages.py)
    "passive_auxiliaries": lambda language, text, expected: _eq(passages._PASSIVE_VERB.search(text) is not None, expected, text),
    "object_pronouns": lambda language, text, expected: _eq(passages._OBJECT_PRONOUN.search(text) is not None, expected, text),
    "told_before_words": lambda language, text, expected: _eq(passages._TOLD_BEFORE.search(text) is not None, expected, text),
    "done_to_me_verbs": lambda language, text, expected: _eq(passages._DONE_TO_ME.search(text) is not None, expected, text),
    "message_from_nouns": lambda language, text, expected: _eq(passages._MESSAGE_FROM.search(text) is not None, expected, text),
    "spoken_to_pronouns": lambda language, text, clause: _eq(m["clause"].strip() if (m := passages._TOLD_CLAUSE.search(text)) else None, clause, text),
    "courtesy_openers": lambda language, text, expected: _eq(passages.is_courtesy_close(text, language), expected, text),
    "valediction_openers": lambda language, text, expected: _eq(passages.is_courtesy_close(text, language), expected, text),
    "summary_labels": lambda language, text, expected: _eq(passages.is_site_summary(text), expected, text),
    "release_stamps": lambda language, text, expected: _eq(passages.is_release_stamp(text), expected, text),
    "source_note_kinds": lambda language, text, expected: _eq(annotate_module._cites_a_source(text), expected, text),
    "credit_labels": lambda language, text, expected: _eq(annotate_module.is_apparatus(text), expected, text),
    "counted_modals": lambda language, text, expected: _eq(relative_date.modal_count(text), expected, text),
    "kept_stance_verbs": lambda language, text, expected: _eq(tense_sentence.keeps_a_stance(text), expected, text),
    "apparatus_labels": lambda language, text, expected: _eq(annotate_module.is_apparatus(text), expected, text),
    "provenance_openers": lambda language, text, expected: _eq(annotate_module.is_apparatus(text), expected, text),
    "database_file_words": lambda language, text, expected: _eq(annotate_module.is_apparatus(text), expected, text),
    "source_note_labels": lambda language, text, expected: _eq(annotate_module.is_apparatus(text), expected, text),
    "citation_marks": lambda language, text, expected: _eq(annotate_module.cites_an_archive(text, alone=True), expected, text),
    "agenda_labels": lambda language, text, expected: _eq(passages.is_agenda_label(text), expected, text),
    "note_labels": lambda language, text, expected: _eq(annotate_module.cites_an_archive(text, alone=True), expected, text),
    "not_yet": lambda language, text, expected: _eq(passages.awaited_only(text, language), expected, text),
    "issue_page_marks": lambda language, text, expected: _eq(annotate_module.cites_an_issue(text), expected, text),
    "chapter_labels": lambda language, text, expected: _eq(annotate_module.heads_a_chapter(text), expected, text),
    "expectation_modals": lambda language, text, expected: _eq(document_act.foresees(text), expected, text),
    "handling_verbs": lambda language, text, expected: _eq(_handled_by(text), expected, text),
    "day_alone_before": lambda language, text, expected: _eq(next((d.start_date for d in find_dates(text, 1960, 8)), None), expected, text),
    "day_named_before": lambda language, text, expected: _eq(next((d.start_date for d in find_dates(text, 1973, 9)), None), expected, text),
    "dated_line": lambda language, text, expected: _eq(getattr(dated_line(text), "start_date", None), expected, text),
    "handler_roles": lambda language, text, expected: _eq(_handled_by(text), expected, text),
    "home_office_words": lambda language, text, expected: _eq(_handled_at_home(text), expected, text),
    "home_post_words": lambda language, text, expected: _eq(_ru_home_ministry(text), expected, text),
    "relation_nouns": lambda language, text, expected: _eq(_relation_subject(text), expected, text),
    "bare_body_nouns": lambda language, text, expected: _eq(full_names_module.bare_body(text.split(" / ")[1], text.split(" / ")[:1]), expected, text),
    "owned_group_nouns": lambda language, text, expected: _eq(_owned_group(language, *text.split(" / ")), expected, text),
    "countries_groups": lambda language, text, expected: _eq(full_names_module.countries_group(text.split(" / ")[1], text.split(" / ")[0]), expected, text),
    "posted_offices": lambda language, text, expected: _eq(full_names_module.posted_office(text.split(" / ")[1], text.split(" / ")[0]), expected, text),
    "stamp_hour_openers": lambda language, text, expected: _eq(cable_trailer.stamp_hour(text), expected, text),
    "meeting_itself": lambda language, text, expected: _eq(tense_sentence._MEETING_ITSELF.search(text)[0].lower(), expected.lower(), text),
    "assent_verbs": _true_of(tense_sentence.ASSENT_TURN.match),
    "month_parts": _in_1958,
    "year_parts": _first_date,
    "year_offsets": _in_1958,
    "inserted_item_openers": lambda language, text, expected: _eq(passages.reprint_source_day(text, None, date(1983, 12, 21)), expected, text),
    "day_this_month_marks": lambda language, text, expected: _eq(
        next((d.start_date for d in find_dates(text, 1974, None, (1974, 8)) if d.start_date.year == 1974), None), expected, text),
    "era_years": lambda language, text, expected: _eq(next((d.start_date for d in find_dates(text, None)), None), expected, text),
    "date_marks": lambda language, text, expected: _eq(next((d.start_date for d in find_dates(text, None)), None), expected, text),
    "year_span_openers": lambda language, text, expected: _eq(
        next(([str(d.start_date), str(d.end_date)] for d in find_dates(text, 1971)), None), expected, text),
    "year_first_day_endings": lambda language, text, expected: _eq(next((d.start_date for d in find_dates(text, 1968)), None), expected, text),
    "month_alone_openers": _month_alone,
    "month_part_refs": _month_part,
    "month_last_openers": _month_alone,
    "season_names": _season,
    "year_turn": _season,
    "year_end_bound": _season,
    "year_part_words": _year_part_named,
    "month_span_joiners": _month_span,
    "possibility_modals": _alone_in_sentence,
    "plan_month_verbs": _plan_month,
    "plan_clause_openers": _plan_month,
    "ahead_words": _ahead,
    "ahead_modals": _ahead,
    "ahead_infinitive_verbs": _ahead,
    "mandate_blockers": lambda language, text, expected: _eq(tense_sentence.mandated(text, len(text)) is not None, expected, text),
    "frames_after_day": _bound_before,
    "meeting_held_words": lambda language, text, expected: _eq(document_metadata.held_day_line(text, 1960) is not None, expected, text),
    "planned_participles": lambda language, text, expected: _eq("planned" in {c.kind for c in read_cues(text, language)}, expected, text),
    "expected_plans": lambda language, text, expected: _eq("planned" in {c.kind for c in read_cues(text, language)}, expected, text),
    "coordinated_plans": lambda language, text, expected: _eq(
        next((text[e.evidence_start: e.evidence_end] for e in passages.coordinated_plans(0, Sentence(0, len(text), text, [], 1961))), None), expected, text),
    "clause_plans": _clause_plan,
    "reported_future": lambda language, text, expected: _eq("planned" in {c.kind for c in read_cues(text, language)}, expected, text),
    "month_last_year_after": _month_alone,
    "month_next_year_after": _month_alone,
    "year_context": _first_date,
    "year_context_after": lambda language, text, expected: _eq(
        next((d.start_date.year for d in find_dates(text, 1972) if d.precision == "year"), None), expected, text),
    "year_range_in_a_name": _date_texts,
    "offsets": _offset,
    "month_units": lambda language, text, expected: _eq(next((r.months for r in find_relative(text) if r.months), None), expected, text),
    "happening_nouns": _happening,
    "following_periods": _following,
    "opening_periods": _following,
    "within_openers": _following,
    "within_uncounted": _following,
    "morning_after_night": _story_last_day,
    "same_day_after_night": _story_last_day,
    "nights_counted": _story_last_day,
    "night_hours": _night_hour_day,
    "night_spans": _night_span,
    "following_weeks": _following,
    "soon_afterwards": _soon_afterwards,
    "hearsay_openers": lambda language, example, expected: _assert_equal(tense_sentence.reported_by_others(example), expected, example),
    "early_openings": lambda language, example, expected: _assert_equal(bool(context_module._OPENED_AT.search(example)), True, example),
    "passing_year_openers": lambda language, example, expected: _assert_equal(annotate_module.in_passing(example), expected, example),
    "channel_prepositions": lambda language, example, expected: _assert_equal(
        __import__("pipeline.extract.events.common", fromlist=["x"]).object_group(example), expected, example),
    "story_day": lambda language, example, expected: _assert_equal(
        __import__("pipeline.extract.events.tense_sentence", fromlist=["x"]).names_story_day(example), expected, example),
    "aside_end": lambda language, example, expected: _assert_equal(annotate_module.aside_end(example), expected, example),
    "statute_year": lambda language, example, expected: _assert_equal(annotate_module.statute_year(example), expected, example),
    "talk_with_writer": lambda language, example, expected: _assert_equal(passages.said_in_talk_with_writer(example), expected, example),
    "interposed_clause_tail": lambda language, example, expected: _assert_equal(
        dated_sentence.interposed_clause_tail(example), expected, example),
    "declension": _case_form,
    "head_declension": _head_case_form,
    "writer_past": lambda language, text, expected: writer_past(text) is expected or pytest.fail(text),
    "classification": _matches(generic._CLASSIFICATION),
    "precedence_marks": _true_of(generic._CLASSIFICATION.match),
    "surname_particles": lambda language, example, expected: _assert_equal(
        next((name for _, _, name in common.ru_initialled_names(example, [])), None), expected, example),
    "address_honorifics": _matches(__import__("pipeline.parse.signature", fromlist=["x"]).ADDRESS_HONORIFIC),
    "subject_labels": lambda language, example, expected: _assert_equal(
        (m["subject"] if (m := (__import__("pipeline.parse.cia_crest", fromlist=["x"])._SUBJECT if language == "en"
                                else generic._SUBJECT_LABELLED).match(example)) else None), expected, example),
    "issued_by_openers": lambda language, text, expected: _assert_equal(model_module.issuer(text), expected, text),
    "adopting_meeting_words": lambda language, text, expected: _assert_equal(
        (found.start_date if (found := generic.adopting_meeting_day(text.split("\n"))) else None), expected, text),
    "resolution_acts": lambda language, text, expected: _assert_equal(
        [text[a:b] for a, b in __import__("pipeline.extract.events.passages", fromlist=["x"]).resolution_act_spans(text)], expected, text),
    "source_perfect_verbs": lambda language, text, expected: _assert_equal(
        (found[0] if (found := __import__("pipeline.extract.events.passages", fromlist=["x"]).learned_source(text)) else None), expected, text),
    "recommended_action_labels": lambda language, text, expected: _assert_equal(
        __import__("pipeline.extract.events.passages", fromlist=["x"]).appeal_action(text), expected, text),
    "moving_words": lambda language, text, expected: _assert_equal(
        [who for _, _, who in __import__("pipeline.extract.events.passages", fromlist=["x"]).moved_and_seconded(text)], expected, text),
    "carrying_words": lambda language, text, expected: _assert_equal(
        (found.start_date if (found := generic.carrying_day([text])) else None), expected, text),
    "subject_openers": _matches(generic._SUBJECT_LINE),
    "capitals": lambda language, example, expected: _assert_equal(
        _capitals.sentence_case(example["text"], _capitals.names_after_titles([example["text"]])), example["cased"], example["text"]),
    "heading_case": lambda language, example, expected: _assert_equal(_capitals.heading_case(example), expected, example),
    "handling_caveats": _matches(__import__("pipeline.parse.cia_crest", fromlist=["x"])._CAVEAT_LINE),
    "cable_head_labels": _matches(__import__("pipeline.parse.cia_crest", fromlist=["x"])._CABLE_HEAD_LABEL),
    "cable_date_labels": lambda language, example, expected: _assert_equal(
        (m["date"] if (m := __import__("pipeline.parse.cia_crest", fromlist=["x"])._DISTRIBUTED.match(example)) else None), expected, example),
    "report_form_fields": lambda language, example, expected: _assert_equal(
        (list(f) if (f := __import__("pipeline.parse.cia_crest", fromlist=["x"]).form_field(" ".join(example.split()))) else None),
        expected, example),
    "cable_dissem_labels": lambda language, example, expected: _assert_equal(
        [n.strip() for n in m["names"].split(",")] if (m := _document_metadata._DISSEM.search(example)) else None, expected, example),
    "cable_source_sayings": _matches(passages._SOURCE_SAID),
    "source_labels": _matches(generic._LABEL),
    "agency_datelines": lambda language, text, expected: _assert_equal(
        list(found) if (found := generic.agency_dateline(text)) else None, expected, text),
    "kind_number_labels": lambda language, text, expected: _assert_equal(generic.kind_number_line(text), expected, text),
    "wire_item_heads": lambda language, text, expected: _assert_equal(generic.wire_item_head(text), expected, text),
    "broadcast_item_lines": lambda language, text, expected: _assert_equal(
        list(found) if (found := generic.broadcast_item_line(text)) else None, expected, text),
    "mastheads": lambda language, text, expected: _assert_equal(generic.is_masthead(text), expected, text),
    "issue_lines": lambda language, text, expected: _assert_equal(generic.is_issue_line(text), expected, text),
    "imprint_lines": lambda language, text, expected: _assert_equal(headings.imprint_line(text), expected, text),
    "clearance_labels": lambda language, text, expected: _assert_equal(bool(signature._CLEARANCE_LINE.match(text)), expected, text),
    "form_kind_heads": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse", fromlist=["x"]).parse_text(f"source: https://example.org/d/1\n{text}\n").title, expected, text),
    "despatch_salutations": lambda language, text, expected: _assert_equal(
        [(doc := __import__("pipeline.parse", fromlist=["x"]).parse_text(f"source: https://example.org/d/1\n{text}\n")).title,
         doc.recipient_names], expected, text),
    "titles": lambda language, text, expected: _assert_equal(signature._without_title(text), expected, text),
    "container_lines": lambda language, text, expected: _assert_equal(bool(generic._CONTAINER_LINE.search(text)), expected, text),
    "catalogue_entry_labels": lambda language, text, expected: _assert_equal(bool(generic.CATALOGUE_ENTRY.match(text)), expected, text),
    "matter_openers": lambda language, text, expected: _assert_equal(
        (blocks := [Block("paragraph", 0, len(line), line) for line in text.split("\n")])[generic._matter_under_court(blocks, 0)].text, expected, text),
    "attestation_openers": lambda language, text, expected: _assert_equal(
        (d.start_date.isoformat() if (d := generic.attested_day([text])) else None), expected, text),
    "own_date_labels": lambda language, text, expected: _assert_equal(
        (d.start_date.isoformat() if (d := generic.labelled_own_day([text])) else None), expected, text),
    "catalogue_reference_labels": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.source_note", fromlist=["x"]).catalogue_reference(text), expected, text),
    "translation_note_words": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.parties", fromlist=["x"]).without_translation_note(text), expected, text),
    "wire_source_openings": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.source_note", fromlist=["x"]).published_line(text), expected, text),
    "signed_at_joiners": lambda language, text, expected: _assert_equal(
        (m.start_date if (m := __import__("pipeline.parse.signature", fromlist=["x"])._placed_date_line(text, None)) else None),
        expected, text),
    "receipt_stamp_words": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.signature", fromlist=["x"]).receipt_stamp(text), expected, text),
    "endorsement_openers": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.signature", fromlist=["x"]).endorsement(text), expected, text),
    "apposed_day_offsets": lambda language, text, expected: _assert_equal(
        __import__("pipeline.extract.events.relative_date", fromlist=["x"]).apposed_offset(text), expected, text),
    "reviewed_year_heads": lambda language, text, expected: _assert_equal(
        __import__("pipeline.extract.events.context", fromlist=["x"]).reviewed_year(text), expected, text),
    "paper_number_marks": lambda language, text, expected: _assert_equal(generic.numbered_heading(text), expected, text),
    "copies_to_labels": lambda language, text, expected: _eq(
        __import__("pipeline.parse.signature", fromlist=["x"]).copies_line(text), expected, text),
    "office_use_labels": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.signature", fromlist=["x"]).office_use_box(text), expected, text),
    "reader_minute_openers": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.signature", fromlist=["x"]).reader_mark(text), expected, text),
    "held_conference_kinds": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.generic", fromlist=["x"]).conference_holder(text), expected, text),
    "edition_heading": lambda language, text, expected: _assert_equal(
        (list(found) if (found := __import__("pipeline.parse.headings", fromlist=["x"]).edition_heading(text)) else None), expected, text),
    "release_stamp_heads": lambda language, text, expected: _assert_equal(
        [__import__("pipeline.parse.signature", fromlist=["x"]).release_stamp_line(text.split("\n")[:i + 1])
         for i in range(len(text.split("\n")))], expected, text),
    "closing_archive_words": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.source_note", fromlist=["x"]).closing_archive(text), expected, text),
    "catalogue_marks": lambda language, text, expected: _assert_equal(
        (m["mark"] if (m := __import__("pipeline.parse.source_note", fromlist=["x"])._catalogue_mark().match(text)) else None), expected, text),
    "stationed_missions": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.signature", fromlist=["x"]).stationed_missions(text), expected, text),
    "hearing_heads": lambda language, text, expected: _assert_equal(bool(generic._HEARING_HEAD.match(text)), expected, text),
    "prepared_by_openings": lambda language, text, expected: _assert_equal(
        (m["by"] if (m := generic._PREPARED_BY.match(text)) else None), expected, text),
    "document_symbol_head_labels": lambda language, text, expected: _assert_equal(generic.is_symbol_head_line(text), expected, text),
    "address_joiners": lambda language, text, expected: _assert_equal(headings.is_addressed_heading(text), expected, text),
    "signing_for_body_openers": lambda language, text, expected: _assert_equal(generic.signs_for_body(text), expected, text),
    "news_byline_openers": lambda language, text, expected: _assert_equal(generic.news_byline(text), expected, text),
    "byline_kinds": lambda language, text, expected: _assert_equal(
        (m["by"] if (m := generic._BYLINE.match(text)) else None), expected, text),
    "shelf_line_labels": lambda language, text, expected: _assert_equal(source_note_module._shelf_line(text), expected, text),
    "archive_names_after_name": lambda language, text, expected: _assert_equal(source_note_module.site_archive_of(text), expected, text),
    "site_section_names": lambda language, text, expected: _assert_equal(source_note_module.site_archive_of(text), expected, text),
    "catalogue_level_labels": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.source_note", fromlist=["x"]).is_catalogue_level(text), expected, text),
    "originator_labels": lambda language, text, expected: _assert_equal(
        (m["by"] if (m := generic._ORIGINATOR.match(text)) else None), expected, text),
    "signed_line_date_labels": lambda language, text, expected: _assert_equal(
        (e.start_date.isoformat() if (e := __import__("pipeline.extract.events.passages", fromlist=["x"])._signed_and_dated(0, text, 1950)) else None),
        expected, text),
    "present_report_verbs": lambda language, text, expected: _assert_equal(
        __import__("pipeline.extract.events.passages", fromlist=["x"])._PRESENT_REPORT.match(text) is not None, expected, text),
    "present_sayings": lambda language, text, expected: _assert_equal(
        __import__("pipeline.extract.events.tense_sentence", fromlist=["x"]).present_saying(text), expected, text),
    "signing_lead_openers": lambda language, text, expected: _assert_equal(
        __import__("pipeline.extract.events.tense_sentence", fromlist=["x"]).signing_lead(text), expected, text),
    "signing_for_openers": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.model", fromlist=["x"]).is_signing_for(text), expected, text),
    "foot_addressee_labels": lambda language, text, expected: _assert_equal(
        (m["to"] if (m := generic._FOOT_ADDRESSEE.match(text)) else None), expected, text),
    "catalogue_date_labels": lambda language, text, expected: _assert_equal(
        (m["day"] if (m := generic._CATALOGUE_DATE.match(text)) else None), expected, text),
    "catalogue_holder_labels": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.source_note", fromlist=["x"]).holder_of(text), expected, text),
    "site_archive_lines": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.source_note", fromlist=["x"]).site_archive_of(text), expected, text),
    "trail_citations": lambda language, text, expected: _assert_equal(
        (c["archive"] if (c := __import__("pipeline.parse.source_note", fromlist=["x"]).trail_citation_of(text)) else None), expected, text),
    "letter_title": _groups(generic._ZH_TITLE.match, "sender", "recipient"),
    "title_about_sender": lambda language, text, expected: _assert_equal(
        (m["sender"] if (m := generic._ZH_TITLE_ABOUT.match(text)) else None), expected, text),
    "sent_from": _place_sent_from,
    "compiled_by": _compiled_by,
    "tail_past": _tail_past,
    "second_clause_joiners": lambda language, text, expected: _eq(passages.own_clause_texts(text, language), expected, text),
    "day_clause_separators": lambda language, text, expected: _eq([text[a:b] for a, b in passages.own_day_clauses(text, language)], expected, text),
    "night_clause_openers": lambda language, text, expected: _eq(passages.night_clause_texts(text, language), expected, text),
    "now_perfect_openers": lambda language, text, expected: _eq([text[a:b] for a, b in passages.perfect_clauses(text, language)], expected, text),
    "coordinated_act_first_verbs": lambda language, text, expected: _eq(coordinated_acts_module.coordinated_act_texts(text, language), expected, text),
    "coordinated_act_second_verbs": lambda language, text, expected: _eq(coordinated_acts_module.coordinated_act_texts(text, language), expected, text),
    "habitual_cues": lambda language, text, expected: _eq(tense_sentence.told_as_a_habit(text), expected, text),
    "now_perfect_and": lambda language, text, expected: _eq([text[a:b] for a, b in passages.perfect_clauses(text, language)], expected, text),
    "now_perfect_after": _perfect_after,
    "pluperfect_after_openers": lambda language, text, expected: _eq([text[a:b] for a, b in passages.pluperfect_after(text, language)], expected, text),
    "pluperfect_clause_openers": lambda language, text, expected: _eq(
        (text[a:b] if (span := passages.pluperfect_aside(text, language)) and (a := span[0]) is not None and (b := span[1]) else None), expected, text),
    "deadline_weekends": _weekend_bound,
    "now_state_words": lambda language, text, expected: _eq([c.strip() for c in passages.present_clauses(text, language)], expected, text),
    "addressee": _groups(generic._ZH_ADDRESSEE.match, "name"),
    "received_by_labels": lambda language, text, expected: _assert_equal(generic.received_by(text), expected, text),
    "addressee_line": _groups(generic._ADDRESSEE_LINE.match, "name"),
    "recorder_labels": lambda language, text, expected: _eq(model_module.is_recorder_line(text), expected, text),
    "office_joiners": lambda language, text, expected: _eq(model_module._is_name_line(text), expected, text),
    "closing_labels": lambda language, text, expected: _eq(model_module.is_closing_label(text), expected, text),
    "minutes_keepers": lambda language, text, expected: _eq(signature.signs_minutes(text), expected, text),
    "agency_periodical_mastheads": lambda language, text, expected: _eq(
        __import__("pipeline.parse.cia_crest", fromlist=["x"])._PERIODICAL_MASTHEAD.fullmatch(text) is not None, expected, text),
    "signing_bodies": lambda language, text, expected: _eq(model_module.is_signer_line(text), expected, text),
    "citation_bare_fond": lambda language, text, expected: _eq(next(iter(citation_line(text)), {}).get("fond"), expected, text),
    "archive_keeps": lambda language, text, expected: _eq(_kept(text), expected, text),
    "letterhead_units": lambda language, text, expected: _eq(headings.is_letterhead_unit(text), expected, text),
    "catalogue_fields": lambda language, text, expected: _eq(headings.catalogue_field(text), expected, text),
    "address_lines": lambda language, text, expected: _eq(
        __import__("pipeline.parse.parties", fromlist=["x"]).address_line(text), expected, text),
    "salutations": _salutation,
    "letter_salutations": lambda language, text, expected: _eq(bool(signature._SALUTATION.match(text)), True, text),
    "closings": _matches(wcda_text._CLOSING),
    "telegram_headings": _telegram_number,
    "distinctive_letters": _holds(_surely_russian),
    "foreign_letters": _is_of_language("uk"),
    "function_words": _holds(_mostly_english),
    "source_notes": _source_note,
    "catalogue_head": lambda language, lines, expected: _catalogue_head(lines, expected),
    "cited_ibid_notes": lambda language, notes, expected: _assert_equal(
        [c["archive"] for c in source_note_module.book_footnote_citations(notes.split(" / "))], expected, notes),
    "title_parties": _title_parties,
    "editor_glosses": _editor_glosses,
    "salutation_line": _salutation_line,
    "salutation_copies": _salutation_copies,
    "printed_from": _source_note,
    "citation_line": _source_note,
    "footnote_citations": _footnote_citations,
    "repository_citation_line": _source_note,
    "repository_endings": _source_note,
    "citation_folio_words": _source_note,
    "citation_archive_endings": _source_note,
    "repository_footnote_citations": _footnote_citations,
    "addressee_joiners": _salutation_line,
    "head_addressees": lambda language, line, expected: _assert_equal(signature.head_addressee_line(line), expected, line),
    "addressee_offices": _addressee_offices,
    "title_parties_initialled": _title_parties,
    "wire_parties_office_line": _wire_parties,
    "citation_strings": _citation_strings,
    "drafted_by": _drafted_by,
    "dispatch_stamps": _dispatch_stamps,
    "telegram_head": _telegram_head,
    "telegram_reference": _telegram_reference,
    "own_telegram_reference": lambda language, line, expected: _assert_equal(cable_header.own_reference_example(line), expected, line),
    "receipt_marks": _receiving_office,
    "receipt_body_openers": _receiving_office,
    "paper_number_labels": lambda language, text, expected: _eq((m := generic._NUMBERED_KIND.match(text)) and m["kind"], expected, text),
    "telegram_reply": _telegram_reply,
    "opinion": _opinion,
    "commentary": _commentary,
    "paper_parties": lambda language, text, expected: _eq(annotate_module.cites_a_publication(text), expected, text),
    "citation_shape": lambda language, text, expected: _eq(annotate_module.cites_a_paper(text), expected, text),
    "date_opens_a_name": lambda language, text, expected: _eq(
        any(annotate_module.names_a_thing(text, d) for d in find_dates(text, 1965)), expected, text),
    "informed_passive": _holds(tense_sentence.WRITER_INFORMED.search),
    "no_cue": _no_cue,
    "recorded_by": _holds(tense_sentence.RECORDED_BY.search),
    "memo_header": _memo_header,
    "diary_headings": _diary_heading,
    "wire_parties": _wire_parties,
    "genitive_owned_groups": lambda language, text, expected: _eq(
        [n for _, _, n in common.genitive_owned_groups(text, find_mentions(text), language)], expected, text),
    "subjectless_writer_verbs": lambda language, text, expected: _eq(bool(passages._SUBJECTLESS_WRITER.match(text)), expected, text),
    "attachment_heading": _groups(document_act.ATTACHMENT_HEADING.match, "heading"),
    "quoted_message": _groups(document_act.ANNOUNCED.search, "sender", "recipient"),
    "forwarded_message": lambda language, text, expected: _groups(
        (document_act.FORWARDED_RU if language == "ru" else document_act.FORWARDED).search, "recipient"
    )(language, text, expected),
    "passing_verbs": _holds(common._PASSING.search),
    "nominal_acts": _nominal_act,
    "person_clause_openers": _clause_sources,
    "meeting_nouns": _meeting_body,
    "cited_messages": _referred,
    "frames_before": _referred,
    "act_prepositions": _referred,
    "addressee_forms": _referred,
    "act_participles": _referred,
    "state_adjectives": _state_adjective,
    "intermediary_words": _holds(common._INTERMEDIARY.match),
    "greetings": _holds(passages.GREETING.match),
    "vocatives": _holds(passages.VOCATIVE.match),
    "addressing_participles": lambda language, text, whom: _eq(common.addressed_first(text, language), whom, text),
    "own_words": lambda language, text, names: _eq(
        [n for a, _, n in common.group_nouns(text, language) if not common._OWN_BEFORE.search(text[:a])], names, text
    ),
    "group_nouns": lambda language, text, names: _eq([n for _, _, n in common.group_nouns(text, language)], names, text),
    "owned_groups": lambda language, text, names: _eq(common.clause_names(text, language), names, text),
    "decision_labels": lambda language, text, expected: _eq(passages.is_decision_label(text), expected, text),
    "decision_heads": lambda language, text, expected: _eq(passages.is_decision_head(text), expected, text),
    "item_heads": lambda language, text, expected: _eq(document_act.item_head_end(text) > 0, expected, text),
    "joined_day_joiners": lambda language, text, expected: _eq(
        not dated_sentence._ahead_in_clause(text, find_dates(text, 1977)[-1]), expected, text),
    "dated_thing_nouns": lambda language, text, expected: _eq(
        any(dated_sentence.names_a_dated_thing(text, d, language) for d in find_dates(text, 1962)), expected, text),
    "since_month_openers": lambda language, text, expected: _eq(
        str(annotate_module.annotate(text, 1959, (1959, 7))[0][0].dates[-1].start_date), expected, text),
    "backdrop_year_openers": lambda language, text, expected: _eq(
        any(dated_sentence.backdrop_year(text, d, language) for d in find_dates(text, 1962)), expected, text),
    "request_favours": lambda language, text, expected: _eq(common.performative_kind(text), expected, text),
    "meeting_agreed_openings": lambda language, text, expected: _eq(passages._AGREED_HERE.match(text) is not None, expected, text),
    "month_participles": lambda language, text, expected: _eq(
        [[str(r.start_date), str(r.end_date)] for r in passages.done_in_a_month(0, Sentence(0, len(text), text, []), date(1975, 10, 2), [])][:1]
        or [None], [[str(x) for x in expected]] if expected else [None], text),
    "decision_point_opener": lambda language, text, expected: _eq(passages.decision_point(text), expected, text),
    "done_already_joints": lambda language, text, expected: _eq((m := passages.done_already_clause(text)) and m["clause"], expected, text),
    "decision_point_performed": lambda language, text, expected: _eq(not passages.decision_point(text), expected, text),
    "decision_point_own_day": lambda language, text, expected: _eq(passages.names_the_session_day(text, date(1960, 1, 1)), expected, text),
    "writer_plan_openings": lambda language, text, expected: _eq(
        passages._WRITER_PLAN.match(text) is not None, expected, text),
    "performative_leads": lambda language, text, expected: _eq(
        "performative" in {c.kind for c in read_cues(text, language)}, expected, text),
    "month_act_openers": lambda language, text, expected: _eq(
        (passages.restricted_month_clause_texts(text, language) or [None])[0], expected, text),
    "restricted_clause_openers": lambda language, text, expected: _eq(
        (passages.restricted_week_clause_texts(text, language) or [None])[0], expected, text),
    "turn_clause_openers": lambda language, text, expected: _eq(
        passages.turn_main_clause(text, [d.start for d in find_dates(text, 1975)], language), expected, text),
    "turn_phrase_openers": lambda language, text, expected: _eq(
        passages.turn_main_clause(text, [d.start for d in find_dates(text, 1975)], language), expected, text),
    "own_group_openers": lambda language, text, name: _eq(_own_group(text), name, text),
    "host_post_in": lambda language, text, state: _eq(passages.host_state(text), state, text),
    "host_bodies": lambda language, text, name: _eq(_host_body(text), name, text),
    "host_bodies_own": lambda language, text, name: _eq(_host_body(text, "government"), name, text),
    "state_bodies": lambda language, text, body: _eq(state_body(text.split(" / ")[0], writer_state([text.split(" / ")[1]], None)), body, text),
    "party_organs": lambda language, text, body: _eq(party_organ(text.split(" / ")[0], writer_party([text.split(" / ")[1]], None)), body, text),
    "adjective_endings": lambda language, text, names: _eq(common.subject_groups(text, language), names, text),
    "people_words": lambda language, text, names: _eq([n for _, _, n in common.group_nouns(text, language)], names, text),
    "agent_nouns": lambda language, text, names: _eq(common.clause_names(text, language), names, text),
    "force_nouns": lambda language, text, names: _eq(common.clause_names(text, language), names, text),
    "relative_openers": lambda language, text, names: _eq(common.subject_phrase(text), names, text),
    "state_force_nouns": lambda language, text, names: _eq(common.clause_names(text, language), names, text),
    "place_of_nouns": lambda language, text, names: _eq(common.clause_names(text, language), names, text),
    "comma_passive_agent": lambda language, text, name: _eq(common.passive_agent(text), name, text),
    "kin_nouns": lambda language, text, names: _eq(common.subject_names(text, language), names, text),
    "kin_modifiers": lambda language, text, names: _eq(common.subject_names(text, language), names, text),
    "generic_heads": lambda language, text, names: _eq(common.kept_actors([text]), names, text),
    "hypothetical": lambda language, text, past: _eq(any(c.kind == "past" for c in read_cues(text, language)), past, text),
    "unnamed_actor_skip": lambda language, text, name: _eq(passages.first_named(text, language), name, text),
    "subject_after_verbs": lambda language, text, names: _eq(passages.subject_after_verb(text), names, text),
    "subject_opening_heads": lambda language, text, name: _eq(passages.zh_headed_opening(text), name, text),
    "unnamed_subject_breaks": lambda language, text, names: _eq(passages.subject_named(text, language), names, text),
    "name_generation_suffixes": lambda language, text, names: _eq({n: passages.suffixed_names([text]).get(n, n) for n in names}, names, text),
    "envoy_post_offices": lambda language, text, name: _eq(passages.at_the_post(text.split(" | ")[1], text.split(" | ")[0]), name, text),
    "not_actor_names": lambda language, text, name: _eq(passages.name_kept(text), name, text),
    "place_heads": lambda language, text, place: _eq(common._is_region(text), place, text),
    "place_openers": lambda language, text, place: _eq(common._is_region(text), place, text),
    "destination_before_for": lambda language, text, names: _eq(common.clause_names(text, language), names, text),
    "destination_before_to": lambda language, text, names: _eq(common.clause_names(text, language), names, text),
    "destination_gap": lambda language, text, names: _eq(common.clause_names(text, language), names, text),
    "two_party_verbs": lambda language, text, names: _eq(_two_party_actors(text), names, text),
    "addressed_body_heads": lambda language, text, names: _eq(sum(common.window_actors(text, None), []), names, text),
    "subject_not_verbs": lambda language, text, name: _eq(common.carried_subject(text, language, None), name, text),
    "opening_count_words": lambda language, text, name: _eq(common.opening_name(text), name, text),
    "bare_force_words": lambda language, text, names: _eq(common.force_actors(*text.split(" / ", 1)), names, text),
    "page_state_groups": lambda language, text, names: _eq(
        common.force_actors(text.split(" / ")[1], text.split(" / ")[2], common.page_state([text.split(" / ")[0]])), names, text),
    "committee_links": lambda language, text, name: _eq(getattr(lookup(text), "name", None), name, text),
    "owner_first_heads": lambda language, text, name: _eq(common.group_name(text), name, text),
    "natural_forces": lambda language, text, names: _eq(common.subject_phrase(text), names, text),
    "partitive_groups": lambda language, text, names: _eq(common.subject_phrase(text), names, text),
    "counted_subjects": lambda language, text, names: _eq(common.subject_phrase(text), names, text),
    "surname_titles": lambda language, text, names: _eq([m.entity.name for m in find_mentions(text)], names, text),
    "appositive_offices": lambda language, text, names: _eq(common.clause_names(text, "en"), names, text),
    "apposed_offices": lambda language, text, names: _eq(list(common.apposed(text).values()), names, text),
    "name_styles": lambda language, text, names: _eq(list(common.apposed(text).values()), names, text),
    "name_titles": lambda language, text, names: _eq([n for _, _, n in common.language_titled_names(text, language, [])], names, text),
    "agent_auxiliaries": lambda language, text, name: _eq(common.passive_agent(text), name, text),
    "labels": lambda language, text, name: _eq(document_act.turn_name_in(text), name, text),
    "workplace_nouns": lambda language, text, names: _eq(common.subject_phrase(text), names, text),
    "subject_trailing_adverbs": lambda language, text, names: _eq(common.subject_phrase(text), names, text),
    "doer_nouns": lambda language, text, names: _eq(common.subject_phrase(text), names, text),
    "conversation_nouns": lambda language, text, partners: _eq(common.talk_partners(text, language), partners, text),
    "convening_verbs": lambda language, text, expected: _eq(bool(tense_sentence._CONVENED.search(text)), expected, text),
    "experiencer_words": lambda language, text, names: _eq(common.clause_experiencer(text), names, text),
    "invitation_verbs": lambda language, text, expected: _eq(bool(tense_sentence._INVITED.search(text)), expected, text),
    "refusals": lambda language, text, expected: _eq("past" in {c.kind for c in read_cues(text, language)}, True, text),
    "chronicle_words": lambda language, text, names: _eq(
        (lambda parties: [*parties[0], *parties[1]] if parties else [])(passages.chronicle_parties(text, "Zhou Enlai", 1958)), names, text),
    "page_groups": lambda language, text, names: _eq([n for _, _, n in passages.page_groups(text)], names, text),
    "page_people": lambda language, text, names: _eq([w for _, _, w, _ in passages.page_people(text)], names, text),
    "founded_body_verbs": lambda language, text, names: _eq(passages.founded_bodies(text), names, text),
    "founding_announced": lambda language, text, names: _eq(
        [n for e in extract_events(ParsedDocument(parser="test/1", blocks=[Block("paragraph", 0, len(text), text, language=language)],
                                                  source_type="archival_record")) for n in (*e.sources, *e.targets)], names, text),
    "founded_body_endings": lambda language, text, forms: _eq(
        (lambda later: {later[a:b]: body for a, b, body in passages.bodies_in(later, passages.page_bodies([text]))})(
            text.split("\u3002", 1)[1]), forms or {}, text),
    "leader_comment_verbs": lambda language, text, expected: _eq(passages.leader_comment(text), expected, text),
    "chronicle_copulas": lambda language, text, names: _eq(passages._people_then_verb(text), names, text),
    "chronicle_second_acts": lambda language, text, acts: _eq(
        [[*a[2], *a[3]] for a in passages.chronicle_acts(text, "Zhou Enlai", 1958)], acts, text),
    "record_with": lambda language, text, writer: _eq(record_writer(text), [writer], text),
    "writer_in_clause_subject": _writer_in_clause,
    "own_number_papers": lambda language, text, expected: _eq(bool(passages._OWN_NUMBER.match(text)), expected, text),
    "writer_turn_openers": lambda language, text, _: _eq(bool(talk_parties_module._WRITER_TURN.match(text)), True, text),
    "told_of_himself_verbs": lambda language, text, _: _eq(bool(passages._TOLD_OF_HIMSELF.match(text)), True, text),
    "handed_message_nouns": lambda language, text, _: _eq(bool(talk_parties_module._message_author(text)), True, text),
    "signed_labels": lambda language, text, name: _eq(signed_name(text), name, text),
    "log_keeper_labels": lambda language, text, name: _eq(
        (__import__("pipeline.parse", fromlist=["x"]).parse_text(text).sender_names or [None])[0], name, text),
    "signed_after_marks": lambda language, text, name: _eq(signed_name(text), name, text),
    "signed_for_labels": lambda language, text, name: _eq(
        (__import__("pipeline.parse", fromlist=["x"]).parse_text(text).sender_names or [None])[0], name, text),
    "addressee_block_openers": lambda language, text, addressee: _eq(
        __import__("pipeline.parse.headings", fromlist=["x"]).addressee_block(text.split("\n")), addressee, text),
    "submitted_marks": lambda language, text, name: _eq(
        (__import__("pipeline.parse", fromlist=["x"]).parse_text(text).sender_names or [None])[0], name, text),
    "dateline_articles": lambda language, text, expected: _eq(generic._is_place_date_line(text), expected, text),
    "attached_labels": lambda language, text, expected: _eq(generic.attached_label(text), expected, text),
    "forwarding_title_verbs": lambda language, text, expected: _eq(generic.forwarding_sender(text), expected, text),
    "request_verbs": lambda language, text, act: _eq(text[common.asked_act(text, language) or 0:].startswith(act), True, text),
    "title_modifiers": lambda language, text, names: CHECKS["heading_by"](language, text, names),
    "route_prepositions": lambda language, text, kept: _eq(_route_kept(text), kept or [], text),
    "heading_by": lambda language, text, names: _eq(
        [e.sources for e in extract_events(ParsedDocument(parser="test/1", blocks=[Block("paragraph", 0, len(text), text, language=language)],
                                                           source_type="book_page")) if e.method == "dated_sentence"], [names], text),
    "verb_prefixes": lambda language, text, expected: _eq("past" in {c.kind for c in read_cues(text, language)}, expected, text),
    "passive_negations": lambda language, text, expected: _eq("past" in {c.kind for c in read_cues(text, language)}, True, text),
    "passive_participles": lambda language, text, expected: _eq("past" in {c.kind for c in read_cues(text, language)}, expected, text),
    "ranked_act_words": lambda language, text, expected: _eq("past" in {c.kind for c in read_cues(text, language)}, True, text),
    "gathering_papers": lambda language, text, days: _eq(_done_at_dated_gathering(text), days, text),
    "guarded_name_before": lambda language, text, names: _eq([m.entity.name for m in find_mentions(text)], names or [], text),
    "transliteration_characters": lambda language, text, names: _eq([m.entity.name for m in find_mentions(text)], names or [], text),
    "quoted_body_endings": lambda language, text, names: _eq([m.entity.name for m in find_mentions(text)], names or [], text),
    "short_name_markers": lambda language, text, names: _eq({v: k for k, v in document_act.short_names([text]).items()}, names or {}, text),
    "answer_verbs": lambda language, text, expected: _eq(passages.answers_before(text) is not None, expected, text),
    "reporting_verbs": lambda language, text, clause: _eq(
        text[m.end():] if (m := (tense_sentence._AS_REPORTED_RU if language == "ru" else tense_sentence._AS_REPORTED).match(text)) else None,
        clause, text,
    ),
    "wished_acts": lambda language, text, expected: _eq(any(dated_sentence.is_wished(text, m, language) for m in find_dates(text, 1956)), expected, text),
    "transliterated_initials": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.signature", fromlist=["x"]).is_signed_name(text), expected, text),
    "authored_title_kinds": lambda language, text, expected: _assert_equal(generic.authored_by(text), expected, text),
    "title_party_openers": lambda language, text, expected: _assert_equal(
        [m["sender"], m["recipient"]] if (m := generic._EN_TITLE.match(text)) else None, expected, text),
    "authored_record_kinds": lambda language, text, expected: _assert_equal(signature.authored_record(text), expected, text),
    "annotation_labels": lambda language, text, expected: _assert_equal(
        __import__("pipeline.parse.signature", fromlist=["x"]).is_annotation_line(text), expected, text),
    "dtg_openers": lambda language, text, expected: _eq(
        next((str(d.start_date) for d in find_dates(text.rsplit(" (", 1)[0], int(text.rsplit(" (", 1)[1][:4]), int(text.rsplit(" (", 1)[1][5:7]))
              if d.precision == "minute"), None), expected, text),
    "margin_comment_labels": lambda language, text, expected: _eq(bool(cable_trailer._INLINE_NOTE.search(text)), expected, text),
    "annotation_days": lambda language, text, day: _eq(str(found) if (found := cable_trailer.annotation_day(text, 1975)) else None, day, text),
    "turn_commitments": lambda language, text, expected: _eq(document_act.says_something(text, language, False), expected, text),
    "member_titles": lambda language, text, expected: _eq(document_act.member_label(text), expected, text),
    "question_sittings": lambda language, text, expected: _eq(bool(context_module._SITTING_WORDS.search(text)), expected, text),
    "distribution_labels": lambda language, text, names: _eq(cable_trailer.distributed_to(text, language) or None, names, text),
    "distribution_filed": lambda language, text, names: _eq(cable_trailer.distributed_to(text, language) or None, names, text),
    "distribution_comrade_marks": lambda language, text, names: _eq(cable_trailer.distributed_to(text, language) or None, names, text),
    "distribution_short_words": lambda language, text, names: _eq(cable_trailer.distributed_to(text, language) or None, names, text),
    "soon_after": lambda language, text, clause: _eq(
        text[:end] if (found := find_dates(text, 1968)) and (end := passages.told_before(text, found[0], language)) else None, clause, text
    ),
    "venue_nouns": lambda language, text, place: _eq(passages.new_scene(text), place, text),
    "between_words": lambda language, text, days: _eq(
        [found[0].start_date, found[1].end_date] if (found := passages.happened_between(text, find_dates(text, 1962))) else None, days, text
    ),
    "inferred_past_modals": lambda language, text, unreal: _eq(dated_sentence.is_unreal(text, find_dates(text, 1956)[0], language), unreal, text),
    "reader_knows_openers": lambda language, text, unreal: _eq(dated_sentence.is_unreal(text, find_dates(text, 1983)[0], language), unreal, text),
    "agenda_openers": lambda language, text, expected: _eq(bool(passages._TALKS_HEADING.match(text)), expected, text),
    "audience_vocatives": lambda language, text, expected: _eq(passages.calls_on_hearers(text), expected, text),
    "position_verbs": lambda language, text, names: _eq(tense_sentence.position_holders(text, _NO_CONTEXT) or None, names, text),
    "answer_nouns": lambda language, text, expected: _eq(bool(tense_sentence.ANSWER_WAS.match(text)), expected, text),
    "deadline_passed_openers": lambda language, text, day: _eq(
        next((d for m in _dates_and_months(text, language) if (d := dated_sentence.deadline_passed(text, m, language))), None), day, text
    ),
    "plan_day_verbs": lambda language, text, day: _eq(dated_sentence.plan_day(text, find_dates(text, 1956)[0]), day, text),
    "scheduled_participles": lambda language, text, held: _eq(dated_sentence.scheduled_day(text, find_dates(text, 1974)[0]), held, text),
    "night_openers": lambda language, text, held: _eq(bool(tense_sentence._NIGHT_OPENING.match(text)), held, text),
    "own_group_nouns": lambda language, text, names: _eq(
        common.own_group(text.split(" / ")[0], common.Context(None, None, [text.split(" / ")[1]], [], True, False, [])), names, text
    ),
    "told_clause_joiners": _second_told_day,
    "saying_day_clause_openers": _second_told_day,
    "saying_day_verbs": _second_told_day,
    "day_clause_joiners": _second_told_day,
    "later_day_clause_joiners": _second_told_day,
    "shared_subject_joiners": _second_told_day,
    "night_after_day": _night_after_day,
    "relative_clause_openers": _aside_and_main_days,
    "again_day_joiners": _days_again,
    "progressive_states": lambda language, text, expected: _eq("ongoing" in {c.kind for c in read_cues(text, language)}, expected, text),
    "forward_spans": lambda language, text, expected: _eq(
        next(([0, c.days] for c in read_cues(text, language) if c.kind == "counted_span" and c.forward), None), expected, text
    ),
    "present_states_ru": lambda language, text, expected: _eq("ongoing" in {c.kind for c in read_cues(text, language)}, expected, text),
    "present_states_zh": lambda language, text, expected: _eq("ongoing" in {c.kind for c in read_cues(text, language)}, expected, text),
    "since_then_joints": _since_then_joined,
    "since_then_openers": lambda language, text, expected: _eq(bool(
        relative_date.since_then_events(0, Sentence(0, len(text), text, [], 1969), [_day_row(date(1969, 3, 2))], _written(date(1969, 3, 17)))
    ), expected, text),
    "closing_after_words": lambda language, text, clause: _eq(
        text[slice(*span)] if (span := closing_after_clause(text, language)) else None, clause, text
    ),
    "after_words": lambda language, text, clause: _eq(text[slice(*span)] if (span := after_clause(text, language)) else None, clause, text),
    "joint_subjects": lambda language, text, expected: _eq(
        any(common.joint_subject(text[: c.start]) for c in read_cues(text, language)), expected, text
    ),
    "treaty_nouns": lambda language, text, expected: _eq(any(dated_sentence.names_a_pact(text, m) for m in find_dates(text, 1956)), expected, text),
    "gathered_members": lambda language, text, group: _eq(m["group"] if (m := passages.GATHERED_GROUP.search(text)) else None, group, text),
    "journey_nouns": lambda language, text, act: _eq(m["act"] if (m := passages.JOURNEY_DAY.search(text)) else None, act, text),
    "giving_verbs": lambda language, text, expected: _eq(
        [m["giver"], m["whom"]] if (m := undated_sentence.given_pattern(language).search(text)) else None, expected, text
    ),
    "open_start_words": lambda language, text, days: _eq(_lasting(text), tuple(days) if days else None, text),
    "not_verbs": lambda language, text, expected: _eq("past" in {c.kind for c in read_cues(text, language)}, expected, text),
    "negated_acts": lambda language, text, expected: _eq("past" in {c.kind for c in read_cues(text, language)}, True, text),
    "conformity_frames": lambda language, text, expected: _eq(_conformity(language, text), expected, text),
    "later_frames": lambda language, text, actor: _eq(
        (told[0].sources or [None])[0] if (told := passages._told_as_to_come(0, _sentence(text), language)) else None, actor, text),
    "conformity_own_requests": lambda language, text, told: _eq(undated_sentence.own_request_told_with_its_act(text, language), told, text),
    "request_frames_told_with_the_act": lambda language, text, told: _eq(undated_sentence.request_told_with_its_act(text, language), told, text),
    "request_frames": lambda language, text, party: _eq(m["party"] if (m := undated_sentence._REQUEST[language].search(text)) else None, party, text),
    "request_frames_around": lambda language, text, party: _eq(m["party"] if (m := undated_sentence._REQUEST[language].search(text)) else None, party, text),
    "wishes": lambda language, text, expected: _eq(states_a_wish(text, language), expected, text),
    "meeting_opening_acts": lambda language, text, expected: _eq(bool(tense_sentence.MEETING_OPENS.search(text)), expected, text),
    "meeting_closing_acts": lambda language, text, expected: _eq(bool(tense_sentence._MEETING_CLOSES.search(text)), expected, text),
    "talk_course_verbs": lambda language, text, expected: _eq(bool(passages._TALK_NARRATED.match(text)), expected, text),
    "lasting_openers": lambda language, text, expected: _eq(common.lasted_days(text), expected, text),
    "night_onto_openers": lambda language, text, expected: _eq(
        (lambda d: f"{d.start_date}..{d.end_date}")(find_dates(text.rsplit(" (", 1)[0], int(text.rsplit(" (", 1)[1].rstrip(")")))[0]), expected, text),
    "writer_words": lambda language, text, expected: _eq(tense_sentence.names_the_writer(text, language), expected, text),
    "calm_states": lambda language, text, expected: _eq(passages.calm_state(text), expected, text),
    "writer_side_words": lambda language, text, expected: _eq(tense_sentence.names_the_writers_side(text, language), expected, text),
    "writer_perfect": lambda language, text, expected: _eq(bool(passages._WRITER_PERFECT.match(text)), expected, text),
    "deadline_openers": lambda language, text, expected: _deadline_ahead(language, text, expected),
    "deadline_closers": lambda language, text, expected: _deadline_ahead(language, text, expected),
    "date_attribute_endings": lambda language, text, expected: _eq(
        [str(d.start_date) for s in annotate_module.annotate(text.rsplit(" (", 1)[0], int(text.rsplit(" (", 1)[1].rstrip(")")),
                                                              language=language)[0] for d in s.dates], expected, text),
    "day_span_openers": lambda language, text, expected: _eq(
        (lambda d: f"{d.start_date}..{d.end_date}")(find_dates(text.rsplit(" (", 1)[0], int(text.rsplit(" (", 1)[1].rstrip(")")))[0]), expected, text),
    "day_span_joiners": lambda language, text, expected: _eq(
        (lambda d: f"{d.start_date}..{d.end_date}")(find_dates(text.rsplit(" (", 1)[0], int(text.rsplit(" (", 1)[1].rstrip(")")))[0]), expected, text),
    "day_parts_told": lambda language, text, expected: _eq(common.told_clock(text, language), expected, text),
    "turn_openers": lambda language, text, expected: _eq(document_act.narrated_speaker(text, language), expected, text),
    "turn_listeners": lambda language, text, expected: _eq(document_act.narrated_speaker(text, language), expected, text),
    "told_listener_heads": lambda language, text, expected: _eq((common.told_listener(text) or (None,))[0], expected, text),
    "met_listener_verbs": lambda language, text, expected: _eq((common.met_listener(text) or (None,))[0], expected, text),
    "verb_listener": lambda language, text, expected: _eq(common.verb_listener(text), expected, text),
    "turn_topic_verbs": lambda language, text, expected: _eq(bool(tense_sentence.TOPIC_TURN.match(text)), expected, text),
    "recorder_turn_verbs": lambda language, text, expected: _eq(bool(tense_sentence.RECORDER_TURN.match(text)), expected, text),
    "record_day_openers": lambda language, text, expected: _eq(bool(tense_sentence._RECORD_DAY_OPENER.match(text)), expected, text),
    "own_offices": lambda language, text, office: _eq(m["office"] if (m := tense_sentence._OUR_OFFICE.search(text)) else None, office, text),
    "paper_study_verbs": lambda language, text, names: _eq(
        (found[0].sources if (found := passages._studied_papers(0, _sentence(text), find_dates(text, 1968), date(1968, 5, 12), None)) else None), names, text),
    "paper_receipt_verbs": lambda language, text, span: _eq(_received_span(text, language), span, text),
    "paper_received_words": lambda language, text, span: _eq(_received_span(text, language), span, text),
    "paper_handover_words": lambda language, text, day: _eq(passages.handed_on_a_day(text, language), None if day is None else str(day), text),
    "paper_act_verbs": lambda language, text, day: _eq(passages.act_on_a_paper(text), None if day is None else str(day), text),
    "plan_party_verbs": lambda language, text, party: _eq(m["party"].strip() if (m := passages._PLAN_PARTY.match(text)) else None, party, text),
    "call_on_verbs": lambda language, text, host: _eq(m["host"].strip() if (m := common.call_paid(text)) else None, host, text),
    "writer_visit_verbs": lambda language, text, expected: _eq(bool(passages._WRITER_VISITED.match(text)), expected, text),
    "arrival_words": lambda language, text, expected: _eq(bool(passages._ARRIVED[language].search(text)), expected, text),
    "clock_openers": lambda language, text, count: _eq(len(sentence_spans(text)), count, text),
    "prior_participles": lambda language, text, clause: _eq(([text[a:b] for a, b in prior_clauses(text, language)] or [None])[0], clause, text),
    "session_words": lambda language, text, expected: _assert_equal(
        __import__("pipeline.extract.events.context", fromlist=["x"]).session_body(text), expected, text),
    "account_occasions": lambda language, text, expected: _eq(_account_occasion(text), expected, text),
    "approval_lines": lambda language, text, expected: _eq(cable_trailer.approval_line(text), expected, text),
    "account_sayings": lambda language, text, expected: _eq(
        text[slice(*span)] if (span := __import__("pipeline.extract.events.source_account", fromlist=["x"]).source_said(text)) else None,
        expected, text),
    "message_file_ends": lambda language, text, expected: _eq(
        list(ends) if (ends := __import__("pipeline.extract.events.message_file", fromlist=["x"]).message_ends(text)) else None, expected, text),
    "message_file_signers": lambda language, text, expected: _eq(
        __import__("pipeline.extract.events.message_file", fromlist=["x"]).message_signer(text), expected, text),
    "message_log_ways": lambda language, text, expected: _eq(
        list(w) if (w := __import__("pipeline.extract.events.message_file", fromlist=["x"]).log_way(text)) else None, expected, text),
    "message_file_heads": lambda language, text, expected: _eq(
        [h.kind, str(h.day), h.time] if (h := __import__("pipeline.extract.events.message_file", fromlist=["x"]).message_head(text))
        else None, None if expected is None else [expected[0], str(expected[1]), expected[2]], text),
}


def _account_occasion(line: str) -> list[str] | None:
    """The days a source's account's head line dates its questioning on, read on a page of that line alone."""
    from pipeline.extract.events.source_account import account_occasion
    doc = ParsedDocument(parser="test/1", blocks=[Block("paragraph", 0, len(line), line, language="en")], source_type="archival")
    found = account_occasion(doc)
    return [str(found[1].start_date), str(found[1].end_date)] if found else None


def _received_span(text: str, language: str) -> str | None:
    """The receipt of a dated paper a sentence tells, in a letter written on 20 July (en: September) 1968."""
    day = date(1968, 9, 20) if language == "en" else date(1968, 7, 20)
    from pipeline.extract.events.annotate import Sentence

    dates = find_dates(text, 1968)
    found = passages._studied_papers(0, Sentence(0, len(text), text, dates), dates, day, None, language, ["Writer"])
    return f"{found[0].start_date}..{found[0].end_date}" if found else None


def _conformity(language: str, text: str) -> list | None:
    """Whose the earlier instruction is that a sentence says its act follows, and the words that say so."""
    pattern, owners = undated_sentence._CONFORMITY[language]
    m = pattern.search(text)
    if m is None or any(m.start() <= d.start < m.end() or undated_sentence._DATE_OF.fullmatch(text, m.end(), d.start) for d in find_dates(text, 1950)):
        return None
    return [owners[m["owner"].lower()], m.group()]


def _handled_by(text: str) -> list | None:
    """Who a handling line says acted, in a telegram from "sender" to "recipient"."""
    from pipeline.extract.events.cable_trailer import handling_actors
    from pipeline.extract.events.common import Context

    context = Context(None, None, ["sender"], ["recipient"], is_correspondence=True, is_conversation=False, resolver=[])
    actors = handling_actors(text, context)
    return [list(a) for a in actors] if actors is not None else None


def _ru_home_ministry(title: str) -> str | None:
    """The foreign ministry whose stamps a Russian cable of that title bears."""
    from pipeline.extract.events.context import ru_home_ministry

    return ru_home_ministry(title)


def _handled_at_home(text: str) -> list | None:
    """Who a handling line says acted, in a cable from the Polish Embassy in Bangkok that names no addressee."""
    from pipeline.extract.events.cable_trailer import handling_actors
    from pipeline.extract.events.common import Context

    context = Context(None, None, ["sender"], [], is_correspondence=True, is_conversation=False, resolver=[], home_ministry="Polish Foreign Ministry")
    actors = handling_actors(text, context)
    return [list(a) for a in actors] if actors is not None else None


def _relation_subject(example: str) -> list[str]:
    """The subject of the last line of "heading / sentence", read on a page of those lines."""
    from pipeline.extract.events.common import reading_page, subject_phrase

    texts = example.split(" / ")
    verb = next(c for c in read_cues(texts[-1], "en") if c.kind == "past")
    with reading_page(texts):
        return subject_phrase(texts[-1][: verb.start])


def _sentence(text: str):
    from pipeline.extract.events.annotate import Sentence

    return Sentence(0, len(text), text, [])


def _lasting(text: str) -> tuple | None:
    """The first and last day of the first act a text tells from a day until the next act it joins to it."""
    dates = find_dates(text)
    found = passages.lasts_until_next(text, dates)
    return (dates[found[0][0]].start_date, dates[found[0][1]].start_date) if found else None


def _done_at_dated_gathering(text: str) -> list | None:
    """The days of the gathering a text's last sentence names by its place, where the text dated it before."""
    held = {passages._place_named(text[: d.start], passages._PLACE_THING_DATED): d for d in find_dates(text)}
    place = passages._place_named(text.rsplit(". ", 1)[-1], passages._PLACE_THING)
    return [held[place].start_date, held[place].end_date] if place in held else None


def _listed_lines(text: str) -> list[str]:
    """The lines of a record's list of participants, its head written a line a passage."""
    lines, blocks, at = text.split("\n"), [], 0
    for line in lines:
        blocks.append(Block("paragraph", at, at + len(line), line, language="en"))
        at += len(line) + 1
    lines = context_module._participant_lines(ParsedDocument(parser="test/1", blocks=blocks, source_type="archival"))
    return lines or []


def _route_kept(text: str) -> list[str]:
    """The places a sentence names that stay a row's other parties once those it names as where the act went are left."""
    doc = ParsedDocument(parser="test/1", blocks=[Block("paragraph", 0, len(text), text, language="en")], source_type="book_page")
    event = common.EventDraft(0, "statement", 0, len(text), "tense_sentence", 0.5)
    event.targets = list(dict.fromkeys(m.entity.name for m in find_mentions(text) if m.entity.kind == "place"))
    passages._places_passed_through([event], doc)
    return event.targets


def _two_party_actors(text: str) -> list[str]:
    """The actors of a text's last sentence, the person its first sentence names spoken of last."""
    first, last = text.split(". ", 1)
    sources, targets = common.window_actors(last, common.clause_names(first, "en")[0])
    return sources + targets


def _owned_group(language: str, page: str, actor: str) -> str:
    """A row's actor named by a group's noun alone, as the Chinese page before it / the Russian sentence names it."""
    if language == "zh":
        return full_names_module.owned_group(actor, [page], page.rstrip("。").rsplit("。", 1)[-1])
    return full_names_module.ru_owned_group(actor, page)


def _examples():
    for language in (*LANGUAGES, *SUPPLEMENTED):  # a supplement's words are laid over the borrowed ones (borrowed.supplemented)
        for key, examples in lexicon(language).items():
            rule = key.removeprefix("examples_")
            if key.startswith("examples_"):
                pairs = examples.items() if isinstance(examples, dict) else ((e, None) for e in examples)
                for example, expected in pairs:
                    yield pytest.param(language, rule, example, expected, id=f"{language}-{rule}-{str(example)[:30]}")
        for rule, sentences in (lexicon(language).get("event_word_examples") or {}).items():
            for sentence in sentences:
                yield pytest.param(language, f"event_words.{rule}", sentence, None, id=f"{language}-event_words.{rule}-{sentence[:24]}")


@pytest.mark.parametrize(("language", "rule", "example", "expected"), list(_examples()))
def test_every_example_of_the_language_files_holds(language, rule, example, expected):
    with reading(language if borrows(language) else None):  # a borrowing language's words are read on its own page alone
        _example_holds(language, rule, example, expected)


def _with_leader(text: str) -> list[str]:
    """The actors a row bearing the example's leader alone has after the group he leads is read, its evidence the sentence."""
    from types import SimpleNamespace
    told, leader = text.split(" | ")
    event = passages.EventDraft(0, "statement", 0, len(told), "tense_sentence", 0.5)
    event.sources = [leader]
    passages._groups_with_their_leaders([event], [SimpleNamespace(text=told, language="en")])
    return event.sources + event.targets


def _own_group(text: str) -> str:
    """The name a row bearing the example's third part has, its evidence the second, on a page of the first's title."""
    from pipeline.parse import parse_text
    title, told, name = text.split(" | ")
    doc = parse_text(f"source: http://example.org/doc\n{title}\n\n{told}\n")
    block = next(i for i, b in enumerate(doc.blocks) if told in b.text)
    start = doc.blocks[block].text.index(told)
    event = passages.EventDraft(block, "statement", start, start + len(told), "tense_sentence", 0.5)
    event.targets = [name]
    passages._own_groups_named([event], doc, frozenset())
    return event.targets[0]


def _host_body(text: str, name: str | None = None) -> str:
    """The name a row bearing ``name`` (else the example's second part) has on a page of the example's title, its
    evidence the example's second part where a name is given."""
    from pipeline.parse import parse_text
    title, second = text.split(" | ")
    told = second if name else "Text."
    doc = parse_text(f"source: http://example.org/doc\n{title}\n\n{told}\n")
    block = next(i for i, b in enumerate(doc.blocks) if told in b.text)
    start = doc.blocks[block].text.index(told)
    event = passages.EventDraft(block, "statement", start, start + len(told), "tense_sentence", 0.5)
    event.sources = [name or second]
    passages._host_bodies([event], doc)
    return event.sources[0]


def _example_holds(language, rule, example, expected):
    if rule.startswith("event_words."):
        assert re.search(event_words(rule.removeprefix("event_words.")), example, re.IGNORECASE), example
    elif rule in CHECKS:
        CHECKS[rule](language, example, expected)
    else:
        assert rule in {c.kind for c in read_cues(example, language)}, example


@pytest.mark.parametrize("language", ("ru", "zh"))
def test_every_event_rule_has_examples(language):
    words = lexicon(language).get("event_words") or {}
    examples = lexicon(language).get("event_word_examples") or {}
    assert words and set(words) == set(examples)


def test_a_russian_event_word_stands_alone_and_a_stem_takes_endings():
    assert not re.search(event_words("first_person"), "Мыслить", re.IGNORECASE)  # "мы" inside a word
    assert re.search(event_words("yours"), "вашими телеграммами", re.IGNORECASE)


def test_an_event_rule_no_language_has_matches_nothing():
    assert not re.search(event_words("no_such_rule"), "any text at all")


def test_patterns_are_built_longest_word_first_and_escaped():
    assert alternation(["Sep", "Sept.", "Sept", "September"]) == r"September|Sept\.|Sept|Sep"
    assert letters("ba.") == r"[\.ab]"


def test_initials_in_either_script_are_read():
    assert canonical_name("Игнатьев С.Д.") == "Semyon Ignatiev"
    assert canonical_name("Незнакомов Ё.Б.") == "Незнакомов"
    assert canonical_name("N.V. Neznakomov") == "N. V. Neznakomov"  # a person the gazetteer does not know: as written, spaced
    assert canonical_name("N.V. Roshchin") == "Nikolai Roshchin"  # initials and a known surname: the one person


def test_letters_of_every_alphabet_make_names_and_signatures():
    assert wcda_text._SIGNED.search("Secretary of the CC G. Malenkov")
    assert wcda_text._SIGNED.search("Секретарь ЦК Г. Маленков")
    assert wcda_text._CAPS_RUN.match("ТОВАРИЩУ МАО ЦЗЭДУНУ Ваша телеграмма получена.")
    assert wcda_layout.ALL_CAPS_TITLE.match("CIPHERED TELEGRAM FROM ROSHCHIN, 1951")
    assert not wcda_layout.ALL_CAPS_TITLE.match("CIPHERED TELEGRAM от Рощина, 1951")


def test_the_russian_examples_of_the_dataset_card_hold():
    from pipeline.publish.duck import connect, load_fts

    word, form = lexicon("ru")["card_stemming"]
    con = connect()
    load_fts(con)
    assert con.execute("SELECT stem($word, 'russian') = stem($form, 'russian')", {"word": word, "form": form}).fetchone() == (True,)
    alias, name = lexicon("ru")["card_alias"]
    assert lookup(alias).name == name


def test_no_key_is_written_twice_in_a_language_file():
    """YAML lets a later key silently replace an earlier one (two changes adding the same key, say): not here."""
    from importlib import resources

    import yaml

    def repeated(node) -> list[str]:
        if isinstance(node, yaml.MappingNode):
            keys = [k.value for k, _ in node.value]
            return [k for k in set(keys) if keys.count(k) > 1] + [r for _, v in node.value for r in repeated(v)]
        if isinstance(node, yaml.SequenceNode):
            return [r for v in node.value for r in repeated(v)]
        return []

    for language in LANGUAGES:
        text = resources.files("pipeline.reference").joinpath("lang", f"{language}.yaml").read_text("utf-8")
        assert repeated(yaml.compose(text)) == [], language

