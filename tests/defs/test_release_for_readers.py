"""A release as its readers meet it: standards validators, Hugging Face, search, views, citation, the command line.

One release is built from the seeds and the development documents; every
example of its card and of the project's README is then run exactly as
printed, from the project's own tools, offline.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pyarrow.parquet as pq
import pytest
import yaml

from pipeline.cli import run_release
from pipeline.paths import Paths
from pipeline.publish.duck import load_fts
from pipeline.publish.questions import questions
from schemas import vocabulary
from tests.conftest import FIXTURES, ROOT, SEEDS
from tests.examples import environment, examples, run_example

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    root = tmp_path_factory.mktemp("readers")
    seeds = root / "seeds"
    seeds.mkdir()
    for path in [*SEEDS.iterdir(), *(FIXTURES / "dev").glob("*.txt")]:
        shutil.copyfile(path, seeds / path.name)
    paths = Paths(seeds=seeds, dist=root / "dist")
    with dg.instance_for_test() as instance:
        outcome = run_release(paths, instance)
    assert outcome.created
    return paths


def _env(paths: Paths, tmp_path: Path) -> dict[str, str]:
    return environment(PIPELINE_DIST=str(paths.dist), HF_HOME=str(tmp_path / "hf"), PIPELINE_SEEDS=str(paths.seeds))


def test_frictionless_validates_the_data_package(release):
    result = subprocess.run([BIN / "frictionless", "validate", "--json", "datapackage.json"], cwd=release.latest, capture_output=True, text=True)
    report = json.loads(result.stdout)
    errors = [e["message"] for task in report["tasks"] for e in task["errors"]]
    assert result.returncode == 0 and report["valid"], errors[:5]
    assert {task["name"] for task in report["tasks"]} == {"documents", "passages", "subdocuments", "events", "event_types", "entities", "mentions", "links", "rejects"}


def test_mlcroissant_validates_and_reads_every_record_set(release):
    manifest = json.loads((release.latest / "manifest.json").read_text())
    script = """
import json, sys
import mlcroissant as mlc
dataset = mlc.Dataset("croissant.json")
print(json.dumps({name: sum(1 for _ in dataset.records(name)) for name in sys.argv[1:]}))
"""
    names = [Path(f).stem for f in manifest["files"] if f.endswith(".parquet")]
    result = subprocess.run([sys.executable, "-c", script, *names], cwd=release.latest, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "warning" not in result.stderr.lower(), result.stderr[-2000:]
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    assert counts == {name: manifest["files"][f"data/{name}.parquet"]["rows"] for name in names}
    validate = subprocess.run([BIN / "mlcroissant", "validate", "--jsonld", "croissant.json"], cwd=release.latest, capture_output=True, text=True, timeout=600)
    assert validate.returncode == 0 and "warning" not in validate.stderr.lower(), validate.stderr[-2000:]


def test_croissant_and_datapackage_say_how_to_cite(release):
    croissant = json.loads((release.latest / "croissant.json").read_text())
    package = json.loads((release.latest / "datapackage.json").read_text())
    manifest = json.loads((release.latest / "manifest.json").read_text())
    assert croissant["version"] == package["version"] == manifest["version"]
    assert croissant["datePublished"] == manifest["release_date"] and package["created"].startswith(manifest["release_date"])
    assert croissant["citeAs"].startswith("@misc{") and manifest["version"] in croissant["citeAs"]
    assert croissant["license"] == "https://creativecommons.org/licenses/by/4.0/" and package["licenses"][0]["name"] == "CC-BY-4.0"


def test_every_release_has_a_citation_file_with_its_version_and_date(release):
    cff = yaml.safe_load((release.latest / "CITATION.cff").read_text())
    manifest = json.loads((release.latest / "manifest.json").read_text())
    root = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    assert cff["cff-version"] == "1.2.0" and cff["version"] == manifest["version"]
    assert str(cff["date-released"]) == manifest["release_date"]
    assert cff["title"] == root["title"] and cff["authors"] == root["authors"] and cff["license"] == root["license"] == "CC-BY-4.0"
    card = (release.latest / "README.md").read_text()
    assert f"version {manifest['version']}, released {manifest['release_date']}" in card


def test_every_document_says_under_what_rights_its_text_is_republished(release):
    con = duckdb.connect(str(release.latest / "dataset.duckdb"), read_only=True)
    rights = dict(con.execute("SELECT rights_type, count(*) FROM documents GROUP BY ALL").fetchall())
    assert set(rights) == {"research_and_education", "released_to_public", "unknown"}
    book = con.execute("SELECT rights_type FROM documents WHERE source_type = 'book_excerpt'").fetchall()
    assert book and all(r[0] == "unknown" for r in book)


def test_a_glob_over_the_release_cannot_mix_tables(release):
    con = duckdb.connect()
    with pytest.raises(duckdb.IOException):
        con.execute(f"SELECT * FROM '{release.latest}/*.parquet'")
    assert sorted(p.name for p in (release.latest / "data").iterdir()) == sorted(
        f"{name}.parquet" for name in ("documents", "passages", "subdocuments", "events", "event_types", "entities", "mentions", "links", "rejects")
    )


def test_hugging_face_datasets_loads_every_table_from_the_release_folder(release, tmp_path):
    manifest = json.loads((release.latest / "manifest.json").read_text())
    script = """
import json, sys
from datasets import load_dataset
counts = {"default": load_dataset(sys.argv[1], split="train").num_rows}
for name in sys.argv[2:]:
    counts[name] = load_dataset(sys.argv[1], name, split="train").num_rows
print(json.dumps(counts))
"""
    names = [n for n in ("documents", "passages", "events", "entities", "mentions", "links")]
    result = subprocess.run([sys.executable, "-c", script, str(release.latest), *names], capture_output=True, text=True,
                            env=_env(release, tmp_path), timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    assert counts.pop("default") == manifest["files"]["data/passages.parquet"]["rows"]
    assert counts == {n: manifest["files"][f"data/{n}.parquet"]["rows"] for n in names}


def _search(con, words: str) -> set[str]:
    return {r[0] for r in con.execute("SELECT passage_id FROM search_passages(?)", [words]).fetchall()}


def test_search_matches_inflected_forms_in_english_and_russian(release):
    con = duckdb.connect(str(release.latest / "dataset.duckdb"), read_only=True)
    load_fts(con)
    saying = {r[0] for r in con.execute("SELECT passage_id FROM passages WHERE regexp_matches(text, '\\bnegotiations\\b', 'i')").fetchall()}
    assert len(saying) >= 10 and saying <= _search(con, "negotiation")
    truce = {r[0] for r in con.execute("SELECT passage_id FROM passages WHERE text ILIKE '%перемирия%'").fetchall()}
    assert truce and truce <= _search(con, "перемирие")
    assert _search(con, "перемирие") <= {r[0] for r in con.execute("SELECT passage_id FROM passages WHERE language = 'ru'").fetchall()}


def test_foreign_keys_are_declared_in_dataset_duckdb(release):
    con = duckdb.connect(str(release.latest / "dataset.duckdb"), read_only=True)
    keys = {(t, c) for t, c in con.execute(
        "SELECT table_name, constraint_text FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'").fetchall()}
    assert ("events", 'FOREIGN KEY (doc_id) REFERENCES documents(doc_id)') in keys
    assert ("links", 'FOREIGN KEY (other_passage_id) REFERENCES passages(passage_id)') in keys
    with pytest.raises(duckdb.Error):
        con.execute("INSERT INTO events SELECT * REPLACE ('nowhere' AS doc_id, 'x/e1' AS event_id) FROM events LIMIT 1")


def test_every_event_type_is_explained_by_the_event_types_table(release):
    con = duckdb.connect(str(release.latest / "dataset.duckdb"), read_only=True)
    keys = {c for t, c in con.execute("SELECT table_name, constraint_text FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'").fetchall() if t == "events"}
    assert "FOREIGN KEY (event_type) REFERENCES event_types(event_type)" in keys
    meanings = dict(con.execute("SELECT event_type, meaning FROM event_types").fetchall())
    assert meanings["message_sent"] == "a cable, telegram or letter is sent" and len(meanings) == len(vocabulary("event_types"))
    used = {r[0] for r in con.execute("SELECT DISTINCT event_type FROM events").fetchall()}
    assert len(used) > 3 and used <= set(meanings)
    assert pq.read_table(release.latest / "data" / "event_types.parquet").num_rows == len(meanings)


@pytest.mark.parametrize("number", range(1, 11))
def test_each_question_of_the_card_has_an_answer(release, number):
    manifest = json.loads((release.latest / "manifest.json").read_text())
    question = questions(manifest["version"])[number - 1]
    card = (release.latest / "README.md").read_text()
    assert question.sql in card
    database = (release.latest / question.database).resolve()
    con = duckdb.connect(str(database), read_only=True)
    load_fts(con)
    *_, last = [s for s in question.sql.split(";") if s.strip()]
    rows = con.execute(last).fetchall()
    assert rows, question.question


def test_the_card_examples_are_the_ones_run(release):
    card = (release.latest / "README.md").read_text()
    ran = examples(card)
    assert len(ran) >= 17 and {e.language for e in ran} == {"sh", "python", "sql"}


def test_every_example_of_the_card_runs_as_printed(release, tmp_path):
    card = (release.latest / "README.md").read_text()
    failures = []
    for example in examples(card):
        result = run_example(example, release.latest, _env(release, tmp_path))
        if result.returncode != 0 or not result.stdout.strip():
            failures.append(f"{example.id}:\n{example.code}\n{result.stderr[-1500:]}")
    assert failures == []


def test_every_example_of_the_readme_runs_as_printed(release, tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    (project / "dist").symlink_to(release.dist)
    (project / ".venv").symlink_to(BIN.parent)
    failures = []
    for example in examples((ROOT / "README.md").read_text()):
        result = run_example(example, project, _env(release, tmp_path))
        if result.returncode != 0 or not result.stdout.strip():
            failures.append(f"{example.id}:\n{example.code}\n{result.stderr[-1500:]}")
    assert failures == []


def test_the_card_tells_hugging_face_one_configuration_per_table(release):
    card = (release.latest / "README.md").read_text()
    header = yaml.safe_load(card.split("---\n")[1])
    configs = {c["config_name"]: c for c in header["configs"]}
    assert set(configs) == {"documents", "passages", "subdocuments", "events", "event_types", "entities", "mentions", "links", "rejects"}
    assert configs["events"]["data_files"] == [{"split": "train", "path": "data/events.parquet"}]
    assert [name for name, c in configs.items() if c.get("default")] == ["passages"]
    assert header["license"] == "cc-by-4.0" and {"en", "ru"} <= set(header["language"])


def _cli(release, tmp_path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, env=_env(release, tmp_path), timeout=300)


def test_verify_passes_on_a_release_and_names_a_flipped_byte(release, tmp_path):
    ok = _cli(release, tmp_path, "verify")
    assert ok.returncode == 0 and "match the manifest" in ok.stdout
    copy = tmp_path / "copy"
    shutil.copytree(release.latest, copy)
    target = copy / "data" / "events.parquet"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    broken = _cli(release, tmp_path, "verify", str(copy))
    assert broken.returncode == 1 and "data/events.parquet: sha256" in broken.stdout + broken.stderr and "Traceback" not in broken.stderr


def test_search_show_and_rejects_answer_in_one_command(release, tmp_path):
    found = _cli(release, tmp_path, "search", "перемирие", "--limit", "3")
    assert found.returncode == 0 and "wcda-117419" in found.stdout
    shown = _cli(release, tmp_path, "show", "wcda-117419")
    assert shown.returncode == 0 and "Cable No. 21756" in shown.stdout and "events" in shown.stdout and "passages" in shown.stdout
    quoting = _cli(release, tmp_path, "show", "wcda-113636")  # a cable carrying Stalin's answer to Mao
    assert quoting.returncode == 0 and "1 sub-document" in quoting.stdout and "Transmit" in quoting.stdout
    rejects = _cli(release, tmp_path, "rejects")
    assert rejects.returncode == 0 and "nothing rejected" in rejects.stdout


def test_errors_are_one_line_naming_the_path_and_the_fix(release, tmp_path):
    for args in (("verify", "9.9.9"), ("show", "no-such-doc"), ("diff", "0.0.1", "latest")):
        result = _cli(release, tmp_path, *args)
        assert result.returncode == 1 and "Traceback" not in result.stderr, args
        [line] = result.stderr.strip().splitlines()
        assert line.startswith("coldwar: error:") and ("/" in line), line
    for verb in ("release", "verify", "diff", "search", "show", "rejects", "bench-search"):
        helped = _cli(release, tmp_path, verb, "--help")
        assert helped.returncode == 0 and "usage:" in helped.stdout, verb


def test_the_page_is_self_contained_and_draws_three_charts(release):
    page = (release.latest / "index.html").read_text()
    assert page.count("<svg") == 3 and "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page) and "@import" not in page
    assert not re.search(r"url\((?!#)", page), "only references inside the page"
    for table in ("documents", "passages", "subdocuments", "events", "event_types", "entities", "mentions", "links", "rejects"):
        assert f'id="table-{table}"' in page


CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "no chromium: `make browser` installs Debian's (make test does it first)"
    return found


def test_a_browser_draws_the_page_with_its_charts(release, tmp_path):
    from PIL import Image

    page = (release.latest / "index.html").as_uri()
    shot = tmp_path / "index.png"
    flags = [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run([_chromium(), *flags, "--window-size=1280,2200", f"--screenshot={shot}", page], capture_output=True, timeout=180, check=True)
    if os.environ.get("PIPELINE_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["PIPELINE_SCREENSHOT"])
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 2200)
    pixels = list(image.resize((256, 440)).getdata())
    drawn = sum(1 for p in pixels if sum(p) < 700) / len(pixels)
    assert drawn > 0.04, f"the page looks blank ({drawn:.1%} of it drawn)"
    blue = sum(1 for r, g, b in image.getdata() if abs(r - 31) < 12 and abs(g - 119) < 12 and abs(b - 180) < 12)
    assert blue > 500, "the charts' first colour is nowhere on the page"
    dom = subprocess.run([_chromium(), *flags, "--dump-dom", page], capture_output=True, text=True, timeout=180, check=True).stdout
    assert dom.count("<svg") == 3 and "Timeline: events per month, by type" in dom
