"""`make daemon`: the Dagster daemon alone runs the seeds sensor and the daily schedule."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_the_daemon_runs_the_sensor_and_the_schedule_without_the_ui(tmp_path):
    home = tmp_path / "dagster"
    home.mkdir()
    shutil.copyfile(ROOT / "pipeline" / "defs" / "dagster.yaml", home / "dagster.yaml")
    (tmp_path / "seeds").mkdir()
    env = {**os.environ, "DAGSTER_HOME": str(home), "PIPELINE_SEEDS": str(tmp_path / "seeds"), "PIPELINE_DIST": str(tmp_path / "dist")}
    log = tmp_path / "daemon.log"
    with open(log, "w") as out:
        daemon = subprocess.Popen(
            [Path(sys.executable).parent / "dagster-daemon", "run", "-m", "pipeline.definitions"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and "Sensor seeds_sensor skipped" not in log.read_text():
            assert daemon.poll() is None, log.read_text()[-3000:]
            time.sleep(1)
    finally:
        os.killpg(daemon.pid, signal.SIGTERM)
        daemon.wait(timeout=60)
    text = log.read_text()
    assert "SchedulerDaemon" in text and "Sensor seeds_sensor skipped: the seeds folder has not changed" in text, text[-3000:]
    schedules = subprocess.run(
        [Path(sys.executable).parent / "dagster", "schedule", "list", "-m", "pipeline.definitions"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert "Schedule: daily_release [RUNNING]" in schedules.stdout + schedules.stderr
