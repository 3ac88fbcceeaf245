-- The timeline's years in date order (null: the undated events, last), with the events of each: the events the
-- timeline lists (release_timeline), counted before they are read, so that its pages are known in advance.
SELECT year(e.start_date) AS year, count(*) AS events
FROM read_parquet($events) e
JOIN read_parquet($documents) d USING (doc_id)
GROUP BY ALL
ORDER BY year NULLS LAST
