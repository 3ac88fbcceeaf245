"""Full-text search stems each language by its own rules, through one macro."""

from __future__ import annotations

import duckdb
import pytest

from pipeline.publish.duck import load_fts
from pipeline.publish.search import create_search_indexes

PASSAGES = [
    ("d1/p1", "d1", "en", "The negotiations on an armistice resumed at Kaesong."),
    ("d1/p2", "d1", "en", "They negotiated for a week."),
    ("d2/p1", "d2", "ru", "Переговоры о перемирии продолжаются."),
    ("d2/p2", "d2", "ru", "Условия перемирия приняты."),
    ("d3/p1", "d3", "zh", "停戰 談判"),
    ("d3/p2", "d3", None, "[...]"),
]


@pytest.fixture
def con():
    con = duckdb.connect()
    load_fts(con)
    con.execute("CREATE TABLE documents AS SELECT * FROM (VALUES ('d1', 'One'), ('d2', 'Two'), ('d3', 'Three')) t(doc_id, title)")
    con.execute("CREATE TABLE passages (passage_id VARCHAR, doc_id VARCHAR, language VARCHAR, text VARCHAR)")
    con.executemany("INSERT INTO passages VALUES (?, ?, ?, ?)", PASSAGES)
    return con


def _hits(con, q):
    return [r[0] for r in con.execute("SELECT passage_id FROM search_passages(?)", [q]).fetchall()]


def test_one_index_per_stemmed_language_and_one_for_the_rest(con):
    assert sorted(create_search_indexes(con)) == ["en", "other", "ru"]


def test_english_and_russian_words_match_their_inflected_forms(con):
    create_search_indexes(con)
    assert sorted(_hits(con, "negotiation")) == ["d1/p1", "d1/p2"]
    assert sorted(_hits(con, "перемирие")) == ["d2/p1", "d2/p2"]
    assert _hits(con, "the") == []  # an English stopword


def test_other_languages_are_matched_word_for_word(con):
    create_search_indexes(con)
    assert _hits(con, "談判") == ["d3/p1"]


def test_the_macro_returns_scores_best_first_with_the_title(con):
    create_search_indexes(con)
    rows = con.execute("SELECT score, doc_id, title FROM search_passages('armistice negotiations')").fetchall()
    assert rows[0][1:] == ("d1", "One") and [r[0] for r in rows] == sorted((r[0] for r in rows), reverse=True)


def test_each_index_holds_what_the_extensions_own_build_makes_of_the_same_passages(con):
    """The indexes are filled in bulk; every table of each must be the one PRAGMA create_fts_index fills itself
    (term ids, document lengths, frequencies, statistics), or BM25 scores would drift from the extension's."""
    con.executemany("INSERT INTO passages VALUES (?, ?, ?, ?)", [
        ("d1/p3", "d1", "en", "The the THE and of: an armistice, armistices; Armistice!"),
        ("d1/p4", "d1", "en", ""),
        ("d2/p3", "d2", "ru", "Ёлки и ёжики: переговоры, переговорами; ПЕРЕГОВОРЫ."),
        ("d3/p3", "d3", "fr", "Les négociations d'armistice reprennent."),
    ])
    groups = create_search_indexes(con)
    assert sorted(groups) == ["en", "fr", "other", "ru"]
    for group in groups:
        stemmer = {"en": "english", "ru": "russian", "fr": "french"}.get(group, "none")
        stopwords, accents = ("english" if group == "en" else "none"), (0 if group == "ru" else 1)
        languages = f"language = '{group}'" if group != "other" else "language NOT IN ('en', 'ru', 'fr') OR language IS NULL"
        con.execute(f"CREATE TABLE own_{group} AS SELECT passage_id, text FROM passages WHERE {languages} ORDER BY passage_id")
        con.execute(f"PRAGMA create_fts_index('own_{group}', 'passage_id', 'text', stemmer = '{stemmer}', "
                    f"stopwords = '{stopwords}', strip_accents = {accents}, lower = 1)")
        for table in ("docs", "dict", "terms", "stats"):
            ours = con.execute(f"SELECT * FROM fts_search_passages_{group}.{table} ORDER BY ALL").fetchall()
            theirs = con.execute(f"SELECT * FROM fts_main_own_{group}.{table} ORDER BY ALL").fetchall()
            assert ours == theirs, (group, table)
