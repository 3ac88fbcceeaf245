"""Texts of a release: the dataset card (README.md), the changelog and the timeline page."""

from __future__ import annotations

import datetime as dt

import yaml

from pipeline.normalize.lexicon import lexicon
from pipeline.publish.citation import (
    DATASET_LICENSE,
    DATASET_LICENSE_TITLE,
    DATASET_LICENSE_URL,
    bibtex,
    cite_as,
)
from pipeline.publish.escape import markdown_text
from pipeline.publish.layout import table_file
from pipeline.publish.questions import Question, questions, version_schema
from pipeline.publish.search import STEMMERS
from schemas import tables as declared_tables
from schemas import vocabulary

# The event types, their meaning and PLOVER code: the vocabulary in schemas/vocabularies/event_types.yaml.
# The Russian examples the card shows (pipeline/reference/lang/ru.yaml).
_STEMMING = lexicon("ru")["card_stemming"]
_ALIAS = lexicon("ru")["card_alias"]
EVENT_TYPES = {row["event_type"]: (row["meaning"], row["plover"]) for row in vocabulary("event_types")}


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
    "tense_sentence": "a sentence without a date, dated from its verbs and the day the text speaks from: a past act on or before it (upper_bound), a state going on about it (approximate), a decided plan undated; a record's acts on its meeting's day",
}


def front_matter(version: str, languages: list[str], tables: list[str]) -> str:
    """The card's YAML header: what the Hugging Face Hub and ``datasets.load_dataset`` read (one config per table)."""
    header = {
        "pretty_name": "Cold War source documents",
        "license": "cc-by-4.0",
        "version": version,
        "language": languages,
        "tags": ["history", "cold-war", "archives", "event-data"],
        "configs": [
            {"config_name": name, "data_files": [{"split": "train", "path": table_file(name)}], **({"default": True} if name == DEFAULT_CONFIG else {})}
            for name in tables
        ],
    }
    return "---\n" + yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=100) + "---\n"


DEFAULT_CONFIG = "passages"


def _sql_block(question: Question) -> str:
    first = "" if question.database == "dataset.duckdb" else f"-- duckdb {question.database}\n"
    return f"```sql\n{first}{question.sql}\n```"


def views_markdown() -> str:
    rows = [f"| `{name}` | {what} | {example} |" for name, (what, example) in VIEWS.items()]
    return "| view or macro | what it answers | example |\n| --- | --- | --- |\n" + "\n".join(rows)


VIEWS = {
    "search_passages(q)": ("passages matching the words of `q`, best first (BM25, stemmed per language); needs `LOAD fts`", "questions 1 and 2"),
    "event_details": ("events with their document's title, type and date, and the actors' names", "question 3"),
    "citations": ("one row per archival citation of a document: archive, fond, opis, delo, papka, folios", "question 4"),
    "entity_mentions": ("every mention with its entity's canonical name and its passage's language and text", "below"),
    "mentions_of(who)": ("the mentions of one entity, named by id, canonical name or any alias", "question 5"),
    "link_details": ("text-reuse links from each side, with both passages and both documents' titles", "question 6"),
    "aligned_passages": ("passages of bilingual records beside their counterpart in the other language", "question 7"),
    "event_evidence": ("each event's evidence inside its passage: before, evidence, after", "question 8"),
    "correspondence": ("who wrote to whom: messages sent per sender and recipient, first and last date", "question 9"),
}


def dataset_card(version: str, released: dt.date, rows: dict[str, int], languages: list[str], search_groups: list[str]) -> str:
    counts = "\n".join(f"| [{name}]({table_file(name)}) | {n} |" for name, n in rows.items())
    taxonomy = "\n".join(f"| `{k}` | {d} | {p or '-'} |" for k, (d, p) in EVENT_TYPES.items())
    methods = "\n".join(f"| `{k}` | {d} |" for k, d in EVENT_METHODS.items())
    asked = "\n\n".join(f"{i}. {q.question}\n\n{_sql_block(q)}" for i, q in enumerate(questions(version), start=1))
    stemmed = ", ".join(f"`{g}`" for g in search_groups if g in STEMMERS) or "none"
    return f"""{front_matter(version, languages, list(rows))}
# Cold War source documents, release {version}

Released {released.isoformat()}. Archival records (cables, telegrams, letters)
and book pages about the Cold War, turned into tables of documents, passages,
events, entities, mentions and links. Every passage carries the character
offsets of its text in the seed file it was read from; every event and
mention carries the words it was read from and their offsets in its passage.
[`index.html`](index.html) pictures the release: the events on a timeline,
who wrote to whom, the documents per year and per source, and every table's
columns.

## How to cite

> {cite_as(version, released)}

The same in BibTeX, and in [`CITATION.cff`](CITATION.cff) for reference
managers:

```bibtex
{bibtex(version, released)}
```

Cite the version: a release never changes once published, so the version
names exactly the rows you used. The release date is the time of the code's
last commit (or `SOURCE_DATE_EPOCH` when the publisher set it), so a rebuild
gives the same bytes.

**Licence.** The dataset's own work (the tables, ids, extracted events,
entities and links) is under the {DATASET_LICENSE_TITLE} licence
([{DATASET_LICENSE}]({DATASET_LICENSE_URL})). The texts of the sources keep
the rights of their holders, stated for each document in `rights` (the
source's own words) and `rights_type`: `research_and_education` (reuse
welcomed for research and education, commercial use by permission),
`released_to_public` (released to the public by the agency that made it), or
`unknown` (the source states no terms: quote it for research, and reuse it
only as its rights holder allows).

## Load it

The tables are Parquet files in `data/`, one per table:

```python
import pandas as pd
events = pd.read_parquet("data/events.parquet", dtype_backend="pyarrow")   # nullable ints and lists kept exactly
print(events[["event_id", "event_type", "start_date"]].head())
```

```python
import polars as pl
print(pl.read_parquet("data/documents.parquet").select("doc_id", "title", "rights_type").head())
```

With Hugging Face `datasets`, each table is a configuration (`{DEFAULT_CONFIG}` by default):

```python
from pathlib import Path

from datasets import load_dataset

release = str(Path(".").resolve())   # this folder, by a name: datasets does not take "."
passages = load_dataset(release, split="train")
events = load_dataset(release, "events", split="train")
print(passages, events)
```

In DuckDB, `dataset.duckdb` holds the same tables with their primary and
foreign keys, a comment on every column, the views and macros below and
full-text indexes:

```sh
duckdb dataset.duckdb -c "SELECT doc_id, title FROM documents LIMIT 5"
duckdb dataset.duckdb -c "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'events'"
```

## Search

`search_passages(q)` ranks passages by BM25. Each language is indexed with
its own stemmer (stemmed here: {stemmed}; other languages are matched word
for word), so "negotiation" finds "negotiations" and "{_STEMMING[0]}" finds
"{_STEMMING[1]}". The `stem` function comes from DuckDB's `fts` extension:
`LOAD fts` loads it, from the `duckdb-extension-fts` package where DuckDB was
installed with pip (nothing is downloaded; `pip install duckdb-cli==1.5.5
duckdb-extension-fts==1.5.5`, then once `duckdb -c "INSTALL '<site-packages>/duckdb_extension_fts/extensions/v1.5.5/fts.duckdb_extension'"`),
or from DuckDB's own repository where downloads are allowed:

```sh
duckdb dataset.duckdb -c "LOAD fts; SELECT score, doc_id, left(text, 60) AS text FROM search_passages('negotiation') LIMIT 5"
```

From Python, load the packaged extension by its path:

```python
from pathlib import Path

import duckdb
import duckdb_extension_fts

fts = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{{duckdb.__version__}}" / "fts.duckdb_extension"
con = duckdb.connect("dataset.duckdb", read_only=True)
con.load_extension(str(fts))
print(con.sql("SELECT score, doc_id, title FROM search_passages('negotiation') LIMIT 5"))
```

## Ten questions, one query each

Run them in `duckdb dataset.duckdb` (the last one in the history of every
release, `duckdb ../../history.duckdb` from this folder in `dist/`).

{asked}

## Views and macros

{views_markdown()}

The entities named most often, in how many languages:

```sql
SELECT entity_name, count(*) AS mentions, count(DISTINCT language) AS languages FROM entity_mentions
WHERE entity_id IS NOT NULL GROUP BY ALL ORDER BY mentions DESC LIMIT 5;
```

`duckdb_views()` and `duckdb_functions()` show each one's description. The
foreign keys between tables are declared in `dataset.duckdb`
(`FROM duckdb_constraints()`), except the one from a passage to its aligned
passage in the same table, which DuckDB cannot hold; entity ids inside list
columns (`source_entity_ids`, `target_entity_ids`) are checked when the
release is built.

## Every release, in SQL

Releases are never rewritten. Beside them, `dist/history.duckdb` holds every
published release, one schema per version (`{version_schema(version)}` for
this one) and a `releases` table listing them, so "what did release X say" is
one query (see the last question above). `python -m pipeline diff A B`
lists the rows added, removed and changed per table between two releases.

## Rows

| table | rows |
| --- | --- |
{counts}

Seeds that could not be read are listed in `rejects` with the stage and a
message saying what to do. `timeline.md` lists every event in date order, one
page per year (`timeline/<year>.md`).

## Event types

| event_type | meaning | PLOVER |
| --- | --- | --- |
{taxonomy}

Actors are entity ids (`source_entity_ids`, `target_entity_ids`) of the
`entities` table, the project's gazetteer: people, places and organisations
with every surface form seen (Filippov is Stalin; "Kim II Sung" is an OCR
form of Kim Il Sung; {_ALIAS[0]} is {_ALIAS[1]}). States (North Korea, the Soviet
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
SELECT event_key, list(DISTINCT doc_id) AS documents FROM events GROUP BY ALL HAVING count(DISTINCT doc_id) > 1;
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
        lines.append(f"- documents {label}: {len(ids)}" + (f" ({markdown_text(', '.join(ids))})" if ids else ""))
    moved = changes.get("moved", [])
    if moved:
        lines += ["", "Paths moved (a major change: update the paths you load from):", ""]
        lines += [f"- `{old}` is now `{new}`" for old, new in moved]
    lines += ["", "| table | rows before | rows now |", "| --- | --- | --- |"]
    for name, (before, now) in changes["rows"].items():
        lines.append(f"| {name} | {'-' if before is None else before} | {'-' if now is None else now} |")
    return "\n".join(lines) + "\n"


def timeline_markdown(version: str, events: list[dict]) -> str:
    """The events in date order on one page, one line each (the release splits them over pages: ``pipeline.publish.timeline``).

    ``events`` are rows of events joined to their document's title, ordered
    by date; undated events (acts the text states without a date) close the page.
    """
    header = timeline_header(f"Timeline of events, release {version}")
    return "\n".join(header + [timeline_line(e) for e in events]) + "\n"


_TIMELINE_NOTE = [
    "An inferred date (a year carried over from context, a relative date) is marked with ~. The evidence",
    "is the words of the passage the event was read from.",
]


def timeline_header(title: str, links: str = "") -> list[str]:
    """The lines above a timeline page's events: its title, links to the other pages, the note and the table's head."""
    return [
        f"# {title}",
        "",
        *([links, ""] if links else []),
        *_TIMELINE_NOTE,
        "",
        "| date | event | who | to whom | evidence | document |",
        "| --- | --- | --- | --- | --- | --- |",
    ]


def timeline_index(version: str, pages: list[tuple[int | None, int, int, str]]) -> str:
    """``timeline.md``: the years of the timeline, each with its events and its pages (year, part, events, file of
    each page, in date order; a year None holds the undated events, which come last)."""
    years: dict[int | None, list[tuple[int, int, str]]] = {}
    for year, part, events, file in pages:
        years.setdefault(year, []).append((part, events, file))
    rows = []
    for year, parts in years.items():
        name = "undated" if year is None else str(year)
        links = ", ".join(f"[{name if len(parts) == 1 else part}]({file})" for part, _, file in parts)
        rows.append(f"| {name} | {sum(events for _, events, _ in parts):,} | {links} |")
    total = sum(events for _, _, events, _ in pages)
    return "\n".join([
        f"# Timeline of events, release {version}",
        "",
        f"Every event of the release ({total:,}) in date order, on one page per year (a year with more",
        "events than a page holds goes on over several); events the sources state without a date close",
        "the list. Each page lists its events with who, to whom, the evidence and the document.",
        *_TIMELINE_NOTE,
        "",
        "| year | events | pages |",
        "| --- | --- | --- |",
        *rows,
    ]) + "\n"


def timeline_line(e: dict) -> str:
    """One event's line of the timeline page: it depends only on the event's columns the page shows and its document's title."""
    day = "undated" if e["start_date"] is None else _period(e)
    cells = [
        day, f"`{e['event_type']}`", markdown_text(", ".join(e["source_names"])) or "-",
        markdown_text(", ".join(e["target_names"])) or "-", markdown_text(e["evidence_text"], limit=160),
        f"{markdown_text(e['doc_id'])}: {markdown_text(e['title'])}",
    ]
    return "| " + " | ".join(cells) + " |"


def _period(event: dict) -> str:
    start = event["start_date"]
    text = {"year": f"{start:%Y}", "month": f"{start:%Y-%m}"}.get(event["date_precision"], start.isoformat())
    if event["start_time"]:
        text += f" {event['start_time']}"
    return f"~{text}" if event["is_date_inferred"] else text
