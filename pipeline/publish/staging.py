"""Staging: every seed's rows, kept by content so that a build parses only what changed.

The rows of a seed depend only on its bytes and on the code that reads them,
so they are kept under the seed's sha256, never its name. Seeds are spread
over sixteen shards by the first hex digit of their hash; a shard is five
Parquet files, ``staging/<shard>/<table>.parquet``, each row tagged with the
seed it came from (``_seed_sha256``). A build gives each shard the seeds it
should hold: the rows of seeds still there are kept, those of removed or
edited seeds dropped, and only new bytes are parsed. A shard whose files
were written by other code (``code_fingerprint``) is parsed anew.

The five files of a shard carry one token in their metadata; a shard whose
files disagree (a crash between two renames) is treated as empty and parsed
again. A seed that changed while it was read is rejected for this build
only and read again by the next.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.forkserver
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import tables
from pipeline.progress import track
from pipeline.publish.inputs import build_code_fingerprint, build_inputs, code_fingerprint  # noqa: F401 - staging's names too
from pipeline.publish.parquet import WRITE_OPTIONS
from pipeline.seeds import Seed, SeedChanged, SeedListing, Skipped, read_seed
from pipeline.tables import SEED_TABLES

SHA_COLUMN = "_seed_sha256"
RETRY_COLUMN = "_retry"  # rejects only: a seed that changed while read, parsed again next time
_TOKEN_KEY = b"staging_token"
_CODE_KEY = b"code_fingerprint"
if TYPE_CHECKING:
    from pipeline.seed import SeedTables

_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")
WINDOW = 256  # seeds in flight per worker: bounds the parsed rows waiting in the build's process
INLINE_SEEDS = 4  # fewer seeds to parse than this are parsed in the build's own process


@cache
def staged_schema(name: str) -> pa.Schema:
    schema = _plain_schema(name).append(pa.field(SHA_COLUMN, pa.string(), nullable=False))
    return schema.append(pa.field(RETRY_COLUMN, pa.bool_(), nullable=False)) if name == "rejects" else schema


@dataclass(frozen=True)
class ShardResult:
    shard: str
    parsed: int
    reused: int
    removed: int
    rejected: int
    written: bool


def shard_files(staging: Path, shard: str) -> dict[str, Path]:
    return {name: staging / shard / f"{name}.parquet" for name in SEED_TABLES}


def staged_files(staging: Path, shards: Iterable[str]) -> dict[str, list[Path]]:
    """Per table, the staged files of the shards that exist (for assembly)."""
    files: dict[str, list[Path]] = {name: [] for name in SEED_TABLES}
    for shard in shards:
        for name, path in shard_files(staging, shard).items():
            if path.exists():
                files[name].append(path)
    return files


def _read_shard_tags(staging: Path, shard: str) -> dict[str, pa.Table] | None:
    """The seed tags of the shard's tables, or None when the shard is missing, written by other code, or torn. Read once
    per process while the files stay the same (the build's driver and then the shard's step both plan the shard)."""
    files = shard_files(staging, shard)
    try:
        stats = tuple((st.st_ino, st.st_size, st.st_mtime_ns) for st in (path.stat() for path in files.values()))
    except OSError:
        return None
    key = (str(staging.resolve()), shard, stats, code_fingerprint())
    if _TAGS_READ.get(shard, (None,))[0] != key:
        _TAGS_READ[shard] = (key, _shard_tags(files))
    return _TAGS_READ[shard][1]


_TAGS_READ: dict[str, tuple] = {}  # per shard: the stats its files had when their tags were read, and the tags


def _shard_tags(files: dict[str, Path]) -> dict[str, pa.Table] | None:
    try:
        metas = {name: pq.read_schema(path).metadata or {} for name, path in files.items()}
    except (OSError, pa.ArrowInvalid):
        return None
    tokens = {meta.get(_TOKEN_KEY) for meta in metas.values()}
    codes = {meta.get(_CODE_KEY) for meta in metas.values()}
    if len(tokens) != 1 or None in tokens or codes != {code_fingerprint().encode()}:
        return None
    try:
        return {name: pq.ParquetFile(path).read(columns=_tag_columns(name)) for name, path in files.items()}
    except (OSError, pa.ArrowInvalid):
        return None


def _tag_columns(name: str) -> list[str]:
    return [SHA_COLUMN, RETRY_COLUMN] if name == "rejects" else [SHA_COLUMN]


def _seeds_in(staged: dict[str, pa.Table]) -> set[str]:
    """Seeds whose rows are kept for good (transient rejects are read again)."""
    import pyarrow.compute as pc

    rejects = staged["rejects"].filter(pc.invert(staged["rejects"][RETRY_COLUMN]))
    return set(staged["documents"][SHA_COLUMN].to_pylist()) | set(rejects[SHA_COLUMN].to_pylist())


@cache
def _plain_schema(name: str) -> pa.Schema:
    """A table's declared schema without descriptions: what travels from a worker, per seed."""
    return pa.schema([field.remove_metadata() for field in tables.arrow_schema(name)])


def _tagged(result: SeedTables, sha256: str, retry: bool = False) -> dict[str, pa.Table]:
    tagged = {}
    for name in SEED_TABLES:
        table = result.table(name)  # of the declared schema: its columns are taken as they are, under the plain schema
        columns = [*table.columns, pa.array([sha256] * table.num_rows, pa.string())]
        if name == "rejects":
            columns.append(pa.array([retry] * table.num_rows, pa.bool_()))
        tagged[name] = pa.Table.from_arrays(columns, schema=staged_schema(name))
    return tagged


def read_and_process(seed: Seed) -> dict[str, pa.Table]:
    """One seed's staged rows: read (checked against its listed hash) and processed."""
    from pipeline.seed import (  # the parsers: imported where seeds are read, not by every build
        process_seed,
        rejected,
    )

    try:
        data = read_seed(seed)
    except SeedChanged as err:
        return _tagged(rejected(seed.name, seed.sha256, seed.size, "read", str(err)), seed.sha256, retry=True)
    return _tagged(process_seed(seed.name, data), seed.sha256)


def read_and_pack(seed: Seed) -> dict[str, pa.Buffer]:
    """``read_and_process`` as a worker sends it back: each table as an Arrow IPC stream, which the build's process reads
    without copying (pickling the tables themselves cost a worker and the build ~1 ms each per seed, a tenth of a build)."""
    return {name: _packed(table) for name, table in read_and_process(seed).items()}


def _packed(table: pa.Table) -> pa.Buffer:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def unpack(result: dict) -> dict[str, pa.Table]:
    """A seed's staged rows from ``read_and_pack`` (tables given as they are: a seed read in the build's own process)."""
    return {name: value if isinstance(value, pa.Table) else pa.ipc.open_stream(value).read_all() for name, value in result.items()}


Mapper = Callable[[Callable, list], Iterator]


@dataclass
class _Plan:
    shard: str
    found: bool
    keep: set[str]
    wanted: set[str]
    new: list[Seed]
    reused: int
    removed: int
    write: bool
    rejected: int


def _plan(staging: Path, shard: str, seeds: list[Seed]) -> _Plan:
    """What one shard keeps, drops and must parse to hold exactly ``seeds``, from the seed tags alone (the rows are read
    only for a shard that is rewritten)."""
    import pyarrow.compute as pc

    found = _read_shard_tags(staging, shard)
    existing = found or {name: staged_schema(name).empty_table().select(_tag_columns(name)) for name in SEED_TABLES}
    have = _seeds_in(existing)
    wanted = {seed.sha256 for seed in seeds}
    new = [seed for seed in sorted(seeds, key=lambda s: s.sha256) if seed.sha256 not in have]
    removed = len(have - wanted)
    torn_or_missing = found is None and (bool(seeds) or (staging / shard).exists())
    rejects = existing["rejects"]
    rejected = rejects.filter(pc.invert(rejects[RETRY_COLUMN])).num_rows
    return _Plan(shard, found is not None, wanted & have, wanted, new, len(wanted & have), removed, bool(new or removed or torn_or_missing), rejected)


def _kept_batches(staging: Path, plan: _Plan, name: str) -> Iterator[pa.Table]:
    """The staged rows of table ``name`` that the shard keeps (its seeds still wanted, transient rejects dropped),
    read a batch at a time so a large shard never sits in memory whole."""
    import pyarrow.compute as pc

    if not plan.found or not plan.keep:
        return
    keep = pa.array(sorted(plan.keep), pa.string())
    schema = staged_schema(name)
    for batch in pq.ParquetFile(shard_files(staging, plan.shard)[name]).iter_batches(batch_size=_BATCH_ROWS):
        table = pa.Table.from_batches([batch]).select(schema.names).cast(schema)
        table = table.filter(pc.is_in(table[SHA_COLUMN], value_set=keep))
        if name == "rejects":
            table = table.filter(pc.invert(table[RETRY_COLUMN]))
        if table.num_rows:
            yield table


def stage_shards(
    staging: Path, seeds_by_shard: dict[str, list[Seed]], mapper: Mapper | None = None,
    log: Callable[[str], None] | None = None, noun: str = "seeds parsed",
) -> list[ShardResult]:
    """Brings each shard to exactly its seeds: keeps what is staged, drops what went, parses what is new.

    The new seeds of all the shards go to the mapper in one pass, so a pool
    of workers stays busy across shards, and each shard's files are written
    as its seeds are parsed, a batch of rows at a time: memory holds one
    batch, whatever the size of a shard.
    The parsing's progress (seeds parsed of the new ones, rate, time left) is
    a bar on a terminal and lines given to ``log`` elsewhere.
    """
    plans = [_plan(staging, shard, seeds) for shard, seeds in sorted(seeds_by_shard.items())]
    new = [seed for plan in plans for seed in plan.new]
    results = track(map(unpack, _parsed(mapper or _serial_map, new)), total=len(new), noun=noun, log=log)
    done = []
    for plan in plans:
        if not plan.write:
            done.append(ShardResult(plan.shard, 0, plan.reused, plan.removed, plan.rejected, False))
            continue
        parsed = (next(results) for _ in plan.new)
        rejected = _write_shard(staging, plan, parsed)
        done.append(ShardResult(plan.shard, len(plan.new), plan.reused, plan.removed, rejected, True))
    for _ in results:  # every seed was taken: this ends the bar and logs the last line
        pass
    return done


def _parsed(mapper: Mapper, seeds: list[Seed]) -> Iterator:
    """``read_and_pack`` of each seed, in order: from the process that parses ahead when it took the seed, else mapped."""
    ahead = {seed: _AHEAD.pop(seed) for seed in seeds if seed in _AHEAD}
    mapped = mapper(read_and_pack, [seed for seed in seeds if seed not in ahead])
    for seed in seeds:
        if seed not in ahead:
            yield next(mapped)
            continue
        try:
            yield ahead[seed].result()
        except Exception:  # noqa: BLE001 - the process ahead died or failed: the seed is read here, as it would have been
            yield read_and_pack(seed)


_AHEAD: dict = {}  # seed -> the future of its read_and_pack in the process that parses ahead
_AHEAD_POOLS: list[ProcessPoolExecutor] = []


def parse_ahead(staging: Path, seeds: list[Seed]) -> int:
    """Starts parsing the seeds that the staging steps will find new, when there are fewer than ``INLINE_SEEDS`` (which
    the steps would parse in the build's own process), in a process of their own, while the build's process starts the
    run: a few seeds added to a large folder cost their language models' loading (seconds of one core) on the other
    core. The steps take the rows from it (``_parsed``); returns how many seeds it took."""
    by_shard: dict[str, list[Seed]] = {}
    for seed in seeds:
        by_shard.setdefault(seed.shard, []).append(seed)
    new = [seed for shard, group in sorted(by_shard.items()) for seed in _plan(staging, shard, group).new]
    if not new or len(new) >= INLINE_SEEDS:
        return 0
    # a fresh process (no model preloaded) that ends with the build's, whose output it shares
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=_end_with, initargs=(os.getpid(),))
    _AHEAD_POOLS.append(pool)
    for seed in new:
        _AHEAD[seed] = pool.submit(read_and_pack, seed)
    return len(new)


def _end_with(parent: int) -> None:
    """Ends this process when ``parent`` (the build's) is gone, killed included: a process left behind would hold the
    build's output open, so that whoever ran the build would wait for it. When the build ends it, its objects (the
    language models') are frozen out of the garbage collector before the interpreter shuts down, which would otherwise
    walk them all for cycles while the build waits for it to end."""
    import atexit
    import gc
    import threading
    import time

    atexit.register(gc.freeze)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def helper() -> ProcessPoolExecutor | None:
    """The process that parsed ahead, while the build lasts: idle once it has parsed the few new seeds, it can do other
    work of the build on the other core (functions importable by name, arguments that pickle). None when there is none."""
    return _AHEAD_POOLS[-1] if _AHEAD_POOLS else None


def end_parse_ahead() -> None:
    """Ends the process that parses ahead, and forgets what the steps did not take (a run that failed before them)."""
    _AHEAD.clear()
    while _AHEAD_POOLS:
        _AHEAD_POOLS.pop().shutdown(wait=True, cancel_futures=True)


def stage_shard(staging: Path, shard: str, seeds: list[Seed], mapper: Mapper | None = None) -> ShardResult:
    """One shard brought to exactly ``seeds`` (see ``stage_shards``)."""
    return stage_shards(staging, {shard: seeds}, mapper)[0]


def _serial_map(function, items):
    return map(function, items)


_BATCH_ROWS = 50_000  # rows of a table read at a time from a shard's file, and the most in one of its row groups
_BATCH_SEEDS = 256  # parsed seeds held before their rows are written to the shard's files


def _write_shard(staging: Path, plan: _Plan, parsed: Iterator[dict[str, pa.Table]]) -> int:
    """Writes the shard's five files: the kept rows, then the new seeds' rows as they are parsed, a batch at a time;
    each file written beside its place and renamed into it, all five with one token. Returns the rejects rows."""
    token = hashlib.sha256("\n".join([code_fingerprint(), *sorted(plan.wanted)]).encode()).hexdigest().encode()
    folder = staging / plan.shard
    folder.mkdir(parents=True, exist_ok=True)
    files = shard_files(staging, plan.shard)
    metadata = {_TOKEN_KEY: token, _CODE_KEY: code_fingerprint().encode()}
    partials = {name: path.with_name(f".{path.name}.partial") for name, path in files.items()}
    writers = {name: pq.ParquetWriter(partials[name], staged_schema(name).with_metadata(metadata), **WRITE_OPTIONS) for name in SEED_TABLES}
    buffer: list[dict[str, pa.Table]] = []
    rows = dict.fromkeys(SEED_TABLES, 0)

    def write(name: str, table: pa.Table) -> None:
        if table.num_rows:
            writers[name].write_table(table, row_group_size=_BATCH_ROWS)
            rows[name] += table.num_rows

    def flush() -> None:
        for name in SEED_TABLES:
            write(name, _conform_staged(name, pa.concat_tables([result[name] for result in buffer])))
        buffer.clear()

    try:
        for name in SEED_TABLES:
            for table in _kept_batches(staging, plan, name):
                write(name, table)
        for result in parsed:
            buffer.append(result)
            if len(buffer) >= _BATCH_SEEDS:
                flush()
        if buffer:
            flush()
    finally:
        for writer in writers.values():
            writer.close()
    for name, path in files.items():
        os.replace(partials[name], path)
    return rows["rejects"]


def _conform_staged(name: str, data: pa.Table) -> pa.Table:
    """Declared columns cast to their schema, then the tags (rows stay in the order they came: the release sorts)."""
    schema = staged_schema(name)
    return data.select(schema.names).cast(schema)


def remove_stale(staging: Path) -> None:
    """Anything in the staging folder that is not a shard (older layouts, partial files)."""
    if not staging.exists():
        return
    for entry in staging.iterdir():
        if entry.name not in SHARD_NAMES:
            shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
        elif entry.is_dir():
            for inner in entry.iterdir():
                if inner.name.startswith("."):
                    inner.unlink()


SHARD_NAMES = frozenset("0123456789abcdef")


class SeedPool:
    """Parses seeds on every core: worker processes started on first need and kept for the build.

    A seed that kills its worker (the operating system ends it for memory, a
    crash in a native library) is read again alone in a fresh pool; if it
    kills that one too, it becomes a reject, and the other seeds go on.
    """

    def __init__(self, workers: int = 0):
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=_worker_context())
        return self._pool

    def map(self, function, seeds: list[Seed]) -> Iterator:
        """``function`` over ``seeds`` in order, results yielded as they come.

        Seeds go to the workers a window at a time (``WINDOW`` per worker), so
        parsed rows never pile up in this process faster than they are written.
        """
        if len(seeds) < INLINE_SEEDS or self.workers == 1:
            yield from map(function, seeds)
            return
        window = self.workers * WINDOW
        chunk = max(1, min(16, window // (self.workers * 8)))
        done = 0
        try:
            for start in range(0, len(seeds), window):
                for result in self._executor().map(function, seeds[start:start + window], chunksize=chunk):
                    yield result
                    done += 1
        except BrokenProcessPool:
            self.close()
            for seed in seeds[done:]:
                yield self._alone(function, seed)

    def _alone(self, function, seed: Seed):
        try:
            return self._executor().submit(function, seed).result()
        except BrokenProcessPool:
            self.close()
            from pipeline.seed import rejected

            message = "the process reading it was ended (out of memory, or a crash in a library): report it with the file"
            return _tagged(rejected(seed.name, seed.sha256, seed.size, "parse", message), seed.sha256)

    def close(self) -> None:
        """Ends the workers and the process they were forked from (it holds the language models)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            server = getattr(multiprocessing.forkserver, "_forkserver", None)
            if server is not None and hasattr(server, "_stop"):
                server._stop()


def _worker_context() -> multiprocessing.context.BaseContext:
    pa.cpu_count()  # the build's own Arrow thread pool is made now, on every core, before the variables below
    for name in _THREAD_VARIABLES:  # one thread per worker: the workers are the parallelism
        os.environ.setdefault(name, "1")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.publish.seed_worker"])
    return context


def start_workers_early() -> None:
    """Starts the process the seed workers are forked from, which loads the language models (seconds of one core),
    while the build's own process starts the run and lists the seeds; the pool then forks from it at once."""
    _worker_context()
    multiprocessing.forkserver.ensure_running()


def warm_up() -> None:
    """Loads the language models once per worker process, before the first seed."""
    from pipeline.normalize.language import preload_models
    from pipeline.normalize.lexicon import lexicon
    from pipeline.seed import process_seed

    preload_models()
    russian = lexicon("ru")["examples_speech"][0]  # a Russian sentence of the lexicon: the NER model's first run
    process_seed("warm-up.txt", f"{russian}\n\nA telegram from Moscow.\n".encode())


_INDEX_SCHEMA = pa.schema([
    pa.field("name", pa.string(), nullable=False),
    pa.field("path", pa.binary()),
    pa.field("sha256", pa.string()),
    pa.field("size", pa.int64(), nullable=False),
    pa.field("stage", pa.string()),
    pa.field("reason", pa.string()),
])


def write_seed_index(listing: SeedListing, path: Path) -> None:
    """The build's view of the seeds folder: one row per entry (seeds with a null stage)."""
    rows = [{"name": s.name, "path": os.fsencode(s.path), "sha256": s.sha256, "size": s.size} for s in listing.seeds]
    rows += [{"name": k.name, "sha256": k.sha256, "size": k.size, "stage": k.stage, "reason": k.reason} for k in listing.skipped]
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    table = pa.Table.from_pylist(rows, schema=_INDEX_SCHEMA.with_metadata({b"fingerprint": listing.fingerprint().encode()}))
    pq.write_table(table, partial)
    os.replace(partial, path)
    # what read_seed_index would read back: the run that follows in this process (make release's) takes it as it is
    st = path.stat()
    key = (str(path), seed_index_fingerprint(path), st.st_ino, st.st_size, st.st_mtime_ns)
    _INDEX_READ.update(key=key, listing=SeedListing(list(listing.seeds), list(listing.skipped)))


def seed_index_fingerprint(path: Path) -> str | None:
    """The fingerprint of the listing the index was written from (None when there is no readable index)."""
    try:
        return (pq.read_schema(path).metadata or {}).get(b"fingerprint", b"").decode() or None
    except (OSError, pa.ArrowInvalid):
        return None


def read_seed_index(path: Path) -> SeedListing:
    """The listing the index was written from. The shard steps of a run each ask for it; in one process it is read
    once, and again when the file was replaced (its listing's fingerprint, inode, size or modification time differ)."""
    st = path.stat()
    key = (str(path), seed_index_fingerprint(path), st.st_ino, st.st_size, st.st_mtime_ns)
    if _INDEX_READ.get("key") != key:
        listing = SeedListing()
        for row in pq.ParquetFile(path).read().to_pylist():
            if row["stage"] is None:
                listing.seeds.append(Seed(row["name"], Path(os.fsdecode(row["path"])), row["sha256"], row["size"]))
            else:
                listing.skipped.append(Skipped(row["name"], row["reason"], row["stage"], row["sha256"], row["size"]))
        _INDEX_READ.update(key=key, listing=listing)
    listing = _INDEX_READ["listing"]
    return SeedListing(list(listing.seeds), list(listing.skipped))


_INDEX_READ: dict = {}  # the last seed index read in this process, under the stat of its file
