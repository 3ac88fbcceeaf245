"""Resources: where things are, and how staged and assembled tables are stored."""


from pathlib import Path

import dagster as dg
import pyarrow as pa

from pipeline.paths import Paths
from pipeline.publish.parquet import FileInfo, read_table, write_table
from pipeline.seed import SEED_TABLES, SeedTables


class PipelinePaths(dg.ConfigurableResource):
    """The seeds folder and the output folder (PIPELINE_SEEDS / PIPELINE_DIST)."""

    seeds: str
    dist: str

    @classmethod
    def from_env(cls) -> "PipelinePaths":
        paths = Paths.from_env()
        return cls(seeds=str(paths.seeds), dist=str(paths.dist))

    def paths(self) -> Paths:
        return Paths(seeds=Path(self.seeds), dist=Path(self.dist))


class StagingIOManager(dg.ConfigurableIOManager):
    """Per-seed tables as ``staging/<table>/<partition>.parquet``, written by the one Parquet writer.

    An output is a dict of partition key -> SeedTables (a run may cover a
    range of seeds); a downstream input gets, per table, the files of every
    current seed.
    """

    paths: PipelinePaths

    def _file(self, table: str, key: str) -> Path:
        return self.paths.paths().staging / table / f"{key}.parquet"

    def handle_output(self, context: dg.OutputContext, obj: dict[str, SeedTables]) -> None:
        rows = dict.fromkeys(SEED_TABLES, 0)
        for key, result in sorted(obj.items()):
            for table in SEED_TABLES:
                rows[table] += write_table(table, result.table(table), self._file(table, key)).rows
        context.add_output_metadata({"seeds": len(obj), **{f"{table} rows": n for table, n in rows.items()}})

    def load_input(self, context: dg.InputContext) -> dict[str, list[Path]]:
        keys = sorted(context.asset_partition_keys) if context.has_asset_partitions else []
        files = {table: [self._file(table, key) for key in keys] for table in SEED_TABLES}
        missing = sorted({f.stem for table_files in files.values() for f in table_files if not f.exists()})
        if missing:
            raise FileNotFoundError(f"staged tables missing for seeds {missing[:5]}: materialize their partitions first")
        return files


class BuildIOManager(dg.ConfigurableIOManager):
    """Assembled tables as ``build/<table>.parquet``; the asset writes them, this reads them back."""

    paths: PipelinePaths

    def handle_output(self, context: dg.OutputContext, obj: FileInfo) -> None:
        context.add_output_metadata(
            {"rows": obj.rows, "bytes": obj.bytes, "sha256": obj.sha256, "path": dg.MetadataValue.path(str(obj.path))}
        )

    def load_input(self, context: dg.InputContext) -> pa.Table:
        table = context.asset_key.path[-1]
        return read_table(table, self.paths.paths().build / f"{table}.parquet")
