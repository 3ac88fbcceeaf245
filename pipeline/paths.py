"""Every path the pipeline reads or writes, from one settings object.

``PIPELINE_SEEDS`` and ``PIPELINE_DIST`` override the seeds folder and the
output folder (defaults: ``seeds/`` and ``dist/`` of the project).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Paths:
    seeds: Path
    dist: Path

    @classmethod
    def from_env(cls) -> Paths:
        return cls(
            seeds=Path(os.environ.get("PIPELINE_SEEDS", PROJECT_ROOT / "seeds")).resolve(),
            dist=Path(os.environ.get("PIPELINE_DIST", PROJECT_ROOT / "dist")).resolve(),
        )

    @property
    def staging(self) -> Path:
        """Every seed's rows, kept by content hash in sixteen shards (staging/<shard>/<table>.parquet)."""
        return self.dist / "staging"

    @property
    def build(self) -> Path:
        """The build area: the seeds index, the assembled tables before they are published, DuckDB's work files."""
        return self.dist / "build"

    @property
    def seed_index(self) -> Path:
        return self.build / "seeds.parquet"

    @property
    def seed_stats(self) -> Path:
        """The seeds' stat cache: a file whose size, times and inode did not change keeps its hash unread."""
        return self.build / "seed-stats.parquet"

    @property
    def verified(self) -> Path:
        """The latest release's files as last checked by sha256 (size, times, inode): unchanged files are not read again."""
        return self.build / "verified.json"

    @property
    def tables(self) -> Path:
        return self.build / "tables"

    @property
    def work(self) -> Path:
        """DuckDB's database and spill files while assembling; removed afterwards."""
        return self.build / "work"

    @property
    def links_cache(self) -> Path:
        """The text-reuse links' state between builds (passages, shingles, pair counts, links): only changes are compared."""
        return self.build / "links.duckdb"

    @property
    def lock(self) -> Path:
        return self.dist / ".lock"

    @property
    def releases(self) -> Path:
        return self.dist / "releases"

    @property
    def latest(self) -> Path:
        return self.dist / "latest"

    @property
    def duckdb_extensions(self) -> Path:
        """Project-local DuckDB extension directory: nothing goes to the home directory."""
        return self.dist / ".duckdb_extensions"
