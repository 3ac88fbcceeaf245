-- The cache's fingerprint, recorded last: a cache without it is built anew.
CREATE OR REPLACE TABLE links_cache.state AS SELECT $fingerprint::VARCHAR AS fingerprint
