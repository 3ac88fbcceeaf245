-- One table of a release copied into its schema of history.duckdb.
CREATE TABLE {{ schema }}.{{ table }} AS SELECT * FROM read_parquet($file)
