"""A build that brings the links cache up to date gives the files of a build from empty, byte for byte.

The corpus holds a cluster of near-copies larger than the neighbours each
passage is paired with (so a new passage in a bucket pushes old pairs out of
it), distinct documents, a quotation and its source; between the two builds
a seed is added, one removed and one edited.
"""

import random
from pathlib import Path

import pytest

from pipeline.paths import PROJECT_ROOT
from pipeline.publish import links
from pipeline.publish.assemble import DATASET_TABLES, assemble
from pipeline.publish.staging import stage_shards, staged_files, write_seed_index
from pipeline.quality.bench_build import _near_copy, make_corpus
from pipeline.seeds import SHARDS, list_seeds

DEV = PROJECT_ROOT / "tests" / "fixtures" / "dev"
SEEDS = PROJECT_ROOT / "seeds"


def _near_copies(seeds: Path, source: Path, numbers: range) -> None:
    """Copies of one document with one word changed each: every shingle bucket of it holds them all."""
    text = source.read_text(encoding="utf-8")
    for n in numbers:
        (seeds / f"near-{n:02d}.txt").write_text(_near_copy(text, random.Random(n)) + f"\n\nCopy {n}.\n", encoding="utf-8")


def _build(seeds: Path, root: Path, cache: Path | None) -> dict[str, bytes]:
    listing = list_seeds(seeds)
    stage_shards(root / "staging", {shard: [s for s in listing.seeds if s.shard == shard] for shard in SHARDS})
    write_seed_index(listing, root / "seeds.parquet")
    out = root / "tables"
    assemble(staged_files(root / "staging", SHARDS), root / "seeds.parquet", out, root / "work", cache)
    return {name: (out / f"{name}.parquet").read_bytes() for name in DATASET_TABLES}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    _near_copies(seeds, next(DEV.glob("006_*.txt")), range(12))  # buckets of more than 8 + 1 members
    make_corpus(seeds, 4, start=100)
    for name in ("000_9f8ab7e3434e6d97.txt", "001_a5d0082016cd8dd9.txt"):
        (seeds / name).write_bytes((SEEDS / name).read_bytes())
    (seeds / "709.txt").write_bytes(next(DEV.glob("001_*.txt")).read_bytes())
    return seeds


def test_links_brought_up_to_date_equal_a_build_from_empty(corpus: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(links, "MAX_CHANGED", 1.0)  # always bring the cache up to date, however small the corpus
    modes = []
    bring = links._bring_cache
    monkeypatch.setattr(links, "_bring_cache", lambda con: modes.append(bring(con)) or modes[-1])
    cache = tmp_path / "links.duckdb"
    first = _build(corpus, tmp_path / "a", cache)

    _near_copies(corpus, next(DEV.glob("006_*.txt")), range(12, 13))  # one more near-copy, inside the cluster
    (corpus / "near-03.txt").unlink()  # a near-copy removed
    edited = corpus / "000101.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("the", "a", 3), encoding="utf-8")
    changed = _build(corpus, tmp_path / "a", cache)
    from_empty = _build(corpus, tmp_path / "b", None)

    assert modes == ["full", "changed", "full"]
    assert first["links"] != changed["links"], "the change reaches the links"
    for name in DATASET_TABLES:
        assert changed[name] == from_empty[name], name


@pytest.mark.slow
def test_a_cache_of_other_code_is_built_anew(corpus: Path, tmp_path: Path, monkeypatch):
    modes = []
    bring = links._bring_cache
    monkeypatch.setattr(links, "_bring_cache", lambda con: modes.append(bring(con)) or modes[-1])
    cache = tmp_path / "links.duckdb"
    first = _build(corpus, tmp_path / "a", cache)
    monkeypatch.setattr(links, "cache_fingerprint", lambda: "other code")
    again = _build(corpus, tmp_path / "a", cache)
    assert modes == ["full", "full"]
    assert first == again


def test_a_cache_whose_documents_other_reading_code_made_is_brought_up_to_date(corpus: Path, tmp_path: Path, monkeypatch):
    """The operator's rebuild after an upgrade of the reading code alone: the links code is the same, so the cache is
    current, but its documents' passages were read by other code; every passage is compared and the build succeeds with
    the files of a build from empty."""
    monkeypatch.setattr(links, "MAX_CHANGED", 1.0)
    cache = tmp_path / "links.duckdb"
    _build(corpus, tmp_path / "a", cache)
    monkeypatch.setattr(links, "code_fingerprint", lambda: "other reading code")
    (corpus / "near-03.txt").unlink()
    changed = _build(corpus, tmp_path / "a", cache)
    from_empty = _build(corpus, tmp_path / "b", None)
    for name in DATASET_TABLES:
        assert changed[name] == from_empty[name], name
