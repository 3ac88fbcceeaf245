"""The seeds folder: which files are seeds, and the partition key of each.

A seed's key is its file name and the first 12 hex digits of its content
hash, so renaming or editing a file makes a new partition.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Seed:
    path: Path
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def key(self) -> str:
        # Dagster refuses "..." and control characters inside partition keys.
        safe = "".join(c if c.isprintable() else "?" for c in self.name).replace("...", ".\u2026")
        return f"{safe}@{self.sha256[:12]}"


def list_seeds(folder: Path) -> list[Seed]:
    """Every regular, non-hidden file of the folder, sorted by name (not only *.txt: nothing is ignored)."""
    if not folder.is_dir():
        raise FileNotFoundError(f"seeds folder {folder} does not exist (set PIPELINE_SEEDS to a folder of text files)")
    seeds = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            seeds.append(Seed(path, hashlib.sha256(path.read_bytes()).hexdigest()))
    return seeds


def seeds_by_key(folder: Path) -> dict[str, Seed]:
    return {seed.key: seed for seed in list_seeds(folder)}
