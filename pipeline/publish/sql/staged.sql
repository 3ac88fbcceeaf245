-- The staged rows of documents that belong to a seed of this build, under the seed's current file name: a view, read
-- from the shards' files as the renaming reads it (nothing is copied into the session first).
CREATE VIEW {{ staged }} AS
SELECT s.* EXCLUDE (_seed_sha256) REPLACE (i.name AS seed_file), s._seed_sha256
FROM read_parquet({{ files }}) s
JOIN seeds i ON i.sha256 = s._seed_sha256 AND i.stage IS NULL
