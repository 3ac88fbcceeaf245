-- The documents whose id, seed or seed file name is not, as it is, both in the previous release and in this build
-- (added, removed, edited, renamed, or given another id): a seed table's rows of any other document are the previous
-- release's, as they are (they come from one seed each and depend only on its bytes, the code and the document's id).
-- This build's three columns are id_map's (the documents' ids as renamed), read from the staged documents' key columns
-- without their other columns, so that their rows too are read only for the touched documents.
CREATE TABLE touched_documents AS
SELECT doc_id FROM (
    SELECT doc_id, seed_sha256, seed_file FROM read_parquet($old)
    EXCEPT SELECT new_id AS doc_id, seed_sha256, seed_file FROM id_map
)
UNION SELECT doc_id FROM (
    SELECT new_id AS doc_id, seed_sha256, seed_file FROM id_map
    EXCEPT SELECT doc_id, seed_sha256, seed_file FROM read_parquet($old)
)
