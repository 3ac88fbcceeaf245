"""Checking a published release against its manifest.

Every file the manifest lists must be there with the bytes, sha256 and (for
Parquet) rows it records, and nothing else may be in the folder but
``dataset.duckdb``; each table of ``dataset.duckdb`` must hold the same rows
as its Parquet file (count and an order-free digest of every row). The
database is opened read-only, so verifying never changes it.

A build checks the latest release before it compares against it. Reading
every file of a large release each time would cost more than the build, so
a build may keep, in its build area, the stat (size, modification and
change times, inode) of each file of the release it last checked in full or
published: when the release's files are exactly those, with those stats,
it is trusted without reading them (a published file is read-only, and its
change time cannot be set back). Anything else is checked in full again;
``pipeline verify`` always checks in full.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish import sql
from pipeline.publish.duck import connect
from pipeline.publish.layout import table_path


class ReleaseDamaged(RuntimeError):
    """A release whose files do not match its manifest; the message names the file."""


def release_problems(folder: Path) -> tuple[dict | None, list[str]]:
    """The release's manifest (None when unreadable) and every problem found, each naming its file."""
    manifest_path = folder / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        listed = manifest["files"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        return None, [f"{manifest_path}: unreadable manifest ({err})"]
    problems = []
    for name, entry in sorted(listed.items()):
        problems += _file_problems(folder / name, entry)
    expected = set(listed) | {"manifest.json", "dataset.duckdb"}
    present = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir() or p.is_symlink())
    problems += [f"{folder / extra}: not listed in the manifest" for extra in present if extra not in expected]
    problems += _duckdb_problems(folder, manifest)
    return manifest, problems


def _file_problems(path: Path, entry: dict) -> list[str]:
    if not path.is_file() or path.is_symlink():
        return [f"{path}: missing"]
    size = path.stat().st_size
    if size != entry.get("bytes"):
        return [f"{path}: {size} bytes, the manifest says {entry.get('bytes')}"]
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    if digest.hexdigest() != entry.get("sha256"):
        return [f"{path}: sha256 {digest.hexdigest()[:16]}... differs from the manifest's {str(entry.get('sha256'))[:16]}..."]
    if path.suffix == ".parquet":
        try:
            rows = pq.read_metadata(path).num_rows
        except (OSError, pa.ArrowInvalid) as err:
            return [f"{path}: not a readable Parquet file ({err})"]
        if rows != entry.get("rows"):
            return [f"{path}: {rows} rows, the manifest says {entry.get('rows')}"]
    return []


def _duckdb_problems(folder: Path, manifest: dict) -> list[str]:
    database = folder / "dataset.duckdb"
    recorded = (manifest.get("duckdb") or {}).get("tables") or {}
    if not database.is_file():
        return [f"{database}: missing"]
    try:
        con = connect(database, read_only=True)
    except duckdb.Error as err:
        return [f"{database}: cannot be opened ({str(err).splitlines()[0]})"]
    problems = []
    try:
        present = {row[0] for row in con.execute(sql.load("list_tables")).fetchall()}
        for name, rows in sorted(recorded.items()):
            parquet = table_path(folder, name)
            if name not in present:
                problems.append(f"{database}: table {name} is missing")
                continue
            in_db = con.execute(sql.render("verify_table", table=name)).fetchone()
            in_file = con.execute(sql.load("verify_file"), {"file": str(parquet)}).fetchone() if parquet.is_file() else None
            if in_db[0] != rows:
                problems.append(f"{database}: table {name} has {in_db[0]} rows, the manifest says {rows}")
            elif in_file is not None and tuple(in_db) != tuple(in_file):
                problems.append(f"{database}: table {name} differs from {parquet.name}")
    except duckdb.Error as err:
        problems.append(f"{database}: unreadable ({str(err).splitlines()[0]})")
    finally:
        con.close()
    return problems


def verify_release(folder: Path, stats: Path | None = None) -> dict:
    """The release's manifest, once every check passed; raises ReleaseDamaged naming what is wrong.

    With ``stats`` (a file in the build area), a release whose files have
    the stats recorded there when it was last checked or published is
    trusted unread; after a full check its stats are recorded there.
    """
    if stats is not None and _stats_match(folder, stats):
        return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest, problems = release_problems(folder)
    if problems:
        raise ReleaseDamaged(
            f"release {folder.name} does not match its manifest:\n  " + "\n  ".join(problems)
            + f"\nrestore {folder} from a copy, or move it out of {folder.parent} to publish anew"
        )
    if stats is not None:
        record_stats(folder, stats)
    return manifest


def _file_stats(folder: Path) -> dict[str, list[int]]:
    """Every entry of the release folder (files, folders, links) and its size, times, inode and mode."""
    found = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        found[path.relative_to(folder).as_posix()] = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_mode]
    return found


def record_stats(folder: Path, stats: Path) -> None:
    """Records the stats of every file of ``folder``, a release just checked in full or written and sealed by this build."""
    st = folder.stat()
    payload = {"release": str(folder.resolve()), "folder": [st.st_ino, st.st_ctime_ns], "files": _file_stats(folder)}
    stats.parent.mkdir(parents=True, exist_ok=True)
    partial = stats.with_name(f".{stats.name}.partial")
    partial.write_text(json.dumps(payload, sort_keys=True), encoding="utf-8")
    os.replace(partial, stats)


def _stats_match(folder: Path, stats: Path) -> bool:
    try:
        recorded = json.loads(stats.read_text(encoding="utf-8"))
        st = folder.stat()
        return (
            recorded["release"] == str(folder.resolve()) and recorded["folder"] == [st.st_ino, st.st_ctime_ns]
            and recorded["files"] == _file_stats(folder)
        )
    except (OSError, ValueError, KeyError, TypeError):
        return False
