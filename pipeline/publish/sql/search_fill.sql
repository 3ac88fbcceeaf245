-- One language group's full-text index filled in bulk from its passages (search.{{ table }}), into the tables that
-- PRAGMA create_fts_index made over the table while it was empty: the documents (docid: the passage's row, as the
-- extension numbers them), their lengths, the terms, their document frequencies and the statistics of the
-- extension's own build, which stems every occurrence of every word and fills the lengths, term ids and
-- frequencies by updating every row. Here each distinct word is stemmed once and each table written once.
-- Stopwords are dropped before stemming and terms numbered in the order they first come, as the extension does.
CREATE OR REPLACE TEMP TABLE fts_tokens AS
SELECT rowid AS docid, unnest({{ schema }}.tokenize(text)) AS token FROM search.{{ table }};
CREATE OR REPLACE TEMP TABLE fts_stems AS
SELECT token, stem(token, {{ stemmer }}) AS term
FROM (SELECT DISTINCT token FROM fts_tokens)
WHERE token NOT IN (SELECT sw FROM {{ schema }}.stopwords) AND token <> '';
CREATE OR REPLACE TEMP TABLE fts_terms AS
SELECT t.docid, s.term FROM fts_tokens t JOIN fts_stems s USING (token);
INSERT INTO {{ schema }}.dict
SELECT row_number() OVER (ORDER BY first, term) - 1, term, df
FROM (SELECT term, min(docid) AS first, count(DISTINCT docid) AS df FROM fts_terms GROUP BY term);
INSERT INTO {{ schema }}.terms
SELECT t.docid, 0, d.termid FROM fts_terms t JOIN {{ schema }}.dict d USING (term) ORDER BY t.docid;
INSERT INTO {{ schema }}.docs
SELECT i.rowid, i.passage_id, coalesce(n.len, 0)
FROM search.{{ table }} i LEFT JOIN (SELECT docid, count(*) AS len FROM fts_terms GROUP BY docid) n ON n.docid = i.rowid
ORDER BY i.rowid;
DELETE FROM {{ schema }}.stats;
INSERT INTO {{ schema }}.stats SELECT count(docs.docid) AS num_docs, sum(docs.len) / count(docs.len) AS avgdl FROM {{ schema }}.docs;
DROP TABLE fts_tokens;
DROP TABLE fts_stems;
DROP TABLE fts_terms;
