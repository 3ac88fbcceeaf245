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

import contextlib
import os
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
from pipeline.publish.layout import MANIFEST_FILE, table_path
from pipeline.publish.links import detach_links_cache, insert_links
from pipeline.publish.parquet import FileInfo, file_info, write_batches
from pipeline.tables import SEED_TABLES
from schemas import Table, vocabulary
from schemas import tables as declared_tables

ASSEMBLED_TABLES = ("entities", "event_types", "links")
_REFERENCE_TABLES = ("entities", "event_types")  # made from the code alone: a release of the same code has them as they are
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


def _renamed_select(t: Table, previous: Path | None = None) -> sql.SQL:
    """The staged rows of ``t`` with document ids (and the ids built on them) renamed through id_map; with ``previous``
    (a release of the same code), its rows of the documents not touched and the staged rows of the touched ones only."""
    id_columns = set(_ID_COLUMNS) & set(t.column_names)
    columns = []
    for c in t.column_names:
        if c == "event_key":  # an unkeyed event's key is its own id, renamed with it
            columns.append(sql.load("renamed_event_key"))
        else:
            columns.append(sql.render("renamed_id" if c in id_columns else "renamed_plain", column=c))
    join = sql.load("renamed_join_ids" if "doc_id" in id_columns else "renamed_join_none")
    kind = sql.SQL("TABLE" if t.name in _LINKED_TABLES and (previous is None or t.name == "documents") else "VIEW")
    if previous is not None:
        old = sql.literal(str(table_path(previous, t.name)))
        return sql.render("reused", kind=kind, table=t.name, columns=columns, staged=f"staged_{t.name}", join=join, old=old)
    return sql.render("renamed", kind=kind, table=t.name, columns=columns, staged=f"staged_{t.name}", join=join)


def same_code_release(latest: Path | None) -> Path | None:
    """``latest`` when it was published (so checked) by the same code under the same declarations: its manifest's
    database fingerprint (which holds the reading code, the checks and their pandera) and schema fingerprint are
    this code's; else None."""
    import json

    from pipeline.publish.database import database_fingerprint

    if latest is None:
        return None
    try:
        manifest = json.loads((latest / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    same_code = (manifest.get("duckdb") or {}).get("database_fingerprint") == database_fingerprint()
    return latest if same_code and manifest.get("schema_fingerprint") == tables.schema_fingerprint() else None


def reusable_release(latest: Path | None) -> Path | None:
    """``latest`` when its tables were published by the same code (``same_code_release``) and are all there, so that
    a build can take the rows of the documents it did not touch from it; else None."""
    release = same_code_release(latest)
    return release if release is not None and all(table_path(release, name).exists() for name in DATASET_TABLES) else None


def assemble(
    staged: dict[str, list[Path]], seed_index: Path, out_dir: Path, work: Path, links_cache: Path | None = None,
    previous: Path | None = None,
) -> dict[str, FileInfo]:
    """The dataset's tables from the staged shards and the seeds folder's index, written to ``out_dir``
    (``links_cache``: the links' state kept between builds, so only what changed is compared; see ``insert_links``).

    ``previous``: a release published by the same code (``reusable_release``). The rejects are assembled from every
    staged seed as always, and so are the documents' ids, seeds and seed files (id_map, read from the key columns of
    every staged documents file), which tell the touched documents; every other seed table, documents included, takes
    the previous release's rows of every document not touched, and the staged rows of the others, read from their
    shards only; the reference
    tables (the gazetteer, the vocabulary) are the previous release's files. The same rows as a build that reads every
    shard, so the same files."""
    con = session(work)
    try:
        con.execute(sql.load("seeds"), {"index": str(seed_index)})
        first = ("documents", "rejects") if previous is not None else SEED_TABLES
        for name in first:
            _stage(con, name, staged.get(name, []))
        con.execute(sql.load("id_map"))
        for name in first:
            if previous is None or name != "documents":
                con.execute(_renamed_select(declared_tables()[name]))
        if previous is not None:
            con.execute(sql.load("assembly_touched"), {"old": str(table_path(previous, "documents"))})
            con.execute(sql.load("touched_seeds"))
            shards = {row[0][:1] for row in con.execute("SELECT _seed_sha256 FROM touched_seeds").fetchall()}
            # staged_documents was read for id_map's columns; from now on it is the touched shards' rows only
            con.execute(sql.render("drop_view", view="staged_documents") if staged.get("documents") else sql.render("drop_table", table="staged_documents"))
            for name in SEED_TABLES:
                if name != "rejects":
                    _stage(con, name, [f for f in staged.get(name, []) if f.parent.name in shards])
                    con.execute(_renamed_select(declared_tables()[name], previous))
        else:
            for name, rows in (("entities", entities_table()), ("event_types", event_types_table())):
                con.register("reference_rows", rows)
                con.execute(sql.render("reference_table", table=name))
                con.unregister("reference_rows")
        insert_links(con, links_cache, detach=False)  # its links are read from the cache as they are written
        out_dir.mkdir(parents=True, exist_ok=True)
        copied = {name: _copy_file(table_path(previous, name), out_dir / f"{name}.parquet") for name in _REFERENCE_TABLES} if previous else {}
        # Two tables at a time, each through its own cursor: DuckDB reads one while Arrow compresses the other.
        with ThreadPoolExecutor(WRITERS) as pool:
            written = {
                name: pool.submit(_write_through_cursor, con, name, out_dir / f"{name}.parquet") for name in DATASET_TABLES if name not in copied
            }
            return {name: copied[name] if name in copied else written[name].result() for name in DATASET_TABLES}
    finally:
        with contextlib.suppress(duckdb.Error):  # not attached when assembly failed before the links
            detach_links_cache(con)
        con.close()
        shutil.rmtree(work, ignore_errors=True)
        release_memory()  # the Arrow buffers of the tables written: the checks and the release come next in this process


def _copy_file(source: Path, target: Path) -> FileInfo:
    """A table file of the previous release, copied as it is (beside its place, then renamed into it)."""
    partial = target.with_name(f".{target.name}.partial")
    shutil.copyfile(source, partial)
    os.replace(partial, target)
    return file_info(target)


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


def integrity_problems(
    name: str, files: dict[str, Path], session: duckdb.DuckDBPyConnection | None = None, previous: Path | None = None,
) -> list[dict]:
    """Broken keys and foreign keys of table ``name`` (its file and those it refers to): one dict per problem
    (``session``: a DuckDB connection to ask, so that the checks of every table share one; else one of its own).

    ``previous``: the latest release, published by the same code after these checks passed, with the documents whose
    row is not, as it is, in it found in ``session`` (``touched_documents``, see ``checks.start_validation``). A seed
    table's rows of any other document are then that release's rows as they are (under the same code they depend only
    on their document's seed, file name and id), so the problems are looked for where they can be, with the same
    result as over the whole files: a key held twice is held by a touched row (that release's keys were unique), and
    a reference fails only from a touched row or by pointing at a key the referenced table lost (that release's
    references resolved). Only the references to a seed table (passages, subdocuments) are looked for so: those to
    the small tables (documents, entities, event types) cost less checked whole (about 10 ms at 10,000 seeds), and so
    do the other tables (documents, rejects, links, the reference tables)."""
    from pipeline.publish.database import by_document

    incremental = previous is not None and session is not None and by_document(name) and table_path(previous, name).exists()
    con = session if incremental else (session.cursor() if session is not None else connect())
    t = declared_tables()[name]
    problems = []
    try:
        file = str(files[name])
        template = "key_duplicates_touched" if incremental else "key_duplicates"
        dupes = con.execute(sql.render(template, key=t.primary_key), {"file": file}).fetchall()
        problems += [{"rule": f"unique ({', '.join(t.primary_key)})", "value": str(row[:-1]), "rows": row[-1]} for row in dupes]
        references = [(fk.columns[0], fk.table, fk.ref_columns[0], False) for fk in t.foreign_keys]
        references += [(column, "entities", "entity_id", True) for table, column in _LIST_REFERENCES if table == name]
        for column, ref_table, ref_column, in_list in references:
            if ref_table not in files:
                continue
            params = {"file": file, "ref_file": str(files[ref_table])}
            if incremental and by_document(ref_table) and table_path(previous, ref_table).exists():
                params["old_ref_file"] = str(table_path(previous, ref_table))
                query = _missing_touched(column, ref_table, ref_column, in_list)
            else:
                template = "list_reference_missing" if in_list else "foreign_key_missing"
                query = sql.render(template, column=column, ref_column=ref_column)
            missing = con.execute(query, params).fetchall()
            problems += [{"rule": f"{column} -> {ref_table}.{ref_column}", "value": str(m[0]), "rows": None} for m in missing]
    finally:
        if con is not session:
            con.close()
    return problems


def _missing_touched(column: str, ref_table: str, ref_column: str, in_list: bool) -> sql.SQL:
    """``reference_missing_touched`` for a column (or list column) referring to seed table ``ref_table``: the keys it
    may have lost are those of its rows of the touched documents in the previous release."""
    gone = sql.render("gone_touched", ref_column=ref_column)
    values = sql.SQL(f"unnest({sql.ident(column)})") if in_list else sql.SQL(sql.ident(column))
    return sql.render("reference_missing_touched", gone=gone, values=values, ref_column=ref_column)
