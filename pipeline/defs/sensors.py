"""The seeds sensor and the daily schedule: both ask for a release run only when the build's inputs changed.

The inputs are the seeds folder as listed (names and content hashes) and the
pipeline's code; when they are the ones the latest release was built from,
nothing is requested. The run itself parses only the seeds whose bytes are
new (see ``pipeline.defs.assets``), exactly as ``make release`` does.
"""

import dagster as dg

from pipeline.defs.driver import pending_inputs

from .resources import PipelinePaths


def _request(context, paths: PipelinePaths, job_name: str):
    inputs = pending_inputs(paths.paths())
    if inputs is None:
        return None
    run_config = {"ops": {"release": {"config": {"inputs": inputs}}}}
    return dg.RunRequest(run_key=inputs, job_name=job_name, run_config=run_config, tags={"pipeline/output": paths.dist})


def build_seeds_sensor(release_job) -> dg.SensorDefinition:
    @dg.sensor(
        name="seeds_sensor",
        minimum_interval_seconds=60,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="Watches the seeds folder: when a seed is added, edited or removed, one run parses only those and publishes.",
        jobs=[release_job],
    )
    def seeds_sensor(context: dg.SensorEvaluationContext, paths: PipelinePaths):
        request = _request(context, paths, release_job.name)
        if request is None:
            return dg.SkipReason("the seeds folder has not changed: its seeds and the code are those of the latest release, or it holds no seed")
        return request

    return seeds_sensor


def build_daily_schedule(release_job) -> dg.ScheduleDefinition:
    @dg.schedule(
        name="daily_release",
        cron_schedule="0 3 * * *",
        execution_timezone="UTC",
        job=release_job,
        default_status=dg.DefaultScheduleStatus.RUNNING,
        description="Every night at 03:00: a release run if anything changed since the latest release (a safety net for the sensor).",
    )
    def daily_release(context: dg.ScheduleEvaluationContext, paths: PipelinePaths):
        request = _request(context, paths, release_job.name)
        return request if request is not None else dg.SkipReason("nothing changed since the latest release")

    return daily_release
