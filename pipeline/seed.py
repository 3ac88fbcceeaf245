"""One seed file -> its rows of every table: the pure function each staging step runs per seed.

Decode, parse, align, extract, then check the rows against the declared
schemas (cheap Arrow checks; the assembled tables get the full pandera
validation once). A seed that fails at any stage, or exceeds one of the
limits below, yields a single ``rejects`` row saying which stage and why;
it never raises, so one bad seed cannot stop the others.

Limits, so that the work on one seed stays bounded (the seeds folder also
refuses files over ``pipeline.seeds.MAX_SEED_BYTES``):

- ``MAX_LINES`` lines per seed;
- ``MAX_PASSAGE_CHARS`` characters per line and per passage.
"""

from __future__ import annotations

import hashlib
import re
import traceback
from dataclasses import dataclass

import pyarrow as pa

from pipeline import tables
from pipeline.extract import row_filter
from pipeline.extract.alignment import align_blocks
from pipeline.extract.events import EventDraft, event_key, extract_events
from pipeline.extract.mentions import find_mentions, find_ner_names, find_unknown_names, is_listed_form
from pipeline.normalize.names import lookup, resolve
from pipeline.normalize.rights import rights_type
from pipeline.normalize.text import SeedError, decode
from pipeline.parse import Block, ParsedDocument, parse_text
from pipeline.parse.source_note import footnote_citations, is_citation_line
from pipeline.tables import SEED_TABLES  # noqa: F401 - the tables a seed fills, named here too

MAX_LINES = 100_000          # a long book chapter has a few thousand
MAX_PASSAGE_CHARS = 100_000  # a long paragraph has a few thousand
ROW_TABLES = ("documents", "passages", "subdocuments", "events", "mentions")


@dataclass(frozen=True)
class SeedTables:
    """The rows one seed contributes to each table, as Arrow tables of the declared schemas."""

    seed_file: str
    seed_sha256: str
    documents: pa.Table
    passages: pa.Table
    subdocuments: pa.Table
    events: pa.Table
    mentions: pa.Table
    rejects: pa.Table

    def table(self, name: str) -> pa.Table:
        return getattr(self, name)

    @property
    def is_rejected(self) -> bool:
        return self.rejects.num_rows > 0


def document_id(doc: ParsedDocument, sha256: str) -> str:
    """The source's own record id where it has one, else the seed's content hash."""
    family = doc.parser.split("/", 1)[0]
    if doc.record_id and family in _RECORD_ID_PREFIXES:
        return f"{_RECORD_ID_PREFIXES[family]}-{re.sub(r'[^0-9A-Za-z-]+', '-', doc.record_id)}"
    return f"sha-{sha256[:16]}"


_RECORD_ID_PREFIXES = {"wcda": "wcda", "frus": "frus", "cia_crest": "crest"}


def process_seed(seed_file: str, data: bytes) -> SeedTables:
    sha256 = hashlib.sha256(data).hexdigest()
    stage = "decode"
    try:
        _check_lines(data)
        text, encoding = decode(data)
        _check_line_length(text)
        stage = "parse"
        doc = parse_text(text)
        _check_passages(doc)
        align_blocks(doc.blocks)
        stage = "extract"
        rows = _rows(doc, seed_file, sha256, len(data), encoding, extract_events(doc))
        stage = "validate"
        built = {name: tables.from_rows(name, rows[name]) for name in ROW_TABLES}
        problems = [problem for name, table in built.items() for problem in tables.check_rows(name, table)]
        if problems:
            raise SeedError("validate", f"the rows read from the seed break the data contract: {'; '.join(problems[:5])}; report it with the file")
    except SeedError as err:
        return rejected(seed_file, sha256, len(data), err.stage, err.message)
    except Exception as err:  # noqa: BLE001 - any parser failure becomes a reject, never a crash
        where = traceback.extract_tb(err.__traceback__)[-1]
        message = f"{type(err).__name__}: {err} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}); the seed is kept out of the release, report it with the file"
        return rejected(seed_file, sha256, len(data), stage, message)
    return SeedTables(seed_file, sha256, **built, rejects=tables.empty("rejects"))


def _check_lines(data: bytes) -> None:
    lines = data.count(b"\n") + 1
    if lines > MAX_LINES:
        raise SeedError("read", f"{lines} lines, more than the {MAX_LINES} a seed may have: split it into one file per document")


def _check_line_length(text: str) -> None:
    longest = max(map(len, text.splitlines()), default=0)
    if longest > MAX_PASSAGE_CHARS:
        raise SeedError("read", f"a line of {longest} characters, more than the {MAX_PASSAGE_CHARS} a passage may have: break the text into lines and paragraphs")


def _check_passages(doc: ParsedDocument) -> None:
    longest = max((len(b.text) for b in doc.blocks), default=0)
    if longest > MAX_PASSAGE_CHARS:
        raise SeedError("parse", f"a passage of {longest} characters, more than the {MAX_PASSAGE_CHARS} allowed: separate its paragraphs with blank lines")


def rejected(seed_file: str, sha256: str, size: int, stage: str, message: str) -> SeedTables:
    reject = {"seed_file": seed_file, "seed_sha256": sha256, "seed_bytes": size, "stage": stage, "message": message}
    return SeedTables(seed_file, sha256, **{name: tables.empty(name) for name in ROW_TABLES}, rejects=tables.from_rows("rejects", [reject]))


def _rows(doc: ParsedDocument, seed_file: str, sha256: str, size: int, encoding: str, events: list[EventDraft]) -> dict[str, list[dict]]:
    doc_id = document_id(doc, sha256)
    passage_ids = [f"{doc_id}/p{i:04d}" for i in range(1, len(doc.blocks) + 1)]
    passages = [
        {
            "passage_id": passage_ids[i],
            "doc_id": doc_id,
            "seq": i + 1,
            "passage_type": b.passage_type,
            "section_type": b.section_type,
            "language": b.language,
            "text": b.text,
            "char_start": b.start,
            "char_end": b.end,
            "book_page": b.book_page,
            "footnote_numbers": b.footnote_numbers,
            "excluded_spans": [{"char_start": s, "char_end": e} for s, e in b.cuts],
            "aligned_passage_id": passage_ids[b.aligned_to] if b.aligned_to is not None else None,
        }
        for i, b in enumerate(doc.blocks)
    ]
    pages = [b.book_page for b in doc.blocks if b.book_page is not None]
    languages = _languages(doc)
    document = {
        name: getattr(doc, name)
        for name in tables.arrow_schema("documents").names
        if hasattr(doc, name)
    } | {
        "doc_id": doc_id,
        "seed_file": seed_file,
        "seed_sha256": sha256,
        "seed_bytes": size,
        "encoding": encoding,
        "languages": languages,
        "book_page_first": min(pages) if pages else None,
        "book_page_last": max(pages) if pages else None,
        "passage_count": len(passages),
        "rights_type": rights_type(doc.rights),
    }
    if doc.date_is_story:
        document |= {"document_date": None, "document_date_precision": None, "document_date_text": None}
    if doc.source_type == "book_excerpt" and not doc.original_language and languages:
        document["original_language"] = languages[0]
    parts = {id(part): f"{doc_id}/s{number:02d}" for number, part in enumerate(doc.subdocuments, start=1)}
    subdocuments = [_subdocument_row(parts[id(part)], doc_id, passage_ids, doc, part) for part in doc.subdocuments]
    events = [e for e in events if row_filter.before_the_writing(e, document)]  # a past act read in the year of writing,
    # months after the day of writing, moved to the year before; a plan or a later note that far ahead left out
    event_rows = [_event_row(doc_id, passage_ids, doc, i, e, parts) for i, e in enumerate(events, start=1)]
    if not all(kept := [row_filter.keeps(row, document) for row in event_rows]):  # rows the learned check rates unlikely events
        events = [e for e, keep in zip(events, kept, strict=True) if keep]
        event_rows = [_event_row(doc_id, passage_ids, doc, i, e, parts) for i, e in enumerate(events, start=1)]
    event_rows = merge_event_keys(event_rows)
    mentions = [row for i, b in enumerate(doc.blocks) for row in _mention_rows(doc_id, passage_ids[i], b)]
    return {"documents": [document], "passages": passages, "subdocuments": subdocuments, "events": event_rows, "mentions": mentions}


def _subdocument_row(subdocument_id: str, doc_id: str, passage_ids: list[str], doc: ParsedDocument, part) -> dict:
    """A message the document quotes (pipeline.extract.events.document_act.Embedded): who wrote it to whom, when,
    the sentence announcing it and the passages holding it."""
    announced, start, end = part.announcement
    sentence = doc.blocks[announced].text
    end = start + len(sentence[start:end].rstrip())
    first, last = part.blocks[0], part.blocks[-1]
    return {
        "subdocument_id": subdocument_id,
        "doc_id": doc_id,
        "kind": part.kind,
        "sender_names": part.senders,
        "recipient_names": part.recipients,
        "sender_entity_ids": _row_entity_ids(part.senders),
        "recipient_entity_ids": _row_entity_ids(part.recipients),
        "date": part.day,
        "date_text": part.date_text if part.day else None,
        "announced_passage_id": passage_ids[announced],
        "evidence_text": sentence[start:end],
        "evidence_start": start,
        "evidence_end": end,
        "first_passage_id": passage_ids[first],
        "last_passage_id": passage_ids[last],
        "char_start": doc.blocks[first].start,
        "char_end": doc.blocks[last].end,
    }


def _mention_rows(doc_id: str, passage_id: str, block: Block) -> list[dict]:
    """Gazetteer names in a passage, and the names the gazetteer lacks (unresolved).

    In English text those are capitalised multi-word names; in Russian text,
    the persons, places and organisations natasha's NER tags.
    """
    known = find_mentions(block.text)
    found = [
        (m.start, m.end, m.surface, m.entity.id, "gazetteer_alias" if is_listed_form(m) else "gazetteer_case_form")
        for m in known
    ]
    if block.language == "en":
        found += [(start, end, surface, None, "unknown_name") for start, end, surface in find_unknown_names(block.text, known)]
    elif block.language == "ru":
        found += [(start, end, surface, None, "natasha_ner") for start, end, surface in find_ner_names(block.text, known)]
    return [
        {
            "mention_id": f"{passage_id}/m{n:02d}",
            "doc_id": doc_id,
            "passage_id": passage_id,
            "entity_id": entity_id,
            "surface": surface,
            "surface_start": start,
            "surface_end": end,
            "is_resolved": entity_id is not None,
            "method": method,
        }
        for n, (start, end, surface, entity_id, method) in enumerate(sorted(found), start=1)
    ]


def merge_event_keys(rows: list[dict]) -> list[dict]:
    """Within one document, a report naming fewer targets of the same act takes the fuller report's key.

    "In a telegram to Pyongyang five days later, Stalin ..." and "On November
    19 he instructed the Soviet ambassador to North Korea" are one telegram.
    """
    keyed = {r["event_key"]: _split_key(r["event_key"]) for r in rows}
    alike: dict[tuple[str, str, str], list[tuple[str, frozenset[str]]]] = {}  # keys of one act, day and source, in key order
    for key, other in sorted(keyed.items()):
        if other:
            alike.setdefault(other[:3], []).append((key, other[3]))
    for row in rows:
        mine = keyed[row["event_key"]]
        if mine is None:
            continue
        fuller = [key for key, targets in alike.get(mine[:3], ()) if mine[3] < targets]
        if fuller:
            row["event_key"] = fuller[0]
    return rows


def _split_key(key: str) -> tuple[str, str, str, frozenset[str]] | None:
    """(kind, day, source ids, target ids) of a directed event key, else None."""
    parts = key.split("|")
    if len(parts) != 3 or ">" not in parts[2]:
        return None
    source, _, targets = parts[2].partition(">")
    return parts[0], parts[1], source, frozenset(filter(None, targets.split(",")))


def _event_key(e: EventDraft) -> str | None:
    if e.key_as is not None:
        kind, sources, targets = e.key_as
        return event_key(e, _entity_ids(sources), _entity_ids(targets), kind)
    return event_key(e, _entity_ids(e.sources), _entity_ids(e.targets))


def _entity_ids(names: list[str]) -> list[str]:
    return [e.id for e in map(lookup, names) if e is not None]


def _row_entity_ids(names: list[str]) -> list[str]:
    """The entity ids of a row's names, a state's body named by a form state_bodies.yaml makes among them ("Indian
    troops": the Indian army), each once."""
    return list(dict.fromkeys(e.id for e in map(resolve, names) if e is not None))


def _languages(doc: ParsedDocument) -> list[str]:
    """Languages of the document's text, most first: the page's header and trailer (site furniture) are not
    its text, and a language of a few words only (a name, a foreign phrase mis-read) is left out. Where the text reads
    in more than one, the notes that cite an archive ("14 See the file of March 1964, Archivo Histórico del Ministerio
    de Relaciones Exteriores, Quito, ...") and the lines that are a citation and nothing else ("Arbetarrörelsens arkiv
    och bibliotek (ARAB), Stockholm, Olof Palmes arkiv, 676/3/2/4, vol. 112.") are left out too: the names of papers
    and archives in their own language make no language of the text's."""
    body = [b for b in doc.blocks if b.section_type not in ("header", "trailer")] or doc.blocks
    sizes = _language_sizes(body)
    if len(sizes) > 1:
        sizes = _language_sizes([b for b in body if len(b.text) >= CITING_NOTE_CHARS
                                 or not (footnote_citations(b.text) or is_citation_line(b.text))]) or sizes
    total = sum(sizes.values())
    kept = {lang: n for lang, n in sizes.items() if n >= 200 or n >= 0.2 * total}
    return sorted(kept or sizes, key=lambda lang: (-sizes[lang], lang))


CITING_NOTE_CHARS = 400  # a longer passage is text, whatever it cites


def _language_sizes(blocks: list[Block]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for block in blocks:
        if block.language:
            sizes[block.language] = sizes.get(block.language, 0) + len(block.text)
    return sizes


def date_kind(start, end, precision: str) -> str:
    """How a row's dates bound the event when its reader did not say: one period, a range, an upper bound, or none."""
    if start is None:
        return "undated" if end is None else "upper_bound"
    if end is None or end == start or precision in ("month", "year"):
        return "exact"
    return "range"


def _event_row(doc_id: str, passage_ids: list[str], doc: ParsedDocument, number: int, e: EventDraft, parts: dict[int, str]) -> dict:
    text = doc.blocks[e.block].text
    return {
        "event_id": f"{doc_id}/e{number:02d}",
        "doc_id": doc_id,
        "passage_id": passage_ids[e.block],
        "subdocument_id": parts.get(id(e.part)) if e.part is not None else None,
        "event_type": e.event_type,
        "start_date": e.start_date,
        "end_date": e.end_date,
        "start_time": e.start_time,
        "date_precision": e.precision,
        "date_kind": e.date_kind or date_kind(e.start_date, e.end_date, e.precision),
        "date_text": e.date_text,
        "is_date_inferred": e.inferred,
        "source_names": e.sources,
        "target_names": e.targets,
        "source_entity_ids": _row_entity_ids(e.sources),
        "target_entity_ids": _row_entity_ids(e.targets),
        "place": e.place,
        "place_entity_id": next(iter(_entity_ids([e.place] if e.place else [])), None),
        "event_key": _event_key(e) or f"{doc_id}/e{number:02d}",
        "evidence_text": text[e.evidence_start:e.evidence_end],
        "evidence_start": e.evidence_start,
        "evidence_end": e.evidence_end,
        "method": e.method,
        "confidence": e.confidence,
    }
