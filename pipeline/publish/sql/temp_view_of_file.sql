-- A table of the session read from one Parquet file as it is asked (only the columns a query needs are read).
CREATE OR REPLACE TEMP VIEW {{ table }} AS SELECT * FROM read_parquet({{ file }})
