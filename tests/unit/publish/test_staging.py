"""Staging by content: only new bytes are parsed, what went is dropped, a seed that changes while read is retried."""

from __future__ import annotations

import pyarrow.parquet as pq

from pipeline import seed as seed_module
from pipeline.publish import staging as staging_module
from pipeline.publish.staging import (
    INLINE_SEEDS,
    end_parse_ahead,
    parse_ahead,
    shard_files,
    stage_shard,
    stage_shards,
)
from pipeline.seed import process_seed
from pipeline.seeds import list_seeds

TEXT = "A note of unknown layout, number {n}.\n\nIt says one thing about the armistice talks.\n"


def _stage_all(staging, listing):
    results = [stage_shard(staging, shard, [s for s in listing.seeds if s.shard == shard]) for shard in "0123456789abcdef"]
    return {key: sum(getattr(r, key) for r in results) for key in ("parsed", "reused", "removed")}


def _seeds(tmp_path, count):
    folder = tmp_path / "seeds"
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"{n:02d}.txt").write_text(TEXT.format(n=n), encoding="utf-8")
    return folder


def test_a_second_build_parses_nothing_and_one_new_seed_is_parsed_alone(tmp_path):
    folder = _seeds(tmp_path, 6)
    assert _stage_all(tmp_path / "staging", list_seeds(folder)) == {"parsed": 6, "reused": 0, "removed": 0}
    assert _stage_all(tmp_path / "staging", list_seeds(folder)) == {"parsed": 0, "reused": 6, "removed": 0}
    (folder / "new.txt").write_text(TEXT.format(n=99), encoding="utf-8")
    assert _stage_all(tmp_path / "staging", list_seeds(folder)) == {"parsed": 1, "reused": 6, "removed": 0}


def test_renaming_a_seed_parses_nothing(tmp_path):
    folder = _seeds(tmp_path, 3)
    _stage_all(tmp_path / "staging", list_seeds(folder))
    (folder / "00.txt").rename(folder / "renamed.txt")
    assert _stage_all(tmp_path / "staging", list_seeds(folder)) == {"parsed": 0, "reused": 3, "removed": 0}


def test_removed_and_edited_seeds_rows_are_deleted(tmp_path):
    folder = _seeds(tmp_path, 4)
    staging = tmp_path / "staging"
    listing = list_seeds(folder)
    _stage_all(staging, listing)
    gone = {s.sha256 for s in listing.seeds if s.name in ("00.txt", "01.txt")}
    (folder / "00.txt").unlink()
    (folder / "01.txt").write_text("Edited text of the note.\n\nNothing else.\n", encoding="utf-8")
    assert _stage_all(staging, list_seeds(folder)) == {"parsed": 1, "reused": 2, "removed": 2}
    staged = set()
    for shard in "0123456789abcdef":
        for path in shard_files(staging, shard).values():
            if path.exists():
                staged |= set(pq.read_table(path, columns=["_seed_sha256"]).column(0).to_pylist())
    assert not staged & gone and len(staged) == 3


def test_a_seed_rewritten_during_the_build_is_rejected_then_read_again(tmp_path):
    folder = _seeds(tmp_path, 1)
    staging = tmp_path / "staging"
    listing = list_seeds(folder)
    (folder / "00.txt").write_text("Rewritten after the listing.\n\nSecond paragraph.\n", encoding="utf-8")
    [seed] = listing.seeds
    stage_shard(staging, seed.shard, [seed])
    rejects = pq.read_table(shard_files(staging, seed.shard)["rejects"]).to_pylist()
    assert rejects[0]["stage"] == "read" and "rewritten during the build" in rejects[0]["message"]
    (folder / "00.txt").write_text(TEXT.format(n=0), encoding="utf-8")
    assert stage_shard(staging, seed.shard, [seed]).parsed == 1, "a transient reject is not kept"


def test_a_seed_that_vanished_during_the_build_is_rejected(tmp_path):
    folder = _seeds(tmp_path, 1)
    [seed] = list_seeds(folder).seeds
    (folder / "00.txt").unlink()
    stage_shard(tmp_path / "staging", seed.shard, [seed])
    [reject] = pq.read_table(shard_files(tmp_path / "staging", seed.shard)["rejects"]).to_pylist()
    assert "vanished during the build" in reject["message"]


def test_a_torn_shard_is_parsed_again(tmp_path):
    folder = _seeds(tmp_path, 3)
    staging = tmp_path / "staging"
    listing = list_seeds(folder)
    _stage_all(staging, listing)
    seed = listing.seeds[0]
    files = shard_files(staging, seed.shard)
    other = listing.seeds[1] if listing.seeds[1].shard != seed.shard else listing.seeds[2]
    files["passages"].write_bytes(shard_files(staging, other.shard)["passages"].read_bytes())
    assert stage_shard(staging, seed.shard, [s for s in listing.seeds if s.shard == seed.shard]).parsed >= 1


def test_a_bulk_parse_reports_its_progress_off_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setenv("PIPELINE_PROGRESS", "log")
    listing = list_seeds(_seeds(tmp_path, 25))
    lines = []
    by_shard = {shard: [s for s in listing.seeds if s.shard == shard] for shard in "0123456789abcdef"}
    stage_shards(tmp_path / "staging", by_shard, log=lines.append)
    assert len(lines) >= 2 and lines[-1].startswith("25/25 seeds parsed,") and "done in" in lines[-1]
    assert any("left" in line for line in lines[:-1])


def _staged_rows(staging):
    return {
        name: sorted(map(str, pq.read_table(path).to_pylist()))
        for shard in "0123456789abcdef" for name, path in shard_files(staging, shard).items() if path.exists()
    }


def test_a_few_new_seeds_are_parsed_ahead_in_another_process_with_the_same_rows(tmp_path, monkeypatch):
    folder = _seeds(tmp_path, 5)
    ahead, here = tmp_path / "ahead", tmp_path / "here"
    for staging in (ahead, here):
        _stage_all(staging, list_seeds(folder))
    (folder / "new.txt").write_text(TEXT.format(n=99), encoding="utf-8")
    (folder / "other.txt").write_text(TEXT.format(n=98), encoding="utf-8")
    listing = list_seeds(folder)
    try:
        assert parse_ahead(ahead, listing.seeds) == 2
        parsed_here = []
        monkeypatch.setattr(seed_module, "process_seed", lambda name, data: parsed_here.append(name) or process_seed(name, data))
        assert _stage_all(ahead, listing) == {"parsed": 2, "reused": 5, "removed": 0}
        assert parsed_here == [], "the build's process parsed none of them"
    finally:
        end_parse_ahead()
    _stage_all(here, listing)
    assert _staged_rows(ahead) == _staged_rows(here)


def test_a_seed_whose_process_ahead_died_is_parsed_in_the_build(tmp_path):
    folder = _seeds(tmp_path, 2)
    staging = tmp_path / "staging"
    _stage_all(staging, list_seeds(folder))
    (folder / "new.txt").write_text(TEXT.format(n=99), encoding="utf-8")
    listing = list_seeds(folder)
    try:
        assert parse_ahead(staging, listing.seeds) == 1
        for pool in staging_module._AHEAD_POOLS:
            for process in pool._processes.values():
                process.kill()
        assert _stage_all(staging, listing) == {"parsed": 1, "reused": 2, "removed": 0}
    finally:
        end_parse_ahead()
    documents = [row for rows in _staged_rows(staging).values() for row in rows if "new.txt" in row]
    assert documents, "the new seed's rows are staged"


def test_many_new_seeds_are_left_to_the_staging_steps(tmp_path):
    folder = _seeds(tmp_path, INLINE_SEEDS)
    try:
        assert parse_ahead(tmp_path / "staging", list_seeds(folder).seeds) == 0
    finally:
        end_parse_ahead()


def test_the_seed_index_reads_back_the_listing_it_was_written_from(tmp_path, monkeypatch):
    """The run takes the listing make release wrote as it is, in the same process or read from the file in another."""
    folder = _seeds(tmp_path, 3)
    (folder / ".hidden").write_text("not a seed", encoding="utf-8")
    listing = list_seeds(folder)
    index = tmp_path / "build" / "seed-index.parquet"
    staging_module.write_seed_index(listing, index)
    same_process = staging_module.read_seed_index(index)
    monkeypatch.setattr(staging_module, "_INDEX_READ", {})  # another process: read from the file
    from_file = staging_module.read_seed_index(index)
    for read in (same_process, from_file):
        assert (read.seeds, read.skipped) == (listing.seeds, listing.skipped) and read.fingerprint() == listing.fingerprint()
    assert [s.name for s in from_file.seeds] == sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert [k.name for k in from_file.skipped] == [".hidden"]
