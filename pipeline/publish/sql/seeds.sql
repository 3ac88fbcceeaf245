-- The entries of the seeds folder for this build: seeds (stage null) and the entries not read (stage and reason).
CREATE TABLE seeds AS SELECT * FROM read_parquet($index)
