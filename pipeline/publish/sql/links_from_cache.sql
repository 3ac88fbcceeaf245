-- The links of the build: the cache's, once brought to this build's passages.
CREATE OR REPLACE TABLE links AS SELECT * FROM links_cache.links
