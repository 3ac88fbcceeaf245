-- Word 3-gram shingles of the passages listed in {{ source }} (a table of passage ids), hashed.
-- Each passage's words are a list, and its shingles are read from it by position (word i and the two after it),
-- so the work grows with the length of a passage, never with its square. The passages are numbered first, so
-- that the shingles are made distinct on two numbers rather than on the passage's id, document id and source type.
WITH keyed AS (
    SELECT row_number() OVER () AS k, passage_id, doc_id, source_type FROM {{ source }}
),
words AS (
    SELECT l.k, list_filter(string_split(regexp_replace(lower(p.text), '[^[:alnum:]]+', ' ', 'g'), ' '), w -> w <> '') AS w
    FROM keyed l JOIN passages p USING (passage_id)
),
hashed AS (
    SELECT DISTINCT k, hash(unnest(list_transform(range(1, len(w) - 1), i -> w[i] || ' ' || w[i + 1] || ' ' || w[i + 2]))) AS h
    FROM words WHERE len(w) >= 3
)
SELECT l.passage_id, l.doc_id, l.source_type, s.h
FROM hashed s JOIN keyed l USING (k)
