-- Rows of a table of the session.
SELECT count(*) FROM {{ table }}
