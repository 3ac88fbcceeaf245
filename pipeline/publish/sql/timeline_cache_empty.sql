-- No timeline lines kept yet: every line is rendered.
CREATE OR REPLACE TEMP VIEW timeline_cache AS SELECT NULL AS r, NULL::VARCHAR AS line WHERE false
