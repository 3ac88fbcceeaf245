"""The asset graph: seeds folder -> index -> sixteen staging shards -> assembled tables -> release.

A seed is the unit of change and of rejects: it is known by the sha256 of
its bytes, parsed once, and its rows kept until it is removed or edited
(``pipeline.publish.staging``). Seeds are grouped into sixteen shards by the
first hex digit of their hash, four shards to an asset and a step, so
Dagster records four materializations per build whatever the number of
seeds, the multiprocess or a distributed executor can run them on other
cores or machines, and a shard with nothing new returns at once. Dagster
sees four assets of four shards each (its bookkeeping is per step).
"""

import threading
import time

import dagster as dg

from pipeline.publish.assemble import DATASET_TABLES, assemble, reusable_release
from pipeline.publish.database import start_database_early
from pipeline.publish.html import start_charts_early
from pipeline.publish.parquet import load_file_infos, save_file_infos
from pipeline.publish.release import PARALLEL_EVENTS, latest_release, publish_release
from pipeline.publish.staging import (
    read_seed_index,
    seed_index_fingerprint,
    stage_shards,
    staged_files,
    write_seed_index,
)
from pipeline.seeds import SHARDS, list_seeds
from schemas import table as declared

from .checks import prepare_validation
from .resources import PipelinePaths, SeedWorkers

SEED_INDEX = dg.AssetKey("seed_index")
# Dagster steps: four groups of four storage shards (Dagster's event log costs ~20 ms an event on SQLite, and every step
# records several; four steps keep a build's bookkeeping under a second and still spread over four workers or machines).
SHARD_GROUPS = {f"{SHARDS[i]}_{SHARDS[i + 3]}": SHARDS[i:i + 4] for i in range(0, len(SHARDS), 4)}
SHARD_KEYS = [dg.AssetKey(["staging", f"shards_{group}"]) for group in SHARD_GROUPS]


def column_schema(name: str) -> dict:
    """The table's columns, types, constraints and descriptions, shown by the Dagster UI: read from the declaration
    the pandera schema is made from (dagster-pandera's conversion would import polars for nothing, at every start)."""
    columns = []
    for column in declared(name).columns:
        other = [f"one of {', '.join(column.allowed)}"] if column.allowed else []
        other += [f"matches {column.pattern}"] if column.pattern else []
        other += [f">= {column.min:g}"] if column.min is not None else []
        other += [f"<= {column.max:g}"] if column.max is not None else []
        constraints = dg.TableColumnConstraints(nullable=column.nullable, unique=column.unique, other=other)
        columns.append(dg.TableColumn(column.name, column.type, description=column.description, constraints=constraints))
    return {"dagster/column_schema": dg.TableSchema(columns=columns)}


class SeedIndexConfig(dg.Config):
    listed: str = ""  # set by `make release`: the fingerprint of the listing it wrote as the index, under the lock


@dg.asset(key=SEED_INDEX, group_name="staging")
def seed_index(context: dg.AssetExecutionContext, config: SeedIndexConfig, paths: PipelinePaths) -> dg.MaterializeResult:
    """Lists the seeds folder: every regular file by the sha256 of its bytes, and every other entry (links, folders, hidden,
    unreadable or too large files, repeated bytes) with the reason it is not read. Links are never followed. A file whose
    size, times and inode are those it had when last hashed keeps its hash (the build area's stat cache). The listing
    `make release` took to decide the run is used as it is, so the run builds exactly what its inputs say."""
    p = paths.paths()
    listing = read_seed_index(p.seed_index) if config.listed and seed_index_fingerprint(p.seed_index) == config.listed else None
    if listing is None:
        listing = list_seeds(p.seeds, p.seed_stats)
        write_seed_index(listing, p.seed_index)
    for entry in listing.skipped:
        context.log.info(f"{entry.name!r} not read ({entry.stage}): {entry.reason}")
    return dg.MaterializeResult(
        metadata={"seeds": len(listing.seeds), "not read": len(listing.skipped), "fingerprint": listing.fingerprint()}
    )


def build_shard_asset(group: str, key: dg.AssetKey) -> dg.AssetsDefinition:
    shards = SHARD_GROUPS[group]

    @dg.asset(key=key, deps=[SEED_INDEX], group_name="staging")
    def _shards(context: dg.AssetExecutionContext, paths: PipelinePaths, seed_workers: SeedWorkers) -> dg.MaterializeResult:
        p = paths.paths()
        listed = read_seed_index(p.seed_index).seeds
        started = time.monotonic()
        totals = dict.fromkeys(("parsed", "reused", "removed", "rejected"), 0)
        by_shard = {shard: [seed for seed in listed if seed.shard == shard] for shard in shards}
        noun = f"seeds parsed (shards {shards[0]}-{shards[-1]})"
        for result in stage_shards(p.staging, by_shard, seed_workers.map, log=context.log.info, noun=noun):
            for name in totals:
                totals[name] += getattr(result, name)
        if totals["parsed"] or totals["removed"]:
            context.log.info(
                f"shards {shards[0]}-{shards[-1]}: {totals['parsed']} seeds parsed, {totals['reused']} reused, "
                f"{totals['removed']} removed ({time.monotonic() - started:.1f} s)"
            )
        return dg.MaterializeResult(metadata=totals)

    _shards.__doc__ = (
        f"The staged rows of every seed whose sha256 starts with {shards[0]} to {shards[-1]}: only new bytes are parsed "
        "(on every core), rows of removed or edited seeds are dropped. A seed that cannot be read, decoded, parsed or checked "
        "becomes a rejects row."
    )
    return _shards


shard_assets = [build_shard_asset(group, key) for group, key in zip(SHARD_GROUPS, SHARD_KEYS, strict=True)]


@dg.multi_asset(
    deps=[SEED_INDEX, *SHARD_KEYS],
    outs={
        name: dg.AssetOut(
            io_manager_key="build_io", description=declared(name).description, group_name="dataset", metadata=column_schema(name)
        )
        for name in DATASET_TABLES
    },
)
def dataset_tables(paths: PipelinePaths, seed_workers: SeedWorkers):
    """Assembles the staged rows of this build's seeds with DuckDB (one session, memory-limited, spilling into the build area),
    adds entities (the gazetteer) and cross-document links. Keys and foreign keys are the blocking checks' to judge."""
    seed_workers.close()  # every seed is staged: the workers' memory goes back before assembly needs it
    # pandera's import and the schemas the checks need, made while DuckDB works (it lets go of Python's lock)
    threading.Thread(target=prepare_validation, args=(DATASET_TABLES,), name="prepare-validation", daemon=True).start()
    p = paths.paths()
    previous = reusable_release(latest_release(p))  # same code: the rows of documents not touched are taken from it
    built = assemble(staged_files(p.staging, SHARDS), p.seed_index, p.tables, p.work, p.links_cache, previous)
    save_file_infos(built, p.tables / "files.json")
    start_charts_early(built)  # drawn on the helper's core while the checks run; the release takes them
    start_database_early(p, built, latest_release(p), PARALLEL_EVENTS)  # brought to the new tables while the checks run
    return tuple(built[name] for name in DATASET_TABLES)


class ReleaseConfig(dg.Config):
    allow_shrink: bool = False
    inputs: str = ""
    lock_token: str = ""  # set by `make release`, which holds the output folder's lock for the whole build


@dg.asset(deps=[dg.AssetKey(name) for name in DATASET_TABLES], group_name="dataset")
def release(context: dg.AssetExecutionContext, config: ReleaseConfig, paths: PipelinePaths) -> dg.MaterializeResult:
    """Publishes the checked tables as an immutable, versioned release in dist/releases/<version>/ and repoints dist/latest
    (under the output folder's lock, after repairing what a crash left and verifying the latest release)."""
    p = paths.paths()
    built = load_file_infos(p.tables / "files.json")
    result = publish_release(
        p, {name: built[name] for name in DATASET_TABLES}, config.allow_shrink, config.inputs or None, config.lock_token or None
    )
    if result.created:
        context.log.info(f"published release {result.version} at {result.path}")
    else:
        context.log.info(f"nothing changed: release {result.version} stays the latest, no new release made")
    return dg.MaterializeResult(
        metadata={
            "version": result.version,
            "created": result.created,
            "bump": result.bump or "",
            "path": dg.MetadataValue.path(str(result.path)),
            "files": dg.MetadataValue.json(result.manifest["files"]),
        }
    )


__all__ = ["dataset_tables", "release", "seed_index", "shard_assets"]
