"""Publishing a dataset release: versioned, immutable, self-describing, crash-safe.

``dist/releases/<version>/`` holds the Parquet files (``data/<table>.parquet``),
``dataset.duckdb`` (tables with keys and a comment on every column, views
and macros for common questions, full-text indexes over passages),
``manifest.json``, ``datapackage.json``, ``croissant.json``, ``CITATION.cff``,
``CHANGELOG.md``, a dataset card ``README.md``, its pictures ``index.html`` and the timeline of events
(``timeline.md``, one page a year in ``timeline/``). A release is built in a hidden folder beside the others and
moved into place in one rename, then ``dist/latest`` is repointed; a crash
leaves the previous release as it was. Versions follow semantic versioning of
the data: major when a column is removed or changes type, minor when
documents or columns are added or removed, patch when only the content of
existing documents changes; when no file would change, no release is made.
A table file that moves (``<table>.parquet`` to ``data/<table>.parquet``) is a
major change too: a path that readers load from is gone.

Publishing holds the output folder's lock. It first repairs what a crash
may have left (``repair``), then verifies the release ``dist/latest`` points
at (``pipeline.publish.verify``) and compares against it. A new release is
written in a hidden folder beside the others, every file fsynced and made
read-only, the folder renamed into place in one step, and only then is
``dist/latest`` switched (a symlink replaced in one rename). A kill at any
moment leaves ``dist/latest`` pointing at a complete release; the next build
finishes the switch or clears the half-written folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__
from pipeline.paths import Paths
from pipeline.publish import sql
from pipeline.publish.citation import release_date
from pipeline.publish.database import build_database, database_fingerprint, discard_database, take_database
from pipeline.publish.duck import connect
from pipeline.publish.history import HISTORY_FILE, history_path, record_release
from pipeline.publish.layout import DATA_DIR, table_file, table_names, table_path
from pipeline.publish.lock import build_lock
from pipeline.publish.parquet import FileInfo, sha256_file
from pipeline.publish.verify import ReleaseDamaged, record_stats, verify_release
from schemas import tables as declared_tables

FIRST_VERSION = "1.0.0"
PARALLEL_EVENTS = 250_000  # up to this many events the timeline is written while dataset.duckdb is built (see duck.py)
MAX_SHRINK = 0.2  # a build that would remove more than this share of the documents needs --allow-shrink
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class ShrinkRefused(RuntimeError):
    """The build would publish nothing, or remove too many documents, without --allow-shrink."""


@dataclass(frozen=True)
class ReleaseResult:
    version: str
    path: Path
    created: bool
    previous_version: str | None
    bump: str | None
    manifest: dict


def code_version() -> str:
    """Package version and, in a git checkout, the commit the code was built from (``.dirty`` when the checkout is modified)."""
    root = Path(__file__).resolve().parent.parent.parent
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True, check=True, cwd=root,
        ).stdout.strip()
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", "pipeline", "schemas", "pyproject.toml", "requirements.lock"],
            capture_output=True, text=True, check=True, cwd=root,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return __version__
    return f"{__version__}+{commit}" + (".dirty" if status else "")


def seed_fingerprint(documents_and_rejects: list[tuple[str, str | None]]) -> str:
    """One hash over the set of seeds (file name and content hash of each)."""
    payload = "\n".join(f"{name}\t{sha or ''}" for name, sha in sorted(set(documents_and_rejects), key=lambda x: (x[0], x[1] or "")))
    return hashlib.sha256(payload.encode()).hexdigest()


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(x) for x in path.name.split("."))


def complete_releases(paths: Paths) -> list[Path]:
    """Release folders in version order (a folder gets its version name only once it is complete)."""
    if not paths.releases.is_dir():
        return []
    found = [p for p in paths.releases.iterdir() if _SEMVER.match(p.name) and p.is_dir() and not p.is_symlink()]
    return sorted(found, key=_version_key)


def latest_release(paths: Paths) -> Path | None:
    """The release ``dist/latest`` points at, if it points at one."""
    if not paths.latest.is_symlink():
        return None
    target = (paths.latest.parent / os.readlink(paths.latest)).resolve()
    return target if target.is_dir() and target.parent == paths.releases.resolve() else None


def repair(paths: Paths) -> list[str]:
    """Clears what a crash left and points ``dist/latest`` at the newest complete release; returns what it did."""
    done = []
    if paths.releases.is_dir():
        for leftover in paths.releases.glob(".building-*"):
            _remove_tree(leftover)
            done.append(f"removed the half-written {leftover.name}")
    for leftover in (paths.dist / ".latest.new",):
        if leftover.is_symlink() or leftover.exists():
            leftover.unlink()
            done.append(f"removed {leftover.name}")
    releases = complete_releases(paths)
    if releases and latest_release(paths) != releases[-1].resolve():
        _point_latest(paths, releases[-1])
        done.append(f"pointed latest at {releases[-1].name}")
    if releases and history_path(paths).exists():
        # dist moved since the history last pointed its views (a build with nothing to publish points them too),
        # or a crash came between a release and its row
        done += [f"added release {version} to {HISTORY_FILE}" for version in record_release(paths)]
    return done


def _remove_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


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
    return {row[0] for row in con.execute(sql.load("release_doc_ids"), {"file": str(path)}).fetchall()}


def check_shrink(previous_documents: int | None, documents: int, allow_shrink: bool) -> None:
    """Refuses to publish no document at all, or to lose more than MAX_SHRINK of them, unless allowed."""
    if allow_shrink:
        return
    if documents == 0:
        raise ShrinkRefused(
            "the build has no document to publish (the seeds folder is empty, or every seed was rejected): "
            "nothing was published; add seeds, or run with --allow-shrink to publish an empty release"
        )
    if previous_documents and documents < (1 - MAX_SHRINK) * previous_documents:
        raise ShrinkRefused(
            f"the build would publish {documents} documents where the latest release has {previous_documents} "
            f"(more than {MAX_SHRINK:.0%} fewer): nothing was published; check the seeds folder, "
            "or run with --allow-shrink if the removal is meant"
        )


def publish_release(
    paths: Paths, built: dict[str, FileInfo], allow_shrink: bool = False, inputs: str | None = None, lock_token: str | None = None,
) -> ReleaseResult:
    """Publishes the assembled tables in ``built`` as a new release, unless nothing changed.

    ``inputs`` is the build's input fingerprint (seeds, code), recorded so
    that the next build can tell that nothing changed without building;
    ``lock_token`` is the token of the build that holds the output folder's lock.
    """
    from pipeline import tables  # pandas and pandera: only once there is something to publish
    from pipeline.memory import release_memory

    release_memory()  # what assembling and checking the tables freed, before DuckDB builds the database beside it
    with build_lock(paths.dist, wait=True, token=lock_token):
        repair(paths)
        schema = {
            "fingerprint": tables.schema_fingerprint(),
            "tables": [tables.schema_description(t) for t in declared_tables().values()],
        }
        prior_path = latest_release(paths)
        # Under a lock token the release driver verified the latest release when it took the lock, and it has held it since.
        previous_manifest = (_manifest(prior_path) if lock_token else verify_release(prior_path, paths.verified)) if prior_path else None
        prior = (prior_path.name, prior_path) if prior_path else None
        check_shrink(manifest_rows(previous_manifest, "documents") if previous_manifest else None, built["documents"].rows, allow_shrink)
        if prior:
            old_ids, new_ids = _doc_ids(table_path(prior_path, "documents")), _doc_ids(built["documents"].path)
            bump = _bump(previous_manifest, built, schema, (new_ids - old_ids, old_ids - new_ids))
            if bump is None:
                discard_database()  # nothing to publish: a database started early is not needed
                if inputs and previous_manifest.get("input_fingerprint") != inputs:
                    _record_inputs(prior_path, inputs)
                return ReleaseResult(prior[0], prior_path, False, previous_manifest.get("previous_version"), None, previous_manifest)
            version = _next_version(prior[0], bump)
            while (paths.releases / version).exists():  # a newer release than latest exists only if latest was repointed by hand
                version = _next_version(version, bump)
        else:
            version, bump = FIRST_VERSION, None
            while (paths.releases / version).exists():
                version = _next_version(version, "major")
        paths.releases.mkdir(parents=True, exist_ok=True)
        staging = paths.releases / f".building-{version}"
        staging.mkdir()
        manifest = _write_release(staging, paths, built, version, prior, schema, inputs)
        _seal(staging)
        final = paths.releases / version
        os.rename(staging, final)
        _fsync_dir(paths.releases)
        _point_latest(paths, final)
        record_stats(final, paths.verified)  # written and sealed by this build: the next one trusts it unread
        record_release(paths, final)
        return ReleaseResult(version, final, True, prior[0] if prior else None, bump, manifest)


def _manifest(release: Path) -> dict:
    return json.loads((release / "manifest.json").read_text(encoding="utf-8"))


def manifest_rows(manifest: dict, name: str) -> int | None:
    """A table's rows as a manifest records them, in the current layout or the one before 2.0.0."""
    entry = manifest["files"].get(table_file(name)) or manifest["files"].get(f"{name}.parquet") or {}
    return entry.get("rows")


def _record_inputs(release: Path, inputs: str) -> None:
    """Nothing changed in the data, but the inputs did (a rename that changes no row is impossible; new code is not):
    the build's fingerprint is kept beside the release, so the next build with the same inputs stops early."""
    (release.parent / f".{release.name}.inputs").write_text(inputs + "\n", encoding="utf-8")


def recorded_inputs(release: Path) -> set[str]:
    """Input fingerprints known to give ``release``: its manifest's and any recorded beside it later."""
    found = set()
    manifest = release / "manifest.json"
    if manifest.exists():
        found.add(json.loads(manifest.read_text(encoding="utf-8")).get("input_fingerprint"))
    extra = release.parent / f".{release.name}.inputs"
    if extra.exists():
        found.add(extra.read_text(encoding="utf-8").strip())
    return found - {None}


def _seal(folder: Path) -> None:
    """Every file of the release fsynced and read-only, and every folder's entries fsynced. The files are fsynced
    several at a time: the file system commits their waits together (a release has a hundred timeline pages)."""
    files = [path for path in sorted(folder.rglob("*")) if path.is_file()]
    with ThreadPoolExecutor(8, thread_name_prefix="seal") as pool:
        for _ in pool.map(_fsync_file, files):
            pass
    for path in files:
        path.chmod(0o444)
    for sub in sorted(p for p in folder.rglob("*") if p.is_dir()):
        _fsync_dir(sub)
        sub.chmod(0o555)  # data/ too: no file can be added to a published release
    _fsync_dir(folder)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_release(folder: Path, paths: Paths, built: dict[str, FileInfo], version: str, prior: tuple[str, Path] | None, schema: dict, inputs: str | None) -> dict:
    (folder / DATA_DIR).mkdir()
    for name, info in built.items():
        shutil.copyfile(info.path, folder / table_file(name))
    with ThreadPoolExecutor(1) as pool:  # DuckDB builds the database on one core while Python writes the pages on the other
        started = take_database(built, prior[1] if prior else None, folder)  # begun while the checks ran
        database = pool.submit(started) if started else pool.submit(build_database, folder, paths, list(built), prior[1] if prior else None)
        if built["events"].rows > PARALLEL_EVENTS:  # both DuckDB sessions at their memory limits would not fit: the pages wait
            wait([database])
        try:
            released, seeds = _describe(folder, paths, built, version, prior)
        finally:
            table_rows, _ = database.result()
    files = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name == "dataset.duckdb":
            continue
        if path.suffix == ".parquet":
            info = built[path.stem]
            entry = {"sha256": info.sha256, "bytes": info.bytes, "rows": info.rows}
        else:
            entry = {"sha256": sha256_file(path), "bytes": path.stat().st_size}
        files[path.relative_to(folder).as_posix()] = entry
    manifest = {
        "version": version,
        "previous_version": prior[0] if prior else None,
        "release_date": released.isoformat(),
        "seed_fingerprint": seed_fingerprint(seeds),
        "seed_count": len(seeds),
        "input_fingerprint": inputs,
        "code_version": code_version(),
        "schema_fingerprint": schema["fingerprint"],
        "files": files,
        "duckdb": {
            "file": "dataset.duckdb",
            "tables": table_rows,
            "database_fingerprint": database_fingerprint(),
            "note": "the rows of the Parquet files above (built from them, or updated from the previous release's database); DuckDB database files are not byte-reproducible (duckdb/duckdb#23382), so no checksum is recorded",
        },
        "schema": schema["tables"],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def _describe(folder: Path, paths: Paths, built: dict[str, FileInfo], version: str, prior: tuple[str, Path] | None) -> tuple:
    """The release's pages (card, changelog, timeline, pictures, metadata files); returns its date and its seeds."""
    # matplotlib: only when a release is written, and maybe only in the build's helper process (start_charts)
    from pipeline.publish.describe import write_descriptions
    from pipeline.publish.html import start_charts, started_charts
    from pipeline.publish.timeline import write_timeline

    drawn = started_charts(built) or start_charts(folder)
    # The timeline (DuckDB sorting the events, Arrow joining their lines) is written beside the rest, which it shares
    # nothing with: its pages and the other descriptions take the two cores at once.
    with ThreadPoolExecutor(1, thread_name_prefix="timeline") as pool:
        timeline = pool.submit(write_timeline, folder, version, paths.build, paths.work)
        try:
            con = connect()
            seeds = con.execute(
                sql.load("release_seeds"), {"documents": str(table_path(folder, "documents")), "rejects": str(table_path(folder, "rejects"))}
            ).fetchall()
            changes = _changes(folder, prior[1] if prior else None)
            released = release_date(paths.seeds)
            write_descriptions(folder, version, released, prior[0] if prior else None, built, changes, drawn)
        finally:
            timeline.result()
    return released, seeds


def _changes(folder: Path, previous: Path | None) -> dict:
    """Documents added, removed and changed since the previous release, and rows per table, by DuckDB.

    A document changed when one of its rows in documents, passages or events is not, as it is, in the previous
    release. When the previous release was made by the same code (its manifest's ``database_fingerprint``), a
    document's passages and events change only with its row in documents (see ``pipeline.publish.database``), so only
    the documents files are compared."""
    con = connect()
    new = str(table_path(folder, "documents"))
    counts = {name: _count(con, table_path(folder, name)) for name in table_names(folder)}
    if previous is None:
        added = [r[0] for r in con.execute(sql.load("release_doc_ids"), {"file": new}).fetchall()]
        return {"added": added, "removed": [], "changed": [], "rows": {n: (None, c) for n, c in counts.items()}}
    old = str(table_path(previous, "documents"))
    added = [r[0] for r in con.execute(sql.load("release_ids_except"), {"a": new, "b": old}).fetchall()]
    removed = [r[0] for r in con.execute(sql.load("release_ids_except"), {"a": old, "b": new}).fetchall()]
    changed = set()
    same_code = (_manifest(previous).get("duckdb") or {}).get("database_fingerprint") == database_fingerprint()
    for name in ("documents",) if same_code else ("documents", "passages", "events"):
        if table_path(previous, name).exists():
            params = {"new": str(table_path(folder, name)), "old": str(table_path(previous, name))}
            changed |= {r[0] for r in con.execute(sql.load("release_changed_docs"), params).fetchall()}
    old_counts = {name: _count(con, table_path(previous, name)) for name in table_names(previous)}
    rows = {n: (old_counts.get(n), counts.get(n)) for n in sorted(set(counts) | set(old_counts))}
    moved = [
        (f"{name}.parquet", table_file(name)) for name in table_names(previous)
        if (previous / f"{name}.parquet").exists() and (folder / table_file(name)).exists()
    ]
    return {"added": added, "removed": removed, "changed": sorted(changed - set(added)), "rows": rows, "moved": moved}


def _count(con, path: Path) -> int:
    return con.execute(sql.load("count_file_rows"), {"file": str(path)}).fetchone()[0]


def _point_latest(paths: Paths, release: Path) -> None:
    """Repoints dist/latest at ``release`` in one rename (a relative symlink), then fsyncs the folder."""
    link = paths.dist / ".latest.new"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(release.resolve().relative_to(paths.dist.resolve()))
    os.replace(link, paths.latest)
    _fsync_dir(paths.dist)


__all__ = ["ReleaseDamaged", "ReleaseResult", "ShrinkRefused", "publish_release", "repair", "latest_release"]
