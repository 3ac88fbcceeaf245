-- The links cache built anew from every passage of the build: passages, shingles and the counts of every pair
-- that shares a bucket (links are filled from Python once confirmed).
CREATE OR REPLACE TABLE links_cache.passages AS SELECT * FROM link_passages;
CREATE OR REPLACE TABLE links_cache.shingles AS {{ all_shingles }};
CREATE OR REPLACE TABLE link_delta AS {{ shared_counts }};
CREATE OR REPLACE TABLE links_cache.pair_counts AS SELECT * FROM link_delta;
CREATE OR REPLACE TABLE links_cache.links AS SELECT * FROM links_empty;
