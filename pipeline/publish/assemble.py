"""Assembling the per-seed staged tables into the dataset's tables, with DuckDB.

Reads every staged Parquet file of each table, gives a document id that two
seeds share (the same record from two sites) a seed-specific suffix for all
but the first seed, and checks that ids are unique and every foreign key
resolves before writing the assembled tables.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline import tables
from pipeline.publish.duck import connect
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
    id_columns = {"doc_id", "passage_id", "event_id", "aligned_passage_id"} & set(t.column_names)
    select = []
    for c in t.column_names:
        if c in id_columns:
            select.append(f"CASE WHEN m.old_id IS NULL THEN s.{c} ELSE m.new_id || substr(s.{c}, length(m.old_id) + 1) END AS {c}")
        else:
            select.append(f"s.{c}")
    join = "LEFT JOIN id_map m ON m._seed_part = s._seed_part" if "doc_id" in id_columns else "LEFT JOIN (SELECT NULL AS old_id, NULL AS new_id) m ON false"
    return con.execute(f"SELECT {', '.join(select)} FROM staged_{t.name} s {join}").fetch_arrow_table()


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
    return problems


def assemble(staged: dict[str, list[Path]], out_dir: Path) -> dict[str, FileInfo]:
    """The dataset's tables from the staged per-seed files; raises IntegrityError when keys break."""
    con = connect()
    for name, files in staged.items():
        _register(con, name, files)
    _id_map(con)
    assembled = {name: _renamed(con, declared_tables()[name]) for name in staged}
    for name, data in assembled.items():
        con.register(name, data)
    problems = check_integrity(con, list(assembled))
    if problems:
        raise IntegrityError("the assembled tables break their keys:\n" + "\n".join(problems))
    return {name: write_table(name, data, out_dir / f"{name}.parquet") for name, data in assembled.items()}
