"""What a document's sentences borrow from it: its date, year, correspondents, the record's meeting day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from pipeline.extract.events.annotate import tells_a_plan
from pipeline.extract.events.common import (
    ADDRESSED_TO,
    ADDRESSEE,
    CONVERSATION,
    MESSAGE_HEADING,
    RESOLVES_CUE,
    RESOLVES_LITERALS,
    RESPONSIBLE_LINE,
    SENT_TYPES,
    TELEGRAM_SUFFIX,
    TURN,
    YEAR_IN_URL,
    Context,
    WordsFirst,
    actor_names,
    is_person,
    names_an_actor,
    office_spans,
    opens_a_point,
    responsible_names,
)
from pipeline.extract.mentions import find_mentions
from pipeline.extract.tense import lexicon, read_cues, weekday_offset
from pipeline.normalize.dates import DateMention, find_dates, year_heading
from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, alternation, reading_language, words
from pipeline.normalize.names import (
    NAME_STYLE,
    canonical_name,
    dated_surname,
    entity,
    lookup,
    signed_person,
    unstyled,
    without_honorifics,
)
from pipeline.normalize.offices import bare_holders, home_countries
from pipeline.normalize.openings import compile_opening
from pipeline.parse.book_shape import note_number
from pipeline.parse.cia_crest import PARSER as CREST_PARSER
from pipeline.parse.generic import agency_dateline, copied_addressees, correspondent_dateline
from pipeline.parse.headings import RECORD_KINDS, closing_day, signed_dates
from pipeline.parse.model import ParsedDocument
from pipeline.parse.signal_head import signal_line
from pipeline.parse.signature import (  # "Signed: Aurel Mălnășan, ambassador": a cable's envoy
    is_office_line,
    is_signed_name,
    office_and_name,
    signed_name,
)
from pipeline.parse.source_note import citation_line


def document_context(doc: ParsedDocument) -> Context:
    # a mission's signed cable: the mission sends it, its signer (the document's sender) is its "I" (``_mission_signer``)
    senders = [doc.sending_office] if doc.sending_office else list(doc.sender_names)
    recipients = list(doc.recipient_names)
    heading = None
    if not senders or not recipients:
        found_senders, found_recipients, heading = _title_correspondents(doc)
        senders, recipients = senders or found_senders, recipients or found_recipients
    letter_date = doc.document_date if doc.document_date_precision in ("day", None) else None
    letter_date = letter_date or _dateline(doc) or _signature_date(doc) or _group_date(doc)
    letter_date = _wire_dateline(doc, letter_date) or letter_date  # "MOSCOW, July 11 (TASS).—" in the paper of July 12
    if doc.date_is_story and letter_date is not None and letter_date == doc.document_date \
            and (told := _body_years(doc)) and letter_date.year > max(told) + 1:
        letter_date = None  # a book's page dated by a note's source years after every year its text tells (an interview
        # of 1997 under a page on March 1979): no day the text speaks from; its days are of the years the text writes
        doc_year = told[0]
    else:
        doc_year = None
    year = letter_date.year if letter_date else (doc_year or (doc.document_date.year if doc.document_date else None))
    if year is not None and (reviewed := _reviewed_year(doc)) is not None and 0 < year - reviewed <= 1:
        year = reviewed  # "MONGOLIA: ANNUAL REVIEW FOR 1972" under "4 January 1973": the review tells its year, the days it
        # writes without one ("The death on 20 May of Mr. J. Sambuu", "In the summer") are of it, not of the despatch's
    if year is None:  # "刘少奇年谱（1960年11月）": a chronicle's page of one month, its entries without their year
        year = next((d.start_date.year for d in find_dates(doc.title or "") if d.year_written), None)
    if year is None:  # "陈毅年谱（下卷）" / "一九六一年" / "五月十三日 ...": a chronicle's year heading over its entries
        year = next((y for b in doc.blocks[:12] if b.section_type == "body" and (y := year_heading(b.text)) is not None), None)
    if year is None and doc.url and (m := YEAR_IN_URL.search(doc.url)):
        year = int(m["year"])
    if year is None:  # an undated paper's archival citation, of one year ("MNL OL, XIX-J-1-j, Mali, 1968, 00987/1968")
        year = _citation_year(doc)
    if year is None and doc.document_type not in (*SENT_TYPES, *RECORD_KINDS):
        # a paper with no date of its own that tells a story (an editorial note, a book page): the days its text writes
        # without their year ("on 26 March") are of the first year it writes ("... told Parliament on 31 March 1971");
        # a letter's or a record's text gives its years to other things ("the programme launched in October 1984")
        year = _first_year_written(doc)
    texts = [doc.title or ""] + [b.text for b in doc.blocks[:8]]
    is_conversation = doc.document_type in ("record_of_conversation", "minutes") or any(CONVERSATION.search(t) for t in texts)
    headings = [doc.title or ""] + [b.text for b in _head_blocks(doc) if len(b.text) < 160 and not _ENDS_A_SENTENCE.search(b.text)]
    is_record = doc.document_type in ("record_of_conversation", "minutes") or any(
        RECORD_WORDS.search(without_topic(t)) for t in headings if not is_transcription_label(t) and not names_a_chronicle(t))
    is_record = is_record or any(_SITTING_WORDS.search(t) for t in headings)  # "LOK SABHA DEBATES" over "CALLING ATTENTION TO
    # MATTER OF URGENT PUBLIC IMPORTANCE": a house's printed debates of one sitting, a record of its members' turns
    is_record = is_record or _questions_and_answers(doc)  # a magazine's interview in questions and answers: the talk's record
    first, last = _occasion_days(doc) if is_record else (None, None)
    if first is None and is_record and letter_date is not None and not _body(doc):
        first = _opening_day(doc, letter_date)  # "The President received Minister Rapacki ... on the evening of 26 February"
    elif first is not None and first == letter_date and last in (None, first) and doc.document_type == "record_of_conversation" \
            and (opening := _opening_day(doc, letter_date)) is not None and opening < first:
        first, last = opening, None  # the place-and-day line under the heading is the record's writing ("Record of
        # Conversation ..." / "Libreville, 2 April 1974"); its opening sentence tells the talk of a day before ("On Monday,
        # 1 April, at 11:00, I was received at the Presidential Palace by ..."): the turns are of that day
    if first is None and is_record and letter_date is not None and doc.document_type == "record_of_conversation" \
            and _dated_at_foot_only(doc, letter_date):
        first = letter_date  # "[Prague, 18 July 1962]" under the record's last paragraph, no day at its head or in its
        # opening: the record's one date line dates its talk
    if first is None and doc.document_type == "minutes" and letter_date is not None and doc.document_date == letter_date:
        first = letter_date  # minutes dated by their own line ("Ulaanbaatar, 18 March 1969. Present: ..."): the meeting's day
    occasion, occasion_precision = first or letter_date, "day"
    if occasion is None and doc.document_date and doc.document_date_precision == "month":
        occasion, occasion_precision = doc.document_date, "month"  # the letter of June 1961: bounded by its month
    is_correspondence = doc.document_type in SENT_TYPES or bool(senders or recipients)
    if is_correspondence and not recipients and doc.document_type not in SENT_TYPES and doc.parser == CREST_PARSER:
        is_correspondence = False  # the Agency's own paper to no one named (an intelligence memorandum under its letterhead):
        # it reports what others did and said, as its unsigned issues do; its writer tells no one of his own acts
    if not senders and doc.document_type == "record_of_conversation":
        senders = record_writer(doc.title or "")  # "Запись беседы посла ... Пузанова с Ким Ир Сеном": the record's "I"
        senders = senders or [n for n in [foot_name(doc)] if n]  # "Ambassador" / "Jan Horák" under the record: its "I"
    weekday_heads = weekday_headed(doc)  # "Dim. 10. — Messe ...": a diary's entries under their days of the week
    return Context(
        letter_date, year, senders, recipients,
        is_correspondence=is_correspondence,
        is_message=doc.document_type in SENT_TYPES,
        is_letter=doc.document_type == "letter",
        is_conversation=is_conversation and doc.source_type != "book_excerpt",
        resolver=_resolver(doc),
        decision_points=decision_points(doc),
        adopted_on=_adoption_day(doc),
        responsible=responsible_lines(doc),
        heading=heading,
        occasion=occasion,
        occasion_precision=occasion_precision,
        occasion_end=last if first and last and last > first else None,
        held_on=first,
        is_record=is_record,
        recalls=doc.source_type != "book_excerpt" and any(names_a_recollection(t) for t in headings),
        sitting=is_record and any(_SITTING_WORDS.search(t) for t in headings),
        tells_news=is_correspondence or any(names_a_news_periodical(t) for t in texts[:4]),
        is_journal=_journal_of_entries(doc, headings, year),
        entries=_entries(doc, headings, year, weekday_heads),
        notes_by_day=len(weekday_heads) >= 2,
        before_dawn=is_record and _opens_before_dawn(doc),
        body=_body(doc) if is_record else None,
        copied=[n for n in copied_addressees(doc) if n in recipients],
        signer=_mission_signer(doc, senders),
        writer_state=_writer_state(doc, senders),
        home_ministry=(doc.document_type in SENT_TYPES and ru_home_ministry(doc.title or "")) or (None if recipients else home_ministry(doc)),
        ministry_at_home=home_ministry(doc),
    )


# A mission's cable by its title ("Ciphered Telegram from the Czechoslovak Embassy in N'Djamena"): a state's adjective
# (en.yaml ``state_adjectives``, or any capitalised word: "Mexican") before the post's word (``own_post_words``), and the
# post's seat after "in", where the title names it.
_FROM_MISSION = compile_opening(
    r"\b(?i:from)\s+(?i:the)\s+(?P<adjective>" + alternation(lexicon("en").get("state_adjectives") or ["(?!)"]) + r"|[A-Z][\w-]+)\s+(?i:"
    + alternation(lexicon("en").get("own_post_words") or ["(?!)"]) + r")\b(?P<seat>\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?"
)


def mission_in_title(title: str) -> tuple[str, str | None] | None:
    """The sending mission a cable's title names ("Ciphered Telegram from the Czechoslovak Embassy in Tripoli"): its
    state's adjective ("Czechoslovak") and the mission with its seat ("Czechoslovak Embassy in Tripoli"; None where the
    title names no seat: "from the Polish Embassy"); None for a title naming no mission."""
    if (m := _FROM_MISSION.search(title)) is None:
        return None
    return m["adjective"], title[m.start("adjective"):m.end("seat")] if m["seat"] else None


def home_ministry(doc: ParsedDocument) -> str | None:
    """The foreign ministry of the state whose mission sends a cable, by the cable's title ("Ciphered Telegram from the
    Czechoslovak Embassy in N'Djamena": the Czechoslovak Ministry of Foreign Affairs), when the gazetteer knows it and
    the state's adjective is one of ``state_adjectives``: where the cable names no addressee, the office its receipt and
    deciphering stamps are of ("Arrived: 16 Apr. 1975, 06:10")."""
    if doc.document_type not in SENT_TYPES or not (found := mission_in_title(doc.title or "")) \
            or found[0] not in (lexicon("en").get("state_adjectives") or {}):
        return None
    ministry = lookup(f"{found[0]} Ministry of Foreign Affairs")
    return ministry.name if ministry is not None and ministry.kind == "organisation" else None


# A Russian mission's cable by its title ("Шифртелеграмма посла СССР в Швеции"): the post's word (ru.yaml
# ``home_post_words``), then its state's name.
_RU_HOME_POST = compile_opening(r"(?<![\w-])(?i:" + alternation(lexicon("ru").get("home_post_words") or ["(?!)"]) + r")\s+(?P<state>[^\W\d_]+)(?![\w-])")


def ru_home_ministry(title: str) -> str | None:
    """The foreign ministry of the state whose mission sends a Russian cable, by the cable's title ("Шифртелеграмма посла
    СССР в Швеции": the Soviet Ministry of Foreign Affairs), when the gazetteer knows it ("МИД" and the state's name): the
    office its receipt and deciphering stamps are of ("Поступило 21.XI.1968 г. 18 час."), whoever it is addressed to."""
    if not (m := _RU_HOME_POST.search(title)):
        return None
    ministry = lookup(f"{lexicon('ru').get('foreign_ministry_word') or ''} {m['state'].upper()}".strip())
    return ministry.name if ministry is not None and ministry.kind == "organisation" else None


# The offices whose holder's letter speaks for his state ("Letter From Prime Minister Holt to President Johnson": en.yaml
# ``head_of_government_titles``): his "we" is the state, not he.
_HEAD_TITLE = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("head_of_government_titles") or ["(?!)"]) + r")(?!\w)")


def writes_as_head(title: str) -> bool:
    """A letter's title that names its writer, before the one it is written to, by a head of government's or a minister's
    office ("Letter From Prime Minister Holt to President Johnson"; not "Letter From Ambassador Bohlen to President Kennedy",
    nor "To the Chairman of the Council of Ministers ...", which names only the one written to)."""
    writer = _LETTER_FROM.search(title)
    return bool(writer and _HEAD_TITLE.search(writer["writer"]))


_LETTER_FROM = compile_opening(r"\b(?i:from)\s+(?P<writer>.+?)(?:\s+(?i:to)\s+|$)")


def _writer_state(doc: ParsedDocument, senders: list[str]) -> str | None:
    """The state a head of government's or minister's letter speaks for, its "we": the state the gazetteer gives as its
    writer's side, else the state whose capital the letter's place-and-date line names ("Canberra, 5th July, 1967.")."""
    if doc.document_type != "letter" or not writes_as_head(doc.title or ""):
        return None
    for sender in senders:
        person = lookup(sender)
        side = entity(person.side) if person is not None and person.side else None
        if side is not None and side.is_state:
            return side.name
    for block in doc.blocks[:12]:
        if block.section_type == "trailer" or len(block.text) > 60 or not find_dates(block.text):
            continue
        place = lookup(block.text.split(",")[0])
        state = entity(place.capital_of) if place is not None and place.capital_of else None
        if state is not None:
            return state.name
    return None


# A title or head line naming a recollection (recollection_heads in the language files): an oral history, an interview,
# a memoir, whose days without a year are of the story it tells, not of the day it is spoken.
_RECOLLECTION = compile_opening(  # a Russian stem takes its endings ("Из воспоминаний"); a Chinese word stands in its line
    r"(?<!\w)(?:" + alternation(lexicon("en").get("recollection_heads") or ["(?!)"]) + r")(?!\w)"
    r"|(?<!\w)(?:" + alternation(lexicon("ru").get("recollection_heads") or ["(?!)"]) + r")"
    r"|(?:" + alternation(lexicon("zh").get("recollection_heads") or ["(?!)"]) + r")", re.IGNORECASE)


_NEWS_PERIODICAL = compile_opening(
    r"(?<!\w)(?:" + alternation(lexicon("en").get("news_periodical_heads") or ["(?!)"]).replace(r"\ ", r"\s+") + r")(?!\w)", re.IGNORECASE)


def names_a_news_periodical(line: str) -> bool:
    """A title or head line that names an intelligence periodical ("CENTRAL INTELLIGENCE BULLETIN", "Daily Summary")."""
    return bool(_NEWS_PERIODICAL.search(line))


def names_a_recollection(line: str) -> bool:
    """A title or head line that names a recollection ("Oral History Interview with Loy W. Henderson")."""
    return bool(_RECOLLECTION.search(line))


# "The meeting opens at 6:30 a.m.": a record's gathering opened in the small hours (en.yaml early_openings).
_OPENED_AT = compile_opening(r"\b(?:" + "|".join(map(re.escape, lexicon("en").get("early_openings") or ["(?!)"])) + r")\s+at\s+(?P<hour>\d{1,2})[:.]\d{2}\s*a\.\s?m\.", re.IGNORECASE)
_DAWN_HOUR = 8  # opened before this hour: the night before ran into it


def _opens_before_dawn(doc: ParsedDocument) -> bool:
    return any((m := _OPENED_AT.search(b.text)) and int(m["hour"]) < _DAWN_HOUR for b in doc.blocks[:12])


def _mission_signer(doc: ParsedDocument, senders: list[str]) -> str | None:
    """The envoy whose name alone closes a mission's cable ("Telegram From the Embassy in Cyprus ...", signed "Wilkins"):
    the cable's "I" and "me" are his, the mission sends it."""
    if not senders or any(is_person(n) for n in senders):
        return None
    if doc.document_type == "record_of_conversation":  # "From the Journal of the Soviet Ambassador in Burma, Record of a
        return foot_name(doc)  # Conversation ...", signed "Ambassador of the USSR in Burma" / "A. BOLOTOV": his "I"
    if doc.document_type not in SENT_TYPES:
        return None
    signed = [b.text.strip() for b in doc.blocks if b.passage_type == "signature" and b.section_type == "body"]
    if len(signed) == 1 and _SIGNER.fullmatch(signed[-1]):
        return signed[-1]
    return next((name for b in reversed(doc.blocks[-6:]) if (name := signed_name(b.text.strip()))), None) or foot_name(doc)


def foot_name(doc: ParsedDocument) -> str | None:
    """The envoy's name alone on the last line of a mission's text, under its last sentence or under his office
    ("... on the request for medical aid." / "István Szabó"; "Ambassador" / "Ion Stoian"), the copies and the archive's
    citation below it left aside."""
    lines = [_SLASHED.sub(r"\1", line).rstrip(",").strip() for b in doc.blocks[-6:] if b.section_type == "body" for line in _office_and_name(b.text.strip())]
    while lines and (citation_line(lines[-1]) or _LABELLED.match(lines[-1]) or any(c.isdigit() for c in lines[-1])):
        lines.pop()  # "Copies: Comrade Kádár, ...", "MOL, XIX-J-1-j, ... 00213/12.": under the signature
    if len(lines) < 2:
        return None
    name, above = lines[-1], lines[-2]
    if is_office_line(name) and len(lines) > 2 and is_signed_name(above, plain=True):
        name, above = above, lines[-3]  # the office under the name
    if not is_signed_name(name, plain=True) or not (is_office_line(above) or above.endswith((".", "!", "?"))):
        return None
    entity = lookup(name)
    return entity.name if entity is not None and entity.kind == "person" else name


_LABELLED = compile_opening(r"[^\W\d_][\w .-]{0,30}:\s")  # "Copies: ...", "Distribution: ...": a labelled line
def _office_and_name(line: str) -> list[str]:
    """A signature's office and name on one line ("Ambassador: /Georgi Naydenov/", "AMBASSADOR A. SHUKOV") as the two
    lines it stands for."""
    m = _OFFICE_LABEL.match(line)
    if m and is_office_line(m["office"]):
        return [m["office"], m["name"]]
    name = office_and_name(line)  # "AMBASSADOR    A. SHUKOV" over "14/I-67": his office, then his initialled name
    if name:
        return [line[: line.rindex(name)].strip(), name]
    m = _NAME_COMMA_OFFICE.match(line)  # "Jan Horák, Ambassador": his name, then his office after a comma
    if m and is_office_line(m["office"]) and is_signed_name(m["name"], plain=True):
        return [m["office"], m["name"]]
    return [line]


_OFFICE_LABEL = compile_opening(r"^(?P<office>[^\W\d_][^:/\d]{1,40}):\s*(?P<name>/?[^:/\d]{3,40}/?)$")
_NAME_COMMA_OFFICE = compile_opening(r"^(?P<name>[^\W\d_][^,:/\d]{2,40}),\s*(?P<office>[^\W\d_][^,:/\d]{1,40})$")
_SLASHED = compile_opening(r"^/\s*(.+?)\s*/$")  # "/ Ion Iacob /": a typed signature between strokes


_SIGNER = compile_opening(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")  # a surname alone, as a cable is signed


def _record_words_of(key: str) -> list[str]:
    return [w for lang in ("en", "ru") for w in (lexicon(lang).get(key) or [])]


_RECORD_WITH = compile_opening(r"(?<!\w)(?:" + alternation(_record_words_of("record_with")) + r")\s+", re.IGNORECASE)
_ENVOY = compile_opening(r"(?<!\w)(?:" + alternation(_record_words_of("envoy_titles")) + r")(?!\w)")


def record_writer(title: str) -> list[str]:
    """The writer of a record of conversation whose page names no sender: the one person the title says held the talk
    with another ("Запись беседы посла ... А.М. Пузанова с Ким Ир Сеном"), or of two it names, the ambassador named first
    ("Record of Conversation between Soviet Ambassador S. V. Chervonenko and Vice Premier Chen Yi")."""
    people = [m for m in find_mentions(title) if m.entity.kind == "person"]
    if len({m.entity.name for m in people}) != 2:
        return []
    if (with_ := _RECORD_WITH.search(title, people[0].end)) and with_.start() < people[1].start \
            and not re.search(r"\b(?:between|and)\b", title[people[0].end: with_.start()]):
        return [people[0].entity.name]
    first_an_envoy = _ENVOY.search(title[: people[0].start]) and not _ENVOY.search(title[people[0].end: people[1].start])
    return [people[0].entity.name] if first_an_envoy else []  # the embassy's record: named first, its ambassador


# "Session of the CPSU CC Presidium on 30 October", "Meeting of the Executive Committee of the CC of the RCP concerning ...",
# "Transcript of the SED Politburo Session held on ...": the body that met.
_BODY_OF = compile_opening(
    r"\b(?:[Ss]ession|[Mm]eeting|[Ss]itting|[Pp]lenum|[Cc]onference)\s+of\s+(?:the\s+)?(?P<body>[A-Z].+?)"
    r"(?=\s+(?:on|in|at|held|concerning|regarding|about|from|with)\b|\s*[,(\[:;]|\s+\d|$)"
)
_BODY_SESSION = compile_opening(r"\b(?:of\s+)?(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+){1,4}?)(?:Session|Meeting|Sitting)\b")  # "Vietnam Workers' Party Politburo"


# "Протокол заседания Политбюро ЦК КПСС 20 февраля 1979 г.": the session's word, then its body up to the date or the end
_RU_SESSION = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("ru").get("session_words") or ["(?!)"]) + r")\s+(?P<body>[^\d,.;:()\[\]]{3,60}?)(?=\s*(?:\d|[,.;:(\[]|$))", re.IGNORECASE)


def session_body(title: str) -> str | None:
    """The body a Russian title's session is of, when the gazetteer knows it ("заседания Политбюро ЦК КПСС")."""
    m = _RU_SESSION.search(title)
    known = lookup(m["body"].strip()) if m else None
    return m["body"].strip() if known is not None and known.kind != "person" else None


def _title_goes_on(doc: ParsedDocument) -> str | None:
    """The line under the title that completes it, opening in small letters ("MINUTES No. 9" / "of the meeting of the
    Political Bureau of the CC of the Mongolian People's Revolutionary Party", "ПРОТОКОЛ № 5" / "заседания Политбюро ЦК
    КПСС"): None when there is none."""
    if doc.title_block is None or doc.title_block + 1 >= len(doc.blocks):
        return None
    text = doc.blocks[doc.title_block + 1].text.strip()
    return text if len(text) < _LINE_GOING_ON and text[:1].islower() and not _ENDS_A_SENTENCE.search(text) else None


_LINE_GOING_ON = 200  # a title's second line, not a paragraph


_HEADING_BODIES = {w.casefold(): w for w in words("minutes_heading_bodies")}
# "GOVERNMENT MINUTES", "... Archives of Ireland: Government Minutes G.C. 13/21": the body, then the record's kind
_HEADING_BODY = compile_opening(
    r"(?:^|[:,]\s*|\bnotes\s+of\s+(?:a\s+|the\s+)?)(?P<body>" + alternation(list(_HEADING_BODIES.values()) or ["(?!)"])
    + r")(?:(?:\s+|\s+[-\u2013\u2014]\s+)(?:minutes|conclusions|meeting)\b|\s*$)", re.IGNORECASE  # or the body alone on its line over
)  # the minutes' heading ("COUNCIL OF MINISTERS" / "Minutes of the meeting of Friday 29 February 1980"); "CABINET - MINUTES OF ..."
_BODY_HEAD_LINES = 4  # the record's number, its heading, its meeting line: the lines over its list of those present


# "der Sitzung des Politbüros des Zentralkomitees am ...": the session's words in a language whose body follows them in
# the genitive (minutes_session_of), then the body (minutes_heading_bodies) and its ending.
_SESSION_OF_BODY = compile_opening(
    r"^\W*(?:" + (alternation(words("minutes_session_of")) or "(?!)") + r")\s+(?P<body>" + alternation(list(_HEADING_BODIES.values()) or ["(?!)"])
    + r")(?:e?s)?(?!\w)", re.IGNORECASE)


def heading_body(text: str) -> str | None:
    """The body a record's heading names before its kind ("GOVERNMENT MINUTES", "Cabinet Conclusions"), or after the
    session's words ("der Sitzung des Politbüros"), as the language file writes it (``minutes_heading_bodies``); None for
    any other line."""
    m = _HEADING_BODY.search(text.strip()) or _SESSION_OF_BODY.match(text.strip())
    return _HEADING_BODIES[m["body"].casefold()] if m else None


def _body(doc: ParsedDocument) -> str | None:
    """The body a record's meeting is of, as its title names it: an organ of a party or state, never a person; else the
    body a heading names before the record's kind ("GOVERNMENT MINUTES" over "Meeting held at Government Buildings")."""
    named = _titled_body(doc)
    if named is not None or doc.document_type not in RECORD_KINDS:
        return named
    heads = [doc.title or ""] + [b.text for b in doc.blocks if b.section_type == "body"][:_BODY_HEAD_LINES + 1]
    return next((body for text in heads if len(text) <= _LINE_GOING_ON and (body := heading_body(text)) is not None), None)


def _titled_body(doc: ParsedDocument) -> str | None:
    title = doc.title or ""
    if (going_on := _title_goes_on(doc)) is not None and not " ".join(title.split()).endswith(" ".join(going_on.split())):
        title = f"{title} {going_on}"  # "MINUTES No. 9" / "of the meeting of the Political Bureau of the CC of the MPRP" (a
        # title the parser read over both lines holds it already)
    if (known := session_body(title)) is not None:
        return canonical_name(known)
    for m in (_BODY_OF.search(title), _BODY_SESSION.search(title)):
        if m is None:
            continue
        words = m["body"].split()
        if words and names_an_actor(words) and not any(x.entity.kind == "person" for x in find_mentions(m["body"])):
            return canonical_name(m["body"])
    return None


def _title_correspondents(doc: ParsedDocument) -> tuple[list[str], list[str], tuple[int, int, int] | None]:
    """Sender, recipients and the heading that names them: "X to Y" ("Filippov [Stalin] to Krasovsky, for Mao Zedong", "MZD…致斯大林電")."""
    candidates = [(None, doc.title or ""), (None, doc.citation_text or "")] + [(i, b.text[:300]) for i, b in enumerate(doc.blocks[:15])]
    for index, text in candidates:
        kind = MESSAGE_HEADING.search(text)
        if not kind:
            continue
        m = ADDRESSED_TO.search(text, kind.end() if kind["noun"] else kind.start())
        if not m:
            continue
        left, right = text[kind.start(): m.start()], text[m.end():]
        right = re.split(r"[\"”]|" + TELEGRAM_SUFFIX.pattern, right)[0]
        closing = text[m.end() + len(right): m.end() + len(right) + 1]
        heading = (index, kind.start(), m.end() + len(right) + (1 if closing and TELEGRAM_SUFFIX.fullmatch(closing) else 0))
        left_actors = [x.entity.name for x in find_mentions(left) if x.entity.is_actor]
        senders = left_actors[-1:]
        if for_part := re.search(r"\bfor\s+(.+)", right, re.IGNORECASE):
            right = for_part[1]
        recipients = actor_names(right)
        if senders and recipients:
            return senders[-1:], recipients, (heading if index is not None else None)
    for block in doc.blocks[:15]:  # a cover note: "To Comrade A. N. Poskrebyshev"
        if ADDRESSEE.search(block.text) and len(block.text) < 80 and (names := actor_names(block.text)):
            return [], names, None
    return [], [], None


def _group_date(doc: ParsedDocument) -> date | None:
    """The day of a date-time group alone on a line of the head ("301947Z APR 65", "O 240745Z SEP 72"), for a telegram
    no reader dated (an outgoing circular, "DEPARTMENT OF STATE / OUTGOING TELEGRAM / 301947Z APR 65 / CIRCULAR 2093 /
    TO ALL DIPLOMATIC POSTS", has no FM line to make it a signal head): its "yesterday" and "April 24" count from it."""
    for block in doc.blocks[:_GROUP_LINES]:
        if (found := signal_line(block.text)) is not None and found[0] == "dtg" and found[2] is not None:
            return found[2].start_date
    return None


_GROUP_LINES = 14  # the page's title and archive lines, the classification, the group, the number and the TO line


def _dateline(doc: ParsedDocument) -> date | None:
    """A full date opening a body passage ("23 February 1952 To Comrade Mao Zedong"), for a document without a date."""
    for block in doc.blocks:
        if block.section_type in ("header", "trailer"):
            continue
        dates = find_dates(block.text[:40])
        if dates and dates[0].start == 0 and dates[0].year_written and dates[0].precision in ("day", "minute"):
            return dates[0].start_date
    return None


def _wire_patterns() -> list[re.Pattern]:
    """A news agency's dispatch line that opens with the agency, in each lexicon's words: the agency, the place, the day
    and the wire's mark ("新华社坎帕拉二十五日电"). The place, the day and the agency in brackets ("MOSCOW, July 11
    (TASS).—") is the parser's ``agency_dateline``."""
    found = []
    for lang in ("en", "ru", "zh"):
        words = lexicon(lang)
        agencies, closes = words.get("wire_agencies") or [], words.get("wire_closes") or []
        if agencies and closes:  # the agency first, the day closed by the wire's mark
            found.append(re.compile(rf"^(?:{alternation(agencies)})(?P<head>\S{{1,16}}?)(?:{alternation(closes)})(?=\s)"))
    return found


_WIRE_LINES = _wire_patterns()
_WIRE_DAYS_BACK = 10  # a bulletin or a paper prints a dispatch within days of its sending


def wire_day(text: str, printed: date) -> date | None:
    """The day of a news agency's dispatch its dateline opens with, of the month and year of the paper or bulletin
    that prints it (or of the month before, where its day is after the printing's): None for any other passage."""
    opened = agency_dateline(text[:80]) or correspondent_dateline(text[:80])  # "NICOSIA, Cyprus, July 16 —": the paper's own man
    head = opened[1] if opened else next((m["head"] for pattern in _WIRE_LINES if (m := pattern.match(text[:80]))), None)
    dates = [d for d in find_dates(head, printed.year, printed.month) if d.precision in ("day", "minute")] if head else []
    if len(dates) != 1:
        return None
    day = dates[0].start_date
    if not dates[0].year_written and day > printed:  # "三十日电" in the bulletin of 2 June: of May
        last = printed.replace(day=1) - timedelta(days=1)
        day = last.replace(day=min(day.day, last.day))
    return day if timedelta(0) <= printed - day <= timedelta(days=_WIRE_DAYS_BACK) else None


def _wire_dateline(doc: ParsedDocument, printed: date | None) -> date | None:
    """The day of the dispatch a paper or a bulletin prints, its dateline opening the text's first passage: the day its
    "today" and "yesterday" count from."""
    if printed is None:
        return None
    for block in [b for b in doc.blocks if b.section_type not in ("header", "trailer")][:_WIRE_HEAD_BLOCKS]:
        if (day := wire_day(block.text, printed)) is not None:
            return day
        if len(block.text) > _WIRE_HEAD_CHARS:
            return None  # the text began with no dateline: the paper's own prose
    return None


_WIRE_HEAD_BLOCKS = 8  # a digest's or a bulletin's lines over the dispatch: its issue, the heading, the paper it is from
_WIRE_HEAD_CHARS = 200


# The body that adopts a resolution, named alone on the line over its paragraphs and closed by a comma ("The General
# Assembly,", "The Security Council,"): the paragraphs under it, the preamble's ("Welcoming the recent accession ...,")
# and the numbered operative ones ("1. Strongly condemns ..."), are its decisions on the day it adopted them.
_ADOPTING_BODY = compile_opening(r"^\s*The\s+(?P<body>[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,5}),\s*$")
_PREAMBLE_CLOSE = compile_opening(r"[,;]\s*$")


# The paragraph under the body's line: the preamble's participle ("Recalling", "Welcoming", "Deeply concerned") or the
# first operative paragraph's number; not a letter's address ("The President," / "The White House,").
_RESOLUTION_OPENS = compile_opening(r"^\s*(?:\d{1,2}\.\s|(?:[A-Z][a-z]+ly\s+[a-z]+(?:ing|ed)|[A-Z][a-z]+(?:ing|ed))\b)")


def _adopting_body(doc: ParsedDocument) -> tuple[int, str] | None:
    """The line that names the body adopting the resolution the page prints, and the body ("The General Assembly,"),
    its preamble or its operative paragraphs under it."""
    for index, block in enumerate(doc.blocks[:20]):
        if block.section_type == "body" and (m := _ADOPTING_BODY.match(block.text)) and index + 1 < len(doc.blocks) \
                and _RESOLUTION_OPENS.match(doc.blocks[index + 1].text):
            return index, m["body"]
    return None


_ADOPTION_LINES = 2  # the meeting's line and the day's under the last paragraph ("2163rd plenary meeting" / "2 November 1973")


def _adoption_day(doc: ParsedDocument) -> date | None:
    """The day written on the short lines right under the last paragraph of a resolution its body's line opens ("The
    General Assembly," / ... / "3. Requests the Security Council ..." / "2163rd plenary meeting" / "2 November 1973"):
    the day the body adopted it. None for a page with no such body's line or no day there."""
    if _adopting_body(doc) is None or not (points := decision_points(doc)):
        return None
    year = doc.document_date.year if doc.document_date else None
    for block in doc.blocks[max(points) + 1: max(points) + 1 + _ADOPTION_LINES]:
        if len(block.text) > _HEADING_LINE:
            break
        if days := [d.start_date for d in find_dates(block.text, year) if d.precision in ("day", "minute") and d.year_written]:
            return days[0]
    return None


def decision_points(doc: ParsedDocument) -> dict[int, int]:
    """The numbered points that follow a body's operative line ending in a colon ("The Politburo DECIDES:" / "1. The
    People's Republic of Bulgaria recognizes ..." / "2. The Ministry ... shall send ..."), up to the first passage that
    is no numbered point: each is a decision of the body on the session's day, whatever verb it opens with."""
    points: dict[int, int] = {}
    for index, block in enumerate(doc.blocks):
        if block.section_type in ("header", "trailer") or not (m := RESOLVES_CUE.search(block.text)) or m.group().rstrip()[-1:] != ":" \
                or block.text[m.end():].strip():
            continue
        for after in range(index + 1, len(doc.blocks)):
            if (words_at := opens_a_point(doc.blocks[after].text)) is None:
                if RESPONSIBLE_LINE.match(doc.blocks[after].text.strip()):
                    continue  # "Verantwortlich: Genosse Winzer" under a point: the next point goes on the list
                break
            points[after] = words_at
    if (adopting := _adopting_body(doc)) is not None:
        for after in range(adopting[0] + 1, len(doc.blocks)):
            text = doc.blocks[after].text
            if (words_at := opens_a_point(text)) is not None:
                points[after] = words_at  # "1. Strongly condemns the Government of Portugal ...;"
            elif _PREAMBLE_CLOSE.search(text) and not find_dates(text, None):
                points[after] = 0  # "Welcoming the recent accession to independence ...,": a preamble's act of that day;
                # one that dates what it recalls ("Recalling its resolution 2918 (XXVII) of 14 November 1972,") is read so
            elif not _PREAMBLE_CLOSE.search(text):
                break
    return points


def responsible_lines(doc: ParsedDocument) -> dict[int, list[str]]:
    """The passages a responsibility line follows ("2. Die Erklärung ... ist bis zum 18. März fertigzustellen." /
    "Verantwortlich: Genosse Winzer"), with those it names: who carries out the point."""
    found = {}
    for index in range(1, len(doc.blocks)):
        if (names := responsible_names(doc.blocks[index].text, doc.blocks[index].language)):
            found[index - 1] = names
    return found


def _resolver(doc: ParsedDocument) -> list[str]:
    if (adopting := _adopting_body(doc)) is not None:
        return [adopting[1]]  # "The General Assembly," over the resolution's paragraphs
    for at, block in enumerate(doc.blocks):
        if any(word in block.text for word in RESOLVES_LITERALS) and (m := RESOLVES_CUE.search(block.text)):
            before = actor_names(block.text[max(0, m.start() - 60): m.start()])[-1:]
            if before or len(block.text) > 160:
                return before
            after = actor_names(block.text[m.end():])[-1:]  # "ВЫПИСКА ИЗ ПРОТОКОЛА № 178 ЗАСЕДАНИЯ ПРЕЗИДИУМА ЦК КПСС": the body after
            if not after and doc.document_type == "minutes" and m.group()[-1:] == ":" and not block.text[:m.start()].strip() \
                    and (body := _body(doc)) is not None:
                return [body]  # a bare "Beschluß:" under an item of the minutes of the Politbüro: the body whose session they record
            if after or m.group()[-1:] != ":" or doc.document_type != "resolution":
                return after  # a session's minutes ("The Politburo RESOLVED:"): their points read as they are
            subject = re.findall(r"[^\W\d_]{3,}", block.text[: m.start()])[-1:]  # "The Politburo DECIDES:" in a decision: the
            named = [n for b in doc.blocks[:at] for n in actor_names(b.text) if subject and subject[0] in n and not is_person(n)]
            if named:  # body the decision's head names with that word ("of the Politburo of the CC of the BCP"), else its title's
                return named[:1]
            break
    if doc.document_type == "resolution":  # a paper that is itself a resolution, headed by its kind and body with no operative
        return [n for n in actor_names(doc.title or "") if not is_person(n)][:1]  # word ("ПОСТАНОВЛЕНИЕ ПРЕЗИДИУМА ЦК КПСС" over
        # its points "2. Освободить ...", "3. Назначить ..."): the body its title names first decides them, on its day
    return []


def dateline_blocks(doc: ParsedDocument) -> dict[int, date]:
    """Passages that are only a full date ("31st of December 1949."): a note's own date line."""
    found = {}
    for index, block in enumerate(doc.blocks):
        dates = find_dates(block.text) if len(block.text) < 40 else []
        if len(dates) == 1 and dates[0].year_written and not re.search(r"\w", block.text.replace(dates[0].text, "")):
            found[index] = dates[0].start_date
    return found


def _time_label() -> re.Pattern:
    """A record's "Time:" line, in any of the lexicons' languages ("Time:", "Время:", "时间:")."""
    labels = [w for lang in ("en", "ru", "zh") for w in (lexicon(lang).get("time_labels") or [])]
    return compile_opening(r"^\s*(?:" + "|".join(re.escape(w) for w in labels) + r")\s*[:：]", re.IGNORECASE)


TIME_LABEL = _time_label()


# A Chinese title "X关于…的报告" names the kind of its paper last, its topic between "关于" and "的" (zh.yaml title_about,
# title_of, title_letters): "驻古巴使馆关于同古巴领导人接触情况的报告" is an embassy's report of its contacts, not a record
# of a talk, though "接触" is one of the record's words.
_ZH_WORDS = lexicon("zh")
_TITLE_TOPIC = re.compile(
    rf"(?:{alternation(_ZH_WORDS.get('title_about') or ['(?!)'])}).*(?:{alternation(_ZH_WORDS.get('title_of') or ['(?!)'])})"
    rf"(?=(?:{alternation(_ZH_WORDS.get('title_letters') or ['(?!)'])})\s*$)", re.DOTALL)


def without_topic(heading: str) -> str:
    """A heading without the topic a Chinese message's title names before the kind of the paper (``_TITLE_TOPIC``)."""
    return _TITLE_TOPIC.sub("", heading)


_TRANSCRIPTION_LABEL = compile_opening(
    r"^\W*(?:" + alternation(lexicon("en").get("transcription_labels") or ["(?!)"]) + r")(?:\s*[-\u2013\u2014:]\s*[^\W\d_]+)?\W*$", re.IGNORECASE)


def is_transcription_label(line: str) -> bool:
    """An edition's label over the text it prints ("Transcript", "Original Transcript - Russian"): no record's heading."""
    return bool(_TRANSCRIPTION_LABEL.match(line.strip()))


_CHRONICLE_NAME = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("chronicle_names") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE)


def names_a_chronicle(line: str) -> bool:
    """A digest's or a yearbook's name ("Keesing's Record of World Events"): its "record" is of events, not of a talk."""
    return bool(_CHRONICLE_NAME.search(line))


def _record_words() -> WordsFirst:
    words = [w for lang in (*LANGUAGES, *SUPPLEMENTED) for key in ("record_words", "question_sittings")
             for w in (lexicon(lang).get(key) or [])]  # a sitting of a house is a record of that day's sitting too; a
    # language with no file names its record in its supplement ("Cofnodion cyfarfod o'r Pwyllgor ...": cy.yaml)
    return WordsFirst(compile_opening("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE), tuple(words))


RECORD_WORDS = _record_words()
# A sitting of a house of parliament by its printed debates' words (en.yaml question_sittings): its questions are turns.
_SITTING_WORDS = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("question_sittings") or ["(?!)"]) + r")(?!\w)", re.IGNORECASE)


def _journal_words() -> re.Pattern:
    words = [w for lang in ("en", "ru", "zh") for w in (lexicon(lang).get("journal_words") or [])]
    return compile_opening(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")", re.IGNORECASE)


JOURNAL = _journal_words()
_JOURNAL = JOURNAL


def _journal_of_entries(doc: ParsedDocument, headings: list[str], year: int | None) -> bool:
    """A keeper's journal of several entries, each headed by its day alone on a line ("5 April 1968", "6 April 1968"):
    a single such line in a diary's record of one conversation ("7 октября 1959 г." over "2 октября ... посетил Ким Ир
    Сена") is the day it was written, not an entry's."""
    if doc.document_type != "diary_entry" and not any(_JOURNAL.search(t) for t in headings):
        return False
    return sum(day_alone(b.text, year) for b in _under_title(doc)) >= 2


def entry_day_in_head(doc: ParsedDocument, index: int, year: int | None):
    """The day of a journal's entry alone on its line under the title that the head took for its date line: the day."""
    block = doc.blocks[index]
    if doc.title_block is None or index <= doc.title_block or block.section_type != "header" or not day_alone(block.text, year):
        return None
    return find_dates(block.text, year)[0].start_date


def _under_title(doc: ParsedDocument) -> list:
    """The blocks of the text and the lines of the head under the title: the first entry's day stands there, read as
    the page's date line ("Из дневника ..." / "2 октября 1974 г." / text / "4 октября 1974 г." / text)."""
    start = (doc.title_block or 0) + 1 if doc.title_block is not None else 0
    return [b for i, b in enumerate(doc.blocks) if b.section_type == "body" or i >= start and b.section_type == "header"
            and b.passage_type == "header"]


def _entries(doc: ParsedDocument, headings: list[str], year: int | None, weekday_heads: list[date]) -> str | None:
    """A page of entries, each opening with its day ("26 May. Khrushchev arrived ...", "3 августа. Сегодня ...",
    "12 March: I called on ..."): "diary" for a diary's or journal's (two such heads or days alone on their lines),
    "chronicle" for any other page with three or more heads in the order of their days, whatever its title calls it;
    None for a page of sentences. ``weekday_heads``: the page's ``weekday_headed`` days."""
    body = [b.text for b in doc.blocks if b.section_type == "body"]
    if doc.document_type == "diary_entry" or any(_JOURNAL.search(t) for t in headings):
        return "diary" if sum(day_alone(b.text, year) or entry_head(b.text, year) is not None for b in _under_title(doc)) >= 2 else None
    # a diary's entries each headed by its day and the day of the week it fell on, two or more in their order, whatever
    # the page's title calls it ("Tiistai 16.1.1973" / text / "Keskiviikko 17.1.1973" / text, a book's page of a diary)
    headed = [find_dates(b.text.split("\n", 1)[0], year)[0].start_date if own_weekday_heading(b.text.split("\n", 1)[0], year)
              else head.start_date for b in _under_title(doc) if own_weekday_heading(b.text.split("\n", 1)[0], year)
              or (head := log_day_head(b.text, year)) is not None]  # a log's lines that open on their day ("Sat 21.7.73
    # 0800 Air filter changed", "Sun 22.7.73  0600 ..."), its first entry after it: a diary's entries too
    if len(headed) < 2:
        headed = weekday_heads  # a diary's entries each opening with the day of the week and the day of the month
        # alone ("Dim. 10. — Messe ...", "Lun. 11. — ..."), in the month its title writes
    if len(headed) >= 2 and headed == sorted(headed):
        return "diary"
    days, month = [], None
    for text in body:  # "四月十二日　..." / "十三日　...": a 年谱's day alone is of the month its last head wrote
        if (head := entry_head(text, year, month)) is not None:
            days.append(head.start_date)
            month = head.start_date.month
    return "chronicle" if len(days) >= _ENTRIES and all(a <= b for a, b in zip(days, days[1:], strict=False)) else None


_ENTRIES = 3  # entry heads that make a page of entries
_FIGURES_ALONE = re.compile(r"[0-3]?\d[./-][01]?\d[./-](?:\d{4}|\d\d)")  # "6/3/61", "21.7.73", "01.01.1990": a day in figures
_ZH_NUMERAL_CHARS = frozenset(lexicon("zh").get("numerals") or {})
_ZH_DAY_MARK_CHARS = frozenset((lexicon("zh").get("date_marks") or {}).get("day") or [])
_ENTRY_HEAD_ENDS = (".", ":", "\u2014", "\u2013", "\u3000", "\t", "\uff1a")  # "12 March. ...", "12 марта: ...", "五月十三日　..."


def entry_head(text: str, year: int | None, month: int | None = None) -> DateMention | None:
    """The day a passage opens with as an entry's head: the day first, closed by a full stop, a colon, a dash or a
    wide space, and the entry's text after it ("12 March. The ambassador ...", "12 марта: Посол ...", "五月十三日　率代表团
    ..."); not "12 March 1954 the ambassador ..." (a sentence) nor a day alone on its line (a dateline)."""
    if not text[:1].isdigit() and not (text[:1] and text[:1] in _ZH_NUMERAL_CHARS):
        return None  # cheap: an entry's head opens with its day's number
    dates = find_dates(text[:40], year, month)
    if not dates or dates[0].start != 0 or dates[0].precision not in ("day", "minute") or dates[0].kind not in ("exact", "range"):
        return None
    after = text[dates[0].end:]
    rest = after.lstrip(" ")
    if not rest.startswith(_ENTRY_HEAD_ENDS) and not (after[:1] == " " and dates[0].text[-1:] in _ZH_DAY_MARK_CHARS) \
            and not (after[:1] == " " and _FIGURES_ALONE.fullmatch(dates[0].text) and dates[0].year_written and rest[:1].isupper()):
        return None  # "6/3/61  School reopened ...", "31.12.1989 ...": a log's or a register's line opening on its day in
        # figures alone, its entry after a space (no sentence opens on a day so written)
    return dates[0] if len(rest.lstrip("".join(_ENTRY_HEAD_ENDS) + " ")) > 10 else None


def _entry_heading_words() -> re.Pattern:
    words = [w for lang in ("en", "ru", "zh") for w in (lexicon(lang).get("entry_heading_words") or [])]
    words += [w for lang in LANGUAGES for w in (lexicon(lang).get("weekdays") or {}) if w not in words]  # "Segunda-feira,
    # 4 de Abril de 1966" over a port's log: the day of the week in any language the files hold
    return compile_opening(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)", re.IGNORECASE)


_ENTRY_HEADING_WORDS = _entry_heading_words()  # "Monday", "понедельник", "星期六", "晴": what a diary's day heading adds


def _borrowed_weekdays() -> re.Pattern | None:
    """The days of the week of the page's language where it has no file and borrows them (``lexicon.reading``)."""
    language = reading_language()
    return _weekdays_of(language) if language is not None else None


@cache
def _weekdays_of(language: str) -> re.Pattern | None:
    days = lexicon(language).get("weekdays") or {}
    return compile_opening(r"(?<!\w)(?:" + alternation(days) + r")(?!\w)", re.IGNORECASE) if days else None


@cache
def _weekday_word(word: str) -> re.Pattern:
    """One language's name of a day of the week as a whole word, any case: compiled once per word of the lexicon."""
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)


def own_weekday_heading(text: str, year: int | None) -> bool:
    """A day alone on its line with the day of the week it fell on ("Tiistai 16.1.1973", "Monday, 5 April 1968"): a
    diary's entry heading, whatever the page's title calls it (a book's page of a diary, "päiväkirjat")."""
    if not day_alone(text, year):
        return False
    day = find_dates(text, year)[0].start_date
    named = {n for lang in ("en", *LANGUAGES, reading_language()) if lang for w, n in (lexicon(lang).get("weekdays") or {}).items()
             if _weekday_word(w).search(text)}  # a port's log in Portuguese
    # ("Segunda-feira, 4 de Abril de 1966" over its timed entries): the day of the week in any language the files hold
    return named == {day.weekday()}


def _log_weekday() -> re.Pattern:
    """The day of the week that opens a log's line: cut short as a log writes it (en.yaml ``weekday_abbreviations``,
    in capitals first), or whole in any language the files hold."""
    short = lexicon("en").get("weekday_abbreviations") or {}
    whole = [w for lang in LANGUAGES for w in (lexicon(lang).get("weekdays") or {})]
    return compile_opening(r"^\s*(?:(?P<short>" + alternation(list(short)) + r")|(?i:(?P<whole>" + alternation(whole) + r")))\.?,?\s+")


_LOG_WEEKDAY = _log_weekday()
_SHORT_WEEKDAYS = lexicon("en").get("weekday_abbreviations") or {}
# Each language file's day of the week, in small letters, to its number (Monday 0), the first file's where two write it.
_WEEKDAY_NUMBERS: dict[str, int] = {}
for _language in LANGUAGES:
    for _word, _number in (lexicon(_language).get("weekdays") or {}).items():
        _WEEKDAY_NUMBERS.setdefault(_word.casefold(), _number)


def log_day_head(text: str, year: int | None) -> DateMention | None:
    """The day that opens a log's line after its day of the week, the line's first entry after it ("Sat 21.7.73  0800
    Air filter changed", "Monday 12 May 1969: we left ..."): the day the entries under it to the next such line are of.
    The day of the week must be the day's own; None for any other line."""
    m = _LOG_WEEKDAY.match(text)
    if m is None:  # the day of the week of the page's language where it has no file and borrows its words from
        language = reading_language()  # dateparser's locale data ("Mánudagur 16. október. NA 6, súld. Kveikt á vitanum
        m = _borrowed_log_weekday(language) if language is not None else None  # kl. 17.40.", an Icelandic keeper's log)
        m = m.match(text) if m is not None else None
        if m is None:
            return None
    dates = find_dates(text[: m.end() + 40], year)
    if not dates or dates[0].start != m.end() or dates[0].precision not in ("day", "minute") or dates[0].kind != "exact":
        return None
    weekday = _SHORT_WEEKDAYS[m["short"]] if m["short"] else _WEEKDAY_NUMBERS.get(m["whole"].casefold(), _borrowed_weekday_number(m["whole"]))
    return dates[0] if weekday == dates[0].start_date.weekday() else None


def weekday_headed(doc: ParsedDocument) -> list[date]:
    """The days of a diary's entries that open on the day of the week and the day alone (``weekday_day_head``), in
    the order written, where they follow one another; empty where fewer than two or out of their order."""
    month = page_month(doc)
    headed = [head.start_date for b in _under_title(doc) if (head := weekday_day_head(b.text, month, b.language)) is not None] \
        if month is not None else []
    return headed if len(headed) >= 2 and headed == sorted(headed) else []


def page_month(doc: ParsedDocument) -> tuple[int, int] | None:
    """The month a page's days written alone are of: its title's month with its year ("DIAIRE DE LA RÉSIDENCE DE MONGO
    — novembre 1968"), else its own date's."""
    titled = next(((d.start_date.year, d.start_date.month) for d in find_dates(doc.title or "")
                   if d.year_written and d.precision in ("month", "day")), None)
    if titled is not None:
        return titled
    return (doc.document_date.year, doc.document_date.month) if doc.document_date is not None else None


# A diary's entry heading of its day of the week, whole or cut short, and its day of the month alone, then a stop or a
# dash before the entry ("Dim. 10. — Messe à 7 h ...", "Lun. 11. — Prise d'armes ...", "Tuesday 12th: ..."), or alone on
# its line over the entry ("Monday 6th"): the day's number, the stop after it, the dash or colon that opens the entry.
_WEEKDAY_DAY = compile_opening(r"^\s*(?P<word>[^\W\d_]{2,12})(?P<cut>\.)?,?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e)?\.?\s*(?:(?:[-\u2013\u2014:]\s*|(?<=\.)\s+)(?=\S)|\s*$)")
_CUT_WEEKDAY = 3  # "Dim." for "dimanche", "Lun." for "lundi", "Wed." for "Wednesday": a day of the week cut to its first letters


@cache
def _weekday_words(language: str | None) -> tuple[dict[str, int], dict[str, int]]:
    """The days of the week of ``language``'s file or supplement (or borrowed from dateparser's locale data) in small
    letters, to their numbers: cut to their first letters ("dim" for "dimanche"; English with en.yaml's
    weekday_abbreviations, "Tues", "Thurs"), and whole. Another language cuts its days alike to other days (Catalan
    "dimarts" is a Tuesday): a page's entry heads are read in its own language."""
    days = lexicon(language).get("weekdays") or {} if language else {}
    whole = {w.casefold(): n for w, n in days.items()}
    cut = {w[:_CUT_WEEKDAY]: n for w, n in whole.items()}
    if language == "en":
        cut |= {w.casefold(): n for w, n in (lexicon("en").get("weekday_abbreviations") or {}).items()}
    return cut, whole


def weekday_day_head(text: str, month: tuple[int, int] | None, language: str | None) -> DateMention | None:
    """The day a diary's entry opens with as its day of the week and its day of the month alone ("Dim. 10. — Messe à
    7 h ...", "Mer. 13. — Retour du P. Roux."), in the page's ``month`` (its title's, "novembre 1968"), or the month
    after it where the day of the week falls so there (a diary run into the next month): the day of the week, in the
    page's ``language``, must be the day's own, cut short with its stop or written whole. None for any other line."""
    if month is None or (m := _WEEKDAY_DAY.match(text)) is None:
        return None
    cut, whole = _weekday_words(language)
    named = (cut if m["cut"] else whole).get(m["word"].casefold())
    if named is None:
        return None  # a word cut short is written with its stop ("Dim."), a whole one as the files write it
    year, number = month
    for shift in (0, 1):
        y, mo = year + (number + shift - 1) // 12, (number + shift - 1) % 12 + 1
        try:
            day = date(y, mo, int(m["day"]))
        except ValueError:
            continue
        if day.weekday() == named:
            return DateMention(m.start("word"), m.end("day"), text[m.start("word"): m.end("day")], day, day, "day", None, True, False)
    return None


_REGISTER_CELL = re.compile(r"\s+\|\s+")  # "№ 1417 | 31.12.1989, саат 16.20 | Мәммәдов Елчин ...": a register's columns
_REGISTER_CELLS = 4  # a row of a register holds its number or date, the person or thing entered, and what befell
# A register's time column beside its date column ("16.9.77 | 0640 | PROFESSOR BARABANOV | ..."): the hour in four
# figures or with its stop, or a dash for a row of no hour ("18.9.77 | — | Sunday. No arrivals. ...")
_REGISTER_TIME_CELL = re.compile(r"(?P<hour>[01]\d|2[0-3])[.:h]?(?P<minute>[0-5]\d)|[-\u2013\u2014]")


def register_row(text: str, year: int | None) -> tuple[DateMention, int] | None:
    """A register's row written as a line of columns between bars, one of its first two columns its day in figures
    with the year ("№ 1417 | 31.12.1989, саат 16.20 | Мәммәдов Елчин Тофиг оғлу, 24 јаш | ... | ..."): the day, and
    the end of the column after it, which names what the row enters (an admission, an arrival, a case). None for any
    other line."""
    if text.count("|") < _REGISTER_CELLS - 2:
        return None
    cuts = [0, *(m.end() for m in _REGISTER_CELL.finditer(text))]
    if len(cuts) < _REGISTER_CELLS - 1:
        return None
    for at in range(2):
        cell = text[cuts[at]: cuts[at + 1]]
        dates = find_dates(cell, year)
        if dates and dates[0].start == 0 and dates[0].precision in ("day", "minute") and dates[0].year_written \
                and _FIGURES_ALONE.fullmatch(dates[0].text):
            timed = register_time_column(text, cuts, at) is not None
            if len(cuts) < _REGISTER_CELLS - (1 if timed else 0):
                return None  # three columns only where the second is the row's hour ("17.9.77 | 1000 | Pilot cutter ...")
            named_at = at + 1 + timed  # "16.9.77 | 0640 | PROFESSOR BARABANOV": the entered one named after the time column
            end = _REGISTER_CELL.search(text, cuts[named_at])  # the bar that ends the column it names
            named = text[cuts[named_at]: end.start() if end else len(text)]
            if end is None and (stop := next((m for m in _REGISTER_CLAUSE_END.finditer(named) if not _SHORT_TITLE.search(named, 0, m.start())), None)):
                named = named[: stop.start()]  # "17.9.77 | 1000 | Pilot cutter reports ...; ...": a row told in words,
                # its first clause the entry ("Police (Insp. Mouat) called at office ...": a title's stop ends none)
            return replace(dates[0], start=dates[0].start + cuts[at], end=dates[0].end + cuts[at]), \
                cuts[named_at] + len(named.split(",")[0])
    return None


_REGISTER_CLAUSE_END = re.compile(r";|\.(?:\s|$)")  # the end of the first clause of a row's last column told in words
_SHORT_TITLE = re.compile(r"(?<![\w.])[A-Z][a-z]{0,3}$")  # "Insp", "Capt", "Dr": a title cut short before its stop


@cache
def _form_vessel_line() -> re.Pattern:
    labels = lexicon("en").get("form_vessel_labels") or []
    return re.compile(r"^\s*(?:" + (alternation(labels) if labels else "(?!)") + r")\s*:\s*(?:(?:m\.\s?v|s\.\s?s|m\.\s?s|s\.\s?y)\.\s*)?"
                      r"(?:[\"\u201c](?P<quoted>[^\"\u201d]{2,40})[\"\u201d]|(?P<capitals>[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+){0,3})(?![\w.]))",
                      re.IGNORECASE)


def form_vessel(text: str) -> str | None:
    """The vessel a form's labelled line names ("Vessel: m.v. "LAKSHMI DEVI", Indian flag, ...", "Name of ship: S.S.
    ORIANA"): its name, in quotes or in capitals after its prefix; None for any other line."""
    m = _form_vessel_line().match(text)
    if m is None:
        return None
    name = (m["quoted"] or m["capitals"]).strip()
    return name if name.isupper() or m["quoted"] else None  # a name, not a description ("Vessel: bulk carrier ...")


@cache
def _sheet_keeper_line() -> re.Pattern:
    labels = lexicon("en").get("sheet_keeper_labels") or []
    return re.compile(r"^\s*(?:" + (alternation(labels) if labels else "(?!)") + r")\s*:\s*(?P<name>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,5}?)"
                      r"(?=\s+[A-Z]\w*:|\s*[,;(]|\s*$)")


def sheet_keeper(text: str) -> str | None:
    """The one a route sheet's labelled line names as keeping it ("Messenger: Major R. F. Aylmer Route: NORTHERN"):
    his name as written; None for any other line."""
    m = _sheet_keeper_line().match(text)
    return m["name"] if m else None


@cache
def _log_title_word() -> re.Pattern:
    titles = lexicon("en").get("log_titles") or []
    return re.compile(r"(?<!\w)(?:" + (alternation(titles) if titles else "(?!)") + r")(?!\w)", re.IGNORECASE)


_LOG_TITLE_DASH = re.compile(r"\s+[\u2014\u2013-]\s+")
_WIDE_GAP = re.compile(r"\s{3,}")


def _heading_name(line: str, year: int | None = None) -> str | None:
    """A heading line in capitals naming a station, a vessel or an office ("USS HENRY B. WILSON (DDG-7)      THURSDAY 15
    MAY 1975", "FALLOUT MONITORING STATION, APIA (WESTERN SAMOA)"): its name, cut at a wide gap; None for a line in
    lower case, a log's title or a date."""
    name = _capitals_lead(line)
    if (dates := find_dates(name, year)) and dates[0].start > 0:  # "USS HENRY B. WILSON (DDG-7) THURSDAY 15 MAY 1975"
        name = _WEEKDAY_TAIL.sub("", name[:dates[0].start]).strip(" ,")
    elif dates:
        return None
    if len([c for c in name if c.isalpha()]) < 3 or _log_title_word().search(name):
        return None
    return name


_WEEKDAY_TAIL = re.compile(r"\s+(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),?\s*$")


def _capitals_lead(line: str) -> str:
    """A line's words in capitals up to its first word in lower case or a wide gap ("DAILY LOG - JULY 1973      Observer:
    T. Fa'alogo" is "DAILY LOG - JULY 1973")."""
    head = _WIDE_GAP.split(line.strip())[0] if line.strip() else ""
    kept: list[str] = []
    for word in head.split(" "):
        if any(c.islower() for c in word):
            break
        kept.append(word)
    return " ".join(kept).strip()


def log_keeper(lines: list[str], year: int | None = None) -> str | None:
    """The station, vessel or office whose log a page's heading names: the name beside its log title on the line
    ("OCEAN WEATHER SHIP "WEATHER REPORTER" \u2014 STATION LOG", "SANDBANK PUBLIC SCHOOL \u2014 LOG BOOK"), not what
    the log is of after it ("DUTY EDITOR'S LOG \u2014 SOVIET UNION"), else
    the heading in capitals just above the title ("FALLOUT MONITORING STATION, APIA" over "DAILY LOG - JULY 1973") or
    just below it ("DECK LOG - REMARKS SHEET" over "USS HENRY B. WILSON (DDG-7)   THURSDAY 15 MAY 1975"); None where no
    line in capitals is a log's title."""
    for i, line in enumerate(lines):
        title = _capitals_lead(line)
        if not _log_title_word().search(title) or len(title) < len(_WIDE_GAP.split(line.strip())[0]) // 2:
            continue
        parts = _LOG_TITLE_DASH.split(title)  # the name before the title; after it, what the log is of ("DUTY
        named = next(i for i, part in enumerate(parts) if _log_title_word().search(part))  # EDITOR'S LOG — SOVIET UNION")
        if beside := [n for part in parts[:named] if (n := _heading_name(part, year))]:
            return beside[0]
        above = next((x for x in reversed(lines[:i]) if x.strip()), "")
        below = next((x for x in lines[i + 1:] if x.strip()), "")
        return _heading_name(above, year) or _heading_name(below, year)
    return None


def register_time_column(text: str, cuts: list[int], at: int) -> re.Match | None:
    """The time column after a register row's date column ``at`` (its columns cut at ``cuts``): the hour ("0640",
    "14.15") or a dash; None where the next column is no time."""
    if at + 2 >= len(cuts):
        return None
    return _REGISTER_TIME_CELL.fullmatch(text[cuts[at + 1]: cuts[at + 2]].rstrip(" |"))


def register_row_hour(text: str, entered_end: int) -> str | None:
    """The hour of a register's row in its own column after its date ("16.9.77 | 0640 | ..."), as "HH:MM"; None for a
    row with no time column, or a dash in it."""
    cuts = [0, *(m.end() for m in _REGISTER_CELL.finditer(text))]
    at = next((i for i in range(len(cuts) - 1) if cuts[i] <= entered_end - 1 < cuts[i + 1]), None)
    column = register_time_column(text, cuts, at) if at is not None else None
    return f"{column['hour']}:{column['minute']}" if column and column["hour"] else None


@cache
def _borrowed_log_weekday(language: str) -> re.Pattern | None:
    """The borrowed day of the week that opens a log's line, whole, in the page's language (``log_day_head``)."""
    days = lexicon(language).get("weekdays") or {}
    return compile_opening(r"^\s*(?P<short>(?!))?(?i:(?P<whole>" + alternation(days) + r"))\.?,?\s+") if days else None


def _borrowed_weekday_number(word: str) -> int | None:
    language = reading_language()
    days = {w.casefold(): n for w, n in (lexicon(language).get("weekdays") or {}).items()} if language else {}
    return days.get(word.casefold())


# A log's entry that opens on its hour ("16h20 — O posto de sinais ... avista ...", "1430 NZPO radio message ...", "09:10
# Filter changed"): the hour in figures, its minutes after an "h", a colon, a full stop or none, then a dash or a space.
_LOG_HOUR = compile_opening(r"^\s*(?P<hour>[01]\d|2[0-3])[h:.]?(?P<minute>[0-5]\d)(?:\s*hrs?\.?)?(?:\s*[-\u2013\u2014]\s*|\s+)"
                            r"(?=[\"\u201c\u201e\u00ab']?[^\W\d_])")  # the entry's first word, or a ship's name in quotes
# ('2330  "Weather Monitor" signalled that ...')


def log_entry_hour(text: str) -> str | None:
    """The hour a log's entry opens on ("16h20 — ...", "1430 NZPO radio message ..."), as "HH:MM"; None for a line that
    opens on no hour."""
    m = _LOG_HOUR.match(text)
    return f"{m['hour']}:{m['minute']}" if m else None


def day_alone(text: str, year: int | None) -> bool:
    """A day written alone on its line ("12 марта 1962 г.", "5 April 1968"), with its day of the week or a diary's
    weather beside it ("Monday, 5 April 1968", "5 апреля 1968 г., понедельник", "四月二十六日　星期一　晴"): a journal's
    entry head."""
    if len(text) > 40:
        return False
    dates = find_dates(text, year)
    if len(dates) != 1 or dates[0].precision != "day":
        return False
    return not beside_day(text, dates[0])


_PLACE_WORDS = 3  # "Valletta", "Rio de Janeiro", "New Delhi": a place's name in a line of a place and a day


def place_and_day(text: str, year: int | None) -> bool:
    """A short line of a place and a day, a day of the week beside it or not ("Valletta, Tuesday, 3 April 1979", "Moscow,
    12 May 1965"): the place its capitalised name before or after the day, nothing else."""
    if len(text) > 60:
        return False
    dates = find_dates(text, year)
    if len(dates) != 1 or dates[0].precision not in ("day", "minute"):
        return False
    place = beside_day(text, dates[0])
    return bool(place) and place[:1].isupper() and len(place.split()) <= _PLACE_WORDS and not any(c.isdigit() for c in place)


def beside_day(text: str, mention: DateMention) -> str:
    """What a line writes beside its day but a day of the week and a diary's weather ("Monday, 5 April 1968", "四月二十六日
    星期一　晴"), and the stops around them: nothing for a day heading."""
    rest = _ENTRY_HEADING_WORDS.sub(" ", text[: mention.start] + " " + text[mention.end:])
    if (borrowed := _borrowed_weekdays()) is not None:
        rest = borrowed.sub(" ", rest)  # "Tiistai 16.1.1973": the day of the week of a page's language with no file
    return rest.strip(" .,;:()[]\u3002\uff0c\u3000\u3001\uff08\uff09")
# A block that ends as a sentence does (a full stop, Chinese "。" too) is the text, not a heading that names a record:
# "同意你于八月二十日同老挝首相富马会谈……面谈。" speaks of talks, it is no record of them.
# A clock's "a.m." / "p.m." after a comma at the line's end ends no sentence: "Meeting on British Guiana, Thursday, June
# 20, 1963, 5:30 p.m." heads a record as a line without a full stop does ("The meeting ended at 4 p.m." is a sentence).
_ENDS_A_SENTENCE = compile_opening(r"^(?!.*,\s*\d{1,2}(?:[:.]\d{2})?\s*[ap]\.\s?m\.\s*$).*[.\u3002]\s*$", re.DOTALL)


# "... the two sides agreed to hold the next meeting on February 20.": a sentence that names a meeting to come gives no
# day of the record's own meeting.
_SENTENCE_AHEAD = compile_opening(r"\b(?:next|following|coming|another)\s+(?:meeting|session|round|conversation)\b", re.IGNORECASE)


_FIRST_SENTENCE = compile_opening(r"^[^\n]{20,158}?[.\u3002](?=\s|$)")
_SUBJECT_CHARS = 16  # the subject of a sentence that opens on the talk: "The conversation", "Беседа", "会谈"


def _names_the_talk(sentence: str) -> bool:
    """The sentence's subject is the record's talk: a record word among its first characters ("The conversation took
    place on ...", "Беседа состоялась ...", "会谈于...举行")."""
    return (m := RECORD_WORDS.search(sentence[:_SUBJECT_CHARS + 12])) is not None and m.start() <= _SUBJECT_CHARS


# The head of a paper that reviews one year ("ANNUAL REVIEW FOR 1972", "Annual Report for 1974", "Review of the year
# 1968"; en.yaml reviewed_year_heads): the year it reviews.
_REVIEWED_YEAR = re.compile(rf"(?<!\w)(?:{alternation(words('reviewed_year_heads')) or '(?!)'})\s+(?P<year>1[89]\d\d|20\d\d)(?!\d)",
                            re.IGNORECASE)


def reviewed_year(text: str) -> int | None:
    """The year a head reviews ("MONGOLIA: ANNUAL REVIEW FOR 1972": 1972), else None."""
    return int(m["year"]) if (m := _REVIEWED_YEAR.search(text)) is not None else None


def _reviewed_year(doc: ParsedDocument) -> int | None:
    """The one year the head of a year's review names (its title, a catalogue's description over it), else None."""
    years = {y for t in [doc.title or "", *(b.text for b in doc.blocks[:_HEAD_BLOCKS * 3] if len(b.text) < 160)]
             if (y := reviewed_year(t)) is not None}
    return years.pop() if len(years) == 1 else None


_CITED_YEAR = re.compile(r"(?<![\d/.-])(?:19[0-9]{2})(?![\d-])")


def _citation_year(doc: ParsedDocument) -> int | None:
    """The one year the archival citation of an undated paper writes ("..., Burkina Faso, 1985, 64. doboz, 00987/1985"):
    the year of the file it is kept in; none where it writes several."""
    years = set(_CITED_YEAR.findall(doc.citation_text or ""))
    return int(years.pop()) if len(years) == 1 else None


def _body_years(doc: ParsedDocument) -> list[int]:
    """The years the body of a document writes, a year alone included ("By the beginning of 1979"), in their order; not
    its notes' ("11. Interview with ..., 14 July 1997.")."""
    return [m.start_date.year for block in doc.blocks if block.section_type == "body" and any(c.isdigit() for c in block.text)
            and note_number(block.text.strip()) is None for m in find_dates(block.text, None) if m.year_written]


def _first_year_written(doc: ParsedDocument) -> int | None:
    """The first year the text of the document writes with a day or month, in its body."""
    for block in doc.blocks:
        if block.section_type == "body" and any(c.isdigit() for c in block.text):
            for mention in find_dates(block.text, None):
                if mention.year_written and mention.precision in ("day", "minute", "month"):
                    return mention.start_date.year
    return None


_HEAD_BLOCKS = 6  # a record's head: its first few lines


def _is_a_sentence(text: str) -> bool:
    """A block that ends as a sentence does, but a day written alone on its line: "14 августа 1976 г." ends on the year's
    abbreviation, it is a diary's date line over "ЗАПИСЬ БЕСЕДЫ", no sentence of the text."""
    return bool(_ENDS_A_SENTENCE.search(text)) and not day_alone(text, None)


def _head_blocks(doc: ParsedDocument) -> list:
    """The blocks over a record's text: its first six, and the short lines that follow them before its first sentence
    (an edition's header of five lines pushes "SUBJECT / Meeting on British Guiana, Thursday, June 20, 1963, 5:30 p.m. /
    PARTICIPANTS" past the first six blocks; "IRAN: Hostage Talks" under a first paragraph heads an item of a daily)."""
    head = list(doc.blocks[:_HEAD_BLOCKS])
    if any(b.section_type != "header" and (len(b.text) >= 160 or _is_a_sentence(b.text)) for b in head):
        return head
    for block in doc.blocks[_HEAD_BLOCKS:]:
        if len(block.text) >= 160 or _is_a_sentence(block.text) or len(head) >= 2 * _HEAD_BLOCKS:
            break
        head.append(block)
    return head


# The labels of an interview's questions and answers (en.yaml interviewer_labels, answerer_labels) opening a passage,
# closed by a colon or a full stop ("Q. You have met Ian Smith.", "A: In August of '78 ...").
_ASKED = frozenset(w.lower() for w in lexicon("en").get("interviewer_labels") or [])
_ANSWERED = frozenset(w.lower() for w in lexicon("en").get("answerer_labels") or [])
_QA_LABEL = compile_opening(r"^\s*(?P<label>[A-Z][a-z]{0,10})[.:]\s+\S")
_QA_AT_LEAST = 2  # questions and answers each, for a page to be an interview printed so


def _questions_and_answers(doc: ParsedDocument) -> bool:
    """An interview printed in questions and answers ("Q. You have met Ian Smith. What did you tell him?" / "A. Yesterday
    I saw Mr. Smith ..."): two questions at least and two answers under their labels, in the body's passages. It records
    a talk, of the day its head names ("... received Newsweek's Holger Jensen at his home ..., on March 6. Excerpts:")."""
    labels = [m["label"].lower() for b in doc.blocks if b.section_type == "body" and (m := _QA_LABEL.match(b.text))]
    return sum(label in _ASKED for label in labels) >= _QA_AT_LEAST and sum(label in _ANSWERED for label in labels) >= _QA_AT_LEAST


def _occasion_days(doc: ParsedDocument) -> tuple[date | None, date | None]:
    """A record's meeting day: in its title, a "Time:" line, or a heading that names the meeting, before the page's date."""
    heads = [doc.title or ""] + [
        _in_capitals(b.text) if len(b.text) < 160 or (len(b.text) < _LONG_HEADING and _names_the_talk(b.text) and (
            not _ENDS_A_SENTENCE.search(b.text) or b.text.isupper()))
        else first[0] if (first := _FIRST_SENTENCE.match(b.text)) and _names_the_talk(first[0]) else ""
        for b in doc.blocks[:14] if b.section_type != "header"
    ]  # a heading in capitals is no sentence, whatever stop it ends on ("RECORD OF A MEETING ... ON TUESDAY 15 JANUARY
    # 1974 AT 11.00 A.M.")  # a long opening paragraph by its first sentence when the talk is its subject: "The conversation took place on 23
    # May 1980 from 10:00 to 12:30 ...", not "The delegation ... completed its talks in Moscow on 20 September"; a long
    # heading with no full stop that opens on the talk, its day at its end ("on the conversation of Comrade Werner
    # Lamberz, member of the Politburo ..., with the Prime Minister of Ceylon, ..., on 11 February 1972 in Colombo")
    language = next((b.language for b in doc.blocks if b.section_type == "body" and b.language), None)
    named = [h for h in heads if RECORD_WORDS.search(h) and not (_ENDS_A_SENTENCE.search(h) and (
        _SENTENCE_AHEAD.search(h) or tells_a_plan(h, language) or _a_speakers_turn(h)))]  # "3. A meeting of the working people ... is to
    # be held on 21 March.": a decision that a gathering be held, a day to come, not the record's own
    year = doc.document_date.year if doc.document_date else None
    lines = [b.text for b in doc.blocks[:14] if b.passage_type != "title"]  # the heading's lines too, in the page's head
    named += _place_and_day_under_heading(lines, year)
    if doc.title and doc.title_block is not None:  # the heading is the title's block, out of the lines
        # above: "ЗАПИСЬ БЕСЕДЫ" / "с премьер-министром Дании ..." / "6 декабря 1979 года" under "«10» декабря 1979 г."
        named += _place_and_day_under_heading([doc.title] + [b.text for b in doc.blocks[doc.title_block + 1:14]], year)
    written = doc.document_date if doc.document_date_precision == "day" else None
    found, told = [], []  # the first day of each of the title, the "Time:" lines and the headings naming the talk
    for ordered in ([doc.title or ""], [h for h in heads if TIME_LABEL.search(h)], named):
        for text in ordered:
            if (d := _first_talk_day([text], doc, ordered is named, written)) is not None:
                found.append(d)
                told.append(ordered is named and _told_in_passing(text))
    if not found:
        return None, None
    if written is not None and found[0][0] == written and _first_talk_day([doc.title or ""], doc, False, written) is not None:
        # the title's day that is the page's own date ("Запись беседы ... (14 января 1976 г.)", "谈话记录（一九七六年七月
        # 二十日）"): a "Time:" line or the heading's day line under it dates the talk when it is days before
        # ("时间：一九七六年七月十九日下午四时", "ЗАПИСЬ БЕСЕДЫ / с президентом ... / 12 января 1976 года"), written up later;
        # not a short paragraph of the text that names other talks in passing ("Comrade Fock: We must not let the
        # economic talks with Prague suffer. The trade delegation was in Prague from 8 to 10 July ...")
        earlier = next((d for d, passing in zip(found[1:], told[1:], strict=True) if not passing and d[0] < written
                        and (written - d[0]).days <= _WRITTEN_UP_WITHIN), None)
        return earlier or found[0]
    return found[0]


def _a_speakers_turn(text: str) -> bool:
    """A turn of the talk under its speaker's label ("毛泽东：他们说不扩大，可是二月七日就炸了越南北方，……昨天晚上周恩来同志把你们
    会谈的情况都跟我讲了。"), a short one among the page's first blocks: the talks it names are others, told in passing (a
    book's record of a talk dated on a line of its own over its heading, as 毛泽东外交文选 and 文稿 print one); not a heading
    whose label is the record's own ("Memorandum of Conversation: ..."), nor one with a day in its label."""
    m = TURN.match(text)
    return m is not None and not RECORD_WORDS.search(m["name"]) and not find_dates(m["name"], None)


def _told_in_passing(text: str) -> bool:
    """A short paragraph of two or more sentences whose subject is not the record's talk: a record word in it names
    some other talk ("Comrade Fock: We must not let the economic talks with Prague suffer. The trade delegation was in
    Prague from 8 to 10 July and the protocol was signed."), not the heading that dates the record's own."""
    return bool(_ENDS_A_SENTENCE.search(text)) and not text.isupper() and not _names_the_talk(text) \
        and len(_SENTENCE_BREAK.findall(text.strip())) >= 1


_SENTENCE_BREAK = compile_opening(r"[.!?\u3002]\s+(?=[A-Z\u0410-\u042f\u3400-\u9fff])")


# A printed hearing's turn, its speaker's title and his name in capitals before a full stop ("Mr. HARKNESS. The
# subcommittee will come to order. We held our first session ... on March 18"; en.yaml hearing_turn_titles, as
# document_act.py reads the turn): the sessions it names are others, told in the turn.
_HEARING_TURN_OPENING = compile_opening(
    r"^\s*(?:" + (alternation(lexicon("en").get("hearing_turn_titles") or []) or "(?!)") + r")\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?\.\s+(?=\S)")


def _first_talk_day(ordered: list[str], doc: ParsedDocument, named: bool, written: date | None) -> tuple[date, date] | None:
    for text in ordered:
        if named and _HEARING_TURN_OPENING.match(text):
            continue  # "Mr. HARKNESS. ... We held our first session on this subject in Washington on March 18": a turn
            # of the hearing the page records, under its own day ("FRIDAY, APRIL 11, 1975")
        for mention in find_dates(text, doc.document_date.year if doc.document_date else None):
            if named and written is not None and mention.start_date > written:
                continue  # "3. A meeting of the working people is to be held on 21 March." in minutes of 18 March: a
                # meeting the record plans, not the one it records (a record is not written before its talk)
            if named and written is not None and mention.start_date < written and _ENDS_A_SENTENCE.search(text) \
                    and _THING_OF.search(text, 0, mention.start):
                continue  # "The Minutes of the Court of the 4th November were approved." in the minutes of the 11th: the
                # paper of an earlier sitting, read at this one
            if mention.precision in ("day", "minute"):
                return mention.start_date, mention.end_date  # "on 19, 20 and 21 October 1956": all three days
    return None


def _in_capitals(text: str) -> str:
    """A heading typed in capitals as it would be written in lower case, so that its days read as days ("ON TUESDAY
    15 JANUARY 1974" is "On Tuesday 15 January 1974"); any other text as it is."""
    return text.title() if text.isupper() else text


_HEAD_LINES = 3  # the short lines a record's heading runs on to: its party, its number, its place and day


def _names_a_day(text: str, year: int | None) -> bool:
    return any(d.precision in ("day", "minute") for d in find_dates(text, year))


def _place_and_day_under_heading(lines: list[str], year: int | None) -> list[str]:
    """The place-and-day line of a record's head: under a heading of the record that names no day, the first line of a
    place and a day among the few short lines it runs on to before the text ("Record of a conversation / Valletta,
    Tuesday, 3 April 1979"; "RECORD OF A CONVERSATION / with the Prime Minister / Accra, Friday, 2 May 1975"), or of the
    day alone ("ЗАПИСЬ БЕСЕДЫ" / "с Президентом ..." / "21 января 1977 года" under a diary's "«25» января 1977 г."), dates
    the talk (the record signed elsewhere or days later). A sentence or a line with another day closes the head."""
    found = []
    for at, heading in enumerate(lines):
        if len(heading) >= 80 or not RECORD_WORDS.search(heading) or _names_a_day(heading, year):
            continue
        for line in lines[at + 1: at + 1 + _HEAD_LINES]:
            if place_and_day(line, year) or day_alone(line, year) or held_line(line, year):
                found.append(line)
                break
            if len(line) >= 80 or _ENDS_A_SENTENCE.search(line) or _names_a_day(line, year):
                break
    return found


_HELD_OPENING = compile_opening(r"^(?:" + alternation(lexicon("en").get("meeting_held_openings") or ["(?!)"]) + r")\s+(?:at|in|on)\b",
                                re.IGNORECASE)
_HELD_LINE = 120  # a heading's line, not a paragraph


def held_line(text: str, year: int | None) -> bool:
    """The heading's line that says where and when its meeting was held, of one day ("held at Government Buildings on
    Tuesday, 24 March 1964, at 11 a.m."; en.yaml ``meeting_held_openings``)."""
    if len(text) > _HELD_LINE or not _HELD_OPENING.search(text):
        return False
    days = [d for d in find_dates(text, year) if d.precision in ("day", "minute")]
    return len(days) == 1


_LONG_HEADING = 400  # a heading runs to a few lines at most
_OPENING_SENTENCE = compile_opening(r"^[^\n]{20,300}?[.\u3002](?=\s|$)")
_HAN = re.compile(r"[\u3400-\u9fff]")  # a Chinese paragraph says in twenty characters what takes sixty letters
_THING_OF = compile_opening(r"\b(?:(?<!morning )(?<!evening )(?<!night )(?<!afternoon )(?<!noon )of|dated|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "the Soviet note of March 2": a paper's day; "on the evening of 26 February": the talk's
_TOLD_BEFORE = compile_opening(r"\b(?:that|which|who|whom|whose|when|after|before|since)\b")  # a clause the date is told in
_WRITTEN_UP_WITHIN = 31  # days: a record is written up within weeks of its talk; a day further back is a look back
# A sentence, then a label that opens what follows ("... at his home ..., on March 6. Excerpts:"): the sentence is the
# paragraph's, though it ends on the label's colon; not a name's initials ("with the Prime Minister ..., L. F. S. Burnham").
_LABEL_AFTER_SENTENCE = compile_opening(r"[^\W_A-Z\u0410-\u042f][.!?]\s+[A-Z][\w ]{0,30}:\s*$")
_OPENING_PHRASE = compile_opening(r"^(?P<phrase>(?:[^\W\d_][\w'’-]*\s+){1,5}[^\W\d_][\w'’-]*),\s")  # "Two days after his landslide, "


def _opening_phrase_end(sentence: str, before: int) -> int:
    """Where a short phrase that opens the sentence, set off by its comma, ends ("Two days after his landslide, Robert
    Mugabe received ... on March 6."): its "after" tells when, not the clause the day is told in; 0 where none opens it."""
    m = _OPENING_PHRASE.match(sentence)
    return m.end() if m and m.end() <= before else 0


_TALK_OPENING = compile_opening("|".join(
    rf"(?<!\w){re.escape(w)}(?!\w)" if lang != "zh" else re.escape(w)
    for lang in ("en", "ru", "zh") for w in sorted(lexicon(lang).get("talk_opening_verbs") or [], key=len, reverse=True)
) or r"(?!)", re.IGNORECASE)


def opens_the_talk(sentence: str) -> bool:
    """The sentence tells the meeting itself: one receiving, meeting or calling on the other (talk_opening_verbs)."""
    return bool(_TALK_OPENING.search(sentence))


def _dated_at_foot_only(doc: ParsedDocument, written: date) -> bool:
    """The record's date is the date line at its foot (its shape: a short line of a date, a place before it, in brackets
    or not, under the last paragraph), and neither its title nor the lines over its text write a day."""
    foot = closing_day(doc)
    if foot is None or foot.start_date != written:
        return False
    head = [doc.title or ""] + [b.text for b in doc.blocks[:4] if b.section_type == "header" or len(b.text) < 160]
    return not any(d.precision in ("day", "minute") for text in head for d in find_dates(text, written.year) if d.text != foot.text)


_HEADING_LINE = 160  # a heading's line is shorter than a paragraph


def _opening_day(doc: ParsedDocument, written: date) -> date | None:
    """A record whose head names no day, written up on ``written`` (its date at its foot): its talk's day is the day
    its opening sentence writes, the first sentence of its first paragraph of text ("The President received Minister
    Rapacki at his residence ... on the evening of 26 February, two hours after ...", "Посол принял меня 12 мая ..."),
    when that day is on or before the writing and within weeks of it. None when the opening sentence writes no day.
    Where the record's own heading stands in the text ("RECORD OF CONVERSATION"), the text opens under it: an archive's
    summary of the record over its heading ("The ambassador reports on a conversation with ...") is not its opening."""
    blocks = doc.blocks[:14]
    heading = next((i for i, b in enumerate(blocks) if b.section_type != "header" and len(b.text) < _HEADING_LINE
                    and not _ENDS_A_SENTENCE.search(b.text) and RECORD_WORDS.search(b.text)), None)
    for block in blocks[heading + 1:] if heading is not None else blocks:
        text = block.text.strip()
        if block.section_type == "header" or block.passage_type not in ("paragraph", "quote") or len(text) < (20 if _HAN.search(text) else 60) \
                or _PARTICIPANT_LABEL.match(text) or present_names(text) or (m := _OPENING_SENTENCE.match(text)) is None \
                or len(text) < _HEADING_LINE and not (_ENDS_A_SENTENCE.search(text) or _LABEL_AFTER_SENTENCE.search(text)):  # a line
            # of the heading run on, no sentence ("MEMORANDUM OF CONVERSATION" / "with the Prime Minister of ..., L. F. S.
            # Burnham"); a sentence before a label is one ("... on March 6. Excerpts:")
            continue
        days = [d for d in find_dates(m[0], written.year) if d.precision in ("day", "minute")]
        if days and days[0].start_date <= written and (written - days[0].start_date).days <= _WRITTEN_UP_WITHIN \
                and not _THING_OF.search(m[0], 0, days[0].start) and not _TOLD_BEFORE.search(m[0], _opening_phrase_end(m[0], days[0].start), days[0].start) \
                and opens_the_talk(m[0]):
            return days[0].start_date
        if not days and opens_the_talk(m[0]) and (weekday := _opening_weekday(m[0], block.language)) is not None:
            return written + timedelta(days=weekday_offset(weekday, written))  # "On Wednesday afternoon Comrade
            # Batmönkh ... received me" in a record of Friday 7 September: the Wednesday before its writing
        return None  # the opening sentence: no day of the talk in it ("handed the Acting Secretary the Soviet note of
        # March 2": the note's day; "said that on 2 May ...": a day the talk told of)
    return None


def _opening_weekday(sentence: str, language: str | None) -> int | None:
    """The day of the week a record's opening sentence opens on ("On Wednesday afternoon ...", "В понедельник ..."):
    its weekday (Monday 0), when it is the sentence's first cue of a day and no span or deadline; else None."""
    cues = [c for c in read_cues(sentence, language) if c.kind == "relative"]
    if cues and cues[0].weekday >= 0 and cues[0].start < 12 and not (cues[0].bound or cues[0].since or cues[0].to_weekday >= 0):
        return cues[0].weekday
    return None


# An office named with its article ("the Ambassador of the DRV"), then the man holding it after a comma, with a form of
# address or a capitalised name ("Comrade Do Phat Quang", "Mr. Kaul").
_OFFICE_PHRASE = compile_opening(r"^\s*the\s+[A-Z]")
_APPOSED = compile_opening(r"^\s*(?:(?:Comrade|Cde\.?|Mr\.?|Mrs\.?|Dr\.?)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")
# The one whose talk a heading records, before its "with": "the conversation of Comrade Deputy Minister X with Y".
_TALK_OF = compile_opening(r"\b(?:conversation|talk|talks|meeting)\s+of\s+(?P<who>[^,;:]+?)\s*$", re.IGNORECASE)


_WEEKDAYS = frozenset(w.casefold() for w in lexicon("en").get("weekdays") or {})


def _where_or_when(chunk: str) -> bool:
    """A chunk after the parties that tells where or on what weekday they met ("... with General Secretary Gorbachev,
    Kremlin, Monday, 3 July 1989"): no party."""
    entity = lookup(chunk.strip())
    return chunk.strip().casefold() in _WEEKDAYS or entity is not None and entity.kind == "place" and not entity.is_actor


def _party(chunk: str) -> str:
    """A party as the title names it: the person the gazetteer knows in it ("Soviet leader Anastas Mikoyan" is
    Anastas Mikoyan), else the words themselves."""
    people = [m.entity.name for m in find_mentions(chunk) if m.entity.kind == "person"]
    return people[0] if len(people) == 1 else canonical_name(_after_office(chunk))


def _a_person_in(chunk: str) -> bool:
    """The chunk names a person the gazetteer knows, or a name after an office ("Foreign Minister Tulsi Giri")."""
    return any(m.entity.kind == "person" for m in find_mentions(chunk)) or _after_office(chunk) != chunk


def _office_words(chunk: str) -> bool:
    """The chunk holds an office's word ("the Prime Minister of Australia", "Commonwealth Secretary")."""
    return any(w.rstrip(".,") in _ROLE_WORDS for w in chunk.split())


def _after_office(chunk: str) -> str:
    """A name the gazetteer does not know, without the office and nationality the title writes before it ("Nepalese
    Foreign Minister Tulsi Giri": Tulsi Giri, as the record's body names him); the chunk itself when no office stands
    before a name of two to four words ("the Czechoslovak Chargé d'Affaires", "King Mahendra")."""
    words = chunk.split()
    last = max((i for i, w in enumerate(words) if w.rstrip(".,") in _NAME_PREFIXES or w.rstrip(".,") in _ROLE_WORDS), default=None)
    name = words[last + 1:] if last is not None else []
    if 2 <= len(name) <= 4 and all(_name_word(w) for w in name) and name[-1][:1].isupper() and len(name[-1].rstrip(".")) > 1:
        return " ".join(name)
    return chunk


_PARTICIPANT_LABEL = compile_opening(r"^\W*(?:" + alternation(lexicon("en").get("participant_labels") or []) + r")\s*(?::\s*(?P<names>.*))?$")


def listed_participants(doc: ParsedDocument) -> list[str]:
    """The people a record lists under its label of participants ("PARTICIPANTS" and a line for each: "Acting Secretary
    Herter", "Ambassador Menshikov"; or "Participants: Lyndon B. Johnson, Dean Rusk"), as the gazetteer or the
    document's offices name them; [] when it has no such list, and for the minutes of a body, whose meeting is the
    body's ("Present: Ho Chi Minh, Le Duan ..." at a session of the Politburo)."""
    if _body(doc) is not None:
        return []
    lines = _participant_lines(doc)
    if lines is None:
        return []
    home = bare_holders(doc.document_date, home_countries(doc.url, doc.title))
    people: list[str] = []
    for line in lines:
        if (alone := _ALONE_OFFICE.fullmatch(line)) and (holder := home.get(alone["office"].lower())):
            people += [holder] if holder not in people else []  # "The President" listed alone: the record's own government's
            continue
        known = [m for m in find_mentions(line) if m.entity.kind == "person"]
        named = [(m.start, m.entity.name) for m in known] + [(a, name) for a, _, name in office_spans(line, [(m.start, m.end) for m in known])]
        if not named and doc.document_date and (words := line.split(",")[0].split()) and len(words) <= 3 \
                and (person := dated_surname(words[-1], doc.document_date.year, alone=True)) is not None:
            named = [(0, person.name)]  # "Mr. Kohler, EUR": the one Kohler the gazetteer has in office that year
        people += [name for _, name in sorted(named)[:1] if name not in people]  # the person the line is for
    return people


_ALONE_OFFICE = compile_opening(r"(?:The\s+)?(?P<office>[A-Z][a-z]+)")


def people_present(doc: ParsedDocument) -> list[str]:
    """Everyone a record's list of participants names, the gazetteer's people and the others ("Present: on the
    Hungarian side, Frigyes Puja and András Gyenes; ...", "Ambassador Berhanu Dinke"): those its own talk was held
    among. [] for the minutes of a body and for a record with no such list."""
    if _body(doc) is not None or (lines := _participant_lines(doc)) is None:
        return []
    people = listed_participants(doc)  # "Present: on the Egyptian side Vice-President Ali Sabri ...": the list holds people
    home = bare_holders(doc.document_date, home_countries(doc.url, doc.title))  # even when the gazetteer knows none of them
    for line in lines:
        for piece in re.split(r"\s+and\s+|\s*[;\n]\s*", _SIDE.sub("", _ASIDE_NOTE.sub(";", line).strip(" ;"))):
            if (alone := _ALONE_OFFICE.fullmatch(piece.strip(" ."))) and alone["office"].lower() in home:
                continue  # "The President": the one listed_participants gives
            mentions = find_mentions(piece)
            if len(mentions) == 1 and mentions[0].entity.kind != "person" and not piece[: mentions[0].start].strip() \
                    and not piece[mentions[0].end:].strip(" ."):
                continue  # "United States", "Indonesia": the side the lines below it sat on
            known = [m for m in mentions if m.entity.kind == "person"]
            named = [m.entity.name for m in known] + [name for _, _, name in office_spans(piece, [(m.start, m.end) for m in known])]
            people += [n for n in dict.fromkeys(named or listed_names(piece) or _titled_surname(piece)) if n not in people]
    return people


# "(interpreting part of the time)": a note on a participant's role, no part of his name; it ends his entry.
_ASIDE_NOTE = compile_opening(r"\s*\([^()]*\)")
# "Ambassador Wadsworth", "Mr. Rountree": a line of the list that gives a title and a surname the gazetteer lacks.
_TITLED_SURNAME = compile_opening(
    r"^\W*(?:" + alternation(lexicon("en").get("participant_surname_titles") or []) + r")\.?\s+(?P<surname>[A-Z][a-z][\w'’-]+)\W*$"
)


def _titled_surname(piece: str) -> list[str]:
    """The surname of a participant a list writes with his title only ("Ambassador Wadsworth": Wadsworth); [] else."""
    m = _TITLED_SURNAME.match(piece.strip())
    return [m["surname"]] if m else []


# "在座：姬鹏飞副外长、巴基斯坦驻华大使拉扎": a Chinese record's line of those present besides the two who talked
# (``present_labels`` in zh.yaml), the names parted by "、".
_PRESENT_LINE = compile_opening(r"^\s*(?:" + alternation(lexicon("zh").get("present_labels") or []) + r")\s*[:\uff1a]\s*(?P<names>.+)$") \
    if lexicon("zh").get("present_labels") else None
_ZH_OFFICES = sorted((w for w in [*(lexicon("zh").get("mission_offices") or []), *(lexicon("zh").get("surname_titles") or [])]), key=len, reverse=True)


def present_line(doc: ParsedDocument) -> list[str]:
    """Those a Chinese record's line of those present names ("在座：姬鹏飞副外长、巴基斯坦驻华大使拉扎"); [] when it has none."""
    return next((people for block in doc.blocks[:12] if len(block.text) <= 200 and (people := present_names(block.text))), [])


def present_names(line: str) -> list[str]:
    """The people a line of those present names: the gazetteer's, else the name written after an office ("…大使拉扎":
    拉扎); [] for a line that is none."""
    if _PRESENT_LINE is None or (m := _PRESENT_LINE.match(line)) is None:
        return []
    people: list[str] = []
    for piece in re.split(r"[\u3001,\uff0c;\uff1b]\s*", m["names"].strip()):
        known = [x.entity.name for x in find_mentions(piece) if x.entity.kind == "person"]
        after = next((piece[piece.rindex(o) + len(o):] for o in _ZH_OFFICES if o in piece), "")
        named = known[:1] or ([after] if 2 <= len(after) <= 4 and not find_mentions(after) else [])
        people += [n for n in named if n not in people]
    return people


# "The King received me in the presence of the Director of the Royal Cabinet, Ahmed Reda Guedira.", "Foreign Minister
# Vincent Efon was present.", "На беседе присутствовал министр Э. Рабаса.": those the record's opening paragraph tells
# were at its talk (present_told_before / present_told_after in en.yaml and ru.yaml), the names after or before the words.
_PRESENT_BEFORE = compile_opening(r"\b(?:" + alternation([*(lexicon("en").get("present_told_before") or []), *(lexicon("ru").get("present_told_before") or [])])
                                  + r")\s+(?P<who>(?:[^.;:]|(?<=\b\w)\.)+)", re.IGNORECASE)
_PRESENT_AFTER = compile_opening(r"(?:^|[.;]\s+)(?P<who>(?:[^.;:]|(?<=\b[A-Z])\.){2,120}?)\s+(?:" + alternation(lexicon("en").get("present_told_after") or [])
                                 + r")\s*(?:[.;]|$)")
_PRESENT_PIECES = re.compile(r"\s*,\s*(?:and\s+)?(?:of\s+)?|\s+and\s+(?:of\s+)?")


def present_named(text: str) -> list[str]:
    """The people a sentence of a record tells were present at its talk ("... in the presence of Vice-President Quett
    Masire and of Foreign Minister Archibald Mogwe": Quett Masire, Archibald Mogwe); [] when it tells none."""
    people: list[str] = []
    for m in [*_PRESENT_BEFORE.finditer(text), *_PRESENT_AFTER.finditer(text)]:
        for piece in _PRESENT_PIECES.split(m["who"]):
            known = [x.entity.name for x in find_mentions(piece) if x.entity.kind == "person"]
            people += [n for n in known or listed_names(piece) if n not in people]
    return people


def present_told(doc: ParsedDocument) -> list[str]:
    """Those the opening paragraphs of a record's text tell were at its conversation besides the two who talked; []
    when none does."""
    told = 0
    for block in doc.blocks[:16]:
        if block.section_type in ("header", "trailer") or block.language not in (None, "en", "ru") \
                or not block.text.rstrip().endswith((".", "!", "?")) or len(block.text) < 40:
            continue
        if people := present_named(block.text):
            return people
        told += 1
        if told >= 2:
            break
    return []


def listed_names(line: str) -> list[str]:
    """The names of people a line of a list of participants writes, as written, without the side they sat on, their
    titles before the name and their offices after a comma ("Assistant Secretary G. Mennen Williams": G. Mennen
    Williams); a name of one word ("Secretary Rusk") is left to the gazetteer."""
    names = []
    for piece in re.split(r"\s*,\s*|\s+and\s+", _SIDE.sub("", line.strip()).rstrip(" .")):
        words = unstyled(piece).split()  # "Rt Hon David Lange", "Mr Ted Rowlands MP": the name without its style
        if any(w[:1].islower() and w not in _NAME_PARTICLES for w in words[next((i for i, w in enumerate(words) if w[:1].isupper()), len(words)):]):
            continue  # "Assistant Secretary for African Affairs": an office
        while words and (words[0].rstrip(".") in _NAME_PREFIXES or words[0][:1].islower()):
            words.pop(0)
        if len(words) >= 2 and all(_name_word(w) for w in words) and not any(w.rstrip(".") in _ROLE_WORDS for w in words) \
                and words[-1][:1].isupper() and len(words[-1].rstrip(".")) > 1:
            names.append(" ".join(words))
    return names


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised ("Frigyes"), an initial ("E."), or a particle ("dos Santos")."""
    return word[:1].isupper() or word in _NAME_PARTICLES


_NAME_PARTICLES = frozenset({"dos", "da", "de", "del", "della", "do", "das", "e", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "y"})
_NAME_PREFIXES = frozenset(w.rstrip(".") for t in [*(lexicon("en").get("titles") or []), *(lexicon("en").get("participant_name_prefixes") or []),
                                                   *(lexicon("en").get("title_words") or [])] for w in t.split())
_ROLE_WORDS = frozenset(lexicon("en").get("participant_role_words") or [])
# "on the Hungarian side,", "on the Mozambican side": the side a line's people sat on, no part of their names.
_SIDE = compile_opening(r"^\W*on\s+the\s+[\w'’-]+\s+(?:" + alternation(lexicon("en").get("participant_side_words") or []) + r")\b\s*,?\s*")


# A field of a record's head, its label before a colon ("Notetaker: Robert Hutchings", "DATE, TIME AND PLACE: ..."): no
# line of the list of participants above it, which goes on under a label that held its first name ("PARTICIPANTS: The
# President" / "Helmut Kohl, Chancellor").
_FIELD_LABEL = compile_opening(r"^[^\W\d_][^:]{0,30}:")
_LIST_CLOSERS = frozenset(lexicon("en").get("participant_list_closers") or [])


def _participant_lines(doc: ParsedDocument) -> list[str] | None:
    """The lines of a record's list of participants, None when it has none."""
    for index, block in enumerate(doc.blocks[:30]):
        if len(block.text) > 300 or (m := _PARTICIPANT_LABEL.match(block.text.strip())) is None:
            continue
        lines = re.split(r"[,;]\s*", m["names"]) if m["names"] else []
        inline = bool(lines)
        for below in doc.blocks[index + 1: index + 16] if len(lines) <= 1 else ():
            text = below.text.strip()
            if len(text) > 120 or text.endswith((".", "!", "?", ":")) or find_dates(text, None):
                break  # the record's first sentence: the list is over
            if text.rstrip(":").strip() in _LIST_CLOSERS:
                break  # "SUBJECTS" / "Oil Nationalization; Trade Act": the head's next field, its topics no one present
            if inline and _FIELD_LABEL.match(text):
                break  # "PARTICIPANTS: The President" / "Helmut Kohl, Chancellor" / "Notetaker: ...": the next field of the head
            lines.append(text.split(",")[0] if inline else text)  # "Helmut Kohl, Chancellor": the man, his office after the comma
        return lines
    return None


def offices_listed_alone(doc: ParsedDocument) -> frozenset[str]:
    """The one-word offices a record lists alone among its participants ("The President", "The Secretary"), lower case:
    there they are its own government's, whoever else the page gives that title ("President Nkrumah")."""
    return frozenset(m["office"].lower() for line in _participant_lines(doc) or [] if (m := _ALONE_OFFICE.fullmatch(line)))


# "Secretary of State for Defence", "Minister of Foreign Affairs": an office of a field, written short with the field first
# ("the Defence Secretary", "the Foreign Minister"): ``domain_office_heads`` in en.yaml.
_DOMAIN_OFFICE = compile_opening(
    r"^(?P<head>" + alternation(lexicon("en").get("domain_office_heads") or []) + r")\s+(?:of|for)\s+(?:the\s+)?(?P<field>[A-Z][^,;()]*?)"
    r"(?:\s+(?:" + alternation(lexicon("en").get("domain_office_closers") or []) + r"))?$")
# A piece of a line of those present that names an office ("Secretary of State for Defence", "Prime Minister").
_OFFICE_WORD = compile_opening(r"\b(?:" + alternation(lexicon("en").get("office_titles") or []) + r")\b")


_OFFICE_HEADS = frozenset(w.casefold() for w in lexicon("en").get("domain_office_heads") or [])


def office_forms(office: str) -> list[str]:
    """An office as a list writes it in full and the short forms the page writes it by ("Secretary of State for Defence":
    "Defence Secretary"; "Secretary of State for Foreign and Commonwealth Affairs": "Foreign and Commonwealth Secretary",
    "Foreign Secretary")."""
    office = " ".join(office.split())
    forms = [office]
    joined = [p for p in re.split(r"\s+and\s+(?=[^\W\d_])", office) if p]
    if len(joined) > 1 and all(_OFFICE_WORD.match(p) for p in joined[1:]):
        return forms + [f for p in joined for f in office_forms(p)]  # "An Tánaiste and Minister for Health": two offices
        # held by one member, each a form a turn opens with ("The Minister for Health stated that")
    if m := _DOMAIN_OFFICE.match(office):
        head = m["head"].split()[0]
        forms.append(f"{m['field']} {head}")
        if " and " in m["field"]:
            first = m["field"].split(" and ")[0]
            forms.append(f"{first} {head}")
            if m.end("field") == len(office):  # "Minister for Finance and Planning": "the Minister for Finance" (not
                forms.append(office[: m.start("field")] + first)  # "Secretary of State for Foreign" out of "... Affairs")
    return forms


def present_list_lines(doc: ParsedDocument) -> list[str]:
    """Every line of a record's lists of those present, one member a line ("Present:" and "Also present:" and the lines
    under each), up to the record's first sentence."""
    lines: list[str] = []
    listing = False
    for block in doc.blocks[:40]:
        text = block.text.strip()
        if (m := _PARTICIPANT_LABEL.match(text)) is not None and (len(text) <= 300 or len(text) <= 900 and text.count(";") >= 3):
            listing = True  # a list run on in one paragraph, a member to each piece between semicolons, may be long
            lines += re.split(r"\s*;\s*", m["names"]) if m["names"] and ";" in m["names"] else [m["names"] or ""]
        elif listing and (len(text) > 160 or text.endswith((".", "!", "?")) or find_dates(text, None)):
            break  # the record's first sentence: the lists are over
        elif listing:
            lines.append(text)
    return [line for line in lines if line]


def present_name(piece: str) -> str | None:
    """The member's name a line of those present opens with, without the style before it ("The Rt. Hon. Denis Healey")."""
    named = listed_names(NAME_STYLE.sub("", piece.strip()))
    return named[0] if named else None


_CABINETS = frozenset(lexicon("en").get("cabinet_bodies") or ())


def cabinet_members(doc: ParsedDocument) -> list[str]:
    """The ministers a cabinet's minutes list as present ("Present:" / "Rt Hon David Lange, Prime Minister (in the
    Chair)" / ... / "Also present:" / ...), who met as the cabinet; the lists end at another label, of the officials in
    attendance or the cabinet's secretary ("In attendance:", "Secretary: Sir Burke Trend"). [] for any other record."""
    if (body := _body(doc)) is None or body not in _CABINETS:
        return []
    people: list[str] = []
    for line in present_list_lines(doc):
        if ":" in line:
            break  # "In attendance:", "Secretary of the Cabinet: Mr Patrick Millen": officials, no members
        if not (named := _member_and_office(line)[0]):
            continue
        known = [m.entity.name for m in find_mentions(named) if m.entity.kind == "person"]
        name = known[0] if len(known) == 1 else canonical_name(named)
        people += [name] if name not in people else []
    return people


# "The Prime Minister (Mr Fraser) (in the Chair)": the office, then its holder in brackets, as his style writes him.
_OFFICE_THEN_BRACKETED = re.compile(r"^(?:the\s+)?(?P<office>[^();]+?)\s*\((?P<member>[^()]+)\)", re.IGNORECASE)  # "Energy, Mines and Resources"
_SURNAMES = re.compile(r"^(?:[A-Z][\w'.-]*\s?){1,4}$")
_ARTICLE = re.compile(r"^(?:An|[Tt]he)\s+")


def _member_and_office(line: str) -> tuple[str | None, str | None]:
    """The member a line of those present names and the office it gives him: after his name ("Rt Hon David Lange,
    Prime Minister (in the Chair)"), or before it, as an Irish or continental list writes its ministers ("Minister for
    Defence, Mr James Gibbons", "An Taoiseach, Mr Jack Lynch"), or in brackets after it, as an Australian or Canadian
    list does ("the Minister for Defence (Mr Killen)"). (None, None) for a line that names no member."""
    if (m := _OFFICE_THEN_BRACKETED.match(line.strip(" .;,"))) is not None and _OFFICE_WORD.search(m["office"]) \
            and (bare := without_honorifics(m["member"].strip())) != m["member"].strip() and _SURNAMES.match(bare):
        return present_name(bare) or bare, _ARTICLE.sub("", m["office"].strip())  # "Mr Killen": his style marks a member,
        # named by surname; "An Taoiseach (Mr. Lynch)": the office without the Irish list's article
    pieces = [p.strip(" .;") for p in _ASIDE_NOTE.sub("", line).split(",")]
    if len(pieces) >= 2 and _OFFICE_WORD.search(pieces[0]) and (named := present_name(pieces[-1])) and not _OFFICE_WORD.search(named):
        return named, _ARTICLE.sub("", pieces[0]).strip()  # the office first, the member after it
    named = present_name(pieces[0])
    if named is None and len(pieces) >= 2 and (bare := without_honorifics(pieces[0])) != pieces[0] and _SURNAMES.match(bare) \
            and not _OFFICE_WORD.search(bare):
        named = bare  # "Mr. Haughey, Minister for Finance": his style marks a member named by his surname, his office after it
    office = next((p for p in reversed(pieces[1:]) if p[:1].isupper() and _OFFICE_WORD.search(p)), None)
    return named, office


def listed_office_holders(doc: ParsedDocument) -> dict[str, str]:
    """The offices a record's list of those present gives its members after their names ("The Rt. Hon. Denis Healey, MP,
    Secretary of State for Defence"), in each form the page writes them by ("Defence Secretary"), with the member: who
    "The Defence Secretary said" is on that page. An office two members are listed with names neither. Only in the
    minutes of a body, whose members are listed by their offices; a talk's list names the offices of its two sides."""
    if _body(doc) is None:
        return {}
    holders: dict[str, set[str]] = {}
    for line in present_list_lines(doc):
        named, office = _member_and_office(_LIST_LABEL.sub("", line))  # "Secretary: Mr. G. K. Kariithi, Permanent Secretary"
        if named is None or office is None:
            continue
        known = [m.entity.name for m in find_mentions(named) if m.entity.kind == "person"]
        name = known[0] if len(known) == 1 else canonical_name(named)
        for form in office_forms(office):
            if " " in form or form == office and form.casefold() not in _OFFICE_HEADS:  # "Minister" alone: no one office;
                holders.setdefault(form, set()).add(name)  # "Taoiseach", "Chancellor" listed alone: the one who holds it
    return {form: next(iter(names)) for form, names in holders.items() if len(names) == 1}


def present_members(doc: ParsedDocument) -> list[str]:
    """Every member a record's lists of those present name, as written ("Present: Yu. Tsedenbal, Zh. Sambuu, D. Maidar";
    "the Minister for Foreign Affairs (Mr Peacock)": Peacock), in their order; [] for a record without such a list."""
    members: list[str] = []
    for line in present_list_lines(doc):
        line = _LIST_LABEL.sub("", line)  # "Secretary: Mr G. J. Yeend", "Guests: V. David, Minister of Foreign Affairs"
        for name in [_member_and_office(line)[0], *listed_names(_BRACKETED.sub("", line))]:
            if name and not name.isupper() and name not in members:
                members.append(name)  # not "PORTUGUESE TIMOR", the heading of the record's first item
    return members + [n for n in listed_participants(doc) if n not in members]


_LIST_LABEL = re.compile(r"^[^\W\d_][^:,;]{0,30}:\s*")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


# A paragraph of minutes that opens with a member by his title and name and a verb of his own ("Comrade Maidar supported
# the proposal", "General Vessey reported that", "Minister Magalhães Pinto asked that"): the titles of en.yaml.
_MEMBER_OPENS = compile_opening(
    r"^\W*(?:(?:the\s+)?(?:" + "|".join(re.escape(w) for w in sorted(lexicon("en").get("titles") or [], key=len, reverse=True))
    + r")\.?\s+)*(?P<name>[^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]*)*?)\s+(?:then\s+|also\s+)?[a-z]{3,}\b")


def listed_offices_opening(doc: ParsedDocument, holders: dict[str, str] | None = None) -> dict[str, str]:
    """``listed_office_holders`` with the one word an office "of" something is written by alone ("President of the
    Republic": "President"; "Chancellor of the Exchequer": "Chancellor"), when no other office listed opens with it: the
    offices a turn of the record's minutes may open with ("The President opened the session"); ``holders``: the
    ``listed_office_holders`` of ``doc`` when the caller has them already."""
    holders = listed_office_holders(doc) if holders is None else holders
    heads: dict[str, set[str]] = {}
    for form, holder in holders.items():
        head, _, rest = form.partition(" of ")
        if rest and " " not in head and head.casefold() not in _OFFICE_HEADS:
            heads.setdefault(head, set()).add(holder)
    return holders | {head: next(iter(held)) for head, held in heads.items() if len(held) == 1 and head not in holders}


def office_opening(text: str, offices: dict[str, str]) -> str | None:
    """The holder of the listed office a paragraph opens with, the verb after it ("The Minister of the Army reported
    that ...": the minister the list of those present names); None for a paragraph that opens otherwise."""
    if not offices or text.lstrip()[:4].casefold() != "the ":
        return None
    rest = text.lstrip()[4:]
    for form in sorted(offices, key=len, reverse=True):
        if rest.startswith(form) and _VERB_AFTER.match(rest, len(form)):
            return offices[form]
    return None


_VERB_AFTER = re.compile(r"\s+(?:then\s+|also\s+)?[a-z]{3,}\b(?<!\bof)")


def member_opening(text: str, members: list[str]) -> str | None:
    """The member of a record's list of those present a paragraph opens with as the one acting, his title and surname
    or his name as the list writes it ("Colonel Passarinho said": "Jarbas Passarinho"); None when it opens with no one
    listed, or with a surname two members share."""
    if not members or (m := _MEMBER_OPENS.match(text)) is None:
        return None
    written = m["name"].split()
    if not written[-1][:1].isupper() or not all(w[:1].isupper() or w in _NAME_PARTICLES for w in written):
        return None
    written = [w.casefold() for w in written]  # "Minister De Koning": "J. de Koning"
    found = [n for n in members if [w.casefold() for w in n.split()[-len(written):]] == written]
    return found[0] if len(found) == 1 else None


def participants_named(doc: ParsedDocument, heading: str) -> list[str]:
    """Who met, as the title or heading names them: "between A and B", "with A" (and the record's writer)."""
    for text in (doc.title or "", heading):
        if m := re.search(r"\b(?:between|with)\s+(.+)", text, re.IGNORECASE):
            part = re.split(r"\s+(?:on|in|at|regarding|concerning|about)\s+|[,(]\s*(?:\d|[A-Z][a-z]+ \d)", m[1])[0]
            if (last := list(re.finditer(r"\s+and\s+|\s*&\s*", part))) and "," in part[last[-1].end():]:
                part = part[: part.index(",", last[-1].end())]  # "between Honecker and Machel, Maputo": where they met, or a title
            pieces = re.split(r"(\s+and\s+|,\s*|\s*&\s*)", part)  # the chunks, and what joins each to the next
            chunks = [c for i, c in enumerate(pieces) if i % 2 == 0 and c.strip() and not (
                i + 2 < len(pieces) and pieces[i + 1].startswith(",") and _OFFICE_PHRASE.match(c) and _APPOSED.match(pieces[i + 2])
            )]  # "with the Ambassador of the DRV, Comrade Do Phat Quang": the office and, after its comma, the man holding it
            chunks = [c for c in chunks if 1 <= len(c.split()) <= 5 and not _where_or_when(c)]
            if chunks and m[0].lower().startswith("between") and not any(_a_person_in(c) for c in chunks) \
                    and any(_office_words(c) for c in chunks) and (listed := listed_participants(doc)):
                return listed  # "between the Foreign Secretary and the Prime Minister of Australia" over "Present: Dr David
                # Owen ...": offices the record's own list names the holders of
            names = [_party(c) for c in chunks]
            writer = list(doc.sender_names) if m[0].lower().startswith("with") else []
            if m[0].lower().startswith("with") and (own := _TALK_OF.search(text, 0, m.start())) and 1 <= len(own["who"].split()) <= 6:
                writer = [_party(without_honorifics(own["who"]))]  # "the conversation of Comrade Deputy Minister X with Y": X talked, whoever sent the note
            if names:
                return list(dict.fromkeys(writer + names))
    if listed := listed_participants(doc):
        return listed  # "PARTICIPANTS / Acting Secretary Herter / Ambassador Menshikov": the record's own list
    title = doc.title or ""
    if title and CONVERSATION.search(title) and not re.search(r"\b(?:between|with)\b", title, re.IGNORECASE):
        people = list(dict.fromkeys(m.entity.name for m in find_mentions(title) if m.entity.kind == "person"))
        if 2 <= len(people) <= 3:
            return people  # "Запись беседы посла А.М. Пузанова с Ким Ир Сеном", "周恩来同金日成谈话记录": the persons it names
    if title and (with_ := _RECORD_WITH.search(title)) and (host := _host_named(title[with_.end():])):
        return [host]  # "ЗАПИСЬ БЕСЕДЫ с премьер-министром Индии И. ГАНДИ": the one the record's writer talked with (the
        # writer, its foot's signer, joins him)
    if doc.document_type == "minutes" and doc.signature is not None:
        return []  # minutes signed at their foot by the one who kept them ("S. Everett Gleason" under a Memorandum of Discussion
        # at a meeting of the National Security Council): a recorder, not a party; the body that met is (the context's)
    return list(doc.sender_names)


_INITIALLED_CAPITALS = compile_opening(r"(?P<initials>(?:[^\W\d_]\.\s?){1,2})(?P<surname>[^\W\d_]{2,}(?:-[^\W\d_]+)?)\s*$")


def _host_named(words: str) -> str | None:
    """The one person a record's title names after its "with", initialled, his surname in capitals ("с премьер-министром
    Индии И. ГАНДИ"), as the record's text writes him ("И. Ганди"); None where the gazetteer knows no such person."""
    m = _INITIALLED_CAPITALS.search(words)
    if m is None or not m["surname"].isupper() or signed_person(words) is None:
        return None
    return " ".join(m["initials"].split()) + " " + m["surname"].capitalize()


def _signature_date(doc: ParsedDocument) -> date | None:
    """The date of a signed closing (``signed_dates``), for a document that gives no date of its own: the message
    read out or forwarded in it dates it."""
    return next((m.start_date for m in signed_dates(doc)), None)
