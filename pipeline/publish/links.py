"""Text reuse between passages of different documents: hashed word 3-gram shingles joined in DuckDB.

A book quotes a telegram with an editorial "[W]e" for "We"; two translations
of one conversation share most of their three-word runs but not all; the same
record published twice shares nearly every one. Passages are cut into
lower-cased word 3-grams, hashed, and joined on the hash, so only passages
that share wording are ever compared (no all-pairs matching).

The work is bounded: shingles are read by position from a passage's list of words
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

from pathlib import Path

import duckdb
import pyarrow as pa
from rapidfuzz import fuzz, process

from pipeline import tables
from pipeline.publish import sql
from pipeline.publish.inputs import code_fingerprint

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


MAX_CHANGED = 0.25  # more passages than this share changed since the cache's build: counting all anew is cheaper


def cache_fingerprint() -> str:
    """What the cached counts and links depend on besides the passages: this module, its SQL, the settings, DuckDB."""
    import hashlib

    digest = hashlib.sha256(f"{duckdb.__version__} {MIN_SHARED} {MIN_CONTAINMENT} {MIN_TOKEN_SET_RATIO} {SAME_TEXT} "
                            f"{NEIGHBOURS} {CONFIRMED_CONTAINMENT} {FUZZ_MAX_CHARS}".encode())
    digest.update(Path(__file__).read_bytes())
    for name in sorted(p for p in sql.HERE.glob("link*.sql")):
        digest.update(name.read_bytes())
    return digest.hexdigest()


def _shingles_of(source: str) -> sql.SQL:
    return sql.render("link_shingles", source=source)


_EVERY_PASSAGE = "(SELECT passage_id, doc_id FROM links_cache.passages UNION ALL SELECT passage_id, doc_id FROM link_passages)"


def _counts_over(shingles: str, numbered: str = "buckets") -> sql.SQL:
    """The pair counts over the buckets of ``shingles``, their passages and documents numbered among ``numbered``
    (the buckets' own, or every passage of the cache and of the build: the same counts). The buckets are made once
    when they are read more than once (their own passages numbered), else streamed (all of them, counted anew)."""
    materialized = sql.SQL("MATERIALIZED" if numbered == "buckets" else "NOT MATERIALIZED")
    return sql.render("link_pair_counts", shingles=sql.SQL(shingles), numbered=sql.SQL(numbered), materialized=materialized)


def _cache_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    try:
        found = con.execute(sql.load("links_cache_state")).fetchall()
    except duckdb.CatalogException:
        return False
    return found == [(cache_fingerprint(),)]


def insert_links(con: duckdb.DuckDBPyConnection, cache: Path | None = None, detach: bool = True) -> int:
    """Creates ``links`` from the ``passages`` and ``documents`` tables of the session; returns its rows.

    ``cache`` is a DuckDB file kept between builds (the documents, passages,
    shingles, pair counts and links of the last build). When it was made by
    this code and few passages changed, only the passages of the documents
    whose row changed are read, only the buckets of shingles that new or
    removed passages are in are counted again and only the pairs whose count
    changed are confirmed again: the links are those of a build from empty,
    row for row, at a cost that grows with the change, not with the corpus.

    ``detach``: ``links`` is a table and the cache is let go; else ``links`` is a view of the cache's links, which
    stays attached until ``detach_links_cache`` (the links are read once, without copying them first).
    """
    con.execute(sql.render("links_cache_attach", file=sql.literal(str(cache) if cache else ":memory:")))
    try:
        _bring_cache(con)
        _confirm_into_cache(con)
        con.execute(sql.load("links_cache_documents"))
        con.execute(sql.load("links_cache_seal"), {"fingerprint": cache_fingerprint(), "documents": code_fingerprint()})
        con.execute(sql.load("links_from_cache" if detach else "links_of_cache"))
        _drop_passages(con)
        for table in ("link_delta", "link_new", "link_touched_documents"):  # link_new is a view of this build's passages
            # when the cache's documents were read by other code (link_passages_compared), else a table
            con.execute(sql.render("drop_view", view=table) if _is_view(con, table) else sql.render("drop_table", table=table))
    except BaseException:
        detach = True
        raise
    finally:
        if detach:
            detach_links_cache(con)
    return con.execute(sql.load("links_count")).fetchone()[0]


def detach_links_cache(con: duckdb.DuckDBPyConnection) -> None:
    """Lets the links cache go (``links``, if a view of it, is dropped with it)."""
    if _is_view(con, "links"):
        con.execute(sql.render("drop_view", view="links"))
    con.execute(sql.load("links_cache_detach"))


def _is_view(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return con.execute(sql.load("is_view"), {"name": name}).fetchone()[0]


def _drop_passages(con: duckdb.DuckDBPyConnection) -> None:
    """Drops ``link_passages``, a table or a view of the cache (see ``_bring_cache``)."""
    if _is_view(con, "link_passages"):
        con.execute(sql.render("drop_view", view="link_passages"))
    else:
        con.execute(sql.render("drop_table", table="link_passages"))


def _documents_kept(con: duckdb.DuckDBPyConnection) -> bool:
    """The cache holds its build's documents, made under this reading code (so their passages are this code's)."""
    try:
        return con.execute(sql.load("links_cache_documents_state")).fetchall() == [(code_fingerprint(),)]
    except (duckdb.CatalogException, duckdb.BinderException):
        return False


def _bring_cache(con: duckdb.DuckDBPyConnection) -> str:
    """Brings the attached cache to this build's passages (``link_passages``), counting anew ("full") or only what
    changed ("changed"); leaves in ``link_delta`` the pairs whose count is new, and in the cache's links every link of
    the other pairs."""
    full = not _cache_is_current(con)
    if full:
        con.execute(sql.load("link_passages"))
    else:
        if _documents_kept(con):
            con.execute(sql.load("link_touched_documents"))
            con.execute(sql.load("link_passages_touched"))
        else:
            con.execute(sql.load("link_passages"))
            con.execute(sql.load("link_passages_compared"))
        changed, total = con.execute(sql.load("links_cache_changed")).fetchone()
        full = changed > MAX_CHANGED * max(total, 1)
        if full and _is_view(con, "link_passages"):  # a view of the cache, which is counted anew from it
            _drop_passages(con)
            con.execute(sql.load("link_passages"))
    con.execute(sql.load("links_cache_unseal"))
    con.register("links_empty", tables.empty("links"))
    if full:
        shared = "(SELECT * FROM links_cache.shingles WHERE h IN (SELECT h FROM links_cache.shingles GROUP BY h HAVING count(*) > 1))"
        con.execute(sql.render("links_cache_full", all_shingles=_shingles_of("link_passages"), shared_counts=_counts_over(shared, _EVERY_PASSAGE)))
    else:
        touched = "(SELECT * FROM links_cache.shingles SEMI JOIN link_touched USING (h))"
        con.execute(sql.render("links_cache_update", came_shingles=_shingles_of("link_came"), touched_counts=_counts_over(touched)))
    con.unregister("links_empty")
    return "full" if full else "changed"


def _confirm_into_cache(con: duckdb.DuckDBPyConnection) -> None:
    """The candidate pairs among those whose count is new (link_delta), confirmed and added to the cache's links."""
    params = {"min_shared": MIN_SHARED, "min_containment": MIN_CONTAINMENT}
    reader = con.cursor()
    batches = reader.execute(sql.render("link_candidates", pairs="link_delta"), params).to_arrow_reader(_BATCH)
    for batch in batches:
        rows = [_link(r) for r in _confirmed(batch.to_pylist())]
        if rows:
            con.register("links_batch", tables.from_rows("links", rows))
            con.execute(sql.load("links_cache_insert"))
            con.unregister("links_batch")
    reader.close()


def find_links(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Links between the ``passages`` of different ``documents`` of the session, as rows."""
    insert_links(con)
    return con.execute(sql.load("links_all")).fetch_arrow_table().to_pylist()


def links_table(con: duckdb.DuckDBPyConnection) -> pa.Table:
    return tables.from_rows("links", find_links(con))
