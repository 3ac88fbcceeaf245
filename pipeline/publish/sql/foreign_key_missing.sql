-- Values of a column that do not resolve in the referenced table's column.
SELECT DISTINCT s.{{ column }} AS missing
FROM read_parquet($file) s ANTI JOIN read_parquet($ref_file) r ON s.{{ column }} = r.{{ ref_column }}
WHERE s.{{ column }} IS NOT NULL ORDER BY 1 LIMIT 50
