"""Leave one language out: how much of a page in a language with a file the borrowed calendar words recover.

For each language with a file and pages whose gold names it first, the pages are scored three ways, each in its own
process: with the language's file; with the file hidden and the words borrowed from dateparser's locale data
(``pipeline.normalize.borrowed``); with the file hidden and nothing borrowed. The file is hidden by this script alone,
which wraps ``lexicon``'s folder before any other module of the pipeline is imported: the pipeline itself has no switch.

A language with no file but a supplement (``pipeline/reference/lang/supplements``: the words its locale data lacks) is
scored with ``--supplements``: its pages read with the borrowed words alone ("locale") and with the supplement laid over
them ("supplemented").

Usage (from the worktree root): PYTHONPATH=. .venv/bin/python tests/leave_one_language_out.py [lang ...] [-j 2]
[--modes borrowed,...] (the file's and the bare reading do not change with the borrowed words: one mode reruns faster)
[--supplements] [--except probes_events94,...] (folders whose pages are left out)
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SKIPPED = {"en", "ru", "zh"}  # the languages every other reader leans on: hiding them is no test of a fallback
MODES = ("file", "borrowed", "none")


def pages(left_out: tuple[str, ...] = ()) -> dict[str, list[tuple[Path, dict]]]:
    """The gold entries by the first language their gold names, with the folder of their page (not those of the
    folders ``left_out``)."""
    by_language: dict[str, list[tuple[Path, dict]]] = defaultdict(list)
    golds = [(FIXTURES / "gold" / "corpus.json", FIXTURES / "dev")]
    golds += [(g, g.parent) for g in sorted(FIXTURES.glob("probes_events*/gold.json")) if g.parent.name not in left_out]
    for gold, folder in golds:
        for entry in json.loads(gold.read_text("utf-8")):
            languages = entry.get("languages") or []
            if languages and languages[0] not in SKIPPED:
                by_language[languages[0]].append((folder, entry))
    return by_language


class _HiddenFolder:
    """The language files' folder without one file."""

    def __init__(self, folder, hidden: str):
        self.folder, self.hidden = folder, hidden

    def iterdir(self):
        return (f for f in self.folder.iterdir() if f.name != self.hidden)

    def joinpath(self, name):
        return self.folder.joinpath("hidden-by-leave-one-language-out", name) if name == self.hidden else self.folder.joinpath(name)


def _score(args: tuple[str, str, list[tuple[str, dict]]]) -> tuple[str, str, list[tuple]]:
    language, mode, entries = args
    sys.path.insert(0, str(ROOT))
    import pipeline.normalize.borrowed as borrowed
    import pipeline.normalize.lexicon as lex
    if mode == "locale":  # a language with no file: its borrowed words without its supplement
        lex.SUPPLEMENTED = ()
        lex.lexicon.cache_clear()
    elif mode != "file" and mode != "supplemented":
        lex._FOLDER = _HiddenFolder(lex._FOLDER, f"{language}.yaml")
        lex.LANGUAGES = tuple(sorted(f.name.removesuffix(".yaml") for f in lex._FOLDER.iterdir() if f.name.endswith(".yaml")))
        lex.lexicon.cache_clear()
        if mode == "none":
            lex.borrowed_lexicon = lambda language: {}
        else:
            lex.borrowed_lexicon = borrowed.borrowed_lexicon
    from pipeline.quality.corpus import evaluate
    out = []
    for folder, entry in entries:
        s = evaluate([entry], Path(folder))
        e = s.events[0]
        out.append((entry["file"], len(e.gold), len(e.found), e.rows, e.rows_matching, sum(e.actors_right.values()),
                    sum(f.right for f in s.fields), len(s.fields)))
    return language, mode, out


def main(argv: list[str]) -> None:
    jobs = int(argv[argv.index("-j") + 1]) if "-j" in argv else 2
    modes = tuple(argv[argv.index("--modes") + 1].split(",")) if "--modes" in argv else MODES
    left_out = tuple(argv[argv.index("--except") + 1].split(",")) if "--except" in argv else ()
    wanted = [a for i, a in enumerate(argv) if not a.startswith("-") and (i == 0 or argv[i - 1] not in ("-j", "--modes", "--except"))]
    by_language = {k: v for k, v in sorted(pages(left_out).items()) if (not wanted or k in wanted)}
    if "--supplements" in argv:
        supplements(by_language, jobs, "-v" in argv)
        return
    # a language without a file has nothing to hide
    lang_folder = ROOT / "pipeline" / "reference" / "lang"
    tasks = [(lang, mode, [(str(f), e) for f, e in entries]) for lang, entries in by_language.items()
             if (lang_folder / f"{lang}.yaml").is_file() for mode in modes]
    results: dict[tuple[str, str], list[tuple]] = {}
    with ProcessPoolExecutor(jobs, max_tasks_per_child=1) as ex:
        for language, mode, out in ex.map(_score, tasks):
            results[language, mode] = out
    print(f"{'lang':5} {'pages':>5} {'gold':>5} | " + " | ".join(f"{m:^22}" for m in modes) + " | recovered")
    print(f"{'':5} {'':>5} {'':>5} | " + " | ".join(f"{'found match/rows ra':^22}" for _ in modes))
    total = defaultdict(lambda: [0] * 6)
    for language in sorted({k for k, _ in results}):
        per = {m: results[language, m] for m in modes}
        gold = sum(r[1] for r in per[modes[0]])
        cells = []
        for m in modes:
            found, rows, match, ra = (sum(r[i] for r in per[m]) for i in (2, 3, 4, 5))
            cells.append(f"{found:5} {match:4}/{rows:<4} {ra:4}  ")
            t = total[m]
            for i, v in enumerate((found, rows, match, ra)):
                t[i] += v
        recovered = ""
        if modes == MODES:
            f_file, f_b, f_n = (sum(r[2] for r in per[m]) for m in MODES)
            recovered = f"{f_b}/{f_file} ({(f_b - f_n) / (f_file - f_n) if f_file != f_n else 0:.0%} of the gap)"
        print(f"{language:5} {len(per[modes[0]]):5} {gold:5} | " + " | ".join(cells) + f" | {recovered}")
        for file, *counts in per[modes[-1]] if "-v" in argv else []:
            print(f"      {file[:60]:60} gold {counts[0]} found {counts[1]} match {counts[3]}/{counts[2]} ra {counts[4]}")
        total["gold"][0] += gold
        total["pages"][0] += len(per[modes[0]])
    cells = [f"{total[m][0]:5} {total[m][2]:4}/{total[m][1]:<4} {total[m][3]:4}  " for m in modes]
    print(f"{'all':5} {total['pages'][0]:5} {total['gold'][0]:5} | " + " | ".join(cells))


def supplements(by_language: dict[str, list[tuple[Path, dict]]], jobs: int, verbose: bool) -> None:
    """The pages of each language with no file but a supplement, read with its borrowed words alone and with its
    supplement over them."""
    lang_folder = ROOT / "pipeline" / "reference" / "lang"
    modes = ("locale", "supplemented")
    tasks = [(lang, mode, [(str(f), e) for f, e in entries]) for lang, entries in by_language.items()
             if not (lang_folder / f"{lang}.yaml").is_file() and (lang_folder / "supplements" / f"{lang}.yaml").is_file()
             for mode in modes]
    results: dict[tuple[str, str], list[tuple]] = {}
    with ProcessPoolExecutor(jobs, max_tasks_per_child=1) as ex:
        for language, mode, out in ex.map(_score, tasks):
            results[language, mode] = out
    print(f"{'lang':5} {'pages':>5} {'gold':>5} | " + " | ".join(f"{m:^22}" for m in modes))
    print(f"{'':5} {'':>5} {'':>5} | " + " | ".join(f"{'found match/rows ra':^22}" for _ in modes))
    total = {m: [0] * 4 for m in modes}
    pages_, gold_ = 0, 0
    for language in sorted({k for k, _ in results}):
        per = {m: results[language, m] for m in modes}
        cells = []
        for m in modes:
            counts = [sum(r[i] for r in per[m]) for i in (2, 3, 4, 5)]
            cells.append(f"{counts[0]:5} {counts[2]:4}/{counts[1]:<4} {counts[3]:4}  ")
            total[m] = [a + b for a, b in zip(total[m], counts, strict=True)]
        gold = sum(r[1] for r in per[modes[0]])
        pages_, gold_ = pages_ + len(per[modes[0]]), gold_ + gold
        print(f"{language:5} {len(per[modes[0]]):5} {gold:5} | " + " | ".join(cells))
        for file, *counts in per[modes[-1]] if verbose else []:
            print(f"      {file[:60]:60} gold {counts[0]} found {counts[1]} match {counts[3]}/{counts[2]} ra {counts[4]}")
    print(f"{'all':5} {pages_:5} {gold_:5} | " + " | ".join(f"{t[0]:5} {t[2]:4}/{t[1]:<4} {t[3]:4}  " for t in total.values()))


if __name__ == "__main__":
    main(sys.argv[1:])
