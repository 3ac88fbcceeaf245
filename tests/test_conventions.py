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


def test_paths_module_imports_nothing_of_ours():
    source = (ROOT / "pipeline" / "paths.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import) (pipeline|schemas)", source, re.MULTILINE)


def test_each_schema_file_is_named_after_its_table():
    for path in (ROOT / "schemas").glob("*.yaml"):
        assert re.search(rf"^name: {path.stem}$", path.read_text(encoding="utf-8"), re.MULTILINE), path.name


def test_seeds_are_plain_files_and_nothing_generated_is_tracked():
    import subprocess

    tracked = subprocess.run(["git", "ls-files", "dist", ".dagster"], capture_output=True, text=True, cwd=ROOT).stdout.split()
    assert set(tracked) <= {"dist/README.md", ".dagster/dagster.yaml"}
