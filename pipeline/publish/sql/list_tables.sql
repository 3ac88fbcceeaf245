-- Tables of the main schema of a database.
SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'
