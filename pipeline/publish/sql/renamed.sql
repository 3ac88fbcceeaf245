-- A seed table's staged rows with document ids (and ids built on them) renamed through id_map: a table when the links
-- read it, else a view that the table's Parquet file is written from (read, renamed and sorted in one pass).
CREATE {{ kind }} {{ table }} AS SELECT {{ columns }} FROM {{ staged }} s {{ join }}
