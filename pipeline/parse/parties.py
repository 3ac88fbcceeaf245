"""Parties named in a title: "Telegram From the Embassy in the Soviet Union to the Department of State",
"Memorandum from L.P. Beria to G.M. Malenkov and to the Presidium of the CC CPSU", "Телефонограмма
А.И. Микояна и М.А. Суслова из Будапешта в ЦК КПСС".

For a parser that found no sender: when the title names a message (a telegram, cable, letter,
memorandum or report), the words after "from" (or, in Russian, after the kind of message) up to the
last "to" not joined to a name before it ("… and to the Presidium") are the senders, the rest the
recipients; either side is split at "and"; a place ("из Будапешта") gives sent_from. The title ends
at a stop word ("regarding", "об"), a comma before a figure or a quoted subject ("…(Bastian Pinto), 6 p.m.",
"…, 'Report on …'") or a date ("… on 18 October 1962 …"). In a language whose names are inflected, a name
only counts when the gazetteer resolves it: the whole side, else the name closing it after an office ("посла
СССР в КНР П.Ф. Юдина"); a genitive sender and a dative recipient with no preposition between them are
two names the gazetteer resolves one after the other ("Письмо И.В. Сталина Мао Цзэдуну"). The words are data:
``title_parties`` in ``pipeline/reference/lang/*.yaml``.

A memorandum's or a message's header lines ("MEMORANDUM FOR: The Director of Central Intelligence", "FROM:
Sherman Kent", "Кому: …") name its parties where neither the parser nor the title did (``memo_header``).

A heading over the text that says it comes from someone's diary ("From the Diary of N. V. Roshchin", "Из дневника" with
"ПУЗАНОВА А.М." on the line under it) names its writer: the diarist is the sender (``diary_headings``).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.normalize.doctypes import document_type_of
from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, alternation, lexicon
from pipeline.normalize.names import (
    canonical_name,
    lookup,
    russian_case_forms,
    titled_person,
    without_honorifics,
)
from pipeline.normalize.organs import state_body, writer_state
from pipeline.parse.headings import catalogue_entry_line
from pipeline.parse.model import (
    INITIALLED_NAME,
    ParsedDocument,
    ends_sentence,
    handling_kind,
    is_closing_label,
    is_dated_closing,
)
from pipeline.parse.signal_head import distribution_label
from pipeline.parse.signature import HANDLING_LINE_CHARS, is_office_line, is_signed_name
from pipeline.parse.source_note import is_citation_line, names_a_source

MESSAGE_KINDS = frozenset({"telegram", "cable", "letter", "memorandum", "report"})
_BRACKETED = re.compile(r"\((?P<name>[^)]+)\)")
# The parties end at a comma before a figure or a quoted subject ("…, 6 p.m.", "…, 'Report on …'"), at a full stop before
# a date ("… в МИД СССР. 28 апреля 1978 г."), at a date ("… on
# 18 October 1962 …"), or at a colon or semicolon.
_FIGURE_AFTER_COMMA = re.compile(r",\s*(?=[\d'\"“‘«])|(?<=\w\w)\.\s+(?=\d)|\s+on\s+(?=\d)|[:;]")


@cache
def _rules(language: str) -> dict | None:
    words = lexicon(language).get("title_parties")
    if not words:
        return None
    opening = r"\b(?:" + alternation(words["from"]) + r")\s+" if words.get("from") \
        else r"^\W*(?:\d{1,4}[.)]?\s+)?(?:" + alternation(words["kinds"]) + r")\s+"  # ("№ 87. Шифртелеграмма ...": an edition's number first)
    return {
        "opening": re.compile(opening, re.IGNORECASE),
        "to": re.compile(r"\s(?:" + alternation(words["to"]) + r")\s+", re.IGNORECASE),
        "joiner_before": re.compile(r"\b(?:" + alternation(words["joiners"]) + r")\s*$", re.IGNORECASE),
        "joiners": re.compile(r"\s+(?:" + alternation(words["joiners"]) + r")\s+(?:(?:" + alternation(words["to"]) + r")\s+)?", re.IGNORECASE),
        "stop": re.compile(r"\s(?:" + alternation(words["stops"]) + r")\s", re.IGNORECASE),
        "subject_stop": re.compile(r"(?P<before>[\w'’-]+)\s(?:" + alternation(words["subject_stops"]) + r")\s+(?=[A-Z])")
        if words.get("subject_stops") else None,
        "bodies_named_on": frozenset(words.get("bodies_named_on") or []),
        "place": re.compile(r"\s(?:" + alternation(words["place"]) + r")\s+(?P<place>\S+)") if words.get("place") else None,
        "inflected": bool(words.get("inflected")),
        "missions": re.compile(r"^(?:" + alternation(words["missions"]) + r")\s+(?:in|to|at)\s+\S") if words.get("missions") else None,
        "home_offices": dict(words.get("home_offices") or {}),
    }


def read_title_parties(doc: ParsedDocument) -> None:
    """Senders and recipients (and the place sent from) named in the title, for a document with no sender yet."""
    if doc.sender_names and doc.recipient_names or not doc.title or document_type_of(doc.title) not in MESSAGE_KINDS:
        return
    under = _line_under_title(doc)
    for language in LANGUAGES:
        rules = _rules(language)
        title = without_translation_note(doc.title)
        if rules is not None and not rules["opening"].search(title) and under and rules["opening"].match(under) \
                and rules["to"].search(under) and telegram_head(under) is None:  # (a post's head is read_telegram_head's)
            title = f"{title} {under}"  # "Ciphered telegram No. 187" / "From the Embassy in Lisbon to the Ministry of ...":
            # the head's line under the title names its parties, from the one to the other, as a title would
        if rules is None or not (opening := rules["opening"].search(title)):
            continue
        senders, recipients, place = _parties(title[opening.end():], rules)
        senders, recipients = home_missions(senders, recipients, language)
        recipients = [] if places_named(recipients) is not None else recipients
        if (cities := places_named(senders)) is not None:  # "Telegram from Pyongyang to Bucharest": where it was sent from;
            doc.sent_from = doc.sent_from or place or cities[0]  # its signature and "To:" line name the people (read_wire_parties)
            doc.recipient_names = doc.recipient_names or recipients
            return
        if senders and doc.sender_names:  # a page's signer read already: the title's addressee, where it names the same writer
            if doc.parser.startswith("generic") and _same_people(senders, doc.sender_names):  # (a site parser's parties are its own)
                doc.recipient_names = recipients
            return
        if senders:
            doc.sender_names = own_bodies(senders, recipients)  # "from the Foreign Ministry to the Czechoslovak Embassy in Havana"
            doc.recipient_names = doc.recipient_names or own_bodies(recipients, senders)
            doc.sent_from = doc.sent_from or place
            return
        if recipients and not doc.recipient_names:  # "Телеграмма посла СССР в Египте в МИД СССР": the office that sent it
            doc.recipient_names = recipients  # named by no name the gazetteer knows, the body it went to by its own
            return


def _line_under_title(doc: ParsedDocument) -> str | None:
    """The short line right under the title, where it has no full stop of a sentence; else None."""
    index = doc.title_block
    if index is None or index + 1 >= len(doc.blocks):
        return None
    line = doc.blocks[index + 1].text.strip()
    return line if len(line) <= 160 and not ends_sentence(line) else None


@cache
def _translation_note() -> re.Pattern:
    notes = [w for language in LANGUAGES for w in lexicon(language).get("translation_note_words") or []]
    return re.compile(rf"\s*[(\[][^()\[\]]*\b(?:{alternation(notes)})\b[^()\[\]]*[)\]]\s*$", re.IGNORECASE) if notes else re.compile("(?!)")


def without_translation_note(title: str) -> str:
    """A title without the edition's note on its language closing it ("Ciphered telegram No. 412 (English translation
    from the French)"): the note's "from the French" names the language, never the sender (translation_note_words)."""
    return _translation_note().sub("", title)


# A record of a talk whose title names its writer after "by": the office with its man's surname in brackets
# ("Memorandum of Conversation, by the Officer in Charge of Ceylon Affairs (Fluker)"), or his name ("Memorandum of
# Conversation by J. R. Fluker"); an office alone ("..., by the Secretary of State") names no one.
_RECORD_BY = re.compile(r"\bConversation,?\s+by\s+(?:[^()]*?\((?P<surname>[A-Z][\w'’-]+)\)"
                        r"|(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))\s*$")
_GIVEN_BEFORE = re.compile(r"(?:(?:[A-Z][a-z]+|[A-Z]\.)\s?){1,3}$")  # "J. R. ", "Henry A. ": given names before a surname
_NAME_LINE_CHARS = 120  # a participants' line or a head's line; a longer passage is the text


def read_record_writer(doc: ParsedDocument) -> None:
    """The writer of a record of conversation whose title names him after "by" (_RECORD_BY), for a record with no
    sender yet: a bracketed surname takes the given names a short line of the page writes before it (the participants'
    "Mr. J. R. Fluker, SOA"), else stays the surname."""
    if doc.sender_names or not doc.title or doc.document_type != "record_of_conversation":
        return
    if not (m := _RECORD_BY.search(doc.title)):
        return
    if m["name"]:
        doc.sender_names = [_resolved(m["name"]) or m["name"]]
        return
    surname = m["surname"]
    for block in doc.blocks:
        text = block.text
        if block.passage_type == "title" or len(text) > _NAME_LINE_CHARS or (at := text.find(surname)) < 0:
            continue
        if given := _GIVEN_BEFORE.search(text, 0, at):
            name = without_honorifics(f"{given[0].strip()} {surname}")
            doc.sender_names = [_resolved(name) or name]
            return
    doc.sender_names = [_resolved(surname) or surname]


def own_bodies(recipients: list[str], senders: list[str]) -> list[str]:
    """A state's body a title names bare as the recipient (or the sender) ("Cable from the Chinese Embassy in Hanoi to the Foreign
    Ministry", "... from the Polish Embassy in Jakarta to the Ministry of Foreign Affairs"): the sending mission's state's
    (pipeline.normalize.organs, state_bodies in en.yaml); any other recipient as it is."""
    state = writer_state(senders, None) if senders and recipients else None
    if state is None:
        return recipients
    return [state_body(name, state) or state_body(_COMMA_AFTER.split(name)[0], state) or name for name in recipients]  # (its
    # capital after a comma: "the Foreign Ministry, Budapest")


def places_named(names: list[str]) -> list[str] | None:
    """The places a title's parties are, where every one is a place ("Telegram from Pyongyang to Bucharest, No. 76.017"):
    where the message went from or to, not who wrote or read it (the page's "To:" line and signature name them); None
    where a party is no place."""
    places = [entity.name for name in names if (entity := lookup(_COMMA_AFTER.split(name)[0])) is not None and entity.kind == "place"]
    return places if names and len(places) == len(names) else None


_COMMA_AFTER = re.compile(r",\s*")


def _same_people(names: list[str], others: list[str]) -> bool:
    """The two lists name the same people, as the gazetteer knows them."""
    def ids(listed: list[str]) -> set[str]:
        return {entity.id if (entity := lookup(n) or lookup(canonical_name(n))) else n for n in listed}
    return ids(names) == ids(others)


def home_missions(senders: list[str], recipients: list[str], language: str = "en") -> tuple[list[str], list[str]]:
    """A mission a title names without its country ("the Embassy in Cyprus") in a message to or from a government's own
    office ("... to the Department of State"): that government's ("US Embassy in Cyprus")."""
    rules = _rules(language)
    if rules is None or rules["missions"] is None:
        return senders, recipients

    def named(parties: list[str], others: list[str]) -> list[str]:
        home = next((rules["home_offices"][o] for o in others if o in rules["home_offices"]), None)
        return [f"{home} {p}" if home and rules["missions"].match(p) and lookup(p) is None else p for p in parties]

    return named(senders, recipients), named(recipients, senders)


def is_mission_or_home_office(name: str, language: str = "en") -> bool:
    """A party that is an office, not a person: a mission abroad ("US Embassy in Peru") or the government's own office
    at home ("United States Department of State")."""
    rules = _rules(language)
    if rules is None or rules["missions"] is None:
        return False
    words = name.split(" ", 1)
    return name in rules["home_offices"] or any(rules["missions"].match(w) for w in (name, words[-1]))


def parties_named(words: str, language: str = "en") -> tuple[list[str], list[str]]:
    """The senders and recipients in words such as "the Government of the USSR to Comrades Mao Zedong and Kim Il Sung"."""
    rules = _rules(language)
    senders, recipients, _ = _parties(words, rules) if rules else ([], [], None)
    return senders, recipients


# A person named with the city he wrote from in brackets after him ("Telegram No. 1063 from Mr Hopson (Peking)", a
# Foreign Office's title of an envoy's telegram): the bracket closes the sender's words; the words before it end on a
# capitalised name (a bracketed person after an office, "the Ambassador to the Soviet Union (Thompson)", stays as it is).
# A comma before the city does so too ("Ciphered Telegram from Ambassador N. Mukhitdinov, Damascus, 17 November 1970").
_PLACE_BRACKETED = re.compile(r"\s*(?:\((?P<place>[^()]+)\)|,\s*(?P<after_comma>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?))\s*$")
_PERSON_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'’-]+\s*$")


def _parties(text: str, rules: dict) -> tuple[list[str], list[str], str | None]:
    for pattern in (_FIGURE_AFTER_COMMA, rules["stop"]):
        if m := pattern.search(text):
            text = text[:m.start()]
    if rules["subject_stop"] is not None:  # "... to Prime Minister Robert Muldoon on Afghanistan": the subject after the parties
        text = next((text[:m.start("before") + len(m["before"])] for m in rules["subject_stop"].finditer(text)
                     if m["before"] not in rules["bodies_named_on"] and not m["before"].endswith(tuple(rules["bodies_named_on"]))), text)
    cuts = [m for m in rules["to"].finditer(text) if not rules["joiner_before"].search(text[:m.start()])]
    sender, recipient = (text[:cuts[-1].start()], text[cuts[-1].end():]) if cuts else (text, "")
    if rules["inflected"] and not cuts and (groups := _initialled_groups(text, rules)) is not None:
        return groups[0], groups[1], None  # "Шифртелеграмма В. С. Семенова, В. Д. Соколовского и П. Ф. Юдина В. М. Молотову
        # и Н. А. Булганину": the writers' names in the genitive, the addressees' in the dative, no preposition between
    if rules["inflected"] and (split := _initialled_pair(text, cuts, rules)) is not None:
        sender, recipient = text[:split], text[split:]  # "Письмо посла СССР в АРЕ В. М. Виноградова заместителю министра
        # ... В. В. Кузнецову": the writer's office and name in the genitive, the addressee's in the dative, no preposition
    place = None
    if rules["place"] and (m := rules["place"].search(sender)):
        place, sender = _resolved(m["place"]), sender[:m.start()] + sender[m.end():]
    if (m := _PLACE_BRACKETED.search(sender)) and m.start() > 0 and (city := lookup(m["place"] or m["after_comma"])) is not None \
            and city.kind == "place" and _PERSON_BEFORE.search(sender[:m.start()]):
        place, sender = place or city.name, sender[:m.start()]  # "from Mr Hopson (Peking)": the man, and the city he wrote from
    if rules["inflected"] and not cuts and (pair := _two_names(sender)):
        return [pair[0]], [pair[1]], place  # "Письмо Н.С. Хрущева Дж. Кеннеди": the writer's genitive, the addressee's dative
    return _names(sender, rules), _names(recipient, rules), place


# A name written with its initials ("В. М. Виноградова", "P.F. Yudin"): the letters checked for capitals in code.
_INITIALLED = re.compile(r"(?<!\S)" + INITIALLED_NAME)


def _initialled_pair(text: str, cuts: list[re.Match], rules: dict) -> int | None:
    """Where the addressee's words begin in a title of an inflected language that names two people by their initials,
    each after his office, with no preposition and no joining word between the two names: the end of the first name
    (a preposition inside the first office, "посла СССР в АРЕ", cuts nothing). None for any other title."""
    names = [m for m in _INITIALLED.finditer(text) if m[0][0].isupper() and m[0].rsplit(".", 1)[-1].strip()[:1].isupper()]
    if len(names) != 2:
        return None
    between = text[names[0].end():names[1].start()]
    if any(names[0].end() <= c.start() < names[1].start() for c in cuts) or rules["joiners"].search(between) or "," in between:
        return None
    return names[0].end() if _trailing_name(text[:names[0].end()]) and _trailing_name(text[names[0].end():]) else None


def _initialled_groups(text: str, rules: dict) -> tuple[list[str], list[str]] | None:
    """The writers and the addressees of a title of an inflected language that names them all by their initials, each
    list joined by commas and joining words, the two lists with nothing between them (the case parts them, no
    preposition): the one gap no comma or joining word fills is where the addressees begin. None for any other title."""
    names = [m for m in _INITIALLED.finditer(text) if m[0][0].isupper() and m[0].rsplit(".", 1)[-1].strip()[:1].isupper()]
    if len(names) < 3 or text[:names[0].start()].strip() or text[names[-1].end():].strip(" .,"):
        return None
    gaps = [text[a.end():b.start()] for a, b in zip(names, names[1:], strict=False)]
    bare = [i for i, gap in enumerate(gaps) if not gap.strip()]
    joined = all(not gap.strip() or gap.strip() == "," or rules["joiners"].fullmatch(gap) or rules["joiners"].fullmatch(gap.lstrip(","))
                 for gap in gaps)
    if len(bare) != 1 or not joined:
        return None
    people = [_resolved(m[0]) or _trailing_name(m[0]) for m in names]
    if not all(people):
        return None
    return people[:bare[0] + 1], people[bare[0] + 1:]


def _two_names(words: str) -> tuple[str, str] | None:
    """Two names the gazetteer knows, one after the other with nothing between them, each as a whole (a sender in
    the genitive and an addressee in the dative, where the language needs no preposition before the addressee)."""
    if _resolved(words.strip(" ,.")) and len(_INITIALLED.findall(words)) < 2:  # (two names by their initials are two,
        return None  # whatever one the gazetteer finds closing them)
    tokens = words.split()
    for i in range(1, len(tokens)):
        # the addressee's given name in the dative may be unknown ("Вальтеру Ульбрихту"): his surname then names him
        first, second = _resolved(" ".join(tokens[:i])), _resolved(" ".join(tokens[i:])) or _trailing_name(" ".join(tokens[i:]))
        if first and second and first != second:
            return first, second
        if first is None and second and (writer := _initialled_nominative(" ".join(tokens[:i]))) is not None:
            return writer, second  # "Шифротелеграмма В. В. Свиридова А. Я. Вышинскому": a writer the gazetteer lacks, by
            # his initials in the genitive, before the addressee it knows in the dative
    return None


def _trailing_name(words: str) -> str | None:
    """The person closing his office ("посла СССР в КНР П.Ф. Юдина" is P. F. Yudin): names.titled_person; a body closing
    a department's name ("Международного отдела ЦК КПСС") is not its writer."""
    person = titled_person(words)
    return person.name if person is not None else None


# An office set off by a comma from the man holding it, the whole side of a title ("the Prime Minister of Trinidad and
# Tobago, Eric Williams,", "the Prime Minister, Harold Wilson"): the holder, the office's own "and" joining no parties.
_OFFICE_THEN_HOLDER = re.compile(
    r"^(?:the\s+)?[^,]*?\b(?:" + alternation(lexicon("en").get("office_titles") or ["(?!)"]) + r")\b[^,]*,\s+"
    r"(?:(?:Mr|Mrs|Dr|Sir)\.?\s+)?(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})$"
)


def _office_holder(text: str) -> str | None:
    """The holder an office set off by a comma names (_OFFICE_THEN_HOLDER), a name of two words at least and no place."""
    m = _OFFICE_THEN_HOLDER.match(text.strip(" ,."))
    if m is None or len(m["name"].replace(".", ". ").split()) < 2:
        return None
    entity = lookup(m["name"])
    if entity is not None and entity.kind == "place":
        return None  # "the Foreign Ministry, Phnom Penh": where the office sits
    return entity.name if entity is not None and entity.kind == "person" else canonical_name(m["name"])


def _names(text: str, rules: dict) -> list[str]:
    if not rules["inflected"] and (holder := _office_holder(text)):
        return [holder]
    if not rules["inflected"] and rules["joiners"].search(text) and (whole := _known_body(text)):
        return [whole]  # "the Foreign and Commonwealth Office": a body whose own name holds the joining word
    parts = [p.strip(" ,.") for p in rules["joiners"].split(text) if p.strip(" ,.")]
    if rules["inflected"]:
        resolved = [_resolved(p) or _trailing_name(p) or _initialled_after_office(p) for p in parts]
        return resolved if all(resolved) else []
    return [party(p) for p in parts]


def _initialled_after_office(words: str) -> str | None:
    """A name the gazetteer lacks, written with its initials after the office its man held, in the case the title puts it
    in ("посла СССР в Гвинее Д. С. Солода"): the name in the nominative whose case forms hold the surname as written
    ("Д. С. Солод"); None for a name alone, with no office before it, or a surname no nominative declines to."""
    m = _INITIALLED.search(words.strip(" ,."))
    if m is None or m.end() != len(words.strip(" ,.")) or not words.strip(" ,.")[:m.start()].strip():
        return None
    return _initialled_nominative(m[0])


def _initialled_nominative(words: str) -> str | None:
    """A name the gazetteer lacks, its initials and its surname alone, in the case the title puts it in: the name in the
    nominative whose case forms hold the surname as written ("Д. С. Солода": "Д. С. Солод"), else None."""
    m = _INITIALLED.fullmatch(words.strip(" ,."))
    if m is None:
        return None
    name = " ".join(m[0].replace(".", ". ").split())
    *initials, surname = name.split()
    if not initials or not surname[:1].isupper():
        return None
    for nominative in (surname[:-1] + ending for ending in lexicon("ru").get("nominative_stem_endings") or [""]):
        if len(nominative) > 2 and surname in russian_case_forms(nominative):
            return " ".join([*initials, nominative])
    return None


def _known_body(text: str) -> str | None:
    """The body the gazetteer knows by the whole of ``text`` ("the Foreign and Commonwealth Office"), else None."""
    words = re.sub(r"^the\s+", "", text.strip(" ,."), flags=re.IGNORECASE)
    entity = lookup(words)
    return entity.name if entity is not None and entity.kind == "organisation" else None


# A person with his initials closing the office he held ("Soviet Ambassador to the DRV I. S. Shcherbakov"): the person.
_INITIALLED_AFTER_OFFICE = re.compile(r"(?<=\s)(?<![A-Z]\.\s)(?<!\bthe\s)(?<!\bof\s)(?<!\bin\s)(?<!\bto\s)(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][a-z][\w'’-]+)$")


_IN_PLACE = re.compile(r"\s+in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*$")


def without_place(words: str) -> str:
    """A person named with his initials and the place he wrote from ("Ambassador N. Fedorenko in Tokyo"): the words
    without the place (a mission's place, "the Soviet Embassy in Tokyo", names the mission and stays)."""
    if (at := _IN_PLACE.search(words)) and _INITIALLED_AFTER_OFFICE.search(words[:at.start()]) \
            and (place := lookup(at["place"])) is not None and place.kind == "place":
        return words[:at.start()]
    return words


def party(words: str) -> str:
    """The bracketed person where a title names one ("the Ambassador to the Soviet Union (Thompson)"), else the office."""
    if m := _BRACKETED.search(words):
        return canonical_name(m["name"])
    words = without_place(words)
    if (m := _INITIALLED_AFTER_OFFICE.search(words)) and m.start() > 0 and _resolved(words.strip(" ,.")) is None:
        if given := _given_name_before(words[:m.start()], m["name"]):
            return given  # "Julius K. Nyerere": the given name before the initial, no office
        return _resolved(m["name"]) or canonical_name(m["name"])  # "Soviet Ambassador to the DRV I. S. Shcherbakov" (not
        # "John F. Kennedy", a name the gazetteer knows whole: his given name, no office, before the initial)
    if (m := _OF_STATE.search(words)) and len(person := canonical_name(words[:m.start()]).split()) >= 2 \
            and all(w[:1].isupper() for w in person):
        return " ".join(person)  # "President Julius K. Nyerere of Tanzania": the man, not his state
    return canonical_name(re.sub(r"^the\s+", "", words.strip(), flags=re.IGNORECASE))


_GIVEN_NAME_BEFORE = re.compile(r"(?:^|\s)(?P<given>[A-Z][a-z][\w'’-]*)\s+$")


def _given_name_before(before: str, initialled: str) -> str | None:
    """The person a given name, a middle initial and a surname name ("Julius K. Nyerere", "Kenneth D. Kaunda"), when
    the gazetteer knows him by his given name and surname: the word before the initial is his, not an office's."""
    m = _GIVEN_NAME_BEFORE.search(before)
    surname = initialled.rsplit(".", 1)[-1].strip()
    if m is None or not surname:
        return None
    entity = lookup(f"{m['given']} {surname}")
    return entity.name if entity is not None and entity.kind == "person" and entity.name.startswith(m["given"]) else None


# A person's name and the state he leads or serves after "of" ("Prime Minister Ba Swe of Burma"): title_parties' of_state.
_OF_STATE = re.compile(r"\s+(?:" + alternation((lexicon("en").get("title_parties") or {}).get("of_state") or ["of"])
                       + r")\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")


def _person_after_body(value: str) -> str | None:
    """The person a header line names after his body ("MFA USSR, Comrade A. A. Gromyko"): the message goes to him."""
    parts = _COMMA_AFTER.split(value)
    first = lookup(parts[0]) if len(parts) > 1 else None
    if first is None or first.kind != "organisation":
        return None
    people = [entity for part in parts[1:] if (entity := lookup(part) or lookup(canonical_name(part))) and entity.kind == "person"]
    return people[0].name if len(people) == 1 else None


def _resolved(words: str) -> str | None:
    entity = lookup(words) or lookup(canonical_name(words))
    return entity.name if entity else None


@cache
def _memo_header() -> re.Pattern | None:
    sides = ("to", "from", "to_without_colon")
    labels = {side: [w for language in (*LANGUAGES, *SUPPLEMENTED) for w in (lexicon(language).get("memo_header") or {}).get(side, [])]
              for side in sides}  # (a supplement's labels too: Urdu "بخدمت")
    if not labels["to"] and not labels["from"]:
        return None
    # "MEMORANDUM FOR THE DIRECTOR OF CENTRAL INTELLIGENCE": a label that cannot open a sentence needs no colon
    bare = rf"|(?P<bare>{alternation(labels['to_without_colon'])})\s+(?=\S)" if labels["to_without_colon"] else ""
    return re.compile(
        rf"^\s*(?:(?:(?P<to>{alternation(labels['to'])})|(?P<from>{alternation(labels['from'])}))\s*[:：]\s*{bare})(?P<value>\S.{{0,150}}?)\s*$",
        re.IGNORECASE | re.MULTILINE,
    )


@cache
def _not_parties() -> frozenset[str]:
    return frozenset(w.casefold() for language in LANGUAGES for w in (lexicon(language).get("memo_header") or {}).get("not_parties", []))


@cache
def _after_break(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` (which opens with ``^``, each line's start) opening with the line break before the line instead: a
    search skips from line break to line break at once, where the first pattern is tried at every character."""
    if not pattern.pattern.startswith("^"):
        raise ValueError("a header pattern opens with '^'")
    return re.compile("\n" + pattern.pattern[1:], pattern.flags)


def _header_lines(pattern: re.Pattern, head: str) -> list[re.Match]:
    """``pattern.finditer(head)``'s matches, found line break by line break (their groups are the same; a match
    but the first starts one character sooner, on the break): the first line at the start of ``head``, then each
    line after a break, from where the match before ended (never past a break: it ends where ``$`` holds)."""
    first = pattern.match(head)
    return [*([first] if first else []), *_after_break(pattern).finditer(head, first.end() if first else 0)]


def _without_city(value: str) -> str:
    """An office written out with the city it sits in after it ("Director of Department II, Ministry of Foreign
    Affairs, Warsaw"): the office, the city being where the paper went, not part of whom it is for."""
    office, comma, city = value.rpartition(",")
    place = lookup(city.strip()) if comma and office.strip() else None
    return office.strip() if place is not None and place.kind == "place" else value


# A form's next field on the same line as a party's: a day's field ("DATE:", "Time:", "Дата:"; time_labels in the
# language YAML) after any space, or any capitalised label and its colon after a gap of three spaces or more.
_NEXT_FIELD = re.compile(r"\s+(?i:" + (alternation([w for language in LANGUAGES for w in lexicon(language).get("time_labels") or []]) or "(?!)")
                         + r")\s*[:：]|\s{3,}(?=[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15})?\s*:)")


def read_memo_header(doc: ParsedDocument, text: str, passages: int = 40) -> None:
    """Parties from the header lines of the seed ``text`` over its first passages, for a document with none yet:
    TO/MEMORANDUM FOR gives the recipients, FROM the sender, or the place sent from when it names a place."""
    if (pattern := _memo_header()) is None or (doc.sender_names and doc.recipient_names) or not doc.blocks:
        return
    head = text[doc.blocks[0].start: doc.blocks[: passages][-1].end]
    senders, recipients = [], []
    for m in _header_lines(pattern, head):
        value = _NEXT_FIELD.split(m["value"], maxsplit=1)[0].rstrip(" ;,")  # "FROM: Amembassy DAKAR    DATE: December 27,
        # 1962": an airgram's form sets its day's field on the sender's line; the sender ends where it begins
        if value.rstrip(".").casefold() in _not_parties() or value.partition(":")[0].strip().casefold() in _not_parties():
            continue  # "MEMORANDUM FOR THE RECORD" (": MEETING WITH ..." in a catalogue's title): written for the file, to no one
        entity = lookup(value)
        if m["from"] and entity is not None and entity.kind == "place":
            doc.sent_from = doc.sent_from or entity.name
        elif m["to"] and m["to"].casefold() in _listing_labels():  # "Gửi: Anh Ba, Anh Sáu, Bộ Chính trị": each addressee
            recipients.extend(_header_party(part) for part in _COMMA_AFTER.split(value) if part.strip())
        else:
            (senders if m["from"] else recipients).append(_header_party(value))
    doc.sender_names = doc.sender_names or senders
    doc.recipient_names = doc.recipient_names or recipients


@cache
def _listing_labels() -> frozenset[str]:
    """The addressee labels whose line lists the addressees parted by commas (``to_listing`` of ``memo_header``)."""
    return frozenset(w.casefold() for language in LANGUAGES for w in (lexicon(language).get("memo_header") or {}).get("to_listing", []))


@cache
def _routing_note() -> re.Pattern:
    """The way a message went, in brackets closing its party's line ("(via radio Alert / R.C.A.F. mail)";
    ``routing_notes`` of ``memo_header``): no part of whom it names."""
    notes = [w for language in LANGUAGES for w in (lexicon(language).get("memo_header") or {}).get("routing_notes", [])]
    return re.compile(rf"\s*\((?:{alternation(notes) or '(?!)'})\s[^()]*\)\s*$", re.IGNORECASE)


def _person_before_post(value: str) -> str | None:
    """The person a header line names first, his post, body or seat after a comma ("J.-P. Tremblay, Party Chief, camp at
    Lake Hazen, N.W.T.", "Mr. C. E. Hollis, Board of Trade (...)"): his name, initials and surname, his honorific left off."""
    first, comma, _ = value.partition(",")
    return canonical_name(first.strip()) if comma and is_signed_name(first.strip()) else None


def _header_party(value: str) -> str:
    """The party a header line names: a person after his body, a name the gazetteer knows, else the office as written."""
    value = _routing_note().sub("", value)
    return (_person_after_body(value) or _resolved(value) or _resolved(_COMMA_AFTER.split(value)[0])  # "Comrade
            # Corneliu Mănescu, Minister of ..."
            or _person_before_post(value)
            or re.sub(r"^the\s+", "", _without_city(value.rstrip(".")), flags=re.IGNORECASE))  # an office as written


@cache
def _address_words() -> dict[str, re.Pattern]:
    def listed(key: str) -> list[str]:
        return [w for language in LANGUAGES for w in (lexicon(language).get("address_lines") or {}).get(key, [])]
    honorific = rf"(?:{alternation(listed('honorifics')) or '(?!)'})(?!\w)\.?\s*"
    office = rf"(?:{alternation(listed('offices')) or '(?!)'})\s+"
    return {"to": re.compile(rf"^(?:{alternation(listed('to')) or '(?!)'})\s+(?=\S)", re.IGNORECASE),
            "honorific": re.compile(rf"^{honorific}", re.IGNORECASE),
            # the office beside the honorific before the name, on either side of it ("Minister Comrade V. David",
            # "COMRADE MINISTER DAVID"): the honorific addresses the man the name gives
            "office_honorific": re.compile(rf"^(?:{office}{honorific}|{honorific}{office})(?=\S)", re.IGNORECASE)}


# The parts of an address line: a comma, or a dash with space around it ("Москва, МИД СССР — тов. Громыко А. А.").
_ADDRESS_PARTS = re.compile(r"\s*,\s*|\s+[—–-]\s+")
_BRACKETED_END = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
ADDRESS_LINE_CHARS = 80


def _office_beside(parts: list[str], index: int, honorific: re.Pattern) -> bool:
    """The part of an address line that is an office ("the State Secretary", "Minister") next to a person it addresses
    by an honorific: the part before "Comrade Koča Popović", or the part after "Comrade Frigyes Puja"."""
    part = parts[index]
    bare = _LEADING_ARTICLE.sub("", part)
    if not bare or not bare[:1].isupper() or not is_office_line(bare):
        return False
    before = index > 0 and honorific.match(parts[index - 1]) is not None
    after = index + 1 < len(parts) and honorific.match(parts[index + 1]) is not None
    return before or after


# An article before an office in an address line ("the State Secretary"; en.yaml articles).
_LEADING_ARTICLE = re.compile(rf"^(?:{alternation([w for language in LANGUAGES for w in lexicon(language).get('articles') or []]) or '(?!)'})\s+",
                              re.IGNORECASE)


def _known_person(words: str) -> str | None:
    entity = lookup(words) or lookup(canonical_name(words))
    return entity.name if entity is not None and entity.kind == "person" else None


def address_line(line: str) -> list[str] | None:
    """Whom a cable's address line over its text sends it to ("To MFA USSR (Firyubin)", "Москва, МИД СССР — тов.
    Громыко А. А.", "To Comrade Gromyko"): the people it names, else its bodies. Every part (split at commas and
    spaced dashes) is a place, a body or a person the gazetteer knows, and the line says it addresses them: a word
    for "to" before it, an honorific before a person, or a person in brackets after his body (``address_lines`` in
    the language YAML). None for any other line (two places, "Tananarive - Moscow", say where it went, not to whom)."""
    line = line.strip().rstrip(":;,")  # (a full stop may close an initial: "Громыко А. А.")
    if not line or len(line) > ADDRESS_LINE_CHARS:
        return None
    words = _address_words()
    labelled = words["to"].match(line)
    people, bodies, addressed = [], [], labelled is not None
    first_place = None
    parts = _ADDRESS_PARTS.split(line[labelled.end():] if labelled else line)
    for index, part in enumerate(parts):
        if _office_beside(parts, index, words["honorific"]):
            continue  # "To the State Secretary, Comrade Koča Popović", "To Comrade Frigyes Puja, Minister": the office of
            # the person the line addresses by an honorific, before or after him
        if (to := words["to"].match(part)) is not None and (parted := part[to.end():]) and words["honorific"].match(parted):
            part, addressed = parted, True  # "MFA USSR, to Comrade Malik": the body, then the man at it after its own "to"
        if bracketed := _BRACKETED_END.match(part):  # "MFA USSR (Firyubin)": the man at the body
            body, person = lookup(bracketed["outer"]), _known_person(bracketed["inner"])
            if body is None or body.kind != "organisation" or person is None:
                return None
            people.append(person)
            addressed = True
            continue
        if honorific := words["office_honorific"].match(part) or words["honorific"].match(part):
            person = _known_person(part[honorific.end():])
            if person is None:
                return None
            people.append(person)
            addressed = True
            continue
        entity = lookup(part) or (lookup(canonical_name(part)) if part else None)
        if entity is None and people and part[:1].islower():
            continue  # "До другаря Иван Башев, министър на външните работи": the person's office after him, in lower case
        if entity is None or entity.kind not in ("place", "organisation", "person"):
            return None
        first_place = entity.kind == "place" if first_place is None else first_place
        (people if entity.kind == "person" else bodies if entity.kind == "organisation" else []).append(entity.name)
    # (the capital, then the body there the cable goes to: "МОСКВА, МИД СССР", "Moscow, MFA USSR")
    addressed = addressed or bool(bodies) and first_place
    return (people or bodies or None) if addressed else None


_HANDLING_LINES = 4  # a cable's handling lines over its text: sent, received, deciphered, typed
HEAD_LINE_CHARS = 200  # a line of a cable's head; a longer block is its text, or the site's form to cite it by


def read_address_line(doc: ParsedDocument, passages: int = 10) -> None:
    """The recipients a cable's address line names (``address_line``), for a document with none yet: a short line of
    the head, before the first long paragraph of its text. Only a message's: a record's covering note ("To Comrade A. N.
    Poskrebyshev" over a record of a conversation) sends the record on, it is not the talk's addressee."""
    bodies_only = bool(doc.recipient_names) and all((e := lookup(n)) is not None and e.kind == "organisation" for n in doc.recipient_names)
    if doc.recipient_names and not bodies_only or doc.document_type not in MESSAGE_KINDS:
        return
    handling = sum(handling_kind(b.text, HANDLING_LINE_CHARS) is not None for b in doc.blocks[:passages + _HANDLING_LINES])
    head = doc.blocks[:passages + min(handling, _HANDLING_LINES)]  # a ciphered telegram's sent, received and deciphered
    # lines over its address line ("Deciphered 10.X.1953 at 17.40 hours by Marković" / "No. 511" / "To the State
    # Secretary, Comrade Koča Popović"): the head runs as many lines longer
    for index, block in enumerate(head):
        if len(block.text) > HEAD_LINE_CHARS and catalogue_entry_line().match(block.text.strip()):
            continue  # 'Citation: "Ciphered Telegram from ...," October 31, 1964, ...': the site's form to cite the page
            # by, over the cable's head, no text of it
        if len(block.text) > HEAD_LINE_CHARS:
            return
        if (names := address_line(block.text)) is not None:
            if bodies_only and not all((e := lookup(n)) is not None and e.kind == "person" for n in names):
                return  # (the body the title names, and the line names a body: the title's stands)
            doc.recipient_names = names  # "TO COMRADE P. MLADENOV" under a title naming his ministry: the man it is for
            return
        if index + 1 < len(head) and _address_words()["honorific"].fullmatch(block.text.strip()) \
                and (names := address_line(f"{block.text.strip()} {head[index + 1].text.strip()}")) is not None:
            doc.recipient_names = names  # a letter's address block: the honorific on its line, the name under it
            return  # ("Herrn" / "Helmut Schmidt" / "Bundeskanzler der Bundesrepublik Deutschland" / "Bonn")


@cache
def _diary_heading() -> re.Pattern | None:
    words = [w for language in LANGUAGES for w in lexicon(language).get("diary_headings") or []]
    return re.compile(rf"^\W*(?:{alternation(words)})(?!\w)\s*(?P<who>[^,:;]{{0,60}}?)\s*[.,:;]?\s*$", re.IGNORECASE) if words else None


@cache
def _name_first_diary() -> re.Pattern | None:
    words = [w for language in LANGUAGES for w in lexicon(language).get("diary_headings_after") or []]
    return re.compile(rf"(?:{alternation(words)})") if words else None


_DIARIST_CHARS = (2, 3, 4)  # a Chinese name of two to four characters opening the heading: "师哲", "周恩来", "欧阳钦"


def _diarist_first(text: str) -> str | None:
    """The person whose name opens a heading that calls the text his diary, the name written first ("师哲日内瓦会议日记",
    "杨尚昆日记（摘录）"): the person the gazetteer knows by the longest such opening."""
    pattern = _name_first_diary()
    if pattern is None or len(text) > 60 or pattern.search(text) is None:
        return None
    for size in sorted(_DIARIST_CHARS, reverse=True):
        entity = lookup(text.strip()[:size]) if len(text.strip()) > size else None
        if entity is not None and entity.kind == "person":
            return entity.name
    return None


def read_diary_heading(doc: ParsedDocument, passages: int = 8) -> None:
    """The sender of a document headed as from a diary ("From the Diary of N. V. Roshchin", "Из дневника" over
    "ПУЗАНОВА А.М."), for a document with no sender yet: the diarist, when the gazetteer knows the person."""
    if doc.sender_names:
        return
    if (pattern := _diary_heading()) is None:
        return
    blocks = doc.blocks[:passages]
    for i, block in enumerate(blocks):
        if (writer := _diarist_first(block.text)) is not None:
            doc.sender_names = [writer]  # "师哲日内瓦会议日记（摘录）": the diarist's name opens the heading
            return
        if not (m := pattern.match(block.text)):
            continue
        who = m["who"] or (blocks[i + 1].text.strip() if i + 1 < len(blocks) and len(blocks[i + 1].text) <= 60 else "")
        entity = lookup(who) or lookup(canonical_name(who)) if who else None
        if entity is not None and entity.kind == "person":
            doc.sender_names = [entity.name]
        return


@cache
def _telegram_head() -> re.Pattern | None:
    head = lexicon("en").get("telegram_head") or {}
    if not head:
        return None
    capitals = r"[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}"  # "FOREIGN OFFICE", or in its words' capitals with the small
    titled = rf"[A-Z][\w.'’-]*(?: (?:(?:{alternation(head.get('joiners') or [])}) )?[A-Z][\w.'’-]*){{0,4}}"  # words between
    name = f"(?:{capitals}|{titled})"  # ("Foreign and Commonwealth Office")
    return re.compile(rf"^(?i:{re.escape(head['from'])})\s+(?P<place>{name})\s+(?i:{re.escape(head['to'])})\s+(?P<to>{name})$")


def telegram_head(line: str) -> tuple[str, str] | None:
    """The post a British telegram was sent from and the office it went to, from its head ("From BELGRADE to FOREIGN
    OFFICE"): the place as the gazetteer names it, the office in its own words; None for another line."""
    m = (pattern := _telegram_head()) and pattern.match(line.strip())
    place = lookup(m["place"]) if m else None
    if place is None or place.kind != "place":
        return None
    return place.name, _resolved(m["to"]) or m["to"].title()


def read_telegram_head(doc: ParsedDocument, passages: int = 6) -> None:
    """A telegram headed by its post and the office it goes to ("From BELGRADE to FOREIGN OFFICE" over "Sir F. Roberts"):
    a telegram, sent from that place to that office, by the man whose name stands under the head."""
    for index, block in enumerate(doc.blocks[:passages]):
        if len(block.text) > 60 or (head := telegram_head(block.text)) is None:
            continue
        doc.document_type = "telegram"
        doc.sent_from = doc.sent_from or head[0]
        doc.recipient_names = doc.recipient_names or [head[1]]
        under = doc.blocks[index + 1].text.strip() if index + 1 < len(doc.blocks) else ""
        if not doc.sender_names and is_signed_name(under):
            doc.sender_names = [under]
        return


@cache
def _wire_words() -> dict:
    words = lexicon("en").get("wire_parties") or {}
    return {
        # the labels before a signed name are the signature reader's (``signed_labels``)
        "signed": re.compile(r"^(?:" + alternation(lexicon("en")["signed_labels"]) + r")\s*:?\s*(?P<name>[^,;(]+)", re.IGNORECASE),
        # "To: Minister David", "To Comrade Mănescu": the label a word of its own ("Today at noon I was received" is no head)
        "to": re.compile(r"^(?:" + alternation(words.get("to") or []) + r")(?:(?<=:)\s*|\s+)(?P<name>[^,;(]+)") if words.get("to") else None,
        "not_signers": set(words.get("not_signers") or []),
    }


# A cable's distribution line under its signer, its label with or without a colon ("Circulated to Brezhnev, Kosygin, ...
# 29.6.73 at 09:30", "Copies to: Molotov"): distribution_labels.
_DISTRIBUTED = re.compile(r"^(?:" + alternation(lexicon("en").get("distribution_labels") or ["(?!)"]) + r")\s*[:\-]?\s+[A-Z]", re.IGNORECASE)


def _distributed(line: str) -> bool:
    return len(line) < 200 and _DISTRIBUTED.match(line) is not None


_FOOT_LINES = 6  # the cable's handling lines and the edition's under its signer ("Sent from ...", "Received ...", "Deciphered
# ...", "Circulated to ...", the archive's line)
_SURNAME_LINE = re.compile(r"^[A-ZÀ-ÞĀ-Ž](?:[a-zß-ÿā-ž'’-]{2,19}(?:-[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž'’]{2,19})?|[A-ZÀ-ÞĀ-Ž'’-]{2,19})$")  # "Kuchta",
# "ZAITSEV", "Giménez-Arnau": a surname alone on the last line (a Soviet cable's signer in capitals), double-barrelled too


def _surname_signs(text: str, words: dict) -> bool:
    """A surname alone on its line, as a head of post signs a wire ("Kuchta", "ZAITSEV"): no word of the wire's own
    ("END"), no body or place the gazetteer knows."""
    return _SURNAME_LINE.match(text) is not None and text not in words["not_signers"] and lookup(text) is None


def _no_person(names: list[str]) -> bool:
    """The title's party is a mission, an office or a place ("the Czechoslovak Embassy in Conakry", "Pyongyang"), no one."""
    for name in names:
        entity = lookup(name) or lookup(canonical_name(name))
        if entity is not None and entity.kind == "person" or entity is None and is_signed_name(name, plain=True):
            return False
    return bool(names)


def _person_named(words: str) -> str | None:
    """The person a signature's or an addressee line's words name ("Comrade Corneliu Mănescu", "Minister David"), as
    the gazetteer names him, else as written without his title; None for an office or a body."""
    words = words.strip(" .")
    entity = lookup(words) or lookup(canonical_name(words))
    if entity is not None:
        return entity.name if entity.kind == "person" else None
    name = without_honorifics(words)
    tokens = name.split()
    if not 1 <= len(tokens) <= 4 or not all(t[:1].isupper() for t in tokens) or set(tokens) & _wire_words()["not_signers"]:
        return None
    return name


# A mission's information report, by its title: "Information from the Bulgarian Embassy in Buenos Aires on ...".
_MISSION_INFORMATION = re.compile(r"^Information\s+(?:from|of|by)\s+(?:the\s+)?[\w ]{0,40}(?:Embassy|Legation|Consulate|Mission)\b")


def _office_then_signer(line: str) -> str | None:
    """The signer of a line that gives his office and then his name, a colon between them or none ("Ambassador: Grigor
    Vasilev", "Ambassador Ladislav Šimovič", "Chargé d'Affaires a.i. Jan Novák"): the office read as the signature's
    reader reads one, the name as a signed name of two or three words."""
    if len(line) > 90 or line.rstrip().endswith(("!", "?", ":", ";")):
        return None
    words = line.split()
    for cut in range(1, min(len(words) - 1, 6)):
        office, name = " ".join(words[:cut]).rstrip(":"), " ".join(words[cut:])
        if is_office_line(office) and is_signed_name(name, plain=True) and (person := _person_named(name)) is not None:
            return person  # (the office's own words after its head are no name: "Chargé d'affaires" / "a.i. Pedro Alvarez")
    return None


def read_wire_parties(doc: ParsedDocument, last: int = 4, head: int = 8) -> None:
    """A wire the title says a mission or a post sent to an office or a capital (see ``wire_parties`` in en.yaml): its
    signer the writer, the person of its "To:" line the one it is for."""
    if doc.document_type not in ("telegram", "cable") and not (doc.document_type == "report" and _MISSION_INFORMATION.match(doc.title or "")) \
            or doc.parser.startswith("frus") or not doc.blocks:
        return  # a wire, or a mission's information report ("Information from the Polish Embassy in La Paz on ...")
    words = _wire_words()
    if _no_person(doc.sender_names) or not doc.sender_names:  # (a title naming only places, or none: the signer writes it)
        foot = [b for b in doc.blocks[-last - _FOOT_LINES:] if b.section_type == "body"]
        if (listed := next((i for i in range(len(foot) - 1, 0, -1) if distribution_label(foot[i].text)), None)) is not None:
            foot = foot[:listed]  # "HANSON" / "DISTRIBUTION:" / "MED" / "PUSD": the departments under the label sign nothing
        for at in range(len(foot) - 1, -1, -1):  # (the first line not the edition's or the cable's furniture ends the
            # search: the furniture under the signer is read past)
            text = foot[at].text.strip()
            signer_above = foot[at - 1].text.strip() if at > 0 else ""
            if at > 0 and is_office_line(text) and (is_signed_name(signer_above, plain=True) or _surname_signs(signer_above, words)):
                continue  # "Jiří Holeček" / "Chargé d'affaires a.i.", "Kerekes" / "Ambassador": the office the signer signs
                # as, under his name or his surname alone
            if text.startswith("[") or is_citation_line(text) or names_a_source(text[:30]) or is_closing_label(text) \
                    or handling_kind(text, HANDLING_LINE_CHARS) is not None or _distributed(text) \
                    or len(text) <= 40 and is_dated_closing(text):
                continue  # the edition's furniture, the cable's own "Copies: ..." line and its handling lines under the signature,
                # the day the signer dated it on the line under his name ("AMBASSADOR A. SHUKOV" / "14/I-67"), a place and day
            signed = words["signed"].match(text)
            name = _person_named(signed["name"]) if signed else (
                text if _surname_signs(text, words)
                else _person_named(text) if is_signed_name(text, plain=True) else None)  # "István Szabó" alone signs too
            name = name or _office_then_signer(text)  # "Ambassador: Grigor Vasilev", "Ambassador Ladislav Šimovič"
            if name:
                place = lookup(doc.sender_names[0]) if doc.sender_names else None
                if place is not None and place.kind == "place":
                    doc.sent_from = doc.sent_from or place.name
                doc.sender_names = [name]
            break
    if (not doc.recipient_names or _no_person(doc.recipient_names)) and words["to"]:
        for block in doc.blocks[:head]:
            if (m := words["to"].match(block.text.strip())) and (name := _person_named(m["name"])):
                doc.recipient_names = [name]
                break
