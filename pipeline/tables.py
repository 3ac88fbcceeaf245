"""Everything derived from the table declarations in ``schemas/``.

The Arrow schema (how Parquet is written), the pandera schema (how rows are
validated), DuckDB's column types and comments, and the schema fingerprint all
come from one declaration, so they cannot disagree.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

import pyarrow as pa

from pipeline.publish import sql
from schemas import Column, Table, table, tables

if TYPE_CHECKING:  # pandas and pandera: imported where rows are validated, not by every build that imports this module
    import pandas as pd
    import pandera.pandas as pa_pd

SEED_TABLES = ("documents", "passages", "subdocuments", "events", "mentions", "rejects")  # the tables one seed's rows fill

_ARROW_SCALARS = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
}
_DUCKDB_SCALARS = {"string": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN", "date": "DATE"}


def arrow_type(column: Column) -> pa.DataType:
    if column.type in _ARROW_SCALARS:
        return _ARROW_SCALARS[column.type]
    if column.type == "list<string>":
        return pa.list_(pa.string())
    if column.type == "list<int64>":
        return pa.list_(pa.int64())
    struct = pa.struct([pa.field(f.name, _ARROW_SCALARS[f.type]) for f in column.fields])
    return pa.list_(struct)


def duckdb_type(column: Column) -> str:
    if column.type in _DUCKDB_SCALARS:
        return _DUCKDB_SCALARS[column.type]
    if column.type == "list<string>":
        return "VARCHAR[]"
    if column.type == "list<int64>":
        return "BIGINT[]"
    inner = ", ".join(f"{sql.ident(f.name)} {_DUCKDB_SCALARS[f.type]}" for f in column.fields)
    return f"STRUCT({inner})[]"


@cache
def arrow_schema(name: str) -> pa.Schema:
    t = table(name)
    fields = [
        pa.field(c.name, arrow_type(c), nullable=c.nullable, metadata={"description": c.description})
        for c in t.columns
    ]
    return pa.schema(fields, metadata={"table": t.name, "description": t.description})


def _checks(column: Column) -> list[pa_pd.Check]:
    import pandera.pandas as pa_pd

    checks = []
    if column.allowed is not None:
        checks.append(pa_pd.Check.isin(list(column.allowed)))
    if column.pattern is not None:
        checks.append(pa_pd.Check.str_matches(column.pattern))
    if column.min is not None:
        checks.append(pa_pd.Check.ge(column.min))
    if column.max is not None:
        checks.append(pa_pd.Check.le(column.max))
    return checks


@cache
def pandera_schema(name: str) -> pa_pd.DataFrameSchema:
    """The pandera schema of a table, for frames read with ``types_mapper=pd.ArrowDtype``."""
    import pandas as pd
    import pandera.pandas as pa_pd

    t = table(name)
    columns = {
        c.name: pa_pd.Column(
            pd.ArrowDtype(arrow_type(c)),
            checks=_checks(c),
            nullable=c.nullable,
            unique=c.unique,
            description=c.description,
            title=c.name,
        )
        for c in t.columns
    }
    return pa_pd.DataFrameSchema(
        columns,
        strict=True,
        ordered=True,
        unique=list(t.primary_key) if len(t.primary_key) > 1 else None,
        name=t.name,
        description=t.description,
    )


def to_frame(data: pa.Table) -> pd.DataFrame:
    """An Arrow table as a pandas frame with Arrow-backed dtypes (lossless both ways)."""
    import pandas as pd

    return data.to_pandas(types_mapper=pd.ArrowDtype)


def from_rows(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts keyed by column name) as an Arrow table of the declared schema."""
    schema = arrow_schema(name)
    # Column by column, as pa.Table.from_pylist builds them, without first copying every row into a dict of the columns.
    return pa.Table.from_arrays([[r.get(k) for r in rows] for k in schema.names], schema=schema)


def empty(name: str) -> pa.Table:
    return arrow_schema(name).empty_table()


def duckdb_create_sql(name: str, references: Iterable[str] = ()) -> str:
    """CREATE TABLE with the declared types, NOT NULLs and primary key, and the foreign keys to ``references``.

    A foreign key into the table itself (passages.aligned_passage_id) is left
    out: DuckDB checks it row by row during the insert, before the row it
    points at is in. The release's integrity check covers it.
    """
    t = table(name)
    columns = [
        sql.render("column_definition" if c.nullable else "column_definition_not_null", column=c.name, type=sql.SQL(duckdb_type(c)))
        for c in t.columns
    ]
    foreign = [
        sql.render("foreign_key", columns=list(fk.columns), table=fk.table, ref_columns=list(fk.ref_columns))
        for fk in t.foreign_keys
        if fk.table in set(references) and fk.table != name
    ]
    return sql.render("create_table", table=t.name, columns=columns, key=t.primary_key, foreign_keys=sql.SQL("".join(", " + f for f in foreign)))


def creation_order(names: Iterable[str]) -> list[str]:
    """``names`` ordered so that a table comes after every table its foreign keys point at."""
    pending, ordered = list(names), []
    while pending:
        ready = [n for n in pending if all(fk.table in ordered or fk.table == n or fk.table not in pending for fk in table(n).foreign_keys)]
        if not ready:
            raise ValueError(f"foreign keys form a cycle among {pending}")
        ordered += ready
        pending = [n for n in pending if n not in ready]
    return ordered


def duckdb_comment_sql(name: str) -> list[str]:
    t = table(name)
    statements = [sql.render("comment_table", table=t.name, text=sql.literal(t.description))]
    statements += [sql.render("comment_column", table=t.name, column=c.name, text=sql.literal(c.description)) for c in t.columns]
    return statements


def schema_description(t: Table) -> dict:
    """The parts of a table's declaration that shape its data (for fingerprints and diffs)."""
    return {
        "name": t.name,
        "primary_key": list(t.primary_key),
        "columns": [
            {"name": c.name, "type": str(arrow_type(c)), "nullable": c.nullable, "allowed": c.allowed}
            for c in t.columns
        ],
    }


def schema_fingerprint() -> str:
    payload = json.dumps([schema_description(t) for t in tables().values()], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def check_rows(name: str, data: pa.Table) -> list[str]:
    """Cheap per-seed checks of the declaration, in Arrow: nulls, allowed values, patterns, bounds, unique keys.

    The assembled tables are validated once with the full pandera schema;
    this catches a seed's broken rows early, so the reject names the seed.
    """
    import pyarrow.compute as pc

    problems = []
    t = table(name)
    for c in t.columns:
        column = data.column(c.name)
        if not c.nullable and column.null_count:
            problems.append(f"{name}.{c.name}: {column.null_count} null value(s)")
        if c.allowed is None and c.pattern is None and c.min is None and c.max is None and not c.unique:
            continue  # nothing more to check (most columns): their values are not even gathered
        if c.pattern is None and _plainly_within(c, column):
            continue  # a seed's few values, looked at in Python: every one allowed, within bounds, unique where it must be
        values = column.drop_null()
        if not len(values):
            continue
        bad = None
        if c.allowed is not None:
            allowed = pc.is_in(values, value_set=_allowed_values(c.allowed, values.type))
            bad = None if pc.all(allowed).as_py() else pc.invert(allowed)
        elif c.pattern is not None:
            bad = pc.invert(pc.match_substring_regex(values, c.pattern))
        elif (c.min is not None or c.max is not None) and _within(pc.min_max(values), c.min, c.max):
            pass  # the smallest and largest values are within the bounds (as nearly always): no value to point at
        elif c.min is not None or c.max is not None:
            low = pc.less(values, c.min) if c.min is not None else None
            high = pc.greater(values, c.max) if c.max is not None else None
            bad = low if high is None else high if low is None else pc.or_(low, high)
        if bad is not None and pc.any(bad).as_py():
            examples = values.filter(bad).slice(0, 3).to_pylist()
            problems.append(f"{name}.{c.name}: value(s) outside the declaration: {examples}")
        if c.unique and pc.count_distinct(values).as_py() != len(values):
            problems.append(f"{name}.{c.name}: repeated values")
    return problems


def _plainly_within(column: Column, values: pa.ChunkedArray) -> bool:
    """True when ``values`` (nulls aside) break none of the column's rules, decided in Python: for a seed's few rows a
    dozen Arrow kernel calls cost more than the values themselves. False sends the column through the Arrow checks,
    which name the values that break a rule (NaN compares as Arrow compares it: neither below nor above a bound)."""
    present = [v for v in values.to_pylist() if v is not None]
    if column.allowed is not None:
        allowed = _allowed_set(column.allowed, values.type)
        if not all(v in allowed for v in present):
            return False
    elif column.min is not None or column.max is not None:
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
            return False
        if column.min is not None and any(v < column.min for v in present):
            return False
        if column.max is not None and any(v > column.max for v in present):
            return False
    if not column.unique:
        return True
    return all(type(v) in (str, int) for v in present) and len(set(present)) == len(present)  # floats: Arrow's NaN rules


@cache
def _allowed_set(allowed, value_type: pa.DataType) -> frozenset:
    """The allowed values as Python sees them after Arrow made them values of the column's type."""
    return frozenset(_allowed_values(allowed, value_type).to_pylist())


def _within(extremes: pa.StructScalar, low, high) -> bool:
    """The smallest and largest of a column's values (NaN left out, as the comparisons leave it) within its bounds."""
    smallest, largest = extremes["min"].as_py(), extremes["max"].as_py()
    return not ((low is not None and smallest < low) or (high is not None and largest > high))


@cache
def _allowed_values(allowed, value_type: pa.DataType) -> pa.Array:
    """A column's allowed values as an Arrow array, made once per column rather than for every seed."""
    return pa.array(list(allowed), value_type)


def validate_file(name: str, path, batch_rows: int = 200_000) -> pd.DataFrame | None:
    """The pandera failure cases of a Parquet file of table ``name`` (None when every row passes).

    Read in batches, so memory does not grow with the table (see
    ``validate_batches`` for the memory of each batch). Uniqueness of the key
    across batches is the key check's (``integrity_problems``).
    """
    import pyarrow.parquet as pq

    handle = pq.ParquetFile(path)
    return validate_batches(name, handle.iter_batches(batch_size=batch_rows) if handle.metadata.num_rows else iter(()))


RELEASE_AFTER_ROWS = 20_000
"""A validated batch of at least this many rows has its memory handed back before the next (a collection costs ~0.1 s
with Dagster loaded: worth it after a large batch, not after the few rows of a build that adds one seed)."""


def validate_batches(name: str, batches: Iterable[pa.RecordBatch]) -> pd.DataFrame | None:
    """The pandera failure cases of rows of table ``name`` given a batch at a time (None when every row passes; no
    batch at all is an empty table, whose columns are still checked). After a batch of ``RELEASE_AFTER_ROWS`` rows or
    more, its memory is handed back before the next is read (Arrow's pool and malloc would keep the pages of every
    batch)."""
    import pandas as pd

    from pipeline.memory import release_memory

    schema, failures, seen = pandera_schema(name), [], False
    for batch in batches:
        seen = True
        failures += _failure_cases(schema, name, pa.Table.from_batches([batch]))
        if batch.num_rows >= RELEASE_AFTER_ROWS:
            del batch
            release_memory()  # with a collection: the frames pandera validated are held in cycles, and their Arrow buffers with them
    if not seen:
        failures += _failure_cases(schema, name, arrow_schema(name).empty_table())
    return pd.concat(failures, ignore_index=True) if failures else None


def _failure_cases(schema: pa_pd.DataFrameSchema, name: str, data: pa.Table) -> list[pd.DataFrame]:
    import pandera.errors

    try:
        schema.validate(to_frame(data.cast(arrow_schema(name))), lazy=True)
    except pandera.errors.SchemaErrors as err:
        return [err.failure_cases]
    return []


def count_rows(path) -> int:
    import pyarrow.parquet as pq

    return pq.read_metadata(path).num_rows
