"""A release's ``dataset.duckdb``: built anew, or from the previous release's copy and the rows that changed.

A fresh database creates every declared table with its keys, foreign keys
and comments, fills it from the release's Parquet files (DuckDB checks every
key and foreign key row by row), adds the views and macros and the
full-text indexes. At 10,000 seeds that is most of a release's time, while
a seed added changes a few hundred rows.

So when the previous release's database was made by the same code (its
manifest records ``database_fingerprint``), the new one starts as a copy of
it (the published file is only read) and is brought to the new Parquet
files. The rows of a seed table (documents, passages, events, ...) come from
one seed each, and depend only on its bytes, the code and its document's id,
all of which its document's row holds (``seed_sha256``, ``seed_file``,
``doc_id``): so only the documents whose row differs between the two files
are looked at ("touched": added, removed, edited, renamed, or whose id moved
to another seed), and all their rows are replaced, without reading the
other documents' rows of either release. Other tables (links, entities,
rejects) are compared whole: the rows of the previous file that are not, as
they are, in the new one are deleted. Rows that point at a deleted row
through a foreign key are deleted too, and the new file's rows for every
deleted key and every new key are inserted; the full-text indexes are
brought to the passages that went and came. Every
table then holds exactly the rows of its Parquet file, as a fresh build's
does (rows in a table without ``ORDER BY`` may come in another order:
inserted rows come last), and ``pipeline verify`` checks each against its
file. Anything the update cannot do (a foreign key that would break) builds
the database anew.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from pipeline.paths import Paths
from pipeline.publish import sql
from pipeline.publish.duck import DATABASE_MEMORY, connect, load_fts, remove_spill
from pipeline.publish.layout import DUCKDB_FILE, MANIFEST_FILE, table_names, table_path
from pipeline.publish.search import create_search_indexes, update_search_indexes
from pipeline.publish.views import create_views
from schemas import table as declared

if TYPE_CHECKING:
    from pipeline.publish.parquet import FileInfo


def database_fingerprint() -> str:
    """What a release's database holds besides the rows: all of the pipeline's code (the tables' declarations and
    comments, the views, the search indexes), the schemas and DuckDB's version."""
    from pipeline.publish.inputs import build_code_fingerprint

    return hashlib.sha256(f"{build_code_fingerprint()} {duckdb.__version__}".encode()).hexdigest()


def build_database(folder: Path, paths: Paths, names: list[str], previous: Path | None = None) -> tuple[dict[str, int], str]:
    """``dataset.duckdb`` of the release in ``folder`` (its Parquet files written): from ``previous``'s when it can be
    brought up to date, else anew. Returns the rows of each table and how it was made ("updated" or "built")."""
    database = folder / DUCKDB_FILE
    spill = paths.work / "release-tmp"
    try:
        if previous is not None and _reusable(previous, names):
            shutil.copyfile(previous / DUCKDB_FILE, database)
            try:
                return _finish(database, paths, names, spill, lambda con: _update(con, folder, previous, names)), "updated"
            except duckdb.ConstraintException:
                _remove(database)
        return _finish(database, paths, names, spill, lambda con: _create(con, folder, names)), "built"
    finally:
        remove_spill(spill)


_EARLY: dict[tuple, tuple[Future, Path]] = {}  # the database started from the assembled tables, by their files and previous


def _early_key(built: dict[str, FileInfo], previous: Path) -> tuple:
    return (tuple(sorted((name, info.sha256) for name, info in built.items())), str(previous))


def start_database_early(paths: Paths, built: dict[str, FileInfo], previous: Path | None, max_events: int) -> None:
    """Starts bringing ``previous``'s database to the tables just assembled (``built``, in one folder), in a thread of
    this process, so that DuckDB does it while the checks run; the release made of the same files and the same previous
    release takes it (``take_database``). Only an update (a previous database of the same code) of up to ``max_events``
    events is started early: a database built anew, or a large update, would need its memory on top of the checks'. And
    only in a build whose own process runs the steps with a helper process beside it (a few new seeds, see
    ``pipeline.publish.staging.helper``): under another executor the release runs elsewhere and could not take it."""
    from pipeline.publish.staging import helper

    discard_database()
    folder = built["documents"].path.parent
    _remove(folder / DUCKDB_FILE)
    names = list(built)
    if helper() is None or previous is None or built["events"].rows > max_events or not _reusable(previous, names):
        return
    pool = ThreadPoolExecutor(1, thread_name_prefix="database")
    _EARLY[_early_key(built, previous)] = (pool.submit(build_database, folder, paths, names, previous), folder / DUCKDB_FILE)
    pool.shutdown(wait=False)


def take_database(built: dict[str, FileInfo], previous: Path | None, folder: Path):
    """What gives the rows of each table and how the database was made, once the database started early for the same
    files and previous release is moved into the release ``folder``; None when none was started for them."""
    early = _EARLY.pop(_early_key(built, previous), None) if previous is not None else None
    discard_database()
    if early is None:
        return None
    future, database = early

    def moved() -> tuple[dict[str, int], str]:
        result = future.result()
        database.replace(folder / DUCKDB_FILE)
        return result

    return moved


def discard_database() -> None:
    """Waits for a database started early that no release took, and removes it."""
    while _EARLY:
        _, (future, database) = _EARLY.popitem()
        wait([future])
        _remove(database)


def _reusable(previous: Path, names: list[str]) -> bool:
    try:
        manifest = json.loads((previous / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    same_code = (manifest.get("duckdb") or {}).get("database_fingerprint") == database_fingerprint()
    keyed = all(
        fk.table not in names or tuple(fk.ref_columns) == tuple(declared(fk.table).primary_key) for name in names for fk in declared(name).foreign_keys
    )  # a row pointing at a gone row is found by the key it points at
    return same_code and keyed and (previous / DUCKDB_FILE).is_file() and sorted(table_names(previous)) == sorted(names)


def _remove(database: Path) -> None:
    for path in (database, *database.parent.glob(f"{database.name}.*")):
        path.unlink(missing_ok=True)


def _finish(database: Path, paths: Paths, names: list[str], spill: Path, fill) -> dict[str, int]:
    con = connect(database, extension_directory=paths.duckdb_extensions, temp_directory=spill, memory_limit=DATABASE_MEMORY)
    try:
        load_fts(con)
        fill(con)
        rows = {name: con.execute(sql.render("count_rows", table=name)).fetchone()[0] for name in names}
        con.execute("CHECKPOINT")
    finally:
        con.close()
    for leftover in database.parent.glob(f"{database.name}.*"):  # a clean close leaves no write-ahead log; never publish one
        leftover.unlink()
    _fsync(database)  # here, beside the checks, where the release would wait for its ~200 MB (at 10,000 seeds) when sealing
    return rows


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _create(con: duckdb.DuckDBPyConnection, folder: Path, names: list[str]) -> None:
    """The declared tables with their keys and comments, filled from the release's files, and the views."""
    from pipeline import tables

    for name in tables.creation_order(names):
        con.execute(tables.duckdb_create_sql(name, references=names))
        for statement in tables.duckdb_comment_sql(name):
            con.execute(statement)
        con.execute(sql.render("release_insert", table=name), {"file": str(table_path(folder, name))})
    create_views(con)
    create_search_indexes(con)


def by_document(name: str) -> bool:
    """A table whose rows belong to one seed's document: its rows change only with their document's row."""
    from pipeline.tables import SEED_TABLES  # pyarrow: not for a build that finds nothing to do

    return name in SEED_TABLES and "doc_id" in declared(name).column_names


def _update(con: duckdb.DuckDBPyConnection, folder: Path, previous: Path, names: list[str]) -> None:
    """The copied database's tables brought from the previous release's files to this one's (see the module's doc)."""
    from pipeline import tables

    order = tables.creation_order(names)
    documents = {"old": str(table_path(previous, "documents")), "new": str(table_path(folder, "documents"))}
    con.execute(sql.load("database_touched"), documents)
    for name in order:  # parents first: a row pointing at a gone key is gone too
        t = declared(name)
        cascades = [
            sql.render("database_gone_cascade", table=name, key=t.primary_key, column=fk.columns[0], gone=f"gone_{fk.table}", ref_column=fk.ref_columns[0])
            for fk in t.foreign_keys if fk.table in names and fk.table != name
        ]
        gone = {"gone": f"gone_{name}", "key": t.primary_key, "cascades": sql.SQL("".join(cascades))}
        if by_document(name):
            con.execute(sql.render("database_gone_documents", table=name, **gone))
        else:
            con.execute(sql.render("database_gone", **gone), {"old": str(table_path(previous, name)), "new": str(table_path(folder, name))})
    for name in reversed(order):  # children first, so no foreign key points at a row when it is deleted
        con.execute(sql.render("database_delete", table=name, gone=f"gone_{name}", key=declared(name).primary_key))
    for name in order:
        params = {"old": str(table_path(previous, name)), "new": str(table_path(folder, name))}
        key = declared(name).primary_key
        if by_document(name):
            con.execute(sql.render("database_came_documents", came=f"came_{name}", gone=f"gone_{name}", key=key), {"new": params["new"]})
        else:
            con.execute(sql.render("database_came", came=f"came_{name}", gone=f"gone_{name}", key=key), params)
        con.execute(sql.render("database_insert", table=name, came=f"came_{name}", key=key), {"new": params["new"]})
    if not update_search_indexes(con):  # a language group came or went: every index is built again
        for schema in [r[0] for r in con.execute(sql.load("database_fts_schemas")).fetchall()]:
            con.execute(sql.render("database_drop_schema", schema=schema))
        create_search_indexes(con)
