-- Rows of the build's links.
SELECT count(*) FROM links
