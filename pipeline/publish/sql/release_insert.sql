-- A release table filled from its Parquet file.
INSERT INTO {{ table }} SELECT * FROM read_parquet($file)
