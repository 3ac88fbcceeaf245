-- Rows of a Parquet file.
SELECT count(*) FROM read_parquet($file)
