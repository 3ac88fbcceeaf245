"""Training the learned row check (``pipeline/extract/row_filter.py``) on the hand-made golds.

Every annotated page (the dev corpus and the probe batches but the held-out one) is read with the check off; each row
the rules give is labelled by whether it matches a gold event as the scorer counts one (same document, overlapping
evidence, a date that agrees at the gold's precision). A logistic regression is fitted by stochastic gradient descent
in a fixed order (a seeded shuffle), so the same pages and code give the same weights on every machine. The steps are
small and the weights kept are their mean over the epochs, and the dev corpus's rows count ten times (thrice until
batches 46-50 joined the training, when thrice lost corpus events the rules find; six until the cues of tense joined the
features, when six left out of the corpus plain-past upper bounds its gold lists, "He agreed.", "One of them was later
poisoned."): trained on all sets
but one batch and measured on that batch, for each of batches 20-45 in turn, this kept 2,719 of the 2,758 gold events
the rules found (the earlier fit, large steps and the last weights, kept 2,682) and raised precision from 0.830 to
0.876 (0.865 before). The held-out batch is then read with the new weights and its precision before and after is
written into the model file. Those figures are of the first model; the current one's (fitted on batches 1-70,
measured on 71-87, then fitted on every set to batch 87) and a later refit's are in ``pipeline/extract/row_filter.py``'s
docstring.

    python -m pipeline row-filter            # train on every set but the newest batch, write the model
    python -m pipeline row-filter --held-out probes_events45 --held-out probes_events46   # keep two batches unseen
    python -m pipeline row-filter --held-out probes_events46 --then-all   # measure on one batch, then fit on all
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from pipeline.extract import row_filter
from pipeline.normalize.text import decode
from pipeline.quality import corpus as C
from pipeline.seed import process_seed

EPOCHS = 8
LEARNING_RATE = 0.01  # small steps, averaged over the epochs: a larger step fits the training pages' words and loses
L2 = 1e-4  # more events on unseen batches
CORPUS_WEIGHT = 10  # the dev corpus's gold settles the conventions where batch golds differ: its rows count ten times
PRUNE = 0.01  # weights smaller than this are left out of the model file (on held-out batches no row's verdict moves)


@dataclass(frozen=True)
class LabelledRow:
    set_name: str
    features: list[int]
    label: int
    exempt: bool = False  # read from the layout: always published (row_filter.EXEMPT_METHODS)


def annotated_sets() -> list[tuple[str, Path, list[dict]]]:
    """The dev corpus and every probe batch, oldest first: (name, folder, gold)."""
    sets = [("corpus", C.DEV, C.load_corpus())]
    for folder in sorted(C.probe_folders(), key=C.batch_number):
        sets.append((folder.name, folder, C.load_corpus(folder / "gold.json")))
    return sets


def labelled_rows(name: str, folder: Path, gold: list[dict]) -> list[LabelledRow]:
    """Every row the rules give on the set's pages, with the check off, labelled against the set's gold."""
    rows = []
    with row_filter.disabled():
        for entry in gold:
            data = (folder / entry["file"]).read_bytes()
            result = process_seed(entry["file"], data)
            if result.is_rejected:
                continue
            events = [C.GoldEvent.from_json(entry["file"], e) for e in entry["events"]]
            locator = C.Locator(decode(data)[0])
            document = result.documents.to_pylist()[0]
            for row in result.events.to_pylist():
                label = any(g.agrees(row["start_date"], row["end_date"]) and C.overlaps(locator, g, row["evidence_text"]) for g in events)
                rows.append(LabelledRow(name, row_filter.features(row, document), int(label), row["method"] in row_filter.EXEMPT_METHODS))
    return rows


def weighted(name: str, rows: list[LabelledRow]) -> list[LabelledRow]:
    """A set's rows as training sees them: the dev corpus's rows ``CORPUS_WEIGHT`` times, so that where the corpus and
    a batch label rows of one kind differently (a past act a record tells in passing), the corpus's label prevails."""
    return rows * (CORPUS_WEIGHT if name == "corpus" else 1)


def fit(rows: list[LabelledRow]) -> tuple[float, dict[int, float]]:
    """Logistic regression by stochastic gradient descent with L2, in a seeded order; the weights returned are the
    mean of the weights at the end of each epoch (averaging steadies what the last rows seen would tilt)."""
    weights: dict[int, float] = {}
    bias = 0.0
    total: dict[int, float] = {}
    total_bias = 0.0
    order = list(range(len(rows)))
    shuffle = random.Random(0)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for i in order:
            row = rows[i]
            gradient = row_filter.score(row.features, bias, weights) - row.label
            for f in row.features:
                w = weights.get(f, 0.0)
                weights[f] = w - LEARNING_RATE * (gradient + L2 * w)
            bias -= LEARNING_RATE * gradient
        for f, w in weights.items():
            total[f] = total.get(f, 0.0) + w
        total_bias += bias
    return total_bias / EPOCHS, {f: w / EPOCHS for f, w in total.items() if abs(w / EPOCHS) >= PRUNE}


def precision_with(rows: list[LabelledRow], bias: float, weights: dict[int, float]) -> dict:
    """The set's rows and matching rows before and after the check."""
    kept = [r for r in rows if r.exempt or row_filter.score(r.features, bias, weights) >= row_filter.THRESHOLD]
    return {"rows": len(rows), "matching": sum(r.label for r in rows), "rows_kept": len(kept), "matching_kept": sum(r.label for r in kept)}


def unseen_by_model(names: list[str], model: Path = row_filter.MODEL) -> list[str]:
    """The annotated sets the committed model was not trained on: the batches written since, which stay the unseen
    measure of the rules until they are read (all of ``names`` but the newest when no model is committed)."""
    if not model.exists():
        return names[-1:]
    trained = set(json.loads(model.read_text(encoding="utf-8")).get("trained_on") or [])
    return [name for name in names if name not in trained]


def train(held_out: list[str] | None = None, model: Path = row_filter.MODEL, then_all: bool = False) -> dict:
    """Train on every annotated set but those ``held_out``, write the model, return its summary with each held-out
    set's precision before and after the check. By default the sets the committed model never trained on stay held
    out (``unseen_by_model``): a retrain after the rules change never takes in a batch kept as an unseen measure; name
    the batches to keep out to train on the others. With ``then_all`` the model written is fitted again on every set,
    the held-out ones too, once they have been measured: the file keeps the measure and the sets that fit was trained
    on (``measured_trained_on``)."""
    sets = annotated_sets()
    held_out = list(held_out or unseen_by_model([name for name, _, _ in sets], model))
    if unknown := sorted(set(held_out) - {name for name, _, _ in sets}):
        raise ValueError(f"no annotated set named {', '.join(unknown)}: the batch folders are named like {sets[-1][0]}")
    training, held = [], {}
    for name, folder, gold in sets:
        rows = labelled_rows(name, folder, gold)
        if name in held_out:
            held[name] = rows
        else:
            training.extend(weighted(name, rows))
    bias, weights = fit(training)
    summary = {
        "threshold": row_filter.THRESHOLD,
        "trained_on": [name for name, _, _ in sets if name not in held_out],
        "training_rows": len(training),
        "held_out": held_out,
        "held_out_figures": {name: precision_with(rows, bias, weights) for name, rows in held.items()},
    }
    if then_all:
        training += [row for name, rows in held.items() for row in weighted(name, rows)]
        bias, weights = fit(training)
        summary |= {"measured_trained_on": summary["trained_on"], "trained_on": [name for name, _, _ in sets], "training_rows": len(training)}
    model.write_text(json.dumps({**summary, "bias": round(bias, 6),
                                 "weights": sorted([f, round(w, 5)] for f, w in weights.items())}, separators=(",", ":")) + "\n",
                     encoding="utf-8")
    return summary
