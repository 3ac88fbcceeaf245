-- Document ids of a release's documents file, in order.
SELECT doc_id FROM read_parquet($file) ORDER BY doc_id
