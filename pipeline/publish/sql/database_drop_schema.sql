-- A schema and everything in it.
DROP SCHEMA {{ schema }} CASCADE
