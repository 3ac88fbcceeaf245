-- Word 3-gram shingles of the passages listed in {{ source }} (a table of passage ids), hashed.
-- Words are numbered and each shingle is read from a window over the next two,
-- so the work grows with the length of a passage, never with its square.
WITH words AS (
    SELECT l.passage_id, l.doc_id, l.source_type,
           list_filter(string_split(regexp_replace(lower(p.text), '[^[:alnum:]]+', ' ', 'g'), ' '), w -> w <> '') AS w
    FROM {{ source }} l JOIN passages p USING (passage_id)
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
