"""The one place that builds the Dagster Definitions (UI, CLI and `make release` all load this)."""

from __future__ import annotations

import dagster as dg

from pipeline.defs.assets import dataset_tables, release, staged_seeds
from pipeline.defs.checks import schema_checks
from pipeline.defs.resources import BuildIOManager, PipelinePaths, StagingIOManager
from pipeline.defs.schedules import build_daily_schedule
from pipeline.defs.sensors import build_seeds_sensor

RELEASE_JOB = "release_job"
PUBLISH_JOB = "publish_job"


def build_definitions(paths: PipelinePaths | None = None) -> dg.Definitions:
    paths = paths or PipelinePaths.from_env()
    release_job = dg.define_asset_job(
        RELEASE_JOB,
        selection=dg.AssetSelection.all(),
        description="Reads the seeds of the run's partitions, assembles every table and publishes a release.",
    )
    publish_job = dg.define_asset_job(
        PUBLISH_JOB,
        selection=dg.AssetSelection.all() - dg.AssetSelection.groups("staging"),
        description="Re-assembles and publishes from the already staged seeds (after seeds were removed).",
    )
    return dg.Definitions(
        assets=[staged_seeds, dataset_tables, release],
        asset_checks=schema_checks,
        jobs=[release_job, publish_job],
        sensors=[build_seeds_sensor(release_job, publish_job)],
        schedules=[build_daily_schedule(release_job)],
        resources={
            "paths": paths,
            "staging_io": StagingIOManager(paths=paths),
            "build_io": BuildIOManager(paths=paths),
        },
    )


defs = build_definitions()
