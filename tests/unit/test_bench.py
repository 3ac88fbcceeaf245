"""The parse-speed benchmark: corpus building and timing on a tiny scale."""

from pipeline.quality.bench import build_corpus, time_parsing


def test_corpus_copies_vary_their_long_lines_but_keep_layout_lines():
    source = ("Body:\n" + "one two three four five six seven eight nine ten\n" * 3).encode()
    corpus = build_corpus([source], megabytes=0.001)
    assert sum(map(len, corpus)) >= 1000
    assert all(copy.startswith(b"Body:\n") for copy in corpus)
    assert len(set(corpus)) > 1


def test_timing_counts_documents_and_bytes():
    result = time_parsing([b"A short page.\n", "Короткая страница.\n".encode()])
    assert (result.documents, result.bytes) == (2, len(b"A short page.\n") + len("Короткая страница.\n".encode()))
    assert result.megabytes_per_second > 0
    assert "MB/s" in result.summary()
    assert "load average" in result.summary()  # the figure is read beside the load it was taken under


def test_the_search_benchmark_indexes_and_times_queries():
    """A small run of the BM25 figure `make bench` prints: DuckDB accepts its settings and every query answers."""
    from pipeline.quality.bench_build import bm25_p50

    indexing, p50 = bm25_p50(passages=2_000, queries=3)
    assert indexing > 0 and p50 > 0


def test_the_long_line_links_benchmark_runs_on_the_links_step_as_built():
    """A small run of the links figure `make bench` prints: the documents it hands the links step have every column
    the step reads, and the quoted part of the line comes out as a link."""
    from pipeline.quality.bench_build import links_on_one_long_line

    figure = links_on_one_long_line(megabytes=0.1)
    assert figure.endswith("link(s)") and not figure.endswith(" 0 link(s)"), figure


def test_the_stages_tell_where_a_pass_goes_and_leave_the_readers_as_they_were():
    """`make bench-parse` with --stages: each stage's CPU seconds, the readers put back after the pass."""
    import pipeline.parse as parse
    from pipeline.quality.bench import parse_stages

    readers = (parse.read_source_notes, parse.choose_parser, parse.generic.parse)
    shares = parse_stages([b"source: https://example.org/page\nA short page.\n", "Короткая страница.\n".encode()])
    assert "layout parser generic" in shares.seconds and "read_source_notes" in shares.seconds
    assert 0 <= sum(shares.seconds.values()) <= shares.cpu_seconds * 1.01
    assert "%" in shares.summary()
    assert (parse.read_source_notes, parse.choose_parser, parse.generic.parse) == readers
