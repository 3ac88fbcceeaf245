-- One release's schema in history.duckdb.
CREATE SCHEMA {{ schema }}
