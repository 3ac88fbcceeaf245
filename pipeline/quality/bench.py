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


# The readers parse_text runs after the layout's parser, each told apart in the stages' figures (``parse_stages``).
_PAGE_READERS = ("read_source_notes", "read_closing_signature", "blanked_interface", "read_self_designation", "read_title_parties",
                 "read_record_writer", "read_telegram_head", "read_signal_head", "read_catalogue_record", "read_memo_header",
                 "read_address_line", "read_diary_heading", "read_addressee_line", "read_signed_date", "read_closing_date",
                 "read_record_day", "read_diary_record", "read_diary_over_record", "read_diary_day", "read_diary_talk",
                 "read_wire_parties", "read_speaking_day", "drop_publishing_sites", "read_numbered_heading", "choose_parser",
                 "join_broken_paragraphs", "page_language", "readable")


@dataclass(frozen=True)
class StageShares:
    cpu_seconds: float
    seconds: dict[str, float]  # CPU seconds of each stage, without the stages it calls

    def summary(self, rows: int = 16) -> str:
        ranked = sorted(self.seconds.items(), key=lambda item: -item[1])
        lines = [f"{100 * s / self.cpu_seconds:5.1f}%  {s:6.2f} s  {name}" for name, s in ranked[:rows]]
        rest = sum(s for _, s in ranked[rows:])
        return "\n".join([f"where the CPU seconds of one pass go ({self.cpu_seconds:.2f} s, each stage without the ones it calls):",
                          *lines, f"{100 * rest / self.cpu_seconds:5.1f}%  {rest:6.2f} s  the {len(ranked) - rows} other stages"])


def parse_stages(corpus: list[bytes]) -> StageShares:
    """The CPU seconds of one pass over ``corpus`` (warm, its caches emptied as ``_time_once`` empties them) told by
    stage: the layout's parser, each reader parse_text runs after it, lingua, the passages' languages besides lingua,
    decoding, and what is left of parse_text. Each stage is timed at its calls (two clock readings a call, a few
    per cent more time than a plain pass), so the shares say where to look, the MB/s figure is ``time_parsing``'s."""
    import pipeline.normalize.language as language
    import pipeline.parse as parse
    from pipeline.parse import PARSERS, generic

    spent: dict[str, float] = {}
    inside: list[float] = []

    def timed(name: str, function):
        def stage(*args, **kwargs):
            started = time.process_time()
            inside.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                nested, took = inside.pop(), time.process_time() - started
                spent[name] = spent.get(name, 0.0) + took - nested
                if inside:
                    inside[-1] += took
        return stage

    replaced = [(module, "parse", f"layout parser {module.__name__.rsplit('.', 1)[-1]}") for module in (*PARSERS, generic)]
    replaced += [(language, "_reading", "lingua"), (parse, "detect_languages", "languages of the passages no parser tagged, lingua aside")]
    replaced += [(parse, name, name) for name in _PAGE_READERS]
    kept = [(module, name, getattr(module, name)) for module, name, _ in replaced]
    try:
        for module, name, stage in replaced:
            setattr(module, name, timed(stage, getattr(module, name)))
        reading, decoding = timed("parse_text, its own lines", parse.parse_text), timed("decode", decode)
        clear_cache()
        lookup.cache_clear()
        started = time.process_time()
        for data in corpus:
            reading(decoding(data)[0])
        return StageShares(time.process_time() - started, spent)
    finally:
        for module, name, function in kept:
            setattr(module, name, function)
