"""Versions: a table file that moves is a major change, like a column that goes."""

from pipeline.publish.parquet import FileInfo
from pipeline.publish.release import _bump

SCHEMA = {"fingerprint": "f", "tables": [{"name": "documents", "columns": [{"name": "doc_id", "type": "string"}]}]}


def _previous(files):
    return {"files": {name: {"sha256": "a"} for name in files}, "schema_fingerprint": "f", "schema": SCHEMA["tables"]}


def test_tables_moved_into_data_is_a_major_change():
    built = {"documents": FileInfo(None, 1, 1, "a")}
    assert _bump(_previous(["documents.parquet"]), built, SCHEMA, (set(), set())) == "major"


def test_same_paths_and_bytes_is_no_change_and_new_bytes_a_patch():
    assert _bump(_previous(["data/documents.parquet"]), {"documents": FileInfo(None, 1, 1, "a")}, SCHEMA, (set(), set())) is None
    assert _bump(_previous(["data/documents.parquet"]), {"documents": FileInfo(None, 1, 1, "b")}, SCHEMA, (set(), set())) == "patch"


def _release(folder, passage_text, fingerprint):
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    (folder / "data").mkdir(parents=True)
    pq.write_table(pa.table({"doc_id": ["a", "b"], "title": ["A", "B"]}), folder / "data" / "documents.parquet")
    pq.write_table(pa.table({"doc_id": ["a", "b"], "text": ["same", passage_text]}), folder / "data" / "passages.parquet")
    pq.write_table(pa.table({"doc_id": ["a"], "event_id": ["a/e1"]}), folder / "data" / "events.parquet")
    (folder / "manifest.json").write_text(json.dumps({"duckdb": {"database_fingerprint": fingerprint}}))
    return folder


def test_a_document_whose_passages_changed_under_other_code_is_listed_as_changed(tmp_path):
    from pipeline.publish.database import database_fingerprint
    from pipeline.publish.release import _changes

    new = _release(tmp_path / "new", "edited by new code", database_fingerprint())
    other_code = _release(tmp_path / "old", "as the old code read it", "other code")
    changes = _changes(new, other_code)
    assert changes["changed"] == ["b"] and not changes["added"] and not changes["removed"]
