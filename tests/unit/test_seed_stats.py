"""The seeds' stat cache: a file is hashed again only when its size, times or inode changed, and the listing is the same."""

from __future__ import annotations

import os

import pytest

from pipeline import seeds
from pipeline.seeds import list_seeds


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(f"A note, number {n}.\n", encoding="utf-8")
    (folder / "copy.txt").write_text("A note, number 0.\n", encoding="utf-8")
    (folder / ".hidden").write_text("hidden\n", encoding="utf-8")
    (folder / "sub").mkdir()
    return folder


@pytest.fixture
def hashed(monkeypatch):
    """The names of the files read and hashed, listing by listing."""
    read = []
    real = seeds._hash_file

    def counting(name, path):
        read.append(name)
        return real(name, path)

    monkeypatch.setattr(seeds, "_hash_file", counting)
    return read


def _listing(folder, cache):
    listing = list_seeds(folder, cache)
    return listing.fingerprint(), [(s.name, s.sha256, s.size) for s in listing.seeds], listing.skipped


def test_an_unchanged_file_is_not_read_again_and_the_listing_is_the_same(folder, tmp_path, hashed, monkeypatch):
    monkeypatch.setattr(seeds, "RACY_SECONDS", 0)
    cache = tmp_path / "build" / "seed-stats.parquet"
    first = _listing(folder, cache)
    assert sorted(hashed) == ["0.txt", "1.txt", "2.txt", "3.txt", "4.txt", "copy.txt"]
    hashed.clear()
    assert _listing(folder, cache) == first == _listing(folder, None)[:2] + (first[2],)
    assert hashed == ["0.txt", "1.txt", "2.txt", "3.txt", "4.txt", "copy.txt"]  # the listing without the cache read them all
    hashed.clear()
    assert _listing(folder, cache) == first and hashed == []


def test_an_edit_that_keeps_the_size_and_the_modification_time_is_seen(folder, tmp_path, hashed, monkeypatch):
    monkeypatch.setattr(seeds, "RACY_SECONDS", 0)
    cache = tmp_path / "seed-stats.parquet"
    before = dict((name, sha) for name, sha, _ in _listing(folder, cache)[1])
    target = folder / "2.txt"
    st = target.stat()
    target.write_text("A note, number 9.\n", encoding="utf-8")  # same size
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the old modification time: only the change time tells
    hashed.clear()
    after = dict((name, sha) for name, sha, _ in _listing(folder, cache)[1])
    assert hashed == ["2.txt"]
    assert after["2.txt"] != before["2.txt"] and {k: v for k, v in after.items() if k != "2.txt"} == {k: v for k, v in before.items() if k != "2.txt"}


def test_a_file_written_just_before_the_listing_is_hashed_again_next_time(folder, tmp_path, hashed):
    cache = tmp_path / "seed-stats.parquet"
    _listing(folder, cache)
    hashed.clear()
    _listing(folder, cache)
    assert len(hashed) == 6  # every file is younger than RACY_SECONDS: none was trusted


def test_a_removed_cache_or_one_of_another_folder_hashes_everything(folder, tmp_path, hashed, monkeypatch):
    monkeypatch.setattr(seeds, "RACY_SECONDS", 0)
    cache = tmp_path / "seed-stats.parquet"
    _listing(folder, cache)
    other = tmp_path / "other"
    other.mkdir()
    (other / "0.txt").write_bytes((folder / "0.txt").read_bytes())
    hashed.clear()
    _listing(other, cache)
    assert hashed == ["0.txt"]
    hashed.clear()
    _listing(folder, cache)
    assert len(hashed) == 6
    cache.unlink()
    hashed.clear()
    _listing(folder, cache)
    assert len(hashed) == 6


def test_a_removed_and_a_new_file_are_listed(folder, tmp_path, hashed, monkeypatch):
    monkeypatch.setattr(seeds, "RACY_SECONDS", 0)
    cache = tmp_path / "seed-stats.parquet"
    _listing(folder, cache)
    (folder / "1.txt").unlink()
    (folder / "5.txt").write_text("A note, number 5.\n", encoding="utf-8")
    hashed.clear()
    assert _listing(folder, cache)[:2] == _listing(folder, None)[:2]
    assert hashed[0] == "5.txt" and len(hashed) == 1 + 6  # the new file, then every file again without the cache


def test_rehash_forgets_the_seed_stats_and_the_verified_release(folder, tmp_path, hashed, monkeypatch):
    from pipeline.defs.driver import forget_stats
    from pipeline.paths import Paths

    monkeypatch.setattr(seeds, "RACY_SECONDS", 0)
    paths = Paths(seeds=folder, dist=tmp_path / "dist")
    list_seeds(folder, paths.seed_stats)
    paths.verified.write_text("{}", encoding="utf-8")
    hashed.clear()
    list_seeds(folder, paths.seed_stats)
    assert hashed == []
    forget_stats(paths)
    assert not paths.seed_stats.exists() and not paths.verified.exists()
    list_seeds(folder, paths.seed_stats)
    assert len(hashed) == 6


def test_a_listing_that_finds_every_file_as_recorded_leaves_the_cache_alone(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(seeds, "RACY_SECONDS", 0)
    cache = tmp_path / "seed-stats.parquet"
    list_seeds(folder, cache)
    written = cache.stat().st_mtime_ns, cache.stat().st_ino
    list_seeds(folder, cache)
    assert (cache.stat().st_mtime_ns, cache.stat().st_ino) == written
    (folder / "5.txt").write_text("A note, number 5.\n", encoding="utf-8")
    list_seeds(folder, cache)
    assert cache.stat().st_ino != written[1]
