"""Full-text search over passages that stems each language by its own rules.

DuckDB's full-text index takes one stemmer, so the release holds one index
per language that has a Snowball stemmer (English passages stemmed as
English, Russian as Russian: "negotiation" finds "negotiations", "перемирие"
finds "перемирия") and one unstemmed index for the other passages. The table
macro ``search_passages(q)`` asks every index and returns the hits ranked by
BM25, so a user never names an index.

The indexes are plain tables and macros inside ``dataset.duckdb``; only the
``stem`` function comes from the ``fts`` extension, which a reader loads
(``LOAD fts``) from the ``duckdb-extension-fts`` package, offline.
"""

from __future__ import annotations

import duckdb

from pipeline.publish import sql

# ISO 639-1 code -> Snowball stemmer of DuckDB's fts extension.
STEMMERS = {
    "ar": "arabic", "eu": "basque", "ca": "catalan", "da": "danish", "nl": "dutch", "en": "english",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian",
    "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian", "ne": "nepali", "no": "norwegian",
    "nb": "norwegian", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sh": "serbian", "es": "spanish",
    "sv": "swedish", "ta": "tamil", "tr": "turkish",
}
OTHER = "other"


def index_groups(con: duckdb.DuckDBPyConnection) -> dict[str, list[str | None]]:
    """Index name suffix -> the passage languages it covers (one per stemmed language, 'other' for the rest)."""
    languages = [row[0] for row in con.execute("SELECT DISTINCT language FROM passages ORDER BY language NULLS LAST").fetchall()]
    groups: dict[str, list[str | None]] = {}
    for language in languages:
        groups.setdefault(language if language in STEMMERS else OTHER, []).append(language)
    return groups


def _language_filter(languages: list[str | None]) -> sql.SQL:
    """The passages of an index's languages, as SQL of quoted literals (the codes are the detector's ISO codes)."""
    named = [sql.literal(code) for code in languages if code is not None]
    parts = ["language IN (" + ", ".join(named) + ")"] if named else []
    if None in languages:
        parts.append("language IS NULL")
    return sql.SQL(" OR ".join(parts) or "false")


def create_search_indexes(con: duckdb.DuckDBPyConnection) -> list[str]:
    """One full-text index per language group of ``passages`` and the ``search_passages`` macro; returns the groups."""
    con.execute("CREATE SCHEMA IF NOT EXISTS search")
    groups = index_groups(con)
    for group, languages in groups.items():
        stemmer = STEMMERS.get(group, "none")
        stopwords = "english" if group == "en" else "none"
        accents = "0" if group == "ru" else "1"  # й and ё carry Russian endings; the stemmer needs them
        table = f"passages_{group}"
        con.execute(sql.render("search_group", table=table))
        con.execute(sql.render("search_index", input=sql.literal(f"search.{table}"), stemmer=sql.literal(stemmer),
                               stopwords=sql.literal(stopwords), accents=sql.SQL(accents)))
        con.execute(sql.render("search_group_rows", table=table),
                    {"languages": [code for code in languages if code is not None], "unknown": None in languages})
        con.execute(sql.render("search_fill", schema=f"fts_search_{table}", table=table, stemmer=sql.literal(stemmer)))
        # The index keeps its own copy of the terms; the input table is no longer needed.
        con.execute(sql.render("search_drop", table=table))
    _create_macro(con, groups)
    return list(groups)


def update_search_indexes(con: duckdb.DuckDBPyConnection) -> bool:
    """Brings the indexes of a database whose ``passages`` changed up to date, from the passages left in ``gone_passages``
    and those (re)inserted in ``came_passages`` (see ``pipeline.publish.database``); False when the language groups
    changed, which needs ``create_search_indexes`` (after dropping the old ones)."""
    groups = index_groups(con)
    found = [row[0] for row in con.execute(sql.load("database_fts_schemas")).fetchall()]
    if sorted(found) != sorted(f"fts_search_passages_{group}" for group in groups):
        return False
    for group, languages in groups.items():
        con.execute(sql.render("database_fts_update", schema=f"fts_search_passages_{group}",
                               stemmer=sql.literal(STEMMERS.get(group, "none")), languages=_language_filter(languages)))
    _create_macro(con, groups)
    return True


def _create_macro(con: duckdb.DuckDBPyConnection, groups: dict[str, list[str | None]]) -> None:
    con.execute(search_macro_sql(groups))
    con.execute(
        "COMMENT ON MACRO TABLE search_passages IS 'Passages matching the words of q, best first (BM25; each language "
        "stemmed by its own rules): FROM search_passages(''negotiation''). Needs the fts extension: LOAD fts.'"
    )


def search_macro_sql(groups: dict[str, list[str | None]]) -> str:
    hits = [sql.render("search_hit", index=f"fts_search_passages_{group}", languages=_language_filter(languages)) for group, languages in groups.items()]
    union = sql.SQL("\n    UNION ALL\n    ".join(hits) or "SELECT NULL::VARCHAR AS passage_id, NULL::DOUBLE AS score WHERE false")
    return sql.render("search_macro", hits=union)
