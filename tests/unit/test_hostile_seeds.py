"""The hostile seeds folder through listing, staging and assembly: every entry is a document or a reject, as expected."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from pipeline.publish.assemble import assemble
from pipeline.publish.staging import stage_shard, staged_files, write_seed_index
from pipeline.seeds import SHARDS, list_seeds
from tests.hostile import CASES, display, expectations, make_hostile_seeds


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    seeds = make_hostile_seeds(root / "seeds")
    listing = list_seeds(seeds)
    for shard in SHARDS:
        stage_shard(root / "staging", shard, [s for s in listing.seeds if s.shard == shard])
    write_seed_index(listing, root / "seeds.parquet")
    built = assemble(staged_files(root / "staging", SHARDS), root / "seeds.parquet", root / "tables", root / "work")
    documents = pq.read_table(built["documents"].path).to_pylist()
    rejects = pq.read_table(built["rejects"].path).to_pylist()
    return root, {d["seed_file"]: d for d in documents}, {r["seed_file"]: r for r in rejects}


def test_there_are_at_least_forty_cases():
    assert len(CASES) >= 40


@pytest.mark.parametrize("name", list(expectations()), ids=[repr(n)[:40] for n in expectations()])
def test_each_hostile_seed_has_its_outcome(outcome, name):
    _, documents, rejects = outcome
    expected = expectations()[name]
    if expected[0] == "document":
        assert name in documents and name not in rejects, rejects.get(name)
    else:
        _, stage, words = expected
        assert name not in documents
        assert rejects[name]["stage"] == stage and words in rejects[name]["message"], rejects[name]


def test_every_entry_is_a_document_or_a_reject_and_nothing_else(outcome):
    _, documents, rejects = outcome
    assert set(documents) | set(rejects) == {display(name) for name, _, _ in CASES}
    assert not set(documents) & set(rejects)


def test_nothing_is_written_outside_the_build_folders(outcome):
    root, _, _ = outcome
    assert sorted(p.name for p in root.iterdir()) == ["seeds", "seeds.parquet", "staging", "tables"]
    assert not list(root.rglob("pwned*")) and not (root / "work").exists()
