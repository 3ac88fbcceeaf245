"""Assembly that takes the rows of the documents it did not touch from the previous release gives the files of an
assembly of every staged seed, byte for byte.

Between the two builds a seed is added, one removed, one edited, one renamed
(same bytes, another file name), and a new copy of a record that sorts first
takes the record's document id, so that the seed left as it was has every
row renamed.
"""

import shutil
from pathlib import Path

import pytest

from pipeline.paths import PROJECT_ROOT
from pipeline.publish import assemble as assembly
from pipeline.publish.assemble import DATASET_TABLES, assemble
from pipeline.publish.layout import table_file
from pipeline.publish.staging import stage_shards, staged_files, write_seed_index
from pipeline.quality.bench_build import make_corpus
from pipeline.seeds import SHARDS, list_seeds

DEV = PROJECT_ROOT / "tests" / "fixtures" / "dev"
WCDA = PROJECT_ROOT / "seeds" / "001_a5d0082016cd8dd9.txt"


def _build(seeds: Path, root: Path, previous: Path | None = None) -> dict[str, bytes]:
    listing = list_seeds(seeds)
    stage_shards(root / "staging", {shard: [s for s in listing.seeds if s.shard == shard] for shard in SHARDS})
    write_seed_index(listing, root / "seeds.parquet")
    out = root / "tables"
    assemble(staged_files(root / "staging", SHARDS), root / "seeds.parquet", out, root / "work", root / "links.duckdb", previous)
    return {name: (out / f"{name}.parquet").read_bytes() for name in DATASET_TABLES}


def _as_release(files: dict[str, bytes], folder: Path) -> Path:
    """The tables as a release folder holds them (data/<table>.parquet)."""
    for name, data in files.items():
        path = folder / table_file(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    make_corpus(seeds, 6, start=200)
    shutil.copyfile(WCDA, seeds / WCDA.name)
    shutil.copyfile(next(DEV.glob("001_*.txt")), seeds / "709.txt")
    return seeds


def test_a_build_from_the_previous_release_and_the_touched_seeds_gives_the_files_of_every_staged_seed(corpus: Path, tmp_path: Path, monkeypatch):
    first = _build(corpus, tmp_path / "a")
    previous = _as_release(first, tmp_path / "previous")

    make_corpus(corpus, 1, start=300)  # added
    (corpus / "000201.txt").unlink()  # removed
    edited = corpus / "000202.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("the", "a", 3), encoding="utf-8")
    (corpus / "000203.txt").rename(corpus / "000203-renamed.txt")  # the same bytes under another name
    copy = WCDA.read_text(encoding="utf-8").replace("Four copies printed.", "Five copies printed.")
    (corpus / f"0-{WCDA.name}").write_text(copy, encoding="utf-8")  # the same record, sorting first: takes its id

    staged = []
    stage = assembly._stage
    monkeypatch.setattr(assembly, "_stage", lambda con, name, files: (staged.append((name, len(files))), stage(con, name, files))[1])
    reused = _build(corpus, tmp_path / "a", previous)
    from_empty = _build(corpus, tmp_path / "b")

    read: dict[str, list[int]] = {}
    for name, files in staged[:len(staged) // 2]:
        read.setdefault(name, []).append(files)
    assert read["documents"][0] > read["passages"][0], "the documents' ids are read from every shard"
    assert read["documents"][1:] == read["passages"], "their rows, and the other tables', only from the shards of the touched seeds"
    for name in DATASET_TABLES:
        assert reused[name] == from_empty[name], name
    assert reused["documents"] != first["documents"]


def test_a_release_of_other_code_is_not_reused(tmp_path: Path, monkeypatch):
    import json

    from pipeline import tables
    from pipeline.publish.database import database_fingerprint

    release = _as_release({name: b"" for name in DATASET_TABLES}, tmp_path / "1.0.0")
    manifest = {"duckdb": {"database_fingerprint": database_fingerprint()}, "schema_fingerprint": tables.schema_fingerprint()}
    (release / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert assembly.reusable_release(release) == release
    monkeypatch.setattr(tables, "schema_fingerprint", lambda: "other declarations")
    assert assembly.reusable_release(release) is None
    monkeypatch.undo()
    manifest["duckdb"]["database_fingerprint"] = "other code"
    (release / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert assembly.reusable_release(release) is None
    assert assembly.reusable_release(None) is None
