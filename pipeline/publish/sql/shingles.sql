-- Word 3-gram shingles of every passage that can carry reused text, hashed.
-- Words are numbered and each shingle is read from a window over the next two,
-- so the work grows with the length of a passage, never with its square.
CREATE TABLE shingles AS
WITH words AS (
    SELECT p.passage_id, p.doc_id, d.source_type,
           list_filter(string_split(regexp_replace(lower(p.text), '[^[:alnum:]]+', ' ', 'g'), ' '), w -> w <> '') AS w
    FROM passages p JOIN documents d USING (doc_id)
    WHERE p.passage_type NOT IN ('header', 'stamp', 'trailer', 'elision', 'signature')
),
numbered AS (
    SELECT passage_id, doc_id, source_type, unnest(w) AS word, generate_subscripts(w, 1) AS pos
    FROM words WHERE len(w) >= 3
),
windows AS (
    SELECT passage_id, doc_id, source_type,
           word || ' ' || lead(word, 1) OVER win || ' ' || lead(word, 2) OVER win AS shingle
    FROM numbered
    WINDOW win AS (PARTITION BY passage_id ORDER BY pos)
)
SELECT DISTINCT passage_id, doc_id, source_type, hash(shingle) AS h
FROM windows WHERE shingle IS NOT NULL
