-- No line kept (a first build, or new rendering code).
SELECT NULL::VARCHAR AS event_id, NULL::UBIGINT AS k, NULL::VARCHAR AS line WHERE false
