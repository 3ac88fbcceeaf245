-- Documents with a row in the new file that is not, as it is, in the old one (rows compared by a 64-bit hash of
-- every column: ten times faster than an md5 of their text, and a collision would only leave one change unlisted).
SELECT DISTINCT doc_id FROM (
    SELECT doc_id, hash(t) FROM read_parquet($new) t
    EXCEPT SELECT doc_id, hash(t) FROM read_parquet($old) t
)
