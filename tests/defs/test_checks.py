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


def _release_of(tmp_path, data: dict[str, list[dict]], database_fingerprint: str):
    """A published release (dist/latest) holding ``data``, as made by the code whose fingerprint is given."""
    import json

    from pipeline.paths import Paths
    from pipeline.publish.layout import table_path

    paths = Paths(seeds=tmp_path / "seeds", dist=tmp_path / "dist")
    release = paths.releases / "1.0.0"
    for name, rows in data.items():
        write_table(name, tables.from_rows(name, rows), table_path(release, name))
    manifest = {"schema_fingerprint": tables.schema_fingerprint(), "duckdb": {"database_fingerprint": database_fingerprint}}
    (release / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    paths.latest.symlink_to("releases/1.0.0")
    return paths


def _schema_results(paths, data: dict[str, list[dict]]) -> dict:
    from pipeline.defs.checks import schema_result, start_validation
    from pipeline.publish.duck import connect

    files = {name: write_table(name, tables.from_rows(name, rows), paths.tables / f"{name}.parquet").path for name, rows in data.items()}
    session = connect()
    previous = start_validation(session, paths, files["documents"])
    return {name: schema_result(name, file, session, previous) for name, file in files.items()}


def test_after_a_release_by_the_same_code_the_rows_a_build_adds_or_changes_are_validated(tmp_path):
    from pipeline.publish.database import database_fingerprint
    from pipeline.seed import process_seed
    from tests.conftest import WCDA_SEED

    seed = process_seed(WCDA_SEED.name, WCDA_SEED.read_bytes())
    documents, passages = seed.documents.to_pylist(), seed.passages.to_pylist()
    paths = _release_of(tmp_path, {"documents": documents, "passages": passages, "rejects": [GOOD]}, database_fingerprint())
    added = dict(documents[0], doc_id="wcda-999999", seed_file="b.txt", seed_sha256="b" * 64)
    broken = dict(passages[0], doc_id="wcda-999999", passage_id="wcda-999999/p0001", passage_type="not-a-type")
    bad_reject = dict(GOOD, seed_file="c.txt", seed_bytes=-1)
    results = _schema_results(paths, {"documents": [*documents, added], "passages": [*passages, broken], "rejects": [GOOD, bad_reject]})
    assert results["documents"].passed and results["documents"].metadata["rows"].value == 2
    assert not results["passages"].passed and "not-a-type" in results["passages"].metadata["failure_cases"].value
    assert not results["rejects"].passed and "seed_bytes" in results["rejects"].metadata["failure_cases"].value


def test_after_a_release_by_other_code_every_row_is_validated(tmp_path):
    from pipeline.seed import process_seed
    from tests.conftest import WCDA_SEED

    seed = process_seed(WCDA_SEED.name, WCDA_SEED.read_bytes())
    documents, passages = seed.documents.to_pylist(), seed.passages.to_pylist()
    unchanged_but_broken = [dict(passages[0], passage_type="not-a-type"), *passages[1:]]
    paths = _release_of(tmp_path, {"documents": documents, "passages": unchanged_but_broken}, "other code")
    results = _schema_results(paths, {"documents": documents, "passages": unchanged_but_broken})
    assert results["documents"].passed
    assert not results["passages"].passed and "not-a-type" in results["passages"].metadata["failure_cases"].value


def _key_results(paths, data: dict[str, list[dict]]) -> dict:
    """Every table's key check of a build holding ``data``, after the latest release (as the release's checks run)."""
    from pipeline.defs.checks import _key_result, start_validation
    from pipeline.publish.duck import connect

    files = {name: write_table(name, tables.from_rows(name, rows), paths.tables / f"{name}.parquet").path for name, rows in data.items()}
    session = connect()
    try:
        previous = start_validation(session, paths, files["documents"])
        return {name: _key_result(name, files, session, previous) for name in files}
    finally:
        session.close()


def _two_documents():
    """The rows of the WCDA seed's document and of a copy of it under another id and seed: documents, passages, events."""
    from pipeline.seed import process_seed
    from tests.conftest import WCDA_SEED

    seed = process_seed(WCDA_SEED.name, WCDA_SEED.read_bytes())
    doc_id = seed.documents.to_pylist()[0]["doc_id"]

    def copy(row: dict) -> dict:
        return {k: v.replace(doc_id, "wcda-999999") if isinstance(v, str) else v for k, v in row.items()}

    documents, passages, events = (getattr(seed, name).to_pylist() for name in ("documents", "passages", "events"))
    other = dict(copy(documents[0]), seed_file="b.txt", seed_sha256="b" * 64)
    return [documents[0], other], passages + [copy(p) for p in passages], events + [copy(e) for e in events]


def test_after_a_release_by_the_same_code_a_touched_document_breaking_a_key_or_a_reference_is_caught(tmp_path):
    from pipeline.publish.database import database_fingerprint

    documents, passages, events = _two_documents()
    paths = _release_of(tmp_path, {"documents": documents, "passages": passages, "events": events}, database_fingerprint())
    edited = dict(documents[1], seed_sha256="c" * 64)  # the copy's seed edited: only its rows are new
    twice = dict(passages[-1], passage_id=passages[0]["passage_id"])  # takes the untouched document's passage id
    dangling = dict(events[-1], passage_id="wcda-999999/p9999")
    data = {"documents": [documents[0], edited], "passages": [*passages[:-1], twice], "events": [*events[:-1], dangling]}
    results = _key_results(paths, data)
    assert not results["passages"].passed and f"('{passages[0]['passage_id']}',) | 2" in results["passages"].metadata["failure_cases"].value
    assert not results["events"].passed and "| passage_id -> passages.passage_id | wcda-999999/p9999 |" in results["events"].metadata["failure_cases"].value
    assert results["documents"].passed


def test_after_a_release_by_the_same_code_an_untouched_row_losing_what_it_refers_to_is_caught(tmp_path):
    from pipeline.publish.database import database_fingerprint

    documents, passages, events = _two_documents()
    # an event of the untouched document that refers to a passage of the other (a reference across documents)
    events[0] = dict(events[0], passage_id=passages[-1]["passage_id"])
    paths = _release_of(tmp_path, {"documents": documents, "passages": passages, "events": events}, database_fingerprint())
    edited = dict(documents[1], seed_sha256="c" * 64)  # the other document's seed edited: its last passage is gone
    results = _key_results(paths, {"documents": [documents[0], edited], "passages": passages[:-1], "events": events})
    assert results["passages"].passed
    assert not results["events"].passed
    assert f"| {passages[-1]['passage_id']} |" in results["events"].metadata["failure_cases"].value
