"""Golden files: the library's output for every seed and development document, checked in.

``snapshot`` is what is compared: the document row, the passages rows (type,
section, language, text, offsets, page, footnotes, aligned passage), the events
(type, dates, actors, evidence, method, sub-document), the mentions (offsets,
surface, entity) and the sub-documents where a document has any. These files are snapshots of what the code gives, so that every change
shows what it changed; what is *right* is recorded in ``tests/fixtures/gold``
(and tested against it in ``test_gold_facts.py`` and ``test_corpus_gold.py``).
Goldens change only through ``make golden-update``; read the diff.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pipeline.paths import PROJECT_ROOT
from pipeline.seed import process_seed

EXPECTED = Path(__file__).parent / "expected"
PASSAGE_FIELDS = (
    "seq", "passage_type", "section_type", "language", "text", "char_start", "char_end",
    "book_page", "footnote_numbers", "aligned_passage_id",
)
EVENT_FIELDS = (
    "passage_id", "event_type", "start_date", "end_date", "start_time", "date_precision", "date_text", "is_date_inferred",
    "source_names", "target_names", "place", "evidence_text", "method", "subdocument_id",
)


def golden_inputs() -> list[Path]:
    """The seeds and the development documents, each a golden case named by its file stem."""
    seeds = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))
    dev = sorted((PROJECT_ROOT / "tests" / "fixtures" / "dev").glob("*.txt"))
    return seeds + dev


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def snapshot(path: Path) -> dict:
    tables = process_seed(path.name, path.read_bytes())
    if tables.is_rejected:
        return {"rejects": tables.rejects.to_pylist()}
    document = {k: _plain(v) for k, v in tables.documents.to_pylist()[0].items()}
    passages = [{k: p[k] for k in PASSAGE_FIELDS} for p in tables.passages.to_pylist()]
    events = [{k: _plain(e[k]) for k in EVENT_FIELDS if e.get(k) is not None} for e in tables.events.to_pylist()]
    mentions = [
        f"{m['passage_id'].rsplit('/', 1)[-1]} {m['surface_start']}-{m['surface_end']} {m['surface']} = {m['entity_id'] or '?'} ({m['method']})"
        for m in tables.mentions.to_pylist()
    ]
    subdocuments = [{k: _plain(v) for k, v in row.items()} for row in tables.subdocuments.to_pylist()]
    return {"document": document, "passages": passages, "events": events, "mentions": mentions} | (
        {"subdocuments": subdocuments} if subdocuments else {}
    )


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def expected_path(path: Path) -> Path:
    return EXPECTED / f"{path.stem}.json"
