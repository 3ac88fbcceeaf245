-- The timeline lines of the last build, one per distinct struct of shown columns (the kept file holds one row per
-- event, so a struct that several events share is there several times, always with the same line).
CREATE OR REPLACE TEMP VIEW timeline_cache AS SELECT DISTINCT r, line FROM read_parquet({{ file }})
