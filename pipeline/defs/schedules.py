"""The daily schedule: every seed read again with the current code, and a release if anything changed.

The seeds sensor reacts to files; the schedule catches what no file change
shows (a new version of the code or of the gazetteer). Publishing is a no-op
when no file of the release would change.
"""

import dagster as dg

from .assets import seed_partitions

DAILY_CRON = "0 3 * * *"


def build_daily_schedule(release_job) -> dg.ScheduleDefinition:
    @dg.schedule(
        name="daily_release",
        cron_schedule=DAILY_CRON,
        execution_timezone="UTC",
        default_status=dg.DefaultScheduleStatus.RUNNING,
        description="Every day at 03:00 UTC: reads every seed again in one run and publishes a release if anything changed.",
        job=release_job,
    )
    def daily_release(context: dg.ScheduleEvaluationContext):
        keys = context.instance.get_dynamic_partitions(seed_partitions.name)
        day = context.scheduled_execution_time.strftime("%Y-%m-%d")
        if not keys:
            return dg.SkipReason("no seed partitions yet: the seeds sensor adds them when seeds appear")
        tags = {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}
        return dg.RunRequest(run_key=f"daily:{day}", tags=tags)

    return daily_release
