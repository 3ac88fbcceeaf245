"""Every published release, queryable in SQL: ``dist/history.duckdb``.

One schema per release (``v1_2_0`` for 1.2.0) holds that release's tables
as published, and ``releases`` lists the releases (version, date, previous
version, rows of the main tables), so "what did release X say" is
``FROM v1_2_0.events``, whatever came after. Releases are immutable, so a
release's tables are views over its own Parquet files: adding a release
costs the same whatever its size, where copying its rows in grew with the
corpus (2.3 s of a one-seed build at 10,000 seeds). Any release folder not
yet in the history (one published before the history existed, or when a
crash came between the two) is added the next time, in version order.
Schemas copied as tables by earlier code stay as they are.

The views name their files by absolute path: DuckDB reads a relative path
from the working directory of whoever opens the database, not from the
database's folder, and the history is opened from the project
(``duckdb dist/history.duckdb``) as well as from a release's folder
(``duckdb ../../history.duckdb``). The folder the views point into is
recorded (``history_root``); when ``dist`` has been moved, the next
publish points every view at the new place. The history is derived data:
deleting it and publishing again rebuilds it from ``dist/releases``.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from pipeline.paths import Paths
from pipeline.publish import sql
from pipeline.publish.duck import HISTORY_MEMORY, connect
from pipeline.publish.layout import MANIFEST_FILE, table_names, table_path
from pipeline.publish.questions import version_schema

HISTORY_FILE = "history.duckdb"


def history_path(paths: Paths) -> Path:
    return paths.dist / HISTORY_FILE


def published_versions(paths: Paths) -> list[str]:
    """Versions in dist/releases with a manifest, oldest first."""
    found = [p.name for p in paths.releases.glob("*") if (p / MANIFEST_FILE).exists() and p.name.count(".") == 2 and not p.name.startswith(".")]
    return sorted(found, key=lambda v: tuple(int(x) for x in v.split(".")))


def _view_tables(con: duckdb.DuckDBPyConnection, schema: str, release: Path) -> None:
    """The release's tables as views in ``schema`` (created, or pointed at the release's current place)."""
    for name in table_names(release):
        con.execute(sql.render("history_view", schema=schema, table=name, file=sql.literal(str(table_path(release, name)))))


def _add_release(con: duckdb.DuckDBPyConnection, release: Path) -> None:
    manifest = json.loads((release / MANIFEST_FILE).read_text(encoding="utf-8"))
    version = manifest["version"]
    schema = version_schema(version)
    con.execute("BEGIN TRANSACTION")
    con.execute(sql.render("history_schema", schema=schema))
    _view_tables(con, schema, release)
    counts = {name: con.execute(sql.render("history_count", schema=schema, table=name)).fetchone()[0] for name in ("documents", "passages", "events")
              if name in table_names(release)}
    con.execute(
        "INSERT INTO releases VALUES (?, ?, ?, ?, ?, ?, ?)",
        [version, manifest.get("release_date"), manifest.get("previous_version"), schema,
         counts.get("documents"), counts.get("passages"), counts.get("events")],
    )
    con.execute("COMMIT")


def _repoint(con: duckdb.DuckDBPyConnection, paths: Paths, known: set[str]) -> None:
    """Every release's views pointed into ``paths.releases`` when the history last pointed elsewhere (``dist`` moved)."""
    root = str(paths.releases.resolve())
    recorded = con.execute("SELECT root FROM history_root").fetchone()
    if recorded is not None and recorded[0] == root:
        return
    con.execute("BEGIN TRANSACTION")
    views = {(s, t) for s, t in con.execute("SELECT schema_name, view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    for version in sorted(known):
        schema, release = version_schema(version), paths.releases / version
        if release.is_dir() and any(s == schema for s, _ in views):
            _view_tables(con, schema, release)
    con.execute("DELETE FROM history_root")
    con.execute("INSERT INTO history_root VALUES (?)", [root])
    con.execute("COMMIT")


def record_release(paths: Paths, release: Path | None = None) -> list[str]:
    """Adds every published release missing from history.duckdb; returns the versions added."""
    con = connect(history_path(paths), memory_limit=HISTORY_MEMORY)  # it spills beside the file (history.duckdb.tmp)
    try:
        con.execute(
            """CREATE TABLE IF NOT EXISTS releases (
                 version VARCHAR PRIMARY KEY, release_date DATE, previous_version VARCHAR, schema_name VARCHAR,
                 documents BIGINT, passages BIGINT, events BIGINT)"""
        )
        con.execute("COMMENT ON TABLE releases IS 'Every published release; its tables are in the schema named schema_name (FROM v1_0_0.events).'")
        con.execute("CREATE TABLE IF NOT EXISTS history_root (root VARCHAR NOT NULL)")
        con.execute("COMMENT ON TABLE history_root IS 'The releases folder the views of each release read their Parquet files from (absolute).'")
        known = {r[0] for r in con.execute("SELECT version FROM releases").fetchall()}
        _repoint(con, paths, known)
        added = []
        for version in published_versions(paths):
            if version not in known:
                _add_release(con, paths.releases / version)
                added.append(version)
        con.execute("CHECKPOINT")
        return added
    finally:
        con.close()
