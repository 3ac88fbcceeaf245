-- Entity ids inside a list column that do not resolve in the entities table.
SELECT DISTINCT x AS missing
FROM (SELECT unnest({{ column }}) AS x FROM read_parquet($file)) ANTI JOIN read_parquet($ref_file) r ON x = r.{{ ref_column }}
ORDER BY 1 LIMIT 50
