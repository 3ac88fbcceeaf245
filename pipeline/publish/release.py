"""Publishing a dataset release: versioned, immutable, self-describing.

``dist/releases/<version>/`` holds the Parquet files (``data/<table>.parquet``),
``dataset.duckdb`` (tables with keys and a comment on every column, views
and macros for common questions, full-text indexes over passages),
``manifest.json``, ``datapackage.json``, ``croissant.json``, ``CITATION.cff``,
``CHANGELOG.md``, a dataset card ``README.md`` and its pictures ``index.html``. A release is built in a hidden folder beside the others and
moved into place in one rename, then ``dist/latest`` is repointed; a crash
leaves the previous release as it was. Versions follow semantic versioning of
the data: major when a column is removed or changes type, minor when
documents or columns are added or removed, patch when only the content of
existing documents changes; when no file would change, no release is made.
A table file that moves (``<table>.parquet`` to ``data/<table>.parquet``) is a
major change too: a path that readers load from is gone.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__, tables
from pipeline.paths import Paths
from pipeline.publish.citation import release_date
from pipeline.publish.describe import write_descriptions
from pipeline.publish.duck import connect, load_fts
from pipeline.publish.history import record_release
from pipeline.publish.layout import DATA_DIR, table_file, table_names, table_path
from pipeline.publish.parquet import FileInfo, sha256_file
from pipeline.publish.search import create_search_indexes
from pipeline.publish.views import create_views
from schemas import tables as declared_tables

FIRST_VERSION = "1.0.0"
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


@dataclass(frozen=True)
class ReleaseResult:
    version: str
    path: Path
    created: bool
    previous_version: str | None
    bump: str | None
    manifest: dict


def code_version() -> str:
    """Package version and, in a git checkout, the commit the code was built from."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True, check=True,
            cwd=Path(__file__).parent,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = ""
    return f"{__version__}+{commit}" if commit else __version__


def seed_fingerprint(documents_and_rejects: list[tuple[str, str]]) -> str:
    """One hash over the set of seeds (file name and content hash of each)."""
    payload = "\n".join(f"{name}\t{sha}" for name, sha in sorted(set(documents_and_rejects)))
    return hashlib.sha256(payload.encode()).hexdigest()


def previous_release(paths: Paths) -> tuple[str, Path] | None:
    versions = [p for p in paths.releases.glob("*") if _SEMVER.match(p.name) and (p / "manifest.json").exists()]
    if not versions:
        return None
    newest = max(versions, key=lambda p: tuple(int(x) for x in p.name.split(".")))
    return newest.name, newest


def _bump(previous: dict, built: dict[str, FileInfo], schema: dict, doc_ids_changed: tuple[set, set]) -> str | None:
    """None when nothing changed; else major, minor or patch."""
    old_files = {name: f["sha256"] for name, f in previous["files"].items() if name.endswith(".parquet")}
    new_files = {table_file(name): info.sha256 for name, info in built.items()}
    if old_files == new_files and previous["schema_fingerprint"] == schema["fingerprint"]:
        return None
    if set(old_files) - set(new_files):
        return "major"
    old_columns = {(t["name"], c["name"]): c["type"] for t in previous["schema"] for c in t["columns"]}
    new_columns = {(t["name"], c["name"]): c["type"] for t in schema["tables"] for c in t["columns"]}
    if any(key not in new_columns or new_columns[key] != kind for key, kind in old_columns.items()):
        return "major"
    added, removed = doc_ids_changed
    if set(new_columns) - set(old_columns) or added or removed or set(new_files) != set(old_files):
        return "minor"
    return "patch"


def _next_version(version: str, bump: str) -> str:
    major, minor, patch = (int(x) for x in version.split("."))
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _doc_ids(path: Path) -> set[str]:
    con = connect()
    return {row[0] for row in con.execute(f"SELECT doc_id FROM read_parquet('{path}')").fetchall()}


def publish_release(paths: Paths, built: dict[str, FileInfo]) -> ReleaseResult:
    """Publishes the assembled tables in ``built`` as a new release, unless nothing changed."""
    schema = {
        "fingerprint": tables.schema_fingerprint(),
        "tables": [tables.schema_description(t) for t in declared_tables().values()],
    }
    prior = previous_release(paths)
    previous_manifest = json.loads((prior[1] / "manifest.json").read_text()) if prior else None
    if prior:
        old_ids, new_ids = _doc_ids(table_path(prior[1], "documents")), _doc_ids(built["documents"].path)
        bump = _bump(previous_manifest, built, schema, (new_ids - old_ids, old_ids - new_ids))
        if bump is None:
            return ReleaseResult(prior[0], prior[1], False, previous_manifest.get("previous_version"), None, previous_manifest)
        version = _next_version(prior[0], bump)
    else:
        version, bump = FIRST_VERSION, None
    paths.releases.mkdir(parents=True, exist_ok=True)
    staging = paths.releases / f".building-{version}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    manifest = _write_release(staging, paths, built, version, prior, schema)
    final = paths.releases / version
    if final.exists():
        shutil.rmtree(staging)
        raise FileExistsError(f"release {version} already exists in {paths.releases}; releases are never rewritten")
    os.replace(staging, final)
    _point_latest(paths, final)
    record_release(paths, final)
    return ReleaseResult(version, final, True, prior[0] if prior else None, bump, manifest)


def _write_release(folder: Path, paths: Paths, built: dict[str, FileInfo], version: str, prior: tuple[str, Path] | None, schema: dict) -> dict:
    (folder / DATA_DIR).mkdir()
    for name, info in built.items():
        shutil.copyfile(info.path, folder / table_file(name))
    table_rows = _build_duckdb(folder, paths, list(built))
    con = connect()
    seeds = con.execute(
        f"SELECT seed_file, seed_sha256 FROM read_parquet('{table_path(folder, 'documents')}') "
        f"UNION SELECT seed_file, seed_sha256 FROM read_parquet('{table_path(folder, 'rejects')}')"
    ).fetchall()
    changes = _changes(folder, prior[1] if prior else None)
    released = release_date(paths.seeds)
    write_descriptions(folder, version, released, prior[0] if prior else None, built, changes, _timeline_rows(folder))
    files = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name == "dataset.duckdb":
            continue
        entry = {"sha256": sha256_file(path), "bytes": path.stat().st_size}
        if path.suffix == ".parquet":
            entry["rows"] = built[path.stem].rows
        files[path.relative_to(folder).as_posix()] = entry
    manifest = {
        "version": version,
        "previous_version": prior[0] if prior else None,
        "release_date": released.isoformat(),
        "seed_fingerprint": seed_fingerprint(seeds),
        "seed_count": len(seeds),
        "code_version": code_version(),
        "schema_fingerprint": schema["fingerprint"],
        "files": files,
        "duckdb": {
            "file": "dataset.duckdb",
            "tables": table_rows,
            "note": "rebuilt from the Parquet files above; DuckDB database files are not byte-reproducible (duckdb/duckdb#23382), so no checksum is recorded",
        },
        "schema": schema["tables"],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def _timeline_rows(folder: Path) -> list[dict]:
    """Events with their document's title, in date order (undated last), read by DuckDB from the release."""
    con = connect()
    cursor = con.execute(
        f"""
        SELECT e.*, d.title FROM read_parquet('{table_path(folder, "events")}') e
        JOIN read_parquet('{table_path(folder, "documents")}') d USING (doc_id)
        ORDER BY e.start_date NULLS LAST, e.start_time NULLS FIRST, e.doc_id, e.event_id
        """
    )
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _build_duckdb(folder: Path, paths: Paths, names: list[str]) -> dict[str, int]:
    """dataset.duckdb: the declared tables with their keys, comments on every column, views and macros, full-text indexes."""
    con = connect(folder / "dataset.duckdb", extension_directory=paths.duckdb_extensions)
    rows = {}
    for name in tables.creation_order(names):
        con.execute(tables.duckdb_create_sql(name, references=names))
        for statement in tables.duckdb_comment_sql(name):
            con.execute(statement)
        con.execute(f'INSERT INTO "{name}" SELECT * FROM read_parquet(\'{table_path(folder, name)}\')')
        rows[name] = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
    rows = {name: rows[name] for name in names}
    load_fts(con)
    create_search_indexes(con)
    create_views(con)
    con.execute("CHECKPOINT")
    con.close()
    return rows


def _changes(folder: Path, previous: Path | None) -> dict:
    """Documents added, removed and changed since the previous release, and rows per table, by DuckDB."""
    con = connect()
    new = f"read_parquet('{table_path(folder, 'documents')}')"
    counts = {
        name: con.execute(f"SELECT count(*) FROM read_parquet('{table_path(folder, name)}')").fetchone()[0] for name in table_names(folder)
    }
    if previous is None:
        added = [r[0] for r in con.execute(f"SELECT doc_id FROM {new} ORDER BY doc_id").fetchall()]
        return {"added": added, "removed": [], "changed": [], "rows": {n: (None, c) for n, c in counts.items()}}
    old = f"read_parquet('{table_path(previous, 'documents')}')"
    added = [r[0] for r in con.execute(f"SELECT doc_id FROM {new} EXCEPT SELECT doc_id FROM {old} ORDER BY 1").fetchall()]
    removed = [r[0] for r in con.execute(f"SELECT doc_id FROM {old} EXCEPT SELECT doc_id FROM {new} ORDER BY 1").fetchall()]
    changed = set()
    for name in ("documents", "passages", "events"):
        if not table_path(previous, name).exists():
            continue
        cols = "doc_id, md5(CAST(t AS VARCHAR))"
        query = (
            f"SELECT DISTINCT doc_id FROM (SELECT {cols} FROM read_parquet('{table_path(folder, name)}') t "
            f"EXCEPT SELECT {cols} FROM read_parquet('{table_path(previous, name)}') t)"
        )
        changed |= {r[0] for r in con.execute(query).fetchall()}
    old_counts = {
        name: con.execute(f"SELECT count(*) FROM read_parquet('{table_path(previous, name)}')").fetchone()[0] for name in table_names(previous)
    }
    rows = {n: (old_counts.get(n), counts.get(n)) for n in sorted(set(counts) | set(old_counts))}
    moved = [
        (f"{name}.parquet", table_file(name)) for name in table_names(previous)
        if (previous / f"{name}.parquet").exists() and (folder / table_file(name)).exists()
    ]
    return {"added": added, "removed": removed, "changed": sorted(changed - set(added)), "rows": rows, "moved": moved}


def _point_latest(paths: Paths, release: Path) -> None:
    """Repoints dist/latest at ``release`` in one rename (a relative symlink)."""
    link = paths.latest.with_name(".latest.new")
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(release.relative_to(paths.dist))
    os.replace(link, paths.latest)
