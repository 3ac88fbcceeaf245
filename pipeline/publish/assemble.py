"""Assembling the staged rows into the dataset's tables, in one DuckDB session.

The session works in a database file inside the build area, with a memory
limit and its temporary files beside it, so a corpus larger than memory
spills to disk instead of failing; both are removed when it is done. It
reads the staged shards of the seeds of this build (under their current
file names), lists every entry of the seeds folder that was not read as a
reject, gives a document id that two seeds share (the same record from two
sites) a seed-specific suffix for all but the first seed, adds the tables
that do not come from one seed (entities: the gazetteer; event_types: the
vocabulary; links: text reuse across documents) and streams each table to
its Parquet file in key order.
Keys and foreign keys are checked afterwards by the blocking asset checks
(``integrity_problems``).
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline import tables
from pipeline.memory import release_memory
from pipeline.normalize.names import gazetteer
from pipeline.publish import sql
from pipeline.publish.duck import ASSEMBLY_MEMORY, connect
from pipeline.publish.links import insert_links
from pipeline.publish.parquet import FileInfo, write_batches
from pipeline.tables import SEED_TABLES
from schemas import Table, vocabulary
from schemas import tables as declared_tables

ASSEMBLED_TABLES = ("entities", "event_types", "links")
DATASET_TABLES = tuple(name for name in declared_tables() if name in SEED_TABLES or name in ASSEMBLED_TABLES)
WRITERS = 2  # tables written at once
_LIST_REFERENCES = (("events", "source_entity_ids"), ("events", "target_entity_ids"))
_ENTITY_TYPES = {"person": "person", "place": "place", "organisation": "organisation"}
_LINKED_TABLES = ("documents", "passages")  # read again by the links (insert_links): kept as tables, the others are views
_ID_COLUMNS = (
    "doc_id", "passage_id", "event_id", "mention_id", "aligned_passage_id",
    "subdocument_id", "announced_passage_id", "first_passage_id", "last_passage_id",
)


def entities_table() -> pa.Table:
    """The gazetteer as the entities table."""
    rows = [
        {
            "entity_id": e.id,
            "name": e.name,
            "entity_type": _ENTITY_TYPES[e.kind],
            "aliases": list(e.aliases),
            "is_state": e.is_state,
            "wikidata_id": e.wikidata,
            "note": e.note,
        }
        for e in gazetteer()
    ]
    return tables.from_rows("entities", rows)


def event_types_table() -> pa.Table:
    """The vocabulary of event types as the event_types table."""
    rows = [{"event_type": v["event_type"], "meaning": v["meaning"], "plover_code": v["plover"]} for v in vocabulary("event_types")]
    return tables.from_rows("event_types", rows)


def session(work: Path) -> duckdb.DuckDBPyConnection:
    """A DuckDB session whose database and spill files live in ``work`` (emptied first)."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    return connect(work / "assemble.duckdb", temp_directory=work / "tmp", memory_limit=ASSEMBLY_MEMORY)


def _stage(con: duckdb.DuckDBPyConnection, name: str, files: list[Path]) -> None:
    staged = f"staged_{name}"
    if not files:
        con.register("empty_table", tables.empty(name))
        con.execute(sql.render("staged_empty", staged=staged))
        con.unregister("empty_table")
        if name == "rejects":
            con.execute(sql.load("skipped"))  # with staged files, the view of the rejects lists them itself
        return
    template = {"documents": "staged", "rejects": "staged_rejects"}.get(name, "staged_rows")
    con.execute(sql.render(template, staged=staged, files=sql.SQL("[" + ", ".join(sql.literal(str(f)) for f in sorted(files)) + "]")))


def _renamed_select(t: Table) -> sql.SQL:
    """The staged rows of ``t`` with document ids (and the ids built on them) renamed through id_map."""
    id_columns = set(_ID_COLUMNS) & set(t.column_names)
    columns = []
    for c in t.column_names:
        if c == "event_key":  # an unkeyed event's key is its own id, renamed with it
            columns.append(sql.load("renamed_event_key"))
        else:
            columns.append(sql.render("renamed_id" if c in id_columns else "renamed_plain", column=c))
    join = sql.load("renamed_join_ids" if "doc_id" in id_columns else "renamed_join_none")
    kind = sql.SQL("TABLE" if t.name in _LINKED_TABLES else "VIEW")
    return sql.render("renamed", kind=kind, table=t.name, columns=columns, staged=f"staged_{t.name}", join=join)


def assemble(staged: dict[str, list[Path]], seed_index: Path, out_dir: Path, work: Path, links_cache: Path | None = None) -> dict[str, FileInfo]:
    """The dataset's tables from the staged shards and the seeds folder's index, written to ``out_dir``
    (``links_cache``: the links' state kept between builds, so only what changed is compared; see ``insert_links``)."""
    con = session(work)
    try:
        con.execute(sql.load("seeds"), {"index": str(seed_index)})
        for name in SEED_TABLES:
            _stage(con, name, staged.get(name, []))
        con.execute(sql.load("id_map"))
        for name in SEED_TABLES:
            con.execute(_renamed_select(declared_tables()[name]))
        for name, rows in (("entities", entities_table()), ("event_types", event_types_table())):
            con.register("reference_rows", rows)
            con.execute(sql.render("reference_table", table=name))
            con.unregister("reference_rows")
        insert_links(con, links_cache)
        out_dir.mkdir(parents=True, exist_ok=True)
        # Two tables at a time, each through its own cursor: DuckDB reads one while Arrow compresses the other.
        with ThreadPoolExecutor(WRITERS) as pool:
            written = {name: pool.submit(_write_through_cursor, con, name, out_dir / f"{name}.parquet") for name in DATASET_TABLES}
            return {name: future.result() for name, future in written.items()}
    finally:
        con.close()
        shutil.rmtree(work, ignore_errors=True)
        release_memory()  # the Arrow buffers of the tables written: the checks and the release come next in this process


def _write_through_cursor(con: duckdb.DuckDBPyConnection, name: str, path: Path) -> FileInfo:
    cursor = con.cursor()
    try:
        return write_table_from(cursor, name, path)
    finally:
        cursor.close()


def write_table_from(con: duckdb.DuckDBPyConnection, name: str, path: Path) -> FileInfo:
    """Streams table ``name`` of the session, in key order, to its Parquet file."""
    t = declared_tables()[name]
    query = sql.render("ordered", columns=t.column_names, table=name, keys=t.sort_by)
    return write_batches(name, con.execute(query).fetch_record_batch(50_000), path)


def integrity_problems(name: str, files: dict[str, Path], session: duckdb.DuckDBPyConnection | None = None) -> list[dict]:
    """Broken keys and foreign keys of table ``name`` (its file and those it refers to): one dict per problem
    (``session``: a DuckDB connection to ask, so that the checks of every table share one; else one of its own)."""
    con = session.cursor() if session is not None else connect()
    t = declared_tables()[name]
    problems = []
    try:
        file = str(files[name])
        dupes = con.execute(sql.render("key_duplicates", key=t.primary_key), {"file": file}).fetchall()
        problems += [{"rule": f"unique ({', '.join(t.primary_key)})", "value": str(row[:-1]), "rows": row[-1]} for row in dupes]
        references = [(fk.columns[0], fk.table, fk.ref_columns[0], "foreign_key_missing") for fk in t.foreign_keys]
        references += [(column, "entities", "entity_id", "list_reference_missing") for table, column in _LIST_REFERENCES if table == name]
        for column, ref_table, ref_column, template in references:
            if ref_table not in files:
                continue
            params = {"file": file, "ref_file": str(files[ref_table])}
            missing = con.execute(sql.render(template, column=column, ref_column=ref_column), params).fetchall()
            problems += [{"rule": f"{column} -> {ref_table}.{ref_column}", "value": str(m[0]), "rows": None} for m in missing]
    finally:
        con.close()
    return problems
