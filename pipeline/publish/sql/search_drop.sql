-- The copy an index was built from is no longer needed.
DROP TABLE search.{{ table }}
