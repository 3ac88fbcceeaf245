-- The new file's rows for the keys of database_came.
INSERT INTO {{ table }}
SELECT n.* FROM read_parquet($new) n SEMI JOIN {{ came }} USING ({{ key }})
ORDER BY {{ key }}
