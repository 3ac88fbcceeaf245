-- The languages of a release's passages, most passages first.
SELECT language FROM read_parquet($file) WHERE language IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1
