"""The data contract: one YAML declaration per table in this folder.

Every other description of a table (the pandera schema, the Arrow schema the
Parquet files are written with, DuckDB's column comments, the dataset card's
schema section) is derived from these declarations by ``pipeline.tables``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

# libyaml's parser where PyYAML was built with it (the pinned wheels are): the same documents, read ~6x faster than
# PyYAML's pure-Python one, which a build otherwise spends on the reference data before its first seed.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    """A YAML document of ours (reference data, declarations) as Python values, like ``yaml.safe_load``."""
    return yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 - a safe loader


HERE = Path(__file__).parent
TABLE_ORDER = ("documents", "passages", "subdocuments", "events", "event_types", "entities", "mentions", "links", "rejects")
SCALAR_TYPES = {"string", "int64", "float64", "bool", "date", "list<string>", "list<int64>", "list<struct>"}


@dataclass(frozen=True)
class Field:
    name: str
    type: str


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    nullable: bool = True
    unique: bool = False
    allowed: tuple[str, ...] | None = None
    pattern: str | None = None
    min: float | None = None
    max: float | None = None
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    sort_by: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default=())

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _column(spec: dict) -> Column:
    if spec["type"] not in SCALAR_TYPES:
        raise ValueError(f"column {spec['name']}: unknown type {spec['type']!r}")
    return Column(
        name=spec["name"],
        type=spec["type"],
        description=spec["description"],
        nullable=spec.get("nullable", True),
        unique=spec.get("unique", False),
        allowed=tuple(spec["allowed"]) if "allowed" in spec else _allowed_from(spec.get("allowed_from")),
        pattern=spec.get("pattern"),
        min=spec.get("min"),
        max=spec.get("max"),
        fields=tuple(Field(f["name"], f["type"]) for f in spec.get("fields", ())),
    )


@cache
def vocabulary(name: str) -> tuple[dict, ...]:
    """The rows of a controlled vocabulary in ``schemas/vocabularies/<name>.yaml`` (event types, ...)."""
    return tuple(load_yaml((HERE / "vocabularies" / f"{name}.yaml").read_text(encoding="utf-8")))


def _allowed_from(name: str | None) -> tuple[str, ...] | None:
    """A column's allowed values read from a vocabulary ("allowed_from: event_types")."""
    if name is None:
        return None
    key = name.removesuffix("s")  # event_types holds event_type values
    return tuple(row[key] for row in vocabulary(name))


def load_table(path: Path) -> Table:
    spec = load_yaml(path.read_text(encoding="utf-8"))
    return Table(
        name=spec["name"],
        description=" ".join(spec["description"].split()),
        columns=tuple(_column(c) for c in spec["columns"]),
        primary_key=tuple(spec["primary_key"]),
        sort_by=tuple(spec["sort_by"]),
        foreign_keys=tuple(
            ForeignKey(tuple(fk["columns"]), fk["table"], tuple(fk["ref_columns"]))
            for fk in spec.get("foreign_keys", ())
        ),
    )


@cache
def tables() -> dict[str, Table]:
    """All declared tables, in publication order."""
    found = {p.stem: load_table(p) for p in sorted(HERE.glob("*.yaml"))}
    for stem, table in found.items():
        if table.name != stem:
            raise ValueError(f"schemas/{stem}.yaml declares table {table.name!r}; the file stem must match")
    order = [n for n in TABLE_ORDER if n in found] + sorted(set(found) - set(TABLE_ORDER))
    return {name: found[name] for name in order}


def table(name: str) -> Table:
    return tables()[name]
