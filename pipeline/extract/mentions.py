"""Where the gazetteer's people, places and organisations are named in a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.normalize.names import Entity, gazetteer


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
        for form in (entity.name, *entity.aliases):
            forms.setdefault(form, entity)
    ordered = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![\w-])")
    return pattern, forms


def find_mentions(text: str) -> list[Mention]:
    """Gazetteer names in ``text`` (exact surface forms, longest first, as written)."""
    pattern, forms = _pattern()
    return [Mention(m.start(), m.end(), m.group(), forms[m.group()]) for m in pattern.finditer(text)]
