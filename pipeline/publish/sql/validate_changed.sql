-- The rows of a table's new file that are not, as they are, in the previous release's (new or changed rows).
SELECT * FROM read_parquet($new) EXCEPT SELECT * FROM read_parquet($old)
