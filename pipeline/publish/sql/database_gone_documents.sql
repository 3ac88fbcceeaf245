-- The keys of a seed table's rows that belong to a touched document (see database_touched), read from the database,
-- which still holds the previous release's rows, and of its rows that point at a gone row of another table.
CREATE OR REPLACE TEMP TABLE {{ gone }} AS
SELECT {{ key }} FROM {{ table }} WHERE doc_id IN (SELECT doc_id FROM touched_documents)
{{ cascades }}
