-- The new file's rows for the keys deleted (see database_gone) and for the keys the previous file did not have.
INSERT INTO {{ table }}
SELECT n.* FROM read_parquet($new) n
SEMI JOIN (
    SELECT {{ key }} FROM {{ gone }}
    UNION (SELECT {{ key }} FROM read_parquet($new) EXCEPT SELECT {{ key }} FROM read_parquet($old))
) k USING ({{ key }})
ORDER BY {{ key }}
