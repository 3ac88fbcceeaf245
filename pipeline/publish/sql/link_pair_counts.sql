-- Shingles shared by pairs of passages of different documents, counted over the buckets (one per shingle) of
-- {{ shingles }}. Members of one shingle's bucket are ordered by passage id and each is paired only with the next
-- eight members (lead 1..8, one sort per bucket): a cluster of near-copies gives a number of pairs that grows
-- linearly with its size, not with its square. A pair's count is a sum over buckets, so the counts of a build are
-- those of the one before plus what changed in the buckets that a new or removed passage is in.
-- The buckets are sorted and compared on integers: every passage of the numbered ones (those of the buckets, or more)
-- numbered in passage id order (so the order within a bucket is the passage ids'), every document numbered, and the
-- pairs named again by their passage ids at the end (on the text ids the sort and the leads cost three times as much).
WITH buckets AS {{ materialized }} (
    SELECT * FROM {{ shingles }}
),
passage_keys AS (
    SELECT passage_id, row_number() OVER (ORDER BY passage_id) AS k
    FROM (SELECT DISTINCT passage_id FROM {{ numbered }})
),
doc_keys AS (
    SELECT doc_id, row_number() OVER (ORDER BY doc_id) AS d
    FROM (SELECT DISTINCT doc_id FROM {{ numbered }})
),
members AS (
    SELECT s.h, p.k, d.d, {'k': p.k, 'd': d.d} AS m
    FROM buckets s
    JOIN passage_keys p USING (passage_id)
    JOIN doc_keys d USING (doc_id)
),
neighbours AS (
    SELECT k,
           list_filter(
               [lead(m, 1) OVER w, lead(m, 2) OVER w, lead(m, 3) OVER w, lead(m, 4) OVER w,
                lead(m, 5) OVER w, lead(m, 6) OVER w, lead(m, 7) OVER w, lead(m, 8) OVER w],
               x -> x IS NOT NULL AND x.d <> d
           ) AS others
    FROM members
    WINDOW w AS (PARTITION BY h ORDER BY k)
),
pairs AS (
    SELECT k, o.k AS other_k, count(*)::BIGINT AS shared
    FROM (SELECT k, unnest(others) AS o FROM neighbours)
    GROUP BY ALL
)
SELECT a.passage_id, b.passage_id AS other_passage_id, c.shared
FROM pairs c
JOIN passage_keys a ON a.k = c.k
JOIN passage_keys b ON b.k = c.other_k
