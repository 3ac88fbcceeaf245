-- The timeline lines of the last build, one per distinct struct of shown columns.
CREATE OR REPLACE TEMP VIEW timeline_cache AS SELECT r, line FROM read_parquet({{ file }})
