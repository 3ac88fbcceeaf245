"""Where things are inside a release folder.

Tables live in ``data/<table>.parquet``, so that a glob over one table's
folder can never mix tables (``FROM 'release/*.parquet'`` finds nothing rather
than silently stacking documents on events). Releases published before 2.0.0
kept their tables at the top of the folder; :func:`table_path` reads both.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = "data"
DUCKDB_FILE = "dataset.duckdb"
MANIFEST_FILE = "manifest.json"


def table_file(name: str) -> str:
    """The path of table ``name``'s Parquet file inside a release, as the manifest and card write it."""
    return f"{DATA_DIR}/{name}.parquet"


def table_path(release: Path, name: str) -> Path:
    """Table ``name``'s Parquet file in ``release``, in the current layout or the one before 2.0.0."""
    current = release / table_file(name)
    if current.exists():
        return current
    legacy = release / f"{name}.parquet"
    return legacy if legacy.exists() else current


def table_names(release: Path) -> list[str]:
    """The tables a release holds (either layout), in file name order."""
    found = {p.stem for p in (release / DATA_DIR).glob("*.parquet")} | {p.stem for p in release.glob("*.parquet")}
    return sorted(found)
