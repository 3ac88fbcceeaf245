-- The rows of a table whose keys are gone or changed (see database_gone).
DELETE FROM {{ table }} WHERE rowid IN (SELECT rowid FROM {{ table }} SEMI JOIN {{ gone }} USING ({{ key }}))
