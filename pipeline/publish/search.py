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

# ISO 639-1 code -> Snowball stemmer of DuckDB's fts extension.
STEMMERS = {
    "ar": "arabic", "eu": "basque", "ca": "catalan", "da": "danish", "nl": "dutch", "en": "english",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian",
    "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian", "ne": "nepali", "no": "norwegian",
    "nb": "norwegian", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "es": "spanish",
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


def _language_filter(languages: list[str | None]) -> str:
    named = [f"'{code}'" for code in languages if code is not None]
    parts = [f"language IN ({', '.join(named)})"] if named else []
    if None in languages:
        parts.append("language IS NULL")
    return " OR ".join(parts) or "false"


def create_search_indexes(con: duckdb.DuckDBPyConnection) -> list[str]:
    """One full-text index per language group of ``passages`` and the ``search_passages`` macro; returns the groups."""
    con.execute("CREATE SCHEMA IF NOT EXISTS search")
    groups = index_groups(con)
    for group, languages in groups.items():
        stemmer = STEMMERS.get(group, "none")
        stopwords = "english" if group == "en" else "none"
        accents = 0 if group == "ru" else 1  # й and ё carry Russian endings; the stemmer needs them
        con.execute(f"CREATE TABLE search.passages_{group} AS SELECT passage_id, text FROM passages WHERE {_language_filter(languages)}")
        con.execute(
            f"PRAGMA create_fts_index('search.passages_{group}', 'passage_id', 'text', "
            f"stemmer = '{stemmer}', stopwords = '{stopwords}', strip_accents = {accents}, lower = 1)"
        )
        # The index keeps its own copy of the terms; the input table is no longer needed.
        con.execute(f"DROP TABLE search.passages_{group}")
    con.execute(search_macro_sql(groups))
    con.execute(
        "COMMENT ON MACRO TABLE search_passages IS 'Passages matching the words of q, best first (BM25; each language "
        "stemmed by its own rules): FROM search_passages(''negotiation''). Needs the fts extension: LOAD fts.'"
    )
    return list(groups)


def search_macro_sql(groups: dict[str, list[str | None]]) -> str:
    hits = "\n    UNION ALL\n    ".join(
        f"SELECT passage_id, fts_search_passages_{group}.match_bm25(passage_id, q) AS score FROM passages WHERE {_language_filter(languages)}"
        for group, languages in groups.items()
    ) or "SELECT NULL::VARCHAR AS passage_id, NULL::DOUBLE AS score WHERE false"
    return f"""
CREATE OR REPLACE MACRO search_passages(q) AS TABLE
SELECT round(h.score, 3) AS score, p.passage_id, p.doc_id, d.title, p.language, p.text
FROM (
    {hits}
) h
JOIN passages p USING (passage_id)
JOIN documents d USING (doc_id)
WHERE h.score IS NOT NULL
ORDER BY h.score DESC, p.passage_id
"""
