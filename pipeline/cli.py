"""Command line: a thin layer over the library and the Dagster Definitions.

    python -m pipeline release           # sync seed partitions, run release_job through Dagster
    python -m pipeline verify [release]  # every file's sha256 and bytes, every table's rows, against the manifest
    python -m pipeline diff A [B]        # rows added, removed and changed per table between two releases
    python -m pipeline search "words"    # full-text search over passages, stemmed per language
    python -m pipeline show <doc_id>     # one document: metadata, passages, events
    python -m pipeline rejects           # seeds that could not be read, and why
    python -m pipeline eval          # score documents and events against tests/fixtures/gold
    python -m pipeline eval-events   # the events part of eval alone (seeds and dev gold)
    python -m pipeline eval-corpus   # fields, events and actors against the exhaustive gold
    python -m pipeline bench         # parsing MB/s on one core, then event extraction and dates
    python -m pipeline bench-events  # the events part of bench alone
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from pipeline.paths import PROJECT_ROOT, Paths


def run_release(paths: Paths, instance=None) -> dict:
    """Registers one partition per seed, runs the release job over all of them, and reports the result."""
    import dagster as dg

    from pipeline.definitions import PUBLISH_JOB, RELEASE_JOB, build_definitions
    from pipeline.defs.assets import seed_partitions
    from pipeline.defs.resources import PipelinePaths
    from pipeline.defs.sensors import sync_requests
    from pipeline.seeds import list_seeds

    instance = instance or dg.DagsterInstance.get()
    defs = build_definitions(PipelinePaths(seeds=str(paths.seeds), dist=str(paths.dist)))
    wanted = [seed.key for seed in list_seeds(paths.seeds)]
    add, delete = sync_requests(instance.get_dynamic_partitions(seed_partitions.name), wanted)
    for key in delete:
        instance.delete_dynamic_partition(seed_partitions.name, key)
    if add:
        instance.add_dynamic_partitions(seed_partitions.name, add)
    keys = instance.get_dynamic_partitions(seed_partitions.name)
    if keys:
        job = defs.resolve_job_def(RELEASE_JOB)
        tags = {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}
    else:
        job, tags = defs.resolve_job_def(PUBLISH_JOB), {}
    run_config = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}
    result = job.execute_in_process(run_config=run_config, instance=instance, tags=tags, raise_on_error=False)
    if not result.success:
        failures = [_error_text(e.event_specific_data.error) for e in result.all_events if e.is_step_failure]
        raise SystemExit("release failed:\n" + "\n".join(failures))
    checks = [e.asset_check_evaluation_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    failed_checks = [c.check_name for c in checks if not c.passed]
    if failed_checks:
        raise SystemExit(f"release blocked: checks failed: {failed_checks} (see the run in `make dev`)")
    materialization = next(
        m for m in result.asset_materializations_for_node("release")
    )
    meta = {k: v.value for k, v in materialization.metadata.items()}
    return {"run_id": result.run_id, "seeds": len(keys), **meta}


def _error_text(error) -> str:
    """The message of a step failure and of its causes (the user's exception, not Dagster's wrapper)."""
    parts = []
    while error is not None:
        parts.append(error.message.strip())
        error = error.cause
    return " <- ".join(parts)


def _release(args: argparse.Namespace) -> int:
    paths = Paths.from_env()
    outcome = run_release(paths)
    if outcome["created"]:
        print(f"release {outcome['version']} published at {outcome['path']} ({outcome['seeds']} seeds); dist/latest points at it")
    else:
        print(f"nothing changed since release {outcome['version']}: no new release made ({outcome['seeds']} seeds)")
    manifest_files = outcome["files"]
    for name, info in manifest_files.items():
        rows = f"{info['rows']} rows, " if "rows" in info else ""
        print(f"  {name}: {rows}{info['bytes']} bytes")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from pipeline.quality.evaluate import evaluate, format_report, summarize

    fixtures = PROJECT_ROOT / "tests" / "fixtures"
    scores = evaluate(fixtures / "gold", Paths.from_env().seeds, fixtures / "dev")
    print("Documents and passages: fields right per document\n")
    print(format_report(scores))
    print("\nEvents: gold events found, and rows beyond the gold\n")
    _eval_events(args)
    print("\nThe exhaustive gold (tests/fixtures/gold/corpus.json): fields, events, actors\n")
    _eval_corpus(args)
    return 0 if summarize(scores)["seeds"] == 1.0 else 1


def _eval_corpus(args: argparse.Namespace) -> int:
    from pipeline.quality.corpus import run

    print(run(misses=not getattr(args, "brief", False)))
    return 0


def _eval_events(args: argparse.Namespace) -> int:
    from pipeline.quality.evaluate_events import run

    print(run())
    return 0


def _bench_events(args: argparse.Namespace) -> int:
    from pipeline.quality.bench_events import run

    print(run())
    return 0


def _bench(args: argparse.Namespace) -> int:
    from pipeline.quality.bench import run_bench

    print("Parsing (decode + parse)\n")
    print(run_bench(PROJECT_ROOT / "tests" / "fixtures" / "dev", args.megabytes).summary())
    print("\nEvent extraction, and dates against dateparser\n")
    _bench_events(args)
    print("\nFull-text search (BM25) at scale\n")
    return _bench_search(args)


def _bench_search(args: argparse.Namespace) -> int:
    from pipeline.quality.bench_search import run_search_bench

    folders = [Paths.from_env().seeds, PROJECT_ROOT / "tests" / "fixtures" / "dev"]
    print(run_search_bench(folders, getattr(args, "passages", 1_000_000)).summary())
    return 0


def ensure_dagster_home() -> None:
    """DAGSTER_HOME (default: .dagster/ of the project) with the project's instance settings (telemetry off)."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT / ".dagster")))
    settings = home / "dagster.yaml"
    if not settings.exists():
        home.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(__file__).parent / "defs" / "dagster.yaml", settings)


def main(argv: list[str] | None = None) -> int:
    """Runs one command; an error is one line naming the path and the fix, never a traceback (PIPELINE_DEBUG=1 shows it)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("coldwar: interrupted", file=sys.stderr)
        return 130
    except SystemExit:
        raise
    except Exception as err:  # noqa: BLE001 - the command line's one place for errors
        if os.environ.get("PIPELINE_DEBUG"):
            raise
        print(f"coldwar: error: {_one_line(err)}", file=sys.stderr)
        return 1


def _one_line(err: Exception) -> str:
    from pipeline.publish.explore import ReleaseError

    text = " ".join(str(err).split()) or type(err).__name__
    if isinstance(err, ReleaseError):
        return text
    if isinstance(err, FileNotFoundError) and err.filename:
        return f"{err.filename}: no such file or folder (check PIPELINE_SEEDS and PIPELINE_DIST)"
    return f"{type(err).__name__}: {text} (PIPELINE_DEBUG=1 shows where)"


def _main(argv: list[str] | None = None) -> int:
    from pipeline.commands import add_reader_commands

    ensure_dagster_home()
    parser = argparse.ArgumentParser(prog="coldwar", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    add_reader_commands(commands)
    commands.add_parser("release", help="build the dataset from the seeds and publish a release").set_defaults(func=_release)
    commands.add_parser("eval", help="score documents and events against the reference annotations").set_defaults(func=_eval)
    corpus = commands.add_parser("eval-corpus", help="score fields, events and actors against the exhaustive gold (corpus.json)")
    corpus.add_argument("--brief", action="store_true", help="the tables only, without the list of every miss")
    corpus.set_defaults(func=_eval_corpus)
    commands.add_parser("eval-events", help="score extracted events against tests/fixtures/gold").set_defaults(func=_eval_events)
    commands.add_parser("bench-events", help="event extraction speed, and find_dates against dateparser").set_defaults(func=_bench_events)
    bench = commands.add_parser("bench", help="time decoding and parsing of a synthetic corpus (MB/s, one core)")
    bench.add_argument("--megabytes", type=float, default=4.0, help="size of the synthetic corpus (default 4)")
    bench.add_argument("--passages", type=int, default=1_000_000, help="passages of the search benchmark (default 1,000,000)")
    bench.set_defaults(func=_bench)
    bench_search = commands.add_parser("bench-search", help="BM25 search latency over a synthetic corpus (1M passages by default)")
    bench_search.add_argument("--passages", type=int, default=1_000_000, help="how many passages (default 1,000,000)")
    bench_search.set_defaults(func=_bench_search)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
