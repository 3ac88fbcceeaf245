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
