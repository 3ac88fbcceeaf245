-- The candidate pairs with both texts, in a fixed order, read in batches.
SELECT c.*, pa.text AS text, pb.text AS other_text
FROM link_candidates c
JOIN passages pa ON pa.passage_id = c.passage_id
JOIN passages pb ON pb.passage_id = c.other_passage_id
ORDER BY c.passage_id, c.other_passage_id
