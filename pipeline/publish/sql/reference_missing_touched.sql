-- Values of a seed table's column (or the ids inside a list column) that do not resolve in the referenced table,
-- looked for only where they can be: every row of an untouched document is the previous release's, as it is, and
-- resolved there, so it can fail only by referring to a key the referenced table held then and has lost. The
-- candidates are the touched documents' values and the values among the keys that may be gone (gone: a set
-- that holds every lost key); each is then looked up in the referenced table. The same rows as foreign_key_missing.
WITH gone AS ({{ gone }}),
candidates AS (
    SELECT DISTINCT x FROM (SELECT {{ values }} AS x, doc_id FROM read_parquet($file))
    WHERE x IS NOT NULL AND (doc_id IN (SELECT doc_id FROM touched_documents) OR x IN (SELECT k FROM gone))
),
found AS (SELECT r.{{ ref_column }} AS x FROM read_parquet($ref_file) r SEMI JOIN candidates c ON r.{{ ref_column }} = c.x)
SELECT x AS missing FROM candidates ANTI JOIN found USING (x) ORDER BY 1 LIMIT 50
