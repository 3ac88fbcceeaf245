-- The schemas of the full-text indexes in a release's database (one per language group of the passages).
SELECT schema_name FROM duckdb_schemas() WHERE database_name = current_database() AND starts_with(schema_name, 'fts_search_passages_') ORDER BY 1
