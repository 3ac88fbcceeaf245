-- A seed table's staged rows with document ids (and ids built on them) renamed through id_map.
CREATE TABLE {{ table }} AS SELECT {{ columns }} FROM {{ staged }} s {{ join }}
