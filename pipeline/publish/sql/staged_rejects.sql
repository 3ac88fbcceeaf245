-- The staged rejects of the seeds of this build, under the seed's current file name, and the entries of the seeds
-- folder that were not read (links, folders, hidden, unreadable, duplicates), which are rejects too: a view.
CREATE VIEW {{ staged }} AS
SELECT s.* EXCLUDE (_seed_sha256, _retry) REPLACE (i.name AS seed_file), s._seed_sha256
FROM read_parquet({{ files }}) s
JOIN seeds i ON i.sha256 = s._seed_sha256 AND i.stage IS NULL
UNION ALL BY NAME
SELECT name AS seed_file, sha256 AS seed_sha256, size AS seed_bytes, stage, reason AS message, coalesce(sha256, '') AS _seed_sha256
FROM seeds WHERE stage IS NOT NULL
