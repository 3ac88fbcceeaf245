-- The keys of a table's rows that the new file does not have as they are in the previous one (changed or removed
-- rows), and of its rows that point at such a row of another table (listed after it); the database still holds the
-- previous release's rows.
CREATE OR REPLACE TEMP TABLE {{ gone }} AS
SELECT {{ key }} FROM (SELECT * FROM read_parquet($old) EXCEPT SELECT * FROM read_parquet($new))
{{ cascades }}
