"""List the rows that match no gold event but sit on an act a matching row already gives.

For every annotated set (the dev corpus and each probe folder), every extracted row that matches no gold event and
whose evidence overlaps, or sits in the same sentence as, the evidence of a row that matches one, is printed with
both rows' methods, date kinds and dates; the pairs are then counted by mechanism (the two methods).

Usage: PYTHONPATH=. python -m pipeline.quality.duplicate_rows [corpus|N ...]   (no argument: corpus and every probe folder)
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

sys.path.insert(0, os.getcwd())

from pipeline.normalize.text import decode  # noqa: E402
from pipeline.quality import corpus as C  # noqa: E402
from pipeline.seed import process_seed  # noqa: E402

_SENTENCE_END = re.compile(r"[.!?。！？]\s|\n\s*\n")


def _folder(arg: str):
    if arg == "corpus":
        return C.GOLD, C.DEV
    f = C.PROJECT_ROOT / "tests" / "fixtures" / ("probes_events" if arg == "1" else f"probes_events{arg}")
    return f / "gold.json", f


def _sentence(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, span[0])), default=0)
    m = _SENTENCE_END.search(text, span[1])
    return start, m.start() if m else len(text)


def _short(row: dict) -> str:
    return f"{row['method']} {row['date_kind']} {row['start_date']}..{row['end_date']}"


def pairs(arg: str) -> list[tuple]:
    gold_path, folder = _folder(arg)
    out = []
    for entry in C.load_corpus(gold_path):
        data = (folder / entry["file"]).read_bytes()
        result = process_seed(entry["file"], data)
        if result.is_rejected:
            continue
        events = [C.GoldEvent.from_json(entry["file"], e) for e in entry["events"]]
        locator = C.Locator(decode(data)[0])
        rows = result.events.to_pylist()
        matched = [any(g.agrees(r["start_date"], r["end_date"]) and C.overlaps(locator, g, r["evidence_text"]) for g in events) for r in rows]
        spans = [locator.spans(r["evidence_text"] or "") for r in rows]
        for i, r in enumerate(rows):
            if matched[i] or not spans[i]:
                continue
            for j, m in enumerate(rows):
                if not matched[j] or not spans[j]:
                    continue
                how = None
                if any(a < d and c < b for a, b in spans[i] for c, d in spans[j]):
                    how = "overlap"
                elif any(_sentence(locator.text, s) == _sentence(locator.text, t) for s in spans[i][:1] for t in spans[j][:1]):
                    how = "sentence"
                if how:
                    out.append((arg, entry["file"], how, r, m))
                    break
    return out


if __name__ == "__main__":
    args = sys.argv[1:] or ["corpus"] + [str(n) for n in range(1, 96)]
    classes: Counter = Counter()
    with ProcessPoolExecutor(int(os.environ.get("J", "2"))) as ex:
        for found in ex.map(pairs, args):
            for arg, file, how, r, m in found:
                classes[(r["method"], m["method"])] += 1
                print(f"{arg:>6} {file} [{how}]\n   extra: {_short(r)} | {' '.join((r['evidence_text'] or '').split())[:140]}"
                      f"\n   right: {_short(m)} | {' '.join((m['evidence_text'] or '').split())[:140]}", flush=True)
    print("\n# pairs by mechanism (extra row's method <- matching row's method)")
    for (a, b), n in classes.most_common():
        print(f"{n:5} {a} <- {b}")
