-- The passages that can carry reused text, each with its document, source type and a digest of its text: what the
-- links of a build depend on. Compared with the cache's copy, it tells which passages came and went.
CREATE OR REPLACE TABLE link_passages AS
SELECT p.passage_id, p.doc_id, d.source_type, md5(p.text) AS text_md5
FROM passages p JOIN documents d USING (doc_id)
WHERE p.passage_type NOT IN ('header', 'stamp', 'trailer', 'elision', 'signature')
