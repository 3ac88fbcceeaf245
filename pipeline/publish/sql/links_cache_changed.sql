-- How many passages went and came since the cache's build (among those that can have: link_old, link_new), against
-- the passages of this one.
SELECT (SELECT count(*) FROM (SELECT * FROM link_old EXCEPT SELECT * FROM link_new))
     + (SELECT count(*) FROM (SELECT * FROM link_new EXCEPT SELECT * FROM link_old)),
       (SELECT count(*) FROM link_passages)
