"""Where the gazetteer's people, places and organisations are named in a text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.normalize.lexicon import LANGUAGES, lexicon, strings, trie_pattern
from pipeline.normalize.names import Entity, gazetteer, lookup
from pipeline.normalize.openings import compile_opening

_CJK = compile_opening(r"[\u3400-\u9fff]")  # Chinese is written without spaces: no word boundaries to ask for
# A Latin or Cyrillic name must not continue a word, but may touch Chinese ("MZD關於…").
_NOT_AFTER_WORD = r"(?<![^\W\u3400-\u9fff])(?<!-)"
_NOT_BEFORE_WORD = r"(?![^\W\u3400-\u9fff])(?!-)"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    entity: Entity


@cache
def _pattern() -> tuple[re.Pattern, dict[str, Entity]]:
    forms: dict[str, Entity] = {}
    for entity in gazetteer():
        for form in () if entity.made_only else entity.surface_forms:  # a state's body state_bodies.yaml makes: no mention
            forms.setdefault(form, entity)
    guarded_forms = {f for entity in gazetteer() for f in entity.guarded}
    chinese_forms = [f for f in forms if _CJK.search(f) and f not in guarded_forms]
    other_forms = [f for f in forms if not _CJK.search(f)]
    chinese, other = trie_pattern(chinese_forms), trie_pattern(other_forms)
    # A name can only start where one of the names' first letters stands: checked first, that one
    # character turns most positions away before the boundary tests and the long list of names. Each
    # list checks its own first letters again, so that a place where a name of one list may start (a
    # word's "о", "c") is not tried against every first letter of the other (hundreds of Chinese ones).
    # A guarded form ("康生", also inside "健康生活") is a name only after no Chinese character or after one that opens a
    # name's place ("同康生、彭真"): zh.yaml's ``guarded_name_before``.
    before = "".join(re.escape(c) for c in lexicon("zh").get("guarded_name_before") or [] if len(c) == 1)
    after_not_chinese = r"(?<![\u3400-\u9fff])"
    guarded = ("|(?:" + after_not_chinese + (f"|(?<=[{before}])" if before else "") + f"){trie_pattern(sorted(guarded_forms))}"
               if guarded_forms else "")
    return compile_opening(
        f"{_opening(forms)}(?:{_NOT_AFTER_WORD}{_opening(other_forms)}(?:{other}){_NOT_BEFORE_WORD}|{_opening(chinese_forms)}(?:{chinese}){guarded})"
    ), forms


def _opening(forms) -> str:
    """A lookahead for the first letters of ``forms``, or one that fails when there are none."""
    firsts = sorted({f[0] for f in forms})
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])" if firsts else "(?!)"


def find_mentions(text: str) -> list[Mention]:
    """Gazetteer names in ``text`` (exact surface forms, longest first, as written); inside ``reading_variants``, the
    page's other spellings of them too."""
    found = list(mentions_in(text))
    if (variants := _VARIANTS.get()) is not None:
        found += [Mention(m.start(), m.end(), m[0], variants[1][m[0]]) for m in variants[0].finditer(text)
                  if not any(k.start < m.end() and m.start() < k.end for k in found)]
        found.sort(key=lambda k: k.start)
    return found


@lru_cache(maxsize=4096)
def mentions_in(text: str) -> tuple[Mention, ...]:
    passage = _PASSAGE.get()
    if len(text) < len(passage) and (start := passage.find(text)) >= 0 and (found := _within(passage, start, start + len(text))) is not None:
        return found
    pattern, forms = _pattern()
    quoted = [(q.start(1), q.end(1)) for q in _QUOTED_BODY.finditer(text)] if _QUOTE_MARK.search(text) else []
    return tuple(Mention(m.start(), m.end(), m.group(), forms[m.group()]) for m in pattern.finditer(text)
                 if not _inside_foreign_name(text, m.start(), m.end()) and not _titled_other_surname(text, m.start(), m.end(), forms[m.group()])
                 and not _inside_other_full_name(text, m.start(), m.end(), forms[m.group()])
                 and not any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in quoted))


# A body's name in quote marks that ends in a body's word (zh.yaml quoted_body_endings): a name of its own, no gazetteer
# name inside it ("全国解放军事委员会" holds "解放军").
_QUOTE_MARK = compile_opening(r"[\"\u201c\u300c]")
_QUOTED_BODY = compile_opening(r"[\"\u201c\u300c]([^\"\u201c\u201d\u300c\u300d]{1,20}?(?:"
                               + "|".join(re.escape(w) for w in sorted(lexicon("zh").get("quoted_body_endings") or [], key=len, reverse=True))
                               + r"))[\"\u201d\u300d]") if lexicon("zh").get("quoted_body_endings") else re.compile(r"(?!)")


_TITLED_SURNAMES = compile_opening(r"(?<![\w-])([A-Z][a-z\u00e0-\u024f]+)\.?\s+$")
_NEXT_SURNAME = compile_opening(r"\s+([A-Z][a-z\u00e0-\u024f]+)(?![\w-])")


def _titled_other_surname(text: str, start: int, end: int, entity: Entity) -> bool:
    """A person's one-word form after a title and before a capitalised word that is none of his: the first of another
    man's two surnames ("Admiral Castro Jijon", "General Perez Godoy"), not the man the gazetteer knows by it alone
    ("Fidel Castro Ruz" is written as one of his forms)."""
    if entity.kind != "person" or " " in text[start:end] or not (title := _TITLED_SURNAMES.search(text, max(0, start - 40), start)) \
            or title[1].casefold() not in _TITLES or not (after := _NEXT_SURNAME.match(text, end)):
        return False
    his = {w.casefold().strip(".,") for form in entity.surface_forms for w in form.split()}
    return after[1].casefold() not in his and after[1].casefold() not in _TITLES


def _inside_other_full_name(text: str, start: int, end: int, entity: Entity) -> bool:
    """A person's one-word form written between two capitalised words that are none of his: the middle of another man's
    full name ("Jorge Fidel Durón" is not Fidel Castro, "Ramón Castro Jijón" not him either), as a given name and a
    surname on both its sides say. Titles, days, months and the gazetteer's own names beside it leave it his
    ("President Castro Monday", "Premier Castro Ruz")."""
    if entity.kind != "person" or " " in text[start:end] or not (before := _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)):
        return False
    his = {w.casefold().strip(".,") for form in entity.surface_forms for w in form.split()}

    def other(word: str) -> bool:
        return word not in NOT_NAMES and word.casefold() not in his and word.casefold() not in _TITLES and lookup(word) is None

    return bool(after := _NAME_WORD_AFTER.match(text, end)) and other(before[1]) and other(after[1])


@cache
def _transliteration_characters() -> frozenset[str]:
    return frozenset(lexicon("zh").get("transliteration_characters") or "")


def _inside_foreign_name(text: str, start: int, end: int) -> bool:
    """True for a Chinese form written only in the characters of foreign names with such characters on both its sides:
    a piece of a longer foreign name ("曼德拉" inside "拉齐曼德拉瓦"), not the name (zh.yaml's
    ``transliteration_characters``)."""
    signs = _transliteration_characters()
    return (start > 0 and end < len(text) and text[start - 1] in signs and text[end] in signs
            and all(c in signs for c in text[start:end]))


# The passage being read (``reading_passages``): the event rules ask for the names of its sentences and of pieces of
# them ("the words before the verb"), which are read from the passage's own names rather than searched again.
_PASSAGE: ContextVar[str] = ContextVar("passage", default="")
# A character a name may not touch: a letter or digit of a word (not Chinese), or a hyphen (``_NOT_AFTER_WORD``).
_WORD_CHARACTER = compile_opening(r"[^\W\u3400-\u9fff]|-")


def _within(passage: str, start: int, end: int) -> tuple[Mention, ...] | None:
    """The names of ``passage[start:end]`` (offsets in the piece), read from the passage's: the same names when none
    of them runs across an edge of the piece and no name can start or end at an edge that a word touches in the
    passage ("Mao [said] to Stalin": the words before the verb end in a space, no name does), as the search then
    tries the same places in the piece as in the passage and finds the same there. None otherwise: the piece is
    searched itself."""
    whole = mentions_in(passage)
    firsts, lasts = _edges()
    if start < end and ((start > 0 and _WORD_CHARACTER.match(passage, start - 1) and passage[start] in firsts)
                        or (end < len(passage) and _WORD_CHARACTER.match(passage, end) and passage[end - 1] in lasts)):
        return None  # a name may start (end) at the edge of the piece, where the passage has a word before (after) it
    if any(m.start < start < m.end or m.start < end < m.end for m in whole):
        return None
    return tuple(Mention(m.start - start, m.end - start, m.surface, m.entity) for m in whole if start <= m.start and m.end <= end)


@cache
def _edges() -> tuple[frozenset[str], frozenset[str]]:
    """The characters the gazetteer's names start with, and those they end with."""
    forms = _pattern()[1]
    return frozenset(f[0] for f in forms), frozenset(f[-1] for f in forms)


@contextmanager
def reading_passages() -> Iterator[None]:
    """Within it, ``read_passage(text)`` names the passage the pieces searched for names are taken from."""
    token = _PASSAGE.set("")
    try:
        yield
    finally:
        _PASSAGE.reset(token)


def read_passage(text: str) -> None:
    """The passage now read (inside ``reading_passages``): a piece of it has the names ``_within`` reads from its own."""
    _PASSAGE.set(text)


def is_listed_form(mention: Mention) -> bool:
    """True when the surface is the name or a listed alias, False for a generated Russian case form."""
    return mention.surface in (mention.entity.name, *mention.entity.aliases, *mention.entity.guarded)


# Capitals and small letters of the Latin alphabets, accents and Vietnamese letters included ("Nguyễn Minh Phương").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƠƯẠ-Ỹ"
_LOWER = "a-zß-öø-ÿā-žơưạ-ỹ"
# The capital read first, then the character before it checked: the search skips straight to the capitals. A straight
# quote after a space opens a quotation ("The word 'Nationalist Government' appeared"), as "‘" does; after a letter it
# is an apostrophe inside a name ("O'Brien"), not a name's start. A middle initial is part of the name ("Samuel K. Doe"),
# and so are two or three ("William V. S. Tubman"), and so is the numeral that closes a name ("John N. Irwin II", "Mwambutsa IV").
# The small words a name holds ("Luis María de Pablo Pardo", "José Eduardo dos Santos": en.yaml ``name_particles``) join
# its words too, where two capitalised words stand on one side of them (``_unknown_names``).
_SMALL_PARTICLES = frozenset(p for p in lexicon("en").get("name_particles") or [] if p.islower())
_PARTICLE_JOIN = "(?:(?:" + ("|".join(sorted(_SMALL_PARTICLES, key=len, reverse=True)) or "(?!)") + r")\s+){1,2}"
# A name's word may hold an apostrophe for a glottal stop or an ʿayn ("Husni Za'im", "Sa'ud", "Mu'ammar"): the word goes
# on after it, where two small letters or more follow that are no contraction's ("They've", "He'll").
_INNER_APOSTROPHE = rf"(?:['’](?!(?:ll|re|ve)(?![{_LOWER}]))[{_LOWER}]{{2,}})?"
_CAPITALISED_RUN = compile_opening(
    rf"[{_UPPER}](?<![\w’-].)(?<!\w'.)[{_LOWER}]+{_INNER_APOSTROPHE}(?:-[{_UPPER}][{_LOWER}]+)?(?:['’]s)?(?:\s+(?:of\s+the\s+|of\s+|{_PARTICLE_JOIN}|(?:[{_UPPER}]\.\s+){{1,3}})?[{_UPPER}][{_LOWER}]+{_INNER_APOSTROPHE}(?:-[{_UPPER}][{_LOWER}]+)?(?:['’]s)?)+"
    r"(?:\s+(?:II|III|IV|V|VI|VII|VIII)(?![\w'’-]))?"
)
# A capitalised word just before a name, and one just after it (a given name and a surname around a one-word form).
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])([{_UPPER}][{_LOWER}]+) $")
_NAME_WORD_AFTER = re.compile(rf" ([{_UPPER}][{_LOWER}]+)(?![\w'’-])")


def _of_a_state(run: str, words: list[re.Match]) -> int | None:
    """Where a titled name ends before "of" and a state the gazetteer knows ("General Hugo Panasco Alvim of Brazil",
    "Foreign Minister Raden Wiryo Santoso of Indonesia"): the state says whose the person is. A run with no title
    before it ("Central Committee of the CPSU", "The National Assembly of Vietnam") is left whole."""
    of = next((i for i, w in enumerate(words) if w.group() == "of"), None)
    stripped = run[: words[0].start()].split() if words else []
    if of is None or of < 2 or not stripped or stripped[-1].lower() in _NOT_TITLES \
            or not all(w.group()[0].isupper() for w in words[:of]):
        return None
    state = lookup(" ".join(w.group() for w in words[of + 1:]))
    return words[of - 1].end() if state is not None and getattr(state, "is_state", False) else None


_NOT_TITLES = frozenset(("the", "a", "an", "on", "in", "at", "after", "before", "during", "when", "if", "but", "and", "for", "to",
                         "from", "with", "by", "of"))  # the small words a capitalised run may open with: no title
NOT_NAMES = {
    "The", "On", "In", "At", "After", "Before", "During", "When", "If", "But", "And", "For", "To", "From", "With",
    "As", "By", "This", "That", "These", "It", "We", "Our", "Your", "You", "He", "She", "They", "His", "Her",
    "Comrade", "Cde", "Chairman", "Deputy", "Minister", "Foreign", "General", "Marshal", "Mr", "Dear", "Read",
    "Page", "Citation", "Summary", "Credits", "Source", "Document", "Other", "Original", "Language", "Contents",
    "Translation", "Transcript", "Cable", "Copy", "Copies", "No", "Telegram", "Ciphered", "Letter", "Record", "Attachment", "English", "Russian", "Chinese", "Korean", "Soviet", "American", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    # labels of metadata blocks and site furniture ("Publication Date", "Approved For Release", "Digital Archive")
    "Approved", "Release", "Decision", "Date", "Number", "Type", "Sequence", "Case", "Content", "Creation", "Publication",
    "File", "Fully", "Secret", "Draft", "Letters", "Member", "Premier", "Director", "Chief", "Armistice", "Negotiations",
    "Digital", "Archive", "International", "History", "Declassified", "Records", "Meetings", "Two", "Conversation",
    "Between", "Subject", "Part", "Black", "Book", "Tab", "Lot",
}


# The days written before a subject ("Yesterday Moscow delivered"): no part of a name (en.yaml ``subject_time_words``).
NOT_NAMES |= {w.capitalize() for w in lexicon("en").get("subject_time_words") or []}
# A weekday before or after a name ("On Tuesday Amin announced", "Nyerere Sunday said"): the day, no part of the name.
NOT_NAMES |= {w.capitalize() for w in lexicon("en").get("weekdays") or {}}
# A ruler's or notable's style before his name ("Shaikh Isa bin Salman Al Khalifa"): no part of the name (``name_styles``).
NOT_NAMES |= set(lexicon("en").get("name_styles") or [])
# An office's words before a name ("Deputy Minister of Foreign Affairs Hoang Van Loi"): the title, what it is "of" (en.yaml
# ``office_domains``), and the name after them.
_OFFICE_OF = compile_opening(
    r"^(?:\S+\s+){0,3}?(?:of|for)\s+(?:" + "|".join(re.escape(d) for d in sorted(lexicon("en").get("office_domains") or [], key=len, reverse=True))
    + r")\s+(?=\S)"
)
OFFICE_OF = _OFFICE_OF  # read by the events' leaders too ("troops under Chief of Staff X", events/common.py)
# The same office's domain opening a run of capitals after the "of" or "for" before it ("Assistant Secretary of State for
# Inter-American Affairs Edwin M. Martin": the run starts after "for").
_DOMAIN_OPENING = compile_opening(
    r"^(?:" + "|".join(re.escape(d) for d in sorted(lexicon("en").get("office_domains") or [], key=len, reverse=True)) + r")\s+(?=\S)"
)
_DOMAIN_ALONE = compile_opening(
    r"(?:" + "|".join(re.escape(d) for d in sorted(lexicon("en").get("office_domains") or [], key=len, reverse=True)) + r")$"
)
# ... or after the "and" that joins it to another domain of the same office ("Minister of Youth and Defence Ogilvy Berlouis",
# "Minister of Planning and External Relations Maxime Ferrari"): the run starts after "and".
_OF_BEFORE = re.compile(r"\b(?:of|for)\s+(?:(?:[A-Z][\w'’-]*\s+){1,3}and\s+)?$")


# A state's adjective that opens a body's capitalised name ("the Chinese Liaison Office", "the Soviet Military Mission"):
# the body is that state's, the adjective part of its name, as "the Hungarian Trade Mission" keeps "Hungarian".
_STATE_ADJECTIVES = frozenset(lexicon("en").get("state_adjectives") or {})
_BODY_HEADS = frozenset(w.lower() for w in lexicon("en").get("actor_nouns") or [])


# A word of the run-opening ones (NOT_NAMES) that opens a body's own name ("the General People's Congress", "the
# International Olympic Committee"): kept with it when the run ends with a body's head word (en.yaml ``body_name_openers``,
# ``body_head_words``), as "General" before a person's name ("General Hugo Panasco Alvim") is his rank, dropped.
_BODY_OPENERS = frozenset(lexicon("en").get("body_name_openers") or [])
_BODY_ENDS = frozenset(lexicon("en").get("body_head_words") or [])


def _state_body(words: list[re.Match]) -> bool:
    named = [w.group() for w in words[1:]]
    if words[0].group() in _BODY_OPENERS and len(named) >= 2 and all(w[:1].isupper() for w in named) \
            and named[-1] in _BODY_ENDS and not any(w in NOT_NAMES for w in named):
        return True
    return words[0].group() in _STATE_ADJECTIVES and len(named) >= 2 and all(w[:1].isupper() for w in named) \
        and named[-1].lower() in _BODY_HEADS and not any(w in NOT_NAMES for w in named)


def find_unknown_names(text: str, known: list[Mention]) -> list[tuple[int, int, str]]:
    """Capitalised multi-word names in English text that no gazetteer mention covers: reported, never resolved.

    Leading function words and titles are dropped ("On August", "Deputy Foreign
    Minister" are not names); what remains must still be two words or more. Inside ``reading_variants`` a passage's
    names are read once for the page (its names of people and its surnames both ask for them).
    """
    taken = [(m.start, m.end) for m in known]
    read = _UNKNOWN_READ.get()
    key = (text, tuple(taken))
    if read is not None and (kept := read.get(key)) is not None:
        return list(kept)
    found = _unknown_names(text, taken)
    if read is not None:
        read[key] = tuple(found)
    return found


# The unknown names read on the page being read (``reading_variants``), by passage and the gazetteer's spans in it.
_UNKNOWN_READ: ContextVar[dict | None] = ContextVar("unknown_read", default=None)


def _unknown_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    found = []
    for m in _CAPITALISED_RUN.finditer(text):
        words = list(re.finditer(r"\S+", m.group()))
        while words and (words[0].group().rstrip("'’s") in NOT_NAMES or words[0].group()[0].islower()) and not _state_body(words):
            words.pop(0)
        while words and (words[-1].group() in NOT_NAMES or words[-1].group()[0].islower()):
            words.pop()
        office = _OFFICE_OF.match(m.group()) or (
            _DOMAIN_OPENING.match(m.group()) if _OF_BEFORE.search(text, max(0, m.start() - 48), m.start()) else None
        )
        if words and office and office.end() > words[0].start() \
                and len([w for w in words if w.start() >= office.end()]) >= 2:  # "Minister of Foreign Affairs Louis Lansana
            words = [w for w in words if w.start() >= office.end()]  # Béavogui": the name after the office ("Ministry of Foreign Affairs" alone stays)
        if len([w for w in words if w.group()[0].isupper()]) < 2 or not _joined_by_particles(words):
            continue
        start, end = m.start() + words[0].start(), m.start() + words[-1].end()
        if _DOMAIN_ALONE.match(text, start, end) and _OF_BEFORE.search(text, max(0, start - 48), start):
            continue  # "The Minister of Home Affairs reported": what the office is of, no one's name
        if (whose := _of_a_state(m.group(), words)) is not None:
            end = m.start() + whose  # "General Hugo Panasco Alvim of Brazil": the name, not the state that says whose
        if any(s < end and start < e for s, e in taken):
            continue
        found.append((start, end, text[start:end]))
    return found


def _joined_by_particles(words: list[re.Match]) -> bool:
    """Whether a run's small particles join one name: two capitalised words on one side of them at least ("Luis María de
    Pablo Pardo", "Humberto de Alencar Castelo Branco"), not one word on each ("Palacio de Carondelet", "Plaza de Mayo": a
    place's name, of no one). True for a run without them."""
    at = [i for i, w in enumerate(words) if w.group() in _SMALL_PARTICLES]
    if not at:
        return True
    before = sum(w.group()[0].isupper() for w in words[: at[0]])
    after = sum(w.group()[0].isupper() for w in words[at[-1] + 1 :])
    return before >= 2 or after >= 2


# natasha's tags that name a person, place or organisation (it tags nothing else)
_NER_TYPES = ("PER", "LOC", "ORG")


@cache
def _natasha():
    """natasha's news NER tagger, loaded once per process (the seed workers' parent loads it before they fork).

    The navec embeddings and the slovnet model ship inside the natasha wheel:
    nothing is downloaded.
    """
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


def find_ner_names(text: str, known: list[Mention]) -> list[tuple[int, int, str]]:
    """Names natasha's NER tags in Russian text that no gazetteer mention overlaps: reported, never resolved.

    Only offsets and the words as written are kept; natasha's guess of the
    type is not an entity id, so the gazetteer's mentions win any overlap.
    """
    taken = [(m.start, m.end) for m in known]
    return [(s, e, surface) for s, e, surface in _ner_spans(text) if not any(s < te and ts < e for ts, te in taken)]


@lru_cache(maxsize=4096)
def _ner_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """The tagger's spans of the whole text, as natasha's ``Doc.tag_ner`` finds them; the doc's segmentation
    into sentences and tokens (a sixth of the time) is left out: the spans come from the tagger alone, and
    the segments only attach tokens to them, which nothing here reads."""
    if not text.strip():  # as Doc.tag_ner: no spans in blank text
        return ()
    return tuple((s.start, s.stop, text[s.start : s.stop]) for s in _natasha()(text).spans if s.type in _NER_TYPES)


# --- A name the page spells otherwise than the gazetteer ("Ас-Салял" for "Ас-Салляль", "Shastry" for "Shastri") ----
# One word, capitalised (a small prefix joined by a hyphen allowed: "ас-Салялем"), in Latin or Cyrillic letters.
_WORD = compile_opening(r"(?<![^\W\d_])(?<!-)(?:[^\W\d_A-Z\u0410-\u042f\u0401]{1,3}-)?[A-Z\u0410-\u042f\u0401\u00c0-\u00de][^\W\d_]+(?:-[A-Z\u0410-\u042f\u0401][^\W\d_]+)*(?![\w-])")
_MIN_VARIANT = 5  # letters: shorter words differ by one letter from too many names
_VARIANT_RATIO = 85  # rapidfuzz ratio (0-100) of the word and the gazetteer's form, both in small letters
# The variants of the document being read, set by ``reading_variants``: the pattern of the words, and each word's entity.
_VARIANTS: ContextVar[tuple[re.Pattern, dict[str, Entity]] | None] = ContextVar("variants", default=None)


@cache
def _person_words() -> dict[tuple[str, str], list[tuple[str, Entity]]]:
    """The gazetteer's one-word forms of people (case forms included), in small letters, by their first two letters and
    their script; a form two people share is left out."""
    owners: dict[str, set[str]] = {}
    entities: dict[str, Entity] = {}
    for entity in gazetteer():
        if entity.kind != "person":
            continue
        for form in entity.surface_forms:
            if " " not in form and len(form) >= _MIN_VARIANT and not _CJK.search(form) and not form.isupper():
                owners.setdefault(form.casefold(), set()).add(entity.id)
                entities[form.casefold()] = entity
    index: dict[tuple[str, str], list[tuple[str, Entity]]] = {}
    for form, ids in owners.items():
        if len(ids) == 1:
            index.setdefault((form[:2], str(len(form) // 4)), []).append((form, entities[form]))
    return index


_HYPHENED = re.compile(r"\w+(?:-\w+)*")


def _words_written(page: str) -> set[str]:
    """Every word the page writes as it is written, a hyphened word also by each run of its parts ("ас-салялем" gives
    "ас", "салялем" and "ас-салялем"): read in one pass over the page, not one search per word."""
    written: set[str] = set()
    for token in dict.fromkeys(_HYPHENED.findall(page)):
        parts = token.split("-")
        written.update("-".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, min(len(parts), i + 4) + 1))
    return written


# A word a surname's particle stands before ("О. Сарайва де Карвалью": ru.yaml ``surname_particles``): the second word of
# the page's own compound surname, no one else's name spelt otherwise.
_AFTER_PARTICLE = compile_opening(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in sorted(lexicon("ru").get("surname_particles") or [], key=len, reverse=True))
    + r")[ \u00a0]([A-Z\u0410-\u042f\u0401][^\W\d_]+)" if lexicon("ru").get("surname_particles") else r"(?!)"
)


@cache
def _lexicon_words() -> frozenset[str]:
    """Every word the language files write in small letters, in their rules and examples ("вечером", "dinner"): a
    common word, no name spelt otherwise, though a sentence opens with it in capitals ("Вечером того же дня ...")."""
    found: set[str] = set()
    for language in LANGUAGES:
        for item in strings(language):
            found.update(w for w in re.findall(r"[^\W\d_]{4,}", item) if w.islower())
    return frozenset(found)


# A word the page writes alone between quotation marks (the tanker "Manuela", «Восток», operation 'Musketeer'): a ship's,
# an operation's or a paper's name, no person's name spelt otherwise.
_QUOTED_WORD = re.compile(r"[\"\u201c\u201e\u00ab'\u2018]([^\W\d_][\w-]*)[\"\u201d\u201c\u00bb'\u2019]")


def page_variants(texts: list[str]) -> dict[str, Entity]:
    """Each capitalised word of the page that the gazetteer does not know but that is one person's one-word form spelt
    otherwise ("Ас-Салял" and "ас-Салялем" for Abdullah al-Sallal, whose forms are "Ас-Салляль", "Ас-Салляльем"): the
    person, when the rapidfuzz ratio of the two in small letters reaches ``_VARIANT_RATIO`` for him alone. A word the
    page or a language file (``_lexicon_words``) writes in small letters is no name, nor one it writes between quotation
    marks (the tanker "Manuela" is not Mandela)."""
    from rapidfuzz import fuzz

    forms, index = _pattern()[1], _person_words()
    page = "\n".join(texts)
    written = _words_written(page)
    compound = {m[1] for m in _AFTER_PARTICLE.finditer(page)}
    quoted = {m[1] for m in _QUOTED_WORD.finditer(page)}
    found: dict[str, Entity] = {}
    for word in dict.fromkeys(m[0] for m in _WORD.finditer(page)):
        folded = word.casefold()
        if len(word) < _MIN_VARIANT or word in forms or word.isupper() or folded in written or word in compound or word in quoted \
                or folded in _lexicon_words():
            continue
        band = len(folded) // 4
        best: dict[str, tuple[float, Entity]] = {}
        for key in ((folded[:2], str(band - 1)), (folded[:2], str(band)), (folded[:2], str(band + 1))):
            for form, entity in index.get(key, ()):
                if (score := fuzz.ratio(folded, form, score_cutoff=_VARIANT_RATIO)) and score > best.get(entity.id, (0, None))[0]:
                    best[entity.id] = (score, entity)
        if len(best) == 1 and not _another_name(word, next(iter(best.values()))[1], page):
            found[word] = next(iter(best.values()))[1]
    return found


_LATIN_WORD = compile_opening(r"^[A-Za-z\u00c0-\u024f-]+$")


def _another_name(word: str, person: Entity, page: str) -> bool:
    """Whether a Latin word near one of ``person``'s forms names someone else: it is one of his forms with letters added or
    cut at its end ("Palmer" is not Palme, "Zhivko" is not Zhivkov: in English spelling that makes another surname or a
    given name), or the page writes it beside a given name or surname of its own that is none of his ("Rolf Schumann",
    "Yutaka Kanda", "Chang Do Yong": another man of a like name)."""
    if not _LATIN_WORD.match(word):
        return False
    folded = word.casefold()
    if any(form.startswith(folded) or folded.startswith(form)
           for form in (f.casefold() for f in person.surface_forms if " " not in f) if len(form) >= _MIN_VARIANT):
        return True
    his = {w.casefold().strip(".,") for form in person.surface_forms for w in form.split()}
    for m in re.finditer(r"(?<![\w.])(?<![.!?]\s)(?<!^)([A-Z][a-z\u00e0-\u024f]+\.?\s+)?" + re.escape(word) + r"(\s+[A-Z][a-z\u00e0-\u024f]+)?(?![\w-])",
                         page, re.MULTILINE):  # a word opening a sentence ("Then Gromiko told") stands beside no name
        beside = [w.strip().rstrip(".") for w in (m[1], m[2]) if w]
        if any(w.casefold() not in his and w.casefold() not in _TITLES for w in beside):
            return True
    return False


_TITLES = frozenset(t.casefold() for lang in ("en", "ru") for t in lexicon(lang).get("titles") or [] if " " not in t) \
    | frozenset(t.casefold() for t in lexicon("en").get("participant_surname_titles") or [])


@contextmanager
def reading_variants(texts: list[str]) -> Iterator[None]:
    """Within it, ``find_mentions`` also finds the words of ``page_variants(texts)`` as their people."""
    variants = page_variants(texts)
    pattern = compile_opening(_NOT_AFTER_WORD + "(?:" + "|".join(re.escape(w) for w in sorted(variants, key=len, reverse=True)) + ")" + _NOT_BEFORE_WORD) if variants else None
    token = _VARIANTS.set((pattern, variants) if pattern else None)
    read_token = _UNKNOWN_READ.set({})
    try:
        yield
    finally:
        _VARIANTS.reset(token)
        _UNKNOWN_READ.reset(read_token)
