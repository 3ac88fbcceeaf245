-- Entries of the seeds folder that were not read (links, folders, hidden, unreadable, duplicates) are rejects too.
INSERT INTO staged_rejects BY NAME
SELECT name AS seed_file, sha256 AS seed_sha256, size AS seed_bytes, stage, reason AS message, coalesce(sha256, '') AS _seed_sha256
FROM seeds WHERE stage IS NOT NULL
