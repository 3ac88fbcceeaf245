"""Scoring extracted events against the hand-made gold events (tests/fixtures/gold).

A gold event is found when one extracted event of its document carries its
evidence sentence (the extracted evidence contains it, or sits inside it),
the right date range and precision (a time where the gold gives one; no
date, or one on or before the bound, for an event the gold marks undated),
and every gold actor among its source and target entity ids. Recall counts
the required (non-optional) gold events found. Precision counts distinct
happenings: the extracted events of a document grouped by ``event_key`` (a
second sentence reporting the same happening is not a new event), a group
being right when one of its events matches a gold event, optional ones
included. The gold lists a selection of events per document, so "beyond
gold" rows are printed for a reader to judge, not only counted.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

from pipeline.normalize.names import lookup
from pipeline.paths import PROJECT_ROOT
from pipeline.seed import process_seed

GOLD = PROJECT_ROOT / "tests" / "fixtures" / "gold"
DEV = PROJECT_ROOT / "tests" / "fixtures" / "dev"
SEEDS = PROJECT_ROOT / "seeds"


@dataclass(frozen=True)
class GoldEvent:
    doc: str
    id: str
    evidence: tuple[str, ...]
    dates: tuple[tuple[date, date] | None, ...]
    precision: str | None
    time: str | None
    before: date | None
    actors: frozenset[str]
    optional: bool = False


@dataclass
class DocScore:
    doc: str
    required: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    rows: int = 0
    rows_matching: int = 0
    missed: list[str] = field(default_factory=list)
    beyond: list[str] = field(default_factory=list)


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def _range(value) -> tuple[date, date] | None:
    """A gold date (1951-08-23, 1951-08, date object) as its first and last day."""
    if value is None:
        return None
    if isinstance(value, date):
        return value, value
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def load_dev_gold(path: Path = GOLD / "dev_events.yaml") -> dict[str, list[GoldEvent]]:
    raw = yaml.safe_load(path.read_text("utf-8"))
    gold = {}
    for d in raw["documents"]:
        gold[d["file"]] = [
            GoldEvent(
                d["file"], e["id"], tuple(e["evidence"]),
                tuple(_range(x) for x in e.get("dates", [e.get("date")])),
                e.get("precision"), e.get("time"), e.get("before"), frozenset(e.get("actors", [])), e.get("optional", False),
            )
            for e in d["events"]
        ]
    return gold


def load_seed_gold(path: Path = GOLD / "seeds.yaml") -> dict[str, list[GoldEvent]]:
    """The seeds' gold events; actor names go through the gazetteer (collective actors without an entity drop out)."""
    raw = yaml.safe_load(path.read_text("utf-8"))
    files = {d["seed"][:3]: d["seed"] for d in raw["documents"]}
    gold: dict[str, list[GoldEvent]] = {}
    for n, e in enumerate(raw["events"], start=1):
        when, time = e.get("date"), None
        if isinstance(when, datetime):
            when, time = when.date(), when.strftime("%H:%M")
        elif isinstance(when, str) and "T" in when:  # 1951-07-13T15:00 (no seconds) stays a string
            when, time = when.split("T")
        actors = frozenset(entity.id for entity in map(lookup, e.get("actors", [])) if entity)
        event = GoldEvent(
            files[e["seed"]], f"S{n:02d}", (e["evidence"],), (_range(when),), e.get("precision"), time,
            e.get("before"), actors, e.get("optional", False),
        )
        gold.setdefault(event.doc, []).append(event)
    return gold


def _evidence_matches(gold: GoldEvent, row: dict) -> bool:
    found = _squash(row["evidence_text"])
    return any(_squash(g) in found or (len(found) >= 15 and found in _squash(g)) for g in gold.evidence)


def _date_matches(gold_range, gold: GoldEvent, row: dict) -> bool:
    if gold_range is None:
        return row["start_date"] is None and (row["end_date"] is None or gold.before is None or row["end_date"] <= gold.before)
    if (row["start_date"], row["end_date"]) != gold_range:
        return False
    if gold.time is not None and row["start_time"] != gold.time:
        return False
    precision = "minute" if gold.time else gold.precision
    return precision is None or row["date_precision"] == precision


def _actors_match(gold: GoldEvent, row: dict) -> bool:
    return gold.actors <= set(row["source_entity_ids"]) | set(row["target_entity_ids"])


def matches(gold: GoldEvent, row: dict, gold_range=None) -> bool:
    ranges = [gold_range] if gold_range is not None else list(gold.dates)
    return _evidence_matches(gold, row) and _actors_match(gold, row) and any(_date_matches(r, gold, row) for r in ranges)


def score_document(name: str, rows: list[dict], gold: list[GoldEvent]) -> DocScore:
    score = DocScore(name)
    for g in gold:
        found = all(any(matches(g, r, rng) for r in rows) for rng in g.dates) if g.dates != (None,) else any(matches(g, r) for r in rows)
        if not g.optional:
            score.required += 1
            score.found += found
            if not found:
                score.missed.append(g.id)
    score.rows = len(rows)
    score.rows_matching = sum(any(matches(g, r) for g in gold) for r in rows)
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["event_key"], []).append(r)
    for members in groups.values():
        score.predicted += 1
        if any(matches(g, r) for g in gold for r in members):
            score.correct += 1
        else:
            r = members[0]
            score.beyond.append(f"{r['event_type']} {r['start_date']} {r['evidence_text'][:60]!r}" + (f" (+{len(members) - 1})" if len(members) > 1 else ""))
    return score


def evaluate(gold: dict[str, list[GoldEvent]], folder: Path) -> list[DocScore]:
    scores = []
    for name, events in sorted(gold.items()):
        result = process_seed(name, (folder / name).read_bytes())
        scores.append(score_document(name, result.events.to_pylist(), events))
    return scores


def totals(scores: list[DocScore]) -> tuple[float, float]:
    required = sum(s.required for s in scores)
    predicted = sum(s.predicted for s in scores)
    recall = sum(s.found for s in scores) / required if required else 1.0
    precision = sum(s.correct for s in scores) / predicted if predicted else 1.0
    return recall, precision


def report(title: str, scores: list[DocScore]) -> str:
    lines = [
        f"## {title}", "",
        "| document | gold found | happenings | matching gold | beyond gold | rows | rows matching gold | missed |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in scores:
        lines.append(
            f"| {s.doc[:44]} | {s.found}/{s.required} | {s.predicted} | {s.correct} | {len(s.beyond)} | {s.rows} | {s.rows_matching} | {', '.join(s.missed) or '-'} |"
        )
    recall, precision = totals(scores)
    rows = sum(s.rows for s in scores)
    row_share = sum(s.rows_matching for s in scores) / rows if rows else 1.0
    lines += [
        "", f"recall {recall:.3f}  precision {precision:.3f} (happenings: rows grouped by event_key)  "
        f"rows matching a gold event {row_share:.3f} (the rest restate a matched happening or lie beyond the gold)", "",
    ]
    for s in scores:
        for b in s.beyond:
            lines.append(f"  beyond gold in {s.doc.split('_')[0]}: {b}")
    return "\n".join(lines)


def run() -> str:
    seeds = evaluate(load_seed_gold(), SEEDS)
    dev = evaluate(load_dev_gold(), DEV)
    return report("seeds (tests/fixtures/gold/seeds.yaml)", seeds) + "\n\n" + report("dev (tests/fixtures/gold/dev_events.yaml)", dev)


if __name__ == "__main__":
    print(run())
