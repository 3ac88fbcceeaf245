"""The one place that builds the Dagster Definitions (UI, CLI and `make release` all load this).

The executor is in-process by default (the shard steps parse seeds on every
core through a process pool); ``PIPELINE_EXECUTOR=multiprocess`` runs steps
in separate processes, and ``PIPELINE_EXECUTOR=dask`` hands them to a Dask
cluster (``PIPELINE_DASK_SCHEDULER=tcp://host:8786`` for an existing one, else
a local cluster), the same Definitions either way.
"""

from __future__ import annotations

import os

import dagster as dg

from pipeline.defs.assets import dataset_tables, release, seed_index, shard_assets
from pipeline.defs.checks import table_checks
from pipeline.defs.resources import BuildIOManager, PipelinePaths, SeedWorkers
from pipeline.defs.sensors import build_daily_schedule, build_seeds_sensor

RELEASE_JOB = "release_job"


def _executor(name: str):
    if name == "multiprocess":
        return dg.multiprocess_executor
    if name == "dask":
        from dagster_dask import dask_executor

        return dask_executor
    return dg.in_process_executor


def build_definitions(paths: PipelinePaths | None = None, executor: str | None = None) -> dg.Definitions:
    paths = paths or PipelinePaths.from_env()
    executor = executor or os.environ.get("PIPELINE_EXECUTOR", "in_process")
    release_job = dg.define_asset_job(
        RELEASE_JOB,
        selection=dg.AssetSelection.all(),
        description="Lists the seeds, parses only new ones, assembles every table, checks them and publishes a release.",
        tags={"pipeline/output": paths.dist},
    )
    return dg.Definitions(
        assets=[seed_index, *shard_assets, dataset_tables, release],
        asset_checks=[table_checks],
        jobs=[release_job],
        sensors=[build_seeds_sensor(release_job)],
        schedules=[build_daily_schedule(release_job)],
        executor=_executor(executor),
        resources={
            "paths": paths,
            "seed_workers": SeedWorkers(workers=1 if executor != "in_process" else 0),
            "build_io": BuildIOManager(paths=paths),
        },
    )


def release_job_for(seeds: str, dist: str, executor: str) -> dg.JobDefinition:
    """The release job for given folders and executor, rebuilt in each process a step runs in."""
    return build_definitions(PipelinePaths(seeds=seeds, dist=dist), executor).resolve_job_def(RELEASE_JOB)


defs = build_definitions()
