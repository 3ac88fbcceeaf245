"""Every published release, queryable in SQL: ``dist/history.duckdb``.

One schema per release (``v1_2_0`` for 1.2.0) holds that release's tables
as published, and ``releases`` lists the releases (version, date, previous
version, rows of the main tables), so "what did release X say" is
``FROM v1_2_0.events``, whatever came after. Releases are immutable, so a
release is copied in once; any release folder not yet in the history (one
published before the history existed, or when a crash came between the
two) is added the next time, in version order. The history is derived data:
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


def _add_release(con: duckdb.DuckDBPyConnection, release: Path) -> None:
    manifest = json.loads((release / MANIFEST_FILE).read_text(encoding="utf-8"))
    version = manifest["version"]
    schema = version_schema(version)
    con.execute("BEGIN TRANSACTION")
    con.execute(sql.render("history_schema", schema=schema))
    counts = {}
    for name in table_names(release):
        con.execute(sql.render("history_table", schema=schema, table=name), {"file": str(table_path(release, name))})
        counts[name] = con.execute(sql.render("history_count", schema=schema, table=name)).fetchone()[0]
    con.execute(
        "INSERT INTO releases VALUES (?, ?, ?, ?, ?, ?, ?)",
        [version, manifest.get("release_date"), manifest.get("previous_version"), schema,
         counts.get("documents"), counts.get("passages"), counts.get("events")],
    )
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
        known = {r[0] for r in con.execute("SELECT version FROM releases").fetchall()}
        added = []
        for version in published_versions(paths):
            if version not in known:
                _add_release(con, paths.releases / version)
                added.append(version)
        con.execute("CHECKPOINT")
        return added
    finally:
        con.close()
