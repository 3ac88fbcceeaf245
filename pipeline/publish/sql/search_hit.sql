-- One language group's hits in the search_passages macro.
SELECT passage_id, {{ index }}.match_bm25(passage_id, q) AS score FROM passages WHERE {{ languages }}
