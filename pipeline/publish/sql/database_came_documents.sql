-- The keys a seed table's rows are inserted for: those deleted (see database_gone_documents) and the new file's rows
-- of the touched documents.
CREATE OR REPLACE TEMP TABLE {{ came }} AS
SELECT {{ key }} FROM {{ gone }}
UNION (SELECT {{ key }} FROM read_parquet($new) WHERE doc_id IN (SELECT doc_id FROM touched_documents))
