"""Full-text search latency at scale: BM25 over a synthetic corpus of a million passages.

The passages are built by DuckDB from the words of the English passages of
the seeds and the development documents, drawn at random positions of their running text
(so common words stay common and rare ones rare), 40 words each. They are
indexed exactly as a release indexes English passages (one index, English
Snowball stemmer and stopwords) and queried through the same
``search_passages`` macro a reader calls. Each query (the ten best passages) is run five times; the figure is the
median wall-clock time of the whole query, the ranking of every hit and the
join to the documents included.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.normalize.language import detect_language
from pipeline.normalize.text import decode
from pipeline.parse import parse_text
from pipeline.publish.duck import connect, load_fts
from pipeline.publish.search import create_search_indexes

QUERIES = ("negotiation", "armistice talks", "prisoners of war", "Stalin telegram", "demarcation line ceasefire")
WORDS_PER_PASSAGE = 40
RUNS = 5
CHUNK = 100_000


@dataclass(frozen=True)
class SearchBench:
    passages: int
    build_seconds: float
    index_seconds: float
    latencies: dict[str, tuple[float, int]]  # query -> (median seconds, hits)

    def summary(self) -> str:
        lines = [
            f"{self.passages:,} passages of {WORDS_PER_PASSAGE} words: built in {self.build_seconds:.1f} s, indexed in {self.index_seconds:.1f} s",
            "BM25 through search_passages(q), median of 5 runs:",
        ]
        lines += [f"  {q!r:32} {seconds * 1000:8.1f} ms  {hits:>9,} hits" for q, (seconds, hits) in self.latencies.items()]
        return "\n".join(lines)


def english_words(folder: Path) -> list[str]:
    """The running text of the English passages of the documents in ``folder``, as words, in reading order."""
    words = []
    for path in sorted(folder.glob("*.txt")):
        text, _ = decode(path.read_bytes())
        for block in parse_text(text).blocks:
            if detect_language(block.text) == "en":
                words += block.text.split()
    return words


def run_search_bench(folders: list[Path], passages: int = 1_000_000, queries: tuple[str, ...] = QUERIES) -> SearchBench:
    con = connect()
    load_fts(con)
    con.execute("SET preserve_insertion_order = false")
    words = [w for folder in folders for w in english_words(folder)]
    con.execute("CREATE TABLE words AS SELECT word, (row_number() OVER () - 1)::BIGINT AS n FROM (SELECT unnest(?) AS word)", [words])
    start = time.perf_counter()
    con.execute("CREATE TABLE passages (passage_id VARCHAR, doc_id VARCHAR, language VARCHAR, text VARCHAR)")
    for first in range(0, passages, CHUNK):  # in chunks: one aggregation over 40M words would need tens of GB
        con.execute(
            """
            INSERT INTO passages
            SELECT 'bench/p' || lpad(p::VARCHAR, 7, '0'), 'bench-' || (p // 20)::VARCHAR, 'en', string_agg(w.word, ' ')
            FROM (SELECT p, (hash(p * $per + k) % $words)::BIGINT AS n
                  FROM range($first, $last) r(p), range($per) s(k)) d
            JOIN words w USING (n)
            GROUP BY p
            """,
            {"per": WORDS_PER_PASSAGE, "words": len(words), "first": first, "last": min(passages, first + CHUNK)},
        )
    con.execute("CREATE TABLE documents AS SELECT DISTINCT doc_id, doc_id AS title FROM passages")
    built = time.perf_counter() - start
    start = time.perf_counter()
    create_search_indexes(con)
    indexed = time.perf_counter() - start
    latencies = {}
    for query in queries:
        hits = con.execute("SELECT count(*) FROM search_passages(?)", [query]).fetchone()[0]
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            con.execute("SELECT * FROM search_passages(?) LIMIT 10", [query]).fetchall()
            times.append(time.perf_counter() - start)
        latencies[query] = (statistics.median(times), hits)
    return SearchBench(passages, built, indexed, latencies)
