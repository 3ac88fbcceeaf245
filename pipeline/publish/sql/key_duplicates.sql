-- Values of a table's key held by more than one row.
SELECT {{ key }}, count(*) AS n FROM read_parquet($file) GROUP BY ALL HAVING n > 1 ORDER BY ALL LIMIT 50
