"""The seeds folder: which entries are seeds, which are skipped and why.

A seed is a regular, non-hidden file of the folder itself. Nothing is
followed or silently dropped: a symbolic link (never followed, wherever it
points), a subfolder, a pipe or device, a hidden file, a file that cannot
be read, one larger than ``MAX_SEED_BYTES`` and one that vanished while the
folder was read are each listed as skipped with the reason, and become a
``rejects`` row. Files with the same bytes under several names are one
seed (the first name in byte order); the other names are listed as
duplicates of it.

A seed is identified by the sha256 of its bytes: that is what decides
whether it must be read again, which staging shard holds its rows, and
nothing in a path or in SQL ever comes from its name.

Hashing every seed of a large folder on every build costs more than the
build itself, so a listing may keep a stat cache (like git's index): a
file whose size, modification and change times, inode and device are those
it had when last hashed keeps its hash without being read. The change time
cannot be set back by a user, so an edit is always seen; a file modified
within ``RACY_SECONDS`` of the listing is not cached (its next edit could
keep the same times), and deleting the cache forces a full re-hash. A
seed's bytes are checked against its hash again when it is parsed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

MAX_SEED_BYTES = 4 * 1024 * 1024  # an archival record or a book page is a few kB; 4 MiB is a book
SHARDS = tuple("0123456789abcdef")  # a seed's shard: the first hex digit of its sha256


class SeedsFolderError(RuntimeError):
    """The seeds folder is missing or is not a folder; the message says what to do."""


def display_name(raw: str) -> str:
    """A file name as valid UTF-8 text: bytes that are not UTF-8 shown as \\xNN escapes."""
    return os.fsencode(raw).decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class Seed:
    """A readable regular file, identified by its content."""

    name: str
    path: Path
    sha256: str
    size: int

    @property
    def shard(self) -> str:
        return self.sha256[0]


@dataclass(frozen=True)
class Skipped:
    """An entry of the seeds folder that is not read: why, and (where read) its hash and size."""

    name: str
    reason: str
    stage: str = "skip"
    sha256: str | None = None
    size: int = 0


@dataclass
class SeedListing:
    seeds: list[Seed] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def by_sha(self) -> dict[str, Seed]:
        return {seed.sha256: seed for seed in self.seeds}

    def fingerprint(self) -> str:
        """One hash over every entry: names, hashes and reasons (what a build's input is)."""
        digest = hashlib.sha256()
        for seed in self.seeds:
            digest.update(f"seed\0{seed.name}\0{seed.sha256}\n".encode())
        for entry in self.skipped:
            digest.update(f"skip\0{entry.name}\0{entry.stage}\0{entry.sha256}\0{entry.reason}\n".encode())
        return digest.hexdigest()


def check_seeds_folder(folder: Path) -> None:
    if not folder.exists():
        raise SeedsFolderError(f"seeds folder {folder} does not exist: create it and put text files in it, or set PIPELINE_SEEDS to a folder of text files")
    if not folder.is_dir():
        raise SeedsFolderError(f"seeds folder {folder} is not a folder: set PIPELINE_SEEDS to a folder of text files")


def list_seeds(folder: Path, cache: Path | None = None) -> SeedListing:
    """Every entry of ``folder`` as a seed or a skipped entry, in byte order of the names.

    With ``cache`` (a file in the build area), a file whose stat is the one
    recorded there keeps its recorded hash and is not read; the cache is
    then rewritten with what this listing found.
    """
    check_seeds_folder(folder)
    listing = SeedListing()
    first_by_sha: dict[str, str] = {}
    started = time.time_ns()
    with os.scandir(folder) as entries:
        ordered = sorted(entries, key=lambda e: os.fsencode(e.name))
    known = _read_stat_cache(cache, folder) if cache is not None else None
    hashed: dict[bytes, tuple] = {}
    for entry in ordered:
        found = _examine(entry, known, hashed)
        if isinstance(found, Skipped):
            listing.skipped.append(found)
        elif found.sha256 in first_by_sha:
            first = first_by_sha[found.sha256]
            listing.skipped.append(Skipped(
                found.name, f"the same bytes as {first}: the document is published once, from {first}; remove this copy",
                stage="duplicate", sha256=found.sha256, size=found.size,
            ))
        else:
            first_by_sha[found.sha256] = found.name
            listing.seeds.append(found)
    if known is not None and hashed != known:  # a listing that found every file as recorded leaves the cache as it is
        _write_stat_cache(cache, folder, hashed, started)
    return listing


RACY_SECONDS = 2  # a file modified this close to its listing is hashed again next time (its times may not show an edit)


def _stat_key(st: os.stat_result) -> tuple:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


@cache
def _stat_schema():
    import pyarrow as pa

    return pa.schema([
        ("name", pa.binary()), ("size", pa.int64()), ("mtime_ns", pa.int64()), ("ctime_ns", pa.int64()),
        ("ino", pa.uint64()), ("dev", pa.uint64()), ("sha256", pa.string()),
    ])


def _read_stat_cache(cache: Path, folder: Path) -> dict[bytes, tuple]:
    """File name -> (stat key, sha256) as the last listing of ``folder`` recorded them; empty when unreadable."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(cache).read()  # not read_table: its dataset layer imports pandas, a second of a no-change build
    except (OSError, pa.ArrowInvalid):
        return {}
    if (table.schema.metadata or {}).get(b"folder") != os.fsencode(folder.resolve()) or not table.schema.equals(_stat_schema(), check_metadata=False):
        return {}
    columns = [table[name].to_pylist() for name in _stat_schema().names]
    return {row[0]: (tuple(row[1:6]), row[6]) for row in zip(*columns, strict=True)}


def _write_stat_cache(cache: Path, folder: Path, hashed: dict[bytes, tuple], started_ns: int) -> None:
    """What this listing hashed, less the files modified too close to it to be trusted next time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    horizon = started_ns - RACY_SECONDS * 1_000_000_000
    rows = [(name, *key, sha) for name, (key, sha) in sorted(hashed.items()) if key[1] < horizon and key[2] < horizon]
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in _stat_schema().names]
    table = pa.table(dict(zip(_stat_schema().names, columns, strict=True)), schema=_stat_schema())
    cache.parent.mkdir(parents=True, exist_ok=True)
    partial = cache.with_name(f".{cache.name}.{os.getpid()}.partial")
    pq.write_table(table.replace_schema_metadata({b"folder": os.fsencode(folder.resolve())}), partial, compression="zstd")
    os.replace(partial, cache)


def _examine(entry: os.DirEntry, known: dict | None = None, hashed: dict | None = None) -> Seed | Skipped:
    name = display_name(entry.name)
    if entry.name.startswith("."):
        return Skipped(name, "hidden file (its name starts with a dot): rename it without the dot to publish it")
    try:
        if entry.is_symlink():
            return Skipped(name, "symbolic link: links are never followed; copy the file itself into the seeds folder")
        mode = entry.stat(follow_symlinks=False).st_mode
    except FileNotFoundError:
        return Skipped(name, "vanished while the seeds folder was read: run the build again", stage="read")
    if stat.S_ISDIR(mode):
        return Skipped(name, "a folder: seeds are read from the seeds folder itself, not from its subfolders")
    if not stat.S_ISREG(mode):
        return Skipped(name, "not a regular file (a pipe, socket or device): only files are read")
    if known is None:
        return _hash_file(name, Path(entry.path))
    raw = os.fsencode(entry.name)
    try:
        key = _stat_key(entry.stat(follow_symlinks=False))
    except FileNotFoundError:
        return Skipped(name, "vanished while the seeds folder was read: run the build again", stage="read")
    cached = known.get(raw)
    if cached is not None and cached[0] == key:
        sha256, size = cached[1], key[0]
        found = Seed(name, Path(entry.path), sha256, size)
        if size > MAX_SEED_BYTES:
            found = _too_large(name, sha256, size)
    else:
        found = _hash_file(name, Path(entry.path))
        if found.sha256 is None:
            return found
        try:  # the stat after reading: a file rewritten while it was read is not cached under its old times
            after = _stat_key(os.stat(entry.path, follow_symlinks=False))
        except OSError:
            return found
        if after != key:
            return found
    hashed[raw] = (key, found.sha256)
    return found


def open_seed(path: Path) -> int:
    """A read-only descriptor of a regular file, refusing links and never blocking on a pipe."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise IsADirectoryError(errno.EISDIR, "not a regular file", str(path))
    return fd


def _hash_file(name: str, path: Path) -> Seed | Skipped:
    try:
        fd = open_seed(path)
    except PermissionError:
        return Skipped(name, "cannot be read (permission denied): make it readable by the user who runs the build", stage="read")
    except FileNotFoundError:
        return Skipped(name, "vanished while the seeds folder was read: run the build again", stage="read")
    except OSError as err:
        return Skipped(name, f"cannot be opened as a regular file ({err.strerror}): replace it with a plain text file", stage="read")
    digest, size = hashlib.sha256(), 0
    try:
        with os.fdopen(fd, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
                size += len(chunk)
    except OSError as err:
        return Skipped(name, f"reading failed ({err.strerror}): check the disk and run the build again", stage="read")
    if size > MAX_SEED_BYTES:
        return _too_large(name, digest.hexdigest(), size)
    return Seed(name, path, digest.hexdigest(), size)


def _too_large(name: str, sha256: str, size: int) -> Skipped:
    return Skipped(
        name, f"{size} bytes, more than the {MAX_SEED_BYTES} a seed may have: split it into one file per document",
        stage="read", sha256=sha256, size=size,
    )


def read_seed(seed: Seed) -> bytes:
    """The seed's bytes, checked against the hash it was listed with.

    Raises SeedChanged when the file vanished, became unreadable or was
    rewritten since the folder was listed.
    """
    try:
        fd = open_seed(seed.path)
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(MAX_SEED_BYTES + 1)
    except FileNotFoundError as err:
        raise SeedChanged("vanished during the build: run the build again") from err
    except OSError as err:
        raise SeedChanged(f"could not be read during the build ({err.strerror}): run the build again") from err
    if hashlib.sha256(data).hexdigest() != seed.sha256:
        raise SeedChanged("was rewritten during the build: run the build again once it is written")
    return data


class SeedChanged(RuntimeError):
    """A seed that is no longer what the folder listing said."""
