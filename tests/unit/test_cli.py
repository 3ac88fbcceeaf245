"""The command line sets Dagster up next to the project, never in the home directory."""

from __future__ import annotations

import yaml

from pipeline.cli import ensure_dagster_home


def test_dagster_home_gets_the_project_settings_with_telemetry_off(tmp_path, monkeypatch):
    home = tmp_path / "dagster-home"
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    ensure_dagster_home()
    settings = yaml.safe_load((home / "dagster.yaml").read_text())
    assert settings["telemetry"]["enabled"] is False


def test_existing_dagster_settings_are_left_alone(tmp_path, monkeypatch):
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: false\n# operator's own settings\n")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    ensure_dagster_home()
    assert "operator's own settings" in (tmp_path / "dagster.yaml").read_text()


def test_bench_parse_prints_the_parsing_figure_alone(tmp_path, monkeypatch, capsys):
    """`make bench-parse`: the parsing MB/s without the builds and the event extraction `make bench` runs around it."""
    import pipeline.quality.bench as bench
    from pipeline.cli import main

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster-home"))
    asked = []
    monkeypatch.setattr(bench, "run_bench", lambda folder, megabytes: asked.append(megabytes) or bench.time_parsing([b"A short page.\n"]))
    assert main(["bench-parse", "--megabytes", "0.5"]) == 0
    assert asked == [0.5]
    assert "MB/s per CPU second" in capsys.readouterr().out
