"""Resources: where things are, and how staged and assembled tables are stored."""


from pathlib import Path

import dagster as dg
import pyarrow as pa

from pipeline.paths import Paths
from pipeline.publish.parquet import FileInfo, read_table, write_table


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

    An output is a dict of partition key -> Arrow table (a run may cover a
    range of seeds); a downstream input gets the files of every current seed.
    """

    paths: PipelinePaths

    def _file(self, table: str, key: str) -> Path:
        return self.paths.paths().staging / table / f"{key}.parquet"

    def handle_output(self, context: dg.OutputContext, obj: dict[str, pa.Table]) -> None:
        table = context.asset_key.path[-1]
        written = [write_table(table, data, self._file(table, key)) for key, data in sorted(obj.items())]
        context.add_output_metadata({"rows": sum(f.rows for f in written), "seeds": len(written)})

    def load_input(self, context: dg.InputContext) -> list[Path]:
        table = context.asset_key.path[-1]
        keys = context.asset_partition_keys if context.has_asset_partitions else []
        files = [self._file(table, key) for key in sorted(keys)]
        missing = [f.name for f in files if not f.exists()]
        if missing:
            raise FileNotFoundError(f"staged {table} missing for seeds {missing[:5]}: materialize their partitions first")
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
