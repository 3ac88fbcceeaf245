"""The asset graph: seeds -> staged per-seed tables -> assembled tables -> release."""


from pathlib import Path

import dagster as dg

from pipeline.publish.assemble import ASSEMBLED_TABLES, assemble
from pipeline.publish.parquet import file_info, read_table
from pipeline.publish.release import publish_release
from pipeline.seed import SEED_TABLES, process_seed
from pipeline.seeds import seeds_by_key
from schemas import TABLE_ORDER
from schemas import table as declared

from .resources import PipelinePaths

seed_partitions = dg.DynamicPartitionsDefinition(name="seeds")
DATASET_TABLES = tuple(name for name in TABLE_ORDER if name in SEED_TABLES or name in ASSEMBLED_TABLES)


@dg.multi_asset(
    partitions_def=seed_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    outs={
        name: dg.AssetOut(
            key=["staging", name],
            io_manager_key="staging_io",
            description=f"Per-seed rows of {name}: {declared(name).description}",
            group_name="staging",
        )
        for name in SEED_TABLES
    },
)
def staged_tables(context: dg.AssetExecutionContext, paths: PipelinePaths):
    """Reads each seed of the run (one partition per seed file) into its rows of every table.

    A seed that cannot be decoded, parsed or validated yields a rejects row
    instead; it never fails the run.
    """
    seeds = seeds_by_key(paths.paths().seeds)
    results = {}
    for key in context.partition_keys:
        seed = seeds.get(key)
        if seed is None:
            raise dg.Failure(f"seed partition {key} has no file in {paths.seeds} any more: the seeds sensor or `make release` removes stale partitions")
        results[key] = process_seed(seed.name, seed.path.read_bytes())
        if results[key].is_rejected:
            context.log.warning(f"{seed.name} rejected: {results[key].rejects.to_pylist()[0]['message']}")
    return tuple({key: result.table(name) for key, result in results.items()} for name in SEED_TABLES)


@dg.multi_asset(
    ins={f"staged_{name}": dg.AssetIn(key=["staging", name]) for name in SEED_TABLES},
    outs={
        name: dg.AssetOut(io_manager_key="build_io", description=declared(name).description, group_name="dataset")
        for name in DATASET_TABLES
    },
)
def dataset_tables(
    paths: PipelinePaths,
    staged_documents: list[Path],
    staged_passages: list[Path],
    staged_events: list[Path],
    staged_mentions: list[Path],
    staged_rejects: list[Path],
):
    """Assembles every seed's staged rows with DuckDB, adds entities (the gazetteer) and cross-document links, and checks that ids are unique and foreign keys resolve."""
    staged_files = (staged_documents, staged_passages, staged_events, staged_mentions, staged_rejects)
    staged = dict(zip(SEED_TABLES, staged_files, strict=True))
    built = assemble(staged, paths.paths().build)
    return tuple(built[name] for name in DATASET_TABLES)


@dg.asset(deps=[dg.AssetKey(name) for name in DATASET_TABLES], group_name="dataset")
def release(context: dg.AssetExecutionContext, paths: PipelinePaths) -> dg.MaterializeResult:
    """Publishes the validated tables as an immutable, versioned release in dist/releases/<version>/ and repoints dist/latest."""
    build = paths.paths().build
    built = {name: file_info(build / f"{name}.parquet", read_table(name, build / f"{name}.parquet").num_rows) for name in DATASET_TABLES}
    result = publish_release(paths.paths(), built)
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
