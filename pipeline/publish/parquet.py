"""The one way a table is written to Parquet: declared schema, deterministic order, checksums."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import tables
from schemas import table as declared

WRITE_OPTIONS = dict(compression="zstd", compression_level=9, use_dictionary=True, write_statistics=True, store_schema=True)


@dataclass(frozen=True)
class FileInfo:
    path: Path
    rows: int
    bytes: int
    sha256: str


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def file_info(path: Path, rows: int | None = None) -> FileInfo:
    """Rows, bytes and sha256 of a Parquet file (rows read from its footer when not given)."""
    if rows is None:
        rows = pq.read_metadata(path).num_rows
    return FileInfo(path, rows, path.stat().st_size, sha256_file(path))


def conform(name: str, data: pa.Table) -> pa.Table:
    """``data`` cast to the declared schema (columns in declared order) and sorted by the declared key."""
    schema = tables.arrow_schema(name)
    data = data.select(schema.names).cast(schema)
    keys = [(column, "ascending") for column in declared(name).sort_by]
    return data.sort_by(keys) if data.num_rows else data


def write_table(name: str, data: pa.Table, path: Path) -> FileInfo:
    """Writes ``data`` as table ``name`` to ``path`` atomically and returns its rows, bytes and sha256."""
    data = conform(name, data)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    pq.write_table(data, partial, **WRITE_OPTIONS)
    os.replace(partial, path)
    return file_info(path, data.num_rows)


def read_table(name: str, path: Path) -> pa.Table:
    return pq.read_table(path, schema=tables.arrow_schema(name))
