-- Document ids in file a and not in file b.
SELECT doc_id FROM read_parquet($a) EXCEPT SELECT doc_id FROM read_parquet($b) ORDER BY 1
