-- Shingles shared by pairs of passages of different documents, counted over the buckets (one per shingle) of
-- {{ shingles }}. Members of one shingle's bucket are ordered by passage id and each is paired only with the next
-- eight members (lead 1..8, one sort per bucket): a cluster of near-copies gives a number of pairs that grows
-- linearly with its size, not with its square. A pair's count is a sum over buckets, so the counts of a build are
-- those of the one before plus what changed in the buckets that a new or removed passage is in.
WITH members AS (
    SELECT s.h, s.passage_id, s.doc_id, {'p': s.passage_id, 'd': s.doc_id} AS m
    FROM {{ shingles }} s
),
neighbours AS (
    SELECT passage_id,
           list_filter(
               [lead(m, 1) OVER w, lead(m, 2) OVER w, lead(m, 3) OVER w, lead(m, 4) OVER w,
                lead(m, 5) OVER w, lead(m, 6) OVER w, lead(m, 7) OVER w, lead(m, 8) OVER w],
               x -> x IS NOT NULL AND x.d <> doc_id
           ) AS others
    FROM members
    WINDOW w AS (PARTITION BY h ORDER BY passage_id)
)
SELECT passage_id, o.p AS other_passage_id, count(*)::BIGINT AS shared
FROM (SELECT passage_id, unnest(others) AS o FROM neighbours)
GROUP BY ALL
