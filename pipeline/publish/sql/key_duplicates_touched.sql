-- Values of a seed table's key held by more than one row, looked for among the keys of the touched documents' rows
-- (see database_touched) only: every other row is the previous release's, as it is, and that release's keys were
-- unique, so a key held twice is held by at least one touched row. The same rows as key_duplicates.
SELECT {{ key }}, count(*) AS n FROM read_parquet($file)
WHERE {{ key }} IN (SELECT {{ key }} FROM read_parquet($file) WHERE doc_id IN (SELECT doc_id FROM touched_documents))
GROUP BY ALL HAVING n > 1 ORDER BY ALL LIMIT 50
