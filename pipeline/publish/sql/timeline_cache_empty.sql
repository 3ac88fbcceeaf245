-- No timeline lines kept yet: every line is rendered.
CREATE OR REPLACE TEMP VIEW timeline_cache AS SELECT NULL::VARCHAR AS event_id, NULL::UBIGINT AS k, NULL::VARCHAR AS line WHERE false
