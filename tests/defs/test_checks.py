"""The generated blocking checks pass good tables and report the failure cases of bad ones, without raising."""

from __future__ import annotations

import dagster as dg

from pipeline import tables
from pipeline.defs.checks import build_key_check, build_schema_check
from pipeline.defs.resources import PipelinePaths
from pipeline.publish.parquet import write_table

GOOD = {"seed_file": "a.txt", "seed_sha256": "a" * 64, "seed_bytes": 3, "stage": "read", "message": "empty"}


def _file(tmp_path, name, rows):
    path = tmp_path / "dist" / "build" / "tables" / f"{name}.parquet"
    write_table(name, tables.from_rows(name, rows), path)
    return path


def _evaluate(name, path):
    return build_schema_check(name)(dg.build_asset_check_context(), path)


def test_check_passes_a_valid_table(tmp_path):
    result = _evaluate("rejects", _file(tmp_path, "rejects", [GOOD]))
    assert result.passed and result.metadata["rows"].value == 1


def test_check_fails_with_failure_cases_as_metadata(tmp_path):
    row = {"seed_file": "a.txt", "seed_sha256": "not-a-hash", "seed_bytes": -1, "stage": "read", "message": "m"}
    result = _evaluate("rejects", _file(tmp_path, "rejects", [row]))
    assert not result.passed
    assert result.metadata["failures"].value == 2
    cases = result.metadata["failure_cases"].value
    assert "seed_sha256" in cases and "seed_bytes" in cases


def test_key_check_reports_a_duplicate_key_and_an_unresolved_reference(tmp_path):
    paths = PipelinePaths(seeds=str(tmp_path / "seeds"), dist=str(tmp_path / "dist"))
    link = {"link_id": "a ~ b", "passage_id": "a", "other_passage_id": "b", "link_type": "same_text", "shared_shingles": 9, "containment": 1.0, "similarity": 1.0}
    passage = {"passage_id": "a", "doc_id": "d", "seq": 1, "passage_type": "paragraph", "section_type": "body", "text": "x", "char_start": 0, "char_end": 1, "footnote_numbers": [], "excluded_spans": []}
    _file(tmp_path, "passages", [passage])
    links = _file(tmp_path, "links", [link, link])
    result = build_key_check("links")(dg.build_asset_check_context(resources={"paths": paths}), links)
    assert not result.passed
    cases = result.metadata["failure_cases"].value
    assert "unique (link_id)" in cases and "other_passage_id -> passages.passage_id" in cases and "| b |" in cases


def test_key_check_passes_resolved_keys(tmp_path):
    paths = PipelinePaths(seeds=str(tmp_path / "seeds"), dist=str(tmp_path / "dist"))
    rejects = _file(tmp_path, "rejects", [GOOD])
    assert build_key_check("rejects")(dg.build_asset_check_context(resources={"paths": paths}), rejects).passed
