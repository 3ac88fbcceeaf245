-- The build's documents (their ids, seeds and seed file names), kept with the cache: the next build reads again only
-- the passages of the documents not among these.
CREATE OR REPLACE TABLE links_cache.documents AS SELECT doc_id, seed_sha256, seed_file FROM documents
