-- The keys and hashes of a table a release does not have: none.
CREATE OR REPLACE TEMP TABLE {{ target }} (k VARCHAR, h VARCHAR)
