"""Score the parsers against the hand-made reference annotations (``make eval``).

Runs ``process_seed`` over the seeds and the development documents, compares
each document's row field by field with ``tests/fixtures/gold/seeds.yaml``
(the seeds, in that file's own vocabulary, mapped here) and
``tests/fixtures/gold/dev.yaml`` (the development documents, in the project's
vocabulary), and reports per field how many documents are right. A field the
gold leaves out is not scored; ``optional`` fields are listed there, not scored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.normalize.text import normalize_space
from pipeline.seed import process_seed

CITATION_PARTS = ("archive", "fond", "opis", "delo", "papka", "folios")


@dataclass(frozen=True)
class GoldDocument:
    """The reference facts of one file: which set it is in, and field -> expected value."""

    group: str  # "seeds" or "dev"
    path: Path
    facts: dict


@dataclass(frozen=True)
class FieldScore:
    group: str
    file: str
    field: str
    right: bool
    expected: object
    got: object
    parser: str = "-"


def seed_facts(entry: dict) -> dict:
    """seeds.yaml's vocabulary (kind, sender, credits, book_pages, ...) as the documents table's fields."""
    facts = {"source_type": entry.get("kind")}
    renames = {
        "title": "title", "book_title": "book_title", "listed_authors": "book_authors", "tags": "book_tags",
        "site_page": "site_page", "document_date": "document_date", "document_type": "document_type",
        "sent_from": "sent_from", "record_id": "record_id", "url": "url", "translator": "translator",
        "original_language": "original_language", "languages_present": "languages", "summary": "summary",
        "credits": "rights", "starts_mid_sentence": "has_cut_start", "ends_mid_word": "has_cut_end",
    }
    facts |= {ours: entry[theirs] for theirs, ours in renames.items() if theirs in entry}
    if "language" in entry:
        facts["languages"] = [entry["language"]]
    if "sender" in entry:
        facts["sender_names"] = [entry["sender"]]
    if "recipient" in entry:
        facts["recipient_names"] = [entry["recipient"]]
    if "book_pages" in entry:
        facts["book_page_first"], facts["book_page_last"] = min(entry["book_pages"]), max(entry["book_pages"])
    if "archive" in entry:
        facts["citations"] = [{part: entry.get(part) for part in CITATION_PARTS if entry.get(part)}]
    return facts


def load_gold(gold_dir: Path, seeds_dir: Path, dev_dir: Path) -> list[GoldDocument]:
    seeds = yaml.safe_load((gold_dir / "seeds.yaml").read_text("utf-8"))["documents"]
    dev = yaml.safe_load((gold_dir / "dev.yaml").read_text("utf-8"))["documents"]
    return [GoldDocument("seeds", seeds_dir / e["seed"], seed_facts(e)) for e in seeds] + [
        GoldDocument("dev", dev_dir / e["file"], {k: v for k, v in e.items() if k != "file"}) for e in dev
    ]


def _text(value) -> str | None:
    return normalize_space(str(value)).strip("\"“”").casefold() if value is not None else None


def _same_title(gold: dict, got) -> bool:
    wanted = [gold.get("title"), *gold.get("title_alternatives", [])]
    return _text(got) in {_text(w) for w in wanted}


def _same_names(gold: dict, field: str, got) -> bool:
    wanted, allowed = set(gold[field] or []), set(gold.get(f"{field}_allowed", []))
    return wanted <= set(got or []) and set(got or []) <= wanted | allowed


def _same_citations(gold: dict, got) -> bool:
    wanted = gold["citations"] or []
    got = got or []
    if len(wanted) != len(got):
        return False
    return all(
        all(str(w.get(p) or "").casefold() == str(g.get(p) or "").casefold() for p in CITATION_PARTS)
        for w, g in zip(wanted, got, strict=True)
    )


def _same_value(expected, got) -> bool:
    if isinstance(expected, dt.date):
        return got == expected
    if isinstance(expected, list):
        return set(expected) == set(got or [])
    if expected is None or expected == []:
        return got in (None, [], "")
    if isinstance(expected, bool | int):
        return got == expected
    return _text(expected) == _text(got)


def _number_conflict(row: dict) -> bool:
    return any("number conflict" in w for w in row.get("warnings") or [])


COMPARATORS: dict[str, Callable[[dict, dict], tuple[bool, object]]] = {
    "title": lambda gold, row: (_same_title(gold, row["title"]), row["title"]),
    "sender_names": lambda gold, row: (_same_names(gold, "sender_names", row["sender_names"]), row["sender_names"]),
    "recipient_names": lambda gold, row: (_same_names(gold, "recipient_names", row["recipient_names"]), row["recipient_names"]),
    "citations": lambda gold, row: (_same_citations(gold, row["citations"]), [c["text"] for c in row["citations"] or []]),
    "number_conflict": lambda gold, row: (_number_conflict(row) == gold["number_conflict"], row["warnings"]),
}
NOT_FIELDS = {"optional", "title_alternatives"}


def score_document(gold: GoldDocument, row: dict | None) -> list[FieldScore]:
    """One score per field the gold gives; a rejected seed gets every field wrong."""
    scores = []
    for field, expected in gold.facts.items():
        if field in NOT_FIELDS or field.endswith("_allowed"):
            continue
        if row is None:
            right, got = False, "(rejected)"
        elif field in COMPARATORS:
            right, got = COMPARATORS[field](gold.facts, row)
        else:
            got = row.get(field)
            right = _same_value(expected, got)
        parser = row.get("parser", "-") if row else "rejected"
        scores.append(FieldScore(gold.group, gold.path.name, field, right, expected, got, parser))
    return scores


def evaluate(gold_dir: Path, seeds_dir: Path, dev_dir: Path) -> list[FieldScore]:
    scores = []
    for gold in load_gold(gold_dir, seeds_dir, dev_dir):
        tables = process_seed(gold.path.name, gold.path.read_bytes())
        row = None if tables.is_rejected else tables.documents.to_pylist()[0]
        scores += score_document(gold, row)
    return scores


def _percent(scores: list[FieldScore]) -> str:
    return f"{100 * sum(s.right for s in scores) / len(scores):.0f}%" if scores else "-"


def summarize(scores: list[FieldScore]) -> dict[str, float]:
    """Share of fields right: overall, on the seeds and on the development documents."""
    out = {}
    for name, part in (("overall", scores), *((g, [s for s in scores if s.group == g]) for g in ("seeds", "dev"))):
        out[name] = sum(s.right for s in part) / len(part) if part else 1.0
    return out


def format_report(scores: list[FieldScore]) -> str:
    """A table per field (right / scored, overall, seeds, dev), then every wrong field."""
    fields = list(dict.fromkeys(s.field for s in scores))
    lines = [f"{'field':<26}{'right':>8}{'overall':>9}{'seeds':>8}{'dev':>8}"]
    for field in fields:
        part = [s for s in scores if s.field == field]
        seeds, dev = ([s for s in part if s.group == g] for g in ("seeds", "dev"))
        right = f"{sum(s.right for s in part)}/{len(part)}"
        lines.append(f"{field:<26}{right:>8}{_percent(part):>9}{_percent(seeds):>8}{_percent(dev):>8}")
    seeds, dev = ([s for s in scores if s.group == g] for g in ("seeds", "dev"))
    right = f"{sum(s.right for s in scores)}/{len(scores)}"
    lines.append(f"{'ALL FIELDS':<26}{right:>8}{_percent(scores):>9}{_percent(seeds):>8}{_percent(dev):>8}")
    for parser in sorted({s.parser for s in scores}):
        part = [s for s in scores if s.parser == parser]
        files = len({s.file for s in part})
        lines.append(f"  read by {parser:<18}{sum(s.right for s in part)}/{len(part):<5}{_percent(part):>6}  ({files} documents)")
    wrong = [s for s in scores if not s.right]
    if wrong:
        lines += ["", "wrong:"]
        lines += [f"  {s.group}/{s.file} {s.field}: expected {s.expected!r}, got {s.got!r}"[:400] for s in wrong]
    return "\n".join(lines)
