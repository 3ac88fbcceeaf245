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


class SQL(str):
    """Text that is SQL already: a statement or fragment read from this folder and filled by ``render``, or a literal."""


def literal(text: str) -> SQL:
    """A string literal, for the few statements that cannot bind parameters (``COMMENT ON``); only for text of ours."""
    return SQL("'" + text.replace("'", "''") + "'")


@cache
def load(name: str) -> SQL:
    return SQL((HERE / f"{name}.sql").read_text(encoding="utf-8"))


def render(name: str, **values: str | SQL | Iterable[str] | Iterable[SQL]) -> SQL:
    """The statement in ``<name>.sql`` with each ``{{ placeholder }}`` filled.

    A plain string is an identifier (checked and quoted), a list of them a
    comma-separated list; ``SQL`` (what ``render`` and ``literal`` return), or a
    list of it, goes in as it is. Nothing else is accepted.
    """
    filled = {key: _fill(value) for key, value in values.items()}

    def fill(match: re.Match) -> str:
        return filled[match.group(1)]

    return SQL(_PLACEHOLDER.sub(fill, load(name)))


def _fill(value) -> str:
    if isinstance(value, SQL):
        return value
    if isinstance(value, str):
        return ident(value)
    items = list(value)
    if all(isinstance(item, SQL) for item in items):
        return ", ".join(items)
    return idents(items)
