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
