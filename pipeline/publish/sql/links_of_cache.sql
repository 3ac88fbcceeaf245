-- The links of the build as a view of the cache's, once brought to this build's passages: read while it is attached.
CREATE OR REPLACE VIEW links AS SELECT * FROM links_cache.links
