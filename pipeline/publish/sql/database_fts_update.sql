-- One language group's full-text index (the tables PRAGMA create_fts_index made) brought to the passages as they now
-- are: the documents of gone or changed passages leave, those of new or changed passages in the group's languages
-- come, tokenized by the index's own macro, stopwords dropped before stemming as the extension does; then the
-- document frequency of every term they hold, and the statistics. The BM25 of any query is then that of a fresh index.
CREATE OR REPLACE TEMP TABLE fts_gone AS SELECT docid FROM {{ schema }}.docs WHERE "name" IN (SELECT passage_id FROM gone_passages);
CREATE OR REPLACE TEMP TABLE fts_touched AS SELECT DISTINCT termid FROM {{ schema }}.terms WHERE docid IN (SELECT docid FROM fts_gone);
DELETE FROM {{ schema }}.terms WHERE docid IN (SELECT docid FROM fts_gone);
DELETE FROM {{ schema }}.docs WHERE docid IN (SELECT docid FROM fts_gone);
CREATE OR REPLACE TEMP TABLE fts_came AS
SELECT (SELECT coalesce(max(docid), -1) FROM {{ schema }}.docs) + row_number() OVER (ORDER BY passage_id) AS docid, passage_id AS "name", text
FROM passages WHERE passage_id IN (SELECT passage_id FROM came_passages) AND ({{ languages }});
CREATE OR REPLACE TEMP TABLE fts_came_terms AS
SELECT docid, stem(token, {{ stemmer }}) AS term
FROM (SELECT docid, unnest({{ schema }}.tokenize(text)) AS token FROM fts_came)
WHERE token NOT IN (SELECT sw FROM {{ schema }}.stopwords) AND token <> '';
INSERT INTO {{ schema }}.dict
SELECT (SELECT coalesce(max(termid), -1) FROM {{ schema }}.dict) + row_number() OVER (ORDER BY term), term, 0
FROM (SELECT DISTINCT term FROM fts_came_terms WHERE term NOT IN (SELECT term FROM {{ schema }}.dict));
INSERT INTO {{ schema }}.terms SELECT c.docid, 0, d.termid FROM fts_came_terms c JOIN {{ schema }}.dict d USING (term);
INSERT INTO {{ schema }}.docs SELECT c.docid, c."name", (SELECT count(*) FROM fts_came_terms t WHERE t.docid = c.docid) FROM fts_came c;
INSERT INTO fts_touched SELECT DISTINCT d.termid FROM fts_came_terms c JOIN {{ schema }}.dict d USING (term);
UPDATE {{ schema }}.dict SET df = n.df
FROM (SELECT termid, count(DISTINCT docid) AS df FROM {{ schema }}.terms WHERE termid IN (SELECT termid FROM fts_touched) GROUP BY termid) n
WHERE dict.termid = n.termid;
DELETE FROM {{ schema }}.dict WHERE termid IN (SELECT termid FROM fts_touched) AND termid NOT IN (SELECT termid FROM {{ schema }}.terms WHERE termid IN (SELECT termid FROM fts_touched));
DELETE FROM {{ schema }}.stats;
INSERT INTO {{ schema }}.stats SELECT count(docs.docid) AS num_docs, sum(docs.len) / count(docs.len) AS avgdl FROM {{ schema }}.docs;
