-- The staged rejects of the seeds of this build, under the seed's current file name.
CREATE TABLE {{ staged }} AS
SELECT s.* EXCLUDE (_seed_sha256, _retry) REPLACE (i.name AS seed_file), s._seed_sha256
FROM read_parquet($files) s
JOIN seeds i ON i.sha256 = s._seed_sha256 AND i.stage IS NULL
