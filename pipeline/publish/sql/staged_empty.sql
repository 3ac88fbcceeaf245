-- A table with no staged file yet: the declared columns and the seed tag, no rows.
CREATE TABLE {{ staged }} AS SELECT *, ''::VARCHAR AS _seed_sha256 FROM empty_table
