"""Command line: a thin layer over the library and the Dagster Definitions.

    python -m pipeline release           # parse new seeds, assemble, check and publish through Dagster
    python -m pipeline verify [release]  # every file's sha256 and bytes, every table's rows, against the manifest
    python -m pipeline diff A [B]        # rows added, removed and changed per table between two releases
    python -m pipeline search "words"    # full-text search over passages, stemmed per language
    python -m pipeline show <doc_id>     # one document: metadata, passages, events
    python -m pipeline rejects           # seeds that could not be read, and why
    python -m pipeline eval              # score documents and events against tests/fixtures/gold
    python -m pipeline eval-events       # the events part of eval alone (seeds and dev gold)
    python -m pipeline eval-corpus       # fields, events and actors against the exhaustive gold
    python -m pipeline bench             # builds at 1k and 10k seeds, BM25, parsing MB/s, event extraction and dates
    python -m pipeline bench-events      # the events part of bench alone
    python -m pipeline bench-parse       # the parsing part of bench alone (decode + parse, MB/s per CPU second)
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from pipeline.paths import PROJECT_ROOT, Paths


def run_release(paths: Paths, instance=None, **options):
    """The release driver (pipeline.defs.driver.run_release); kept here for callers of the command line module."""
    from pipeline.defs.driver import run_release as drive

    return drive(paths, instance, **options)


def _release(args: argparse.Namespace) -> int:
    paths = Paths.from_env()
    outcome = run_release(paths, allow_shrink=args.allow_shrink, wait=args.wait, rehash=args.rehash)
    for line in outcome.repaired:
        print(f"repaired: {line}")
    work = f"{outcome.seeds} seeds: {outcome.parsed} parsed, {outcome.reused} reused, {outcome.removed} removed, {outcome.not_read} entries not read"
    if outcome.created:
        print(f"release {outcome.version} published at {outcome.path} ({work}); dist/latest points at it")
    elif not outcome.ran:
        print(f"nothing changed since release {outcome.version}: the seeds and the code are those it was built from ({work}); no run, no new release")
    else:
        print(f"nothing changed since release {outcome.version}: the build gave the same files ({work}); no new release made")
    for name, info in outcome.files.items():
        rows = f"{info['rows']} rows, " if "rows" in info else ""
        print(f"  {name}: {rows}{info['bytes']} bytes")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from pipeline.publish.release import latest_release
    from pipeline.publish.verify import release_problems

    paths = Paths.from_env()
    folder = Path(args.release) if args.release else latest_release(paths)
    if args.release and not folder.exists() and (paths.releases / args.release).exists():
        folder = paths.releases / args.release
    if folder is None or not folder.is_dir():
        where = paths.releases / args.release if args.release else paths.latest
        raise FileNotFoundError(f"no release to verify at {where}: run `make release` first, or name a release of {paths.releases}")
    manifest, problems = release_problems(folder)
    if problems:
        print(f"release {folder.name} does NOT match its manifest:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"release {manifest['version']} verified: {len(manifest['files'])} files match the manifest (sha256, bytes, rows); dataset.duckdb agrees with the Parquet files")
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
    from pipeline.quality.corpus import DEV, evaluate, format_actors, load_corpus, run

    gold = getattr(args, "gold", None)
    scored = load_corpus(Path(gold)) if gold else None
    folder = Path(getattr(args, "pages", None) or (Path(gold).parent if gold else DEV))
    if getattr(args, "actors", False):
        print(format_actors(evaluate(scored, folder=folder)))
        return 0
    print(run(misses=not getattr(args, "brief", False), folder=folder, gold=Path(gold) if gold else None))
    return 0


def _eval_events(args: argparse.Namespace) -> int:
    from pipeline.quality.evaluate_events import run

    print(run())
    return 0


def _bench_events(args: argparse.Namespace) -> int:
    from pipeline.quality.bench_events import run

    print(run())
    return 0


def _row_filter(args: argparse.Namespace) -> int:
    from pipeline.quality.row_filter_train import cross_validate, dropped_by_committed_model, train

    if args.dropped:
        print(dropped_by_committed_model(args.up_to))
        return 0
    if args.folds:
        result = cross_validate(args.folds, tuple(args.threshold or [0.5]), args.up_to)
        for fold, entry in [*result["folds"].items(), ("all", result["total"])]:
            for key, f in entry.items():
                if key != "batches":
                    print(f"fold {fold} {'no check' if key == 'none' else f'check at {key}'}: found {f['found']}, rows {f['matching']}/{f['rows']} "
                          f"({f['matching'] / max(f['rows'], 1):.3f}), actors right {f['actors_right']}, dropped {f['dropped_matching']} matching "
                          f"a gold event and {f['dropped_other']} matching none")
        return 0
    summary = train(args.held_out, then_all=args.then_all, up_to=args.up_to)
    print(f"trained on {len(summary['trained_on'])} annotated sets ({summary['training_rows']} rows)")
    for name, held in summary["held_out_figures"].items():
        print(f"held out {name}: precision {held['matching'] / max(held['rows'], 1):.3f} ({held['matching']}/{held['rows']}) before the check, "
              f"{held['matching_kept'] / max(held['rows_kept'], 1):.3f} ({held['matching_kept']}/{held['rows_kept']}) after")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from pipeline.quality.bench_build import run as run_build_bench

    print("Builds: `make release` from empty, then +1 seed and no change (each a fresh process)\n")
    print(run_build_bench(big=args.big))
    print("\nParsing (decode + parse)\n")
    _bench_parse(args)
    print("\nEvent extraction, and dates against dateparser\n")
    return _bench_events(args)


def _bench_parse(args: argparse.Namespace) -> int:
    from pipeline.quality.bench import run_bench

    print(run_bench(PROJECT_ROOT / "tests" / "fixtures" / "dev", args.megabytes).summary())
    if getattr(args, "stages", False):
        from pipeline.quality.bench import build_corpus, parse_stages, read_sources

        print(parse_stages(build_corpus(read_sources(PROJECT_ROOT / "tests" / "fixtures" / "dev"), args.megabytes)).summary())
    return 0


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
    release = commands.add_parser("release", help="build the dataset from the seeds and publish a release")
    release.add_argument("--allow-shrink", action="store_true", help="publish even when the build has no document or loses more than 20%% of them")
    release.add_argument("--wait", action="store_true", help="wait for another build on the same output folder instead of stopping")
    release.add_argument(
        "--rehash", action="store_true",
        help="read and hash every seed, and check every file of the latest release by sha256, even those whose size, times and inode did not change",
    )
    release.set_defaults(func=_release)
    verify = commands.add_parser("verify", help="check a release's files against its manifest (default: dist/latest)")
    verify.add_argument("release", nargs="?", help="a release folder or version (default: the one dist/latest points at)")
    verify.set_defaults(func=_verify)
    commands.add_parser("eval", help="score documents and events against the reference annotations").set_defaults(func=_eval)
    corpus = commands.add_parser("eval-corpus", help="score fields, events and actors against the exhaustive gold (corpus.json)")
    corpus.add_argument("--brief", action="store_true", help="the tables only, without the list of every miss")
    corpus.add_argument("--actors", action="store_true", help="list every found event whose actors differ from the gold's: gold, ours, method and evidence")
    corpus.add_argument("--pages", metavar="DIR", help="score the pages of DIR, named as the gold's files (the same documents captured otherwise); default tests/fixtures/dev")
    corpus.add_argument("--gold", metavar="JSON", help="score against this gold file (corpus.json's format) and, without --pages, the pages beside it; default tests/fixtures/gold/corpus.json")
    corpus.set_defaults(func=_eval_corpus)
    commands.add_parser("eval-events", help="score extracted events against tests/fixtures/gold").set_defaults(func=_eval_events)
    row_filter = commands.add_parser("row-filter", help="train the learned check on event rows from the annotated pages (writes pipeline/reference/row_filter.json)")
    row_filter.add_argument("--held-out", metavar="FOLDER", action="append", help="a batch folder left out of training and measured; repeat it for several (default: every batch the committed model never trained on)")
    row_filter.add_argument("--then-all", action="store_true", help="after measuring on the held-out batches, fit again on every set, those too, and write that model")
    row_filter.add_argument("--folds", type=int, metavar="K", help="measure only, write nothing: fit on the dev corpus, the seeds and all batches but one fold of K (batch n in fold n mod K) and judge that fold's rows, for each fold")
    row_filter.add_argument("--threshold", type=float, action="append", help="with --folds: a threshold to measure at (repeat for several; default 0.5)")
    row_filter.add_argument("--dropped", action="store_true", help="measure only: what the committed check drops on every annotated set, and every dropped row matching a gold event")
    row_filter.add_argument("--up-to", type=int, metavar="N", help="read the probe batches numbered up to N only: those above stay unread, neither trained on nor judged")
    row_filter.set_defaults(func=_row_filter)
    commands.add_parser("bench-events", help="event extraction speed, and find_dates against dateparser").set_defaults(func=_bench_events)
    bench_parse = commands.add_parser("bench-parse", help="the parsing part of bench alone: decode + parse, MB/s per CPU second (one core)")
    bench_parse.add_argument("--megabytes", type=float, default=4.0, help="size of the synthetic corpus (default 4)")
    bench_parse.add_argument("--stages", action="store_true", help="then where one pass's CPU seconds go: the layout's parser, each reader after it, lingua")
    bench_parse.set_defaults(func=_bench_parse)
    bench = commands.add_parser("bench", help="time builds of 1k and 10k seeds (and 100k with --big), BM25, then parsing (MB/s, one core)")
    bench.add_argument("--megabytes", type=float, default=4.0, help="size of the synthetic corpus (default 4)")
    bench.add_argument("--big", action="store_true", help="add a build of 100,000 seeds (about half an hour)")
    bench.set_defaults(func=_bench)
    bench_search = commands.add_parser("bench-search", help="BM25 search latency over a synthetic corpus (1M passages by default)")
    bench_search.add_argument("--passages", type=int, default=1_000_000, help="how many passages (default 1,000,000)")
    bench_search.set_defaults(func=_bench_search)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KNOWN_ERRORS() as err:
        print(f"{parser.prog} {args.command}: {err}", file=sys.stderr)
        return 1


def KNOWN_ERRORS() -> tuple[type[Exception], ...]:  # noqa: N802 - a tuple of exception classes, read like a constant
    """Errors whose message says what to do: printed as they are, without a traceback."""
    from pipeline.defs.driver import BuildFailed, OutputFolderError
    from pipeline.publish.lock import BuildLocked
    from pipeline.publish.release import ShrinkRefused
    from pipeline.publish.verify import ReleaseDamaged
    from pipeline.seeds import SeedsFolderError

    return (BuildFailed, OutputFolderError, BuildLocked, ShrinkRefused, ReleaseDamaged, SeedsFolderError)


def exit_process(code: int) -> None:
    """Ends the process with ``code`` once its command is done. Every object still alive is handed to the operating
    system as it is: frozen out of the garbage collector first, so that the interpreter's shutdown does not walk the
    modules' objects and the run's for cycles (about a second after a release, of which it frees nothing that
    matters); the shutdown itself (threads joined, exit handlers, files flushed) is the usual one."""
    import gc

    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    exit_process(main())
