"""Text reuse between passages of different documents: hashed word 3-gram shingles joined in DuckDB.

A book quotes a telegram with an editorial "[W]e" for "We"; two translations
of one conversation share most of their three-word runs but not all; the same
record published twice shares nearly every one. Passages are cut into
lower-cased word 3-grams, hashed, and joined on the hash, so only passages
that share wording are ever compared (no all-pairs matching).

The work is bounded: shingles are read from a window over numbered words
(linear in a passage's length), and in a shingle shared by many passages
each is paired only with its ``NEIGHBOURS`` next ones in passage-id order,
so a cluster of n near-copies gives at most about 2 x NEIGHBOURS links per
passage instead of n^2 / 2 pairs. A pair is kept when it shares enough
shingles; rapidfuzz's token-set ratio (a quotation's words are a subset of
the quoting passage's; linear in the texts' lengths, where the partial ratio
it replaced grew with their product) then confirms the wording, except when the
shingles already say so (``SAME_TEXT`` similarity, ``CONFIRMED_CONTAINMENT``)
or the shorter text is longer than ``FUZZ_MAX_CHARS`` (containment decides).
"""

from __future__ import annotations

import duckdb
import pyarrow as pa
from rapidfuzz import fuzz, process

from pipeline import tables
from pipeline.publish import sql

MIN_SHARED = 5            # distinct shingles in common (four is a shared title formula)
MIN_CONTAINMENT = 0.3     # of the shorter passage's shingles
MIN_TOKEN_SET_RATIO = 60  # rapidfuzz confirmation of the candidate pair
SAME_TEXT = 0.8           # Jaccard at or above: the same wording
NEIGHBOURS = 8            # partners per passage within one shingle's bucket (the eight leads of link_candidates.sql)
CONFIRMED_CONTAINMENT = 0.6  # at or above: the shingles alone say the wording is shared
FUZZ_MAX_CHARS = 2_000    # longer texts are confirmed by shingle containment alone
_BATCH = 10_000


def link_type(source_type: str, other_source_type: str, similarity: float) -> str:
    """quotation when a book excerpt is one side; else same_text or translation_variant by similarity."""
    if "book_excerpt" in (source_type, other_source_type) and source_type != other_source_type:
        return "quotation"
    return "same_text" if similarity >= SAME_TEXT else "translation_variant"


def _confirmed(rows: list[dict]) -> list[dict]:
    """The candidate pairs whose wording lines up: rapidfuzz over the batch at once, on every core."""
    checked = [
        r for r in rows
        if r["similarity"] < SAME_TEXT and r["containment"] < CONFIRMED_CONTAINMENT
        and min(len(r["text"]), len(r["other_text"])) <= FUZZ_MAX_CHARS
    ]
    if checked:
        pairs = [sorted((r["text"].lower(), r["other_text"].lower()), key=len) for r in checked]
        scores = process.cpdist([a for a, _ in pairs], [b for _, b in pairs], scorer=fuzz.token_set_ratio, workers=-1)
        failed = {id(r) for r, score in zip(checked, scores, strict=True) if score < MIN_TOKEN_SET_RATIO}
    else:
        failed = set()
    return [r for r in rows if id(r) not in failed]


def _link(r: dict) -> dict:
    return {
        "link_id": f"{r['passage_id']} ~ {r['other_passage_id']}",
        "passage_id": r["passage_id"],
        "other_passage_id": r["other_passage_id"],
        "link_type": link_type(r["source_type"], r["other_source_type"], r["similarity"]),
        "shared_shingles": r["shared_shingles"],
        "containment": round(min(r["containment"], 1.0), 4),
        "similarity": round(min(r["similarity"], 1.0), 4),
    }


def insert_links(con: duckdb.DuckDBPyConnection) -> int:
    """Creates table ``links`` from the ``passages`` and ``documents`` tables of the session; returns its rows."""
    con.execute(sql.load("shingles"))
    params = {"min_shared": MIN_SHARED, "min_containment": MIN_CONTAINMENT}
    con.execute(sql.load("link_candidates"), params)
    con.register("links_empty", tables.empty("links"))
    con.execute(sql.load("links_create"))
    con.unregister("links_empty")
    reader = con.cursor()
    batches = reader.execute(sql.load("link_pairs")).fetch_record_batch(_BATCH)
    total = 0
    for batch in batches:
        rows = [_link(r) for r in _confirmed(batch.to_pylist())]
        if rows:
            con.register("links_batch", tables.from_rows("links", rows))
            con.execute(sql.load("links_insert"))
            con.unregister("links_batch")
            total += len(rows)
    reader.close()
    for table in ("link_candidates", "shingles"):
        con.execute(sql.render("drop_table", table=table))
    return total


def find_links(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Links between the ``passages`` of different ``documents`` of the session, as rows."""
    insert_links(con)
    return con.execute(sql.load("links_all")).fetch_arrow_table().to_pylist()


def links_table(con: duckdb.DuckDBPyConnection) -> pa.Table:
    return tables.from_rows("links", find_links(con))
