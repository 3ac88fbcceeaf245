-- The cache's fingerprint, recorded last: a cache without it is built anew. With it, the fingerprint of the reading
-- code its copy of the build's documents was made under (see link_touched_documents).
CREATE OR REPLACE TABLE links_cache.state AS SELECT $fingerprint::VARCHAR AS fingerprint, $documents::VARCHAR AS documents_code
