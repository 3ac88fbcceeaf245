-- The documents whose row is not, as it is, in both files (added, removed, edited, renamed, or given another id):
-- the only documents whose rows in the other seed tables can differ between the two releases. Both releases are of
-- the same code (the only ones compared so), under which a document's row depends only on its seed's bytes, its file
-- name and its id: those three columns are compared, not every column of every row.
CREATE OR REPLACE TEMP TABLE touched_documents AS
SELECT doc_id FROM (
    SELECT doc_id, seed_sha256, seed_file FROM read_parquet($old)
    EXCEPT SELECT doc_id, seed_sha256, seed_file FROM read_parquet($new)
)
UNION SELECT doc_id FROM (
    SELECT doc_id, seed_sha256, seed_file FROM read_parquet($new)
    EXCEPT SELECT doc_id, seed_sha256, seed_file FROM read_parquet($old)
)
