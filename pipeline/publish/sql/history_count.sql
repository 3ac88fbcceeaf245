-- Rows of a table in a release's schema of history.duckdb.
SELECT count(*) FROM {{ schema }}.{{ table }}
