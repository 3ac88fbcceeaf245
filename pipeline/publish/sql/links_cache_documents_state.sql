-- The reading code the cache's copy of its build's documents was made under.
SELECT documents_code FROM links_cache.state
