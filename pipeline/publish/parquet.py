"""The one way a table is written to Parquet: declared schema, deterministic order, checksums."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import table as declared

# zstd at its default level 3: on the tables of 10,000 seeds, 14.8 MB in 0.75 s of CPU where level 9 gave 13.5 MB in 2.2 s
# (level 6: 13.8 MB, 1.4 s); every build writes every table, so the CPU counts more than the 10 % of size.
WRITE_OPTIONS = dict(compression="zstd", compression_level=3, use_dictionary=True, write_statistics=True, store_schema=True)


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
    from pipeline import (
        tables,  # pandas and pandera: only when a table is written, not for a build with nothing to do
    )

    schema = tables.arrow_schema(name)
    data = data.select(schema.names).cast(schema)
    keys = [(column, "ascending") for column in declared(name).sort_by]
    return data.sort_by(keys) if data.num_rows else data


ROW_GROUP_ROWS = 100_000


class _HashingFile:
    """A write-only file that hashes what goes through it, so each file is hashed as it is written, once."""

    def __init__(self, path: Path):
        self._handle = open(path, "wb")  # noqa: SIM115 - closed by close()
        self.digest = hashlib.sha256()
        self.bytes = 0
        self.closed = False

    def write(self, data) -> int:
        view = memoryview(data)
        self.digest.update(view)
        self.bytes += view.nbytes
        return self._handle.write(view)

    def flush(self) -> None:
        self._handle.flush()

    def tell(self) -> int:
        return self.bytes

    def close(self) -> None:
        if not self.closed:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            self.closed = True


def write_table(name: str, data: pa.Table, path: Path) -> FileInfo:
    """Writes ``data`` as table ``name`` to ``path`` atomically and returns its rows, bytes and sha256."""
    data = conform(name, data)
    return write_batches(name, iter(data.to_batches()), path, ordered=True)


def write_batches(name: str, batches, path: Path, ordered: bool = True) -> FileInfo:
    """Streams record batches already in key order into ``path`` (atomically), in row groups of a fixed size.

    The row groups do not depend on how the batches were cut, so the same
    rows give the same bytes; the file is hashed as it is written and
    fsynced before it is renamed into place.
    """
    from pipeline import tables

    schema = tables.arrow_schema(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    sink = _HashingFile(partial)
    rows, buffer, buffered = 0, [], 0
    try:
        with pq.ParquetWriter(sink, schema, **WRITE_OPTIONS) as writer:
            for batch in batches:
                batch = _cast(batch, schema)
                buffer.append(batch)
                buffered += batch.num_rows
                while buffered >= ROW_GROUP_ROWS:
                    table = pa.Table.from_batches(buffer, schema=schema)
                    writer.write_table(table.slice(0, ROW_GROUP_ROWS), row_group_size=ROW_GROUP_ROWS)
                    rest = table.slice(ROW_GROUP_ROWS)
                    buffer, buffered, rows = rest.to_batches(), rest.num_rows, rows + ROW_GROUP_ROWS
            if buffered or not rows:
                writer.write_table(pa.Table.from_batches(buffer, schema=schema), row_group_size=ROW_GROUP_ROWS)
                rows += buffered
    finally:
        sink.close()
    os.replace(partial, path)
    return FileInfo(path, rows, sink.bytes, sink.digest.hexdigest())


def _cast(batch: pa.RecordBatch, schema: pa.Schema) -> pa.RecordBatch:
    if batch.schema.names != schema.names:
        batch = batch.select(schema.names)
    return batch if batch.schema.equals(schema) else batch.cast(schema)


def read_table(name: str, path: Path) -> pa.Table:
    from pipeline import tables

    return pq.read_table(path, schema=tables.arrow_schema(name))


def save_file_infos(infos: dict[str, FileInfo], path: Path) -> None:
    """The rows, bytes and sha256 of files just written, kept beside them so nothing is hashed twice."""
    import json

    payload = {name: {"file": info.path.name, "rows": info.rows, "bytes": info.bytes, "sha256": info.sha256} for name, info in infos.items()}
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(payload, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(partial, path)


def load_file_infos(path: Path) -> dict[str, FileInfo]:
    """What ``save_file_infos`` recorded; a file whose size changed since is hashed again."""
    import json

    infos = {}
    for name, entry in json.loads(path.read_text(encoding="utf-8")).items():
        file = path.parent / entry["file"]
        info = FileInfo(file, entry["rows"], entry["bytes"], entry["sha256"])
        infos[name] = info if file.stat().st_size == info.bytes else file_info(file)
    return infos
