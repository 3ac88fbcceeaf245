-- Events with their document's title, in date order (undated last): the columns the timeline page shows.
SELECT e.start_date, e.start_time, e.date_precision, e.is_date_inferred, e.event_type, e.source_names, e.target_names,
       e.evidence_text, e.doc_id, d.title
FROM read_parquet($events) e
JOIN read_parquet($documents) d USING (doc_id)
ORDER BY e.start_date NULLS LAST, e.start_time NULLS FIRST, e.doc_id, e.event_id
