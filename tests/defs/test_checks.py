"""The generated blocking checks pass good tables and report the failure cases of bad ones."""

from __future__ import annotations

import dagster as dg

from pipeline import tables
from pipeline.defs.checks import build_schema_check


def _evaluate(name, data):
    check = build_schema_check(name)
    return check(dg.build_asset_check_context(), data)


def test_check_passes_a_valid_table():
    row = {"seed_file": "a.txt", "seed_sha256": "a" * 64, "seed_bytes": 3, "stage": "read", "message": "empty"}
    result = _evaluate("rejects", tables.from_rows("rejects", [row]))
    assert result.passed and result.metadata["rows"].value == 1


def test_check_fails_with_failure_cases_as_metadata():
    row = {"seed_file": "a.txt", "seed_sha256": "not-a-hash", "seed_bytes": -1, "stage": "read", "message": "m"}
    result = _evaluate("rejects", tables.from_rows("rejects", [row]))
    assert not result.passed
    assert result.metadata["failures"].value == 2
    cases = result.metadata["failure_cases"].value
    assert "seed_sha256" in cases and "seed_bytes" in cases
