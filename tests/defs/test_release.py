"""`make release` end to end on a temp folder: Dagster runs the assets, DuckDB publishes."""

from __future__ import annotations

import json
import os
import re
import shutil

import dagster as dg
import duckdb
import pandas as pd
import pytest

from pipeline.defs.driver import run_release
from pipeline.paths import Paths
from pipeline.publish import database
from pipeline.publish.database import _update
from pipeline.publish.duck import load_fts
from pipeline.publish.explore import diff_releases
from tests.conftest import BOOK_SEED, FIXTURES, WCDA_SEED

pytestmark = pytest.mark.slow
TABLE_FILES = ("data/documents.parquet", "data/passages.parquet", "data/events.parquet", "data/rejects.parquet")


def _seeds(folder, *files):
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copyfile(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("release")
    paths = Paths(seeds=_seeds(root / "seeds", BOOK_SEED, WCDA_SEED), dist=root / "dist")
    with dg.instance_for_test() as instance:
        outcome = run_release(paths, instance)
        again = run_release(paths, instance)
    return paths, outcome, again


def test_release_is_published_and_latest_points_at_it(built):
    paths, outcome, _ = built
    assert outcome.created and outcome.version == "1.0.0"
    release = paths.releases / "1.0.0"
    assert paths.latest.resolve() == release.resolve()
    for name in (*TABLE_FILES, "dataset.duckdb", "manifest.json", "datapackage.json", "croissant.json", "CHANGELOG.md", "README.md", "timeline.md", "CITATION.cff", "index.html"):
        assert (release / name).is_file(), name


def test_parquet_loads_in_pandas(built):
    paths, _, _ = built
    passages = pd.read_parquet(paths.latest / "data" / "passages.parquet")
    documents = pd.read_parquet(paths.latest / "data" / "documents.parquet")
    assert len(documents) == 2 and set(documents["seed_file"]) == {BOOK_SEED.name, WCDA_SEED.name}
    assert len(passages) > 50 and set(passages["doc_id"]) == set(documents["doc_id"])


def test_duckdb_has_tables_comments_and_full_text_search(built):
    paths, _, _ = built
    con = duckdb.connect(str(paths.latest / "dataset.duckdb"), read_only=True)
    titles = dict(con.execute("SELECT doc_id, title FROM documents").fetchall())
    assert titles["wcda-117419"] == "Cable No. 21756, Mao Zedong to Cde. Filippov [Stalin]"
    missing = con.execute("SELECT table_name, column_name FROM duckdb_columns() WHERE comment IS NULL AND table_name IN ('documents', 'passages', 'events', 'rejects')").fetchall()
    assert missing == []
    load_fts(con)
    hits = con.execute("SELECT passage_id FROM search_passages('laconic')").fetchall()
    assert len(hits) == 1


def test_timeline_lists_events_in_date_order(built):
    paths, _, _ = built
    index = (paths.latest / "timeline.md").read_text()
    pages = re.findall(r"\]\((timeline/[\w-]+\.md)\)", index)
    assert pages and pages == sorted(pages, key=lambda page: ("undated" in page, page))
    rows = [line for page in pages for line in (paths.latest / page).read_text().splitlines() if line.startswith(("| 19", "| ~19"))]
    days = [row.split(" | ")[0].lstrip("| ~") for row in rows]
    assert days == sorted(days) and len(rows) >= 15
    assert any("received 1500 13 July 1951" in row for row in rows)


def test_manifest_describes_every_file(built):
    paths, _, _ = built
    manifest = json.loads((paths.latest / "manifest.json").read_text())
    assert manifest["version"] == "1.0.0" and manifest["previous_version"] is None and manifest["seed_count"] == 2
    for name in TABLE_FILES:
        entry = manifest["files"][name]
        assert entry["bytes"] == (paths.latest / name).stat().st_size and len(entry["sha256"]) == 64
    assert manifest["files"]["data/documents.parquet"]["rows"] == 2
    assert len(manifest["schema_fingerprint"]) == 64 and len(manifest["seed_fingerprint"]) == 64


def test_nothing_changed_makes_no_new_release(built):
    paths, _, again = built
    assert not again.created and again.version == "1.0.0"
    assert [p.name for p in paths.releases.iterdir()] == ["1.0.0"]


def test_same_seeds_and_code_give_byte_identical_files(built, tmp_path):
    paths, _, _ = built
    other = Paths(seeds=paths.seeds, dist=tmp_path / "dist")
    with dg.instance_for_test() as instance:
        run_release(other, instance)
    for file in sorted(p for p in paths.latest.rglob("*") if p.is_file()):
        if file.name == "dataset.duckdb":
            continue
        name = file.relative_to(paths.latest)
        assert file.read_bytes() == (other.latest / name).read_bytes(), name
    for table in ("documents", "passages", "events"):
        query = f"SELECT * FROM {table} ORDER BY ALL"
        first = duckdb.connect(str(paths.latest / "dataset.duckdb"), read_only=True).execute(query).fetchall()
        second = duckdb.connect(str(other.latest / "dataset.duckdb"), read_only=True).execute(query).fetchall()
        assert first == second, table


def test_a_release_after_one_more_seed_has_the_files_of_a_build_from_empty(built, tmp_path, monkeypatch):
    paths, _, _ = built
    seeds = _seeds(tmp_path / "seeds", *sorted(paths.seeds.iterdir()), FIXTURES / "dev" / "001_telegram-709-filippov-to-mao-1952-02-03.txt")
    grown, fresh = Paths(seeds=seeds, dist=tmp_path / "grown"), Paths(seeds=seeds, dist=tmp_path / "fresh")
    shutil.copytree(paths.dist, grown.dist, symlinks=True)
    updated = []
    monkeypatch.setattr(database, "_update", lambda con, *args: (_update(con, *args), updated.append(args[0])))
    with dg.instance_for_test() as instance:
        added = run_release(grown, instance)
        run_release(fresh, instance)
    assert (added.parsed, added.reused) == (1, 2), "only the new seed is parsed; the links are brought up to date"
    assert [folder.name for folder in updated] == ["tables"], "the grown release's database is the previous one's, brought to the assembled tables while the checks ran"
    _same_database(grown.latest, fresh.latest)
    for table in sorted((fresh.latest / "data").iterdir()):
        assert table.read_bytes() == (grown.latest / "data" / table.name).read_bytes(), table.name
    pages = ["timeline.md", *sorted(f"timeline/{p.name}" for p in (fresh.latest / "timeline").iterdir())]
    assert "timeline/1951.md" in pages and pages[1:] == sorted(f"timeline/{p.name}" for p in (grown.latest / "timeline").iterdir())
    for name in (*pages, "index.html"):
        assert (fresh.latest / name).read_text() == (grown.latest / name).read_text().replace("1.1.0", "1.0.0"), name


def test_a_new_seed_that_takes_a_documents_id_renames_the_others_rows_in_the_updated_database(built, tmp_path, monkeypatch):
    """The database is brought up to date by the documents whose row changed: a seed left as it was, whose document id
    a new seed named before it takes, has every row renamed, and the database holds them under the new id."""
    paths, _, _ = built
    seeds = _seeds(tmp_path / "seeds", *sorted(paths.seeds.iterdir()))
    edited = WCDA_SEED.read_text(encoding="utf-8").replace("Four copies printed.", "Five copies printed.")
    (seeds / f"0-{WCDA_SEED.name}").write_text(edited, encoding="utf-8")  # the same record, another copy: sorts first
    grown, fresh = Paths(seeds=seeds, dist=tmp_path / "grown"), Paths(seeds=seeds, dist=tmp_path / "fresh")
    shutil.copytree(paths.dist, grown.dist, symlinks=True)
    updated = []
    monkeypatch.setattr(database, "_update", lambda con, *args: (_update(con, *args), updated.append(args[0])))
    with dg.instance_for_test() as instance:
        run_release(grown, instance)
        run_release(fresh, instance)
    assert [folder.name for folder in updated] == ["tables"]
    con = duckdb.connect(str(grown.latest / "dataset.duckdb"), read_only=True)
    ids = dict(con.execute("SELECT seed_file, doc_id FROM documents").fetchall())
    assert ids[f"0-{WCDA_SEED.name}"] == "wcda-117419" and ids[WCDA_SEED.name].startswith("wcda-117419~")
    assert con.execute("SELECT count(*) FROM passages WHERE doc_id = ?", [ids[WCDA_SEED.name]]).fetchone()[0] > 10
    _same_database(grown.latest, fresh.latest)


def _same_database(first, second):
    """The two releases' databases hold the same rows in every table and give the same search results."""
    a, b = (duckdb.connect(str(release / "dataset.duckdb"), read_only=True) for release in (first, second))
    for con in (a, b):
        load_fts(con)
    names = [row[0] for row in b.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1").fetchall()]
    assert names == [row[0] for row in a.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1").fetchall()]
    for name in names:
        query = f"SELECT * FROM {name} ORDER BY ALL"
        assert a.execute(query).fetchall() == b.execute(query).fetchall(), name
    for words in ("telegram", "Mao Stalin", "negotiations", "Москва", "four copies printed", "five"):
        query = "SELECT passage_id, score FROM search_passages(?) ORDER BY ALL"
        assert a.execute(query, [words]).fetchall() == b.execute(query, [words]).fetchall(), words


def test_bad_seeds_are_rejected_new_seeds_bump_minor_edits_bump_patch(tmp_path, monkeypatch):
    seeds = _seeds(tmp_path / "seeds", BOOK_SEED, WCDA_SEED)
    paths = Paths(seeds=seeds, dist=tmp_path / "dist")
    with dg.instance_for_test() as instance:
        assert run_release(paths, instance).version == "1.0.0"
        (seeds / "empty.txt").write_bytes(b"")
        (seeds / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
        shutil.copyfile(FIXTURES / "dev" / "001_telegram-709-filippov-to-mao-1952-02-03.txt", seeds / "709.txt")
        second = run_release(paths, instance)
        assert second.created and second.version == "1.1.0"
        rejects = pd.read_parquet(paths.latest / "data" / "rejects.parquet")
        assert sorted(rejects["seed_file"]) == ["empty.txt", "image.txt"]
        assert set(rejects["stage"]) == {"read", "decode"}
        documents = pd.read_parquet(paths.latest / "data" / "documents.parquet")
        assert sorted([*documents["seed_file"], *rejects["seed_file"]]) == sorted(p.name for p in seeds.iterdir())
        changelog = (paths.latest / "CHANGELOG.md").read_text()
        assert "documents added: 1 (wcda-113636)" in changelog and "Previous release: 1.0.0" in changelog

        edited = WCDA_SEED.read_text(encoding="utf-8").replace("Four copies printed.", "Five copies printed.")
        (seeds / WCDA_SEED.name).write_text(edited, encoding="utf-8")
        updated = []
        monkeypatch.setattr(database, "_update", lambda con, *args: (_update(con, *args), updated.append(args[0])))
        third = run_release(paths, instance)
        assert [folder.name for folder in updated] == ["tables"], "the database is brought up to date, not built anew"
        assert third.version == "1.1.1", "only the content of an existing document changed"
        assert "documents changed: 1 (wcda-117419)" in (paths.latest / "CHANGELOG.md").read_text()
        assert sorted(p.name for p in paths.releases.iterdir()) == ["1.0.0", "1.1.0", "1.1.1"]
        fresh = Paths(seeds=seeds, dist=tmp_path / "fresh")
        run_release(fresh, instance)
        assert len(updated) == 1
        _same_database(paths.latest, fresh.latest)  # an edited document's rows (and those pointing at them) replaced

    history = duckdb.connect(str(paths.dist / "history.duckdb"), read_only=True)
    assert history.execute("SELECT version, previous_version, documents FROM releases ORDER BY version").fetchall() == [
        ("1.0.0", None, 2), ("1.1.0", "1.0.0", 3), ("1.1.1", "1.1.0", 3)
    ]
    assert history.execute("SELECT count(*) FROM v1_0_0.documents").fetchone()[0] == 2
    copies = "SELECT count(*) FROM {}.passages WHERE doc_id = 'wcda-117419' AND text LIKE '%Five copies printed%'"
    assert history.execute(copies.format("v1_1_0")).fetchone()[0] == 0
    assert history.execute(copies.format("v1_1_1")).fetchone()[0] == 1

    diff = {d.table: d for d in diff_releases(paths.releases / "1.0.0", paths.releases / "1.1.0")}
    assert diff["documents"].added == ["wcda-113636"] and not diff["documents"].removed and not diff["documents"].changed
    assert sorted(diff["rejects"].added) == ["empty.txt / read", "image.txt / decode"]
    patch = {d.table: d for d in diff_releases(paths.releases / "1.1.0", paths.releases / "1.1.1")}
    assert patch["documents"].changed == ["wcda-117419"] and not patch["documents"].added
    assert patch["passages"].changed and not patch["passages"].added


def test_a_release_of_the_old_layout_is_followed_by_a_major_version_listing_the_moved_paths(tmp_path):
    paths = Paths(seeds=_seeds(tmp_path / "seeds", BOOK_SEED, WCDA_SEED), dist=tmp_path / "dist")
    with dg.instance_for_test() as instance:
        run_release(paths, instance)
        old = paths.releases / "1.0.0"  # made to look like a release published before tables moved into data/
        manifest = json.loads((old / "manifest.json").read_text())
        for name in list(manifest["files"]):
            if name.startswith("data/"):
                (old / name).rename(old / name.removeprefix("data/"))
                manifest["files"][name.removeprefix("data/")] = manifest["files"].pop(name)
        (old / "data").rmdir()
        manifest.pop("input_fingerprint", None)  # published by the code before the move: other inputs
        (old / "manifest.json").write_text(json.dumps(manifest))
        second = run_release(paths, instance)
    assert second.created and second.version == "2.0.0"
    changelog = (paths.latest / "CHANGELOG.md").read_text()
    assert "- `events.parquet` is now `data/events.parquet`" in changelog and "documents changed: 0" in changelog


def test_a_table_one_release_lacks_is_all_added_in_the_diff(tmp_path):
    paths = Paths(seeds=_seeds(tmp_path / "seeds", WCDA_SEED), dist=tmp_path / "dist")
    with dg.instance_for_test() as instance:
        run_release(paths, instance)
    before = tmp_path / "before"
    shutil.copytree(paths.releases / "1.0.0", before)
    (before / "data").chmod(0o755)
    (before / "data" / "event_types.parquet").unlink()
    diff = {d.table: d for d in diff_releases(before, paths.releases / "1.0.0")}
    assert diff["event_types"].rows_before is None and len(diff["event_types"].added) == diff["event_types"].rows_after > 0
    assert not diff["documents"].added and not diff["documents"].changed


def test_a_build_trusts_the_latest_release_unread_only_while_its_files_keep_their_stats(built, tmp_path, monkeypatch):
    from pipeline.publish import verify

    paths, _, _ = built
    release, stats = tmp_path / "1.0.0", tmp_path / "build" / "verified.json"
    shutil.copytree(paths.latest, release)  # new inodes: the published release's recorded stats do not apply to the copy
    checked = []
    real = verify.release_problems
    monkeypatch.setattr(verify, "release_problems", lambda folder: checked.append(folder) or real(folder))
    manifest = verify.verify_release(release, stats)
    assert len(checked) == 1 and stats.exists()
    assert verify.verify_release(release, stats) == manifest and len(checked) == 1, "unchanged files are not read again"
    target = release / "data" / "events.parquet"
    st = target.stat()
    target.chmod(0o644)
    data = target.read_bytes()
    target.write_bytes(data[:-10] + bytes(b ^ 1 for b in data[-10:]))  # same size,
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # same modification time: the change time tells
    with pytest.raises(verify.ReleaseDamaged, match="events.parquet"):
        verify.verify_release(release, stats)
    assert len(checked) == 2
    target.write_bytes(data)
    verify.verify_release(release, stats)
    (release / "data").chmod(0o755)
    (release / "data" / "stray.parquet").write_bytes(b"")
    with pytest.raises(verify.ReleaseDamaged, match="stray.parquet: not listed"):
        verify.verify_release(release, stats)
    assert len(checked) == 4


def test_the_database_started_from_the_assembled_tables_is_taken_by_their_release_or_removed(built, tmp_path, monkeypatch):
    """The previous release's database is brought to the assembled tables while the checks run: the release of the same
    files and previous release takes it (moved into its folder, rows as its files'), any other removes it, and a large
    build, or one whose steps run without the build's helper process (another executor), starts nothing early."""
    from pipeline.publish import staging
    from pipeline.publish.database import discard_database, start_database_early, take_database
    from pipeline.publish.parquet import file_info

    monkeypatch.setattr(staging, "helper", lambda: object())  # a build of a few new seeds, steps in its own process

    paths, _, _ = built
    previous = paths.latest.resolve()
    assembled = tmp_path / "build" / "tables"
    assembled.mkdir(parents=True)
    for table in (previous / "data").iterdir():
        shutil.copyfile(table, assembled / table.name)
    files = {table.stem: file_info(assembled / table.name) for table in (previous / "data").iterdir()}
    area = Paths(seeds=paths.seeds, dist=tmp_path / "dist")

    start_database_early(area, files, previous, max_events=10**9)
    release = tmp_path / "release"
    release.mkdir()
    assert take_database(files, tmp_path / "another", release) is None and not (assembled / "dataset.duckdb").exists()
    start_database_early(area, files, previous, max_events=10**9)
    taken = take_database(files, previous, release)
    rows, how = taken()
    assert how == "updated" and not (assembled / "dataset.duckdb").exists()
    assert rows == {name: info.rows for name, info in files.items()}
    _same_database(release, previous)

    start_database_early(area, files, previous, max_events=10**9)
    discard_database()  # nothing published: the database is not left in the build area
    assert not (assembled / "dataset.duckdb").exists()
    start_database_early(area, files, previous, max_events=0)
    assert take_database(files, previous, release) is None
    monkeypatch.setattr(staging, "helper", lambda: None)
    start_database_early(area, files, previous, max_events=10**9)
    assert take_database(files, previous, release) is None
