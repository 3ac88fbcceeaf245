-- A full-text index over one language group's passages.
PRAGMA create_fts_index({{ input }}, 'passage_id', 'text', stemmer = {{ stemmer }}, stopwords = {{ stopwords }}, strip_accents = {{ accents }}, lower = 1)
