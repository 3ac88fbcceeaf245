-- One batch of confirmed links.
INSERT INTO links SELECT * FROM links_batch
