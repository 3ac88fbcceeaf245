-- Documents with a row in the new file that is not, as it is, in the old one.
SELECT DISTINCT doc_id FROM (
    SELECT doc_id, md5(CAST(t AS VARCHAR)) FROM read_parquet($new) t
    EXCEPT SELECT doc_id, md5(CAST(t AS VARCHAR)) FROM read_parquet($old) t
)
