-- The rows of a seed table's new file that belong to a touched document (see database_touched): the only rows of the
-- table that are not, as they are, in the previous release, whose rows were validated before it was published.
SELECT * FROM read_parquet($new) WHERE doc_id IN (SELECT doc_id FROM touched_documents)
