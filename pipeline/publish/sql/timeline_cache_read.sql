-- The timeline lines of the last build: one per event, with the hash of the columns it shows.
CREATE OR REPLACE TEMP VIEW timeline_cache AS SELECT event_id, k, line FROM read_parquet({{ file }})
