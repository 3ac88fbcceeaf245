"""Assembling the per-seed staged tables into the dataset's tables, with DuckDB.

Reads every staged Parquet file of each table, gives a document id that two
seeds share (the same record from two sites) a seed-specific suffix for all
but the first seed, adds the tables that need the whole corpus (entities:
the gazetteer; links: text reuse across documents), and checks that ids are
unique and every foreign key resolves (entity ids inside list columns
included) before writing the assembled tables.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline import tables
from pipeline.normalize.names import gazetteer
from pipeline.publish.duck import connect
from pipeline.publish.links import links_table
from pipeline.publish.parquet import FileInfo, write_table
from schemas import Table
from schemas import tables as declared_tables


class IntegrityError(RuntimeError):
    """The assembled tables break a key or a foreign key; the message lists the offending values."""


def _register(con: duckdb.DuckDBPyConnection, name: str, files: list[Path]) -> None:
    if files:
        listing = ", ".join(f"'{f}'" for f in sorted(files))
        con.execute(f"CREATE TEMP TABLE staged_{name} AS SELECT * EXCLUDE (filename), parse_filename(filename) AS _seed_part FROM read_parquet([{listing}], filename = true)")
    else:
        con.register(f"empty_{name}", tables.empty(name))
        con.execute(f"CREATE TEMP TABLE staged_{name} AS SELECT *, ''::VARCHAR AS _seed_part FROM empty_{name}")


def _id_map(con: duckdb.DuckDBPyConnection) -> None:
    """Document ids made unique: the first seed (by file name) keeps the id, others get '~<sha8>'."""
    con.execute(
        """
        CREATE TEMP TABLE id_map AS
        SELECT _seed_part, doc_id AS old_id,
               CASE WHEN row_number() OVER (PARTITION BY doc_id ORDER BY seed_file) = 1 THEN doc_id
                    ELSE doc_id || '~' || left(seed_sha256, 8) END AS new_id
        FROM staged_documents
        """
    )


def _renamed(con: duckdb.DuckDBPyConnection, t: Table) -> pa.Table:
    """The staged rows of ``t`` with document ids (and ids built on them) renamed through id_map."""
    id_columns = {"doc_id", "passage_id", "event_id", "mention_id", "aligned_passage_id"} & set(t.column_names)
    select = []
    for c in t.column_names:
        if c == "event_key":  # an unkeyed event's key is its own id, renamed with it
            select.append("CASE WHEN m.old_id IS NULL OR s.event_key <> s.event_id THEN s.event_key ELSE m.new_id || substr(s.event_key, length(m.old_id) + 1) END AS event_key")
        elif c in id_columns:
            select.append(f"CASE WHEN m.old_id IS NULL THEN s.{c} ELSE m.new_id || substr(s.{c}, length(m.old_id) + 1) END AS {c}")
        else:
            select.append(f"s.{c}")
    join = "LEFT JOIN id_map m ON m._seed_part = s._seed_part" if "doc_id" in id_columns else "LEFT JOIN (SELECT NULL AS old_id, NULL AS new_id) m ON false"
    return con.execute(f"SELECT {', '.join(select)} FROM staged_{t.name} s {join}").fetch_arrow_table()


ASSEMBLED_TABLES = ("entities", "links")
_LIST_REFERENCES = (("events", "source_entity_ids"), ("events", "target_entity_ids"))
_ENTITY_TYPES = {"person": "person", "place": "place", "organisation": "organisation"}


def entities_table() -> pa.Table:
    """The gazetteer as the entities table."""
    rows = [
        {
            "entity_id": e.id,
            "name": e.name,
            "entity_type": _ENTITY_TYPES[e.kind],
            "aliases": list(e.aliases),
            "is_state": e.is_state,
            "wikidata_id": e.wikidata,
            "note": e.note,
        }
        for e in gazetteer()
    ]
    return tables.from_rows("entities", rows)


def _list_reference_problems(con: duckdb.DuckDBPyConnection, names: list[str]) -> list[str]:
    problems = []
    for name, column in _LIST_REFERENCES:
        if name in names and "entities" in names:
            missing = con.execute(
                f"SELECT DISTINCT x FROM (SELECT unnest({column}) AS x FROM {name}) ANTI JOIN entities e ON x = e.entity_id LIMIT 5"
            ).fetchall()
            if missing:
                problems.append(f"{name}.{column} -> entities.entity_id: unresolved {[m[0] for m in missing]}")
    return problems


def check_integrity(con: duckdb.DuckDBPyConnection, names: list[str]) -> list[str]:
    """Broken keys and foreign keys among the tables registered under their own names."""
    problems = []
    for name in names:
        t = declared_tables()[name]
        key = ", ".join(t.primary_key)
        dupes = con.execute(f"SELECT {key}, count(*) n FROM {name} GROUP BY ALL HAVING n > 1 LIMIT 5").fetchall()
        if dupes:
            problems.append(f"{name}: duplicate {key}: {dupes}")
        for fk in t.foreign_keys:
            if fk.table not in names:
                continue
            col, ref = fk.columns[0], fk.ref_columns[0]
            missing = con.execute(
                f"SELECT DISTINCT s.{col} FROM {name} s ANTI JOIN {fk.table} r ON s.{col} = r.{ref} WHERE s.{col} IS NOT NULL LIMIT 5"
            ).fetchall()
            if missing:
                problems.append(f"{name}.{col} -> {fk.table}.{ref}: unresolved {[m[0] for m in missing]}")
    return problems + _list_reference_problems(con, names)


def assemble(staged: dict[str, list[Path]], out_dir: Path) -> dict[str, FileInfo]:
    """The dataset's tables from the staged per-seed files, plus entities and links; raises IntegrityError when keys break."""
    con = connect()
    for name, files in staged.items():
        _register(con, name, files)
    _id_map(con)
    assembled = {name: _renamed(con, declared_tables()[name]) for name in staged}
    assembled["entities"] = entities_table()
    for name, data in assembled.items():
        con.register(name, data)
    if "passages" in assembled and "documents" in assembled:
        assembled["links"] = links_table(con)
        con.register("links", assembled["links"])
    problems = check_integrity(con, list(assembled))
    if problems:
        raise IntegrityError("the assembled tables break their keys:\n" + "\n".join(problems))
    return {name: write_table(name, data, out_dir / f"{name}.parquet") for name, data in assembled.items()}
