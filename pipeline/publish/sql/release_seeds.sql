-- Every seed of a release: the documents' and the rejects' file names and hashes.
SELECT seed_file, seed_sha256 FROM read_parquet($documents)
UNION SELECT seed_file, seed_sha256 FROM read_parquet($rejects)
