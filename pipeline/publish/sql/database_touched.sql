-- The documents whose row is not, as it is, in both files (added, removed, edited, renamed, or given another id):
-- the only documents whose rows in the other seed tables can differ between the two releases.
CREATE OR REPLACE TEMP TABLE touched_documents AS
SELECT doc_id FROM (SELECT * FROM read_parquet($old) EXCEPT SELECT * FROM read_parquet($new))
UNION SELECT doc_id FROM (SELECT * FROM read_parquet($new) EXCEPT SELECT * FROM read_parquet($old))
