-- The lines the last build's timeline rendered: event id, hash of the shown columns, line.
SELECT event_id, k, line FROM read_parquet($kept)
