-- Views and macros of dataset.duckdb for the questions people ask of the
-- dataset, so that each is one short query. Every statement is run when the
-- release is built; the dataset card shows each with an example.
-- A statement's comment (COMMENT ON ...) is what duckdb_views() and
-- duckdb_functions() show.

CREATE VIEW event_details AS
SELECT e.event_id, e.start_date, e.end_date, e.start_time, e.date_precision, e.is_date_inferred,
       e.event_type, e.source_names, e.target_names, e.place, e.evidence_text,
       e.doc_id, d.title, d.document_type, d.document_date, e.passage_id, e.event_key, e.method, e.confidence
FROM events e JOIN documents d USING (doc_id);
COMMENT ON VIEW event_details IS 'Events with the title, type and date of the document that reports them, and the actors'' names.';

CREATE VIEW citations AS
SELECT d.doc_id, d.title, c.n AS citation_number, c.item.archive, c.item.fond, c.item.opis, c.item.delo,
       c.item.papka, c.item.folios, c.item.text AS citation_text
FROM documents d,
     (SELECT unnest(d.citations) AS item, generate_subscripts(d.citations, 1) AS n) c;
COMMENT ON VIEW citations IS 'One row per archival citation of a document (archive, fond, opis, delo, papka, folios as written).';

CREATE VIEW entity_mentions AS
SELECT m.mention_id, m.entity_id, n.name AS entity_name, n.entity_type, m.surface, m.method,
       m.doc_id, m.passage_id, p.language, p.text
FROM mentions m
JOIN passages p USING (passage_id)
LEFT JOIN entities n USING (entity_id);
COMMENT ON VIEW entity_mentions IS 'Every mention with its entity''s canonical name and the passage (language, text) it is in.';

CREATE MACRO mentions_of(who) AS TABLE
SELECT * FROM entity_mentions
WHERE entity_id IN (
    SELECT entity_id FROM entities
    WHERE lower(who) IN (lower(entity_id), lower(name)) OR list_contains(list_transform(aliases, a -> lower(a)), lower(who))
)
ORDER BY doc_id, mention_id;
COMMENT ON MACRO TABLE mentions_of IS 'Mentions of one entity, named by its id, its canonical name or any alias, in every language: FROM mentions_of(''Kaesong'').';

CREATE VIEW link_details AS
WITH sides AS (
    SELECT link_id, link_type, shared_shingles, containment, similarity, passage_id AS a, other_passage_id AS b FROM links
    UNION ALL
    SELECT link_id, link_type, shared_shingles, containment, similarity, other_passage_id, passage_id FROM links
)
SELECT s.link_id, s.link_type, s.containment, s.similarity,
       pa.doc_id, da.title, da.source_type, pa.passage_id, pa.book_page, pa.text,
       pb.doc_id AS other_doc_id, db.title AS other_title, db.source_type AS other_source_type,
       pb.passage_id AS other_passage_id, pb.text AS other_text
FROM sides s
JOIN passages pa ON pa.passage_id = s.a JOIN documents da ON da.doc_id = pa.doc_id
JOIN passages pb ON pb.passage_id = s.b JOIN documents db ON db.doc_id = pb.doc_id;
COMMENT ON VIEW link_details IS 'Text reuse links seen from each side (two rows per link), with both passages and both documents'' titles and source types.';

CREATE VIEW aligned_passages AS
SELECT p.doc_id, p.passage_id, p.language, p.text,
       a.passage_id AS aligned_passage_id, a.language AS aligned_language, a.text AS aligned_text
FROM passages p JOIN passages a ON a.passage_id = p.aligned_passage_id;
COMMENT ON VIEW aligned_passages IS 'Passages of bilingual records beside the passage that carries the same content in the other language.';

CREATE VIEW event_evidence AS
SELECT e.event_id, e.event_type, e.start_date, e.doc_id, e.passage_id,
       substring(p.text, 1, e.evidence_start) AS before,
       substring(p.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence,
       substring(p.text, e.evidence_end + 1) AS after
FROM events e JOIN passages p USING (passage_id);
COMMENT ON VIEW event_evidence IS 'Each event''s evidence inside its passage: the text before it, the evidence itself (evidence_text), the text after it.';

CREATE VIEW correspondence AS
SELECT s.name AS sender, t.name AS recipient, count(DISTINCT e.doc_id) AS documents,
       min(e.start_date) AS first_date, max(e.start_date) AS last_date
FROM events e, unnest(e.source_entity_ids) AS si(id), unnest(e.target_entity_ids) AS ti(id)
JOIN entities s ON s.entity_id = si.id
JOIN entities t ON t.entity_id = ti.id
WHERE e.event_type = 'message_sent' AND si.id <> ti.id
GROUP BY ALL;
COMMENT ON VIEW correspondence IS 'Who wrote to whom: messages sent (cables, telegrams, letters) between actors the gazetteer knows, per sender and recipient, with the first and last date.';
