-- The keys a table whose rows belong to a document may have lost since the previous release: those of its rows of the
-- touched documents there (its rows of any other document are in this build as they are).
SELECT {{ ref_column }} AS k FROM read_parquet($old_ref_file) WHERE doc_id IN (SELECT doc_id FROM touched_documents)
