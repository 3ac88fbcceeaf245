-- search_passages(q): every index asked, hits ranked by BM25.
CREATE OR REPLACE MACRO search_passages(q) AS TABLE
SELECT round(h.score, 3) AS score, p.passage_id, p.doc_id, d.title, p.language, p.text
FROM ({{ hits }}) h
JOIN passages p USING (passage_id)
JOIN documents d USING (doc_id)
WHERE h.score IS NOT NULL
ORDER BY h.score DESC, p.passage_id
