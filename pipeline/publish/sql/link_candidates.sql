-- Candidate pairs of passages in different documents that share shingles.
-- Members of one shingle's bucket are ordered by passage id and each is paired
-- only with the next $neighbours members: a cluster of near-copies gives a number
-- of pairs that grows linearly with its size, not with its square.
CREATE TABLE link_candidates AS
WITH shared_buckets AS (
    SELECT h FROM shingles GROUP BY h HAVING count(*) > 1
),
buckets AS (
    SELECT s.*, row_number() OVER (PARTITION BY s.h ORDER BY s.passage_id) AS rn
    FROM shingles s SEMI JOIN shared_buckets b ON b.h = s.h
),
sizes AS (SELECT passage_id, count(*) AS n FROM shingles GROUP BY ALL),
shared AS (
    SELECT a.passage_id, b.passage_id AS other_passage_id, a.source_type, b.source_type AS other_source_type,
           count(*) AS shared_shingles
    FROM buckets a
    CROSS JOIN range(1, $neighbours + 1) r(d)
    JOIN buckets b ON b.h = a.h AND b.rn = a.rn + r.d
    WHERE a.doc_id <> b.doc_id
    GROUP BY ALL
    HAVING count(*) >= $min_shared
)
SELECT s.*, s.shared_shingles / least(na.n, nb.n) AS containment,
       s.shared_shingles / (na.n + nb.n - s.shared_shingles) AS similarity
FROM shared s
JOIN sizes na ON na.passage_id = s.passage_id
JOIN sizes nb ON nb.passage_id = s.other_passage_id
WHERE s.shared_shingles / least(na.n, nb.n) >= $min_containment
