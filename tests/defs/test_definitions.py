"""The Dagster graph: asset keys, checks and dependencies, snapshotted."""

from __future__ import annotations

import dagster as dg

from pipeline.definitions import build_definitions
from pipeline.defs.resources import PipelinePaths
from schemas import tables as declared_tables

SHARDS = {"staging/shards_0_3", "staging/shards_4_7", "staging/shards_8_b", "staging/shards_c_f"}
EXPECTED_ASSETS = {"seed_index", *SHARDS, "documents", "passages", "subdocuments", "events", "event_types", "entities", "mentions", "links", "rejects", "release"}


def _defs(tmp_path):
    return build_definitions(PipelinePaths(seeds=str(tmp_path / "seeds"), dist=str(tmp_path / "dist")))


def test_definitions_load_with_the_expected_assets(tmp_path):
    graph = _defs(tmp_path).resolve_asset_graph()
    assert {key.to_user_string() for key in graph.get_all_asset_keys()} == EXPECTED_ASSETS


def test_every_table_has_a_blocking_schema_check(tmp_path):
    graph = _defs(tmp_path).resolve_asset_graph()
    checks = {(key.asset_key.to_user_string(), key.name) for key in graph.asset_check_keys}
    assert checks == {(name, check) for name in declared_tables() for check in ("matches_schema", "keys_resolve")}
    for key in graph.asset_check_keys:
        assert graph.get_check_spec(key).blocking


def test_dependencies(tmp_path):
    graph = _defs(tmp_path).resolve_asset_graph()
    parents = {
        key.to_user_string(): sorted(p.to_user_string() for p in graph.get(key).parent_keys)
        for key in graph.get_all_asset_keys()
    }
    assert parents["documents"] == parents["rejects"] == parents["entities"] == parents["links"] == sorted(["seed_index", *SHARDS])
    assert parents["release"] == ["documents", "entities", "event_types", "events", "links", "mentions", "passages", "rejects", "subdocuments"]
    assert all(parents[shard] == ["seed_index"] for shard in SHARDS)
    assert parents["seed_index"] == []


def test_nothing_is_partitioned_per_seed(tmp_path):
    """A seed is the unit of change inside a shard; Dagster keeps sixteen shards, not one partition per seed."""
    graph = _defs(tmp_path).resolve_asset_graph()
    assert all(graph.get(key).partitions_def is None for key in graph.get_all_asset_keys())


def test_job_sensor_and_schedule_are_defined(tmp_path):
    defs = _defs(tmp_path)
    assert defs.resolve_job_def("release_job")
    assert defs.resolve_sensor_def("seeds_sensor")
    schedule = defs.resolve_schedule_def("daily_release")
    assert schedule.cron_schedule == "0 3 * * *" and schedule.job_name == "release_job"
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING


def _evaluate_sensor(defs, tmp_path, instance):
    sensor = defs.resolve_sensor_def("seeds_sensor")
    paths = PipelinePaths(seeds=str(tmp_path / "seeds"), dist=str(tmp_path / "dist"))
    return sensor(dg.build_sensor_context(instance=instance, definitions=defs, resources={"paths": paths}))


def test_seeds_sensor_requests_one_run_keyed_by_the_inputs(tmp_path):
    (tmp_path / "seeds").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "seeds" / name).write_text(f"Text of {name}\n", encoding="utf-8")
    defs = _defs(tmp_path)
    with dg.instance_for_test() as instance:
        first = _evaluate_sensor(defs, tmp_path, instance)
        again = _evaluate_sensor(defs, tmp_path, instance)
        assert isinstance(first, dg.RunRequest) and first.run_key == again.run_key
        (tmp_path / "seeds" / "c.txt").write_text("Text of c\n", encoding="utf-8")
        assert _evaluate_sensor(defs, tmp_path, instance).run_key != first.run_key


def test_assembled_tables_carry_their_column_schema(tmp_path):
    graph = _defs(tmp_path).resolve_asset_graph()
    schema = graph.get(dg.AssetKey("passages")).metadata["dagster/column_schema"]
    assert [c.name for c in schema.columns] == declared_tables()["passages"].column_names
    assert all(c.description for c in schema.columns)
