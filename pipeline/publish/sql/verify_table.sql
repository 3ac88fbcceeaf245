-- Rows and an order-free digest of a table of dataset.duckdb.
SELECT count(*), coalesce(bit_xor(hash(t)), 0) FROM {{ table }} t
