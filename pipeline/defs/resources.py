"""Resources: where things are, the worker processes that parse seeds, and how assembled tables are stored."""

from contextlib import contextmanager
from pathlib import Path

import dagster as dg
from pydantic import PrivateAttr

from pipeline.paths import Paths
from pipeline.publish.parquet import FileInfo
from pipeline.publish.staging import SeedPool


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


class SeedWorkers(dg.ConfigurableResource):
    """Processes that parse seeds, one per core by default (``workers: 1`` parses in the step's own process).

    Started on the first shard that has enough new seeds and kept for the
    rest of the run, so the language models load once per worker.
    """

    workers: int = 0
    _pool: SeedPool | None = PrivateAttr(default=None)

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext):
        self._pool = SeedPool(self.workers)
        try:
            yield self
        finally:
            self._pool.close()

    def map(self, function, seeds):
        if self._pool is None:
            self._pool = SeedPool(self.workers)
        return self._pool.map(function, seeds)

    def close(self) -> None:
        """Ends the worker processes (a later map starts them again)."""
        if self._pool is not None:
            self._pool.close()


class BuildIOManager(dg.ConfigurableIOManager):
    """Assembled tables as ``build/tables/<table>.parquet``: the asset writes and hashes each file once; this records
    rows, bytes and sha256, and hands downstream steps the file (never the rows, so memory stays flat)."""

    paths: PipelinePaths

    def handle_output(self, context: dg.OutputContext, obj: FileInfo) -> None:
        context.add_output_metadata(
            {"rows": obj.rows, "bytes": obj.bytes, "sha256": obj.sha256, "path": dg.MetadataValue.path(str(obj.path))}
        )

    def load_input(self, context: dg.InputContext) -> Path:
        return self.paths.paths().tables / f"{context.asset_key.path[-1]}.parquet"
