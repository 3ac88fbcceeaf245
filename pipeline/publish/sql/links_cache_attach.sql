-- The links cache of the build area (a DuckDB file), or one in memory for a session without it.
ATTACH {{ file }} AS links_cache
