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

The seeds (``seeds/``, gold ``tests/fixtures/gold/seeds.yaml``) and the first dev documents (``dev_events.yaml``) are
in the training too (``selection_rows``): their golds list a selection of each page's events, so only the rows they
decide are labelled, a row matching a listed event right and a row on a listed event's sentence with another date
wrong. ``cross_validate`` measures a recipe on batches it was not trained on (folds of whole batches, never rows of a
page trained on), and ``dropped_by_committed_model`` lists what the committed check drops on every annotated set.

    python -m pipeline row-filter            # train on every set but the newest batch, write the model
    python -m pipeline row-filter --held-out probes_events45 --held-out probes_events46   # keep two batches unseen
    python -m pipeline row-filter --held-out probes_events46 --then-all   # measure on one batch, then fit on all
    python -m pipeline row-filter --folds 5 --threshold 0.4 --threshold 0.5   # measure on folds of batches, write nothing
    python -m pipeline row-filter --dropped  # what the committed check drops, set by set, and the right rows it drops
    python -m pipeline row-filter --held-out probes_events88 ... --held-out probes_events95 --then-all --up-to 95
        # the refit committed: measured on 88-95 fitted on the corpus, the seeds and 1-87, then fitted on all to 95;
        # batches above 95 are never read (about four minutes on one core, nearly all of it reading the pages)
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
SEEDS = "seeds"  # the training set of the seeds' and the first dev documents' selection golds (selection_rows)
SEED_WEIGHT = 1
PRUNE = 0.01  # weights smaller than this are left out of the model file (on held-out batches no row's verdict moves)


@dataclass(frozen=True)
class LabelledRow:
    set_name: str
    features: list[int]
    label: int
    exempt: bool = False  # read from the layout: always published (row_filter.EXEMPT_METHODS)
    file: str = ""
    events: tuple[str, ...] = ()  # the gold events the row matches (their ids in the file's gold)
    actors_right: tuple[str, ...] = ()  # those of them whose actors the row names as the gold does
    summary: str = ""  # method, kind of date, dates and the evidence's opening: for listing what the check drops


def annotated_sets(up_to: int | None = None) -> list[tuple[str, Path, list[dict]]]:
    """The dev corpus and every probe batch, oldest first: (name, folder, gold); with ``up_to``, the batches numbered
    above it are left unread (pages kept as an unseen measure, neither trained on nor judged)."""
    sets = [("corpus", C.DEV, C.load_corpus())]
    for folder in sorted(C.probe_folders(), key=C.batch_number):
        if up_to is not None and C.batch_number(folder) > up_to:
            continue
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
            locator, names = C.Locator(decode(data)[0]), C.Names(entry.get("aliases") or {})
            document = result.documents.to_pylist()[0]
            for row in result.events.to_pylist():
                matched = [g for g in events if g.agrees(row["start_date"], row["end_date"]) and C.overlaps(locator, g, row["evidence_text"])]
                right = [g.id for g in matched if names.same_sets(list(g.actors), C._row_actors(row))]
                rows.append(LabelledRow(name, row_filter.features(row, document), int(bool(matched)), row["method"] in row_filter.EXEMPT_METHODS,
                                        entry["file"], tuple(g.id for g in matched), tuple(right), _summary(row)))
    return rows


def _summary(row: dict) -> str:
    return (f"{row['method']} {row['date_kind']} {row['start_date']}..{row['end_date']} | "
            f"{' '.join((row['evidence_text'] or '').split())[:110]}")


def selection_rows() -> list[LabelledRow]:
    """The rows of the seeds (``seeds.yaml``) and of the first dev documents (``dev_events.yaml``), whose golds list a
    selection of each page's events, not all of them: a row matching a listed event as ``evaluate_events`` scores it
    (its evidence and its date) is right, a row on a listed event's sentence with another date ("We received your
    telegram of 3 July." read without its day beside the row that has it) is wrong, and every other row is left out,
    since the gold does not say whether it is an event. Named ``seeds`` in the training sets; weighed ``SEED_WEIGHT``."""
    from pipeline.quality import evaluate_events as E

    rows = []
    with row_filter.disabled():
        for gold, folder in ((E.load_seed_gold(), E.SEEDS), (E.load_dev_gold(), E.DEV)):
            for file, events in gold.items():
                result = process_seed(file, (folder / file).read_bytes())
                if result.is_rejected:
                    continue
                document = result.documents.to_pylist()[0]
                for row in result.events.to_pylist():
                    matched = [g for g in events if E._evidence_matches(g, row) and any(E._date_matches(d, g, row) for d in g.dates)]
                    if not matched and not any(E._evidence_matches(g, row) for g in events):
                        continue
                    rows.append(LabelledRow(SEEDS, row_filter.features(row, document), int(bool(matched)), row["method"] in row_filter.EXEMPT_METHODS,
                                            file, tuple(g.id for g in matched), tuple(g.id for g in matched if E._actors_match(g, row)), _summary(row)))
    return rows


def weighted(name: str, rows: list[LabelledRow]) -> list[LabelledRow]:
    """A set's rows as training sees them: the dev corpus's rows ``CORPUS_WEIGHT`` times, so that where the corpus and
    a batch label rows of one kind differently (a past act a record tells in passing), the corpus's label prevails."""
    return rows * (CORPUS_WEIGHT if name == "corpus" else SEED_WEIGHT if name == SEEDS else 1)


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


def train(held_out: list[str] | None = None, model: Path = row_filter.MODEL, then_all: bool = False, up_to: int | None = None) -> dict:
    """Train on every annotated set but those ``held_out``, write the model, return its summary with each held-out
    set's precision before and after the check. By default the sets the committed model never trained on stay held
    out (``unseen_by_model``): a retrain after the rules change never takes in a batch kept as an unseen measure; name
    the batches to keep out to train on the others. With ``then_all`` the model written is fitted again on every set,
    the held-out ones too, once they have been measured: the file keeps the measure and the sets that fit was trained
    on (``measured_trained_on``). With ``up_to`` the batches numbered above it are not read at all."""
    sets = annotated_sets(up_to)
    held_out = list(held_out or unseen_by_model([name for name, _, _ in sets], model))
    if unknown := sorted(set(held_out) - {name for name, _, _ in sets}):
        raise ValueError(f"no annotated set named {', '.join(unknown)}: the batch folders are named like {sets[-1][0]}")
    training, held = weighted(SEEDS, selection_rows()), {}
    for name, folder, gold in sets:
        rows = labelled_rows(name, folder, gold)
        if name in held_out:
            held[name] = rows
        else:
            training.extend(weighted(name, rows))
    bias, weights = fit(training)
    summary = {
        "threshold": row_filter.THRESHOLD,
        "trained_on": [SEEDS] + [name for name, _, _ in sets if name not in held_out],
        "training_rows": len(training),
        "held_out": held_out,
        "held_out_figures": {name: precision_with(rows, bias, weights) for name, rows in held.items()},
    }
    if then_all:
        training += [row for name, rows in held.items() for row in weighted(name, rows)]
        bias, weights = fit(training)
        summary |= {"measured_trained_on": summary["trained_on"], "trained_on": [SEEDS] + [name for name, _, _ in sets], "training_rows": len(training)}
    model.write_text(json.dumps({**summary, "bias": round(bias, 6),
                                 "weights": sorted([f, round(w, 5)] for f, w in weights.items())}, separators=(",", ":")) + "\n",
                     encoding="utf-8")
    return summary


# --- measuring the check on pages it never saw --------------------------------------------------------------------


def figures(rows: list[LabelledRow], kept=lambda row: True) -> dict:
    """The rows kept, those matching a gold event, the gold events some kept row matches and those with the gold's
    actors, as ``pipeline/quality/corpus.py`` counts them; and the rows dropped that match a gold event and that do not."""
    kept_rows = [r for r in rows if r.exempt or kept(r)]
    dropped = [r for r in rows if not (r.exempt or kept(r))]
    return {"rows": len(kept_rows), "matching": sum(r.label for r in kept_rows),
            "found": len({(r.set_name, r.file, e) for r in kept_rows for e in r.events}),
            "actors_right": len({(r.set_name, r.file, e) for r in kept_rows for e in r.actors_right}),
            "dropped_matching": sum(r.label for r in dropped), "dropped_other": sum(1 - r.label for r in dropped)}


def cross_validate(folds: int = 5, thresholds: tuple[float, ...] = (row_filter.THRESHOLD,), up_to: int | None = None) -> dict:
    """The check measured on batches it was not trained on: the probe batches are dealt into ``folds`` folds by their
    number (batch n to fold n mod ``folds``, so each fold holds old and new batches), a model is fitted on the dev
    corpus, the seeds and the other folds, and each held-out batch's rows (never a row of a page trained on) are judged
    by it. Returns each fold's figures with no check, with the committed model (``committed``: in-sample on the batches
    it was fitted on) and with the check at each threshold, and their sums. With ``up_to`` the batches numbered above
    it are not read."""
    sets = annotated_sets(up_to)
    committed_bias, committed_weights = row_filter._model()
    by_set = {name: labelled_rows(name, folder, gold) for name, folder, gold in sets}
    seeds = selection_rows()
    batches = [name for name, _, _ in sets if name != "corpus"]
    deal = {name: C.batch_number(folder) % folds for name, folder, _ in sets if name != "corpus"}
    result: dict = {"folds": {}, "total": {}}
    for fold in range(folds):
        held = [name for name in batches if deal[name] == fold]
        training = weighted(SEEDS, seeds) + [r for name, rows in by_set.items() if name not in held for r in weighted(name, rows)]
        bias, weights = fit(training)
        rows = [r for name in held for r in by_set[name]]
        entry = {"batches": held, "none": figures(rows),
                 "committed": figures(rows, lambda r: row_filter.score(r.features, committed_bias, committed_weights) >= row_filter.THRESHOLD)}
        for t in thresholds:
            entry[t] = figures(rows, lambda r, t=t, b=bias, w=weights: row_filter.score(r.features, b, w) >= t)
        result["folds"][fold] = entry
        for key in ("none", "committed", *thresholds):
            total = result["total"].setdefault(key, {})
            for k, v in entry[key].items():
                total[k] = total.get(k, 0) + v
    return result


def dropped_by_committed_model(up_to: int | None = None) -> str:
    """What the committed check drops on every annotated set: per set the rows the rules give, the rows dropped that
    match a gold event (and the gold events no kept row matches any more) and those that match none; then every
    dropped row that matches a gold event."""
    lines, listing, total = [], [], {"rows": 0, "dropped_matching": 0, "dropped_other": 0, "lost": 0}
    bias, weights = row_filter._model()
    for name, folder, gold in annotated_sets(up_to):
        rows = labelled_rows(name, folder, gold)
        kept = lambda r: row_filter.score(r.features, bias, weights) >= row_filter.THRESHOLD  # noqa: E731
        before, after = figures(rows), figures(rows, kept)
        lost = before["found"] - after["found"]
        lines.append(f"{name:<16}{len(rows):>6}{after['dropped_matching']:>6} ({lost} lost){after['dropped_other']:>6}  "
                     f"found {before['found']}->{after['found']}  rows {before['matching']}/{before['rows']}->{after['matching']}/{after['rows']}")
        for k, v in (("rows", len(rows)), ("dropped_matching", after["dropped_matching"]), ("dropped_other", after["dropped_other"]), ("lost", lost)):
            total[k] += v
        alive = {(r.file, e) for r in rows if r.exempt or kept(r) for e in r.events}
        for r in rows:
            if r.label and not (r.exempt or kept(r)):
                mark = "lost" if not any((r.file, e) in alive for e in r.events) else "kept"
                listing.append(f"{name:<16}{r.file[:40]:<41}{','.join(r.events):<9}{mark}  p={row_filter.score(r.features, bias, weights):.2f} {r.summary}")
    head = "set               rows  dropped matching (gold events lost)  dropped matching none"
    foot = (f"total: {total['rows']} rows, {total['dropped_matching']} dropped matching a gold event ({total['lost']} gold events lost), "
            f"{total['dropped_other']} dropped matching none")
    return "\n".join([head, *lines, foot, "", "dropped rows matching a gold event (lost: no kept row matches it; kept: another row does):", *listing])
