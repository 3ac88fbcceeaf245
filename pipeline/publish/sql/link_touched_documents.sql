-- The documents whose id, seed or seed file name is not, as it is, both in the cache's copy of its last build's
-- documents and in this build's: under the same reading code, only their passages can differ from the cache's (a
-- document's passages and source type come from its seed and depend only on its bytes and its id).
CREATE OR REPLACE TABLE link_touched_documents AS
SELECT doc_id FROM (SELECT * FROM links_cache.documents EXCEPT SELECT doc_id, seed_sha256, seed_file FROM documents)
UNION SELECT doc_id FROM (SELECT doc_id, seed_sha256, seed_file FROM documents EXCEPT SELECT * FROM links_cache.documents)
