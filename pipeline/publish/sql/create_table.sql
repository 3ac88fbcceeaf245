-- A release table with its declared columns and key.
CREATE TABLE {{ table }} ({{ columns }}, PRIMARY KEY ({{ key }}))
