-- The full-text index over passages (BM25), built with the extension shipped by duckdb-extension-fts.
PRAGMA create_fts_index('passages', 'passage_id', 'text', stemmer = 'none', strip_accents = 1, lower = 1)
