-- Events with their document's title, in date order (undated last): per event the columns the timeline page shows as
-- one struct, DuckDB's 64-bit hash of it, and the line the last build rendered for the same event and hash (kept);
-- the struct only where no line was kept, so only new or changed events are rendered again.
SELECT t.event_id, t.k, kept.line, CASE WHEN kept.line IS NULL THEN t.r END AS r
FROM (
    SELECT event_id, r, hash(r) AS k, start_date, start_time, doc_id
    FROM (
        SELECT {'start_date': e.start_date, 'start_time': e.start_time, 'date_precision': e.date_precision,
                'is_date_inferred': e.is_date_inferred, 'event_type': e.event_type, 'source_names': e.source_names,
                'target_names': e.target_names, 'evidence_text': e.evidence_text, 'doc_id': e.doc_id, 'title': d.title} AS r,
               e.start_date, e.start_time, e.doc_id, e.event_id
        FROM read_parquet($events) e
        JOIN read_parquet($documents) d USING (doc_id)
    )
) t
LEFT JOIN ({{ kept }}) kept ON kept.event_id = t.event_id AND kept.k = t.k
ORDER BY t.start_date NULLS LAST, t.start_time NULLS FIRST, t.doc_id, t.event_id
