-- Candidate pairs of passages in different documents that share shingles.
-- Members of one shingle's bucket are ordered by passage id and each is paired
-- only with the next eight members (lead 1..8, one sort per bucket): a cluster
-- of near-copies gives a number of pairs that grows linearly with its size,
-- not with its square.
CREATE TABLE link_candidates AS
WITH shared_buckets AS (
    SELECT h FROM shingles GROUP BY h HAVING count(*) > 1
),
members AS (
    SELECT s.h, s.passage_id, s.doc_id, s.source_type, {'p': s.passage_id, 'd': s.doc_id, 't': s.source_type} AS m
    FROM shingles s SEMI JOIN shared_buckets b ON b.h = s.h
),
neighbours AS (
    SELECT passage_id, source_type,
           list_filter(
               [lead(m, 1) OVER w, lead(m, 2) OVER w, lead(m, 3) OVER w, lead(m, 4) OVER w,
                lead(m, 5) OVER w, lead(m, 6) OVER w, lead(m, 7) OVER w, lead(m, 8) OVER w],
               x -> x IS NOT NULL AND x.d <> doc_id
           ) AS others
    FROM members
    WINDOW w AS (PARTITION BY h ORDER BY passage_id)
),
shared AS (
    SELECT passage_id, o.p AS other_passage_id, source_type, o.t AS other_source_type, count(*) AS shared_shingles
    FROM (SELECT passage_id, source_type, unnest(others) AS o FROM neighbours)
    GROUP BY ALL
    HAVING count(*) >= $min_shared
),
sizes AS (SELECT passage_id, count(*) AS n FROM shingles GROUP BY ALL)
SELECT s.*, s.shared_shingles / least(na.n, nb.n) AS containment,
       s.shared_shingles / (na.n + nb.n - s.shared_shingles) AS similarity
FROM shared s
JOIN sizes na ON na.passage_id = s.passage_id
JOIN sizes nb ON nb.passage_id = s.other_passage_id
WHERE s.shared_shingles / least(na.n, nb.n) >= $min_containment
