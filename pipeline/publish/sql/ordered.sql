-- A table's declared columns in its declared order, for streaming to Parquet.
SELECT {{ columns }} FROM {{ table }} ORDER BY {{ keys }}
