"""The views and macros of dataset.duckdb, from ``sql/views.sql``."""

from __future__ import annotations

from pathlib import Path

import duckdb

VIEWS_SQL = Path(__file__).parent / "sql" / "views.sql"


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """Runs every statement of views.sql on a database that holds the dataset's tables."""
    con.execute(VIEWS_SQL.read_text(encoding="utf-8"))


def view_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' ORDER BY 1").fetchall()]
