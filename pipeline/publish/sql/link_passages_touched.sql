-- The passages of link_passages.sql, taken from the cache for the documents not touched (see link_touched_documents)
-- and read for the others: link_old and link_new hold the touched documents' passages in the cache and in this
-- build, the only ones that can have gone or come. A view, which bringing the cache up to date leaves as it is: it
-- changes only the touched documents' passages in the cache.
CREATE OR REPLACE TABLE link_new AS
SELECT p.passage_id, p.doc_id, d.source_type, md5(p.text) AS text_md5
FROM passages p JOIN documents d USING (doc_id)
WHERE p.passage_type NOT IN ('header', 'stamp', 'trailer', 'elision', 'signature')
  AND p.doc_id IN (SELECT doc_id FROM link_touched_documents);
CREATE OR REPLACE TEMP TABLE link_old AS
SELECT * FROM links_cache.passages SEMI JOIN link_touched_documents USING (doc_id);
CREATE OR REPLACE VIEW link_passages AS
SELECT * FROM links_cache.passages ANTI JOIN link_touched_documents USING (doc_id)
UNION ALL SELECT * FROM link_new
