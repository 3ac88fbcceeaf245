-- One table of a release as a view over its Parquet file, in the release's schema of history.duckdb (the file by absolute path).
CREATE OR REPLACE VIEW {{ schema }}.{{ table }} AS SELECT * FROM read_parquet({{ file }})
