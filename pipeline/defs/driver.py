"""The release driver: what `make release` (through the command line) runs.

Under the output folder's lock it repairs what a crash left, verifies the
latest release, lists the seeds folder and, when the build's inputs (the
seeds as listed and the code) are those the latest release was built from,
stops there: nothing changed, in seconds, without starting a run. Otherwise
it runs the release job through Dagster, where only new seeds are parsed,
and sums up what the run did: seeds parsed, reused and removed.
"""

from __future__ import annotations

import contextlib
import gc
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.paths import Paths
from pipeline.publish.inputs import build_inputs
from pipeline.publish.lock import build_lock, new_token
from pipeline.publish.release import (
    ShrinkRefused,
    check_shrink,
    latest_release,
    manifest_rows,
    recorded_inputs,
    repair,
)
from pipeline.publish.verify import verify_release
from pipeline.seeds import check_seeds_folder, list_seeds

EXECUTORS = ("in_process", "multiprocess", "dask")
EARLY_WORKERS = 64  # seeds to parse from empty at or above which the seed workers start before the run


class BuildFailed(RuntimeError):
    """The run failed or its checks blocked the release; the message says why."""


class OutputFolderError(RuntimeError):
    """The output folder cannot be used."""


@dataclass
class BuildOutcome:
    version: str | None
    created: bool
    path: str | None
    seeds: int
    not_read: int
    parsed: int = 0
    reused: int = 0
    removed: int = 0
    rejected: int = 0
    ran: bool = True
    run_id: str | None = None
    repaired: list[str] = field(default_factory=list)
    files: dict = field(default_factory=dict)


def check_output_folder(dist: Path) -> None:
    if dist.exists() and not dist.is_dir():
        raise OutputFolderError(f"output folder {dist} is not a folder: set PIPELINE_DIST to a folder (it is created if missing)")
    parent = dist if dist.exists() else dist.parent
    if not parent.exists():
        raise OutputFolderError(f"output folder {dist} cannot be created: {parent} does not exist; create it or set PIPELINE_DIST")
    if not os.access(parent, os.W_OK):
        raise OutputFolderError(f"output folder {dist} is not writable by this user: fix its permissions or set PIPELINE_DIST")


def pending_inputs(paths: Paths) -> str | None:
    """The build's input fingerprint when it differs from the latest release's, else None (nothing to do, or no seed)."""
    check_seeds_folder(paths.seeds)
    listing = list_seeds(paths.seeds, paths.seed_stats)
    if not listing.seeds:
        return None  # nothing to publish: an empty folder is refused by a build anyway, so no run is asked for
    inputs = build_inputs(listing)
    latest = latest_release(paths)
    return None if latest is not None and inputs in recorded_inputs(latest) else inputs


def run_release(
    paths: Paths, instance=None, allow_shrink: bool = False, wait: bool = False, executor: str | None = None, rehash: bool = False,
) -> BuildOutcome:
    """Builds and publishes a release from ``paths.seeds`` into ``paths.dist`` (see the module's docstring).

    ``rehash``: every seed is read and hashed again, and the latest release's every file checked by its sha256, instead
    of trusting the files whose size, times and inode did not change since they were last hashed.
    """
    check_seeds_folder(paths.seeds)
    check_output_folder(paths.dist)
    token = new_token()
    with build_lock(paths.dist, wait=wait, token=token):
        repaired = repair(paths)
        if rehash:
            forget_stats(paths)
        latest = latest_release(paths)
        manifest = verify_release(latest, paths.verified) if latest is not None else None
        listing = list_seeds(paths.seeds, paths.seed_stats)
        if not listing.seeds:
            check_shrink(manifest_rows(manifest, "documents") if manifest else None, 0, allow_shrink)
        inputs = build_inputs(listing)
        counts = {"seeds": len(listing.seeds), "not_read": len(listing.skipped), "repaired": repaired}
        if latest is not None and inputs in recorded_inputs(latest):
            return BuildOutcome(manifest["version"], False, str(latest), reused=len(listing.seeds), ran=False, files=manifest["files"], **counts)
        from pipeline.publish.staging import write_seed_index

        executor = executor or os.environ.get("PIPELINE_EXECUTOR", "in_process")
        if executor == "in_process" and len(listing.seeds) >= EARLY_WORKERS and not paths.staging.exists():
            # a build from empty parses every seed, on this machine: the workers' models load while the run starts
            from pipeline.publish.staging import start_workers_early

            start_workers_early()
        write_seed_index(listing, paths.seed_index)  # the run builds from this listing, the one its inputs were computed from
        config = {"allow_shrink": allow_shrink, "inputs": inputs, "lock_token": token}
        if executor != "in_process":
            return _run_job(paths, instance, config, executor, counts, listing.fingerprint())
        from pipeline.publish.staging import end_parse_ahead, parse_ahead

        try:
            parse_ahead(paths.staging, listing.seeds)  # a few new seeds: parsed while the run starts
            return _run_job(paths, instance, config, executor, counts, listing.fingerprint())
        finally:
            end_parse_ahead()


def forget_stats(paths: Paths) -> None:
    """Drops the seeds' stat cache and the latest release's verified stats: the next listing hashes every seed, the next
    build checks every file of the latest release by its sha256."""
    for path in (paths.seed_stats, paths.verified):
        path.unlink(missing_ok=True)


def _run_job(paths: Paths, instance, release_config: dict, executor: str, counts: dict, listed: str) -> BuildOutcome:
    import dagster as dg

    from pipeline.definitions import RELEASE_JOB, build_definitions, release_job_for
    from pipeline.defs.resources import PipelinePaths

    if executor not in EXECUTORS:
        raise BuildFailed(f"PIPELINE_EXECUTOR={executor!r} is not one of {', '.join(EXECUTORS)}")
    instance = instance or dg.DagsterInstance.get()
    run_config = {
        "ops": {"release": {"config": release_config}, "seed_index": {"config": {"listed": listed}}},
        "loggers": {"console": {"config": {"log_level": "INFO"}}},
    }
    tags = {"pipeline/output": str(paths.dist)}
    if executor == "in_process":
        job = build_definitions(PipelinePaths(seeds=str(paths.seeds), dist=str(paths.dist))).resolve_job_def(RELEASE_JOB)
        # The objects of the modules imported so far (Dagster's, pandas') live as long as the process: kept out of the
        # collector's reach for the run, every full collection (release_memory's, the automatic ones) walks only the
        # run's own objects, ~0.1 s instead of ~0.4 s at a build's end. Handed back afterwards, for a caller that goes on.
        gc.freeze()
        try:
            result = job.execute_in_process(run_config=run_config, instance=instance, tags=tags, raise_on_error=False)
        finally:
            gc.unfreeze()
    else:
        if executor == "dask":
            address = os.environ.get("PIPELINE_DASK_SCHEDULER")
            cluster = {"existing": {"address": address}} if address else {"local": {"n_workers": os.cpu_count() or 1, "threads_per_worker": 1}}
            run_config["execution"] = {"config": {"cluster": cluster}}
        reconstructable = dg.build_reconstructable_job(
            "pipeline.definitions", release_job_for.__name__,
            reconstructable_kwargs={"seeds": str(paths.seeds), "dist": str(paths.dist), "executor": executor},
        )
        with _local_cluster_settings(executor), dg.execute_job(reconstructable, instance=instance, run_config=run_config, tags=tags) as result:
            return _outcome(result, instance, counts)
    return _outcome(result, instance, counts)


def _local_cluster_settings(executor: str):
    """A local Dask cluster's workers without distributed's statistical profiler: it samples every thread's frame
    every 10 ms for the dashboard, which a build does not show, and Python 3.11's ``sys._current_frames`` can hang a
    worker when a sample meets the garbage collector. An existing cluster keeps its own settings."""
    if executor != "dask" or os.environ.get("PIPELINE_DASK_SCHEDULER"):
        return contextlib.nullcontext()
    import dask

    return dask.config.set({"distributed.worker.profile.enabled": False})


def _outcome(result, instance, counts: dict) -> BuildOutcome:
    if not result.success:
        failures = [_error_text(e.event_specific_data.error) for e in result.all_events if e.is_step_failure]
        raise BuildFailed("release failed:\n" + "\n".join(failures or ["the run did not finish; see it in `make dev`"]))
    checks = [e.asset_check_evaluation_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    failed = [f"{c.asset_key.to_user_string()}:{c.check_name}" for c in checks if not c.passed]
    if failed:
        raise BuildFailed(f"release blocked: checks failed: {failed} (their failure cases are in the run, see `make dev`)")
    totals = dict.fromkeys(("parsed", "reused", "removed", "rejected"), 0)
    release_meta = {}
    for event in result.all_events:
        if event.event_type_value != "ASSET_MATERIALIZATION":
            continue
        materialization = event.event_specific_data.materialization
        meta = {k: v.value for k, v in materialization.metadata.items()}
        if materialization.asset_key.path[0] == "staging":
            for key in totals:
                totals[key] += int(meta.get(key, 0))
        elif materialization.asset_key.path == ["release"]:
            release_meta = meta
    if not release_meta:
        raise BuildFailed("release failed: the run published nothing (see it in `make dev`)")
    return BuildOutcome(
        release_meta["version"], bool(release_meta["created"]), str(release_meta["path"]),
        run_id=result.run_id, files=release_meta["files"], **totals, **counts,
    )


def _error_text(error) -> str:
    """The message of a step failure and of its causes (the user's exception, not Dagster's wrapper)."""
    parts = []
    while error is not None:
        parts.append(error.message.strip())
        error = error.cause
    return " <- ".join(parts)


__all__ = ["BuildFailed", "BuildOutcome", "ShrinkRefused", "run_release", "pending_inputs"]
