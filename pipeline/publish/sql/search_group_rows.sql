-- Passages of some languages, copied for their own full-text index (a passage's row number is its docid there).
INSERT INTO search.{{ table }} SELECT passage_id, text FROM passages WHERE list_contains(CAST($languages AS VARCHAR[]), language) OR ($unknown AND language IS NULL)
