"""The reader's verbs of the command line: verify, diff, search, show, rejects.

Each adapts its arguments to one function of ``pipeline.publish.explore``
and prints the result; a release is named by version, ``latest`` (the
default) or folder.
"""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table

from pipeline.paths import Paths
from pipeline.publish.explore import (
    diff_releases,
    find_release,
    manifest,
    rejected_seeds,
    search_release,
    show_document,
)

console = Console(highlight=False, soft_wrap=True)


def _table(title: str, columns: list[str], rows: list[tuple], widths: dict[str, int] | None = None) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for name in columns:
        table.add_column(name, overflow="fold", max_width=(widths or {}).get(name))
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def _diff(args: argparse.Namespace) -> int:
    paths = Paths.from_env()
    before, after = find_release(paths, args.before), find_release(paths, args.after)
    diffs = diff_releases(before, after)
    rows = [
        (d.table, "-" if d.rows_before is None else d.rows_before, "-" if d.rows_after is None else d.rows_after,
         len(d.added), len(d.removed), len(d.changed))
        for d in diffs
    ]
    console.print(_table(f"{manifest(before)['version']} → {manifest(after)['version']}", ["table", "rows before", "rows after", "added", "removed", "changed"], rows))
    for d in diffs:
        for label, keys in (("added", d.added), ("removed", d.removed), ("changed", d.changed)):
            if keys and (args.all or d.table == "documents"):
                shown = keys if args.all else keys[:10]
                more = f" and {len(keys) - len(shown)} more" if len(keys) > len(shown) else ""
                console.print(f"{d.table} {label}: {', '.join(shown)}{more}")
    return 0


def _search(args: argparse.Namespace) -> int:
    folder = find_release(Paths.from_env(), args.release)
    columns, rows = search_release(folder, args.words, args.limit)
    if not rows:
        console.print(f"no passage matches {args.words!r} in release {manifest(folder)['version']}")
        return 0
    console.print(_table(f"{len(rows)} best passages for {args.words!r}", columns, rows, {"text": 80, "title": 30}))
    return 0


def _show(args: argparse.Namespace) -> int:
    folder = find_release(Paths.from_env(), args.release)
    found = show_document(folder, args.doc_id)
    doc = {k: v for k, v in found["document"].items() if v not in (None, [], "")}
    console.print(_table(f"document {args.doc_id}", ["field", "value"], list(doc.items()), {"value": 100}))
    console.print(_table(f"{len(found['passages'])} passages", ["seq", "type", "section", "lang", "page", "text"], found["passages"], {"text": 90}))
    console.print(_table(f"{len(found['events'])} events", ["event_id", "date", "type", "who", "to whom", "evidence"], found["events"], {"evidence": 60}))
    if found["subdocuments"]:
        columns = ["subdocument_id", "kind", "date", "from", "to", "passages", "announced by"]
        console.print(_table(f"{len(found['subdocuments'])} sub-document(s)", columns, found["subdocuments"], {"announced by": 60}))
    return 0


def _rejects(args: argparse.Namespace) -> int:
    folder = find_release(Paths.from_env(), args.release)
    rows = rejected_seeds(folder)
    if not rows:
        console.print(f"release {manifest(folder)['version']}: every seed was read; nothing rejected")
        return 0
    console.print(_table(f"{len(rows)} rejected seed(s)", ["seed_file", "stage", "message"], rows, {"message": 90}))
    return 0


def add_reader_commands(commands: argparse._SubParsersAction) -> None:
    release_help = "a version (1.2.0), latest (the default) or the path of a release folder"
    diff = commands.add_parser("diff", help="rows added, removed and changed per table between two releases")
    diff.add_argument("before", help="the older release: " + release_help)
    diff.add_argument("after", nargs="?", default="latest", help="the newer release (default: latest)")
    diff.add_argument("--all", action="store_true", help="list the keys of every table's changed rows, not only the documents'")
    diff.set_defaults(func=_diff)
    search = commands.add_parser("search", help='full-text search over passages (stemmed per language): search "armistice talks"')
    search.add_argument("words", help="the words to look for")
    search.add_argument("--release", default="latest", help=release_help)
    search.add_argument("--limit", type=int, default=10, help="how many passages to show (default 10)")
    search.set_defaults(func=_search)
    show = commands.add_parser("show", help="one document: its metadata, passages, events and sub-documents (messages it quotes, papers attached)")
    show.add_argument("doc_id", help="the document's id (documents.doc_id), e.g. wcda-117419")
    show.add_argument("--release", default="latest", help=release_help)
    show.set_defaults(func=_show)
    rejects = commands.add_parser("rejects", help="the seeds that could not be read, with the stage and what to do")
    rejects.add_argument("release", nargs="?", default="latest", help=release_help)
    rejects.set_defaults(func=_rejects)
