"""The project's Dagster settings keep runs and events where Dagster's own SQLite storage reads them."""

from __future__ import annotations

import shutil

import dagster as dg

from pipeline.cli import ensure_dagster_home
from pipeline.defs.storage import EventLogStorage


@dg.asset
def counted(context) -> dg.MaterializeResult:
    context.log.info("counting")
    return dg.MaterializeResult(metadata={"rows": 3})


def test_events_written_by_the_project_storage_are_read_by_dagsters_own(tmp_path, monkeypatch):
    home = tmp_path / "dagster-home"
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    ensure_dagster_home()
    with dg.DagsterInstance.get() as instance:
        assert isinstance(instance.event_log_storage, EventLogStorage)
        runs = [dg.materialize([counted], instance=instance).run_id for _ in range(6)]  # more runs than kept connections
        assert len(instance.event_log_storage._engines) <= 4
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")  # Dagster's default storage, same folder
    with dg.DagsterInstance.from_config(str(home)) as plain:
        assert type(plain.event_log_storage).__name__ == "SqliteEventLogStorage"
        for run_id in runs:
            logs = plain.all_logs(run_id)
            assert any(e.user_message == "counting" for e in logs)
            assert plain.get_run_by_id(run_id).is_success
        latest = plain.get_latest_materialization_event(dg.AssetKey("counted"))
        assert latest.run_id == runs[-1]
        assert latest.asset_materialization.metadata["rows"].value == 3
    shutil.rmtree(home)
