-- The timeline lines of this build, kept for the next one (each struct once).
COPY (SELECT DISTINCT r, line FROM timeline_lines) TO {{ file }} (FORMAT parquet)
