"""The SQL of assembly, integrity checks and links, one statement per file, and the only way to fill in names.

Values (file lists, paths, thresholds) are always bound as parameters
(``$files``); only identifiers (table and column names, which come from the
declarations in ``schemas/``, never from a seed) are put into the text, by
``render``, which refuses anything that is not a plain identifier and quotes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def ident(name: str) -> str:
    """A table or column name, quoted; anything but letters, digits and underscores is refused."""
    if not isinstance(name, str) or not _IDENTIFIER.match(name):
        raise ValueError(f"not an SQL identifier: {name!r}")
    return f'"{name}"'


def idents(names: Iterable[str]) -> str:
    return ", ".join(ident(n) for n in names)


@cache
def load(name: str) -> str:
    return (HERE / f"{name}.sql").read_text(encoding="utf-8")


def render(name: str, **identifiers: str | Iterable[str]) -> str:
    """The statement in ``<name>.sql`` with each ``{{ placeholder }}`` replaced by a quoted identifier (or a list of them)."""
    quoted = {key: ident(value) if isinstance(value, str) else idents(value) for key, value in identifiers.items()}

    def fill(match: re.Match) -> str:
        return quoted[match.group(1)]

    return _PLACEHOLDER.sub(fill, load(name))
