-- What code and settings the links cache was built with (one row), or nothing for a cache of other code.
SELECT fingerprint FROM links_cache.state
