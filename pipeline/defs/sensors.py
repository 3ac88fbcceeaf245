"""The seeds sensor: new, changed or removed seed files become partition changes and one run."""


import dagster as dg

from pipeline.seeds import list_seeds

from .assets import seed_partitions
from .resources import PipelinePaths


def sync_requests(current_keys: list[str], wanted_keys: list[str]) -> tuple[list[str], list[str]]:
    """Partition keys to add and to delete so that the partitions are exactly the seed files."""
    current, wanted = set(current_keys), set(wanted_keys)
    return [k for k in wanted_keys if k not in current], sorted(current - wanted)


def build_seeds_sensor(release_job, publish_job) -> dg.SensorDefinition:
    @dg.sensor(
        name="seeds_sensor",
        minimum_interval_seconds=60,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="Watches the seeds folder: only new or changed seed files are processed, in one run, and a new release follows.",
        jobs=[release_job, publish_job],
    )
    def seeds_sensor(context: dg.SensorEvaluationContext, paths: PipelinePaths) -> dg.SensorResult:
        wanted = [seed.key for seed in list_seeds(paths.paths().seeds)]
        add, delete = sync_requests(context.instance.get_dynamic_partitions(seed_partitions.name), wanted)
        if not add and not delete:
            return dg.SensorResult(skip_reason="the seeds folder has not changed")
        requests = []
        if add:
            tags = {"dagster/asset_partition_range_start": add[0], "dagster/asset_partition_range_end": add[-1]}
            requests.append(dg.RunRequest(run_key=f"seeds:{add[0]}..{add[-1]}:{len(add)}", job_name=release_job.name, tags=tags))
        else:
            requests.append(dg.RunRequest(run_key=f"removed:{','.join(delete)}", job_name=publish_job.name))
        partition_requests = [seed_partitions.build_add_request(add)] if add else []
        partition_requests += [seed_partitions.build_delete_request(delete)] if delete else []
        return dg.SensorResult(run_requests=requests, dynamic_partitions_requests=partition_requests)

    return seeds_sensor
