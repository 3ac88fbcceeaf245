"""What a crash, a second build, a tampered file or a bad path can do to a release: nothing that goes unnoticed.

Builds run as the command line runs them (`python -m pipeline.cli release`),
in subprocesses with their own DAGSTER_HOME, so a kill is a real SIGKILL.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from pipeline.paths import Paths
from pipeline.publish.lock import build_lock
from pipeline.publish.release import latest_release
from pipeline.publish.verify import release_problems
from tests.conftest import BOOK_SEED, ROOT, WCDA_SEED

pytestmark = pytest.mark.slow


def _env(tmp: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIPELINE_")}
    env.update(PIPELINE_SEEDS=str(tmp / "seeds"), PIPELINE_DIST=str(tmp / "dist"), DAGSTER_HOME=str(tmp / "dagster"), PYTHONHASHSEED="0")
    return env


def _cli(tmp: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, env=_env(tmp), capture_output=True, text=True, timeout=600)
    if check:
        assert done.returncode == 0, done.stderr[-3000:]
    return done


def _seeds(tmp: Path, *files: Path) -> Path:
    folder = tmp / "seeds"
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copyfile(f, folder / f.name)
    return folder


def _state(tmp: Path) -> tuple[str | None, list[str]]:
    paths = Paths(seeds=tmp / "seeds", dist=tmp / "dist")
    latest = latest_release(paths)
    leftovers = sorted(p.name for p in [*paths.releases.glob(".building-*"), *paths.dist.glob(".latest.new")]) if paths.dist.exists() else []
    return (latest.name if latest else None), leftovers


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("published")
    _seeds(tmp, BOOK_SEED, WCDA_SEED)
    _cli(tmp, "release")
    return tmp


def test_verify_passes_a_fresh_release_and_names_a_flipped_byte(published, tmp_path):
    assert "verified" in _cli(published, "verify").stdout
    copy = tmp_path / "copy"
    shutil.copytree(published / "dist" / "releases" / "1.0.0", copy)
    target = copy / "data" / "passages.parquet"
    target.chmod(0o644)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    done = _cli(published, "verify", str(copy), check=False)
    assert done.returncode == 1 and "passages.parquet" in done.stderr and "sha256" in done.stderr


def test_verify_names_a_tampered_manifest_and_a_stray_file(published, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(published / "dist" / "releases" / "1.0.0", copy)
    manifest = copy / "manifest.json"
    manifest.chmod(0o644)
    data = json.loads(manifest.read_text())
    data["files"]["data/documents.parquet"]["rows"] += 1
    manifest.write_text(json.dumps(data))
    (copy / "dataset.duckdb.wal").write_bytes(b"x")
    done = _cli(published, "verify", str(copy), check=False)
    assert done.returncode == 1
    assert "documents.parquet" in done.stderr and "dataset.duckdb.wal: not listed" in done.stderr


def test_release_files_are_read_only_and_the_database_refuses_writes_read_only(published):
    release = published / "dist" / "latest"
    assert all(not (p.stat().st_mode & 0o222) for p in release.iterdir())
    con = duckdb.connect(str(release / "dataset.duckdb"), read_only=True)
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM documents")
    con.close()


def test_a_damaged_latest_stops_the_build_with_the_file_named(tmp_path):
    _seeds(tmp_path, BOOK_SEED, WCDA_SEED)
    _cli(tmp_path, "release")
    target = tmp_path / "dist" / "latest" / "data" / "events.parquet"
    target.chmod(0o644)
    target.write_bytes(target.read_bytes()[:-10] + b"0123456789")
    (tmp_path / "seeds" / "extra.txt").write_text("A new note.\n\nAbout the talks.\n", encoding="utf-8")
    done = _cli(tmp_path, "release", check=False)
    assert done.returncode == 1 and "events.parquet" in done.stderr and "Traceback" not in done.stderr
    assert _state(tmp_path) == ("1.0.0", [])


KILL_POINTS = {
    # module, function: the build is killed when it calls this
    "parsing a shard": ("pipeline.publish.staging", "_write_shard"),
    "assembling": ("pipeline.publish.assemble", "write_table_from"),
    "writing the release database": ("pipeline.publish.release", "take_database"),
    "updating the copy of the previous release's database": ("pipeline.publish.database", "update_search_indexes"),
    "sealing the release folder": ("pipeline.publish.release", "_seal"),
    "between the folder rename and the pointer switch": ("pipeline.publish.release", "_point_latest"),
}

_KILLER = textwrap.dedent(
    """
    import importlib, os, signal, sys
    module = importlib.import_module(sys.argv[1])
    def killed(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)
    setattr(module, sys.argv[2], killed)
    from pipeline.cli import main
    main(["release"])
    """
)


@pytest.fixture(scope="module")
def first_release(tmp_path_factory):
    """A folder with one seed and its published release 1.0.0 (seeds, dist and Dagster's history), built once."""
    tmp = tmp_path_factory.mktemp("first")
    _seeds(tmp, BOOK_SEED)
    _cli(tmp, "release")
    return tmp


@pytest.mark.parametrize("moment", list(KILL_POINTS))
def test_a_kill_at_any_moment_leaves_latest_complete_and_the_next_build_repairs(first_release, tmp_path, moment):
    # a copy of the first release in a new place, as an operator who moved the project folder would have it
    for folder in ("seeds", "dist", "dagster"):
        shutil.copytree(first_release / folder, tmp_path / folder, symlinks=True)
    _seeds(tmp_path, WCDA_SEED)
    module, function = KILL_POINTS[moment]
    killed = subprocess.run([sys.executable, "-c", _KILLER, module, function], cwd=ROOT, env=_env(tmp_path), capture_output=True, timeout=600)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    latest, _ = _state(tmp_path)
    assert latest in ("1.0.0", "1.1.0")
    assert release_problems(tmp_path / "dist" / "releases" / latest)[1] == [], "latest points at a complete release"
    after = _cli(tmp_path, "release")
    assert _state(tmp_path) == ("1.1.0", []), after.stdout
    assert sorted(p.name for p in (tmp_path / "dist" / "releases").iterdir() if not p.name.startswith(".")) == ["1.0.0", "1.1.0"]
    assert "verified" in _cli(tmp_path, "verify").stdout
    assert "nothing changed" in _cli(tmp_path, "release").stdout


def test_a_second_build_on_the_same_output_stops_with_a_clear_message(tmp_path):
    _seeds(tmp_path, BOOK_SEED)
    with build_lock(tmp_path / "dist"):
        done = _cli(tmp_path, "release", check=False)
    assert done.returncode == 1 and "another build is writing into" in done.stderr and "Traceback" not in done.stderr
    assert _state(tmp_path) == (None, [])


def test_two_builds_at_once_one_publishes_the_other_waits_and_finds_nothing_changed(tmp_path):
    _seeds(tmp_path, BOOK_SEED, WCDA_SEED)
    command = [sys.executable, "-m", "pipeline.cli", "release", "--wait"]
    runs = [subprocess.Popen(command, cwd=ROOT, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err[-2000:] for _, err in outputs]
    said = sorted("published" if "published at" in out else "unchanged" if "nothing changed" in out else out for out, _ in outputs)
    assert said == ["published", "unchanged"]
    assert _state(tmp_path) == ("1.0.0", [])
    assert "verified" in _cli(tmp_path, "verify").stdout


def test_an_empty_seeds_folder_publishes_nothing_unless_allowed(tmp_path):
    (tmp_path / "seeds").mkdir()
    done = _cli(tmp_path, "release", check=False)
    assert done.returncode == 1 and "no document to publish" in done.stderr and _state(tmp_path) == (None, [])


def test_removing_most_documents_needs_allow_shrink(tmp_path):
    _seeds(tmp_path, BOOK_SEED, WCDA_SEED)
    _cli(tmp_path, "release")
    (tmp_path / "seeds" / WCDA_SEED.name).unlink()
    done = _cli(tmp_path, "release", check=False)
    assert done.returncode == 1 and "--allow-shrink" in done.stderr and _state(tmp_path) == ("1.0.0", [])
    assert "published" in _cli(tmp_path, "release", "--allow-shrink").stdout and _state(tmp_path) == ("1.1.0", [])


@pytest.mark.parametrize("problem", ["missing", "a file"])
def test_a_wrong_seeds_folder_is_one_line_naming_it(tmp_path, problem):
    if problem == "a file":
        (tmp_path / "seeds").write_text("not a folder")
    done = _cli(tmp_path, "release", check=False)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1 and str(tmp_path / "seeds") in lines[0] and "PIPELINE_SEEDS" in lines[0]


def test_an_output_path_that_is_a_file_is_one_line_naming_it(tmp_path):
    _seeds(tmp_path, BOOK_SEED)
    (tmp_path / "dist").write_text("not a folder")
    done = _cli(tmp_path, "release", check=False)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1 and "PIPELINE_DIST" in lines[0]


def test_an_output_folder_with_a_quote_works_and_nothing_lands_in_the_working_folder(tmp_path):
    odd = tmp_path / "it's; a \"dist\""
    env = _env(tmp_path) | {"PIPELINE_DIST": str(odd)}
    _seeds(tmp_path, BOOK_SEED)
    before = set(os.listdir(ROOT))
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "release"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (odd / "latest" / "manifest.json").is_file()
    assert set(os.listdir(ROOT)) - before == set(), "no .tmp/ or other file in the project"
    assert not (odd / "build" / "work").exists(), "DuckDB's work files are removed"
