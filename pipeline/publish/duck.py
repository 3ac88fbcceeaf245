"""DuckDB connections that never download: extensions load from their PyPI packages."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import duckdb
import duckdb_extension_fts

# DuckDB's share of a build's memory. The build's own process holds about 0.5 GiB besides (Dagster, Arrow, the
# definitions), so with these a build stays well under 2 GiB whatever the number of seeds: each session spills to its
# temporary directory beyond its limit. A small release writes its timeline while dataset.duckdb is built, where
# neither comes near its limit; a large one (release.PARALLEL_EVENTS) one after the other.
ASSEMBLY_MEMORY = "640MB"  # assembling the staged rows and finding the links
DATABASE_MEMORY = "640MB"  # building a release's dataset.duckdb and its full-text indexes
TIMELINE_MEMORY = "256MB"  # sorting the events for the timeline
HISTORY_MEMORY = "512MB"  # copying a release into history.duckdb


def remove_spill(folder: Path) -> None:
    """Removes a session's spill folder, and the build area's work folder above it once nothing else is in it."""
    shutil.rmtree(folder, ignore_errors=True)
    with contextlib.suppress(OSError):  # another session's spill folder is still there, or the folder is gone
        folder.parent.rmdir()


def connect(
    database: str | Path = ":memory:",
    extension_directory: Path | None = None,
    temp_directory: Path | None = None,
    memory_limit: str | None = None,
    read_only: bool = False,
) -> duckdb.DuckDBPyConnection:
    """A connection that never downloads; spill files go to ``temp_directory`` (never the working folder)."""
    config = {"autoinstall_known_extensions": False, "autoload_known_extensions": False, "threads": 2}
    if extension_directory is not None:
        extension_directory.mkdir(parents=True, exist_ok=True)
        config["extension_directory"] = str(extension_directory)
    if temp_directory is not None:
        temp_directory.parent.mkdir(parents=True, exist_ok=True)  # DuckDB makes the folder when it first spills, not its parents
        config["temp_directory"] = str(temp_directory)
    if memory_limit is not None:
        config["memory_limit"] = memory_limit
    if database == ":memory:" and temp_directory is None:
        config["temp_directory"] = ""  # nothing spills into the current folder's .tmp/
    return duckdb.connect(str(database), read_only=read_only, config=config)


def fts_extension_path() -> Path:
    """The full-text-search extension shipped by the duckdb-extension-fts package for this DuckDB version."""
    root = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}"
    found = sorted(root.glob("fts.duckdb_extension"))
    if not found:
        raise RuntimeError(f"duckdb-extension-fts has no build for DuckDB {duckdb.__version__} in {root}; pin both to the same version")
    return found[0]


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    con.load_extension(str(fts_extension_path()))


def cli_extension_directory() -> Path:
    """Where the ``duckdb`` command of the duckdb-cli package looks for extensions (site-packages/.duckdb_extensions)."""
    import duckdb_cli

    return Path(duckdb_cli.__file__).parent.parent / ".duckdb_extensions"


def install_packaged_extensions() -> Path:
    """Installs the packaged fts extension where the environment's ``duckdb`` command finds it, so ``LOAD fts`` works offline."""
    target = cli_extension_directory()
    con = connect(extension_directory=target)
    con.install_extension(str(fts_extension_path()), force_install=True)
    return target


if __name__ == "__main__":
    print(f"DuckDB's fts extension installed for the duckdb command in {install_packaged_extensions()}")
