-- A table of the session read from one Parquet file.
CREATE OR REPLACE TEMP TABLE {{ table }} AS SELECT * FROM read_parquet($file)
