"""Text reuse between passages of different documents: hashed word 3-gram shingles joined in DuckDB.

A book quotes a telegram with an editorial "[W]e" for "We"; two translations
of one conversation share most of their three-word runs but not all; the same
record published twice shares nearly every one. Passages are cut into
lower-cased word 3-grams, hashed, and joined on the hash, so only passages
that share wording are ever compared (no all-pairs matching). A pair is kept
when it shares enough shingles; rapidfuzz then confirms the wording lines up
and the pair is typed by its source kinds and similarity.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa
from rapidfuzz import fuzz

MIN_SHARED = 5          # distinct shingles in common (four is a shared title formula)
MIN_CONTAINMENT = 0.3   # of the shorter passage's shingles
MIN_PARTIAL_RATIO = 60  # rapidfuzz confirmation of the candidate pair
SAME_TEXT = 0.8         # Jaccard at or above: the same wording

_SHINGLES_SQL = """
CREATE OR REPLACE TEMP TABLE shingles AS
WITH words AS (
    SELECT p.passage_id, p.doc_id, d.source_type,
           list_filter(string_split(regexp_replace(lower(p.text), '[^[:alnum:]]+', ' ', 'g'), ' '), w -> w <> '') AS w
    FROM passages p JOIN documents d USING (doc_id)
    WHERE p.passage_type NOT IN ('header', 'stamp', 'trailer', 'elision', 'signature')
)
SELECT DISTINCT passage_id, doc_id, source_type, hash(array_to_string(w[i:i + 2], ' ')) AS h
FROM words, range(1, len(w) - 1) AS r(i)
WHERE len(w) >= 3
"""

_CANDIDATES_SQL = f"""
WITH sizes AS (SELECT passage_id, count(*) AS n FROM shingles GROUP BY ALL),
shared AS (
    SELECT a.passage_id, b.passage_id AS other_passage_id, a.source_type, b.source_type AS other_source_type,
           count(*) AS shared_shingles
    FROM shingles a JOIN shingles b ON a.h = b.h AND a.doc_id <> b.doc_id AND a.passage_id < b.passage_id
    GROUP BY ALL
    HAVING count(*) >= {MIN_SHARED}
)
SELECT s.*, s.shared_shingles / least(na.n, nb.n) AS containment,
       s.shared_shingles / (na.n + nb.n - s.shared_shingles) AS similarity,
       pa.text AS text, pb.text AS other_text
FROM shared s
JOIN sizes na ON na.passage_id = s.passage_id
JOIN sizes nb ON nb.passage_id = s.other_passage_id
JOIN passages pa ON pa.passage_id = s.passage_id
JOIN passages pb ON pb.passage_id = s.other_passage_id
WHERE s.shared_shingles / least(na.n, nb.n) >= {MIN_CONTAINMENT}
ORDER BY s.passage_id, s.other_passage_id
"""


def link_type(source_type: str, other_source_type: str, similarity: float) -> str:
    """quotation when a book excerpt is one side; else same_text or translation_variant by similarity."""
    if "book_excerpt" in (source_type, other_source_type) and source_type != other_source_type:
        return "quotation"
    return "same_text" if similarity >= SAME_TEXT else "translation_variant"


def find_links(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Links between the ``passages`` of different ``documents`` registered on ``con``."""
    con.execute(_SHINGLES_SQL)
    rows = con.execute(_CANDIDATES_SQL).fetch_arrow_table().to_pylist()
    links = []
    for r in rows:
        shorter, longer = sorted((r["text"], r["other_text"]), key=len)
        if fuzz.partial_ratio(shorter.lower(), longer.lower()) < MIN_PARTIAL_RATIO:
            continue
        links.append(
            {
                "link_id": f"{r['passage_id']} ~ {r['other_passage_id']}",
                "passage_id": r["passage_id"],
                "other_passage_id": r["other_passage_id"],
                "link_type": link_type(r["source_type"], r["other_source_type"], r["similarity"]),
                "shared_shingles": r["shared_shingles"],
                "containment": round(min(r["containment"], 1.0), 4),
                "similarity": round(min(r["similarity"], 1.0), 4),
            }
        )
    return links


def links_table(con: duckdb.DuckDBPyConnection) -> pa.Table:
    from pipeline import tables

    return tables.from_rows("links", find_links(con))
