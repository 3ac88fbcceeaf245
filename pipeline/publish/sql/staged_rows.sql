-- The staged rows of one table (without a seed_file column) that belong to a seed of this build: a view over the files.
CREATE VIEW {{ staged }} AS
SELECT s.*
FROM read_parquet({{ files }}) s
SEMI JOIN seeds i ON i.sha256 = s._seed_sha256 AND i.stage IS NULL
