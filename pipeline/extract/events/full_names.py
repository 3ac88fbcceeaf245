"""A person a document names in short, read as the fuller name the same document gives him.

A page names a man in full once (in its heading, its participants, its signature, an earlier sentence: "Lieutenant
Moussa Traoré", "Oswaldo López Arellano", "King Juan Carlos I", "U Thi Han") and by a shorter form after it
("Traoré answered", "Lopez Arellano said", "Juan Carlos received", "Thi Han told"). When the gazetteer lacks him, the
rows that name him in short keep that form. Within the one document, a short name that is the final part of exactly
one fuller person name the page gives (its surname or its last words, or the name without its regnal number; accents
folded) stands for that name; two people the page names with that ending ("Fidel Castro", "Raúl Castro") leave it as
it is. Every event rule's actors pass through ``resolve_short_names`` once, at the end of the document's reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pipeline.extract.events.common import RU_LETTER, Context, EventDraft, ru_initialled_names
from pipeline.extract.mentions import NOT_NAMES, find_mentions, find_unknown_names
from pipeline.normalize.lexicon import letters, lexicon
from pipeline.normalize.names import lookup, russian_case_forms, unstyled
from pipeline.normalize.text import without_accents

# The small words a person's name may hold in lower case or as a single letter ("Charles de Gaulle", "U Thi Han",
# "Abd al-Rahman"): en.yaml ``name_particles``.
_PARTICLES = frozenset(w.casefold() for w in lexicon("en").get("name_particles") or [])
# The titles written before a name ("Lieutenant", "King", "Ambassador"): no part of it.
_TITLES = frozenset(w.casefold().rstrip(".") for w in (lexicon("en").get("titles") or []) if " " not in w) | frozenset(
    w.casefold() for w in lexicon("en").get("participant_surname_titles") or []
)
# The words that end a body's name ("African Department", "Liaison Office"): en.yaml ``body_head_words``.
_BODY_WORDS = frozenset(w.casefold() for w in lexicon("en").get("body_head_words") or [])
_NAME_WORD = re.compile(r"(?:[^\W\d_][.’'-]?)+", re.UNICODE)  # "Traoré", "Kasa-Vubu", "M.", "O'Connor"
_REGNAL = re.compile(r"[IVX]{1,4}")  # "Constantine II", "Juan Carlos I": the number of a monarch
_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-Z][\w'’-]*")


def rename_actors(event: EventDraft, rename: Callable[..., str], *context) -> None:
    """Each of the row's actors renamed (``rename(name, *context)``), each name once, a target that is also a source left
    out."""
    event.sources = list(dict.fromkeys(rename(n, *context) for n in event.sources))
    event.targets = [n for n in dict.fromkeys(rename(n, *context) for n in event.targets) if n not in event.sources]


def _fold(word: str) -> str:
    """A word without accents, full stops or case ("Traoré" -> "traore", "M." -> "m")."""
    plain = without_accents(word)
    return plain.casefold().strip(".’'")


def page_lower_words(page: str) -> frozenset[str]:
    """Every word the page writes in small letters ("the army", "the department"): no surname."""
    return frozenset(w for w in _LOWER_WORD.findall(page) if w.islower())


def _name_words(name: str, lower: frozenset[str]) -> list[str] | None:
    """The words of a person's name as written ("Moussa Traoré": ["Moussa", "Traoré"]), None if it is no such name:
    a word in small letters that is no particle, a title, a word the page writes in small letters, or one the
    gazetteer reads as a place or a body ("Chinese Liaison Office", "Radio Léopoldville", "Greek army")."""
    words = name.split()
    if not words or len(words) > 6:
        return None
    for word in words:
        folded = _fold(word)
        if folded in _PARTICLES or _REGNAL.fullmatch(word):
            continue
        if not _NAME_WORD.fullmatch(word) or not word[:1].isupper() or folded in _TITLES or folded in _BODY_WORDS or word in NOT_NAMES \
                or word.strip(".’'") in lower or len(folded) > 1 and (entity := lookup(word)) is not None and entity.kind != "person":
            return None
    return words


def _endings(words: list[str]) -> list[tuple[str, ...]]:
    """The short forms a full name is written by: its last words ("Traoré", "López Arellano" of "Oswaldo López
    Arellano"), and a monarch's name without his number ("Constantine" of "Constantine II"), folded."""
    folded = [_fold(w) for w in words]
    if len(words) >= 2 and _REGNAL.fullmatch(words[-1]):
        base = folded[:-1]
        return [tuple(base[i:]) for i in range(len(base))]
    return [tuple(folded[i:]) for i in range(1, len(folded))]


def _same_person(short: list[str], full: list[str]) -> bool:
    """Two forms of one name: the shorter's words end the longer's, an initial standing for a given name ("M. Korry",
    "Edward M. Korry"), the first name or its initial and the surname, the middle initials left off ("W. Tubman", "William Tubman" of "William
    V. S. Tubman"), or begin it, a second surname left off ("Jaime Wheelock", "Jaime Wheelock Román")."""
    return _same_folded([_fold(w) for w in short], [_fold(w) for w in full])


def _same_folded(a: list[str], b: list[str]) -> bool:
    """``_same_person`` of two names' folded words."""
    if len(a) > len(b) or a == b:
        return False
    ends = all(x == y or len(x) == 1 and y.startswith(x) for x, y in zip(a[::-1], b[::-1], strict=False))
    # "W. Tubman" or "William Tubman" of "William V. S. Tubman": his first name or its initial, his surname, the middle initials left off
    middle_off = len(a) == 2 and a[1] == b[-1] and (a[0] == b[0] or len(a[0]) == 1 and b[0].startswith(a[0])) and all(len(w) == 1 for w in b[1:-1])
    return ends or middle_off or 2 <= len(a) < len(b) and a == b[: len(a)] or _given_name_kept(a, b)


def _given_name_kept(a: list[str], b: list[str]) -> bool:
    """The shorter name is one of the longer's given names (not its first) and its surname, the others left off ("Forbes
    Burnham" of "Linden Forbes Sampson Burnham", "Abdel Nasser" kept apart: one word is no such name)."""
    return len(a) == 2 and len(b) >= 4 and a[1] == b[-1] and len(a[0]) > 1 and a[0] in b[1:-2]


def full_names(people: Iterable[str], page: str, lower: frozenset[str] | None = None) -> dict[tuple[str, ...], str]:
    """Each short form (folded words) of the fuller person names ``people`` of one page, with the one name it stands
    for; a form that two of them end with is left out. ``lower``: the page's ``page_lower_words``, when already read."""
    lower = page_lower_words(page) if lower is None else lower
    named: list[tuple[str, list[str]]] = []
    for name in dict.fromkeys(people):
        entity = lookup(name)
        if entity is not None and entity.kind != "person":
            continue
        words = name.split() if entity is not None else _name_words(name, lower)
        if words is not None and len(words) >= 2:
            named.append((name, words))
    # one person written twice ("M. Korry" and "Edward M. Korry"): his short forms are those of both, read as the fuller
    folded = [(name, [_fold(w) for w in words]) for name, words in named]  # each name's words folded once, not per pair
    fullest = {n: max((o for o, ow in folded if o == n or _same_folded(w, ow)), key=lambda o: (len(o.split()), len(o), o)) for n, w in folded}
    forms: dict[tuple[str, ...], set[str]] = {}
    for name, words in named:
        if fullest[name] != name and _given_name_kept([_fold(w) for w in words], [_fold(w) for w in fullest[name].split()]):
            forms.setdefault(tuple(_fold(w) for w in words), set()).add(fullest[name])  # "Forbes Burnham" written in full
        for ending in _endings(words):
            forms.setdefault(ending, set()).add(fullest[name])
    return {ending: next(iter(names)) for ending, names in forms.items() if len(names) == 1}


def fuller_name(name: str, forms: dict[tuple[str, ...], str], page: str, lower: frozenset[str] | None = None) -> str:
    """``name`` as the fuller name of ``forms`` it is a short form of, when the gazetteer knows no one by it and it is
    written as a person's name; else as it is."""
    if not forms or lookup(name) is not None or _name_words(name, page_lower_words(page) if lower is None else lower) is None:
        return name
    return forms.get(tuple(_fold(w) for w in name.split()), name)


# The initials or the honorific before a name that a run of capitalised words leaves off ("S. Everett Gleason", "U Soe
# Tin"): part of the name.
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.|(?:" + "|".join(
    sorted((re.escape(w) for w in lexicon("en").get("name_particles") or [] if w[:1].isupper()), key=len, reverse=True)
) + r")(?=\s))\s*)+$")


def _untitled(surface: str) -> str:
    """A name as written without the titles before it ("Comrades Andrey Lukanov", "Lieutenant Moussa Traoré"), nor the
    British style before it or the letters after it ("Rt Hon David Lange", "Ted Rowlands MP")."""
    words = unstyled(surface).split()
    while len(words) > 2 and (_fold(words[0]) in _TITLES or words[0] in NOT_NAMES):
        words.pop(0)
    return " ".join(words)


def page_people(doc_texts: list[str], events: list[EventDraft], context: Context) -> list[str]:
    """The person names a document gives: its rows' actors, its writers and addressees, the gazetteer's people its text
    names in two words or more, and the names of capitalised words it writes that the gazetteer lacks."""
    people = [n for e in events for n in (*e.sources, *e.targets)] + list(context.senders) + list(context.recipients)
    for text in doc_texts:
        mentions = find_mentions(text)
        people += [m.entity.name for m in mentions if m.entity.kind == "person" and len(m.surface.split()) >= 2]
        for start, _, surface in find_unknown_names(text, mentions):
            initials = _INITIALS_BEFORE.search(text[max(0, start - 12): start])  # "S. Everett Gleason": his initial too
            people.append(_untitled((initials[0] if initials else "") + surface))
    return people


# The capitalised words just before a surname the gazetteer knows ("Charles " of "Charles Malik"): his given names.
_GIVEN_BEFORE = re.compile(r"((?:(?<![\w.’'-])[^\W\d_][\w.’'-]*[ \t]+){1,3})$")


def _given_names(text: str, start: int, lower: frozenset[str]) -> list[str]:
    """The given names written before the surname at ``start`` ("Charles" of "Ambassador Charles Malik"), titles and
    words of no name left off; none when a title or nothing stands there ("Ambassador Malik")."""
    m = _GIVEN_BEFORE.search(text[max(0, start - 60): start])
    words: list[str] = []
    for word in reversed(m[1].split() if m else []):  # back to a sentence's end ("Yes. Nixon"), an initial going on ("S.")
        if word.endswith(".") and len(word.rstrip(".")) > 1:
            break
        words.insert(0, word)
    while words and _name_words(" ".join(words), lower) is None:
        words.pop(0)
    return words


def _same_initial(given: str, name: str, aliases: tuple[str, ...]) -> bool:
    """A given name that opens with the letter of the gazetteer man's first name in any of his full forms."""
    return any(_fold(given)[:1] == _fold(form.split()[0])[:1] for form in (name, *aliases) if len(form.split()) >= 2)


def _heading_words(given: list[str], surname: str, page: str) -> bool:
    """Words in capitals before a surname in capitals that the page never writes as a name in small letters: a heading's
    words ("CYPRUS: NATIONAL GUARD OVERTHROWS MAKARIOS", "MOVES TO END SUKARNO"), no given names; "JOHN A. BROSS" over a
    record whose text writes "John" keeps his."""
    if not surname.isupper() or len(surname) < 2:
        return False
    return any(w.isupper() and len(w.rstrip(".")) > 1 and not re.search(r"(?<![\w'’-])" + re.escape(w.capitalize()) + r"(?![\w'’-])", page)
               for w in given)


def _surname_only(doc_texts: list[str], context: Context, lower: frozenset[str]) -> tuple[dict[str, set[tuple[str, ...]]], list[str]]:
    """The gazetteer's people a document names only by one word ("Malik", "Малик"), never in full nor as its writer or
    addressee, with the folded words it names each by: the page may mean a namesake it names in full elsewhere; and
    the full names of such namesakes the gazetteer lacks ("Charles Malik", where it reads only his surname)."""
    surfaces: dict[str, set[tuple[str, ...]]] = {}
    page = "\n".join(doc_texts)
    in_full = set(context.senders) | set(context.recipients)
    namesakes: list[str] = []
    for text in doc_texts:
        for m in find_mentions(text):
            if m.entity.kind != "person":
                continue
            words = m.surface.split()
            if len(words) >= 2:
                in_full.add(m.entity.name)
            elif (given := _given_names(text, m.start, lower)) and not _heading_words(given, m.surface, page):
                full = " ".join([*given, m.surface])
                if (known := lookup(full)) is not None and known.kind == "person":
                    in_full.add(known.name)
                elif _same_initial(given[0], m.entity.name, m.entity.aliases):  # "Nikita S. Khrushchev": the man himself
                    in_full.add(m.entity.name)
                else:
                    namesakes.append(full)
            else:
                surfaces.setdefault(m.entity.name, set()).add(tuple(_fold(w) for w in words))
    return {name: forms for name, forms in surfaces.items() if name not in in_full}, namesakes


# The small words of an office or a body written in capitals ("THE MINISTER OF STATE", "SECRETARY OF STATE FOR
# EXTERNAL RELATIONS"): such a run is no one's name, and keeps its capitals.
_CAPITALS_LINKS = frozenset(str(w).casefold() for w in [*(lexicon("en").get("body_name_links") or []), "of", "the", "for", "and", "to", "in"])


def _folded_capitals(name: str, page: str = "") -> str | None:
    """A person's name written in capitals ("HUGH TANCRED", "GORONWY-ROBERTS", "J. D. ELLIS") as a name is written ("Hugh
    Tancred"): the gazetteer's name for it where it knows it; None for a name not so written, an acronym ("FALN":
    one word of five letters or fewer that neither the gazetteer nor the page elsewhere writes as a name), or a run that holds an office's or a body's small words or titles."""
    words = name.split()
    if not words or not any(c.isalpha() for c in name) or not name.isupper() or lookup(name) is not None:
        return None
    if any(w.casefold() in _CAPITALS_LINKS or _fold(w) in _TITLES or _fold(w) in _BODY_WORDS for w in words):
        return None
    folded = " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in words)
    found = lookup(folded)
    if found is not None and found.kind != "person" or found is None and len(words) == 1 and len(words[0]) <= 5 \
            and not re.search(r"(?<![\w-])" + re.escape(folded) + r"(?![\w-])", page):
        return None  # "SIDKY" the gazetteer's person, "DUNN" the page's "Dunn" elsewhere, "FALN" an acronym
    return found.name if found is not None else folded


def folded_capitals(events: list[EventDraft], doc_texts: list[str]) -> None:
    """Every row's actor the gazetteer does not know in capitals, written as a person's name in capitals ("HUGH TANCRED
    said", a cable's "SOLOD"): the name as a name is written, or the gazetteer's person of that name, before the page's
    fuller forms are sought for it (``resolve_short_names``)."""
    page = "\n".join(doc_texts)
    rename_actors_of(events, lambda n: _folded_capitals(n, page) or n)


def rename_actors_of(events: list[EventDraft], rename: Callable[[str], str]) -> None:
    for event in events:
        rename_actors(event, rename)


def resolve_short_names(events: list[EventDraft], doc_texts: list[str], context: Context) -> None:
    """Every row's actor written in short ("Traoré") as the one fuller name the document gives ("Moussa Traoré"); a
    famous man of the gazetteer the page names only by his surname ("Malik" as Yakov Malik) as the one other person
    of that surname the page names in full, in its participants, heading or text ("Adam Malik")."""
    page = "\n".join(doc_texts)
    lower = page_lower_words(page)  # read once, for the forms and for each actor
    short_only, namesakes_in_full = _surname_only(doc_texts, context, lower)
    people = [n for n in page_people(doc_texts, events, context) if n not in short_only] + namesakes_in_full
    forms = full_names(people, page, lower)
    if not forms:
        return
    namesakes = {}
    for name, written in short_only.items():
        meant = {forms.get(w) for w in written}
        if len(meant) == 1 and (other := meant.pop()) is not None and other != name:
            namesakes[name] = other

    def fuller(n: str) -> str:
        return namesakes.get(n) or fuller_name(n, forms, page, lower)

    for event in events:
        rename_actors(event, fuller)


_RU_ALPHABET = lexicon("ru")["alphabet"]
# A Russian word written with a capital ("Сунай", "Ачампонга"): a name's word as the page writes it.
_RU_NAME_WORD = re.compile(letters(_RU_ALPHABET.upper()) + letters(_RU_ALPHABET) + r"+")


def _nominative_word(word: str, page_words: frozenset[str]) -> str | None:
    """The nominative the page writes of ``word`` where ``word`` is one of its oblique case forms ("Сунай" of
    "Сунаю", "Ачампонг" of "Ачампонгом"), and ``word`` is no nominative whose forms the page writes; else None."""
    if russian_case_forms(word) and any(form in page_words for form in russian_case_forms(word)):
        return None  # "Иванов" beside "Иванова": the man's name, the other its genitive
    stems = [w for w in page_words if w != word and w[:2] == word[:2] and word in russian_case_forms(w)]
    return stems[0] if len(stems) == 1 else None


def nominative_names(events: list[EventDraft], doc_texts: list[str]) -> None:
    """Every row's actor the gazetteer lacks, written in an oblique case ("Дж. Сунаю" of "вручили президенту Дж.
    Сунаю", "И. Ачампонгом" of "во главе с полковником И. Ачампонгом"), in the nominative the same page writes the
    name in elsewhere ("Вчера Сунай провел консультации"): one person, named as a subject names him. A name the page
    writes only in its oblique form stays as it is."""
    oblique = [n for e in events for n in (*e.sources, *e.targets) if _RU_NAME_WORD.fullmatch(n.split()[-1] if n.split() else "")]
    if not oblique:
        return
    page_words = frozenset(w for text in doc_texts for w in _RU_NAME_WORD.findall(text))
    named: dict[str, str] = {}
    for name in dict.fromkeys(oblique):
        if lookup(name) is not None:
            continue
        *head, last = name.split()
        if (word := _nominative_word(last, page_words)) is not None:
            named[name] = " ".join([*head, word])
    if not named:
        return
    for event in events:
        rename_actors(event, lambda n: named.get(n, n))


# A Russian surname written alone, a capital then small letters ("Хамид", "Йомби-Опанго").
_RU_SURNAME = re.compile(
    r"(?<![\w.])[\u0410-\u042f\u0401][\u0430-\u044f\u0451]{2,}(?:-[\u0410-\u042f\u0401][\u0430-\u044f\u0451]+)?(?![\w-])"
)


def ru_page_names(texts: list[str]) -> dict[str, str]:
    """Each surname a Russian page writes after initials ("А. С. Ш. Хамида"), in the nominative the page writes it in
    ("Хамид"; as written where the page writes no other form), not in the page's case forms of it ("Хамидом"): the name
    with its initials; a surname two people of the page share stands for no one."""
    texts = [t for t in texts if re.search(RU_LETTER, t, re.IGNORECASE)]
    written = {(full.split()[-1], " ".join(full.split()[:-1])) for text in texts if "." in text for _, _, full in ru_initialled_names(text, [])}
    if not written:
        return {}
    words = frozenset(w for text in texts for w in _RU_SURNAME.findall(text))
    people: dict[str, set[str]] = {}
    for surname, initials in written:
        forms = {surname, *(w for w in words if surname in russian_case_forms(w))}  # "Хамида": "Хамид" the page writes too
        for form in forms:
            if not any(form in russian_case_forms(other) for other in forms):  # the nominative, no case form of another
                people.setdefault(form, set()).add(initials)
    return {form: f"{next(iter(given))} {form}" for form, given in people.items() if len(given) == 1}


def surnames_alone(events: list[EventDraft], blocks: list[tuple[str, str | None]], doc_texts: list[str]) -> None:
    """A Russian row that names no one but a man by his surname alone ("Хамид обещал дать соответствующие указания",
    "Вчера Сунай провел консультации"): that man, as the page names him with his initials (``ru_page_names``)."""
    bare = [e for e in events if not e.sources and not e.targets and e.block < len(blocks) and blocks[e.block][1] == "ru"]
    if not bare or not (page := ru_page_names(doc_texts)):
        return
    for event in bare:
        told = blocks[event.block][0][event.evidence_start: event.evidence_end]
        if (m := next((m for m in _RU_SURNAME.finditer(told) if m[0] in page), None)) is not None:
            event.sources = [page[m[0]]]


_BARE_BODY_NOUNS = frozenset(w.casefold() for w in lexicon("en").get("bare_body_nouns") or [])


def bare_body(name: str, doc_texts: list[str]) -> str:
    """An actor written as a body's common noun alone ("council", from "The council dissolved the National Assembly")
    as the one body the page names in full with that word ("Supreme Military Council"); else as it is."""
    noun = " ".join(name.casefold().split()).removeprefix("the ")
    if noun not in _BARE_BODY_NOUNS:
        return name
    bodies = set()
    for text in doc_texts:
        if noun not in text.casefold():
            continue
        mentions = find_mentions(text)
        bodies |= {m.entity.name for m in mentions if m.entity.kind == "organisation" and m.surface.split()[-1].casefold() == noun}
        bodies |= {_untitled(surface) for _, _, surface in find_unknown_names(text, mentions) if surface.split()[-1].casefold() == noun}
    return bodies.pop() if len(bodies) == 1 else name


def resolve_bare_bodies(events: list[EventDraft], doc_texts: list[str]) -> None:
    """Every row's actor written as a body's common noun alone as the one body of that noun the page names (``bare_body``)."""
    if not any(" ".join(n.casefold().split()).removeprefix("the ") in _BARE_BODY_NOUNS for e in events for n in (*e.sources, *e.targets)):
        return
    for event in events:
        rename_actors(event, bare_body, doc_texts)


# An envoy or a mission the sentence names with the post it holds after it ("the British ambassador in Warsaw", "The GDR
# embassy in Santiago", "the Soviet Ambassador to Norway"): en.yaml ``posted_offices``. A reader that takes the office
# alone ("British ambassador") leaves the post off; the post is part of its name.
_POSTED_OFFICES = tuple(sorted((" ".join(w.casefold().split()) for w in lexicon("en").get("posted_offices") or []), key=len, reverse=True))
_POST = re.compile(r"\s+(?P<prep>in|at|to)\s+(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_POST_WORDS = frozenset(["in", "at", "to"])
_OWNER_WORDS = ("our ", "the ", "their ", "its ", "his ", "her ")


def _posted_noun(name: str) -> str | None:
    """The envoy's or mission's noun ``name`` ends with ("ambassador" of "British ambassador"), if it names one and no
    post of its own yet."""
    plain = " ".join(name.casefold().split())
    if _POST_WORDS & set(plain.split()):
        return None
    return next((w for w in _POSTED_OFFICES if plain == w or plain.endswith(" " + w)), None)


def _post_after(told: str, end: int) -> str | None:
    """The post written right after ``end`` in ``told`` (" in Warsaw", " to the GDR"), as written: a place the gazetteer
    knows (a capital, a state), its longest such run of words; None where the words after name no place ("in January",
    "in the Kremlin", "to the United Nations")."""
    if not (m := _POST.match(told, end)):
        return None
    article = "the " if m["place"].startswith("the ") else ""
    words = m["place"].removeprefix("the ").split()
    for n in range(len(words), 0, -1):
        if (entity := lookup(" ".join(words[:n]))) is not None and entity.kind == "place":
            return f"{m['prep']} {article}{' '.join(words[:n])}"
    return None


def posted_office(name: str, told: str) -> str:
    """An envoy or mission ``name`` ("British ambassador") as the sentence ``told`` writes it with its post ("the
    British ambassador in Warsaw on Monday": "British ambassador in Warsaw"); a name the sentence writes otherwise ("our
    ambassador in Hanoi" for "Hungarian ambassador") takes the post written after its noun where the sentence names that
    noun once. Else as it is."""
    if (noun := _posted_noun(name)) is None:
        return name
    flat, key = " ".join(told.split()), " ".join(name.split()).casefold()
    folded = flat.casefold()
    at = folded.find(key)
    while at >= 0:
        end = at + len(key)
        if (at == 0 or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()) \
                and (post := _post_after(flat, end)) is not None:
            return f"{name} {post}"
        at = folded.find(key, at + 1)
    if key != noun and key not in folded and folded.count(noun) == 1:
        at = folded.find(noun)
        if folded[:at].endswith(_OWNER_WORDS) and (post := _post_after(flat, at + len(noun))) is not None:
            return f"{name} {post}"  # "informed our ambassador in Hanoi": the Hungarian one, posted in Hanoi
    return name


def resolve_posted_offices(events: list[EventDraft], blocks: list[str]) -> None:
    """Every row's envoy or mission named without its post as the sentence that tells it writes it with one
    (``posted_office``)."""
    for event in events:
        if event.block >= len(blocks) or not any(_posted_noun(n) for n in (*event.sources, *event.targets)):
            continue
        told = blocks[event.block][event.evidence_start: event.evidence_end]
        rename_actors(event, posted_office, told)


# A group written by its common noun alone in a Chinese row ("政府宣布征召预备役人员", "代表团游览了长城"): the group as the
# page names it with its state before the noun, nearest before the row ("锡兰政府", "美国乒乓球代表团", "坦桑尼亚、赞比亚代表团",
# the heading's "乌干达政府军"): zh.yaml ``owned_group_nouns``, each noun with the English name the row gives it.
_OWNED_GROUPS = {name: noun for noun, name in (lexicon("zh").get("owned_group_nouns") or {}).items()}
_HAN = re.compile(r"[\u4e00-\u9fff]{0,4}")  # "乒乓球" of "美国乒乓球代表团": what kind of delegation, no other word


def _owned_groups(text: str, noun: str) -> list[tuple[int, str]]:
    """Each group ``text`` names as "<state>[<kind>]<noun>" ("锡兰政府", "美国乒乓球代表团"), the states joined by "、"
    kept ("坦桑尼亚、赞比亚代表团"): where it ends and the name as written."""
    if noun not in text:
        return []
    states = [m for m in find_mentions(text) if m.entity.kind == "place" and m.entity.is_state]
    found = []
    for at in (m.start() for m in re.finditer(re.escape(noun), text)):
        owner = next((m for m in reversed(states) if m.end <= at and _HAN.fullmatch(text[m.end: at])), None)
        if owner is None:
            continue
        first = owner
        while (before := next((m for m in states if m.end == first.start - 1 and text[m.end] == "、"), None)) is not None:
            first = before
        found.append((at + len(noun), text[first.start: at + len(noun)]))
    return found


_OWN_WORDS = tuple(lexicon("zh").get("own_group_words") or [])  # "我国政府": the writer's own, named so already


def owned_group(name: str, before: list[str], told: str = "") -> str:
    """A Chinese row's actor written as a group's noun alone ("government" of "政府宣布") as the group the page names
    with its state nearest before the row (``before``: the heading, the blocks, the block up to the row); else as it is,
    and so where the row's sentence ``told`` writes the noun as the writer's own ("支持我国政府的声明")."""
    if (noun := _OWNED_GROUPS.get(name)) is None:
        return name
    if _OWN_WORDS and any(told[: m.start()].endswith(_OWN_WORDS) for m in re.finditer(re.escape(noun), told)):
        return name
    for text in reversed(before):
        if groups := _owned_groups(text, noun):
            return groups[-1][1]
    return name


# The same in a Russian row, where the sentence itself names the group with its state's adjective before the noun
# ("ливийская военная делегация прибыла", "угандийские войска вторглись"): the group as written there, the noun in the
# nominative (ru.yaml ``owned_group_nouns``), the adjective a state's (``state_adjective_suffixes``: "-ск-", "-цк-",
# not one of ``not_state_adjectives``: "республиканскими войсками" says which side, not whose state).
_RU_OWNED_GROUPS = {name: noun for noun, name in (lexicon("ru").get("owned_group_nouns") or {}).items()}
_RU_ADJECTIVE = r"[^\W\d_]+(?:" + "|".join(re.escape(e) for e in lexicon("ru").get("adjective_endings") or []) + r")"
_RU_STATE_ADJECTIVE = re.compile(
    r"(?<!\w)(?P<state>[^\W\d_]+(?:" + "|".join(re.escape(e) for e in lexicon("ru").get("state_adjective_suffixes") or []) + r")[^\W\d_]{1,3})"
    r"(?:\s+" + _RU_ADJECTIVE + r"){0,2}\s+$", re.IGNORECASE,
)
_NOT_STATE = tuple(w.casefold() for w in lexicon("ru").get("not_state_adjectives") or [])


def ru_owned_group(name: str, told: str) -> str:
    """A Russian row's actor written as a group's noun alone ("delegation") as the sentence ``told`` names it with its
    state's adjective ("ливийская военная делегация"); else as it is."""
    if (noun := _RU_OWNED_GROUPS.get(name)) is None:
        return name
    for m in re.finditer(r"(?<!\w)" + re.escape(noun) + r"(?!\w)", told, re.IGNORECASE):
        if (adjective := _RU_STATE_ADJECTIVE.search(told[max(0, m.start() - 80): m.start()])) is not None \
                and not adjective["state"].casefold().startswith(_NOT_STATE):
            return told[m.start() - len(adjective[0]): m.end()]
    return name


def resolve_owned_groups(events: list[EventDraft], blocks: list[tuple[str, str | None]], title: str) -> None:
    """Every Chinese row's actor written as a group's common noun alone as the group the page names with its state
    nearest before it (``owned_group``); every Russian one's as its sentence names it with its state's adjective
    (``ru_owned_group``)."""
    for event in events:
        if event.block >= len(blocks):
            continue
        text, language = blocks[event.block]
        if language == "zh" and any(n in _OWNED_GROUPS for n in (*event.sources, *event.targets)):
            before = [title] + [t for t, _ in blocks[: event.block]] + [text[: event.evidence_end]]
            rename_actors(event, owned_group, before, text[event.evidence_start: event.evidence_end])
        elif language == "ru" and any(n in _RU_OWNED_GROUPS for n in (*event.sources, *event.targets)):
            rename_actors(event, ru_owned_group, text[event.evidence_start: event.evidence_end])


# A group of envoys a row names by its plural noun alone ("ambassadors") where the sentence names whose ("received the
# ambassadors of the socialist countries"): the group as written there. en.yaml ``countries_groups`` (the nouns) and
# ``countries_words`` ("countries", "states"), with at most two small words between ("non-aligned", "Arab" no: a capital
# opens a name, which the row's readers take on their own).
_COUNTRIES_GROUP = re.compile(
    r"(?<![\w-])(?P<noun>" + "|".join(re.escape(w) for w in lexicon("en").get("countries_groups") or []) + r")\s+of\s+the\s+"
    r"(?:[a-z][a-z-]*\s+){0,2}(?:" + "|".join(re.escape(w) for w in lexicon("en").get("countries_words") or []) + r")(?![\w-])"
)


def countries_group(name: str, told: str) -> str:
    """A row's actor written as a plural noun of envoys alone ("ambassadors") as the sentence ``told`` names them with
    the countries they come from ("the ambassadors of the socialist countries"), where it names them so once; else as
    it is."""
    found = [m[0] for m in _COUNTRIES_GROUP.finditer(" ".join(told.split())) if m["noun"] == name]
    return found[0] if len(set(found)) == 1 else name


def resolve_countries_groups(events: list[EventDraft], blocks: list[str]) -> None:
    """Every row's envoys named by their plural noun alone as the sentence that tells it names them with their
    countries (``countries_group``)."""
    nouns = frozenset(lexicon("en").get("countries_groups") or [])
    for event in events:
        if event.block >= len(blocks) or not nouns & {*event.sources, *event.targets}:
            continue
        told = blocks[event.block][event.evidence_start: event.evidence_end]
        rename_actors(event, countries_group, told)
