"""The two parties of a record of conversation written in the first person by one of them.

An envoy's record of his talk ("Record of Conversation between the Czechoslovak Ambassador and President Kenneth
Kaunda", signed "Ambassador" / "Jan Horák"; "Запись беседы посла СССР в Кении с президентом Дж. Кениатой", signed
"И. КОВРОВ") tells each turn of two people: the one who speaks and the one he speaks to. The writer is its "I", and the
office its heading gives him ("the Czechoslovak Ambassador") is he; the one he talked with is the other party. A turn
of the other party told with a verb of saying ("Kaunda said that ...", "The President asked whether ...") is said to
the writer; a turn of the writer's ("I replied that ...", "I informed him that ...") is said to the other party.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.events.common import (
    SPEECH_VERBS,
    Context,
    EventDraft,
    clause_names,
    event_words,
    is_person,
)
from pipeline.extract.events.context import JOURNAL, foot_name, listed_names, participants_named
from pipeline.extract.events.dated_sentence import writer_past
from pipeline.extract.events.titles import titled_name
from pipeline.extract.mentions import find_mentions
from pipeline.normalize.dates import find_dates
from pipeline.normalize.lexicon import alternation, lexicon
from pipeline.normalize.names import lookup, russian_case_forms
from pipeline.normalize.openings import compile_opening
from pipeline.normalize.text import without_accents
from pipeline.parse.model import ParsedDocument

# The writer alone in the first person singular: "I", "me", "my"; Russian "я", "меня", "моей" (``writer_alone``).
_EN_WRITER = compile_opening(r"\b(?:I|me|my)\b")
_RU_WRITER = compile_opening(event_words("writer_alone"), re.IGNORECASE)
# An envoy's office as a heading names the record's writer: "the Czechoslovak Ambassador", "the Romanian ambassador".
_ENVOY = compile_opening(r"(?<!\w)(?:" + alternation(lexicon("en").get("envoy_titles") or ["(?!)"]) + r")(?!\w)")
# A heading's talk between an envoy and another: "between the Romanian Ambassador and Prime Minister Siaka Stevens".
_ENVOY_AND = compile_opening(
    r"\bbetween\s+(?:the\s+)?[^,]{0,40}?(?:" + alternation(lexicon("en").get("envoy_titles") or ["(?!)"]) + r")(?:\s+(?:in|to)\s+[A-Z][\w'’-]+)?"
    r"\s+and\s+(?P<other>[^,(\[]{3,80}?)\s*(?:[,(\[]|\s+(?:on|in|at|held|concerning|regarding|about)\s|$)"
)
# A turn the writer tells in the first person: "I replied that ...", "I informed him that ...", "Я ответил, что ...".
_WRITER_TURN = compile_opening(
    r"^\W*(?:(?:" + alternation(lexicon("en").get("writer_turn_openers") or ["(?!)"]) + r")\b[^.;:]{0,30}?,?\s+)?(?:I\s+(?:then\s+|also\s+)?(?:" + SPEECH_VERBS + r"|informed|replied|answered|assured|reminded)\b|(?:"
    + event_words("writer_alone") + r")\s+(?:" + event_words("i_said") + r"))", re.IGNORECASE
)
# A turn of the other party told with a verb of saying: "Kaunda said that ...", "The President asked whether ...".
_PARTY_TURN = compile_opening(
    r"^\W*(?:(?:At|In|On|After)\s+the\s+\w+,?\s+)?(?P<subject>(?:[A-Z][\w.’'-]*\s+){0,4}?(?:He|She|[A-Z][\w’'-]+))\s+(?:then\s+|also\s+|further\s+)?(?:" + SPEECH_VERBS
    + r"|gave\s+me|told\s+me|informed\s+me)\b"
)
_OPENER = compile_opening(r"^\W*(?:" + alternation(lexicon("en").get("writer_turn_openers") or ["(?!)"]) + r")\b")
# A writer's turn that only declares ("I said that ...", "I pointed out that ..."): a plain saying.
_DECLARED = compile_opening(r"^\W*I\s+(?:then\s+|also\s+|further\s+)?(?:" + alternation(lexicon("en").get("plain_saying_verbs") or ["(?!)"]) + r")\b")
# The one a writer's turn is told to, named in it: "him", "her", "them", or an office ("the Minister", "the President").
_LISTENER = compile_opening(r"\b(?:him|her|them|the\s+(?:[A-Z][\w'’-]+\s+){0,2}(?:" + alternation(lexicon("en").get("participant_role_words") or ["(?!)"]) + r"))\b")
# A writer's turn told to several: "I reminded them that ...".
_THEM = re.compile(r"\bI\s+(?:then\s+|also\s+)?[a-z]+\s+them\b")
_SPEECH_ROWS = ("statement", "reply", "question", "message_sent", "request", "proposal")
# A Russian record's heading: the talk ("Запись беседы") and, after "с", the one the writer talked with, his name in the
# instrumental ("... с премьер-министром Норвегии Э. Герхардсеном").
_RU_TALK = compile_opening(event_words("conversation"), re.IGNORECASE)
_RU_WITH = compile_opening(event_words("talk_with"), re.IGNORECASE)
_INITIAL = compile_opening(r"^(?:[^\W\d_]\.)+$")  # "Э.", "А.Д."
_CAPITALISED = compile_opening(r"(?<![\w-])[^\W\d_][\w-]+")
# A turn of the other party in a Russian record: its subject, then a verb of saying in the past ("Герхардсен заявил, что
# ...", "Он напомнил, что ...", "В ответ на мой вопрос министр заявил, что ...").
_RU_SAID = compile_opening(event_words("said_to_other"), re.IGNORECASE)
_RU_HE = compile_opening(event_words("he_subject"), re.IGNORECASE)
_RU_OFFICIAL = compile_opening(event_words("official_before"), re.IGNORECASE)
_RU_I = compile_opening(event_words("i_subject"), re.IGNORECASE)
_RU_RECEIVED = compile_opening(r"^\W*(?:" + event_words("received_passive") + ")", re.IGNORECASE)
_OFFICES = [w.rstrip("*").casefold() for w in (lexicon("ru").get("event_words") or {}).get("official_before") or []]


def writes_in_first_person(doc: ParsedDocument) -> bool:
    """A record whose text speaks of its writer as "I" or "me" ("President Kaunda received me at my request")."""
    for block in doc.blocks:
        if block.section_type != "body":
            continue
        pattern = _RU_WRITER if block.language == "ru" else _EN_WRITER if block.language in (None, "en") else None
        if pattern is not None and pattern.search(block.text):
            return True
    return False


def other_party(doc: ParsedDocument, writer: str, events: list[EventDraft]) -> str | None:
    """The one the writer talked with: the one person the heading names besides the writer and his office, else the
    one who speaks most in the record's turns."""
    if (between := _ENVOY_AND.search(doc.title or "")) is not None:  # "between the Bulgarian Ambassador in Khartoum and
        # President Jaafar Nimeiri": the one after the envoy
        known = [m.entity.name for m in find_mentions(between["other"]) if m.entity.kind == "person"]
        written = known or listed_names(between["other"]) or [n for n in [titled_name(between["other"])] if n]  # "and
        # Moroccan Foreign Minister Ahmed Taibi Benhima": the name after the office, which the gazetteer may lack
        if len(written) == 1:
            return written[0]
    named = [n for n in participants_named(doc, "") if n != writer and not _ENVOY.search(n)]
    people = [n for n in named if _a_person(n)]
    if len(people) == 1:
        return people[0]
    if named:
        return None  # a talk with several, or with a body: no one other party
    if (talked := talked_with(doc)) is not None:
        return talked  # "Запись беседы ... с министром иностранных дел Г. Фицджеральдом": one the gazetteer does not know
    turns = Counter(n for e in events if e.method == "document_act" for n in e.sources if n != writer and is_person(n))
    ranked = turns.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def talked_with(doc: ParsedDocument) -> str | None:
    """The one a Russian record of talks names in its heading after "с", his initials and surname, the surname as its body
    writes it in the nominative ("Запись беседы ... с премьер-министром Норвегии Э. Герхардсеном" over "Герхардсен
    сказал, что ...": "Э. Герхардсен"); None when the heading names no one so, or the body never writes him so."""
    for head in [doc.title or ""] + [b.text for b in doc.blocks[:12] if len(b.text) < 200]:
        talk = _RU_TALK.search(head)
        start = talk.end() if talk is not None else 0 if head.strip() and head.split()[0].casefold() in _WITH_WORDS else None
        if start is None or (with_ := _RU_WITH.search(head, start)) is None:
            continue
        words = head[with_.end():].split(",")[0].split()
        if len(words) < 2 or _INITIAL.match(words[-1]) or not words[-1][:1].isupper():
            continue
        surname = [words[-1]]
        for word in reversed(words[:-1]):  # "Х. М. Веласко Ибаррой": a surname of two words after the initials
            if _INITIAL.match(word) or len(surname) > 2 or not word[:1].isupper():
                break
            surname.insert(0, word)
        initials = []
        for word in reversed(words[: len(words) - len(surname)]):
            if not _INITIAL.match(word):
                break
            initials.insert(0, word)
        if not initials:
            continue  # "с президентом Сиадом Барре": a name of several words, the gazetteer's to read
        body = "\n".join(b.text for b in doc.blocks if b.section_type == "body" and b.language == "ru")
        words_ = [m[0] for m in _CAPITALISED.finditer(body) if m[0][:1].isupper() and not m[0].isupper()]
        nominative = [_nominative(said, words_) for said in surname]
        if None not in nominative and (len(nominative) == 1 or " ".join(nominative) in body):  # "Веласко Ибарра сказал"
            return " ".join([*initials, *nominative])
    return None


def _nominative(said: str, words: list[str]) -> str | None:
    """The form a record's body writes a word of the heading's name in, the nominative ("Герхардсен" of "Герхардсеном")."""
    nominative = next((w for w in words if said in russian_case_forms(w)), None)
    if nominative is None and not russian_case_forms(said) and said in words:
        nominative = said  # a name that does not decline ("Кекконен" does; "Мурумби", "Веласко" do not)
    return nominative


def talked_with_office(doc: ParsedDocument) -> str | None:
    """The office a Russian record's heading gives the one the writer talked with, as the stem of its word ("Запись
    беседы ... с президентом Эквадора Х. М. Веласко Ибаррой": "президент"): in its body the office names him."""
    for head in [doc.title or ""] + [b.text for b in doc.blocks[:12] if len(b.text) < 200]:
        talk = _RU_TALK.search(head)
        if talk is None or (with_ := _RU_WITH.search(head, talk.end())) is None:
            continue
        word = next(iter(re.findall(r"\w+", head[with_.end():])), "").casefold()  # "премьер" of "премьер-министром"
        stem = next((o for o in _OFFICES if word.startswith(o) and len(word) <= len(o) + 3), None)
        if stem is not None:
            return stem  # "послом", not "посланием"; "министром", not "министерством"
    return None


def _office_written(office: str | None, text: str) -> bool:
    """The sentence names the other party by his heading's office, in any case ("Вручил президенту послание")."""
    return office is not None and any(w.startswith(office) and len(w) <= len(office) + 3 for w in re.findall(r"\w+", text.casefold()))


_WITH_WORDS = frozenset(w.casefold() for w in (lexicon("ru").get("event_words") or {}).get("talk_with") or [])


def _ru_party_turn(told: str, other: str) -> bool:
    """A turn of the other party in a Russian record: a verb of saying in the past, before it his surname, "он" or an
    office ("министр заявил"), and no "я" ("Герхардсен сказал, что ...", "Он напомнил, что ...")."""
    said = _RU_SAID.search(told)
    if said is None or said.start() > 100:
        return False
    subject = told[: said.start()]
    if _RU_I.search(subject):
        return False
    return other.split()[-1] in subject or bool(_RU_HE.search(subject)) or bool(_RU_OFFICIAL.search(subject))


def _after_day(text: str) -> str:
    """A sentence after the day that opens it ("4 ноября посетил ...": "посетил ...")."""
    day = next(iter(find_dates(text[:40], 2000)), None)
    return text[day.end:] if day is not None and not text[: day.start].strip(" ,") else text


def _written(name: str, text: str) -> bool:
    """The sentence writes the name's surname, in any case ("Калагэном" of "Дж. Калагэн")."""
    surname = name.split()[-1]
    return surname in text or any(form in text for form in russian_case_forms(surname)) \
        or without_accents(surname) in without_accents(text)  # "Pham Van Dong" of "Phạm Văn Đồng"


def _a_person(name: str) -> bool:
    """A person: the gazetteer's, or a name of two to four capitalised words it does not know ("Siaka Stevens")."""
    words = name.split()
    return is_person(name) or lookup(name) is None and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _speaker(subject: str, other: str, text: str) -> bool:
    """The subject of a turn names the other party: his surname ("Stevens said"), or an office the page writes before
    his name ("the Prime Minister replied": "Prime Minister Siaka Stevens"; "The President asked": "President Kenneth
    Kaunda")."""
    subject = re.sub(r"^(?:[Tt]he)\s+", "", subject.strip())
    if not subject:
        return False
    surname = other.split()[-1]
    if subject.split()[-1] in (surname, surname.rsplit("-", 1)[-1]):
        return True  # "Assad" of "Hafez al-Assad"
    return subject[:1].isupper() and lookup(subject) is None and re.search(
        r"(?<!\w)" + re.escape(subject) + r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}" + re.escape(surname) + r"(?!\w)", text) is not None


def envoy_offices(doc: ParsedDocument, writer: str) -> set[str]:
    """The offices the heading gives the writer ("the Czechoslovak Ambassador"): names of no one else."""
    return {n for n in participants_named(doc, "") if n != writer and _ENVOY.search(n) and lookup(n) is None}


# The message an envoy hands over, its author named after it in the genitive ("Вручил президенту послание Председателя
# Совета Министров СССР А. Н. Косыгина"): the author is a party of the handing over, as Brezhnev is of "I received a
# short message from Brezhnev to the President" (ru.yaml handed_message_nouns).
_RU_MESSAGE = compile_opening(r"(?<!\w)(?:" + (alternation(lexicon("ru").get("handed_message_nouns") or []) or "(?!)")
                              + r")\w*\s+(?P<whose>(?:[^,;:.]|(?<=\s\w)\.){3,90})")  # the full stop of an initial no end of it


def _message_author(told: str) -> list[str]:
    """The person whose message the sentence hands over, named after the message ("послание Н. С. Хрущева"), if any."""
    m = _RU_MESSAGE.search(told)
    return [n for n in clause_names(m["whose"], "ru") if is_person(n)][:1] if m else []


def talk_parties(events: list[EventDraft], doc: ParsedDocument, context: Context) -> None:
    """Each turn of a first-person record of a talk of two, between its speaker and the one he speaks to; in a record
    told in the third person of two it names, a turn's "he" and "him" are of its two parties."""
    if not context.is_record or context.body:
        return
    if len(context.senders) != 1 or not writes_in_first_person(doc):
        _third_person_turns(events, doc)
        return
    writer = context.senders[0]
    offices = set()
    if _ENVOY.search(writer) and not _a_person(writer) and (signed := foot_name(doc)) is not None:
        offices, writer = {writer}, signed  # "Soviet Ambassador in Burma" of the title, "A. BOLOTOV" under the text: he
    if lookup(writer) is not None and not is_person(writer):
        return  # a body or a state, no one named
    offices |= envoy_offices(doc, writer)
    for event in events:  # "the Czechoslovak Ambassador" of the heading: the writer
        event.sources = list(dict.fromkeys(writer if n in offices else n for n in event.sources))
        event.targets = [n for n in dict.fromkeys(writer if n in offices else n for n in event.targets) if n not in event.sources]
    other = other_party(doc, writer, events)
    if other is None:
        return
    unknown = other == talked_with(doc)  # the heading's name, the gazetteer's mentions blind to him: his turns read here
    office = talked_with_office(doc) if unknown else None
    _received_at_my_request(events, doc, writer, other, office)
    text = "\n".join([doc.title or ""] + [b.text for b in doc.blocks])
    diary = doc.document_type == "diary_entry" or any(JOURNAL.search(t) for t in [doc.title or ""] + [b.text for b in doc.blocks[:8]])
    # a keeper's journal tells the other's sayings as his points, to no one ("Mao said that ..." in Yudin's journal)
    for event in events:
        if event.event_type not in _SPEECH_ROWS and event.method != "document_act" or event.block >= len(doc.blocks):
            # a turn is the record's act whatever its words make of it ("I asked whether the agreement ... would remain")
            continue
        block = doc.blocks[event.block]
        told = block.text[event.evidence_start: event.evidence_end]
        if event.sources in ([], [writer]) and (writer_turn := _WRITER_TURN.match(told)):
            event.sources = [writer]  # "I replied that I would inform Prague": to the other party, and those it names
            # those it names, or all it was told to where it tells them ("I reminded them that ...": the other party and
            # whoever else spoke)
            named = [n for n in event.targets if n != other and (_written(n, told) or _THEM.search(told))]
            plain = not _OPENER.match(writer_turn[0])
            if event.event_type not in _SPEECH_ROWS:
                plain = other in event.targets and _written(other, told) or plain and not _DECLARED.match(told)  # the listener
                # the sentence names, not one a record's turn was given for its other party
            # a turn after a phrase of when goes to the other party only where it names him ("Before leaving I invited the
            # Minister ..."; not "At the end I promised to inform Prague"); one its words made no saying of, where its verb
            # asks, promises or tells ("I asked whether the agreement ... would remain"), not where it only declares ("I
            # pointed out that the obligations ... have been broken": the speaker alone, as a plain saying's)
            event.targets = [other] + named if plain or _LISTENER.search(told) else named
            continue
        if event.event_type not in _SPEECH_ROWS:  # the other party's turns as the rows of a saying tell them
            continue
        if unknown and block.language == "ru" and (event.sources in ([], [writer]) or all(is_person(n) for n in event.sources)) and (
                _written(other, told) or _office_written(office, told)) and writer_past(_after_day(told)):  # the verb's
            # subject unwritten, the writer: a person the sentence names after it is no subject ("послание ... Косыгина")
            event.sources, event.targets = [writer], [other] + [n for n in _message_author(told) if n not in (writer, other)]
            # "Вручил Герхардсену памятную записку Советского правительства",
            # "посетил Фицджеральда ... и передал ему приглашение Министра ... А. А. Громыко": the writer's act, to the other
            # party, and the one whose message it carries
            continue
        if unknown and block.language == "ru" and _ru_party_turn(told, other) and (event.sources in ([], [other]) or all(
                is_person(n) and not _written(n, told) for n in event.sources)):  # "Герхардсен заявил, что ...", "Он напомнил, что ...": the
            # other party, to the writer (a "он" read as one named before, or an office as the gazetteer's holder, set aside)
            event.sources = [other]
            event.targets = [writer] + [n for n in event.targets if n not in (writer, other) and _written(n, told)]
            continue
        turn = _PARTY_TURN.match(told) if block.language in (None, "en") and not diary else None
        if turn is None or event.targets and event.sources == [other]:
            continue
        unnamed = not any(n.split()[-1] in told for n in event.sources)  # no source the sentence names: none, or a "he" read
        # as one named before ("He then gave me an account" after "thanking Comrade Nicolae Ceausescu")
        if event.sources == [other] or unnamed and (_speaker(turn["subject"], other, text) or turn["subject"] in ("He", "She")):
            # "Kaunda said that ...", "The President asked whether ...", "He then gave me an account": the other party, to the writer
            event.sources = [other]
            event.targets = [writer] + [n for n in event.targets if n not in (writer, other) and n.split()[-1] in told]


# A turn told in the third person: its subject, any verb in the past ("He handed over ...", "President dos Santos thanked
# him ..."), and "him" or "her" as its object.
_TOLD_TURN = compile_opening(
    r"^\W*(?:(?:At|In|On|After)\s+the\s+\w+,?\s+)?(?P<subject>(?:[A-Z][\w.’'-]*\s+){0,4}?(?:He|She|[A-Z][\w’'-]+))\s+"
    r"(?:then\s+|also\s+|further\s+)?(?P<verb>[a-z]+ed|" + SPEECH_VERBS + r")\b(?P<him>\s+(?:him|her)\b)?"
)


def _third_person_turns(events: list[EventDraft], doc: ParsedDocument) -> None:
    """A record told in the third person of a talk between the two persons its heading names ("Record of a conversation
    of Comrade X with Comrade Y"): a turn whose subject is "he" is of the party the sentence does not name ("He informed
    Comrade Y that ..." is X's), else of the one who spoke last; a turn whose subject names a party is his; its "him" is
    the other party ("President Y thanked him for the reception")."""
    parties = [n for n in participants_named(doc, "") if _a_person(n)]
    if len(parties) != 2 or any(p.split()[-1] == q.split()[-1] for p, q in [parties]):
        return
    text = "\n".join([doc.title or ""] + [b.text for b in doc.blocks])
    last: str | None = None
    for event in sorted(events, key=lambda e: (e.block, e.evidence_start)):
        if event.block >= len(doc.blocks) or doc.blocks[event.block].language not in (None, "en"):
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        turn = _TOLD_TURN.match(told)
        if turn is None:
            continue
        named = [p for p in parties if p.split()[-1] in told]
        speakers = [p for p in parties if _speaker(turn["subject"], p, text)]
        speaker = speakers[0] if len(speakers) == 1 else None  # "The President" of two presidents: either
        if turn["subject"] in ("He", "She"):
            speaker = next(p for p in parties if p not in named) if len(named) == 1 else last if not named else None
        elif len(speakers) > 1:
            last = next((n for n in event.sources if n in parties), None)  # "The President said" of two presidents: as read
        elif speaker is not None:
            last = speaker  # "Comrade Axen declared ...": the one who speaks now, whatever row tells it
            if not set(turn["subject"].split()) & set(speaker.split()) and any(n in parties for n in event.sources):
                continue  # an office the reading gave a party already ("The President said" in the President's memorandum)
        if speaker is None or event.method != "document_act":
            continue  # the turn's own row, not the act its clause tells ("that the Committee had already sent ...")
        if not event.sources or not any(n.split()[-1] in told for n in event.sources) or event.sources == [n for n in named if n != speaker]:
            event.sources = [speaker]  # "He then described ...", after "President Y thanked him ...": Y
        other = next(p for p in parties if p != speaker)
        if event.sources == [speaker] and speaker in event.targets:  # no turn of a talk of two is said to its speaker: the
            event.targets = list(dict.fromkeys(other if n == speaker else n for n in event.targets))  # "the Ambassador" he told
        if event.sources == [speaker] and any(n.split()[-1] == other.split()[-1] for n in event.targets):
            event.targets = [other] + [n for n in event.targets if n.split()[-1] != other.split()[-1]]  # "Tambo": "Oliver Tambo"
        if turn["him"] and event.sources == [speaker]:
            event.targets = [other] + [n for n in event.targets if n != other and n.split()[-1] in told]  # "thanked him": the other


_RU_PRESENT = compile_opening(r"^\W*(?:" + event_words("present_at") + r")", re.IGNORECASE)


def _received_at_my_request(events: list[EventDraft], doc: ParsedDocument, writer: str, other: str, office: str | None = None) -> None:
    """A Russian record's opening: "Принят X ... по моей просьбе" (received by X at my request), "16 июня был принят
    президентом" (by the one the heading's office names) is X's meeting with the writer, whom the passive leaves
    unnamed; "Присутствовал министр ... Y" under it puts Y at that meeting, no act of its own (the English "Y was
    present" is read so where the sentence is parsed)."""
    meeting: EventDraft | None = None
    told_with: set[int] = set()
    for event in sorted(events, key=lambda e: (e.block, e.evidence_start)):
        if event.block >= len(doc.blocks) or doc.blocks[event.block].language != "ru":
            continue
        told = doc.blocks[event.block].text[event.evidence_start: event.evidence_end]
        if _RU_PRESENT.match(told) and meeting is not None and event.block - meeting.block <= 1:
            present = [n for n in event.targets + event.sources if n not in (writer, other)]
            meeting.targets += [n for n in present if n not in meeting.sources + meeting.targets]
            told_with.add(id(event))  # told with the meeting, no row of its own
            continue
        if not event.sources and _RU_WRITER.search(told) and (other in event.targets or not event.targets and _written(other, told)):
            event.sources, event.targets = [other], [writer] + [n for n in event.targets if n != other]
            meeting = event
        elif event.sources in ([], [writer]) and _RU_RECEIVED.match(_after_day(told)) and (
                _written(other, told) or _office_written(office, told)) and not _RU_WRITER.search(told):
            event.sources, event.targets = [other], [writer]  # "16 июня был принят президентом во дворце": by him, the writer
            meeting = event
    events[:] = [e for e in events if id(e) not in told_with]
