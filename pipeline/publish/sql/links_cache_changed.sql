-- How many passages went and came since the cache's build, against the passages of this one.
SELECT (SELECT count(*) FROM (SELECT * FROM links_cache.passages EXCEPT SELECT * FROM link_passages))
     + (SELECT count(*) FROM (SELECT * FROM link_passages EXCEPT SELECT * FROM links_cache.passages)),
       (SELECT count(*) FROM link_passages)
