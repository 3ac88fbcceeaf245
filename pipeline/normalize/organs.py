"""A party's own body named without the party: the writer's party's body.

"The Central Committee will convene a plenum" in Zhivkov's letter, "中央决定……" in Deng Xiaoping's cable, "ЦК
рассмотрел" in a Soviet note: each names the body of the party the document is written from. That party is the
sender's (a party leader speaks for his party: the gazetteer's ``side``; a state's official for the state, whose
ruling party is the gazetteer's ``party``; a party body is its party's), else the party of the state whose records
are written in the passage's language (``party_organs_home`` in en.yaml: Chinese for the CCP, Russian for the CPSU).
The bare names (``party_organs`` in en.yaml, the English names the other rules give a group: "Central Committee",
"Politburo", "Presidium") each list the forms their body goes by, "{party}" standing for each short name of the
party ("BCP" -> "BCP CC"): the first form the gazetteer knows names the body. The Presidium and the Central
Committee stay two bodies. A state's bodies named bare ("the Ministry of Foreign Affairs", "МИД", "外交部":
``state_bodies`` in en.yaml, forms over the state's English adjectives) are the writer's state's the same way, and
so is a mission named bare ("驻坦桑尼亚使馆": ``bare_missions`` in zh.yaml).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from pipeline.normalize.lexicon import lexicon
from pipeline.normalize.names import Entity, entity, gazetteer, lookup


@cache
def _organ_forms() -> dict[str, tuple[str, ...]]:
    return {name.casefold(): tuple(forms) for name, forms in (lexicon("en").get("party_organs") or {}).items()}


@cache
def _parties() -> tuple[Entity, ...]:
    """The parties the gazetteer knows as a state's ruling party or as the side a person speaks for."""
    ids = {e.party for e in gazetteer() if e.party} | {e.side for e in gazetteer() if e.side and e.side.startswith("org/")}
    return tuple(p for p in map(entity, sorted(ids)) if p is not None)


@cache
def party_ids() -> frozenset[str]:
    """The ids of ``_parties``: an entity is one of them when its id is (the gazetteer makes one entity per id), told
    by one hash rather than by comparing it field by field with each party."""
    return frozenset(p.id for p in _parties())


def party_of(found: Entity | None, depth: int = 0) -> Entity | None:
    """The party an entity writes from: a party itself, a state's ruling party, a person's side's, a party body's."""
    if found is None or depth > 2:
        return None
    if found.id in party_ids():
        return found
    if found.party:
        return entity(found.party)
    if found.side:
        return party_of(entity(found.side), depth + 1)
    if found.kind == "organisation":  # "Central Committee of the Communist Party of the Soviet Union": the CPSU's
        return next((p for p in _parties() if any(len(n) > 5 and n in found.name for n in (p.name, *p.aliases))), None)
    return None


def writer_party(senders: list[str], language: str | None) -> Entity | None:
    """The party a document is written from: its first sender's that shows one, else its language's home state's."""
    for name in senders:
        if (party := party_of(lookup(name))) is not None:
            return party
    home = (lexicon("en").get("party_organs_home") or {}).get(language or "")
    return party_of(entity(home)) if home else None


def party_organ(name: str, party: Entity | None) -> str | None:
    """The canonical name of ``party``'s body that the bare ``name`` stands for ("Central Committee" of the BCP:
    "Central Committee of the Bulgarian Communist Party"), None for any other name or a body the gazetteer lacks."""
    forms = _organ_forms().get(name.casefold().removeprefix("the "))
    if not forms or party is None:
        return None
    for short in (n for n in (party.name, *party.aliases) if n.isascii()):
        for form in forms:
            if (found := lookup(form.format(party=short))) is not None:
                return found.name
    return None


@cache
def _adjectives() -> dict[str, tuple[str, ...]]:
    """Each state's id with the English adjectives en.yaml's state_adjectives gives it ("Soviet", "Russian")."""
    found: dict[str, tuple[str, ...]] = {}
    for adjective, state in (lexicon("en").get("state_adjectives") or {}).items():
        if (e := lookup(state)) is not None:
            found[e.id] = (*found.get(e.id, ()), adjective)
    return found


@cache
def _mission_phrases() -> dict[str, tuple[tuple[str, int, str, tuple[str, ...]], ...]]:
    """By the first word of each adjective of ``_adjectives``: the adjective as a word (" Soviet "), its length, its
    state's id, and the phrases it opens with each mission word (" Soviet Embassy "), put together once rather than
    at every name read."""
    missions = (lexicon("en").get("title_parties") or {}).get("missions") or []
    by_word: dict[str, list] = {}
    for state, adjectives in _adjectives().items():
        for a in adjectives:
            by_word.setdefault(a.split()[0] if a.split() else "", []).append((f" {a} ", len(a), state, tuple(f" {a} {m} " for m in missions)))
    return {word: tuple(entries) for word, entries in by_word.items()}


def _named_by_adjective(name: str) -> Entity | None:
    """The state whose English adjective names the mission that writes (``missions`` of title_parties in en.yaml:
    "Hungarian Legation in Tirana": Hungary), the longest adjective first."""
    padded, phrases_by_word = f" {name} ", _mission_phrases()
    found = [(length, state) for word in {*name.split(), ""} for adjective, length, state, phrases in phrases_by_word.get(word, ())
             if adjective in padded and any(phrase in padded for phrase in phrases)]  # only the adjectives whose first word the name holds
    return entity(max(found)[1]) if found else None


@cache
def _ruling_states() -> dict[str, Entity]:
    """Each ruling party's id with the first state the gazetteer gives it as its ``party``."""
    states: dict[str, Entity] = {}
    for e in gazetteer():
        if e.party:
            states.setdefault(e.party, e)
    return states


def _ruled_by(party: Entity | None) -> Entity | None:
    """The state whose ruling party ``party`` is (the gazetteer's ``party`` of a state: the VWP's North Vietnam)."""
    return _ruling_states().get(party.id) if party is not None else None


def writer_state(senders: list[str], language: str | None, body: str | None = None,
                 homes: frozenset[str] = frozenset()) -> Entity | None:
    """The state a document is written from: its first sender that is a state, speaks for one or for its ruling party;
    else the state ruled by the party whose body's meeting the record records ("Vietnam Workers' Party Politburo");
    else the state whose adjective opens a sender's name ("Hungarian Legation in Tirana");
    else the one government the document is written inside (offices.yaml ``homes``: a FRUS page's United States);
    else its language's home state."""
    for name in senders:
        found = lookup(name)
        side = entity(found.side) if found is not None and found.side else None
        for candidate in (found, side):
            if candidate is not None and candidate.is_state:
                return candidate
            if candidate is not None and candidate.id in party_ids():
                return _ruled_by(candidate)
    if body and (state := _ruled_by(party_of(lookup(body)))) is not None:
        return state
    for name in senders:  # "Hungarian Legation in Tirana", "Soviet Embassy in Peking": the state its adjective names
        if (state := _named_by_adjective(name)) is not None:
            return state
    if len(homes) == 1 and (state := lookup(next(iter(homes)))) is not None and state.is_state:
        return state
    home = (lexicon("en").get("party_organs_home") or {}).get(language or "")
    return entity(home) if home else None


def state_body(name: str, state: Entity | None) -> str | None:
    """The canonical name of ``state``'s body that the bare ``name`` stands for ("Ministry of Foreign Affairs" of
    China: the PRC's), None for any other name or a body the gazetteer lacks."""
    forms = {k.casefold(): v for k, v in (lexicon("en").get("state_bodies") or {}).items()}.get(name.casefold().removeprefix("the "))
    if not forms or state is None:
        return None
    for adjective in _adjectives().get(state.id, ()):
        for form in forms:
            if (found := lookup(form.format(state=adjective))) is not None:
                return found.name
    return None


def own_organs(senders: list[str], language: str | None, body: str | None = None,
               homes: frozenset[str] = frozenset()) -> Callable[[str], str]:
    """A name as it stays, or the writer's party's or state's body where it is a bare body's name."""
    party, state = writer_party(senders, language), writer_state(senders, language, body, homes)
    return lambda name: party_organ(name, party) or state_body(name, state) or name
