"""Texts derived from the table declarations: dataset card, changelog and Frictionless datapackage."""

from __future__ import annotations

import re

from pipeline.publish.parquet import FileInfo
from schemas import Column
from schemas import tables as declared_tables

_FRICTIONLESS_TYPES = {"string": "string", "int64": "integer", "float64": "number", "bool": "boolean", "date": "date"}
EVENT_TYPES = {
    "message_sent": ("a cable, telegram or letter is sent", "CONSULT"),
    "message_received": ("a message is received (receipt stamp, header)", None),
    "reply": ("an answer to an earlier message", "CONSULT"),
    "report": ("a report on a situation to a superior or ally", "CONSULT"),
    "instruction": ("an instruction or directive", "DEMAND"),
    "proposal": ("a proposal or suggestion", "PROPOSE"),
    "agreement": ("an agreement reached or signed", "AGREE"),
    "talks_suspended": ("negotiations suspended or broken off", "REDUCE_RELATIONS"),
    "talks_resumed": ("negotiations resumed", "CONSULT"),
    "meeting": ("a meeting or conversation", "CONSULT"),
    "attack": ("a military attack", "ASSAULT"),
    "deciphered": ("a cable deciphered (archival handling)", None),
    "printed": ("a cable printed in copies (archival handling)", None),
    "statement": ("any other dated happening the text states", None),
    "other": ("not classified", None),
}


def _field(column: Column) -> dict:
    kind = _FRICTIONLESS_TYPES.get(column.type, "array")
    field = {"name": column.name, "type": kind, "description": column.description}
    constraints = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if column.allowed:
        constraints["enum"] = list(column.allowed)
    if column.pattern:
        constraints["pattern"] = column.pattern
    if constraints:
        field["constraints"] = constraints
    return field


def datapackage(version: str, built: dict[str, FileInfo]) -> dict:
    resources = []
    for name, info in built.items():
        t = declared_tables()[name]
        schema = {"fields": [_field(c) for c in t.columns], "primaryKey": list(t.primary_key)}
        if t.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": list(fk.columns), "reference": {"resource": fk.table, "fields": list(fk.ref_columns)}}
                for fk in t.foreign_keys
            ]
        resources.append(
            {
                "name": name,
                "path": f"{name}.parquet",
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "description": t.description,
                "bytes": info.bytes,
                "hash": f"sha256:{info.sha256}",
                "schema": schema,
            }
        )
    return {
        "name": "coldwar-sources",
        "title": "Cold War source documents: documents, passages, events, entities, mentions and links",
        "version": version,
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 (the pipeline's tables; source texts keep their own rights, see documents.rights)"}],
        "resources": resources,
    }


def schema_markdown() -> str:
    parts = []
    for t in declared_tables().values():
        parts.append(f"### {t.name}\n\n{t.description}\n\nKey: `{', '.join(t.primary_key)}`\n")
        parts.append("| column | type | null | description |\n| --- | --- | --- | --- |")
        for c in t.columns:
            allowed = f" One of: {', '.join(c.allowed)}." if c.allowed else ""
            parts.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.description}{allowed} |")
        parts.append("")
    return "\n".join(parts)


EVENT_METHODS = {
    "document_metadata": "the document itself: a cable, telegram or letter sent on its date by its sender to its recipients",
    "cable_header": "the receipt line of a cable's header (\"from [BEIJING] received 1500 13 July 1951\")",
    "cable_trailer": "the handling lines of a cable's trailer (deciphered, printed)",
    "dated_sentence": "a sentence that writes a date (a missing year taken from the text before it or the document, marked inferred)",
    "relative_date": "a sentence dated from another event (\"Stalin replied:\" answers the last dated message; \"five days later\")",
    "document_act": "the writer's own act in a letter (\"We agree ...\"), a resolution's decision, a conversation turn, dated by the document",
    "undated_sentence": "a completed act stated without a date (\"an agreement has already been reached\"; start unknown, end at most the document's date) or a plan",
}


def dataset_card(version: str, rows: dict[str, int]) -> str:
    counts = "\n".join(f"| {name} | {n} |" for name, n in rows.items())
    taxonomy = "\n".join(f"| `{k}` | {d} | {p or '-'} |" for k, (d, p) in EVENT_TYPES.items())
    methods = "\n".join(f"| `{k}` | {d} |" for k, d in EVENT_METHODS.items())
    return f"""# Cold War source documents, release {version}

Archival records (cables, telegrams, letters) and book pages about the Cold
War, turned into tables of documents, passages, events, entities, mentions
and links. Every passage carries the character offsets of its text in the
seed file it was read from; every event and mention carries the words it was
read from and their offsets in its passage.

## Load it

```python
import pandas as pd
events = pd.read_parquet("events.parquet")
```

```sql
-- duckdb dataset.duckdb
FROM documents;
SELECT * FROM duckdb_columns() WHERE table_name = 'passages';   -- column descriptions
```

Full-text search over passages (load the extension shipped by the
`duckdb-extension-fts` package, or `LOAD fts` where downloads are allowed):

```sql
SELECT passage_id, text, fts_main_passages.match_bm25(passage_id, 'armistice') AS score
FROM passages WHERE score IS NOT NULL ORDER BY score DESC LIMIT 10;
```

Seeds that could not be read are listed in `rejects.parquet` with the stage
and a message saying what to do. `timeline.md` lists every event in date order.

## Rows

| table | rows |
| --- | --- |
{counts}

## Event types

| event_type | meaning | PLOVER |
| --- | --- | --- |
{taxonomy}

Actors are entity ids (`source_entity_ids`, `target_entity_ids`) of the
`entities` table, the project's gazetteer: people, places and organisations
with every surface form seen (Filippov is Stalin; "Kim II Sung" is an OCR
form of Kim Il Sung; Кайдзъё is Kaesong). States (North Korea, the Soviet
Union) are places that can act. `mentions` lists every name in every
passage, resolved or not.

## How events were read

| method | meaning |
| --- | --- |
{methods}

The same happening reported by several documents (a book quoting a telegram
that is itself in the dataset; two translations of one conversation) keeps
one row per report, and the rows share an `event_key`: the kind of act
(a cable and every act its writer performs in it are one communication; a
conversation and its turns are one meeting), the day and the actors' entity
ids:

```sql
SELECT event_key, list(doc_id) FROM events GROUP BY ALL HAVING count(DISTINCT doc_id) > 1;
```

`links` pairs passages of different documents that share wording (hashed
word 3-gram shingles, confirmed by fuzzy matching): `quotation` (a book
quoting a record), `same_text`, `translation_variant`.

## Schema

{schema_markdown()}"""


def changelog_markdown(version: str, previous: str | None, changes: dict) -> str:
    lines = [f"# {version}", "", f"Previous release: {previous or 'none (first release)'}", ""]
    for label in ("added", "removed", "changed"):
        ids = changes[label]
        lines.append(f"- documents {label}: {len(ids)}" + (f" ({md_text(', '.join(ids))})" if ids else ""))
    lines += ["", "| table | rows before | rows now |", "| --- | --- | --- |"]
    for name, (before, now) in changes["rows"].items():
        lines.append(f"| {name} | {'-' if before is None else before} | {'-' if now is None else now} |")
    return "\n".join(lines) + "\n"


_CROISSANT_CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileObject": "cr:fileObject",
    "fileProperty": "cr:fileProperty",
    "isLiveDataset": "cr:isLiveDataset",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "repeated": "cr:repeated",
    "sc": "https://schema.org/",
    "source": "cr:source",
}
_CROISSANT_TYPES = {"string": "sc:Text", "int64": "sc:Integer", "float64": "sc:Float", "bool": "sc:Boolean", "date": "sc:Date"}


def croissant(version: str, built: dict[str, FileInfo]) -> dict:
    """The release as an ML Commons Croissant 1.0 description (files, record sets, fields)."""
    distribution = [
        {
            "@type": "cr:FileObject",
            "@id": f"{name}.parquet",
            "name": f"{name}.parquet",
            "contentUrl": f"{name}.parquet",
            "encodingFormat": "application/x-parquet",
            "sha256": info.sha256,
        }
        for name, info in built.items()
    ]
    record_sets = []
    for name in built:
        t = declared_tables()[name]
        fields = []
        for c in t.columns:
            scalar = c.type.removeprefix("list<").removesuffix(">")
            field = {
                "@type": "cr:Field",
                "@id": f"{name}/{c.name}",
                "name": c.name,
                "description": c.description,
                "dataType": _CROISSANT_TYPES.get(scalar, "sc:Text"),
                "source": {"fileObject": {"@id": f"{name}.parquet"}, "extract": {"column": c.name}},
            }
            if c.type.startswith("list<"):
                field["repeated"] = True
            fields.append(field)
        record_sets.append(
            {
                "@type": "cr:RecordSet",
                "@id": name,
                "name": name,
                "description": t.description,
                "key": [{"@id": f"{name}/{k}"} for k in t.primary_key],
                "field": fields,
            }
        )
    return {
        "@context": _CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": "coldwar-sources",
        "description": "Cold War archival records and book pages as tables of documents, passages and events, each row traceable to the characters of its source file.",
        "version": version,
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "distribution": distribution,
        "recordSet": record_sets,
    }


_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MARKDOWN = re.compile(r"([\\`*_\[\]!|~])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=\bwww)(\.)")


def md_text(text: str | None) -> str:
    """Seed text made inert in Markdown and HTML: one line; HTML, emphasis, links, images and table pipes escaped;
    bare addresses not turned into links; bidirectional and other control characters shown as their code points."""
    if text is None:
        return ""
    text = " ".join(str(text).split())
    text = _BIDI.sub(lambda m: f"U+{ord(m.group()):04X}", text)
    text = _CONTROL.sub("", text)
    text = "".join(_HTML.get(c, c) for c in text)
    text = _MARKDOWN.sub(r"\\\1", text)
    return _AUTOLINK.sub(lambda m: "&#58;" if m.group(1) else "&#46;", text)


def timeline_markdown(version: str, events: list[dict]) -> str:
    """The events in date order, one line each: the dataset card's timeline page.

    ``events`` are rows of events joined to their document's title, ordered
    by date; undated events (acts the text states without a date) close the page.
    """
    lines = [
        f"# Timeline of events, release {version}",
        "",
        "Every dated event of the release in date order (undated ones last). An inferred date",
        "(a year carried over from context, a relative date) is marked with ~. The evidence is",
        "the words of the passage the event was read from.",
        "",
        "| date | event | who | to whom | evidence | document |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for e in events:
        day = "undated" if e["start_date"] is None else _period(e)
        evidence = " ".join(e["evidence_text"].split())
        if len(evidence) > 160:
            evidence = evidence[:157] + "..."
        cells = [
            day, f"`{e['event_type']}`", md_text(", ".join(e["source_names"])) or "-", md_text(", ".join(e["target_names"])) or "-",
            md_text(evidence), f"{md_text(e['doc_id'])}: {md_text(e['title'])}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _period(event: dict) -> str:
    start = event["start_date"]
    text = {"year": f"{start:%Y}", "month": f"{start:%Y-%m}"}.get(event["date_precision"], start.isoformat())
    if event["start_time"]:
        text += f" {event['start_time']}"
    return f"~{text}" if event["is_date_inferred"] else text
