-- Candidate pairs among the counted pairs of {{ pairs }}: enough shingles shared, and a large enough part of the
-- shorter passage; with both texts and source types, in a fixed order, read in batches.
WITH sizes AS (
    SELECT passage_id, count(*) AS n FROM links_cache.shingles
    SEMI JOIN (SELECT passage_id FROM {{ pairs }} UNION SELECT other_passage_id FROM {{ pairs }}) USING (passage_id)
    GROUP BY ALL
),
candidates AS (
    SELECT c.passage_id, c.other_passage_id, c.shared AS shared_shingles,
           c.shared / least(na.n, nb.n) AS containment,
           c.shared / (na.n + nb.n - c.shared) AS similarity
    FROM {{ pairs }} c
    JOIN sizes na ON na.passage_id = c.passage_id
    JOIN sizes nb ON nb.passage_id = c.other_passage_id
    WHERE c.shared >= $min_shared AND c.shared / least(na.n, nb.n) >= $min_containment
)
SELECT c.passage_id, c.other_passage_id, la.source_type, lb.source_type AS other_source_type,
       c.shared_shingles, c.containment, c.similarity, pa.text AS text, pb.text AS other_text
FROM candidates c
JOIN link_passages la ON la.passage_id = c.passage_id
JOIN link_passages lb ON lb.passage_id = c.other_passage_id
JOIN passages pa ON pa.passage_id = c.passage_id
JOIN passages pb ON pb.passage_id = c.other_passage_id
ORDER BY c.passage_id, c.other_passage_id
