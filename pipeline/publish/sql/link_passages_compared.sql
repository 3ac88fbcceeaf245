-- Every passage of the cache and of this build, to compare (a cache without a copy of its build's documents).
CREATE OR REPLACE TEMP VIEW link_old AS SELECT * FROM links_cache.passages;
CREATE OR REPLACE TEMP VIEW link_new AS SELECT * FROM link_passages
