"""The Dagster graph: asset keys, checks and dependencies, snapshotted."""

from __future__ import annotations

import dagster as dg

from pipeline.definitions import build_definitions
from pipeline.defs.resources import PipelinePaths
from schemas import tables as declared_tables

EXPECTED_ASSETS = {"staged_seeds", "documents", "passages", "events", "entities", "mentions", "links", "rejects", "release"}


def _defs(tmp_path):
    return build_definitions(PipelinePaths(seeds=str(tmp_path / "seeds"), dist=str(tmp_path / "dist")))


def test_definitions_load_with_the_expected_assets(tmp_path):
    graph = _defs(tmp_path).resolve_asset_graph()
    assert {key.to_user_string() for key in graph.get_all_asset_keys()} == EXPECTED_ASSETS


def test_every_table_has_a_blocking_schema_check(tmp_path):
    graph = _defs(tmp_path).resolve_asset_graph()
    checks = {(key.asset_key.to_user_string(), key.name) for key in graph.asset_check_keys}
    assert checks == {(name, "matches_schema") for name in declared_tables()}
    for key in graph.asset_check_keys:
        assert graph.get_check_spec(key).blocking


def test_dependencies(tmp_path):
    graph = _defs(tmp_path).resolve_asset_graph()
    parents = {
        key.to_user_string(): sorted(p.to_user_string() for p in graph.get(key).parent_keys)
        for key in graph.get_all_asset_keys()
    }
    assert parents["documents"] == parents["rejects"] == parents["entities"] == parents["links"] == ["staged_seeds"]
    assert parents["release"] == ["documents", "entities", "events", "links", "mentions", "passages", "rejects"]
    assert parents["staged_seeds"] == []


def test_staging_is_partitioned_one_partition_per_seed(tmp_path):
    graph = _defs(tmp_path).resolve_asset_graph()
    partitions = graph.get(dg.AssetKey("staged_seeds")).partitions_def
    assert isinstance(partitions, dg.DynamicPartitionsDefinition) and partitions.name == "seeds"
    assert graph.get(dg.AssetKey("release")).partitions_def is None


def test_jobs_and_sensor_are_defined(tmp_path):
    defs = _defs(tmp_path)
    assert defs.resolve_job_def("release_job") and defs.resolve_job_def("publish_job")
    assert defs.resolve_sensor_def("seeds_sensor")
    schedule = defs.resolve_schedule_def("daily_release")
    assert schedule.cron_schedule == "0 3 * * *" and schedule.job_name == "release_job"
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING


def test_the_daily_schedule_rebuilds_every_seed_in_one_run(tmp_path):
    defs = _defs(tmp_path)
    schedule = defs.resolve_schedule_def("daily_release")
    with dg.instance_for_test() as instance:
        context = dg.build_schedule_context(instance=instance, scheduled_execution_time=__import__("datetime").datetime(2026, 1, 2, 3))
        assert isinstance(schedule.evaluate_tick(context).skip_message, str)
        instance.add_dynamic_partitions("seeds", ["a.txt@1", "b.txt@2", "c.txt@3"])
        [request] = schedule.evaluate_tick(context).run_requests
        assert request.tags["dagster/asset_partition_range_start"] == "a.txt@1"
        assert request.tags["dagster/asset_partition_range_end"] == "c.txt@3"


def test_seeds_sensor_adds_new_seeds_and_requests_one_run(tmp_path):
    (tmp_path / "seeds").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "seeds" / name).write_text(f"Text of {name}\n", encoding="utf-8")
    defs = _defs(tmp_path)
    sensor = defs.resolve_sensor_def("seeds_sensor")
    paths = PipelinePaths(seeds=str(tmp_path / "seeds"), dist=str(tmp_path / "dist"))
    with dg.instance_for_test() as instance:
        result = sensor(dg.build_sensor_context(instance=instance, definitions=defs, resources={"paths": paths}))
        assert len(result.run_requests) == 1
        [add] = result.dynamic_partitions_requests
        assert [k.split("@")[0] for k in add.partition_keys] == ["a.txt", "b.txt"]
        instance.add_dynamic_partitions("seeds", list(add.partition_keys))
        again = sensor(dg.build_sensor_context(instance=instance, definitions=defs, resources={"paths": paths}))
        assert not again.run_requests


def test_assembled_tables_carry_their_column_schema(tmp_path):
    graph = _defs(tmp_path).resolve_asset_graph()
    schema = graph.get(dg.AssetKey("passages")).metadata["dagster/column_schema"]
    assert [c.name for c in schema.columns] == declared_tables()["passages"].column_names
    assert all(c.description for c in schema.columns)
