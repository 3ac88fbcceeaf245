"""Canonical names of people, places and organisations from the gazetteer.

Archival titles name people by pseudonym and honorific ("Cde. Filippov
[Stalin]"): the bracketed real name wins, honorifics go, and every alias in
``pipeline/reference/gazetteer.yaml`` (any script, any case) maps to one
canonical name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

_HONORIFIC = re.compile(
    r"^(?:(?:Cde|Comrade|Comr|Tov|Тов|Товарищу?|Mr|Gen|General|Chairman|Marshal)\.?\s+)+", re.IGNORECASE
)
_BRACKET = re.compile(r"^(?P<outer>.*?)\s*[\[(](?P<inner>[^\])]+)[\])]\s*$")


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    wikidata: str | None = None


@cache
def gazetteer() -> tuple[Entity, ...]:
    raw = yaml.safe_load(resources.files("pipeline.reference").joinpath("gazetteer.yaml").read_text("utf-8"))
    return tuple(
        Entity(e["id"], e["name"], e["kind"], tuple(e.get("aliases") or ()), e.get("wikidata")) for e in raw
    )


@cache
def _alias_index() -> dict[str, Entity]:
    index: dict[str, Entity] = {}
    for entity in gazetteer():
        for form in (entity.name, *entity.aliases):
            index.setdefault(form.casefold(), entity)
    return index


def lookup(surface: str) -> Entity | None:
    """The entity a surface form names, honorifics ignored, or None."""
    cleaned = _HONORIFIC.sub("", surface.strip(" .,:;!\"“”")).strip()
    return _alias_index().get(cleaned.casefold())


def canonical_name(surface: str) -> str:
    """Canonical name for a name as written; an unknown name comes back cleaned, not guessed."""
    surface = " ".join(surface.split())
    match = _BRACKET.match(surface)
    if match:
        for part in (match["inner"], match["outer"]):
            entity = lookup(part)
            if entity:
                return entity.name
    entity = lookup(surface)
    if entity:
        return entity.name
    return _HONORIFIC.sub("", surface).strip(" .,:;!")
