"""history.duckdb: every release's tables as views over its Parquet files, pointed anew when ``dist`` moves."""

import json
import shutil

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.paths import Paths
from pipeline.publish.history import history_path, record_release
from pipeline.publish.release import repair


def _release(paths: Paths, version: str, previous: str | None, doc_ids: list[str]) -> None:
    folder = paths.releases / version
    (folder / "data").mkdir(parents=True)
    pq.write_table(pa.table({"doc_id": doc_ids}), folder / "data" / "documents.parquet")
    pq.write_table(pa.table({"event_id": [f"{d}/e1" for d in doc_ids]}), folder / "data" / "events.parquet")
    manifest = {"version": version, "previous_version": previous, "release_date": "1952-02-03"}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def _ask(paths: Paths, query: str) -> list[tuple]:
    con = duckdb.connect(str(history_path(paths)), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def test_each_release_is_a_schema_of_views_and_a_row_of_releases(tmp_path):
    paths = Paths(seeds=tmp_path / "seeds", dist=tmp_path / "dist")
    _release(paths, "1.0.0", None, ["wcda-113636"])
    assert record_release(paths) == ["1.0.0"]
    _release(paths, "1.1.0", "1.0.0", ["wcda-113636", "wcda-117419"])
    assert record_release(paths) == ["1.1.0"], "a release already in the history is not added again"
    assert _ask(paths, "SELECT version, previous_version, documents, passages, events FROM releases ORDER BY version") == [
        ("1.0.0", None, 1, None, 1), ("1.1.0", "1.0.0", 2, None, 2)
    ]
    assert _ask(paths, "SELECT doc_id FROM v1_1_0.documents ORDER BY doc_id") == [("wcda-113636",), ("wcda-117419",)]
    kinds = _ask(paths, "SELECT schema_name, view_name FROM duckdb_views() WHERE NOT internal ORDER BY ALL")
    assert kinds == [("v1_0_0", "documents"), ("v1_0_0", "events"), ("v1_1_0", "documents"), ("v1_1_0", "events")]


def _published_then_moved(tmp_path) -> Paths:
    """A dist with release 1.0.0 in its history, moved to another folder: its paths there."""
    paths = Paths(seeds=tmp_path / "seeds", dist=tmp_path / "dist")
    _release(paths, "1.0.0", None, ["wcda-113636"])
    record_release(paths)
    moved = Paths(seeds=tmp_path / "seeds", dist=tmp_path / "elsewhere")
    shutil.move(paths.dist, moved.dist)
    return moved


def test_a_moved_dist_gets_its_views_pointed_at_the_new_place_by_the_next_publish(tmp_path):
    moved = _published_then_moved(tmp_path)
    _release(moved, "1.1.0", "1.0.0", ["wcda-113636", "wcda-117419"])
    assert record_release(moved) == ["1.1.0"]
    assert _ask(moved, "SELECT count(*) FROM v1_0_0.documents") == [(1,)]
    assert _ask(moved, "SELECT root FROM history_root") == [(str(moved.releases.resolve()),)]


def test_a_moved_dist_gets_its_views_pointed_at_the_new_place_by_a_build_with_nothing_to_publish(tmp_path):
    moved = _published_then_moved(tmp_path)
    repair(moved)  # what every build does first, under the lock, whether or not it then publishes
    assert _ask(moved, "SELECT count(*) FROM v1_0_0.documents") == [(1,)]
