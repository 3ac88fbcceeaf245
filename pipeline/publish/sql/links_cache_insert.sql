-- One batch of confirmed links, into the cache.
INSERT INTO links_cache.links SELECT * FROM links_batch
