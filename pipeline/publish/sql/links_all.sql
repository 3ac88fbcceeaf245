-- Every link, in key order.
SELECT * FROM links ORDER BY passage_id, other_passage_id
