-- The confirmed links, filled from Python in batches.
CREATE TABLE links AS SELECT * FROM links_empty
