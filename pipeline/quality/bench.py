"""Parsing speed: decode + parse of a synthetic corpus built from the development documents.

The corpus repeats the documents in ``tests/fixtures/dev`` (and any others
given) until it holds a few megabytes. Each copy has words swapped inside its
longer lines, so that no copy is a byte-for-byte repeat and per-text caches
(language detection) cannot make the figure look better than fresh text
would; the layout lines (labels, page markers) are left as they are. One
warm-up pass loads the language models first; it is timed separately. The
figure is the best of three passes (each with the language caches emptied),
in CPU seconds of the one process: the speed of one core. CPU seconds do not
count the time other work on the machine takes the core away, but they still
grow with it (the language models and the parser's data are pushed out of the
caches the cores share between passes): the summary gives the load average and
the machine's cores beside the figure, so that figures taken under different
loads are not compared as if they were alike.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.normalize.language import clear_cache, preload_models
from pipeline.normalize.names import lookup
from pipeline.normalize.text import decode
from pipeline.parse import parse_text

DEFAULT_MEGABYTES = 4.0
REPEAT = 3  # the best of three passes: other work on the machine only ever slows a pass down


@dataclass(frozen=True)
class BenchResult:
    documents: int
    bytes: int
    seconds: float  # wall clock
    cpu_seconds: float  # this process's CPU time: the per-core figure, steady on a busy machine
    warmup_seconds: float
    load: float = 0.0  # the machine's one-minute load average when the passes ended

    @property
    def megabytes_per_second(self) -> float:
        """MB per CPU second of the one process: the speed of one core."""
        return self.bytes / self.cpu_seconds / 1e6 if self.cpu_seconds else float("inf")

    def summary(self) -> str:
        wall = self.bytes / self.seconds / 1e6 if self.seconds else float("inf")
        return (
            f"parse (decode + parse_text), one core: {self.megabytes_per_second:.2f} MB/s per CPU second "
            f"({wall:.2f} MB/s wall clock; {self.documents} documents, {self.bytes / 1e6:.2f} MB in "
            f"{self.cpu_seconds:.2f} s CPU; warm-up loading language models {self.warmup_seconds:.2f} s, not counted; "
            f"load average {self.load:.1f} on {os.cpu_count()} cores)"
        )


def read_sources(folder: Path) -> list[bytes]:
    return [path.read_bytes() for path in sorted(folder.glob("*.txt"))]


def build_corpus(sources: list[bytes], megabytes: float = DEFAULT_MEGABYTES, seed: int = 0) -> list[bytes]:
    """Copies of ``sources`` in shuffled order, each with words swapped in its long lines, up to ``megabytes``."""
    if not sources:
        raise ValueError("no source documents to build a corpus from")
    rng = random.Random(seed)
    corpus, size = [], 0
    while size < megabytes * 1e6:
        for data in rng.sample(sources, len(sources)):
            copy = _vary(data.decode("utf-8"), rng).encode("utf-8")
            corpus.append(copy)
            size += len(copy)
    return corpus


def _vary(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        words = line.split(" ")
        if len(words) >= 8:
            a, b = rng.randrange(1, len(words)), rng.randrange(1, len(words))
            words[a], words[b] = words[b], words[a]
            lines[i] = " ".join(words)
    return "\n".join(lines)


def time_parsing(corpus: list[bytes], warmup: list[bytes] | None = None, repeat: int = 1) -> BenchResult:
    """Seconds to decode and parse every document of ``corpus`` in this process (the best of ``repeat`` passes)."""
    started = time.perf_counter()
    if warmup:
        preload_models()
    for data in warmup or []:
        parse_text(decode(data)[0])
    warmup_seconds = time.perf_counter() - started
    timings = [_time_once(corpus) for _ in range(repeat)]
    seconds, cpu_seconds = min(timings, key=lambda t: t[1])
    return BenchResult(len(corpus), sum(map(len, corpus)), seconds, cpu_seconds, warmup_seconds, os.getloadavg()[0])


def _time_once(corpus: list[bytes]) -> tuple[float, float]:
    """Wall and CPU seconds of one pass, the per-text language caches and the names looked up emptied first."""
    clear_cache()
    lookup.cache_clear()
    started, cpu_started = time.perf_counter(), time.process_time()
    for data in corpus:
        parse_text(decode(data)[0])
    return time.perf_counter() - started, time.process_time() - cpu_started


def run_bench(folder: Path, megabytes: float = DEFAULT_MEGABYTES) -> BenchResult:
    sources = read_sources(folder)
    return time_parsing(build_corpus(sources, megabytes), warmup=sources, repeat=REPEAT)
