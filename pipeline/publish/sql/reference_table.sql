-- A table of the project's reference data (the gazetteer, a vocabulary), registered from Python as reference_rows.
CREATE TABLE {{ table }} AS SELECT * FROM reference_rows
