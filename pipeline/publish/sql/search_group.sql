-- Passages of some languages, copied for their own full-text index.
CREATE TABLE search.{{ table }} AS SELECT passage_id, text FROM passages WHERE list_contains(CAST($languages AS VARCHAR[]), language) OR ($unknown AND language IS NULL)
