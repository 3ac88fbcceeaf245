"""The build benchmark: `make release` as an operator runs it, on corpora made from the development documents.

``make_corpus`` writes N distinct documents: each is a development document
with about half of its lower-case words replaced by words drawn from all of
them (names, dates, numbers and layout lines kept), so no two share much
wording and no per-text cache helps. ``near=True`` writes near-copies
instead (one word changed), the worst case for text-reuse links.

Each build runs `python -m pipeline.cli release` in a fresh process with its
own output folder and Dagster home, timed on the wall clock; the peak memory
is the largest sum of the resident memory of the build's whole process tree
(the build and its worker processes, proportional set sizes, so memory they share counts once), sampled every 0.25 s. The I/O floor is
what no build can avoid in the same run: reading every seed, writing the
release's Parquet tables and loading them into DuckDB.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.paths import PROJECT_ROOT
from pipeline.publish.layout import table_path

DEV = PROJECT_ROOT / "tests" / "fixtures" / "dev"
_WORD = re.compile(r"\b[a-zа-яё]{3,}\b")


def make_corpus(folder: Path, count: int, near: bool = False, start: int = 0, seed: int = 0) -> list[Path]:
    """Writes ``count`` seeds into ``folder`` (numbered from ``start``) and returns their paths."""
    sources = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    vocabulary = sorted({w for text in sources for w in _WORD.findall(text)})
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(start, start + count):
        rng = random.Random(seed * 1_000_003 + n)
        text = sources[n % len(sources)]
        text = _near_copy(text, rng) if near else _distinct_copy(text, rng, vocabulary)
        path = folder / f"{n:06d}.txt"
        path.write_text(f"{text}\n\nCopy {n}.\n", encoding="utf-8")
        written.append(path)
    return written


def _distinct_copy(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    def swap(match: re.Match) -> str:
        return rng.choice(vocabulary) if rng.random() < 0.5 else match.group()

    return "\n".join(_WORD.sub(swap, line) if len(line.split()) >= 6 else line for line in text.split("\n"))


def _near_copy(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    i = rng.randrange(len(words))
    words[i] = words[i] + "s"
    return " ".join(words)


@dataclass
class Run:
    seconds: float
    peak_mib: float
    output: str
    cpu_seconds: float = 0.0  # user + system time of the build and of the processes it waited for (its workers)

    def count(self, word: str) -> int | None:
        found = re.search(rf"(\d+) {word}", self.output)
        return int(found.group(1)) if found else None


def _tree_rss_kib(root: int) -> int:
    """Memory of ``root`` and all its descendants, in KiB: the sum of their proportional set sizes (Linux /proc), so
    pages the workers share with each other (the language models, loaded once before they fork) count once."""
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError, ValueError):
            continue
        parents[int(entry)] = int(fields[1])
    tree, frontier = {root}, [root]
    while frontier:
        current = frontier.pop()
        for pid, parent in parents.items():
            if parent == current and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(_pss_kib(pid) for pid in tree)


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_build(seeds: Path, dist: Path, home: Path, *args: str) -> Run:
    """One `pipeline.cli release` in a fresh process: wall seconds, peak memory of its process tree, its output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIPELINE_")}
    env.update(PIPELINE_SEEDS=str(seeds), PIPELINE_DIST=str(dist), DAGSTER_HOME=str(home), PYTHONHASHSEED="0")
    started, cpu_before = time.perf_counter(), _children_cpu()
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "release", *args], cwd=PROJECT_ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kib(process.pid))
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"the build failed:\n{output[-3000:]}")
    return Run(seconds, peak[0] / 1024, output, _children_cpu() - cpu_before)


def _children_cpu() -> float:
    """CPU seconds (user + system) of the child processes waited for so far, and of the processes they waited for."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def io_floor(seeds: Path, release: Path) -> float:
    """Seconds to read every seed, write the release's tables as Parquet again and load them into DuckDB."""
    import duckdb
    import pyarrow.parquet as pq

    from pipeline.publish.parquet import write_table

    started = time.perf_counter()
    for path in seeds.iterdir():
        path.read_bytes()
    with tempfile.TemporaryDirectory() as scratch:
        con = duckdb.connect(str(Path(scratch) / "floor.duckdb"))
        for table in sorted(release.rglob("*.parquet")):
            copy = Path(scratch) / table.name
            write_table(table.stem, pq.read_table(table), copy)
            con.execute("CREATE TABLE t AS SELECT * FROM read_parquet($file)", {"file": str(copy)})
            con.execute("DROP TABLE t")
        con.close()
    return time.perf_counter() - started


@dataclass
class BuildFigures:
    seeds: int
    full: Run
    floor: float
    plus_one: Run
    unchanged: Run
    links: int


def bench_build(count: int, work: Path, near: bool = False, corpus: Path | None = None) -> BuildFigures:
    """Full build, I/O floor, +1 seed and no-change rebuilds of ``count`` seeds (written into ``work``, or ``corpus`` when
    it already holds them: its files are used in place and one seed is added to it)."""
    seeds, dist, home = corpus or work / "seeds", work / "dist", work / "dagster"
    shutil.rmtree(work, ignore_errors=True)
    if corpus is None:
        make_corpus(seeds, count, near=near)
    full = run_build(seeds, dist, home)
    floor = io_floor(seeds, dist / "latest")
    make_corpus(seeds, 1, near=near, start=count)
    plus_one = run_build(seeds, dist, home)
    unchanged = run_build(seeds, dist, home)
    import pyarrow.parquet as pq

    links = pq.read_metadata(table_path(dist / "latest", "links")).num_rows
    return BuildFigures(count, full, floor, plus_one, unchanged, links)


def bm25_p50(passages: int = 1_000_000, queries: int = 50) -> tuple[float, float]:
    """Seconds to index ``passages`` synthetic passages (from the development documents' sentences) and the p50 of a BM25 query."""
    import duckdb

    from pipeline.publish.duck import load_fts

    sentences = [s.strip() for p in sorted(DEV.glob("*.txt")) for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8")) if len(s.split()) >= 5]
    words = sorted({w for s in sentences for w in _WORD.findall(s.lower())})
    with tempfile.TemporaryDirectory() as scratch:
        con = duckdb.connect(str(Path(scratch) / "bm25.duckdb"), config={"temp_directory": str(Path(scratch) / "tmp"), "memory_limit": "2GB"})
        con.execute("SET enable_progress_bar = false")  # a session setting: DuckDB refuses it as a database option
        con.execute(
            "CREATE TABLE passages AS SELECT 'p' || i AS passage_id, $s[1 + (i * 7919) % len($s)] || ' ' || $s[1 + (i * 104729) % len($s)] AS text FROM range($n) r(i)",
            {"s": sentences, "n": passages},
        )
        load_fts(con)
        started = time.perf_counter()
        con.execute("PRAGMA create_fts_index('passages', 'passage_id', 'text', stemmer = 'none', strip_accents = 1, lower = 1)")
        indexing = time.perf_counter() - started
        rng, timings = random.Random(0), []
        for _ in range(queries):
            terms = " ".join(rng.sample(words, 2))
            started = time.perf_counter()
            con.execute(
                "SELECT passage_id, fts_main_passages.match_bm25(passage_id, $q) AS score FROM passages WHERE score IS NOT NULL ORDER BY score DESC LIMIT 10",
                {"q": terms},
            ).fetchall()
            timings.append(time.perf_counter() - started)
        con.close()
    return indexing, statistics.median(timings)


def links_on_one_long_line(megabytes: float = 5.0) -> str:
    """The links step on a document that is one line of ``megabytes`` and a second quoting part of it: seconds and peak memory."""
    code = f"""
import re, time, duckdb, pyarrow as pa, random, tempfile
from pipeline import tables
from pipeline.publish.links import insert_links
words = open({str(DEV / '001_telegram-709-filippov-to-mao-1952-02-03.txt')!r}, encoding='utf-8').read().split()
rng = random.Random(0)
line = ' '.join(rng.choice(words) for _ in range(int({megabytes} * 1e6 / 6)))[:int({megabytes} * 1e6)]
base = dict(seq=1, passage_type='paragraph', section_type='body', language='en', char_start=0, footnote_numbers=[], excluded_spans=[])
passages = tables.from_rows('passages', [dict(base, passage_id='a/p0001', doc_id='a', text=line, char_end=len(line)),
                                          dict(base, passage_id='b/p0001', doc_id='b', text=line[1000:60000], char_end=59000)])
documents = pa.table({{'doc_id': ['a', 'b'], 'source_type': ['archival_record', 'book_excerpt'], 'seed_sha256': ['0' * 64, '1' * 64],
                       'seed_file': ['a.txt', 'b.txt']}})
con = duckdb.connect(config={{'memory_limit': '1GB', 'temp_directory': tempfile.mkdtemp()}})
con.register('passages_rows', passages); con.register('documents_rows', documents)
con.execute('CREATE TABLE passages AS FROM passages_rows'); con.execute('CREATE TABLE documents AS FROM documents_rows')
started = time.perf_counter()
n = insert_links(con)
# the peak of this process's own memory (VmHWM starts anew at exec; ru_maxrss keeps the forking parent's peak)
peak = int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1])
print(f'{{time.perf_counter() - started:.1f}} s, peak {{peak / 1024:.0f}} MiB, {{n}} link(s)')
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def figures_row(f: BuildFigures, near: bool = False) -> str:
    """One line of the table: wall seconds with CPU seconds beside them (the machine may be shared), memory, seeds parsed."""
    return (
        f"| {f.seeds:,} | {'near-copies' if near else 'distinct'} | {f.full.seconds:.1f} s ({f.full.cpu_seconds:.0f} s) | "
        f"{f.full.peak_mib / 1024:.2f} GiB | {f.floor:.1f} s | {f.full.seconds / f.floor:.0f}x | "
        f"{f.plus_one.seconds:.1f} s ({f.plus_one.cpu_seconds:.1f} s, {f.plus_one.count('parsed')}) | "
        f"{f.unchanged.seconds:.1f} s ({f.unchanged.cpu_seconds:.1f} s, {f.unchanged.count('parsed')}) | {f.links:,} |"
    )


def run(big: bool = False, counts: tuple[int, ...] = (1_000, 10_000), builds: bool = True) -> str:
    lines = [
        "| seeds | corpus | full build (CPU) | peak memory | I/O floor | build / floor | +1 seed (CPU, parsed) | no change (CPU, parsed) | links |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    plans = ([(n, False) for n in counts] + [(2_000, True)] + ([(100_000, False)] if big else [])) if builds else []
    with tempfile.TemporaryDirectory(prefix="bench-build-") as scratch:
        for count, near in plans:
            f = bench_build(count, Path(scratch) / f"{count}-{near}", near=near)
            lines.append(figures_row(f, near))
            print(lines[-1], flush=True)
    indexing, p50 = bm25_p50()
    lines += ["", f"BM25 over 1,000,000 passages: index built in {indexing:.0f} s, query p50 {p50 * 1000:.1f} ms"]
    lines += [f"links step on one 5 MB line (and a passage quoting 59 kB of it): {links_on_one_long_line()}"]
    return "\n".join(lines)
