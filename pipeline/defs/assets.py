"""The asset graph: seeds -> staged per-seed tables -> assembled tables -> release."""

import warnings
from pathlib import Path

import dagster as dg
from dagster_pandera import pandera_schema_to_dagster_type

from pipeline import tables
from pipeline.progress import track
from pipeline.publish.assemble import ASSEMBLED_TABLES, assemble
from pipeline.publish.parquet import file_info
from pipeline.publish.release import publish_release
from pipeline.seed import SEED_TABLES, SeedTables, process_seed
from pipeline.seeds import seeds_by_key
from schemas import TABLE_ORDER
from schemas import table as declared

from .resources import PipelinePaths

# The single-run backfill policy is marked beta in Dagster 1.13; it is what bulk loads need.
warnings.filterwarnings("ignore", category=dg.BetaWarning)

seed_partitions = dg.DynamicPartitionsDefinition(name="seeds")
# Every published table: those each seed contributes rows to, and those assembled from the whole corpus.
DATASET_TABLES = tuple(name for name in TABLE_ORDER if name in SEED_TABLES or name in ASSEMBLED_TABLES)


def column_schema(name: str) -> dict:
    """The table's columns, types, constraints and descriptions, shown by the Dagster UI."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dagster_type = pandera_schema_to_dagster_type(tables.pandera_schema(name))
    return {"dagster/column_schema": dagster_type.metadata["schema"].schema}


@dg.asset(
    key="staged_seeds",
    partitions_def=seed_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    io_manager_key="staging_io",
    group_name="staging",
)
def staged_seeds(context: dg.AssetExecutionContext, paths: PipelinePaths) -> dict[str, SeedTables]:
    """Reads each seed of the run (one partition per seed file) into its rows of every table.

    Staged as staging/<table>/<partition>.parquet. A seed that cannot be
    decoded, parsed or validated yields a rejects row instead; it never fails
    the run. One asset (not one per table) keeps Dagster's bookkeeping to one
    materialization per seed, which matters for bulk loads of thousands.
    """
    seeds = seeds_by_key(paths.paths().seeds)
    results = {}
    keys = context.partition_keys
    for key in track(keys, total=len(keys), noun="seeds parsed", log=context.log.info):
        seed = seeds.get(key)
        if seed is None:
            raise dg.Failure(f"seed partition {key} has no file in {paths.seeds} any more: the seeds sensor or `make release` removes stale partitions")
        results[key] = process_seed(seed.name, seed.path.read_bytes())
        if results[key].is_rejected:
            context.log.warning(f"{seed.name} rejected: {results[key].rejects.to_pylist()[0]['message']}")
    return results


@dg.multi_asset(
    ins={"staged": dg.AssetIn(key="staged_seeds")},
    outs={
        name: dg.AssetOut(
            io_manager_key="build_io", description=declared(name).description, group_name="dataset", metadata=column_schema(name)
        )
        for name in DATASET_TABLES
    },
)
def dataset_tables(paths: PipelinePaths, staged: dict[str, list[Path]]):
    """Assembles every seed's staged rows with DuckDB, adds entities (the gazetteer) and cross-document links, and checks that ids are unique and foreign keys resolve."""
    built = assemble(staged, paths.paths().build)
    return tuple(built[name] for name in DATASET_TABLES)


@dg.asset(deps=[dg.AssetKey(name) for name in DATASET_TABLES], group_name="dataset")
def release(context: dg.AssetExecutionContext, paths: PipelinePaths) -> dg.MaterializeResult:
    """Publishes the validated tables as an immutable, versioned release in dist/releases/<version>/ and repoints dist/latest."""
    build = paths.paths().build
    built = {name: file_info(build / f"{name}.parquet") for name in DATASET_TABLES}
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
