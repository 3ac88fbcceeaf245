-- The gazetteer, registered from Python, as the entities table.
CREATE TABLE entities AS SELECT * FROM entities_rows
