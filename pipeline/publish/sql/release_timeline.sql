-- Events with their document's title, in date order (undated last).
SELECT e.*, d.title FROM read_parquet($events) e
JOIN read_parquet($documents) d USING (doc_id)
ORDER BY e.start_date NULLS LAST, e.start_time NULLS FIRST, e.doc_id, e.event_id
