-- The keys a table's rows are inserted for: those deleted (see database_gone) and those the previous file did not
-- have (kept as came_<table>: the full-text indexes are brought up to date for the passages among them).
CREATE OR REPLACE TEMP TABLE {{ came }} AS
SELECT {{ key }} FROM {{ gone }}
UNION (SELECT {{ key }} FROM read_parquet($new) EXCEPT SELECT {{ key }} FROM read_parquet($old))
