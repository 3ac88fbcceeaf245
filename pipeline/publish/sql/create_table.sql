-- A release table with its declared columns, key and the foreign keys DuckDB can hold.
CREATE TABLE {{ table }} ({{ columns }}, PRIMARY KEY ({{ key }}){{ foreign_keys }})
