-- Rows and an order-free digest of a Parquet file, to compare with its table in dataset.duckdb.
SELECT count(*), coalesce(bit_xor(hash(t)), 0) FROM read_parquet($file) t
