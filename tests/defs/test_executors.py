"""The same Definitions on other executors: Dagster's multiprocess executor and a Dask cluster give the same release."""

from __future__ import annotations

import shutil

import dagster as dg
import pytest

from pipeline.defs.driver import run_release
from pipeline.paths import Paths
from tests.conftest import BOOK_SEED, FIXTURES, WCDA_SEED

pytestmark = pytest.mark.slow


def _build(tmp_path, name: str, executor: str) -> Paths:
    seeds = tmp_path / "seeds"
    if not seeds.exists():
        seeds.mkdir()
        for f in (BOOK_SEED, WCDA_SEED, *sorted((FIXTURES / "dev").glob("00*.txt"))):
            shutil.copyfile(f, seeds / f.name)
    paths = Paths(seeds=seeds, dist=tmp_path / name)
    with dg.instance_for_test() as instance:
        outcome = run_release(paths, instance, executor=executor)
    assert outcome.created and outcome.version == "1.0.0" and outcome.parsed == len(list(seeds.iterdir()))
    return paths


@pytest.fixture(scope="module")
def in_process(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("executors"), "dist-in-process", "in_process")


@pytest.mark.parametrize("executor", ["multiprocess", "dask"])
def test_another_executor_publishes_the_same_files(in_process, executor):
    other = _build(in_process.seeds.parent, f"dist-{executor}", executor)
    for file in sorted(in_process.latest.iterdir()):
        if file.suffix == ".parquet":
            assert file.read_bytes() == (other.latest / file.name).read_bytes(), file.name
