-- Whether a name of the session is a view (else a table, or nothing).
SELECT count(*) > 0 FROM duckdb_views() WHERE view_name = $name AND NOT internal
