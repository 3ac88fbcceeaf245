"""Looking into published releases: find one, verify it, compare two, search it, show a document.

The command line (``python -m pipeline verify|diff|search|show|rejects``)
is a thin layer over these functions. A release is named by its version
(``1.2.0``), by ``latest``, or by the path of its folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.paths import Paths
from pipeline.publish import sql
from pipeline.publish.duck import connect, load_fts
from pipeline.publish.layout import DUCKDB_FILE, MANIFEST_FILE, table_names, table_path
from pipeline.publish.parquet import sha256_file
from schemas import tables as declared_tables


class ReleaseError(Exception):
    """Something a person can fix: the message names the path and what to do."""


def published(paths: Paths) -> list[str]:
    versions = [p.name for p in paths.releases.glob("*") if (p / MANIFEST_FILE).is_file() and not p.name.startswith(".")]
    return sorted(versions, key=lambda v: tuple(int(x) if x.isdigit() else 0 for x in v.split(".")))


def find_release(paths: Paths, name: str = "latest") -> Path:
    """The folder of a release named by version, ``latest`` or path."""
    candidate = Path(name)
    if name != "latest" and candidate.is_dir():
        folder = candidate
    elif name == "latest":
        folder = paths.latest
    else:
        folder = paths.releases / name
    if not (folder / MANIFEST_FILE).is_file():
        known = ", ".join(published(paths)) or "none"
        raise ReleaseError(
            f"no release {name!r} at {folder} (published in {paths.releases}: {known}); "
            "run `make release`, set PIPELINE_DIST, or give a release folder"
        )
    return folder.resolve()


def manifest(folder: Path) -> dict:
    return json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))


@dataclass
class Verification:
    release: Path
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_release(folder: Path) -> Verification:
    """Every file's bytes and sha256, and every table's rows (Parquet and dataset.duckdb), against the manifest."""
    result = Verification(folder)
    try:
        listed = manifest(folder)
    except (OSError, json.JSONDecodeError) as err:
        result.problems.append(f"{folder / MANIFEST_FILE}: unreadable ({err}); the release cannot be verified")
        return result
    for name, entry in listed["files"].items():
        path = folder / name
        if not path.is_file():
            result.problems.append(f"{path}: missing (the manifest lists it)")
            continue
        result.checked += 1
        size = path.stat().st_size
        if size != entry["bytes"]:
            result.problems.append(f"{path}: {size} bytes, the manifest says {entry['bytes']}")
        digest = sha256_file(path)
        if digest != entry["sha256"]:
            result.problems.append(f"{path}: sha256 {digest[:12]}…, the manifest says {entry['sha256'][:12]}…")
        elif "rows" in entry and pq.read_metadata(path).num_rows != entry["rows"]:
            result.problems.append(f"{path}: {pq.read_metadata(path).num_rows} rows, the manifest says {entry['rows']}")
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    for extra in sorted(present - set(listed["files"]) - {MANIFEST_FILE, DUCKDB_FILE}):
        result.problems.append(f"{folder / extra}: not in the manifest (a release is never added to)")
    result.problems += _verify_duckdb(folder, listed.get("duckdb", {}).get("tables", {}))
    return result


def _verify_duckdb(folder: Path, rows: dict[str, int]) -> list[str]:
    path = folder / DUCKDB_FILE
    if not path.is_file():
        return [f"{path}: missing"]
    try:
        con = connect(path, read_only=True)
        problems = []
        for name, expected in rows.items():
            found = con.execute(sql.render("count_rows", table=name)).fetchone()[0]
            if found != expected:
                problems.append(f"{path}: table {name} has {found} rows, the manifest says {expected}")
        con.close()
        return problems
    except Exception as err:  # noqa: BLE001 - a damaged database file is reported, whatever DuckDB raised
        return [f"{path}: cannot be read by DuckDB ({str(err).splitlines()[0]})"]


@dataclass(frozen=True)
class TableDiff:
    table: str
    rows_before: int | None
    rows_after: int | None
    added: list[str]
    removed: list[str]
    changed: list[str]


def diff_releases(before: Path, after: Path) -> list[TableDiff]:
    """Rows added, removed and changed (same key, other content) per table, by primary key."""
    con = connect()
    result = []
    for name in sorted(set(table_names(before)) | set(table_names(after)), key=_table_order):
        old, new = table_path(before, name), table_path(after, name)
        key = _key_sql(name)
        present = [path for path in (old, new) if path.exists()]
        shared = [c for c in pq.read_schema(present[-1]).names if all(c in pq.read_schema(p).names for p in present)]
        for target, path in (("a", old), ("b", new)):  # a table one release lacks is empty there: all its rows added or removed
            if path.exists():
                con.execute(sql.render("diff_hashes", target=target, key=key, columns=shared), {"file": str(path)})
            else:
                con.execute(sql.render("diff_empty", target=target))
        added = [r[0] for r in con.execute("SELECT k FROM b ANTI JOIN a USING (k) ORDER BY k").fetchall()]
        removed = [r[0] for r in con.execute("SELECT k FROM a ANTI JOIN b USING (k) ORDER BY k").fetchall()]
        changed = [r[0] for r in con.execute("SELECT k FROM a JOIN b USING (k) WHERE a.h <> b.h ORDER BY k").fetchall()]
        rows_a, rows_b = (con.execute(sql.render("count_rows", table=t)).fetchone()[0] for t in ("a", "b"))
        result.append(TableDiff(name, rows_a if old.exists() else None, rows_b if new.exists() else None, added, removed, changed))
    return result


def _table_order(name: str) -> tuple[int, str]:
    order = list(declared_tables())
    return (order.index(name) if name in order else len(order), name)


def _key_sql(name: str) -> sql.SQL:
    """A row's key as one string: its declared key columns joined, else a hash of the whole row."""
    key = declared_tables()[name].primary_key if name in declared_tables() else ()
    if not key:
        return sql.SQL("md5(CAST(t AS VARCHAR))")
    return sql.SQL(" || ' / ' || ".join("CAST(" + sql.ident(k) + " AS VARCHAR)" for k in key))


def search_release(folder: Path, words: str, limit: int = 10) -> tuple[list[str], list[tuple]]:
    """The best passages for ``words`` through the release's search_passages macro: column names and rows."""
    con = connect(folder / DUCKDB_FILE, read_only=True)
    load_fts(con)
    cursor = con.execute("SELECT score, passage_id, language, title, text FROM search_passages(?) LIMIT ?", [words, limit])
    return [c[0] for c in cursor.description], cursor.fetchall()


def show_document(folder: Path, doc_id: str) -> dict:
    """One document's row, its passages, its events and its sub-documents (messages it quotes, papers attached)."""
    con = connect(folder / DUCKDB_FILE, read_only=True)
    cursor = con.execute("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
    row = cursor.fetchone()
    if row is None:
        close = [r[0] for r in con.execute(
            "SELECT doc_id FROM documents ORDER BY jaro_winkler_similarity(doc_id, ?) DESC LIMIT 3", [doc_id]
        ).fetchall()]
        raise ReleaseError(f"no document {doc_id!r} in {folder / DUCKDB_FILE}; the closest ids are {', '.join(close)}")
    document = dict(zip([c[0] for c in cursor.description], row, strict=True))
    passages = con.execute(
        "SELECT seq, passage_type, section_type, language, book_page, text FROM passages WHERE doc_id = ? ORDER BY seq", [doc_id]
    ).fetchall()
    events = con.execute(
        """SELECT event_id, coalesce(CAST(start_date AS VARCHAR), 'undated') AS day, event_type,
                  array_to_string(source_names, ', ') AS who, array_to_string(target_names, ', ') AS to_whom, evidence_text
           FROM events WHERE doc_id = ? ORDER BY event_id""",
        [doc_id],
    ).fetchall()
    subdocuments = con.execute(
        """SELECT s.subdocument_id, s.kind, coalesce(CAST(s.date AS VARCHAR), 'undated') AS day, array_to_string(s.sender_names, ', ') AS who,
                  array_to_string(s.recipient_names, ', ') AS to_whom, first.seq || '-' || last.seq AS passages, s.evidence_text
           FROM subdocuments s
           JOIN passages first ON first.passage_id = s.first_passage_id
           JOIN passages last ON last.passage_id = s.last_passage_id
           WHERE s.doc_id = ? ORDER BY s.subdocument_id""",
        [doc_id],
    ).fetchall()
    return {"document": document, "passages": passages, "events": events, "subdocuments": subdocuments}


def rejected_seeds(folder: Path) -> list[tuple]:
    con = connect(folder / DUCKDB_FILE, read_only=True)
    return con.execute("SELECT seed_file, stage, message FROM rejects ORDER BY seed_file, stage").fetchall()
