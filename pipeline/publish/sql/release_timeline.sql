-- Events with their document's title, in date order (undated last): the order's columns, and per event the columns
-- the timeline page shows as one struct and a hash of them (to tell whether the line kept from the last build fits).
SELECT event_id, k, r, start_date, start_time, doc_id
FROM (
    SELECT event_id, r, md5_number_lower(to_json(r)::VARCHAR) AS k, start_date, start_time, doc_id
    FROM (
        SELECT {'start_date': e.start_date, 'start_time': e.start_time, 'date_precision': e.date_precision,
                'is_date_inferred': e.is_date_inferred, 'event_type': e.event_type, 'source_names': e.source_names,
                'target_names': e.target_names, 'evidence_text': e.evidence_text, 'doc_id': e.doc_id, 'title': d.title} AS r,
               e.start_date, e.start_time, e.doc_id, e.event_id
        FROM read_parquet($events) e
        JOIN read_parquet($documents) d USING (doc_id)
    )
)
ORDER BY start_date NULLS LAST, start_time NULLS FIRST, doc_id, event_id
