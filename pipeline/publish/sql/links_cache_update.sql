-- The links cache brought from the passages of its last build to those of this one. Passages that went or whose
-- text, document or source type changed leave ("gone"), new and changed ones come ("came"); only the buckets of
-- their shingles ("touched") are counted again, before and after, and the difference is added to the pair counts.
-- link_delta holds the pairs whose count changed: their links are dropped here and confirmed again from Python.
CREATE OR REPLACE TEMP TABLE link_gone AS SELECT passage_id FROM (SELECT * FROM link_old EXCEPT SELECT * FROM link_new);
CREATE OR REPLACE TEMP TABLE link_came AS SELECT * FROM (SELECT * FROM link_new EXCEPT SELECT * FROM link_old);
CREATE OR REPLACE TEMP TABLE link_came_shingles AS {{ came_shingles }};
CREATE OR REPLACE TEMP TABLE link_touched AS
    SELECT DISTINCT h FROM links_cache.shingles SEMI JOIN link_gone USING (passage_id)
    UNION SELECT h FROM link_came_shingles;
CREATE OR REPLACE TEMP TABLE link_before AS {{ touched_counts }};
DELETE FROM links_cache.shingles WHERE passage_id IN (SELECT passage_id FROM link_gone);
INSERT INTO links_cache.shingles SELECT * FROM link_came_shingles;
CREATE OR REPLACE TEMP TABLE link_after AS {{ touched_counts }};
CREATE OR REPLACE TEMP TABLE link_change AS
    SELECT passage_id, other_passage_id, sum(shared) AS change
    FROM (SELECT * FROM link_after UNION ALL SELECT passage_id, other_passage_id, -shared FROM link_before)
    GROUP BY ALL HAVING sum(shared) <> 0;
CREATE OR REPLACE TABLE link_delta AS
    SELECT c.passage_id, c.other_passage_id, coalesce(k.shared, 0) + c.change AS shared
    FROM link_change c LEFT JOIN links_cache.pair_counts k USING (passage_id, other_passage_id);
DELETE FROM links_cache.pair_counts k USING link_change c
    WHERE k.passage_id = c.passage_id AND k.other_passage_id = c.other_passage_id;
INSERT INTO links_cache.pair_counts SELECT * FROM link_delta WHERE shared > 0;
DELETE FROM links_cache.links k USING link_change c
    WHERE k.passage_id = c.passage_id AND k.other_passage_id = c.other_passage_id;
DELETE FROM links_cache.passages WHERE passage_id IN (SELECT passage_id FROM link_gone);
INSERT INTO links_cache.passages SELECT * FROM link_came;
