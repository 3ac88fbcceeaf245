"""Conventions of the repository, checked by walking it."""

from __future__ import annotations

import re

from tests.conftest import ROOT

CORE = ("parse", "normalize", "extract", "publish")


def test_the_pure_core_never_imports_dagster():
    offenders = [
        str(path.relative_to(ROOT))
        for package in CORE
        for path in (ROOT / "pipeline" / package).rglob("*.py")
        if re.search(r"^\s*(import dagster|from dagster)", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert offenders == []


def test_parsers_and_extractors_touch_no_database():
    """Per-seed work is a pure function of the seed's bytes; DuckDB belongs to assembly and publication."""
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("parse", "normalize", "extract")
        for path in (ROOT / "pipeline" / package).rglob("*.py")
        if re.search(r"^\s*(import duckdb|from duckdb)", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert offenders == []


def test_paths_module_imports_nothing_of_ours():
    source = (ROOT / "pipeline" / "paths.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import) (pipeline|schemas)", source, re.MULTILINE)


def test_each_schema_file_is_named_after_its_table():
    for path in (ROOT / "schemas").glob("*.yaml"):
        assert re.search(rf"^name: {path.stem}$", path.read_text(encoding="utf-8"), re.MULTILINE), path.name


def test_seeds_are_plain_files_and_nothing_generated_is_tracked():
    import subprocess

    tracked = subprocess.run(["git", "ls-files", "dist", ".dagster"], capture_output=True, text=True, cwd=ROOT).stdout.split()
    assert set(tracked) <= {"dist/README.md"}


def test_every_seed_and_development_document_has_a_golden_file():
    expected = {p.stem for p in (ROOT / "tests" / "golden" / "expected").glob("*.json")}
    inputs = {p.stem for p in (ROOT / "seeds").iterdir()} | {p.stem for p in (ROOT / "tests" / "fixtures" / "dev").glob("*.txt")}
    assert inputs <= expected, f"no golden for {sorted(inputs - expected)}: run make golden-update and read the diff"


def test_every_table_is_in_the_dataset_and_checked():
    from pipeline.defs.checks import schema_checks
    from schemas import tables

    checked = {key.asset_key.to_user_string() for check in schema_checks for key in check.check_keys}
    assert checked == set(tables())
